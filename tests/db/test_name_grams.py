"""Migration 0009: the name-fragment index is filled from the members already
there, and its triggers keep it in step from then on."""
from __future__ import annotations

import datetime as dt

import pytest
from alembic import command
from sqlalchemy import text

from app import members
from app.shop import Shop
from db import engine as db_engine


def grams(conn, member_id):
    return {r[0] for r in conn.execute(text("SELECT gram FROM member_name_grams WHERE member_id = :i"), {"i": member_id})}


@pytest.mark.sqlite_only
def test_upgrade_fills_the_index_for_existing_members_and_downgrade_removes_it(tmp_path):
    path = tmp_path / "old.db"
    eng = db_engine.make_engine(f"sqlite:///{path}")
    cfg = db_engine._alembic_config(eng)
    command.upgrade(cfg, "0008")
    with eng.begin() as c:
        c.execute(text(
            "INSERT INTO members (id, member_no, name, phone, phone_norm, phone_last4, joined_on, notes, "
            "points_balance, created_at) VALUES (7, 'A1', '歐陽Amy', '0912', '0912', '0912', '2026-01-01', '', 0, "
            "'2026-01-01 00:00:00.000000')"))
    command.upgrade(cfg, "head")
    with eng.connect() as c:
        assert grams(c, 7) == {"歐", "陽", "a", "m", "y", "歐陽", "陽a", "am", "my"}
    eng.dispose()
    shop = Shop(f"sqlite:///{path}")
    with shop.read() as s:
        assert [m.id for m in members.find(s, "陽A")] == [7]
    shop.close()
    eng = db_engine.make_engine(f"sqlite:///{path}")
    command.downgrade(db_engine._alembic_config(eng), "0008")
    with eng.connect() as c:
        assert not c.execute(text("SELECT name FROM sqlite_master WHERE name LIKE '%name_grams%'")).all()
    eng.dispose()


def test_triggers_follow_insert_rename_and_delete(shop):
    with shop.transaction() as s:
        m = members.sign_up(s, name="王小明", phone="0912000001", now=dt.datetime(2026, 1, 1))
        assert grams(s, m.id) == {"王", "小", "明", "王小", "小明"}
        s.execute(text("UPDATE members SET name = 'Ann' WHERE id = :i"), {"i": m.id})
        assert grams(s, m.id) == {"a", "n", "an", "nn"}
        s.execute(text("UPDATE members SET notes = 'x' WHERE id = :i"), {"i": m.id})  # not the name: untouched
        assert grams(s, m.id) == {"a", "n", "an", "nn"}
        s.execute(text("DELETE FROM members WHERE id = :i"), {"i": m.id})
        assert grams(s, m.id) == set()
