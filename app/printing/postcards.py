"""Postcards: A6 landscape (148 × 105 mm), one per member of a list — the
member's name in the greeting, the shop's message, and a personal offer code
(usable only by that member) as text and QR.

Printed one per A6 page, or four to an A4 sheet (tiled edge to edge, cut
ticks on the cut lines) for shops without A6 card stock in the printer.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Sequence

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm

from app import coupons as coupon_service
from app.printing import common, fonts

CARD_W, CARD_H = 148.0, 105.0


@dataclass(frozen=True)
class PostcardContent:
    """What every postcard of a mailing says. ``greeting`` may hold
    ``{name}`` for the member's name (e.g. "親愛的 {name}，生日快樂！")."""

    greeting: str
    message: str = ""
    offer: str = ""
    rules: tuple[str, ...] = ()
    image_path: str = ""
    shop: common.ShopInfo = field(default_factory=common.ShopInfo)


@dataclass(frozen=True)
class PostcardItem:
    name: str
    code: str | None = None


def greeting_for(template: str, name: str) -> str:
    """``template`` with ``{name}`` replaced (other braces left as typed)."""
    return template.replace("{name}", name)


def _draw(c, content: PostcardContent, item: PostcardItem, w: float, h: float, logo, image) -> None:
    key = repr(("postcard", id(content), w, h, item.code is not None))
    common.draw_form(c, key, w, h, lambda: _draw_part(c, content, item, w, h, logo, image, "static"))
    _draw_part(c, content, item, w, h, logo, image, "member")


def _draw_part(c, content: PostcardContent, item: PostcardItem, w: float, h: float, logo, image, part: str) -> None:
    """``static``: what every card of the mailing shares (drawn once into a
    PDF form); ``member``: the greeting, message, code and QR."""
    static = part == "static"
    shop = content.shop
    accent = common.color(shop.accent)
    m = 7 * mm
    panel_w = 48 * mm if item.code else 0
    left_w = w - 2 * m - (panel_w + 5 * mm if panel_w else 0)
    y = h - m
    # shop name (and logo)
    x = m
    head_h = 6.5 * mm
    if logo is not None:
        iw, ih = logo.getSize()
        lw = min(head_h * iw / ih, 20 * mm)
        if static:
            common.draw_image_fit(c, logo, x, y - head_h, lw, head_h, anchor="w")
        x += lw + 2 * mm
    if shop.name and static:
        s = fonts.fit_size(shop.name, m + left_w - x, 10, 6, bold=True)
        fonts.draw(c, x, y - head_h / 2 - s * 0.35, shop.name, s, bold=True, color=accent)
    y -= head_h + 3 * mm
    bottom = m + (5 * mm if shop.contact else 0)
    if shop.contact and static:
        s = fonts.fit_size(shop.contact, left_w, 6.5, 5)
        fonts.draw(c, m, m, fonts.ellipsize(shop.contact, left_w, s), s, color=common.MUTED)
    if not static:
        # greeting and message (the greeting's length moves the message)
        greet = greeting_for(content.greeting, item.name)
        y -= fonts.draw_paragraph(c, m, y, greet, left_w, 16 * mm, 13, min_size=8, leading=1.25, bold=True, color=common.INK)
        y -= 2 * mm
        if image is not None and y - bottom > 30 * mm:
            ih = min(24 * mm, (y - bottom) * 0.45)
            common.draw_image_fit(c, image, m, y - ih, left_w, ih, anchor="w")
            y -= ih + 2 * mm
        if content.message:
            fonts.draw_paragraph(c, m, y, content.message, left_w, y - bottom, 10.5, min_size=6, leading=1.45, color=common.INK)
    if not item.code:
        return
    # the personal offer panel on the right
    px, py, ph = w - m - panel_w, m, h - 2 * m
    if static:
        c.saveState()
        c.setFillColor(HexColor("#FBF6F4"))
        c.setStrokeColor(accent)
        c.setLineWidth(0.8)
        c.setDash(3, 2)
        c.roundRect(px, py, panel_w, ph, 2.5 * mm, stroke=1, fill=1)
        c.restoreState()
    inner = panel_w - 6 * mm
    code_s, rule_s = 7.5, 6.3
    rules = list(content.rules) + [common.label("only_for", shop.lang, name=item.name)]
    offer_s = fonts.fit_size(content.offer, inner, 15, 9, bold=True) if content.offer else 0
    offer_lines = fonts.wrap(content.offer, inner, offer_s, bold=True)[:2] if content.offer else []
    offer_h = len(offer_lines) * offer_s * 1.2
    tail_h = code_s * 1.6 + len(rules) * rule_s * 1.4
    qr = min(inner, 32 * mm, ph - 6 * mm - offer_h - 2 * mm - tail_h)
    group = offer_h + 2 * mm + qr + tail_h
    ty = py + (ph + group) / 2
    for line in offer_lines:
        if static:
            fonts.draw(c, px + panel_w / 2, ty - offer_s, line, offer_s, bold=True, align="center", color=accent)
        ty -= offer_s * 1.2
    if static:
        return
    qy = ty - 2 * mm - qr
    common.draw_qr(c, coupon_service.qr_payload(item.code), px + (panel_w - qr) / 2, qy, qr, quiet=3, mask=common.FAST_MASK)
    fonts.draw(c, px + panel_w / 2, qy - code_s * 1.1, coupon_service.format_code(item.code), code_s, bold=True, align="center", color=common.INK)
    ry = qy - code_s * 1.6
    for line in rules:
        s = fonts.fit_size(line, inner, rule_s, 4.8)
        fonts.draw(c, px + panel_w / 2, ry - s, line, s, align="center", color=common.INK)
        ry -= rule_s * 1.4


def render(
    out: str | Path | BinaryIO,
    content: PostcardContent,
    items: Sequence[PostcardItem],
    *,
    sheet: str | None = None,
    offset_mm: tuple[float, float] = (0.0, 0.0),
    progress: common.ProgressFn | None = None,
    cancel: common.CancelFn | None = None,
    max_pages: int | None = None,
) -> int:
    """Write one postcard per item; returns the number of pages."""
    logo = common.load_image(content.shop.logo_path)
    image = common.load_image(content.image_path)
    return common.impose(
        out, list(items), lambda c, it, pw, ph: _draw(c, content, it, pw, ph, logo, image), CARD_W, CARD_H,
        sheet=sheet, title="Postcards", offset_mm=offset_mm, min_margin=0.0,
        progress=progress, cancel=cancel, max_pages=max_pages,
    )
