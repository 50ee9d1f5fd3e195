"""Stored value (儲值): a wallet per member, topped up at the counter and
spent on sales, with its own append-only ledger.

Why the rules are what they are (each is tested in tests/app/test_wallet.py):

- **Paid money and bonus are kept apart** (``wallets.paid_units`` and
  ``bonus_units``): the paid part is the customer's money and can be given
  back; the bonus was the shop's gift and never turns into cash.
- **Bonus tiers** (setting ``wallet_bonus_tiers``, a list of
  ``[top-up cents, bonus units]``): the highest tier the top-up reaches
  applies, e.g. 1,000 → +100 and 3,000 → +400 give 999 → 0, 1,000 → 100,
  2,999 → 100, 3,000 → 400. Tiers are not added up.
- **Spend order** (setting ``wallet_spend_order``): ``pro_rata`` (default:
  paid and bonus in proportion to what is left, so a later top-up refund is
  fair to both sides), ``bonus_first`` or ``paid_first``.
- **Points are earned once** (setting ``wallet_points_on``): ``sale``
  (default) — a top-up earns nothing and a sale earns on everything paid,
  the wallet part included, because that is when the customer buys; or
  ``topup`` — the top-up earns on the money taken, and a sale earns only on
  the part not paid from the wallet. Either way the same money earns once.
- **Refunding a sale paid partly from the wallet** gives the wallet's share
  back to the wallet — its paid and bonus parts to where they came from —
  and the rest by the sale's payment method. Shares are pro rata of the
  money refunded and cumulative (each refund computes the total owed back so
  far, rounded half up, minus what earlier refunds gave), so several partial
  refunds add up exactly to one full refund, as points do in
  :func:`app.sales.refund_sale`. A refund's ``wallet_cents`` is the money
  value that went back to the wallet.
- **Refunding a top-up** (once) gives back at most the unused paid money:
  ``min(the top-up's paid units, the wallet's paid balance now)`` (money is
  pooled, so what is left of *this* top-up cannot be told apart) at the
  top-up's own price, and forfeits its bonus (as much of it as is still in
  the wallet). Points the top-up earned are taken back in proportion.
- **Units**: setting ``wallet_unit`` is ``money`` (units are minor units of
  the shop currency; the default) or ``credits`` for an arcade: units are
  whole game credits named ``wallet_credit_name`` (e.g. 遊戲幣), sold at
  ``wallet_credit_price_cents`` each. A top-up must then buy whole credits,
  a sale's wallet part must be whole credits, and bonus tiers give credits.
  The unit and price cannot change while any wallet holds value (the
  balances would silently change worth).

Every change goes through :func:`_post`, on the wallet row locked with
SELECT ... FOR UPDATE (behind the member row, which record_sale locks too),
so two counters cannot spend the same money. Top-ups carry a ``topup_key``:
a retried click returns the first result and credits nothing more.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import partial

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app import auth
from app import messages
from app import points as points_ledger
from app import settings as shop_settings
from app.errors import UserError
from app.textparse import MAX_SALE_CENTS, clean_text, format_money, format_plain
from db.models import Member, Refund, Sale
from db.wallet_models import Wallet, WalletEntry, WalletTopUp

KINDS = (
    "topup",  # paid money put on the wallet
    "bonus",  # the bonus a top-up earned
    "pay",  # spent on a sale
    "return",  # given back by a refund of that sale
    "topup_refund",  # a top-up's unused paid money given back in cash
    "forfeit",  # a refunded top-up's bonus taken away
    "adjust",  # by hand, with a reason (owner/manager)
)
SPEND_ORDERS = ("pro_rata", "bonus_first", "paid_first")
MAX_TIERS = 12


def _valid_tiers(v) -> bool:
    if not isinstance(v, list) or len(v) > MAX_TIERS:
        return False
    seen = set()
    for t in v:
        if not (isinstance(t, list) and len(t) == 2 and all(type(x) is int for x in t)):
            return False
        if not (0 < t[0] <= MAX_SALE_CENTS and 0 <= t[1] <= MAX_SALE_CENTS) or t[0] in seen:
            return False
        seen.add(t[0])
    return True


shop_settings.register("wallet_bonus_tiers", [], _valid_tiers)
shop_settings.register("wallet_spend_order", "pro_rata", lambda v: v in SPEND_ORDERS)
shop_settings.register("wallet_points_on", "sale", lambda v: v in ("sale", "topup"))
shop_settings.register("wallet_unit", "money", lambda v: v in ("money", "credits"))
shop_settings.register("wallet_credit_name", "", lambda v: isinstance(v, str) and len(v.strip()) <= 20)
shop_settings.register("wallet_credit_price_cents", 1000,
                       lambda v: type(v) is int and 0 < v <= 1_000_000)

SETTING_KEYS = ("wallet_bonus_tiers", "wallet_spend_order", "wallet_points_on", "wallet_unit",
                "wallet_credit_name", "wallet_credit_price_cents")


def _ratio(value: int, num: int, den: int) -> int:
    """round-half-up(value * num / den) in integers."""
    return (2 * value * num + den) // (2 * den)


# --------------------------------------------------------------------------- units


@dataclass(frozen=True)
class Unit:
    """What a wallet counts: ``money`` (price 1: units are minor units) or
    ``credits`` (``price_cents`` of money each)."""

    kind: str
    price_cents: int
    name: str = ""
    currency: str = "TWD"

    def label(self, lang: str) -> str:
        return self.name or messages.text("wallet_credits_word", lang)

    def format(self, units: int, lang: str) -> str:
        """Units as the customer reads them: NT$1,100.00, or 25 遊戲幣."""
        if self.kind == "money":
            return format_money(units, self.currency, lang)
        return f"{units:,} {self.label(lang)}"

    def cents(self, units: int) -> int:
        return units * self.price_cents

    def units_for(self, cents: int, field: str = "wallet") -> int:
        """Money to units; refused unless it buys whole credits."""
        if cents % self.price_cents:
            raise UserError("wallet_whole_credits", field=field, price=format_plain(self.price_cents),
                            name=self.name or messages.text("wallet_credits_word"))
        return cents // self.price_cents


def unit(session: Session) -> Unit:
    values = shop_settings.get_all(session)
    if values["wallet_unit"] == "credits":
        return Unit("credits", values["wallet_credit_price_cents"], values["wallet_credit_name"].strip(),
                    values["currency"])
    return Unit("money", 1, "", values["currency"])


def bonus_for(amount_cents: int, tiers: list) -> int:
    """The bonus of the highest tier ``amount_cents`` reaches (0 below all)."""
    best = 0
    for threshold, bonus in sorted(tiers):
        if amount_cents >= threshold:
            best = bonus
    return best


def bonus_preview(session: Session, amount_cents: int) -> int:
    """The bonus units a top-up of ``amount_cents`` would earn (for the dialog)."""
    return bonus_for(amount_cents, shop_settings.get(session, "wallet_bonus_tiers"))


# --------------------------------------------------------------------------- ledger core


def lock_wallet(session: Session, member_id: int, now: dt.datetime | None = None) -> Wallet:
    """The member's wallet with its row locked for this transaction (made
    empty on first use). The member row is locked first, so creating the
    wallet cannot race either."""
    points_ledger.lock_member(session, member_id)
    w = session.execute(
        select(Wallet).where(Wallet.member_id == member_id).with_for_update()
        .execution_options(populate_existing=True)
    ).scalar_one_or_none()
    if w is None:
        w = Wallet(member_id=member_id, paid_units=0, bonus_units=0, updated_at=now or dt.datetime.now())
        session.add(w)
        session.flush()
    return w


def _post(session: Session, w: Wallet, kind: str, paid: int, bonus: int, *, now: dt.datetime,
          **links) -> WalletEntry:
    """Append an entry and move the cached balances (``w`` from lock_wallet)."""
    assert kind in KINDS, kind
    if w.paid_units + paid < 0 or w.bonus_units + bonus < 0:
        raise AssertionError("wallet balance would go negative")  # callers check first
    w.paid_units += paid
    w.bonus_units += bonus
    w.updated_at = now
    e = WalletEntry(member_id=w.member_id, occurred_at=now, kind=kind, paid_units=paid, bonus_units=bonus,
                    paid_after=w.paid_units, bonus_after=w.bonus_units, **links)
    session.add(e)
    session.flush()
    return e


def split(paid_balance: int, bonus_balance: int, units: int, order: str) -> tuple[int, int]:
    """How ``units`` spent divide into (paid, bonus) under ``order``."""
    assert 0 <= units <= paid_balance + bonus_balance
    if order == "bonus_first":
        b = min(units, bonus_balance)
        return units - b, b
    if order == "paid_first":
        p = min(units, paid_balance)
        return p, units - p
    total = paid_balance + bonus_balance
    b = _ratio(units, bonus_balance, total) if total else 0
    b = min(b, bonus_balance)
    p = units - b
    if p > paid_balance:
        p = paid_balance
        b = units - p
    return p, b


def _not_enough(session: Session, w: Wallet, u: Unit, needed: int, field: str = "wallet") -> UserError:
    name = session.scalar(select(Member.name).where(Member.id == w.member_id))
    lang = messages.current_language()
    return UserError("wallet_not_enough", field=field, name=name,
                     balance=u.format(w.paid_units + w.bonus_units, lang), needed=u.format(needed, lang))


# --------------------------------------------------------------------------- views


@dataclass(frozen=True)
class WalletView:
    member_id: int
    paid_units: int
    bonus_units: int
    unit: Unit

    @property
    def total_units(self) -> int:
        return self.paid_units + self.bonus_units

    @property
    def total_cents(self) -> int:
        """What the balance pays for at the counter."""
        return self.unit.cents(self.total_units)


def get_wallet(session: Session, member_id: int) -> WalletView:
    """The member's balances (zero when they never topped up)."""
    row = session.execute(
        select(Wallet.paid_units, Wallet.bonus_units).where(Wallet.member_id == member_id)
    ).first()
    paid, bonus = (row[0], row[1]) if row else (0, 0)
    return WalletView(member_id, paid, bonus, unit(session))


@dataclass(frozen=True)
class WalletLedgerRow:
    id: int
    occurred_at: dt.datetime
    kind: str
    paid_units: int
    bonus_units: int
    paid_after: int
    bonus_after: int
    sale_id: int | None
    topup_id: int | None
    reason: str


def ledger(session: Session, member_id: int) -> list[WalletLedgerRow]:
    """The member's wallet ledger, newest first."""
    rows = session.scalars(select(WalletEntry).where(WalletEntry.member_id == member_id)
                           .order_by(WalletEntry.id.desc()))
    return [WalletLedgerRow(e.id, e.occurred_at, e.kind, e.paid_units, e.bonus_units, e.paid_after,
                            e.bonus_after, e.sale_id, e.topup_id, e.reason) for e in rows]


# --------------------------------------------------------------------------- top-up


@dataclass(frozen=True)
class TopUpResult:
    topup_id: int
    topup_key: str
    member_id: int
    amount_cents: int
    paid_units: int
    bonus_units: int
    payment_method: str
    points_earned: int
    paid_balance: int
    bonus_balance: int
    occurred_at: dt.datetime
    duplicate: bool = False

    @property
    def balance_units(self) -> int:
        return self.paid_balance + self.bonus_balance


def _topup_result(session: Session, t: WalletTopUp, duplicate: bool) -> TopUpResult:
    # the balances right after this top-up (a reprint or retry shows those, not today's)
    after = session.execute(
        select(WalletEntry.paid_after, WalletEntry.bonus_after).where(WalletEntry.topup_id == t.id)
        .where(WalletEntry.kind.in_(("topup", "bonus"))).order_by(WalletEntry.id.desc()).limit(1)
    ).first()
    return TopUpResult(t.id, t.topup_key, t.member_id, t.amount_cents, t.paid_units, t.bonus_units,
                       t.payment_method, t.points_earned, after[0], after[1], t.occurred_at, duplicate)


def top_up(
    session: Session,
    *,
    topup_key: str,
    member_id: int,
    amount_cents: int,
    payment_method: str = "cash",
    staff_id: int | None = None,
    note: str | None = None,
    now: dt.datetime | None = None,
) -> TopUpResult:
    """Put money on a member's wallet, with the bonus of the tier it reaches.

    Args:
        topup_key: made by the caller once per top-up; saving it again
            returns the first result (``duplicate``) and credits nothing.
        amount_cents: the money taken, by ``payment_method``.

    Returns:
        What was credited and the balances after it.
    """
    from app.sales import PAYMENT_METHODS, points_for

    now = now or dt.datetime.now()
    existing = session.scalars(select(WalletTopUp).where(WalletTopUp.topup_key == topup_key)).first()
    if existing is not None:
        if (existing.member_id, existing.amount_cents) != (member_id, amount_cents):
            raise UserError("topup_key_reused")
        return _topup_result(session, existing, duplicate=True)
    if payment_method not in PAYMENT_METHODS:
        raise ValueError(f"payment method {payment_method!r}")
    if amount_cents <= 0:
        raise UserError("amount_not_positive", field="amount")
    if amount_cents > MAX_SALE_CENTS:
        raise UserError("amount_too_large", field="amount", value=format_plain(amount_cents),
                        max=format_plain(MAX_SALE_CENTS))
    rule = shop_settings.get_all(session)
    u = unit(session)
    units = u.units_for(amount_cents, field="amount")
    bonus = bonus_for(amount_cents, rule["wallet_bonus_tiers"])
    note = clean_text(note, 500, "note")
    staff = auth.staff_id(session, staff_id)
    w = lock_wallet(session, member_id, now)
    t = WalletTopUp(topup_key=topup_key, member_id=member_id, staff_id=staff, occurred_at=now,
                    amount_cents=amount_cents, paid_units=units, bonus_units=bonus,
                    payment_method=payment_method, points_earned=0, status="completed",
                    refunded_cents=0, refunded_units=0, forfeited_units=0, note=note)
    try:
        with session.begin_nested():
            session.add(t)
            session.flush()
    except IntegrityError:
        again = session.scalars(select(WalletTopUp).where(WalletTopUp.topup_key == topup_key)).first()
        if again is None:
            raise
        return _topup_result(session, again, duplicate=True)
    _post(session, w, "topup", units, 0, now=now, topup_id=t.id, staff_id=staff)
    if bonus:
        _post(session, w, "bonus", 0, bonus, now=now, topup_id=t.id, staff_id=staff)
    if rule["wallet_points_on"] == "topup":
        earned = points_for(amount_cents, rule)
        if earned:
            m = points_ledger.lock_member(session, member_id)
            points_ledger.post(session, m, earned, "earn", now=now, staff_id=staff, reason=f"top-up T{t.id}")
            t.points_earned = earned
    session.flush()
    return _topup_result(session, t, duplicate=False)


@dataclass(frozen=True)
class TopUpRow:
    id: int
    occurred_at: dt.datetime
    amount_cents: int
    paid_units: int
    bonus_units: int
    payment_method: str
    status: str
    refunded_cents: int


def topups(session: Session, member_id: int, limit: int = 50) -> list[TopUpRow]:
    """The member's top-ups, newest first (for the top-up refund picker)."""
    rows = session.scalars(select(WalletTopUp).where(WalletTopUp.member_id == member_id)
                           .order_by(WalletTopUp.id.desc()).limit(limit))
    return [TopUpRow(t.id, t.occurred_at, t.amount_cents, t.paid_units, t.bonus_units, t.payment_method,
                     t.status, t.refunded_cents) for t in rows]


@dataclass(frozen=True)
class TopUpRefundResult:
    topup_id: int
    member_id: int
    refunded_cents: int
    refunded_units: int
    forfeited_units: int
    points_taken_back: int
    paid_balance: int
    bonus_balance: int
    duplicate: bool = False


def _topup_refund_result(session: Session, t: WalletTopUp, duplicate: bool) -> TopUpRefundResult:
    after = session.execute(
        select(WalletEntry.paid_after, WalletEntry.bonus_after).where(WalletEntry.topup_id == t.id)
        .order_by(WalletEntry.id.desc()).limit(1)
    ).first()
    taken = -(session.scalar(
        select(func.coalesce(func.sum(points_ledger.PointsEntry.points), 0))
        .where(points_ledger.PointsEntry.member_id == t.member_id)
        .where(points_ledger.PointsEntry.kind == "take_back")
        .where(points_ledger.PointsEntry.reason == f"top-up T{t.id} refunded")
    ) or 0)
    return TopUpRefundResult(t.id, t.member_id, t.refunded_cents, t.refunded_units, t.forfeited_units,
                             taken, after[0], after[1], duplicate)


def refund_topup(
    session: Session,
    *,
    topup_id: int,
    refund_key: str,
    staff_id: int | None = None,
    reason: str | None = None,
    now: dt.datetime | None = None,
) -> TopUpRefundResult:
    """Give back what is left unused of a top-up and forfeit its bonus (see
    the module docstring for the rule). Once per top-up; ``refund_key``
    makes a retry harmless."""
    now = now or dt.datetime.now()
    existing = session.scalars(select(WalletTopUp).where(WalletTopUp.refund_key == refund_key)).first()
    if existing is not None:
        if existing.id != topup_id:
            raise UserError("refund_key_reused")
        return _topup_refund_result(session, existing, duplicate=True)
    t = session.execute(
        select(WalletTopUp).where(WalletTopUp.id == topup_id).with_for_update()
        .execution_options(populate_existing=True)
    ).scalar_one_or_none()
    if t is None:
        raise UserError("topup_not_found", value=str(topup_id))
    if t.status == "refunded":
        raise UserError("topup_already_refunded", date=t.refunded_at.strftime("%Y-%m-%d"))
    reason = clean_text(reason, 500, "reason")
    staff = auth.staff_id(session, staff_id)
    w = lock_wallet(session, t.member_id, now)
    units = min(t.paid_units, w.paid_units)
    if units <= 0:
        raise UserError("topup_nothing_unused")
    price = t.amount_cents // t.paid_units  # exact: a top-up buys whole units
    forfeit = min(t.bonus_units, w.bonus_units)
    first = {k: i for k, i in session.execute(
        select(WalletEntry.kind, WalletEntry.id).where(WalletEntry.topup_id == t.id))}
    _post(session, w, "topup_refund", -units, 0, now=now, topup_id=t.id, staff_id=staff,
          corrects_id=first.get("topup"), reason=reason)
    if forfeit:
        _post(session, w, "forfeit", 0, -forfeit, now=now, topup_id=t.id, staff_id=staff,
              corrects_id=first.get("bonus"), reason=reason)
    if t.points_earned:
        take = _ratio(t.points_earned, units, t.paid_units)
        if take:
            m = points_ledger.lock_member(session, t.member_id)
            points_ledger.post(session, m, -take, "take_back", now=now, allow_partial=True,
                               staff_id=staff, reason=f"top-up T{t.id} refunded")
    t.status = "refunded"
    t.refund_key = refund_key
    t.refunded_cents = units * price
    t.refunded_units = units
    t.forfeited_units = forfeit
    t.refunded_at = now
    session.flush()
    return _topup_refund_result(session, t, duplicate=False)


# --------------------------------------------------------------------------- sales


def sale_points_base(session: Session, member_id: int | None, paid_cents: int, wallet_cents: int) -> int:
    """Check the wallet part of a sale before it is saved, and return the
    money points are earned on (see "points are earned once")."""
    if not wallet_cents:
        return paid_cents
    if wallet_cents < 0:
        raise UserError("wallet_amount_negative", field="wallet")
    if member_id is None:
        raise UserError("wallet_walkin", field="wallet")
    if wallet_cents > paid_cents:
        raise UserError("wallet_exceeds_total", field="wallet", wallet=format_plain(wallet_cents),
                        total=format_plain(paid_cents))
    unit(session).units_for(wallet_cents)
    if shop_settings.get(session, "wallet_points_on") == "topup":
        return paid_cents - wallet_cents
    return paid_cents


def pay_for_sale(session: Session, sale: Sale, *, staff_id: int | None, now: dt.datetime) -> None:
    """Take ``sale.wallet_cents`` off the member's wallet (called by
    record_sale once the sale row exists). Refuses when the balance is short;
    the caller's transaction then saves nothing."""
    if not sale.wallet_cents:
        return
    u = unit(session)
    units = u.units_for(sale.wallet_cents)
    w = lock_wallet(session, sale.member_id, now)
    if units > w.paid_units + w.bonus_units:
        raise _not_enough(session, w, u, units)
    p, b = split(w.paid_units, w.bonus_units, units, shop_settings.get(session, "wallet_spend_order"))
    _post(session, w, "pay", -p, -b, now=now, sale_id=sale.id, staff_id=auth.staff_id(session, staff_id))


def refund_for_sale(session: Session, sale: Sale, refund: Refund, *, num: int, den: int,
                    staff_id: int | None, now: dt.datetime) -> int:
    """Give the wallet its share of a refund (called by refund_sale with the
    cumulative fraction ``num/den`` of the sale refunded so far). Sets and
    returns ``refund.wallet_cents``."""
    from app.programs import packages

    packages.guard_sale_refund(session, sale)
    if not sale.wallet_cents:
        return 0
    spent = session.execute(
        select(func.coalesce(func.sum(WalletEntry.paid_units), 0), func.coalesce(func.sum(WalletEntry.bonus_units), 0),
               func.min(WalletEntry.id))
        .where(WalletEntry.sale_id == sale.id, WalletEntry.kind == "pay")
    ).one()
    back = session.execute(
        select(func.coalesce(func.sum(WalletEntry.paid_units), 0), func.coalesce(func.sum(WalletEntry.bonus_units), 0))
        .where(WalletEntry.sale_id == sale.id, WalletEntry.kind == "return")
    ).one()
    give_p = _ratio(-int(spent[0]), num, den) - int(back[0])
    give_b = _ratio(-int(spent[1]), num, den) - int(back[1])
    prior_cents = session.scalar(
        select(func.coalesce(func.sum(Refund.wallet_cents), 0))
        .where(Refund.sale_id == sale.id, Refund.id != refund.id)
    ) or 0
    cents = _ratio(sale.wallet_cents, num, den) - int(prior_cents)
    if give_p or give_b:
        w = lock_wallet(session, sale.member_id, now)
        _post(session, w, "return", give_p, give_b, now=now, sale_id=sale.id, refund_id=refund.id,
              corrects_id=spent[2], staff_id=auth.staff_id(session, staff_id), reason=refund.reason or "")
    refund.wallet_cents = cents
    return cents


def wallet_after_sale(session: Session, sale_id: int) -> int | None:
    """The wallet balance (units) right after a sale's wallet entry, or None."""
    row = session.execute(
        select(WalletEntry.paid_after + WalletEntry.bonus_after).where(WalletEntry.sale_id == sale_id)
        .order_by(WalletEntry.id.desc()).limit(1)
    ).first()
    return None if row is None else int(row[0])


# --------------------------------------------------------------------------- adjust, settings


def adjust(
    session: Session,
    *,
    member_id: int,
    paid_units: int = 0,
    bonus_units: int = 0,
    reason: str,
    corrects_id: int | None = None,
    staff_id: int | None = None,
    now: dt.datetime | None = None,
) -> WalletLedgerRow:
    """Change a wallet by hand (owner or manager); a reason is required and
    ``corrects_id`` may name the entry being corrected."""
    auth.require(session, "adjust_balance")
    reason = clean_text(reason, 500, "reason")
    if not reason:
        raise UserError("reason_required", field="reason")
    if not paid_units and not bonus_units:
        raise UserError("adjust_zero", field="amount")
    now = now or dt.datetime.now()
    if corrects_id is not None:
        target = session.get(WalletEntry, corrects_id)
        if target is None or target.member_id != member_id:
            raise UserError("wallet_entry_not_found", value=str(corrects_id))
    w = lock_wallet(session, member_id, now)
    if w.paid_units + paid_units < 0 or w.bonus_units + bonus_units < 0:
        u = unit(session)
        raise _not_enough(session, w, u, -min(paid_units, 0) - min(bonus_units, 0), field="amount")
    e = _post(session, w, "adjust", paid_units, bonus_units, now=now, corrects_id=corrects_id,
              staff_id=auth.staff_id(session, staff_id), reason=reason)
    return WalletLedgerRow(e.id, e.occurred_at, e.kind, e.paid_units, e.bonus_units, e.paid_after,
                           e.bonus_after, None, None, e.reason)


def get_settings(session: Session) -> dict:
    values = shop_settings.get_all(session)
    return {k: values[k] for k in SETTING_KEYS}


def save_settings(session: Session, **values) -> dict:
    """Store the wallet settings (owner or manager). The unit and the credit
    price cannot change while any wallet holds value."""
    auth.require(session, "change_settings")
    unknown = set(values) - set(SETTING_KEYS)
    if unknown:
        raise KeyError(", ".join(sorted(unknown)))
    if "wallet_bonus_tiers" in values and isinstance(values["wallet_bonus_tiers"], list):
        values["wallet_bonus_tiers"] = sorted([list(t) for t in values["wallet_bonus_tiers"]])
    if "wallet_credit_name" in values and isinstance(values["wallet_credit_name"], str):
        values["wallet_credit_name"] = values["wallet_credit_name"].strip()
    old = get_settings(session)
    changes_worth = any(
        k in values and values[k] != old[k] for k in ("wallet_unit", "wallet_credit_price_cents")
    ) and (old["wallet_unit"] == "credits" or values.get("wallet_unit") == "credits")
    if changes_worth and session.scalar(
        select(func.count()).select_from(Wallet).where(Wallet.paid_units + Wallet.bonus_units > 0)
    ):
        raise UserError("wallet_unit_in_use", field="wallet_unit")
    shop_settings.put(session, **values)
    return get_settings(session)


# --------------------------------------------------------------------------- check, follow-ups


def wallet_problems(session: Session) -> list[str]:
    """Cached balances equal their ledgers, running balances follow, nothing
    negative (for app.check)."""
    problems = []
    sums = (select(WalletEntry.member_id, func.sum(WalletEntry.paid_units).label("p"),
                   func.sum(WalletEntry.bonus_units).label("b"))
            .group_by(WalletEntry.member_id).subquery())
    rows = session.execute(
        select(Wallet.member_id, Wallet.paid_units, Wallet.bonus_units,
               func.coalesce(sums.c.p, 0), func.coalesce(sums.c.b, 0))
        .outerjoin(sums, sums.c.member_id == Wallet.member_id)
        .where((Wallet.paid_units != func.coalesce(sums.c.p, 0)) | (Wallet.bonus_units != func.coalesce(sums.c.b, 0)))
    )
    for mid, p, b, lp, lb in rows:
        problems.append(f"wallet of member id {mid}: balances paid {p} bonus {b} but the ledger sums to {lp} / {lb}")
    orphan = session.execute(
        select(WalletEntry.member_id).where(WalletEntry.member_id.not_in(select(Wallet.member_id))).distinct()
    ).scalars().all()
    for mid in orphan:
        problems.append(f"wallet ledger of member id {mid} has no wallet row")
    for mid, p, b in session.execute(select(Wallet.member_id, Wallet.paid_units, Wallet.bonus_units)
                                     .where((Wallet.paid_units < 0) | (Wallet.bonus_units < 0))):
        problems.append(f"wallet of member id {mid}: negative balance paid {p} bonus {b}")
    prev_p = func.lag(WalletEntry.paid_after, 1, 0).over(partition_by=WalletEntry.member_id, order_by=WalletEntry.id)
    prev_b = func.lag(WalletEntry.bonus_after, 1, 0).over(partition_by=WalletEntry.member_id, order_by=WalletEntry.id)
    chain = select(WalletEntry.id, WalletEntry.paid_units, WalletEntry.bonus_units, WalletEntry.paid_after,
                   WalletEntry.bonus_after, prev_p.label("pp"), prev_b.label("pb")).subquery()
    for eid, p, b, pa, ba, pp, pb in session.execute(
        select(chain).where((chain.c.pp + chain.c.paid_units != chain.c.paid_after)
                            | (chain.c.pb + chain.c.bonus_units != chain.c.bonus_after)
                            | (chain.c.paid_after < 0) | (chain.c.bonus_after < 0))
    ):
        problems.append(f"wallet entry {eid}: {pp}/{pb} {p:+d}/{b:+d} recorded as {pa}/{ba}")
    return problems


def _unused_balances(session: Session, as_of: dt.date, lang: str):
    """Follow-up provider: members with stored value left (one indexed scan)."""
    from app.followups import Balance

    u = unit(session)
    for mid, total in session.execute(
        select(Wallet.member_id, Wallet.paid_units + Wallet.bonus_units)
        .where(Wallet.paid_units + Wallet.bonus_units > 0)
    ):
        yield Balance(mid, partial(_balance_text, u, int(total), lang))


def _balance_text(u, total: int, lang: str) -> str:
    return messages.text("wallet_balance_desc", lang, amount=u.format(total, lang))


def _register() -> None:
    from app import followups

    followups.register_balance_provider("wallet", _unused_balances)


_register()
