"""Merging duplicate members (owner only).

The same customer signed up twice (a new phone, a lost card): the owner picks
the member to keep and the duplicate to merge into it. Afterwards:

- every row that belongs to the duplicate — sales, redemptions, refunds'
  sales, coupons, follow-up calls, complaints, vouchers, wallet top-ups,
  packages, referrals … — belongs to the kept member. The tables are found
  from the foreign keys to ``members.id``, so a table added later moves too
  unless it is listed in :data:`STAY`;
- balances are *transferred*, not rewritten: ledgers are append-only and each
  entry's ``balance_after`` continues the member's own chain, so the
  duplicate's ledger gets a ``merge_out`` entry to zero and the kept member a
  ``merge_in`` entry of the same amount (points; the wallet and stamp card the
  same way with their ``adjust`` kind). ``check`` stays clean, and the old
  entries stay readable under the old card;
- the duplicate is not deleted: it is marked ``merged_into_id`` = the kept
  member, keeps its own details for the record, and counter look-ups lead to
  the kept member (app/members.py);
- the follow-up stats are rebuilt for both, and the merge is audited with
  both members as they were and the kept one as it is now.

A row that cannot move because the kept member already has its twin (one
follow-up status per member, one check-in per day, one assignment per day …)
stays with the duplicate, where it harms nothing; the audit row counts them.
"""
from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
from dataclasses import dataclass, field

from sqlalchemy import and_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app import audit, auth, memberstats
from app import points as ledger
from app.errors import UserError
from db.models import Base, Member

# Tables whose member rows do not move: append-only ledgers (their balances
# are transferred instead), per-member balance rows, caches that are rebuilt,
# and history that describes the old card itself.
STAY = frozenset({
    "points_ledger", "wallet_ledger", "stamp_ledger",  # chains of balance_after
    "wallets", "member_programs",  # one balance row per member: transferred
    "member_stats",  # rebuilt from the sales
    "tier_changes",  # the old card's own tier history
})


@dataclass
class MergeResult:
    kept_id: int
    merged_id: int
    points_moved: int
    rows_moved: dict[str, int] = field(default_factory=dict)
    rows_left: dict[str, int] = field(default_factory=dict)


def _load_models() -> None:
    import db

    for mod in pkgutil.iter_modules(db.__path__):
        if mod.name.endswith("models"):
            importlib.import_module(f"db.{mod.name}")


def member_columns():
    """(table, column) for every column pointing at ``members.id``."""
    _load_models()
    for table in Base.metadata.sorted_tables:
        for col in table.columns:
            for fk in col.foreign_keys:
                if fk.column.table.name == "members" and fk.column.name == "id":
                    yield table, col


def _snapshot(m: Member) -> dict:
    return {
        "id": m.id, "member_no": m.member_no, "name": m.name, "phone": m.phone,
        "points_balance": m.points_balance, "joined_on": m.joined_on, "referred_by_id": m.referred_by_id,
        "last_purchase_at": m.last_purchase_at, "notes": m.notes,
    }


def _move(session: Session, table, col, old_id: int, new_id: int) -> tuple[int, int]:
    """Point ``col`` of ``table`` from ``old_id`` to ``new_id``; rows that
    would collide with a unique key stay. Returns (moved, left)."""
    try:
        with session.begin_nested():
            moved = session.execute(update(table).where(col == old_id).values({col.name: new_id})).rowcount
        return moved, 0
    except IntegrityError:
        pass
    pk = list(table.primary_key.columns)
    moved = left = 0
    for key in session.execute(select(*pk).where(col == old_id)).all():
        try:
            with session.begin_nested():
                session.execute(update(table).where(and_(*(c == v for c, v in zip(pk, key))))
                                .values({col.name: new_id}))
            moved += 1
        except IntegrityError:
            left += 1
    return moved, left


def _transfer_wallet(session: Session, merged: Member, kept: Member, now: dt.datetime, reason: str) -> dict | None:
    try:
        from app.programs import wallet
        from db.wallet_models import Wallet
    except ImportError:  # pragma: no cover - before stored value exists
        return None
    w_old = session.get(Wallet, merged.id)
    if w_old is None or (w_old.paid_units == 0 and w_old.bonus_units == 0):
        return None
    w_old = wallet.lock_wallet(session, merged.id, now)
    w_new = wallet.lock_wallet(session, kept.id, now)
    paid, bonus = w_old.paid_units, w_old.bonus_units
    staff = auth.staff_id(session)
    wallet._post(session, w_old, "adjust", -paid, -bonus, now=now, staff_id=staff, reason=reason)
    wallet._post(session, w_new, "adjust", paid, bonus, now=now, staff_id=staff, reason=reason)
    return {"paid_units": paid, "bonus_units": bonus}


def _transfer_stamps(session: Session, merged: Member, kept: Member, now: dt.datetime, reason: str) -> int:
    try:
        from db.program_models import MemberProgram, StampEntry
    except ImportError:  # pragma: no cover - before the programs exist
        return 0

    def locked(member_id):
        return session.execute(
            select(MemberProgram).where(MemberProgram.member_id == member_id).with_for_update()
            .execution_options(populate_existing=True)
        ).scalar_one_or_none()

    old = locked(merged.id)
    if old is None or not old.stamps_balance:
        return 0
    new = locked(kept.id)
    if new is None:
        from app.programs import state

        new = state.get_or_create(session, kept.id)
    n = old.stamps_balance
    staff = auth.staff_id(session)
    old.stamps_balance = 0
    session.add(StampEntry(member_id=merged.id, occurred_at=now, kind="adjust", stamps=-n, balance_after=0,
                           staff_id=staff))
    new.stamps_balance += n
    session.add(StampEntry(member_id=kept.id, occurred_at=now, kind="adjust", stamps=n,
                           balance_after=new.stamps_balance, staff_id=staff))
    session.flush()
    return n


def exact_member(session: Session, text: str) -> Member:
    """The member with exactly this card number or phone (not the member it
    may have been merged into, as the counter's look-up would give)."""
    from app import cardno
    from app.textparse import fold, normalize_phone

    raw = fold(text or "")
    m = session.scalars(select(Member).where(Member.member_no == cardno.normalize(raw))).first() if raw else None
    if m is None and raw:
        try:
            m = session.scalars(select(Member).where(Member.phone_norm == normalize_phone(raw))).first()
        except UserError:
            m = None
    if m is None:
        raise UserError("member_not_found", value=text)
    return m


def merge_members(session: Session, *, keep_id: int, merge_id: int, now: dt.datetime | None = None) -> MergeResult:
    """Merge member ``merge_id`` into ``keep_id`` (see the module notes).

    Raises:
        UserError: not the owner (audited), the same member twice, a member
            missing or already merged.
    """
    now = now or dt.datetime.now()
    if keep_id == merge_id:
        raise UserError("merge_same_member")
    auth.require(session, "merge_members", target_type="member", target_id=keep_id, member_id=keep_id,
                 detail=f"merge member {merge_id} into {keep_id}")
    # lock in id order so two counters merging crosswise cannot deadlock
    first, second = sorted((keep_id, merge_id))
    locked = {first: ledger.lock_member(session, first), second: ledger.lock_member(session, second)}
    kept, merged = locked[keep_id], locked[merge_id]
    for m in (kept, merged):
        if m.merged_into_id is not None:
            raise UserError("member_already_merged", member_no=m.member_no)
    before = {"kept": _snapshot(kept), "merged": _snapshot(merged)}
    reason = f"merged card {merged.member_no} into {kept.member_no}"

    # balances first, while each ledger still belongs to its member
    points = merged.points_balance
    if points:
        out = ledger.post(session, merged, -points, "merge_out", now=now, staff_id=auth.staff_id(session),
                          reason=reason)
        ledger.post(session, kept, points, "merge_in", now=now, staff_id=auth.staff_id(session), reason=reason,
                    corrects_id=out.id)
    wallet_moved = _transfer_wallet(session, merged, kept, now, reason)
    stamps_moved = _transfer_stamps(session, merged, kept, now, reason)

    result = MergeResult(kept.id, merged.id, points)
    session.flush()
    for table, col in member_columns():
        if table.name in STAY:
            continue
        if table.name == "members":
            if col.name == "referred_by_id":  # members the duplicate introduced
                moved = session.execute(
                    update(table).where(col == merged.id, table.c.id != kept.id).values(referred_by_id=kept.id)
                ).rowcount
            elif col.name == "merged_into_id":  # earlier duplicates of the duplicate
                moved = session.execute(update(table).where(col == merged.id).values(merged_into_id=kept.id)).rowcount
            else:  # pragma: no cover - a new self-reference: leave it be
                continue
            left = 0
        else:
            moved, left = _move(session, table, col, merged.id, kept.id)
        key = f"{table.name}.{col.name}"
        if moved:
            result.rows_moved[key] = moved
        if left:
            result.rows_left[key] = left

    kept = session.execute(select(Member).where(Member.id == kept.id).execution_options(populate_existing=True)
                           ).scalar_one()
    merged = session.execute(select(Member).where(Member.id == merged.id).execution_options(populate_existing=True)
                             ).scalar_one()
    if kept.referred_by_id is None and merged.referred_by_id not in (None, kept.id):
        kept.referred_by_id = merged.referred_by_id
    if merged.referred_by_id == kept.id:
        merged.referred_by_id = None
    if merged.last_purchase_at and (kept.last_purchase_at is None or merged.last_purchase_at > kept.last_purchase_at):
        kept.last_purchase_at = merged.last_purchase_at
    kept.joined_on = min(kept.joined_on, merged.joined_on)
    merged.merged_into_id = kept.id
    merged.merged_at = now
    merged.last_purchase_at = None  # its purchases are the kept member's now
    session.flush()
    # nobody is asked to phone the duplicate (birthday, new member ...): the kept member gets the calls
    from db.models import FollowupStatus

    status = session.get(FollowupStatus, merged.id)
    if status is None:
        status = FollowupStatus(member_id=merged.id, do_not_call=True, updated_at=now)
        session.add(status)
    status.do_not_call, status.do_not_call_at, status.updated_at = True, now, now
    session.flush()
    memberstats.recompute_member(session, kept.id)
    memberstats.recompute_member(session, merged.id)
    audit.record(
        session, "merge_members", target_type="member", target_id=kept.id, member_id=kept.id,
        before=before,
        after={"kept": _snapshot(kept), "merged_into_id": kept.id, "points_moved": points,
               "wallet_moved": wallet_moved, "stamps_moved": stamps_moved,
               "rows_moved": result.rows_moved, "rows_left": result.rows_left},
        detail=reason, now=now,
    )
    # the duplicate's own row is found by the member filter too
    audit.record(session, "merge_members", target_type="member", target_id=merged.id, member_id=merged.id,
                 detail=reason, after={"merged_into_id": kept.id}, now=now)
    return result
