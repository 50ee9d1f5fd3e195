#!/usr/bin/env python3
"""Regulars (熟客): ``python main.py`` opens the window; ``python main.py
COMMAND`` runs headless (see ``python main.py --help`` and CONTRACT.md)."""
import sys
from pathlib import Path

# Runnable from any folder: the packages (app/, db/, ui/) sit beside this file.
_ROOT = str(Path(__file__).resolve().parent)
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

from app.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
