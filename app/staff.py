"""Staff members (sign-in with PINs and roles arrive with the trust issue)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import UserError
from app.textparse import clean_name
from db.models import Staff

ROLES = ("owner", "manager", "cashier")


@dataclass(frozen=True)
class StaffView:
    id: int
    name: str
    role: str
    active: bool


def add_staff(session: Session, *, name: str, role: str = "cashier") -> StaffView:
    try:
        name = clean_name(name)
    except UserError as e:
        raise UserError("staff_name_required", field="name") if e.code == "name_required" else e
    if role not in ROLES:
        raise ValueError(role)
    s = Staff(name=name, role=role, active=True, created_at=dt.datetime.now())
    session.add(s)
    session.flush()
    return StaffView(s.id, s.name, s.role, s.active)


def list_staff(session: Session, active_only: bool = True) -> list[StaffView]:
    stmt = select(Staff).order_by(Staff.id)
    if active_only:
        stmt = stmt.where(Staff.active.is_(True))
    return [StaffView(s.id, s.name, s.role, s.active) for s in session.scalars(stmt)]


def find_by_name(session: Session, name: str) -> StaffView | None:
    s = session.scalars(select(Staff).where(Staff.name == name.strip())).first()
    return StaffView(s.id, s.name, s.role, s.active) if s else None
