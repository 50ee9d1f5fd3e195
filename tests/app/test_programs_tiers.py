"""Tiers: upgrade at the crossing sale, review and downgrade, "X more to Gold",
the tier discount in what was paid (app/programs/tiers.py)."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app import check, members, memberstats, sales
from app.auth import Actor
from app.errors import UserError
from app.programs import config, tiers
from db.models import Sale
from db.program_models import TierChange

T = dt.datetime(2026, 6, 10, 11, 0)
LADDER = [
    tiers.TierSpec("銀卡", "#a8a8a8", "spend", 3000_00, 100, 0),
    tiers.TierSpec("金卡", "#d4af37", "spend", 10000_00, 150, 5),
    tiers.TierSpec("鑽石卡", "#5bc0eb", "visits", 20, 200, 10),
]


@pytest.fixture
def ladder(shop):
    with shop.transaction() as s:
        tiers.save_tiers(s, LADDER, now=T)
        m = members.sign_up(s, name="陳大文", phone="0922333444", now=T - dt.timedelta(days=400))
    return m.id


def buy(shop, mid, cents, at, key=None, **kw):
    with shop.transaction() as s:
        return sales.record_sale(s, sale_key=key or f"{mid}-{at.isoformat()}-{cents}", member_id=mid,
                                 amount_cents=cents, now=at, **kw)


def tier_of(shop, mid):
    with shop.read() as s:
        t = tiers.member_tier(s, mid)
        return t.name if t else None


@pytest.mark.parametrize("cents, expected", [(3000_00 - 1, None), (3000_00, "銀卡"), (3000_00 + 1, "銀卡")])
def test_upgrade_at_the_sale_that_crosses_the_threshold(shop, ladder, cents, expected):
    r = buy(shop, ladder, cents, T)
    assert tier_of(shop, ladder) == expected
    assert (r.programs.new_tier.name if r.programs.new_tier else None) == expected


def test_the_crossing_sale_earns_at_the_old_tier_and_the_next_at_the_new(shop, ladder):
    buy(shop, ladder, 9000_00, T)
    r = buy(shop, ladder, 1000_00, T + dt.timedelta(hours=1))
    assert r.programs.new_tier.name == "金卡" and r.tier_discount_cents == 0 and r.points_earned == 1000
    r = buy(shop, ladder, 1000_00, T + dt.timedelta(hours=2))
    assert r.tier_discount_cents == 50_00 and r.paid_cents == 950_00 and r.points_earned == 1425  # 950 × 1.5
    with shop.read() as s:
        hist = tiers.history(s, ladder)
    assert [(h.from_name, h.to_name, h.reason) for h in hist] == [("銀卡", "金卡", "sale"), (None, "銀卡", "sale")]
    assert hist[0].spend_cents == 10000_00


def test_a_visit_basis_counts_days_not_sales(shop, ladder):
    for day in range(19):
        buy(shop, ladder, 10_00, T + dt.timedelta(days=day))
    buy(shop, ladder, 10_00, T + dt.timedelta(days=18, hours=2))  # same day: still 19 visits
    assert tier_of(shop, ladder) is None
    buy(shop, ladder, 10_00, T + dt.timedelta(days=19))
    assert tier_of(shop, ladder) == "鑽石卡"


def test_imported_history_counts_for_tiers_but_earns_nothing(shop, ladder):
    r = buy(shop, ladder, 3500_00, T - dt.timedelta(days=30), source="import")
    assert r.points_earned == 0
    assert tier_of(shop, ladder) == "銀卡"


def test_x_more_to_the_next_tier(shop, ladder):
    buy(shop, ladder, 3200_00, T)
    with shop.read() as s:
        st = tiers.status(s, ladder, T.date())
    assert (st.tier.name, st.next_tier.name, st.missing, st.spend_cents) == ("銀卡", "金卡", 6800_00, 3200_00)
    # a year later the sale has left the 12-month window
    with shop.read() as s:
        st = tiers.status(s, ladder, T.date().replace(year=2027))
    assert st.spend_cents == 0 and st.missing == 10000_00


def test_the_tier_discount_is_part_of_paid_everywhere(shop, ladder):
    buy(shop, ladder, 10000_00, T)
    r = buy(shop, ladder, 200_00, T + dt.timedelta(days=1), coupon_code=None)
    assert (r.tier_discount_cents, r.paid_cents) == (10_00, 190_00)
    with shop.transaction() as s:
        ref = sales.refund_sale(s, sale_id=r.sale_id, refund_key="r1")
        assert ref.amount_cents == 190_00
        assert s.scalar(select(Sale.paid_cents).where(Sale.id == r.sale_id)) == 190_00
    with shop.read() as s:
        assert memberstats.stats_problems(s) == [] and check.check(s) == []


def test_points_discount_cannot_exceed_what_the_tier_discount_leaves(shop, ladder):
    buy(shop, ladder, 10000_00, T)  # 10,000 points, gold
    with pytest.raises(UserError) as e:
        buy(shop, ladder, 100_00, T + dt.timedelta(days=1), points_to_spend=1000)  # 100.00 off 95.00 left
    assert e.value.code == "discount_exceeds_total"


def test_review_downgrades_on_the_owners_schedule_once(shop, ladder):
    with shop.transaction() as s:
        config.save(s, prog_tier_review={"every": "year", "month": 1, "day": 1},
                    prog_tier_last_review="2026-01-01")
    buy(shop, ladder, 10000_00, dt.datetime(2026, 2, 1, 10))
    other = None
    with shop.transaction() as s:
        other = members.sign_up(s, name="李小華", phone="0933222111", now=T).id
    buy(shop, other, 3000_00, dt.datetime(2026, 12, 1, 10))
    with shop.transaction() as s:
        assert tiers.review(s, now=dt.datetime(2026, 12, 31, 23)).ran is False  # not due yet
    buy(shop, other, 7000_00, dt.datetime(2027, 1, 20, 10))  # gold after the review date
    with shop.transaction() as s:
        r = tiers.review(s, now=dt.datetime(2027, 3, 5, 9))  # the shop opens again in March: catch up
    assert (r.ran, r.review_date) == (True, dt.date(2027, 1, 1))
    # the first member still spent 10,000 in the 12 months before 1 Jan 2027: stays gold
    assert tier_of(shop, ladder) == "金卡" and tier_of(shop, other) == "金卡"
    with shop.transaction() as s:
        assert tiers.review(s, now=dt.datetime(2027, 3, 6, 9)).ran is False  # idempotent
        r = tiers.review(s, now=dt.datetime(2028, 1, 2, 9))
    assert r.changed == 2
    # nothing in 2027 for the first; 7,000 for the second (the December sale left the window)
    assert tier_of(shop, ladder) is None and tier_of(shop, other) == "銀卡"
    with shop.read() as s:
        reasons = s.scalars(select(TierChange.reason).where(TierChange.member_id == other)
                            .order_by(TierChange.id)).all()
    assert reasons == ["sale", "sale", "review"]


def test_monthly_and_quarterly_review_dates():
    month = {"every": "month", "month": 1, "day": 5}
    assert tiers.due_review(month, dt.date(2026, 3, 4)) == dt.date(2026, 2, 5)
    assert tiers.due_review(month, dt.date(2026, 3, 5)) == dt.date(2026, 3, 5)
    assert tiers.due_review(month, dt.date(2026, 1, 4)) == dt.date(2025, 12, 5)
    q = {"every": "quarter", "month": 1, "day": 1}
    assert tiers.due_review(q, dt.date(2026, 3, 31)) == dt.date(2026, 1, 1)
    assert tiers.due_review(q, dt.date(2026, 4, 1)) == dt.date(2026, 4, 1)
    assert tiers.due_review({"every": "never", "month": 1, "day": 1}, dt.date(2026, 4, 1)) is None


def test_bad_ladders_are_refused_and_only_managers_edit_it(shop):
    with shop.transaction() as s:
        tiers.save_tiers(s, LADDER, now=T)
    bad = [
        ([tiers.TierSpec("", "#000000", "spend", 1)], "tier_name_required"),
        ([tiers.TierSpec("A", "#000000", "spend", 5), tiers.TierSpec("A", "#000000", "visits", 5)], "tier_name_taken"),
        ([tiers.TierSpec("A", "red", "spend", 5)], "tier_colour_invalid"),
        ([tiers.TierSpec("A", "#000000", "spend", 5), tiers.TierSpec("B", "#000000", "spend", 5)],
         "tier_thresholds_order"),
        ([tiers.TierSpec("A", "#000000", "spend", 5, discount_pct=101)], "tier_benefit_invalid"),
    ]
    for specs, code in bad:
        with pytest.raises(UserError) as e:
            with shop.transaction() as s:
                tiers.save_tiers(s, specs, now=T)
        assert e.value.code == code
    with shop.read() as s:
        assert [t.name for t in tiers.list_tiers(s)] == ["銀卡", "金卡", "鑽石卡"]
    shop.actor = Actor(None, "小美", "cashier")
    with pytest.raises(UserError) as e:
        with shop.transaction() as s:
            tiers.save_tiers(s, LADDER[:1], now=T)
    assert e.value.code == "not_permitted"


def test_retiring_a_tier_moves_its_members_at_once(shop, ladder):
    buy(shop, ladder, 10000_00, T)
    assert tier_of(shop, ladder) == "金卡"
    with shop.transaction() as s:
        kept = tiers.list_tiers(s)[0]
        tiers.save_tiers(s, [tiers.TierSpec(kept.name, kept.colour, kept.basis, kept.threshold, id=kept.id)], now=T)
    assert tier_of(shop, ladder) == "銀卡"


def test_another_counter_sees_new_tiers_at_its_next_sale(shop, ladder, db_url):
    from app.shop import Shop

    other = Shop(db_url)
    try:
        buy(shop, ladder, 10000_00, T)
        r = buy(shop, ladder, 100_00, T + dt.timedelta(hours=1))
        assert r.tier_discount_cents == 5_00  # gold: 5%, the tiers now cached
        with other.transaction() as s:
            specs = [tiers.TierSpec(t.name, t.colour, t.basis, t.threshold, t.multiplier_pct,
                                    20 if t.name == "金卡" else t.discount_pct, t.id) for t in tiers.list_tiers(s)]
            tiers.save_tiers(s, specs, now=T)
        r = buy(shop, ladder, 100_00, T + dt.timedelta(hours=2))
        assert r.tier_discount_cents == 20_00
    finally:
        other.close()


def test_the_start_up_jobs_run_before_anyone_signs_in(shop, ladder):
    """The window starts as nobody: the review and expiry still catch up."""
    from app.auth import NOBODY
    from app.programs import jobs

    buy(shop, ladder, 3000_00, dt.datetime(2026, 2, 1, 10))
    with shop.transaction() as s:
        config.save(s, prog_tier_review={"every": "year", "month": 1, "day": 1}, prog_expiry_months=12,
                    prog_tier_last_review="2026-01-01")
    shop.actor = NOBODY
    r = jobs.catch_up(shop, now=dt.datetime(2028, 1, 5, 9))
    assert r.review.ran and r.review.changed == 1 and r.expiry.points == 3000
    assert tier_of(shop, ladder) is None


def test_tier_edits_are_audited(shop, ladder):
    from sqlalchemy import text

    with shop.transaction() as s:
        t = tiers.list_tiers(s)[0]
        tiers.save_tiers(s, [tiers.TierSpec("銀卡", t.colour, "spend", 2500_00, id=t.id)], now=T)
    with shop.read() as s:
        rows = s.execute(text("SELECT action, target_type FROM audit_log WHERE target_type = 'tiers'")).all()
    assert [tuple(r) for r in rows] == [("settings_change", "tiers")] * 2  # the ladder made, then changed


def test_imported_purchase_history_moves_members_up_at_once(shop, ladder, tmp_path):
    from app import importexport

    with shop.read() as s:
        no = members.get_view(s, ladder).member_no
    f = tmp_path / "purchases.csv"
    f.write_text("member_no,occurred_at,amount\n" f"{no},2026-05-01,6000\n" f"{no},2026-05-20,4500\n",
                 encoding="utf-8")
    with shop.transaction() as s:
        r = importexport.import_purchases(s, f, now=T)
        assert not r.problems
    assert tier_of(shop, ladder) == "金卡"
    with shop.read() as s:
        assert [(h.to_name, h.reason) for h in tiers.history(s, ladder)] == [("金卡", "import")]
        assert members.get_view(s, ladder).points_balance == 0  # history earns no points
