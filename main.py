#!/usr/bin/env python3
"""Regulars (熟客): ``python main.py`` opens the window; ``python main.py
COMMAND`` runs headless (see ``python main.py --help`` and CONTRACT.md)."""
import sys
from pathlib import Path

# Runnable from any folder: the packages (app/, db/, ui/) sit beside this file.
_ROOT = str(Path(__file__).resolve().parent)
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

from app import messages  # noqa: E402
from app.cli import EXIT_REFUSED, _complain, main  # noqa: E402


def open_window(db_url: str, lang: str | None) -> int:
    """Start the Qt window; imported only now so headless commands never load Qt."""
    try:
        from ui.app import run_gui
    except ModuleNotFoundError as e:
        if e.name in ("ui", "ui.app") or (e.name or "").startswith(("PySide6", "shiboken6")):
            _complain(messages.text("gui_unavailable", detail=str(e)))
            return EXIT_REFUSED
        raise
    except ImportError as e:  # Qt present but its system libraries are not
        _complain(messages.text("gui_unavailable", detail=str(e)))
        return EXIT_REFUSED
    return run_gui(db_url, lang)


if __name__ == "__main__":
    sys.exit(main(open_window=open_window))
