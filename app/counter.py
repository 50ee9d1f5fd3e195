"""Read-only lookups the counter screen needs beyond the core services.

Kept apart from app/sales.py so the counter's pickers (recent categories,
sales that can still be refunded, with who bought them) don't grow the core
API; everything here only reads.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Member, Sale


def recent_categories(session: Session, limit: int = 30, scan: int = 1000) -> list[str]:
    """Categories used on the latest ``scan`` sales, most recently used first."""
    sub = (
        select(Sale.category, Sale.id)
        .where(Sale.category.is_not(None), Sale.category != "")
        .order_by(Sale.id.desc())
        .limit(scan)
        .subquery()
    )
    rows = session.execute(
        select(sub.c.category, func.max(sub.c.id).label("last"))
        .group_by(sub.c.category)
        .order_by(func.max(sub.c.id).desc())
        .limit(limit)
    )
    return [r.category for r in rows]


@dataclass(frozen=True)
class RefundableSale:
    """A sale as the refund picker shows it."""

    id: int
    occurred_at: dt.datetime
    member_id: int | None
    member_name: str | None
    member_no: str | None
    total_cents: int
    paid_cents: int  # total less the points discount
    refunded_cents: int
    refundable_cents: int  # what money can still be given back
    points_earned: int
    points_spent: int
    category: str | None
    payment_method: str
    status: str

    @property
    def can_refund(self) -> bool:
        return self.status not in ("refunded", "voided") and (self.refundable_cents > 0 or self.points_spent > 0)


def refundable_sales(session: Session, member_id: int | None = None, limit: int = 30) -> list[RefundableSale]:
    """Latest counter sales, of one member or (None) of the whole shop.

    Imported history is left out: it earned no points and was paid in another
    system, so it is not refunded here.
    """
    stmt = (
        select(Sale, Member.name, Member.member_no)
        .outerjoin(Member, Member.id == Sale.member_id)
        .where(Sale.source != "import")
        .order_by(Sale.occurred_at.desc(), Sale.id.desc())
        .limit(limit)
    )
    if member_id is not None:
        stmt = stmt.where(Sale.member_id == member_id)
    out = []
    for sale, name, no in session.execute(stmt):
        paid = sale.paid_cents
        out.append(
            RefundableSale(
                sale.id, sale.occurred_at, sale.member_id, name, no, sale.total_cents, paid,
                sale.refunded_cents, max(0, paid - sale.refunded_cents), sale.points_earned,
                sale.points_spent, sale.category, sale.payment_method, sale.status,
            )
        )
    return out
