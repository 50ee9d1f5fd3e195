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
    BigInteger,
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
    UniqueConstraint,
    false,
)
from sqlalchemy.ext.hybrid import hybrid_property
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
    # sign-in lockout (app/staff.py): wrong PINs in a row, and until when the
    # staff member is locked out; on the row so a restart does not reset it
    failed_pins: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[Optional[dt.datetime]] = mapped_column(DateTime)
    pin_changed_at: Mapped[Optional[dt.datetime]] = mapped_column(DateTime)


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
    # a duplicate merged into another member (app/merge.py): kept, never found at the counter
    merged_into_id: Mapped[Optional[int]] = mapped_column(ForeignKey("members.id"), index=True)
    merged_at: Mapped[Optional[dt.datetime]] = mapped_column(DateTime)
    notes: Mapped[str] = mapped_column(Text, default="")
    points_balance: Mapped[int] = mapped_column(Integer, default=0, index=True)
    last_purchase_at: Mapped[Optional[dt.datetime]] = mapped_column(DateTime, index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)

    referred_by: Mapped[Optional["Member"]] = relationship(remote_side=[id], foreign_keys=[referred_by_id])

    __table_args__ = (
        CheckConstraint("points_balance >= 0", name="points_nonneg"),
        Index("ix_members_name", "name"),
        Index("ix_members_birthday", "birth_month", "birth_day"),
        # follow-ups: a member who signed up but has not bought is "new" from joined_on
        Index("ix_members_joined_on", "joined_on"),
        # follow-ups: the win-back ladder reads its ~half of all members from
        # this index alone (no table lookup per row: 100,000 of them cost ~0.3 s)
        Index("ix_members_followup", "last_purchase_at", "member_no", "name", "phone"),
    )


class Sale(Base):
    """A purchase. ``total_cents`` is the goods' value; ``points_discount_cents``
    what points paid, ``coupon_discount_cents`` what a coupon took off and
    ``tier_discount_cents`` the member's tier discount; the
    customer paid :attr:`paid_cents` (usable in Python and in SQL).
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
    coupon_discount_cents: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # the part of paid_cents paid from stored value (app/programs/wallet.py); still paid money
    wallet_cents: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # the member's tier discount (app/programs/tiers.py), off the goods like a coupon
    tier_discount_cents: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    points_earned: Mapped[int] = mapped_column(Integer, default=0)
    # why points_earned is what it is: JSON list of [code, multiplier_pct, name]
    # (app/programs/rules.py EarnReason), so history and receipts can say it again
    earn_reasons: Mapped[Optional[str]] = mapped_column(Text)
    refunded_cents: Mapped[int] = mapped_column(Integer, default=0)
    category: Mapped[Optional[str]] = mapped_column(String(60))
    payment_method: Mapped[str] = mapped_column(String(16), default="cash")
    status: Mapped[str] = mapped_column(String(20), default="completed")
    source: Mapped[str] = mapped_column(String(12), default="counter")  # counter|import|demo
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)

    lines: Mapped[list["SaleLine"]] = relationship(back_populates="sale", order_by="SaleLine.id")

    @hybrid_property
    def paid_cents(self) -> int:
        """What the customer paid before any refund."""
        return self.total_cents - self.points_discount_cents - self.coupon_discount_cents - self.tier_discount_cents

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
    # the part of amount_cents that went back to the wallet (the rest by the sale's method)
    wallet_cents: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
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
        # the Audit view lists the ledger newest first beside the audit trail (migration 0006)
        Index("ix_points_ledger_occurred_at", "occurred_at"),
    )


# --------------------------------------------------------------------------- follow-ups
# (app/memberstats.py, app/followups.py, app/calls.py, app/complaints.py)


class MemberStats(Base):
    """Purchase figures per member, so the follow-up list never scans sales.

    Kept by ``memberstats.note_purchase`` (called by ``record_sale``) and
    rebuilt from ``sales`` by ``memberstats.recompute_stats``. A *visit* is a
    day with at least one purchase that was not voided; ``gap_*`` are sums over
    the gaps in days between consecutive visits (the member's rhythm).
    Spend is what the customer paid (goods minus points discount minus
    refunds), kept per calendar quarter in five buckets counted back from the
    quarter of the latest visit (``spend_quarter``, ``year * 4 + quarter - 1``):
    ``spend_q0_cents`` is that quarter, ``spend_q4_cents`` four quarters before.
    """

    __tablename__ = "member_stats"
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), primary_key=True)
    visit_count: Mapped[int] = mapped_column(Integer)
    first_purchase_on: Mapped[dt.date] = mapped_column(Date, index=True)
    last_visit_on: Mapped[dt.date] = mapped_column(Date)
    gap_sum_days: Mapped[int] = mapped_column(BigInteger, default=0)
    gap_sumsq_days: Mapped[int] = mapped_column(BigInteger, default=0)
    # last_visit_on + the mean gap, once there are two visits
    next_expected_on: Mapped[Optional[dt.date]] = mapped_column(Date, index=True)
    spend_total_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    spend_quarter: Mapped[int] = mapped_column(Integer, index=True)
    spend_q0_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    spend_q1_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    spend_q2_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    spend_q3_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    spend_q4_cents: Mapped[int] = mapped_column(BigInteger, default=0)

    __table_args__ = (CheckConstraint("visit_count > 0", name="visits_pos"),)


class FollowupStatus(Base):
    """What a member's follow-up calls decided that outlives the call window:
    do not call, a number reported wrong (until the phone changes), the win-back
    ladder's step 3 first tried (the member is lost 30 days later) and the
    owner's revival. One row only for members that have any of these."""

    __tablename__ = "followup_status"
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), primary_key=True)
    do_not_call: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    do_not_call_at: Mapped[Optional[dt.datetime]] = mapped_column(DateTime)
    wrong_phone: Mapped[Optional[str]] = mapped_column(String(20))  # members.phone_norm reported wrong
    step3_tried_at: Mapped[Optional[dt.datetime]] = mapped_column(DateTime)
    revived_at: Mapped[Optional[dt.datetime]] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Complaint(Base):
    """A complaint or piece of feedback logged on a member. While ``status`` is
    open the member is on the follow-up list."""

    __tablename__ = "complaints"
    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    opened_at: Mapped[dt.datetime] = mapped_column(DateTime)
    what: Mapped[str] = mapped_column(Text)
    severity: Mapped[str] = mapped_column(String(8), default="medium")  # low|medium|high
    handled_by_id: Mapped[Optional[int]] = mapped_column(ForeignKey("staff.id"))
    status: Mapped[str] = mapped_column(String(10), default="open")  # open|resolved
    resolution: Mapped[str] = mapped_column(Text, default="")
    resolved_at: Mapped[Optional[dt.datetime]] = mapped_column(DateTime)
    resolved_by_id: Mapped[Optional[int]] = mapped_column(ForeignKey("staff.id"))

    __table_args__ = (
        CheckConstraint("severity IN ('low', 'medium', 'high')", name="severity"),
        CheckConstraint("status IN ('open', 'resolved')", name="status"),
        Index("ix_complaints_status", "status", "opened_at"),
    )


class FollowupCall(Base):
    """One follow-up phone call. ``reason``/``step``/``cycle_on`` say which due
    item it answered (``cycle_on`` anchors the item: the date the ladder
    started, the birthday, the quarter ...), so a rung or a birthday is done
    once; ``reason`` is NULL for a call not tied to any."""

    __tablename__ = "followup_calls"
    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    staff_id: Mapped[Optional[int]] = mapped_column(ForeignKey("staff.id"))
    called_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    reason: Mapped[Optional[str]] = mapped_column(String(16))
    step: Mapped[Optional[int]] = mapped_column(Integer)
    cycle_on: Mapped[Optional[dt.date]] = mapped_column(Date)
    complaint_id: Mapped[Optional[int]] = mapped_column(ForeignKey("complaints.id"))
    outcome: Mapped[str] = mapped_column(String(16))
    notes: Mapped[str] = mapped_column(Text, default="")
    next_call_on: Mapped[Optional[dt.date]] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)

    __table_args__ = (
        CheckConstraint(
            "outcome IN ('reached', 'no_answer', 'wrong_number', 'will_come_in', "
            "'not_interested', 'do_not_call')",
            name="outcome",
        ),
        Index("ix_followup_calls_member", "member_id", "called_at"),
        Index("ix_followup_calls_staff", "staff_id", "called_at"),
    )


class FollowupVoucher(Base):
    """A voucher promised on a follow-up call (win-back rungs 2 and 3, the
    birthday offer). Recorded ``pending``; printing turns it into a coupon.
    ``kind``/``value`` as in coupons: minor units off (``amount_off``), percent
    off (``percent_off``) or a free item (``free_item``, ``item`` names it)."""

    __tablename__ = "followup_vouchers"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    call_id: Mapped[int] = mapped_column(ForeignKey("followup_calls.id"), index=True)
    reason: Mapped[str] = mapped_column(String(16))
    step: Mapped[Optional[int]] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    value: Mapped[int] = mapped_column(Integer)
    item: Mapped[str] = mapped_column(String(100), default="")
    valid_until: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(12), default="pending")  # pending|printed|used|void
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)

    __table_args__ = (
        CheckConstraint("kind IN ('amount_off', 'percent_off', 'free_item')", name="kind"),
        CheckConstraint("value >= 0", name="value_nonneg"),
        Index("ix_followup_vouchers_status", "status"),
    )


class FollowupAssignment(Base):
    """Who calls whom on a given day (spread by ``calls.assign``; the owner may
    move a row, then ``manual`` is set and re-spreading leaves it alone)."""

    __tablename__ = "followup_assignments"
    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    manual: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    assigned_at: Mapped[dt.datetime] = mapped_column(DateTime)

    __table_args__ = (
        UniqueConstraint("day", "member_id", name="uq_followup_assignments_day_member"),
        Index("ix_followup_assignments_day_staff", "day", "staff_id"),
    )


class ThankYouList(Base):
    """A quarter's thank-you calls, drawn once: the top ``top_percent`` of the
    ``spenders`` (members who spent anything in the four whole quarters before
    ``quarter``) by that spend. Sales in the quarter itself cannot change it,
    so it is kept until history before the quarter changes (a back-dated
    purchase, a refund, a rebuild), which deletes this row."""

    __tablename__ = "thank_you_lists"
    quarter: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)  # year * 4 + q - 1
    top_percent: Mapped[int] = mapped_column(Integer)
    spenders: Mapped[int] = mapped_column(Integer)
    picked: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class ThankYouPick(Base):
    """One member on a quarter's thank-you list (valid while the quarter's
    :class:`ThankYouList` row exists)."""

    __tablename__ = "thank_you_picks"
    quarter: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), primary_key=True)
    spend_cents: Mapped[int] = mapped_column(BigInteger)
