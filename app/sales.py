"""Sales and refunds.

A sale carries a client-made ``sale_key`` (unique in the database): saving the
same sale twice (a retried click, a resent request) returns the first result
and posts nothing more. Refunds take back earned points and give back spent
points pro rata, cumulatively, so several partial refunds add up exactly to a
full one. No balance goes negative: what cannot be taken back is recorded as
a shortfall and reported to the cashier.
"""
from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, replace
from fractions import Fraction
from typing import Sequence

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app import memberstats
from app import points as ledger
from app import settings as shop_settings
from app.errors import UserError
from app.programs import wallet
from app.textparse import MAX_SALE_CENTS, clean_text, format_plain
from db.models import Refund, Sale, SaleLine

PAYMENT_METHODS = ("cash", "card", "mobile", "transfer", "other")


def new_key() -> str:
    return uuid.uuid4().hex


def _ratio(value: int, num: int, den: int) -> int:
    """round-half-up(value * num / den) in integers."""
    return (2 * value * num + den) // (2 * den)


def points_for(paid_cents: int, rule: dict, multiplier: Fraction | int = 1) -> int:
    """Points earned on ``paid_cents`` by the shop's rule (see app.settings),
    times ``multiplier`` (exact; app.programs.rules), rounded once."""
    if paid_cents <= 0 or paid_cents < rule["min_spend_cents"]:
        return 0
    num, den = paid_cents * rule["earn_points"] * multiplier, rule["earn_per_cents"]
    mode = rule["earn_rounding"]
    if mode == "ceil":
        return -(-num // den)
    if mode == "round":
        return (2 * num + den) // (2 * den)
    return num // den


def discount_for(points: int, rule: dict) -> int:
    """Money value in minor units of spending ``points`` as a discount."""
    step = rule["redeem_points"]
    if points % step:
        raise UserError("points_step", field="points", step=step)
    return points // step * rule["redeem_value_cents"]


@dataclass(frozen=True)
class Line:
    description: str
    unit_price_cents: int
    quantity: int = 1
    category: str | None = None


@dataclass(frozen=True)
class SaleResult:
    sale_id: int
    sale_key: str
    member_id: int | None
    total_cents: int
    discount_cents: int
    paid_cents: int
    points_spent: int
    points_earned: int
    balance_after: int | None
    occurred_at: dt.datetime
    duplicate: bool = False
    coupon_discount_cents: int = 0
    wallet_cents: int = 0  # the part of paid_cents paid from stored value
    tier_discount_cents: int = 0  # the member's tier discount (app.programs.tiers)
    earn_reasons: tuple = ()  # app.programs.rules.EarnReason: what multiplied the points and why
    programs: object | None = None  # app.programs.rules.SaleOutcome (tier upgrade, stamps, referral)


def _earn_reasons(text: str | None) -> tuple:
    from app.programs.rules import decode_reasons

    return decode_reasons(text)


def _result(session: Session, sale: Sale, duplicate: bool) -> SaleResult:
    balance = None
    if sale.member_id is not None:
        balance = session.scalar(
            select(ledger.Member.points_balance).where(ledger.Member.id == sale.member_id)
        )
    return SaleResult(
        sale.id,
        sale.sale_key,
        sale.member_id,
        sale.total_cents,
        sale.points_discount_cents,
        sale.paid_cents,
        sale.points_spent,
        sale.points_earned,
        balance,
        sale.occurred_at,
        duplicate,
        sale.coupon_discount_cents,
        wallet_cents=sale.wallet_cents,
        tier_discount_cents=sale.tier_discount_cents,
        earn_reasons=_earn_reasons(sale.earn_reasons),
    )


def record_sale(
    session: Session,
    *,
    sale_key: str,
    member_id: int | None,
    amount_cents: int | None = None,
    lines: Sequence[Line] = (),
    category: str | None = None,
    points_to_spend: int = 0,
    staff_id: int | None = None,
    payment_method: str = "cash",
    note: str | None = None,
    now: dt.datetime | None = None,
    source: str = "counter",
    coupon_code: str | None = None,
    counter: str = "",
    wallet_cents: int = 0,
) -> SaleResult:
    """Record a sale for a member (or a walk-in when ``member_id`` is None).

    Args:
        amount_cents: the goods' total; computed from ``lines`` when None.
        points_to_spend: points used as a discount (a multiple of the
            shop's step), taken before points are earned on what is paid.
        source: ``counter`` earns points; ``import`` records history only.
        coupon_code: a coupon used on this sale; it comes off first, then
            points, and is used if and only if the sale is saved.
        counter: which till (shown when someone tries the coupon again).
        wallet_cents: the part of what is paid that comes from the member's
            stored value (app.programs.wallet); the rest by ``payment_method``.

    Returns:
        The result; ``duplicate`` is True when ``sale_key`` had been saved.
    """
    now = now or dt.datetime.now()
    existing = session.scalars(select(Sale).where(Sale.sale_key == sale_key)).first()
    for l in lines:
        # A zero or negative quantity, or a negative price, would let a line
        # quietly cancel another and leave line-level history meaningless.
        if l.quantity < 1 or l.unit_price_cents < 0:
            raise UserError("line_invalid", field="lines", description=l.description)
    if lines:
        total = sum(l.unit_price_cents * l.quantity for l in lines)
        if amount_cents is not None and amount_cents != total:
            raise UserError("amount_invalid", field="amount", value=format_plain(amount_cents))
        amount_cents = total
    if amount_cents is None:
        raise UserError("amount_required", field="amount")
    if amount_cents <= 0:
        raise UserError("amount_not_positive", field="amount")
    if amount_cents > MAX_SALE_CENTS:
        raise UserError("amount_too_large", field="amount", value=format_plain(amount_cents), max=format_plain(MAX_SALE_CENTS))
    if existing is not None:
        if (existing.member_id, existing.total_cents, existing.points_spent, existing.wallet_cents) != (
            member_id,
            amount_cents,
            points_to_spend,
            wallet_cents,
        ):
            raise UserError("sale_key_reused")
        return _result(session, existing, duplicate=True)
    if payment_method not in PAYMENT_METHODS:
        raise ValueError(f"payment method {payment_method!r}")
    if points_to_spend < 0:
        raise UserError("points_not_positive", field="points")
    if member_id is None and points_to_spend:
        raise UserError("walkin_no_points", field="points")
    rule = shop_settings.get_all(session)
    coupon_off = 0
    if coupon_code:
        from app import coupons

        coupon_off = coupons.quote(
            session, code=coupon_code, member_id=member_id, sale_total_cents=amount_cents, now=now
        )
    # loyalty programmes (issue 6): the tier discount and the points multiplier
    from app.programs import rules as program_rules

    plan = program_rules.plan(
        session, member_id=member_id, base_cents=amount_cents - coupon_off, now=now, rule=rule, source=source,
        lines=[(l.category or category, l.unit_price_cents * l.quantity) for l in lines] or [(category, amount_cents)],
    )
    tier_off = plan.tier_discount_cents
    discount = discount_for(points_to_spend, rule) if points_to_spend else 0
    if discount > amount_cents - coupon_off - tier_off:
        raise UserError(
            "discount_exceeds_total",
            field="points",
            discount=format_plain(discount),
            total=format_plain(amount_cents),
        )
    paid = amount_cents - coupon_off - tier_off - discount
    earn_base = wallet.sale_points_base(session, member_id, paid, wallet_cents)
    earned = points_for(earn_base, rule, plan.multiplier) if (member_id is not None and source == "counter") else 0
    member = ledger.lock_member(session, member_id) if member_id is not None else None
    if member is not None and points_to_spend > member.points_balance:
        raise UserError(
            "not_enough_points", field="points", name=member.name,
            balance=member.points_balance, needed=points_to_spend,
        )
    sale = Sale(
        sale_key=sale_key,
        member_id=member_id,
        staff_id=staff_id,
        occurred_at=now,
        total_cents=amount_cents,
        points_spent=points_to_spend,
        points_discount_cents=discount,
        coupon_discount_cents=coupon_off,
        tier_discount_cents=tier_off,
        earn_reasons=program_rules.encode_reasons(plan.reasons) if earned else None,
        wallet_cents=wallet_cents,
        points_earned=earned,
        category=clean_text(category, 60, "category") or None,
        payment_method=payment_method,
        source=source,
        note=clean_text(note, 500, "note"),
        created_at=dt.datetime.now(),
    )
    sale.lines = [
        SaleLine(
            description=clean_text(l.description, 120, "description"),
            category=clean_text(l.category, 60, "category") or None,
            quantity=l.quantity,
            unit_price_cents=l.unit_price_cents,
            amount_cents=l.unit_price_cents * l.quantity,
        )
        for l in lines
    ]
    try:
        with session.begin_nested():
            session.add(sale)
            session.flush()
    except IntegrityError:
        # the same key saved concurrently by a retry on another connection
        again = session.scalars(select(Sale).where(Sale.sale_key == sale_key)).first()
        if again is None:
            raise
        return _result(session, again, duplicate=True)
    if coupon_code:
        used = coupons.redeem(
            session, code=coupon_code, member_id=member_id, sale_total_cents=amount_cents,
            counter=counter, now=now, sale_id=sale.id, staff_id=staff_id,
        )
        assert used.discount_cents == coupon_off
    if member is not None:
        if points_to_spend:
            ledger.post(session, member, -points_to_spend, "spend", now=now, sale_id=sale.id, staff_id=staff_id)
        if earned:
            ledger.post(session, member, earned, "earn", now=now, sale_id=sale.id, staff_id=staff_id)
        if member.last_purchase_at is None or now > member.last_purchase_at:
            member.last_purchase_at = now
        session.flush()
        memberstats.note_purchase(session, member.id, now, paid)
        wallet.pay_for_sale(session, sale, staff_id=staff_id, now=now)
        programs = program_rules.after_sale(session, member=member, sale=sale, paid_cents=paid, now=now,
                                            staff_id=staff_id, rule=rule)
    session.flush()
    result = _result(session, sale, duplicate=False)
    return replace(result, programs=programs) if member is not None else result


@dataclass(frozen=True)
class RefundResult:
    refund_id: int
    sale_id: int
    amount_cents: int
    points_taken_back: int
    points_returned: int
    shortfall_points: int
    balance_after: int | None
    sale_status: str
    duplicate: bool = False
    wallet_cents: int = 0  # of amount_cents, what went back to stored value


def _refund_result(session: Session, r: Refund, duplicate: bool) -> RefundResult:
    sale = session.get(Sale, r.sale_id)
    balance = None
    if sale.member_id is not None:
        balance = session.scalar(select(ledger.Member.points_balance).where(ledger.Member.id == sale.member_id))
    return RefundResult(
        r.id, r.sale_id, r.amount_cents, r.points_taken_back, r.points_returned,
        r.shortfall_points, balance, sale.status, duplicate, r.wallet_cents,
    )


def refundable_cents(sale: Sale) -> int:
    return sale.paid_cents - sale.refunded_cents


# A refund or void giving back more than this needs an owner or a manager
# (app.auth "refund_over_limit"); 0 means every refund does.
shop_settings.register("refund_limit_cents", 100000, lambda v: isinstance(v, int) and 0 <= v <= MAX_SALE_CENTS)


def refund_sale(
    session: Session,
    *,
    sale_id: int,
    refund_key: str,
    amount_cents: int | None = None,
    void: bool = False,
    staff_id: int | None = None,
    reason: str | None = None,
    now: dt.datetime | None = None,
) -> RefundResult:
    """Refund part or all of a sale, or void it.

    Args:
        amount_cents: money given back; None (or ``void``) refunds all that
            is left. Points the sale earned are taken back and points spent on
            it are given back in the same proportion of the money paid.

    Returns:
        What moved, including any ``shortfall_points`` (earned points the
        member had already spent; the balance stops at zero).
    """
    now = now or dt.datetime.now()
    existing = session.scalars(select(Refund).where(Refund.refund_key == refund_key)).first()
    if existing is not None:
        # A retry is harmless only if it asks for the same thing; a key reused
        # for another sale or amount must not report someone else's refund.
        if (
            existing.sale_id != sale_id
            or existing.kind != ("void" if void else "refund")
            or (not void and amount_cents is not None and amount_cents != existing.amount_cents)
        ):
            raise UserError("refund_key_reused")
        return _refund_result(session, existing, duplicate=True)
    sale = session.execute(
        select(Sale).where(Sale.id == sale_id).with_for_update().execution_options(populate_existing=True)
    ).scalar_one_or_none()
    if sale is None:
        raise UserError("sale_not_found", value=str(sale_id))
    paid = sale.paid_cents
    left = paid - sale.refunded_cents
    if sale.status in ("refunded", "voided"):
        raise UserError("refund_nothing_left")
    if paid == 0 and not void:
        # checked before the amount so the cashier is told to void, not
        # that "at most 0.00" can be refunded
        raise UserError("refund_points_only")
    if void or amount_cents is None:
        amount_cents = left
    elif amount_cents <= 0:
        raise UserError("amount_not_positive", field="amount")
    elif amount_cents > left:
        raise UserError("refund_too_much", field="amount", max=format_plain(left))
    from app import audit, auth

    limit = shop_settings.get(session, "refund_limit_cents")
    if amount_cents > limit:
        auth.require(
            session, "refund_over_limit", target_type="sale", target_id=sale.id, member_id=sale.member_id,
            detail=f"{'void' if void else 'refund'} {format_plain(amount_cents)}",
            refusal=UserError("refund_limit_needs_manager", limit=format_plain(limit)),
        )
    staff_id = auth.staff_id(session, staff_id)
    new_refunded = sale.refunded_cents + amount_cents
    full = new_refunded >= paid
    num, den = (1, 1) if full else (new_refunded, paid)
    prior = session.execute(
        select(
            func.coalesce(func.sum(Refund.points_taken_back + Refund.shortfall_points), 0),
            func.coalesce(func.sum(Refund.points_returned), 0),
        ).where(Refund.sale_id == sale.id)
    ).one()
    take = _ratio(sale.points_earned, num, den) - int(prior[0])
    give = _ratio(sale.points_spent, num, den) - int(prior[1])
    from app.programs import expiry, stamps  # expired points are not taken back twice (issue 6)

    take, expired_cut = expiry.limit_take_back(session, sale, take, int(prior[0]))
    refund = Refund(
        refund_key=refund_key,
        sale_id=sale.id,
        staff_id=staff_id,
        kind="void" if void else "refund",
        amount_cents=amount_cents,
        reason=clean_text(reason, 500, "reason"),
        occurred_at=now,
    )
    session.add(refund)
    session.flush()
    if sale.member_id is not None and (take or give):
        member = ledger.lock_member(session, sale.member_id)
        if give:
            ledger.post(session, member, give, "return", now=now, sale_id=sale.id,
                        refund_id=refund.id, staff_id=staff_id, reason=refund.reason)
            refund.points_returned = give
        if take:
            e = ledger.post(session, member, -take, "take_back", now=now, allow_partial=True,
                            sale_id=sale.id, refund_id=refund.id, staff_id=staff_id, reason=refund.reason)
            refund.points_taken_back = -e.points
            refund.shortfall_points = e.shortfall
    refund.shortfall_points = (refund.shortfall_points or 0) + expired_cut
    status_before = sale.status
    # the wallet's share goes back to the wallet (refuses a package's sale)
    wallet.refund_for_sale(session, sale, refund, num=num, den=den, staff_id=staff_id, now=now)
    sale.refunded_cents = new_refunded
    sale.status = ("voided" if void else "refunded") if full else "partially_refunded"
    if full and sale.member_id is not None:
        ledger.lock_member(session, sale.member_id)
        stamps.on_refund(session, sale.member_id, sale_id=sale.id, now=now, staff_id=staff_id)
    if sale.member_id is not None:
        # what was kept is what counts as spend for follow-ups
        memberstats.recompute_member(session, sale.member_id, since=sale.occurred_at.date())
    session.flush()
    audit.record(
        session, refund.kind, target_type="sale", target_id=sale.id, member_id=sale.member_id,
        before={"refunded_cents": new_refunded - amount_cents, "status": status_before},
        after={"refunded_cents": new_refunded, "status": sale.status, "refund_id": refund.id,
               "amount_cents": amount_cents, "points_taken_back": refund.points_taken_back,
               "points_returned": refund.points_returned},
        detail=refund.reason, now=now,
    )
    return _refund_result(session, refund, duplicate=False)


@dataclass(frozen=True)
class SaleRow:
    id: int
    occurred_at: dt.datetime
    total_cents: int
    discount_cents: int
    refunded_cents: int
    points_earned: int
    points_spent: int
    category: str | None
    payment_method: str
    status: str
    source: str
    staff_id: int | None


def member_sales(session: Session, member_id: int, limit: int = 500) -> list[SaleRow]:
    rows = session.scalars(
        select(Sale).where(Sale.member_id == member_id).order_by(Sale.occurred_at.desc(), Sale.id.desc()).limit(limit)
    )
    return [
        SaleRow(s.id, s.occurred_at, s.total_cents, s.points_discount_cents, s.refunded_cents,
                s.points_earned, s.points_spent, s.category, s.payment_method, s.status, s.source, s.staff_id)
        for s in rows
    ]


def recent_sales(session: Session, member_id: int | None = None, limit: int = 20) -> list[SaleRow]:
    """Latest sales (for the refund picker at the counter)."""
    stmt = select(Sale).order_by(Sale.id.desc()).limit(limit)
    if member_id is not None:
        stmt = stmt.where(Sale.member_id == member_id)
    return [
        SaleRow(s.id, s.occurred_at, s.total_cents, s.points_discount_cents, s.refunded_cents,
                s.points_earned, s.points_spent, s.category, s.payment_method, s.status, s.source, s.staff_id)
        for s in session.scalars(stmt)
    ]
