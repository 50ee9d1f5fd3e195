"""Where bundled files live, from a source checkout or a PyInstaller bundle.

PyInstaller's one-folder bundle unpacks data next to the executable and points
``sys._MEIPASS`` at it; from source the project root is one level above ui/.
Both layouts keep the same relative paths (``resources/fonts/...``), so the
spec file copies ``resources/`` as it is.
"""
from __future__ import annotations

import sys
from pathlib import Path


def base_dir() -> Path:
    """The folder that holds ``resources/`` (the bundle or the project root)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """``resource_path("fonts", "x.ttf")`` → ``<base>/resources/fonts/x.ttf``."""
    return base_dir().joinpath("resources", *parts)


def user_data_dir() -> Path:
    """The per-user folder for the database, logs and backups."""
    import platformdirs

    folder = Path(platformdirs.user_data_dir("Regulars", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder
