"""Points rules at their boundaries and in combination (app/programs/rules.py)."""
from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest

from app import members, sales
from app import settings as shop_settings
from app.programs import config, rules, tiers
from app.programs.rules import EarnReason

D = dt.date


def rule(**over):
    r = {k: v for k, v in shop_settings.DEFAULTS.items()}
    r.update(over)
    return r


MONTH30 = {"kind": "month_day", "day": 30, "multiplier_pct": 200}


@pytest.mark.parametrize("day, expected", [
    (D(2026, 1, 30), True), (D(2026, 1, 29), False), (D(2026, 1, 31), False),
    # February has no 30th: its last day stands in
    (D(2026, 2, 28), True), (D(2026, 2, 27), False),
    (D(2028, 2, 29), True), (D(2028, 2, 28), False),
    (D(2026, 4, 30), True),
])
def test_member_day_on_the_30th_and_in_february(day, expected):
    assert rules.is_member_day(rule(prog_member_day=MONTH30), day) is expected


def test_member_day_on_the_31st_falls_on_a_short_months_last_day():
    r = rule(prog_member_day={"kind": "month_day", "day": 31, "multiplier_pct": 200})
    assert rules.is_member_day(r, D(2026, 4, 30)) and not rules.is_member_day(r, D(2026, 4, 29))
    assert rules.is_member_day(r, D(2026, 5, 31)) and not rules.is_member_day(r, D(2026, 5, 30))


def test_member_day_on_a_weekday():
    r = rule(prog_member_day={"kind": "weekday", "day": 2, "multiplier_pct": 300})  # Wednesday
    assert rules.is_member_day(r, D(2026, 11, 25))
    assert not rules.is_member_day(r, D(2026, 11, 26))
    assert not rules.is_member_day(rule(), D(2026, 11, 30))  # off by default


@pytest.mark.parametrize("window, bm, bd, day, expected", [
    ("day", 5, 17, D(2026, 5, 17), True),
    ("day", 5, 17, D(2026, 5, 18), False),
    ("day", 2, 29, D(2027, 2, 28), True),  # a leap-day birthday in a common year
    ("day", 2, 29, D(2028, 2, 28), False),
    ("week", 12, 30, D(2027, 1, 2), True),  # across the year end: 3 days after
    ("week", 12, 30, D(2027, 1, 3), False),  # 4 days after
    ("week", 1, 1, D(2026, 12, 29), True),  # 3 days before next year's
    ("week", 1, 1, D(2026, 12, 28), False),
    ("week", 5, 17, D(2026, 5, 14), True),
    ("week", 5, 17, D(2026, 5, 20), True),
    ("week", 5, 17, D(2026, 5, 21), False),
    ("month", 5, 17, D(2026, 5, 1), True),
    ("month", 5, 17, D(2026, 5, 31), True),
    ("month", 5, 17, D(2026, 6, 1), False),
    ("off", 5, 17, D(2026, 5, 17), False),
    ("day", None, None, D(2026, 5, 17), False),
])
def test_birthday_windows(window, bm, bd, day, expected):
    assert rules.in_birthday_window(window, bm, bd, day) is expected


PROMO = {"name": "週年慶", "start": "2026-12-01", "end": "2026-12-07", "multiplier_pct": 300, "category": None}


@pytest.mark.parametrize("day, applies", [
    (D(2026, 11, 30), False), (D(2026, 12, 1), True), (D(2026, 12, 7), True), (D(2026, 12, 8), False),
])
def test_promotion_first_and_last_day_are_inclusive(day, applies):
    m, reasons = rules.multiplier(rule(prog_promotions=[PROMO]), day=day, lines=[(None, 1000)])
    assert m == (3 if applies else 1)
    assert reasons == ((EarnReason("promotion", 300, "週年慶"),) if applies else ())


def test_a_category_promotion_applies_to_its_lines_only():
    promo = dict(PROMO, category="洗車")
    m, reasons = rules.multiplier(rule(prog_promotions=[promo]), day=D(2026, 12, 3),
                                  lines=[("洗車", 1000), ("商品", 3000)])
    assert m == Fraction(3 * 1000 + 1 * 3000, 4000)
    assert reasons == (EarnReason("promotion", 300, "週年慶"),)
    m, reasons = rules.multiplier(rule(prog_promotions=[promo]), day=D(2026, 12, 3), lines=[("商品", 3000)])
    assert (m, reasons) == (1, ())


def test_multipliers_multiply_and_the_cap_holds_line_by_line():
    r = rule(prog_member_day=MONTH30, prog_birthday={"window": "day", "multiplier_pct": 200},
             prog_category_multipliers={"美容": 150, "禮券": 0}, prog_multiplier_cap_pct=500)
    m, reasons = rules.multiplier(r, day=D(2026, 11, 30), birth_month=11, birth_day=30,
                                  lines=[("美容", 2000), ("禮券", 1000), (None, 1000)])
    # 美容: 2 × 2 × 1.5 = 6 → capped at 5; 禮券: ×0; plain: ×4
    assert m == Fraction(5 * 2000 + 0 + 4 * 1000, 4000)
    codes = [(x.code, x.multiplier_pct, x.name) for x in reasons]
    assert codes == [("member_day", 200, ""), ("birthday", 200, ""), ("category", 150, "美容"),
                     ("category", 0, "禮券"), ("cap", 500, "")]


def test_reasons_round_trip_through_the_sale_row():
    rs = (EarnReason("tier", 150, "金卡"), EarnReason("member_day", 200))
    assert rules.decode_reasons(rules.encode_reasons(rs)) == rs
    assert rules.encode_reasons(()) is None and rules.decode_reasons(None) == ()


def test_one_rounding_at_the_end():
    # 7.00 at 1 point per 1.00 ×1.5 = 10.5 → 10 (floor), not 1.5 × 7 rounded per part
    r = rule()
    assert sales.points_for(700, r, Fraction(3, 2)) == 10
    assert sales.points_for(700, dict(r, earn_rounding="ceil"), Fraction(3, 2)) == 11
    assert sales.points_for(700, dict(r, earn_rounding="round"), Fraction(3, 2)) == 11
    assert sales.points_for(699, dict(r, earn_rounding="round"), Fraction(3, 2)) == 10


GOLD_NOW = dt.datetime(2026, 11, 30, 15, 0)  # a Monday, the 30th


def _gold_member_on_birthday(shop, *, birthday="11-30"):
    with shop.transaction() as s:
        config.save(s, prog_member_day=MONTH30, prog_birthday={"window": "day", "multiplier_pct": 200},
                    prog_promotions=[{"name": "冬季洗車", "start": "2026-11-30", "end": "2026-11-30",
                                      "multiplier_pct": 150, "category": "洗車"}],
                    prog_multiplier_cap_pct=0)
        tiers.save_tiers(s, [tiers.TierSpec("銀卡", "#a0a0a0", "spend", 100_00, 100, 0),
                             tiers.TierSpec("金卡", "#d4af37", "spend", 1000_00, 150, 10)], now=GOLD_NOW)
        m = members.sign_up(s, name="林金卡", phone="0911000111", birthday=birthday,
                            now=GOLD_NOW - dt.timedelta(days=200))
        sales.record_sale(s, sale_key="hist", member_id=m.id, amount_cents=1500_00, source="import",
                          now=GOLD_NOW - dt.timedelta(days=100))
        tiers.assign_all(s, now=GOLD_NOW - dt.timedelta(days=99))
    return m


def test_member_day_on_the_birthday_of_a_gold_member_with_a_category_promotion(shop):
    m = _gold_member_on_birthday(shop)
    with shop.transaction() as s:
        r = sales.record_sale(s, sale_key="k", member_id=m.id, now=GOLD_NOW, lines=[
            sales.Line("精緻洗車", 600_00, 1, "洗車"), sales.Line("蠟", 400_00, 1, "商品")])
    # gold: 10% off 1,000.00 → 900.00 paid; lines 600/400 → paid shares 540/360
    assert (r.total_cents, r.tier_discount_cents, r.paid_cents) == (1000_00, 100_00, 900_00)
    # ×2 member day × 2 birthday × 1.5 gold = ×6; the car wash ×1.5 more = ×9
    assert r.points_earned == (540 * 9 + 360 * 6)
    assert [(x.code, x.multiplier_pct, x.name) for x in r.earn_reasons] == [
        ("member_day", 200, ""), ("birthday", 200, ""), ("tier", 150, "金卡"), ("promotion", 150, "冬季洗車")]
    with shop.read() as s:
        again = sales.record_sale(s, sale_key="k", member_id=m.id, amount_cents=1000_00, now=GOLD_NOW)
        assert again.duplicate and again.earn_reasons == r.earn_reasons and again.tier_discount_cents == 100_00


def test_the_cap_limits_the_combination(shop):
    m = _gold_member_on_birthday(shop)
    with shop.transaction() as s:
        config.save(s, prog_multiplier_cap_pct=300)
        r = sales.record_sale(s, sale_key="k", member_id=m.id, amount_cents=100_00, now=GOLD_NOW)
    assert r.points_earned == 90 * 3
    assert r.earn_reasons[-1] == EarnReason("cap", 300)


def test_a_birthday_without_a_year_counts_and_the_day_after_does_not(shop):
    m = _gold_member_on_birthday(shop, birthday="11-29")
    with shop.transaction() as s:
        r = sales.record_sale(s, sale_key="k", member_id=m.id, amount_cents=100_00, now=GOLD_NOW)
    assert {x.code for x in r.earn_reasons} == {"member_day", "tier"}
    with shop.transaction() as s:
        config.save(s, prog_birthday={"window": "week", "multiplier_pct": 200})
        r = sales.record_sale(s, sale_key="k2", member_id=m.id, amount_cents=100_00, now=GOLD_NOW)
    assert {x.code for x in r.earn_reasons} == {"member_day", "birthday", "tier"}


def test_walk_ins_and_imports_get_no_multiplier_or_discount(shop):
    m = _gold_member_on_birthday(shop)
    with shop.transaction() as s:
        walk = sales.record_sale(s, sale_key="w", member_id=None, amount_cents=100_00, now=GOLD_NOW)
        imp = sales.record_sale(s, sale_key="i", member_id=m.id, amount_cents=100_00, now=GOLD_NOW, source="import")
    assert (walk.tier_discount_cents, walk.earn_reasons, walk.points_earned) == (0, (), 0)
    assert (imp.tier_discount_cents, imp.earn_reasons, imp.points_earned) == (0, (), 0)


def test_settings_are_validated_and_need_a_manager(shop):
    from app.auth import Actor
    from app.errors import UserError

    with pytest.raises(UserError):
        with shop.transaction() as s:
            config.save(s, prog_member_day={"kind": "month_day", "day": 32, "multiplier_pct": 200})
    with pytest.raises(UserError):
        with shop.transaction() as s:
            config.save(s, prog_promotions=[dict(PROMO, start="2026-12-08")])
    shop.actor = Actor(None, "小美", "cashier")
    with pytest.raises(UserError) as e:
        with shop.transaction() as s:
            config.save(s, prog_checkin_points=5)
    assert e.value.code == "not_permitted"
    with shop.read() as s:  # (the refusal itself is audited; the setting is not changed)
        assert shop_settings.get(s, "prog_checkin_points") == 0
