"""Consistency check: the database file and every ledger.

Every cached balance must equal the sum of its ledger, each entry's
``balance_after`` must follow from the one before, and nothing is negative.
"""
from __future__ import annotations

from sqlalchemy import func, or_, select, text
from sqlalchemy.orm import Session, aliased

from db.models import Member, PointsEntry, Reward


def check(session: Session) -> list[str]:
    """Return a list of problems (empty when clean), one line each."""
    problems: list[str] = []
    if session.get_bind().dialect.name == "sqlite":
        for (row,) in session.execute(text("PRAGMA integrity_check")):
            if row != "ok":
                problems.append(f"sqlite integrity: {row}")
        for row in session.execute(text("PRAGMA foreign_key_check")):
            problems.append(f"foreign key: table {row[0]} row {row[1]} points to missing {row[2]}")
    sums = (
        select(PointsEntry.member_id, func.sum(PointsEntry.points).label("total"))
        .group_by(PointsEntry.member_id)
        .subquery()
    )
    rows = session.execute(
        select(Member.member_no, Member.points_balance, func.coalesce(sums.c.total, 0))
        .outerjoin(sums, sums.c.member_id == Member.id)
        .where(Member.points_balance != func.coalesce(sums.c.total, 0))
    )
    for member_no, cached, total in rows:
        problems.append(
            f"member {member_no}: points balance {cached} but the ledger sums to {total}"
        )
    for member_no, balance in session.execute(
        select(Member.member_no, Member.points_balance).where(Member.points_balance < 0)
    ):
        problems.append(f"member {member_no}: negative points balance {balance}")
    # running balance: each entry's balance_after = previous balance_after + points
    prev = func.lag(PointsEntry.balance_after, 1, 0).over(
        partition_by=PointsEntry.member_id, order_by=PointsEntry.id
    )
    chain = select(
        PointsEntry.id, PointsEntry.member_id, PointsEntry.points, PointsEntry.balance_after,
        prev.label("prev"),
    ).subquery()
    for entry_id, member_id, pts, after, before in session.execute(
        select(chain).where(chain.c.prev + chain.c.points != chain.c.balance_after)
    ):
        problems.append(
            f"points entry {entry_id} (member id {member_id}): {before} {pts:+d} should be {before + pts}, recorded {after}"
        )
    # a member merged into another (app/merge.py) handed its balance over and points at a live member
    kept = aliased(Member)
    for member_no, balance, into_no, into_merged in session.execute(
        select(Member.member_no, Member.points_balance, kept.member_no, kept.merged_into_id)
        .join(kept, kept.id == Member.merged_into_id)
        .where(or_(Member.points_balance != 0, kept.merged_into_id.is_not(None)))
    ):
        problems.append(f"member {member_no} was merged into {into_no} but still has {balance} points"
                        if balance else f"member {member_no} was merged into {into_no}, itself merged")
    for name, stock in session.execute(select(Reward.name, Reward.stock).where(Reward.stock < 0)):
        problems.append(f"reward {name}: negative stock {stock}")
    from app.memberstats import stats_problems  # follow-up stats are a cache of the sales

    problems += stats_problems(session)
    from app.programs.packages import package_problems  # stored value and packages are ledgers too
    from app.programs.wallet import wallet_problems

    problems += wallet_problems(session) + package_problems(session)
    from app.programs.checks import problems as program_problems  # stamps; expiry never went negative

    problems += program_problems(session)
    return problems
