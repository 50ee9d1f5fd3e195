"""Stamp cards, referrals and the daily check-in (app/programs/stamps.py,
referrals.py, checkin.py)."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app import check, members, points, sales
from app.errors import UserError
from app.programs import checkin, config, stamps
from db.program_models import ReferralAward, StampReward
from tests.app.helpers import refused

T = dt.datetime(2026, 3, 2, 10, 0)
CARD = {"per_card": 10, "at_signup": 2, "min_spend_cents": 100_00, "reward": "免費洗車一次"}


def signup(shop, name, phone, **kw):
    with shop.transaction() as s:
        return members.sign_up(s, name=name, phone=phone, now=T, **kw)


def buy(shop, mid, cents, at, key, **kw):
    with shop.transaction() as s:
        return sales.record_sale(s, sale_key=key, member_id=mid, amount_cents=cents, now=at, **kw)


def card(shop, mid):
    with shop.read() as s:
        return stamps.status(s, mid)


@pytest.fixture
def stamp_shop(shop):
    with shop.transaction() as s:
        config.save(s, prog_stamps=CARD)
    return shop


def test_k_stamps_at_sign_up_and_one_per_qualifying_sale(stamp_shop):
    m = signup(stamp_shop, "周杰", "0977000001")
    assert card(stamp_shop, m.id).balance == 2
    r = buy(stamp_shop, m.id, 100_00 - 1, T, "a")  # below the minimum spend
    assert r.programs.stamps.stamped == 0 and card(stamp_shop, m.id).balance == 2
    r = buy(stamp_shop, m.id, 100_00, T, "b")  # exactly the minimum
    assert (r.programs.stamps.stamped, r.programs.stamps.balance) == (1, 3)


def test_the_nth_stamp_completes_the_card_and_starts_a_new_one(stamp_shop):
    m = signup(stamp_shop, "周杰", "0977000001")
    for i in range(7):
        r = buy(stamp_shop, m.id, 200_00, T + dt.timedelta(days=i), f"s{i}")
        assert r.programs.stamps.rewards_earned == 0
    r = buy(stamp_shop, m.id, 200_00, T + dt.timedelta(days=8), "s8")  # 2 + 8 = 10
    assert (r.programs.stamps.rewards_earned, r.programs.stamps.balance) == (1, 0)
    st = card(stamp_shop, m.id)
    assert (st.balance, st.per_card, st.rewards_unused, st.reward) == (0, 10, 1, "免費洗車一次")
    with stamp_shop.read() as s:
        assert check.check(s) == []


def test_a_refunded_or_voided_sale_takes_its_stamp_back_once_and_not_below_zero(stamp_shop):
    m = signup(stamp_shop, "周杰", "0977000001")
    a = buy(stamp_shop, m.id, 200_00, T, "a")
    with stamp_shop.transaction() as s:
        sales.refund_sale(s, sale_id=a.sale_id, refund_key="ra", amount_cents=50_00)  # partial: stamp stays
    assert card(stamp_shop, m.id).balance == 3
    with stamp_shop.transaction() as s:
        sales.refund_sale(s, sale_id=a.sale_id, refund_key="rb")  # the rest: the stamp goes
    assert card(stamp_shop, m.id).balance == 2
    # a card completed by the sale, then the sale voided: the reward stays, the card stays at 0
    for i in range(7):
        buy(stamp_shop, m.id, 200_00, T + dt.timedelta(days=i + 1), f"s{i}")
    last = buy(stamp_shop, m.id, 200_00, T + dt.timedelta(days=9), "last")
    assert last.programs.stamps.rewards_earned == 1
    with stamp_shop.transaction() as s:
        sales.refund_sale(s, sale_id=last.sale_id, refund_key="rv", void=True)
        assert stamps.ledger(s, m.id)[0].shortfall == 1
    assert card(stamp_shop, m.id).balance == 0
    with stamp_shop.read() as s:
        assert check.check(s) == []


def test_stamps_off_gives_nothing(shop):
    m = signup(shop, "周杰", "0977000001")
    r = buy(shop, m.id, 200_00, T, "a")
    assert r.programs.stamps is None
    with shop.read() as s:
        assert stamps.status(s, m.id) is None


def test_the_referrer_earns_once_at_the_first_counter_purchase(shop):
    with shop.transaction() as s:
        config.save(s, prog_referral_points=200)
    a = signup(shop, "介紹人", "0988000001")
    b = signup(shop, "新朋友", "0988000002", referred_by=a.member_no)
    buy(shop, b.id, 50_00, T - dt.timedelta(days=30), "imp", source="import")  # history: no award
    with shop.read() as s:
        assert members.get_view(s, a.id).points_balance == 0
    r = buy(shop, b.id, 100_00, T, "first")
    assert (r.programs.referral.referrer_id, r.programs.referral.points) == (a.id, 200)
    buy(shop, b.id, 100_00, T + dt.timedelta(days=1), "second")
    with shop.read() as s:
        assert members.get_view(s, a.id).points_balance == 200
        hist = points.ledger(s, a.id)
        assert [(e.kind, e.points, e.reason) for e in hist] == [("referral", 200, b.member_no)]
        assert s.scalar(select(func.count()).select_from(ReferralAward)) == 1
        assert check.check(s) == []


def test_no_referral_when_the_first_purchase_came_before_the_feature(shop):
    a = signup(shop, "介紹人", "0988000001")
    b = signup(shop, "新朋友", "0988000002", referred_by=a.member_no)
    buy(shop, b.id, 100_00, T, "first")
    with shop.transaction() as s:
        config.save(s, prog_referral_points=200)
    assert buy(shop, b.id, 100_00, T + dt.timedelta(days=1), "second").programs.referral is None


def test_check_in_once_a_day(shop):
    m = signup(shop, "簽到王", "0999000001")
    with pytest.raises(UserError) as e:
        with shop.transaction() as s:
            checkin.check_in(s, m.id, now=T)
    assert e.value.code == "checkin_off"
    with shop.transaction() as s:
        config.save(s, prog_checkin_points=5)
        r = checkin.check_in(s, m.id, now=T)
    assert (r.points, r.balance_after) == (5, 5)
    err = refused(shop, checkin.check_in, m.id, now=T.replace(hour=18))
    assert err.code == "checkin_already" and "簽到王" in err.message("en")
    with shop.transaction() as s:
        assert checkin.checked_in(s, m.id, T.date())
        assert not checkin.checked_in(s, m.id, T.date() + dt.timedelta(days=1))
        r = checkin.check_in(s, m.id, now=T + dt.timedelta(days=1))
    assert r.balance_after == 10


def test_two_counters_cannot_both_check_in(shop, db_url):
    """A second connection racing with the first: the UNIQUE row decides."""
    from app.shop import Shop

    m = signup(shop, "簽到王", "0999000001")
    with shop.transaction() as s:
        config.save(s, prog_checkin_points=5)
    other = Shop(db_url)
    try:
        results = []
        for sh in (shop, other):
            try:
                with sh.transaction() as s:
                    results.append(checkin.check_in(s, m.id, now=T).points)
            except UserError as e:
                results.append(e.code)
        assert results == [5, "checkin_already"]
    finally:
        other.close()
    with shop.read() as s:
        assert members.get_view(s, m.id).points_balance == 5


def test_stamp_rewards_are_recorded(stamp_shop):
    m = signup(stamp_shop, "周杰", "0977000001")
    for i in range(8):
        buy(stamp_shop, m.id, 200_00, T + dt.timedelta(days=i), f"s{i}")
    with stamp_shop.read() as s:
        rows = [(r.member_id, r.description, r.used_at) for r in s.scalars(select(StampReward))]
    assert rows == [(m.id, "免費洗車一次", None)]
