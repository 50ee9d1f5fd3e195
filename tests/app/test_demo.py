"""The demo salon: believable, consistent with the ledger rules, repeatable."""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter

import pytest
from sqlalchemy import func, select

from app import check, demo, members, settings
from app.errors import UserError
from app.sales import points_for
from db.models import Member, PointsEntry, Redemption, Refund, Reward, Sale, Staff

AS_OF = dt.date(2026, 3, 15)


def dump(shop) -> list:
    with shop.read() as s:
        return [
            s.execute(select(Member.member_no, Member.name, Member.phone, Member.birth_month,
                             Member.points_balance, Member.last_purchase_at).order_by(Member.id)).all(),
            s.execute(select(Sale.occurred_at, Sale.member_id, Sale.total_cents, Sale.category,
                             Sale.points_spent, Sale.status).order_by(Sale.id)).all(),
            s.execute(select(PointsEntry.member_id, PointsEntry.kind, PointsEntry.points,
                             PointsEntry.balance_after).order_by(PointsEntry.id)).all(),
        ]


@pytest.fixture(scope="module")
def salon(new_db):
    """One 600-member demo shared by the read-only tests below."""
    from app.shop import Shop

    shop = Shop(new_db())  # SQLite, or PostgreSQL in test.sh's second pass
    with shop.transaction() as s:
        summary = demo.build_demo(s, members=600, seed=11, as_of=AS_OF)
    yield shop, summary
    shop.close()


def test_demo_is_consistent_and_summarised(salon):
    shop, summary = salon
    with shop.read() as s:
        assert check.check(s) == []
        values = settings.get_all(s)
        assert (values["shop_name"], values["currency"], values["language"], values["setup_done"]) == (
            "小美髮廊", "TWD", "zh_TW", True)
        assert summary["members"] == s.scalar(select(func.count()).select_from(Member)) == 600
        assert summary["purchases"] == s.scalar(select(func.count()).select_from(Sale))
        assert 5 * 600 < summary["purchases"] < 20 * 600
        assert summary["refunds"] == s.scalar(select(func.count()).select_from(Refund)) >= 2
        assert summary["redemptions"] == s.scalar(select(func.count()).select_from(Redemption)) > 0
        assert s.scalar(select(func.count()).select_from(Staff)) == summary["staff"] == 4
        assert s.scalar(select(func.count()).select_from(Staff).where(Staff.role == "owner")) == 1
        rewards = s.execute(select(Reward.points_cost, Reward.stock, Reward.active)).all()
        assert 5 <= sum(1 for r in rewards if r.active) <= 6
        assert all(r.stock is None or r.stock >= 0 for r in rewards)
        assert any(r.active and r.stock for r in rewards)


def test_points_follow_the_shop_rule_and_refunds_take_them_back(salon):
    shop, _ = salon
    with shop.read() as s:
        rule = settings.get_all(s)
        for total, discount, earned, status, refunded in s.execute(
            select(Sale.total_cents, Sale.points_discount_cents, Sale.points_earned, Sale.status,
                   Sale.refunded_cents)
        ):
            assert earned == points_for(total - discount, rule)
            assert refunded == (total - discount if status == "refunded" else 0)
        kinds = Counter(s.scalars(select(PointsEntry.kind)))
        assert kinds["earn"] > 0 and kinds["spend"] > 0 and kinds["redeem"] > 0 and kinds["take_back"] > 0
        assert s.scalar(select(func.min(Member.points_balance))) >= 0


def test_members_look_like_a_taiwanese_salon(salon):
    shop, _ = salon
    with shop.read() as s:
        rows = s.execute(select(Member.name, Member.phone, Member.phone_norm, Member.gender,
                                Member.birth_year, Member.birth_month, Member.birth_day,
                                Member.joined_on, Member.referred_by_id, Member.last_purchase_at)).all()
    assert all(re.fullmatch(r"09\d\d-\d\d\d-\d\d\d", r.phone) for r in rows)
    assert len({r.phone_norm for r in rows}) == len(rows)
    assert sum(1 for r in rows if re.search(r"[A-Za-z]", r.name)) > 5  # some English names
    assert sum(1 for r in rows if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", r.name)) > 400
    assert Counter(r.gender for r in rows)["F"] > Counter(r.gender for r in rows)["M"]
    assert any(r.birth_month and r.birth_year is None for r in rows)  # year unknown
    assert any(r.birth_month == 2 and r.birth_day == 29 for r in rows)
    assert sum(1 for r in rows if r.referred_by_id) > 20
    assert sum(1 for r in rows if (AS_OF - r.joined_on).days < 14) >= 3  # new members
    days_since = [(AS_OF - r.last_purchase_at.date()).days for r in rows]
    for gap in (60, 120, 200, 400):  # dormant members at each rung of the ladder
        assert any(gap <= d <= gap + 10 for d in days_since), gap
    assert sum(1 for d in days_since if d <= 45) > 150  # regulars


def test_purchase_history_spans_two_years_in_opening_hours(salon):
    shop, _ = salon
    with shop.read() as s:
        first, last = s.execute(select(func.min(Sale.occurred_at), func.max(Sale.occurred_at))).one()
        times = s.scalars(select(Sale.occurred_at).order_by(Sale.id)).all()
        categories = set(s.scalars(select(Sale.category)))
        payments = set(s.scalars(select(Sale.payment_method)))
    assert (AS_OF - first.date()).days >= 700 and last.date() <= AS_OF
    assert times == sorted(times)  # ids follow time, as at a real counter
    assert all(t.weekday() != 0 and 10 <= t.hour <= 21 for t in times)  # closed on Mondays
    assert categories == {"剪髮", "染髮", "燙髮", "護髮", "洗髮", "產品"}
    assert {"cash", "card", "mobile"} <= payments


def test_same_seed_same_shop_other_seed_other_shop(fresh_db_url):
    from app.shop import Shop

    shops = []
    for name, seed in (("a", 3), ("b", 3), ("c", 4)):
        shop = Shop(fresh_db_url())
        with shop.transaction() as s:
            demo.build_demo(s, members=80, seed=seed, as_of=AS_OF)
        shops.append(shop)
    try:
        a, b, c = (dump(x) for x in shops)
        assert a == b
        assert a != c
    finally:
        for x in shops:
            x.close()


def test_refused_when_the_database_has_members(shop):
    with shop.transaction() as s:
        members.sign_up(s, name="王小明", phone="0912345678")
    with shop.transaction() as s, pytest.raises(UserError) as e:
        demo.build_demo(s, members=10, as_of=AS_OF)
    assert e.value.code == "database_not_empty"
    with shop.read() as s:
        assert s.scalar(select(func.count()).select_from(Sale)) == 0


def test_keeps_a_language_already_chosen(shop):
    with shop.transaction() as s:
        settings.put(s, language="zh_CN")
    with shop.transaction() as s:
        demo.build_demo(s, members=5, as_of=AS_OF)
    with shop.read() as s:
        assert settings.get(s, "language") == "zh_CN"
        assert check.check(s) == []
