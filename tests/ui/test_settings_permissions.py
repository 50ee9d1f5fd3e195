"""The settings screens grey out what a cashier's services would refuse, say
why, and open up again when an owner signs in (real widgets, real SQLite file).

The services refuse anyway (tests/app); these tests hold the courtesy: a
cashier is not invited to edit and press Save only to be told no.
"""
from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QSettings

from app import auth, settings, staff

pytestmark = pytest.mark.usefixtures("english_ui")  # tests/ui/conftest.py
WAIT = 5000
THESE = "Only an owner or a manager can change these."


@pytest.fixture
def people(shop):
    with shop.transaction() as s:
        settings.put(s, shop_name="小林咖啡", setup_done=True)
        owner = staff.add_staff(s, name="林靜", role="owner")
        cashier = staff.add_staff(s, name="小美", role="cashier")
    return {"owner": auth.Actor(owner.id, owner.name, "owner"),
            "cashier": auth.Actor(cashier.id, cashier.name, "cashier")}


@pytest.fixture
def ctx(shop, people, qtbot):
    from ui.context import AppContext

    c = AppContext(shop, "en")
    c.reload_settings()
    yield c
    c.runner.wait()
    c.reader.wait()
    c.jobs.wait()


def idle(qtbot, ctx) -> None:
    qtbot.waitUntil(lambda: ctx.runner.pending == 0 and ctx.jobs.pending == 0, timeout=WAIT)


# --------------------------------------------------------------- Manage → Devices


@pytest.fixture
def devices_page(ctx, qtbot):
    from ui.device_manager import DeviceManager
    from ui.devices_page import DevicesPage

    manager = DeviceManager(ctx, "perm-till")
    qtbot.waitUntil(lambda: manager.setup is not None, timeout=WAIT)
    page = DevicesPage(ctx, manager)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    qtbot.waitExposed(page)
    idle(qtbot, ctx)
    yield page
    manager.shutdown()
    ctx.runner.wait()


@pytest.mark.skipif(sys.platform == "win32", reason="the device manager's serial ports are POSIX here")
def test_a_cashier_sets_up_the_counters_printer_but_not_the_receipt_texts(devices_page, ctx, shop, people, qtbot):
    page = devices_page
    with shop.transaction() as s:
        settings.put(s, receipt_header="台北市中山路 1 號")
    ctx.sign_in_as(people["cashier"])
    assert not page.receipt_header.isEnabled() and not page.receipt_footer.isEnabled()
    assert page.receipt_permission.isVisible()
    assert page.receipt_permission.text() == "Only an owner or a manager can change the receipt header and footer."
    # the ports are this counter's: a swapped printer is set up again by whoever is at the till
    for button in (page.printer_save, page.scanner_save, page.display_save):
        assert button.isEnabled()
    page.printer_connection.setCurrentIndex(page.printer_connection.findData("network"))
    page.printer_target.setEditText("192.168.1.50")
    assert page.printer_test.isEnabled()
    page.receipt_header.setPlainText("")  # greyed out; even if the text changed, Save leaves it alone
    page.printer_save.click()
    idle(qtbot, ctx)
    assert not page.printer_error.isVisibleTo(page)
    printer = page.manager.devices.setup().printer
    assert (printer.connection, printer.target) == ("network", "192.168.1.50")
    with shop.read() as s:
        assert settings.get(s, "receipt_header") == "台北市中山路 1 號"

    ctx.sign_in_as(people["owner"])
    assert page.receipt_header.isEnabled() and page.receipt_footer.isEnabled()
    assert not page.receipt_permission.isVisibleTo(page)
    page.receipt_footer.setPlainText("謝謝光臨")
    page.printer_save.click()
    idle(qtbot, ctx)
    with shop.read() as s:
        assert settings.get(s, "receipt_footer") == "謝謝光臨"


# --------------------------------------------------------------- Manage → Stored value and packages


def test_a_cashier_sees_the_wallet_and_package_saves_greyed_out(ctx, shop, people, qtbot):
    from ui.packages_page import WalletSettingsPage

    page = WalletSettingsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 720)
    page.show()
    idle(qtbot, ctx)
    ctx.sign_in_as(people["cashier"])
    assert not page.save_wallet_button.isEnabled()
    assert not page.save_package_button.isEnabled()
    assert page.wallet_permission.isVisible() and page.wallet_permission.text() == THESE
    assert page.package_permission.isVisible() and page.package_permission.text() == THESE

    ctx.sign_in_as(people["owner"])
    assert page.save_wallet_button.isEnabled() and page.save_package_button.isEnabled()
    assert not page.wallet_permission.isVisibleTo(page) and not page.package_permission.isVisibleTo(page)
    page.order_combo.setCurrentIndex(page.order_combo.findData("paid_first"))
    page.save_wallet_button.click()
    idle(qtbot, ctx)
    assert page.wallet_status.text() == "Saved."
    assert page.save_wallet_button.isEnabled(), "enabled again after the save"


# --------------------------------------------------------------- Manage → Backups


@pytest.mark.sqlite_only
def test_a_cashier_backs_up_but_cannot_move_the_folder_or_restore(ctx, shop, people, qtbot, tmp_path):
    from ui.backup_page import BackupPage

    page = BackupPage(ctx, QSettings(str(tmp_path / "qsettings.ini"), QSettings.IniFormat))
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    qtbot.waitExposed(page)
    ctx.sign_in_as(people["cashier"])
    assert not page.restore_button.isEnabled()
    assert not page.choose_button.isEnabled() and not page.default_button.isEnabled()
    assert page.permission_label.isVisible()
    assert page.permission_label.text() == (
        "Only an owner or a manager can change the backup folder or restore a backup.")
    assert page.backup_button.isEnabled(), "anyone may back up"
    with qtbot.waitSignal(page.backup_finished, timeout=15000) as done:
        page.backup_button.click()
    assert done.args == [True]

    ctx.sign_in_as(people["owner"])
    assert page.restore_button.isEnabled()
    assert page.choose_button.isEnabled() and page.default_button.isEnabled()
    assert not page.permission_label.isVisibleTo(page)
    page.worker.wait()


# --------------------------------------------------------------- Follow-ups → Rules


def test_a_cashier_may_read_the_follow_up_rules_but_not_save_them(ctx, shop, people, qtbot):
    from ui.followups_settings import FollowupRulesDialog

    ctx.sign_in_as(people["cashier"])
    dialog = FollowupRulesDialog(ctx)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT):
        dialog.show()
    assert dialog.rules is not None
    assert not dialog.save_button.isEnabled(), "not even once the rules have loaded"
    assert dialog.permission_label.isVisible() and dialog.permission_label.text() == THESE

    ctx.sign_in_as(people["owner"])
    assert dialog.save_button.isEnabled()
    assert not dialog.permission_label.isVisibleTo(dialog)
    ctx.sign_in_as(people["cashier"])  # the cashier switches back in while the dialog is open
    assert not dialog.save_button.isEnabled()
    assert dialog.permission_label.text() == THESE
