"""The sign-up and edit dialog, driven with real widgets on a real SQLite file."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from app import members
from db.models import Member

WAIT = 5000


@pytest.fixture
def ctx(shop, qtbot):
    from ui.context import AppContext

    c = AppContext(shop, "en")
    yield c
    c.runner.wait()


def member_count(shop) -> int:
    with shop.read() as s:
        return s.scalar(select(func.count(Member.id)))


def make_dialog(ctx, qtbot, member_id=None):
    from ui.member_dialog import MemberDialog

    d = MemberDialog(ctx, member_id=member_id)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    if member_id is not None:
        qtbot.waitUntil(lambda: d.name_edit.text() != "", timeout=WAIT)
    return d


def type_into(qtbot, edit, text: str) -> None:
    """Type like a person; QTest can only type ASCII keys, so paste the rest."""
    edit.clear()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        edit.insert(text)


def fill(qtbot, d, name="", phone="", birthday="", referred_by="", notes="", gender=None):
    for edit, text in ((d.name_edit, name), (d.phone_edit, phone), (d.birthday_edit, birthday),
                       (d.referred_edit, referred_by)):
        type_into(qtbot, edit, text)
    d.notes_edit.setPlainText(notes)
    if gender is not None:
        d.gender_combo.setCurrentIndex(d.gender_combo.findData(gender))


def press_ok(qtbot, d, wait_for="done"):
    """Press Enter in the name field, as a cashier would, and wait for the answer."""
    d.name_edit.setFocus()
    qtbot.keyClick(d.name_edit, Qt.Key_Return)
    qtbot.waitUntil(lambda: d.ctx.runner.pending == 0 and d.ok_button.isEnabled() or not d.isVisible(), timeout=WAIT)


def test_duplicate_phone_is_refused_saying_whose_and_nothing_is_saved(shop, ctx, qtbot):
    with shop.transaction() as s:
        owner = members.sign_up(s, name="陳美玲", phone="0912-888-777")
    before = member_count(shop)
    d = make_dialog(ctx, qtbot)
    resets = []
    ctx.members_reset.connect(lambda: resets.append(1))
    fill(qtbot, d, name="林小美", phone="0912 888 777", birthday="03-15", notes="likes oolong")

    press_ok(qtbot, d)

    assert d.isVisible() and d.result_member is None
    text = d.error_text("phone")
    assert "陳美玲" in text and owner.member_no in text
    assert d.error_labels["phone"].isVisible()
    assert d.phone_edit.hasFocus()
    # what was typed is still there, and nothing reached the database
    assert d.values()["name"] == "林小美" and d.values()["phone"] == "0912 888 777"
    assert d.values()["notes"] == "likes oolong"
    assert member_count(shop) == before
    assert resets == []
    # fixing the phone clears the message and signs up
    d.phone_edit.clear()
    qtbot.keyClicks(d.phone_edit, "0912 888 778")
    assert d.error_text("phone") == ""
    press_ok(qtbot, d)
    assert d.result_member is not None and d.result_member.name == "林小美"
    assert member_count(shop) == before + 1


def test_sign_up_saves_and_tells_the_app(shop, ctx, qtbot):
    d = make_dialog(ctx, qtbot)
    resets, changes = [], []
    ctx.members_reset.connect(lambda: resets.append(1))
    ctx.member_changed.connect(changes.append)
    fill(qtbot, d, name=" 王 小明 ", phone="０９１２－３４５－６７８", gender="M", birthday="1990-02-03",
         notes="first visit")

    with qtbot.waitSignal(d.accepted, timeout=WAIT):
        qtbot.mouseClick(d.ok_button, Qt.LeftButton)

    m = d.result_member
    assert m is not None and d.result() == d.DialogCode.Accepted
    assert (m.name, m.gender, m.birthday, m.notes) == ("王 小明", "M", "1990-02-03", "first visit")
    assert resets == [1] and changes == []
    with shop.read() as s:
        assert members.get_view(s, m.id).phone == "0912-345-678"  # full-width folded


@pytest.mark.parametrize(
    "values, field, words",
    [
        (dict(name="", phone="0912345678"), "name", "Enter the member's name"),
        (dict(name="Ann 😀", phone="0912345678"), "name", "cannot be printed"),
        (dict(name="Ann", phone=""), "phone", "Enter a phone number"),
        (dict(name="Ann", phone="12ab"), "phone", "not a phone number"),
        (dict(name="Ann", phone="0912345678", birthday="13-40"), "birthday", "MM-DD"),
        (dict(name="Ann", phone="0912345678", birthday="2999-01-01"), "birthday", "future"),
        (dict(name="Ann", phone="0912345678", referred_by="ZZZZZZZ"), "referred_by", "not a member"),
        (dict(name="Ann", phone="0912345678", notes="x" * 2001), "notes", "too long"),
    ],
)
def test_bad_input_is_shown_beside_its_field(shop, ctx, qtbot, values, field, words):
    d = make_dialog(ctx, qtbot)
    fill(qtbot, d, **{k: v for k, v in values.items() if k != "notes"})
    if "notes" in values:
        d.notes_edit.setPlainText(values["notes"])
    press_ok(qtbot, d)
    assert d.isVisible()
    assert words in d.error_text(field)
    others = [f for f in d.error_labels if f != field]
    assert all(d.error_text(f) == "" for f in others)
    assert member_count(shop) == 0


def test_messages_follow_the_ui_language(shop, qtbot):
    from ui.context import AppContext

    ctx = AppContext(shop, "zh_TW")
    d = make_dialog(ctx, qtbot)
    fill(qtbot, d, name="", phone="0912345678")
    press_ok(qtbot, d)
    assert d.error_text("name") == "請輸入會員姓名。"
    ctx.runner.wait()


def test_referrer_by_card_or_phone(shop, ctx, qtbot):
    with shop.transaction() as s:
        friend = members.sign_up(s, name="Friend", phone="0922-000-111")
    d = make_dialog(ctx, qtbot)
    fill(qtbot, d, name="New", phone="0922000222", referred_by="0922 000 111")
    press_ok(qtbot, d)
    assert d.result_member.referred_by_no == friend.member_no


def test_escape_cancels_and_saves_nothing(shop, ctx, qtbot):
    d = make_dialog(ctx, qtbot)
    fill(qtbot, d, name="Nobody", phone="0933000000")
    with qtbot.waitSignal(d.rejected, timeout=WAIT):
        qtbot.keyClick(d.name_edit, Qt.Key_Escape)
    assert not d.isVisible() and d.result_member is None
    ctx.runner.wait()
    assert member_count(shop) == 0


def test_enter_in_notes_confirms_and_shift_enter_breaks_the_line(shop, ctx, qtbot):
    d = make_dialog(ctx, qtbot)
    fill(qtbot, d, name="Notes", phone="0933000001")
    d.notes_edit.setFocus()
    qtbot.keyClicks(d.notes_edit, "line 1")
    qtbot.keyClick(d.notes_edit, Qt.Key_Return, Qt.ShiftModifier)
    qtbot.keyClicks(d.notes_edit, "line 2")
    with qtbot.waitSignal(d.accepted, timeout=WAIT):
        qtbot.keyClick(d.notes_edit, Qt.Key_Return)
    assert d.result_member.notes == "line 1\nline 2"


def test_edit_loads_saves_and_announces_the_change(shop, ctx, qtbot):
    with shop.transaction() as s:
        m = members.sign_up(s, name="Old Name", phone="0944-000-111", birthday="05-06", gender="F")
    d = make_dialog(ctx, qtbot, member_id=m.id)
    assert d.phone_edit.text() == "0944-000-111"
    assert d.birthday_edit.text() == "05-06"
    assert d.gender_combo.currentData() == "F"
    assert m.member_no in d.info_label.text()
    assert d.ok_button.text() == "Save"
    changes, resets = [], []
    ctx.member_changed.connect(changes.append)
    ctx.members_reset.connect(lambda: resets.append(1))
    d.name_edit.clear()
    qtbot.keyClicks(d.name_edit, "New Name")
    press_ok(qtbot, d)
    assert not d.isVisible()
    assert d.result_member.name == "New Name"
    assert changes == [m.id] and resets == []
    with shop.read() as s:
        assert members.get_view(s, m.id).name == "New Name"
        assert members.get_view(s, m.id).member_no == m.member_no


def test_edit_to_someone_elses_phone_is_refused_and_nothing_changes(shop, ctx, qtbot):
    with shop.transaction() as s:
        a = members.sign_up(s, name="Anna", phone="0955-000-001")
        members.sign_up(s, name="Bella", phone="0955-000-002")
    d = make_dialog(ctx, qtbot, member_id=a.id)
    d.name_edit.clear()
    qtbot.keyClicks(d.name_edit, "Anna Lee")
    d.phone_edit.clear()
    qtbot.keyClicks(d.phone_edit, "0955000002")
    press_ok(qtbot, d)
    assert "Bella" in d.error_text("phone") and d.isVisible()
    with shop.read() as s:
        assert members.get_view(s, a.id).name == "Anna"  # not half-saved


def test_prefill_from_a_search_that_found_nobody(ctx, qtbot):
    d = make_dialog(ctx, qtbot)
    d.prefill("0912 345 678")
    assert d.phone_edit.text() == "0912 345 678" and d.name_edit.text() == ""
    d2 = make_dialog(ctx, qtbot)
    d2.prefill("林")
    assert d2.name_edit.text() == "林" and d2.phone_edit.text() == ""
