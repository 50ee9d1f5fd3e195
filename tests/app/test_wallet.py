"""Stored value: top-ups with bonus tiers, spend order, paying part of a sale,
refunds of such sales and of top-ups, credits, adjustments, the follow-up list."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app import auth, check, followups, members, sales
from app import settings as shop_settings
from app.errors import UserError
from app.programs import wallet
from db.models import Sale
from db.wallet_models import WalletEntry
from tests.app.helpers import balance, dump, refused

NOW = dt.datetime(2026, 6, 15, 10, 0)
TIERS = [[100000, 10000], [300000, 40000]]  # 1,000 → +100; 3,000 → +400


def clean(shop):
    with shop.read() as s:
        assert check.check(s) == []


def put(shop, **values):
    with shop.transaction() as s:
        shop_settings.put(s, **values)


def topup(shop, member_id, cents, key=None, **kw):
    kw.setdefault("now", NOW)
    with shop.transaction() as s:
        return wallet.top_up(s, topup_key=key or sales.new_key(), member_id=member_id, amount_cents=cents, **kw)


def sale(shop, **kw):
    kw.setdefault("now", NOW + dt.timedelta(minutes=5))
    kw.setdefault("sale_key", sales.new_key())
    with shop.transaction() as s:
        return sales.record_sale(s, **kw)


def refund(shop, **kw):
    kw.setdefault("now", NOW + dt.timedelta(hours=1))
    kw.setdefault("refund_key", sales.new_key())
    with shop.transaction() as s:
        return sales.refund_sale(s, **kw)


def denied(shop, fn, **kw) -> UserError:
    """Like ``refused`` for a permission refusal, which the audit trail keeps
    on purpose: every other table is as it was."""
    before = {k: v for k, v in dump(shop).items() if k != "audit_log"}
    with pytest.raises(UserError) as info:
        with shop.transaction() as s:
            fn(s, **kw)
    assert {k: v for k, v in dump(shop).items() if k != "audit_log"} == before
    return info.value


def wallet_of(shop, member_id) -> tuple[int, int]:
    with shop.read() as s:
        w = wallet.get_wallet(s, member_id)
        return w.paid_units, w.bonus_units


@pytest.fixture
def member(shop):
    put(shop, wallet_bonus_tiers=TIERS)
    with shop.transaction() as s:
        return members.sign_up(s, name="陳美玲", phone="0912000111", now=NOW).id


# --------------------------------------------------------------------------- top-up and bonus


@pytest.mark.parametrize("cents, bonus", [
    (99900, 0), (100000, 10000), (100100, 10000), (299900, 10000), (300000, 40000), (1000000, 40000),
])
def test_the_highest_bonus_tier_reached_applies(shop, member, cents, bonus):
    r = topup(shop, member, cents)
    assert (r.paid_units, r.bonus_units) == (cents, bonus)
    assert wallet_of(shop, member) == (cents, bonus)
    with shop.read() as s:
        assert wallet.bonus_preview(s, cents) == bonus
    clean(shop)


def test_a_retried_top_up_credits_once(shop, member):
    first = topup(shop, member, 100000, key="k1")
    again = topup(shop, member, 100000, key="k1")
    assert again.duplicate and again.topup_id == first.topup_id
    assert wallet_of(shop, member) == (100000, 10000)
    e = refused(shop, wallet.top_up, topup_key="k1", member_id=member, amount_cents=50000, now=NOW)
    assert e.code == "topup_key_reused"


def test_top_up_records_staff_payment_and_ledger(shop, member):
    r = topup(shop, member, 300000, payment_method="card")
    with shop.read() as s:
        rows = wallet.ledger(s, member)
    assert [(x.kind, x.paid_units, x.bonus_units, x.paid_after, x.bonus_after, x.topup_id) for x in reversed(rows)] == [
        ("topup", 300000, 0, 300000, 0, r.topup_id), ("bonus", 0, 40000, 300000, 40000, r.topup_id)]
    assert r.payment_method == "card" and r.balance_units == 340000


@pytest.mark.parametrize("cents, code", [(0, "amount_not_positive"), (-100, "amount_not_positive"),
                                         (10**12, "amount_too_large")])
def test_bad_top_ups_are_refused_and_change_nothing(shop, member, cents, code):
    e = refused(shop, wallet.top_up, topup_key="x", member_id=member, amount_cents=cents, now=NOW)
    assert e.code == code


def test_top_up_for_an_unknown_member_changes_nothing(shop, member):
    assert refused(shop, wallet.top_up, topup_key="x", member_id=999, amount_cents=100, now=NOW).code == "member_not_found"


def test_by_default_a_top_up_earns_no_points_and_the_sale_does(shop, member):
    topup(shop, member, 100000)
    assert balance(shop, member) == 0
    r = sale(shop, member_id=member, amount_cents=50000, wallet_cents=50000)
    assert r.points_earned == 500 and r.wallet_cents == 50000


def test_points_on_the_top_up_instead(shop, member):
    put(shop, wallet_points_on="topup")
    t = topup(shop, member, 100000)
    assert t.points_earned == 1000 and balance(shop, member) == 1000
    r = sale(shop, member_id=member, amount_cents=80000, wallet_cents=50000)
    assert r.points_earned == 300  # only the 300.00 not paid from the wallet
    clean(shop)


# --------------------------------------------------------------------------- spend order


@pytest.mark.parametrize("order, left", [
    ("bonus_first", (70000, 0)),  # 400.00 spent: the 100.00 bonus, then 300.00 paid
    ("paid_first", (60000, 10000)),  # 400.00 of the paid money; the bonus untouched
    ("pro_rata", (63636, 6364)),  # bonus share 400 × 100/1,100 = 36.36 → 36.36; paid 363.64
])
def test_spend_order(shop, member, order, left):
    put(shop, wallet_spend_order=order)
    topup(shop, member, 100000)  # 1,000.00 paid + 100.00 bonus
    sale(shop, member_id=member, amount_cents=40000, wallet_cents=40000)
    assert wallet_of(shop, member) == left
    clean(shop)


def test_split_never_overdraws_either_part():
    for order in wallet.SPEND_ORDERS:
        for p, b in [(0, 5), (5, 0), (1, 1), (7, 3), (1, 1000)]:
            for units in range(p + b + 1):
                x, y = wallet.split(p, b, units, order)
                assert x + y == units and 0 <= x <= p and 0 <= y <= b, (order, p, b, units)


# --------------------------------------------------------------------------- paying part of a sale


def test_pay_part_of_a_sale_from_the_wallet(shop, member):
    topup(shop, member, 100000)
    r = sale(shop, member_id=member, amount_cents=150000, wallet_cents=110000, payment_method="cash")
    assert (r.paid_cents, r.wallet_cents) == (150000, 110000)
    assert wallet_of(shop, member) == (0, 0)
    with shop.read() as s:
        assert wallet.wallet_after_sale(s, r.sale_id) == 0
        assert s.get(Sale, r.sale_id).payment_method == "cash"
    clean(shop)


def test_paying_more_than_the_balance_is_refused_and_changes_nothing(shop, member):
    topup(shop, member, 10000)
    e = refused(shop, sales.record_sale, sale_key="s", member_id=member, amount_cents=50000,
                wallet_cents=20000, now=NOW)
    assert e.code == "wallet_not_enough" and e.field == "wallet"
    assert "陳美玲" in e.message("zh_TW")


@pytest.mark.parametrize("kw, code", [
    (dict(member_id=None, wallet_cents=100), "wallet_walkin"),
    (dict(wallet_cents=60000), "wallet_exceeds_total"),
    (dict(wallet_cents=-5), "wallet_amount_negative"),
])
def test_bad_wallet_parts_are_refused(shop, member, kw, code):
    topup(shop, member, 100000)
    kw.setdefault("member_id", member)
    e = refused(shop, sales.record_sale, sale_key="s", amount_cents=50000, now=NOW, **kw)
    assert e.code == code


def test_wallet_part_after_points_discount_is_limited_to_what_is_paid(shop, member):
    topup(shop, member, 100000)
    with shop.transaction() as s:
        from app import points
        points.adjust(s, member_id=member, points=1000, reason="gift", now=NOW)
    # 500.00 less 100.00 off for 1,000 points leaves 400.00 to pay
    e = refused(shop, sales.record_sale, sale_key="s", member_id=member, amount_cents=50000,
                points_to_spend=1000, wallet_cents=45000, now=NOW)
    assert e.code == "wallet_exceeds_total"
    r = sale(shop, member_id=member, amount_cents=50000, points_to_spend=1000, wallet_cents=40000)
    assert r.paid_cents == 40000


# --------------------------------------------------------------------------- refunds of sales


def test_partial_then_full_refund_returns_wallet_parts_exactly(shop, member):
    put(shop, wallet_spend_order="pro_rata")
    topup(shop, member, 100000)  # 1,000 paid + 100 bonus
    r = sale(shop, member_id=member, amount_cents=90001, wallet_cents=77777)
    with shop.read() as s:
        pay = s.scalars(select(WalletEntry).where(WalletEntry.sale_id == r.sale_id)).one()
        pay_id, spent_paid, spent_bonus = pay.id, -pay.paid_units, -pay.bonus_units
    assert spent_paid + spent_bonus == 77777
    parts = [33333, 1, 22222]
    got_cents = 0
    for amount in parts:
        x = refund(shop, sale_id=r.sale_id, amount_cents=amount)
        got_cents += x.wallet_cents
        assert 0 <= x.wallet_cents <= amount
    last = refund(shop, sale_id=r.sale_id)  # everything left
    got_cents += last.wallet_cents
    assert got_cents == 77777
    assert last.sale_status == "refunded"
    assert wallet_of(shop, member) == (100000, 10000)  # each part back where it came from
    with shop.read() as s:
        back = s.scalars(select(WalletEntry).where(WalletEntry.sale_id == r.sale_id,
                                                   WalletEntry.kind == "return")).all()
        assert sum(e.paid_units for e in back) == spent_paid
        assert sum(e.bonus_units for e in back) == spent_bonus
        assert all(e.corrects_id == pay_id and e.refund_id is not None for e in back)
    clean(shop)


def test_a_half_refund_gives_half_of_each_part(shop, member):
    put(shop, wallet_spend_order="pro_rata")
    topup(shop, member, 100000)
    r = sale(shop, member_id=member, amount_cents=110000, wallet_cents=55000)  # half by cash
    before = wallet_of(shop, member)
    x = refund(shop, sale_id=r.sale_id, amount_cents=55000)
    assert x.wallet_cents == 27500  # the rest, 275.00, in cash
    after = wallet_of(shop, member)
    assert after[0] + after[1] - before[0] - before[1] == 27500
    clean(shop)


def test_a_void_returns_the_whole_wallet_part(shop, member):
    topup(shop, member, 100000)
    r = sale(shop, member_id=member, amount_cents=30000, wallet_cents=30000)
    x = refund(shop, sale_id=r.sale_id, void=True)
    assert x.wallet_cents == 30000 and wallet_of(shop, member) == (100000, 10000)


def test_a_retried_refund_returns_once(shop, member):
    topup(shop, member, 100000)
    r = sale(shop, member_id=member, amount_cents=30000, wallet_cents=30000)
    refund(shop, sale_id=r.sale_id, amount_cents=10000, refund_key="rk")
    again = refund(shop, sale_id=r.sale_id, amount_cents=10000, refund_key="rk")
    assert again.duplicate and again.wallet_cents == 10000
    p, b = wallet_of(shop, member)
    assert p + b == 110000 - 30000 + 10000


# --------------------------------------------------------------------------- refunds of top-ups


def test_top_up_refund_gives_back_unused_paid_money_and_forfeits_bonus(shop, member):
    put(shop, wallet_spend_order="paid_first")
    t = topup(shop, member, 300000)  # 3,000 + 400
    sale(shop, member_id=member, amount_cents=50000, wallet_cents=50000)  # 500 of the paid money
    with shop.transaction() as s:
        r = wallet.refund_topup(s, topup_id=t.topup_id, refund_key="tr", reason="moving away", now=NOW)
    assert (r.refunded_cents, r.forfeited_units) == (250000, 40000)
    assert wallet_of(shop, member) == (0, 0)
    with shop.transaction() as s:
        again = wallet.refund_topup(s, topup_id=t.topup_id, refund_key="tr", now=NOW)
    assert again.duplicate and again.refunded_cents == 250000
    e = refused(shop, wallet.refund_topup, topup_id=t.topup_id, refund_key="tr2", now=NOW)
    assert e.code == "topup_already_refunded"
    with shop.read() as s:
        rows = {x.kind: x for x in wallet.ledger(s, member)}
        firsts = {x.kind: x.id for x in wallet.ledger(s, member) if x.topup_id == t.topup_id}
        fix = s.get(WalletEntry, rows["topup_refund"].id)
        assert fix.corrects_id == firsts["topup"] and fix.reason == "moving away"
    clean(shop)


def test_top_up_refund_when_the_bonus_was_spent_forfeits_what_is_left(shop, member):
    put(shop, wallet_spend_order="bonus_first")
    t = topup(shop, member, 100000)  # 1,000 + 100
    sale(shop, member_id=member, amount_cents=15000, wallet_cents=15000)  # 100 bonus + 50 paid
    with shop.transaction() as s:
        r = wallet.refund_topup(s, topup_id=t.topup_id, refund_key="tr", now=NOW)
    assert (r.refunded_cents, r.forfeited_units) == (95000, 0)
    assert wallet_of(shop, member) == (0, 0)
    clean(shop)


def test_a_spent_top_up_cannot_be_refunded(shop, member):
    t = topup(shop, member, 100000)
    sale(shop, member_id=member, amount_cents=110000, wallet_cents=110000)
    assert refused(shop, wallet.refund_topup, topup_id=t.topup_id, refund_key="tr", now=NOW).code == "topup_nothing_unused"


def test_top_up_refund_takes_back_its_points(shop, member):
    put(shop, wallet_points_on="topup")
    t = topup(shop, member, 100000)
    assert balance(shop, member) == 1000
    with shop.transaction() as s:
        r = wallet.refund_topup(s, topup_id=t.topup_id, refund_key="tr", now=NOW)
    assert r.points_taken_back == 1000 and balance(shop, member) == 0
    clean(shop)


# --------------------------------------------------------------------------- credits


def test_arcade_credits(shop, member):
    put(shop, wallet_unit="credits", wallet_credit_name="遊戲幣", wallet_credit_price_cents=1000,
        wallet_bonus_tiers=[[50000, 5], [100000, 15]])
    t = topup(shop, member, 100000)  # NT$1,000 at NT$10 → 100 credits + 15
    assert (t.paid_units, t.bonus_units) == (100, 15)
    e = refused(shop, wallet.top_up, topup_key="x", member_id=member, amount_cents=1050, now=NOW)
    assert e.code == "wallet_whole_credits" and "遊戲幣" in e.message("zh_TW")
    r = sale(shop, member_id=member, amount_cents=3000, wallet_cents=3000)  # 3 credits
    assert r.wallet_cents == 3000
    p, b = wallet_of(shop, member)
    assert p + b == 112
    assert refused(shop, sales.record_sale, sale_key="s", member_id=member, amount_cents=3000,
                   wallet_cents=2500, now=NOW).code == "wallet_whole_credits"
    with shop.read() as s:
        assert wallet.get_wallet(s, member).unit.format(112, "zh_TW") == "112 遊戲幣"
    # the unit cannot change under balances
    assert refused(shop, wallet.save_settings, wallet_credit_price_cents=500).code == "wallet_unit_in_use"
    assert refused(shop, wallet.save_settings, wallet_unit="money").code == "wallet_unit_in_use"
    clean(shop)


# --------------------------------------------------------------------------- adjust, settings


def test_adjust_needs_a_manager_and_a_reason(shop, member):
    topup(shop, member, 100000)  # 1,000 + 100 bonus
    cashier = auth.Actor(None, "張雅婷", "cashier")

    def as_cashier(s, **kw):
        s.info["actor"] = cashier
        return wallet.adjust(s, **kw)

    assert denied(shop, as_cashier, member_id=member, paid_units=100, reason="x").code == "not_permitted"
    assert refused(shop, wallet.adjust, member_id=member, paid_units=100, reason=" ").code == "reason_required"
    assert refused(shop, wallet.adjust, member_id=member, reason="x").code == "adjust_zero"
    assert refused(shop, wallet.adjust, member_id=member, bonus_units=-20000, reason="x").code == "wallet_not_enough"
    with shop.transaction() as s:
        row = wallet.adjust(s, member_id=member, bonus_units=-500, reason="typo", now=NOW)
    assert (row.bonus_units, row.bonus_after) == (-500, 9500)
    clean(shop)


def test_settings_are_saved_by_a_manager_only(shop):
    def as_cashier(s, **kw):
        s.info["actor"] = auth.Actor(None, "x", "cashier")
        return wallet.save_settings(s, **kw)

    assert denied(shop, as_cashier, wallet_spend_order="paid_first").code == "not_permitted"
    assert refused(shop, wallet.save_settings, wallet_spend_order="random").code == "setting_invalid"
    assert refused(shop, wallet.save_settings, wallet_bonus_tiers=[[0, 5]]).code == "setting_invalid"
    with shop.transaction() as s:
        saved = wallet.save_settings(s, wallet_bonus_tiers=[[300000, 40000], [100000, 10000]],
                                     wallet_spend_order="paid_first")
    assert saved["wallet_bonus_tiers"] == TIERS


# --------------------------------------------------------------------------- check, follow-ups


def test_check_finds_a_tampered_wallet(shop, member):
    topup(shop, member, 10000)
    with shop.engine.begin() as c:
        c.exec_driver_sql("UPDATE wallets SET paid_units = paid_units + 1")
    with shop.read() as s:
        problems = check.check(s)
    assert any("wallet of member" in p for p in problems)


def test_a_member_with_stored_value_is_on_the_follow_up_list(shop, member):
    topup(shop, member, 100000)
    sale(shop, member_id=member, amount_cents=10000, wallet_cents=10000)
    with shop.read() as s:
        shop_settings.put(s, language="zh_TW")
        items = followups.due_list(s, as_of=(NOW + dt.timedelta(days=40)).date())
    row = next(i for i in items if i.member_id == member)
    assert row.reason == "unused_balance"
    assert "儲值餘額" in row.suggested_action and "1,000" in row.suggested_action


def test_the_command_line_follow_up_list_shows_stored_value(shop, member, db_url, tmp_path):
    """A fresh process that imports only the follow-up list still sees stored value."""
    import json
    import subprocess
    import sys
    from pathlib import Path

    topup(shop, member, 100000)
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, str(root / "main.py"), "--db", db_url, "followups", "--as-of",
         (NOW + dt.timedelta(days=40)).date().isoformat(), "--format", "json"],
        capture_output=True, text=True, timeout=120, cwd=root,
    )
    assert out.returncode == 0, out.stderr
    rows = [r for r in json.loads(out.stdout) if r["reason"] == "unused_balance"]
    assert rows and "1,100.00" in rows[0]["suggested_action"]


def test_a_retried_sale_pays_from_the_wallet_once_and_a_changed_retry_is_refused(shop, member):
    topup(shop, member, 100000)
    first = sale(shop, member_id=member, amount_cents=30000, wallet_cents=30000, sale_key="s1")
    again = sale(shop, member_id=member, amount_cents=30000, wallet_cents=30000, sale_key="s1")
    assert again.duplicate and again.sale_id == first.sale_id
    p, b = wallet_of(shop, member)
    assert p + b == 110000 - 30000
    e = refused(shop, sales.record_sale, sale_key="s1", member_id=member, amount_cents=30000, wallet_cents=20000,
                now=NOW)
    assert e.code == "sale_key_reused"
