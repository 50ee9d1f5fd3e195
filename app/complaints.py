"""Complaints and feedback logged on a member.

What happened, how serious, who handled it, and how it was resolved. An
open complaint puts the member at the top of the follow-up list (a call
within 2 days, then again every few days) until it is resolved.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import UserError
from app.textparse import clean_text
from db.models import Complaint, Member, Staff

SEVERITIES = ("low", "medium", "high")


@dataclass(frozen=True)
class ComplaintView:
    id: int
    member_id: int
    opened_at: dt.datetime
    what: str
    severity: str
    handled_by_id: int | None
    status: str
    resolution: str
    resolved_at: dt.datetime | None
    resolved_by_id: int | None


def _view(c: Complaint) -> ComplaintView:
    return ComplaintView(c.id, c.member_id, c.opened_at, c.what, c.severity, c.handled_by_id, c.status,
                         c.resolution, c.resolved_at, c.resolved_by_id)


def _check_staff(session: Session, staff_id: int | None) -> None:
    if staff_id is not None and session.get(Staff, staff_id) is None:
        raise UserError("followup_staff_not_found", field="staff", value=str(staff_id))


def _get(session: Session, complaint_id: int) -> Complaint:
    c = session.get(Complaint, complaint_id)
    if c is None:
        raise UserError("complaint_not_found", value=str(complaint_id))
    return c


def log_complaint(
    session: Session,
    *,
    member_id: int,
    what: str,
    severity: str = "medium",
    handled_by_id: int | None = None,
    now: dt.datetime | None = None,
) -> ComplaintView:
    """Log a complaint (open) on a member.

    Args:
        what: what happened, in the customer's words where possible.
        severity: low, medium or high (high comes first on the list).
        handled_by_id: the staff member looking after it.
    """
    now = now or dt.datetime.now()
    if session.get(Member, member_id) is None:
        raise UserError("member_not_found", value=str(member_id))
    text = clean_text(what, 2000, "what")
    if not text:
        raise UserError("complaint_what_required", field="what")
    if severity not in SEVERITIES:
        raise UserError("complaint_severity_invalid", field="severity", value=str(severity))
    _check_staff(session, handled_by_id)
    c = Complaint(member_id=member_id, opened_at=now, what=text, severity=severity,
                  handled_by_id=handled_by_id, status="open", resolution="")
    session.add(c)
    session.flush()
    return _view(c)


def set_handler(session: Session, complaint_id: int, staff_id: int | None) -> ComplaintView:
    """Hand the complaint to another staff member."""
    c = _get(session, complaint_id)
    _check_staff(session, staff_id)
    c.handled_by_id = staff_id
    session.flush()
    return _view(c)


def resolve_complaint(
    session: Session,
    complaint_id: int,
    *,
    resolution: str,
    staff_id: int | None = None,
    now: dt.datetime | None = None,
) -> ComplaintView:
    """Close a complaint with what was done; the member leaves the list."""
    now = now or dt.datetime.now()
    c = _get(session, complaint_id)
    if c.status == "resolved":
        raise UserError("complaint_already_resolved")
    text = clean_text(resolution, 2000, "resolution")
    if not text:
        raise UserError("complaint_resolution_required", field="resolution")
    _check_staff(session, staff_id)
    c.status, c.resolution, c.resolved_at, c.resolved_by_id = "resolved", text, now, staff_id
    if c.handled_by_id is None:
        c.handled_by_id = staff_id
    session.flush()
    return _view(c)


def list_complaints(session: Session, *, member_id: int | None = None, open_only: bool = False,
                    limit: int = 500) -> list[ComplaintView]:
    """Complaints, newest first."""
    stmt = select(Complaint).order_by(Complaint.opened_at.desc(), Complaint.id.desc()).limit(limit)
    if member_id is not None:
        stmt = stmt.where(Complaint.member_id == member_id)
    if open_only:
        stmt = stmt.where(Complaint.status == "open")
    return [_view(c) for c in session.scalars(stmt)]
