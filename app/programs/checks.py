"""Consistency of the programmes' ledgers (called by app.check).

Stamps are a ledger like points: the cached ``member_programs.stamps_balance``
must equal the sum of the member's entries, each entry's ``balance_after``
must follow from the one before, nothing is negative; and expiry must never
have taken points a member did not have (an ``expire`` entry is a debit that
leaves the balance at zero or above).
"""
from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import PointsEntry
from db.program_models import MemberProgram, StampEntry


def problems(session: Session) -> list[str]:
    out: list[str] = []
    sums = (
        select(StampEntry.member_id, func.sum(StampEntry.stamps).label("total"))
        .group_by(StampEntry.member_id).subquery()
    )
    for mid, cached, total in session.execute(
        select(MemberProgram.member_id, MemberProgram.stamps_balance, func.coalesce(sums.c.total, 0))
        .outerjoin(sums, sums.c.member_id == MemberProgram.member_id)
        .where(MemberProgram.stamps_balance != func.coalesce(sums.c.total, 0))
    ):
        out.append(f"member id {mid}: stamps balance {cached} but the stamp ledger sums to {total}")
    orphans = select(StampEntry.member_id).where(
        ~StampEntry.member_id.in_(select(MemberProgram.member_id))).distinct()
    for (mid,) in session.execute(orphans):
        out.append(f"member id {mid}: stamp entries but no programme row")
    for mid, bal in session.execute(
        select(MemberProgram.member_id, MemberProgram.stamps_balance).where(MemberProgram.stamps_balance < 0)
    ):
        out.append(f"member id {mid}: negative stamps balance {bal}")
    prev = func.lag(StampEntry.balance_after, 1, 0).over(partition_by=StampEntry.member_id, order_by=StampEntry.id)
    chain = select(StampEntry.id, StampEntry.member_id, StampEntry.stamps, StampEntry.balance_after,
                   prev.label("prev")).subquery()
    for eid, mid, n, after, before in session.execute(
        select(chain).where(chain.c.prev + chain.c.stamps != chain.c.balance_after)
    ):
        out.append(f"stamp entry {eid} (member id {mid}): {before} {n:+d} should be {before + n}, recorded {after}")
    for eid, mid, pts, after in session.execute(
        select(PointsEntry.id, PointsEntry.member_id, PointsEntry.points, PointsEntry.balance_after)
        .where(PointsEntry.kind == "expire", (PointsEntry.points > 0) | (PointsEntry.balance_after < 0))
    ):
        out.append(f"points entry {eid} (member id {mid}): expiry of {pts} left the balance at {after}")
    return out
