"""Referrals: the member who brought someone in earns points when that
person makes their first counter purchase.

The referrer is ``members.referred_by_id`` (set at sign-up or by the members
import). The award is paid once (UNIQUE ``referral_awards.referred_id``), only
for a *counter* sale that is the referred member's first one (imported
history is someone else's till and earns nothing), and shows in the
referrer's points history as a ``referral`` entry naming the new member's
card. Setting ``prog_referral_points`` (0 = off). A later refund of that first
sale does not take the award back: the referrer did bring a customer in.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import exists, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app import auth
from app import points as ledger
from app.programs import config  # noqa: F401
from db.models import Sale
from db.program_models import ReferralAward


@dataclass(frozen=True)
class ReferralOutcome:
    referrer_id: int
    referrer_name: str
    points: int


def on_sale(session: Session, member, *, sale_id: int, now: dt.datetime, staff_id: int | None,
            rule: dict) -> ReferralOutcome | None:
    """Pay the referrer if this counter sale is ``member``'s first."""
    pts = rule["prog_referral_points"]
    if not pts or member.referred_by_id is None or member.referred_by_id == member.id:
        return None
    if session.scalar(select(exists().where(ReferralAward.referred_id == member.id))):
        return None
    earlier = session.scalar(select(exists().where(
        Sale.member_id == member.id, Sale.source == "counter", Sale.id != sale_id)))
    if earlier:
        return None  # not the first purchase (e.g. bought before referrals were switched on)
    try:
        with session.begin_nested():
            session.add(ReferralAward(referrer_id=member.referred_by_id, referred_id=member.id, sale_id=sale_id,
                                      points=pts, occurred_at=now))
            session.flush()
    except IntegrityError:
        return None  # paid by another counter a moment ago
    referrer = ledger.lock_member(session, member.referred_by_id)
    ledger.post(session, referrer, pts, "referral", now=now, sale_id=sale_id,
                staff_id=auth.staff_id(session, staff_id), reason=member.member_no)
    return ReferralOutcome(referrer.id, referrer.name, pts)
