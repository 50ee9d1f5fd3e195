"""The rewards catalogue, redeeming for points and undoing a redemption."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app import check, members, points, rewards
from app.errors import UserError
from db.models import PointsEntry, Redemption
from tests.app.helpers import balance, dump, refused

NOW = dt.datetime(2026, 6, 15, 10, 0)


def stock(shop, reward_id) -> int | None:
    with shop.read() as s:
        return next(r.stock for r in rewards.list_rewards(s, active_only=False) if r.id == reward_id)


def create(shop, **kw) -> rewards.RewardView:
    with shop.transaction() as s:
        return rewards.create_reward(s, **kw)


def redeem(shop, **kw) -> rewards.RedemptionResult:
    kw.setdefault("now", NOW)
    with shop.transaction() as s:
        return rewards.redeem(s, **kw)


def undo(shop, redemption_id, **kw) -> rewards.RedemptionResult:
    with shop.transaction() as s:
        return rewards.undo_redemption(s, redemption_id, now=NOW + dt.timedelta(minutes=5), **kw)


@pytest.fixture
def member(shop):
    with shop.transaction() as s:
        m = members.sign_up(s, name="王小明", phone="0912345678", now=NOW)
        points.adjust(s, member_id=m.id, points=500, reason="opening", now=NOW)
    return m


@pytest.fixture
def mug(shop):
    return create(shop, name="Mug 馬克杯", points_cost=200, stock=2)


# --- the catalogue ----------------------------------------------------------------------


def test_catalogue(shop):
    a = create(shop, name="Tote", points_cost=300)
    b = create(shop, name=" Mug ", points_cost=200, stock=5)
    c = create(shop, name="Old", points_cost=100, stock=0, active=False)
    assert (b.name, b.stock, a.stock) == ("Mug", 5, None)
    with shop.read() as s:
        assert [r.id for r in rewards.list_rewards(s)] == [b.id, a.id]
        assert [r.id for r in rewards.list_rewards(s, active_only=False)] == [c.id, b.id, a.id]


@pytest.mark.parametrize(
    "kw, code, field",
    [
        ({"name": ""}, "reward_name_required", "name"),
        ({"name": "  "}, "reward_name_required", "name"),
        ({"name": "x" * 101}, "text_too_long", "name"),
        ({"points_cost": 0}, "points_not_positive", "points_cost"),
        ({"points_cost": -5}, "points_not_positive", "points_cost"),
        ({"stock": -1}, "stock_invalid", "stock"),
    ],
)
def test_bad_rewards_are_refused(shop, kw, code, field):
    e = refused(shop, rewards.create_reward, **({"name": "Mug", "points_cost": 200} | kw))
    assert (e.code, e.field) == (code, field)


def test_update_reward(shop, mug):
    with shop.transaction() as s:
        u = rewards.update_reward(s, mug.id, name="Mug", points_cost=250, stock=None, active=False)
    assert (u.points_cost, u.stock, u.active) == (250, None, False)


@pytest.mark.parametrize(
    "kw, code",
    [({"stock": -1}, "stock_invalid"), ({"points_cost": 0}, "points_not_positive"), ({"name": ""}, "reward_name_required")],
)
def test_bad_reward_update_is_refused_not_a_crash(shop, mug, kw, code):
    e = refused(shop, rewards.update_reward, mug.id, **({"name": "Mug", "points_cost": 200, "stock": 2, "active": True} | kw))
    assert e.code == code


def test_update_unknown_reward(shop):
    e = refused(shop, rewards.update_reward, 99, name="x", points_cost=1, stock=None, active=True)
    assert e.code == "reward_not_found"


# --- redeeming --------------------------------------------------------------------------


def test_redeem_lowers_stock_and_balance(shop, member, mug):
    r = redeem(shop, redemption_key="k", member_id=member.id, reward_id=mug.id)
    assert (r.reward_name, r.points, r.balance_after, r.stock_left, r.duplicate) == ("Mug 馬克杯", 200, 300, 1, False)
    assert balance(shop, member.id) == 300 and stock(shop, mug.id) == 1
    with shop.read() as s:
        e = s.scalars(select(PointsEntry).where(PointsEntry.redemption_id == r.redemption_id)).one()
        assert (e.kind, e.points, e.balance_after, e.reason) == ("redeem", -200, 300, "Mug 馬克杯")
        assert [x.status for x in rewards.member_redemptions(s, member.id)] == ["done"]
        assert check.check(s) == []


def test_redeem_down_to_exactly_zero(shop, member):
    r500 = create(shop, name="Big", points_cost=500)
    assert redeem(shop, redemption_key="k", member_id=member.id, reward_id=r500.id).balance_after == 0


def test_not_enough_points_is_refused_and_nothing_changes(shop, member):
    big = create(shop, name="Bike", points_cost=501, stock=1)
    e = refused(shop, rewards.redeem, redemption_key="k", member_id=member.id, reward_id=big.id, now=NOW)
    assert (e.code, e.params) == ("not_enough_points", {"name": "王小明", "balance": 500, "needed": 501})
    assert "501" in e.message("zh_TW")


def test_not_enough_points_writes_nothing_even_if_the_caller_carries_on(shop, member):
    # The service must refuse before it writes, not rely on the rollback.
    big = create(shop, name="Bike", points_cost=501, stock=1)
    with shop.transaction() as s:
        with pytest.raises(UserError):
            rewards.redeem(s, redemption_key="k", member_id=member.id, reward_id=big.id, now=NOW)
    with shop.read() as s:
        assert s.scalars(select(Redemption)).all() == []
    assert stock(shop, big.id) == 1 and balance(shop, member.id) == 500


def test_out_of_stock(shop, member, mug):
    redeem(shop, redemption_key="a", member_id=member.id, reward_id=mug.id)
    redeem(shop, redemption_key="b", member_id=member.id, reward_id=mug.id)
    assert stock(shop, mug.id) == 0
    e = refused(shop, rewards.redeem, redemption_key="c", member_id=member.id, reward_id=mug.id, now=NOW)
    assert (e.code, e.params) == ("reward_out_of_stock", {"name": "Mug 馬克杯"})
    assert balance(shop, member.id) == 100


def test_inactive_reward_is_refused(shop, member):
    old = create(shop, name="Old", points_cost=100, active=False)
    e = refused(shop, rewards.redeem, redemption_key="k", member_id=member.id, reward_id=old.id, now=NOW)
    assert (e.code, e.params) == ("reward_inactive", {"name": "Old"})


def test_unknown_reward_or_member(shop, member, mug):
    assert refused(shop, rewards.redeem, redemption_key="k", member_id=member.id, reward_id=99).code == "reward_not_found"
    assert refused(shop, rewards.redeem, redemption_key="k", member_id=999, reward_id=mug.id).code == "member_not_found"


def test_unlimited_stock_stays_unlimited(shop, member):
    tea = create(shop, name="Tea", points_cost=100)
    for i in range(5):
        r = redeem(shop, redemption_key=f"k{i}", member_id=member.id, reward_id=tea.id)
        assert r.stock_left is None
    assert stock(shop, tea.id) is None and balance(shop, member.id) == 0


def test_retried_redemption_posts_nothing(shop, member, mug):
    first = redeem(shop, redemption_key="k", member_id=member.id, reward_id=mug.id)
    before = dump(shop)
    again = redeem(shop, redemption_key="k", member_id=member.id, reward_id=mug.id)
    assert dump(shop) == before
    assert again.duplicate and again.redemption_id == first.redemption_id
    assert (again.balance_after, again.stock_left) == (300, 1)


def test_redemption_key_reused_for_another_reward_is_refused(shop, member, mug):
    tea = create(shop, name="Tea", points_cost=100)
    redeem(shop, redemption_key="k", member_id=member.id, reward_id=mug.id)
    e = refused(shop, rewards.redeem, redemption_key="k", member_id=member.id, reward_id=tea.id)
    assert e.code == "redemption_key_reused"


# --- undo --------------------------------------------------------------------------------


def test_undo_returns_points_and_stock_and_points_at_the_original(shop, member, mug):
    r = redeem(shop, redemption_key="k", member_id=member.id, reward_id=mug.id)
    u = undo(shop, r.redemption_id, reason="changed mind")
    assert (u.balance_after, u.stock_left, u.points) == (500, 2, 200)
    with shop.read() as s:
        original, correction = s.scalars(
            select(PointsEntry).where(PointsEntry.redemption_id == r.redemption_id).order_by(PointsEntry.id)
        ).all()
        assert (original.kind, original.points) == ("redeem", -200)
        assert (correction.kind, correction.points, correction.corrects_id) == ("redeem_undo", 200, original.id)
        assert correction.reason == "changed mind"
        red = s.get(Redemption, r.redemption_id)
        assert (red.status, red.undone_at) == ("undone", NOW + dt.timedelta(minutes=5))
        assert check.check(s) == []


def test_undo_without_reason_names_the_reward(shop, member, mug):
    r = redeem(shop, redemption_key="k", member_id=member.id, reward_id=mug.id)
    undo(shop, r.redemption_id)
    with shop.read() as s:
        assert points.ledger(s, member.id)[0].reason == "Mug 馬克杯"


def test_double_undo_is_refused(shop, member, mug):
    r = redeem(shop, redemption_key="k", member_id=member.id, reward_id=mug.id)
    undo(shop, r.redemption_id)
    e = refused(shop, rewards.undo_redemption, r.redemption_id)
    assert e.code == "redemption_already_undone"
    assert balance(shop, member.id) == 500 and stock(shop, mug.id) == 2


def test_undo_unknown_redemption(shop):
    assert refused(shop, rewards.undo_redemption, 42).code == "redemption_not_found"


def test_undo_of_unlimited_reward(shop, member):
    tea = create(shop, name="Tea", points_cost=100)
    r = redeem(shop, redemption_key="k", member_id=member.id, reward_id=tea.id)
    assert undo(shop, r.redemption_id).stock_left is None


def test_undo_works_after_the_reward_was_retired(shop, member, mug):
    r = redeem(shop, redemption_key="k", member_id=member.id, reward_id=mug.id)
    with shop.transaction() as s:
        rewards.update_reward(s, mug.id, name=mug.name, points_cost=999, stock=0, active=False)
    u = undo(shop, r.redemption_id)
    assert (u.balance_after, u.points, u.stock_left) == (500, 200, 1)  # the price paid, not today's price
