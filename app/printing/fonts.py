"""Fonts for printed documents, embedded in every PDF.

reportlab can only embed TrueType-outline fonts, so Chinese uses the bundled
Droid Sans Fallback (resources/fonts, Apache-2.0; Traditional and Simplified).
That font has no Latin letters or digits, so text is split into runs: Latin
goes to Bitstream Vera (shipped inside reportlab, also embedded), CJK and
anything Vera lacks to Droid. Droid has no bold, so "bold" CJK is drawn with a
thin outline (fill + stroke), which prints well and stays extractable text.
"""
from __future__ import annotations

import os
import sys
import threading
import unicodedata
from functools import lru_cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

# resources/ sits in the project root, or in a PyInstaller bundle's folder
ROOT = Path(getattr(sys, "_MEIPASS", "") or Path(__file__).resolve().parent.parent.parent)
CJK_FONT_FILE = ROOT / "resources" / "fonts" / "DroidSansFallbackFull.ttf"
CJK = "RegularsCJK"
LATIN = "RegularsLatin"
LATIN_BOLD = "RegularsLatinBold"

_lock = threading.Lock()
_registered = False
_cmaps: dict[str, set[int]] = {}


def _vera_dir() -> Path:
    import reportlab

    return Path(os.path.dirname(reportlab.__file__)) / "fonts"


def register() -> None:
    """Register the fonts with reportlab once per process (thread-safe)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        fonts = [
            (CJK, CJK_FONT_FILE),
            (LATIN, _vera_dir() / "Vera.ttf"),
            (LATIN_BOLD, _vera_dir() / "VeraBd.ttf"),
        ]
        for name, path in fonts:
            font = TTFont(name, str(path))
            pdfmetrics.registerFont(font)
            _cmaps[name] = set(font.face.charToGlyph)
        _registered = True


@lru_cache(maxsize=4096)
def _font_for_char(ch: str, bold: bool) -> str:
    latin = LATIN_BOLD if bold else LATIN
    o = ord(ch)
    if o in _cmaps[latin] and not _is_cjk(ch):
        return latin
    if o in _cmaps[CJK]:
        return CJK
    return latin


def _is_cjk(ch: str) -> bool:
    o = ord(ch)
    return (
        0x2E80 <= o <= 0x9FFF  # radicals, kana, CJK symbols and punctuation, ideographs
        or 0xAC00 <= o <= 0xD7AF  # hangul
        or 0xF900 <= o <= 0xFAFF
        or 0xFE30 <= o <= 0xFE4F
        or 0xFF00 <= o <= 0xFFEF  # full-width forms
        or 0x20000 <= o <= 0x2FA1F
    )


def runs(text: str, bold: bool = False) -> tuple[tuple[str, str], ...]:
    """Split ``text`` into (font name, substring) runs; spaces join the run
    they are in so a Latin phrase stays one run."""
    register()
    return _runs(text, bold)


@lru_cache(maxsize=8192)
def _runs(text: str, bold: bool) -> tuple[tuple[str, str], ...]:
    out: list[tuple[str, str]] = []
    cur_font, buf = None, []
    for ch in text:
        if ch == " " and cur_font is not None:
            buf.append(ch)
            continue
        f = _font_for_char(ch, bold)
        if f != cur_font and buf:
            out.append((cur_font, "".join(buf)))
            buf = []
        cur_font = f
        buf.append(ch)
    if buf:
        out.append((cur_font or (LATIN_BOLD if bold else LATIN), "".join(buf)))
    return tuple(out)


@lru_cache(maxsize=65536)
def width(text: str, size: float, bold: bool = False) -> float:
    """Width in points of ``text`` at ``size`` (cached: a batch measures the
    same strings again and again)."""
    return sum(pdfmetrics.stringWidth(s, f, size) for f, s in runs(text, bold))


def draw(c, x: float, y: float, text: str, size: float, *, bold: bool = False, align: str = "left", color=None) -> float:
    """Draw one line of mixed-script text; returns its width.

    ``align`` is ``left``, ``center`` or ``right`` about ``x``.
    """
    parts = runs(text, bold)
    widths = [pdfmetrics.stringWidth(s, f, size) for f, s in parts]
    total = sum(widths)
    if align == "center":
        x -= total / 2
    elif align == "right":
        x -= total
    t = c.beginText(x, y)
    if color is not None:
        t.setFillColor(color)
    if bold:
        # the fake-bold outline must match the fill
        t.setStrokeColor(color if color is not None else c._fillColorObj)
    for (font, s), _w in zip(parts, widths):
        t.setFont(font, size)
        if bold and font == CJK:
            c.setLineWidth(size * 0.035)
            t.setTextRenderMode(2)
            t.textOut(s)
            t.setTextRenderMode(0)
        else:
            t.textOut(s)
    c.drawText(t)
    return total


def fit_size(text: str, max_width: float, size: float, min_size: float, bold: bool = False) -> float:
    """The largest size ≤ ``size`` (down to ``min_size``) at which ``text`` fits."""
    w = width(text, size, bold)
    if w <= max_width or w == 0:
        return size
    return max(min_size, size * max_width / w * 0.999)


def ellipsize(text: str, max_width: float, size: float, bold: bool = False) -> str:
    """``text`` cut with "…" to fit ``max_width``."""
    if width(text, size, bold) <= max_width:
        return text
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if width(text[:mid] + "…", size, bold) <= max_width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…"


_NO_LINE_START = set("，。、．,.!?！？：；:;）)」』】〕》〉’”…%％")
_NO_LINE_END = set("（(「『【〔《〈‘“")


def _tokens(text: str) -> list[str]:
    """Break opportunities: each CJK character alone, Latin words with their
    trailing spaces together, closing punctuation glued to what precedes it."""
    toks: list[str] = []
    word = ""
    for ch in text:
        if _is_cjk(ch) or unicodedata.east_asian_width(ch) in ("W", "F"):
            if word:
                toks.append(word)
                word = ""
            if ch in _NO_LINE_START and toks:
                toks[-1] += ch
            elif toks and toks[-1] and toks[-1][-1] in _NO_LINE_END:
                toks[-1] += ch
            else:
                toks.append(ch)
        elif ch == " ":
            word += ch
            toks.append(word)
            word = ""
        else:
            if word == "" and ch in _NO_LINE_START and toks:
                toks[-1] += ch
            elif word == "" and toks and toks[-1] and toks[-1][-1] in _NO_LINE_END:
                toks[-1] += ch
            else:
                word += ch
                if ch == "-" and len(word) > 1 and word[-2].isalpha():  # "Richardson-|Whitfield", not dates
                    toks.append(word)
                    word = ""
    if word:
        toks.append(word)
    return toks


def wrap(text: str, max_width: float, size: float, bold: bool = False) -> list[str]:
    """Lines of ``text`` no wider than ``max_width`` (newlines kept; Chinese
    breaks between characters, never before closing punctuation; English
    between words, a word longer than a line is broken)."""
    return list(_wrap(text, max_width, size, bold))


@lru_cache(maxsize=4096)
def _wrap(text: str, max_width: float, size: float, bold: bool) -> tuple[str, ...]:
    lines: list[str] = []
    for para in text.split("\n"):
        cur = ""
        for tok in _tokens(para):
            cand = cur + tok
            if cur and width(cand.rstrip(), size, bold) > max_width:
                lines.append(cur.rstrip())
                cur = tok.lstrip()
            else:
                cur = cand
            while width(cur.rstrip(), size, bold) > max_width and len(cur.rstrip()) > 1:
                # a word longer than the line: break it between characters
                cut = len(cur.rstrip()) - 1
                while cut > 1 and width(cur[:cut], size, bold) > max_width:
                    cut -= 1
                lines.append(cur[:cut])
                cur = cur[cut:]
        lines.append(cur.rstrip())
    return tuple(lines)


def draw_paragraph(
    c, x: float, top: float, text: str, max_width: float, max_height: float, size: float,
    *, min_size: float = 6, leading: float = 1.35, bold: bool = False, color=None, align: str = "left",
) -> float:
    """Draw wrapped ``text`` from ``top`` down inside a box, shrinking to
    ``min_size`` and then cutting the last line with "…" so it never spills.

    Returns the height used.
    """
    s = size
    while True:
        lines = wrap(text, max_width, s, bold)
        if len(lines) * s * leading <= max_height or s <= min_size:
            break
        s = max(min_size, s * 0.92)
    fit = max(1, int(max_height // (s * leading)))
    if len(lines) > fit:
        lines = lines[:fit]
        lines[-1] = ellipsize(lines[-1] + "…", max_width, s, bold)
    ax = {"left": x, "center": x + max_width / 2, "right": x + max_width}[align]
    y = top - s
    for line in lines:
        draw(c, ax, y, line, s, bold=bold, align=align, color=color)
        y -= s * leading
    return len(lines) * s * leading
