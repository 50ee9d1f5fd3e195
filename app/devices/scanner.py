"""Barcode/QR scanners: serial ones read on a thread, keyboard-wedge ones
recognised by their timing.

:class:`ScanFramer` turns a serial scanner's byte stream into codes: a code
ends with CR, LF or CRLF; control characters (STX/ETX framing, GS in GS1
codes) are stripped; a line with bytes that are not printable ASCII is noise
(a wrong baud rate produces exactly that) and bytes that never get their line
end within ``partial_timeout`` are half a scan. Both are reported as notices
and never as codes.

:class:`SerialScanner` reads a port on its own thread with that framer and
reopens the port when it comes back after a cable was pulled.

:class:`WedgeBurstDetector` is the pure logic behind the window's key filter:
a keyboard-wedge scanner "types" a code much faster than a person and ends it
with Enter. Keys are held back while they arrive fast; Enter after at least
``min_length`` fast keys makes them a scan (swallowed, so the focused field
gets nothing); a pause, a slow Enter or any other key releases the held keys
to the field as ordinary typing.
"""
from __future__ import annotations

import logging
import threading
import time
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Callable

from app.devices.ports import open_serial
from app.errors import UserError

log = logging.getLogger(__name__)

CR, LF = 0x0D, 0x0A


@dataclass(frozen=True)
class ScanEvent:
    """``kind`` is ``code`` (``text`` is the code), ``garbage`` or ``partial``
    (``text`` is what arrived, for the notice)."""

    kind: str
    text: str


def clean_code(text: str) -> str:
    """A scanned code without control characters or surrounding spaces."""
    return "".join(c for c in text if unicodedata.category(c)[0] != "C").strip()


class ScanFramer:
    """Serial bytes → :class:`ScanEvent` (see the module docstring)."""

    def __init__(self, *, min_length: int = 4, max_length: int = 64, partial_timeout: float = 0.5):
        self.min_length = min_length
        self.max_length = max_length
        self.partial_timeout = partial_timeout
        self._buf = bytearray()
        self._last = 0.0
        self._after_cr = False

    def feed(self, data: bytes, now: float | None = None) -> list[ScanEvent]:
        now = time.monotonic() if now is None else now
        events = self.tick(now)
        for byte in data:
            if byte == LF and self._after_cr:
                self._after_cr = False  # the LF of a CRLF
                continue
            self._after_cr = byte == CR
            if byte in (CR, LF):
                events.extend(self._line())
                continue
            self._buf.append(byte)
            if len(self._buf) > self.max_length * 2:
                events.append(ScanEvent("garbage", self._preview(self._buf)))
                self._buf.clear()
        if data:
            self._last = now
        return events

    def tick(self, now: float | None = None) -> list[ScanEvent]:
        """Drop half a scan that has waited too long for its line end."""
        now = time.monotonic() if now is None else now
        if self._buf and now - self._last > self.partial_timeout:
            text = self._preview(self._buf)
            self._buf.clear()
            return [ScanEvent("partial", text)]
        return []

    @staticmethod
    def _preview(raw: bytes) -> str:
        return clean_code(raw.decode("ascii", "replace").replace("\ufffd", "?"))[:24]

    def _line(self) -> list[ScanEvent]:
        raw = bytes(self._buf)
        self._buf.clear()
        if not raw.strip():
            return []  # a blank line (some scanners send CR LF LF)
        if any(b >= 0x80 for b in raw):
            return [ScanEvent("garbage", self._preview(raw))]
        code = clean_code(raw.decode("ascii"))
        if not code:
            return [ScanEvent("garbage", "")]
        if len(code) < self.min_length:
            return [ScanEvent("partial", code)]
        if len(code) > self.max_length:
            return [ScanEvent("garbage", code[:24])]
        return [ScanEvent("code", code)]


def notice(event: ScanEvent) -> UserError:
    """The message a cashier sees for an ignored scan."""
    if event.kind == "partial":
        return UserError("scan_incomplete", text=event.text or "?")
    return UserError("scan_garbage")


class SerialScanner:
    """Read a serial scanner on a daemon thread.

    Callbacks run on that thread (the Qt side re-emits them as signals):
    ``on_code(str)``, ``on_notice(UserError)`` for an ignored scan, and
    ``on_status(state, error)`` with state ``connected``, ``error`` (error is
    a UserError; the port is retried every ``retry_interval`` seconds) or
    ``stopped``.
    """

    def __init__(
        self,
        url: str,
        baudrate: int = 9600,
        *,
        on_code: Callable[[str], Any],
        on_notice: Callable[[UserError], Any] | None = None,
        on_status: Callable[[str, UserError | None], Any] | None = None,
        min_length: int = 4,
        partial_timeout: float = 0.5,
        retry_interval: float = 2.0,
        read_timeout: float = 0.05,
    ):
        self.url, self.baudrate = url, baudrate
        self.on_code = on_code
        self.on_notice = on_notice or (lambda e: None)
        self.on_status = on_status or (lambda s, e: None)
        self.framer = ScanFramer(min_length=min_length, partial_timeout=partial_timeout)
        self.retry_interval = retry_interval
        self.read_timeout = read_timeout
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.state = "stopped"

    def start(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name=f"scanner {self.url}", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 2.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _set(self, state: str, error: UserError | None = None) -> None:
        self.state = state
        try:
            self.on_status(state, error)
        except Exception:  # noqa: BLE001 - a broken listener must not stop the reader
            log.exception("scanner status listener failed")

    def _dispatch(self, events: list[ScanEvent]) -> None:
        for ev in events:
            try:
                if ev.kind == "code":
                    self.on_code(ev.text)
                else:
                    self.on_notice(notice(ev))
            except Exception:  # noqa: BLE001
                log.exception("scanner listener failed")

    def _run(self) -> None:
        last_error: str | None = None
        while not self._stop.is_set():
            try:
                port = open_serial(self.url, self.baudrate, timeout=self.read_timeout, write_timeout=1.0)
            except UserError as e:
                if e.code != last_error:
                    self._set("error", e)
                    last_error = e.code
                self._stop.wait(self.retry_interval)
                continue
            last_error = None
            self._set("connected")
            try:
                while not self._stop.is_set():
                    data = port.read(256)
                    self._dispatch(self.framer.feed(data) if data else self.framer.tick())
            except Exception as exc:  # noqa: BLE001 - unplugged: report and reopen
                from app.devices.ports import device_error

                err = device_error(exc, self.url)
                self._set("error", err)
                last_error = err.code
                self._dispatch(self.framer.tick(float("inf")))
                self._stop.wait(self.retry_interval)
            finally:
                try:
                    port.close()
                except Exception:  # noqa: BLE001
                    pass
        self._set("stopped")


# --------------------------------------------------------------------------- keyboard wedge


@dataclass
class WedgeVerdict:
    """What the key filter does with a key.

    ``swallow``: hold this key back (do not deliver it now).
    ``release``: keys held earlier to deliver now, in order, *before* this
    key (which is delivered too when ``swallow`` is False).
    ``code``: a completed scan, or None.
    """

    swallow: bool = False
    release: list = field(default_factory=list)
    code: str | None = None


class WedgeBurstDetector:
    """Tell a scanner's burst of keys from typing (see the module docstring).

    Keys are opaque ``token`` objects to this class (the filter passes copies
    of its key events) with the text they type. Times are in milliseconds.

    Args:
        max_gap_ms: keys this close together belong to one burst; scanners
            send a key every 1–20 ms, people type 80+ ms apart.
        min_length: a burst shorter than this ending in Enter is typing.
        max_length: longer bursts (a paste, a stuck key) are released.
    """

    def __init__(self, max_gap_ms: float = 50, min_length: int = 4, max_length: int = 80):
        self.max_gap_ms = max_gap_ms
        self.min_length = min_length
        self.max_length = max_length
        self._held: list = []
        self._text = ""
        self._last = 0.0

    @property
    def holding(self) -> bool:
        return bool(self._held)

    def _flush(self) -> list:
        held, self._held, self._text = self._held, [], ""
        return held

    def key(self, token, text: str, now_ms: float) -> WedgeVerdict:
        """A key that types ``text`` (a character, or a control character)."""
        release = []
        if self._held and now_ms - self._last > self.max_gap_ms:
            release = self._flush()  # the timer was late: those were typed
        if not text or len(self._held) >= self.max_length:
            return WedgeVerdict(False, release + self._flush())
        self._held.append(token)
        self._text += text
        self._last = now_ms
        return WedgeVerdict(True, release)

    def enter(self, token, now_ms: float) -> WedgeVerdict:
        """Enter (or Return): ends a scan if the burst is fast and long enough."""
        fast = self._held and now_ms - self._last <= self.max_gap_ms
        code = clean_code(self._text) if fast else ""
        if fast and len(code) >= self.min_length:
            self._flush()
            return WedgeVerdict(True, [], code)
        return WedgeVerdict(False, self._flush())

    def other(self, token, now_ms: float) -> WedgeVerdict:
        """Any other key (arrows, F-keys, Backspace, shortcuts): typing."""
        return WedgeVerdict(False, self._flush())

    def expire(self, now_ms: float) -> list:
        """Called by a timer: keys held longer than the gap are typing; release them."""
        if self._held and now_ms - self._last > self.max_gap_ms:
            return self._flush()
        return []

    def reset(self) -> list:
        return self._flush()
