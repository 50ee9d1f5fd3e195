"""The audit trail (issue 7): who did what, when, to what, before and after.

``audit_log`` is append-only. The app has no function that updates or deletes
a row, and the migration (0006) adds database triggers that abort any UPDATE
or DELETE on it, on SQLite and on PostgreSQL, so not even a hand-written SQL
statement from the app's connection can rewrite history.

The columns have no foreign keys on purpose: an audit row must outlive what
it talks about (a member merged away, a staff member deactivated) and must
never stop another table's row from changing. Who acted is copied (id, name,
role) as they were at that moment.
"""
from __future__ import annotations

import datetime as dt
from typing import Optional

from sqlalchemy import DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models import Base


class AuditEntry(Base):
    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    occurred_at: Mapped[dt.datetime] = mapped_column(DateTime)
    staff_id: Mapped[Optional[int]] = mapped_column(Integer)  # None: the command line / system
    staff_name: Mapped[str] = mapped_column(String(80), default="")
    staff_role: Mapped[str] = mapped_column(String(16), default="")
    action: Mapped[str] = mapped_column(String(32))  # app.audit.ACTIONS
    target_type: Mapped[Optional[str]] = mapped_column(String(24))  # member, sale, staff, setting ...
    target_id: Mapped[Optional[int]] = mapped_column(Integer)
    member_id: Mapped[Optional[int]] = mapped_column(Integer)  # the member concerned, for the filter
    before_json: Mapped[Optional[str]] = mapped_column(Text)
    after_json: Mapped[Optional[str]] = mapped_column(Text)
    detail: Mapped[str] = mapped_column(Text, default="")
    host: Mapped[str] = mapped_column(String(64), default="")  # the counter PC (app.devices.station_id)

    __table_args__ = (
        Index("ix_audit_log_time", "occurred_at", "id"),
        Index("ix_audit_log_staff", "staff_id", "occurred_at"),
        Index("ix_audit_log_action", "action", "occurred_at"),
        Index("ix_audit_log_member", "member_id", "occurred_at"),
    )
