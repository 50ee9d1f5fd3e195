"""Stamp cards: N stamps earn a reward, K given at sign-up.

Endowed progress: a 10-stamp card that starts with 2 stamps is finished
sooner than an 8-stamp card with none (people work harder towards a goal they
have already started). Settings (``prog_stamps``): ``per_card`` N (0 = no stamp
card), ``at_signup`` K (< N), ``min_spend_cents`` (a sale paying less gets no
stamp) and ``reward`` (what a full card gives, e.g. "a free wash").

One stamp per qualifying counter sale. When the card is full the reward is
recorded (:class:`db.program_models.StampReward`) and a ``reward`` entry takes
the N stamps off, so the balance is always the stamps on the current card.
A sale refunded in full or voided gives its stamp back; never below zero - if
the card was completed in between, the missing stamp is the entry's
``shortfall`` (the reward stays given).

Stamps are a ledger like points: append-only entries with ``balance_after``
and a cached ``member_programs.stamps_balance`` moved in the same transaction
(the member row locked), checked by ``app.check``.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import auth
from app import settings as shop_settings
from app.programs import config  # noqa: F401
from app.programs import state
from app.programs.state import get_or_create
from db.program_models import MemberProgram, StampEntry, StampReward

KINDS = ("signup", "sale", "take_back", "reward", "adjust")


@dataclass(frozen=True)
class StampOutcome:
    stamped: int  # stamps given by this sale (0 or 1)
    balance: int  # stamps on the card now
    per_card: int
    rewards_earned: int  # cards completed by this sale
    reward: str


@dataclass(frozen=True)
class StampStatus:
    balance: int
    per_card: int
    rewards_unused: int
    reward: str


def post(session: Session, member_id: int, stamps: int, kind: str, *, now: dt.datetime,
         sale_id: int | None = None, staff_id: int | None = None, allow_partial: bool = False) -> StampEntry:
    """Append a stamp entry and move the cached balance (member row locked)."""
    assert kind in KINDS, kind
    row = get_or_create(session, member_id)
    shortfall = 0
    if row.stamps_balance + stamps < 0:
        assert allow_partial, "stamps would go negative"
        shortfall = -(row.stamps_balance + stamps)
        stamps = -row.stamps_balance
    row.stamps_balance += stamps
    e = StampEntry(member_id=member_id, occurred_at=now, kind=kind, stamps=stamps, balance_after=row.stamps_balance,
                   shortfall=shortfall, sale_id=sale_id, staff_id=auth.staff_id(session, staff_id))
    session.add(e)  # flushed with the rest of the sale (a flush costs ~1 ms of CPU)
    return e


def on_sign_up(session: Session, member_id: int, *, now: dt.datetime, rule: dict | None = None) -> int:
    """Give the endowed stamps to a new member. Returns how many."""
    rule = rule or shop_settings.get_all(session)
    cfg = rule["prog_stamps"]
    if not cfg["per_card"] or not cfg["at_signup"]:
        return 0
    post(session, member_id, cfg["at_signup"], "signup", now=now)
    return cfg["at_signup"]


def on_sale(session: Session, member_id: int, *, sale_id: int, paid_cents: int, now: dt.datetime,
            staff_id: int | None, rule: dict) -> StampOutcome | None:
    """Stamp the card for a counter sale; complete it when full."""
    cfg = rule["prog_stamps"]
    n = cfg["per_card"]
    if not n:
        return None
    if paid_cents <= 0 or paid_cents < cfg["min_spend_cents"]:
        row = get_or_create(session, member_id)
        return StampOutcome(0, row.stamps_balance, n, 0, cfg["reward"])
    e = post(session, member_id, 1, "sale", now=now, sale_id=sale_id, staff_id=staff_id)
    earned = 0
    row = get_or_create(session, member_id)
    while row.stamps_balance >= n:
        post(session, member_id, -n, "reward", now=now, sale_id=sale_id, staff_id=staff_id)
        session.add(StampReward(member_id=member_id, earned_at=now, sale_id=sale_id, description=cfg["reward"]))
        row.cards_completed += 1
        earned += 1
    return StampOutcome(e.stamps, row.stamps_balance, n, earned, cfg["reward"])


def on_refund(session: Session, member_id: int, *, sale_id: int, now: dt.datetime, staff_id: int | None) -> int:
    """Take back the stamp of a sale refunded in full or voided (once).
    Returns the stamps actually taken (0 if the card had none left)."""
    given = session.scalar(select(func.coalesce(func.sum(StampEntry.stamps), 0)).where(
        StampEntry.sale_id == sale_id, StampEntry.kind == "sale")) or 0
    back = session.execute(select(func.coalesce(func.sum(-StampEntry.stamps + StampEntry.shortfall), 0)).where(
        StampEntry.sale_id == sale_id, StampEntry.kind == "take_back")).scalar() or 0
    due = int(given) - int(back)
    if due <= 0:
        return 0
    e = post(session, member_id, -due, "take_back", now=now, sale_id=sale_id, staff_id=staff_id, allow_partial=True)
    return -e.stamps


def status(session: Session, member_id: int, rule: dict | None = None) -> StampStatus | None:
    rule = rule or shop_settings.get_all(session)
    cfg = rule["prog_stamps"]
    if not cfg["per_card"]:
        return None
    row = state.get(session, member_id)
    unused = session.scalar(select(func.count()).select_from(StampReward).where(
        StampReward.member_id == member_id, StampReward.used_at.is_(None))) or 0
    return StampStatus(row.stamps_balance if row else 0, cfg["per_card"], unused, cfg["reward"])


def ledger(session: Session, member_id: int) -> list[StampEntry]:
    return list(session.scalars(select(StampEntry).where(StampEntry.member_id == member_id)
                                .order_by(StampEntry.id.desc())))


def hand_over(session: Session, member_id: int, *, now: dt.datetime | None = None) -> StampReward:
    """Mark the member's oldest earned reward as handed over (refuses
    ``stamp_reward_none`` when there is none, changing nothing)."""
    from app import points as ledger
    from app.errors import UserError

    member = ledger.lock_member(session, member_id)
    reward = session.scalars(select(StampReward).where(
        StampReward.member_id == member_id, StampReward.used_at.is_(None)).order_by(StampReward.id).limit(1)).first()
    if reward is None:
        raise UserError("stamp_reward_none", name=member.name)
    reward.used_at = now or dt.datetime.now()
    session.flush()
    return reward
