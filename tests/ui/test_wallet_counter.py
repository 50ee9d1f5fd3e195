"""Stored value and packages at the Counter, with real widgets on a real SQLite file."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from app import members, sales, settings, staff
from app.programs import packages, wallet
from db.models import Sale

WAIT = 5000


pytestmark = pytest.mark.usefixtures("english_ui")  # tests/ui/conftest.py


@pytest.fixture
def ctx(shop, qtbot):
    from ui.context import AppContext

    c = AppContext(shop, "en")
    with shop.transaction() as s:
        settings.put(s, shop_name="Lin's", setup_done=True, wallet_bonus_tiers=[[100000, 10000], [300000, 40000]])
        owner = staff.add_staff(s, name="Lin", role="owner")
    c.reload_settings()
    c.set_staff(owner.id, owner.name)
    yield c
    c.runner.wait()


@pytest.fixture
def counter(ctx, qtbot):
    from ui.counter_tab import CounterTab

    w = CounterTab(ctx)
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=WAIT)
    return w


@pytest.fixture
def member(shop):
    with shop.transaction() as s:
        m = members.sign_up(s, name="陳美玲", phone="0912-000-111")
        wallet.top_up(s, topup_key="t", member_id=m.id, amount_cents=100000)  # 1,000 + 100
        t = packages.save_type(s, name="Wash x10", service="wash", sessions=10, price_cents=250000, valid_days=180)
        packages.sell_package(s, sale_key="p", member_id=m.id, type_id=t.id)
    return m


def idle(qtbot, ctx):
    qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=WAIT)


def show(qtbot, counter, ctx, member_id):
    counter.show_member_id(member_id)
    qtbot.waitUntil(lambda: counter.wallet_panel.wallet is not None, timeout=WAIT)
    idle(qtbot, ctx)


def wallet_total(shop, member_id):
    with shop.read() as s:
        return wallet.get_wallet(s, member_id).total_units


def test_the_counter_shows_stored_value_and_packages(qtbot, counter, ctx, member):
    show(qtbot, counter, ctx, member.id)
    panel = counter.wallet_panel
    assert panel.isVisible()
    assert "1,100.00" in panel.wallet_amount.text()
    assert "100.00" in panel.wallet_split.text()
    assert [p.name for p in panel.packages] == ["Wash x10"]
    assert [b.isEnabled() for b in panel.use_buttons()] == [True]


def test_pay_part_of_a_sale_from_stored_value(qtbot, counter, ctx, shop, member):
    show(qtbot, counter, ctx, member.id)
    row = counter.wallet_panel.pay_row
    qtbot.keyClicks(counter.amount_edit, "1500")
    qtbot.wait(50)
    row.check.setFocus()
    qtbot.keyClick(row.check, Qt.Key_Space)  # keyboard: tick it and the most it can pay is filled in
    assert row.check.isChecked() and row.edit.text() == "1100.00"
    assert "400.00" in row.info.text()  # the rest by the payment method
    qtbot.keyClick(row.edit, Qt.Key_Return)
    idle(qtbot, ctx)
    with shop.read() as s:
        sale = s.scalars(select(Sale).order_by(Sale.id.desc())).first()
        assert (sale.total_cents, sale.wallet_cents) == (150000, 110000)
    assert wallet_total(shop, member.id) == 0
    assert "from stored value" in counter.confirm_label.text()
    qtbot.waitUntil(lambda: counter.wallet_panel.wallet.total_units == 0, timeout=WAIT)
    assert not row.check.isChecked() and not row.check.isEnabled()


def test_too_much_from_stored_value_is_refused_beside_the_field(qtbot, counter, ctx, shop, member):
    show(qtbot, counter, ctx, member.id)
    row = counter.wallet_panel.pay_row
    counter.amount_edit.setText("5000")
    row.check.setChecked(True)
    row.edit.setText("2000")
    before = wallet_total(shop, member.id)
    counter.record_sale()
    idle(qtbot, ctx)
    assert row.row.error and "stored value" in row.row.error
    assert wallet_total(shop, member.id) == before
    with shop.read() as s:
        assert s.scalar(select(func.count(Sale.id))) == 1  # only the package sale


def test_top_up_dialog_shows_the_bonus_live_and_credits_once(qtbot, counter, ctx, shop, member):
    from ui.wallet_dialogs import TopUpDialog

    show(qtbot, counter, ctx, member.id)
    counter.wallet_panel.open_topup()
    dialog = counter.active_dialog
    assert isinstance(dialog, TopUpDialog)
    qtbot.keyClicks(dialog.amount_edit, "2999")
    assert "+NT$100.00" in dialog.bonus_label.text() and "NT$1.00 more for +NT$400.00" in dialog.bonus_label.text()
    dialog.amount_edit.setText("3,000")
    assert "+NT$400.00" in dialog.bonus_label.text()
    assert "Balance after: NT$4,500.00" in dialog.bonus_label.text()
    dialog.payment_combo.setCurrentIndex(dialog.payment_combo.findData("card"))
    dialog.ok_button.click()
    dialog.ok_button.click()  # a double click credits once
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=WAIT)
    idle(qtbot, ctx)
    assert wallet_total(shop, member.id) == 110000 + 340000
    assert "Topped up" in counter.confirm_label.text()
    qtbot.waitUntil(lambda: counter.wallet_panel.wallet.total_units == 450000, timeout=WAIT)


def test_top_up_refusal_shows_beside_the_amount(qtbot, counter, ctx, shop, member):
    show(qtbot, counter, ctx, member.id)
    counter.wallet_panel.open_topup()
    dialog = counter.active_dialog
    dialog.amount_edit.setText("abc")
    dialog.ok_button.click()
    assert dialog.amount_row.error
    assert dialog.outcome is None and wallet_total(shop, member.id) == 110000
    dialog.reject()


def test_use_a_session_with_one_key(qtbot, counter, ctx, shop, member):
    show(qtbot, counter, ctx, member.id)
    qtbot.keyClick(counter, Qt.Key_F11)  # one open package: used at once
    idle(qtbot, ctx)
    assert "Used 1 session of Wash x10: 9 left" in counter.confirm_label.text()
    qtbot.waitUntil(lambda: counter.wallet_panel.packages and counter.wallet_panel.packages[0].remaining == 9,
                    timeout=WAIT)
    counter.wallet_panel.use_buttons()[0].click()
    idle(qtbot, ctx)
    with shop.read() as s:
        assert packages.member_packages(s, member.id)[0].remaining == 8


def test_sell_a_package_from_stored_value(qtbot, counter, ctx, shop, member):
    from ui.wallet_dialogs import SellPackageDialog

    with shop.transaction() as s:
        t = packages.save_type(s, name="Cut x3", service="cut", sessions=3, price_cents=60000)
    show(qtbot, counter, ctx, member.id)
    counter.wallet_panel.open_sell()
    dialog = counter.active_dialog
    assert isinstance(dialog, SellPackageDialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=WAIT)
    assert dialog.select_type(t.id)
    dialog.wallet_check.setChecked(True)
    assert "$600.00" in dialog.wallet_check.text()
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=WAIT)
    idle(qtbot, ctx)
    assert wallet_total(shop, member.id) == 50000
    qtbot.waitUntil(lambda: len(counter.wallet_panel.packages) == 2, timeout=WAIT)
    assert "Sold Cut x3" in counter.confirm_label.text()


def test_walk_in_has_no_stored_value_line(qtbot, counter, ctx):
    counter.show_member(None)
    assert not counter.wallet_panel.isVisible()
    assert not counter.wallet_panel.pay_row.check.isEnabled()


def test_refund_a_package_and_a_top_up_from_the_counter(qtbot, counter, ctx, shop, member):
    from ui.wallet_dialogs import WalletRefundDialog

    show(qtbot, counter, ctx, member.id)
    pid = counter.wallet_panel.packages[0].id
    counter.wallet_panel.refund_action.trigger()
    dialog = counter.active_dialog
    assert isinstance(dialog, WalletRefundDialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=WAIT)
    assert dialog.select("package", pid)
    dialog.reason_edit.setText("moving away")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=WAIT)
    idle(qtbot, ctx)
    assert "Package refunded: 10 unused session(s), NT$2,500.00" in counter.confirm_label.text()
    qtbot.waitUntil(lambda: counter.wallet_panel.packages == [], timeout=WAIT)

    counter.wallet_panel.open_refund()
    dialog = counter.active_dialog
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=WAIT)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=WAIT)
    idle(qtbot, ctx)
    assert "NT$1,000.00 back" in counter.confirm_label.text() and "NT$100.00 forfeited" in counter.confirm_label.text()
    assert wallet_total(shop, member.id) == 0


def test_preview_earns_nothing_on_the_wallet_part_when_points_come_with_the_top_up(qtbot, counter, ctx, shop, member):
    with shop.transaction() as s:
        settings.put(s, wallet_points_on="topup")
    ctx.reload_settings()
    show(qtbot, counter, ctx, member.id)
    counter.amount_edit.setText("1500")
    assert "earns 1500 points" in counter.to_pay_label.text()
    counter.wallet_panel.pay_row.check.setChecked(True)  # 1,100 from stored value
    assert "earns 400 points" in counter.to_pay_label.text()


def test_adjust_stored_value_needs_a_reason_and_a_manager(qtbot, counter, ctx, shop, member):
    from app import auth
    from ui.wallet_dialogs import WalletAdjustDialog

    show(qtbot, counter, ctx, member.id)
    counter.wallet_panel.adjust_action.trigger()
    dialog = counter.active_dialog
    assert isinstance(dialog, WalletAdjustDialog)
    dialog.amount_edit.setText("-50")
    dialog.ok_button.click()
    assert dialog.reason_row.error  # a reason is required
    dialog.part_combo.setCurrentIndex(dialog.part_combo.findData("bonus"))
    dialog.reason_edit.setText("typo at top-up")
    shop.actor = auth.Actor(None, "小芸", "cashier")
    dialog.ok_button.click()
    idle(qtbot, ctx)
    assert dialog.outcome is None and "owner or a manager" in dialog.form_error.text()
    assert wallet_total(shop, member.id) == 110000
    shop.actor = auth.SYSTEM
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=WAIT)
    idle(qtbot, ctx)
    with shop.read() as s:
        assert wallet.get_wallet(s, member.id).bonus_units == 5000
    assert "-NT$50.00" in counter.confirm_label.text() and "NT$1,050.00" in counter.confirm_label.text()


def test_history_lists_the_ledger_and_packages(qtbot, counter, ctx, shop, member):
    from ui.wallet_dialogs import WalletHistoryDialog

    show(qtbot, counter, ctx, member.id)
    counter.wallet_panel.history_action.trigger()
    dialog = counter.active_dialog
    assert isinstance(dialog, WalletHistoryDialog)
    qtbot.waitUntil(lambda: dialog.ledger.rowCount() == 2, timeout=WAIT)
    assert [dialog.ledger.item(r, 1).text() for r in range(2)] == ["Bonus", "Top-up"]
    assert dialog.ledger.item(0, 4).text() == "NT$1,100.00"
    assert dialog.packages.item(0, 0).text() == "Wash x10" and dialog.packages.item(0, 1).text() == "10 / 10"
    dialog.reject()


def test_refund_of_a_wallet_paid_sale_tells_the_cashier_what_to_hand_back(qtbot, counter, ctx, shop, member):
    from ui.counter_dialogs import RefundDialog

    with shop.transaction() as s:
        r = sales.record_sale(s, sale_key="w", member_id=member.id, amount_cents=100000, wallet_cents=60000)
    show(qtbot, counter, ctx, member.id)
    counter.open_refund()
    dialog = counter.active_dialog
    assert isinstance(dialog, RefundDialog)
    qtbot.waitUntil(lambda: dialog.select_sale(r.sale_id), timeout=WAIT)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=WAIT)
    idle(qtbot, ctx)
    assert "NT$600.00 went back to stored value; give back NT$400.00." in counter.confirm_label.text()
    assert wallet_total(shop, member.id) == 110000
