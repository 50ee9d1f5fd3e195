"""Points expiry: points expire N months after they were earned, oldest first.

Setting ``prog_expiry_months`` (0 = never). Points credited on day d are
valid through the same date N months later (clamped to the month's end: 31
January + 1 month = 28/29 February) and gone from the next day.

Oldest spent first (FIFO). Every debit - spending, redeeming, a negative
adjustment - uses the oldest points still there, so as of a cutoff C the
points that must have expired are::

    expired = credits before C - take-backs of sales made before C
              - every other debit ever - everything already expired

never below zero. A refund's take-back nets against the sale it belongs to
rather than the oldest points (those points are the sale's). The formula is
cumulative, so one run catches up however long the shop was closed, and a
second run the same day finds nothing: the job (:func:`run`) is idempotent.
It never takes more than the balance (the credits after C always cover their
own take-backs), so it can never make a balance negative.

Refund take-backs and expiry never remove the same points twice: a refund of
a sale whose points already expired takes back only the part that had not
(:func:`expired_part_of_sale`); the rest is counted as the refund's shortfall.

Finding who has points to expire is one set-based query: the cached
balance less what was credited since the cutoff (a covering index on the
ledger, ``ix_points_ledger_expiry``); each member found is then re-checked
under their row lock and gets one ``expire`` entry through
``app.points.post``.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import auth
from app import points as ledger
from app import settings as shop_settings
from app.programs import config  # noqa: F401
from app.programs.state import add_months
from db.models import Member, PointsEntry, Refund, Sale


@dataclass(frozen=True)
class ExpiryRun:
    cutoff: dt.date | None
    members: int
    points: int


@dataclass(frozen=True)
class ExpiringSoon:
    points: int
    valid_until: dt.date  # the last day the first of them can be used


def cutoff_for(today: dt.date, months: int) -> dt.date:
    """Points credited before this day have expired by ``today``."""
    return add_months(today, -months)


def _due_select(cutoff: dt.datetime, member_ids=None):
    """Members with points to expire as of ``cutoff``, and how many.

    The formula above rearranged with the cached balance: what must expire is
    the balance less what was credited since the cutoff (net of take-backs of
    sales made since), so only the recent part of the ledger is summed, from
    the covering index ix_points_ledger_expiry, and take-backs come from the
    (small) refunds table.
    """
    recent = select(PointsEntry.member_id.label("mid"), func.sum(PointsEntry.points).label("pts")).where(
        PointsEntry.points > 0, PointsEntry.occurred_at >= cutoff)
    back = (select(Sale.member_id.label("mid"), func.sum(Refund.points_taken_back).label("pts"))
            .join(Sale, Sale.id == Refund.sale_id)
            .where(Sale.occurred_at >= cutoff, Refund.points_taken_back > 0))
    if member_ids is not None:
        recent = recent.where(PointsEntry.member_id.in_(member_ids))
        back = back.where(Sale.member_id.in_(member_ids))
    recent = recent.group_by(PointsEntry.member_id).subquery("recent")
    back = back.group_by(Sale.member_id).subquery("back")
    due = Member.points_balance - func.coalesce(recent.c.pts, 0) + func.coalesce(back.c.pts, 0)
    stmt = (
        select(Member.id, due.label("due"))
        .outerjoin(recent, recent.c.mid == Member.id)
        .outerjoin(back, back.c.mid == Member.id)
        .where(Member.points_balance > 0, due > 0)
    )
    if member_ids is not None:
        stmt = stmt.where(Member.id.in_(member_ids))
    return stmt


def candidates(session: Session, today: dt.date, months: int) -> list[tuple[int, int]]:
    """(member id, points to expire) for every member with any (one query)."""
    cutoff = dt.datetime.combine(cutoff_for(today, months), dt.time())
    return [(m, int(d)) for m, d in session.execute(_due_select(cutoff))]


def expire_member(session: Session, member_id: int, *, now: dt.datetime, months: int) -> int:
    """Write the member's expiry entry if any is due (under their row lock).
    Returns the points expired."""
    member = ledger.lock_member(session, member_id)
    cut = cutoff_for(now.date(), months)
    cutoff = dt.datetime.combine(cut, dt.time())
    # the same formula for one member: two small indexed sums
    recent = session.scalar(select(func.coalesce(func.sum(PointsEntry.points), 0)).where(
        PointsEntry.member_id == member_id, PointsEntry.points > 0, PointsEntry.occurred_at >= cutoff))
    back = session.scalar(select(func.coalesce(func.sum(Refund.points_taken_back), 0))
                          .join(Sale, Sale.id == Refund.sale_id)
                          .where(Sale.member_id == member_id, Sale.occurred_at >= cutoff))
    amount = min(member.points_balance - int(recent) + int(back), member.points_balance)
    if amount <= 0:
        return 0
    ledger.post(session, member, -amount, "expire", now=now, staff_id=auth.current(session).staff_id,
                reason=f"< {cut.isoformat()}")
    return amount


def run(session: Session, *, now: dt.datetime | None = None, member_ids=None) -> ExpiryRun:
    """Expire what is due for every member (or ``member_ids``), in this
    transaction. For a whole shop, :func:`catch_up` splits it into small
    transactions so the counters are never held up."""
    now = now or dt.datetime.now()
    months = shop_settings.get(session, "prog_expiry_months")
    if not months:
        return ExpiryRun(None, 0, 0)
    cut = cutoff_for(now.date(), months)
    ids = [m for m, _d in candidates(session, now.date(), months)] if member_ids is None else list(member_ids)
    n = total = 0
    staff = auth.current(session).staff_id
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        # lock the members first (PostgreSQL: FOR UPDATE; SQLite holds the
        # write lock already), then read what is due for all of them at once
        locked = {m.id: m for m in session.execute(
            select(Member).where(Member.id.in_(chunk)).with_for_update()
            .execution_options(populate_existing=True)).scalars()}
        for mid, due in session.execute(_due_select(dt.datetime.combine(cut, dt.time()), chunk)).all():
            member = locked[mid]
            amount = min(int(due), member.points_balance)
            if amount > 0:
                ledger.post(session, member, -amount, "expire", now=now, staff_id=staff, reason=f"< {cut.isoformat()}")
                n, total = n + 1, total + amount
    return ExpiryRun(cut, n, total)


def catch_up(shop, *, now: dt.datetime | None = None, chunk: int = 500,
             stop: Callable[[], bool] | None = None) -> ExpiryRun:
    """Run expiry for the whole shop at start: one read to find candidates,
    then transactions of ``chunk`` members.

    ``stop()`` is asked between transactions (the window is closing): the run
    ends there with what it wrote, and is not marked done, so the next start
    picks up the rest (every chunk is idempotent)."""
    now = now or dt.datetime.now()
    with shop.read() as s:
        months = shop_settings.get(s, "prog_expiry_months")
        if not months:
            return ExpiryRun(None, 0, 0)
        done = f"{now.date().isoformat()}/{months}"
        if shop_settings.get(s, "prog_expiry_done") == done:
            return ExpiryRun(cutoff_for(now.date(), months), 0, 0)  # already caught up today
        ids = [m for m, _d in candidates(s, now.date(), months)]
    n = total = 0
    for i in range(0, len(ids), chunk):
        if stop is not None and stop():
            return ExpiryRun(cutoff_for(now.date(), months), n, total)
        with shop.transaction() as s:
            r = run(s, now=now, member_ids=ids[i:i + chunk])
            n, total = n + r.members, total + r.points
    with shop.transaction() as s:
        shop_settings.put(s, prog_expiry_done=done)
    return ExpiryRun(cutoff_for(now.date(), months), n, total)


# --------------------------------------------------------------------------- one member, FIFO


def _lots(session: Session, member_id: int) -> list[dict]:
    """Replay the member's ledger oldest first: what is left of each credit,
    how much of it expired and how much a refund took back."""
    lots: list[dict] = []

    def consume(amount: int, field: str, prefer_sale: int | None = None) -> None:
        order = lots
        if prefer_sale is not None:
            order = [l for l in lots if l["sale_id"] == prefer_sale] + [l for l in lots if l["sale_id"] != prefer_sale]
        for lot in order:
            if amount <= 0:
                break
            take = min(lot["left"], amount)
            if take:
                lot["left"] -= take
                lot[field] += take
                amount -= take

    for kind, pts, at, sale_id in session.execute(
        select(PointsEntry.kind, PointsEntry.points, PointsEntry.occurred_at, PointsEntry.sale_id)
        .where(PointsEntry.member_id == member_id).order_by(PointsEntry.id)
    ):
        if pts > 0:
            lots.append({"day": at.date(), "amount": pts, "left": pts, "expired": 0, "taken": 0, "used": 0,
                         "sale_id": sale_id if kind == "earn" else None})
        elif kind == "expire":
            consume(-pts, "expired")
        elif kind == "take_back":
            consume(-pts, "taken", prefer_sale=sale_id)
        elif pts < 0:
            consume(-pts, "used")
    return lots


def expiring_soon(session: Session, member_id: int, today: dt.date, *, rule: dict | None = None) -> ExpiringSoon | None:
    """Points that will expire within the warning window (for the cashier)."""
    rule = rule or shop_settings.get_all(session)
    months, days = rule["prog_expiry_months"], rule["prog_expiry_warn_days"]
    if not months:
        return None
    horizon = today + dt.timedelta(days=days)
    soon = [(add_months(l["day"], months), l["left"]) for l in _lots(session, member_id) if l["left"] > 0]
    soon = [(d, n) for d, n in soon if d <= horizon]
    if not soon:
        return None
    return ExpiringSoon(sum(n for _d, n in soon), min(d for d, _n in soon))


def expired_part_of_sale(session: Session, member_id: int, sale_id: int) -> int:
    """How many of the points a sale earned have expired (a refund must not
    take those back again)."""
    return sum(l["expired"] for l in _lots(session, member_id) if l["sale_id"] == sale_id)


def limit_take_back(session: Session, sale, take: int, prior: int) -> tuple[int, int]:
    """Cut a refund's take-back to the sale's points that have not expired.

    Args:
        take: points the refund would take back.
        prior: what earlier refunds of the sale took back or recorded as
            shortfall.

    Returns:
        (points to take back, points not taken because they expired).
    """
    if take <= 0 or sale.member_id is None:
        return take, 0
    gone = expired_part_of_sale(session, sale.member_id, sale.id)
    if not gone:
        return take, 0
    allowed = max(0, sale.points_earned - gone - prior)
    return min(take, allowed), take - min(take, allowed)
