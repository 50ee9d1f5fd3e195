"""Opening serial ports, and telling the cashier what went wrong in words.

Every port is opened with :func:`serial.serial_for_url`, so a plain name
(``COM3``, ``/dev/ttyUSB0``, a pty's ``/dev/pts/7``) and pyserial's URLs
(``loop://``, ``spy://...``, ``socket://host:port``, ``rfc2217://``) all work.
Ports are opened *exclusively* where the OS allows, so two copies of the app
cannot interleave two receipts on one printer; the second is told the port is
busy.

:func:`device_error` maps the exceptions pyserial, sockets and python-escpos
raise to a :class:`~app.errors.UserError` code: missing, busy, no permission,
disconnected (the cable came out mid-write), timeout (the device never took
the bytes), unreachable (network).
"""
from __future__ import annotations

import errno
import socket
import sys

import serial

from app.errors import UserError

BAUD_RATES = (1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200)

_MISSING = {errno.ENOENT, errno.ENODEV, errno.ENXIO}
_BUSY = {errno.EBUSY, errno.EAGAIN, getattr(errno, "EWOULDBLOCK", errno.EAGAIN)}
_GONE = {errno.EIO, errno.EPIPE, errno.ECONNRESET, errno.ENODEV, errno.ENXIO, errno.EBADF}


def open_serial(
    url: str,
    baudrate: int = 9600,
    *,
    timeout: float = 0.2,
    write_timeout: float | None = 5.0,
    exclusive: bool = True,
) -> serial.SerialBase:
    """Open ``url`` with ``serial_for_url`` and the usual 8N1 framing.

    Args:
        timeout: read timeout in seconds (a reader thread wakes this often).
        write_timeout: how long a write may wait for a device that does not
            take the bytes (a printer that is off, out of paper, or whose
            flow control holds us back) before it counts as not answering.

    Raises:
        UserError: a ``device_*`` code naming the port.
    """
    if not url or not url.strip():
        raise UserError("device_target_required")
    url = url.strip()
    try:
        port = serial.serial_for_url(url, do_not_open=True)
        port.baudrate = baudrate
        port.bytesize = serial.EIGHTBITS
        port.parity = serial.PARITY_NONE
        port.stopbits = serial.STOPBITS_ONE
        port.timeout = timeout
        port.write_timeout = write_timeout
        if exclusive and hasattr(port, "exclusive"):
            port.exclusive = True
        port.open()
    except Exception as exc:  # noqa: BLE001 - every failure becomes a message
        raise device_error(exc, url) from exc
    return port


def _errno(exc: BaseException) -> int | None:
    for e in (exc, exc.__cause__, exc.__context__):
        if e is None:
            continue
        n = getattr(e, "errno", None)
        if isinstance(n, int):
            return n
        if e.args and isinstance(e.args[0], int):
            return e.args[0]
    return None


def _text(exc: BaseException) -> str:
    parts = [str(exc)]
    for e in (exc.__cause__, exc.__context__):
        if e is not None:
            parts.append(str(e))
    return " ".join(parts).lower()


def device_error(exc: BaseException, port: str) -> UserError:
    """The cashier-facing error for ``exc`` raised while using ``port``."""
    if isinstance(exc, UserError):
        return exc
    text = _text(exc)
    n = _errno(exc)
    if isinstance(exc, serial.SerialTimeoutException) or isinstance(exc, (socket.timeout, TimeoutError)):
        if "connect" in text and isinstance(exc, (socket.timeout, TimeoutError)):
            return UserError("device_unreachable", port=port, reason=str(exc) or "timeout")
        return UserError("device_timeout", port=port)
    if isinstance(exc, ConnectionRefusedError) or "refused" in text:
        return UserError("device_unreachable", port=port, reason=str(exc) or "refused")
    if isinstance(exc, socket.gaierror) or "name or service not known" in text or "nodename nor servname" in text:
        return UserError("device_unreachable", port=port, reason=str(exc))
    if "exclusively lock" in text or n in _BUSY or "resource busy" in text:
        return UserError("device_port_busy", port=port)
    if sys.platform == "win32" and ("access is denied" in text or "permissionerror" in text):
        return UserError("device_port_busy", port=port)  # Windows says this when another program has it
    if n == errno.EACCES or isinstance(exc, PermissionError) or "permission denied" in text:
        return UserError("device_port_denied", port=port)
    if "write failed" in text or "read failed" in text or "returned no data" in text:
        return UserError("device_disconnected", port=port)
    if isinstance(exc, (BrokenPipeError, ConnectionResetError, ConnectionAbortedError)):
        return UserError("device_disconnected", port=port)
    if "could not open port" in text or "filenotfounderror" in text or "cannot find the file" in text:
        return UserError("device_port_missing", port=port)
    if n in _MISSING:
        return UserError("device_port_missing", port=port)
    if n in _GONE:
        return UserError("device_disconnected", port=port)
    if isinstance(exc, serial.SerialException) and "port is closed" in text:
        return UserError("device_disconnected", port=port)
    if isinstance(exc, ValueError):
        return UserError("device_option_invalid", name="port", value=port)
    reason = str(exc).strip() or type(exc).__name__
    return UserError("device_error", port=port, reason=reason[:200])


def list_serial_ports() -> list[tuple[str, str]]:
    """(device, description) of the serial ports the OS knows, for the picker."""
    try:
        from serial.tools import list_ports

        return [(p.device, p.description or "") for p in sorted(list_ports.comports(), key=lambda p: p.device)]
    except Exception:  # noqa: BLE001 - a picker with no suggestions is fine
        return []
