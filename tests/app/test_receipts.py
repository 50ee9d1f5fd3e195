"""Receipts, checked the way a printer would read them.

The bytes from app.devices.escpos_out are walked by the tests' own ESC/POS
parser (tests/app/test_devices_escpos_parser.py): text is decoded with the
printer's code page (gb18030, cp950 for Big5), raster images are decoded to
pixels and their QR codes read with zxing-cpp. Nothing here compares against
bytes our own code produced.
"""
from __future__ import annotations

import datetime as dt

import pytest

import db.device_models  # noqa: F401 - the device tables belong to the schema
from app import members, receipts, rewards, sales, settings, staff
from app.devices.escpos_out import render
from app.receipts import ReceiptCoupon
from tests.app.test_devices_escpos_parser import parse, read_qr

COUPON = "ABCDEFGHJKLM"
WHEN = dt.datetime(2026, 3, 14, 15, 9)

# Python's codec names for what a printer setting means; Big5 printers use the
# Microsoft/Taiwan table, where A2 44 is U+FFE5 (FULLWIDTH YEN SIGN)
CODECS = {"gb18030": "gb18030", "gbk": "gbk", "big5": "cp950", "ascii": "ascii"}


def columns(line: str, codec: str) -> int:
    """How many columns a line takes on a printer: a double-byte character takes two."""
    return sum(1 if ord(c) < 0x80 else min(2, len(c.encode(codec))) for c in line)


@pytest.fixture
def cn_shop(shop):
    """A mainland shop: Simplified Chinese receipts, amounts in yuan (¥)."""
    with shop.transaction() as s:
        settings.put(s, shop_name="小林咖啡", language="zh_CN", currency="CNY")
        settings.put(s, receipt_header="上海市徐汇区 1 号\n电话 021-1234-5678")
        cashier = staff.add_staff(s, name="林静", role="owner")
        m = members.sign_up(s, name="王小明", phone="13800138000")
        sale = sales.record_sale(
            s, sale_key="s1", member_id=m.id, staff_id=cashier.id, now=WHEN, payment_method="cash",
            lines=[sales.Line("拿铁咖啡（大杯）", 3200, 2), sales.Line("提拉米苏", 4800)],
        )
    return shop, m, sale, cashier


def sale_doc(shop, sale_id, **kw):
    with shop.read() as s:
        return receipts.sale_document(s, sale_id, **kw)


def test_sale_receipt_in_gb18030_reads_back_with_everything_on_it(cn_shop):
    shop, m, sale, _ = cn_shop
    doc = sale_doc(shop, sale.sale_id, coupon=ReceiptCoupon(COUPON, "立减 ￥20", ("有效期 2026-03-14 至 2026-04-30",)))
    p = parse(render(doc, encoding="gb18030", paper_mm=80), "gb18030")
    text = p.text
    assert p.inits == 1 and p.chinese_mode
    assert "小林咖啡" in p.big_lines[0] and "小林咖啡" in p.bold_lines[0]
    assert "上海市徐汇区 1 号" in text and "电话 021-1234-5678" in text
    assert "拿铁咖啡（大杯）" in text and "提拉米苏" in text
    assert "2 x ￥32.00" in text
    assert "￥112.00" in text  # 2 × 32 + 48
    assert "¥" not in text  # the half-width yen has no glyph in GB2312 fonts
    assert "林静" in text and "王小明" in text and m.member_no in text
    assert "现金" in text
    assert "本次积分" in text and "+112 分" in text  # 1 point per yuan
    assert "积分余额" in text and "112 分" in text
    assert "立减 ￥20" in text and "ABCD-EFGH-JKLM" in text
    assert len(p.images) == 1 and read_qr(p.images[0]) == [COUPON]
    assert p.cuts, "the receipt is cut"
    assert all(columns(line, "gb18030") <= 48 for line in p.lines)


def test_58mm_paper_fits_32_columns_and_big_text_16(cn_shop):
    shop, _, sale, _ = cn_shop
    p = parse(render(sale_doc(shop, sale.sale_id, coupon=COUPON), encoding="gbk", paper_mm=58), "gbk")
    for line in p.lines:
        limit = 16 if line in p.big_lines else 32
        assert columns(line, "gbk") <= limit, line
    assert "￥112.00" in p.text
    assert read_qr(p.images[0]) == [COUPON]
    assert max(img.width for img in p.images) <= 384


def test_big5_receipt_for_a_taiwan_shop(shop):
    with shop.transaction() as s:
        settings.put(s, shop_name="小林美髮", language="zh_TW", currency="TWD")
        m = members.sign_up(s, name="陳美玲", phone="0912-345-678")
        sale = sales.record_sale(
            s, sale_key="t1", member_id=m.id, now=WHEN, payment_method="card",
            lines=[sales.Line("洗剪吹「設計師」", 80000), sales.Line("日本護髮（¥3000 款）", 48000)],
        )
    data = render(sale_doc(shop, sale.sale_id), encoding="big5", paper_mm=80)
    p = parse(data, "cp950")
    text = p.text
    assert "小林美髮" in text and "陳美玲" in text
    assert "洗剪吹「設計師」" in text
    assert "日本護髮（￥3000 款）" in text  # ¥ went out as ￥ ...
    assert b"\xa2\x44" in data  # ... which is Big5 A2 44
    assert "$1,280.00" in text  # Babel's zh_Hant_TW form of NT$
    assert "刷卡" in text and "本次得點" in text and "+1,280 點" in text
    assert p.images == []  # no coupon, no QR


def test_the_image_receipt_prints_any_character_and_its_qr(cn_shop):
    shop, _, sale, _ = cn_shop
    doc = sale_doc(shop, sale.sale_id, coupon=COUPON)
    for paper, dots in ((80, 576), (58, 384)):
        p = parse(render(doc, encoding="image", paper_mm=paper))
        assert [l for l in p.lines if l.strip()] == []  # no text bytes: it is all pixels
        assert len(p.images) == 1
        page = p.images[0]
        assert page.width == dots
        assert page.height > 600  # a whole receipt, not a stub
        assert read_qr(page) == [COUPON]
        dark = page.histogram()[0]  # black dots
        assert dark > 5000  # text was drawn
        assert p.cuts


def test_ascii_printer_gets_only_ascii(cn_shop):
    shop, _, sale, _ = cn_shop
    data = render(sale_doc(shop, sale.sale_id), encoding="ascii", paper_mm=80)
    p = parse(data, "ascii")  # raises if any byte is not ASCII
    assert not p.chinese_mode
    assert "Y112.00" in p.text  # ¥ spelled out


def test_refund_slip_shows_money_and_points_back(cn_shop):
    shop, m, sale, cashier = cn_shop
    with shop.transaction() as s:
        r = sales.refund_sale(s, sale_id=sale.sale_id, refund_key="r1", amount_cents=4800, staff_id=cashier.id,
                              reason="不满意", now=WHEN)
    with shop.read() as s:
        doc = receipts.refund_document(s, r.refund_id)
    p = parse(render(doc, encoding="gb18030"), "gb18030")
    assert "退款单" in p.text and "-￥48.00" in p.text and "不满意" in p.text
    assert "扣回积分" in p.text and f"-{r.points_taken_back} 分" in p.text
    assert f"{r.balance_after} 分" in p.text
    assert f"原交易单号" in p.text and str(sale.sale_id) in p.text


def test_redemption_slip(cn_shop):
    shop, m, _, cashier = cn_shop
    with shop.transaction() as s:
        reward = rewards.create_reward(s, name="招牌马克杯", points_cost=100)
        red = rewards.redeem(s, redemption_key="x1", member_id=m.id, reward_id=reward.id, staff_id=cashier.id)
    with shop.read() as s:
        doc = receipts.redemption_document(s, red.redemption_id)
    p = parse(render(doc, encoding="gb18030"), "gb18030")
    assert "积分兑换" in p.text and "招牌马克杯" in p.text
    assert "-100 分" in p.text and "12 分" in p.text  # 112 - 100


def test_member_card_slip_carries_the_card_number_as_qr(cn_shop):
    shop, m, _, _ = cn_shop
    with shop.read() as s:
        doc = receipts.member_card_document(s, m.id)
    p = parse(render(doc, encoding="gb18030", paper_mm=58), "gb18030")
    assert "会员卡" in p.text and "王小明" in p.big_lines and m.member_no in p.big_lines
    assert read_qr(p.images[0]) == [m.member_no]


def test_topup_slip(cn_shop):
    shop, m, _, cashier = cn_shop
    with shop.read() as s:
        doc = receipts.topup_document(s, member_id=m.id, amount_cents=50000, bonus_cents=5000,
                                      balance_cents=55000, occurred_at=WHEN, staff_id=cashier.id)
    p = parse(render(doc, encoding="gb18030"), "gb18030")
    assert "储值" in p.text and "￥500.00" in p.text and "￥50.00" in p.text and "￥550.00" in p.text


def test_a_reprint_says_so(cn_shop):
    shop, _, sale, _ = cn_shop
    doc = dict(sale_doc(shop, sale.sale_id), copy=True)
    p = parse(render(doc, encoding="gb18030"), "gb18030")
    assert p.lines[0].strip() == "*** 补打 ***"


def test_walk_in_receipt_in_english(shop):
    with shop.transaction() as s:
        settings.put(s, shop_name="Lin's Cafe", language="en", currency="TWD")
        sale = sales.record_sale(s, sale_key="w1", member_id=None, amount_cents=12345, now=WHEN)
    p = parse(render(sale_doc(shop, sale.sale_id), encoding="ascii", paper_mm=58), "ascii")
    assert "Lin's Cafe" in p.text and "RECEIPT" in p.text and "Walk-in" in p.text
    assert "NT$123.45" in p.text and "Points" not in p.text


def test_a_long_item_name_wraps_and_keeps_its_amount(cn_shop):
    shop, _, _, _ = cn_shop
    with shop.transaction() as s:
        sale = sales.record_sale(s, sale_key="long", member_id=None, now=WHEN,
                                 lines=[sales.Line("超级无敌豪华至尊版季节限定草莓巧克力慕斯蛋糕（含蜡烛与贺卡）", 12800)])
    p = parse(render(sale_doc(shop, sale.sale_id), encoding="gb18030", paper_mm=58), "gb18030")
    name_lines = [l for l in p.lines if "草莓" in l or "贺卡" in l or "蛋糕" in l]
    assert len(name_lines) >= 2
    assert any(l.rstrip().endswith("￥128.00") for l in p.lines)
    assert all(columns(l, "gb18030") <= 32 for l in p.lines)


def test_receipt_settings_are_registered_and_checked(shop):
    from app.errors import UserError

    with shop.transaction() as s:
        settings.put(s, receipt_footer="多谢光临")
        with pytest.raises(UserError):
            settings.put(s, receipt_footer="x" * 301)


def test_test_page(cn_shop):
    shop, _, _, _ = cn_shop
    with shop.read() as s:
        doc = receipts.test_document(s, settings_line="serial /dev/ttyUSB0 9600 gb18030 80mm")
    p = parse(render(doc, encoding="gb18030"), "gb18030")
    assert "打印机测试" in p.text and "繁體" in p.text and "简体" in p.text and "￥1,280" in p.text
    assert read_qr(p.images[0]) == ["REGULARS-TEST"]
