"""The Follow-ups tab driven with real widgets on a real SQLite file: the list
grouped by reason, logging a call in two clicks, do-not-call, sharing out the
calls, "my calls", the CSV and PDF call sheets, the staff results, and that
the list loads off the UI thread."""
from __future__ import annotations

import datetime as dt
import re
import threading
import time
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt, QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from app import calls, complaints, followups, settings
from app.staff import add_staff
from db.models import FollowupAssignment
from tests.app.test_followups import D0, at, buy, days, new_member, set_rule

WAIT = 10000
FONT = Path(__file__).resolve().parents[2] / "resources" / "fonts" / "DroidSansFallbackFull.ttf"
AS_OF = days(125)  # 2026-07-05
NOW = at(AS_OF, 11)


@pytest.fixture(autouse=True)
def cjk_font(qapp):
    assert QFontDatabase.addApplicationFont(str(FONT)) >= 0


@pytest.fixture
def scene(shop):
    """Members due for several reasons on AS_OF, and four staff.

    dormant step 1: 陳美玲, 林志豪 (65 days); step 2: 王小明 (125); step 3:
    黃淑芬 (190); birthday: 張家豪 (in 3 days); complaint: 李大同 (open);
    new member: 吳小華 (joined 7 days ago, no purchase); not due: 周杰.
    """
    with shop.transaction() as s:
        settings.put(s, language="en")
    set_rule(shop, "thank_you", enabled=False)
    ids = {}
    with shop.transaction() as s:
        def member(name, bought, **kw):
            mid = new_member(s, name, joined=kw.pop("joined", days(-400)), **kw)
            if bought is not None:
                buy(s, mid, bought)
            ids[name] = mid

        member("王小明", D0)
        member("陳美玲", days(60))
        member("林志豪", days(60))
        member("黃淑芬", days(-65))
        birthday = AS_OF + dt.timedelta(days=3)
        member("張家豪", AS_OF - dt.timedelta(days=10), birthday=f"{birthday:%m-%d}")
        member("李大同", AS_OF - dt.timedelta(days=5))
        member("吳小華", None, joined=AS_OF - dt.timedelta(days=7))
        member("周杰", AS_OF - dt.timedelta(days=2))
        complaints.log_complaint(s, member_id=ids["李大同"], what="頭髮剪得太短", severity="high", now=at(AS_OF, 9))
        staff = {
            "owner": add_staff(s, name="老闆", role="owner").id,
            "mei": add_staff(s, name="小美").id,
            "jie": add_staff(s, name="阿傑").id,
            "amy": add_staff(s, name="Amy").id,
        }
    return {"members": ids, "staff": staff}


@pytest.fixture
def ctx(shop, qtbot, scene):
    from ui.context import AppContext

    c = AppContext(shop, "en")
    c.reload_settings()
    c.set_staff(scene["staff"]["mei"], "小美")
    yield c
    c.runner.wait()
    c.reader.wait()


def settle(qtbot, ctx) -> None:
    qtbot.waitUntil(lambda: ctx.runner.pending == 0 and ctx.reader.pending == 0, timeout=WAIT)


@pytest.fixture
def tab(ctx, qtbot):
    from ui.followups_tab import FollowupsTab

    w = FollowupsTab(ctx, clock=lambda: NOW)
    w.open_saved_files = False
    qtbot.addWidget(w)
    w.resize(1280, 760)
    with qtbot.waitSignal(w.list_loaded, timeout=WAIT):
        w.show()
    qtbot.waitExposed(w)
    settle(qtbot, ctx)
    return w


def due(shop, **kw) -> list[followups.DueItem]:
    with shop.read() as s:
        return followups.due_list(s, AS_OF, **kw)


def shown_ids(tab) -> list[int]:
    return [it.member_id for it in tab.model.shown()]


def cell(tab, row: int, column: str) -> str:
    from ui.followups_tab import COLUMN_IDS

    return tab.model.data(tab.model.index(row, COLUMN_IDS.index(column)))


def group_count(tab, key: str) -> int:
    return int(tab._group_items[key].text(1))


def click_row(qtbot, tab, row: int) -> None:
    rect = tab.table.visualRect(tab.model.index(row, 0))
    qtbot.mouseClick(tab.table.viewport(), Qt.LeftButton, pos=rect.center())


def open_call_dialog(qtbot, tab, member_id: int):
    """Click 1: the row; Enter opens the dialog (as a double-click does)."""
    row = tab.model.row_of(member_id)
    click_row(qtbot, tab, row)
    assert tab.selected_member_id() == member_id
    with qtbot.waitSignal(tab.dialog_opened, timeout=WAIT) as opened:
        qtbot.keyClick(tab.table, Qt.Key_Return)
    return opened.args[0]


def log_in_dialog(qtbot, tab, dialog, outcome: str) -> None:
    """Click 2: the outcome; Enter saves."""
    qtbot.mouseClick(dialog.outcome_buttons[outcome], Qt.LeftButton)
    with qtbot.waitSignal(dialog.finished, timeout=WAIT):
        qtbot.keyClick(dialog.outcome_buttons[outcome], Qt.Key_Return)
    settle(qtbot, tab.ctx)


# --------------------------------------------------------------------------- the list


def test_the_list_is_grouped_by_reason_with_the_right_counts(tab, shop, scene):
    m = scene["members"]
    items = due(shop)
    assert shown_ids(tab) == [i.member_id for i in items], "the service's order: most urgent first"
    assert m["周杰"] not in shown_ids(tab)
    assert {k: group_count(tab, k) for k in ("all", "complaint", "birthday", "dormant", "dormant:1", "dormant:2",
                                             "dormant:3", "new_member", "replenish", "thank_you")} == {
        "all": 7, "complaint": 1, "birthday": 1, "dormant": 4, "dormant:1": 2, "dormant:2": 1, "dormant:3": 1,
        "new_member": 1, "replenish": 0, "thank_you": 0}
    assert cell(tab, 0, "name") == "李大同" and cell(tab, 0, "reason") == "Complaint"
    assert "頭髮剪得太短" in cell(tab, 0, "say")

    tab.select_group("dormant:1")
    assert sorted(shown_ids(tab)) == sorted([m["陳美玲"], m["林志豪"]])
    assert {cell(tab, r, "reason") for r in range(2)} == {"Win-back 1"}
    assert {cell(tab, r, "days") for r in range(2)} == {"65"}
    tab.select_group("dormant")
    assert len(shown_ids(tab)) == 4
    tab.select_group("new_member")
    assert shown_ids(tab) == [m["吳小華"]] and cell(tab, 0, "days") == "—"
    tab.select_group("all")
    assert len(shown_ids(tab)) == 7
    assert "7 to call" in tab.count_label.text()


def test_the_model_is_a_sound_table_model(tab, qtmodeltester):
    qtmodeltester.check(tab.model)
    tab.select_group("dormant")
    tab.model.sort(3, Qt.DescendingOrder)
    qtmodeltester.check(tab.model)
    days_shown = [it.days_since_last_purchase for it in tab.model.shown()]
    assert days_shown == sorted(days_shown, reverse=True)


def test_header_clicks_sort_then_go_back_to_most_urgent_first(tab, shop):
    urgent = shown_ids(tab)
    tab._on_header_clicked(0)
    assert [it.name for it in tab.model.shown()] == sorted(it.name for it in tab.model.shown())
    tab._on_header_clicked(0)
    assert [it.name for it in tab.model.shown()] == sorted((it.name for it in tab.model.shown()), reverse=True)
    tab._on_header_clicked(0)
    assert shown_ids(tab) == urgent


def test_ctrl_f_filters_by_name_phone_or_card(tab, qtbot, shop, scene):
    m = scene["members"]
    tab.table.setFocus()
    qtbot.keyClick(tab, Qt.Key_F, Qt.ControlModifier)
    assert tab.filter_edit.hasFocus()
    phone = next(i.phone for i in due(shop) if i.member_id == m["林志豪"])
    qtbot.keyClicks(tab.filter_edit, phone[-4:])
    qtbot.waitUntil(lambda: shown_ids(tab) == [m["林志豪"]], timeout=WAIT)
    assert "1 of 7 shown" in tab.count_label.text()
    tab.filter_edit.setText("王小")
    qtbot.keyClick(tab.filter_edit, Qt.Key_Return)
    assert shown_ids(tab) == [m["王小明"]]
    assert tab.table.hasFocus() and tab.selected_member_id() == m["王小明"]
    tab.filter_edit.setText("nobody here")
    tab._apply_filter()
    assert tab.model.rowCount() == 0 and tab.empty_label.isVisible()


def test_the_list_loads_off_the_ui_thread_with_an_indicator(tab, qtbot, monkeypatch):
    """While the list is worked out (slowly here) the event loop keeps running
    and the indicator shows; the rows arrive afterwards."""
    from ui import followups_tab

    real = followups_tab.load_call_list
    threads = []

    def slow(*a, **kw):
        threads.append(threading.current_thread())
        time.sleep(0.8)
        return real(*a, **kw)

    monkeypatch.setattr(followups_tab, "load_call_list", slow)
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    tab.reload()
    assert tab.loading
    qtbot.waitUntil(lambda: tab.loading_shown, timeout=WAIT)
    with qtbot.waitSignal(tab.list_loaded, timeout=WAIT):
        pass
    timer.stop()
    assert threads and threads[0] is not threading.main_thread()
    assert len(ticks) >= 15, "the UI thread kept running while the list loaded"
    assert not tab.loading and not tab.loading_shown
    assert tab.model.rowCount() == 7


# --------------------------------------------------------------------------- calls


def test_no_answer_is_logged_in_two_clicks(tab, qtbot, shop, scene):
    m = scene["members"]
    dialog = open_call_dialog(qtbot, tab, m["陳美玲"])
    assert not dialog.save_button.isEnabled(), "nothing is saved before an outcome is chosen"
    log_in_dialog(qtbot, tab, dialog, "no_answer")
    with shop.read() as s:
        history = calls.call_history(s, m["陳美玲"])
    assert [(c.outcome, c.reason, c.step, c.staff_id, c.called_at) for c in history] == [
        ("no_answer", "dormant", 1, scene["staff"]["mei"], NOW)]
    row = tab.model.row_of(m["陳美玲"])
    assert cell(tab, row, "last_call") == "No answer · today"
    assert tab.model.data(tab.model.index(row, 0), Qt.ForegroundRole) is not None, "greyed: done for now"
    assert tab.selected_member_id() == tab.model.row_at(row + 1).member_id, "on to the next row"
    assert "1 called" in tab.count_label.text()
    assert "No answer" in tab.confirm_label.text()
    # recomputed: retried tomorrow, so off today's list
    with qtbot.waitSignal(tab.list_loaded, timeout=WAIT):
        tab.reload()
    assert m["陳美玲"] not in shown_ids(tab)


def test_the_call_dialog_takes_notes_and_a_call_back_day(tab, qtbot, shop, scene):
    m = scene["members"]
    dialog = open_call_dialog(qtbot, tab, m["林志豪"])
    dialog.choose("reached")
    dialog.notes_edit.setText("在外地工作，下個月回來")
    dialog.next_check.setChecked(True)
    dialog.next_date.setDate(dialog.next_date.date().addDays(9))
    with qtbot.waitSignal(dialog.finished, timeout=WAIT):
        qtbot.keyClick(dialog.notes_edit, Qt.Key_Return)
    settle(qtbot, tab.ctx)
    with shop.read() as s:
        (c,) = calls.call_history(s, m["林志豪"])
    assert (c.outcome, c.notes, c.next_call_on) == ("reached", "在外地工作，下個月回來", AS_OF + dt.timedelta(days=10))


def test_a_rung_with_a_voucher_shows_it_and_the_call_records_it_pending(tab, qtbot, shop, scene):
    m = scene["members"]
    dialog = open_call_dialog(qtbot, tab, m["王小明"])  # step 2: a NT$100 voucher
    assert dialog.offer_label.isVisibleTo(dialog) and "NT$100" in dialog.offer_label.text()
    log_in_dialog(qtbot, tab, dialog, "will_come_in")
    with shop.read() as s:
        (v,) = calls.vouchers(s, member_id=m["王小明"])
    assert (v.status, v.step, v.value) == ("pending", 2, 10000)
    assert v.code in tab.confirm_label.text()
    # a rung without a voucher shows none
    dialog = open_call_dialog(qtbot, tab, m["林志豪"])
    assert not dialog.offer_label.isVisibleTo(dialog)
    dialog.reject()


def test_do_not_call_takes_the_member_off_the_list_after_reload(tab, qtbot, shop, scene):
    m = scene["members"]
    dialog = open_call_dialog(qtbot, tab, m["黃淑芬"])
    qtbot.mouseClick(dialog.outcome_buttons["do_not_call"], Qt.LeftButton)
    assert "owner" in dialog.warn_label.text(), "the dialog says what do-not-call does"
    with qtbot.waitSignal(dialog.finished, timeout=WAIT):
        qtbot.keyClick(dialog, Qt.Key_Return)
    settle(qtbot, tab.ctx)
    assert m["黃淑芬"] in shown_ids(tab), "the list does not jump under the caller"
    with shop.read() as s:
        assert followups.is_blocked(s, m["黃淑芬"], AS_OF)
    tab.activateWindow()  # as closing the dialog does on a desktop
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab.window(), timeout=WAIT)
    with qtbot.waitSignal(tab.list_loaded, timeout=WAIT):
        qtbot.keyClick(tab.table, Qt.Key_F5)
    assert m["黃淑芬"] not in shown_ids(tab)
    assert group_count(tab, "dormant:3") == 0 and group_count(tab, "all") == 6


def test_enter_does_nothing_before_an_outcome_is_chosen(tab, qtbot, shop, scene):
    dialog = open_call_dialog(qtbot, tab, scene["members"]["王小明"])
    qtbot.keyClick(dialog, Qt.Key_Return)
    assert dialog.isVisible() and dialog.form_error.isVisibleTo(dialog)
    qtbot.keyClick(dialog, Qt.Key_2)  # the keyboard picks outcomes too
    assert dialog.outcome == "no_answer"
    dialog.reject()
    with shop.read() as s:
        assert calls.call_history(s, scene["members"]["王小明"]) == []


def test_calls_are_only_logged_for_today(tab, qtbot):
    tab.date_edit.setDate(tab.date_edit.date().addDays(1))
    qtbot.waitUntil(lambda: not tab.loading, timeout=WAIT)
    settle(qtbot, tab.ctx)
    tab._select_row(0)
    assert not tab.log_button.isEnabled()
    tab.log_call()
    assert tab.active_dialog is None
    tab.go_today()
    settle(qtbot, tab.ctx)
    tab._select_row(0)
    assert tab.log_button.isEnabled()


# --------------------------------------------------------------------------- complaints, member


def test_a_complaint_logged_from_the_tab_puts_the_member_first(tab, qtbot, shop, scene):
    from ui.complaint_dialog import ComplaintDialog

    m = scene["members"]
    tab.select_member(m["陳美玲"])
    with qtbot.waitSignal(tab.dialog_opened, timeout=WAIT) as opened:
        tab.complaint_button.click()
    dialog = opened.args[0]
    assert isinstance(dialog, ComplaintDialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0 and ctx_idle(tab), timeout=WAIT)
    dialog.what_edit.setPlainText("等太久，沒有人招呼")
    dialog.severity_buttons["high"].setChecked(True)
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT):
        dialog.log_button.click()
    assert dialog.table.rowCount() == 1 and dialog.dirty
    with qtbot.waitSignal(tab.list_loaded, timeout=WAIT):
        dialog.reject()
    tab.select_group("complaint")
    assert sorted(shown_ids(tab)) == sorted([m["陳美玲"], m["李大同"]])
    assert tab.selected_member_id() == m["陳美玲"]

    # resolving it takes them out of the complaint group again
    with qtbot.waitSignal(tab.dialog_opened, timeout=WAIT) as opened:
        tab.open_complaints()
    dialog = opened.args[0]
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1 and dialog.selected() is not None, timeout=WAIT)
    dialog.resolution_edit.setText("道歉並送護髮一次")
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT):
        qtbot.keyClick(dialog.resolution_edit, Qt.Key_Return)
    with shop.read() as s:
        (c,) = complaints.list_complaints(s, member_id=m["陳美玲"])
    assert (c.status, c.resolution, c.resolved_by_id) == ("resolved", "道歉並送護髮一次", scene["staff"]["mei"])
    with qtbot.waitSignal(tab.list_loaded, timeout=WAIT):
        dialog.reject()
    assert shown_ids(tab) == [m["李大同"]]


def ctx_idle(tab) -> bool:
    return tab.ctx.runner.pending == 0 and tab.ctx.reader.pending == 0


def test_open_at_counter_and_history(tab, qtbot, scene):
    from ui.history_dialog import HistoryDialog

    m = scene["members"]
    tab.select_member(m["王小明"])
    with qtbot.waitSignal(tab.ctx.open_member, timeout=WAIT) as sig:
        tab.counter_button.click()
    assert sig.args == [m["王小明"]]
    with qtbot.waitSignal(tab.dialog_opened, timeout=WAIT) as opened:
        qtbot.keyClick(tab, Qt.Key_H, Qt.ControlModifier)
    assert isinstance(opened.args[0], HistoryDialog) and opened.args[0].member_id == m["王小明"]
    settle(qtbot, tab.ctx)
    opened.args[0].reject()


# --------------------------------------------------------------------------- staff


def test_assign_spreads_the_rows_evenly_over_the_staff_on_shift(tab, qtbot, shop, scene):
    from ui.followups_tab import AssignDialog

    st = scene["staff"]
    with qtbot.waitSignal(tab.dialog_opened, timeout=WAIT) as opened:
        tab.assign_button.click()
    dialog = opened.args[0]
    assert isinstance(dialog, AssignDialog)
    dialog.boxes[st["owner"]].setChecked(False)  # the owner is not calling today
    with qtbot.waitSignal(tab.list_loaded, timeout=WAIT):
        dialog.accept()
    with shop.read() as s:
        rows = s.execute(select(FollowupAssignment.member_id, FollowupAssignment.staff_id)
                         .where(FollowupAssignment.day == AS_OF)).all()
    per = {sid: sum(1 for _m, s_ in rows if s_ == sid) for sid in (st["mei"], st["jie"], st["amy"])}
    assert sorted(per.values()) == [2, 2, 3] and st["owner"] not in {s_ for _m, s_ in rows}
    assert len(rows) == 7
    names = {st["mei"]: "小美", st["jie"]: "阿傑", st["amy"]: "Amy"}
    assert [cell(tab, r, "staff") for r in range(7)] == [names[it.assigned_staff_id] for it in tab.model.shown()]
    assert all(cell(tab, r, "staff") for r in range(7))
    assert "小美" in tab.confirm_label.text()


def test_my_calls_shows_only_the_rows_assigned_to_me(tab, qtbot, shop, scene):
    st = scene["staff"]
    tab.assign_to([st["mei"], st["jie"]])
    qtbot.waitUntil(lambda: ctx_idle(tab) and not tab.loading, timeout=WAIT)
    with shop.read() as s:
        mine = [i.member_id for i in calls.my_calls(s, st["mei"], AS_OF)]
        jies = [i.member_id for i in calls.my_calls(s, st["jie"], AS_OF)]
    assert len(mine) == 4 and len(jies) == 3
    assert "小美" in tab.mine_check.text()
    with qtbot.waitSignal(tab.list_loaded, timeout=WAIT):
        tab.set_mine(True)
    assert shown_ids(tab) == mine and group_count(tab, "all") == 4
    # the cashier hands over to 阿傑: his calls
    with qtbot.waitSignal(tab.list_loaded, timeout=WAIT):
        tab.ctx.set_staff(st["jie"], "阿傑")
    assert shown_ids(tab) == jies and "阿傑" in tab.mine_check.text()
    # nobody assigned to Amy: the list says what to do
    with qtbot.waitSignal(tab.list_loaded, timeout=WAIT):
        tab.ctx.set_staff(st["amy"], "Amy")
    assert tab.model.rowCount() == 0 and "Assign" in tab.empty_label.text()
    with qtbot.waitSignal(tab.list_loaded, timeout=WAIT):
        tab.set_mine(False)
    assert len(shown_ids(tab)) == 7


def test_the_owner_reassigns_a_row_a_cashier_cannot(tab, qtbot, shop, scene):
    st, m = scene["staff"], scene["members"]
    tab.assign_to([st["mei"], st["jie"]])
    qtbot.waitUntil(lambda: ctx_idle(tab) and not tab.loading, timeout=WAIT)
    tab.select_member(m["王小明"])
    # 小美 (a cashier) is at the desk: refused, told plainly, nothing changes
    tab.reassign_to(st["amy"])
    settle(qtbot, tab.ctx)
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert boxes and "owner" in boxes[0].text().lower()
    for b in boxes:
        b.close()
    with shop.read() as s:
        assert m["王小明"] not in [i.member_id for i in calls.my_calls(s, st["amy"], AS_OF)]
    tab.ctx.set_staff(st["owner"], "老闆")
    tab.select_member(m["王小明"])
    tab.reassign_to(st["amy"])
    settle(qtbot, tab.ctx)
    assert cell(tab, tab.model.row_of(m["王小明"]), "staff") == "Amy"
    with shop.read() as s:
        assert [i.member_id for i in calls.my_calls(s, st["amy"], AS_OF)] == [m["王小明"]]


# --------------------------------------------------------------------------- files


def test_csv_export_is_the_due_list(tab, qtbot, shop, tmp_path):
    path = tmp_path / "calls.csv"
    with qtbot.waitSignal(tab.file_saved, timeout=WAIT):
        tab.export_csv(str(path))
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "a BOM, so Excel reads the Chinese names"
    assert raw.decode("utf-8-sig") == followups.render(due(shop), "csv")
    assert "王小明" in raw.decode("utf-8-sig")
    # the rows shown: one group only
    tab.select_group("birthday")
    with qtbot.waitSignal(tab.file_saved, timeout=WAIT):
        tab.export_csv(str(path))
    assert path.read_text(encoding="utf-8-sig") == followups.render(
        [i for i in due(shop) if i.reason == "birthday"], "csv")


def test_export_to_a_folder_that_does_not_exist_is_told_plainly(tab, qtbot, tmp_path):
    tab.export_csv(str(tmp_path / "missing" / "calls.csv"))
    settle(qtbot, tab.ctx)
    assert tab.confirm_label.property("kind") == "error"
    assert "Could not save" in tab.confirm_label.text()
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QMessageBox):
            w.close()


def test_the_printed_call_sheet_has_every_name_in_chinese(tab, qtbot, shop, tmp_path):
    path = tmp_path / "sheet.pdf"
    with qtbot.waitSignal(tab.file_saved, timeout=WAIT):
        tab.print_callsheet(str(path))
    doc = pdfium.PdfDocument(str(path))
    try:
        text = "".join(doc[i].get_textpage().get_text_bounded() for i in range(len(doc)))
        w, h = doc[0].get_size()
    finally:
        doc.close()
    text = re.sub(r"\s+", "", text)
    assert w > h
    for it in due(shop):
        assert it.name in text and it.phone in text
    assert "周杰" not in text


# --------------------------------------------------------------------------- results


def test_staff_results_match_the_service(tab, qtbot, shop, scene):
    st, m = scene["staff"], scene["members"]
    with shop.transaction() as s:
        calls.log_call(s, member_id=m["王小明"], staff_id=st["mei"], outcome="reached", now=at(AS_OF, 9))
        calls.log_call(s, member_id=m["陳美玲"], staff_id=st["mei"], outcome="no_answer", now=at(AS_OF, 9))
        calls.log_call(s, member_id=m["林志豪"], staff_id=st["jie"], outcome="will_come_in", now=at(AS_OF, 10))
    with shop.transaction() as s:
        buy(s, m["林志豪"], at(AS_OF, 16))  # a win-back for 阿傑
    tab.results_button.click()
    view = tab.performance
    assert tab.pages.currentWidget() is view
    with qtbot.waitSignal(view.loaded, timeout=WAIT):
        view.set_period(AS_OF - dt.timedelta(days=6), AS_OF)
    with shop.read() as s:
        expected = calls.staff_performance(s, AS_OF - dt.timedelta(days=6), AS_OF)
    table = view.table
    got = [[table.item(r, c).text() for c in range(5)] for r in range(table.rowCount())]
    want = [[r.name, str(r.calls), str(r.reached), str(r.winbacks), f"{r.winback_rate * 100:.0f}%" if r.calls else "—"]
            for r in expected]
    assert got[:-1] == want
    assert got[0] == ["阿傑", "1", "1", "1", "100%"]
    assert got[-1] == ["Everyone", "3", "2", "1", "33%"]
    assert "3 call(s)" in view.status.text() or "3 calls" in view.status.text()


def test_the_main_window_has_the_tab(shop, qtbot, tmp_path, scene):
    from ui.context import AppContext
    from ui.followups_tab import FollowupsTab
    from ui.main_window import MainWindow

    ctx = AppContext(shop, "en")
    ctx.reload_settings()
    w = MainWindow(ctx, QSettings(str(tmp_path / "q.ini"), QSettings.IniFormat))
    qtbot.addWidget(w)
    tab = w.tab("followups")
    assert isinstance(tab, FollowupsTab)
    assert w.tabs.tabText(w.tabs.indexOf(tab)) == "Follow-ups"
    # opening a member from the list shows them at the counter
    w.tabs.setCurrentWidget(tab)
    w.show()
    qtbot.waitUntil(lambda: tab.data is not None, timeout=WAIT)
    ctx.open_member.emit(scene["members"]["王小明"])
    assert w.tabs.currentWidget() is w.counter
    qtbot.waitUntil(lambda: w.counter.member is not None, timeout=WAIT)
    assert w.counter.member.id == scene["members"]["王小明"]
    ctx.runner.wait()
    ctx.reader.wait()


# --------------------------------------------------------------------------- rules


def test_the_owner_picks_a_preset_or_changes_a_rule_and_the_list_follows(tab, qtbot, shop, scene):
    from ui.followups_settings import FollowupRulesDialog

    m = scene["members"]
    with qtbot.waitSignal(tab.dialog_opened, timeout=WAIT) as opened:
        tab.rules_button.click()
    dialog = opened.args[0]
    assert isinstance(dialog, FollowupRulesDialog)
    qtbot.waitUntil(lambda: dialog.rules is not None, timeout=WAIT)
    assert dialog.preset.currentData() == "custom", "thank-you calls were switched off in this shop"
    assert [s.value() for s in dialog.step_spins] == [60, 120, 180]
    assert "NT$100" in dialog.vouchers_label.text()

    # the salon preset fills the form; nothing is stored until Save
    dialog.preset.setCurrentIndex(dialog.PRESET_KEYS.index("salon"))
    assert dialog.fields[("new_member", "after_days")].value() == 3
    assert "NT$200" in dialog.vouchers_label.text()
    with shop.read() as s:
        assert followups.get_rules(s)["preset"] == "custom"

    # one number changed: the rules become custom; steps that do not grow are refused
    dialog.step_spins[0].setValue(130)
    assert dialog.preset.currentData() == "custom"
    dialog.save()
    assert dialog.isVisible() and dialog.form_error.isVisibleTo(dialog)
    dialog.step_spins[0].setValue(65)  # 陳美玲 and 林志豪 (65 days) still due at step 1
    dialog.fields[("dormant", "lost_after_days")].setValue(45)
    dialog.enabled["new_member"].setChecked(False)
    with qtbot.waitSignal(tab.list_loaded, timeout=WAIT):
        dialog.save_button.click()
    with shop.read() as s:
        rules = followups.get_rules(s)
    assert rules["preset"] == "custom" and rules["dormant"]["steps"] == [65, 120, 180]
    assert rules["dormant"]["lost_after_days"] == 45 and rules["new_member"]["enabled"] is False
    assert rules["new_member"]["after_days"] == 3, "the salon preset's numbers were kept"
    assert m["吳小華"] not in shown_ids(tab) and group_count(tab, "new_member") == 0
    assert {m["陳美玲"], m["林志豪"]} <= set(shown_ids(tab))

    # choosing a preset and saving stores exactly the preset
    with qtbot.waitSignal(tab.dialog_opened, timeout=WAIT) as opened:
        tab.edit_rules()
    dialog = opened.args[0]
    qtbot.waitUntil(lambda: dialog.rules is not None, timeout=WAIT)
    dialog.preset.setCurrentIndex(dialog.PRESET_KEYS.index("arcade"))
    with qtbot.waitSignal(tab.list_loaded, timeout=WAIT):
        dialog.save_button.click()
    with shop.read() as s:
        assert followups.get_rules(s) == followups.PRESETS["arcade"]


def test_a_very_long_call_sheet_is_asked_about_first(tab, qtbot, shop, tmp_path, monkeypatch):
    from ui import followups_tab

    monkeypatch.setattr(followups_tab, "SHEET_CONFIRM_ROWS", 5)
    path = tmp_path / "sheet.pdf"
    with qtbot.waitSignal(tab.dialog_opened, timeout=WAIT) as opened:
        tab.print_callsheet(str(path))
    box = opened.args[0]
    assert isinstance(box, QMessageBox) and "7" in box.text()
    box.button(QMessageBox.Cancel).click()
    settle(qtbot, tab.ctx)
    assert not path.exists(), "cancelled: nothing written"
    with qtbot.waitSignal(tab.dialog_opened, timeout=WAIT) as opened:
        tab.print_callsheet(str(path))
    with qtbot.waitSignal(tab.file_saved, timeout=WAIT):
        opened.args[0].button(QMessageBox.Yes).click()
    assert path.read_bytes().startswith(b"%PDF")
    tab.select_group("dormant")  # 4 rows: printed without asking
    with qtbot.waitSignal(tab.file_saved, timeout=WAIT):
        tab.print_callsheet(str(path))
