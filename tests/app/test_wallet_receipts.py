"""Receipts show stored value and sessions left as they were right after the act."""
from __future__ import annotations

import datetime as dt

from app import members, receipts, sales
from app import settings as shop_settings
from app.programs import packages, wallet

NOW = dt.datetime(2026, 6, 15, 10, 0)


def pairs(doc) -> dict[str, str]:
    return {b["l"]: b["r"] for b in doc["blocks"] if b["t"] == "pair"}


def setup(shop):
    with shop.transaction() as s:
        shop_settings.put(s, language="zh_TW", wallet_bonus_tiers=[[100000, 10000]])
        m = members.sign_up(s, name="黃雅琪", phone="0955123456", now=NOW)
        wallet.top_up(s, topup_key="t", member_id=m.id, amount_cents=100000, now=NOW)
    return m.id


def test_a_sale_paid_partly_from_stored_value(shop):
    mid = setup(shop)
    with shop.transaction() as s:
        r = sales.record_sale(s, sale_key="s", member_id=mid, amount_cents=150000, wallet_cents=100000,
                              payment_method="card", now=NOW)
        later = sales.record_sale(s, sale_key="s2", member_id=mid, amount_cents=5000, wallet_cents=5000, now=NOW)
        doc = receipts.sale_document(s, r.sale_id)
        doc2 = receipts.sale_document(s, later.sale_id)
    p = pairs(doc)
    assert p["儲值扣款"].startswith("-") and "1,000.00" in p["儲值扣款"]
    assert p["付款方式"] == "刷卡"  # the rest, by card
    assert "100.00" in p["儲值餘額"]  # right after this sale, not today's 50.00
    p2 = pairs(doc2)
    assert "付款方式" not in p2  # all from stored value
    assert "50.00" in p2["儲值餘額"]


def test_a_refund_says_what_went_back_to_stored_value(shop):
    mid = setup(shop)
    with shop.transaction() as s:
        r = sales.record_sale(s, sale_key="s", member_id=mid, amount_cents=100000, wallet_cents=50000, now=NOW)
        x = sales.refund_sale(s, sale_id=r.sale_id, refund_key="r", amount_cents=20000, now=NOW)
        p = pairs(receipts.refund_document(s, x.refund_id))
    assert "100.00" in p["退回儲值"] and x.wallet_cents == 10000


def test_package_sale_and_use_slips(shop):
    mid = setup(shop)
    with shop.transaction() as s:
        t = packages.save_type(s, name="洗髮 10 次卡", service="洗髮", sessions=10, price_cents=250000, valid_days=180)
        sold = packages.sell_package(s, sale_key="p", member_id=mid, type_id=t.id, now=NOW)
        used = packages.use_session(s, package_id=sold.package.id, use_key="u", now=NOW)
        p = pairs(receipts.sale_document(s, sold.sale.sale_id))
        u = pairs(receipts.package_use_document(s, package_id=used.package_id, remaining=used.remaining,
                                                occurred_at=NOW))
    assert p["套票"] == "洗髮 10 次卡" and p["剩餘次數"] == "10 / 10" and p["有效期限"] == "2026-12-12"
    assert u["剩餘次數"] == "9 / 10" and u["套票"] == "洗髮 10 次卡"


def test_top_up_slip_in_credits(shop):
    with shop.transaction() as s:
        shop_settings.put(s, language="zh_TW", wallet_unit="credits", wallet_credit_name="遊戲幣")
        m = members.sign_up(s, name="黃雅琪", phone="0955123456", now=NOW)
        r = wallet.top_up(s, topup_key="t", member_id=m.id, amount_cents=50000, now=NOW)
        u = wallet.unit(s)
        doc = receipts.topup_document(s, member_id=m.id, amount_cents=r.amount_cents, balance_cents=0,
                                      occurred_at=r.occurred_at, balance_text=u.format(r.balance_units, "zh_TW"))
    assert pairs(doc)["儲值餘額"] == "50 遊戲幣"
