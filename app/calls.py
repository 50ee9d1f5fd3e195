"""Follow-up calls: the log, what a call decides, the day's assignments and
the staff results.

A call answers one item of the list (``followups.member_candidates`` tells
which: the reason, the rung, the cycle), so a rung or a birthday is called
once and a no-answer is retried the next day. What a call decides for longer
than the list looks back (do not call, a wrong number, step 3 tried, a
revival) is kept in ``followup_status``.

Owner-only acts (revive, lift do-not-call, move an assignment) take the
acting ``staff_id``; when it is given it must be an owner or a manager. Until
sign-in arrives (the trust issue) scripts and tests may leave it out.

Win-backs: a call is a win-back when the member buys (a sale that was not
voided) after the call and within ``winback_days`` (30) calendar days of it,
before the member's next call: the purchase is credited to the latest call
before it, so two staff calling the same member are not both credited, and
a call counts once however many purchases follow. A call on the last day of
a period still counts if the purchase comes in the next period.
"""
from __future__ import annotations

import bisect
import datetime as dt
import heapq
import secrets
from dataclasses import dataclass
from typing import Sequence

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from app import followups
from app.errors import UserError
from app.textparse import clean_text
from db.models import (
    FollowupAssignment,
    FollowupCall,
    FollowupStatus,
    FollowupVoucher,
    Member,
    Sale,
    Staff,
)

OUTCOMES = followups.OUTCOMES
# the member came to the phone (whatever they said)
REACHED = frozenset(("reached", "will_come_in", "not_interested", "do_not_call"))
# outcomes after which a promised voucher is issued: they heard the offer
_ISSUE_VOUCHER = frozenset(("reached", "will_come_in"))
_NO_NEXT_CALL = frozenset(("not_interested", "wrong_number", "do_not_call"))


@dataclass(frozen=True)
class CallView:
    id: int
    member_id: int
    staff_id: int | None
    called_at: dt.datetime
    reason: str | None
    step: int | None
    outcome: str
    notes: str
    next_call_on: dt.date | None
    complaint_id: int | None


@dataclass(frozen=True)
class VoucherView:
    id: int
    code: str
    member_id: int
    call_id: int
    reason: str
    step: int | None
    kind: str
    value: int
    item: str
    valid_until: dt.date
    status: str


@dataclass(frozen=True)
class CallResult:
    call: CallView
    voucher: VoucherView | None  # issued by this call (pending, to be printed)


def _call_view(c: FollowupCall) -> CallView:
    return CallView(c.id, c.member_id, c.staff_id, c.called_at, c.reason, c.step, c.outcome, c.notes,
                    c.next_call_on, c.complaint_id)


def _voucher_view(v: FollowupVoucher) -> VoucherView:
    return VoucherView(v.id, v.code, v.member_id, v.call_id, v.reason, v.step, v.kind, v.value, v.item,
                       v.valid_until, v.status)


def _member(session: Session, member_id: int) -> Member:
    m = session.get(Member, member_id)
    if m is None:
        raise UserError("member_not_found", value=str(member_id))
    return m


def _staff(session: Session, staff_id: int) -> Staff:
    s = session.get(Staff, staff_id)
    if s is None:
        raise UserError("followup_staff_not_found", field="staff", value=str(staff_id))
    return s


def _require_owner(session: Session, staff_id: int | None) -> None:
    if staff_id is not None and _staff(session, staff_id).role not in ("owner", "manager"):
        raise UserError("followup_owner_only")


def _status(session: Session, member_id: int, now: dt.datetime) -> FollowupStatus:
    st = session.get(FollowupStatus, member_id)
    if st is None:
        st = FollowupStatus(member_id=member_id, do_not_call=False, updated_at=now)
        session.add(st)
    st.updated_at = now
    return st


# --------------------------------------------------------------------------- the log


def log_call(
    session: Session,
    *,
    member_id: int,
    staff_id: int | None,
    outcome: str,
    reason: str | None = None,
    notes: str | None = None,
    next_call_on: dt.date | None = None,
    now: dt.datetime | None = None,
) -> CallResult:
    """Record a follow-up call and what it decides.

    Args:
        reason: the item the call answers; default the member's most urgent
            one (a call on a member not due is logged with no reason).
        next_call_on: call again that day (a call-back after reached / will
            come in, or a later retry than tomorrow after no answer);
            ignored when the member said no.

    Returns:
        The call, and the voucher it issued (rung 2/3 or the birthday offer,
        when the member heard it: reached or will come in; once per item).
    """
    now = now or dt.datetime.now()
    today = now.date()
    if outcome not in OUTCOMES:
        raise UserError("followup_outcome_invalid", field="outcome", value=str(outcome))
    if reason is not None and reason not in followups.REASONS:
        raise UserError("followup_reason_invalid", field="reason", value=str(reason))
    member = _member(session, member_id)
    if staff_id is not None:
        _staff(session, staff_id)
    notes = clean_text(notes, 2000, "notes")
    if outcome in _NO_NEXT_CALL:
        next_call_on = None
    if next_call_on is not None and next_call_on <= today:
        raise UserError("followup_next_call_past", field="next_call_on", date=next_call_on.isoformat())

    cands = followups.member_candidates(session, member_id, today)
    if reason is None:
        cand = cands[0] if cands and cands[0].due_on is not None else None
    else:
        cand = next((c for c in cands if c.reason == reason), None)
    call = FollowupCall(
        member_id=member_id,
        staff_id=staff_id,
        called_at=now,
        reason=cand.reason if cand else reason,
        step=cand.step if cand else None,
        cycle_on=cand.cycle_on if cand else None,
        complaint_id=cand.complaint_id if cand else None,
        outcome=outcome,
        notes=notes,
        next_call_on=next_call_on,
        created_at=dt.datetime.now(),
    )
    session.add(call)
    session.flush()

    if outcome == "do_not_call":
        st = _status(session, member_id, now)
        st.do_not_call, st.do_not_call_at = True, now
    elif outcome == "wrong_number":
        _status(session, member_id, now).wrong_phone = member.phone_norm
    if cand is not None and cand.reason == "dormant" and cand.step == 3:
        st = session.get(FollowupStatus, member_id)
        epoch = member.last_purchase_at
        if st is not None and st.revived_at is not None and (epoch is None or st.revived_at > epoch):
            epoch = st.revived_at
        if st is None or st.step3_tried_at is None or (epoch is not None and st.step3_tried_at < epoch):
            _status(session, member_id, now).step3_tried_at = now

    voucher = None
    if cand is not None and outcome in _ISSUE_VOUCHER:
        voucher = _issue_voucher(session, member_id, call, cand, today)
    session.flush()
    return CallResult(_call_view(call), _voucher_view(voucher) if voucher else None)


def _voucher_rule(rules: dict, reason: str, step: int | None) -> dict | None:
    if reason == "dormant" and step:
        return rules["dormant"]["vouchers"][step - 1]
    if reason == "birthday":
        return rules["birthday"]["voucher"]
    return None


_CODE_CHARS = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O, 1/I


def _new_code(session: Session) -> str:
    for _ in range(20):
        code = "F" + "".join(secrets.choice(_CODE_CHARS) for _ in range(9))
        if session.scalar(select(FollowupVoucher.id).where(FollowupVoucher.code == code)) is None:
            return code
    raise RuntimeError("could not find a free voucher code")


def _issue_voucher(session, member_id, call, cand, today) -> FollowupVoucher | None:
    rule = _voucher_rule(followups.get_rules(session), cand.reason, cand.step)
    if rule is None:
        return None
    already = session.scalar(
        select(FollowupVoucher.id)
        .join(FollowupCall, FollowupCall.id == FollowupVoucher.call_id)
        .where(FollowupVoucher.member_id == member_id, FollowupVoucher.reason == cand.reason,
               FollowupCall.step.is_(None) if cand.step is None else FollowupCall.step == cand.step,
               FollowupCall.cycle_on == cand.cycle_on, FollowupVoucher.status != "void")
    )
    if already is not None:
        return None
    v = FollowupVoucher(
        code=_new_code(session), member_id=member_id, call_id=call.id, reason=cand.reason, step=cand.step,
        kind=rule["kind"], value=rule["value"], item=rule["item"],
        valid_until=today + dt.timedelta(days=rule["valid_days"]), status="pending", created_at=call.called_at,
    )
    session.add(v)
    session.flush()
    return v


def call_history(session: Session, member_id: int, limit: int = 100) -> list[CallView]:
    """A member's calls, newest first."""
    rows = session.scalars(
        select(FollowupCall).where(FollowupCall.member_id == member_id)
        .order_by(FollowupCall.called_at.desc(), FollowupCall.id.desc()).limit(limit)
    )
    return [_call_view(c) for c in rows]


def calls_on(session: Session, day: dt.date, staff_id: int | None = None) -> list[CallView]:
    """The calls made on ``day`` (by one staff member), in order."""
    stmt = select(FollowupCall).where(
        FollowupCall.called_at >= dt.datetime.combine(day, dt.time.min),
        FollowupCall.called_at < dt.datetime.combine(day + dt.timedelta(days=1), dt.time.min),
    ).order_by(FollowupCall.called_at, FollowupCall.id)
    if staff_id is not None:
        stmt = stmt.where(FollowupCall.staff_id == staff_id)
    return [_call_view(c) for c in session.scalars(stmt)]


def vouchers(session: Session, *, status: str | None = "pending", member_id: int | None = None) -> list[VoucherView]:
    """Vouchers promised on calls (default: the pending ones, to print)."""
    stmt = select(FollowupVoucher).order_by(FollowupVoucher.id)
    if status is not None:
        stmt = stmt.where(FollowupVoucher.status == status)
    if member_id is not None:
        stmt = stmt.where(FollowupVoucher.member_id == member_id)
    return [_voucher_view(v) for v in session.scalars(stmt)]


def set_voucher_status(session: Session, voucher_id: int, status: str) -> VoucherView:
    """Mark a voucher printed, used or void (the print issue calls this)."""
    if status not in ("pending", "printed", "used", "void"):
        raise ValueError(status)
    v = session.get(FollowupVoucher, voucher_id)
    if v is None:
        raise UserError("followup_voucher_not_found", value=str(voucher_id))
    v.status = status
    session.flush()
    return _voucher_view(v)


# --------------------------------------------------------------------------- owner's decisions


def set_do_not_call(session: Session, member_id: int, *, staff_id: int | None = None,
                    now: dt.datetime | None = None) -> None:
    """Take the member off every list (the member asked, not on a call)."""
    now = now or dt.datetime.now()
    _member(session, member_id)
    st = _status(session, member_id, now)
    st.do_not_call, st.do_not_call_at = True, now
    session.flush()


def lift_do_not_call(session: Session, member_id: int, *, staff_id: int | None = None,
                     now: dt.datetime | None = None) -> bool:
    """The owner lifts do-not-call. Returns False if it was not set."""
    now = now or dt.datetime.now()
    _require_owner(session, staff_id)
    _member(session, member_id)
    st = session.get(FollowupStatus, member_id)
    if st is None or not st.do_not_call:
        return False
    st.do_not_call, st.do_not_call_at, st.updated_at = False, None, now
    session.flush()
    return True


def revive(session: Session, member_id: int, *, staff_id: int | None = None,
           now: dt.datetime | None = None) -> None:
    """The owner brings a lost member back: a fresh ladder starts today, at
    the rung their dormancy reaches."""
    now = now or dt.datetime.now()
    _require_owner(session, staff_id)
    _member(session, member_id)
    if not followups.is_lost(session, member_id, now.date()):
        raise UserError("followup_not_lost")
    st = _status(session, member_id, now)
    st.revived_at, st.step3_tried_at = now, None
    session.flush()


@dataclass(frozen=True)
class LostMember:
    member_id: int
    member_no: str
    name: str
    phone: str
    last_purchase_on: dt.date | None
    step3_tried_on: dt.date
    lost_on: dt.date


def lost_members(session: Session, as_of: dt.date) -> list[LostMember]:
    """Members the ladder gave up on (for the owner to revive), latest first."""
    lost_after = followups.get_rules(session)["dormant"]["lost_after_days"]
    rows = session.execute(
        select(Member.id, Member.member_no, Member.name, Member.phone, Member.last_purchase_at,
               FollowupStatus.step3_tried_at, FollowupStatus.revived_at)
        .join(FollowupStatus, FollowupStatus.member_id == Member.id)
        .where(FollowupStatus.step3_tried_at.is_not(None))
    )
    out = []
    for mid, no, name, phone, last, tried, revived in rows:
        epoch = max(x for x in (last, revived) if x is not None) if (last or revived) else None
        lost_on = tried.date() + dt.timedelta(days=lost_after)
        if (epoch is None or tried >= epoch) and lost_on <= as_of:
            out.append(LostMember(mid, no, name, phone, last.date() if last else None, tried.date(), lost_on))
    out.sort(key=lambda x: (x.lost_on, x.member_no), reverse=True)
    return out


# --------------------------------------------------------------------------- the day's calls


def assign(
    session: Session,
    as_of: dt.date,
    staff_ids: Sequence[int],
    *,
    limit_per_staff: int | None = None,
    now: dt.datetime | None = None,
) -> dict[int, int]:
    """Spread the day's list evenly over the staff on shift.

    Rows already assigned today stay where they are (a staff member may have
    started on them); rows of staff no longer on shift are spread again
    unless the owner placed them. New rows go, most urgent first, to whoever
    has the fewest, ties to the first in ``staff_ids``, so counts differ by
    at most one when starting fresh.

    Args:
        limit_per_staff: give each at most this many rows today (the most
            urgent); None assigns the whole list.

    Returns:
        Rows per staff member for the day.
    """
    now = now or dt.datetime.now()
    on_shift = list(dict.fromkeys(staff_ids))
    if not on_shift:
        raise UserError("followup_no_staff", field="staff")
    for sid in on_shift:
        if not _staff(session, sid).active:
            raise UserError("followup_staff_not_found", field="staff", value=str(sid))
    followups.prepare(session, as_of, now)  # the quarter's thank-you list, kept for the day's lists
    items = followups.due_list(session, as_of)
    due_ids = {i.member_id for i in items}
    load = {sid: 0 for sid in on_shift}
    taken: set[int] = set()
    release = []
    for a in session.scalars(select(FollowupAssignment).where(FollowupAssignment.day == as_of)):
        if a.staff_id in load or a.manual or a.member_id not in due_ids:
            if a.staff_id in load:
                load[a.staff_id] += 1
            taken.add(a.member_id)
        else:
            release.append(a.id)
    if release:
        session.execute(delete(FollowupAssignment).where(FollowupAssignment.id.in_(release)))
    order = {sid: k for k, sid in enumerate(on_shift)}
    heap = [(n, order[sid], sid) for sid, n in load.items()]
    heapq.heapify(heap)
    rows = []
    for item in items:
        if item.member_id in taken:
            continue
        n, k, sid = heap[0]
        if limit_per_staff is not None and n >= limit_per_staff:
            break
        rows.append({"day": as_of, "member_id": item.member_id, "staff_id": sid, "manual": False,
                     "assigned_at": now})
        heapq.heapreplace(heap, (n + 1, k, sid))
        load[sid] = n + 1
    for i in range(0, len(rows), 5000):
        session.execute(insert(FollowupAssignment), rows[i : i + 5000])
    session.flush()
    return load


def reassign(session: Session, as_of: dt.date, member_id: int, staff_id: int, *,
             by_staff_id: int | None = None, now: dt.datetime | None = None) -> None:
    """The owner gives one row of the day to another staff member."""
    now = now or dt.datetime.now()
    _require_owner(session, by_staff_id)
    _member(session, member_id)
    _staff(session, staff_id)
    a = session.scalar(select(FollowupAssignment).where(
        FollowupAssignment.day == as_of, FollowupAssignment.member_id == member_id))
    if a is None:
        session.add(FollowupAssignment(day=as_of, member_id=member_id, staff_id=staff_id, manual=True,
                                       assigned_at=now))
    else:
        a.staff_id, a.manual, a.assigned_at = staff_id, True, now
    session.flush()


def my_calls(session: Session, staff_id: int, as_of: dt.date) -> list[followups.DueItem]:
    """The rows assigned to ``staff_id`` that are still to call today."""
    return followups.due_list(session, as_of, staff_id=staff_id)


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class StaffResult:
    staff_id: int
    name: str
    calls: int
    reached: int
    winbacks: int
    winback_rate: float  # win-backs / calls made (0.0 with no calls)


def staff_performance(session: Session, start: dt.date, end: dt.date) -> list[StaffResult]:
    """Calls made from ``start`` to ``end`` (inclusive) per staff member, how
    many reached the member, and how many won them back (see the module
    notes); active staff with no calls are listed with zeros. Best first."""
    days = followups.get_rules(session)["calls"]["winback_days"]
    t0 = dt.datetime.combine(start, dt.time.min)
    t1 = dt.datetime.combine(end + dt.timedelta(days=1), dt.time.min)
    t_end = t1 + dt.timedelta(days=days)
    period = session.execute(
        select(FollowupCall.id, FollowupCall.member_id, FollowupCall.staff_id, FollowupCall.called_at,
               FollowupCall.outcome)
        .where(FollowupCall.called_at >= t0, FollowupCall.called_at < t1, FollowupCall.staff_id.is_not(None))
    ).all()
    members = sorted({r.member_id for r in period})
    later_calls: dict[int, list[dt.datetime]] = {}
    purchases: dict[int, list[dt.datetime]] = {}
    for i in range(0, len(members), 5000):
        part = members[i : i + 5000]
        for mid, at in session.execute(
            select(FollowupCall.member_id, FollowupCall.called_at)
            .where(FollowupCall.member_id.in_(part), FollowupCall.called_at >= t0, FollowupCall.called_at < t_end)
        ):
            later_calls.setdefault(mid, []).append(at)
        for mid, at in session.execute(
            select(Sale.member_id, Sale.occurred_at)
            .where(Sale.member_id.in_(part), Sale.occurred_at >= t0, Sale.occurred_at < t_end,
                   Sale.status != "voided")
        ):
            purchases.setdefault(mid, []).append(at)
    for lst in (*later_calls.values(), *purchases.values()):
        lst.sort()

    tally: dict[int, list[int]] = {}
    for call_id, mid, sid, at, outcome in period:
        t = tally.setdefault(sid, [0, 0, 0])
        t[0] += 1
        t[1] += outcome in REACHED
        calls = later_calls.get(mid, [])
        k = bisect.bisect_right(calls, at)
        next_call = calls[k] if k < len(calls) else None
        limit = dt.datetime.combine(at.date() + dt.timedelta(days=days + 1), dt.time.min)
        if next_call is not None and next_call < limit:
            limit = next_call
        buys = purchases.get(mid, [])
        j = bisect.bisect_right(buys, at)
        if j < len(buys) and buys[j] < limit:
            t[2] += 1
    names = dict(session.execute(select(Staff.id, Staff.name)).all())
    active = session.scalars(select(Staff.id).where(Staff.active.is_(True))).all()
    for sid in active:
        tally.setdefault(sid, [0, 0, 0])
    out = [StaffResult(sid, names.get(sid, "?"), c, r, w, (w / c) if c else 0.0) for sid, (c, r, w) in tally.items()]
    out.sort(key=lambda x: (-x.winbacks, -x.winback_rate, -x.calls, x.name, x.staff_id))
    return out
