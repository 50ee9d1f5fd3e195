"""Member segments by days since the last purchase, for the Members tab.

- ``active``: fewer than 90 days
- ``marginal``: 90 to 179 days
- ``sleeping``: 180 to 365 days
- ``lost``: more than 365 days
- ``new``: no purchase yet (signed up, never bought: a group of its own that
  the shop usually wants to see apart, rather than guessing from joined_on)

The thresholds are the ``member_segments`` setting. :func:`segment_condition`
is a SQL condition on the indexed ``members.last_purchase_at`` (a range, never
a per-row computation), so filtering 1,000,000 members stays instant.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from app import settings as shop_settings
from app.errors import UserError
from db.models import Member

SEGMENTS = ("active", "marginal", "sleeping", "lost", "new")
SETTINGS_KEY = "member_segments"
DEFAULT_THRESHOLDS = {"marginal_from": 90, "sleeping_from": 180, "lost_after": 365}


def _valid(v) -> bool:
    if not isinstance(v, dict) or set(v) != set(DEFAULT_THRESHOLDS):
        return False
    if not all(isinstance(x, int) and not isinstance(x, bool) for x in v.values()):
        return False
    return 1 <= v["marginal_from"] < v["sleeping_from"] <= v["lost_after"] <= 36500


shop_settings.register(SETTINGS_KEY, dict(DEFAULT_THRESHOLDS), _valid)


def thresholds(session: Session) -> dict:
    return dict(shop_settings.get(session, SETTINGS_KEY))


def segment_of(days: int | None, limits: dict | None = None) -> str:
    """The segment for ``days`` since the last purchase (None: no purchase)."""
    t = limits or DEFAULT_THRESHOLDS
    if days is None:
        return "new"
    if days < t["marginal_from"]:
        return "active"
    if days < t["sleeping_from"]:
        return "marginal"
    if days <= t["lost_after"]:
        return "sleeping"
    return "lost"


def _from(as_of: dt.date, days: int) -> dt.datetime:
    """Start of the day ``days`` before ``as_of``: a purchase at or after it
    is fewer than ``days + 1`` days ago."""
    return dt.datetime.combine(as_of - dt.timedelta(days=days), dt.time.min)


def segment_condition(session: Session, name: str, as_of: dt.date | None = None) -> ColumnElement[bool]:
    """A WHERE condition selecting the members of segment ``name`` as of
    ``as_of`` (default today), e.g. ``select(Member).where(cond)``."""
    as_of = as_of or dt.date.today()
    t = thresholds(session)
    col = Member.last_purchase_at
    if name == "new":
        return col.is_(None)
    active_from = _from(as_of, t["marginal_from"] - 1)  # days < marginal_from
    marginal_from = _from(as_of, t["sleeping_from"] - 1)
    sleeping_from = _from(as_of, t["lost_after"])  # days <= lost_after
    if name == "active":
        return col >= active_from
    if name == "marginal":
        return and_(col >= marginal_from, col < active_from)
    if name == "sleeping":
        return and_(col >= sleeping_from, col < marginal_from)
    if name == "lost":
        return col < sleeping_from
    raise UserError("segment_unknown", field="segment", value=str(name), choices=", ".join(SEGMENTS))


def segment_counts(session: Session, as_of: dt.date | None = None) -> dict[str, int]:
    """Members per segment (one pass over the last-purchase index)."""
    as_of = as_of or dt.date.today()
    t = thresholds(session)
    col = Member.last_purchase_at
    seg = case(
        (col.is_(None), "new"),
        (col >= _from(as_of, t["marginal_from"] - 1), "active"),
        (col >= _from(as_of, t["sleeping_from"] - 1), "marginal"),
        (col >= _from(as_of, t["lost_after"]), "sleeping"),
        else_="lost",
    )
    out = {s: 0 for s in SEGMENTS}
    for name, n in session.execute(select(seg, func.count()).group_by(seg)):
        out[name] = n
    return out
