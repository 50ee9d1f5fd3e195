"""Jobs that catch up when the app starts: the tier review that fell due and
points expiry. Both are idempotent (a second start the same day does
nothing), take ``now`` so tests and scripts can run them as of any day, and
write in short transactions so a counter is never held up for long.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable

from app.programs import expiry, tiers


@dataclass(frozen=True)
class CatchUp:
    review: tiers.ReviewResult
    expiry: expiry.ExpiryRun


def catch_up(shop, *, now: dt.datetime | None = None, stop: Callable[[], bool] | None = None) -> CatchUp:
    """``stop()`` (the window is closing) ends the expiry part between its
    transactions; the rest is caught up at the next start."""
    now = now or dt.datetime.now()
    with shop.transaction() as s:
        review = tiers.review(s, now=now)
    return CatchUp(review, expiry.catch_up(shop, now=now, stop=stop))
