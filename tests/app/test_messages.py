"""Every message exists in all three languages and formats with what the code passes."""
from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from app import messages
from app.errors import UserError

APP = Path(__file__).resolve().parents[2] / "app"


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def user_error_calls() -> list[tuple[str, int, str, set[str] | None]]:
    """(file, line, code, keyword names or None if **kwargs) for every
    ``UserError("code", ...)`` written in app/."""
    found = []
    for path in sorted(APP.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "UserError"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                names = {k.arg for k in node.keywords}
                found.append((path.name, node.lineno, node.args[0].value, None if None in names else names - {"field"}))
    return found


CALLS = user_error_calls()


def test_the_scan_sees_the_services():
    codes = {c for _, _, c, _ in CALLS}
    assert {"phone_taken", "not_enough_points", "refund_too_much", "card_check_failed"} <= codes


@pytest.mark.parametrize("code", sorted(messages.CATALOG))
def test_every_code_has_all_three_languages(code):
    entry = messages.CATALOG[code]
    assert set(entry) == set(messages.LANGS)
    for lang in messages.LANGS:
        assert entry[lang].strip(), (code, lang)


@pytest.mark.parametrize("code", sorted(messages.CATALOG))
def test_languages_use_the_same_placeholders(code):
    entry = messages.CATALOG[code]
    assert fields(entry["zh_TW"]) == fields(entry["en"]) == fields(entry["zh_CN"]), code


@pytest.mark.parametrize("code", sorted(messages.CATALOG))
def test_chinese_texts_are_chinese(code):
    entry = messages.CATALOG[code]
    for lang in ("zh_TW", "zh_CN"):
        assert any("\u4e00" <= ch <= "\u9fff" for ch in entry[lang]), (code, lang)


@pytest.mark.parametrize("where, line, code, params", CALLS, ids=[f"{f}:{n}:{c}" for f, n, c, _ in CALLS])
def test_each_raise_in_the_code_passes_what_its_message_needs(where, line, code, params):
    assert code in messages.CATALOG, f"{where}:{line} raises unknown code {code!r}"
    if params is None:
        pytest.skip("parameters passed with **")
    for lang in messages.LANGS:
        missing = fields(messages.CATALOG[code][lang]) - params
        assert not missing, f"{where}:{line} {code} [{lang}] lacks {missing}"
    # built the way the code builds it: a parameter that collides with
    # UserError's own arguments (code, field) is a crash, not a message
    error = UserError(code, field="f", **{p: "X" for p in params})
    for lang in messages.LANGS:
        out = error.message(lang)
        assert "{" not in out and "}" not in out, out


def test_text_uses_the_current_language():
    messages.set_language("zh_TW")
    assert messages.text("name_required") == "請輸入會員姓名。"
    messages.set_language("zh_CN")
    assert messages.text("name_required") == "请输入会员姓名。"
    messages.set_language("fr")  # unknown: English
    assert messages.current_language() == "en"
    assert messages.text("name_required") == "Enter the member's name."
    assert messages.text("name_required", "zh_TW") == "請輸入會員姓名。"


def test_user_error_carries_code_field_params_and_speaks_each_language():
    e = UserError("phone_taken", field="phone", name="王小明", member_no="ABC2345")
    assert (e.code, e.field, e.params) == ("phone_taken", "phone", {"name": "王小明", "member_no": "ABC2345"})
    assert str(e) == "This phone number already belongs to 王小明 (card ABC2345)."
    assert e.message("zh_TW") == "此電話號碼已屬於 王小明（卡號 ABC2345）。"
    assert e.message("zh_CN") == "此电话号码已属于 王小明（卡号 ABC2345）。"


def test_unknown_code_is_a_bug_not_a_message():
    with pytest.raises(KeyError):
        UserError("no_such_code")
