"""Counter hardware: receipt printer, scanners, customer (pole) display, cash drawer.

Plain Python (no Qt), so the command line and tests drive the same code the
window does:

- :mod:`app.devices.ports` opens serial ports with ``serial.serial_for_url``
  (``COM3``, ``/dev/ttyUSB0``, a pty, ``loop://``, ``spy://...``) and turns
  what the OS says into a :class:`~app.errors.UserError` a cashier can act on.
- :mod:`app.devices.escpos_out` turns a receipt document (:mod:`app.receipts`)
  into ESC/POS bytes: text encoded by us in the printer's code page, or the
  whole receipt as a raster image drawn with the bundled CJK font.
- :mod:`app.devices.printer` sends bytes over serial, network (9100), USB or a
  Windows queue (the connections python-escpos offers) and kicks the drawer.
- :mod:`app.devices.scanner` frames serial-scanner lines and recognises a
  keyboard-wedge scanner's burst of keys (pure classes; the UI feeds them).
- :mod:`app.devices.display` writes 2×20 ASCII to a pole display.
- :mod:`app.devices.printqueue` is the print queue in the database.
- :mod:`app.devices.service` ties them together for one station.
"""
from __future__ import annotations

import os
import socket

STATION_ENV = "REGULARS_STATION"


def station_id() -> str:
    """This counter PC's name in the device tables.

    ``REGULARS_STATION`` if set (two tills that share a host name, tests),
    else the host name.
    """
    name = os.environ.get(STATION_ENV) or socket.gethostname() or "counter"
    return name.strip()[:64] or "counter"
