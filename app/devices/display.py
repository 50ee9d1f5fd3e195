"""The customer pole display: two lines of 20 ASCII characters.

Two command sets are common:

- ``escpos`` (Epson's customer-display set, DM-D and clones): ``ESC @``
  initialises, ``CLR`` (0x0C) clears, ``US $ x y`` moves the cursor to column
  x, row y (both from 1), then the characters.
- ``cd5220``: ``ESC @``, ``CLR``, then ``ESC Q A`` *text* ``CR`` writes the
  upper line and ``ESC Q B`` *text* ``CR`` the lower one.

These displays have no Chinese font, so everything is folded to ASCII
(:func:`app.devices.escpos_out.to_ascii`: full-width digits become digits,
``¥`` becomes ``Y``, ideographs are dropped); a line with nothing printable
left shows a neutral word instead of question marks.
"""
from __future__ import annotations

from babel.numbers import format_currency
from decimal import Decimal

from app.devices.config import DisplayConfig
from app.devices.escpos_out import to_ascii
from app.devices.ports import device_error, open_serial
from app.errors import UserError

WIDTH = 20
ESC, US, CLR, CR = b"\x1b", b"\x1f", b"\x0c", b"\r"


def ascii_line(text: str, width: int = WIDTH, align: str = "left") -> str:
    """``text`` folded to ASCII, cut or padded to exactly ``width`` characters."""
    line = " ".join(to_ascii(text).split())[:width]
    if align == "right":
        return line.rjust(width)
    if align == "center":
        return line.center(width)
    return line.ljust(width)


def money_ascii(cents: int, currency: str = "TWD") -> str:
    """Money for the display: Babel's English form, folded (``NT$1,280``, ``CNY12.50``)."""
    text = format_currency(Decimal(cents) / 100, currency, locale="en_US")
    text = text.replace("CN¥", "CNY").replace("JP¥", "JPY")
    if text.endswith(".00"):
        text = text[:-3]  # 20 characters are precious; whole amounts need no cents
    return to_ascii(text, "")


def compose(
    line: str | None,
    total_cents: int | None = None,
    points: int | None = None,
    currency: str = "TWD",
    *,
    total_label: str = "TOTAL",
    points_label: str = "pt",
) -> tuple[str, str]:
    """The two 20-character lines: ``line`` (and points earned) on top, the total below.

    Args:
        line: what is happening, e.g. the item or "Thank you" (folded to ASCII;
            if nothing printable is left, "WELCOME" or "ITEM").
        total_cents: the amount to pay, or None to leave the lower line blank.
        points: points earned (shown as ``+12pt`` at the right of the top line).
    """
    top = " ".join(to_ascii(line or "").split())
    if not top:
        top = "ITEM" if total_cents is not None else "WELCOME"
    if points:
        tag = f"{points:+d}{points_label}"
        room = WIDTH - len(tag) - 1
        top = top[: max(0, room)].ljust(max(0, room)) + " " + tag
    top = top[:WIDTH].ljust(WIDTH)
    if total_cents is None:
        bottom = " " * WIDTH
    else:
        amount = money_ascii(total_cents, currency)
        label = total_label[: max(0, WIDTH - len(amount) - 1)]
        bottom = label + amount.rjust(WIDTH - len(label))
        bottom = bottom[-WIDTH:]
    return top, bottom


def _exact(line: str) -> bytes:
    """Exactly WIDTH ASCII bytes, spacing kept (the line is already laid out)."""
    return to_ascii(line.replace("\t", " "), "")[:WIDTH].ljust(WIDTH).encode("ascii")


def display_bytes(top: str, bottom: str, protocol: str = "escpos") -> bytes:
    """The bytes that put ``top`` and ``bottom`` on a display of ``protocol``."""
    a, b = _exact(top), _exact(bottom)
    if protocol == "cd5220":
        return ESC + b"@" + CLR + ESC + b"QA" + a + CR + ESC + b"QB" + b + CR
    if protocol == "escpos":
        return ESC + b"@" + CLR + US + b"$\x01\x01" + a + US + b"$\x01\x02" + b
    raise ValueError(f"unknown display protocol {protocol!r}")


def clear_bytes(protocol: str = "escpos") -> bytes:
    return ESC + b"@" + CLR


def send(cfg: DisplayConfig, data: bytes) -> None:
    """Write ``data`` to the display's port. Raises UserError."""
    if not cfg.configured:
        raise UserError("display_not_set_up")
    port = open_serial(cfg.target, cfg.baudrate, write_timeout=2.0)
    try:
        port.write(data)
    except Exception as exc:  # noqa: BLE001
        raise device_error(exc, cfg.target) from exc
    finally:
        try:
            port.close()
        except Exception:  # noqa: BLE001
            pass


def show(cfg: DisplayConfig, top: str, bottom: str) -> bytes:
    """Show two lines; returns the bytes sent."""
    data = display_bytes(top, bottom, cfg.protocol)
    send(cfg, data)
    return data
