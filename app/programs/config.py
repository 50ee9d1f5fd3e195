"""The programmes' shop settings, registered with app.settings.

Each key is validated before it is stored (app.settings.put), so the rules can
trust what they read. Multipliers are whole percentages (100 = ×1, 150 =
×1.5, 200 = ×2) so they stay integers in JSON and exact in arithmetic.

Saving goes through :func:`save`, which requires the ``change_settings``
permission: the rule holds whichever screen or script calls it.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from app import auth
from app import settings as shop_settings

MAX_MULTIPLIER_PCT = 1000  # ×10: beyond that it is a typo, not a promotion


def _pct(v: Any, low: int = 0) -> bool:
    return isinstance(v, int) and not isinstance(v, bool) and low <= v <= MAX_MULTIPLIER_PCT


def _int(v: Any, low: int = 0, high: int = 10**9) -> bool:
    return isinstance(v, int) and not isinstance(v, bool) and low <= v <= high


def _date(v: Any) -> bool:
    try:
        dt.date.fromisoformat(v)
        return isinstance(v, str) and len(v) == 10
    except (TypeError, ValueError):
        return False


def _member_day(v: Any) -> bool:
    if not isinstance(v, dict) or set(v) != {"kind", "day", "multiplier_pct"}:
        return False
    if v["kind"] == "month_day":
        return _int(v["day"], 1, 31) and _pct(v["multiplier_pct"], 1)
    if v["kind"] == "weekday":
        return _int(v["day"], 0, 6) and _pct(v["multiplier_pct"], 1)
    return v["kind"] == "off"


def _birthday(v: Any) -> bool:
    return (isinstance(v, dict) and set(v) == {"window", "multiplier_pct"}
            and v["window"] in ("off", "day", "week", "month") and _pct(v["multiplier_pct"], 1))


def _categories(v: Any) -> bool:
    return isinstance(v, dict) and len(v) <= 200 and all(
        isinstance(k, str) and 0 < len(k) <= 60 and _pct(m, 0) for k, m in v.items())


def _promotion(p: Any) -> bool:
    return (isinstance(p, dict) and set(p) == {"name", "start", "end", "multiplier_pct", "category"}
            and isinstance(p["name"], str) and 0 < len(p["name"]) <= 60
            and _date(p["start"]) and _date(p["end"]) and p["start"] <= p["end"]
            and _pct(p["multiplier_pct"], 1)
            and (p["category"] is None or (isinstance(p["category"], str) and 0 < len(p["category"]) <= 60)))


def _promotions(v: Any) -> bool:
    return isinstance(v, list) and len(v) <= 200 and all(_promotion(p) for p in v)


def _stamps(v: Any) -> bool:
    return (isinstance(v, dict) and set(v) == {"per_card", "at_signup", "min_spend_cents", "reward"}
            and _int(v["per_card"], 0, 100) and _int(v["at_signup"], 0, 99)
            and (v["per_card"] == 0 or v["at_signup"] < v["per_card"])
            and _int(v["min_spend_cents"]) and isinstance(v["reward"], str) and len(v["reward"]) <= 100)


def _review(v: Any) -> bool:
    return (isinstance(v, dict) and set(v) == {"every", "month", "day"}
            and v["every"] in ("never", "month", "quarter", "year")
            and _int(v["month"], 1, 12) and _int(v["day"], 1, 28))


DEFAULTS: dict[str, tuple[Any, Any]] = {
    # the member day: a day of the month (1-31; in a shorter month the last
    # day stands in, so "the 30th" is 28 or 29 February) or a weekday (0 = Monday)
    "prog_member_day": ({"kind": "off", "day": 30, "multiplier_pct": 200}, _member_day),
    # the birthday: that day, that week (three days either side) or that month
    "prog_birthday": ({"window": "off", "multiplier_pct": 200}, _birthday),
    # per-category multipliers, category name -> percent
    "prog_category_multipliers": ({}, _categories),
    # dated promotions: [{name, start, end (inclusive), multiplier_pct, category|None}]
    "prog_promotions": ([], _promotions),
    # the product of all multipliers is capped at this (percent); 0 = no cap
    "prog_multiplier_cap_pct": (0, lambda v: v == 0 or _pct(v, 100)),
    # points expire this many months after they were earned; 0 = never
    "prog_expiry_months": (0, lambda v: _int(v, 0, 120)),
    # the cashier is told of points expiring within this many days
    "prog_expiry_warn_days": (30, lambda v: _int(v, 1, 365)),
    # stamp card: per_card 0 = no stamp card
    "prog_stamps": ({"per_card": 0, "at_signup": 0, "min_spend_cents": 0, "reward": ""}, _stamps),
    # points for the referrer at the first counter purchase of who they referred; 0 = off
    "prog_referral_points": (0, lambda v: _int(v, 0, 1_000_000)),
    # points for a daily check-in at the counter; 0 = off
    "prog_checkin_points": (0, lambda v: _int(v, 0, 1_000_000)),
    # tier review (downgrades): every month / quarter / year on day (and month)
    "prog_tier_review": ({"every": "year", "month": 1, "day": 1}, _review),
    # a new random token whenever the tiers change, so each process's tier
    # cache knows (app/programs/tiers.py); a token, not a counter, so a
    # database reset or restored to an older state is never taken for the one cached
    "prog_tiers_version": ("", lambda v: isinstance(v, str) and len(v) <= 40),
    # the last review date done (ISO), so the job catches up once and only once
    "prog_tier_last_review": ("", lambda v: v == "" or _date(v)),
    # "YYYY-MM-DD/months" of the last expiry catch-up that finished: nothing
    # more can expire until the date or the months change, so later starts
    # that day skip the scan (0.6-1.4 s at 200,000 members)
    "prog_expiry_done": ("", lambda v: isinstance(v, str) and len(v) <= 20),
}

# the app's own bookkeeping, written by the jobs whoever is signed in (app.settings.put)
INTERNAL = ("prog_tiers_version", "prog_tier_last_review", "prog_expiry_done")

for _key, (_default, _validator) in DEFAULTS.items():
    shop_settings.register(_key, _default, _validator, internal=_key in INTERNAL)


def get_all(session: Session) -> dict[str, Any]:
    """All shop settings (the programmes' included)."""
    return shop_settings.get_all(session)


def save(session: Session, **values: Any) -> None:
    """Store programme settings (all or none); owner or manager only."""
    auth.require(session, "change_settings")
    unknown = set(values) - set(DEFAULTS)
    if unknown:
        raise KeyError(", ".join(sorted(unknown)))
    shop_settings.put(session, **values)
