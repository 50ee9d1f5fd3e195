"""Who is acting, and what they may do.

Every write runs as an :class:`Actor`. ``Shop.transaction()`` puts the shop's
current actor in ``session.info["actor"]``; services ask :func:`current` for
the staff id they record and call :func:`require` before a sensitive act, so
the rule holds whatever screen or script calls them (buttons are only greyed
out as a courtesy).

The command line and scripts run as :data:`SYSTEM` (whoever has the shell has
the database file anyway); the command line names itself
:data:`COMMAND_LINE` so the audit trail says where a change came from. The
window starts as :data:`NOBODY` (who may do nothing sensitive) and takes the
actor of whoever signs in (:func:`app.staff.sign_in`).

A refusal is audited. The refused transaction is rolled back by its caller,
so the audit row is queued on the session and written in its own short
transaction once that transaction has ended (see :func:`app.audit.record_after`).
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.errors import UserError

ROLES = ("owner", "manager", "cashier")

# What only an owner or a manager may do (the trust issue's list). "system"
# is the command line, scripts and tests.
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

    @property
    def signed_in(self) -> bool:
        """A person (or the system) is acting; False only for NOBODY."""
        return self.role != "nobody"


SYSTEM = Actor(None, "system", "system")
NOBODY = Actor(None, "", "nobody")
COMMAND_LINE = Actor(None, "command line", "system")
# The first-start wizard: there is no owner to sign in yet, it creates one.
FIRST_START = Actor(None, "first start", "system")


def current(session: Session) -> Actor:
    """The actor of this unit of work (SYSTEM outside a Shop's sessions)."""
    return session.info.get("actor", SYSTEM)


def staff_id(session: Session, explicit: int | None = None) -> int | None:
    """The staff id to record: the one passed in, else the signed-in one's."""
    return explicit if explicit is not None else current(session).staff_id


def require(
    session: Session,
    permission: str,
    *,
    target_type: str | None = None,
    target_id: int | None = None,
    member_id: int | None = None,
    detail: str = "",
    refusal: UserError | None = None,
) -> Actor:
    """Refuse (UserError ``not_permitted``) unless the actor may ``permission``.

    A refusal is recorded in the audit trail (action ``refused``) even though
    the caller's transaction will be rolled back; ``target_*``, ``member_id``
    and ``detail`` say what was attempted. ``refusal`` is raised instead of
    the generic message when the caller can say more (e.g. the refund limit).
    """
    if permission not in PERMISSIONS:
        raise KeyError(permission)
    actor = current(session)
    if not actor.may(permission):
        from app import audit

        audit.record_after(
            session, "refused", target_type=target_type, target_id=target_id, member_id=member_id,
            after={"permission": permission}, detail=detail or permission,
        )
        if refusal is not None and actor.signed_in:
            raise refusal
        code = "not_permitted_owner" if PERMISSIONS[permission] <= {"owner", "system"} else "not_permitted"
        if not actor.signed_in:
            code = "not_signed_in"
        raise UserError(code, permission=permission, role=actor.role)
    return actor
