"""Who is acting, and what they may do.

Every write runs as an :class:`Actor`. ``Shop.transaction()`` puts the shop's
current actor in ``session.info["actor"]``; services ask :func:`current` for
the staff id they record and call :func:`require` before a sensitive act, so
the rule holds whatever screen or script calls them (buttons are only greyed
out as a courtesy).

The command line and scripts run as :data:`SYSTEM` (whoever has the shell has
the database file anyway); the window starts as :data:`NOBODY` and takes the
actor of whoever signs in.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.errors import UserError

# What only an owner or a manager may do (the trust issue's list).
PERMISSIONS: dict[str, frozenset[str]] = {
    "adjust_balance": frozenset({"owner", "manager", "system"}),
    "refund_over_limit": frozenset({"owner", "manager", "system"}),
    "delete_member": frozenset({"owner", "manager", "system"}),
    "merge_members": frozenset({"owner", "system"}),
    "change_settings": frozenset({"owner", "manager", "system"}),
    "export_personal_data": frozenset({"owner", "manager", "system"}),
    "restore": frozenset({"owner", "manager", "system"}),
    "manage_staff": frozenset({"owner", "system"}),
    "view_audit": frozenset({"owner", "manager", "system"}),
}


@dataclass(frozen=True)
class Actor:
    staff_id: int | None
    name: str
    role: str  # owner | manager | cashier | system | nobody

    def may(self, permission: str) -> bool:
        return self.role in PERMISSIONS[permission]


SYSTEM = Actor(None, "system", "system")
NOBODY = Actor(None, "", "nobody")


def current(session: Session) -> Actor:
    """The actor of this unit of work (SYSTEM outside a Shop's sessions)."""
    return session.info.get("actor", SYSTEM)


def staff_id(session: Session, explicit: int | None = None) -> int | None:
    """The staff id to record: the one passed in, else the signed-in one's."""
    return explicit if explicit is not None else current(session).staff_id


def require(session: Session, permission: str) -> Actor:
    """Refuse (UserError ``not_permitted``) unless the actor may ``permission``."""
    actor = current(session)
    if not actor.may(permission):
        raise UserError("not_permitted", permission=permission, role=actor.role)
    return actor
