"""What people type at the counter: phones, amounts, names, birthdays.

Every refusal must carry the message code and the field it belongs to, so the
window can show it beside the right box.
"""
from __future__ import annotations

import datetime as dt

import pytest

from app import textparse as tp
from app.errors import UserError


def refused(fn, *args, **kwargs) -> UserError:
    with pytest.raises(UserError) as info:
        fn(*args, **kwargs)
    return info.value


# --- phones -----------------------------------------------------------------


@pytest.mark.parametrize(
    "typed, norm",
    [
        ("0912-345-678", "0912345678"),
        ("0912 345 678", "0912345678"),
        ("0912345678", "0912345678"),
        ("+886 912 345 678", "+886912345678"),
        ("(02) 2345-6789", "0223456789"),
        ("138 0013 8000", "13800138000"),
        ("+86 138-0013-8000", "+8613800138000"),
        ("０９１２－３４５－６７８", "0912345678"),  # full-width digits and dash
        ("＋８８６ ９１２ ３４５ ６７８", "+886912345678"),  # full-width plus
        ("（０２）２３４５－６７８９", "0223456789"),  # full-width brackets
        ("  0912.345.678  ", "0912345678"),
    ],
)
def test_phone_formats_normalise_to_digits_with_plus_kept(typed, norm):
    assert tp.normalize_phone(typed) == norm


@pytest.mark.parametrize("typed", ["", "   ", None, "\u3000"])  # \u3000: ideographic space
def test_blank_phone_is_required(typed):
    e = refused(tp.normalize_phone, typed)
    assert (e.code, e.field) == ("phone_required", "phone")


@pytest.mark.parametrize(
    "typed",
    ["0912-ABC-678", "0912😀345678", "0912+345678", "phone", "0912/345/678", "0912\x00345678", "#0912345678"],
)
def test_phone_with_other_characters_is_refused(typed):
    e = refused(tp.normalize_phone, typed)
    assert (e.code, e.field) == ("phone_invalid", "phone")


@pytest.mark.parametrize("typed, digits", [("12345", 5), ("1234567890123456", 16), ("(  )", 0), ("+", 0)])
def test_phone_with_too_few_or_many_digits_is_refused(typed, digits):
    e = refused(tp.normalize_phone, typed)
    assert (e.code, e.field) == ("phone_length", "phone")
    assert e.params["digits"] == digits


def test_phone_field_name_is_passed_through():
    assert refused(tp.normalize_phone, "x", field="referrer_phone").field == "referrer_phone"


def test_phone_digits_folds_full_width():
    assert tp.phone_digits("５６７８") == "5678"
    assert tp.phone_digits("(02) 2345-6789") == "0223456789"


# --- amounts ----------------------------------------------------------------


@pytest.mark.parametrize(
    "typed, cents",
    [
        ("128", 12800),
        ("128.5", 12850),
        ("128.50", 12850),
        ("0.01", 1),
        (".5", 50),
        ("5.", 500),
        ("1,280.00", 128000),
        ("1,234,567.89", 123456789),
        ("¥88", 8800),
        ("￥88", 8800),  # full-width yen sign
        ("NT$1,200", 120000),
        ("nt$ 1,200", 120000),
        ("$12.30", 1230),
        ("１２３", 12300),
        ("１２３．４５", 12345),
        ("１，２００", 120000),
        ("NT＄１，２００．５", 120050),
        ("120元", 12000),
        ("RMB 99.9", 9990),
        ("1.230", 123),  # a trailing zero is not a third decimal of value
        ("10,000,000.00", tp.MAX_SALE_CENTS),
    ],
)
def test_amounts_as_people_type_them(typed, cents):
    assert tp.parse_amount_cents(typed) == cents


@pytest.mark.parametrize("typed", ["", "  ", None])
def test_blank_amount_is_required(typed):
    e = refused(tp.parse_amount_cents, typed)
    assert (e.code, e.field) == ("amount_required", "amount")


@pytest.mark.parametrize("typed", ["0", "0.00", "¥0", "０", "-5", "－５", "-0.01", "NT$-100", "-0"])
def test_zero_and_negative_amounts_are_refused(typed):
    e = refused(tp.parse_amount_cents, typed)
    assert (e.code, e.field) == ("amount_not_positive", "amount")


def test_zero_is_allowed_when_asked():
    assert tp.parse_amount_cents("0", allow_zero=True) == 0
    assert tp.parse_amount_cents("-0", allow_zero=True) == 0


@pytest.mark.parametrize("typed", ["1.234", "0.001", "12.345", "１．２３４", "1,000.999"])
def test_more_than_two_decimals_is_refused(typed):
    e = refused(tp.parse_amount_cents, typed)
    assert (e.code, e.field) == ("amount_decimals", "amount")
    assert e.params["value"] == typed


@pytest.mark.parametrize(
    "typed",
    [
        "10,000,000.01",
        "99999999",
        "1" * 40,
        "1" * 5000,  # beyond Python's int-from-string limit: must not crash
    ],
)
def test_absurd_amounts_are_refused(typed):
    e = refused(tp.parse_amount_cents, typed)
    assert (e.code, e.field) == ("amount_too_large", "amount")
    assert e.params["max"] == "10,000,000.00"


def test_many_digits_with_many_decimals_is_a_user_error_not_a_crash():
    # Decimal.quantize used to raise InvalidOperation past 28 digits.
    e = refused(tp.parse_amount_cents, "1" * 30 + ".123")
    assert e.code == "amount_decimals"


@pytest.mark.parametrize(
    "typed",
    [
        "abc",
        "12a",
        "1e5",
        "NaN",
        "Infinity",
        "¥",
        ".",
        "1.2.3",
        "--5",
        "+5",
        "1,28",  # a comma that is not a thousands separator: 128 or 1.28?
        "1.280,00",  # European notation would read as 1.28
        "1234,567",
        ",100",
        "12😀",
        "1\x002",
    ],
)
def test_non_amounts_are_refused(typed):
    e = refused(tp.parse_amount_cents, typed)
    assert (e.code, e.field) == ("amount_invalid", "amount")


def test_amount_field_name_is_passed_through():
    assert refused(tp.parse_amount_cents, "x", field="refund_amount").field == "refund_amount"


@pytest.mark.parametrize("cents, text", [(0, "0.00"), (5, "0.05"), (123456, "1,234.56"), (-150, "-1.50")])
def test_format_plain(cents, text):
    assert tp.format_plain(cents) == text


@pytest.mark.parametrize("cents", [1, 99, 100, 12850, 123456789, tp.MAX_SALE_CENTS])
def test_format_plain_round_trips_through_the_parser(cents):
    assert tp.parse_amount_cents(tp.format_plain(cents)) == cents


# --- names and free text ------------------------------------------------------


@pytest.mark.parametrize(
    "typed, clean",
    [
        ("王小明", "王小明"),
        ("  Alice   Chen ", "Alice Chen"),
        ("Zoë O'Brien-Smith", "Zoë O'Brien-Smith"),
        ("李\u3000小龍", "李 小龍"),  # ideographic space collapses
        ("Jose\u0301", "José"),  # NFC-composed
        ("林\t美\n玲", "林 美 玲"),
    ],
)
def test_names_are_tidied(typed, clean):
    assert tp.clean_name(typed) == clean


@pytest.mark.parametrize("typed", ["", "   ", None, "\u3000", "\n\t"])
def test_empty_name_is_required(typed):
    e = refused(tp.clean_name, typed)
    assert (e.code, e.field) == ("name_required", "name")


@pytest.mark.parametrize(
    "typed",
    [
        "王😀",
        "👍🏻",
        "Amy🇹🇼",
        "小美❤️",  # BMP heart + VS16
        "小美❤",
        "☺ Lin",
        "Star⭐",
        "✂cut",
        "1️⃣",  # keycap
        "A\u200dB",  # zero-width joiner
        "A\x00B",
        "A\x07B",
        "A\x7fB",
        "A\u202eB",  # right-to-left override
        "A\ue000B",  # private use
    ],
)
def test_names_with_emoji_or_control_characters_are_refused(typed):
    e = refused(tp.clean_name, typed)
    assert (e.code, e.field) == ("name_bad_chars", "name")


def test_name_length_limit():
    assert tp.clean_name("名" * tp.NAME_MAX) == "名" * tp.NAME_MAX
    e = refused(tp.clean_name, "名" * (tp.NAME_MAX + 1))
    assert (e.code, e.field, e.params) == ("name_too_long", "name", {"max": tp.NAME_MAX})
    assert refused(tp.clean_name, "x" * 100_000).code == "name_too_long"


def test_clean_text_drops_control_characters_but_keeps_lines():
    assert tp.clean_text(" a\x00b\x1bc\nd\te ") == "abc\nd\te"
    assert tp.clean_text(None) == ""


def test_clean_text_length_limit():
    assert tp.clean_text("x" * tp.NOTES_MAX) == "x" * tp.NOTES_MAX
    e = refused(tp.clean_text, "x" * (tp.NOTES_MAX + 1))
    assert (e.code, e.field, e.params) == ("text_too_long", "notes", {"max": tp.NOTES_MAX})
    assert refused(tp.clean_text, "x" * 61, 60, "category").field == "category"


# --- birthdays, gender, points, dates ------------------------------------------

TODAY = dt.date(2026, 6, 15)


@pytest.mark.parametrize(
    "typed, parts",
    [
        ("1990-05-17", (1990, 5, 17)),
        ("1990/5/7", (1990, 5, 7)),
        ("1990.05.17", (1990, 5, 17)),
        ("１９９０－０５－１７", (1990, 5, 17)),
        ("05-17", (None, 5, 17)),
        ("02-29", (None, 2, 29)),  # year unknown: 29 Feb is allowed
        ("2000-02-29", (2000, 2, 29)),
        ("", (None, None, None)),
        (None, (None, None, None)),
        ("2026-06-15", (2026, 6, 15)),  # born today
    ],
)
def test_birthdays(typed, parts):
    assert tp.parse_birthday(typed, today=TODAY) == parts


@pytest.mark.parametrize(
    "typed",
    ["1990-13-01", "1990-02-30", "1991-02-29", "13-01", "00-10", "17/05/1990", "May 17", "1890-01-01", "19900517"],
)
def test_bad_birthdays_are_refused(typed):
    e = refused(tp.parse_birthday, typed, today=TODAY)
    assert (e.code, e.field) == ("birthday_invalid", "birthday")


def test_birthday_in_the_future_is_refused():
    e = refused(tp.parse_birthday, "2026-06-16", today=TODAY)
    assert (e.code, e.field) == ("birthday_future", "birthday")


@pytest.mark.parametrize("parts, text", [((1990, 5, 7), "1990-05-07"), ((None, 2, 29), "02-29"), ((None, None, None), "")])
def test_format_birthday(parts, text):
    assert tp.format_birthday(*parts) == text


@pytest.mark.parametrize(
    "typed, code", [("F", "F"), ("f", "F"), ("女", "F"), ("M", "M"), ("m", "M"), ("男", "M"), ("Ｆ", "F"), ("", None), (None, None)]
)
def test_gender(typed, code):
    assert tp.parse_gender(typed) == code


@pytest.mark.parametrize("typed", ["X", "female", "1", "女性"])
def test_bad_gender_is_refused(typed):
    e = refused(tp.parse_gender, typed)
    assert (e.code, e.field) == ("gender_invalid", "gender")


@pytest.mark.parametrize("typed, value", [("100", 100), ("１００", 100), ("1,000", 1000), (50, 50), (" 7 ", 7)])
def test_points(typed, value):
    assert tp.parse_points(typed) == value


def test_points_refusals():
    assert refused(tp.parse_points, "0").code == "points_not_positive"
    assert refused(tp.parse_points, "-5").code == "points_not_positive"
    assert tp.parse_points("-５", allow_negative=True) == -5
    for bad in ["1.5", "abc", "", None, "10點"]:
        e = refused(tp.parse_points, bad)
        assert (e.code, e.field) == ("points_invalid", "points")
    assert refused(tp.parse_points, 10**20).code == "points_invalid"
    assert refused(tp.parse_points, "-" + "9" * 12, allow_negative=True).code == "points_invalid"


def test_dates_and_times():
    assert tp.parse_date("2026-01-31") == dt.date(2026, 1, 31)
    assert tp.parse_date("２０２６－０１－３１") == dt.date(2026, 1, 31)
    for bad in ["2026-02-30", "2026/01/31", "", None, "31-01-2026"]:
        assert refused(tp.parse_date, bad).code == "date_invalid"
    assert tp.parse_datetime("2026-01-31") == dt.datetime(2026, 1, 31)
    assert tp.parse_datetime("2026-01-31 9:05") == dt.datetime(2026, 1, 31, 9, 5)
    assert tp.parse_datetime("2026-01-31 23:59:58") == dt.datetime(2026, 1, 31, 23, 59, 58)
    for bad in ["2026-01-31 24:00", "2026-01-31 12:60", "2026-13-01", "yesterday"]:
        e = refused(tp.parse_datetime, bad)
        assert (e.code, e.field) == ("datetime_invalid", "occurred_at")


def test_format_money_uses_the_language():
    assert tp.format_money(123456, "TWD", "en").endswith("1,234.56")
    assert "1,234.56" in tp.format_money(123456, "CNY", "zh_CN")
    assert "¥" in tp.format_money(100, "CNY", "zh_CN")
