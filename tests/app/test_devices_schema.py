"""Migration 0004 builds exactly the device tables db/device_models.py declares."""
from __future__ import annotations

import sqlite3

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

import db.device_models  # noqa: F401 - registers the tables on Base.metadata
from db import engine as db_engine
from db.models import Base

MINE = {"device_configs", "print_jobs", "drawer_openings"}


def _touches_mine(diff) -> bool:
    """Does an autogenerate diff entry concern one of the device tables?"""
    items = diff if isinstance(diff, list) else [diff]
    for item in items:
        for part in item[1:]:
            table = getattr(part, "table", None)
            name = getattr(table, "name", None) or getattr(part, "name", None)
            if name in MINE or (isinstance(part, str) and part in MINE):
                return True
    return False


def test_one_chain_with_devices_after_coupons(shop):
    script = ScriptDirectory.from_config(db_engine._alembic_config(shop.engine))
    assert len(script.get_heads()) == 1
    rev = script.get_revision("0004")
    assert rev.down_revision == "0003"


def test_migrated_device_tables_match_the_models(shop):
    with shop.engine.connect() as c:
        ctx = MigrationContext.configure(c, opts={"compare_type": True, "compare_server_default": True})
        diffs = [d for d in compare_metadata(ctx, Base.metadata) if _touches_mine(d)]
    assert diffs == []


def test_check_constraints_are_in_the_ddl(db_path):
    con = sqlite3.connect(db_path)
    ddl = {name: sql for name, sql in con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'")}
    con.close()
    assert "ck_print_jobs_status" in ddl["print_jobs"]
    assert "ck_drawer_openings_reason" in ddl["drawer_openings"]
    assert "uq_device_configs_station_role" in ddl["device_configs"]
