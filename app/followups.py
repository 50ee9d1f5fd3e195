"""Follow-ups: who the staff should phone today, why, and what to say.

A member is *due* for one or more reasons; the list shows each member once,
under the most urgent reason, with the others in ``other_reasons``.

Urgency (most urgent first), and why:

1. ``complaint`` — an unhappy customer is the likeliest to leave and to tell
   others; an open complaint is promised a call within 2 days.
2. ``birthday`` — tied to a date: a greeting after the day is worth little,
   and it is the warmest excuse to reach a member who is drifting away.
3. ``dormant`` — the win-back ladder; the member is slipping away now.
4. ``replenish`` — a narrow window before the usual interval runs out, but the
   member is still active: a missed call costs a purchase, not the customer.
5. ``new_member`` — the first impression fades within a week or two.
6. ``unused_balance`` — money already in the shop keeps (the member has a
   reason to come back by themselves); a nudge, not an emergency.
7. ``thank_you`` — any day of the quarter will do.

Within a reason: higher complaint severity first, then the longest waiting
(``due_on``), then card number.

The rules (defaults; every number is a setting, see :data:`PRESETS`):

- **dormant**: no purchase for 60 days → step 1 (ask how they are, mention
  what's on); 120 → step 2 (a free voucher is waiting); 180 → step 3 (a large
  discount coupon). A member enters at the rung their dormancy reaches (an
  import at 200 days starts at step 3). Each rung is called once; when step 3
  has been tried (any call) and 30 more days pass without a purchase the
  member is *lost*: on no list (except an open complaint) until the owner
  revives them (``calls.revive``), which starts a fresh ladder at the rung
  their dormancy reaches. Any purchase resets the ladder. Members who never
  bought are not on it (there is nothing to win back yet; see ``new_member``).
- **birthday**: the birthday (year not needed) is today or within the next
  ``days_before`` (7) days; 29 February is celebrated on 28 February in
  common years; once per birthday.
- **replenish**: at least ``min_purchases`` (3) visits (days with a purchase)
  at a steady rhythm: the spread of the gaps between visits (standard
  deviation / mean) is at most ``max_variation`` (0.25) and the mean gap is
  between ``min_interval_days`` and ``max_interval_days``. Due
  ``lead_days`` (3) before the next visit is expected (last visit + mean
  gap), until ``overdue_days`` after it; once per visit.
- **unused_balance**: a registered balance provider (stored value, packages:
  the loyalty-programs issue plugs in with :func:`register_balance_provider`)
  reports a balance and the member has not bought for ``idle_days`` (30).
- **complaint**: any open complaint, from the day it is logged (call by 2
  days later) until it is resolved; after a call it comes back
  ``repeat_days`` later (the next day after no answer) while still open.
- **thank_you**: the top ``top_percent`` (20%) of members who spent anything
  in the four whole quarters before today's, by that spend; once a quarter.
- **new_member**: ``after_days`` (7) after the first visit (the first
  purchase, or signing up if that came first), for ``window_days`` (7) days.

Calls (``app.calls``): no answer → due again the next day, up to
``no_answer_retries`` (3) retries, then off the list until the next rung or
reason; reached / will come in → done for that item (unless the caller set a
next-call date, then due again that day); not interested → done; wrong number
→ off every list until the phone number is changed; do not call → off every
list until the owner lifts it.

``due_on`` is the day the item fell due (the rung reached, a week before the
birthday, ``lead_days`` before the expected visit, the complaint's day ...),
or the retry / call-back day after a call. ``target_on`` is the date the item
is about, where there is one: the birthday, the expected visit, the call-by
date of a complaint.

Speed: every reason is an indexed range query (members.last_purchase_at, the
birthday index, member_stats.next_expected_on / first_purchase_on /
spend_quarter, members.joined_on, open complaints); days are counted in SQL;
calls are read only for the last ~5 months (every rule's cycle fits). See
tests/perf/bench_followups.py.
"""
from __future__ import annotations

import copy
import csv
import datetime as dt
import gc
import io
import json
import math
import unicodedata
from contextlib import contextmanager
from dataclasses import dataclass
from operator import itemgetter
from typing import Any, Callable, Iterable, Sequence

from sqlalchemy import and_, case, delete, func, insert, literal, or_, select
from sqlalchemy.orm import Session

from app import messages
from app import settings as shop_settings
from app.members import days_to_birthday
from app.memberstats import (  # noqa: F401  (re-exported: the one call record_sale makes)
    note_purchase,
    quarter_index,
    quarter_start,
    recompute_member,
    recompute_stats,
)
from app.sqldates import day_number
from db.models import (
    Complaint,
    FollowupAssignment,
    FollowupCall,
    FollowupStatus,
    Member,
    MemberStats,
    Staff,
    ThankYouList,
    ThankYouPick,
)

REASONS = ("complaint", "birthday", "dormant", "replenish", "new_member", "unused_balance", "thank_you")
PRIORITY = {r: i for i, r in enumerate(REASONS)}
OUTCOMES = ("reached", "no_answer", "wrong_number", "will_come_in", "not_interested", "do_not_call")
SEVERITIES = ("low", "medium", "high")
VOUCHER_KINDS = ("amount_off", "percent_off", "free_item")
SETTINGS_KEY = "followups"

# --------------------------------------------------------------------------- settings


def _voucher(kind: str, value: int, valid_days: int = 30, item: str = "") -> dict:
    return {"kind": kind, "value": value, "item": item, "valid_days": valid_days}


_RETAIL: dict[str, Any] = {
    "preset": "retail",
    "dormant": {
        "enabled": True,
        "steps": [60, 120, 180],
        "lost_after_days": 30,
        # per rung (1, 2, 3): the voucher the call promises, or None
        "vouchers": [None, _voucher("amount_off", 10000), _voucher("percent_off", 30)],
    },
    "birthday": {"enabled": True, "days_before": 7, "voucher": _voucher("percent_off", 10)},
    "replenish": {
        "enabled": True,
        "min_purchases": 3,
        "max_variation": 0.25,
        "lead_days": 3,
        "overdue_days": 7,
        "min_interval_days": 7,
        "max_interval_days": 120,
    },
    "unused_balance": {"enabled": True, "idle_days": 30},
    "complaint": {"enabled": True, "call_within_days": 2, "repeat_days": 2},
    "thank_you": {"enabled": True, "top_percent": 20},
    "new_member": {"enabled": True, "after_days": 7, "window_days": 7},
    "calls": {"no_answer_retries": 3, "retry_after_days": 1, "winback_days": 30},
}


def _preset(name: str, **changes: dict) -> dict:
    rules = copy.deepcopy(_RETAIL)
    rules["preset"] = name
    for section, values in changes.items():
        rules[section].update(values)
    return rules


PRESETS: dict[str, dict] = {
    "retail": _preset("retail"),
    # Regulars book every 4-8 weeks: remind a few days early so they book;
    # ask about a new cut within days, while it is fresh.
    "salon": _preset(
        "salon",
        dormant={"vouchers": [None, _voucher("amount_off", 20000), _voucher("percent_off", 30)]},
        birthday={"voucher": _voucher("percent_off", 20)},
        replenish={"lead_days": 5, "overdue_days": 10, "min_interval_days": 14, "max_interval_days": 90,
                   "max_variation": 0.3},
        new_member={"after_days": 3},
    ),
    # Players come weekly; a month away is already a warning. Game credit
    # (stored value) is the balance that matters; nothing to replenish.
    "arcade": _preset(
        "arcade",
        dormant={"steps": [30, 60, 90],
                 "vouchers": [None, _voucher("amount_off", 5000, 14), _voucher("percent_off", 50, 14)]},
        birthday={"voucher": _voucher("amount_off", 10000)},
        replenish={"enabled": False},
        unused_balance={"idle_days": 14},
        new_member={"after_days": 3, "window_days": 4},
    ),
    # Formula, nappies, wipes: the call before the tin is empty is the point.
    "mother_baby": _preset(
        "mother_baby",
        dormant={"steps": [45, 90, 150]},
        replenish={"lead_days": 5, "overdue_days": 10, "min_interval_days": 5, "max_interval_days": 60,
                   "max_variation": 0.35},
    ),
}

_INT = "int"
_SCHEMA: dict[str, dict[str, Any]] = {
    "dormant": {"enabled": bool, "steps": "steps", "lost_after_days": (1, 3650), "vouchers": "vouchers"},
    "birthday": {"enabled": bool, "days_before": (0, 60), "voucher": "voucher"},
    "replenish": {
        "enabled": bool, "min_purchases": (2, 1000), "max_variation": "fraction", "lead_days": (0, 365),
        "overdue_days": (0, 365), "min_interval_days": (1, 3650), "max_interval_days": (1, 3650),
    },
    "unused_balance": {"enabled": bool, "idle_days": (1, 3650)},
    "complaint": {"enabled": bool, "call_within_days": (0, 60), "repeat_days": (1, 60)},
    "thank_you": {"enabled": bool, "top_percent": (1, 100)},
    "new_member": {"enabled": bool, "after_days": (0, 365), "window_days": (1, 365)},
    "calls": {"no_answer_retries": (0, 20), "retry_after_days": (1, 30), "winback_days": (1, 365)},
}


def _is_int(v) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _voucher_problem(v) -> str | None:
    if v is None:
        return None
    if not isinstance(v, dict) or set(v) != {"kind", "value", "item", "valid_days"}:
        return "a voucher has kind, value, item and valid_days"
    if v["kind"] not in VOUCHER_KINDS:
        return f"voucher kind {v['kind']!r}"
    if not _is_int(v["value"]) or v["value"] < 0:
        return "voucher value must be a whole number ≥ 0"
    if v["kind"] == "percent_off" and not 1 <= v["value"] <= 100:
        return "percent off must be 1-100"
    if v["kind"] == "amount_off" and v["value"] <= 0:
        return "amount off must be more than 0"
    if not isinstance(v["item"], str) or len(v["item"]) > 100:
        return "voucher item must be text (at most 100 characters)"
    if not _is_int(v["valid_days"]) or not 1 <= v["valid_days"] <= 3650:
        return "voucher valid_days must be 1-3650"
    return None


def rules_problems(value: Any) -> list[str]:
    """What is wrong with a follow-up settings value (empty when valid)."""
    if not isinstance(value, dict):
        return ["not an object"]
    problems = []
    if value.get("preset") not in (*PRESETS, "custom"):
        problems.append(f"preset {value.get('preset')!r}")
    extra = set(value) - set(_SCHEMA) - {"preset"}
    if extra:
        problems.append(f"unknown sections {sorted(extra)}")
    for section, fields in _SCHEMA.items():
        sec = value.get(section)
        if not isinstance(sec, dict) or set(sec) != set(fields):
            problems.append(f"{section}: needs exactly {sorted(fields)}")
            continue
        for name, kind in fields.items():
            v = sec[name]
            where = f"{section}.{name}"
            if kind is bool:
                if not isinstance(v, bool):
                    problems.append(f"{where}: true or false")
            elif isinstance(kind, tuple):
                if not _is_int(v) or not kind[0] <= v <= kind[1]:
                    problems.append(f"{where}: a whole number {kind[0]}-{kind[1]}")
            elif kind == "fraction":
                if isinstance(v, bool) or not isinstance(v, (int, float)) or not 0 <= v <= 5:
                    problems.append(f"{where}: a number 0-5")
            elif kind == "steps":
                if (not isinstance(v, list) or len(v) != 3 or not all(_is_int(x) and 1 <= x <= 3650 for x in v)
                        or not v[0] < v[1] < v[2]):
                    problems.append(f"{where}: three increasing day counts")
            elif kind == "vouchers":
                if not isinstance(v, list) or len(v) != 3:
                    problems.append(f"{where}: one entry (or null) per rung")
                else:
                    problems += [f"{where}[{i}]: {p}" for i, x in enumerate(v) if (p := _voucher_problem(x))]
            elif kind == "voucher":
                if p := _voucher_problem(v):
                    problems.append(f"{where}: {p}")
    rep = value.get("replenish")
    if isinstance(rep, dict) and _is_int(rep.get("min_interval_days")) and _is_int(rep.get("max_interval_days")):
        if rep["min_interval_days"] > rep["max_interval_days"]:
            problems.append("replenish: min_interval_days is more than max_interval_days")
    return problems


def _valid_rules(value: Any) -> bool:
    return not rules_problems(value)


shop_settings.register(SETTINGS_KEY, PRESETS["retail"], _valid_rules)


def get_rules(session: Session) -> dict:
    """The shop's follow-up settings (a copy; change with :func:`put_rules`)."""
    return copy.deepcopy(shop_settings.get(session, SETTINGS_KEY))


def put_rules(session: Session, rules: dict) -> None:
    """Store edited settings (validated; ``preset`` becomes ``custom`` unless
    they equal a preset)."""
    rules = copy.deepcopy(rules)
    same = [n for n, p in PRESETS.items() if {**p, "preset": None} == {**rules, "preset": None}]
    rules["preset"] = same[0] if same else "custom"
    shop_settings.put(session, **{SETTINGS_KEY: rules})


def apply_preset(session: Session, name: str) -> dict:
    """Use the presets for a kind of shop: salon, arcade, retail, mother_baby."""
    from app.errors import UserError

    if name not in PRESETS:
        raise UserError("followup_preset_unknown", field="preset", value=name, choices=", ".join(PRESETS))
    shop_settings.put(session, **{SETTINGS_KEY: copy.deepcopy(PRESETS[name])})
    return copy.deepcopy(PRESETS[name])


# --------------------------------------------------------------------------- balances hook


@dataclass(frozen=True)
class Balance:
    """Something of value a member has left with the shop."""

    member_id: int
    # e.g. "NT$500 stored value" in the shop's language; or a function giving
    # it, called only for members who make the list (formatting money with
    # Babel costs ~20 µs, and most balances belong to members who came lately)
    description: str | Callable[[], str]


BalanceProvider = Callable[[Session, dt.date, str], Iterable[Balance]]
_BALANCE_PROVIDERS: dict[str, BalanceProvider] = {}


def register_balance_provider(name: str, provider: BalanceProvider) -> None:
    """Plug in a kind of balance (stored value, session packages ...).

    ``provider(session, as_of, lang)`` yields :class:`Balance` for members with
    something left (it may leave out members who bought recently; the idle
    test is done here). Registering the same name again replaces it.
    """
    _BALANCE_PROVIDERS[name] = provider


def unregister_balance_provider(name: str) -> None:
    _BALANCE_PROVIDERS.pop(name, None)


def _load_builtin_providers() -> None:
    """Stored value and packages (app/programs) register their providers when
    imported; import them here so every caller of the list, the command line
    too, sees them (not at the top: they import this module)."""
    import app.programs.packages  # noqa: F401
    import app.programs.wallet  # noqa: F401


# --------------------------------------------------------------------------- the list


@dataclass(slots=True)
class DueItem:
    """One row of the call list (plain values, safe after the session)."""

    member_id: int
    member_no: str
    name: str
    phone: str
    reason: str
    step: int | None
    days_since_last_purchase: int | None
    due_on: dt.date
    suggested_action: str
    other_reasons: tuple[str, ...] = ()
    last_outcome: str | None = None
    last_called_on: dt.date | None = None
    attempts: int = 0  # unanswered calls so far for this reason (and rung)
    target_on: dt.date | None = None  # the birthday, the expected visit, a complaint's call-by day
    complaint_id: int | None = None
    assigned_staff_id: int | None = None
    assigned_staff: str | None = None


@dataclass(frozen=True)
class Candidate:
    """One reason a member is (or was, this cycle) due. ``cycle_on`` anchors
    it (the ladder's start, the birthday, the quarter ...); calls store it so
    each item is answered once. ``due_on`` is None when the item is done (or
    given up) this cycle, and after today while waiting for a retry."""

    reason: str
    step: int | None
    due_on: dt.date | None
    cycle_on: dt.date
    target_on: dt.date | None
    attempts: int
    complaint_id: int | None = None


# A candidate inside the engine is a plain tuple (hundreds of thousands are
# made per list): (priority, sub-order, due ordinal or None, step, cycle
# ordinal, target ordinal or None, no-answers, complaint id, text detail).
_PRIO, _SUB, _DUE, _STEP, _CYCLE, _TARGET, _ATTEMPTS, _CID, _DETAIL = range(9)
P_COMPLAINT, P_BIRTHDAY, P_DORMANT, P_REPLENISH, P_NEW, P_BALANCE, P_THANKS = range(7)
assert REASONS[P_THANKS] == "thank_you" and REASONS[P_DORMANT] == "dormant"


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time.min)


# calls: per member, tuples in call order
_C_DAY, _C_REASON, _C_STEP, _C_CYCLE, _C_OUTCOME, _C_NEXT, _C_COMPLAINT = range(7)
_CALLBACK_OUTCOMES = frozenset(("reached", "will_come_in"))


def _cycle_state(calls, reason, step, cycle, complaint_id, rules) -> tuple[int | None, int]:
    """Replay this item's calls: (due-from ordinal, no-answers). due-from is
    0 when no call set a date, None when the item is done or given up."""
    c = rules["calls"]
    due_from, no_answers, done = 0, 0, False
    for call in calls:
        if call[_C_REASON] != reason:
            continue
        if reason == "complaint":
            if call[_C_COMPLAINT] != complaint_id:
                continue
        elif call[_C_STEP] != step or call[_C_CYCLE] != cycle:
            continue
        outcome, nxt = call[_C_OUTCOME], call[_C_NEXT]
        if outcome == "no_answer":
            no_answers += 1
            due_from = nxt or call[_C_DAY] + c["retry_after_days"]
        elif reason == "complaint":
            # open until resolved: call again after repeat_days (or the date set)
            due_from = nxt or call[_C_DAY] + rules["complaint"]["repeat_days"]
        elif outcome in _CALLBACK_OUTCOMES:
            if nxt:
                due_from, done = nxt, False  # "call me back on ..."
            else:
                done = True
        else:  # not interested, wrong number, do not call
            done = True
    if reason == "complaint":
        return due_from, no_answers
    if done or no_answers > c["no_answer_retries"]:
        return None, no_answers
    return due_from, no_answers


class _Days(dict):
    """Day ordinals from what the database returns for ``_day_key``: a
    'YYYY-MM-DD...' prefix on SQLite (cheaper there than date arithmetic;
    a shop has a few thousand distinct days, each parsed once), an ordinal
    already on other databases. ``days[key]``; None stays None."""

    def __init__(self):
        super().__init__()
        self[None] = None

    def __missing__(self, key):
        value = key if isinstance(key, int) else dt.date.fromisoformat(key[:10]).toordinal()
        self[key] = value
        return value


class _Dates(dict):
    """``dates[ordinal]`` → a date object, made once per distinct day."""

    def __init__(self):
        super().__init__()
        self[None] = None

    def __missing__(self, ordinal):
        value = self[ordinal] = dt.date.fromordinal(ordinal)
        return value


class _Engine:
    """Collects every member's candidates for ``as_of`` (one instance per
    list). Queries run on the session's connection as Core statements: the
    ORM adds nothing here but time per row."""

    def __init__(self, session: Session, as_of: dt.date, only=None, include_all: bool = False):
        self.s = session
        self.conn = session.connection()
        self.sqlite = self.conn.dialect.name == "sqlite"
        self.as_of = as_of
        self.ord = as_of.toordinal()
        self.only = only
        self.include_all = include_all
        self.rules = get_rules(session)
        self.day = _Days()
        self.out: _Rows | None = None  # set by due_list: rows may be built as they are found
        self.info: dict[int, tuple] = {}  # member_id -> (member_no, name, phone, days since purchase)
        self.cands: dict[int, Any] = {}  # member_id -> candidate tuple, or a list of them
        self._load_status()
        self._load_calls()

    # -- helpers
    def _day_key(self, col):
        return func.substr(col, 1, 10) if self.sqlite else day_number(col)

    def _restrict(self, stmt, col=Member.id):
        return stmt if self.only is None else stmt.where(col.in_(self.only))

    def _run(self, stmt) -> list:
        return self.conn.execute(self._restrict(stmt)).fetchall()

    def _member_cols(self):
        return (Member.id, Member.member_no, Member.name, Member.phone, self._day_key(Member.last_purchase_at))

    def _info(self, row) -> tuple:
        last = self.day[row[4]]
        return (row[1], row[2], row[3], None if last is None else self.ord - last)

    def _add(self, mid: int, info: tuple, cand: tuple) -> None:
        due = cand[_DUE]
        if not self.include_all and (due is None or due > self.ord):
            return
        c = self.cands.get(mid)
        if c is None:
            self.cands[mid] = cand
            self.info[mid] = info
        elif type(c) is list:
            c.append(cand)
        else:
            self.cands[mid] = [c, cand]

    def _state(self, mid, reason, step, cycle, base_due, complaint_id=None) -> tuple[int | None, int]:
        calls = self.calls.get(mid)
        if not calls:
            return base_due, 0
        due_from, attempts = _cycle_state(calls, reason, step, cycle, complaint_id, self.rules)
        if due_from is None:
            return None, attempts
        return max(base_due, due_from), attempts

    def _skip(self, mid: int, prio: int) -> bool:
        if self.include_all:
            return False
        return mid in self.blocked or (prio != P_COMPLAINT and mid in self.lost)

    # -- shared state
    def _load_status(self) -> None:
        """Who is blocked (do not call, or a wrong number still on file),
        lost (step 3 tried ``lost_after_days`` ago with no purchase or
        revival since) or revived; decided in SQL (no datetime per row)."""
        self.blocked: set[int] = set()
        self.lost: set[int] = set()
        self.revived: dict[int, int] = {}  # member_id -> ordinal of the revival
        F, M = FollowupStatus, Member
        lost_cut = _midnight(self.as_of - dt.timedelta(days=self.rules["dormant"]["lost_after_days"] - 1))
        tomorrow = _midnight(self.as_of + dt.timedelta(days=1))
        blocked = or_(F.do_not_call.is_(True), and_(F.wrong_phone.is_not(None), F.wrong_phone == M.phone_norm))
        lost = and_(
            F.step3_tried_at.is_not(None),
            F.step3_tried_at < lost_cut,
            or_(M.last_purchase_at.is_(None), F.step3_tried_at >= M.last_purchase_at),
            or_(F.revived_at.is_(None), F.step3_tried_at >= F.revived_at),
        )
        revived = and_(F.revived_at.is_not(None), F.revived_at < tomorrow,
                       or_(M.last_purchase_at.is_(None), F.revived_at > M.last_purchase_at))
        rows = self.conn.execute(self._restrict(
            select(F.member_id, case((blocked, 1), else_=0), case((lost, 1), else_=0),
                   case((revived, self._day_key(F.revived_at)), else_=None))
            .join(M, M.id == F.member_id),
            F.member_id,
        )).fetchall()
        day = self.day
        for mid, is_blocked, is_lost, revived_key in rows:
            if is_blocked:
                self.blocked.add(mid)
            if is_lost:
                self.lost.add(mid)
            if revived_key is not None:
                self.revived[mid] = day[revived_key]

    def _load_calls(self) -> None:
        """The calls that can still matter: each rule's current cycle is
        bounded (a rung lasts steps[k+1] - steps[k] days, step 3 is lost
        lost_after_days after its first try — kept in followup_status — a
        quarter is 92 days ...), so about five months covers them all. An
        open complaint older than that is due whatever its old calls said
        (they are past its repeat_days). ``last_outcome`` shows the latest
        call in the window."""
        r = self.rules
        steps = r["dormant"]["steps"]
        horizon = 31 + max(
            92,
            steps[1] - steps[0],
            steps[2] - steps[1],
            r["dormant"]["lost_after_days"],
            r["replenish"]["max_interval_days"] + r["replenish"]["overdue_days"],
            r["birthday"]["days_before"],
            r["new_member"]["after_days"] + r["new_member"]["window_days"],
            r["unused_balance"]["idle_days"],
        )
        C = FollowupCall
        cols = (
            C.member_id, self._day_key(C.called_at), C.reason, C.step, self._day_key(C.cycle_on),
            C.outcome, self._day_key(C.next_call_on), C.complaint_id,
        )
        rows = self.conn.execute(self._restrict(
            select(*cols)
            .where(C.called_at >= _midnight(self.as_of - dt.timedelta(days=horizon)),
                   C.called_at < _midnight(self.as_of + dt.timedelta(days=1)))
            .order_by(C.called_at, C.id),
            C.member_id,
        )).fetchall()
        day = self.day
        calls: dict[int, list[tuple]] = {}
        last_call: dict[int, tuple[str, int]] = {}
        for mid, called, reason, step, cycle, outcome, nxt, cid in rows:
            call = (day[called], reason, step, day[cycle], outcome, day[nxt], cid)
            lst = calls.get(mid)
            if lst is None:
                calls[mid] = [call]
            else:
                lst.append(call)
            last_call[mid] = (outcome, call[0])
        self.calls, self.last_call = calls, last_call

    # -- the reasons
    def dormant(self) -> None:
        r = self.rules["dormant"]
        if not r["enabled"]:
            return
        t1, t2, t3 = r["steps"]
        as_ord, calls, revived, day = self.ord, self.calls, self.revived, self.day
        include_all = self.include_all
        skip = set() if include_all else (self.blocked | self.lost)
        rows = self._run(select(*self._member_cols()).where(
            Member.last_purchase_at < _midnight(self.as_of - dt.timedelta(days=t1 - 1))))
        cands, info = self.cands, self.info
        out = self.out
        if out is not None:
            append, dates, last_call = out.keyed.append, out.dates, out.last_call
            assigned, names = out.assigned, out.names
            texts = {step: out.fixed[P_DORMANT * 8 + step] for step in (1, 2, 3)}
            key0 = (P_DORMANT * 16 + 8) << 52
            Item = DueItem
        for mid, no, name, phone, key in rows:
            if mid in skip:
                continue
            last = day[key]
            days = as_ord - last
            if days >= t3:
                step, due = 3, last + t3
            elif days >= t2:
                step, due = 2, last + t2
            else:
                step, due = 1, last + t1
            cycle = last
            attempts = 0
            if revived and mid in revived:
                cycle = revived[mid]
                due = max(due, cycle)
            if mid in calls:
                due, attempts = self._state(mid, "dormant", step, cycle, due)
                if not include_all and (due is None or due > as_ord):
                    continue
            elif due > as_ord:  # a revival later than as_of
                continue
            c = cands.get(mid)
            if c is None and out is not None:
                # no other reason (the ladder runs last): the row, straight away
                if assigned and mid in assigned:
                    staff = assigned[mid]
                    staff_name = names.get(staff)
                else:
                    staff = staff_name = None
                if mid in calls:
                    outcome, called = last_call[mid]
                    called = dates[called]
                else:
                    outcome = called = None
                append((key0 + (due << 32) + mid, Item(
                    mid, no, name, phone, "dormant", step, days, dates[due], texts[step], (), outcome, called,
                    attempts, None, None, staff, staff_name,
                )))
                continue
            cand = (P_DORMANT, 0, due, step, cycle, None, attempts, None, None)
            if c is None:
                cands[mid] = cand
                info[mid] = (no, name, phone, days)
            elif type(c) is list:
                c.append(cand)
            else:
                cands[mid] = [c, cand]

    def birthday(self) -> None:
        r = self.rules["birthday"]
        if not r["enabled"]:
            return
        ahead = r["days_before"]
        months: dict[int, list[int]] = {}
        for i in range(ahead + 1):
            d = self.as_of + dt.timedelta(days=i)
            months.setdefault(d.month, []).append(d.day)
            if d.month == 2 and d.day == 28 and not _is_leap(d.year):
                months[2].append(29)  # celebrated on 28 Feb in common years
        cond = or_(*(and_(Member.birth_month == m, Member.birth_day.between(min(ds), max(ds)))
                     for m, ds in months.items()))
        for row in self._run(select(*self._member_cols(), Member.birth_month, Member.birth_day).where(cond)):
            mid = row[0]
            if self._skip(mid, P_BIRTHDAY):
                continue
            to_go = days_to_birthday(row[5], row[6], self.as_of)
            if to_go is None or to_go > ahead:
                continue
            bday = self.ord + to_go
            due, attempts = self._state(mid, "birthday", None, bday, bday - ahead)
            self._add(mid, self._info(row), (P_BIRTHDAY, 0, due, None, bday, bday, attempts, None, None))

    def replenish(self) -> None:
        r = self.rules["replenish"]
        if not r["enabled"]:
            return
        S = MemberStats
        rows = self._run(
            select(*self._member_cols(), S.visit_count, S.gap_sum_days, S.gap_sumsq_days,
                   self._day_key(S.next_expected_on), self._day_key(S.last_visit_on))
            .join(S, S.member_id == Member.id)
            .where(S.next_expected_on.between(self.as_of - dt.timedelta(days=r["overdue_days"]),
                                              self.as_of + dt.timedelta(days=r["lead_days"])),
                   S.visit_count >= r["min_purchases"],
                   # steady_rhythm in SQL (n gaps: mean in range; n·Σg² − (Σg)² ≤ v²·(Σg)²),
                   # so irregular members never reach the members table
                   S.gap_sum_days >= r["min_interval_days"] * (S.visit_count - 1),
                   S.gap_sum_days <= r["max_interval_days"] * (S.visit_count - 1),
                   (S.visit_count - 1) * S.gap_sumsq_days - S.gap_sum_days * S.gap_sum_days
                   <= (r["max_variation"] ** 2 + 1e-9) * S.gap_sum_days * S.gap_sum_days)
        )
        for row in rows:
            mid = row[0]
            if self._skip(mid, P_REPLENISH):
                continue
            visits, gap_sum, gap_sumsq = row[5], row[6], row[7]
            if not steady_rhythm(visits, gap_sum, gap_sumsq, r):
                continue
            expected, last = self.day[row[8]], self.day[row[9]]
            due, attempts = self._state(mid, "replenish", None, last, expected - r["lead_days"])
            mean = round(gap_sum / (visits - 1))
            self._add(mid, self._info(row), (P_REPLENISH, 0, due, None, last, expected, attempts, None, mean))

    def new_member(self) -> None:
        r = self.rules["new_member"]
        if not r["enabled"]:
            return
        hi = self.as_of - dt.timedelta(days=r["after_days"])
        lo = hi - dt.timedelta(days=r["window_days"] - 1)
        S = MemberStats
        by_purchase = (
            select(*self._member_cols(), self._day_key(S.first_purchase_on))
            .join(S, S.member_id == Member.id)
            .where(S.first_purchase_on.between(lo, hi), Member.joined_on >= S.first_purchase_on)
        )
        by_joining = (
            select(*self._member_cols(), self._day_key(Member.joined_on))
            .outerjoin(S, S.member_id == Member.id)
            .where(Member.joined_on.between(lo, hi),
                   or_(S.member_id.is_(None), S.first_purchase_on > Member.joined_on))
        )
        for stmt in (by_purchase, by_joining):
            for row in self._run(stmt):
                mid, first = row[0], self.day[row[5]]
                if self._skip(mid, P_NEW):
                    continue
                due, attempts = self._state(mid, "new_member", None, first, first + r["after_days"])
                self._add(mid, self._info(row), (P_NEW, 0, due, None, first, None, attempts, None, None))

    def complaint(self) -> None:
        r = self.rules["complaint"]
        if not r["enabled"]:
            return
        rank = {s: i for i, s in enumerate(SEVERITIES, 1)}
        rows = self._run(
            select(*self._member_cols(), Complaint.id, self._day_key(Complaint.opened_at), Complaint.severity,
                   Complaint.what)
            .join(Complaint, Complaint.member_id == Member.id)
            .where(Complaint.status == "open", Complaint.opened_at < _midnight(self.as_of + dt.timedelta(days=1)))
            .order_by(Complaint.opened_at, Complaint.id)
        )
        best: dict[int, tuple] = {}
        for row in rows:
            mid = row[0]
            if self._skip(mid, P_COMPLAINT):
                continue
            cid, opened, severity, what = row[5], self.day[row[6]], row[7], row[8]
            due, attempts = self._state(mid, "complaint", None, opened, opened, complaint_id=cid)
            if not self.include_all and (due is None or due > self.ord):
                continue
            cand = (P_COMPLAINT, -rank.get(severity, 2), due, None, opened, opened + r["call_within_days"],
                    attempts, cid, (severity, what))
            key = (cand[_SUB], due or 0, cid)
            if mid not in best or key < best[mid][0]:
                best[mid] = (key, row, cand)
        for _, row, cand in best.values():
            self._add(row[0], self._info(row), cand)

    def thank_you(self) -> None:
        r = self.rules["thank_you"]
        if not r["enabled"]:
            return
        q = quarter_index(self.as_of)
        stored = self.conn.execute(select(ThankYouList.top_percent).where(ThankYouList.quarter == q)).first()
        if stored is not None and stored[0] == r["top_percent"]:
            picks = select(ThankYouPick.member_id).where(ThankYouPick.quarter == q).subquery()
        else:  # not drawn yet this quarter (see prepare): rank now, keep nothing
            picks = _thank_you_ranking(self.conn, q, r["top_percent"])[1]
            if picks is None:
                return
        start = quarter_start(q).toordinal()
        calls, cands, info, day, as_ord = self.calls, self.cands, self.info, self.day, self.ord
        skip = set() if self.include_all else (self.blocked | self.lost)
        plain = (P_THANKS, 0, start, None, start, None, 0, None, None)
        for mid, no, name, phone, key in self._run(
                select(*self._member_cols()).join(picks, picks.c.member_id == Member.id)):
            if mid in skip:
                continue
            cand = plain
            if mid in calls:
                due, attempts = self._state(mid, "thank_you", None, start, start)
                if not self.include_all and (due is None or due > as_ord):
                    continue
                cand = (P_THANKS, 0, due, None, start, None, attempts, None, None)
            c = cands.get(mid)
            if c is None:
                cands[mid] = cand
                last = day[key]
                info[mid] = (no, name, phone, None if last is None else as_ord - last)
            elif type(c) is list:
                c.append(cand)
            else:
                cands[mid] = [c, cand]

    def unused_balance(self, lang: str) -> None:
        r = self.rules["unused_balance"]
        _load_builtin_providers()
        if not r["enabled"] or not _BALANCE_PROVIDERS:
            return
        found: dict[int, list[str]] = {}
        for provider in list(_BALANCE_PROVIDERS.values()):
            for bal in provider(self.s, self.as_of, lang):
                found.setdefault(bal.member_id, []).append(bal.description)
        ids = sorted(found)
        for i in range(0, len(ids), 5000):
            rows = self._run(select(*self._member_cols(), self._day_key(Member.joined_on))
                             .where(Member.id.in_(ids[i : i + 5000])))
            for row in rows:
                mid = row[0]
                if self._skip(mid, P_BALANCE):
                    continue
                info = self._info(row)
                last = self.ord - info[3] if info[3] is not None else self.day[row[5]]
                if self.ord - last < r["idle_days"]:
                    continue
                due, attempts = self._state(mid, "unused_balance", None, last, last + r["idle_days"])
                texts = [d if isinstance(d, str) else d() for d in found[mid]]
                self._add(mid, info, (P_BALANCE, 0, due, None, last, None, attempts, None, "; ".join(texts)))

    def run(self, lang: str) -> None:
        self.complaint()
        self.birthday()
        self.replenish()
        self.new_member()
        self.unused_balance(lang)
        self.thank_you()
        self.dormant()  # last: half the members, most with no other reason (see dormant)


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _thank_you_ranking(conn, q: int, top_percent: int):
    """(spenders, subquery of the top ``top_percent`` members as member_id,
    spend) for quarter ``q``: spend in the four whole quarters before it,
    among members who spent anything then. ``(0, None)`` when nobody did."""
    S = MemberStats
    b = [getattr(S, f"spend_q{k}_cents") for k in range(5)]
    # the buckets count back from the member's latest quarter, so which of
    # them fall in the window depends only on how many quarters ago that was
    window = case(
        (S.spend_quarter == q, b[1] + b[2] + b[3] + b[4]),
        (S.spend_quarter == q - 1, b[0] + b[1] + b[2] + b[3]),
        (S.spend_quarter == q - 2, b[0] + b[1] + b[2]),
        (S.spend_quarter == q - 3, b[0] + b[1]),
        (S.spend_quarter == q - 4, b[0]),
        else_=0,
    )
    # "+ 0" keeps the planner off ix_member_stats_spend_quarter: most members
    # bought within five quarters, and a plain scan beats a lookup per row
    base = ((S.spend_quarter + 0).between(q - 4, q), window > 0)
    n = conn.execute(select(func.count()).select_from(S).where(*base)).scalar() or 0
    if not n:
        return 0, None
    top_n = math.ceil(n * top_percent / 100)
    top = (
        select(S.member_id.label("member_id"), window.label("spend")).where(*base)
        .order_by(window.desc(), S.member_id).limit(top_n).subquery()
    )
    return n, top


def prepare(session: Session, as_of: dt.date | None = None, now: dt.datetime | None = None) -> bool:
    """Draw and keep this quarter's thank-you list, so every list of the
    quarter reads it instead of ranking all spenders again (about 0.4 s at
    200,000 members). Call in a write transaction when the Follow-ups tab
    opens; ``calls.assign`` calls it too. Cheap when already drawn.

    Returns:
        True if the list was drawn now.
    """
    as_of = as_of or dt.date.today()
    r = get_rules(session)["thank_you"]
    if not r["enabled"]:
        return False
    conn = session.connection()
    q = quarter_index(as_of)
    stored = conn.execute(select(ThankYouList.top_percent).where(ThankYouList.quarter == q)).first()
    if stored is not None and stored[0] == r["top_percent"]:
        return False
    conn.execute(delete(ThankYouList).where(or_(ThankYouList.quarter == q, ThankYouList.quarter < q - 8)))
    conn.execute(delete(ThankYouPick).where(or_(ThankYouPick.quarter == q, ThankYouPick.quarter < q - 8)))
    n, top = _thank_you_ranking(conn, q, r["top_percent"])
    picked = 0
    if top is not None:
        picked = conn.execute(insert(ThankYouPick).from_select(
            ["quarter", "member_id", "spend_cents"], select(literal(q), top.c.member_id, top.c.spend)
        ).execution_options(preserve_rowcount=True)).rowcount  # else -1 on PostgreSQL
    conn.execute(insert(ThankYouList).values(quarter=q, top_percent=r["top_percent"], spenders=n, picked=picked,
                                             created_at=now or dt.datetime.now()))
    return True


def steady_rhythm(visits: int, gap_sum: int, gap_sumsq: int, rules: dict) -> bool:
    """True when the gaps between visits are regular enough to predict the
    next one: enough visits, a mean gap within the shop's range, and a
    spread (population standard deviation / mean) of at most max_variation."""
    if visits < max(rules["min_purchases"], 2):
        return False
    n = visits - 1
    mean = gap_sum / n
    if mean <= 0 or not rules["min_interval_days"] <= mean <= rules["max_interval_days"]:
        return False
    var = max(gap_sumsq / n - mean * mean, 0.0)
    return math.sqrt(var) / mean <= rules["max_variation"] + 1e-9


def member_candidates(session: Session, member_id: int, as_of: dt.date) -> list[Candidate]:
    """Every reason that applies to the member this cycle, whether due,
    waiting for a retry day, or already answered (``due_on`` None): the
    due ones first, most urgent first. ``calls.log_call`` uses it to know
    which item a call answers."""
    eng = _Engine(session, as_of, only=[member_id], include_all=True)
    eng.run(shop_settings.get(session, "language"))
    c = eng.cands.get(member_id)
    cands = [] if c is None else (c if type(c) is list else [c])
    cands.sort(key=lambda t: (t[_DUE] is None, t[_DUE] is not None and t[_DUE] > eng.ord, t[_PRIO], t[_SUB],
                              t[_DUE] or 0))
    f = dt.date.fromordinal
    return [
        Candidate(REASONS[t[_PRIO]], t[_STEP], f(t[_DUE]) if t[_DUE] is not None else None, f(t[_CYCLE]),
                  f(t[_TARGET]) if t[_TARGET] else None, t[_ATTEMPTS], t[_CID])
        for t in cands
    ]


def is_lost(session: Session, member_id: int, as_of: dt.date) -> bool:
    """True when the ladder gave up on the member (step 3 tried + 30 days)."""
    return member_id in _Engine(session, as_of, only=[member_id]).lost


def is_blocked(session: Session, member_id: int, as_of: dt.date) -> bool:
    """True when the member is on no list: do not call, or a wrong number."""
    return member_id in _Engine(session, as_of, only=[member_id]).blocked


@contextmanager
def _gc_paused():
    """Pause the cyclic garbage collector while a list is built: it makes a
    few hundred thousand tuples (none in cycles), which otherwise trigger
    several full collections over every object in the process — more than
    half the time at 200,000 members. Reference counting still frees
    everything; the collector resumes (if it was on) when the list is done."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def due_list(session: Session, as_of: dt.date | None = None, *, staff_id: int | None = None,
             member_ids: Sequence[int] | None = None) -> list[DueItem]:
    """The call list for ``as_of`` (default today), most urgent first: by
    reason (see the module notes), complaint severity, ``due_on``, then
    member id (the longer-standing member first).

    Args:
        staff_id: only the members assigned to this staff member that day.
        member_ids: only these members (e.g. the one open in a dialog).
    """
    with _gc_paused():
        return _due_list(session, as_of or dt.date.today(), staff_id, member_ids)


def _due_list(session: Session, as_of: dt.date, staff_id: int | None,
              member_ids: Sequence[int] | None) -> list[DueItem]:
    only = None
    if staff_id is not None:
        only = select(FollowupAssignment.member_id).where(
            FollowupAssignment.day == as_of, FollowupAssignment.staff_id == staff_id
        )
        if member_ids is not None:
            only = only.where(FollowupAssignment.member_id.in_(list(member_ids)))
    elif member_ids is not None:
        only = list(member_ids)
    lang = shop_settings.get(session, "language")
    eng = _Engine(session, as_of, only=only)
    texts = _Texts(lang, shop_settings.get(session, "currency"), eng.rules, as_of)
    assigned = dict(eng.conn.execute(eng._restrict(
        select(FollowupAssignment.member_id, FollowupAssignment.staff_id).where(FollowupAssignment.day == as_of),
        FollowupAssignment.member_id,
    )).all())
    names = dict(session.execute(select(Staff.id, Staff.name)).all()) if assigned else {}
    eng.out = out = _Rows(texts, eng.last_call, assigned, names)
    eng.run(lang)
    return out.finish(eng.cands, eng.info)


class _Rows:
    """Builds the list's rows, each with one int that sorts it: priority and
    sub-order, due day, member id (ints compare fast; ids are unique)."""

    def __init__(self, texts: "_Texts", last_call: dict, assigned: dict, names: dict):
        self.keyed: list[tuple[int, DueItem]] = []
        self.dates = _Dates()
        self.texts = texts
        self.fixed = texts.fixed()  # the texts that are the same on every row of a reason (and rung)
        self.last_call = last_call
        self.assigned = assigned
        self.names = names

    def finish(self, cands: dict, info: dict) -> list[DueItem]:
        """Add the members collected as candidates, sort, return the rows."""
        append = self.keyed.append
        dates, last_call, assigned, names = self.dates, self.last_call, self.assigned, self.names
        fixed, say, reasons = self.fixed, self.texts.say, REASONS
        for mid, c in cands.items():
            others = ()
            if type(c) is list:
                c.sort()
                others = tuple([reasons[x[_PRIO]] for x in c[1:]])
                c = c[0]
            no, name, phone, days = info[mid]
            prio, due = c[_PRIO], c[_DUE]
            text = fixed.get(prio * 8 + (c[_STEP] or 0))
            if text is None:
                text = say(c, days)
            last = last_call.get(mid)
            staff = assigned.get(mid) if assigned else None
            append((((prio * 16 + c[_SUB] + 8) << 52) + (due << 32) + mid, DueItem(
                mid, no, name, phone, reasons[prio], c[_STEP], days, dates[due], text, others,
                last[0] if last else None, dates[last[1]] if last else None, c[_ATTEMPTS], dates[c[_TARGET]],
                c[_CID], staff, names.get(staff) if staff else None,
            )))
        self.keyed.sort(key=itemgetter(0))
        return [item for _, item in self.keyed]


def counts_by_reason(items: Iterable[DueItem]) -> dict[str, int]:
    """How many rows each reason has (for the tab's group headers)."""
    out = {r: 0 for r in REASONS}
    for it in items:
        out[it.reason] += 1
    return out


# --------------------------------------------------------------------------- texts

_LOCALES = {"zh_TW": "zh_Hant_TW", "zh_CN": "zh_Hans_CN", "en": "en"}
_SYMBOLS = {"TWD": "NT$", "CNY": "¥", "HKD": "HK$", "USD": "US$", "MOP": "MOP$", "SGD": "S$", "MYR": "RM",
            "JPY": "¥", "EUR": "€", "GBP": "£"}

SAY: dict[str, dict[str, str]] = {
    "dormant1": {
        "en": "Ask how they have been and whether anything has kept them away; tell them what's new this month.",
        "zh_TW": "問候近況，關心一下最近怎麼比較少來；順便介紹本月的新品和活動。",
        "zh_CN": "问候近况，关心一下最近怎么来得少了；顺便介绍本月的新品和活动。",
    },
    "dormant2": {
        "en": "Tell them we are holding {offer} for them at the counter, free, valid for {days} days.",
        "zh_TW": "告訴他櫃台幫他留了一張免費的{offer}，{days} 天內有效，有空來拿。",
        "zh_CN": "告诉他前台给他留了一张免费的{offer}，{days} 天内有效，有空来拿。",
    },
    "dormant3": {
        "en": "Offer our biggest deal, {offer} on their next visit (valid for {days} days), "
              "and ask what would bring them back.",
        "zh_TW": "送上我們最大的優惠：{offer}（{days} 天內有效），並問問怎樣才能讓他再回來。",
        "zh_CN": "送上我们最大的优惠：{offer}（{days} 天内有效），并问问怎样才能让他再回来。",
    },
    "dormant_plain": {
        "en": "Tell them we miss them and invite them back with this month's offer.",
        "zh_TW": "告訴他我們很想念他，邀請他趁本月優惠回來看看。",
        "zh_CN": "告诉他我们很想念他，邀请他趁本月优惠回来看看。",
    },
    "birthday": {
        "en": "Wish them a happy birthday ({date}).",
        "zh_TW": "祝他生日快樂（{date}）。",
        "zh_CN": "祝他生日快乐（{date}）。",
    },
    "birthday_offer": {
        "en": "Wish them a happy birthday ({date}) and tell them about their birthday treat: "
              "{offer}, valid for {days} days.",
        "zh_TW": "祝他生日快樂（{date}），並告知生日禮：{offer}，{days} 天內有效。",
        "zh_CN": "祝他生日快乐（{date}），并告知生日礼：{offer}，{days} 天内有效。",
    },
    "replenish": {
        "en": "They usually come every {n} days and are due around {date}: ask whether they are running low "
              "or would like to book their next visit.",
        "zh_TW": "他通常每 {n} 天來一次，預計 {date} 左右會再來：問問是否快用完了，或幫他預約下次。",
        "zh_CN": "他通常每 {n} 天来一次，预计 {date} 前后会再来：问问是否快用完了，或帮他预约下次。",
    },
    "unused_balance": {
        "en": "They still have {balance} with us and have not been in for {days} days: "
              "invite them to come and use it.",
        "zh_TW": "他還有{balance}沒用完，已經 {days} 天沒來：邀請他回來使用。",
        "zh_CN": "他还有{balance}没用完，已经 {days} 天没来：邀请他回来使用。",
    },
    "complaint": {
        "en": "Follow up their complaint of {date} ({severity}): “{what}”. Ask whether it has been put right. "
              "Call by {deadline}.",
        "zh_TW": "追蹤 {date} 的客訴（{severity}）：「{what}」。問問問題是否已解決。請於 {deadline} 前聯絡。",
        "zh_CN": "跟进 {date} 的投诉（{severity}）：“{what}”。问问问题是否已解决。请于 {deadline} 前联系。",
    },
    "thank_you": {
        "en": "Thank them for being one of our best customers this year; no selling, just thanks.",
        "zh_TW": "感謝他這一年來的支持，他是我們最重要的顧客之一；單純道謝，不推銷。",
        "zh_CN": "感谢他这一年来的支持，他是我们最重要的顾客之一；只道谢，不推销。",
    },
    "new_member": {
        "en": "Ask how their first visit went and whether there is anything we could do better.",
        "zh_TW": "問問第一次來的感覺如何，有沒有哪裡可以做得更好。",
        "zh_CN": "问问第一次来的感受如何，有没有哪里可以做得更好。",
    },
}

SEVERITY_LABELS = {
    "en": {"low": "minor", "medium": "moderate", "high": "serious"},
    "zh_TW": {"low": "輕微", "medium": "一般", "high": "嚴重"},
    "zh_CN": {"low": "轻微", "medium": "一般", "high": "严重"},
}

REASON_LABELS = {
    "en": {"complaint": "Complaint", "birthday": "Birthday", "dormant": "Win-back", "replenish": "Restock",
           "new_member": "New member", "unused_balance": "Unused balance", "thank_you": "Thank you"},
    "zh_TW": {"complaint": "客訴追蹤", "birthday": "生日祝福", "dormant": "久未光顧", "replenish": "回購提醒",
              "new_member": "新會員關懷", "unused_balance": "餘額未用", "thank_you": "感謝老客"},
    "zh_CN": {"complaint": "投诉跟进", "birthday": "生日祝福", "dormant": "久未光顾", "replenish": "复购提醒",
              "new_member": "新会员关怀", "unused_balance": "余额未用", "thank_you": "感谢老客"},
}

OUTCOME_LABELS = {
    "en": {"reached": "Reached", "no_answer": "No answer", "wrong_number": "Wrong number",
           "will_come_in": "Will come in", "not_interested": "Not interested", "do_not_call": "Do not call"},
    "zh_TW": {"reached": "已聯絡上", "no_answer": "未接", "wrong_number": "號碼錯誤", "will_come_in": "會再來",
              "not_interested": "沒興趣", "do_not_call": "勿再來電"},
    "zh_CN": {"reached": "已联系上", "no_answer": "未接", "wrong_number": "号码错误", "will_come_in": "会再来",
              "not_interested": "没兴趣", "do_not_call": "勿再来电"},
}


def _lang(lang: str | None) -> str:
    return lang if lang in messages.LANGS else messages.current_language()


def reason_label(reason: str, step: int | None = None, lang: str | None = None) -> str:
    """``Win-back 2`` / ``久未光顧 第2步``."""
    lang = _lang(lang)
    label = REASON_LABELS[lang][reason]
    if step:
        return f"{label} {step}" if lang == "en" else f"{label} 第{step}步"
    return label


def outcome_label(outcome: str, lang: str | None = None) -> str:
    return OUTCOME_LABELS[_lang(lang)][outcome]


def money_text(cents: int, currency: str = "TWD") -> str:
    """``NT$100``, ``¥12.50``."""
    symbol = _SYMBOLS.get(currency, currency + " ")
    whole, frac = divmod(abs(cents), 100)
    body = f"{whole:,}" if frac == 0 else f"{whole:,}.{frac:02d}"
    return ("-" if cents < 0 else "") + symbol + body


def offer_text(voucher: dict, currency: str = "TWD", lang: str | None = None) -> str:
    """A voucher as the staff say it: ``a NT$100 voucher`` / ``NT$100 抵用券`` /
    ``7折優惠券``."""
    lang = _lang(lang)
    kind, value, item = voucher["kind"], voucher["value"], voucher.get("item") or ""
    if kind == "amount_off":
        m = money_text(value, currency)
        return {"en": f"a {m} voucher", "zh_TW": f"{m} 抵用券", "zh_CN": f"{m} 代金券"}[lang]
    if kind == "percent_off":
        if lang == "en":
            return f"{value}% off"
        pay = 100 - value
        if pay <= 0:
            return {"zh_TW": "全額免費兌換券", "zh_CN": "全额免费兑换券"}[lang]
        zhe = pay // 10 if pay % 10 == 0 else pay
        return {"zh_TW": f"{zhe}折優惠券", "zh_CN": f"{zhe}折优惠券"}[lang]
    if lang == "en":
        return f"a free {item}" if item else "a free gift"
    return {"zh_TW": f"{item or '小禮物'}兌換券", "zh_CN": f"{item or '小礼物'}兑换券"}[lang]


def _short_date(day: dt.date, lang: str) -> str:
    if lang == "en":
        return f"{day:%b} {day.day}"
    return f"{day.month}月{day.day}日"


class _Texts:
    """Suggested actions in the shop's language; the same text object is
    shared by every row that says the same thing."""

    def __init__(self, lang: str, currency: str, rules: dict, as_of: dt.date):
        self.lang = lang if lang in messages.LANGS else "en"
        self.currency = currency
        self.rules = rules
        self.as_of = as_of
        self._cache: dict = {}

    def t(self, key: str, **kw) -> str:
        template = SAY[key][self.lang]
        return template.format(**kw) if kw else template

    def _dormant(self, step: int) -> str:
        if step == 1:
            return self.t("dormant1")
        v = self.rules["dormant"]["vouchers"][step - 1]
        if v is None:
            return self.t("dormant_plain")
        return self.t(f"dormant{step}", offer=offer_text(v, self.currency, self.lang), days=v["valid_days"])

    def fixed(self) -> dict[int, str]:
        """Texts that do not depend on the row, by ``priority * 8 + step``."""
        out = {P_THANKS * 8: self.t("thank_you"), P_NEW * 8: self.t("new_member")}
        for step in (1, 2, 3):
            out[P_DORMANT * 8 + step] = self._dormant(step)
        return out

    def say(self, c: tuple, days: int | None) -> str:
        """The suggested action for an engine candidate tuple."""
        prio = c[_PRIO]
        if prio in (P_DORMANT, P_THANKS, P_NEW):
            key = prio * 8 + (c[_STEP] or 0)
            text = self._cache.get(key)
            if text is None:
                text = self._dormant(c[_STEP]) if prio == P_DORMANT else self.t(REASONS[prio])
                self._cache[key] = text
            return text
        lang, day = self.lang, dt.date.fromordinal
        if prio == P_BIRTHDAY:
            v = self.rules["birthday"]["voucher"]
            date = _short_date(day(c[_TARGET]), lang)
            if v is None:
                return self.t("birthday", date=date)
            return self.t("birthday_offer", date=date, offer=offer_text(v, self.currency, lang),
                          days=v["valid_days"])
        if prio == P_REPLENISH:
            return self.t("replenish", n=c[_DETAIL], date=_short_date(day(c[_TARGET]), lang))
        if prio == P_BALANCE:
            return self.t("unused_balance", balance=c[_DETAIL],
                          days=days if days is not None else self.as_of.toordinal() - c[_CYCLE])
        if prio == P_COMPLAINT:
            severity, what = c[_DETAIL]
            what = " ".join(what.split())
            if len(what) > 60:
                what = what[:59] + "…"
            return self.t("complaint", date=_short_date(day(c[_CYCLE]), lang),
                          severity=SEVERITY_LABELS[lang].get(severity, severity), what=what,
                          deadline=_short_date(day(c[_TARGET]), lang))
        raise AssertionError(prio)


# --------------------------------------------------------------------------- output

FIELDS = (
    "member_no", "name", "phone", "reason", "step", "days_since_last_purchase", "due_on", "suggested_action",
    "other_reasons", "last_outcome", "last_called_on", "attempts", "target_on", "assigned_staff_id",
    "assigned_staff", "member_id", "complaint_id",
)


def as_dict(item: DueItem) -> dict:
    """An item as JSON-ready values (CONTRACT.md field names; dates
    YYYY-MM-DD; None where there is none)."""
    due, called, target = item.due_on, item.last_called_on, item.target_on
    return {
        "member_no": item.member_no,
        "name": item.name,
        "phone": item.phone,
        "reason": item.reason,
        "step": item.step,
        "days_since_last_purchase": item.days_since_last_purchase,
        "due_on": due.isoformat(),
        "suggested_action": item.suggested_action,
        "other_reasons": list(item.other_reasons),
        "last_outcome": item.last_outcome,
        "last_called_on": called.isoformat() if called else None,
        "attempts": item.attempts,
        "target_on": target.isoformat() if target else None,
        "assigned_staff_id": item.assigned_staff_id,
        "assigned_staff": item.assigned_staff,
        "member_id": item.member_id,
        "complaint_id": item.complaint_id,
    }


def render(items: Sequence[DueItem], fmt: str = "table", lang: str | None = None) -> str:
    """The list as ``json`` (an array, CONTRACT.md; one member per line),
    ``csv`` (a header row, the same field names; other reasons joined by
    ``;``) or ``table`` (fixed-width text for a terminal or a printout;
    headers and labels in ``lang``, default the current message language)."""
    if fmt == "json":
        if not items:
            return "[]\n"
        dumps = json.JSONEncoder(ensure_ascii=False).encode  # the C encoder: 100,000 rows in a blink
        return "[\n" + ",\n".join([dumps(as_dict(i)) for i in items]) + "\n]\n"
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(FIELDS)
        for i in items:
            d = as_dict(i)
            d["other_reasons"] = ";".join(d["other_reasons"])
            w.writerow(["" if d[f] is None else d[f] for f in FIELDS])
        return buf.getvalue()
    if fmt == "table":
        return _table(items, _lang(lang))
    raise ValueError(f"format {fmt!r}: use table, csv or json")


def write(items: Sequence[DueItem], fmt: str, stream, lang: str | None = None) -> None:
    """Write what :func:`render` returns to ``stream``; JSON one member at a
    time, so the whole text is never held at once (at 200,000 members the
    list's 50 million characters took 300 MB more than the list itself)."""
    if fmt != "json" or not items:
        stream.write(render(items, fmt, lang))
        return
    dumps = json.JSONEncoder(ensure_ascii=False).encode
    stream.write("[\n")
    for n, i in enumerate(items):
        stream.write((",\n" if n else "") + dumps(as_dict(i)))
    stream.write("\n]\n")


_HEADERS = {
    "en": ("Card", "Name", "Phone", "Reason", "Days", "Due", "Last call", "Staff", "What to say"),
    "zh_TW": ("卡號", "姓名", "電話", "原因", "未消費天數", "應聯絡日", "上次結果", "負責人", "建議話術"),
    "zh_CN": ("卡号", "姓名", "电话", "原因", "未消费天数", "应联系日", "上次结果", "负责人", "建议话术"),
}
_EMPTY = {"en": "No one is due.", "zh_TW": "今天沒有需要聯絡的會員。", "zh_CN": "今天没有需要联系的会员。"}
_TOTAL = {"en": "{n} to call", "zh_TW": "共 {n} 位待聯絡", "zh_CN": "共 {n} 位待联系"}


def text_width(text: str) -> int:
    """Columns ``text`` takes in a terminal: wide (CJK) characters count 2,
    combining marks 0."""
    w = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        w += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return w


def _fit(text: str, width: int) -> str:
    """Cut ``text`` to ``width`` columns (with …) and pad it to exactly that."""
    if text_width(text) > width:
        out, w = [], 0
        for ch in text:
            cw = text_width(ch)
            if w + cw > width - 1:
                break
            out.append(ch)
            w += cw
        text = "".join(out) + "…"
    return text + " " * (width - text_width(text))


def _table(items: Sequence[DueItem], lang: str) -> str:
    headers = _HEADERS[lang]
    rows = []
    for i in items:
        rows.append((
            i.member_no, i.name, i.phone, reason_label(i.reason, i.step, lang),
            "" if i.days_since_last_purchase is None else str(i.days_since_last_purchase),
            i.due_on.isoformat(), outcome_label(i.last_outcome, lang) if i.last_outcome else "",
            i.assigned_staff or "", i.suggested_action,
        ))
    caps = (12, 16, 16, 18, 10, 10, 12, 10)
    widths = [
        min(cap, max([text_width(headers[k])] + [text_width(r[k]) for r in rows])) for k, cap in enumerate(caps)
    ]
    right = {4}

    def line(cells) -> str:
        parts = []
        for k, w in enumerate(widths):
            cell = _fit(cells[k], w)
            if k in right:
                cell = cell.rstrip().rjust(w) if text_width(cells[k]) <= w else cell
            parts.append(cell)
        parts.append(cells[-1])
        return "  ".join(parts).rstrip()

    out = [line(headers), "  ".join("-" * w for w in widths) + "  " + "-" * max(8, text_width(headers[-1]))]
    out += [line(r) for r in rows]
    out.append(_TOTAL[lang].format(n=len(rows)) if rows else _EMPTY[lang])
    return "\n".join(out) + "\n"
