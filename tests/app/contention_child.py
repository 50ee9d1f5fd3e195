"""Child process of tests/app/test_contention.py: one counter of two.

Usage: python tests/app/contention_child.py DB_URL SCENARIO COUNTER GO_FILE

Waits until GO_FILE exists (so both counters start together), then works
through the scenario with the real services, one transaction per attempt
(``Shop.run``, which reruns on serialization failures and deadlocks), and
prints one JSON line per attempt: ``{"ok": true, ...}`` or ``{"ok": false,
"code": <UserError code>}``. Anything else is a crash: the traceback goes to
stderr and the exit status is 1.
"""
from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import select  # noqa: E402

from app import rewards, sales  # noqa: E402
from app.errors import UserError  # noqa: E402
from app.shop import Shop  # noqa: E402
from db.coupon_models import Coupon  # noqa: E402
from db.models import Member, Reward  # noqa: E402


def attempts(shop: Shop, scenario: str, counter: str):
    """(label, work) pairs: each work(session) is one counter action."""
    with shop.read() as s:
        members = list(s.scalars(select(Member.id).order_by(Member.id)))
        codes = list(s.scalars(select(Coupon.code).order_by(Coupon.id)))
        reward_ids = list(s.scalars(select(Reward.id).order_by(Reward.id)))
    if counter == "B":  # the other counter walks the list the other way round
        codes.reverse()
    if scenario == "coupons":
        for i, code in enumerate(codes):
            yield code, lambda s, code=code, i=i: sales.record_sale(
                s, sale_key=f"{counter}-c{i}", member_id=members[i % len(members)], amount_cents=20_000,
                coupon_code=code, counter=counter,
            ).sale_id
    elif scenario == "rewards":
        for i in range(12):
            reward_id = reward_ids[i % len(reward_ids)]
            yield reward_id, lambda s, i=i, r=reward_id: rewards.redeem(
                s, redemption_key=f"{counter}-r{i}", member_id=members[i % len(members)], reward_id=r,
            ).redemption_id
    elif scenario == "points":
        # one member's points: sales that spend 100 points on 10.00 of goods
        # (nothing left to pay, nothing earned) and reward redemptions
        for i in range(15):
            if i % 3 == 2:
                yield "reward", lambda s, i=i: rewards.redeem(
                    s, redemption_key=f"{counter}-p{i}", member_id=members[0], reward_id=reward_ids[0],
                ).redemption_id
            else:
                yield "sale", lambda s, i=i: sales.record_sale(
                    s, sale_key=f"{counter}-p{i}", member_id=members[0], amount_cents=1_000,
                    points_to_spend=100, counter=counter,
                ).sale_id
    elif scenario == "wallet":
        # one member's stored value: 10.00 sales paid wholly from the wallet
        for i in range(15):
            yield "sale", lambda s, i=i: sales.record_sale(
                s, sale_key=f"{counter}-w{i}", member_id=members[0], amount_cents=1_000,
                wallet_cents=1_000, counter=counter,
            ).sale_id
    elif scenario == "packages":
        from app.programs import packages
        from db.wallet_models import MemberPackage

        with shop.read() as s:
            package_id = s.scalars(select(MemberPackage.id)).one()
        for i in range(6):
            yield "use", lambda s, i=i: packages.use_session(
                s, package_id=package_id, use_key=f"{counter}-u{i}").remaining
    else:
        raise SystemExit(f"unknown scenario {scenario}")


def main(url: str, scenario: str, counter: str, go_file: str) -> None:
    shop = Shop(url, auto_migrate=False)
    work = list(attempts(shop, scenario, counter))
    print(json.dumps({"ready": True}), flush=True)
    deadline = time.monotonic() + 60
    while not Path(go_file).exists():
        if time.monotonic() > deadline:
            raise SystemExit("never told to go")
        time.sleep(0.005)
    pause = random.Random(counter)
    for label, fn in work:
        # a cashier's few milliseconds between sales: SQLite's busy handler
        # sleeps while it waits, so without them one counter could hold the
        # lock back to back and the other would only ever see it afterwards
        time.sleep(pause.uniform(0, 0.01))
        try:
            result = shop.run(fn)
        except UserError as e:
            print(json.dumps({"ok": False, "what": label, "code": e.code}), flush=True)
        else:
            print(json.dumps({"ok": True, "what": label, "id": result}), flush=True)
    shop.close()


if __name__ == "__main__":
    main(*sys.argv[1:5])
