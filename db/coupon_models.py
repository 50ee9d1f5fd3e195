"""Coupons: batches, their codes, and the one redemption each code may have.

Single use is the database's job, not the service's: ``coupon_redemptions``
has a UNIQUE ``coupon_id``, so two counters (two connections, two processes,
SQLite or PostgreSQL) racing on one code cannot both insert a redemption; the
loser gets an IntegrityError (or waits on SQLite's write lock and then sees
the winner's row).
"""
from __future__ import annotations

import datetime as dt
from typing import Optional

from sqlalchemy import CheckConstraint, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.models import Base

COUPON_KINDS = ("amount_off", "percent_off", "free_item")


class CouponBatch(Base):
    """One print run of coupons with the same offer and rules.

    ``value`` depends on ``kind``: minor units off for ``amount_off``; the
    percentage off (1–100) for ``percent_off``; the free item's value in minor
    units for ``free_item`` (0 when the owner did not say). ``member_id`` is
    set when the whole batch is for one member; coupons for several named
    members (postcards) carry their own ``Coupon.member_id``. ``channel`` names
    the run or channel (a flyer run, a postcard mailing) so the report shows
    which one brought people back.
    """

    __tablename__ = "coupon_batches"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(16))
    value: Mapped[int] = mapped_column(Integer)
    item_name: Mapped[str] = mapped_column(String(100), default="")
    min_spend_cents: Mapped[int] = mapped_column(Integer, default=0)
    valid_from: Mapped[dt.date] = mapped_column(Date)
    valid_until: Mapped[dt.date] = mapped_column(Date)
    member_id: Mapped[Optional[int]] = mapped_column(ForeignKey("members.id"))
    channel: Mapped[str] = mapped_column(String(60), default="")
    document: Mapped[str] = mapped_column(String(16), default="coupon")  # coupon|scratch|flyer|postcard
    count: Mapped[int] = mapped_column(Integer)
    staff_id: Mapped[Optional[int]] = mapped_column(ForeignKey("staff.id"))
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)

    __table_args__ = (
        CheckConstraint("kind IN ('amount_off', 'percent_off', 'free_item')", name="kind"),
        CheckConstraint("value >= 0", name="value_nonneg"),
        CheckConstraint("kind != 'percent_off' OR (value BETWEEN 1 AND 100)", name="percent_range"),
        CheckConstraint("kind != 'amount_off' OR value > 0", name="amount_pos"),
        CheckConstraint("min_spend_cents >= 0", name="min_spend_nonneg"),
        CheckConstraint("valid_until >= valid_from", name="dates_ordered"),
        CheckConstraint("count > 0", name="count_pos"),
    )


class Coupon(Base):
    """One printed code. ``seq`` is its place in the batch's print order."""

    __tablename__ = "coupons"
    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("coupon_batches.id"))
    seq: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    member_id: Mapped[Optional[int]] = mapped_column(ForeignKey("members.id"), index=True)

    batch: Mapped[CouponBatch] = relationship()
    redemption: Mapped[Optional["CouponRedemption"]] = relationship(back_populates="coupon", uselist=False)

    __table_args__ = (Index("ix_coupons_batch_seq", "batch_id", "seq"),)


class CouponRedemption(Base):
    """The use of a coupon. UNIQUE ``coupon_id``: at most one per coupon."""

    __tablename__ = "coupon_redemptions"
    id: Mapped[int] = mapped_column(primary_key=True)
    coupon_id: Mapped[int] = mapped_column(ForeignKey("coupons.id"), unique=True)
    redeemed_at: Mapped[dt.datetime] = mapped_column(DateTime)
    counter: Mapped[str] = mapped_column(String(60), default="")
    member_id: Mapped[Optional[int]] = mapped_column(ForeignKey("members.id"), index=True)
    sale_id: Mapped[Optional[int]] = mapped_column(ForeignKey("sales.id"), index=True)
    staff_id: Mapped[Optional[int]] = mapped_column(ForeignKey("staff.id"))
    sale_total_cents: Mapped[int] = mapped_column(Integer)
    discount_cents: Mapped[int] = mapped_column(Integer, default=0)

    coupon: Mapped[Coupon] = relationship(back_populates="redemption")

    __table_args__ = (
        CheckConstraint("sale_total_cents >= 0", name="total_nonneg"),
        CheckConstraint("discount_cents >= 0", name="discount_nonneg"),
    )
