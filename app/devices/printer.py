"""Sending bytes to a receipt printer, over the connections python-escpos offers.

- ``serial``: :class:`SerialPrinter`, python-escpos's serial printer opened
  with ``serial_for_url`` (ptys, ``loop://``, ``spy://`` work) with a write
  timeout, so a printer that never takes the bytes is reported instead of
  hanging the worker forever.
- ``network``: python-escpos's ``Network`` (raw TCP, port 9100 by default).
- ``usb``: python-escpos's ``Usb`` (needs pyusb and, on Windows, a libusb driver).
- ``windows``: python-escpos's ``Win32Raw`` (a Windows printer queue, raw).

Every failure comes out as a :class:`~app.errors.UserError` (see
:func:`app.devices.ports.device_error`). The caller runs this on a worker
thread; nothing here touches the database.
"""
from __future__ import annotations

import logging
import socket
import time
from typing import Callable

import serial


def _escpos_pickle_dir() -> None:
    """python-escpos parses its capabilities YAML at import (a quarter of a
    second of every start, tests/perf/bench.py) unless it finds the pickle it
    made last time; left to itself it looks in a new temporary folder each
    run, so it never does. Give it a folder that stays."""
    import os

    if "ESCPOS_CAPABILITIES_PICKLE_DIR" not in os.environ:
        import platformdirs

        folder = platformdirs.user_cache_dir("Regulars", appauthor=False)
        try:
            os.makedirs(folder, exist_ok=True)
        except OSError:
            return
        os.environ["ESCPOS_CAPABILITIES_PICKLE_DIR"] = folder


_escpos_pickle_dir()

from escpos.escpos import Escpos  # noqa: E402
from escpos.exceptions import DeviceNotFoundError, USBNotFoundError  # noqa: E402
from escpos.printer import Network, Serial, Usb, Win32Raw  # noqa: E402

from app.devices.config import PrinterConfig, split_host
from app.devices.escpos_out import kick_bytes
from app.devices.ports import device_error, open_serial
from app.errors import UserError

log = logging.getLogger(__name__)

CHUNK = 512  # bytes per write: a pulled cable is noticed mid-receipt, not after it


class SerialPrinter(Serial):
    """python-escpos's serial printer, opened with ``serial_for_url``."""

    def __init__(self, url: str, baudrate: int = 9600, write_timeout: float = 5.0, **kwargs):
        super().__init__(devfile=url, baudrate=baudrate, timeout=0.5, **kwargs)
        self.write_timeout = write_timeout

    def open(self, raise_not_found: bool = True) -> None:
        self.device = open_serial(self.devfile, self.baudrate, timeout=0.5, write_timeout=self.write_timeout)

    def drain(self, nbytes: int) -> None:
        """Wait until the port has sent what was written, within a deadline.

        pyserial's ``flush()`` (tcdrain) can wait forever for a printer that
        holds flow control; this polls the output queue instead, allowing the
        time the bytes need at this baud rate plus the write timeout.
        """
        port = self._device
        if not port:
            return
        deadline = time.monotonic() + self.write_timeout + nbytes * 10 / max(300, self.baudrate)
        while True:
            try:
                waiting = port.out_waiting
            except Exception:  # noqa: BLE001 - not every port type can tell
                return
            if not waiting:
                return
            if time.monotonic() > deadline:
                raise serial.SerialTimeoutException("output not drained")
            time.sleep(0.02)

    def close(self, discard: bool = False) -> None:
        # python-escpos flushes before closing: on a printer that stopped
        # taking bytes that waits forever. After a failure, drop what is
        # unsent (or it would print by itself later, half a receipt), then close.
        port = self._device
        self._device = False
        if port:
            if discard:
                try:
                    port.reset_output_buffer()
                except Exception:  # noqa: BLE001 - the port may be gone already
                    pass
            try:
                port.close()
            except Exception:  # noqa: BLE001
                pass


class NetworkPrinter(Network):
    """python-escpos's raw-TCP printer; the connection is made with
    ``socket.create_connection`` so a refused or timed-out connect closes its
    socket and says the printer is unreachable."""

    def open(self, raise_not_found: bool = True) -> None:
        where = f"{self.host}:{self.port}"
        try:
            self.device = socket.create_connection((self.host, self.port), timeout=self.timeout)
        except OSError as exc:
            reason = exc.strerror or str(exc) or type(exc).__name__
            raise UserError("device_unreachable", port=where, reason=reason) from exc


def describe(cfg: PrinterConfig) -> str:
    """How messages name the printer: its port, address or queue."""
    return cfg.target or cfg.connection


def connect(cfg: PrinterConfig) -> Escpos:
    """An open python-escpos printer for ``cfg``. Raises UserError."""
    where = describe(cfg)
    if not cfg.configured:
        raise UserError("printer_not_set_up")
    if cfg.connection == "serial":
        p = SerialPrinter(cfg.target, cfg.baudrate, cfg.write_timeout)
        p.open()  # raises UserError itself
        return p
    try:
        if cfg.connection == "network":
            host, port = split_host(cfg.target)
            p = NetworkPrinter(host, port=port, timeout=cfg.write_timeout)
        elif cfg.connection == "usb":
            if not Usb.is_usable():
                raise UserError("device_unsupported", connection="USB", package="pyusb")
            vendor, product = (int(x, 16) for x in cfg.target.split(":"))
            p = Usb(vendor, product, timeout=int(cfg.write_timeout * 1000))
        elif cfg.connection == "windows":
            if not Win32Raw.is_usable():
                raise UserError("device_unsupported", connection="Windows", package="pywin32")
            p = Win32Raw(cfg.target)
        else:
            raise UserError("device_option_invalid", name="connection", value=cfg.connection)
        p.open()
        return p
    except UserError:
        raise
    except (DeviceNotFoundError, USBNotFoundError) as exc:
        cause = exc.__cause__ or exc.__context__
        if cfg.connection == "network":
            reason = str(cause or exc).strip().splitlines()[-1] if str(cause or exc).strip() else "?"
            raise UserError("device_unreachable", port=where, reason=reason) from exc
        raise UserError("device_port_missing", port=where) from exc
    except Exception as exc:  # noqa: BLE001
        raise device_error(exc, where) from exc


def send(cfg: PrinterConfig, data: bytes, *, on_progress: Callable[[int, int], None] | None = None) -> None:
    """Open the printer, write ``data`` in chunks, close. Raises UserError.

    The chunks make a cable pulled or a printer switched off mid-receipt fail
    this job at once (``device_disconnected``/``device_timeout``) rather than
    after a long silent wait.
    """
    printer = connect(cfg)
    where = describe(cfg)
    ok = False
    try:
        for start in range(0, len(data), CHUNK):
            printer._raw(data[start : start + CHUNK])
            if on_progress is not None:
                on_progress(min(start + CHUNK, len(data)), len(data))
        if isinstance(printer, SerialPrinter):
            printer.drain(len(data))
        ok = True
    except UserError:
        raise
    except Exception as exc:  # noqa: BLE001
        raise device_error(exc, where) from exc
    finally:
        try:
            if isinstance(printer, SerialPrinter):
                printer.close(discard=not ok)
            else:
                printer.close()
        except Exception:  # noqa: BLE001 - closing a dead port must not hide why it died
            log.debug("closing the printer failed", exc_info=True)


def kick_drawer(cfg: PrinterConfig) -> None:
    """Pulse the cash drawer through the printer (``ESC p``). Raises UserError."""
    send(cfg, kick_bytes(cfg.drawer_pin))
