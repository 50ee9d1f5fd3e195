"""Staff members: roles, PINs, sign-in with a lockout, deactivation.

A PIN is 4 to 8 digits, stored only as an argon2 hash. Five wrong PINs in a
row lock the staff member out for five minutes; the count and the lock live
on the staff row, so neither a restart nor a second counter resets them.

A 4-digit PIN has only 10,000 values: the hash keeps it from being read off a
copied database file at a glance, but it is the lockout that stops guessing
at the counter. Everything here is audited.
"""
from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit, auth
from app.errors import UserError
from app.textparse import clean_name
from db.models import Staff

ROLES = auth.ROLES
PIN_MIN, PIN_MAX = 4, 8
MAX_TRIES = 5
LOCKOUT = dt.timedelta(minutes=5)

# argon2id with OWASP's minimum (19 MiB, 2 passes, 1 lane): about a tenth of
# a second on a small counter PC, so signing in feels instant, while the
# argon2-cffi default (64 MiB, 3 passes, 4 lanes) took 0.45 s on ours. Hashes
# made with other parameters still verify and are upgraded at the next sign-in.
_hasher = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)


@dataclass(frozen=True)
class StaffView:
    id: int
    name: str
    role: str
    active: bool
    has_pin: bool = False
    locked_until: dt.datetime | None = None


def _view(s: Staff) -> StaffView:
    return StaffView(s.id, s.name, s.role, s.active, s.pin_hash is not None, s.locked_until)


def actor_for(s: StaffView | Staff) -> auth.Actor:
    return auth.Actor(s.id, s.name, s.role)


# --------------------------------------------------------------------------- PINs


def clean_pin(pin) -> str:
    """``pin`` as ASCII digits (full-width digits accepted); refuses anything
    but 4 to 8 digits."""
    text = unicodedata.normalize("NFKC", str(pin if pin is not None else "")).strip()
    if not text:
        raise UserError("pin_required", field="pin")
    if not (text.isascii() and text.isdigit() and PIN_MIN <= len(text) <= PIN_MAX):
        raise UserError("pin_invalid", field="pin", min=PIN_MIN, max=PIN_MAX)
    return text


def hash_pin(pin) -> str:
    return _hasher.hash(clean_pin(pin))


def verify_pin(pin_hash: str | None, pin) -> bool:
    """True if ``pin`` matches ``pin_hash`` (False for no hash or a malformed PIN)."""
    if not pin_hash:
        return False
    try:
        text = clean_pin(pin)
    except UserError:
        return False
    try:
        return _hasher.verify(pin_hash, text)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


# --------------------------------------------------------------------------- staff


def _get(session: Session, staff_id: int, *, lock: bool = False) -> Staff:
    stmt = select(Staff).where(Staff.id == staff_id)
    if lock:
        stmt = stmt.with_for_update().execution_options(populate_existing=True)
    s = session.scalars(stmt).first()
    if s is None:
        raise UserError("staff_not_found", value=str(staff_id))
    return s


def add_staff(session: Session, *, name: str, role: str = "cashier", pin: str | None = None) -> StaffView:
    """Add a staff member (owner only, see :data:`app.auth.PERMISSIONS`)."""
    try:
        name = clean_name(name)
    except UserError as e:
        raise UserError("staff_name_required", field="name") if e.code == "name_required" else e
    if role not in ROLES:
        raise ValueError(role)
    auth.require(session, "manage_staff", target_type="staff", detail=f"add {name} ({role})")
    pin_hash = hash_pin(pin) if pin is not None else None
    now = dt.datetime.now()
    s = Staff(name=name, role=role, active=True, created_at=now, pin_hash=pin_hash, failed_pins=0,
              pin_changed_at=now if pin_hash else None)
    session.add(s)
    session.flush()
    audit.record(session, "staff_add", target_type="staff", target_id=s.id,
                 after={"name": name, "role": role, "pin": pin_hash is not None}, now=now)
    return _view(s)


def list_staff(session: Session, active_only: bool = True) -> list[StaffView]:
    stmt = select(Staff).order_by(Staff.id)
    if active_only:
        stmt = stmt.where(Staff.active.is_(True))
    return [_view(s) for s in session.scalars(stmt)]


def get_staff(session: Session, staff_id: int) -> StaffView:
    return _view(_get(session, staff_id))


def find_by_name(session: Session, name: str) -> StaffView | None:
    s = session.scalars(select(Staff).where(Staff.name == name.strip())).first()
    return _view(s) if s else None


def update_staff(session: Session, staff_id: int, *, name: str | None = None, role: str | None = None) -> StaffView:
    """Rename or change the role of a staff member (owner only). The last
    active owner keeps the owner role, so the shop is never left without one."""
    auth.require(session, "manage_staff", target_type="staff", target_id=staff_id)
    s = _get(session, staff_id, lock=True)
    before = {"name": s.name, "role": s.role}
    if name is not None:
        try:
            s.name = clean_name(name)
        except UserError as e:
            raise UserError("staff_name_required", field="name") if e.code == "name_required" else e
    if role is not None:
        if role not in ROLES:
            raise ValueError(role)
        if s.role == "owner" and role != "owner" and s.active:
            _keep_an_owner(session, s.id)
        s.role = role
    after = {"name": s.name, "role": s.role}
    if after != before:
        session.flush()
        audit.record(session, "staff_change", target_type="staff", target_id=s.id, before=before, after=after)
    return _view(s)


def _keep_an_owner(session: Session, leaving_id: int) -> None:
    others = session.scalar(
        select(Staff.id).where(Staff.role == "owner", Staff.active.is_(True), Staff.id != leaving_id).limit(1)
    )
    if others is None:
        raise UserError("last_owner")


def deactivate_staff(session: Session, staff_id: int) -> StaffView:
    """Stop a staff member signing in (their history stays; owner only)."""
    auth.require(session, "manage_staff", target_type="staff", target_id=staff_id)
    s = _get(session, staff_id, lock=True)
    if not s.active:
        return _view(s)
    if s.role == "owner":
        _keep_an_owner(session, s.id)
    s.active = False
    session.flush()
    audit.record(session, "staff_deactivate", target_type="staff", target_id=s.id,
                 before={"active": True}, after={"active": False}, detail=s.name)
    return _view(s)


def reactivate_staff(session: Session, staff_id: int) -> StaffView:
    auth.require(session, "manage_staff", target_type="staff", target_id=staff_id)
    s = _get(session, staff_id, lock=True)
    if not s.active:
        s.active = True
        session.flush()
        audit.record(session, "staff_change", target_type="staff", target_id=s.id,
                     before={"active": False}, after={"active": True}, detail=s.name)
    return _view(s)


def set_pin(
    session: Session, staff_id: int, new_pin, *, current_pin=None, now: dt.datetime | None = None
) -> StaffView:
    """Set or change a PIN.

    A staff member changes their own PIN by giving the current one; the owner
    (``manage_staff``) sets or resets anyone's without it. Either way the
    lockout is cleared.
    """
    now = now or dt.datetime.now()
    actor = auth.current(session)
    s = _get(session, staff_id, lock=True)
    own = actor.staff_id == s.id and actor.signed_in
    if own and s.pin_hash is not None and not actor.may("manage_staff"):
        if not verify_pin(s.pin_hash, current_pin):
            raise UserError("pin_wrong_current", field="current_pin")
    elif not own:
        auth.require(session, "manage_staff", target_type="staff", target_id=staff_id, detail="set PIN")
    had = s.pin_hash is not None
    s.pin_hash = hash_pin(new_pin)
    s.pin_changed_at = now
    s.failed_pins = 0
    s.locked_until = None
    session.flush()
    audit.record(session, "pin_set" if own or not had else "pin_reset", target_type="staff", target_id=s.id,
                 detail=s.name, now=now)
    return _view(s)


def needs_owner_pin(session: Session) -> StaffView | None:
    """The owner who must choose a PIN before anyone can sign in, or None.

    A database from before sign-in existed (or the demo shop) has staff but no
    owner with a PIN: the window then asks the first active owner (or, with
    no owner at all, the first active staff member, made owner) to set one.
    """
    has_owner_pin = session.scalar(
        select(Staff.id).where(Staff.role == "owner", Staff.active.is_(True), Staff.pin_hash.is_not(None)).limit(1)
    )
    if has_owner_pin is not None:
        return None
    for role_first in (True, False):
        stmt = select(Staff).where(Staff.active.is_(True)).order_by(Staff.id).limit(1)
        if role_first:
            stmt = stmt.where(Staff.role == "owner")
        s = session.scalars(stmt).first()
        if s is not None:
            return _view(s)
    return None


def claim_owner_pin(session: Session, staff_id: int, pin, *, now: dt.datetime | None = None) -> StaffView:
    """Set the first owner PIN of a shop that has none (see
    :func:`needs_owner_pin`); refused once an owner has a PIN."""
    now = now or dt.datetime.now()
    wanted = needs_owner_pin(session)
    if wanted is None or wanted.id != staff_id:
        raise UserError("owner_pin_already_set")
    s = _get(session, staff_id, lock=True)
    before_role = s.role
    s.role = "owner"
    s.pin_hash = hash_pin(pin)
    s.pin_changed_at = now
    s.failed_pins = 0
    s.locked_until = None
    session.flush()
    audit.record(session, "pin_set", target_type="staff", target_id=s.id, detail=s.name, now=now,
                 before={"role": before_role}, after={"role": "owner"}, actor=actor_for(s))
    return _view(s)


def first_owner(session: Session, name: str, pin, *, now: dt.datetime | None = None) -> StaffView:
    """Create the owner of a shop that has no active staff at all (a database
    made by ``init`` or an import rather than the first-start wizard)."""
    if session.scalar(select(Staff.id).where(Staff.active.is_(True)).limit(1)) is not None:
        raise UserError("owner_pin_already_set")
    previous = auth.current(session)
    session.info["actor"] = auth.FIRST_START
    try:
        view = add_staff(session, name=name, role="owner", pin=pin)
    finally:
        session.info["actor"] = previous
    return view


# --------------------------------------------------------------------------- sign-in


@dataclass(frozen=True)
class SignIn:
    """What :func:`sign_in` decided. ``actor`` is set when it succeeded;
    otherwise ``error`` says why, in the user's language (not raised, because
    the failed try must be saved)."""

    actor: auth.Actor | None
    error: UserError | None = None
    tries_left: int | None = None
    locked_until: dt.datetime | None = None

    @property
    def ok(self) -> bool:
        return self.actor is not None


def _minutes_left(until: dt.datetime, now: dt.datetime) -> int:
    return max(1, -(-int((until - now).total_seconds()) // 60))


def sign_in(session: Session, staff_id: int, pin, *, now: dt.datetime | None = None,
            switch_from: auth.Actor | None = None) -> SignIn:
    """Check ``pin`` for ``staff_id``; count a wrong one and lock after five.

    Runs in a write transaction that the caller commits whatever the outcome
    (the try counts either way). With ``switch_from`` (the cashier being
    replaced at the counter) a success is recorded as a cashier switch.
    """
    now = now or dt.datetime.now()
    s = _get(session, staff_id, lock=True)
    who = actor_for(s)
    if not s.active or s.pin_hash is None:
        code = "staff_inactive" if not s.active else "pin_not_set"
        audit.record(session, "sign_in_failed", target_type="staff", target_id=s.id, detail=code, now=now, actor=who)
        return SignIn(None, UserError(code, name=s.name))
    if s.locked_until is not None and now < s.locked_until:
        minutes = _minutes_left(s.locked_until, now)
        audit.record(session, "sign_in_failed", target_type="staff", target_id=s.id, detail="locked", now=now,
                     actor=who)
        return SignIn(None, UserError("pin_locked", name=s.name, minutes=minutes), 0, s.locked_until)
    if not verify_pin(s.pin_hash, pin):
        failed = (s.failed_pins or 0) + 1
        if failed >= MAX_TRIES:
            s.failed_pins = 0
            s.locked_until = now + LOCKOUT
            audit.record(session, "lockout", target_type="staff", target_id=s.id, now=now, actor=who,
                         after={"locked_until": s.locked_until}, detail=f"{MAX_TRIES} wrong PINs")
            session.flush()
            return SignIn(None, UserError("pin_locked", name=s.name, minutes=_minutes_left(s.locked_until, now)),
                          0, s.locked_until)
        s.failed_pins = failed
        s.locked_until = None
        audit.record(session, "sign_in_failed", target_type="staff", target_id=s.id, now=now, actor=who,
                     after={"failed": failed})
        session.flush()
        left = MAX_TRIES - failed
        return SignIn(None, UserError("pin_wrong", tries=left), left)
    s.failed_pins = 0
    s.locked_until = None
    if _hasher.check_needs_rehash(s.pin_hash):
        s.pin_hash = _hasher.hash(clean_pin(pin))
    session.flush()
    if switch_from is not None and switch_from.signed_in and switch_from.staff_id != s.id:
        audit.record(session, "cashier_switch", target_type="staff", target_id=s.id, now=now, actor=who,
                     before={"name": switch_from.name}, after={"name": s.name})
    else:
        audit.record(session, "sign_in", target_type="staff", target_id=s.id, now=now, actor=who)
    return SignIn(who)


def sign_out(session: Session, *, now: dt.datetime | None = None) -> None:
    """Record that the session's actor signed out (the window forgets them)."""
    actor = auth.current(session)
    if actor.staff_id is not None:
        audit.record(session, "sign_out", target_type="staff", target_id=actor.staff_id, now=now)
