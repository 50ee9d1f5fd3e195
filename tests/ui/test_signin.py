"""Signing in, the lockout and the cashier switch, with real widgets on a real
SQLite file; and the window started from a test's shop (the system) asks
nobody to sign in."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from app import audit, auth, settings, staff

WAIT = 8000


pytestmark = pytest.mark.usefixtures("english_ui")  # tests/ui/conftest.py


@pytest.fixture
def people(shop):
    with shop.transaction() as s:
        settings.put(s, shop_name="Lin's", setup_done=True)
        owner = staff.add_staff(s, name="Lin", role="owner", pin="1111")
        amy = staff.add_staff(s, name="Amy", role="cashier", pin="3333")
        staff.add_staff(s, name="Ben", role="cashier")  # no PIN yet
    return {"owner": owner, "amy": amy}


def make_window(shop, qtbot, tmp_path, actor=auth.NOBODY):
    from ui.context import AppContext
    from ui.main_window import MainWindow

    shop.actor = actor
    ctx = AppContext(shop, "en")
    ctx.reload_settings()
    w = MainWindow(ctx, QSettings(str(tmp_path / "q.ini"), QSettings.IniFormat))
    qtbot.addWidget(w)
    w.show()
    return w


def sign_in(qtbot, dialog, staff_id, pin):
    qtbot.waitUntil(lambda: dialog.staff_list.count() > 0, timeout=WAIT)
    dialog.select_staff(staff_id)
    dialog.pin_edit.setText(pin)
    qtbot.keyClick(dialog.pin_edit, Qt.Key_Return)


def test_the_window_is_locked_until_someone_signs_in(shop, people, qtbot, tmp_path):
    w = make_window(shop, qtbot, tmp_path)
    qtbot.waitUntil(lambda: getattr(w, "active_signin", None) is not None, timeout=WAIT)
    dialog = w.active_signin
    assert not w.tabs.isEnabled() and w.signin_button.isVisible() and not w.staff_combo.isVisible()
    qtbot.waitUntil(lambda: dialog.staff_list.count() == 3, timeout=WAIT)
    # Ben has no PIN: shown, but cannot be picked
    ben = dialog.staff_list.item(2)
    assert not (ben.flags() & Qt.ItemIsEnabled)

    sign_in(qtbot, dialog, people["amy"].id, "9999")
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=WAIT)
    assert dialog.message.text() == "Wrong PIN. 4 more tries before this staff member is locked out for 5 minutes."
    assert dialog.pin_edit.text() == "" and not w.tabs.isEnabled()

    dialog.pad.buttons["3"].click()  # the touch keypad types into the PIN field
    for _ in range(3):
        dialog.pad.buttons["3"].click()
    assert dialog.pin_edit.text() == "3333"
    qtbot.keyClick(dialog.pin_edit, Qt.Key_Return)
    qtbot.waitUntil(lambda: w.active_signin is None, timeout=WAIT)
    assert w.ctx.actor == auth.Actor(people["amy"].id, "Amy", "cashier")
    assert w.ctx.staff_id == people["amy"].id
    assert w.tabs.isEnabled()
    assert w.signin_button.text() == "Amy (Cashier) · Switch F12"
    # a cashier sees the owner's pages greyed out
    assert not w.staff_page.add_button.isEnabled()
    assert w.audit_tab.notice.isVisibleTo(w.audit_tab) and not w.audit_tab.table.isEnabled()
    w.close()
    with shop.read() as s:
        actions = [r.action for r in audit.latest(s, limit=10)]
    assert actions[:3] == ["sign_out", "sign_in", "sign_in_failed"]


def test_lockout_message_says_how_many_minutes(shop, people, qtbot, tmp_path):
    from ui.context import AppContext
    from ui.signin_dialog import SignInDialog

    shop.actor = auth.NOBODY
    ctx = AppContext(shop, "en")
    now = [dt.datetime(2026, 5, 1, 10, 0)]
    dialog = SignInDialog(ctx, clock=lambda: now[0])
    qtbot.addWidget(dialog)
    dialog.show()
    for n in range(5):
        sign_in(qtbot, dialog, people["amy"].id, "0000")
        qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
    assert dialog.message.text() == "Too many wrong PINs: Amy is locked out; try again in 5 minute(s)."
    now[0] += dt.timedelta(minutes=3, seconds=30)
    sign_in(qtbot, dialog, people["amy"].id, "3333")
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
    assert dialog.message.text().endswith("try again in 2 minute(s).")
    assert ctx.actor == auth.NOBODY
    now[0] += dt.timedelta(minutes=2)
    sign_in(qtbot, dialog, people["amy"].id, "3333")
    qtbot.waitUntil(lambda: ctx.actor.staff_id == people["amy"].id, timeout=WAIT)


def test_f12_switches_cashier_and_the_switch_is_audited(shop, people, qtbot, tmp_path):
    w = make_window(shop, qtbot, tmp_path)
    qtbot.waitUntil(lambda: getattr(w, "active_signin", None) is not None, timeout=WAIT)
    sign_in(qtbot, w.active_signin, people["amy"].id, "3333")
    qtbot.waitUntil(lambda: w.ctx.actor.signed_in, timeout=WAIT)
    qtbot.waitUntil(lambda: w.active_signin is None, timeout=WAIT)

    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=WAIT)
    qtbot.keyClick(w.counter.search_box, Qt.Key_F12)
    qtbot.waitUntil(lambda: w.active_signin is not None and w.active_signin.isVisible(), timeout=WAIT)
    dialog = w.active_signin
    assert dialog.switching and dialog.windowTitle() == "Switch cashier"
    qtbot.waitUntil(lambda: dialog.chosen_id == people["owner"].id, timeout=WAIT)  # the first who is not here
    sign_in(qtbot, dialog, people["owner"].id, "1111")
    qtbot.waitUntil(lambda: w.ctx.actor.role == "owner", timeout=WAIT)
    assert w.ctx.staff_name == "Lin" and w.signin_button.text().startswith("Lin (Owner)")
    assert w.staff_page.add_button.isEnabled() and w.audit_tab.table.isEnabled()
    with shop.read() as s:
        row = audit.latest(s, "cashier_switch")[0]
    assert row.staff_name == "Lin" and '"Amy"' in row.before_json
    w.ctx.runner.wait()


def test_a_cancelled_switch_keeps_the_cashier(shop, people, qtbot, tmp_path):
    w = make_window(shop, qtbot, tmp_path, actor=auth.Actor(people["amy"].id, "Amy", "cashier"))
    w.ctx.sign_in_required = True
    w._on_actor_changed()
    w.switch_cashier()
    dialog = w.active_signin
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: w.active_signin is None, timeout=WAIT)
    assert w.ctx.actor.name == "Amy" and w.tabs.isEnabled()


def test_a_window_on_a_system_shop_asks_nobody_to_sign_in(shop, people, qtbot, tmp_path):
    w = make_window(shop, qtbot, tmp_path, actor=auth.SYSTEM)
    qtbot.waitUntil(lambda: w.staff_combo.count() == 3, timeout=WAIT)
    QApplication.processEvents()
    assert getattr(w, "active_signin", None) is None
    assert w.tabs.isEnabled() and not w.signin_button.isVisible()
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=WAIT)
    qtbot.keyClick(w.counter.search_box, Qt.Key_F12)
    QApplication.processEvents()
    assert getattr(w, "active_signin", None) is None


def test_a_shop_without_an_owner_pin_asks_the_owner_to_choose_one(shop, qtbot, tmp_path):
    with shop.transaction() as s:
        settings.put(s, setup_done=True)
        owner = staff.add_staff(s, name="林老闆", role="owner")
        staff.add_staff(s, name="小美")
    w = make_window(shop, qtbot, tmp_path)
    qtbot.waitUntil(lambda: getattr(w, "active_signin", None) is not None, timeout=WAIT)
    dialog = w.active_signin
    assert dialog.name_edit.text() == "林老闆" and dialog.name_edit.isReadOnly()
    dialog.pin_edit.setText("2468")
    dialog.confirm_edit.setText("2469")
    dialog.submit()
    assert dialog.confirm_row.error == "The two PINs differ; type the same PIN twice."
    dialog.confirm_edit.setText("2468")
    dialog.submit()
    qtbot.waitUntil(lambda: w.ctx.actor.staff_id == owner.id, timeout=WAIT)
    assert w.ctx.actor.role == "owner" and w.tabs.isEnabled()
    with shop.read() as s:
        assert staff.needs_owner_pin(s) is None
        assert [r.action for r in audit.latest(s, limit=2)] == ["sign_in", "pin_set"]
    w.ctx.runner.wait()


def test_the_owner_adds_a_cashier_with_a_pin_on_the_staff_page(shop, people, qtbot, tmp_path):
    from ui.context import AppContext
    from ui.staff_page import StaffPage

    shop.actor = staff.actor_for(people["owner"])
    ctx = AppContext(shop, "en")
    page = StaffPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.table.rowCount() == 3, timeout=WAIT)
    page.name_edit.setText("陳小華")
    page.new_pin_edit.setText("12")
    with qtbot.waitSignal(page.changed, timeout=WAIT):
        page.add_button.click()
    assert page.new_pin_row.error == "A PIN is 4 to 8 digits."
    page.new_pin_edit.setText("5678")
    with qtbot.waitSignal(page.changed, timeout=WAIT):
        page.add_button.click()
    qtbot.waitUntil(lambda: page.table.rowCount() == 4, timeout=WAIT)
    with shop.transaction() as s:
        new = staff.find_by_name(s, "陳小華")
        assert new.role == "cashier" and staff.sign_in(s, new.id, "5678").ok


def test_the_refund_limit_is_set_on_the_staff_page_by_a_manager_not_a_cashier(shop, people, qtbot):
    from app import settings as shop_settings
    from ui.context import AppContext
    from ui.staff_page import StaffPage

    with shop.transaction() as s:
        manager = staff.add_staff(s, name="Mia", role="manager", pin="5555")
    shop.actor = staff.actor_for(people["amy"])
    ctx = AppContext(shop, "en")
    ctx.reload_settings()
    page = StaffPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.limit_edit.text() == "1,000.00" and not page.limit_button.isEnabled()
    ctx.sign_in_as(staff.actor_for(manager))
    assert page.limit_button.isEnabled() and not page.add_button.isEnabled()
    page.limit_edit.setText("abc")
    page.save_limit()
    assert page.limit_row.error
    page.limit_edit.setText("2,500")
    with qtbot.waitSignal(page.changed, timeout=WAIT):
        page.limit_button.click()
    with shop.read() as s:
        assert shop_settings.get(s, "refund_limit_cents") == 250000
        assert audit.latest(s, "settings_change")[0].staff_name == "Mia"
    ctx.runner.wait()
