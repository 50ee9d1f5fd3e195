"""Shop settings: typed keys with defaults, stored as JSON in ``settings``.

Only keys listed in :data:`DEFAULTS` exist; a value is validated before it is
stored, so the services can trust what they read.
"""
from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import UserError
from db.models import Setting

DEFAULTS: dict[str, Any] = {
    "shop_name": "",
    "currency": "TWD",
    "language": "zh_TW",
    "setup_done": False,
    # Points earned: earn_points for every earn_per_cents spent (after any
    # points discount), rounded by earn_rounding; nothing below min_spend.
    "earn_per_cents": 100,
    "earn_points": 1,
    "earn_rounding": "floor",  # floor | round | ceil
    "min_spend_cents": 0,
    # Points spent as a discount: redeem_points points are worth redeem_value_cents.
    "redeem_points": 100,
    "redeem_value_cents": 1000,
}

_VALIDATORS = {
    "shop_name": lambda v: isinstance(v, str) and len(v) <= 80,
    "currency": lambda v: isinstance(v, str) and len(v) == 3 and v.isalpha(),
    "language": lambda v: v in ("zh_TW", "zh_CN", "en"),
    "setup_done": lambda v: isinstance(v, bool),
    "earn_per_cents": lambda v: isinstance(v, int) and v > 0,
    "earn_points": lambda v: isinstance(v, int) and v >= 0,
    "earn_rounding": lambda v: v in ("floor", "round", "ceil"),
    "min_spend_cents": lambda v: isinstance(v, int) and v >= 0,
    "redeem_points": lambda v: isinstance(v, int) and v > 0,
    "redeem_value_cents": lambda v: isinstance(v, int) and v > 0,
}


# Keys any actor may write (see put); features add theirs with register(internal=True).
_INTERNAL: set[str] = set()


def get(session: Session, key: str) -> Any:
    if key not in DEFAULTS:
        raise KeyError(key)
    row = session.get(Setting, key)
    return DEFAULTS[key] if row is None else json.loads(row.value)


def get_all(session: Session) -> dict[str, Any]:
    values = dict(DEFAULTS)
    for row in session.scalars(select(Setting)):
        if row.key in values:
            values[row.key] = json.loads(row.value)
    return values


def put(session: Session, **values: Any) -> None:
    """Validate and store several settings (all or none).

    Changing a shop setting needs an owner or a manager (app.auth
    "change_settings") and is audited with the values before and after.
    Storing a value that is already there changes nothing and needs no
    permission; keys registered ``internal`` (the app's own bookkeeping, not
    the owner's choices) are never guarded.
    """
    for key, value in values.items():
        if key not in DEFAULTS:
            raise KeyError(key)
        if isinstance(DEFAULTS[key], bool) is False and isinstance(value, bool):
            raise UserError("setting_invalid", key=key, value=value)
        if not _VALIDATORS[key](value):
            raise UserError("setting_invalid", key=key, value=value)
    before = {key: get(session, key) for key in values}
    changed = sorted(key for key, value in values.items() if before[key] != value or session.get(Setting, key) is None)
    guarded = [key for key in changed if key not in _INTERNAL and before[key] != values[key]]
    if guarded:
        from app import audit, auth

        auth.require(session, "change_settings", target_type="setting", detail=", ".join(guarded))
    for key in changed:
        session.merge(Setting(key=key, value=json.dumps(values[key], ensure_ascii=False)))
    if guarded:
        audit.record(session, "settings_change", target_type="setting", detail=", ".join(guarded),
                     before={k: before[k] for k in guarded}, after={k: values[k] for k in guarded})


def register(key: str, default: Any, validator, *, internal: bool = False) -> None:
    """Let a feature module add its own setting (e.g. follow-up rules) without
    editing this file; call at import time of that module. ``internal``: the
    app's own bookkeeping (a counter, a "done once" flag), written whoever is
    signed in and not audited."""
    if key in DEFAULTS and DEFAULTS[key] != default:
        raise ValueError(f"setting {key!r} registered twice with different defaults")
    DEFAULTS[key] = default
    _VALIDATORS[key] = validator
    if internal:
        _INTERNAL.add(key)
