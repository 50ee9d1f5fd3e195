"""Coupon and voucher sheets, plain or scratch-card, N-up with cut marks.

Each coupon shows the shop, the offer, its conditions and dates, whose it is
(for a personal coupon), and its code as text and as a QR code. The scratch
variant puts the code and QR inside a marked box sized for a scratch-off
sticker (stick it on after printing).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Sequence

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm

from app import coupons as coupon_service
from app.printing import common, fonts

# name → (width, height) in mm, and what fits on A4
COUPON_SIZES: dict[str, tuple[float, float]] = {
    "small": (64.0, 40.0),  # 21 on A4 (3 × 7)
    "wallet": (85.6, 54.0),  # credit-card size, 10 on A4 (2 × 5)
    "large": (95.0, 68.0),  # 8 on A4 (2 × 4)
}
STYLES = ("standard", "scratch")


@dataclass(frozen=True)
class CouponFace:
    """Everything printed on one coupon (plain strings, no database)."""

    code: str
    offer: str  # "NT$50 off" / "折抵 NT$50"
    rules: tuple[str, ...] = ()  # minimum spend, validity
    title: str = ""  # the batch's name, e.g. "冬季回饋券"
    member_name: str = ""  # personal coupons only
    shop_name: str = ""
    lang: str = "zh_TW"
    accent: str = "#B03A2E"


def faces_for(
    batch: coupon_service.BatchView,
    rows: Sequence[coupon_service.CouponRow],
    info: common.ShopInfo,
    title: str | None = None,
) -> list[CouponFace]:
    """The faces for a batch's coupons, in print order."""
    offer = coupon_service.describe_offer(batch, info.currency, info.lang)
    rules = tuple(coupon_service.describe_rules(batch, info.currency, info.lang))
    return [
        CouponFace(
            code=r.code, offer=offer, rules=rules, title=batch.name if title is None else title,
            member_name=r.member_name, shop_name=info.name, lang=info.lang, accent=info.accent,
        )
        for r in rows
    ]


@dataclass(frozen=True)
class _Layout:
    pad: float
    inner: float
    code_size: float
    code_h: float
    qr: float
    col_x: float
    col_w: float
    qx: float
    qy: float


_WIDEST_CODE = "MMMM-MMMM-MMMM"  # layout never depends on one code's letters


def _scale(w: float, h: float) -> float:
    """Type scale against the wallet size, within 0.8–1.25."""
    return max(0.8, min(1.25, w / (85.6 * mm), h / (54 * mm)))


def _layout(w: float, h: float, scratch: bool) -> _Layout:
    pad = max(3.2 * mm, min(w, h) * 0.085)
    inner = 1.3 * mm if scratch else 0.0
    label_h = 3.4 * mm if scratch else 0.0
    code_size = 7.8 * _scale(w, h)
    code_h = code_size * 1.5
    qr = min(h - 2 * pad - code_h - label_h - 2 * inner, w * 0.36)
    code_w = fonts.width(_WIDEST_CODE, code_size, bold=True) * 0.92
    col_w = max(qr, code_w) + 2 * inner
    col_x = w - pad - col_w
    return _Layout(pad, inner, code_size, code_h, qr, col_x, col_w, col_x + (col_w - qr) / 2, pad + inner + code_h)


def _draw_static(c, f: CouponFace, w: float, h: float, scratch: bool, L: _Layout) -> None:
    """Everything but the code: the same on every coupon of a batch, so it is
    drawn once into a PDF form and reused (fast batches, small files)."""
    accent = common.color(f.accent)
    pad = L.pad
    k = _scale(w, h)
    # frame just inside the cut line
    c.setStrokeColor(accent)
    c.setLineWidth(0.9)
    inset = 1.6 * mm
    c.roundRect(inset, inset, w - 2 * inset, h - 2 * inset, 2.2 * mm, stroke=1, fill=0)
    if scratch:
        box_h = L.qr + L.code_h + 2 * L.inner
        c.saveState()
        c.setFillColor(HexColor("#EFEFEF"))
        c.setStrokeColor(common.MUTED)
        c.setDash(2, 1.5)
        c.setLineWidth(0.6)
        c.roundRect(L.col_x, pad, L.col_w, box_h, 1.5 * mm, stroke=1, fill=1)
        c.restoreState()
        lab = common.label("scratch", f.lang)
        fonts.draw(
            c, L.col_x + L.col_w / 2, pad + box_h + 1.1 * mm, lab, fonts.fit_size(lab, L.col_w, 6.2, 4.5),
            bold=True, align="center", color=common.MUTED,
        )

    # left column: shop, title, offer, rules
    left_w = L.col_x - pad - 2.5 * mm
    x = pad
    y = h - pad
    if f.shop_name:
        s = fonts.fit_size(f.shop_name, left_w, 8.5 * k, 6, bold=True)
        fonts.draw(c, x, y - s, fonts.ellipsize(f.shop_name, left_w, s, True), s, bold=True, color=accent)
        y -= s * 1.45
    if f.title:
        s = fonts.fit_size(f.title, left_w, 7.5 * k, 5.5)
        fonts.draw(c, x, y - s, fonts.ellipsize(f.title, left_w, s), s, color=common.MUTED)
        y -= s * 1.5
    big = min(20.0 * k, h / mm * 0.36)
    s = fonts.fit_size(f.offer, left_w, big, 8, bold=True)
    lines = fonts.wrap(f.offer, left_w, s, bold=True)[:2]
    y -= 1.2 * mm
    for line in lines:
        fonts.draw(c, x, y - s, line, s, bold=True, color=common.INK)
        y -= s * 1.2
    y -= 1.0 * mm
    small = 6.6 * k
    extra = list(f.rules)
    if f.member_name:
        extra.append(common.label("only_for", f.lang, name=f.member_name))
    extra.append(common.label("scratch_hint" if scratch else "show_at_counter", f.lang))
    extra.append(common.label("once", f.lang))
    bottom = pad
    for line in extra:
        if y - small < bottom:
            break
        for part in fonts.wrap(line, left_w, small)[:2]:
            if y - small < bottom:
                break
            fonts.draw(c, x, y - small, part, small, color=common.INK if part in f.rules else common.MUTED)
            y -= small * 1.4


def _draw(c, f: CouponFace, w: float, h: float, scratch: bool) -> None:
    L = _layout(w, h, scratch)
    key = repr((f.offer, f.rules, f.title, f.member_name, f.shop_name, f.lang, f.accent, w, h, scratch))
    common.draw_form(c, key, w, h, lambda: _draw_static(c, f, w, h, scratch, L))
    common.draw_qr(c, coupon_service.qr_payload(f.code), L.qx, L.qy, L.qr, quiet=2, mask=common.FAST_MASK)
    fonts.draw(
        c, L.qx + L.qr / 2, L.pad + L.inner + L.code_h * 0.3, coupon_service.format_code(f.code),
        L.code_size, bold=True, align="center", color=common.INK,
    )


def render(
    out: str | Path | BinaryIO,
    faces: Sequence[CouponFace],
    *,
    style: str = "standard",
    size: str = "wallet",
    sheet: str | None = "A4",
    offset_mm: tuple[float, float] = (0.0, 0.0),
    progress: common.ProgressFn | None = None,
    cancel: common.CancelFn | None = None,
    max_pages: int | None = None,
) -> int:
    """Write a coupon sheet PDF; returns the number of pages.

    Args:
        style: ``standard`` or ``scratch``.
        size: a key of :data:`COUPON_SIZES`.
        sheet: ``A4``/``Letter`` N-up with cut marks, or None for one coupon
            per page at the coupon's size.
    """
    if style not in STYLES:
        raise ValueError(style)
    w, h = COUPON_SIZES[size]
    scratch = style == "scratch"
    return common.impose(
        out, faces, lambda c, f, pw, ph: _draw(c, f, pw, ph, scratch), w, h,
        sheet=sheet, title="Coupons", offset_mm=offset_mm, progress=progress, cancel=cancel,
        max_pages=max_pages,
    )
