"""The day's call sheet as a PDF: one row per call, to work through on paper.

Some staff prefer a printout beside the phone: who to call, why, what to
say, and room to tick the outcome and write a note, which they key in later.
Landscape A4 (the "what to say" column needs the width), rows grouped by
reason in the list's order of urgency, the header repeated on every page,
"page n of m" in the footer.

Text is drawn with :mod:`app.printing.fonts` (the bundled CJK TrueType font
for Chinese, Vera for Latin, both embedded), so the sheet prints the same on
any machine and its text stays extractable.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import BinaryIO, Sequence

from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate, Table, TableStyle

from app import followups
from app.followups import DueItem
from app.printing import fonts

INK = HexColor("#222222")
MUTED = HexColor("#6b6b6b")
RULE = HexColor("#9a9a9a")
HEAD_BG = HexColor("#e8e8e8")
GROUP_BG = HexColor("#f4f4f4")

MARGIN = 12 * mm
# column widths in mm (sum = 273, the width of landscape A4 inside the margins)
_WIDTHS_MM = (8, 32, 29, 30, 88, 52, 34)

LABELS: dict[str, dict[str, str]] = {
    "title": {"en": "Call sheet", "zh_TW": "回訪名單", "zh_CN": "回访名单"},
    "as_of": {"en": "{date}", "zh_TW": "{date}", "zh_CN": "{date}"},
    "for": {"en": "Calls for {name}", "zh_TW": "負責人：{name}", "zh_CN": "负责人：{name}"},
    "count": {"en": "{n} to call", "zh_TW": "共 {n} 位待聯絡", "zh_CN": "共 {n} 位待联系"},
    "page": {"en": "Page {n} of {total}", "zh_TW": "第 {n} 頁，共 {total} 頁", "zh_CN": "第 {n} 页，共 {total} 页"},
    "printed": {"en": "Printed {when}", "zh_TW": "列印時間 {when}", "zh_CN": "打印时间 {when}"},
    "empty": {"en": "No one is due.", "zh_TW": "今天沒有需要聯絡的會員。", "zh_CN": "今天没有需要联系的会员。"},
    "h_no": {"en": "#", "zh_TW": "#", "zh_CN": "#"},
    "h_name": {"en": "Name", "zh_TW": "姓名", "zh_CN": "姓名"},
    "h_phone": {"en": "Phone", "zh_TW": "電話", "zh_CN": "电话"},
    "h_reason": {"en": "Reason", "zh_TW": "原因", "zh_CN": "原因"},
    "h_say": {"en": "What to say", "zh_TW": "建議話術", "zh_CN": "建议话术"},
    "h_outcome": {"en": "Outcome", "zh_TW": "結果", "zh_CN": "结果"},
    "h_notes": {"en": "Notes / call again on", "zh_TW": "備註／下次聯絡日", "zh_CN": "备注／下次联系日"},
    "days": {"en": "{n} days since last purchase", "zh_TW": "{n} 天未消費", "zh_CN": "{n} 天未消费"},
    "never": {"en": "No purchase yet", "zh_TW": "尚未消費", "zh_CN": "尚未消费"},
    "also": {"en": "Also: {reasons}", "zh_TW": "另有：{reasons}", "zh_CN": "另有：{reasons}"},
    "last": {"en": "Last call: {outcome} ({date})", "zh_TW": "上次：{outcome}（{date}）",
             "zh_CN": "上次：{outcome}（{date}）"},
    "staff": {"en": "Staff: {name}", "zh_TW": "負責：{name}", "zh_CN": "负责：{name}"},
}


def label(key: str, lang: str, **params) -> str:
    entry = LABELS[key]
    text = entry.get(lang) or entry["en"]
    return text.format(**params) if params else text


def _sep(lang: str) -> str:
    return ", " if lang == "en" else "、"


class _Text(Flowable):
    """Wrapped mixed-script text (Chinese breaks between characters, never
    before closing punctuation), drawn with the embedded fonts."""

    def __init__(self, text: str, size: float = 9, *, bold: bool = False, color=INK, leading: float = 1.3,
                 max_lines: int | None = None):
        super().__init__()
        self.text, self.size, self.bold, self.color = text, size, bold, color
        self.leading, self.max_lines = leading, max_lines
        self.lines: list[str] = []

    def wrap(self, avail_w, avail_h):
        self.lines = fonts.wrap(self.text, avail_w, self.size, self.bold) if self.text else []
        if self.max_lines and len(self.lines) > self.max_lines:
            self.lines = self.lines[: self.max_lines]
            self.lines[-1] = fonts.ellipsize(self.lines[-1] + "…", avail_w, self.size, self.bold)
        self.width = avail_w
        self.height = len(self.lines) * self.size * self.leading
        return self.width, self.height

    def draw(self):
        y = self.height - self.size
        for line in self.lines:
            fonts.draw(self.canv, 0, y + self.size * 0.22, line, self.size, bold=self.bold, color=self.color)
            y -= self.size * self.leading


class _TickBoxes(Flowable):
    """The outcomes as small boxes to tick, two to a line."""

    def __init__(self, labels: Sequence[str], size: float = 7.5):
        super().__init__()
        self.labels, self.size = list(labels), size
        self.line_h = size * 1.75

    def wrap(self, avail_w, avail_h):
        self.width = avail_w
        self.height = ((len(self.labels) + 1) // 2) * self.line_h
        return self.width, self.height

    def draw(self):
        c, s = self.canv, self.size
        col_w = self.width / 2
        box = s * 0.95
        c.setStrokeColor(MUTED)
        c.setLineWidth(0.5)
        for i, text in enumerate(self.labels):
            x = (i % 2) * col_w
            y = self.height - (i // 2 + 1) * self.line_h + (self.line_h - box) / 2
            c.rect(x, y, box, box, stroke=1, fill=0)
            shown = fonts.ellipsize(text, col_w - box - 3, s)
            fonts.draw(c, x + box + 2, y + box * 0.12, shown, s, color=MUTED)


class _Room(Flowable):
    """Empty space to write in (sets the least height of a row)."""

    def __init__(self, height: float):
        super().__init__()
        self.height = height

    def wrap(self, avail_w, avail_h):
        self.width = avail_w
        return avail_w, self.height

    def draw(self):
        pass


def _days_text(item: DueItem, lang: str) -> str:
    if item.days_since_last_purchase is None:
        return label("never", lang)
    return label("days", lang, n=item.days_since_last_purchase)


def _short(day: dt.date, lang: str) -> str:
    return f"{day:%b} {day.day}" if lang == "en" else f"{day.month}月{day.day}日"


def _row(k: int, item: DueItem, lang: str, outcomes: list[str], show_staff: bool) -> list:
    name = [_Text(item.name, 10.5, bold=True, max_lines=2), _Text(item.member_no, 7.5, color=MUTED)]
    if show_staff and item.assigned_staff:
        name.append(_Text(label("staff", lang, name=item.assigned_staff), 7.5, color=MUTED))
    reason = [
        _Text(followups.reason_label(item.reason, item.step, lang), 9, bold=True),
        _Text(_days_text(item, lang), 7.5, color=MUTED),
    ]
    say = [_Text(item.suggested_action, 9)]
    extra = []
    if item.other_reasons:
        also = _sep(lang).join(followups.reason_label(r, None, lang) for r in item.other_reasons)
        extra.append(label("also", lang, reasons=also))
    if item.last_outcome and item.last_called_on:
        extra.append(label("last", lang, outcome=followups.outcome_label(item.last_outcome, lang),
                           date=_short(item.last_called_on, lang)))
    if extra:
        say.append(_Text("　".join(extra) if lang != "en" else "   ".join(extra), 7.5, color=MUTED))
    return [
        _Text(str(k), 8, color=MUTED),
        name,
        _Text(item.phone, 10),
        reason,
        say,
        _TickBoxes(outcomes),
        _Room(11 * mm),
    ]


def in_sheet_order(items: Sequence[DueItem]) -> list[DueItem]:
    """Rows grouped by reason, most urgent reason first; the list's own
    order is kept inside a group (a stable sort)."""
    return sorted(items, key=lambda i: followups.PRIORITY[i.reason])


def render_callsheet(
    items: Sequence[DueItem],
    out: str | Path | BinaryIO,
    *,
    as_of: dt.date,
    lang: str = "zh_TW",
    shop_name: str = "",
    staff_name: str | None = None,
    printed_at: dt.datetime | None = None,
) -> int:
    """Write the call sheet for ``items`` (a due list) to ``out``.

    Args:
        as_of: the day the list is for (printed in the heading).
        lang: language of the headings and labels (``zh_TW``, ``zh_CN``,
            ``en``); what to say is already in the shop's language.
        staff_name: when the sheet is one person's calls, their name in the
            heading (and the per-row "staff" line is left out).

    Returns:
        The number of pages.
    """
    fonts.register()
    lang = lang if lang in ("zh_TW", "zh_CN", "en") else "en"
    printed_at = printed_at or dt.datetime.now()
    outcomes = [followups.outcome_label(o, lang) for o in followups.OUTCOMES]
    page_w, page_h = landscape(A4)
    widths = [w * mm for w in _WIDTHS_MM]
    title = label("title", lang)
    heading_right = label("as_of", lang, date=as_of.isoformat())
    sub = [label("count", lang, n=len(items))]
    if staff_name:
        sub.insert(0, label("for", lang, name=staff_name))

    head = [
        _Text(label(k, lang), 8.5, bold=True)
        for k in ("h_no", "h_name", "h_phone", "h_reason", "h_say", "h_outcome", "h_notes")
    ]
    data: list[list] = [head]
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBEFORE", (5, 0), (6, -1), 0.4, RULE),
    ]
    if not items:
        data.append([_Text(label("empty", lang), 11), "", "", "", "", "", ""])
        style.append(("SPAN", (0, 1), (-1, 1)))
    current = None
    k = 0
    for item in in_sheet_order(items):
        if item.reason != current:
            current = item.reason
            n = sum(1 for i in items if i.reason == current)
            data.append([_Text(f"{followups.reason_label(current, None, lang)}  ({n})", 9.5, bold=True),
                         "", "", "", "", "", ""])
            r = len(data) - 1
            style += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), GROUP_BG),
                      ("LINEABOVE", (0, r), (-1, r), 0.8, INK),
                      ("NOSPLIT", (0, r), (-1, r + 1))]  # a group's heading never ends a page
        k += 1
        data.append(_row(k, item, lang, outcomes, show_staff=not staff_name))
        style.append(("LINEBELOW", (0, len(data) - 1), (-1, len(data) - 1), 0.4, RULE))
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(style))

    printed = label("printed", lang, when=printed_at.strftime("%Y-%m-%d %H:%M"))

    def header(c: Canvas, doc) -> None:
        top = page_h - MARGIN
        fonts.draw(c, MARGIN, top - 14, shop_name + ("  " if shop_name else "") + title, 15, bold=True, color=INK)
        fonts.draw(c, page_w - MARGIN, top - 14, heading_right, 13, bold=True, align="right", color=INK)
        fonts.draw(c, MARGIN, top - 29, "　".join(sub) if lang != "en" else "   ".join(sub), 9.5, color=MUTED)

    class _Numbered(Canvas):
        """Puts "page n of m" on every page once the page count is known."""

        def __init__(self, *a, **kw):
            super().__init__(*a, **kw)
            self._pages: list[dict] = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for n, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                fonts.draw(self, page_w - MARGIN, MARGIN - 16, label("page", lang, n=n, total=total), 8,
                           align="right", color=MUTED)
                fonts.draw(self, MARGIN, MARGIN - 16, printed, 8, color=MUTED)
                super().showPage()
            super().save()

    doc = SimpleDocTemplate(
        out if not isinstance(out, Path) else str(out),
        pagesize=(page_w, page_h),
        leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN + 36, bottomMargin=MARGIN,
        title=f"{title} {as_of.isoformat()}", author=shop_name or "Regulars", creator="Regulars",
    )
    doc.build([table], onFirstPage=header, onLaterPages=header, canvasmaker=_Numbered)
    return doc.page


def callsheet_pdf(items: Sequence[DueItem], **kwargs) -> bytes:
    """:func:`render_callsheet` into memory."""
    import io

    buf = io.BytesIO()
    render_callsheet(items, buf, **kwargs)
    return buf.getvalue()
