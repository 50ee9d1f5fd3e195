"""Coupons at the Counter, with real widgets on a real SQLite file: a code
typed or scanned into the search box is applied, comes off the sale, is used
once, and a refused coupon saves nothing."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from app import coupons
from db.models import Sale
from tests.ui.test_counter import WAIT, counter, ctx, sale_count, sign_up  # noqa: F401 - fixtures

pytestmark = pytest.mark.usefixtures("english_ui")  # tests/ui/conftest.py


def issue(shop, *, value=5000, min_spend_cents=0, count=2, member_id=None) -> list[str]:
    today = dt.date.today()
    with shop.transaction() as s:
        batch = coupons.create_batch(
            s, name="Spring", kind="amount_off", value=value, valid_from=today - dt.timedelta(days=1),
            valid_until=today + dt.timedelta(days=30), count=count,
            member_id=member_id, min_spend_cents=min_spend_cents,
        )
        return [row.code for row in coupons.batch_coupons(s, batch.id)]


def enter_code(qtbot, counter, code: str) -> None:
    counter.search_box.setFocus()
    qtbot.keyClicks(counter.search_box, coupons.format_code(code))
    qtbot.keyClick(counter.search_box, Qt.Key_Return)
    qtbot.waitUntil(lambda: counter.coupon is not None and counter.ctx.runner.pending == 0, timeout=WAIT)


def type_amount(qtbot, counter, text: str) -> None:
    counter.amount_edit.clear()
    qtbot.keyClicks(counter.amount_edit, text)
    qtbot.waitUntil(lambda: not counter._quote_timer.isActive() and counter.ctx.runner.pending == 0, timeout=WAIT)


def test_a_typed_coupon_is_applied_comes_off_the_sale_and_is_then_used(ctx, counter, qtbot):
    code = issue(ctx.shop)[0]
    member = sign_up(ctx.shop)
    counter.show_member(member)
    enter_code(qtbot, counter, code)

    assert counter.coupon_row.isVisible()
    title = counter.coupon_title.text()
    assert "applied" in title and coupons.format_code(code) in title and "50" in title
    assert counter.search_box.text() == ""
    type_amount(qtbot, counter, "300")
    assert counter.coupon_row.error == ""
    assert "250" in counter.to_pay_label.text() and "coupon" in counter.to_pay_label.text()

    qtbot.keyClick(counter.amount_edit, Qt.Key_Return)
    qtbot.waitUntil(lambda: sale_count(ctx.shop) == 1 and not counter.saving, timeout=WAIT)
    with ctx.shop.read() as s:
        sale = s.scalars(select(Sale)).one()
        assert (sale.total_cents, sale.coupon_discount_cents, sale.paid_cents) == (30000, 5000, 25000)
        view = coupons.lookup(s, code)
    assert view.status == "used" and view.redeemed_counter == counter.counter_name()
    assert counter.coupon is None and not counter.coupon_row.isVisible()  # cleared after the sale

    # the same code again: shown, with when and where it was used
    counter.handle_scan(code)
    qtbot.waitUntil(lambda: counter.coupon is not None and counter.coupon_row.error != "", timeout=WAIT)
    message = counter.coupon_row.error
    assert "already used" in message and counter.counter_name() in message
    assert view.redeemed_at.strftime("%Y-%m-%d %H:%M") in message
    # typing is never blocked; Esc takes the coupon off
    type_amount(qtbot, counter, "120")
    assert counter.amount_edit.text() == "120"
    counter.escape()
    assert counter.coupon is None and not counter.coupon_row.isVisible()


def test_the_remove_button_takes_the_coupon_off(ctx, counter, qtbot):
    code = issue(ctx.shop)[0]
    enter_code(qtbot, counter, code)
    type_amount(qtbot, counter, "300")
    assert "250" in counter.to_pay_label.text()
    qtbot.mouseClick(counter.coupon_remove, Qt.LeftButton)
    assert counter.coupon is None
    assert "300" in counter.to_pay_label.text() and "coupon" not in counter.to_pay_label.text()


def test_a_coupon_below_its_minimum_spend_is_refused_at_save_and_nothing_is_written(ctx, counter, qtbot):
    code = issue(ctx.shop, min_spend_cents=50000)[0]
    enter_code(qtbot, counter, code)
    assert counter.coupon_row.error == ""  # nothing typed yet: the rules say it
    assert "500" in counter.coupon_rules.text()
    type_amount(qtbot, counter, "100")
    assert "at least" in counter.coupon_row.error  # shown beside the coupon while typing
    qtbot.keyClick(counter.amount_edit, Qt.Key_Return)
    qtbot.waitUntil(lambda: not counter.saving and ctx.runner.pending == 0, timeout=WAIT)
    assert sale_count(ctx.shop) == 0
    assert "at least" in counter.coupon_row.error
    assert counter.confirm_label.property("kind") == "error"
    with ctx.shop.read() as s:
        assert coupons.lookup(s, code).status == "usable"


def test_a_personal_coupon_refuses_another_member_and_a_mistyped_code_is_caught(ctx, counter, qtbot):
    owner = sign_up(ctx.shop, name="Owner", phone="0911-111-111")
    other = sign_up(ctx.shop, name="Other", phone="0922-222-222")
    code = issue(ctx.shop, member_id=owner.id)[0]
    counter.show_member(other)
    enter_code(qtbot, counter, code)
    qtbot.waitUntil(lambda: "only for" in counter.coupon_row.error, timeout=WAIT)
    assert "Only for Owner" in counter.coupon_rules.text()
    counter.escape()
    counter.escape()
    # a personal coupon scanned with nobody at the counter brings its member
    enter_code(qtbot, counter, code)
    qtbot.waitUntil(lambda: counter.member is not None and counter.member.id == owner.id, timeout=WAIT)
    counter.clear_coupon()

    bad = code[:-1] + ("A" if code[-1] != "A" else "B")
    counter.search_box.setText(bad)
    qtbot.keyClick(counter.search_box, Qt.Key_Return)
    qtbot.waitUntil(lambda: counter.search_row.error != "", timeout=WAIT)
    assert counter.coupon is None
