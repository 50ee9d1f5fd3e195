"""The points ledger and manual adjustments."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from app import check, members, points, sales
from app.errors import UserError
from db.models import PointsEntry
from tests.app.helpers import balance, dump, refused

NOW = dt.datetime(2026, 6, 15, 10, 0)


def adjust(shop, member_id, pts, reason="goodwill", **kw):
    with shop.transaction() as s:
        e = points.adjust(s, member_id=member_id, points=pts, reason=reason, now=NOW, **kw)
        return e.id, e.points, e.balance_after, e.reason


@pytest.fixture
def member(shop):
    with shop.transaction() as s:
        return members.sign_up(s, name="王小明", phone="0912345678", now=NOW)


def test_adjustment_with_a_reason(shop, member):
    _, pts, after, reason = adjust(shop, member.id, 120, reason="  birthday gift ")
    assert (pts, after, reason) == (120, 120, "birthday gift")
    _, pts, after, _ = adjust(shop, member.id, -20, reason="typo on Monday")
    assert (pts, after) == (-20, 100)
    assert balance(shop, member.id) == 100


def test_adjustment_accepts_typed_points(shop, member):
    assert adjust(shop, member.id, "１，０００")[2] == 1000
    assert adjust(shop, member.id, "-５０")[2] == 950


@pytest.mark.parametrize("reason", ["", "   ", None, "\x00\x01"])
def test_adjustment_needs_a_reason(shop, member, reason):
    e = refused(shop, points.adjust, member_id=member.id, points=10, reason=reason)
    assert (e.code, e.field) == ("reason_required", "reason")


def test_adjustment_reason_length(shop, member):
    e = refused(shop, points.adjust, member_id=member.id, points=10, reason="x" * 501)
    assert (e.code, e.field) == ("text_too_long", "reason")


@pytest.mark.parametrize("pts", [0, "0", "-0"])
def test_zero_adjustment_is_refused(shop, member, pts):
    e = refused(shop, points.adjust, member_id=member.id, points=pts, reason="why not")
    assert (e.code, e.field) == ("adjust_zero", "points")


@pytest.mark.parametrize("pts", [10**20, -(10**20), 100_000_001, "1.5", "lots"])
def test_absurd_or_unreadable_adjustment_is_refused_not_a_crash(shop, member, pts):
    e = refused(shop, points.adjust, member_id=member.id, points=pts, reason="oops")
    assert (e.code, e.field) == ("points_invalid", "points")


def test_negative_adjustment_cannot_go_below_zero(shop, member):
    adjust(shop, member.id, 50)
    e = refused(shop, points.adjust, member_id=member.id, points=-51, reason="correction")
    assert (e.code, e.field) == ("not_enough_points", "points")
    assert e.params == {"name": "王小明", "balance": 50, "needed": 51}
    assert adjust(shop, member.id, -50)[2] == 0


def test_adjusting_an_unknown_member(shop):
    assert refused(shop, points.adjust, member_id=77, points=5, reason="x").code == "member_not_found"


def test_post_refuses_an_overdraft_unless_partial(shop, member):
    adjust(shop, member.id, 30)
    with pytest.raises(UserError) as info:
        with shop.transaction() as s:
            points.post(s, points.lock_member(s, member.id), -31, "redeem", now=NOW)
    assert info.value.code == "not_enough_points"
    with shop.transaction() as s:
        e = points.post(s, points.lock_member(s, member.id), -45, "take_back", now=NOW, allow_partial=True)
        assert (e.points, e.shortfall, e.balance_after) == (-30, 15, 0)
    assert balance(shop, member.id) == 0


def test_post_rejects_unknown_kinds(shop, member):
    with pytest.raises(AssertionError):
        with shop.transaction() as s:
            points.post(s, points.lock_member(s, member.id), 5, "gift", now=NOW)


def test_database_refuses_a_negative_balance_even_past_the_service(shop, member):
    # the CHECK constraints are the last line of defence
    with pytest.raises(IntegrityError, match="(?i)check constraint"):
        with shop.transaction() as s:
            s.execute(text("UPDATE members SET points_balance = -1"))
    with pytest.raises(IntegrityError, match="(?i)check constraint"):
        with shop.transaction() as s:
            s.execute(text(
                "INSERT INTO points_ledger (member_id, occurred_at, kind, points, balance_after, shortfall, reason) "
                "VALUES (:m, '2026-01-01', 'adjust', -1, -1, 0, 'x')"), {"m": member.id})


def test_ledger_is_newest_first_with_the_running_balance(shop, member):
    adjust(shop, member.id, 100, reason="opening")
    with shop.transaction() as s:
        r = sales.record_sale(s, sale_key="s", member_id=member.id, amount_cents=5000, points_to_spend=100, now=NOW)
    adjust(shop, member.id, -10, reason="fix")
    with shop.read() as s:
        rows = points.ledger(s, member.id)
    assert [(x.kind, x.points, x.balance_after, x.sale_id, x.reason) for x in rows] == [
        ("adjust", -10, 30, None, "fix"),
        ("earn", 40, 40, r.sale_id, ""),
        ("spend", -100, 0, r.sale_id, ""),
        ("adjust", 100, 100, None, "opening"),
    ]
    assert [x.id for x in rows] == sorted((x.id for x in rows), reverse=True)


def test_history_is_append_only(shop, member):
    first_id = adjust(shop, member.id, 100)[0]
    with shop.read() as s:
        before = s.execute(select(PointsEntry.__table__).where(PointsEntry.id == first_id)).one()
    adjust(shop, member.id, -40)
    with shop.transaction() as s:
        sales.record_sale(s, sale_key="s", member_id=member.id, amount_cents=5000, now=NOW)
    with shop.read() as s:
        assert s.execute(select(PointsEntry.__table__).where(PointsEntry.id == first_id)).one() == before
        assert check.check(s) == []
