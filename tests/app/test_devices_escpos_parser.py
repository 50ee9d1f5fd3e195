"""An ESC/POS stream parser written for the tests, independent of app/devices.

It walks the command stream the way a printer does, keeps the text (decoded
with the printer's code page), the raster images (``GS v 0``, decoded to
pixels) and the cuts and drawer kicks, and refuses any byte it does not
understand. The receipt tests check what it finds, never the bytes our code
produced. The tests in this file check the parser itself on hand-written
streams.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from PIL import Image

# Command lengths (bytes after the introducer) for the commands receipts use.
ESC_ARGS = {b"@": 0, b"a": 1, b"E": 1, b"!": 1, b"d": 1, b"t": 1, b"-": 1, b"M": 1, b"J": 1, b"2": 0, b"3": 1, b"p": 3}
GS_ARGS = {b"!": 1, b"B": 1}
FS_ARGS = {b"&": 0, b".": 0}


class StreamError(AssertionError):
    pass


@dataclass
class Printed:
    lines: list[str] = field(default_factory=list)
    images: list[Image.Image] = field(default_factory=list)
    cuts: list[int] = field(default_factory=list)
    kicks: list[tuple[int, int, int]] = field(default_factory=list)
    inits: int = 0
    chinese_mode: bool = False
    bold_lines: list[str] = field(default_factory=list)
    big_lines: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def decode_raster(width_bytes: int, rows: int, data: bytes) -> Image.Image:
    """GS v 0 data: rows of width_bytes bytes, MSB first, 1 = a printed (black) dot."""
    img = Image.new("L", (width_bytes * 8, rows), 255)
    px = img.load()
    for y in range(rows):
        row = data[y * width_bytes : (y + 1) * width_bytes]
        for xb, byte in enumerate(row):
            if not byte:
                continue
            for bit in range(8):
                if byte & (0x80 >> bit):
                    px[xb * 8 + bit, y] = 0
    return img


def parse(stream: bytes, codec: str = "ascii") -> Printed:
    """Walk ``stream``; text between commands is decoded with ``codec`` at each LF."""
    out = Printed()
    text = bytearray()
    bold = big = False
    pending_image: list[Image.Image] = []  # consecutive bands make one image

    def flush_image():
        if pending_image:
            w = max(i.width for i in pending_image)
            h = sum(i.height for i in pending_image)
            img = Image.new("L", (w, h), 255)
            y = 0
            for band in pending_image:
                img.paste(band, (0, y))
                y += band.height
            out.images.append(img)
            pending_image.clear()

    i = 0
    n = len(stream)
    while i < n:
        b = stream[i : i + 1]
        if b == b"\n":
            flush_image()
            line = bytes(text).decode(codec)
            out.lines.append(line)
            if bold:
                out.bold_lines.append(line)
            if big:
                out.big_lines.append(line)
            text.clear()
            i += 1
        elif b == b"\x1b":
            cmd = stream[i + 1 : i + 2]
            if cmd not in ESC_ARGS:
                raise StreamError(f"unknown ESC {cmd!r} at {i}")
            args = stream[i + 2 : i + 2 + ESC_ARGS[cmd]]
            if len(args) != ESC_ARGS[cmd]:
                raise StreamError(f"truncated ESC {cmd!r} at {i}")
            if cmd == b"@":
                out.inits += 1
                bold = big = False
            elif cmd == b"E":
                bold = bool(args[0] & 1)
            elif cmd == b"p":
                out.kicks.append(tuple(args))
            elif cmd == b"d" and text:
                raise StreamError("feed in the middle of a line")
            i += 2 + ESC_ARGS[cmd]
        elif b == b"\x1d":
            cmd = stream[i + 1 : i + 2]
            if cmd == b"v" and stream[i + 2 : i + 3] == b"0":
                if text:
                    raise StreamError("image in the middle of a text line")
                xl, xh, yl, yh = stream[i + 4 : i + 8]
                wb, rows = xl + 256 * xh, yl + 256 * yh
                start = i + 8
                data = stream[start : start + wb * rows]
                if len(data) != wb * rows:
                    raise StreamError("truncated raster image")
                pending_image.append(decode_raster(wb, rows, data))
                i = start + wb * rows
                continue  # bands directly after each other stack into one image
            if cmd == b"V":
                m = stream[i + 2]
                length = 4 if m in (65, 66) else 3
                out.cuts.append(m)
                i += length
            elif cmd in GS_ARGS:
                if cmd == b"!":
                    big = stream[i + 2] != 0
                i += 2 + GS_ARGS[cmd]
            else:
                raise StreamError(f"unknown GS {cmd!r} at {i}")
        elif b == b"\x1c":
            cmd = stream[i + 1 : i + 2]
            if cmd not in FS_ARGS:
                raise StreamError(f"unknown FS {cmd!r} at {i}")
            out.chinese_mode = cmd == b"&"
            i += 2
        elif stream[i] < 0x20 or stream[i] == 0x7F:
            raise StreamError(f"stray control byte {stream[i]:#04x} at {i}")
        else:
            flush_image()
            text += b
            i += 1
    flush_image()
    if text:
        out.lines.append(bytes(text).decode(codec))
    return out


def read_qr(image: Image.Image) -> list[str]:
    import zxingcpp

    return [r.text for r in zxingcpp.read_barcodes(image.convert("L"))]


# --------------------------------------------------------------------------- the parser itself


def test_text_bold_and_chinese_in_gb18030():
    stream = b"\x1b@\x1c&\x1bE\x01" + "小林".encode("gb18030") + b"\n\x1bE\x00" + "￥12".encode("gb18030") + b"\n"
    p = parse(stream, "gb18030")
    assert p.lines == ["小林", "￥12"]
    assert p.bold_lines == ["小林"]
    assert p.chinese_mode and p.inits == 1


def test_raster_bands_stack_into_one_image():
    band = b"\x1dv0\x00\x01\x00\x02\x00" + bytes([0b10000001, 0b00000000])
    p = parse(b"\x1b@" + band + band + b"\n")
    assert len(p.images) == 1
    img = p.images[0]
    assert img.size == (8, 4)
    assert img.getpixel((0, 0)) == 0 and img.getpixel((7, 0)) == 0 and img.getpixel((3, 0)) == 255
    assert img.getpixel((0, 1)) == 255


def test_a_qr_made_elsewhere_decodes():
    import qrcode

    q = qrcode.QRCode(box_size=4, border=4)
    q.add_data("HELLO123")
    img = q.make_image().get_image().convert("1")
    w = (img.width + 7) // 8 * 8
    canvas = Image.new("1", (w, img.height), 1)
    canvas.paste(img, (0, 0))
    raw = bytes(255 - b for b in canvas.tobytes())
    stream = b"\x1dv0\x00" + bytes((w // 8, 0, img.height & 255, img.height >> 8)) + raw
    assert read_qr(parse(stream).images[0]) == ["HELLO123"]


def test_kick_and_cut():
    p = parse(b"\x1bp\x00\x19\xfa\x1bd\x04\x1dV\x01")
    assert p.kicks == [(0, 25, 250)]
    assert p.cuts == [1]


@pytest.mark.parametrize("bad", [b"\x1bZ1", b"\x1dk\x00", b"abc\x07", b"\x1dv0\x00\x01\x00\x05\x00\xff"])
def test_unknown_or_broken_commands_are_refused(bad):
    with pytest.raises(StreamError):
        parse(bad)
