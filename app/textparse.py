"""Parse what people type: full-width digits (１２３), phone formats, amounts
with ``¥``/``NT$``/commas, birthdays with or without a year.

Every parser raises :class:`app.errors.UserError` with the field name, so the
window can show the message beside the field.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from decimal import Decimal

from app.errors import UserError

NAME_MAX = 60
NOTES_MAX = 2000
MAX_SALE_CENTS = 10_000_000_00  # ten million in the shop currency: beyond is a typo


def fold(text: str | None) -> str:
    """NFKC-fold (full-width digits/letters/punctuation to ASCII) and strip."""
    return unicodedata.normalize("NFKC", text or "").strip()


# Emoji live above U+1F000 but also in the BMP symbol blocks (☺ ❤ ⭐ ✂ ...),
# usually followed by VS16 (U+FE0F) or a keycap (U+20E3). Receipt printers and
# the card font cannot print them.
_EMOJI_BLOCKS = ((0x2600, 0x27BF), (0x2B00, 0x2BFF), (0x1F000, 0x1FAFF))
_EMOJI_MARKS = {"\ufe0f", "\u20e3"}


def _is_printable_char(ch: str) -> bool:
    cat = unicodedata.category(ch)
    if cat.startswith("C"):  # control, format, surrogate, private use, unassigned
        return False
    if ch in _EMOJI_MARKS:
        return False
    cp = ord(ch)
    if cat in ("So", "Sk") and (cp >= 0x1F000 or any(lo <= cp <= hi for lo, hi in _EMOJI_BLOCKS)):
        return False  # emoji, pictographs, skin-tone modifiers
    return True


def clean_name(text: str | None, field: str = "name") -> str:
    """A person's name: required, printable, at most NAME_MAX characters."""
    name = " ".join(unicodedata.normalize("NFC", text or "").split())
    if not name:
        raise UserError("name_required", field=field)
    if len(name) > NAME_MAX:
        raise UserError("name_too_long", field=field, max=NAME_MAX)
    if not all(_is_printable_char(c) for c in name):
        raise UserError("name_bad_chars", field=field)
    return name


def clean_text(text: str | None, max_len: int = NOTES_MAX, field: str = "notes") -> str:
    value = unicodedata.normalize("NFC", text or "").strip()
    value = "".join(c for c in value if c in "\n\t" or not unicodedata.category(c).startswith("C"))
    if len(value) > max_len:
        raise UserError("text_too_long", field=field, max=max_len)
    return value


_PHONE_ALLOWED = re.compile(r"^\+?[0-9 \-().]*$")


def normalize_phone(text: str | None, field: str = "phone") -> str:
    """Normalise a phone number: digits only, a leading ``+`` kept.

    ``0912-345-678`` → ``0912345678``; ``+886 912 345 678`` → ``+886912345678``;
    ``(02) 2345-6789`` → ``0223456789``; full-width digits accepted.
    """
    raw = fold(text)
    if not raw:
        raise UserError("phone_required", field=field)
    if not _PHONE_ALLOWED.match(raw):
        raise UserError("phone_invalid", field=field, value=text.strip())
    digits = re.sub(r"\D", "", raw)
    if not 6 <= len(digits) <= 15:
        raise UserError("phone_length", field=field, value=text.strip(), digits=len(digits))
    return ("+" if raw.startswith("+") else "") + digits


def phone_digits(text: str) -> str:
    """Just the digits of what was typed (for searching), full-width folded."""
    return re.sub(r"\D", "", fold(text))


_AMOUNT = re.compile(r"(-?)(\d{1,3}(?:,\d{3})+|\d+|(?=\.\d))(?:\.(\d*))?")
_CURRENCY_NOISE = re.compile(r"(NT\$|US\$|HK\$|RMB|CNY|TWD|NTD|[¥$元圓块塊\s])", re.IGNORECASE)


def parse_amount_cents(text: str | None, field: str = "amount", allow_zero: bool = False) -> int:
    """Parse an amount in the shop currency into integer minor units.

    Accepts ``128.5``, ``1,280.00``, ``¥88``, ``NT$1,200``, ``１２３``.
    Refuses more than two decimals, zero or negative, and absurd amounts.
    """
    raw = fold(text)
    if not raw:
        raise UserError("amount_required", field=field)
    cleaned = _CURRENCY_NOISE.sub("", raw)
    # Commas only as thousands separators: "1,28" or "1.280,00" are typos or
    # another locale's notation, and silently reading them as 128 or 1.28
    # would charge the wrong amount.
    m = _AMOUNT.fullmatch(cleaned)
    if not m:
        raise UserError("amount_invalid", field=field, value=text.strip())
    sign, whole, frac = m.group(1), (m.group(2) or "").replace(",", ""), m.group(3) or ""
    if len(frac) > 2 and frac[2:].strip("0"):
        raise UserError("amount_decimals", field=field, value=text.strip())
    whole = whole.lstrip("0")
    if len(whole) > 15:  # integer arithmetic below stays exact; this is absurd anyway
        raise UserError(
            "amount_too_large", field=field, value=text.strip(), max=format_plain(MAX_SALE_CENTS)
        )
    cents = int(whole or "0") * 100 + int(frac[:2].ljust(2, "0"))
    if sign and cents:
        cents = -cents
    if cents < 0 or (cents == 0 and not allow_zero):
        raise UserError("amount_not_positive", field=field)
    if cents > MAX_SALE_CENTS:
        raise UserError(
            "amount_too_large", field=field, value=text.strip(), max=format_plain(MAX_SALE_CENTS)
        )
    return cents


def format_plain(cents: int) -> str:
    """``123456`` → ``1,234.56`` (locale-neutral; widgets use QLocale)."""
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}{cents // 100:,}.{cents % 100:02d}"


def format_money(cents: int, currency: str = "TWD", lang: str = "en") -> str:
    """Format minor units with Babel in the shop's language."""
    from babel.numbers import format_currency

    locale = {"zh_TW": "zh_Hant_TW", "zh_CN": "zh_Hans_CN"}.get(lang, "en_US")
    return format_currency(Decimal(cents) / 100, currency, locale=locale)


def parse_points(text: str | int | None, field: str = "points", allow_negative: bool = False) -> int:
    if isinstance(text, int):
        value = text
    else:
        raw = fold(text).replace(",", "")
        if not re.fullmatch(r"[-+]?\d+", raw or "x"):
            raise UserError("points_invalid", field=field, value=(text or "").strip())
        value = int(raw)
    if abs(value) > 100_000_000:
        raise UserError("points_invalid", field=field, value=str(text))
    if value <= 0 and not allow_negative:
        raise UserError("points_not_positive", field=field)
    return value


def parse_gender(text: str | None, field: str = "gender") -> str | None:
    raw = fold(text).upper()
    if not raw:
        return None
    mapping = {"F": "F", "女": "F", "M": "M", "男": "M"}
    if raw not in mapping:
        raise UserError("gender_invalid", field=field, value=(text or "").strip())
    return mapping[raw]


def parse_birthday(
    text: str | None, today: dt.date | None = None, field: str = "birthday"
) -> tuple[int | None, int | None, int | None]:
    """``YYYY-MM-DD`` or ``MM-DD`` → (year or None, month, day); blank → Nones.

    ``MM-DD`` is checked against a leap year so 02-29 is allowed.
    """
    raw = fold(text).replace("/", "-").replace(".", "-")
    if not raw:
        return (None, None, None)
    m = re.fullmatch(r"(?:(\d{4})-)?(\d{1,2})-(\d{1,2})", raw)
    if not m:
        raise UserError("birthday_invalid", field=field, value=(text or "").strip())
    year = int(m.group(1)) if m.group(1) else None
    month, day = int(m.group(2)), int(m.group(3))
    try:
        born = dt.date(year or 2000, month, day)
    except ValueError:
        raise UserError("birthday_invalid", field=field, value=(text or "").strip()) from None
    if year is not None:
        today = today or dt.date.today()
        if born > today:
            raise UserError("birthday_future", field=field, value=raw)
        if year < today.year - 130:
            raise UserError("birthday_invalid", field=field, value=(text or "").strip())
    return (year, month, day)


def format_birthday(year: int | None, month: int | None, day: int | None) -> str:
    if not month or not day:
        return ""
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"{month:02d}-{day:02d}"


def parse_date(text: str | None, field: str = "date") -> dt.date:
    raw = fold(text)
    try:
        return dt.date.fromisoformat(raw) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw) else _bad_date(text, field)
    except ValueError:
        raise UserError("date_invalid", field=field, value=(text or "").strip()) from None


def _bad_date(text, field):
    raise UserError("date_invalid", field=field, value=(text or "").strip())


def parse_datetime(text: str | None, field: str = "occurred_at") -> dt.datetime:
    """``YYYY-MM-DD`` (midnight) or ``YYYY-MM-DD HH:MM[:SS]``, shop local time."""
    raw = fold(text)
    m = re.fullmatch(r"(\d{4}-\d{2}-\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?", raw)
    if not m:
        raise UserError("datetime_invalid", field=field, value=(text or "").strip())
    try:
        day = dt.date.fromisoformat(m.group(1))
        hh, mm, ss = int(m.group(2) or 0), int(m.group(3) or 0), int(m.group(4) or 0)
        return dt.datetime(day.year, day.month, day.day, hh, mm, ss)
    except ValueError:
        raise UserError("datetime_invalid", field=field, value=(text or "").strip()) from None
