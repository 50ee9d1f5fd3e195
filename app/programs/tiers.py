"""Membership tiers: levels that feel like status.

The owner defines the tiers (name, colour, a threshold on the last 12 months'
spend or visit count, a points multiplier, a discount %); a member moves up at
the sale that crosses the next threshold (in that sale's transaction) and is
reviewed - down as well as up - on the owner's schedule by :func:`review`,
which catches up on start and is idempotent.

Figures: "the last 12 months" is the 12 months up to and including today
(from the day after the same date a year ago). Spend is what the customer
paid (goods minus coupon, tier and points discounts, minus refunds); a visit
is a day with a purchase. Voided sales do not count; imported history counts
(CONTRACT.md) although it earns no points.

Why the tier discount is a column of its own on the sale
(``sales.tier_discount_cents``) that :attr:`db.models.Sale.paid_cents`
subtracts: it lowers what the customer paid exactly as a coupon does, so
everything that reads "paid" (follow-up stats and their frozen rebuild in
migration 0007, refunds, receipts, the purchases export) stays right without
knowing about tiers, and the receipt can show it on a line of its own. It is
taken off the goods after any coupon and before points are spent, rounded
half up to the minor unit, and only at the counter (never on imported
history). The tier that applies to a sale - discount and multiplier - is the
one the member held when the sale began; crossing the threshold upgrades them
for the next sale (the cashier sees the new tier at once).

Per-sale cost: one indexed range read of the member's last 12 months of sales
(ix_sales_member_time; about ten rows for a regular), skipped when the member
is already at the top tier.
"""
from __future__ import annotations

import datetime as dt
import re
import time
from dataclasses import dataclass
from typing import Iterable, Sequence

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from app import auth
from app import settings as shop_settings
from app.errors import UserError
from app.programs import config  # noqa: F401  (registers the settings)
from app.programs import state
from app.programs.state import add_months, get_or_create
from app.sqldates import day_number
from db.models import MemberStats, Sale
from db.program_models import TIER_BASES, MemberProgram, Tier, TierChange

COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


@dataclass(frozen=True)
class TierView:
    id: int
    name: str
    colour: str
    basis: str  # spend | visits
    threshold: int  # minor units or visits
    multiplier_pct: int
    discount_pct: int
    position: int


@dataclass(frozen=True)
class TierSpec:
    """What the owner typed for one tier (``id`` None for a new one)."""

    name: str
    colour: str
    basis: str
    threshold: int
    multiplier_pct: int = 100
    discount_pct: int = 0
    id: int | None = None


@dataclass(frozen=True)
class TierStatus:
    """Where a member stands: their tier, the next one and what is missing
    (``missing`` in minor units for a spend basis, visits for a visit basis)."""

    tier: TierView | None
    next_tier: TierView | None
    spend_cents: int
    visits: int
    missing: int | None


@dataclass(frozen=True)
class TierChangeView:
    occurred_at: dt.datetime
    from_name: str | None
    to_name: str | None
    reason: str
    staff_id: int | None
    spend_cents: int
    visits: int


def _view(t: Tier) -> TierView:
    return TierView(t.id, t.name, t.colour, t.basis, t.threshold, t.multiplier_pct, t.discount_pct, t.position)


def list_tiers(session: Session, version: str | None = None) -> list[TierView]:
    """The active tiers, lowest first.

    Read once per unit of work (a sale asks before and after it is saved);
    with ``version`` (setting ``prog_tiers_version``, which the sale has read
    anyway and :func:`save_tiers` bumps) once per process until the owner
    changes the tiers, on any counter.
    """
    cached = session.info.get(_CACHE)
    if cached is None:
        key = (str(session.get_bind().url), version)
        hit = _PROCESS_CACHE.get(key) if version is not None else None
        if hit is not None and time.monotonic() - hit[0] < _CACHE_SECONDS:
            cached = hit[1]
        else:
            cached = [_view(t) for t in session.scalars(
                select(Tier).where(Tier.active.is_(True)).order_by(Tier.position))]
            if version is not None:
                _PROCESS_CACHE.clear()
                _PROCESS_CACHE[key] = (time.monotonic(), cached)
        session.info[_CACHE] = cached
    return list(cached)


_CACHE = "programs.tiers"
# (url, version) -> (when read, tiers); also re-read after a minute, so even a
# database swapped underneath (a restore) is seen soon
_PROCESS_CACHE: dict[tuple[str, str], tuple[float, list[TierView]]] = {}
_CACHE_SECONDS = 60.0


def save_tiers(session: Session, specs: Sequence[TierSpec], *, now: dt.datetime | None = None) -> list[TierView]:
    """Replace the tier definitions (lowest first); owner or manager only.

    Tiers left out are retired (kept for history, never assigned again) and
    every member is placed at once by their current figures, so a new or
    changed ladder takes effect today rather than at the next review.
    """
    auth.require(session, "change_settings")
    now = now or dt.datetime.now()
    names = set()
    last: dict[str, int] = {}
    for i, s in enumerate(specs):
        name = (s.name or "").strip()
        if not name or len(name) > 40:
            raise UserError("tier_name_required", field="tiers", row=i + 1)
        if name in names:
            raise UserError("tier_name_taken", field="tiers", name=name)
        names.add(name)
        if not COLOUR.match(s.colour or ""):
            raise UserError("tier_colour_invalid", field="tiers", name=name)
        if s.basis not in TIER_BASES or not isinstance(s.threshold, int) or s.threshold < 0:
            raise UserError("tier_threshold_invalid", field="tiers", name=name)
        if not (0 <= s.discount_pct <= 100 and 0 <= s.multiplier_pct <= config.MAX_MULTIPLIER_PCT):
            raise UserError("tier_benefit_invalid", field="tiers", name=name)
        if s.basis in last and s.threshold <= last[s.basis]:
            # a higher tier must ask for more, or nobody would ever hold the lower one
            raise UserError("tier_thresholds_order", field="tiers", name=name)
        last[s.basis] = s.threshold
    session.info.pop(_CACHE, None)
    before = [_plain(t) for t in list_tiers(session)]
    session.info.pop(_CACHE, None)
    existing = {t.id: t for t in session.scalars(select(Tier))}
    kept = set()
    for pos, s in enumerate(specs, start=1):
        t = existing.get(s.id) if s.id is not None else None
        if t is None:
            t = Tier(created_at=now)
            session.add(t)
        t.name, t.colour, t.basis, t.threshold = s.name.strip(), s.colour, s.basis, s.threshold
        t.multiplier_pct, t.discount_pct, t.position, t.active = s.multiplier_pct, s.discount_pct, pos, True
        session.flush()
        kept.add(t.id)
    for t in existing.values():
        if t.id not in kept:
            t.active = False
            t.position = 1000 + t.id
    session.flush()
    session.info.pop(_CACHE, None)
    after = [_plain(t) for t in list_tiers(session)]
    if after != before:
        from app import audit

        audit.record(session, "settings_change", target_type="tiers", detail="tiers", before=before, after=after,
                     now=now)
    bump_version(session)
    assign_all(session, now=now, reason="manual")
    return list_tiers(session)


def _plain(t: TierView) -> dict:
    return {"name": t.name, "colour": t.colour, "basis": t.basis, "threshold": t.threshold,
            "multiplier_pct": t.multiplier_pct, "discount_pct": t.discount_pct}


def window_start(today: dt.date) -> dt.datetime:
    """First moment of "the last 12 months" ending with ``today``."""
    return dt.datetime.combine(add_months(today, -12) + dt.timedelta(days=1), dt.time())


def figures(session: Session, member_id: int, today: dt.date, *, before: dt.date | None = None) -> tuple[int, int]:
    """(spend in minor units, visits) in the 12 months up to ``today``
    (or, with ``before``, the 12 months before that day)."""
    end = before or today + dt.timedelta(days=1)
    start = window_start(end - dt.timedelta(days=1))
    row = session.execute(
        select(
            func.coalesce(func.sum(Sale.paid_cents - Sale.refunded_cents), 0),
            func.count(func.distinct(day_number(Sale.occurred_at))),
        ).where(
            Sale.member_id == member_id, Sale.occurred_at >= start,
            Sale.occurred_at < dt.datetime.combine(end, dt.time()), Sale.status != "voided",
        )
    ).one()
    return int(row[0]), int(row[1])


def qualifying(tiers: Sequence[TierView], spend_cents: int, visits: int) -> TierView | None:
    """The highest tier whose threshold the figures meet."""
    best = None
    for t in tiers:
        value = spend_cents if t.basis == "spend" else visits
        if value >= t.threshold and (best is None or t.position > best.position):
            best = t
    return best


def member_tier(session: Session, member_id: int, version: str | None = None) -> TierView | None:
    """The member's current tier (None: no tier yet)."""
    row = state.get(session, member_id)
    if row is None or row.tier_id is None:
        return None
    return next((t for t in list_tiers(session, version) if t.id == row.tier_id), None)


def discount_cents(tier: TierView | None, base_cents: int) -> int:
    """The tier discount on ``base_cents`` (rounded half up)."""
    if tier is None or not tier.discount_pct or base_cents <= 0:
        return 0
    return (2 * base_cents * tier.discount_pct + 100) // 200


def _record(session: Session, member_id: int, old: int | None, new: int | None, *, now, reason, sale_id=None,
            staff_id=None, spend=0, visits=0) -> None:
    session.add(TierChange(member_id=member_id, occurred_at=now, from_tier_id=old, to_tier_id=new, reason=reason,
                           sale_id=sale_id, staff_id=staff_id, spend_cents=spend, visits=visits))


def on_sale(session: Session, member_id: int, *, now: dt.datetime, sale_id: int | None,
            staff_id: int | None) -> TierView | None:
    """Upgrade the member if the sale just saved crossed a threshold (the
    member row is locked by the caller). Returns the new tier, or None."""
    tiers = list_tiers(session)
    if not tiers:
        return None
    row = get_or_create(session, member_id)
    current = next((t for t in tiers if t.id == row.tier_id), None)
    above = [t for t in tiers if current is None or t.position > current.position]
    if not above:
        return None  # already at the top: no need to read the sales
    st = session.info.get("programs.stats") or session.get(MemberStats, member_id)
    if st is not None and st.member_id != member_id:
        st = session.get(MemberStats, member_id)
    if st is not None and now.date() >= st.last_visit_on:
        # the follow-up stats (kept by this very sale) bound the 12-month
        # figures from above: five quarters of spend, all-time visits; most
        # sales cannot reach the next tier and skip reading the sales
        spend_bound = sum(getattr(st, f"spend_q{k}_cents") for k in range(5))
        if all(t.threshold > (spend_bound if t.basis == "spend" else st.visit_count) for t in above):
            return None
    spend, visits = figures(session, member_id, now.date())
    best = qualifying(tiers, spend, visits)
    if best is None or (current is not None and best.position <= current.position):
        return None
    _record(session, member_id, row.tier_id, best.id, now=now, reason="sale", sale_id=sale_id,
            staff_id=auth.staff_id(session, staff_id), spend=spend, visits=visits)
    row.tier_id, row.tier_since = best.id, now
    session.flush()
    return best


def status(session: Session, member_id: int, today: dt.date) -> TierStatus:
    """The member's tier and "X more to <next tier>"."""
    tiers = list_tiers(session)
    current = member_tier(session, member_id)
    if not tiers:
        return TierStatus(None, None, 0, 0, None)
    spend, visits = figures(session, member_id, today)
    above = [t for t in tiers if current is None or t.position > current.position]
    nxt = above[0] if above else None
    missing = None
    if nxt is not None:
        have = spend if nxt.basis == "spend" else visits
        missing = max(0, nxt.threshold - have)
    return TierStatus(current, nxt, spend, visits, missing)


def history(session: Session, member_id: int) -> list[TierChangeView]:
    """The member's tier changes, newest first."""
    names = dict(session.execute(select(Tier.id, Tier.name)).all())
    rows = session.scalars(select(TierChange).where(TierChange.member_id == member_id).order_by(TierChange.id.desc()))
    return [TierChangeView(r.occurred_at, names.get(r.from_tier_id), names.get(r.to_tier_id), r.reason, r.staff_id,
                           r.spend_cents, r.visits) for r in rows]


# --------------------------------------------------------------------------- set-based


def _all_figures(session: Session, end: dt.date) -> dict[int, tuple[int, int]]:
    """(spend, visits) per member over the 12 months before ``end`` (one
    grouped read of ix_sales_occurred_at's range)."""
    start = window_start(end - dt.timedelta(days=1))
    rows = session.execute(
        select(
            Sale.member_id,
            func.sum(Sale.paid_cents - Sale.refunded_cents),
            func.count(func.distinct(day_number(Sale.occurred_at))),
        ).where(
            Sale.member_id.is_not(None), Sale.occurred_at >= start,
            Sale.occurred_at < dt.datetime.combine(end, dt.time()), Sale.status != "voided",
        ).group_by(Sale.member_id)
    )
    return {mid: (int(s or 0), int(v)) for mid, s, v in rows}


def _reassign(session: Session, *, end: dt.date, now: dt.datetime, reason: str,
              changed_before: dt.datetime | None = None) -> int:
    """Put every member on the tier their figures before ``end`` earn.

    Args:
        changed_before: leave alone members whose tier changed at or after
            this moment (a review as of a past date must not undo an upgrade
            earned by a sale after that date).

    Returns:
        How many members changed tier.
    """
    tiers = list_tiers(session)
    active_ids = {t.id for t in tiers}
    figs = _all_figures(session, end)
    rows = {mid: (tid, since) for mid, tid, since in session.execute(
        select(MemberProgram.member_id, MemberProgram.tier_id, MemberProgram.tier_since))}
    updates, inserts, changes = [], [], []
    staff = auth.current(session).staff_id
    for mid in set(figs) | {m for m, (tid, _s) in rows.items() if tid is not None}:
        spend, visits = figs.get(mid, (0, 0))
        best = qualifying(tiers, spend, visits)
        new = best.id if best else None
        old, since = rows.get(mid, (None, None))
        if new == old:
            continue
        recent = changed_before is not None and since is not None and since >= changed_before
        if recent and old in active_ids:
            continue  # changed by a sale after the review date: kept
        changes.append({"member_id": mid, "occurred_at": now, "from_tier_id": old, "to_tier_id": new,
                        "reason": reason, "sale_id": None, "staff_id": staff, "spend_cents": spend, "visits": visits})
        if mid in rows:
            updates.append({"member_id": mid, "tier_id": new, "tier_since": now})
        else:
            inserts.append({"member_id": mid, "tier_id": new, "tier_since": now, "stamps_balance": 0,
                            "cards_completed": 0})
    session.flush()
    for i in range(0, len(updates), 5000):
        session.execute(update(MemberProgram), updates[i:i + 5000])
    for i in range(0, len(inserts), 5000):
        session.execute(insert(MemberProgram), inserts[i:i + 5000])
    for i in range(0, len(changes), 5000):
        session.execute(insert(TierChange), changes[i:i + 5000])
    session.expire_all()
    return len(changes)


def assign_all(session: Session, *, now: dt.datetime, reason: str = "bulk") -> int:
    """Place every member by their last 12 months now (after the tiers were
    edited, or after a bulk load such as the demo). Returns changes made."""
    return _reassign(session, end=now.date() + dt.timedelta(days=1), now=now, reason=reason)


def due_review(schedule: dict, today: dt.date) -> dt.date | None:
    """The latest review date on or before ``today`` by the owner's schedule."""
    every, day = schedule["every"], schedule["day"]
    if every == "never":
        return None
    if every == "month":
        d = dt.date(today.year, today.month, day)
        return d if d <= today else add_months(d, -1)
    if every == "quarter":
        months = [m for m in (1, 4, 7, 10)]
        cands = [dt.date(y, m, day) for y in (today.year - 1, today.year) for m in months]
        return max(d for d in cands if d <= today)
    d = dt.date(today.year, schedule["month"], day)
    return d if d <= today else dt.date(today.year - 1, schedule["month"], day)


@dataclass(frozen=True)
class ReviewResult:
    review_date: dt.date | None
    changed: int
    ran: bool


def review(session: Session, *, now: dt.datetime | None = None) -> ReviewResult:
    """Run the tier review that is due, once (catches up on start).

    The review as of date D places every member by the 12 months before D,
    down as well as up; a member whose tier changed on or after D (a sale
    since) keeps it. Reviews missed while the shop was closed collapse into
    the latest one (an earlier one's result would be replaced anyway).
    Running it again before the next review date changes nothing.
    """
    now = now or dt.datetime.now()
    values = shop_settings.get_all(session)
    due = due_review(values["prog_tier_review"], now.date())
    last = values["prog_tier_last_review"]
    if due is None or (last and dt.date.fromisoformat(last) >= due):
        return ReviewResult(due, 0, False)
    changed = 0
    if list_tiers(session) or session.scalar(select(func.count()).select_from(MemberProgram).where(
            MemberProgram.tier_id.is_not(None))):
        changed = _reassign(session, end=due, now=now, reason="review",
                            changed_before=dt.datetime.combine(due, dt.time()))
    shop_settings.put(session, prog_tier_last_review=due.isoformat())
    return ReviewResult(due, changed, True)


def members_on(session: Session, tier_id: int) -> int:
    return session.scalar(select(func.count()).select_from(MemberProgram).where(MemberProgram.tier_id == tier_id)) or 0


def counts(session: Session) -> dict[int, int]:
    """Members per tier id (the settings page shows how the ladder fills)."""
    return dict(session.execute(
        select(MemberProgram.tier_id, func.count()).where(MemberProgram.tier_id.is_not(None))
        .group_by(MemberProgram.tier_id)).all())


def tier_names(session: Session, member_ids: Iterable[int]) -> dict[int, TierView]:
    ids = list(member_ids)
    if not ids:
        return {}
    return {mid: _view(t) for mid, t in session.execute(
        select(MemberProgram.member_id, Tier).join(Tier, Tier.id == MemberProgram.tier_id)
        .where(MemberProgram.member_id.in_(ids), Tier.active.is_(True)))}


def card_lookup(session: Session, member_ids: Sequence[int]) -> dict[int, tuple[str, str]]:
    """{member id: (tier name, colour)} for printing membership cards
    (app.printing.cards.tier_lookup)."""
    out: dict[int, tuple[str, str]] = {}
    ids = list(member_ids)
    for i in range(0, len(ids), 5000):
        out.update({mid: (t.name, t.colour) for mid, t in tier_names(session, ids[i:i + 5000]).items()})
    return out


def bump_version(session: Session) -> None:
    """Tell every counter's tier cache that the tiers changed."""
    import uuid

    shop_settings.put(session, prog_tiers_version=uuid.uuid4().hex)


def upgrade_many(session: Session, member_ids: Sequence[int], *, now: dt.datetime, reason: str = "import") -> int:
    """Move members up to the tier their last 12 months now earn (after an
    import of purchase history, which counts for tiers); never down - that is
    the review's job. Set-based in chunks. Returns how many moved up."""
    ladder = list_tiers(session)
    if not ladder or not member_ids:
        return 0
    pos = {t.id: t.position for t in ladder}
    start = window_start(now.date())
    end = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time())
    staff = auth.current(session).staff_id
    moved = 0
    ids = sorted(set(member_ids))
    for i in range(0, len(ids), 5000):
        chunk = ids[i:i + 5000]
        figs = session.execute(
            select(Sale.member_id, func.sum(Sale.paid_cents - Sale.refunded_cents),
                   func.count(func.distinct(day_number(Sale.occurred_at))))
            .where(Sale.member_id.in_(chunk), Sale.occurred_at >= start, Sale.occurred_at < end,
                   Sale.status != "voided")
            .group_by(Sale.member_id)).all()
        rows = {m: r for m, r in session.execute(
            select(MemberProgram.member_id, MemberProgram).where(MemberProgram.member_id.in_(chunk)))}
        for mid, spend, visits in figs:
            best = qualifying(ladder, int(spend or 0), int(visits))
            if best is None:
                continue
            row = rows.get(mid)
            if row is not None and row.tier_id in pos and pos[row.tier_id] >= best.position:
                continue
            if row is None:
                row = get_or_create(session, mid)
            _record(session, mid, row.tier_id, best.id, now=now, reason=reason, staff_id=staff,
                    spend=int(spend or 0), visits=int(visits))
            row.tier_id, row.tier_since = best.id, now
            moved += 1
    session.flush()
    return moved
