"""Shared fixtures: a real SQLite file per test.

The migrated schema is built once per session and copied for each test (as
Anki's tests do), so every test starts from the real migrated database
without paying for the migration again.
"""
from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session")
def template_db(tmp_path_factory) -> Path:
    from app.shop import Shop

    path = tmp_path_factory.mktemp("template") / "template.db"
    shop = Shop(f"sqlite:///{path}")
    shop.close()  # the last connection closing checkpoints the WAL into the file
    assert not Path(f"{path}-wal").exists()
    return path


@pytest.fixture
def db_path(template_db, tmp_path) -> Path:
    path = tmp_path / "shop.db"
    shutil.copyfile(template_db, path)
    return path


@pytest.fixture
def db_url(db_path) -> str:
    return f"sqlite:///{db_path}"


@pytest.fixture
def shop(db_url):
    from app.shop import Shop

    s = Shop(db_url)
    yield s
    s.close()


@pytest.fixture(autouse=True)
def _english_messages():
    from app import messages

    messages.set_language("en")
    yield
    messages.set_language("en")
