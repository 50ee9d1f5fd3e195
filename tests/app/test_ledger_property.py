"""Property: whatever the counter does, every balance equals its ledger.

A generated day at the counter (sign-ups, sales with and without points,
partial and full refunds, voids, retries, redemptions, undos, adjustments and
rule changes) runs against a fresh copy of the migrated database. A small
independent model (fractions, not the service's integer tricks) predicts what
each action must do: which are refused, and how many points move. After every
action the cached balances must equal their ledgers and none be negative; a
refused action must leave the database byte-for-byte as it was; at the end
``check()`` must be clean.
"""
from __future__ import annotations

import datetime as dt
import math
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from app import check, members, points, rewards, sales
from app import settings as shop_settings
from app.errors import UserError
from app.shop import Shop
from db.models import Base, Member, PointsEntry, Refund, Sale

T0 = dt.datetime(2026, 1, 1, 9, 0)

RULES = [
    {},  # the defaults: 1 point per 1.00, floor; 100 points = 10.00
    {"earn_rounding": "round", "earn_per_cents": 300, "earn_points": 2},
    {"earn_rounding": "ceil", "min_spend_cents": 5000},
    {"earn_per_cents": 1000, "earn_points": 7, "redeem_points": 50, "redeem_value_cents": 333},
]
REWARDS = [  # (name, cost, stock, active)
    ("Mug", 100, 2, True),
    ("Tote", 250, None, True),
    ("Bike", 400, 1, True),
    ("Retired", 50, None, False),
]


def half_up(x: Fraction) -> int:
    return math.floor(x + Fraction(1, 2))


def expected_earn(paid: int, rule: dict) -> int:
    if paid <= 0 or paid < rule["min_spend_cents"]:
        return 0
    x = Fraction(paid * rule["earn_points"], rule["earn_per_cents"])
    return {"floor": math.floor, "ceil": math.ceil, "round": half_up}[rule["earn_rounding"]](x)


# --- the model -------------------------------------------------------------------------


@dataclass
class MSale:
    id: int
    key: str
    member: int | None  # model member index
    amount: int
    spend: int
    paid: int
    earned: int
    refunded: int = 0
    taken: int = 0  # taken back + shortfall
    returned: int = 0
    closed: bool = False


@dataclass
class MRefund:
    key: str
    sale: int  # model sale index
    amount: int | None
    void: bool


@dataclass
class Model:
    rule: dict
    members: list[tuple[int, str]] = field(default_factory=list)  # (db id, phone)
    balances: list[int] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    sales: list[MSale] = field(default_factory=list)
    refunds: list[MRefund] = field(default_factory=list)
    rewards: list[list] = field(default_factory=list)  # [db id, cost, stock, active]
    redemptions: list[list] = field(default_factory=list)  # [db id, member idx, reward idx, undone]


# --- operations (plain tuples, so hypothesis shrinks them well) ---------------------------

idx = st.integers(0, 50)
mostly = st.integers(0, 9).map(lambda x: x == 0)  # True one time in ten
sale_op = st.tuples(
    st.just("sale"),
    st.tuples(st.integers(0, 3), idx).map(lambda t: None if t[0] == 0 else t[1]),  # a quarter walk-ins
    st.one_of(st.integers(1, 30000), st.sampled_from([1, 99, 100, 101, 666, 999, 1000, 2000, 3333, 4999, 5000, 9999, 10001])),
    st.integers(0, 4),  # points to spend, in steps
    mostly,  # spend a number off the step
)
# how much to refund, decided against what is left when the action runs:
# everything (None), a share of what is left, a fixed amount, or too much
refund_how = st.one_of(
    st.none(),
    st.tuples(st.just("share"), st.integers(1, 100)),  # 100: exactly what is left
    st.tuples(st.just("share"), st.integers(1, 100)),
    st.tuples(st.just("cents"), st.one_of(st.integers(-2, 8000), st.sampled_from([1, 2, 3, 333, 3333]))),
    st.tuples(st.just("over"), st.one_of(st.just(1), st.integers(1, 1000))),  # 1: one cent too much
)
refund_op = st.tuples(st.just("refund"), idx, refund_how)
split_op = st.tuples(st.just("split"), idx, st.integers(2, 7))  # equal parts: rounding drift
redeem_op = st.tuples(st.just("redeem"), idx, st.integers(0, len(REWARDS) - 1))
adjust_op = st.tuples(st.just("adjust"), idx, st.integers(-400, 400))
ops = st.one_of(  # repeats weight the choice towards the interesting acts
    sale_op, sale_op, sale_op,
    refund_op, refund_op, split_op,
    st.tuples(st.just("story"), idx, st.integers(1000, 30000), st.integers(1, 3), refund_how),
    st.tuples(st.just("void"), idx),
    redeem_op, redeem_op,
    st.tuples(st.just("undo"), idx),
    adjust_op, adjust_op,
    st.tuples(st.just("drain"), idx),
    st.tuples(st.just("retry_sale"), idx, st.booleans()),
    st.tuples(st.just("retry_refund"), idx, st.booleans()),
    st.tuples(st.just("signup"), mostly),
    st.tuples(st.just("rule"), st.integers(0, len(RULES) - 1)),
)


def dump(shop) -> dict:
    with shop.engine.connect() as c:
        return {
            t.name: c.execute(select(t).order_by(*t.primary_key.columns)).all()
            for t in Base.metadata.sorted_tables
        }


def phone_for(i: int) -> str:
    return f"0912-{i // 1000:03d}-{i % 1000:03d}"


def odd_format(phone: str) -> str:
    """The same number as a different person would type it."""
    digits = phone.replace("-", "")
    return " ".join(chr(ord(d) + 0xFEE0) for d in digits)  # full-width, spaced


class Counter:
    """Runs one generated day against a fresh database and the model."""

    def __init__(self, shop: Shop):
        self.shop = shop
        self.clock = T0
        rule = dict(shop_settings.DEFAULTS)
        self.m = Model(rule={k: rule[k] for k in (
            "earn_per_cents", "earn_points", "earn_rounding", "min_spend_cents", "redeem_points",
            "redeem_value_cents")})
        with shop.transaction() as s:
            for name, cost, stock, active in REWARDS:
                r = rewards.create_reward(s, name=name, points_cost=cost, stock=stock, active=active)
                self.m.rewards.append([r.id, cost, stock, active])
        self.signup(False)
        self.signup(False)
        self.adjust(0, 500)
        self.sale(0, 20000, 0, False)  # something to refund from the start
        self.sale(1, 12345, 0, False)

    def tick(self) -> dt.datetime:
        self.clock += dt.timedelta(minutes=7)
        return self.clock

    # Each action works out which refusals the model allows (none: it must
    # succeed), runs through attempt(), and checks the result against the model.

    def attempt(self, allowed: set[str], action) -> None:
        # snapshot only when the model expects a refusal: an unexpected one
        # fails below anyway
        before = dump(self.shop) if allowed else None
        try:
            with self.shop.transaction() as s:
                outcome = action(s)
        except UserError as e:
            assert allowed, f"refused with {e.code} ({e}) but the model expected success"
            assert e.code in allowed, f"refused with {e.code}, expected one of {allowed}"
            assert dump(self.shop) == before, f"{e.code}: a refused action changed the database"
            return
        assert not allowed, f"succeeded but the model expected a refusal: {allowed}"
        return outcome

    def member_at(self, i: int) -> int:
        return i % len(self.m.members)

    def signup(self, dup: bool) -> None:
        n = len(self.m.members)
        if dup:
            _, phone = self.m.members[n // 2]
            self.attempt({"phone_taken"}, lambda s: members.sign_up(s, name="Twin", phone=odd_format(phone), now=self.tick()))
            return
        phone, name = phone_for(n), f"會員{n}"
        v = self.attempt(set(), lambda s: members.sign_up(s, name=name, phone=phone, now=self.tick()))
        self.m.members.append((v.id, phone))
        self.m.balances.append(0)
        self.m.names.append(name)

    def adjust(self, i: int, pts: int) -> None:
        mi = self.member_at(i)
        bal = self.m.balances[mi]
        allowed = set()
        if pts == 0:
            allowed.add("adjust_zero")
        if bal + pts < 0:
            allowed.add("not_enough_points")
        e = self.attempt(allowed, lambda s: points.adjust(
            s, member_id=self.m.members[mi][0], points=pts, reason="generated", now=self.tick()))
        if e is not None:
            assert (e.points, e.balance_after) == (pts, bal + pts)
            self.m.balances[mi] = bal + pts

    def drain(self, i: int) -> None:
        """The member spends everything (elsewhere), so a later refund falls short.
        Mostly the member of the latest sale, whose refund is then likely."""
        latest = [x.member for x in self.m.sales if x.member is not None]
        mi = latest[-1] if latest and i % 2 == 0 else self.member_at(i)
        if self.m.balances[mi]:
            self.adjust(mi, -self.m.balances[mi])

    def sale(self, i: int | None, amount: int, steps: int, off_step: bool) -> None:
        rule = self.m.rule
        mi = None if i is None else self.member_at(i)
        spend = steps * rule["redeem_points"] + (1 if off_step and steps else 0)
        allowed = set()
        if mi is None and spend:
            allowed.add("walkin_no_points")
        if spend % rule["redeem_points"]:
            allowed.add("points_step")
        discount = spend // rule["redeem_points"] * rule["redeem_value_cents"]
        if discount > amount:
            allowed.add("discount_exceeds_total")
        if mi is not None and spend > self.m.balances[mi]:
            allowed.add("not_enough_points")
        key = f"sale-{len(self.m.sales)}-{amount}"
        member_id = None if mi is None else self.m.members[mi][0]
        r = self.attempt(allowed, lambda s: sales.record_sale(
            s, sale_key=key, member_id=member_id, amount_cents=amount, points_to_spend=spend, now=self.tick()))
        if r is None:
            return
        paid = amount - discount
        earned = expected_earn(paid, rule) if mi is not None else 0
        assert (r.paid_cents, r.points_spent, r.points_earned, r.duplicate) == (paid, spend, earned, False)
        if mi is not None:
            self.m.balances[mi] += earned - spend
            assert r.balance_after == self.m.balances[mi]
        self.m.sales.append(MSale(r.sale_id, key, mi, amount, spend, paid, earned))

    def story(self, i: int, amount: int, steps: int, how) -> None:
        """A member pays partly with points, spends the rest of their balance
        elsewhere, then brings the goods back: the points the sale spent come
        back before the earned ones are taken, so any shortfall is net."""
        mi = self.member_at(i)
        n = len(self.m.sales)
        self.sale(mi, amount, steps, False)
        if len(self.m.sales) > n:
            self.drain(0)  # 0: the member of the latest sale
            self.refund(0, how, si=n)

    def retry_sale(self, j: int, same: bool) -> None:
        if not self.m.sales:
            return
        ms = self.m.sales[j % len(self.m.sales)]
        member_id = None if ms.member is None else self.m.members[ms.member][0]
        amount = ms.amount if same else ms.amount + 1
        before = dump(self.shop)
        r = self.attempt(set() if same else {"sale_key_reused"}, lambda s: sales.record_sale(
            s, sale_key=ms.key, member_id=member_id, amount_cents=amount, points_to_spend=ms.spend, now=self.tick()))
        if r is not None:
            assert r.duplicate and r.sale_id == ms.id
            assert dump(self.shop) == before, "a retried sale posted again"

    def pick_sale(self, j: int) -> int:
        """Mostly a sale that still has something to refund (often the latest);
        sometimes any."""
        open_ = [n for n, x in enumerate(self.m.sales) if not x.closed]
        if open_ and j % 4 == 0:
            return open_[-1]
        if open_ and j % 2 == 0:
            return open_[j // 4 % len(open_)]
        return j % len(self.m.sales)

    def refund(self, j: int, how, void: bool = False, si: int | None = None) -> None:
        if not self.m.sales:
            return
        si = self.pick_sale(j) if si is None else si
        ms = self.m.sales[si]
        left = ms.paid - ms.refunded
        if how is None:
            amount = None
        else:
            kind, n = how
            amount = {"share": max(1, left * n // 100), "cents": n, "over": left + n}[kind]
        allowed = set()
        if ms.closed:
            allowed.add("refund_nothing_left")
        if ms.paid == 0 and not void:
            allowed.add("refund_points_only")
        if not void and amount is not None:
            if amount <= 0:
                allowed.add("amount_not_positive")
            elif amount > left:
                allowed.add("refund_too_much")
        key = f"refund-{len(self.m.refunds)}"
        r = self.attempt(allowed, lambda s: sales.refund_sale(
            s, sale_id=ms.id, refund_key=key, amount_cents=amount, void=void, now=self.tick()))
        if r is None:
            return
        give_back = left if (void or amount is None) else amount
        new_refunded = ms.refunded + give_back
        full = new_refunded == ms.paid
        share = Fraction(1) if full else Fraction(new_refunded, ms.paid)
        take = (ms.earned if full else half_up(ms.earned * share)) - ms.taken
        give = (ms.spend if full else half_up(ms.spend * share)) - ms.returned
        assert take >= 0 and give >= 0
        assert r.amount_cents == give_back and not r.duplicate
        assert r.points_returned == give
        assert r.points_taken_back + r.shortfall_points == take
        if ms.member is not None:
            bal = self.m.balances[ms.member] + give
            expected_short = max(0, take - bal)
            assert r.shortfall_points == expected_short
            self.m.balances[ms.member] = bal - (take - expected_short)
            assert r.balance_after == self.m.balances[ms.member]
        else:
            assert (r.points_taken_back, r.points_returned, r.balance_after) == (0, 0, None)
        ms.refunded, ms.taken, ms.returned, ms.closed = new_refunded, ms.taken + take, ms.returned + give, full
        assert r.sale_status == (("voided" if void else "refunded") if full else "partially_refunded")
        self.m.refunds.append(MRefund(key, si, amount, void))

    def split(self, j: int, parts: int) -> None:
        """Refund a sale in equal parts; together they must be a full refund."""
        if not self.m.sales:
            return
        si = self.pick_sale(j)
        ms = self.m.sales[si]
        left = ms.paid - ms.refunded
        if ms.closed or left < parts:
            return self.refund(j, None, si=si)
        for k in range(parts):
            self.refund(j, ("cents", left // parts + (1 if k < left % parts else 0)), si=si)
        assert ms.closed and ms.taken == ms.earned and ms.returned == ms.spend

    def retry_refund(self, j: int, same: bool) -> None:
        if not self.m.refunds:
            return
        mr = self.m.refunds[j % len(self.m.refunds)]
        ms = self.m.sales[mr.sale]
        if same:
            kw = dict(amount_cents=mr.amount, void=mr.void)
        else:  # the other kind, or another amount
            kw = dict(amount_cents=None, void=False) if mr.void else dict(amount_cents=None, void=True)
        before = dump(self.shop)
        r = self.attempt(set() if same else {"refund_key_reused"}, lambda s: sales.refund_sale(
            s, sale_id=ms.id, refund_key=mr.key, now=self.tick(), **kw))
        if r is not None:
            assert r.duplicate
            assert dump(self.shop) == before, "a retried refund posted again"

    def redeem(self, i: int, k: int) -> None:
        mi = self.member_at(i)
        rid, cost, stock, active = self.m.rewards[k]
        allowed = set()
        if not active:
            allowed.add("reward_inactive")
        if stock is not None and stock <= 0:
            allowed.add("reward_out_of_stock")
        if self.m.balances[mi] < cost:
            allowed.add("not_enough_points")
        key = f"red-{len(self.m.redemptions)}"
        r = self.attempt(allowed, lambda s: rewards.redeem(
            s, redemption_key=key, member_id=self.m.members[mi][0], reward_id=rid, now=self.tick()))
        if r is None:
            return
        self.m.balances[mi] -= cost
        if stock is not None:
            self.m.rewards[k][2] = stock - 1
        assert (r.points, r.balance_after, r.stock_left) == (cost, self.m.balances[mi], self.m.rewards[k][2])
        self.m.redemptions.append([r.redemption_id, mi, k, False])

    def undo(self, j: int) -> None:
        if not self.m.redemptions:
            return
        red = self.m.redemptions[j % len(self.m.redemptions)]
        rid, mi, k, undone = red
        r = self.attempt({"redemption_already_undone"} if undone else set(),
                         lambda s: rewards.undo_redemption(s, rid, now=self.tick()))
        if r is None:
            return
        cost = self.m.rewards[k][1]
        self.m.balances[mi] += cost
        if self.m.rewards[k][2] is not None:
            self.m.rewards[k][2] += 1
        assert (r.points, r.balance_after, r.stock_left) == (cost, self.m.balances[mi], self.m.rewards[k][2])
        red[3] = True

    def set_rule(self, n: int) -> None:
        values = RULES[n]
        full = {k: shop_settings.DEFAULTS[k] for k in self.m.rule} | values
        with self.shop.transaction() as s:
            shop_settings.put(s, **full)
        self.m.rule = full

    def run(self, op: tuple) -> None:
        kind, *args = op
        if kind == "void":
            self.refund(args[0], None, True)
        elif kind == "rule":
            self.set_rule(*args)
        else:
            getattr(self, kind)(*args)

    # --- invariants ---------------------------------------------------------

    def assert_ledgers(self) -> None:
        with self.shop.read() as s:
            sums = dict(s.execute(select(PointsEntry.member_id, func.sum(PointsEntry.points)).group_by(PointsEntry.member_id)).all())
            cached = dict(s.execute(select(Member.id, Member.points_balance)).all())
            for mid, bal in cached.items():
                assert bal >= 0
                assert bal == sums.get(mid, 0), f"member {mid}: cached {bal} != ledger {sums.get(mid, 0)}"
            assert [cached[mid] for mid, _ in self.m.members] == self.m.balances
            per_sale = {
                sale_id: rest
                for sale_id, *rest in s.execute(
                    select(
                        Refund.sale_id,
                        func.sum(Refund.amount_cents),
                        func.sum(Refund.points_taken_back + Refund.shortfall_points),
                        func.sum(Refund.points_returned),
                    ).group_by(Refund.sale_id)
                )
            }
            for sale in s.scalars(select(Sale)):
                refunded, taken, returned = per_sale.get(sale.id, (0, 0, 0))
                paid = sale.total_cents - sale.points_discount_cents
                assert sale.refunded_cents == refunded <= paid
                assert taken <= sale.points_earned and returned <= sale.points_spent
                if sale.status in ("refunded", "voided"):
                    assert (sale.refunded_cents, taken, returned) == (paid, sale.points_earned, sale.points_spent)


@settings(
    max_examples=100,
    deadline=None,
    # the only function-scoped fixture is conftest's autouse language reset;
    # each example gets its own database below
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(day=st.lists(ops, min_size=8, max_size=30))
def test_every_balance_equals_its_ledger_whatever_the_counter_does(template_db, day):
    # RAM-backed where there is one: durability is not under test here, and
    # thousands of fsyncs would dominate the run time
    ram = "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else None
    with tempfile.TemporaryDirectory(dir=ram) as tmp:
        path = Path(tmp) / "shop.db"
        shutil.copyfile(template_db, path)
        shop = Shop(f"sqlite:///{path}", auto_migrate=False)
        try:
            counter = Counter(shop)
            for op in day:
                counter.run(op)
                counter.assert_ledgers()
            with shop.read() as s:
                assert check.check(s) == []
        finally:
            shop.close()
