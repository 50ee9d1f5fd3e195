"""What the Counter shows of the programmes for the member at the desk, in
one read: tier and "X more to <next>", points expiring soon, the stamp card,
and whether today's check-in is open. Plain values for ui/ to lay out.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from fractions import Fraction

from sqlalchemy.orm import Session

from app import settings as shop_settings
from app.programs import checkin, expiry, rules, stamps, tiers


@dataclass(frozen=True)
class MemberPrograms:
    tier: tiers.TierStatus
    expiring: expiry.ExpiringSoon | None
    stamps: stamps.StampStatus | None
    checkin_points: int  # 0: check-in switched off
    checked_in_today: bool


def summary(session: Session, member_id: int, today: dt.date | None = None) -> MemberPrograms:
    today = today or dt.date.today()
    rule = shop_settings.get_all(session)
    pts = rule["prog_checkin_points"]
    return MemberPrograms(
        tiers.status(session, member_id, today),
        expiry.expiring_soon(session, member_id, today, rule=rule),
        stamps.status(session, member_id, rule),
        pts,
        bool(pts) and checkin.checked_in(session, member_id, today),
    )


def preview(rule: dict, *, tier: tiers.TierView | None, birth_month: int | None, birth_day: int | None,
            base_cents: int, category: str | None, day: dt.date) -> tuple[int, Fraction, tuple]:
    """The tier discount, multiplier and reasons a sale would get, from what
    the Counter already holds (no database; the saved sale is authoritative)."""
    m, reasons = rules.multiplier(rule, day=day, birth_month=birth_month, birth_day=birth_day, tier=tier,
                                  lines=[(category or None, max(base_cents, 1))])
    return tiers.discount_cents(tier, base_cents), m, reasons
