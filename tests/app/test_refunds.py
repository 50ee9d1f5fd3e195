"""Refunds and voids: points come back pro rata, exactly, and never below zero."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app import check, members, points, sales
from app.errors import UserError
from db.models import PointsEntry, Refund, Sale
from tests.app.helpers import balance, dump, refused

NOW = dt.datetime(2026, 6, 15, 10, 0)


def sale(shop, **kw):
    kw.setdefault("now", NOW)
    with shop.transaction() as s:
        return sales.record_sale(s, **kw)


def refund(shop, **kw) -> sales.RefundResult:
    kw.setdefault("now", NOW + dt.timedelta(hours=1))
    with shop.transaction() as s:
        return sales.refund_sale(s, **kw)


def sale_row(shop, sale_id) -> tuple[int, str]:
    """(refunded_cents, status) of the sale."""
    with shop.read() as s:
        row = s.get(Sale, sale_id)
        return row.refunded_cents, row.status


def refund_entries(shop, refund_id) -> list[tuple]:
    with shop.read() as s:
        return [
            (e.kind, e.points, e.shortfall, e.sale_id)
            for e in s.scalars(select(PointsEntry).where(PointsEntry.refund_id == refund_id).order_by(PointsEntry.id))
        ]


def assert_clean(shop):
    with shop.read() as s:
        assert check.check(s) == []


@pytest.fixture
def member(shop):
    with shop.transaction() as s:
        m = members.sign_up(s, name="王小明", phone="0912345678", now=NOW)
        points.adjust(s, member_id=m.id, points=500, reason="opening", now=NOW)
    return m


# --- whole and partial ----------------------------------------------------------------


def test_whole_refund_takes_back_earned_and_returns_spent_points(shop, member):
    r = sale(shop, sale_key="s", member_id=member.id, amount_cents=10000, points_to_spend=200)
    assert (r.paid_cents, r.points_earned, r.balance_after) == (8000, 80, 380)
    f = refund(shop, sale_id=r.sale_id, refund_key="r", reason="wrong size")
    assert (f.amount_cents, f.points_taken_back, f.points_returned, f.shortfall_points) == (8000, 80, 200, 0)
    assert (f.balance_after, f.sale_status, f.duplicate) == (500, "refunded", False)
    assert refund_entries(shop, f.refund_id) == [("return", 200, 0, r.sale_id), ("take_back", -80, 0, r.sale_id)]
    assert sale_row(shop, r.sale_id) == (8000, "refunded")
    assert balance(shop, member.id) == 500
    assert_clean(shop)


def test_partial_refund_is_pro_rata(shop, member):
    r = sale(shop, sale_key="s", member_id=member.id, amount_cents=10000, points_to_spend=200)
    f = refund(shop, sale_id=r.sale_id, refund_key="r", amount_cents=2000)  # a quarter of 8000 paid
    assert (f.points_taken_back, f.points_returned, f.sale_status) == (20, 50, "partially_refunded")
    assert f.balance_after == 380 - 20 + 50
    assert sale_row(shop, r.sale_id) == (2000, "partially_refunded")
    assert_clean(shop)


def test_refunds_are_pro_rata_of_the_money_paid_not_the_goods(shop, member):
    r = sale(shop, sale_key="s", member_id=member.id, amount_cents=10000, points_to_spend=500)
    assert r.paid_cents == 5000
    e = refused(shop, sales.refund_sale, sale_id=r.sale_id, refund_key="r", amount_cents=5001)
    assert (e.code, e.field, e.params) == ("refund_too_much", "amount", {"max": "50.00"})
    f = refund(shop, sale_id=r.sale_id, refund_key="r", amount_cents=2500)
    assert (f.points_returned, f.points_taken_back) == (250, 25)


def test_equal_thirds_add_up_exactly(shop, member):
    # each third alone would round to 33 points: 99, not 100
    r = sale(shop, sale_key="s", member_id=member.id, amount_cents=10000)
    assert r.points_earned == 100
    taken = [refund(shop, sale_id=r.sale_id, refund_key=f"r{i}", amount_cents=a).points_taken_back
             for i, a in enumerate((3333, 3333, 3334))]
    assert sum(taken) == 100 and taken == [33, 34, 33]
    assert balance(shop, member.id) == 500
    assert sale_row(shop, r.sale_id) == (10000, "refunded")
    assert_clean(shop)


@pytest.mark.parametrize(
    "amount, spend, parts",
    [
        (10333, 200, (2777, 2778, 2778)),  # paid 8333, earned 83
        (10333, 200, (1, 1, 1, 8330)),
        (9999, 100, (1234, 4321, 1111, 2333)),  # paid 8999, earned 89
        (7001, 300, (3999, 1)),  # paid 4001: the last cent is left for a void
        (12345, 0, (617, 617, 617, 617, 617, 617, 617, 617, 617, 617, 617, 617, 617, 617, 617, 617, 617, 617, 617, 622)),
    ],
)
def test_several_partials_add_up_exactly_to_a_full_refund(shop, member, amount, spend, parts):
    r = sale(shop, sale_key="s", member_id=member.id, amount_cents=amount, points_to_spend=spend)
    results = [refund(shop, sale_id=r.sale_id, refund_key=f"r{i}", amount_cents=a) for i, a in enumerate(parts)]
    if sum(parts) < r.paid_cents:
        results.append(refund(shop, sale_id=r.sale_id, refund_key="void", void=True))
        assert results[-1].sale_status == "voided"
    else:
        assert results[-1].sale_status == "refunded"
    assert all(x.sale_status == "partially_refunded" for x in results[:-1])
    assert sum(x.points_taken_back for x in results) == r.points_earned
    assert sum(x.points_returned for x in results) == spend
    assert sum(x.amount_cents for x in results) == r.paid_cents
    assert all(x.shortfall_points == 0 for x in results)
    assert balance(shop, member.id) == 500
    assert_clean(shop)


def test_refunding_more_than_is_left_is_refused(shop, member):
    r = sale(shop, sale_key="s", member_id=member.id, amount_cents=10000)
    refund(shop, sale_id=r.sale_id, refund_key="r1", amount_cents=6000)
    e = refused(shop, sales.refund_sale, sale_id=r.sale_id, refund_key="r2", amount_cents=4001)
    assert (e.code, e.field, e.params) == ("refund_too_much", "amount", {"max": "40.00"})
    assert "40.00" in e.message("zh_TW")
    assert refund(shop, sale_id=r.sale_id, refund_key="r2", amount_cents=4000).sale_status == "refunded"


@pytest.mark.parametrize("amount", [0, -100])
def test_refund_of_nothing_or_less_is_refused(shop, member, amount):
    r = sale(shop, sale_key="s", member_id=member.id, amount_cents=10000)
    e = refused(shop, sales.refund_sale, sale_id=r.sale_id, refund_key="r", amount_cents=amount)
    assert (e.code, e.field) == ("amount_not_positive", "amount")


def test_refund_after_a_full_refund_is_refused(shop, member):
    r = sale(shop, sale_key="s", member_id=member.id, amount_cents=10000)
    refund(shop, sale_id=r.sale_id, refund_key="r1")
    for kw in ({}, {"amount_cents": 1}, {"void": True}):
        e = refused(shop, sales.refund_sale, sale_id=r.sale_id, refund_key="r2", **kw)
        assert e.code == "refund_nothing_left"


def test_unknown_sale(shop):
    e = refused(shop, sales.refund_sale, sale_id=404, refund_key="r")
    assert (e.code, e.params) == ("sale_not_found", {"value": "404"})


def test_too_long_reason_is_refused(shop, member):
    r = sale(shop, sale_key="s", member_id=member.id, amount_cents=10000)
    e = refused(shop, sales.refund_sale, sale_id=r.sale_id, refund_key="r", reason="x" * 501)
    assert (e.code, e.field) == ("text_too_long", "reason")


def test_refund_is_recorded(shop, member):
    r = sale(shop, sale_key="s", member_id=member.id, amount_cents=10000)
    f = refund(shop, sale_id=r.sale_id, refund_key="r", amount_cents=2500, reason=" broken lid ", staff_id=None)
    with shop.read() as s:
        row = s.get(Refund, f.refund_id)
        assert (row.kind, row.amount_cents, row.reason, row.sale_id) == ("refund", 2500, "broken lid", r.sale_id)
        assert (row.points_taken_back, row.points_returned, row.shortfall_points) == (25, 0, 0)


# --- voids ---------------------------------------------------------------------------


def test_void_undoes_the_whole_sale(shop, member):
    r = sale(shop, sale_key="s", member_id=member.id, amount_cents=10000, points_to_spend=100)
    f = refund(shop, sale_id=r.sale_id, refund_key="v", void=True, amount_cents=1)  # amount ignored
    assert (f.amount_cents, f.points_taken_back, f.points_returned, f.sale_status) == (9000, 90, 100, "voided")
    assert balance(shop, member.id) == 500
    with shop.read() as s:
        assert s.get(Refund, f.refund_id).kind == "void"
    e = refused(shop, sales.refund_sale, sale_id=r.sale_id, refund_key="v2", void=True)
    assert e.code == "refund_nothing_left"
    assert_clean(shop)


def test_void_after_a_partial_refund_gives_back_the_rest(shop, member):
    r = sale(shop, sale_key="s", member_id=member.id, amount_cents=10001, points_to_spend=300)  # paid 7001
    a = refund(shop, sale_id=r.sale_id, refund_key="r", amount_cents=3000)
    v = refund(shop, sale_id=r.sale_id, refund_key="v", void=True)
    assert a.amount_cents + v.amount_cents == 7001
    assert a.points_taken_back + v.points_taken_back == 70
    assert a.points_returned + v.points_returned == 300
    assert v.sale_status == "voided" and balance(shop, member.id) == 500


# --- a sale paid entirely by points ----------------------------------------------------------


def test_sale_paid_entirely_by_points_cannot_be_refunded_but_can_be_voided(shop, member):
    r = sale(shop, sale_key="s", member_id=member.id, amount_cents=3000, points_to_spend=300)
    assert (r.paid_cents, r.points_earned, r.balance_after) == (0, 0, 200)
    for kw in ({}, {"amount_cents": 1000}, {"amount_cents": 1}):
        e = refused(shop, sales.refund_sale, sale_id=r.sale_id, refund_key="r", **kw)
        assert e.code == "refund_points_only"
    v = refund(shop, sale_id=r.sale_id, refund_key="v", void=True)
    assert (v.amount_cents, v.points_returned, v.points_taken_back, v.sale_status) == (0, 300, 0, "voided")
    assert balance(shop, member.id) == 500
    assert refund_entries(shop, v.refund_id) == [("return", 300, 0, r.sale_id)]
    assert_clean(shop)


# --- shortfall ---------------------------------------------------------------------------


def test_shortfall_when_earned_points_were_already_spent(shop, member):
    r = sale(shop, sale_key="s", member_id=member.id, amount_cents=100000)  # earns 1000
    with shop.transaction() as s:
        points.adjust(s, member_id=member.id, points=-1300, reason="spent elsewhere", now=NOW)
    assert balance(shop, member.id) == 200
    f = refund(shop, sale_id=r.sale_id, refund_key="r", reason="returned")
    assert (f.points_taken_back, f.shortfall_points, f.balance_after) == (200, 800, 0)
    assert refund_entries(shop, f.refund_id) == [("take_back", -200, 800, r.sale_id)]
    with shop.read() as s:
        row = s.get(Refund, f.refund_id)
        assert (row.points_taken_back, row.shortfall_points) == (200, 800)
    assert balance(shop, member.id) == 0
    assert_clean(shop)


def test_shortfall_on_a_zero_balance_is_still_recorded(shop, member):
    r = sale(shop, sale_key="s", member_id=member.id, amount_cents=10000)  # earns 100
    with shop.transaction() as s:
        points.adjust(s, member_id=member.id, points=-600, reason="all gone", now=NOW)
    f = refund(shop, sale_id=r.sale_id, refund_key="r", amount_cents=5000)
    assert (f.points_taken_back, f.shortfall_points, f.balance_after) == (0, 50, 0)
    assert refund_entries(shop, f.refund_id) == [("take_back", 0, 50, r.sale_id)]


def test_shortfall_is_not_taken_again_by_later_partials(shop, member):
    r = sale(shop, sale_key="s", member_id=member.id, amount_cents=10000)  # earns 100
    with shop.transaction() as s:
        points.adjust(s, member_id=member.id, points=-590, reason="spent", now=NOW)  # 10 left
    first = refund(shop, sale_id=r.sale_id, refund_key="r1", amount_cents=5000)
    assert (first.points_taken_back, first.shortfall_points) == (10, 40)
    with shop.transaction() as s:
        points.adjust(s, member_id=member.id, points=1000, reason="goodwill", now=NOW)
    second = refund(shop, sale_id=r.sale_id, refund_key="r2")
    assert (second.points_taken_back, second.shortfall_points) == (50, 0)
    assert first.points_taken_back + first.shortfall_points + second.points_taken_back == 100
    assert balance(shop, member.id) == 950
    assert_clean(shop)


def test_returned_spent_points_cover_the_take_back_first(shop, member):
    # spent 200 and earned 30 on the sale, then spent everything else:
    # undoing the sale nets +170, so there is no shortfall
    r = sale(shop, sale_key="s", member_id=member.id, amount_cents=5000, points_to_spend=200)
    with shop.transaction() as s:
        points.adjust(s, member_id=member.id, points=-330, reason="spent", now=NOW)
    assert balance(shop, member.id) == 0
    f = refund(shop, sale_id=r.sale_id, refund_key="r")
    assert (f.points_returned, f.points_taken_back, f.shortfall_points, f.balance_after) == (200, 30, 0, 170)


# --- idempotency -------------------------------------------------------------------------


def test_retried_refund_returns_the_same_result_and_posts_nothing(shop, member):
    r = sale(shop, sale_key="s", member_id=member.id, amount_cents=10000, points_to_spend=100)
    first = refund(shop, sale_id=r.sale_id, refund_key="r", amount_cents=3000)
    before = dump(shop)
    again = refund(shop, sale_id=r.sale_id, refund_key="r", amount_cents=3000)
    assert dump(shop) == before
    assert again.duplicate and again.refund_id == first.refund_id
    assert (again.points_taken_back, again.points_returned, again.amount_cents) == (
        first.points_taken_back, first.points_returned, 3000)


def test_retried_void_posts_nothing(shop, member):
    r = sale(shop, sale_key="s", member_id=member.id, amount_cents=10000)
    first = refund(shop, sale_id=r.sale_id, refund_key="v", void=True)
    before = dump(shop)
    again = refund(shop, sale_id=r.sale_id, refund_key="v", void=True)
    assert dump(shop) == before and again.duplicate and again.refund_id == first.refund_id


def test_refund_key_reused_for_something_else_is_refused(shop, member):
    a = sale(shop, sale_key="a", member_id=member.id, amount_cents=10000)
    b = sale(shop, sale_key="b", member_id=member.id, amount_cents=10000)
    refund(shop, sale_id=a.sale_id, refund_key="r", amount_cents=3000)
    for kw in ({"sale_id": b.sale_id, "amount_cents": 3000}, {"sale_id": a.sale_id, "amount_cents": 4000},
               {"sale_id": a.sale_id, "void": True}):
        e = refused(shop, sales.refund_sale, refund_key="r", **kw)
        assert e.code == "refund_key_reused"


# --- walk-ins ----------------------------------------------------------------------------


def test_walk_in_refund_moves_no_points(shop):
    r = sale(shop, sale_key="w", member_id=None, amount_cents=10000)
    f = refund(shop, sale_id=r.sale_id, refund_key="r", amount_cents=4000)
    assert (f.points_taken_back, f.points_returned, f.balance_after, f.sale_status) == (0, 0, None, "partially_refunded")
    assert refund_entries(shop, f.refund_id) == []
    assert refund(shop, sale_id=r.sale_id, refund_key="v", void=True).amount_cents == 6000


def test_member_history_shows_the_refund(shop, member):
    r = sale(shop, sale_key="s", member_id=member.id, amount_cents=10000)
    refund(shop, sale_id=r.sale_id, refund_key="r", amount_cents=2500)
    with shop.read() as s:
        row = sales.member_sales(s, member.id)[0]
        assert (row.refunded_cents, row.status) == (2500, "partially_refunded")
        hist = points.ledger(s, member.id)
    assert [(h.kind, h.points, h.balance_after) for h in hist] == [
        ("take_back", -25, 575), ("earn", 100, 600), ("adjust", 500, 500)]
