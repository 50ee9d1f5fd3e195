"""Benchmark the loyalty programmes on a big demo shop (not part of the test run).

    .venv/bin/python main.py --db sqlite:////tmp/big.db demo --members 200000
    .venv/bin/python tests/perf/bench_programs.py /tmp/big.db

Measures record_sale at the counter with every programme on (tier discount,
multipliers, upgrade check, stamps, referral check), the members' tier and
stamps placement done by the demo, the expiry job's candidate query and the
whole catch-up, and the tier review. Writes to the file: use a copy.
"""
from __future__ import annotations

import datetime as dt
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import func, select  # noqa: E402

from app import sales  # noqa: E402
from app.programs import expiry, tiers  # noqa: E402
from app.shop import Shop  # noqa: E402
from db.models import Member  # noqa: E402


def main(path: str) -> None:
    shop = Shop(f"sqlite:///{path}")
    with shop.read() as s:
        n = s.scalar(select(func.max(Member.id)))
    rng = random.Random(1)
    now = dt.datetime.now().replace(microsecond=0)
    # every other sale with the programmes switched off, so a busy machine
    # slows both alike and the difference is the programmes' own cost
    from app.programs import rules

    real = rules.plan, rules.after_sale
    off = (lambda *a, **k: rules.SalePlan(), lambda *a, **k: rules.SaleOutcome())
    times: dict[bool, list[float]] = {True: [], False: []}
    for i in range(int(sys.argv[2]) if len(sys.argv) > 2 else 400):
        on = i % 2 == 0
        rules.plan, rules.after_sale = real if on else off
        mid = rng.randint(1, n)
        t0 = time.perf_counter()
        with shop.transaction() as s:
            sales.record_sale(s, sale_key=f"bench-{time.time_ns()}-{i}", member_id=mid,
                              amount_cents=rng.choice((450_00, 1200_00, 2800_00)), category="護髮",
                              now=now + dt.timedelta(seconds=i))
        times[on].append((time.perf_counter() - t0) * 1000)
    rules.plan, rules.after_sale = real
    for on, label in ((True, "with programmes"), (False, "programmes off")):
        t = sorted(times[on])
        print(f"record_sale {label}: p50 {statistics.median(t):.1f} ms, p95 {t[int(len(t) * .95)]:.1f} ms "
              f"(n={len(t)}, {n} members)")
    with shop.read() as s:
        t0 = time.perf_counter()
        c = expiry.candidates(s, now.date(), 24)
        print(f"expiry candidates (24 months): {len(c)} members in {time.perf_counter() - t0:.2f} s")
        t0 = time.perf_counter()
        c = expiry.candidates(s, now.date(), 12)
        print(f"expiry candidates (12 months): {len(c)} members in {time.perf_counter() - t0:.2f} s")
    t0 = time.perf_counter()
    with shop.transaction() as s:
        changed = tiers.assign_all(s, now=now)
    print(f"tiers placed for every member (review/assign_all): {changed} changes in {time.perf_counter() - t0:.2f} s")
    t0 = time.perf_counter()
    with shop.transaction() as s:
        s.execute(__import__("sqlalchemy").text("UPDATE settings SET value='12' WHERE key='prog_expiry_months'"))
    r = expiry.catch_up(shop, now=now)
    print(f"expiry catch-up (12 months): {r.members} members, {r.points} points in {time.perf_counter() - t0:.2f} s")
    t0 = time.perf_counter()
    r = expiry.catch_up(shop, now=now)
    print(f"expiry catch-up again (idempotent): {r.members} members in {time.perf_counter() - t0:.2f} s")
    shop.close()


if __name__ == "__main__":
    main(sys.argv[1])
