"""Daily check-in: X points once a day just for scanning in at the counter.

Optional (``prog_checkin_points``, 0 = off). Once per member and day is the
database's rule - UNIQUE ``checkins(member_id, day)`` - so two counters
scanning the same card at the same moment cannot both credit; the second scan
is a friendly refusal that changes nothing.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import exists, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app import auth
from app import points as ledger
from app import settings as shop_settings
from app.errors import UserError
from app.programs import config  # noqa: F401
from db.program_models import CheckIn


@dataclass(frozen=True)
class CheckInResult:
    member_id: int
    points: int
    balance_after: int


def enabled(session: Session) -> bool:
    return shop_settings.get(session, "prog_checkin_points") > 0


def checked_in(session: Session, member_id: int, day: dt.date) -> bool:
    return bool(session.scalar(select(exists().where(CheckIn.member_id == member_id, CheckIn.day == day))))


def check_in(session: Session, member_id: int, *, now: dt.datetime | None = None,
             staff_id: int | None = None) -> CheckInResult:
    """Credit today's check-in points, or refuse (``checkin_off``,
    ``checkin_already``) changing nothing."""
    now = now or dt.datetime.now()
    pts = shop_settings.get(session, "prog_checkin_points")
    if not pts:
        raise UserError("checkin_off")
    member = ledger.lock_member(session, member_id)
    try:
        with session.begin_nested():
            session.add(CheckIn(member_id=member_id, day=now.date(), occurred_at=now, points=pts,
                                staff_id=auth.staff_id(session, staff_id)))
            session.flush()
    except IntegrityError:
        raise UserError("checkin_already", name=member.name) from None
    e = ledger.post(session, member, pts, "checkin", now=now, staff_id=auth.staff_id(session, staff_id))
    return CheckInResult(member_id, pts, e.balance_after)
