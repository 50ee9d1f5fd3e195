"""The printed call sheet: the rows of the due list, in Chinese, readable by an
independent PDF reader (pdfium), grouped by reason, on landscape pages."""
from __future__ import annotations

import datetime as dt
import re

import pypdfium2 as pdfium
import pytest

from app import callsheet, followups, settings
from app.followups import DueItem
from tests.app.test_followups import D0, at, buy, days, new_member, set_rule

AS_OF = dt.date(2026, 11, 22)


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pages_text(pdf: bytes) -> list[str]:
    """The text pdfium extracts per page, without whitespace (a wrapped line
    breaks between two Chinese characters)."""
    doc = pdfium.PdfDocument(pdf)
    try:
        return [squash(doc[i].get_textpage().get_text_bounded()) for i in range(len(doc))]
    finally:
        doc.close()


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    doc = pdfium.PdfDocument(pdf)
    try:
        return [doc[i].get_size() for i in range(len(doc))]
    finally:
        doc.close()


def item(k: int, reason: str = "dormant", **kw) -> DueItem:
    values = dict(
        member_id=k, member_no=f"M{k:05d}", name=f"會員{k}", phone=f"0912-000-{k:03d}", reason=reason,
        step=2 if reason == "dormant" else None, days_since_last_purchase=120 + k, due_on=AS_OF,
        suggested_action="告訴他櫃台幫他留了一張免費的 NT$100 抵用券，30 天內有效，有空來拿。",
    )
    values.update(kw)
    return DueItem(**values)


def test_every_row_is_on_the_sheet_with_its_chinese_name_phone_and_what_to_say():
    items = [item(1, name="王小明"), item(2, name="陳美玲", reason="birthday", suggested_action="祝他生日快樂（11月25日）。"),
             item(3, name="林志豪", reason="complaint", last_outcome="no_answer", last_called_on=AS_OF,
                  other_reasons=("dormant",))]
    pdf = callsheet.callsheet_pdf(items, as_of=AS_OF, lang="zh_TW", shop_name="小美髮廊")
    text = "".join(pages_text(pdf))
    for needle in ("小美髮廊", "回訪名單", "2026-11-22", "共3位待聯絡",
                   "王小明", "陳美玲", "林志豪", "0912-000-001", "0912-000-003", "M00002",
                   "久未光顧第2步", "122天未消費", "祝他生日快樂（11月25日）。",
                   "告訴他櫃台幫他留了一張免費的NT$100抵用券",
                   "另有：久未光顧", "上次：未接（11月22日）",
                   "已聯絡上", "勿再來電", "備註／下次聯絡日", "第1頁，共1頁"):
        assert squash(needle) in text, needle


def test_rows_are_grouped_by_reason_most_urgent_first_with_counts():
    items = [item(1), item(2, reason="birthday"), item(3), item(4, reason="complaint")]
    pdf = callsheet.callsheet_pdf(items, as_of=AS_OF, lang="zh_TW")
    text = "".join(pages_text(pdf))
    complaint, birthday, dormant = (text.index(h) for h in ("客訴追蹤(1)", "生日祝福(1)", "久未光顧(2)"))
    assert complaint < birthday < dormant
    # numbered in the order printed: complaint first
    assert text.index("會員4") < text.index("會員2") < text.index("會員1") < text.index("會員3")
    assert [i.member_id for i in callsheet.in_sheet_order(items)] == [4, 2, 1, 3]


def test_a_long_list_runs_over_landscape_pages_numbered_n_of_m():
    items = [item(k) for k in range(1, 61)]
    out = callsheet.callsheet_pdf(items, as_of=AS_OF, lang="en", shop_name="Demo")
    per_page = pages_text(out)
    n = len(per_page)
    assert n >= 3
    for k, text in enumerate(per_page, 1):
        assert f"Page{k}of{n}" in text
        assert "Whattosay" in text, "the column headings repeat on every page"
    w, h = page_sizes(out)[0]
    assert w > h and round(w) == 842 and round(h) == 595, "landscape A4"
    joined = "".join(per_page)
    assert all(f"會員{k}" in joined for k in range(1, 61)), "no row is lost between pages"


def test_an_empty_list_says_so():
    text = "".join(pages_text(callsheet.callsheet_pdf([], as_of=AS_OF, lang="zh_CN")))
    assert "今天没有需要联系的会员。" in text and "回访名单" in text


def test_one_persons_sheet_names_them_and_drops_the_per_row_staff_line():
    rows = [item(1, assigned_staff_id=7, assigned_staff="小美")]
    mine = "".join(pages_text(callsheet.callsheet_pdf(rows, as_of=AS_OF, lang="zh_TW", staff_name="小美")))
    everyone = "".join(pages_text(callsheet.callsheet_pdf(rows, as_of=AS_OF, lang="zh_TW")))
    assert "負責人：小美" in mine and "負責：小美" not in mine
    assert "負責：小美" in everyone


def test_the_sheet_of_a_real_due_list(shop, tmp_path):
    """Through the service, as the tab does: what due_list returns is printed."""
    with shop.transaction() as s:
        settings.put(s, language="zh_TW")
    set_rule(shop, "thank_you", enabled=False)
    with shop.transaction() as s:
        a = new_member(s, "黃淑芬", joined=days(-400))
        buy(s, a, D0)
        b = new_member(s, "張家豪", joined=days(-400))
        buy(s, b, days(-100))
    with shop.read() as s:
        items = followups.due_list(s, days(70))
    assert {i.name for i in items} == {"黃淑芬", "張家豪"}
    path = tmp_path / "sheet.pdf"
    pages = callsheet.render_callsheet(items, path, as_of=days(70), lang="zh_TW", printed_at=at(days(70), 9))
    assert pages == 1
    text = "".join(pages_text(path.read_bytes()))
    for i in items:
        assert squash(i.name) in text and squash(i.phone) in text and squash(i.suggested_action)[:20] in text
    assert "列印時間2026-05-1109:00" in text


@pytest.mark.parametrize("lang, title", [("en", "Callsheet"), ("zh_TW", "回訪名單"), ("zh_CN", "回访名单")])
def test_headings_follow_the_language(lang, title):
    assert title in "".join(pages_text(callsheet.callsheet_pdf([item(1)], as_of=AS_OF, lang=lang)))
