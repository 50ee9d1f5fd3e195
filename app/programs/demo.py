"""The demo salon's loyalty programmes (called by app.demo.build_demo).

Three tiers priced for the salon (a regular spends about NT$5,000 a year, a
colour-and-perm customer three times that), a member day on the 30th (×2), a
birthday week (×2), a hair-care promotion around the demo's last day, a
10-stamp card with 2 stamps at sign-up, referral and check-in points, and
points that expire after 24 months. Members are placed on their tiers in bulk
from the generated history (one grouped read of the sales, then executemany),
and each member's card carries the stamps of their visits of the last 12
months, so a newcomer sees every programme at work and the demo stays fast at
200,000 members.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from app import settings as shop_settings
from app.programs import config  # noqa: F401
from app.programs import tiers
from db.program_models import MemberProgram, StampEntry, Tier

DEMO_TIERS = (  # name, colour, 12-month spend threshold (NT$), multiplier %, discount %
    ("銀卡", "#8e9aa6", 5000, 100, 0),
    ("金卡", "#c9a227", 15000, 150, 5),
    ("鑽石卡", "#3aa7c9", 30000, 200, 10),
)
STAMPS_PER_CARD = 10


def install(session: Session, *, as_of: dt.date) -> dict:
    """Set the programmes up on the freshly generated demo shop."""
    now = dt.datetime.combine(as_of, dt.time(20, 0))
    review = {"every": "quarter", "month": 1, "day": 1}
    shop_settings.put(
        session,
        prog_member_day={"kind": "month_day", "day": 30, "multiplier_pct": 200},
        prog_birthday={"window": "week", "multiplier_pct": 200},
        prog_category_multipliers={"產品": 50},
        prog_promotions=[{"name": "護髮季", "start": (as_of - dt.timedelta(days=7)).isoformat(),
                          "end": (as_of + dt.timedelta(days=21)).isoformat(), "multiplier_pct": 150,
                          "category": "護髮"}],
        prog_multiplier_cap_pct=500,
        prog_expiry_months=24,
        prog_stamps={"per_card": STAMPS_PER_CARD, "at_signup": 2, "min_spend_cents": 300_00,
                     "reward": "免費洗髮一次"},
        prog_referral_points=200,
        prog_checkin_points=5,
        prog_tier_review=review,
        prog_tier_last_review=tiers.due_review(review, as_of).isoformat(),
    )
    for pos, (name, colour, ntd, mult, disc) in enumerate(DEMO_TIERS, start=1):
        session.add(Tier(name=name, colour=colour, basis="spend", threshold=ntd * 100, multiplier_pct=mult,
                         discount_pct=disc, position=pos, active=True, created_at=now))
    session.flush()
    tiers.bump_version(session)
    changed = tiers.assign_all(session, now=now, reason="bulk")
    # stamps: one per visit of the last 12 months on the current card
    figs = tiers._all_figures(session, as_of + dt.timedelta(days=1))
    have = set(session.scalars(select(MemberProgram.member_id)))
    ups, ins, entries = [], [], []
    for mid, (_spend, visits) in figs.items():
        n = visits % STAMPS_PER_CARD
        if not n:
            continue
        (ups if mid in have else ins).append({"member_id": mid, "stamps_balance": n})
        entries.append({"member_id": mid, "occurred_at": now, "kind": "adjust", "stamps": n, "balance_after": n,
                        "shortfall": 0, "sale_id": None, "staff_id": None})
    for i in range(0, len(ups), 5000):
        session.execute(update(MemberProgram), ups[i:i + 5000])
    for i in range(0, len(ins), 5000):
        session.execute(insert(MemberProgram), [dict(r, tier_id=None, tier_since=None, cards_completed=0)
                                                for r in ins[i:i + 5000]])
    for i in range(0, len(entries), 5000):
        session.execute(insert(StampEntry), entries[i:i + 5000])
    session.expire_all()
    return {"tiered_members": changed, "stamped_members": len(entries)}
