"""Loyalty programs (app/programs): tiers, stamp cards, referrals, check-ins.

Why separate tables rather than columns on ``members``: the member row is the
hottest row of the shop (every sale locks it) and is edited by several
features; a member's programme state lives in :class:`MemberProgram`, one row
per member that has any (created on first need), so a shop that uses no
programme pays nothing.

Balances follow the points ledger's pattern: stamps have an append-only
:class:`StampEntry` ledger with ``balance_after`` and a cached
``MemberProgram.stamps_balance`` moved in the same transaction (checked by
``app.check``). Points for referrals, check-ins and expiry go through the
points ledger itself (kinds ``referral``, ``checkin``, ``expire``).

Once-only rules are the database's job: a referral is paid at most once per
referred member (UNIQUE ``referral_awards.referred_id``) and a check-in once
per member and day (UNIQUE ``checkins(member_id, day)``), so two counters
racing cannot both credit.
"""
from __future__ import annotations

import datetime as dt
from typing import Optional

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from db.models import Base, PointsEntry

TIER_BASES = ("spend", "visits")


class Tier(Base):
    """A membership level defined by the owner.

    ``basis`` says what ``threshold`` measures over the last 12 months:
    ``spend`` (minor units paid, refunds netted) or ``visits`` (days with a
    purchase). ``multiplier_pct`` multiplies points earned (100 = ×1,
    150 = ×1.5); ``discount_pct`` comes off the goods at the counter.
    ``position`` orders the tiers from lowest (1) to highest.
    """

    __tablename__ = "tiers"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40))
    colour: Mapped[str] = mapped_column(String(7), default="#888888")
    basis: Mapped[str] = mapped_column(String(8), default="spend")
    threshold: Mapped[int] = mapped_column(Integer)
    multiplier_pct: Mapped[int] = mapped_column(Integer, default=100)
    discount_pct: Mapped[int] = mapped_column(Integer, default=0)
    position: Mapped[int] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)

    __table_args__ = (
        CheckConstraint("basis IN ('spend', 'visits')", name="basis"),
        CheckConstraint("threshold >= 0", name="threshold_nonneg"),
        CheckConstraint("multiplier_pct BETWEEN 0 AND 1000", name="multiplier_range"),
        CheckConstraint("discount_pct BETWEEN 0 AND 100", name="discount_range"),
    )


class MemberProgram(Base):
    """A member's programme state: current tier and stamps on the current card."""

    __tablename__ = "member_programs"
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), primary_key=True)
    tier_id: Mapped[Optional[int]] = mapped_column(ForeignKey("tiers.id"), index=True)
    tier_since: Mapped[Optional[dt.datetime]] = mapped_column(DateTime)
    stamps_balance: Mapped[int] = mapped_column(Integer, default=0)
    cards_completed: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (
        CheckConstraint("stamps_balance >= 0", name="stamps_nonneg"),
    )


class TierChange(Base):
    """History of a member's tier: who/when/from/to/why (``reason`` is
    ``sale``, ``review``, ``manual`` or ``bulk``) and the 12-month figures
    that decided it."""

    __tablename__ = "tier_changes"
    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    occurred_at: Mapped[dt.datetime] = mapped_column(DateTime)
    from_tier_id: Mapped[Optional[int]] = mapped_column(ForeignKey("tiers.id"))
    to_tier_id: Mapped[Optional[int]] = mapped_column(ForeignKey("tiers.id"))
    reason: Mapped[str] = mapped_column(String(12))
    sale_id: Mapped[Optional[int]] = mapped_column(ForeignKey("sales.id"))
    staff_id: Mapped[Optional[int]] = mapped_column(ForeignKey("staff.id"))
    spend_cents: Mapped[int] = mapped_column(Integer, default=0)
    visits: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (Index("ix_tier_changes_member", "member_id", "id"),)


class StampEntry(Base):
    """Append-only stamp ledger. ``kind``: ``signup`` (endowed stamps),
    ``sale``, ``take_back`` (the stamped sale refunded/voided), ``reward``
    (a full card exchanged, negative) or ``adjust``. ``shortfall`` as in the
    points ledger: what could not be taken back because the card had been
    completed already (the balance never goes negative)."""

    __tablename__ = "stamp_ledger"
    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    occurred_at: Mapped[dt.datetime] = mapped_column(DateTime)
    kind: Mapped[str] = mapped_column(String(12))
    stamps: Mapped[int] = mapped_column(Integer)
    balance_after: Mapped[int] = mapped_column(Integer)
    shortfall: Mapped[int] = mapped_column(Integer, default=0)
    sale_id: Mapped[Optional[int]] = mapped_column(ForeignKey("sales.id"), index=True)
    staff_id: Mapped[Optional[int]] = mapped_column(ForeignKey("staff.id"))

    __table_args__ = (
        CheckConstraint("balance_after >= 0", name="balance_nonneg"),
        Index("ix_stamp_ledger_member", "member_id", "id"),
    )


class StampReward(Base):
    """A completed stamp card: the reward the member has earned (``used_at``
    set when it is handed over)."""

    __tablename__ = "stamp_rewards"
    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    earned_at: Mapped[dt.datetime] = mapped_column(DateTime)
    sale_id: Mapped[Optional[int]] = mapped_column(ForeignKey("sales.id"))
    description: Mapped[str] = mapped_column(String(100), default="")
    used_at: Mapped[Optional[dt.datetime]] = mapped_column(DateTime)


class ReferralAward(Base):
    """Points paid to a referrer for the first counter purchase of the
    member they referred; UNIQUE ``referred_id`` makes it once only."""

    __tablename__ = "referral_awards"
    id: Mapped[int] = mapped_column(primary_key=True)
    referrer_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    referred_id: Mapped[int] = mapped_column(ForeignKey("members.id"), unique=True)
    sale_id: Mapped[int] = mapped_column(ForeignKey("sales.id"))
    points: Mapped[int] = mapped_column(Integer)
    occurred_at: Mapped[dt.datetime] = mapped_column(DateTime)


class CheckIn(Base):
    """A daily check-in; UNIQUE (member, day) so two counters can't both credit."""

    __tablename__ = "checkins"
    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    day: Mapped[dt.date] = mapped_column(Date)
    occurred_at: Mapped[dt.datetime] = mapped_column(DateTime)
    points: Mapped[int] = mapped_column(Integer)
    staff_id: Mapped[Optional[int]] = mapped_column(ForeignKey("staff.id"))

    __table_args__ = (UniqueConstraint("member_id", "day", name="uq_checkins_member_day"),)


# Expiry (app/programs/expiry.py) sums each member's credits since a cutoff:
# a covering index on the points ledger keeps that off the table rows.
Index("ix_points_ledger_expiry", PointsEntry.member_id, PointsEntry.occurred_at, PointsEntry.points)
