"""Receipt documents to ESC/POS bytes.

A document (built by :mod:`app.receipts`) is a list of blocks, independent of
the paper and the printer:

- ``{"t": "text", "s": str, "align": "left|center|right", "bold": bool, "big": bool}``
- ``{"t": "pair", "l": str, "r": str, "bold": bool, "big": bool}`` — left text,
  right-aligned value (amounts), the left side wrapping when long
- ``{"t": "rule", "c": "-"}`` — a line across the paper
- ``{"t": "qr", "data": str}`` — a QR code, printed as a raster image
- ``{"t": "feed", "n": int}``

Chinese is never left to python-escpos's "magic" encoder (it switches to
GB18030 only for strings with ideographs, so ``￥`` or full-width punctuation
on their own come out wrong). Instead each printer has one setting:

- ``gb18030`` / ``gbk`` / ``big5``: the printer is put in its Chinese
  character mode (``FS &``) and every string is encoded by us in that code
  page. Big5 is encoded as Microsoft's cp950, the Big5 that Taiwanese
  printers and Windows use (Python's plain ``big5`` lacks ``￥`` = A2 44).
  ``¥`` is sent as ``￥`` (GB2312/Big5 fonts have only the full-width one).
  A double-byte character takes two columns. Characters the code page
  lacks print as ``?``.
- ``ascii``: a printer without Chinese fonts; text is folded to ASCII.
- ``image``: the whole receipt is drawn with the bundled CJK TrueType font and
  sent as raster images (``GS v 0``), so any printer prints any character.

QR codes are always raster images: every ESC/POS printer prints ``GS v 0``;
not all of them have a QR generator.
"""
from __future__ import annotations

import sys
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable

ESC, GS, FS, LF = b"\x1b", b"\x1d", b"\x1c", b"\n"

INIT = ESC + b"@"
CHINESE_ON = FS + b"&"
CHINESE_OFF = FS + b"."
ALIGN = {"left": 0, "center": 1, "right": 2}

ENCODINGS = ("gb18030", "gbk", "big5", "ascii", "image")
_CODECS = {"gb18030": "gb18030", "gbk": "gbk", "big5": "cp950"}

PAPER = {58: (384, 32), 80: (576, 48)}  # dots across, Font A (12 dots) columns
RASTER_BAND_ROWS = 240  # one GS v 0 per band: small enough for cheap printers' buffers

FONT_FILE = ("resources", "fonts", "DroidSansFallbackFull.ttf")


def codec_for(encoding: str) -> str | None:
    """The Python codec used for a printer's ``encoding`` setting (None: ascii/image)."""
    return _CODECS.get(encoding)


# --------------------------------------------------------------------------- text clean-up

_ASCII_MAP = {
    "¥": "Y", "￥": "Y", "€": "EUR", "£": "GBP", "₩": "W", "·": ".", "•": "*", "×": "x",
    "—": "-", "–": "-", "―": "-", "‘": "'", "’": "'", "“": '"', "”": '"', "…": "...",
    "「": '"', "」": '"', "『": '"', "』": '"', "、": ",", "。": ".", "【": "[", "】": "]",
    "《": "<", "》": ">", "〈": "<", "〉": ">", "～": "~",
}


def to_ascii(text: str, unknown: str = "") -> str:
    """Fold ``text`` to printable ASCII: full-width forms to ASCII (NFKC),
    accents dropped (é → e), a few symbols spelled out (¥ → Y, € → EUR);
    anything else (CJK ideographs) becomes ``unknown``, runs of it collapsed."""
    out: list[str] = []
    for ch in unicodedata.normalize("NFC", text or ""):
        if ch in _ASCII_MAP:
            out.append(_ASCII_MAP[ch])
            continue
        folded = unicodedata.normalize("NFKC", ch)
        if all(" " <= c <= "~" for c in folded):
            out.append(folded)
            continue
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if " " <= c <= "~")
        if base:
            out.append(base)
        elif ch in "\t\n\r\u3000" or unicodedata.category(ch) == "Zs":
            out.append(" ")
        elif unicodedata.category(ch)[0] != "C" and unknown and (not out or out[-1] != unknown):
            out.append(unknown)
    return "".join(out)


def printable(text: str) -> str:
    """NFC, no control characters, ``¥`` → ``￥``; tabs and newlines to spaces."""
    text = unicodedata.normalize("NFC", str(text or "")).replace("¥", "￥")
    return "".join(" " if c in "\t\r\n" else c for c in text if c in "\t\r\n" or unicodedata.category(c)[0] != "C")


# --------------------------------------------------------------------------- measuring and wrapping


class TextCodec:
    """Encode and measure text for one of the byte code pages (or ascii)."""

    def __init__(self, encoding: str):
        self.encoding = encoding
        self.codec = codec_for(encoding)

    def prepare(self, text: str) -> str:
        text = printable(text)
        if self.codec is None:
            return to_ascii(text, "?")
        out = []
        for ch in text:
            try:
                ch.encode(self.codec)
                out.append(ch)
            except UnicodeEncodeError:
                folded = unicodedata.normalize("NFKC", ch)
                try:
                    folded.encode(self.codec)
                    out.append(folded)
                except UnicodeEncodeError:
                    out.append("?")
        return "".join(out)

    def encode(self, text: str) -> bytes:
        return text.encode(self.codec) if self.codec else text.encode("ascii", "replace")

    def width(self, ch: str) -> int:
        """Columns a character takes: 2 for a double-byte character in a Chinese code page."""
        if self.codec is None or ch < "\x80":
            return 1
        return 2 if len(ch.encode(self.codec)) > 1 else 1


def _tokens(text: str, is_wide: Callable[[str], bool]) -> list[str]:
    """Words of Latin text, single wide characters, and the spaces between."""
    tokens: list[str] = []
    word = ""
    for ch in text:
        if ch == " ":
            if word:
                tokens.append(word)
                word = ""
            tokens.append(" ")
        elif is_wide(ch):
            if word:
                tokens.append(word)
                word = ""
            tokens.append(ch)
        else:
            word += ch
    if word:
        tokens.append(word)
    return tokens


def wrap(text: str, limit: float, measure: Callable[[str], float], is_wide: Callable[[str], bool]) -> list[str]:
    """Greedy wrap of ``text`` into lines no wider than ``limit`` (CJK may break anywhere)."""
    if not text:
        return [""]
    lines: list[str] = []
    line = ""
    for tok in _tokens(text, is_wide):
        if measure(line + tok) <= limit:
            line += tok
            continue
        if tok == " ":
            lines.append(line.rstrip())
            line = ""
            continue
        if line.strip():
            lines.append(line.rstrip())
        line = ""
        while measure(tok) > limit:  # a word longer than the line: cut it
            cut = len(tok)
            while cut > 1 and measure(tok[:cut]) > limit:
                cut -= 1
            lines.append(tok[:cut])
            tok = tok[cut:]
        line = tok
    if line.strip() or not lines:
        lines.append(line.rstrip())
    return lines


# --------------------------------------------------------------------------- raster images

_INVERT = bytes(255 - i for i in range(256))


def raster(image, band_rows: int = RASTER_BAND_ROWS) -> bytes:
    """``GS v 0`` commands printing a PIL image (dark pixels print), in bands."""
    from PIL import Image

    img = image.convert("L").point(lambda v: 255 if v >= 128 else 0).convert("1")
    width = (img.width + 7) // 8 * 8
    if width != img.width:
        padded = Image.new("1", (width, img.height), 1)
        padded.paste(img, (0, 0))
        img = padded
    row_bytes = width // 8
    data = img.tobytes().translate(_INVERT)  # PIL: 1 = white; ESC/POS: 1 = print
    out = bytearray()
    for top in range(0, img.height, band_rows):
        rows = min(band_rows, img.height - top)
        out += GS + b"v0\x00" + bytes((row_bytes & 0xFF, row_bytes >> 8, rows & 0xFF, rows >> 8))
        out += data[top * row_bytes : (top + rows) * row_bytes]
    return bytes(out)


def qr_image(data: str, dots: int):
    """A QR code as a PIL image about half the paper wide, quiet zone included."""
    import qrcode
    from qrcode.constants import ERROR_CORRECT_M

    qr = qrcode.QRCode(error_correction=ERROR_CORRECT_M, box_size=1, border=4)
    qr.add_data(data)
    qr.make(fit=True)
    modules = qr.modules_count + 2 * qr.border
    qr.box_size = max(3, min(8, int(dots * 0.5) // modules))
    return qr.make_image(fill_color="black", back_color="white").get_image()


def _center(image, dots: int):
    from PIL import Image

    if image.width >= dots:
        return image
    canvas = Image.new("L", (dots, image.height), 255)
    canvas.paste(image.convert("L"), ((dots - image.width) // 2, 0))
    return canvas


# --------------------------------------------------------------------------- rendering


@dataclass(frozen=True)
class Paper:
    dots: int
    columns: int

    @classmethod
    def of(cls, paper_mm: int) -> "Paper":
        dots, cols = PAPER.get(int(paper_mm), PAPER[80])
        return cls(dots, cols)


def kick_bytes(pin: int = 2, pulse_ms: int = 100) -> bytes:
    """``ESC p m t1 t2``: pulse drawer pin 2 (m=0) or 5 (m=1) for ``pulse_ms``."""
    m = 1 if pin == 5 else 0
    on = max(1, min(255, pulse_ms // 2))
    return ESC + b"p" + bytes((m, on, min(255, on * 5)))


def cut_bytes(cut: bool) -> bytes:
    """Feed past the tear bar, then a partial cut (printers without a cutter ignore it)."""
    return ESC + b"d\x04" + (GS + b"V\x01" if cut else b"")


def render(document: dict | list, *, encoding: str = "gb18030", paper_mm: int = 80, cut: bool = True) -> bytes:
    """ESC/POS bytes printing ``document`` on a printer with these settings."""
    blocks = document["blocks"] if isinstance(document, dict) else document
    if isinstance(document, dict) and document.get("copy"):
        banner = {"t": "text", "s": document.get("copy_label") or "*** COPY ***", "align": "center", "bold": True}
        blocks = [banner, *blocks]
    paper = Paper.of(paper_mm)
    if encoding == "image":
        body = _render_image(blocks, paper)
        return INIT + body + cut_bytes(cut)
    if encoding not in ENCODINGS:
        raise ValueError(f"unknown printer encoding {encoding!r}")
    return INIT + _render_text(blocks, paper, TextCodec(encoding)) + cut_bytes(cut)


def _style(align: str, bold: bool, big: bool) -> bytes:
    return (
        ESC + b"a" + bytes((ALIGN.get(align, 0),))
        + ESC + b"E" + (b"\x01" if bold else b"\x00")
        + GS + b"!" + (b"\x11" if big else b"\x00")
    )


def _render_text(blocks: Iterable[dict], paper: Paper, codec: TextCodec) -> bytes:
    out = bytearray(CHINESE_ON if codec.codec else CHINESE_OFF + ESC + b"t\x00")

    def measure(s: str) -> int:
        return sum(codec.width(c) for c in s)

    def is_wide(c: str) -> bool:
        return codec.width(c) > 1

    for b in blocks:
        t = b.get("t")
        big, bold = bool(b.get("big")), bool(b.get("bold"))
        cols = paper.columns // 2 if big else paper.columns
        if t == "text":
            align = b.get("align", "left")
            out += _style(align, bold, big)
            for line in wrap(codec.prepare(b.get("s", "")), cols, measure, is_wide):
                out += codec.encode(line) + LF
        elif t == "pair":
            out += _style("left", bold, big)
            left, right = codec.prepare(b.get("l", "")), codec.prepare(b.get("r", ""))
            for line in _pair_lines(left, right, cols, measure, is_wide):
                out += codec.encode(line) + LF
        elif t == "rule":
            out += _style("left", False, False)
            ch = codec.prepare(b.get("c", "-"))[:1] or "-"
            out += codec.encode(ch * (paper.columns // max(1, measure(ch)))) + LF
        elif t == "qr":
            out += _style("center", False, False)
            out += raster(qr_image(str(b.get("data", "")), paper.dots)) + LF
        elif t == "feed":
            out += ESC + b"d" + bytes((max(0, min(255, int(b.get("n", 1)))),))
    out += _style("left", False, False)
    return bytes(out)


def _pair_lines(left: str, right: str, cols: float, measure, is_wide) -> list[str]:
    """Left text and a right-aligned value on one line, wrapping the left side."""
    rw = measure(right)
    if not right:
        return wrap(left, cols, measure, is_wide)
    lines = wrap(left, cols, measure, is_wide) if left else [""]
    last = lines[-1]
    if measure(last) + 1 + rw <= cols:
        pad = int(cols - measure(last) - rw)
        lines[-1] = last + " " * pad + right
    else:
        lines.append(" " * int(max(0, cols - rw)) + right)
    return lines


# --------------------------------------------------------------------------- image mode


def font_path() -> Path:
    """The bundled CJK TrueType font (from a source checkout or a PyInstaller bundle)."""
    bundle = getattr(sys, "_MEIPASS", None)
    base = Path(bundle) if bundle else Path(__file__).resolve().parents[2]
    return base.joinpath(*FONT_FILE)


@lru_cache(maxsize=16)
def _font(size: int, latin: bool = False, bold: bool = False):
    from PIL import ImageFont

    if latin:
        return ImageFont.truetype(str(_vera_dir() / ("VeraBd.ttf" if bold else "Vera.ttf")), size)
    return ImageFont.truetype(str(font_path()), size)


def _vera_dir() -> Path:
    import reportlab

    return Path(reportlab.__file__).resolve().parent / "fonts"


@lru_cache(maxsize=1)
def _latin_chars() -> frozenset[int]:
    """What Bitstream Vera (shipped with reportlab) can draw."""
    from reportlab.pdfbase.ttfonts import TTFontFile

    return frozenset(TTFontFile(str(_vera_dir() / "Vera.ttf")).charToGlyph)


def _is_cjk(ch: str) -> bool:
    o = ord(ch)
    return (
        0x2E80 <= o <= 0x9FFF or 0xAC00 <= o <= 0xD7AF or 0xF900 <= o <= 0xFAFF
        or 0xFE30 <= o <= 0xFE4F or 0xFF00 <= o <= 0xFFEF or 0x20000 <= o <= 0x2FA1F
    )


def _runs(text: str) -> list[tuple[bool, str]]:
    """(latin?, substring) runs: the CJK font has no Latin letters or digits,
    so those are drawn with Vera, everything else with the CJK font."""
    latin = _latin_chars()
    out: list[tuple[bool, str]] = []
    for ch in text:
        is_latin = ord(ch) in latin and not _is_cjk(ch)
        if ch == " " and out:
            is_latin = out[-1][0]
        if out and out[-1][0] == is_latin:
            out[-1] = (is_latin, out[-1][1] + ch)
        else:
            out.append((is_latin, ch))
    return out


def _measure_px(text: str, size: int, bold: bool) -> float:
    return sum(_font(size, lat, bold and lat).getlength(run) + (len(run) if bold and not lat else 0)
               for lat, run in _runs(text))


def _draw_px(draw, x: float, baseline: float, text: str, size: int, bold: bool) -> None:
    for lat, run in _runs(text):
        font = _font(size, lat, bold and lat)
        stroke = 1 if bold and not lat else 0  # no bold CJK face: a thin outline instead
        draw.text((x, baseline), run, font=font, fill=0, anchor="ls", stroke_width=stroke, stroke_fill=0)
        x += font.getlength(run) + (len(run) if stroke else 0)


NORMAL_PX, BIG_PX = 24, 44
LINE_GAP = 6


def _render_image(blocks: Iterable[dict], paper: Paper) -> bytes:
    from PIL import Image, ImageDraw

    W = paper.dots
    rows: list = []  # PIL images, one per printed line / QR

    def line_image(parts: list[tuple[str, str]], size: int, bold: bool):
        h = size + LINE_GAP
        img = Image.new("L", (W, h), 255)
        d = ImageDraw.Draw(img)
        for text, where in parts:
            w = _measure_px(text, size, bold)
            x = {"left": 0, "center": (W - w) / 2, "right": W - w}[where]
            _draw_px(d, max(0, x), round(size * 0.88) + 2, text, size, bold)
        return img

    def is_wide(c: str) -> bool:
        return unicodedata.east_asian_width(c) in ("W", "F")

    for b in blocks:
        t = b.get("t")
        big, bold = bool(b.get("big")), bool(b.get("bold"))
        size = BIG_PX if big else NORMAL_PX

        def measure(s: str, size=size, bold=bold) -> float:
            return _measure_px(s, size, bold)

        if t == "text":
            for line in wrap(printable(b.get("s", "")), W, measure, is_wide):
                rows.append(line_image([(line, b.get("align", "left"))], size, bold))
        elif t == "pair":
            left, right = printable(b.get("l", "")), printable(b.get("r", ""))
            rw = measure(right)
            lines = wrap(left, W, measure, is_wide) if left else [""]
            for line in lines[:-1]:
                rows.append(line_image([(line, "left")], size, bold))
            if measure(lines[-1]) + measure("  ") + rw <= W:
                rows.append(line_image([(lines[-1], "left"), (right, "right")], size, bold))
            else:
                rows.append(line_image([(lines[-1], "left")], size, bold))
                rows.append(line_image([(right, "right")], size, bold))
        elif t == "rule":
            img = Image.new("L", (W, 12), 255)
            ImageDraw.Draw(img).line((0, 6, W, 6), fill=0, width=2)
            rows.append(img)
        elif t == "qr":
            rows.append(_center(qr_image(str(b.get("data", "")), W), W))
        elif t == "feed":
            rows.append(Image.new("L", (W, (NORMAL_PX + LINE_GAP) * max(0, int(b.get("n", 1)))), 255))
    height = sum(r.height for r in rows) or 1
    page = Image.new("L", (W, height), 255)
    y = 0
    for r in rows:
        page.paste(r, (0, y))
        y += r.height
    return CHINESE_OFF + raster(page)
