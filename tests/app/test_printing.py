"""Printed documents, checked the way a customer's phone and the counter's
scanner see them: every page rendered to pixels (pdfium) and every QR code
decoded by an independent decoder (zxing-cpp), which must give back exactly
the codes stored in the database. Chinese text must be extractable from the
PDF, i.e. drawn with the embedded TrueType font, not substituted."""
from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from PIL import Image, ImageDraw
from sqlalchemy import select

from app import coupons, members
from app import settings as shop_settings
from app.errors import UserError
from app.printing import cards, common, fonts, jobs
from app.printing import cli as print_cli
from db.coupon_models import Coupon, CouponBatch

FROM, UNTIL = dt.date(2026, 12, 1), dt.date(2026, 12, 31)
OFFER = jobs.Offer(name="冬季回饋券 Winter thanks", kind="amount_off", value=5000, valid_from=FROM,
                   valid_until=UNTIL, min_spend_cents=30000)


# --- helpers -----------------------------------------------------------------------


def pages(pdf) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf)
    try:
        return [doc[i].render(scale=250 / 72).to_pil() for i in range(len(doc))]
    finally:
        doc.close()


def decoded(pdf, fmt=zxingcpp.BarcodeFormat.QRCode) -> list[list[str]]:
    """The texts of the barcodes on each page."""
    return [[b.text for b in zxingcpp.read_barcodes(img, formats=fmt)] for img in pages(pdf)]


def flat(per_page):
    return [t for page in per_page for t in page]


def pdf_text(pdf) -> str:
    """All the text pdfium extracts, without whitespace (a wrapped line
    breaks where a space was, or between two Chinese characters)."""
    doc = pdfium.PdfDocument(pdf)
    try:
        return squash("".join(doc[i].get_textpage().get_text_bounded() for i in range(len(doc))))
    finally:
        doc.close()


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def has(text: str, *needles: str) -> bool:
    return all(squash(n) in text for n in needles)


def stored_codes(shop, batch_id) -> list[str]:
    with shop.read() as s:
        return list(s.scalars(select(Coupon.code).where(Coupon.batch_id == batch_id).order_by(Coupon.seq)))


def assert_embedded_cjk(path):
    raw = Path(path).read_bytes()
    assert b"/FontFile2" in raw
    assert re.search(rb"/BaseFont /[A-Z]{6}\+DroidSansFallback", raw)
    assert b"/Helvetica" not in raw  # nothing left to the viewer's substitutes
    if shutil.which("pdffonts"):
        out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
        for line in out.splitlines()[2:]:
            assert " yes yes yes " in line, line  # embedded, subset, with a ToUnicode map


@pytest.fixture
def shop_with_members(shop):
    names = ["王小明", "陈静 Chen Jing", "Alexandra Richardson-Whitfield", "林美玲", "张伟", "Tom Lee", "黃國華",
             "刘洋", "Mary", "周杰", "吳淑芬", "Ken"]
    with shop.transaction() as s:
        for i, n in enumerate(names):
            members.sign_up(s, name=n, phone=f"0933{i:06d}", birthday=f"1988-{(i % 2) + 11:02d}-{i + 1:02d}")
        shop_settings.put(s, shop_name="小林咖啡 Kobayashi Café", print_contact="02-2345-6789 · 台北市大安區")
    return shop


@pytest.fixture
def picture(tmp_path) -> str:
    im = Image.new("RGB", (400, 250), (230, 210, 190))
    ImageDraw.Draw(im).ellipse((120, 40, 280, 200), fill=(90, 50, 20))
    path = tmp_path / "picture.png"
    im.save(path)
    return str(path)


def member_nos(shop) -> list[str]:
    from db.models import Member

    with shop.read() as s:
        return list(s.scalars(select(Member.member_no).order_by(Member.member_no)))


# --- member cards ------------------------------------------------------------------


@pytest.mark.parametrize("layout, per_page", [("A4", 10), ("Letter", 9), ("CR80", 1)])
def test_member_cards_qr_gives_back_every_card_number(shop_with_members, tmp_path, picture, layout, per_page):
    out = tmp_path / "cards.pdf"
    job = jobs.CardJob(members=jobs.Members("all"), layout=layout, logo_path=picture)
    r = jobs.run(shop_with_members, job, out)
    nos = member_nos(shop_with_members)
    got = decoded(out)
    assert r.pages == -(-12 // per_page) == len(got)
    assert sorted(flat(got)) == sorted(nos)  # exactly, once each
    assert all(len(p) == per_page for p in got[:-1])
    text = pdf_text(out)
    assert has(text, "王小明", "陈静 Chen Jing", "會員卡")
    assert_embedded_cjk(out)
    if layout == "CR80":
        w, h = pdfium.PdfDocument(out)[0].get_size()
        assert (round(w / 72 * 25.4, 1), round(h / 72 * 25.4, 1)) == (85.6, 54.0)


def test_member_cards_code128(shop_with_members, tmp_path):
    out = tmp_path / "cards128.pdf"
    nos = member_nos(shop_with_members)[:4]
    jobs.run(shop_with_members, jobs.CardJob(members=jobs.Members("numbers", numbers=tuple(nos)), barcode="code128"), out)
    assert sorted(flat(decoded(out, zxingcpp.BarcodeFormat.Code128))) == sorted(nos)


def test_tier_colour_hook(shop_with_members, tmp_path):
    seen = []

    def tiers(session, ids):
        seen.extend(ids)
        return {ids[0]: ("金卡 Gold", "#C9A227")}

    cards.set_tier_lookup(tiers)
    try:
        out = tmp_path / "tier.pdf"
        jobs.run(shop_with_members, jobs.CardJob(members=jobs.Members("all"), layout="CR80"), out)
    finally:
        cards.set_tier_lookup(None)
    assert len(seen) == 12 and has(pdf_text(out), "金卡 Gold")
    band = pages(out)[0].getpixel((20, 20))
    assert band == (0xC9, 0xA2, 0x27)


def test_unknown_card_number_is_refused(shop_with_members, tmp_path):
    with pytest.raises(UserError) as e:
        jobs.run(shop_with_members, jobs.CardJob(members=jobs.Members("numbers", numbers=("ZZZZZZZ",))), tmp_path / "x.pdf")
    assert e.value.code == "member_not_found"
    assert not (tmp_path / "x.pdf").exists()


# --- coupons ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "style, size, sheet, count",
    [
        ("standard", "wallet", "A4", 23),
        ("standard", "small", "A4", 45),
        ("standard", "large", "Letter", 9),
        ("scratch", "wallet", "Letter", 11),
        ("scratch", "small", "A4", 22),
        ("standard", "wallet", None, 3),
    ],
)
def test_coupon_sheets_qr_gives_back_exactly_the_stored_codes(shop_with_members, tmp_path, style, size, sheet, count):
    out = tmp_path / "coupons.pdf"
    r = jobs.run(shop_with_members, jobs.CouponJob(offer=OFFER, count=count, style=style, size=size, sheet=sheet), out)
    codes = stored_codes(shop_with_members, r.batch.id)
    got = flat(decoded(out))
    assert len(got) == len(codes) == count
    assert set(got) == set(codes)
    text = pdf_text(out)
    for code in codes:
        assert has(text, coupons.format_code(code))  # the code is printed as text too
    assert has(text, "冬季回饋券 Winter thanks", "折抵 NT$50", "消費滿 NT$300 可用")
    if style == "scratch":
        assert has(text, "刮開此處")
    assert_embedded_cjk(out)
    with shop_with_members.read() as s:
        b = s.get(CouponBatch, r.batch.id)
        assert b.document == ("scratch" if style == "scratch" else "coupon")


def test_a_personal_coupon_sheet_names_the_member(shop_with_members, tmp_path):
    no = member_nos(shop_with_members)[0]
    out = tmp_path / "mine.pdf"
    r = jobs.run(shop_with_members, jobs.CouponJob(offer=OFFER, count=2, member_no=no), out)
    with shop_with_members.read() as s:
        rows = coupons.batch_coupons(s, r.batch.id)
    assert {x.member_no for x in rows} == {no}
    assert has(pdf_text(out), f"限 {rows[0].member_name} 本人使用")


def test_reprinting_a_batch_issues_nothing_new(shop_with_members, tmp_path):
    r = jobs.run(shop_with_members, jobs.CouponJob(offer=OFFER, count=12), tmp_path / "a.pdf")
    again = jobs.run(shop_with_members, jobs.CouponJob(batch_id=r.batch.id, style="scratch"), tmp_path / "b.pdf")
    assert again.batch.id == r.batch.id
    assert sorted(flat(decoded(tmp_path / "b.pdf"))) == sorted(stored_codes(shop_with_members, r.batch.id))
    with shop_with_members.read() as s:
        assert len(coupons.list_batches(s)) == 1


def test_percent_and_free_item_offers_in_simplified_chinese(shop_with_members, tmp_path):
    with shop_with_members.transaction() as s:
        shop_settings.put(s, language="zh_CN", currency="CNY")
    out = tmp_path / "cn.pdf"
    jobs.run(shop_with_members, jobs.CouponJob(offer=jobs.Offer("春节优惠", "percent_off", 15, FROM, UNTIL), count=1), out)
    t = pdf_text(out)
    assert has(t, "85 折", "有效期 2026-12-01 至 2026-12-31", "每张限用一次")
    out2 = tmp_path / "free.pdf"
    jobs.run(shop_with_members, jobs.CouponJob(offer=jobs.Offer("生日礼", "free_item", 0, FROM, UNTIL, item_name="拿铁一杯"), count=1), out2)
    assert has(pdf_text(out2), "免费兑换：拿铁一杯")


# --- flyers -------------------------------------------------------------------------


@pytest.mark.parametrize("size, sheet", [("A4", None), ("A5", None), ("A6", None), ("DL", None),
                                         ("A5", "A4"), ("A6", "A4"), ("DL", "A4")])
def test_a_flyer_run_carries_one_distinct_stored_code_per_flyer(shop_with_members, tmp_path, picture, size, sheet):
    out = tmp_path / "flyers.pdf"
    offer = jobs.Offer("包裹傳單", "amount_off", 10000, FROM, UNTIL, channel="蝦皮包裹 12月")
    job = jobs.FlyerJob(
        size=size, headline="冬季限定：手沖咖啡買一送一 Winter special", body="感謝您的支持！凭本券到店消费即可享受优惠。\nThank you!",
        image_path=picture, count=7, offer=offer, qr_caption="結帳時出示本券", sheet=sheet,
    )
    r = jobs.run(shop_with_members, job, out)
    codes = stored_codes(shop_with_members, r.batch.id)
    got = flat(decoded(out))
    assert len(got) == len(codes) == 7 and set(got) == set(codes)
    assert r.batch.channel == "蝦皮包裹 12月" and r.batch.document == "flyer"
    t = pdf_text(out)
    assert has(t, "冬季限定：手沖咖啡買一送一 Winter special", "凭本券到店消费", "02-2345-6789 · 台北市大安區")
    assert_embedded_cjk(out)
    if sheet is None:
        w, h = pdfium.PdfDocument(out)[0].get_size()
        assert (round(w / 72 * 25.4), round(h / 72 * 25.4)) == tuple(round(v) for v in common.SIZES[size])


def test_a_flyer_without_coupons_can_carry_a_web_address(shop_with_members, tmp_path):
    out = tmp_path / "url.pdf"
    r = jobs.run(shop_with_members, jobs.FlyerJob(size="A6", headline="新菜單", count=2, url="https://example.com/菜單?q=1"), out)
    assert r.batch is None
    assert flat(decoded(out)) == ["https://example.com/%E8%8F%9C%E5%96%AE?q=1"] * 2


def test_a_flyer_needs_a_headline(shop_with_members, tmp_path):
    with pytest.raises(UserError) as e:
        jobs.run(shop_with_members, jobs.FlyerJob(size="A5", headline=" "), tmp_path / "x.pdf")
    assert e.value.code == "print_text_required"


# --- postcards ------------------------------------------------------------------------


@pytest.mark.parametrize("sheet", [None, "A4"])
def test_postcards_one_per_member_with_their_own_code(shop_with_members, tmp_path, sheet):
    out = tmp_path / "post.pdf"
    job = jobs.PostcardJob(
        members=jobs.Members("birthday_month", month=12), greeting="親愛的 {name}，生日快樂！",
        message="生日當月來店，送您一杯手沖咖啡。祝您新的一岁平安喜乐！", offer=OFFER, sheet=sheet,
    )
    r = jobs.run(shop_with_members, job, out)
    with shop_with_members.read() as s:
        rows = coupons.batch_coupons(s, r.batch.id)
    assert len(rows) == 6 and all(x.member_id is not None for x in rows)
    got = decoded(out)
    assert sorted(flat(got)) == sorted(x.code for x in rows)
    if sheet is None:  # one card a page: the page's code belongs to the member greeted on it
        doc = pdfium.PdfDocument(out)
        owner = {x.code: x.member_name for x in rows}
        for i, page_codes in enumerate(got):
            assert len(page_codes) == 1
            assert has(squash(doc[i].get_textpage().get_text_bounded()), f"親愛的 {owner[page_codes[0]]}，生日快樂！")
        w, h = doc[0].get_size()
        assert (round(w / 72 * 25.4), round(h / 72 * 25.4)) == (148, 105)
    assert has(pdf_text(out), "祝您新的一岁平安喜乐")
    assert_embedded_cjk(out)


def test_postcards_for_nobody_are_refused(shop_with_members, tmp_path):
    with pytest.raises(UserError) as e:
        jobs.run(shop_with_members, jobs.PostcardJob(members=jobs.Members("birthday_month", month=3), greeting="Hi {name}"), tmp_path / "x.pdf")
    assert e.value.code == "print_no_members"


# --- offset, cancel, atomic output ---------------------------------------------------------


def test_print_offset_moves_everything(shop_with_members, tmp_path):
    nos = member_nos(shop_with_members)[:1]
    job = jobs.CardJob(members=jobs.Members("numbers", numbers=tuple(nos)), layout="A4")

    def qr_position(offset):
        buf = io.BytesIO()
        with shop_with_members.read() as s:
            jobs.render(jobs.prepare(s, job), buf, offset_mm=offset)
        img = pages(buf.getvalue())[0]
        b = zxingcpp.read_barcodes(img)[0]
        return b.position.top_left.x, b.position.top_left.y

    x0, y0 = qr_position((0, 0))
    x1, y1 = qr_position((3, -2))  # 3 mm right, 2 mm up
    px_per_mm = 250 / 25.4
    assert x1 - x0 == pytest.approx(3 * px_per_mm, abs=2)
    assert y1 - y0 == pytest.approx(-2 * px_per_mm, abs=2)
    # the shop's setting is the default
    with shop_with_members.transaction() as s:
        shop_settings.put(s, print_offset_x_mm=3.0, print_offset_y_mm=-2.0)
    buf = io.BytesIO()
    with shop_with_members.read() as s:
        jobs.render(jobs.prepare(s, job), buf)
    b = zxingcpp.read_barcodes(pages(buf.getvalue())[0])[0]
    assert (b.position.top_left.x, b.position.top_left.y) == pytest.approx((x1, y1), abs=1)


def test_offset_setting_is_validated(shop):
    with pytest.raises(UserError):
        with shop.transaction() as s:
            shop_settings.put(s, print_offset_x_mm=25.0)


def test_cancel_issues_nothing_and_leaves_no_file(shop_with_members, tmp_path):
    out = tmp_path / "c.pdf"
    calls = []

    def progress(done, total):
        calls.append((done, total))

    with pytest.raises(common.Cancelled):
        jobs.run(shop_with_members, jobs.CouponJob(offer=OFFER, count=100), out,
                 progress=progress, cancel=lambda: len(calls) >= 2)
    assert calls == [(10, 100), (20, 100)]
    assert not out.exists() and not list(tmp_path.glob("*.part"))
    with shop_with_members.read() as s:
        assert coupons.list_batches(s) == []


def test_unreadable_picture_is_refused_before_anything_is_issued(shop_with_members, tmp_path):
    bad = tmp_path / "bad.png"
    bad.write_bytes(b"not a picture")
    with pytest.raises(UserError) as e:
        jobs.run(shop_with_members, jobs.FlyerJob(size="A6", headline="x", image_path=str(bad), offer=OFFER), tmp_path / "x.pdf")
    assert e.value.code == "print_image_unreadable"
    with shop_with_members.read() as s:
        assert coupons.list_batches(s) == []


def test_preview_renders_one_page_with_sample_codes_and_stores_nothing(shop_with_members):
    with shop_with_members.read() as s:
        pdf, n = jobs.preview(s, jobs.CouponJob(offer=OFFER, count=25), page=2)
    assert n == 3
    got = flat(decoded(pdf))
    assert len(got) == 5 and all(coupons.is_valid_code(c) for c in got)  # the last page holds 5
    with shop_with_members.read() as s:
        assert coupons.list_batches(s) == []


# --- layout helpers ---------------------------------------------------------------------


def test_sheets_hold_the_expected_number_of_items():
    assert common.fit_grid("A4", 85.6, 53.98).per_page == 10
    assert common.fit_grid("Letter", 85.6, 53.98).per_page == 9  # landscape 3 × 3
    assert common.fit_grid("A4", 64, 40).per_page == 21
    assert common.fit_grid("A4", 95, 68).per_page == 8
    g = common.fit_grid("A4", 148, 105, min_margin=0)  # postcards: A4 landscape, 2 × 2
    assert (g.page_w, g.page_h, g.per_page) == (297, 210, 4)
    assert common.fit_grid("A4", 99, 210, min_margin=0).per_page == 3  # DL
    assert common.fit_grid("A4", 148, 210, min_margin=0).per_page == 2  # A5


def test_wrapping_keeps_lines_inside_and_punctuation_off_line_starts():
    text = "感謝您一直以來的支持，本店新推出自家烘焙的衣索比亞豆。香氣明亮、尾韻甘甜！Thank you for shopping with us."
    for width in (60, 90, 140, 200):
        lines = fonts.wrap(text, width, 10)
        assert "".join(lines).replace(" ", "") == text.replace(" ", "")
        for line in lines:
            assert fonts.width(line, 10) <= width + 0.01
            assert line[:1] not in "，。、！"
    assert fonts.wrap("2026-12-01 至 2026-12-31", 60, 10)[0].startswith("2026-12-01")


def test_mixed_text_uses_the_latin_font_for_latin_and_droid_for_chinese():
    assert list(fonts.runs("會員 Member 卡")) == [(fonts.CJK, "會員 "), (fonts.LATIN, "Member "), (fonts.CJK, "卡")]


# --- the command line ---------------------------------------------------------------------


def test_cli_prints_coupons_and_issues_the_batch(shop_with_members, db_url, tmp_path, capsys):
    out = tmp_path / "cli.pdf"
    rc = print_cli.main(["--db", db_url, "print", "coupons", "--kind", "percent_off", "--value", "20%",
                         "--name", "十二月", "--count", "12", "--style", "scratch", "--min-spend", "NT$300",
                         "--valid-from", "2026-12-01", "--valid-until", "2026-12-31", "--out", str(out)])
    assert rc == 0, capsys.readouterr().err
    with shop_with_members.read() as s:
        (b,) = coupons.list_batches(s)
        batch = coupons.get_batch(s, b.batch_id)
    assert (batch.kind, batch.value, batch.min_spend_cents, batch.count) == ("percent_off", 20, 30000, 12)
    assert sorted(flat(decoded(out))) == sorted(stored_codes(shop_with_members, b.batch_id))
    assert "Issued coupon batch" in capsys.readouterr().out


def test_cli_refusals_and_usage(shop_with_members, db_url, tmp_path, capsys):
    base = ["--db", db_url, "print"]
    assert print_cli.main(base + ["cards", "--member", "ZZZZZZZ", "--out", str(tmp_path / "x.pdf")]) == 1
    assert "ZZZZZZZ" in capsys.readouterr().err
    assert print_cli.main(base + ["cards", "--out", str(tmp_path / "x.pdf")]) == 2  # no members chosen
    assert print_cli.main(base + ["coupons", "--kind", "amount_off", "--value", "0", "--name", "x",
                                  "--out", str(tmp_path / "x.pdf")]) == 1
    assert print_cli.main(base + ["postcards", "--birthday-month", "11", "--greeting", "Hi {name}",
                                  "--kind", "free_item", "--item", "咖啡", "--out", str(tmp_path / "p.pdf")]) == 0
    with pytest.raises(SystemExit) as e:
        print_cli.main(base + ["flyers", "--size", "B5", "--headline", "x", "--out", "x.pdf"])
    assert e.value.code == 2
