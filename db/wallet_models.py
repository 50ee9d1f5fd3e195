"""Stored value (wallets) and session packages: their rows and ledgers.

Both are balances, so both follow the points ledger's pattern (see
db/models.py ``PointsEntry``): an append-only table of signed entries, each
with the running balance after it, and a cached balance on one row that the
services lock (SELECT ... FOR UPDATE) and move in the same transaction.

Wallet amounts are in the wallet's *unit* (setting ``wallet_unit``): minor
units of money (cents/分, the default) or whole game credits for an arcade.
Money actually taken or given back (a top-up's price, a refund) is always
``*_cents``.
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
)
from sqlalchemy.orm import Mapped, mapped_column

from db.models import Base


class Wallet(Base):
    """A member's stored value: paid money and bonus kept apart (a top-up
    refund gives back paid money only; the bonus was a gift)."""

    __tablename__ = "wallets"
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), primary_key=True, autoincrement=False)
    paid_units: Mapped[int] = mapped_column(Integer, default=0)
    bonus_units: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)

    __table_args__ = (
        CheckConstraint("paid_units >= 0", name="paid_nonneg"),
        CheckConstraint("bonus_units >= 0", name="bonus_nonneg"),
    )


class WalletTopUp(Base):
    """Money put on a wallet. ``topup_key`` makes a retried click harmless;
    ``amount_cents`` is what the customer paid (by ``payment_method``) and
    bought ``paid_units``; ``bonus_units`` came from the owner's bonus tiers.
    A refund (once, of what is left unused) fills the ``refund_*`` columns."""

    __tablename__ = "wallet_topups"
    id: Mapped[int] = mapped_column(primary_key=True)
    topup_key: Mapped[str] = mapped_column(String(64), unique=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    staff_id: Mapped[Optional[int]] = mapped_column(ForeignKey("staff.id"))
    occurred_at: Mapped[dt.datetime] = mapped_column(DateTime)
    amount_cents: Mapped[int] = mapped_column(Integer)
    paid_units: Mapped[int] = mapped_column(Integer)
    bonus_units: Mapped[int] = mapped_column(Integer, default=0)
    payment_method: Mapped[str] = mapped_column(String(16), default="cash")
    points_earned: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(12), default="completed")  # completed|refunded
    refund_key: Mapped[Optional[str]] = mapped_column(String(64), unique=True)
    refunded_cents: Mapped[int] = mapped_column(Integer, default=0)
    refunded_units: Mapped[int] = mapped_column(Integer, default=0)
    forfeited_units: Mapped[int] = mapped_column(Integer, default=0)
    refunded_at: Mapped[Optional[dt.datetime]] = mapped_column(DateTime)
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        CheckConstraint("amount_cents > 0", name="amount_pos"),
        CheckConstraint("paid_units > 0", name="units_pos"),
        CheckConstraint("bonus_units >= 0", name="bonus_nonneg"),
    )


class WalletEntry(Base):
    """Append-only wallet ledger. ``paid_units``/``bonus_units`` are signed
    changes; ``paid_after``/``bonus_after`` the balances once applied. An entry
    is tied to what caused it (sale, refund, top-up) and a correction points
    at the entry it corrects (``corrects_id``)."""

    __tablename__ = "wallet_ledger"
    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    occurred_at: Mapped[dt.datetime] = mapped_column(DateTime)
    kind: Mapped[str] = mapped_column(String(16))
    paid_units: Mapped[int] = mapped_column(Integer, default=0)
    bonus_units: Mapped[int] = mapped_column(Integer, default=0)
    paid_after: Mapped[int] = mapped_column(Integer)
    bonus_after: Mapped[int] = mapped_column(Integer)
    sale_id: Mapped[Optional[int]] = mapped_column(ForeignKey("sales.id"), index=True)
    refund_id: Mapped[Optional[int]] = mapped_column(ForeignKey("refunds.id"))
    topup_id: Mapped[Optional[int]] = mapped_column(ForeignKey("wallet_topups.id"), index=True)
    corrects_id: Mapped[Optional[int]] = mapped_column(ForeignKey("wallet_ledger.id"))
    staff_id: Mapped[Optional[int]] = mapped_column(ForeignKey("staff.id"))
    reason: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        CheckConstraint("paid_after >= 0", name="paid_nonneg"),
        CheckConstraint("bonus_after >= 0", name="bonus_nonneg"),
        Index("ix_wallet_ledger_member", "member_id", "id"),
    )


class PackageType(Base):
    """A package the owner sells: ``sessions`` of ``service`` for
    ``price_cents``, valid ``valid_days`` days or ``valid_months`` months from
    the sale (neither: no expiry)."""

    __tablename__ = "package_types"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    service: Mapped[str] = mapped_column(String(60), default="")
    sessions: Mapped[int] = mapped_column(Integer)
    price_cents: Mapped[int] = mapped_column(Integer)
    valid_days: Mapped[Optional[int]] = mapped_column(Integer)
    valid_months: Mapped[Optional[int]] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)

    __table_args__ = (
        CheckConstraint("sessions > 0", name="sessions_pos"),
        CheckConstraint("price_cents > 0", name="price_pos"),
    )


class MemberPackage(Base):
    """A package a member bought (on sale ``sale_id``). ``remaining`` is the
    cached balance of its ledger; it can be used through ``expires_on``."""

    __tablename__ = "member_packages"
    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    type_id: Mapped[Optional[int]] = mapped_column(ForeignKey("package_types.id"))
    sale_id: Mapped[int] = mapped_column(ForeignKey("sales.id"), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    service: Mapped[str] = mapped_column(String(60), default="")
    sessions: Mapped[int] = mapped_column(Integer)
    remaining: Mapped[int] = mapped_column(Integer)
    sold_at: Mapped[dt.datetime] = mapped_column(DateTime)
    expires_on: Mapped[Optional[dt.date]] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default="active")  # active|expired|refunded

    __table_args__ = (
        CheckConstraint("remaining >= 0", name="remaining_nonneg"),
        CheckConstraint("remaining <= sessions", name="remaining_le_sessions"),
        Index("ix_member_packages_open", "status", "expires_on"),
    )


class PackageEntry(Base):
    """Append-only package ledger: ``sold`` +N, ``use`` -1, ``expire``,
    ``refund`` (-rest), ``adjust``. ``use_key`` makes a retried use harmless."""

    __tablename__ = "package_ledger"
    id: Mapped[int] = mapped_column(primary_key=True)
    package_id: Mapped[int] = mapped_column(ForeignKey("member_packages.id"))
    occurred_at: Mapped[dt.datetime] = mapped_column(DateTime)
    kind: Mapped[str] = mapped_column(String(10))
    sessions: Mapped[int] = mapped_column(Integer)
    remaining_after: Mapped[int] = mapped_column(Integer)
    use_key: Mapped[Optional[str]] = mapped_column(String(64), unique=True)
    sale_id: Mapped[Optional[int]] = mapped_column(ForeignKey("sales.id"))
    refund_id: Mapped[Optional[int]] = mapped_column(ForeignKey("refunds.id"))
    corrects_id: Mapped[Optional[int]] = mapped_column(ForeignKey("package_ledger.id"))
    staff_id: Mapped[Optional[int]] = mapped_column(ForeignKey("staff.id"))
    reason: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        CheckConstraint("remaining_after >= 0", name="remaining_nonneg"),
        Index("ix_package_ledger_package", "package_id", "id"),
    )
