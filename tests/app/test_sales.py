"""Recording sales: points by the shop's rule, spending points, retries."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app import members, points, sales, settings
from app.errors import UserError
from db.models import PointsEntry, Sale, SaleLine
from tests.app.helpers import balance, dump, refused

NOW = dt.datetime(2026, 6, 15, 10, 0)
DEFAULT_RULE = {k: settings.DEFAULTS[k] for k in (
    "earn_per_cents", "earn_points", "earn_rounding", "min_spend_cents", "redeem_points", "redeem_value_cents")}


def sale(shop, **kw) -> sales.SaleResult:
    kw.setdefault("now", NOW)
    with shop.transaction() as s:
        return sales.record_sale(s, **kw)


def entries(shop, member_id) -> list[tuple]:
    with shop.read() as s:
        return [
            (e.kind, e.points, e.balance_after, e.sale_id)
            for e in s.scalars(select(PointsEntry).where(PointsEntry.member_id == member_id).order_by(PointsEntry.id))
        ]


@pytest.fixture
def member(shop):
    with shop.transaction() as s:
        return members.sign_up(s, name="王小明", phone="0912345678", now=NOW)


@pytest.fixture
def rich(shop, member):
    """The member with 300 points to spend."""
    with shop.transaction() as s:
        points.adjust(s, member_id=member.id, points=300, reason="opening", now=NOW)
    return member


def set_rule(shop, **values):
    with shop.transaction() as s:
        settings.put(s, **values)


# --- the earning rule -------------------------------------------------------------


@pytest.mark.parametrize(
    "paid, rule, pts",
    [
        (12850, {}, 128),  # 1 point per 1.00, floor
        (99, {}, 0),
        (100, {}, 1),
        (12850, {"earn_rounding": "round"}, 129),
        (12849, {"earn_rounding": "round"}, 128),
        (12801, {"earn_rounding": "ceil"}, 129),
        (12800, {"earn_rounding": "ceil"}, 128),
        (12850, {"earn_per_cents": 1000}, 12),  # 1 point per 10.00
        (12850, {"earn_per_cents": 1000, "earn_points": 3}, 38),  # 3 per 10.00: 38.55 floored
        (12850, {"earn_per_cents": 1000, "earn_points": 3, "earn_rounding": "round"}, 39),
        (12850, {"earn_points": 0}, 0),
        (0, {}, 0),
        (-500, {}, 0),
        (4999, {"min_spend_cents": 5000}, 0),
        (5000, {"min_spend_cents": 5000}, 50),
        (5001, {"min_spend_cents": 5000}, 50),
    ],
)
def test_points_for(paid, rule, pts):
    assert sales.points_for(paid, DEFAULT_RULE | rule) == pts


def test_round_is_half_up():
    rule = DEFAULT_RULE | {"earn_rounding": "round"}
    assert [sales.points_for(c, rule) for c in (149, 150, 151, 250)] == [1, 2, 2, 3]


@pytest.mark.parametrize(
    "rule, amount, earned",
    [
        ({}, 12850, 128),
        ({"earn_rounding": "round"}, 12850, 129),
        ({"earn_rounding": "ceil"}, 12801, 129),
        ({"earn_per_cents": 2500, "earn_points": 2}, 10000, 8),
        ({"min_spend_cents": 30000}, 29999, 0),
        ({"min_spend_cents": 30000}, 30000, 300),
        ({"min_spend_cents": 30000}, 30001, 300),
    ],
)
def test_sale_earns_by_the_shops_rule(shop, member, rule, amount, earned):
    if rule:
        set_rule(shop, **rule)
    r = sale(shop, sale_key="k", member_id=member.id, amount_cents=amount)
    assert (r.points_earned, r.balance_after, r.paid_cents) == (earned, earned, amount)
    assert balance(shop, member.id) == earned
    assert entries(shop, member.id) == ([("earn", earned, earned, r.sale_id)] if earned else [])


def test_bad_rule_settings_are_refused(shop):
    for bad in [{"earn_rounding": "up"}, {"earn_per_cents": 0}, {"min_spend_cents": -1},
                {"redeem_points": 0}, {"earn_points": True}, {"earn_per_cents": 1.5}]:
        with pytest.raises(UserError) as info:
            with shop.transaction() as s:
                settings.put(s, **bad)
        assert info.value.code == "setting_invalid"
    with shop.read() as s:
        assert settings.get_all(s) == settings.DEFAULTS


# --- walk-ins -------------------------------------------------------------------


def test_walk_in_earns_nothing(shop, member):
    r = sale(shop, sale_key="w", member_id=None, amount_cents=50000)
    assert (r.member_id, r.points_earned, r.balance_after) == (None, 0, None)
    with shop.read() as s:
        assert s.scalar(select(func.count()).select_from(PointsEntry)) == 0
        assert s.get(Sale, r.sale_id).member_id is None
    assert balance(shop, member.id) == 0


def test_walk_in_cannot_spend_points(shop):
    e = refused(shop, sales.record_sale, sale_key="w", member_id=None, amount_cents=5000, points_to_spend=100)
    assert (e.code, e.field) == ("walkin_no_points", "points")


# --- spending points as a discount ---------------------------------------------------


def test_spending_points_discounts_and_earns_on_what_was_paid(shop, rich):
    r = sale(shop, sale_key="s", member_id=rich.id, amount_cents=5000, points_to_spend=200)
    assert (r.total_cents, r.discount_cents, r.paid_cents) == (5000, 2000, 3000)
    assert (r.points_spent, r.points_earned, r.balance_after) == (200, 30, 130)
    assert entries(shop, rich.id)[1:] == [("spend", -200, 100, r.sale_id), ("earn", 30, 130, r.sale_id)]


def test_discount_uses_the_configured_rate(shop, rich):
    set_rule(shop, redeem_points=50, redeem_value_cents=300)
    r = sale(shop, sale_key="s", member_id=rich.id, amount_cents=5000, points_to_spend=150)
    assert (r.discount_cents, r.paid_cents) == (900, 4100)


def test_points_are_spent_in_steps(shop, rich):
    e = refused(shop, sales.record_sale, sale_key="s", member_id=rich.id, amount_cents=5000, points_to_spend=150)
    assert (e.code, e.field, e.params) == ("points_step", "points", {"step": 100})


def test_discount_may_not_exceed_the_sale(shop, rich):
    e = refused(shop, sales.record_sale, sale_key="s", member_id=rich.id, amount_cents=1999, points_to_spend=200)
    assert (e.code, e.field) == ("discount_exceeds_total", "points")
    assert e.params == {"discount": "20.00", "total": "19.99"}


def test_discount_equal_to_the_sale_is_allowed_and_earns_nothing(shop, rich):
    r = sale(shop, sale_key="s", member_id=rich.id, amount_cents=2000, points_to_spend=200)
    assert (r.discount_cents, r.paid_cents, r.points_earned, r.balance_after) == (2000, 0, 0, 100)


def test_cannot_spend_more_than_the_balance(shop, rich):
    e = refused(shop, sales.record_sale, sale_key="s", member_id=rich.id, amount_cents=90000, points_to_spend=400)
    assert (e.code, e.field) == ("not_enough_points", "points")
    assert e.params == {"name": "王小明", "balance": 300, "needed": 400}
    assert "300" in e.message("zh_TW") and "400" in e.message("zh_TW")


def test_spending_exactly_the_balance(shop, rich):
    set_rule(shop, earn_points=0)
    r = sale(shop, sale_key="s", member_id=rich.id, amount_cents=90000, points_to_spend=300)
    assert r.balance_after == 0


def test_negative_points_to_spend_is_refused(shop, rich):
    e = refused(shop, sales.record_sale, sale_key="s", member_id=rich.id, amount_cents=5000, points_to_spend=-100)
    assert (e.code, e.field) == ("points_not_positive", "points")


def test_min_spend_applies_to_what_was_paid_after_the_discount(shop, rich):
    set_rule(shop, min_spend_cents=3000)
    r = sale(shop, sale_key="s", member_id=rich.id, amount_cents=4000, points_to_spend=200)
    assert (r.paid_cents, r.points_earned) == (2000, 0)


# --- the sale key ----------------------------------------------------------------


def test_retried_sale_returns_the_same_result_and_posts_nothing(shop, rich):
    first = sale(shop, sale_key="k-1", member_id=rich.id, amount_cents=5000, points_to_spend=100)
    before = dump(shop)
    again = sale(shop, sale_key="k-1", member_id=rich.id, amount_cents=5000, points_to_spend=100,
                 now=NOW + dt.timedelta(seconds=5))
    assert dump(shop) == before
    assert again.duplicate and not first.duplicate
    assert again.sale_id == first.sale_id and again.balance_after == first.balance_after
    assert (again.points_earned, again.points_spent, again.occurred_at) == (first.points_earned, 100, NOW)


def test_retried_walk_in_sale_posts_nothing(shop):
    first = sale(shop, sale_key="w-1", member_id=None, amount_cents=5000)
    before = dump(shop)
    assert sale(shop, sale_key="w-1", member_id=None, amount_cents=5000).sale_id == first.sale_id
    assert dump(shop) == before


@pytest.mark.parametrize(
    "change", [{"amount_cents": 5001}, {"member_id": None, "points_to_spend": 0}, {"points_to_spend": 200}, {"member_id": "other"}]
)
def test_same_key_with_different_details_is_refused(shop, rich, change):
    with shop.transaction() as s:
        other = members.sign_up(s, name="Other", phone="0922000000", now=NOW)
    sale(shop, sale_key="k-1", member_id=rich.id, amount_cents=5000, points_to_spend=100)
    kw = dict(sale_key="k-1", member_id=rich.id, amount_cents=5000, points_to_spend=100) | change
    if kw["member_id"] == "other":
        kw["member_id"] = other.id
    e = refused(shop, sales.record_sale, **kw)
    assert e.code == "sale_key_reused"


# --- last visit ------------------------------------------------------------------


def test_last_purchase_time_follows_the_latest_sale(shop, member):
    sale(shop, sale_key="a", member_id=member.id, amount_cents=100, now=NOW)
    assert balance(shop, member.id) == 1
    with shop.read() as s:
        assert members.get_view(s, member.id).last_purchase_at == NOW
    later = NOW + dt.timedelta(days=3)
    sale(shop, sale_key="b", member_id=member.id, amount_cents=100, now=later)
    sale(shop, sale_key="c", member_id=member.id, amount_cents=100, now=NOW - dt.timedelta(days=30))  # backdated
    with shop.read() as s:
        assert members.get_view(s, member.id).last_purchase_at == later


def test_walk_in_sale_touches_no_member(shop, member):
    sale(shop, sale_key="w", member_id=None, amount_cents=100)
    with shop.read() as s:
        assert members.get_view(s, member.id).last_purchase_at is None


# --- amounts, lines, bad input ------------------------------------------------------


@pytest.mark.parametrize(
    "amount, code",
    [(None, "amount_required"), (0, "amount_not_positive"), (-100, "amount_not_positive"),
     (10_000_000_01, "amount_too_large"), (10**20, "amount_too_large")],
)
def test_bad_amounts_are_refused(shop, member, amount, code):
    e = refused(shop, sales.record_sale, sale_key="s", member_id=member.id, amount_cents=amount)
    assert (e.code, e.field) == (code, "amount")


def test_largest_allowed_amount(shop, member):
    assert sale(shop, sale_key="s", member_id=member.id, amount_cents=10_000_000_00).points_earned == 10_000_000


def test_unknown_member_is_refused(shop):
    e = refused(shop, sales.record_sale, sale_key="s", member_id=999, amount_cents=100)
    assert e.code == "member_not_found"


def test_too_long_category_or_note_is_refused(shop, member):
    e = refused(shop, sales.record_sale, sale_key="s", member_id=member.id, amount_cents=100, category="c" * 61)
    assert (e.code, e.field) == ("text_too_long", "category")
    e = refused(shop, sales.record_sale, sale_key="s", member_id=member.id, amount_cents=100, note="n" * 501)
    assert (e.code, e.field) == ("text_too_long", "note")


def test_unknown_payment_method_is_a_programming_error(shop, member):
    before = dump(shop)
    with pytest.raises(ValueError):
        with shop.transaction() as s:
            sales.record_sale(s, sale_key="s", member_id=member.id, amount_cents=100, payment_method="bitcoin")
    assert dump(shop) == before


def test_sale_from_lines(shop, member):
    lines = [sales.Line("烏龍茶", 35000, 2, "tea"), sales.Line("Cup", 12000, 1)]
    r = sale(shop, sale_key="s", member_id=member.id, lines=lines, category="tea", payment_method="card")
    assert (r.total_cents, r.points_earned) == (82000, 820)
    with shop.read() as s:
        stored = [(l.description, l.quantity, l.unit_price_cents, l.amount_cents, l.category)
                  for l in s.scalars(select(SaleLine).order_by(SaleLine.id))]
        row = s.get(Sale, r.sale_id)
        assert (row.category, row.payment_method, row.status, row.source) == ("tea", "card", "completed", "counter")
    assert stored == [("烏龍茶", 2, 35000, 70000, "tea"), ("Cup", 1, 12000, 12000, None)]


def test_lines_must_add_up_to_the_amount(shop, member):
    e = refused(shop, sales.record_sale, sale_key="s", member_id=member.id, amount_cents=1000,
                lines=[sales.Line("a", 600), sales.Line("b", 300)])
    assert (e.code, e.field) == ("amount_invalid", "amount")


@pytest.mark.parametrize("bad", [sales.Line("ghost", 500, 0), sales.Line("minus", 500, -1), sales.Line("credit", -500, 1)])
def test_lines_with_no_quantity_or_negative_price_are_refused(shop, member, bad):
    e = refused(shop, sales.record_sale, sale_key="s", member_id=member.id, lines=[sales.Line("tea", 2000), bad])
    assert (e.code, e.field, e.params) == ("line_invalid", "lines", {"description": bad.description})


def test_imported_history_earns_nothing(shop, member):
    r = sale(shop, sale_key="imp", member_id=member.id, amount_cents=50000, source="import")
    assert (r.points_earned, r.balance_after) == (0, 0)
    assert entries(shop, member.id) == []


def test_member_sales_newest_first(shop, member):
    a = sale(shop, sale_key="a", member_id=member.id, amount_cents=100, now=NOW)
    b = sale(shop, sale_key="b", member_id=member.id, amount_cents=200, now=NOW + dt.timedelta(hours=1))
    sale(shop, sale_key="w", member_id=None, amount_cents=300)
    with shop.read() as s:
        rows = sales.member_sales(s, member.id)
        assert [r.id for r in rows] == [b.sale_id, a.sale_id]
        assert (rows[0].total_cents, rows[0].points_earned, rows[0].status) == (200, 2, "completed")
        assert len(sales.recent_sales(s)) == 3
        assert [r.id for r in sales.recent_sales(s, member.id)] == [b.sale_id, a.sale_id]


def test_new_keys_are_unique():
    assert len({sales.new_key() for _ in range(1000)}) == 1000
