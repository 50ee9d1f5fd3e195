"""Backup and restore with real SQLite files, including a tampered copy."""
from __future__ import annotations

import hashlib
import sqlite3
import types
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select

from app import backup, members, sales
from app.errors import UserError
from app.shop import Shop
from db.models import Member

pytestmark = pytest.mark.sqlite_only  # copies of the SQLite file


def add_member(shop, name: str, phone: str) -> int:
    with shop.transaction() as s:
        m = members.sign_up(s, name=name, phone=phone)
        sales.record_sale(s, sale_key=f"sale-{phone}", member_id=m.id, amount_cents=50000)
    return m.id


def names(db_file: Path) -> list[str]:
    with sqlite3.connect(db_file) as c:
        return [r[0] for r in c.execute("SELECT name FROM members ORDER BY id")]


def digest(shop) -> str:
    """The live database's content (through SQLite, so the WAL counts)."""
    raw = shop.engine.raw_connection()
    try:
        return hashlib.sha256("\n".join(raw.driver_connection.iterdump()).encode()).hexdigest()
    finally:
        raw.close()


def test_backup_is_one_consistent_self_contained_file(shop, tmp_path):
    add_member(shop, "王小明", "0912000001")
    dest = tmp_path / "backups" / "shop-backup.db"
    dest.parent.mkdir()
    result = backup.backup(shop, dest)
    assert result.path == dest and result.size_bytes == dest.stat().st_size > 0
    assert not Path(f"{dest}-wal").exists()
    with sqlite3.connect(dest) as c:
        assert c.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert names(dest) == ["王小明"]
    assert [p.name for p in dest.parent.iterdir()] == ["shop-backup.db"]  # no temporary left


def test_backup_while_another_counter_is_writing_takes_the_committed_state(shop, db_path, tmp_path):
    add_member(shop, "王小明", "0912000001")
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # a counter in the middle of a sale, holding the write lock
    other.execute(
        "INSERT INTO members (member_no, name, phone, phone_norm, phone_last4, joined_on, notes,"
        " points_balance, created_at) VALUES ('X1', '未存', '0912000002', '0912000002', '0002',"
        " '2026-01-01', '', 0, '2026-01-01 00:00:00.000000')"
    )
    try:
        backup.backup(shop, tmp_path / "b.db")  # does not wait for the writer
    finally:
        other.execute("COMMIT")
        other.close()
    assert names(tmp_path / "b.db") == ["王小明"]


def test_backup_refuses_to_overwrite_the_live_database(shop, db_path):
    with pytest.raises(UserError) as e:
        backup.backup(shop, db_path)
    assert e.value.code == "backup_same_file"


def test_backup_and_restore_refuse_postgresql(db_path):
    pg = types.SimpleNamespace(engine=create_engine("postgresql+psycopg://shop@localhost/regulars"))
    with pytest.raises(UserError) as e:
        backup.backup(pg, "/tmp/never.db")
    assert e.value.code == "backup_not_sqlite" and "pg_dump" in e.value.message("en")
    with pytest.raises(UserError) as e:
        backup.restore("postgresql+psycopg://shop@localhost/regulars", db_path)
    assert e.value.code == "backup_not_sqlite"


def test_restore_brings_back_the_backup_and_keeps_the_previous_database(shop, db_url, db_path, tmp_path):
    add_member(shop, "王小明", "0912000001")
    backup.backup(shop, tmp_path / "b.db")
    add_member(shop, "後來的客人", "0912000002")
    result = backup.restore(db_url, tmp_path / "b.db")
    with shop.read() as s:  # the open shop sees the restored data
        assert s.scalars(select(Member.name)).all() == ["王小明"]
    assert result.kept is not None and result.kept.parent == db_path.parent
    assert names(result.kept) == ["王小明", "後來的客人"]
    with shop.read() as s:
        from app.check import check

        assert check(s) == []


def test_restore_refuses_a_tampered_backup_and_changes_nothing(shop, db_url, tmp_path):
    mid = add_member(shop, "王小明", "0912000001")
    backup.backup(shop, tmp_path / "b.db")
    with sqlite3.connect(tmp_path / "b.db") as c:
        c.execute("UPDATE members SET points_balance = points_balance + 5 WHERE id = ?", (mid,))
    with shop.read() as s:
        member_no = s.get(Member, mid).member_no
    before = digest(shop)
    with pytest.raises(backup.RestoreRefused) as e:
        backup.restore(db_url, tmp_path / "b.db")
    assert any(member_no in p for p in e.value.problems)
    assert digest(shop) == before
    assert not list(tmp_path.glob("*.before-restore-*"))


@pytest.mark.parametrize("kind", ["text", "foreign_sqlite", "newer"])
def test_restore_refuses_files_that_are_not_our_database(shop, db_url, tmp_path, kind):
    add_member(shop, "王小明", "0912000001")
    bad = tmp_path / "bad.db"
    if kind == "text":
        bad.write_text("member_no,name\n", encoding="utf-8")
        code = "restore_not_sqlite"
    elif kind == "foreign_sqlite":
        with sqlite3.connect(bad) as c:
            c.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT)")
        code = "restore_not_regulars"
    else:
        backup.backup(shop, bad)
        with sqlite3.connect(bad) as c:
            c.execute("UPDATE alembic_version SET version_num = 'ffffffffffff'")
        code = "restore_newer_schema"
    before = digest(shop)
    with pytest.raises(UserError) as e:
        backup.restore(db_url, bad)
    assert e.value.code == code
    assert digest(shop) == before


def test_restore_of_a_missing_file(db_url, tmp_path):
    with pytest.raises(UserError) as e:
        backup.restore(db_url, tmp_path / "nope.db")
    assert e.value.code == "file_unreadable"


def test_restore_into_a_new_database_file(shop, tmp_path):
    add_member(shop, "王小明", "0912000001")
    backup.backup(shop, tmp_path / "b.db")
    fresh = tmp_path / "new" / "shop.db"
    result = backup.restore(f"sqlite:///{fresh}", tmp_path / "b.db")
    assert result.kept is None
    other = Shop(f"sqlite:///{fresh}")
    try:
        with other.read() as s:
            assert s.scalar(select(func.count()).select_from(Member)) == 1
    finally:
        other.close()
