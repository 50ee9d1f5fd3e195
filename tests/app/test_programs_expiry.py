"""Points expiry: N months, oldest first, a catch-up job that is idempotent,
and no points removed twice by a refund (app/programs/expiry.py)."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app import check, members, points, sales
from app.programs import config, expiry
from db.models import PointsEntry

T = dt.datetime(2025, 1, 15, 10, 0)


@pytest.fixture
def member(shop):
    with shop.transaction() as s:
        config.save(s, prog_expiry_months=12)
        return members.sign_up(s, name="張美玲", phone="0955111222", now=T - dt.timedelta(days=10)).id


def buy(shop, mid, cents, at, key=None, **kw):
    with shop.transaction() as s:
        return sales.record_sale(s, sale_key=key or f"{at.isoformat()}-{cents}", member_id=mid, amount_cents=cents,
                                 now=at, **kw)


def run(shop, at):
    with shop.transaction() as s:
        return expiry.run(s, now=at)


def bal(shop, mid):
    with shop.read() as s:
        return members.get_view(s, mid).points_balance


def test_points_expire_exactly_n_months_after_they_were_earned(shop, member):
    buy(shop, member, 100_00, T)  # 100 points on 15 Jan 2025
    assert run(shop, dt.datetime(2026, 1, 15, 23, 59)).points == 0  # valid through 15 Jan 2026
    assert bal(shop, member) == 100
    r = run(shop, dt.datetime(2026, 1, 16, 0, 1))
    assert (r.members, r.points, r.cutoff) == (1, 100, dt.date(2025, 1, 16))
    assert bal(shop, member) == 0
    assert run(shop, dt.datetime(2026, 1, 16, 0, 2)).points == 0  # idempotent


def test_oldest_points_are_spent_first_with_partial_spends(shop, member):
    buy(shop, member, 100_00, T)  # +100 (Jan)
    buy(shop, member, 50_00, T.replace(month=3))  # +50 (Mar)
    with shop.transaction() as s:
        points.adjust(s, member_id=member, points=-120, reason="兌換", now=T.replace(month=4))
    assert bal(shop, member) == 30
    # January's 100 were all used by the 120: nothing expires in January 2026
    assert run(shop, dt.datetime(2026, 1, 20)).points == 0
    # March's 50, of which 20 were used: 30 expire after 15 March 2026
    assert run(shop, dt.datetime(2026, 3, 15, 20)).points == 0
    assert run(shop, dt.datetime(2026, 3, 16, 8)).points == 30
    assert bal(shop, member) == 0


def test_one_run_catches_up_after_a_long_closure_and_keeps_recent_points(shop, member):
    buy(shop, member, 100_00, T)
    buy(shop, member, 40_00, T.replace(month=6))
    buy(shop, member, 70_00, dt.datetime(2026, 5, 1, 10))
    r = run(shop, dt.datetime(2026, 7, 1))
    assert r.points == 140 and bal(shop, member) == 70
    with shop.read() as s:
        assert check.check(s) == []
        kinds = [e.kind for e in points.ledger(s, member)]
    assert kinds.count("expire") == 1


def test_expiry_never_takes_more_than_the_balance_and_never_for_nothing(shop, member):
    buy(shop, member, 100_00, T)
    with shop.transaction() as s:
        points.adjust(s, member_id=member, points=-100, reason="兌換", now=T + dt.timedelta(days=1))
    assert run(shop, dt.datetime(2027, 1, 1)).members == 0
    with shop.read() as s:
        assert s.scalar(select(PointsEntry.id).where(PointsEntry.kind == "expire")) is None


def test_a_refund_after_expiry_does_not_take_the_points_again(shop, member):
    old = buy(shop, member, 100_00, T)  # 100 points, will expire
    buy(shop, member, 50_00, dt.datetime(2025, 12, 1, 10))  # 50 fresh points
    run(shop, dt.datetime(2026, 1, 20))
    assert bal(shop, member) == 50
    with shop.transaction() as s:
        r = sales.refund_sale(s, sale_id=old.sale_id, refund_key="r1", amount_cents=50_00)
        assert (r.points_taken_back, r.shortfall_points) == (0, 50)
        r = sales.refund_sale(s, sale_id=old.sale_id, refund_key="r2")
        assert (r.points_taken_back, r.shortfall_points) == (0, 50)
    assert bal(shop, member) == 50  # the fresh points are untouched
    with shop.read() as s:
        assert check.check(s) == []


def test_a_refund_before_expiry_nets_against_its_own_sale(shop, member):
    buy(shop, member, 100_00, T)  # January: 100
    late = buy(shop, member, 60_00, dt.datetime(2025, 6, 1, 10))  # June: 60
    with shop.transaction() as s:
        sales.refund_sale(s, sale_id=late.sale_id, refund_key="r")  # takes June's 60 back
    assert bal(shop, member) == 100
    # January's 100 expire in full: the take-back was June's, not the oldest points
    assert run(shop, dt.datetime(2026, 1, 16, 9)).points == 100
    assert bal(shop, member) == 0


def test_expiring_soon_for_the_cashier(shop, member):
    buy(shop, member, 100_00, T)
    buy(shop, member, 30_00, T.replace(month=2, day=10))
    with shop.read() as s:
        assert expiry.expiring_soon(s, member, dt.date(2025, 12, 15)) is None  # 31 days ahead
        soon = expiry.expiring_soon(s, member, dt.date(2025, 12, 16))
        assert (soon.points, soon.valid_until) == (100, dt.date(2026, 1, 15))
        soon = expiry.expiring_soon(s, member, dt.date(2026, 1, 15))
        assert (soon.points, soon.valid_until) == (130, dt.date(2026, 1, 15))


def test_catch_up_in_chunks_for_the_whole_shop(shop):
    with shop.transaction() as s:
        config.save(s, prog_expiry_months=6)
        ids = [members.sign_up(s, name=f"會員{i}", phone=f"09{i:08d}", now=T).id for i in range(7)]
    for i, mid in enumerate(ids):
        buy(shop, mid, (i + 1) * 10_00, T, key=f"k{i}")
    r = expiry.catch_up(shop, now=dt.datetime(2025, 8, 1), chunk=3)
    assert (r.members, r.points) == (7, sum((i + 1) * 10 for i in range(7)))
    assert expiry.catch_up(shop, now=dt.datetime(2025, 8, 1), chunk=3).members == 0
    with shop.read() as s:
        assert check.check(s) == []


def test_a_stopped_catch_up_keeps_what_it_wrote_and_finishes_at_the_next_start(shop):
    with shop.transaction() as s:
        config.save(s, prog_expiry_months=6)
        ids = [members.sign_up(s, name=f"停{i}", phone=f"0955{i:06d}", now=T).id for i in range(7)]
    for i, mid in enumerate(ids):
        buy(shop, mid, 10_00, T, key=f"s{i}")
    asked = []

    def stop_after_one_chunk():  # the window closes while the first chunk is written
        asked.append(1)
        return len(asked) > 1

    day = dt.datetime(2025, 8, 1)
    first = expiry.catch_up(shop, now=day, chunk=3, stop=stop_after_one_chunk)
    assert first.members == 3
    assert sum(bal(shop, m) == 0 for m in ids) == 3
    rest = expiry.catch_up(shop, now=day.replace(hour=12), chunk=3)  # not marked done: the next start scans again
    assert rest.members == 4 and all(bal(shop, m) == 0 for m in ids)
    with shop.read() as s:
        assert check.check(s) == []


def test_never_is_the_default(shop):
    with shop.transaction() as s:
        m = members.sign_up(s, name="無期限", phone="0966000111", now=T).id
        sales.record_sale(s, sale_key="x", member_id=m, amount_cents=100_00, now=T)
        assert expiry.run(s, now=dt.datetime(2035, 1, 1)).points == 0
        assert expiry.expiring_soon(s, m, dt.date(2035, 1, 1)) is None


def test_a_second_start_the_same_day_skips_the_scan_unless_the_months_changed(shop, monkeypatch):
    with shop.transaction() as s:
        config.save(s, prog_expiry_months=12)
        mid = members.sign_up(s, name="同日", phone="0977000111", now=T).id
    buy(shop, mid, 50_00, T, key="a")
    day = dt.datetime(2025, 9, 1, 9, 0)
    assert expiry.catch_up(shop, now=day).points == 0  # 12 months: nothing due yet

    def no_scan(*_a, **_k):
        raise AssertionError("scanned again")

    real = expiry.candidates
    monkeypatch.setattr(expiry, "candidates", no_scan)
    assert expiry.catch_up(shop, now=day.replace(hour=15)).points == 0  # same day: no scan
    monkeypatch.setattr(expiry, "candidates", real)
    with shop.transaction() as s:
        config.save(s, prog_expiry_months=6)  # the owner shortens expiry: run again today
    assert expiry.catch_up(shop, now=day.replace(hour=16)).points == 50
    assert bal(shop, mid) == 0
    with shop.read() as s:
        assert check.check(s) == []
