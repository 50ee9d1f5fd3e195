"""Fake serial devices on real pseudo-terminals, shared by the device tests.

The app opens the pty's slave path (``/dev/pts/N``) exactly as it opens a
``COM3`` or ``/dev/ttyUSB0``; the test holds the master side and plays the
device: it captures what a printer or display receives, or writes what a
scanner sends. ``reader`` may read slowly (a slow printer), stop after some
bytes and close the master (the cable pulled), or never read (a printer that
does not answer).
"""
from __future__ import annotations

import os
import select
import sys
import threading
import time
import tty

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")


class FakeSerialDevice:
    """A pty whose master side the test plays as the device."""

    def __init__(self, *, read: bool = True, chunk: int = 4096, delay: float = 0.0, close_after: int | None = None):
        self.master, self.slave = os.openpty()
        tty.setraw(self.slave)  # no echo or newline translation before the app configures the port
        self.path = os.ttyname(self.slave)
        self.received = bytearray()
        self.chunk, self.delay, self.close_after = chunk, delay, close_after
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self.master_closed = False
        self._thread = None
        if read:
            self._thread = threading.Thread(target=self._read_loop, daemon=True)
            self._thread.start()

    def _read_loop(self) -> None:
        while not self._stop.is_set():
            try:
                ready, _, _ = select.select([self.master], [], [], 0.02)
            except (OSError, ValueError):
                return
            if not ready:
                continue
            try:
                data = os.read(self.master, self.chunk)
            except OSError:
                return
            if not data:
                return
            with self._lock:
                self.received += data
            if self.close_after is not None and len(self.received) >= self.close_after:
                self.unplug()
                return
            if self.delay:
                time.sleep(self.delay)

    def data(self) -> bytes:
        with self._lock:
            return bytes(self.received)

    def wait_for(self, n: int, timeout: float = 3.0) -> bytes:
        end = time.monotonic() + timeout
        while time.monotonic() < end and len(self.received) < n:
            time.sleep(0.01)
        return self.data()

    def settle(self, quiet: float = 0.15, timeout: float = 5.0) -> bytes:
        """Wait until no new bytes arrived for ``quiet`` seconds."""
        end = time.monotonic() + timeout
        last, since = -1, time.monotonic()
        while time.monotonic() < end:
            n = len(self.received)
            if n != last:
                last, since = n, time.monotonic()
            elif time.monotonic() - since >= quiet:
                break
            time.sleep(0.01)
        return self.data()

    def send(self, data: bytes) -> None:
        """Play a scanner: bytes from the device to the app."""
        os.write(self.master, data)

    def unplug(self) -> None:
        """The device goes away: the master side closes."""
        if not self.master_closed:
            self.master_closed = True
            os.close(self.master)

    def close(self) -> None:
        self._stop.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(1.0)
        self.unplug()
        try:
            os.close(self.slave)
        except OSError:
            pass


@pytest.fixture
def fake_device():
    made = []

    def make(**kwargs) -> FakeSerialDevice:
        dev = FakeSerialDevice(**kwargs)
        made.append(dev)
        return dev

    yield make
    for dev in made:
        dev.close()


def test_the_fake_device_captures_what_the_app_writes(fake_device):
    from app.devices.ports import open_serial

    dev = fake_device()
    port = open_serial(dev.path, 9600)
    port.write(b"hello \x1b@ world")
    port.close()
    assert dev.wait_for(15) == b"hello \x1b@ world"


def test_the_fake_device_sends_to_the_app(fake_device):
    from app.devices.ports import open_serial

    dev = fake_device(read=False)
    port = open_serial(dev.path, 9600, timeout=0.5)
    dev.send(b"A123\r\n")
    assert port.read(6) == b"A123\r\n"
    port.close()
