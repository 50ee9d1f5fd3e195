"""The rewards catalogue and redemptions for points.

Stock and balance are checked with both rows locked, so a reward with one
left cannot be handed out twice by two counters. Undoing a redemption gives
the points back with an entry that points at the one it corrects.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import points as ledger
from app.errors import UserError
from app.textparse import clean_text
from db.models import PointsEntry, Redemption, Reward


@dataclass(frozen=True)
class RewardView:
    id: int
    name: str
    points_cost: int
    stock: int | None
    active: bool


def _view(r: Reward) -> RewardView:
    return RewardView(r.id, r.name, r.points_cost, r.stock, r.active)


def _check_stock(stock: int | None) -> None:
    if stock is not None and stock < 0:
        raise UserError("stock_invalid", field="stock", value=str(stock))


def create_reward(
    session: Session, *, name: str, points_cost: int, stock: int | None = None, active: bool = True
) -> RewardView:
    name = clean_text(name, 100, "name")
    if not name:
        raise UserError("reward_name_required", field="name")
    if points_cost <= 0:
        raise UserError("points_not_positive", field="points_cost")
    _check_stock(stock)
    r = Reward(name=name, points_cost=points_cost, stock=stock, active=active, created_at=dt.datetime.now())
    session.add(r)
    session.flush()
    return _view(r)


def update_reward(
    session: Session, reward_id: int, *, name: str, points_cost: int, stock: int | None, active: bool
) -> RewardView:
    r = session.get(Reward, reward_id)
    if r is None:
        raise UserError("reward_not_found")
    name = clean_text(name, 100, "name")
    if not name:
        raise UserError("reward_name_required", field="name")
    if points_cost <= 0:
        raise UserError("points_not_positive", field="points_cost")
    _check_stock(stock)  # else the CHECK constraint fails as a crash
    r.name, r.points_cost, r.stock, r.active = name, points_cost, stock, active
    session.flush()
    return _view(r)


def list_rewards(session: Session, active_only: bool = True) -> list[RewardView]:
    stmt = select(Reward).order_by(Reward.points_cost, Reward.name)
    if active_only:
        stmt = stmt.where(Reward.active.is_(True))
    return [_view(r) for r in session.scalars(stmt)]


@dataclass(frozen=True)
class RedemptionResult:
    redemption_id: int
    reward_name: str
    points: int
    balance_after: int
    stock_left: int | None
    duplicate: bool = False


def redeem(
    session: Session,
    *,
    redemption_key: str,
    member_id: int,
    reward_id: int,
    staff_id: int | None = None,
    now: dt.datetime | None = None,
) -> RedemptionResult:
    """Exchange points for a reward: stock down, balance down, never below zero."""
    now = now or dt.datetime.now()
    done = session.scalars(select(Redemption).where(Redemption.redemption_key == redemption_key)).first()
    if done is not None:
        if (done.member_id, done.reward_id) != (member_id, reward_id):
            raise UserError("redemption_key_reused")
        r = session.get(Reward, done.reward_id)
        m = session.get(ledger.Member, done.member_id)
        return RedemptionResult(done.id, r.name, done.points, m.points_balance, r.stock, duplicate=True)
    reward = session.execute(
        select(Reward).where(Reward.id == reward_id).with_for_update().execution_options(populate_existing=True)
    ).scalar_one_or_none()
    if reward is None:
        raise UserError("reward_not_found")
    if not reward.active:
        raise UserError("reward_inactive", name=reward.name)
    if reward.stock is not None and reward.stock <= 0:
        raise UserError("reward_out_of_stock", name=reward.name)
    member = ledger.lock_member(session, member_id)
    if member.points_balance < reward.points_cost:
        # refuse before writing anything, so even a caller that catches the
        # error inside its transaction is left with no half-made redemption
        raise UserError(
            "not_enough_points", field="points", name=member.name,
            balance=member.points_balance, needed=reward.points_cost,
        )
    red = Redemption(
        redemption_key=redemption_key,
        member_id=member_id,
        reward_id=reward.id,
        staff_id=staff_id,
        points=reward.points_cost,
        occurred_at=now,
    )
    session.add(red)
    session.flush()
    entry = ledger.post(
        session, member, -reward.points_cost, "redeem", now=now,
        redemption_id=red.id, staff_id=staff_id, reason=reward.name,
    )
    if reward.stock is not None:
        reward.stock -= 1
    session.flush()
    return RedemptionResult(red.id, reward.name, red.points, entry.balance_after, reward.stock)


def undo_redemption(
    session: Session,
    redemption_id: int,
    *,
    staff_id: int | None = None,
    reason: str | None = None,
    now: dt.datetime | None = None,
) -> RedemptionResult:
    """Give the points back and put the item back in stock."""
    now = now or dt.datetime.now()
    red = session.execute(
        select(Redemption).where(Redemption.id == redemption_id).with_for_update()
        .execution_options(populate_existing=True)
    ).scalar_one_or_none()
    if red is None:
        raise UserError("redemption_not_found")
    if red.status != "done":
        raise UserError("redemption_already_undone")
    reward = session.execute(
        select(Reward).where(Reward.id == red.reward_id).with_for_update()
        .execution_options(populate_existing=True)
    ).scalar_one()
    original = session.scalars(
        select(PointsEntry).where(PointsEntry.redemption_id == red.id, PointsEntry.kind == "redeem")
    ).first()
    member = ledger.lock_member(session, red.member_id)
    entry = ledger.post(
        session, member, red.points, "redeem_undo", now=now, redemption_id=red.id,
        corrects_id=original.id if original else None, staff_id=staff_id,
        reason=clean_text(reason, 500, "reason") or reward.name,
    )
    if reward.stock is not None:
        reward.stock += 1
    red.status, red.undone_at = "undone", now
    session.flush()
    return RedemptionResult(red.id, reward.name, red.points, entry.balance_after, reward.stock)


@dataclass(frozen=True)
class RedemptionRow:
    id: int
    occurred_at: dt.datetime
    reward_name: str
    points: int
    status: str


def member_redemptions(session: Session, member_id: int, limit: int = 50) -> list[RedemptionRow]:
    rows = session.execute(
        select(Redemption, Reward.name).join(Reward, Reward.id == Redemption.reward_id)
        .where(Redemption.member_id == member_id).order_by(Redemption.id.desc()).limit(limit)
    )
    return [RedemptionRow(r.id, r.occurred_at, name, r.points, r.status) for r, name in rows]
