"""The tier and the reasons on receipts (read back as a printer would) and the
tier on membership cards (the PDF decoded to text)."""
from __future__ import annotations

import datetime as dt

import db.device_models  # noqa: F401 - the device tables belong to the schema
from app import members, receipts, sales, settings
from app.devices.escpos_out import render
from app.printing import cards
from app.programs import config, tiers
from tests.app.test_devices_escpos_parser import parse

WHEN = dt.datetime(2026, 3, 30, 15, 9)  # the 30th: member day


def _gold_sale(shop):
    with shop.transaction() as s:
        settings.put(s, shop_name="小林美髮", language="zh_TW", currency="TWD")
        config.save(s, prog_member_day={"kind": "month_day", "day": 30, "multiplier_pct": 200})
        tiers.save_tiers(s, [tiers.TierSpec("金卡", "#d4af37", "spend", 100_00, 150, 10)], now=WHEN)
        m = members.sign_up(s, name="陳美玲", phone="0912-345-678", now=WHEN)
        sales.record_sale(s, sale_key="t0", member_id=m.id, now=WHEN, amount_cents=100_00)  # → 金卡
        sale = sales.record_sale(s, sale_key="t1", member_id=m.id, now=WHEN, amount_cents=1000_00)
    return m, sale


def test_the_receipt_shows_the_tier_its_discount_and_why_the_points(shop):
    m, sale = _gold_sale(shop)
    with shop.read() as s:
        doc = receipts.sale_document(s, sale.sale_id)
    p = parse(render(doc, encoding="big5", paper_mm=80), "cp950")
    assert "會員等級" in p.text and "金卡" in p.text
    assert "會員折扣" in p.text and "-$100.00" in p.text.replace("−", "-")
    assert "+2,700 點" in p.text  # 900 × 2 × 1.5
    assert "會員日 ×2、金卡 ×1.5" in p.text


def test_cards_carry_the_tier_name_and_colour(shop, tmp_path):
    from app.printing import jobs
    from tests.app.test_printing import pdf_text

    m, _sale = _gold_sale(shop)
    with shop.read() as s:
        looked = cards.tier_lookup()(s, [m.id, 99999])
    assert looked == {m.id: ("金卡", "#d4af37")}
    out = tmp_path / "cards.pdf"
    jobs.run(shop, jobs.CardJob(members=jobs.Members("all"), layout="CR80"), out)
    text = pdf_text(out)
    assert "陳美玲" in text and "金卡" in text
