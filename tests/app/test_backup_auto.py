"""Automatic backups, failures that must not lose a sale, and damaged databases.

Everything here is about real SQLite files: backup copies, a backup folder on
a "USB stick" that is gone, a disk that fills up (a child process with a file
size limit), and database files damaged in the middle or cut short.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app import autobackup, backup, members, sales
from app import settings as shop_settings
from app.check import check
from app.errors import UserError
from app.shop import Shop
from db.models import Member, Sale
from db.trust_models import AuditEntry

pytestmark = pytest.mark.sqlite_only
ROOT = Path(__file__).resolve().parents[2]


def fill(shop, n: int = 300, start: int = 0) -> None:
    with shop.transaction() as s:
        for i in range(start, start + n):
            m = members.sign_up(s, name=f"會員{i:04d}", phone=f"0922{i:06d}", notes="常客 " * 60)
            sales.record_sale(s, sale_key=f"k{i}", member_id=m.id, amount_cents=10_000 + i)


def count(url: str, model=Member) -> int:
    shop = Shop(url, auto_migrate=False)
    try:
        with shop.read() as s:
            return s.scalar(select(func.count()).select_from(model))
    finally:
        shop.close()


def clean(url: str) -> list[str]:
    shop = Shop(url, auto_migrate=False)
    try:
        with shop.read() as s:
            return check(s)
    finally:
        shop.close()


def damage_middle(path: Path) -> None:
    """Overwrite pages in the middle of the file with garbage, as a bad sector
    would: the members table's first pages and three pages half-way in."""
    with sqlite3.connect(path) as c:
        page = c.execute("PRAGMA page_size").fetchone()[0]
        root = c.execute("SELECT rootpage FROM sqlite_master WHERE name = 'members'").fetchone()[0]
    c.close()
    size = path.stat().st_size
    with open(path, "r+b") as f:
        for start in ((root - 1) * page, (size // page // 2) * page):
            f.seek(start)
            f.write(os.urandom(page * 3))


# --------------------------------------------------------------- automatic backups


def test_auto_backup_goes_to_the_default_folder_beside_the_database(shop, db_path):
    fill(shop, 5)
    now = dt.datetime(2026, 11, 22, 21, 30, 5)
    result = autobackup.auto_backup(shop, now=now)
    assert result.path == db_path.parent / "backups" / "shop-20261122-213005.db"
    assert result.size_bytes == result.path.stat().st_size > 0
    assert autobackup.check_backup(result.path) == []
    assert [b.path for b in autobackup.list_backups(db_path.parent / "backups", "shop")] == [result.path]
    assert not autobackup.is_due(db_path.parent / "backups", "shop", now.replace(hour=23))
    assert autobackup.is_due(db_path.parent / "backups", "shop", now + dt.timedelta(days=1))


def test_auto_backup_uses_the_chosen_folder_and_rotates_it(shop, tmp_path):
    stick = tmp_path / "usb"
    stick.mkdir()
    with shop.transaction() as s:
        shop_settings.put(s, backup_folder=str(stick))
    fill(shop, 3)
    start = dt.datetime(2026, 1, 1, 21)
    for day in range(40):  # forty evenings of closing the window
        autobackup.auto_backup(shop, now=start + dt.timedelta(days=day))
    left = autobackup.list_backups(stick, "shop")
    stamps = [start + dt.timedelta(days=d) for d in range(40)]
    assert {b.taken_at for b in left} == autobackup.keep(stamps)
    assert len(left) < 40 and left[0].taken_at == stamps[-1]
    assert not (shop.engine.url.database and (Path(shop.engine.url.database).parent / "backups").exists())


def test_a_pulled_out_usb_stick_is_told_plainly_and_nothing_is_created(shop, tmp_path):
    stick = tmp_path / "media" / "usb"
    with shop.transaction() as s:
        shop_settings.put(s, backup_folder=str(stick / "backups"))
    fill(shop, 2)
    with pytest.raises(UserError) as e:
        autobackup.auto_backup(shop)
    assert e.value.code == "backup_folder_missing"
    assert "USB" in e.value.message("zh_TW") and "USB" in e.value.message("en")
    assert not stick.exists(), "a missing stick's folder must not be made on the PC's disk"
    assert count(shop.url) == 2  # and the shop carries on selling
    fill(shop, 1, start=50)
    assert count(shop.url) == 3


def test_a_full_disk_fails_the_backup_cleanly_and_keeps_the_last_good_one(shop, db_url, db_path, tmp_path):
    folder = tmp_path / "backups"
    fill(shop, 60)
    first = autobackup.auto_backup(shop, folder=folder, now=dt.datetime(2026, 5, 1, 21))
    fill(shop, 1, start=900)
    shop.close()
    # the disk "fills up": a child whose files may not grow past 64 KiB
    script = f"""
import json, resource, signal, sys
sys.path.insert(0, {str(ROOT)!r})
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
from app import autobackup
from app.errors import UserError
from app.shop import Shop
shop = Shop({db_url!r}, auto_migrate=False)
resource.setrlimit(resource.RLIMIT_FSIZE, (65536, 65536))
try:
    autobackup.auto_backup(shop, folder={str(folder)!r})
    print(json.dumps({{"ok": True}}))
except UserError as e:
    print(json.dumps({{"code": e.code, "zh_TW": e.message("zh_TW"), "en": e.message("en")}}))
"""
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    told = json.loads(out.stdout)
    assert told["code"] == "autobackup_failed", told
    assert "full" in told["en"] or "large" in told["en"]
    assert "所有銷售仍安全儲存" in told["zh_TW"]
    assert sorted(p.name for p in folder.iterdir()) == [first.path.name]  # no half-written file
    assert autobackup.check_backup(first.path) == []
    assert clean(db_url) == [] and count(db_url, Sale) == 61


def test_postgresql_is_refused_with_a_pointer_to_pg_dump():
    import types

    from sqlalchemy import create_engine

    pg = types.SimpleNamespace(engine=create_engine("postgresql+psycopg://shop@localhost/regulars"))
    with pytest.raises(UserError) as e:
        autobackup.auto_backup(pg)
    assert e.value.code == "backup_not_sqlite" and "pg_dump" in e.value.message("en")


# --------------------------------------------------------------- damaged databases


@pytest.fixture
def shop_with_backups(shop, db_url, db_path, tmp_path):
    """A shop with two good nightly backups, closed, ready to be damaged."""
    folder = db_path.parent / "backups"
    fill(shop, 40)
    older = autobackup.auto_backup(shop, now=dt.datetime(2026, 11, 20, 21))
    fill(shop, 20, start=40)
    newer = autobackup.auto_backup(shop, now=dt.datetime(2026, 11, 21, 21))
    fill(shop, 5, start=60)  # sold after the last backup
    shop.close()  # checkpoints the WAL: the file alone is the database
    assert not Path(f"{db_path}-wal").exists() or Path(f"{db_path}-wal").stat().st_size == 0
    return folder, older, newer


def test_a_healthy_database_passes_both_checks(shop_with_backups, db_path, tmp_path):
    assert autobackup.quick_health(db_path).ok and autobackup.full_health(db_path).ok
    assert autobackup.quick_health(tmp_path / "new-shop.db").ok  # none yet: a new shop


def test_pages_overwritten_in_the_middle_are_found_and_the_latest_backup_restored(
        shop_with_backups, db_url, db_path):
    folder, older, newer = shop_with_backups
    damage_middle(db_path)
    damaged_bytes = db_path.read_bytes()
    health = autobackup.full_health(db_path)
    assert not health.ok and health.problem
    assert "已損壞" in health.error(db_path).message("zh_TW")

    best = autobackup.latest_good_backup([folder], "shop")
    assert best is not None and best.path == newer.path
    result = autobackup.recover(db_url, best.path)
    assert result.damaged_kept.read_bytes() == damaged_bytes  # kept aside, never deleted
    assert result.damaged_kept.name.startswith("shop.db.damaged-")
    assert autobackup.full_health(db_path).ok
    assert clean(db_url) == []
    assert count(db_url) == 60  # the shop as of the last backup


def test_a_truncated_file_is_found_before_opening(shop_with_backups, db_url, db_path):
    folder, _, newer = shop_with_backups
    size = db_path.stat().st_size
    with open(db_path, "r+b") as f:
        f.truncate(size // 2 // 4096 * 4096)
    health = autobackup.quick_health(db_path)
    assert not health.ok and "cut short" in health.problem
    autobackup.recover(db_url, autobackup.latest_good_backup([folder], "shop").path)
    assert clean(db_url) == [] and count(db_url) == 60


def test_a_file_that_is_not_a_database_is_found(tmp_path):
    bad = tmp_path / "regulars.db"
    bad.write_bytes(b"PK\x03\x04 a zip someone renamed" + os.urandom(5000))
    health = autobackup.quick_health(bad)
    assert not health.ok and "not a SQLite" in health.problem
    foreign = tmp_path / "other.db"
    with sqlite3.connect(foreign) as c:
        c.execute("CREATE TABLE t (x)")
    assert "not a Regulars" in autobackup.quick_health(foreign).problem


def test_the_latest_good_backup_skips_a_newer_backup_that_fails_check(shop_with_backups, db_url, db_path):
    folder, older, newer = shop_with_backups
    with sqlite3.connect(newer.path) as c:  # the newer backup's ledger was tampered with
        c.execute("UPDATE members SET points_balance = points_balance + 500 WHERE id = 1")
    (folder / "shop-20261121-230000.db").write_bytes(os.urandom(8192))  # and a newer one is junk
    best = autobackup.latest_good_backup([folder, folder], "shop")
    assert best.path == older.path
    with pytest.raises(backup.RestoreRefused):
        autobackup.recover(db_url, newer.path)
    assert db_path.exists() and not list(db_path.parent.glob("shop.db.damaged-*"))  # nothing moved
    autobackup.recover(db_url, best.path)
    assert count(db_url) == 40 and clean(db_url) == []


def test_no_backup_at_all_gives_none(tmp_path):
    assert autobackup.latest_good_backup([tmp_path / "nowhere", tmp_path], "shop") is None


def test_restoring_from_the_backups_page_needs_the_restore_permission(shop, db_url, tmp_path):
    from app.auth import Actor

    fill(shop, 3)
    saved = autobackup.auto_backup(shop, folder=tmp_path)
    fill(shop, 2, start=10)
    cashier = Shop(db_url, actor=Actor(None, "小美", "cashier"))
    try:
        with pytest.raises(UserError) as e:
            autobackup.restore_backup(cashier, saved.path)
        assert e.value.code == "not_permitted"
        assert count(db_url) == 5
    finally:
        cashier.close()
    result = autobackup.restore_backup(shop, saved.path)
    assert count(db_url) == 3 and result.kept.exists()
    with shop.read() as s:
        assert check(s) == []
        assert s.scalars(select(AuditEntry.action).where(AuditEntry.action == "restore")).all()
        refused = s.scalars(select(AuditEntry).where(AuditEntry.action == "refused")).all()
    assert refused == []  # the cashier's refusal was audited in the database that was then replaced


def test_the_start_up_recovery_is_in_the_audit_trail(shop_with_backups, db_url, db_path):
    folder, _, newer = shop_with_backups
    damage_middle(db_path)
    autobackup.recover(db_url, newer.path)
    shop = Shop(db_url, auto_migrate=False)
    try:
        with shop.read() as s:
            rows = s.execute(select(AuditEntry.staff_name, AuditEntry.detail)
                             .where(AuditEntry.action == "restore").order_by(AuditEntry.id)).all()
    finally:
        shop.close()
    assert rows and rows[-1][0] == "start-up recovery" and str(newer.path) in rows[-1][1]
