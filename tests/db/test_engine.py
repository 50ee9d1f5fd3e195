"""The engine factory, SQLite pragmas and migrations, on real files."""
from __future__ import annotations

import re
import sqlite3

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import CheckConstraint, func, inspect, select, text

from app import members
from app.shop import Shop
from db import engine as db_engine
from db.models import Base, Member


def schema(path) -> list[tuple]:
    con = sqlite3.connect(path)
    rows = con.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name").fetchall()
    con.close()
    return rows


@pytest.fixture
def fresh(tmp_path):
    """A brand-new, never-migrated database file."""
    path = tmp_path / "nested" / "dir" / "fresh.db"
    eng = db_engine.make_engine(f"sqlite:///{path}")
    yield path, eng
    eng.dispose()


@pytest.mark.sqlite_only
def test_sqlite_pragmas_on_every_connection(shop):
    for _ in range(2):  # a second pooled connection too
        with shop.engine.connect() as c:
            assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert c.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert c.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000


@pytest.mark.sqlite_only
def test_pragmas_hold_inside_service_sessions(shop):
    with shop.transaction() as s:
        assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
    with shop.read() as s:
        assert s.execute(text("PRAGMA synchronous")).scalar() == 2


def test_foreign_keys_are_enforced(shop):
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError, match="(?i)foreign key"):
        with shop.transaction() as s:
            s.execute(text(
                "INSERT INTO points_ledger (member_id, occurred_at, kind, points, balance_after, shortfall, reason) "
                "VALUES (999, '2026-01-01', 'adjust', 1, 1, 0, 'x')"))


def test_a_write_takes_the_lock_up_front(shop, db_path):
    # BEGIN IMMEDIATE: a second writer is refused at once (timeout 0), so
    # two counters never both read a balance and then both spend it
    with shop.transaction() as s:
        s.execute(select(Member.id)).all()
        other = sqlite3.connect(db_path, timeout=0)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.close()


def test_a_read_is_a_snapshot_that_does_not_block_writes(shop):
    with shop.read() as r:
        assert r.scalar(select(func.count()).select_from(Member)) == 0
        with shop.transaction() as w:  # would deadlock if the reader held the write lock
            members.sign_up(w, name="Amy", phone="0911000111")
        assert r.scalar(select(func.count()).select_from(Member)) == 0
    with shop.read() as r:
        assert r.scalar(select(func.count()).select_from(Member)) == 1


def test_make_engine_creates_the_folder(fresh):
    path, eng = fresh
    with eng.connect():
        pass
    assert path.exists()


def test_default_url_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("REGULARS_DB", f"sqlite:///{tmp_path}/env.db")
    assert db_engine.default_url() == f"sqlite:///{tmp_path}/env.db"


def test_migrate_creates_then_does_nothing(fresh):
    path, eng = fresh
    assert db_engine.current_revision(eng) is None
    assert db_engine.migrate(eng) is True
    assert db_engine.current_revision(eng) == db_engine.head_revision(eng)
    first = schema(path)
    assert db_engine.migrate(eng) is False
    command.upgrade(db_engine._alembic_config(eng), "head")  # alembic itself: a no-op
    assert schema(path) == first


def test_reopening_keeps_the_data(db_url):
    shop = Shop(db_url)
    with shop.transaction() as s:
        members.sign_up(s, name="Amy", phone="0911000111")
    shop.close()
    again = Shop(db_url)
    with again.read() as s:
        assert members.find(s, "0111")[0].name == "Amy"
    again.close()


def all_models() -> None:
    """Import every model module in db/ so Base.metadata holds every table
    (feature modules may keep their models in their own file)."""
    import importlib
    import pkgutil

    import db

    for info in pkgutil.iter_modules(db.__path__):
        if info.name not in ("engine", "migrations"):
            importlib.import_module(f"db.{info.name}")


def test_migrations_match_the_models(shop):
    all_models()
    with shop.engine.connect() as c:
        ctx = MigrationContext.configure(c, opts={"compare_type": True, "compare_server_default": True})
        assert compare_metadata(ctx, Base.metadata) == []


def test_check_constraints_are_in_the_migrated_schema(db_path):
    # compare_metadata does not look at CHECK constraints; the DDL must carry them
    all_models()
    ddl = {name: sql for kind, name, _, sql in schema(db_path) if kind == "table"}
    expected = [
        (t.name, c.name)
        for t in Base.metadata.sorted_tables
        for c in t.constraints
        if isinstance(c, CheckConstraint)
    ]
    assert expected
    for table, name in expected:
        assert name in ddl[table], (table, name)


def test_constraint_names_follow_the_convention(shop):
    insp = inspect(shop.engine)
    assert {u["name"] for u in insp.get_unique_constraints("members")} == {
        "uq_members_member_no", "uq_members_phone_norm"}
    unnamed = [(t, fk["constrained_columns"]) for t in insp.get_table_names()
               for fk in insp.get_foreign_keys(t) if not (fk["name"] or "").startswith("fk_")]
    if shop.dialect == "sqlite":
        # SQLite's reflection only reads table-level constraint names; a column
        # added by ALTER TABLE carries its name inline ("col INTEGER CONSTRAINT
        # fk_... REFERENCES ..."), so look for it in the stored DDL instead.
        with shop.engine.connect() as c:
            ddl = dict(c.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'table'").all())
        unnamed = [(t, cols) for t, cols in unnamed
                   if not re.search(rf"\b{cols[0]}\b[^,]*CONSTRAINT\s+fk_{t}_{cols[0]}_\w+\s+REFERENCES", ddl[t])]
    assert unnamed == []


def test_one_head_and_downgrade_to_nothing_and_back(fresh):
    from alembic.script import ScriptDirectory

    path, eng = fresh
    cfg = db_engine._alembic_config(eng)
    assert len(ScriptDirectory.from_config(cfg).get_heads()) == 1
    db_engine.migrate(eng)
    first = schema(path)
    command.downgrade(cfg, "base")
    assert {name for kind, name, _, _ in schema(path) if kind == "table"} == {"alembic_version"}
    command.upgrade(cfg, "head")
    assert schema(path) == first
