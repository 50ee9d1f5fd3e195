"""Typed SQLAlchemy 2 models.

Money is integer minor units (``*_cents``); points are integers. Balances
(points today; stored value and packages later) are append-only ledgers with a
cached balance on the member row, updated in the same transaction and checked
by ``check``.
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
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Setting(Base):
    """One shop setting; ``value`` is JSON text (see app/settings.py)."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Staff(Base):
    __tablename__ = "staff"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    role: Mapped[str] = mapped_column(String(16), default="cashier")  # owner|manager|cashier
    pin_hash: Mapped[Optional[str]] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Member(Base):
    __tablename__ = "members"
    id: Mapped[int] = mapped_column(primary_key=True)
    member_no: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    phone: Mapped[str] = mapped_column(String(40))  # as typed
    phone_norm: Mapped[str] = mapped_column(String(20), unique=True)
    phone_last4: Mapped[str] = mapped_column(String(4), index=True)
    gender: Mapped[Optional[str]] = mapped_column(String(1))  # F|M
    birth_year: Mapped[Optional[int]] = mapped_column(Integer)
    birth_month: Mapped[Optional[int]] = mapped_column(Integer)
    birth_day: Mapped[Optional[int]] = mapped_column(Integer)
    joined_on: Mapped[dt.date] = mapped_column(Date)
    referred_by_id: Mapped[Optional[int]] = mapped_column(ForeignKey("members.id"))
    notes: Mapped[str] = mapped_column(Text, default="")
    points_balance: Mapped[int] = mapped_column(Integer, default=0)
    last_purchase_at: Mapped[Optional[dt.datetime]] = mapped_column(DateTime, index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)

    referred_by: Mapped[Optional["Member"]] = relationship(remote_side=[id])

    __table_args__ = (
        CheckConstraint("points_balance >= 0", name="points_nonneg"),
        Index("ix_members_name", "name"),
        Index("ix_members_birthday", "birth_month", "birth_day"),
    )


class Sale(Base):
    """A purchase. ``total_cents`` is the goods' value; ``points_discount_cents``
    what points paid; the customer paid ``total_cents - points_discount_cents``.
    """

    __tablename__ = "sales"
    id: Mapped[int] = mapped_column(primary_key=True)
    sale_key: Mapped[str] = mapped_column(String(64), unique=True)
    member_id: Mapped[Optional[int]] = mapped_column(ForeignKey("members.id"))
    staff_id: Mapped[Optional[int]] = mapped_column(ForeignKey("staff.id"))
    occurred_at: Mapped[dt.datetime] = mapped_column(DateTime)
    total_cents: Mapped[int] = mapped_column(Integer)
    points_spent: Mapped[int] = mapped_column(Integer, default=0)
    points_discount_cents: Mapped[int] = mapped_column(Integer, default=0)
    points_earned: Mapped[int] = mapped_column(Integer, default=0)
    refunded_cents: Mapped[int] = mapped_column(Integer, default=0)
    category: Mapped[Optional[str]] = mapped_column(String(60))
    payment_method: Mapped[str] = mapped_column(String(16), default="cash")
    status: Mapped[str] = mapped_column(String(20), default="completed")
    source: Mapped[str] = mapped_column(String(12), default="counter")  # counter|import|demo
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)

    lines: Mapped[list["SaleLine"]] = relationship(back_populates="sale", order_by="SaleLine.id")

    __table_args__ = (
        CheckConstraint("total_cents > 0", name="total_pos"),
        CheckConstraint("points_discount_cents <= total_cents", name="discount_le_total"),
        CheckConstraint("refunded_cents >= 0", name="refunded_nonneg"),
        Index("ix_sales_member_time", "member_id", "occurred_at"),
        Index("ix_sales_occurred_at", "occurred_at"),
    )


class SaleLine(Base):
    __tablename__ = "sale_lines"
    id: Mapped[int] = mapped_column(primary_key=True)
    sale_id: Mapped[int] = mapped_column(ForeignKey("sales.id"), index=True)
    description: Mapped[str] = mapped_column(String(120))
    category: Mapped[Optional[str]] = mapped_column(String(60))
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    unit_price_cents: Mapped[int] = mapped_column(Integer)
    amount_cents: Mapped[int] = mapped_column(Integer)

    sale: Mapped[Sale] = relationship(back_populates="lines")


class Refund(Base):
    """Money given back on a sale (``kind`` refund or void)."""

    __tablename__ = "refunds"
    id: Mapped[int] = mapped_column(primary_key=True)
    refund_key: Mapped[str] = mapped_column(String(64), unique=True)
    sale_id: Mapped[int] = mapped_column(ForeignKey("sales.id"), index=True)
    staff_id: Mapped[Optional[int]] = mapped_column(ForeignKey("staff.id"))
    kind: Mapped[str] = mapped_column(String(8), default="refund")
    amount_cents: Mapped[int] = mapped_column(Integer)
    points_taken_back: Mapped[int] = mapped_column(Integer, default=0)
    points_returned: Mapped[int] = mapped_column(Integer, default=0)
    shortfall_points: Mapped[int] = mapped_column(Integer, default=0)
    reason: Mapped[str] = mapped_column(Text, default="")
    occurred_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Reward(Base):
    __tablename__ = "rewards"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    points_cost: Mapped[int] = mapped_column(Integer)
    stock: Mapped[Optional[int]] = mapped_column(Integer)  # None = unlimited
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)

    __table_args__ = (
        CheckConstraint("points_cost > 0", name="cost_pos"),
        CheckConstraint("stock IS NULL OR stock >= 0", name="stock_nonneg"),
    )


class Redemption(Base):
    __tablename__ = "redemptions"
    id: Mapped[int] = mapped_column(primary_key=True)
    redemption_key: Mapped[str] = mapped_column(String(64), unique=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    reward_id: Mapped[int] = mapped_column(ForeignKey("rewards.id"))
    staff_id: Mapped[Optional[int]] = mapped_column(ForeignKey("staff.id"))
    points: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(12), default="done")  # done|undone
    occurred_at: Mapped[dt.datetime] = mapped_column(DateTime)
    undone_at: Mapped[Optional[dt.datetime]] = mapped_column(DateTime)


class PointsEntry(Base):
    """Append-only points ledger. ``points`` is signed; ``balance_after`` is the
    member's balance once this entry applied (the running balance in history).
    ``shortfall`` records points that should have been taken back but were
    already spent (the balance never goes negative).
    """

    __tablename__ = "points_ledger"
    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    occurred_at: Mapped[dt.datetime] = mapped_column(DateTime)
    kind: Mapped[str] = mapped_column(String(16))
    points: Mapped[int] = mapped_column(Integer)
    balance_after: Mapped[int] = mapped_column(Integer)
    shortfall: Mapped[int] = mapped_column(Integer, default=0)
    sale_id: Mapped[Optional[int]] = mapped_column(ForeignKey("sales.id"), index=True)
    refund_id: Mapped[Optional[int]] = mapped_column(ForeignKey("refunds.id"))
    redemption_id: Mapped[Optional[int]] = mapped_column(ForeignKey("redemptions.id"))
    corrects_id: Mapped[Optional[int]] = mapped_column(ForeignKey("points_ledger.id"))
    staff_id: Mapped[Optional[int]] = mapped_column(ForeignKey("staff.id"))
    reason: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        CheckConstraint("balance_after >= 0", name="balance_nonneg"),
        Index("ix_points_ledger_member", "member_id", "id"),
    )
