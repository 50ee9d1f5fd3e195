"""Property: whatever the counter does with stored value and packages, every
wallet, package (and points balance) equals its ledger and none goes negative.

A generated run of top-ups (retried too), sales paid partly from the wallet,
partial and full refunds, top-up refunds, package sales, uses, expiry runs,
package refunds and spend-order changes runs against a fresh copy of the
migrated database. A small model predicts each wallet's total and each
package's sessions left from the results the services return (a top-up adds
its amount and the tier's bonus, a sale takes its wallet part, a refund gives
back its ``wallet_cents`` ...), so a service that moved a balance without
saying so, or said so without moving it, is caught; a refused action must
leave the database exactly as it was; after every action ``check()``'s
wallet, package and points checks are clean.
"""
from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from app import check, members, sales
from app import settings as shop_settings
from app.errors import UserError
from app.programs import packages, wallet
from app.shop import Shop
from db.models import Member
from db.wallet_models import MemberPackage, Wallet
from tests.app.helpers import dump

T0 = dt.datetime(2026, 1, 1, 9, 0)
TIERS = [[100000, 10000], [300000, 40000]]

idx = st.integers(0, 40)
share = st.one_of(st.just(100), st.integers(1, 120), st.just(0))  # of the wallet balance; >100: too much
amount = st.one_of(st.integers(1, 400000), st.sampled_from([99900, 100000, 299900, 300000, 1, 3333]))
ops = st.one_of(
    st.tuples(st.just("topup"), idx, amount),
    st.tuples(st.just("topup"), idx, amount),
    st.tuples(st.just("retry_topup"), idx),
    # sale: member, goods total, share of the wallet balance to use
    st.tuples(st.just("sale"), idx, st.integers(1, 200000), share),
    st.tuples(st.just("sale"), idx, st.integers(1, 200000), share),
    # a whole story: top up, buy partly from the wallet, refund in parts, then the rest
    st.tuples(st.just("story"), idx, amount, st.integers(1, 200000), st.integers(1, 100), st.integers(1, 4)),
    st.tuples(st.just("sell_use"), idx, st.integers(0, 1), st.integers(1, 6)),  # sell, then use n times
    st.tuples(st.just("refund"), idx, st.one_of(st.none(), st.integers(1, 100))),  # None: all left
    st.tuples(st.just("refund"), idx, st.one_of(st.none(), st.integers(1, 100))),
    st.tuples(st.just("refund_topup"), idx),
    st.tuples(st.just("sell"), idx, st.integers(0, 1), st.booleans()),  # type, from the wallet
    st.tuples(st.just("use"), idx),
    st.tuples(st.just("use"), idx),
    st.tuples(st.just("refund_package"), idx),
    st.tuples(st.just("days"), st.integers(1, 60)),  # time passes; the expiry job runs
    st.tuples(st.just("order"), st.sampled_from(wallet.SPEND_ORDERS)),
    st.tuples(st.just("adjust"), idx, st.integers(-5000, 5000)),
    st.tuples(st.just("padjust"), idx, st.integers(-4, 4)),
)


class Counter:
    def __init__(self, shop: Shop):
        self.shop = shop
        self.now = T0
        self.members: list[int] = []
        self.total: dict[int, int] = {}  # member id -> expected wallet units
        self.sales: list[tuple[int, int]] = []  # (sale id, member id)
        self.topups: list[tuple[str, int, int]] = []  # (key, member id, amount)
        self.topup_ids: list[int] = []
        self.pkgs: dict[int, int] = {}  # package id -> expected sessions left
        with shop.transaction() as s:
            shop_settings.put(s, wallet_bonus_tiers=TIERS)
            for i in range(3):
                m = members.sign_up(s, name=f"會員{i}", phone=f"09120000{i:02d}", now=T0)
                self.members.append(m.id)
                self.total[m.id] = 0
            self.types = [
                packages.save_type(s, name="洗髮 5 次", sessions=5, price_cents=100000, valid_days=30).id,
                packages.save_type(s, name="護髮 3 次", sessions=3, price_cents=99999, valid_months=1).id,
            ]

    def tick(self) -> dt.datetime:
        self.now += dt.timedelta(minutes=7)
        return self.now

    def member(self, i: int) -> int:
        return self.members[i % len(self.members)]

    def attempt(self, fn, **kw):
        """Run one action; a refusal must change nothing."""
        before = dump(self.shop)
        try:
            with self.shop.transaction() as s:
                return fn(s, **kw)
        except UserError:
            assert dump(self.shop) == before, f"refused {fn.__name__} changed the database"
            return None

    def run(self, op) -> None:
        kind = op[0]
        if kind == "padjust":
            return self.run_padjust(op)
        if kind == "topup":
            m, cents = self.member(op[1]), op[2]
            key = sales.new_key()
            r = self.attempt(wallet.top_up, topup_key=key, member_id=m, amount_cents=cents, now=self.tick())
            assert r is not None
            assert r.bonus_units == wallet.bonus_for(cents, TIERS)
            self.total[m] += cents + r.bonus_units
            self.topups.append((key, m, cents))
            self.topup_ids.append(r.topup_id)
        elif kind == "retry_topup" and self.topups:
            key, m, cents = self.topups[op[1] % len(self.topups)]
            r = self.attempt(wallet.top_up, topup_key=key, member_id=m, amount_cents=cents, now=self.tick())
            assert r is not None and r.duplicate
        elif kind == "sale":
            m, goods, share = self.member(op[1]), op[2], op[3]
            w = min(goods, self.total[m] * share // 100) if share <= 100 else self.total[m] + 1
            r = self.attempt(sales.record_sale, sale_key=sales.new_key(), member_id=m, amount_cents=goods,
                             wallet_cents=w, now=self.tick())
            if w > self.total[m] or w > goods:
                assert r is None
            else:
                assert r is not None and r.wallet_cents == w
                self.total[m] -= w
                self.sales.append((r.sale_id, m))
        elif kind == "story":
            _, i, cents, goods, pct, parts = op
            self.run(("topup", i, cents))
            self.run(("sale", i, goods, pct))
            for k in range(parts - 1):
                self.run(("refund", -1, 100 // (parts - k)))
            self.run(("refund", -1, None))
        elif kind == "sell_use":
            self.run(("sell", op[1], op[2], True))
            for _ in range(op[3]):
                self.run(("use", -1))
        elif kind == "refund" and self.sales:
            sale_id, m = self.sales[op[1] % len(self.sales)]
            with self.shop.read() as s:
                from db.models import Sale

                sale = s.get(Sale, sale_id)
                left = sale.paid_cents - sale.refunded_cents
            cents = None if op[2] is None else max(1, left * op[2] // 100)
            r = self.attempt(sales.refund_sale, sale_id=sale_id, refund_key=sales.new_key(), amount_cents=cents,
                             now=self.tick())
            if r is not None:
                assert 0 <= r.wallet_cents <= r.amount_cents
                self.total[m] += r.wallet_cents
        elif kind == "refund_topup" and self.topup_ids:
            tid = self.topup_ids[op[1] % len(self.topup_ids)]
            r = self.attempt(wallet.refund_topup, topup_id=tid, refund_key=sales.new_key(), now=self.tick())
            if r is not None:
                assert r.refunded_units > 0
                self.total[r.member_id] -= r.refunded_units + r.forfeited_units
        elif kind == "sell":
            m, t, from_wallet = self.member(op[1]), self.types[op[2]], op[3]
            price = (100000, 99999)[op[2]]
            w = min(price, self.total[m]) if from_wallet else 0
            r = self.attempt(packages.sell_package, sale_key=sales.new_key(), member_id=m, type_id=t,
                             wallet_cents=w, now=self.tick())
            assert r is not None
            self.total[m] -= w
            self.pkgs[r.package.id] = r.package.sessions
        elif kind == "use" and self.pkgs:
            pid = sorted(self.pkgs)[op[1] % len(self.pkgs)]  # -1: the latest sold
            r = self.attempt(packages.use_session, package_id=pid, use_key=sales.new_key(), now=self.tick())
            if r is not None:
                self.pkgs[pid] -= 1
                assert r.remaining == self.pkgs[pid]
        elif kind == "refund_package" and self.pkgs:
            pid = sorted(self.pkgs)[op[1] % len(self.pkgs)]
            r = self.attempt(packages.refund_package, package_id=pid, refund_key=sales.new_key(), now=self.tick())
            if r is not None:
                assert r.sessions_refunded == self.pkgs[pid] > 0
                self.pkgs[pid] = 0
                if r.refund is not None:
                    with self.shop.read() as s:
                        owner = s.get(MemberPackage, pid).member_id
                    self.total[owner] += r.refund.wallet_cents
        elif kind == "days":
            self.now += dt.timedelta(days=op[1])
            with self.shop.transaction() as s:
                packages.expire_packages(s, now=self.now)
                for p in s.scalars(select(MemberPackage).where(MemberPackage.status == "expired")):
                    self.pkgs[p.id] = 0
        elif kind == "order":
            with self.shop.transaction() as s:
                wallet.save_settings(s, wallet_spend_order=op[1])
        elif kind == "adjust":
            m, units = self.member(op[1]), op[2]
            if units == 0:
                return
            r = self.attempt(wallet.adjust, member_id=m, bonus_units=units, reason="test", now=self.tick())
            if r is not None:
                self.total[m] += units

    def run_padjust(self, op) -> None:
        if not self.pkgs or op[2] == 0:
            return
        pid = sorted(self.pkgs)[op[1] % len(self.pkgs)]
        r = self.attempt(packages.adjust, package_id=pid, sessions=op[2], reason="test", now=self.tick())
        if r is not None:
            self.pkgs[pid] += op[2]
            assert r.remaining == self.pkgs[pid]

    def assert_ledgers(self) -> None:
        with self.shop.read() as s:
            problems = wallet.wallet_problems(s) + packages.package_problems(s)
            assert problems == []
            for mid in self.members:
                w = s.get(Wallet, mid)
                got = 0 if w is None else w.paid_units + w.bonus_units
                assert got == self.total[mid], (mid, got, self.total[mid])
                assert w is None or (w.paid_units >= 0 and w.bonus_units >= 0)
                assert s.get(Member, mid).points_balance >= 0
            for pid, left in self.pkgs.items():
                p = s.get(MemberPackage, pid)
                assert p.remaining == left and 0 <= p.remaining <= p.sessions


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(run=st.lists(ops, min_size=6, max_size=30))
def test_wallets_and_packages_always_equal_their_ledgers(template_db, run):
    ram = "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else None
    with tempfile.TemporaryDirectory(dir=ram) as tmp:
        path = Path(tmp) / "shop.db"
        shutil.copyfile(template_db, path)
        shop = Shop(f"sqlite:///{path}", auto_migrate=False)
        try:
            counter = Counter(shop)
            for op in run:
                counter.run(op)
                counter.assert_ledgers()
            with shop.read() as s:
                assert check.check(s) == []
        finally:
            shop.close()
