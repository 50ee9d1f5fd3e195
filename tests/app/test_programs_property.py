"""Property: whatever mix of sales, refunds, voids, check-ins, spending and
expiry runs happens over months, points and stamps always equal their
ledgers, never go negative, and expiry never removes points twice."""
from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from app import check, members, sales
from app.errors import UserError
from app.programs import checkin, config, expiry, tiers
from app.shop import Shop
from db.models import Member, PointsEntry, Refund, Sale
from db.program_models import MemberProgram, StampEntry

T0 = dt.datetime(2026, 1, 1, 9, 0)

op = st.one_of(
    st.tuples(st.just("sale"), st.integers(0, 2), st.integers(1, 400_00), st.sampled_from([0, 0, 100, 200])),
    st.tuples(st.just("refund"), st.integers(0, 50), st.integers(1, 100), st.booleans()),
    st.tuples(st.just("checkin"), st.integers(0, 2), st.just(0), st.just(0)),
    st.tuples(st.just("expire"), st.just(0), st.just(0), st.just(0)),
    st.tuples(st.just("wait"), st.integers(1, 60), st.just(0), st.just(0)),
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(steps=st.lists(op, min_size=5, max_size=40))
def test_points_and_stamps_always_equal_their_ledgers(template_db, steps):
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "shop.db"
        shutil.copyfile(template_db, path)
        shop = Shop(f"sqlite:///{path}", auto_migrate=False)
        try:
            _run(shop, steps)
        finally:
            shop.close()


def _run(shop: Shop, steps) -> None:
    now = T0
    with shop.transaction() as s:
        config.save(s, prog_expiry_months=2, prog_checkin_points=7, prog_referral_points=30,
                    prog_stamps={"per_card": 3, "at_signup": 1, "min_spend_cents": 50_00, "reward": "gift"},
                    prog_member_day={"kind": "weekday", "day": 4, "multiplier_pct": 200})
        tiers.save_tiers(s, [tiers.TierSpec("Silver", "#aaaaaa", "spend", 500_00, 120, 5),
                             tiers.TierSpec("Gold", "#ddaa00", "spend", 1500_00, 150, 10)], now=now)
        a = members.sign_up(s, name="A", phone="0910000001", now=now)
        b = members.sign_up(s, name="B", phone="0910000002", referred_by=a.member_no, now=now)
        c = members.sign_up(s, name="C", phone="0910000003", now=now)
    ids = [a.id, b.id, c.id]
    sale_ids: list[int] = []
    n = 0
    for kind, x, y, z in steps:
        n += 1
        now += dt.timedelta(hours=5)
        try:
            with shop.transaction() as s:
                if kind == "sale":
                    bal = s.get(Member, ids[x]).points_balance
                    spend = min(z, bal // 100 * 100)
                    r = sales.record_sale(s, sale_key=f"k{n}", member_id=ids[x], amount_cents=y,
                                          points_to_spend=spend, now=now)
                    sale_ids.append(r.sale_id)
                elif kind == "refund" and sale_ids:
                    sale = s.get(Sale, sale_ids[x % len(sale_ids)])
                    left = sale.paid_cents - sale.refunded_cents
                    if z or left <= 0:
                        sales.refund_sale(s, sale_id=sale.id, refund_key=f"r{n}", void=True, now=now)
                    else:
                        sales.refund_sale(s, sale_id=sale.id, refund_key=f"r{n}",
                                          amount_cents=max(1, left * y // 100), now=now)
                elif kind == "checkin":
                    checkin.check_in(s, ids[x], now=now)
                elif kind == "expire":
                    expiry.run(s, now=now)
                elif kind == "wait":
                    now += dt.timedelta(days=x)
        except UserError:
            pass  # refusals (nothing left to refund, checked in already ...) change nothing
        with shop.read() as s:
            assert check.check(s) == []
            assert s.scalar(select(func.min(Member.points_balance))) >= 0
            assert (s.scalar(select(func.min(MemberProgram.stamps_balance))) or 0) >= 0
            # expiry never removed points twice: what expired plus what refunds took back of
            # a sale never exceeds what the sale (or anything) earned overall
            credits = s.scalar(select(func.coalesce(func.sum(PointsEntry.points), 0)).where(PointsEntry.points > 0))
            debits = s.scalar(select(func.coalesce(func.sum(-PointsEntry.points), 0)).where(PointsEntry.points < 0))
            assert debits <= credits
    with shop.transaction() as s:
        expiry.run(s, now=now + dt.timedelta(days=400))
    with shop.read() as s:
        assert check.check(s) == []
        # a year after the last step every point has expired or been used
        assert s.scalar(select(func.sum(Member.points_balance))) == 0
        for sid in sale_ids:
            sale = s.get(Sale, sid)
            taken = s.scalar(select(func.coalesce(func.sum(Refund.points_taken_back + Refund.shortfall_points), 0))
                             .where(Refund.sale_id == sid))
            assert taken <= sale.points_earned
        assert s.scalar(select(func.count()).select_from(StampEntry).where(StampEntry.balance_after < 0)) == 0
