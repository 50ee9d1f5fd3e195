"""Member cards: CR80 (85.6 × 54 mm), one per page for a card printer, or
N-up on A4/Letter with cut marks.

The card carries the shop's name and logo, the member's name, the card number
as text and as a QR code (the bare ``member_no``, what the counter's scanner
types) or, optionally, a Code 128 barcode for older laser scanners. The band
across the top takes the member's tier colour when tiers exist
(:func:`set_tier_lookup`), else the shop's accent colour.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Callable, Sequence

from reportlab.lib.units import mm

from app.printing import common, fonts

CARD_W, CARD_H = common.SIZES["CR80"]
BARCODES = ("qr", "code128")
LAYOUTS = ("A4", "Letter", "CR80")  # CR80 = one card per card-sized page


@dataclass(frozen=True)
class CardFace:
    member_no: str
    name: str
    tier_name: str = ""
    tier_color: str | None = None  # "#RRGGBB"; None: the shop's accent


# Tiers are another feature: it may install a lookup from member ids to
# (tier name, colour) so cards pick up the colour without this module
# knowing how tiers work.
TierLookup = Callable[[object, Sequence[int]], dict[int, tuple[str, str]]]
_tier_lookup: TierLookup | None = None


def set_tier_lookup(fn: TierLookup | None) -> None:
    """Install ``fn(session, member_ids) -> {member_id: (tier_name, "#RRGGBB")}``."""
    global _tier_lookup
    _tier_lookup = fn


def tier_lookup() -> TierLookup | None:
    if _tier_lookup is None:  # the shop's own tiers (app/programs/tiers.py)
        from app.programs.tiers import card_lookup

        return card_lookup
    return _tier_lookup


def _draw(c, card: CardFace, w: float, h: float, *, info: common.ShopInfo, logo, barcode: str) -> None:
    key = repr(("card", card.tier_name, card.tier_color, info, barcode, w, h))
    common.draw_form(c, key, w, h, lambda: _draw_static(c, card, w, h, info=info, logo=logo, barcode=barcode))
    _draw_member(c, card, w, h, info=info, barcode=barcode)


def _draw_static(c, card: CardFace, w: float, h: float, *, info: common.ShopInfo, logo, barcode: str) -> None:
    """The shop's part of the card (the same for every member of a tier)."""
    band_color = common.color(card.tier_color or info.accent)
    on_band = common.text_on(band_color)
    band_h = 13.5 * mm
    pad = 4.2 * mm
    # rounded card outline (helps cutting; a card printer ignores it)
    c.setStrokeColor(common.color("#BBBBBB"))
    c.setLineWidth(0.4)
    c.roundRect(0.6 * mm, 0.6 * mm, w - 1.2 * mm, h - 1.2 * mm, 3 * mm, stroke=1, fill=0)
    # top band, rounded at the top only: a rounded rect clipped to the band
    c.saveState()
    p = c.beginPath()
    p.rect(0, h - band_h, w, band_h)
    c.clipPath(p, stroke=0, fill=0)
    c.setFillColor(band_color)
    c.roundRect(0.6 * mm, 0.6 * mm, w - 1.2 * mm, h - 1.2 * mm, 3 * mm, stroke=0, fill=1)
    c.restoreState()

    x = pad
    if logo is not None:
        lh = band_h - 4 * mm
        iw, ih = logo.getSize()
        lw = min(lh * iw / ih, 22 * mm)
        common.draw_image_fit(c, logo, x, h - band_h + 2 * mm, lw, lh, anchor="w")
        x += lw + 2.5 * mm
    label = common.label("member_card", info.lang)
    label_w = fonts.width(label, 7, bold=True)
    tier_w = fonts.width(card.tier_name, 7) if card.tier_name else 0
    right_w = max(label_w, tier_w)
    name_w = w - pad - x - right_w - 3 * mm
    shop = info.name or ""
    if shop:
        s = fonts.fit_size(shop, name_w, 12, 7, bold=True)
        fonts.draw(c, x, h - band_h / 2 - s * 0.36, fonts.ellipsize(shop, name_w, s, True), s, bold=True, color=on_band)
    if card.tier_name:
        fonts.draw(c, w - pad, h - band_h / 2 + 0.6 * mm, label, 7, bold=True, align="right", color=on_band)
        fonts.draw(c, w - pad, h - band_h / 2 - 3.2 * mm, card.tier_name, 7, align="right", color=on_band)
    else:
        fonts.draw(c, w - pad, h - band_h / 2 - 2.4, label, 7, bold=True, align="right", color=on_band)

    if barcode != "code128":
        fonts.draw(c, pad, pad + 6.2 * mm, common.label("card_no", info.lang), 6.5, color=common.MUTED)


def _draw_member(c, card: CardFace, w: float, h: float, *, info: common.ShopInfo, barcode: str) -> None:
    """The member's part: name, number, barcode."""
    band_h = 13.5 * mm
    pad = 4.2 * mm
    body_top = h - band_h - 3.5 * mm
    if barcode == "code128":
        bar_h = 9 * mm
        fonts.draw_paragraph(
            c, pad, body_top, card.name, w - 2 * pad, 12 * mm, 15, min_size=9, leading=1.15,
            bold=True, color=common.INK,
        )
        common.draw_code128(c, card.member_no, pad, pad + 4.2 * mm, w - 2 * pad, bar_h)
        fonts.draw(c, w / 2, pad, card.member_no, 9, bold=True, align="center", color=common.INK)
    else:
        qr = h - band_h - 2 * pad + 1.5 * mm
        common.draw_qr(c, card.member_no, w - pad - qr + 1.0 * mm, pad - 1.0 * mm, qr, quiet=2, mask=common.FAST_MASK)
        text_w = w - 2 * pad - qr - 2 * mm
        fonts.draw_paragraph(
            c, pad, body_top, card.name, text_w, 12 * mm, 15, min_size=9, leading=1.15,
            bold=True, color=common.INK,
        )
        ns = fonts.fit_size(card.member_no, text_w, 14, 7, bold=True)
        fonts.draw(c, pad, pad + 0.6 * mm, card.member_no, ns, bold=True, color=common.INK)


def render(
    out: str | Path | BinaryIO,
    cards: Sequence[CardFace],
    *,
    info: common.ShopInfo,
    layout: str = "A4",
    barcode: str = "qr",
    offset_mm: tuple[float, float] = (0.0, 0.0),
    progress: common.ProgressFn | None = None,
    cancel: common.CancelFn | None = None,
    max_pages: int | None = None,
) -> int:
    """Write member cards to a PDF; returns the number of pages.

    Args:
        layout: ``A4``/``Letter`` (10 or 9 cards a sheet with cut marks) or
            ``CR80`` (one card per 85.6 × 54 mm page, for a card printer).
        barcode: ``qr`` (default) or ``code128``.
    """
    if barcode not in BARCODES:
        raise ValueError(barcode)
    if layout not in LAYOUTS:
        raise ValueError(layout)
    logo = common.load_image(info.logo_path)
    sheet = None if layout == "CR80" else layout
    return common.impose(
        out, cards, lambda c, card, w, h: _draw(c, card, w, h, info=info, logo=logo, barcode=barcode),
        CARD_W, CARD_H, sheet=sheet, title="Member cards", offset_mm=offset_mm,
        progress=progress, cancel=cancel, max_pages=max_pages,
    )
