"""The Backups page, the restore dialog and the damaged-database notice,
driven with real widgets on real SQLite files (damaged for real)."""
from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer

from app import autobackup, members, sales
from app import settings as shop_settings
from app.check import check
from app.shop import Shop

pytestmark = [pytest.mark.sqlite_only, pytest.mark.usefixtures("english_ui")]  # english_ui: tests/ui/conftest.py
WAIT = 15000




def fill(shop, n: int, start: int = 0) -> None:
    with shop.transaction() as s:
        for i in range(start, start + n):
            m = members.sign_up(s, name=f"會員{i:03d}", phone=f"0933{i:06d}")
            sales.record_sale(s, sale_key=f"ui{i}", member_id=m.id, amount_cents=5_000 + i)


def member_count(url: str) -> int:
    shop = Shop(url, auto_migrate=False)
    try:
        with shop.read() as s:
            return len(members.find(s, "會員", limit=1000))
    finally:
        shop.close()


@pytest.fixture
def ctx(shop, qtbot):
    from ui.context import AppContext

    c = AppContext(shop, "en")
    with shop.transaction() as s:
        shop_settings.put(s, shop_name="Lin's", setup_done=True)
    c.reload_settings()
    yield c
    c.runner.wait()
    c.reader.wait()


@pytest.fixture
def page(ctx, qtbot, tmp_path):
    from ui.backup_page import BackupPage

    w = BackupPage(ctx, QSettings(str(tmp_path / "qsettings.ini"), QSettings.IniFormat))
    qtbot.addWidget(w)
    w.resize(900, 600)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.worker.wait()


# --------------------------------------------------------------- the Backups page


def test_back_up_now_lists_the_backup_with_date_and_size(page, shop, db_path, qtbot):
    fill(shop, 3)
    assert page.status.text() == "No backup yet."
    with qtbot.waitSignal(page.backup_finished, timeout=WAIT) as done:
        page.backup_button.click()
    assert done.args == [True]
    files = autobackup.list_backups(db_path.parent / "backups", "shop")
    assert len(files) == 1 and page.table.rowCount() == 1
    assert page.table.item(0, 1).text() == files[0].size_text
    assert page.status.text().startswith("Last backup:")
    assert page.folder_edit.text() == str(db_path.parent / "backups")


def test_a_missing_usb_stick_is_shown_in_red_and_selling_goes_on(page, ctx, shop, qtbot, tmp_path):
    gone = tmp_path / "usb-stick" / "backups"
    page.set_folder(str(gone))
    qtbot.waitUntil(lambda: page.folder_edit.text() == str(gone), timeout=WAIT)
    with qtbot.waitSignal(page.backup_finished, timeout=WAIT) as done:
        page.backup_button.click()
    assert done.args == [False]
    assert "USB stick" in page.status.text() and "b3261e" in page.status.styleSheet()
    assert not gone.parent.exists()
    fill(shop, 1)  # the counter is not affected
    assert page.backup_button.isEnabled()


def test_the_daily_backup_runs_once_a_day_when_started(page, shop, db_path, qtbot):
    fill(shop, 2)
    with qtbot.waitSignal(page.backup_finished, timeout=WAIT):
        page.start()  # full check, then the day's first backup
    assert len(autobackup.list_backups(db_path.parent / "backups", "shop")) == 1
    page._on_timer()  # later the same day: not due again
    page.worker.wait()
    assert len(autobackup.list_backups(db_path.parent / "backups", "shop")) == 1
    page.backup_on_close()  # closing the window backs up once more, waited for
    assert len(autobackup.list_backups(db_path.parent / "backups", "shop")) >= 1
    assert not page._timer.isActive()


def test_restore_dialog_checks_first_refuses_a_bad_backup_then_restores(page, ctx, shop, db_url, db_path, qtbot):
    folder = db_path.parent / "backups"
    fill(shop, 4)
    good = autobackup.auto_backup(shop, now=dt.datetime(2026, 11, 20, 21))
    fill(shop, 3, start=10)
    bad = autobackup.auto_backup(shop, now=dt.datetime(2026, 11, 21, 21))
    with sqlite3.connect(bad.path) as c:  # this one's ledger no longer adds up
        c.execute("UPDATE members SET points_balance = points_balance + 9 WHERE id = 2")
    c.close()
    fill(shop, 2, start=20)
    page.refresh()

    dialog = page.open_restore()
    qtbot.waitExposed(dialog)
    assert dialog.table.rowCount() == 2
    assert [dialog.table.item(r, 1).text() for r in range(2)] == [
        b.size_text for b in autobackup.list_backups(folder, "shop")]
    assert dialog.table.item(0, 0).toolTip() == str(bad.path)  # newest first
    dialog.select_path(bad.path)
    with qtbot.waitSignal(dialog.checked, timeout=WAIT) as checked:
        dialog.restore_button.click()
    assert checked.args == [False]
    assert "fails the consistency check" in dialog.status.text() and "First problem" in dialog.status.text()
    assert member_count(db_url) == 9  # nothing restored

    dialog.select_path(good.path)
    with qtbot.waitSignal(dialog.checked, timeout=WAIT) as checked:
        dialog.restore_button.click()
    assert checked.args == [True] and dialog.restore_button.text() == "Restore this backup"
    with qtbot.waitSignal(page.restored, timeout=WAIT):
        dialog.restore_button.click()
    assert member_count(db_url) == 4
    with shop.read() as s:
        assert check(s) == []
    assert list(db_path.parent.glob("shop.db.before-restore-*"))  # the data as it was is kept
    assert "restored" in page.status.text()


def test_a_cashier_cannot_restore_from_the_page(page, ctx, shop, db_url, qtbot):
    from app.auth import Actor

    fill(shop, 2)
    saved = autobackup.auto_backup(shop)
    fill(shop, 1, start=5)
    page.refresh()
    shop.actor = Actor(None, "小美", "cashier")
    dialog = page.open_restore()
    dialog.select_path(saved.path)
    with qtbot.waitSignal(dialog.checked, timeout=WAIT):
        dialog.restore_button.click()
    with qtbot.waitSignal(dialog.restore_finished, timeout=WAIT) as finished:
        dialog.restore_button.click()
    assert finished.args == [False]
    assert "owner or a manager" in dialog.status.text()
    assert member_count(db_url) == 3
    dialog.reject()


# --------------------------------------------------------------- at start


def damaged_shop(db_url: str, db_path: Path, how: str) -> tuple[Path, bytes]:
    shop = Shop(db_url)
    fill(shop, 30)
    saved = autobackup.auto_backup(shop, now=dt.datetime(2026, 11, 21, 21))
    fill(shop, 5, start=100)
    shop.close()
    if how == "truncated":
        with open(db_path, "r+b") as f:
            f.truncate(db_path.stat().st_size // 3 // 4096 * 4096)
    else:
        with open(db_path, "r+b") as f:
            f.write(os.urandom(100))  # the header itself
    return saved.path, db_path.read_bytes()


@pytest.mark.parametrize("how", ["truncated", "header"])
def test_a_damaged_database_is_told_at_start_and_the_latest_backup_restored(db_url, db_path, qtbot, how):
    from ui.restore_dialog import check_at_start

    backup_file, damaged = damaged_shop(db_url, db_path, how)
    seen = []

    def drive(dialog):
        seen.append(dialog)
        # once the search is done, press "Restore the latest good backup"
        dialog.searched.connect(lambda latest: QTimer.singleShot(0, dialog.restore_button.click))

    assert check_at_start(db_url, None, "en", dialog_hook=drive) is True
    dialog = seen[0]
    assert "is damaged" in dialog.findChildren(type(dialog.found))[0].text()
    assert dialog.latest.path == backup_file
    assert dialog.recovery.damaged_kept.read_bytes() == damaged  # kept aside, not deleted
    assert autobackup.quick_health(db_path).ok and autobackup.full_health(db_path).ok
    assert member_count(db_url) == 30


def test_quit_at_the_damaged_notice_leaves_the_file_alone(db_url, db_path, qtbot):
    from ui.restore_dialog import check_at_start

    _, damaged = damaged_shop(db_url, db_path, "truncated")

    def drive(dialog):
        dialog.searched.connect(lambda latest: QTimer.singleShot(0, dialog.quit_button.click))

    assert check_at_start(db_url, None, "en", dialog_hook=drive) is False
    assert db_path.read_bytes() == damaged
    assert not list(db_path.parent.glob("shop.db.damaged-*"))


def test_a_healthy_database_opens_without_a_word(db_url, db_path, shop):
    from ui.restore_dialog import check_at_start

    fill(shop, 1)
    shown = []
    assert check_at_start(db_url, None, "en", dialog_hook=shown.append) is True
    assert shown == []
    assert check_at_start("postgresql+psycopg://shop@nowhere/db", None, "en", dialog_hook=shown.append) is True


def test_damage_found_by_the_full_check_after_the_window_shows_offers_the_backup(page, ctx, shop, db_url, db_path, qtbot):
    fill(shop, 40)
    autobackup.auto_backup(shop, now=dt.datetime(2026, 11, 21, 21))
    fill(shop, 3, start=100)
    shop.engine.dispose()  # checkpointed: the damage below hits the file itself
    with sqlite3.connect(db_path) as c:
        c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        root = c.execute("SELECT rootpage FROM sqlite_master WHERE name = 'members'").fetchone()[0]
        page_size = c.execute("PRAGMA page_size").fetchone()[0]
    c.close()
    with open(db_path, "r+b") as f:  # a bad sector under the members table
        f.seek((root - 1) * page_size)
        f.write(os.urandom(page_size * 2))
    with qtbot.waitSignal(page.health_checked, timeout=WAIT) as checked:
        page.start()
    assert checked.args == [False]
    dialog = page.damaged_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.latest is not None, timeout=WAIT)
    with qtbot.waitSignal(page.restored, timeout=WAIT):
        dialog.restore_button.click()
    assert dialog.recovery.damaged_kept.exists()
    assert member_count(db_url) == 40  # the running shop reads the restored file
    with shop.read() as s:
        assert check(s) == []
