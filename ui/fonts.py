"""The bundled CJK font, registered at start so Chinese renders everywhere.

Many Windows installs in shops are English, and minimal Linux machines ship
no CJK font at all: without this, every Chinese label is a row of boxes. We
register Droid Sans Fallback (Apache-2.0, see resources/fonts) and append it
to the application font's family list, so Latin text keeps the system UI font
and any character it lacks falls back to ours.
"""
from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from ui.resources import resource_path

log = logging.getLogger(__name__)

CJK_FONT_FILE = "DroidSansFallbackFull.ttf"
_registered: str | None = None


def register_cjk_font() -> str | None:
    """Register the bundled font once; returns its family name (None if missing)."""
    global _registered
    if _registered:
        return _registered
    path = resource_path("fonts", CJK_FONT_FILE)
    font_id = QFontDatabase.addApplicationFont(str(path))
    if font_id < 0:
        log.warning("could not load the bundled CJK font %s", path)
        return None
    _registered = QFontDatabase.applicationFontFamilies(font_id)[0]
    return _registered


def install_cjk_fallback(app: QApplication) -> str | None:
    """Make the bundled font a fallback of the application font.

    Two hooks, because Qt has no public per-script fallback API in Python:
    the app font's family list gets the CJK family appended (used by every
    widget that inherits the app font, including style-sheet sized ones), and
    the generic families are substituted by it (for fonts built by name).
    """
    family = register_cjk_font()
    if family is None:
        return None
    font = app.font()
    families = list(font.families()) or [font.family()]
    if family not in families:
        font.setFamilies(families + [family])
    app.setFont(font)
    for generic in {font.family(), QFont.defaultFamily(font), "Sans Serif", "sans-serif", "Monospace", "Serif"}:
        if generic and family not in QFont.substitutes(generic):
            QFont.insertSubstitution(generic, family)
    return family

