"""The Stored value and packages page: the owner saves rules and package types;
a cashier is refused in words and nothing changes."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QTableWidgetItem

from app import auth, members, settings
from app.programs import packages, wallet

WAIT = 5000


pytestmark = pytest.mark.usefixtures("english_ui")  # tests/ui/conftest.py


@pytest.fixture
def ctx(shop, qtbot):
    from ui.context import AppContext

    c = AppContext(shop, "en")
    c.reload_settings()
    yield c
    c.runner.wait()
    c.jobs.wait()


@pytest.fixture
def page(ctx, qtbot):
    from ui.packages_page import WalletSettingsPage

    w = WalletSettingsPage(ctx)
    qtbot.addWidget(w)
    w.resize(1200, 720)
    w.show()
    qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=WAIT)
    return w


def idle(qtbot, ctx):
    qtbot.waitUntil(lambda: ctx.runner.pending == 0 and ctx.jobs.pending == 0, timeout=WAIT)


def test_owner_saves_bonus_tiers_and_spend_order(qtbot, page, ctx, shop):
    page.add_tier_button.click()
    page.tiers.setItem(0, 0, QTableWidgetItem("3,000"))
    page.tiers.setItem(0, 1, QTableWidgetItem("400"))
    page.add_tier_button.click()
    page.tiers.setItem(1, 0, QTableWidgetItem("1000"))
    page.tiers.setItem(1, 1, QTableWidgetItem("100"))
    page.order_combo.setCurrentIndex(page.order_combo.findData("bonus_first"))
    page.save_wallet_button.click()
    idle(qtbot, ctx)
    assert page.wallet_status.text() == "Saved."
    with shop.read() as s:
        v = wallet.get_settings(s)
    assert v["wallet_bonus_tiers"] == [[100000, 10000], [300000, 40000]]
    assert v["wallet_spend_order"] == "bonus_first"
    assert ctx.settings["wallet_bonus_tiers"] == [[100000, 10000], [300000, 40000]]  # the top-up dialog sees it


def test_a_bad_tier_is_refused_beside_the_table(qtbot, page, ctx, shop):
    page.add_tier_button.click()
    page.tiers.setItem(0, 0, QTableWidgetItem("lots"))
    page.tiers.setItem(0, 1, QTableWidgetItem("100"))
    page.save_wallet_button.click()
    idle(qtbot, ctx)
    assert "bonus tier" in page.tiers_row.error
    with shop.read() as s:
        assert wallet.get_settings(s)["wallet_bonus_tiers"] == []


def test_the_unit_cannot_change_under_balances(qtbot, page, ctx, shop):
    with shop.transaction() as s:
        m = members.sign_up(s, name="A", phone="0912000001")
        wallet.top_up(s, topup_key="t", member_id=m.id, amount_cents=1000)
    page.unit_combo.setCurrentIndex(page.unit_combo.findData("credits"))
    page.credit_name.setText("遊戲幣")
    page.save_wallet_button.click()
    idle(qtbot, ctx)
    assert "cannot change" in page.unit_row.error
    with shop.read() as s:
        assert wallet.get_settings(s)["wallet_unit"] == "money"


def test_owner_adds_and_edits_a_package_type(qtbot, page, ctx, shop):
    page.new_button.click()
    page.name_edit.setText("洗髮 10 次卡")
    page.service_edit.setText("洗髮")
    page.sessions_spin.setValue(10)
    page.price_edit.setText("2,500")
    page.valid_unit.setCurrentIndex(page.valid_unit.findData("days"))
    page.valid_spin.setValue(180)
    page.save_package_button.click()
    idle(qtbot, ctx)
    assert page.table.rowCount() == 1 and "Saved" in page.package_status.text()
    page.table.selectRow(0)
    page.price_edit.setText("2,400")
    page.active_check.setChecked(False)
    page.save_package_button.click()
    idle(qtbot, ctx)
    with shop.read() as s:
        (t,) = packages.list_types(s, active_only=False)
    assert (t.name, t.sessions, t.price_cents, t.valid_days, t.valid_months, t.active) == (
        "洗髮 10 次卡", 10, 240000, 180, None, False)


def test_a_cashier_is_refused_and_nothing_changes(qtbot, page, ctx, shop):
    # the actor changes without actor_changed (the buttons are still live):
    # the services refuse, and the page greys its Save buttons from then on
    shop.actor = auth.Actor(None, "小芸", "cashier")
    page.new_button.click()
    page.name_edit.setText("Cut x5")
    page.price_edit.setText("1,500")
    page.save_package_button.click()
    idle(qtbot, ctx)
    assert page.package_error.isVisible() and "owner or a manager" in page.package_error.text()
    assert not page.save_package_button.isEnabled() and not page.save_wallet_button.isEnabled()
    page.order_combo.setCurrentIndex(page.order_combo.findData("paid_first"))
    page.save_wallet()
    idle(qtbot, ctx)
    assert page.wallet_error.isVisible()
    with shop.read() as s:
        assert packages.list_types(s, active_only=False) == []
        assert wallet.get_settings(s)["wallet_spend_order"] == "pro_rata"


def test_the_expiry_job_runs_when_the_page_starts(qtbot, ctx, shop):
    from ui.packages_page import WalletSettingsPage

    with shop.transaction() as s:
        m = members.sign_up(s, name="A", phone="0912000001")
        t = packages.save_type(s, name="Trial x2", sessions=2, price_cents=5000, valid_days=10)
        p = packages.sell_package(s, sale_key="k", member_id=m.id, type_id=t.id,
                                  now=dt.datetime.now() - dt.timedelta(days=30)).package
    messages = []
    ctx.status_message.connect(messages.append)
    w = WalletSettingsPage(ctx)
    qtbot.addWidget(w)
    w.start_jobs()
    idle(qtbot, ctx)
    with shop.read() as s:
        assert packages.member_packages(s, m.id, open_only=False)[0].status == "expired"
    assert messages == ["1 package expired."]
