"""The first-start wizard stores settings and the owner, on a real database."""
from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QWizard

from sqlalchemy import func, select

from app import check, members, settings, staff
from db.models import Member

WAIT = 10000


pytestmark = pytest.mark.usefixtures("english_ui")  # tests/ui/conftest.py


@pytest.fixture
def wizard(shop, qtbot):
    from ui.context import AppContext
    from ui.wizard import SetupWizard

    ctx = AppContext(shop, "en")
    w = SetupWizard(ctx)
    qtbot.addWidget(w)
    w.show()
    yield w
    ctx.runner.wait()


def fill_shop_page(w, name="小林美髮", currency="TWD", lang="zh_TW"):
    p = w.shop_page
    p.name_edit.setText(name)
    p.currency_combo.setCurrentIndex(p.currency_combo.findData(currency))
    p.language_combo.setCurrentIndex(p.language_combo.findData(lang))


def test_finish_stores_settings_and_owner(shop, wizard, qtbot):
    fill_shop_page(wizard, currency="CNY", lang="zh_CN")
    wizard.next()
    assert wizard.currentPage() is wizard.points_page
    p = wizard.points_page
    assert p.earn_symbol.text() == "¥"
    p.earn_points_spin.setValue(2)
    p.earn_per_edit.setText("¥10")
    p.rounding_combo.setCurrentIndex(p.rounding_combo.findData("round"))
    p.min_spend_edit.setText("５０")  # full-width digits are fine
    p.redeem_points_spin.setValue(50)
    p.redeem_value_edit.setText("5.00")
    assert "earns 26 points" in p.example_label.text()  # 128.50 / 10 * 2 = 25.7 -> 26
    wizard.next()
    assert wizard.currentPage() is wizard.owner_page
    wizard.owner_page.owner_edit.setText("林美華")
    wizard.button(QWizard.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.saved is not None, timeout=WAIT)
    assert not wizard.isVisible()
    with shop.read() as s:
        values = settings.get_all(s)
        owners = staff.list_staff(s)
    assert values == {
        **values,
        "shop_name": "小林美髮", "currency": "CNY", "language": "zh_CN", "setup_done": True,
        "earn_points": 2, "earn_per_cents": 1000, "earn_rounding": "round", "min_spend_cents": 5000,
        "redeem_points": 50, "redeem_value_cents": 500,
    }
    assert [(o.name, o.role) for o in owners] == [("林美華", "owner")]


def test_shop_name_is_required(shop, wizard):
    wizard.shop_page.name_edit.setText("   ")
    wizard.next()
    assert wizard.currentPage() is wizard.shop_page
    assert wizard.shop_page.name_row.error == "Enter the shop's name."


def test_bad_points_rule_is_shown_beside_the_field(shop, wizard):
    fill_shop_page(wizard)
    wizard.next()
    wizard.points_page.earn_per_edit.setText("abc")
    wizard.next()
    assert wizard.currentPage() is wizard.points_page
    assert "is not an amount" in wizard.points_page.earn_per_row.error
    wizard.points_page.earn_per_edit.setText("0")
    wizard.next()
    assert "more than zero" in wizard.points_page.earn_per_row.error
    wizard.points_page.earn_per_edit.setText("100")
    wizard.next()
    assert wizard.currentPage() is wizard.owner_page


def test_owner_name_required_and_nothing_saved(shop, wizard, qtbot):
    fill_shop_page(wizard)
    wizard.next()
    wizard.next()
    wizard.owner_page.owner_edit.setText("")
    wizard.button(QWizard.FinishButton).click()
    assert wizard.owner_page.owner_row.error == "Enter the staff member's name."
    assert wizard.isVisible() and wizard.saved is None
    with shop.read() as s:
        assert settings.get_all(s)["setup_done"] is False
        assert staff.list_staff(s) == []


def test_demo_offer_loads_the_demo_shop(shop, wizard, qtbot):
    from ui import wizard as wizard_module

    if wizard_module.build_demo is None:
        pytest.skip("app.demo is not there yet")
    fill_shop_page(wizard)
    wizard.next()
    wizard.next()
    wizard.owner_page.owner_edit.setText("Lin")
    wizard.owner_page.demo_check.setChecked(True)
    wizard.button(QWizard.FinishButton).click()
    assert wizard.owner_page.busy_bar.isVisible()
    qtbot.waitUntil(lambda: wizard.saved is not None, timeout=60000)
    with shop.read() as s:
        assert s.scalar(select(func.count(Member.id))) == 300
        assert settings.get_all(s)["shop_name"] == "小林美髮"  # the owner's name wins over the demo's
        assert any(x.name == "Lin" and x.role == "owner" for x in staff.list_staff(s))
        assert check.check(s) == []
    assert wizard.ctx.staff_name == "Lin"


def test_demo_refused_on_a_shop_with_members(shop, wizard, qtbot):
    from ui import wizard as wizard_module

    if wizard_module.build_demo is None:
        pytest.skip("app.demo is not there yet")
    with shop.transaction() as s:
        members.sign_up(s, name="王小明", phone="0912345678")
    fill_shop_page(wizard)
    wizard.next()
    wizard.next()
    wizard.owner_page.owner_edit.setText("Lin")
    wizard.owner_page.demo_check.setChecked(True)
    wizard.button(QWizard.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.owner_page.demo_row.error != "", timeout=WAIT)
    assert "already has members" in wizard.owner_page.demo_row.error
    assert wizard.isVisible()
    with shop.read() as s:
        assert settings.get_all(s)["setup_done"] is False  # all or nothing


@pytest.fixture
def restore_app_state(qapp, monkeypatch, tmp_path):
    """run_gui changes app-wide things; put them back for the tests after."""
    from PySide6.QtCore import QLocale, QSettings

    from ui.app import remove_translators

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # the log file goes there
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    QSettings.setPath(QSettings.NativeFormat, QSettings.UserScope, str(tmp_path / "config"))
    locale, font, style = QLocale(), qapp.font(), qapp.styleSheet()
    yield
    remove_translators(qapp)
    QLocale.setDefault(locale)
    qapp.setFont(font)
    qapp.setStyleSheet(style)


def _when(condition, then, tries=200):
    """Poll from inside the event loop that run_gui itself runs."""
    from PySide6.QtCore import QTimer

    def check():
        found = condition()
        if found:
            then(found)
        elif tries_left[0] > 0:
            tries_left[0] -= 1
            QTimer.singleShot(50, check)

    tries_left = [tries]
    QTimer.singleShot(0, check)


def test_run_gui_first_start_wizard_then_window_in_chosen_language(db_url, qapp, restore_app_state, tmp_path):
    from PySide6.QtWidgets import QApplication

    from app.shop import Shop
    from ui.app import run_gui
    from ui.main_window import MainWindow
    from ui.wizard import SetupWizard

    seen = {}

    def finish_wizard(w):
        seen["wizard_title"] = w.windowTitle()
        fill_shop_page(w, name="小林美髮", lang="zh_TW")
        w.next()
        w.next()
        w.owner_page.owner_edit.setText("林美華")
        w.owner_page.pin_edit.setText("2468")  # the window has staff sign in: the owner chooses a PIN
        w.owner_page.pin_confirm_edit.setText("2468")
        w.button(QWizard.FinishButton).click()
        _when(lambda: next((x for x in QApplication.topLevelWidgets()
                            if isinstance(x, MainWindow) and x.isVisible()), None), inspect_window)

    def inspect_window(win):
        seen["tabs"] = [win.tabs.tabText(i) for i in range(win.tabs.count())]
        seen["title"] = win.windowTitle()
        seen["staff"] = win.ctx.staff_name
        seen["actor"] = win.ctx.actor.role  # the owner who set up the shop is signed in
        win.close()
        qapp.quit()

    _when(lambda: next((x for x in QApplication.topLevelWidgets()
                        if isinstance(x, SetupWizard) and x.isVisible()), None), finish_wizard)
    assert run_gui(db_url, "en") == 0
    assert seen["wizard_title"] == "Welcome to Regulars"  # --lang en wins for the wizard …
    assert seen["tabs"][0] == "Counter"  # … and for the window, over the shop's zh_TW
    assert seen["title"] == "Regulars — 小林美髮"
    assert (seen["staff"], seen["actor"]) == ("林美華", "owner")
    shop = Shop(db_url)
    with shop.read() as s:
        assert settings.get_all(s)["setup_done"] is True
    shop.close()
    assert (tmp_path / "data" / "Regulars" / "logs" / "regulars.log").exists()


def test_run_gui_uses_the_shops_language(db_url, qapp, restore_app_state):
    from PySide6.QtWidgets import QApplication

    from app.shop import Shop
    from ui.app import run_gui
    from ui.main_window import MainWindow

    shop = Shop(db_url)
    with shop.transaction() as s:
        settings.put(s, shop_name="小林美髮", language="zh_CN", setup_done=True)
        staff.add_staff(s, name="林美華", role="owner", pin="1111")
    shop.close()
    seen = {}

    def sign_in(win):  # the window starts locked, asking who is at the counter
        seen["locked"] = not win.tabs.isEnabled()
        win.active_signin.pin_edit.setText("1111")
        win.active_signin.submit()
        _when(lambda: win if win.ctx.actor.signed_in else None, inspect_window)

    def inspect_window(win):
        seen["tabs"] = [win.tabs.tabText(i) for i in range(win.tabs.count())]
        seen["staff"] = win.ctx.staff_name
        win.close()
        qapp.quit()

    _when(lambda: next((x for x in QApplication.topLevelWidgets()
                        if isinstance(x, MainWindow) and x.isVisible() and getattr(x, "active_signin", None)
                        and x.active_signin.chosen_id is not None), None),
          sign_in)
    assert run_gui(db_url, None) == 0
    assert seen["locked"] and seen["tabs"][0] == "收银台"
    assert seen["staff"] == "林美華"
