"""The points ledger: every change to a balance is an appended entry.

The member row carries a cached ``points_balance``; it is changed only by
:func:`post`, in the same transaction as the entry, with the member row locked
(SQLite: the write lock taken by BEGIN IMMEDIATE; PostgreSQL: SELECT ... FOR
UPDATE), so two counters can never spend the same points.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import UserError
from app.textparse import clean_text, parse_points
from db.models import Member, PointsEntry

KINDS = (
    "opening",  # balance carried over from a previous system
    "earn",  # earned on a sale
    "spend",  # spent as a discount on a sale
    "take_back",  # earned points taken back by a refund
    "return",  # spent points given back by a refund
    "redeem",  # spent on a reward
    "redeem_undo",  # a redemption undone
    "adjust",  # manual adjustment with a reason
    "expire",  # expired N months after earning, oldest first (app/programs/expiry.py)
    "referral",  # the referrer's award for a new customer's first purchase (app/programs/referrals.py)
    "checkin",  # the daily check-in at the counter (app/programs/checkin.py)
    "merge_out",  # a duplicate member's balance moved to the member it was merged into (app/merge.py)
    "merge_in",  # ... and arriving there
)


def lock_member(session: Session, member_id: int) -> Member:
    """Load the member with its row locked for this transaction."""
    m = session.execute(
        select(Member)
        .where(Member.id == member_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).scalar_one_or_none()
    if m is None:
        raise UserError("member_not_found", value=str(member_id))
    return m


def post(
    session: Session,
    member: Member,
    points: int,
    kind: str,
    *,
    now: dt.datetime,
    allow_partial: bool = False,
    **links,
) -> PointsEntry:
    """Append an entry and move the cached balance.

    ``member`` must come from :func:`lock_member` in this transaction. A debit
    larger than the balance raises ``not_enough_points`` unless
    ``allow_partial``: then the balance goes to zero and the rest is recorded
    as the entry's ``shortfall``.
    """
    assert kind in KINDS, kind
    shortfall = 0
    if points < 0 and member.points_balance + points < 0:
        if not allow_partial:
            raise UserError(
                "not_enough_points",
                name=member.name,
                balance=member.points_balance,
                needed=-points,
            )
        shortfall = -(member.points_balance + points)
        points = -member.points_balance
    member.points_balance += points
    entry = PointsEntry(
        member_id=member.id,
        occurred_at=now,
        kind=kind,
        points=points,
        balance_after=member.points_balance,
        shortfall=shortfall,
        **links,
    )
    session.add(entry)
    session.flush()
    return entry


def adjust(
    session: Session,
    *,
    member_id: int,
    points: int,
    reason: str,
    staff_id: int | None = None,
    now: dt.datetime | None = None,
) -> PointsEntry:
    """Manual adjustment (e.g. a goodwill gesture); a reason is required."""
    reason = clean_text(reason, max_len=500, field="reason")
    if not reason:
        raise UserError("reason_required", field="reason")
    # parse_points caps absurd values (10**20 would crash SQLite's INTEGER)
    # and accepts what was typed ("-５０") as well as an int.
    points = parse_points(points, field="points", allow_negative=True)
    if points == 0:
        raise UserError("adjust_zero", field="points")
    from app import audit, auth

    auth.require(session, "adjust_balance", target_type="member", target_id=member_id, member_id=member_id,
                 detail=f"{points:+d}: {reason}")
    m = lock_member(session, member_id)
    if m.points_balance + points < 0:
        raise UserError(
            "not_enough_points", field="points", name=m.name,
            balance=m.points_balance, needed=-points,
        )
    before = m.points_balance
    entry = post(
        session, m, points, "adjust", now=now or dt.datetime.now(), staff_id=auth.staff_id(session, staff_id),
        reason=reason,
    )
    audit.record(session, "points_adjust", target_type="member", target_id=m.id, member_id=m.id,
                 before={"points_balance": before}, after={"points_balance": m.points_balance},
                 detail=reason, now=entry.occurred_at)
    return entry


@dataclass(frozen=True)
class LedgerRow:
    id: int
    occurred_at: dt.datetime
    kind: str
    points: int
    balance_after: int
    shortfall: int
    sale_id: int | None
    reason: str
    staff_id: int | None


def ledger(session: Session, member_id: int) -> list[LedgerRow]:
    """The member's ledger, newest first, with the running balance."""
    rows = session.scalars(
        select(PointsEntry).where(PointsEntry.member_id == member_id).order_by(PointsEntry.id.desc())
    )
    return [
        LedgerRow(
            e.id, e.occurred_at, e.kind, e.points, e.balance_after, e.shortfall, e.sale_id, e.reason, e.staff_id
        )
        for e in rows
    ]
