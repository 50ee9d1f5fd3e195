"""Flyers and package inserts: A4, A5, A6 and DL (99 × 210 mm).

A flyer has a headline, body text, an optional picture, the shop's contact
line and a QR code. A run of N flyers can carry N distinct coupon codes (one
per flyer; the batch records the run's name as its channel), so the batch
report shows which run or channel brought people back. Without coupons the
QR can hold a web address.

Each flyer is a page of its own size (for a printer loaded with that paper)
or, with ``sheet="A4"``, tiled edge to edge on A4 (A5 ×2, A6 ×4, DL ×3) with
cut ticks on the cut lines.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Sequence
from urllib.parse import quote

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm

from app import coupons as coupon_service
from app.printing import common, fonts

FLYER_SIZES = ("A4", "A5", "A6", "DL")


@dataclass(frozen=True)
class FlyerContent:
    """What every flyer of a run shows."""

    size: str
    headline: str
    body: str = ""
    image_path: str = ""
    offer: str = ""  # the coupon's offer ("折抵 NT$50"), when the run has coupons
    rules: tuple[str, ...] = ()
    qr_caption: str = ""  # e.g. "Show this at the counter" / "掃碼看菜單"
    url: str = ""  # the QR's payload when the run has no coupons
    shop: common.ShopInfo = field(default_factory=common.ShopInfo)


def ascii_url(url: str) -> str:
    """A web address as ASCII (non-ASCII characters percent-encoded), so the
    QR payload is plain ASCII like every other code we print."""
    return quote(url.strip(), safe=":/?#[]@!$&'()*+,;=%~-._")


def _draw(c, content: FlyerContent, code: str | None, w: float, h: float, logo, image, mode: str = "all") -> None:
    """Draw a flyer; ``mode`` ``static`` skips the coupon's QR and code text,
    ``variable`` draws only those (the static part is shared by a run)."""
    static, variable = mode in ("all", "static"), mode in ("all", "variable")
    shop = content.shop
    accent = common.color(shop.accent)
    k = min(w, h) / (105 * mm)  # 1.0 for A6, 2.0 for A4
    m = 7 * mm * k**0.5
    inner_w = w - 2 * m
    y = h - m

    # shop name (and logo) across the top
    head_h = 7 * mm * k**0.7
    x = m
    if logo is not None and static:
        iw, ih = logo.getSize()
        lw = min(head_h * iw / ih, 30 * mm)
        common.draw_image_fit(c, logo, x, y - head_h, lw, head_h, anchor="w")
        x += lw + 2 * mm
    if shop.name and static:
        s = fonts.fit_size(shop.name, m + inner_w - x, 11 * k**0.8, 6, bold=True)
        fonts.draw(c, x, y - head_h / 2 - s * 0.35, shop.name, s, bold=True, color=accent)
    y -= head_h + 1.5 * mm * k
    if static:
        c.setStrokeColor(accent)
        c.setLineWidth(1.2 * k**0.5)
        c.line(m, y, w - m, y)
    y -= 3 * mm * k

    # bottom: contact line, then the QR panel above it
    contact_s = 7.5 * k**0.7
    contact_h = contact_s * 1.6 if shop.contact else 0
    payload = coupon_service.qr_payload(code) if code else (ascii_url(content.url) if content.url else "")
    panel_h = 0.0
    if payload:
        qr = min(30 * mm * k**0.8, inner_w * 0.4)
        code_s = 8 * k**0.6
        panel_h = qr + (code_s * 1.7 if code else 0) + 4 * mm
        py = m + contact_h + 1 * mm
        qx = w - m - 2 * mm - qr
        qy = py + panel_h - 2 * mm - qr
        if code and variable:
            common.draw_qr(c, payload, qx, qy, qr, quiet=3, mask=common.FAST_MASK)
            fonts.draw(
                c, qx + qr / 2, qy - code_s * 1.35, coupon_service.format_code(code), code_s, bold=True,
                align="center", color=common.INK,
            )
    if not static:
        return
    if payload:
        c.saveState()
        c.setStrokeColor(accent)
        c.setFillColor(HexColor("#FBF6F4"))
        c.setDash(3, 2)
        c.setLineWidth(0.8)
        c.roundRect(m, py, inner_w, panel_h, 2.5 * mm, stroke=1, fill=1)
        c.restoreState()
        if not code:  # a web address: the same on every flyer
            common.draw_qr(c, payload, qx, qy, qr, quiet=3)
        tx = m + 4 * mm
        tw = qx - tx - 3 * mm
        ty = py + panel_h - 3 * mm
        # the offer leads; without one, the caption does ("Scan for our menu")
        lead = content.offer or content.qr_caption
        if lead:
            s = fonts.fit_size(lead, tw, 18 * k**0.8, 8, bold=True)
            ty -= fonts.draw_paragraph(c, tx, ty, lead, tw, s * 2.6, s, min_size=8, leading=1.2, bold=True, color=accent)
            ty -= 1.2 * mm
        small = 8 * k**0.7
        lines = list(content.rules)
        if content.qr_caption and content.offer:
            lines.append(content.qr_caption)
        for line in lines:
            if ty - small < py + 2 * mm:
                break
            ty -= fonts.draw_paragraph(c, tx, ty, line, tw, max(small * 1.4, ty - py - 2 * mm), small, min_size=small, leading=1.35, color=common.INK)
    if shop.contact:
        s = fonts.fit_size(shop.contact, inner_w, contact_s, 5.5)
        fonts.draw(c, w / 2, m, shop.contact, s, align="center", color=common.MUTED)
    bottom = m + contact_h + (panel_h + 3 * mm if panel_h else 0)

    # headline
    hs = 26 * k**0.85
    used = fonts.draw_paragraph(c, m, y, content.headline, inner_w, min(hs * 1.2 * 3, (y - bottom) * 0.4), hs, min_size=10, leading=1.18, bold=True, color=common.INK)
    y -= used + 3 * mm * k**0.7

    # picture, then body text in what is left
    room = y - bottom
    if image is not None and room > 20 * mm:
        ih = room * (0.55 if content.body else 0.95)
        common.draw_image_fit(c, image, m, y - ih, inner_w, ih)
        y -= ih + 3 * mm * k**0.7
    if content.body and y - bottom > 8:
        fonts.draw_paragraph(c, m, y, content.body, inner_w, y - bottom, 11 * k**0.8, min_size=6, leading=1.45, color=common.INK)


def _draw_item(c, content: FlyerContent, code: str | None, w: float, h: float, logo, image) -> None:
    common.draw_form(
        c, repr(("flyer", id(content), w, h, code is not None)), w, h,
        lambda: _draw(c, content, code, w, h, logo, image, "static"),
    )
    if code:
        _draw(c, content, code, w, h, logo, image, "variable")


def render(
    out: str | Path | BinaryIO,
    content: FlyerContent,
    codes: Sequence[str | None],
    *,
    sheet: str | None = None,
    offset_mm: tuple[float, float] = (0.0, 0.0),
    progress: common.ProgressFn | None = None,
    cancel: common.CancelFn | None = None,
    max_pages: int | None = None,
) -> int:
    """Write one flyer per entry of ``codes`` (a coupon code, or None for a
    flyer without one); returns the number of pages.

    Args:
        sheet: None (each flyer on a page of its own size) or ``A4``/``Letter``
            (tiled edge to edge with cut ticks).
    """
    if content.size not in FLYER_SIZES:
        raise ValueError(content.size)
    w, h = common.SIZES[content.size]
    logo = common.load_image(content.shop.logo_path)
    image = common.load_image(content.image_path)
    return common.impose(
        out, list(codes), lambda c, code, pw, ph: _draw_item(c, content, code, pw, ph, logo, image), w, h,
        sheet=sheet, title=content.headline or "Flyers", offset_mm=offset_mm, min_margin=0.0,
        progress=progress, cancel=cancel, max_pages=max_pages,
    )
