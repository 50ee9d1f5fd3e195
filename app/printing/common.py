"""Shared page layout: paper sizes, N-up sheets with cut marks, print offset,
QR / Code 128 drawing, images, progress and cancel.

All sizes given to these helpers are in millimetres; reportlab works in
points (``mm`` converts). Every document module draws one item (a card, a
coupon, a flyer) into a box of its own size with its origin at the box's
bottom-left corner, and :func:`impose` places items on pages.
"""
from __future__ import annotations

import datetime as dt
import io
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Callable, Iterable, Sequence

from reportlab import rl_config
from reportlab.lib.colors import Color, HexColor, black, white
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from app import settings as shop_settings
from app.errors import UserError
from app.printing import fonts
from app.printing.config import SHEETS  # noqa: F401  (registers the print settings)

# Paper and document sizes, portrait, in mm.
SIZES: dict[str, tuple[float, float]] = {
    "A4": (210.0, 297.0),
    "Letter": (215.9, 279.4),
    "A5": (148.0, 210.0),
    "A6": (105.0, 148.0),
    "DL": (99.0, 210.0),
    "CR80": (85.6, 53.98),
}
CUT_MARK_MM = 5.0
MIN_MARGIN_MM = 8.0  # room for cut marks and the printer's unprintable edge
INK = HexColor("#222222")
MUTED = HexColor("#666666")
MARK = HexColor("#444444")

# Plain binary (zlib) streams: the pure-Python ASCII85 encoder costs more
# than the rest of a 1,000-coupon run, and no reader needs 7-bit PDFs.
rl_config.useA85 = 0

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]


class Cancelled(Exception):
    """The person cancelled a print job; nothing was issued or saved."""


# --- settings the owner can change: app.printing.config registers them


@dataclass(frozen=True)
class ShopInfo:
    """What documents print about the shop (from settings)."""

    name: str = ""
    contact: str = ""  # phone, address, LINE id... one line
    logo_path: str = ""
    accent: str = "#B03A2E"
    currency: str = "TWD"
    lang: str = "zh_TW"
    offset_mm: tuple[float, float] = (0.0, 0.0)
    paper: str = "A4"


def shop_info(session) -> ShopInfo:
    """Read the shop's print settings (call inside ``shop.read()``)."""
    s = shop_settings.get_all(session)
    return ShopInfo(
        name=s["shop_name"],
        contact=s["print_contact"],
        logo_path=s["print_logo_path"],
        accent=s["print_accent_color"],
        currency=s["currency"],
        lang=s["language"],
        offset_mm=(float(s["print_offset_x_mm"]), float(s["print_offset_y_mm"])),
        paper=s["print_paper"],
    )


# --- labels printed on documents (app/ has no Qt translator) ------------------------

LABELS: dict[str, dict[str, str]] = {
    "member_card": {"en": "MEMBER", "zh_TW": "會員卡", "zh_CN": "会员卡"},
    "card_no": {"en": "Card No.", "zh_TW": "卡號", "zh_CN": "卡号"},
    "code": {"en": "Code", "zh_TW": "優惠碼", "zh_CN": "优惠码"},
    "once": {"en": "One use only", "zh_TW": "每張限用一次", "zh_CN": "每张限用一次"},
    "only_for": {"en": "For {name} only", "zh_TW": "限 {name} 本人使用", "zh_CN": "限 {name} 本人使用"},
    "scratch": {"en": "SCRATCH HERE", "zh_TW": "刮開此處", "zh_CN": "刮开此处"},
    "scratch_hint": {"en": "Scratch to reveal your code", "zh_TW": "刮開看優惠碼", "zh_CN": "刮开看优惠码"},
    "show_at_counter": {"en": "Show this at the counter", "zh_TW": "結帳時出示本券", "zh_CN": "结账时出示本券"},
    "scan": {"en": "Scan or show at the counter", "zh_TW": "結帳時出示或掃描", "zh_CN": "结账时出示或扫描"},
}


def label(key: str, lang: str, **params) -> str:
    entry = LABELS[key]
    text = entry.get(lang) or entry["en"]
    return text.format(**params) if params else text


# --- geometry -----------------------------------------------------------------------


@dataclass(frozen=True)
class Grid:
    """Cells of ``cell_w`` × ``cell_h`` mm laid edge to edge on a page,
    centred, filled left to right and top to bottom."""

    page_w: float
    page_h: float
    cell_w: float
    cell_h: float
    cols: int
    rows: int

    @property
    def per_page(self) -> int:
        return self.cols * self.rows

    @property
    def x0(self) -> float:
        return (self.page_w - self.cols * self.cell_w) / 2

    @property
    def y0(self) -> float:
        return (self.page_h - self.rows * self.cell_h) / 2

    def cell_origin(self, i: int) -> tuple[float, float]:
        """Bottom-left corner (mm) of the ``i``-th cell on a page."""
        col, row = i % self.cols, i // self.cols
        return self.x0 + col * self.cell_w, self.page_h - self.y0 - (row + 1) * self.cell_h


def page_size(paper: str, landscape: bool = False) -> tuple[float, float]:
    w, h = SIZES[paper]
    return (h, w) if landscape else (w, h)


def fit_grid(paper: str, cell_w: float, cell_h: float, min_margin: float = MIN_MARGIN_MM) -> Grid:
    """The grid holding the most cells on ``paper`` (portrait or landscape)
    with at least ``min_margin`` mm around it. Raises ValueError if none fit."""
    best = None
    for landscape in (False, True):
        pw, ph = page_size(paper, landscape)
        cols = math.floor((pw - 2 * min_margin) / cell_w + 1e-6)
        rows = math.floor((ph - 2 * min_margin) / cell_h + 1e-6)
        if cols >= 1 and rows >= 1 and (best is None or cols * rows > best.per_page):
            best = Grid(pw, ph, cell_w, cell_h, cols, rows)
    if best is None:
        raise ValueError(f"a {cell_w}×{cell_h} mm item does not fit on {paper}")
    return best


def draw_cut_marks(c: Canvas, g: Grid, used: int | None = None) -> None:
    """Crop marks for every cell edge.

    With a margin of at least 7 mm the marks sit in the margin, a little away
    from the grid, so no mark lands on a cut piece; on a sheet tiled edge to
    edge (flyers) they are short ticks on the cut lines, inside the printer's
    printable area, and vanish in the cut.
    """
    rows_used = g.rows if used is None else max(1, math.ceil(used / g.cols))
    cols_used = g.cols if used is None or used >= g.cols else used
    x0, y0 = g.x0, g.page_h - g.y0  # top-left of grid
    xs = [x0 + i * g.cell_w for i in range(cols_used + 1)]
    ys = [y0 - j * g.cell_h for j in range(rows_used + 1)]
    left, right, top, bottom = xs[0], xs[-1], ys[0], ys[-1]
    c.saveState()
    c.setStrokeColor(MARK)
    c.setLineWidth(0.25)
    gap = 2.0
    margin = min(g.x0, g.y0)
    if margin >= 7:
        ln = min(CUT_MARK_MM, margin - gap - 1.0)
        for x in xs:
            c.line(x * mm, (top + gap) * mm, x * mm, (top + gap + ln) * mm)
            c.line(x * mm, (bottom - gap) * mm, x * mm, (bottom - gap - ln) * mm)
        for y in ys:
            c.line((left - gap) * mm, y * mm, (left - gap - ln) * mm, y * mm)
            c.line((right + gap) * mm, y * mm, (right + gap + ln) * mm, y * mm)
    else:
        edge, ln = 4.0, 4.0
        for x in xs[1:-1]:
            c.line(x * mm, (g.page_h - edge) * mm, x * mm, (g.page_h - edge - ln) * mm)
            c.line(x * mm, edge * mm, x * mm, (edge + ln) * mm)
        for y in ys[1:-1]:
            c.line(edge * mm, y * mm, (edge + ln) * mm, y * mm)
            c.line((g.page_w - edge) * mm, y * mm, (g.page_w - edge - ln) * mm, y * mm)
    c.restoreState()


# --- the page loop ------------------------------------------------------------------


def new_canvas(out: str | Path | BinaryIO, page_w: float, page_h: float, title: str) -> Canvas:
    fonts.register()
    c = Canvas(
        str(out) if isinstance(out, (str, Path)) else out, pagesize=(page_w * mm, page_h * mm),
        initialFontName=fonts.LATIN, initialFontSize=10,  # no unembedded Helvetica in the file
    )
    c.setTitle(title)
    c.setCreator("Regulars")
    c.setAuthor("Regulars")
    return c


def _apply_offset(c: Canvas, offset_mm: tuple[float, float]) -> None:
    dx, dy = offset_mm
    if dx or dy:
        c.translate(dx * mm, -dy * mm)  # + y moves the print down the sheet


def impose(
    out: str | Path | BinaryIO,
    items: Sequence[Any],
    draw_item: Callable[[Canvas, Any, float, float], None],
    cell_w: float,
    cell_h: float,
    *,
    sheet: str | None,
    title: str,
    offset_mm: tuple[float, float] = (0.0, 0.0),
    min_margin: float = MIN_MARGIN_MM,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    max_pages: int | None = None,
) -> int:
    """Write ``items`` to a PDF at ``out``; returns the number of pages.

    Args:
        draw_item: draws one item with the canvas origin at the item's
            bottom-left corner; called as ``draw_item(canvas, item, w_pt, h_pt)``.
        sheet: ``A4``/``Letter``: N-up on that paper with cut marks; None:
            one item per page, the page the item's own size (a card printer,
            a flyer on its own paper).
        max_pages: stop after this many pages (the live preview).

    Raises:
        Cancelled: ``cancel()`` returned True; ``out`` is left incomplete.
    """
    if sheet is None:
        grid = Grid(cell_w, cell_h, cell_w, cell_h, 1, 1)
    else:
        grid = fit_grid(sheet, cell_w, cell_h, min_margin)
    c = new_canvas(out, grid.page_w, grid.page_h, title)
    total = len(items)
    pages = 0
    per = grid.per_page
    for start in range(0, max(total, 1), per):
        if max_pages is not None and pages >= max_pages:
            break
        if cancel is not None and cancel():
            raise Cancelled()
        chunk = items[start : start + per]
        c.saveState()
        _apply_offset(c, offset_mm)
        if sheet is not None:
            draw_cut_marks(c, grid, len(chunk))
        for i, item in enumerate(chunk):
            x, y = grid.cell_origin(i)
            c.saveState()
            c.translate(x * mm, y * mm)
            draw_item(c, item, cell_w * mm, cell_h * mm)
            c.restoreState()
        c.restoreState()
        c.showPage()
        pages += 1
        if progress is not None:
            progress(min(start + per, total), total)
    c.save()
    return pages


def draw_form(c: Canvas, key: str, w: float, h: float, draw: Callable[[], None]) -> None:
    """Draw what ``draw()`` draws (in a ``w`` × ``h`` box at the origin) as a
    PDF form XObject made the first time ``key`` is seen in this document and
    reused after: the static part of 1,000 coupons is written once."""
    forms = c.__dict__.setdefault("_regulars_forms", {})
    name = forms.get(key)
    if name is None:
        name = f"RegularsForm{len(forms)}"
        forms[key] = name
        c.beginForm(name, 0, 0, w, h)
        draw()
        c.endForm()
    c.doForm(name)


# --- codes --------------------------------------------------------------------------


# QR mask used for coupon codes. Choosing the best of the 8 masks (what the
# qrcode library does) costs ~1.8 ms a symbol in pure Python, most of a
# 1,000-coupon run; any mask is valid QR, and over random 12-character codes
# mask 2 scores best on average by the standard's penalty rules. Every code
# printed in the tests is decoded back with zxing-cpp.
FAST_MASK = 2


def qr_matrix(payload: str, mask: int | None = None) -> list[list[bool]]:
    """The QR symbol for ``payload`` (ASCII), error correction M, no border;
    ``mask`` None picks the best mask (slower)."""
    import qrcode
    from qrcode.constants import ERROR_CORRECT_M

    q = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0, mask_pattern=mask)
    q.add_data(payload.encode("ascii"))
    q.make(fit=True)
    return q.get_matrix()


def draw_qr(
    c: Canvas, payload: str, x: float, y: float, size: float, quiet: int = 4, mask: int | None = None
) -> None:
    """Draw a QR code in a ``size``-point square at (x, y) (points), a white
    quiet zone of ``quiet`` modules included in the square. Dark runs in each
    row are merged into one rectangle (fewer PDF operators, no hairline gaps)."""
    m = qr_matrix(payload, mask)
    n = len(m)
    mod = size / (n + 2 * quiet)
    c.saveState()
    c.setFillColor(white)
    c.rect(x, y, size, size, stroke=0, fill=1)
    c.setFillColor(black)
    # one module = one unit: integer coordinates, so the operators are short
    # and exact; written directly (reportlab's rect() formats floats slowly)
    c.translate(x + quiet * mod, y + quiet * mod)
    c.scale(mod, mod)
    ops = []
    for r, row in enumerate(m):
        yy = n - 1 - r
        j = 0
        while j < n:
            if row[j]:
                k = j
                while k < n and row[k]:
                    k += 1
                ops.append(f"{j} {yy} {k - j} 1 re")
                j = k
            else:
                j += 1
    if ops:
        c._code.append("\n".join(ops) + "\nf")
    c.restoreState()


def draw_code128(c: Canvas, payload: str, x: float, y: float, w: float, h: float) -> None:
    """Draw a Code 128 barcode filling at most ``w`` × ``h`` points, centred,
    with quiet zones."""
    from reportlab.graphics.barcode.code128 import Code128

    probe = Code128(payload, barWidth=1, barHeight=h, quiet=True)
    bar = min(w / probe.width, 0.6 * mm)  # bars no wider than 0.6 mm
    bc = Code128(payload, barWidth=bar, barHeight=h, quiet=True)
    c.saveState()
    c.setFillColor(white)
    c.rect(x, y, w, h, stroke=0, fill=1)
    c.setFillColor(black)
    c.setStrokeColor(black)
    bc.drawOn(c, x + (w - bc.width) / 2, y)
    c.restoreState()


# --- images -------------------------------------------------------------------------

_image_cache: dict[str, ImageReader] = {}


def load_image(path: str | Path | None) -> ImageReader | None:
    """An image ready to draw, or None for no path.

    Raises:
        UserError: ``print_image_unreadable`` for a missing or broken file.
    """
    if not path:
        return None
    key = str(path)
    if key in _image_cache:
        return _image_cache[key]
    try:
        from PIL import Image

        with Image.open(key) as im:
            im.load()
            if im.mode not in ("RGB", "RGBA", "L"):
                im = im.convert("RGBA")
            buf = io.BytesIO()
            im.save(buf, format="PNG")
        reader = ImageReader(io.BytesIO(buf.getvalue()))
    except (OSError, ValueError) as exc:
        raise UserError("print_image_unreadable", field="image", path=key) from exc
    if len(_image_cache) > 16:
        _image_cache.clear()
    _image_cache[key] = reader
    return reader


def draw_image_fit(c: Canvas, img: ImageReader, x: float, y: float, w: float, h: float, anchor: str = "c") -> None:
    """Draw ``img`` as large as fits the box, keeping its proportions."""
    iw, ih = img.getSize()
    scale = min(w / iw, h / ih)
    dw, dh = iw * scale, ih * scale
    dx = {"c": (w - dw) / 2, "w": 0, "e": w - dw}.get(anchor, (w - dw) / 2)
    c.drawImage(img, x + dx, y + (h - dh) / 2, dw, dh, mask="auto")


def color(hex_or_none: str | None, default: str = "#B03A2E") -> Color:
    try:
        return HexColor(hex_or_none or default)
    except (ValueError, TypeError):
        return HexColor(default)


def text_on(bg: Color) -> Color:
    """Black or white, whichever reads better on ``bg``."""
    lum = 0.2126 * bg.red + 0.7152 * bg.green + 0.0722 * bg.blue
    return black if lum > 0.6 else white


def today() -> dt.date:
    return dt.date.today()


def chunks(seq: Sequence, n: int) -> Iterable[Sequence]:
    for i in range(0, len(seq), n):
        yield seq[i : i + n]
