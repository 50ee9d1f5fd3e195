"""A member's programme row (tier, stamps), created on first need.

Callers hold the member row's lock (``app.points.lock_member``) before they
change it, so two counters never create or move the same row at once.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from db.program_models import MemberProgram


_HELD = "programs.rows"


def _hold(session: Session, member_id: int, row: MemberProgram | None) -> MemberProgram | None:
    # The session's identity map holds objects weakly: keep the rows read in
    # this unit of work, so a sale reads a member's row once, not four times.
    if row is not None:
        session.info.setdefault(_HELD, {})[member_id] = row
    return row


_ABSENT = "programs.absent"


def note_absent(session: Session, member_id: int) -> None:
    """The member has no programme row (read just now): don't ask again."""
    session.info.setdefault(_ABSENT, set()).add(member_id)


def get(session: Session, member_id: int) -> MemberProgram | None:
    if member_id in session.info.get(_ABSENT, ()):
        return None
    return _hold(session, member_id, session.get(MemberProgram, member_id))


def get_or_create(session: Session, member_id: int) -> MemberProgram:
    row = get(session, member_id)
    if row is None:
        row = MemberProgram(member_id=member_id, tier_id=None, tier_since=None, stamps_balance=0, cards_completed=0)
        session.add(row)
        session.flush()
        session.info.get(_ABSENT, set()).discard(member_id)
        _hold(session, member_id, row)
    return row


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole months; a day the target month lacks becomes its
    last day (31 March - 1 month = 28/29 February)."""
    y, m = divmod(day.year * 12 + day.month - 1 + months, 12)
    m += 1
    return dt.date(y, m, min(day.day, days_in_month(y, m)))


def days_in_month(year: int, month: int) -> int:
    nxt = dt.date(year + month // 12, month % 12 + 1, 1)
    return (nxt - dt.timedelta(days=1)).day
