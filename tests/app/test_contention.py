"""Two counters at once on the same database: nothing is spent twice.

Two child processes (tests/app/contention_child.py) start together and run
the real services against one database — the SQLite file of the SQLite pass,
or a real PostgreSQL server in test.sh's PostgreSQL pass (READ COMMITTED,
where only row locks and the UNIQUE constraints keep this right). Every
attempt ends as a success or a clean UserError (a crash fails the test), and
afterwards: each coupon used once, stock never below zero, no points, stored
value or package balance negative or spent twice, every ledger consistent
(``check`` clean).
"""
from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app import coupons, members, points, rewards
from app.check import check
from app.shop import Shop
from db.coupon_models import CouponRedemption
from db.models import Member, PointsEntry, Redemption, Reward, Sale

CHILD = Path(__file__).with_name("contention_child.py")


def two_counters(db_url: str, scenario: str, tmp_path: Path) -> list[dict]:
    """Run counters A and B together; return every attempt's outcome."""
    go = tmp_path / f"go-{scenario}"
    procs = {
        name: subprocess.Popen(
            [sys.executable, str(CHILD), db_url, scenario, name, str(go)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for name in ("A", "B")
    }
    try:
        for name, p in procs.items():  # both have loaded their work and wait at the line
            line = p.stdout.readline()
            assert json.loads(line or "{}").get("ready"), f"counter {name} did not start: {p.stderr.read()}"
        go.touch()
        outcomes = []
        for name, p in procs.items():
            out, err = p.communicate(timeout=120)
            assert p.returncode == 0, f"counter {name} crashed:\n{err}"
            outcomes += [dict(json.loads(l), counter=name) for l in out.splitlines() if l.strip()]
    finally:
        for p in procs.values():
            if p.poll() is None:
                p.kill()
                p.wait()
    return outcomes


def give_points(s, member_id: int, n: int) -> None:
    points.adjust(s, member_id=member_id, points=n, reason="contention test")


def assert_consistent(shop: Shop) -> None:
    with shop.read() as s:
        assert check(s) == []
        assert s.scalar(select(func.min(Member.points_balance))) >= 0
        assert (s.scalar(select(func.min(Reward.stock))) or 0) >= 0


def test_two_counters_never_use_a_coupon_twice(shop, db_url, tmp_path):
    with shop.transaction() as s:
        ids = [members.sign_up(s, name=f"客{i}", phone=f"091200000{i}").id for i in range(3)]
        today = dt.date.today()
        batch = coupons.create_batch(
            s, name="雙櫃台", kind="amount_off", value=500, count=20,
            valid_from=today - dt.timedelta(days=1), valid_until=today + dt.timedelta(days=30),
        )
        codes = [c.code for c in coupons.batch_coupons(s, batch.id)]
    outcomes = two_counters(db_url, "coupons", tmp_path)

    assert len(outcomes) == 40
    used = [o["what"] for o in outcomes if o["ok"]]
    assert sorted(used) == sorted(codes), "every coupon used exactly once"
    assert {o["code"] for o in outcomes if not o["ok"]} == {"coupon_used"}
    with shop.read() as s:
        assert s.scalar(select(func.count()).select_from(CouponRedemption)) == 20
        assert s.scalar(select(func.count(func.distinct(CouponRedemption.coupon_id)))) == 20
        # a refused coupon saved no sale: 20 sales, each 5.00 off
        assert s.scalar(select(func.count()).select_from(Sale)) == 20
        assert s.scalar(select(func.sum(Sale.coupon_discount_cents))) == 20 * 500
    assert_consistent(shop)


def test_two_counters_never_hand_out_more_rewards_than_stock(shop, db_url, tmp_path):
    with shop.transaction() as s:
        ids = [members.sign_up(s, name=f"客{i}", phone=f"091300000{i}").id for i in range(4)]
        for m in ids:
            give_points(s, m, 1000)
        scarce = rewards.create_reward(s, name="保溫杯", points_cost=50, stock=3).id
        last = rewards.create_reward(s, name="限量帆布袋", points_cost=50, stock=1).id
    outcomes = two_counters(db_url, "rewards", tmp_path)

    assert len(outcomes) == 24
    given = Counter(o["what"] for o in outcomes if o["ok"])
    assert given == {scarce: 3, last: 1}
    assert {o["code"] for o in outcomes if not o["ok"]} == {"reward_out_of_stock"}
    with shop.read() as s:
        assert {r: n for r, n in s.execute(select(Reward.id, Reward.stock))} == {scarce: 0, last: 0}
        assert s.scalar(select(func.count()).select_from(Redemption)) == 4
        assert s.scalar(select(func.sum(Member.points_balance))) == 4 * 1000 - 4 * 50
    assert_consistent(shop)


def test_two_counters_never_spend_one_members_points_twice(shop, db_url, tmp_path):
    with shop.transaction() as s:
        m = members.sign_up(s, name="熟客王太太", phone="0914000001").id
        give_points(s, m, 1000)
        rewards.create_reward(s, name="咖啡一杯", points_cost=100, stock=None)
    outcomes = two_counters(db_url, "points", tmp_path)

    assert len(outcomes) == 30
    ok = [o for o in outcomes if o["ok"]]
    assert len(ok) == 10, "1000 points pay for exactly ten 100-point spends"
    assert {o["code"] for o in outcomes if not o["ok"]} == {"not_enough_points"}
    with shop.read() as s:
        assert s.get(Member, m).points_balance == 0
        spent = s.scalar(select(func.sum(PointsEntry.points)).where(PointsEntry.points < 0))
        assert spent == -1000
        assert s.scalar(select(func.count()).select_from(Sale)) == sum(o["what"] == "sale" for o in ok)
    assert_consistent(shop)


def test_two_counters_never_spend_one_wallet_twice(shop, db_url, tmp_path):
    from app.programs import wallet

    with shop.transaction() as s:
        m = members.sign_up(s, name="儲值客陳先生", phone="0915000001").id
        wallet.top_up(s, topup_key="t1", member_id=m, amount_cents=10_000)
    with shop.read() as s:
        before = wallet.get_wallet(s, m).total_cents
    assert before >= 10_000
    outcomes = two_counters(db_url, "wallet", tmp_path)

    assert len(outcomes) == 30
    ok = sum(o["ok"] for o in outcomes)
    assert ok == min(30, before // 1_000)
    assert {o["code"] for o in outcomes if not o["ok"]} <= {"wallet_not_enough"}
    with shop.read() as s:
        assert wallet.get_wallet(s, m).total_cents == before - ok * 1_000 >= 0
        assert s.scalar(select(func.sum(Sale.wallet_cents))) == ok * 1_000
    assert_consistent(shop)


def test_two_counters_never_use_more_sessions_than_a_package_has(shop, db_url, tmp_path):
    from app.programs import packages

    with shop.transaction() as s:
        m = members.sign_up(s, name="課程客林小姐", phone="0916000001").id
        t = packages.save_type(s, name="洗髮 5 次", sessions=5, price_cents=100_000)
        packages.sell_package(s, sale_key="p1", member_id=m, type_id=t.id)
    outcomes = two_counters(db_url, "packages", tmp_path)

    assert len(outcomes) == 12
    ok = [o for o in outcomes if o["ok"]]
    assert len(ok) == 5 and sorted(o["id"] for o in ok) == [0, 1, 2, 3, 4]  # remaining after each use
    assert {o["code"] for o in outcomes if not o["ok"]} == {"package_used_up"}
    with shop.read() as s:
        assert [p.remaining for p in packages.member_packages(s, m, open_only=False)] == [0]
    assert_consistent(shop)


# --------------------------------------------------------------- Shop.run: rerun what the database aborted


def test_sqlite_still_locked_after_the_busy_timeout_counts_as_transient(db_url, tmp_path):
    import sqlite3

    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import OperationalError

    from app.shop import is_transient

    path = tmp_path / "locked.db"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN IMMEDIATE")
    eng = create_engine(f"sqlite:///{path}", connect_args={"timeout": 0})
    try:
        with pytest.raises(OperationalError) as e:
            with eng.begin() as c:
                c.execute(text("INSERT INTO t VALUES (1)"))
        assert is_transient(e.value)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        eng.dispose()
    assert not is_transient(ValueError("database is locked"))  # only database errors


@pytest.mark.postgres
def test_a_deadlock_victim_is_rerun_and_both_counters_finish(shop, db_url):
    import threading

    assert shop.dialect == "postgresql"  # SQLite takes the write lock up front: no deadlock
    with shop.transaction() as s:
        a = members.sign_up(s, name="甲", phone="0917000001").id
        b = members.sign_up(s, name="乙", phone="0917000002").id
        for m in (a, b):
            give_points(s, m, 100)
    both_hold_one = threading.Barrier(2, timeout=30)
    attempts = Counter()

    def move(first: int, second: int, name: str):
        def work(s):
            attempts[name] += 1
            points.adjust(s, member_id=first, points=-10, reason=name)  # locks `first`
            if attempts[name] == 1:
                both_hold_one.wait()  # each holds one row and wants the other's: a deadlock
            points.adjust(s, member_id=second, points=10, reason=name)
        shop.run(work)

    threads = [threading.Thread(target=move, args=(a, b, "A")), threading.Thread(target=move, args=(b, a, "B"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert sorted(attempts.values()) == [1, 2], "one was the deadlock victim and ran again"
    with shop.read() as s:
        assert s.get(Member, a).points_balance == s.get(Member, b).points_balance == 100
    assert_consistent(shop)
