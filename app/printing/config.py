"""The print settings the owner can change (offset, paper, contact, logo,
accent colour), registered without importing reportlab.

Importing :mod:`app.printing` registers them; keeping them here (not in
:mod:`app.printing.common`) means the command-line parser, which names the
``print`` command, and the window's start do not pay ~0.45 s to load
reportlab before anything is printed.
"""
from __future__ import annotations

from app import settings as shop_settings

SHEETS = ("A4", "Letter")


def _offset_ok(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and -20 <= v <= 20


shop_settings.register("print_offset_x_mm", 0.0, _offset_ok)  # + moves the print right
shop_settings.register("print_offset_y_mm", 0.0, _offset_ok)  # + moves the print down
shop_settings.register("print_paper", "A4", lambda v: v in SHEETS)
shop_settings.register("print_contact", "", lambda v: isinstance(v, str) and len(v) <= 200)
shop_settings.register("print_logo_path", "", lambda v: isinstance(v, str) and len(v) <= 1000)
shop_settings.register(
    "print_accent_color", "#B03A2E",
    lambda v: isinstance(v, str) and len(v) == 7 and v.startswith("#") and all(c in "0123456789abcdefABCDEF" for c in v[1:]),
)
