"""The audit trail: who did what, when, to what, before and after.

Rows go into the append-only ``audit_log`` (db/trust_models.py). This module
only ever inserts; there is no function that updates or deletes a row, and
the database refuses such statements anyway (triggers in migration 0006).

Two ways to write:

- :func:`record` adds the row to the caller's transaction, so it is saved
  exactly when the act it describes is (a refund and its audit row commit or
  roll back together).
- :func:`record_after` queues the row on the session and writes it in its own
  short transaction once the caller's transaction has ended, whether it
  committed or rolled back. That is how a refusal survives the rollback of
  the refused transaction, and how a read-only snapshot (an export runs in
  ``shop.read()``) still leaves a trace. On SQLite the write waits until the
  caller's lock is released, so it can never deadlock against it.

Sales are not audited row by row: the points ledger already records every
earn/spend with its staff member and running balance, and :func:`page` shows
those entries beside the audit rows (a UNION), so ``record_sale`` stays fast.
Other ledgers (stored value, packages, stamps) join the view by adding a
:class:`LedgerSource` to :data:`LEDGER_SOURCES`.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass
from typing import Any, Callable

from sqlalchemy import String, and_, case, cast, event, func, insert, literal, null, select, union_all
from sqlalchemy.orm import Session

from app import auth
from db.models import Member, PointsEntry, Staff
from db.trust_models import AuditEntry

log = logging.getLogger(__name__)

# Every action the trail knows (the Audit tab's filter lists these).
ACTIONS = (
    "sign_in", "sign_out", "sign_in_failed", "lockout", "cashier_switch",
    "points_adjust", "refund", "void", "drawer_open", "export", "settings_change",
    "restore", "merge_members", "member_delete",
    "staff_add", "staff_change", "staff_deactivate", "pin_set", "pin_reset",
    "refused",
)

_PENDING_KEY = "audit_pending"
_LISTENING_KEY = "audit_listening"


def _json(value: Any) -> str | None:
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def _host() -> str:
    from app.devices import station_id

    return station_id()


def _row(session: Session, action: str, *, target_type, target_id, member_id, before, after, detail,
         now, actor: auth.Actor | None) -> dict:
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    actor = actor or auth.current(session)
    return {
        "occurred_at": now or dt.datetime.now(),
        "staff_id": actor.staff_id,
        "staff_name": (actor.name or "")[:80],
        "staff_role": actor.role,
        "action": action,
        "target_type": target_type,
        "target_id": target_id,
        "member_id": member_id,
        "before_json": _json(before),
        "after_json": _json(after),
        "detail": (detail or "")[:2000],
        "host": _host(),
    }


def record(
    session: Session,
    action: str,
    *,
    target_type: str | None = None,
    target_id: int | None = None,
    member_id: int | None = None,
    before: Any = None,
    after: Any = None,
    detail: str = "",
    now: dt.datetime | None = None,
    actor: auth.Actor | None = None,
) -> None:
    """Add an audit row to the caller's transaction (saved with the act).

    Args:
        action: one of :data:`ACTIONS`.
        before, after: anything JSON can hold (dates become text); None if
            not applicable.
        actor: who acted, when not the session's actor (a sign-in records the
            person signing in).
    """
    session.execute(insert(AuditEntry), [_row(
        session, action, target_type=target_type, target_id=target_id, member_id=member_id,
        before=before, after=after, detail=detail, now=now, actor=actor)])


def record_after(
    session: Session,
    action: str,
    *,
    target_type: str | None = None,
    target_id: int | None = None,
    member_id: int | None = None,
    before: Any = None,
    after: Any = None,
    detail: str = "",
    now: dt.datetime | None = None,
    actor: auth.Actor | None = None,
) -> None:
    """Queue an audit row, written in its own transaction once the session's
    current transaction ends (commit or rollback). Same arguments as
    :func:`record`."""
    row = _row(session, action, target_type=target_type, target_id=target_id, member_id=member_id,
               before=before, after=after, detail=detail, now=now, actor=actor)
    session.info.setdefault(_PENDING_KEY, []).append(row)
    if not session.info.get(_LISTENING_KEY):
        event.listen(session, "after_transaction_end", _write_pending)
        session.info[_LISTENING_KEY] = True
    if not session.in_transaction():  # nothing to wait for
        _write_pending(session, None)


def _write_pending(session: Session, transaction) -> None:
    if transaction is not None and transaction.parent is not None:
        return  # a savepoint or inner transaction ended; wait for the outermost
    rows = session.info.pop(_PENDING_KEY, None)
    if not rows:
        return
    try:
        bind = session.get_bind()
        engine = getattr(bind, "engine", bind)
        with engine.begin() as conn:
            conn.execute(insert(AuditEntry), rows)
    except Exception:  # never hide the refusal the caller is about to see
        log.exception("could not write %d audit row(s): %s", len(rows), rows)


# --------------------------------------------------------------------------- the view


@dataclass(frozen=True)
class AuditFilter:
    """What the Audit tab asks for. ``None`` means "any"."""

    since: dt.datetime | None = None  # inclusive
    until: dt.datetime | None = None  # exclusive
    staff_id: int | None = None
    action: str | None = None  # one of ACTIONS, or "ledger:points" etc.
    member_id: int | None = None
    include_ledgers: bool = False  # points (and other) ledger entries beside the audit rows


@dataclass(frozen=True)
class AuditRow:
    source: str  # "audit" or a ledger's name ("points", ...)
    id: int
    occurred_at: dt.datetime
    staff_id: int | None
    staff_name: str
    action: str  # an audit action, or "ledger:<kind>" for a ledger entry
    target_type: str | None
    target_id: int | None
    member_id: int | None
    member_name: str | None
    before: str | None  # JSON text
    after: str | None
    detail: str
    host: str


@dataclass(frozen=True)
class LedgerSource:
    """A ledger shown in the Audit view. ``build(filter)`` returns a SELECT
    with the columns of :func:`_audit_select` (same labels, same order), or
    None when the filter cannot match it."""

    name: str
    build: Callable[[AuditFilter], Any]


_COLUMNS = ("source", "id", "occurred_at", "staff_id", "staff_name", "action", "target_type", "target_id",
            "member_id", "before_json", "after_json", "detail", "host")


def _audit_select(f: AuditFilter):
    a = AuditEntry
    stmt = select(
        literal("audit").label("source"), a.id.label("id"), a.occurred_at.label("occurred_at"),
        a.staff_id.label("staff_id"), a.staff_name.label("staff_name"), a.action.label("action"),
        a.target_type.label("target_type"), a.target_id.label("target_id"), a.member_id.label("member_id"),
        a.before_json.label("before_json"), a.after_json.label("after_json"), a.detail.label("detail"),
        a.host.label("host"),
    )
    conds = []
    if f.since is not None:
        conds.append(a.occurred_at >= f.since)
    if f.until is not None:
        conds.append(a.occurred_at < f.until)
    if f.staff_id is not None:
        conds.append(a.staff_id == f.staff_id)
    if f.action is not None:
        if f.action.startswith("ledger:"):
            return None
        conds.append(a.action == f.action)
    if f.member_id is not None:
        conds.append(a.member_id == f.member_id)
    return stmt.where(and_(*conds)) if conds else stmt


def _points_select(f: AuditFilter):
    """The points ledger as audit-shaped rows (every earn, spend, refund,
    redemption and adjustment, with who and the balance after)."""
    if f.action is not None and f.action != "ledger:points":
        return None
    p = PointsEntry
    stmt = (
        select(
            literal("points").label("source"), p.id.label("id"), p.occurred_at.label("occurred_at"),
            p.staff_id.label("staff_id"), func.coalesce(Staff.name, "").label("staff_name"),
            (literal("ledger:") + p.kind).label("action"),
            case((p.sale_id.is_(None), None), else_=literal("sale")).label("target_type"),
            p.sale_id.label("target_id"), p.member_id.label("member_id"),
            null().label("before_json"),
            (literal('{"balance_after": ') + cast(p.balance_after, String) + literal(', "points": ')
             + cast(p.points, String) + literal("}")).label("after_json"),
            p.reason.label("detail"), literal("").label("host"),
        )
        .select_from(p)
        .outerjoin(Staff, Staff.id == p.staff_id)
    )
    conds = []
    if f.since is not None:
        conds.append(p.occurred_at >= f.since)
    if f.until is not None:
        conds.append(p.occurred_at < f.until)
    if f.staff_id is not None:
        conds.append(p.staff_id == f.staff_id)
    if f.member_id is not None:
        conds.append(p.member_id == f.member_id)
    return stmt.where(and_(*conds)) if conds else stmt


def _ledger_select(name: str, f: AuditFilter, *, entry, member_col, after, reason=None, joins=()):
    """A ledger as audit-shaped rows: action ``<name>:<kind>``, the sale as
    target, ``after`` a JSON text of the amounts (see _points_select)."""
    if f.action is not None and f.action != f"ledger:{name}":
        return None
    stmt = select(
        literal(name).label("source"), entry.id.label("id"), entry.occurred_at.label("occurred_at"),
        entry.staff_id.label("staff_id"), func.coalesce(Staff.name, "").label("staff_name"),
        (literal(f"{name}:") + entry.kind).label("action"),
        case((entry.sale_id.is_(None), None), else_=literal("sale")).label("target_type"),
        entry.sale_id.label("target_id"), member_col.label("member_id"), null().label("before_json"),
        after.label("after_json"), (reason if reason is not None else literal("")).label("detail"),
        literal("").label("host"),
    ).select_from(entry)
    for target, on in joins:
        stmt = stmt.join(target, on)
    stmt = stmt.outerjoin(Staff, Staff.id == entry.staff_id)
    conds = []
    if f.since is not None:
        conds.append(entry.occurred_at >= f.since)
    if f.until is not None:
        conds.append(entry.occurred_at < f.until)
    if f.staff_id is not None:
        conds.append(entry.staff_id == f.staff_id)
    if f.member_id is not None:
        conds.append(member_col == f.member_id)
    return stmt.where(and_(*conds)) if conds else stmt


def _json_text(**parts) -> Any:
    """``{"a": <col>, "b": <col>}`` as SQL text (SQLite and PostgreSQL alike)."""
    expr = None
    for i, (key, col) in enumerate(parts.items()):
        piece = literal(("{" if i == 0 else ", ") + f'"{key}": ') + cast(col, String)
        expr = piece if expr is None else expr + piece
    return expr + literal("}")


def _wallet_select(f: AuditFilter):
    from db.wallet_models import WalletEntry as e

    return _ledger_select("wallet", f, entry=e, member_col=e.member_id, reason=e.reason,
                          after=_json_text(bonus_after=e.bonus_after, bonus_units=e.bonus_units,
                                           paid_after=e.paid_after, paid_units=e.paid_units))


def _stamps_select(f: AuditFilter):
    from db.program_models import StampEntry as e

    return _ledger_select("stamps", f, entry=e, member_col=e.member_id,
                          after=_json_text(balance_after=e.balance_after, stamps=e.stamps))


def _package_select(f: AuditFilter):
    from db.wallet_models import MemberPackage, PackageEntry as e

    return _ledger_select("package", f, entry=e, member_col=MemberPackage.member_id, reason=e.reason,
                          joins=[(MemberPackage, MemberPackage.id == e.package_id)],
                          after=_json_text(remaining_after=e.remaining_after, sessions=e.sessions))


def _available(module: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(module) is not None


# Ledgers shown beside the audit rows when AuditFilter.include_ledgers is set
# (or one alone with action "ledger:<name>"). A new ledger adds its
# LedgerSource here, with the columns of _points_select.
LEDGER_SOURCES: list[LedgerSource] = [LedgerSource("points", _points_select)]
if _available("db.wallet_models"):
    LEDGER_SOURCES += [LedgerSource("wallet", _wallet_select), LedgerSource("package", _package_select)]
if _available("db.program_models"):
    LEDGER_SOURCES.append(LedgerSource("stamps", _stamps_select))


def _union(f: AuditFilter, first: int | None = None):
    """The matching rows of every source as one subquery. With ``first``
    (offset + limit of a page) each source is cut to its newest ``first``
    rows before they are merged, so a page reads a few hundred rows through
    each source's time index instead of sorting a whole ledger."""
    parts = [_audit_select(f)]
    if f.include_ledgers or (f.action or "").startswith("ledger:"):
        parts += [src.build(f) for src in LEDGER_SOURCES]
    parts = [p for p in parts if p is not None]
    if not parts:
        return None
    if len(parts) == 1:
        return parts[0].subquery()
    if first is not None:
        cut = []
        for p in parts:
            sub = p.order_by(p.selected_columns.occurred_at.desc(), p.selected_columns.id.desc()).limit(first)
            cut.append(select(sub.subquery()))
        parts = cut
    return union_all(*parts).subquery()


def page(session: Session, f: AuditFilter, *, offset: int = 0, limit: int = 200) -> list[AuditRow]:
    """Rows matching ``f``, newest first, ``limit`` from ``offset`` (the Audit
    tab fetches a page at a time as it scrolls)."""
    auth.require(session, "view_audit")
    u = _union(f, first=offset + limit)
    if u is None:
        return []
    rows = session.execute(
        select(u, Member.name.label("member_name"))
        .outerjoin(Member, Member.id == u.c.member_id)
        .order_by(u.c.occurred_at.desc(), u.c.source, u.c.id.desc())
        .offset(offset)
        .limit(limit)
    )
    return [
        AuditRow(r.source, r.id, r.occurred_at, r.staff_id, r.staff_name or "", r.action, r.target_type,
                 r.target_id, r.member_id, r.member_name, r.before_json, r.after_json, r.detail or "",
                 r.host or "")
        for r in rows
    ]


def count(session: Session, f: AuditFilter) -> int:
    auth.require(session, "view_audit")
    u = _union(f)
    return 0 if u is None else session.scalar(select(func.count()).select_from(u))


def latest(session: Session, action: str | None = None, limit: int = 20) -> list:
    """The newest audit rows as plain rows with the table's columns (tests,
    the command line)."""
    t = AuditEntry.__table__
    stmt = select(t).order_by(t.c.id.desc()).limit(limit)
    if action is not None:
        stmt = stmt.where(t.c.action == action)
    return list(session.execute(stmt).all())
