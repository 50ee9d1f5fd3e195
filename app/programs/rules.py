"""Points rules: what multiplies the points of a sale, and why.

Multipliers (whole percentages, 100 = ×1) for the member day, the birthday,
the member's tier, the category of each line and dated promotions all
*multiply*; the product is capped by the owner's cap (``prog_multiplier_cap_pct``,
0 = none) line by line, because categories differ between lines. The sale's
multiplier is the average of the lines' multipliers weighted by their amounts,
kept as an exact fraction, and the shop's earning rule rounds once at the end
(``app.sales.points_for``), so ×1.5 of 7 points is 10 with floor rounding,
never 1.5 × a rounded figure.

- Member day: a day of the month (1-31) - in a month without that day, its
  last day stands in (the 30th is 28/29 February, the 31st is the 30th of
  April) - or a weekday.
- Birthday: the day itself, the week (three days before to three days after,
  across a year end too) or the calendar month. A birthday on 29 February is
  kept on 28 February in other years. A birthday without a year counts; one
  without a month and day cannot.
- Promotions: start and end dates inclusive; one with a category applies to
  that category's lines only.

:func:`plan` works out a sale's tier discount and multiplier before it is
saved; :func:`after_sale` does the rest once it is (tier upgrade, stamp,
referral). What applied is returned as :class:`EarnReason` values - a code and
numbers, no English - so the window says it in the cashier's language.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Sequence

from sqlalchemy.orm import Session

from app.programs import config  # noqa: F401  (registers the settings)
from app.programs import tiers as tier_service
from app.programs.state import days_in_month

REASON_CODES = ("member_day", "birthday", "tier", "category", "promotion", "cap")


@dataclass(frozen=True)
class EarnReason:
    """One thing that changed the points of a sale: ``code`` (see
    :data:`REASON_CODES`), its multiplier and, where it has one, a name (the
    tier, category or promotion)."""

    code: str
    multiplier_pct: int
    name: str = ""


@dataclass(frozen=True)
class SalePlan:
    tier: tier_service.TierView | None = None
    tier_discount_cents: int = 0
    multiplier: Fraction = Fraction(1)
    reasons: tuple[EarnReason, ...] = ()


@dataclass(frozen=True)
class SaleOutcome:
    """What the programmes did after a sale was saved."""

    new_tier: tier_service.TierView | None = None
    stamps: object | None = None  # stamps.StampOutcome
    referral: object | None = None  # referrals.ReferralOutcome
    extras: tuple = field(default=())


def is_member_day(rule: dict, day: dt.date) -> bool:
    md = rule["prog_member_day"]
    if md["kind"] == "weekday":
        return day.weekday() == md["day"]
    if md["kind"] == "month_day":
        return day.day == min(md["day"], days_in_month(day.year, day.month))
    return False


def _birthday_in(year: int, month: int, day: int) -> dt.date:
    return dt.date(year, month, min(day, days_in_month(year, month)))


def in_birthday_window(window: str, birth_month: int | None, birth_day: int | None, day: dt.date) -> bool:
    if window == "off" or not birth_month or not birth_day:
        return False
    if window == "month":
        return day.month == birth_month
    if window == "day":
        return day == _birthday_in(day.year, birth_month, birth_day)
    # week: the birthday of last, this or next year within three days
    return any(abs((day - _birthday_in(y, birth_month, birth_day)).days) <= 3
               for y in (day.year - 1, day.year, day.year + 1))


def multiplier(
    rule: dict,
    *,
    day: dt.date,
    birth_month: int | None = None,
    birth_day: int | None = None,
    tier: tier_service.TierView | None = None,
    lines: Sequence[tuple[str | None, int]] = (),
) -> tuple[Fraction, tuple[EarnReason, ...]]:
    """The sale's multiplier and the reasons, from plain values (no database).

    Args:
        lines: (category, amount in minor units) per line.
    """
    reasons: list[EarnReason] = []
    general = Fraction(1)

    def use(code: str, pct: int, name: str = "") -> None:
        nonlocal general
        general *= Fraction(pct, 100)
        reasons.append(EarnReason(code, pct, name))

    if is_member_day(rule, day):
        use("member_day", rule["prog_member_day"]["multiplier_pct"])
    b = rule["prog_birthday"]
    if in_birthday_window(b["window"], birth_month, birth_day, day):
        use("birthday", b["multiplier_pct"])
    if tier is not None and tier.multiplier_pct != 100:
        use("tier", tier.multiplier_pct, tier.name)
    iso = day.isoformat()
    promos = [p for p in rule["prog_promotions"] if p["start"] <= iso <= p["end"]]
    for p in promos:
        if p["category"] is None:
            use("promotion", p["multiplier_pct"], p["name"])
    cats = rule["prog_category_multipliers"]
    cap = Fraction(rule["prog_multiplier_cap_pct"], 100) if rule["prog_multiplier_cap_pct"] else None
    lines = [(c, a) for c, a in lines if a > 0] or [(None, 1)]
    total = sum(a for _c, a in lines)
    weighted = Fraction(0)
    capped = False
    seen: set[tuple[str, str]] = set()
    for category, amount in lines:
        m = general
        if category is not None and category in cats:
            m *= Fraction(cats[category], 100)
            if ("category", category) not in seen and cats[category] != 100:
                seen.add(("category", category))
                reasons.append(EarnReason("category", cats[category], category))
        for p in promos:
            if p["category"] is not None and p["category"] == category:
                m *= Fraction(p["multiplier_pct"], 100)
                if ("promotion", p["name"]) not in seen:
                    seen.add(("promotion", p["name"]))
                    reasons.append(EarnReason("promotion", p["multiplier_pct"], p["name"]))
        if cap is not None and m > cap:
            m, capped = cap, True
        weighted += m * amount
    if capped:
        reasons.append(EarnReason("cap", rule["prog_multiplier_cap_pct"]))
    return weighted / total, tuple(reasons)


def plan(
    session: Session,
    *,
    member_id: int | None,
    base_cents: int,
    lines: Sequence[tuple[str | None, int]],
    now: dt.datetime,
    rule: dict,
    source: str,
) -> SalePlan:
    """The programmes' part of a sale before it is saved: the tier discount
    on ``base_cents`` (the goods after any coupon) and the points multiplier.
    Walk-ins and imported history get neither."""
    if member_id is None or source != "counter":
        return SalePlan()
    from sqlalchemy import select

    from app.programs import state
    from db.models import Member, MemberStats
    from db.program_models import MemberProgram

    # one read for the birthday, the programme row and the follow-up stats;
    # the rows are held for the rest of the sale (tier check, stamps, and
    # memberstats.note_purchase finds its row without reading it again)
    row = session.execute(
        select(Member.birth_month, Member.birth_day, MemberProgram, MemberStats)
        .outerjoin(MemberProgram, MemberProgram.member_id == Member.id)
        .outerjoin(MemberStats, MemberStats.member_id == Member.id)
        .where(Member.id == member_id)
    ).first()
    if row is None:
        return SalePlan()
    birth_month, birth_day, program, stats = row
    if program is None:
        state.note_absent(session, member_id)
    else:
        state._hold(session, member_id, program)
    session.info["programs.stats"] = stats
    tier_service.list_tiers(session, rule.get("prog_tiers_version"))  # cached for this sale
    tier = tier_service.member_tier(session, member_id, version=rule.get("prog_tiers_version"))
    m, reasons = multiplier(rule, day=now.date(), birth_month=birth_month, birth_day=birth_day,
                            tier=tier, lines=lines)
    return SalePlan(tier, tier_service.discount_cents(tier, base_cents), m, reasons)


def after_sale(session: Session, *, member, sale, paid_cents: int, now: dt.datetime, staff_id: int | None,
               rule: dict) -> SaleOutcome:
    """The programmes' part once the sale is saved (member row locked):
    upgrade the tier, stamp the card, pay a referral."""
    from app.programs import referrals, stamps

    new_tier = tier_service.on_sale(session, member.id, now=now, sale_id=sale.id, staff_id=staff_id)
    stamp = ref = None
    if sale.source == "counter":
        stamp = stamps.on_sale(session, member.id, sale_id=sale.id, paid_cents=paid_cents, now=now,
                               staff_id=staff_id, rule=rule)
        ref = referrals.on_sale(session, member, sale_id=sale.id, now=now, staff_id=staff_id, rule=rule)
    return SaleOutcome(new_tier, stamp, ref)


def encode_reasons(reasons: Sequence[EarnReason]) -> str | None:
    """JSON for ``sales.earn_reasons``."""
    if not reasons:
        return None
    return json.dumps([[r.code, r.multiplier_pct, r.name] for r in reasons], ensure_ascii=False)


def decode_reasons(text: str | None) -> tuple[EarnReason, ...]:
    if not text:
        return ()
    return tuple(EarnReason(c, int(m), n) for c, m, n in json.loads(text))


_WORDS = {
    "member_day": {"en": "member day", "zh_TW": "會員日", "zh_CN": "会员日"},
    "birthday": {"en": "birthday", "zh_TW": "生日", "zh_CN": "生日"},
    "cap": {"en": "capped at", "zh_TW": "上限", "zh_CN": "上限"},
    "sep": {"en": ", ", "zh_TW": "、", "zh_CN": "、"},
}


def describe(reasons: Sequence[EarnReason], lang: str = "en") -> str:
    """The reasons as text for printed documents (receipts), where Qt's
    translator is not at hand; the window makes its own (ui/programs_counter.py)."""
    lang = lang if lang in ("en", "zh_TW", "zh_CN") else "en"
    parts = []
    for r in reasons:
        whole, rest = divmod(r.multiplier_pct, 100)
        x = str(whole) if not rest else f"{r.multiplier_pct / 100:.2f}".rstrip("0")
        word = _WORDS[r.code][lang] if r.code in _WORDS else r.name
        parts.append(f"{word} ×{x}")
    return _WORDS["sep"][lang].join(parts)
