"""Per-member purchase figures, so the follow-up list never scans ``sales``.

:class:`db.models.MemberStats` holds, per member: visits (days with a purchase
that was not voided), the first and last visit, the sums of the gaps between
visits (the rhythm: mean and spread), the day the next visit is expected, and
spend per quarter in five buckets counted back from the latest visit's quarter
(enough for "spend in the four whole quarters before today's").

Two ways keep it right:

- :func:`note_purchase`, called by ``record_sale`` for each member sale: O(1)
  for a purchase on or after the last visit; an older (back-dated) purchase
  rebuilds just that member from ``sales`` (:func:`recompute_member`).
- :func:`recompute_stats`: rebuilds every member (or a list of members) from
  ``sales`` in one set-based statement; for bulk loads (demo, import) that
  insert sales without ``record_sale``, and for the migration.

Spend is what the customer paid (``Sale.paid_cents``: goods minus the
points, coupon and tier discounts) minus refunds. A refund or void after the sale is seen by the next rebuild
(``recompute_member`` from ``refund_sale`` keeps it exact).

A quarter's thank-you list (``thank_you_lists``) ranks spend in the quarters
before it, so a purchase dated in an earlier quarter, or any rebuild, drops
the lists of the quarters after it (they are drawn again when next needed).
A purchase in the current quarter leaves them alone.
"""
from __future__ import annotations

import datetime as dt
from typing import Iterable, Sequence

from sqlalchemy import case, delete, func, insert, select, update
from sqlalchemy.orm import Session

from app.sqldates import date_of_day, day_number, quarter_index as sql_quarter_index
from db.models import Member, MemberStats, Sale, ThankYouList

BUCKETS = 5  # spend_q0_cents .. spend_q4_cents
_BUCKET_COLS = tuple(f"spend_q{k}_cents" for k in range(BUCKETS))
_CHUNK = 5000


def quarter_index(day: dt.date) -> int:
    """``year * 4 + quarter - 1``: consecutive quarters are consecutive ints."""
    return day.year * 4 + (day.month - 1) // 3


def quarter_start(index: int) -> dt.date:
    return dt.date(index // 4, (index % 4) * 3 + 1, 1)


def mean_gap_days(gap_sum: int, gaps: int) -> int:
    """The mean gap rounded half up, in integers (SQL computes the same)."""
    return (2 * gap_sum + gaps) // (2 * gaps)


def _paid():
    return Sale.paid_cents - Sale.refunded_cents


# --------------------------------------------------------------------------- incremental


def note_purchase(session: Session, member_id: int, occurred_at: dt.datetime, amount_cents: int) -> None:
    """Count a member's purchase in their stats (call after the sale is flushed).

    Args:
        occurred_at: when the purchase happened (shop local time).
        amount_cents: what the customer paid (goods minus points discount).
    """
    day = occurred_at.date() if isinstance(occurred_at, dt.datetime) else occurred_at
    forget_thank_you_lists(session, after=day)
    # read afresh and locked: the sale may have loaded this row before it
    # locked the member (programme rules), and another counter may have
    # counted a purchase since (PostgreSQL READ COMMITTED): a stale copy
    # here would lose that purchase
    session.flush()
    st = session.get(MemberStats, member_id, populate_existing=True, with_for_update=True)
    if st is None or day < st.last_visit_on:
        # first purchase, or a back-dated one that changes the gaps: rebuild
        # this member from sales (a handful of rows through ix_sales_member_time)
        recompute_member(session, member_id, since=day)
        return
    if day > st.last_visit_on:
        gap = (day - st.last_visit_on).days
        st.visit_count += 1
        st.gap_sum_days += gap
        st.gap_sumsq_days += gap * gap
        st.last_visit_on = day
        st.next_expected_on = day + dt.timedelta(days=mean_gap_days(st.gap_sum_days, st.visit_count - 1))
    _add_spend(st, quarter_index(day), amount_cents)
    st.spend_total_cents += amount_cents


def _add_spend(st: MemberStats, q: int, cents: int) -> None:
    buckets = [getattr(st, c) for c in _BUCKET_COLS]
    if q > st.spend_quarter:
        shift = q - st.spend_quarter
        buckets = ([0] * min(shift, BUCKETS) + buckets)[:BUCKETS]
        st.spend_quarter = q
    k = st.spend_quarter - q
    if 0 <= k < BUCKETS:
        buckets[k] += cents
    for col, value in zip(_BUCKET_COLS, buckets):
        setattr(st, col, value)


def stats_from_visits(visits: Sequence[tuple[dt.date, int]]) -> dict | None:
    """Stats column values from ``(day, paid_cents)`` per visit day, in day
    order (the same figures :func:`recompute_stats` computes in SQL)."""
    if not visits:
        return None
    days = [d for d, _ in visits]
    gaps = [(b - a).days for a, b in zip(days, days[1:])]
    anchor = quarter_index(days[-1])
    buckets = [0] * BUCKETS
    for d, cents in visits:
        k = anchor - quarter_index(d)
        if k < BUCKETS:
            buckets[k] += cents
    values = {
        "visit_count": len(days),
        "first_purchase_on": days[0],
        "last_visit_on": days[-1],
        "gap_sum_days": sum(gaps),
        "gap_sumsq_days": sum(g * g for g in gaps),
        "next_expected_on": days[-1] + dt.timedelta(days=mean_gap_days(sum(gaps), len(gaps))) if gaps else None,
        "spend_total_cents": sum(c for _, c in visits),
        "spend_quarter": anchor,
    }
    values.update(zip(_BUCKET_COLS, buckets))
    return values


def forget_thank_you_lists(session: Session, after: dt.date | None = None) -> None:
    """Drop the stored thank-you lists of the quarters after ``after``'s
    (all of them when None): their ranking saw different history."""
    stmt = delete(ThankYouList)
    if after is not None:
        stmt = stmt.where(ThankYouList.quarter > quarter_index(after))
    session.execute(stmt)


def recompute_member(session: Session, member_id: int, since: dt.date | None = None) -> None:
    """Rebuild one member's stats from their sales (after a back-dated
    purchase, a refund or a void).

    Args:
        since: the earliest sale day that changed (a refund: the sale's day);
            None when unknown.
    """
    session.flush()
    forget_thank_you_lists(session, after=since)
    rows = session.execute(
        select(day_number(Sale.occurred_at), func.sum(_paid()))
        .where(Sale.member_id == member_id, Sale.status != "voided")
        .group_by(day_number(Sale.occurred_at))
        .order_by(day_number(Sale.occurred_at))
    ).all()
    values = stats_from_visits([(dt.date.fromordinal(dn), int(c)) for dn, c in rows])
    st = session.get(MemberStats, member_id)
    if values is None:
        if st is not None:
            session.delete(st)
    elif st is None:
        session.add(MemberStats(member_id=member_id, **values))
    else:
        for k, v in values.items():
            setattr(st, k, v)
    session.flush()


# --------------------------------------------------------------------------- set-based


def _rebuild_select(member_ids: Sequence[int] | None):
    """SELECT producing member_stats rows from sales (window functions)."""
    dn = day_number(Sale.occurred_at)
    visits = (
        select(
            Sale.member_id.label("mid"),
            dn.label("dn"),
            func.max(sql_quarter_index(Sale.occurred_at)).label("q"),
            func.sum(_paid()).label("paid"),
        )
        .where(Sale.member_id.is_not(None), Sale.status != "voided")
        .group_by(Sale.member_id, dn)
    )
    if member_ids is not None:
        visits = visits.where(Sale.member_id.in_(member_ids))
    v = visits.subquery("v")
    g = select(
        v.c.mid,
        v.c.dn,
        v.c.q,
        v.c.paid,
        (v.c.dn - func.lag(v.c.dn).over(partition_by=v.c.mid, order_by=v.c.dn)).label("gap"),
        func.max(v.c.q).over(partition_by=v.c.mid).label("aq"),
    ).subquery("g")
    n = func.count()
    gap_sum = func.coalesce(func.sum(g.c.gap), 0)
    cols = [
        g.c.mid,
        n,
        date_of_day(func.min(g.c.dn)),
        date_of_day(func.max(g.c.dn)),
        gap_sum,
        func.coalesce(func.sum(g.c.gap * g.c.gap), 0),
        case(
            (n > 1, date_of_day(func.max(g.c.dn) + (2 * gap_sum + n - 1) // (2 * (n - 1)))),
            else_=None,
        ),
        func.sum(g.c.paid),
        func.max(g.c.aq),
    ] + [func.sum(case((g.c.aq - g.c.q == k, g.c.paid), else_=0)) for k in range(BUCKETS)]
    names = [
        "member_id", "visit_count", "first_purchase_on", "last_visit_on", "gap_sum_days",
        "gap_sumsq_days", "next_expected_on", "spend_total_cents", "spend_quarter", *_BUCKET_COLS,
    ]
    return names, select(*cols).group_by(g.c.mid)


def recompute_stats(
    session: Session,
    member_ids: Iterable[int] | None = None,
    *,
    last_purchase: bool = False,
) -> None:
    """Rebuild member stats from ``sales``, set-based (seconds for 2,000,000
    sales).

    Args:
        member_ids: only these members (e.g. those an import touched); all
            members when None.
        last_purchase: also set ``members.last_purchase_at`` to each member's
            latest sale, for loaders that did not maintain it.
    """
    session.flush()
    forget_thank_you_lists(session)
    chunks: list[Sequence[int] | None]
    if member_ids is None:
        chunks = [None]
    else:
        ids = sorted(set(member_ids))
        chunks = [ids[i : i + _CHUNK] for i in range(0, len(ids), _CHUNK)]
    for chunk in chunks:
        names, sel = _rebuild_select(chunk)
        stmt_del = delete(MemberStats)
        if chunk is not None:
            stmt_del = stmt_del.where(MemberStats.member_id.in_(chunk))
        session.execute(stmt_del)
        session.execute(insert(MemberStats).from_select(names, sel))
        if last_purchase:
            latest = (
                select(func.max(Sale.occurred_at)).where(Sale.member_id == Member.id).scalar_subquery()
            )
            upd = update(Member).values(last_purchase_at=latest)
            if chunk is not None:
                upd = upd.where(Member.id.in_(chunk))
            session.execute(upd.execution_options(synchronize_session=False))
    session.expire_all()


def rebuild_sql(dialect_name: str) -> str:
    """The full rebuild as literal SQL for ``dialect_name`` (frozen into the
    migration that created the table)."""
    from sqlalchemy.dialects import postgresql, sqlite

    dialect = {"sqlite": sqlite.dialect(), "postgresql": postgresql.dialect()}[dialect_name]
    names, sel = _rebuild_select(None)
    stmt = insert(MemberStats).from_select(names, sel)
    return str(stmt.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))


def stats_problems(session: Session, limit: int = 20) -> list[str]:
    """Members whose stored stats differ from a rebuild from ``sales`` (for
    ``check``: the stats are a cache of the sales, like a cached balance is
    of its ledger). Empty when consistent."""
    names, sel = _rebuild_select(None)
    rebuilt = sel.subquery("rebuilt")
    stored = select(*[getattr(MemberStats, n) for n in names])
    fresh = select(*rebuilt.c)
    ids = set()
    for stmt in (fresh.except_(stored), stored.except_(fresh)):
        ids.update(r[0] for r in session.execute(stmt.limit(limit)))
    return [
        f"member id {mid}: follow-up stats differ from the sales (run recompute_stats)"
        for mid in sorted(ids)[:limit]
    ]
