"""The Members tab, its table model and the history dialog, driven with real
widgets on a real SQLite file."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFontDatabase
from sqlalchemy import func, select

from app import members, points, sales
from app.member_list import MemberFilter, Sort
from db.models import Member
from tests.member_data import bulk_insert_members

WAIT = 10000
FONT = Path(__file__).resolve().parents[2] / "resources" / "fonts" / "DroidSansFallbackFull.ttf"


@pytest.fixture(autouse=True)
def cjk_font(qapp):
    """The real app registers the bundled CJK font at start (ui/app.py)."""
    assert QFontDatabase.addApplicationFont(str(FONT)) >= 0


@pytest.fixture
def ctx(shop, qtbot):
    from ui.context import AppContext

    c = AppContext(shop, "en")
    yield c
    c.runner.wait()


def settle(qtbot, ctx) -> None:
    qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=WAIT)


@pytest.fixture
def tab(ctx, qtbot):
    from ui.members_tab import MembersTab

    w = MembersTab(ctx)
    qtbot.addWidget(w)
    w.resize(1200, 700)
    w.show()
    qtbot.waitExposed(w)
    settle(qtbot, ctx)
    return w


def member_count(shop) -> int:
    with shop.read() as s:
        return s.scalar(select(func.count(Member.id)))


def loaded_ids(model) -> list[int]:
    return [model.row_at(i).id for i in range(model.rowCount())]


# --- the model ---------------------------------------------------------------------


def test_model_passes_qtmodeltester_while_pages_arrive(shop, ctx, qtbot, qtmodeltester):
    from ui.member_model import MemberTableModel

    bulk_insert_members(shop, 450, seed=2)
    model = MemberTableModel(ctx, page_size=100)
    settle(qtbot, ctx)
    assert model.rowCount() == 100 and model.total == 450
    qtmodeltester.check(model)  # keeps checking on every signal below
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        settle(qtbot, ctx)
    assert model.rowCount() == 450
    assert len(set(loaded_ids(model))) == 450
    model.set_sort(Sort("points", descending=True))
    settle(qtbot, ctx)
    balances = [model.row_at(i).points_balance for i in range(model.rowCount())]
    assert balances == sorted(balances, reverse=True)
    model.set_filter(MemberFilter(has_points=True))
    settle(qtbot, ctx)
    assert all(model.row_at(i).points_balance > 0 for i in range(model.rowCount()))


def test_model_loads_lazily_and_counts_all(shop, ctx, qtbot, monkeypatch):
    from ui import member_model
    from ui.member_model import MemberTableModel

    monkeypatch.setattr(member_model, "FAST_SCROLL_S", 0)  # every fetch is a normal page
    bulk_insert_members(shop, 5000, seed=3)
    model = MemberTableModel(ctx)
    settle(qtbot, ctx)
    assert model.total == 5000
    assert model.rowCount() == 200  # one page, not 5,000 rows
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())  # a second call while loading is ignored
    settle(qtbot, ctx)
    assert model.rowCount() == 400


def test_fast_scrolling_gets_bigger_pages_and_a_pause_resets_them(shop, ctx, qtbot, monkeypatch):
    from ui import member_model
    from ui.member_model import MemberTableModel

    bulk_insert_members(shop, 3000, seed=3)
    model = MemberTableModel(ctx, page_size=100)
    settle(qtbot, ctx)
    monkeypatch.setattr(member_model, "FAST_SCROLL_S", 60)  # every fetch counts as fast
    sizes = []
    while model.canFetchMore(QModelIndex()):
        before = model.rowCount()
        model.fetchMore(QModelIndex())
        settle(qtbot, ctx)
        sizes.append(model.rowCount() - before)
    assert sizes == [200, 400, 500, 500, 500, 500, 300]  # doubling, capped at 5 pages, then the rest
    assert model.rowCount() == 3000 and not model.canFetchMore(QModelIndex())
    assert len(set(loaded_ids(model))) == 3000
    model.reload()
    settle(qtbot, ctx)
    monkeypatch.setattr(member_model, "FAST_SCROLL_S", 0)
    model.fetchMore(QModelIndex())
    settle(qtbot, ctx)
    assert model.rowCount() == 200


def test_model_refreshes_one_changed_member_without_reloading(shop, ctx, qtbot):
    from ui.member_model import MemberTableModel

    bulk_insert_members(shop, 300, seed=4)
    model = MemberTableModel(ctx)
    settle(qtbot, ctx)
    target = model.row_at(5)
    resets, changed = [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda a, b: changed.append((a.row(), b.row())))
    with shop.transaction() as s:
        points.adjust(s, member_id=target.id, points=1234, reason="goodwill")
    ctx.member_changed.emit(target.id)
    settle(qtbot, ctx)
    assert model.row_at(5).points_balance == target.points_balance + 1234
    assert model.data(model.index(5, 3)) == f"{target.points_balance + 1234:,}"
    assert changed == [(5, 5)] and resets == []
    # a member not loaded yet costs nothing
    ctx.member_changed.emit(999_999)
    settle(qtbot, ctx)
    assert changed == [(5, 5)]


def test_model_formats_last_visit_and_points(ctx, qtbot):
    from ui.member_model import MemberTableModel

    model = MemberTableModel(ctx, auto_load=False)
    today = dt.date(2026, 6, 15)
    at = lambda d: dt.datetime.combine(d, dt.time(15, 30))  # noqa: E731
    assert model.last_visit_text(None) == "—"
    assert model.last_visit_text(at(today), today) == "today"
    assert model.last_visit_text(at(today - dt.timedelta(days=1)), today) == "yesterday"
    assert model.last_visit_text(at(today - dt.timedelta(days=12)), today) in ("12 days ago", "12 day(s) ago")
    assert model.last_visit_text(at(today - dt.timedelta(days=59)), today) != "2026-04-17"
    assert model.last_visit_text(at(today - dt.timedelta(days=60)), today) == "2026-04-16"
    assert model.last_visit_text(at(dt.date(2025, 1, 2)), today) == "2025-01-02"


# --- the tab --------------------------------------------------------------------------


def test_tab_shows_a_page_and_the_count(shop, ctx, qtbot):
    from ui.members_tab import MembersTab

    bulk_insert_members(shop, 5000, seed=5)
    w = MembersTab(ctx)
    qtbot.addWidget(w)
    w.resize(1200, 700)
    w.show()
    settle(qtbot, ctx)
    assert w.model.rowCount() < 5000
    assert w.count_label.text() == "5,000 member(s)"
    # scrolling to the bottom fetches the next page, and only that
    before = w.model.rowCount()
    w.table.scrollToBottom()
    qtbot.waitUntil(lambda: w.model.rowCount() > before, timeout=WAIT)
    settle(qtbot, ctx)
    assert w.model.rowCount() <= before + 2 * 200


def test_search_filters_the_table_after_typing_stops(shop, ctx, tab, qtbot):
    bulk_insert_members(shop, 500, seed=6)
    with shop.transaction() as s:
        lin = members.sign_up(s, name="Lin Zhiling", phone="0987-654-321")
    ctx.members_reset.emit()
    settle(qtbot, ctx)
    assert tab.model.total == 501

    reloads = []
    tab.model.modelReset.connect(lambda: reloads.append(1))
    qtbot.keyClicks(tab.search, "zhiling")
    qtbot.waitUntil(lambda: tab.model.total == 1, timeout=WAIT)
    assert reloads == [1]  # debounced: one query for the word, not one per key
    settle(qtbot, ctx)
    assert loaded_ids(tab.model) == [lin.id]
    assert tab.count_label.text() == "1 member(s) found"

    tab.search.clear()
    qtbot.keyClicks(tab.search, "4321")  # last 4 digits
    qtbot.waitUntil(lambda: tab.model.filter.text == "4321", timeout=WAIT)
    settle(qtbot, ctx)
    assert lin.id in loaded_ids(tab.model)

    # Enter picks the first match and moves to the table, ready for Enter = edit
    tab.search.clear()
    qtbot.keyClicks(tab.search, lin.member_no)
    qtbot.keyClick(tab.search, Qt.Key_Return)
    settle(qtbot, ctx)
    assert loaded_ids(tab.model) == [lin.id]
    assert tab.selected_id() == lin.id and tab.table.hasFocus()
    d = _dialog(tab, qtbot, lambda: qtbot.keyClick(tab.table, Qt.Key_Return))
    assert d.member_id == lin.id
    d.reject()


def test_chinese_search_and_no_result_message(shop, ctx, tab, qtbot):
    with shop.transaction() as s:
        m = members.sign_up(s, name="陳美玲", phone="0912-888-777")
        members.sign_up(s, name="王小明", phone="0912-888-778")
    tab.search.setText("美玲")
    qtbot.waitUntil(lambda: tab.model.total == 1, timeout=WAIT)
    settle(qtbot, ctx)
    assert loaded_ids(tab.model) == [m.id]
    tab.search.setText("沒有這個人")
    qtbot.waitUntil(lambda: tab.model.total == 0, timeout=WAIT)
    assert tab.count_label.text() == "No members found"
    assert tab.hint_label.isHidden()


def test_a_mistyped_card_number_says_so(shop, ctx, tab, qtbot):
    with shop.transaction() as s:
        m = members.sign_up(s, name="陳美玲", phone="0912-888-777")
    ctx.members_reset.emit()
    settle(qtbot, ctx)
    assert tab.model.total == 1
    wrong = m.member_no[:-1] + next(c for c in "23456789" if c != m.member_no[-1])
    tab.search.setText(wrong)
    qtbot.waitUntil(lambda: tab.model.total == 0, timeout=WAIT)
    assert not tab.hint_label.isHidden()
    assert "mistyped" in tab.hint_label.text()


def test_filter_controls(shop, ctx, tab, qtbot):
    bulk_insert_members(shop, 800, seed=8)
    ctx.members_reset.emit()
    settle(qtbot, ctx)
    with shop.read() as s:
        with_points = s.scalar(select(func.count()).where(Member.points_balance > 0))
        women = s.scalar(select(func.count()).where(Member.gender == "F"))
        never = s.scalar(select(func.count()).where(Member.last_purchase_at.is_(None)))
    tab.has_points.setChecked(True)
    settle(qtbot, ctx)
    assert tab.model.total == with_points
    assert tab.count_label.text() == f"{with_points:,} member(s) found"
    tab.has_points.setChecked(False)
    tab.gender.setCurrentIndex(tab.gender.findData("F"))
    settle(qtbot, ctx)
    assert tab.model.total == women
    tab.clear_filters()
    tab.visit.setCurrentIndex(tab.visit.count() - 1)  # never bought anything
    settle(qtbot, ctx)
    assert tab.model.total == never
    tab.clear_filters()
    tab.joined.setCurrentIndex(tab.joined.findData("range"))
    assert tab.joined_from.isVisible() and tab.joined_to.isVisible()
    tab.joined_from.setDate(dt.date.today() - dt.timedelta(days=100))
    tab.joined_to.setDate(dt.date.today() - dt.timedelta(days=50))
    settle(qtbot, ctx)
    flt = tab.model.filter
    assert flt.joined_from == dt.date.today() - dt.timedelta(days=100)
    assert flt.joined_to == dt.date.today() - dt.timedelta(days=50)
    tab.clear_filters()
    settle(qtbot, ctx)
    assert tab.model.filter == MemberFilter()
    assert tab.model.total == 800


def test_header_click_sorts_and_unsortable_columns_keep_the_arrow(shop, ctx, tab, qtbot):
    from ui.member_model import COLUMN_IDS

    bulk_insert_members(shop, 300, seed=9)
    ctx.members_reset.emit()
    settle(qtbot, ctx)
    header = tab.table.horizontalHeader()
    points_col = COLUMN_IDS.index("points")
    qtbot.mouseClick(header.viewport(), Qt.LeftButton, pos=_section_center(header, points_col))
    settle(qtbot, ctx)
    assert tab.model.sort_order.key == "points"
    shown = [tab.model.row_at(i).points_balance for i in range(tab.model.rowCount())]
    assert shown == sorted(shown, reverse=tab.model.sort_order.descending)
    gender_col = COLUMN_IDS.index("gender")
    qtbot.mouseClick(header.viewport(), Qt.LeftButton, pos=_section_center(header, gender_col))
    settle(qtbot, ctx)
    assert tab.model.sort_order.key == "points"
    assert header.sortIndicatorSection() == points_col


def _section_center(header, section):
    from PySide6.QtCore import QPoint

    return QPoint(header.sectionViewportPosition(section) + header.sectionSize(section) // 2, header.height() // 2)


def _dialog(tab, qtbot, act):
    opened = []
    tab.dialog_opened.connect(opened.append)
    act()
    qtbot.waitUntil(lambda: bool(opened), timeout=WAIT)
    return opened[-1]


def test_sign_up_from_the_tab_shows_the_new_row(shop, ctx, tab, qtbot):
    bulk_insert_members(shop, 50, seed=10)
    ctx.members_reset.emit()
    settle(qtbot, ctx)
    tab.table.setFocus()
    d = _dialog(tab, qtbot, lambda: qtbot.keyClick(tab.table, Qt.Key_N, Qt.ControlModifier))
    d.name_edit.setText("Aaron Newcomer")
    d.phone_edit.setText("0977-123-456")
    with qtbot.waitSignal(d.accepted, timeout=WAIT):
        qtbot.keyClick(d.phone_edit, Qt.Key_Return)
    settle(qtbot, ctx)
    new_id = d.result_member.id
    qtbot.waitUntil(lambda: tab.selected_id() == new_id, timeout=WAIT)
    row = tab.model.row_of(new_id)
    assert tab.model.data(tab.model.index(row, 0)) == "Aaron Newcomer"
    assert tab.model.total == 51 and member_count(shop) == 51


def test_a_newcomer_far_down_the_list_is_found_for_the_cashier(shop, ctx, tab, qtbot):
    bulk_insert_members(shop, 600, seed=11)
    ctx.members_reset.emit()
    settle(qtbot, ctx)
    d = _dialog(tab, qtbot, tab.sign_up)
    d.name_edit.setText("黃小婷")  # sorts after every Latin name and most Chinese ones
    d.phone_edit.setText("0977-123-457")
    with qtbot.waitSignal(d.accepted, timeout=WAIT):
        d.ok_button.click()
    new_id = d.result_member.id
    qtbot.waitUntil(lambda: tab.selected_id() == new_id, timeout=WAIT)
    assert tab.search.text() == d.result_member.member_no


def test_sign_up_with_a_duplicate_phone_is_refused_in_the_tab(shop, ctx, tab, qtbot):
    with shop.transaction() as s:
        members.sign_up(s, name="陳美玲", phone="0912-888-777")
    ctx.members_reset.emit()
    settle(qtbot, ctx)
    d = _dialog(tab, qtbot, tab.signup_button.click)
    d.name_edit.setText("林小美")
    d.phone_edit.setText("0912888777")
    d.ok_button.click()
    qtbot.waitUntil(lambda: d.error_text("phone") != "", timeout=WAIT)
    assert "陳美玲" in d.error_text("phone")
    assert d.isVisible()
    settle(qtbot, ctx)
    assert member_count(shop) == 1 and tab.model.rowCount() == 1
    d.reject()


def test_enter_on_a_row_edits_and_the_row_updates(shop, ctx, tab, qtbot):
    with shop.transaction() as s:
        m = members.sign_up(s, name="Betty", phone="0912-000-001")
        members.sign_up(s, name="Carl", phone="0912-000-002")
    ctx.members_reset.emit()
    settle(qtbot, ctx)
    assert not tab.edit_button.isEnabled()
    tab._select_row(tab.model.row_of(m.id))
    assert tab.edit_button.isEnabled()
    tab.table.setFocus()
    d = _dialog(tab, qtbot, lambda: qtbot.keyClick(tab.table, Qt.Key_Return))
    qtbot.waitUntil(lambda: d.name_edit.text() == "Betty", timeout=WAIT)
    d.name_edit.setText("Betty Wu")
    resets = []
    tab.model.modelReset.connect(lambda: resets.append(1))
    with qtbot.waitSignal(d.accepted, timeout=WAIT):
        qtbot.keyClick(d.name_edit, Qt.Key_Return)
    settle(qtbot, ctx)
    row = tab.model.row_of(m.id)
    assert tab.model.data(tab.model.index(row, 0)) == "Betty Wu"
    assert resets == []  # only that row was refreshed
    with shop.read() as s:
        assert members.get_view(s, m.id).name == "Betty Wu"


def test_double_click_edits_and_open_at_counter_asks_the_counter(shop, ctx, tab, qtbot):
    with shop.transaction() as s:
        m = members.sign_up(s, name="Dora", phone="0912-000-003")
    ctx.members_reset.emit()
    settle(qtbot, ctx)
    tab._select_row(0)
    with qtbot.waitSignal(ctx.open_member, timeout=WAIT) as sig:
        tab.counter_button.click()
    assert sig.args == [m.id]
    rect = tab.table.visualRect(tab.model.index(0, 0))

    def double_click():
        qtbot.mouseClick(tab.table.viewport(), Qt.LeftButton, pos=rect.center())
        qtbot.mouseDClick(tab.table.viewport(), Qt.LeftButton, pos=rect.center())

    d = _dialog(tab, qtbot, double_click)
    assert d.member_id == m.id
    d.reject()


# --- history ----------------------------------------------------------------------------


def test_history_shows_a_refunds_take_back_with_the_running_balance(shop, ctx, tab, qtbot):
    from ui.history_dialog import HistoryDialog

    with shop.transaction() as s:
        m = members.sign_up(s, name="陳美玲", phone="0912-888-777")
    with shop.transaction() as s:
        first = sales.record_sale(s, sale_key="a", member_id=m.id, amount_cents=50000, category="茶葉")  # +500
    with shop.transaction() as s:
        sales.record_sale(s, sale_key="b", member_id=m.id, amount_cents=20000, points_to_spend=400)  # -400, +160
    with shop.transaction() as s:
        r = sales.refund_sale(s, sale_id=first.sale_id, refund_key="r", reason="returned a tin")
    assert r.points_taken_back == 260 and r.shortfall_points == 240

    ctx.members_reset.emit()
    settle(qtbot, ctx)
    tab._select_row(0)
    d = _dialog(tab, qtbot, lambda: qtbot.keyClick(tab.table, Qt.Key_H, Qt.ControlModifier))
    assert isinstance(d, HistoryDialog)
    qtbot.waitUntil(lambda: d.history is not None, timeout=WAIT)

    assert d.name_label.text() == "陳美玲"
    assert d.balance_label.text() == "0"
    assert m.member_no in d.details_label.text()
    # ledger, newest first: the take-back, with what could not be taken back
    assert [d.cell("ledger", 0, c) for c in range(5)] == [
        d.cell("ledger", 0, 0), "Taken back (refund)", "−260", "0", "returned a tin"
    ]
    assert d.cell("ledger", 0, 5) == "240 points could not be taken back"
    assert [d.cell("ledger", i, 3) for i in range(4)] == ["0", "260", "100", "500"]  # running balance
    assert [d.cell("ledger", i, 1) for i in range(4)] == [
        "Taken back (refund)", "Earned on a purchase", "Spent as a discount", "Earned on a purchase"
    ]
    # purchases: the refunded one says so
    assert d.purchases.rowCount() == 2
    assert d.cell("purchases", 1, 8) == "Refunded"
    assert d.cell("purchases", 1, 3) == "NT$500.00"
    assert d.cell("purchases", 0, 2) == "NT$40.00"  # 400 points at 100 points = NT$10
    assert d.cell("purchases", 0, 5) == "−400"
    assert d.tabs.tabText(1) == "Points ledger (4)"
    d.reject()


def test_history_lists_redemptions(shop, ctx, qtbot):
    from app import rewards
    from ui.history_dialog import HistoryDialog

    with shop.transaction() as s:
        m = members.sign_up(s, name="Eve", phone="0912-000-009")
        points.adjust(s, member_id=m.id, points=300, reason="opening gift")
        cup = rewards.create_reward(s, name="Tea cup", points_cost=200, stock=3)
    with shop.transaction() as s:
        rewards.redeem(s, redemption_key="x", member_id=m.id, reward_id=cup.id)
    d = HistoryDialog(ctx, m.id)
    qtbot.addWidget(d)
    qtbot.waitUntil(lambda: d.history is not None, timeout=WAIT)
    assert [d.cell("redemptions", 0, c) for c in (1, 2, 3)] == ["Tea cup", "−200", "Done"]
    assert d.cell("ledger", 0, 1) == "Reward"
    assert d.cell("ledger", 1, 1) == "Adjustment" and d.cell("ledger", 1, 4) == "opening gift"
    assert d.balance_label.text() == "100"


# --- segments (issue 3) -------------------------------------------------------------------


def test_segment_combo_filters_the_table_and_the_column_shows_the_label(shop, ctx, tab, qtbot):
    from ui.member_model import COLUMN_IDS

    today = dt.date.today()
    people = {"Amy": 10, "Ben": 89, "Cid": 90, "Dee": 200, "Eli": 400, "Fay": None}
    with shop.transaction() as s:
        for i, (name, days) in enumerate(people.items()):
            m = members.sign_up(s, name=name, phone=f"0912-300-{i:03d}")
            if days is not None:
                s.get(Member, m.id).last_purchase_at = dt.datetime.combine(today - dt.timedelta(days=days),
                                                                           dt.time(12, 0))
    ctx.members_reset.emit()
    settle(qtbot, ctx)
    combo = tab.segment
    assert combo.itemText(0) == "Any segment"
    assert [combo.itemText(i) for i in range(1, combo.count())] == [
        "Active (2)", "Marginal (1)", "Sleeping (1)", "Lost (1)", "New (no purchase yet) (1)"]

    seg_col = COLUMN_IDS.index("segment")
    assert tab.model.headerData(seg_col, Qt.Orientation.Horizontal) == "Segment"

    def shown() -> dict[str, str]:
        return {tab.model.row_at(i).name: tab.model.index(i, seg_col).data() for i in range(tab.model.rowCount())}

    assert shown() == {"Amy": "Active", "Ben": "Active", "Cid": "Marginal", "Dee": "Sleeping",
                       "Eli": "Lost", "Fay": "New (no purchase yet)"}
    for data, names in (("active", {"Amy", "Ben"}), ("marginal", {"Cid"}), ("sleeping", {"Dee"}),
                        ("lost", {"Eli"}), ("new", {"Fay"})):
        combo.setCurrentIndex(combo.findData(data))
        settle(qtbot, ctx)
        assert tab.model.filter.segment == data
        assert tab.model.rowCount() == len(names) == tab.model.total
        assert set(shown()) == names
        assert set(shown().values()) == {tab.model.segment_label(data)}
    tab.clear_filters()
    settle(qtbot, ctx)
    assert combo.currentIndex() == 0 and tab.model.rowCount() == 6


def test_segment_column_and_counts_use_the_shops_thresholds(shop, ctx, tab, qtbot):
    from app import segments
    from app import settings as shop_settings
    from ui.member_model import COLUMN_IDS

    with shop.transaction() as s:
        m = members.sign_up(s, name="Gus", phone="0912-400-001")
        s.get(Member, m.id).last_purchase_at = dt.datetime.combine(dt.date.today() - dt.timedelta(days=40),
                                                                   dt.time(9, 0))
        shop_settings.put(s, **{segments.SETTINGS_KEY: {"marginal_from": 30, "sleeping_from": 60, "lost_after": 90}})
    ctx.members_reset.emit()
    settle(qtbot, ctx)
    assert tab.model.thresholds["marginal_from"] == 30
    assert tab.model.index(0, COLUMN_IDS.index("segment")).data() == "Marginal"
    assert tab.segment.itemText(tab.segment.findData("marginal")) == "Marginal (1)"
    tab.segment.setCurrentIndex(tab.segment.findData("active"))
    settle(qtbot, ctx)
    assert tab.model.rowCount() == 0


def test_the_old_phone_of_a_merged_duplicate_shows_the_kept_member(shop, ctx, tab, qtbot):
    """The front desk may know only the phone the customer signed up with the
    first time: after the merge it leads to the member kept, not to nothing."""
    from app import merge
    from ui.member_model import COLUMN_IDS

    with shop.transaction() as s:
        old = members.sign_up(s, name="陳美玲", phone="0912-345-678")
        kept = members.sign_up(s, name="陳美玲", phone="0987-654-321")
        members.sign_up(s, name="王小明", phone="0933-222-111")
        merge.merge_members(s, keep_id=kept.id, merge_id=old.id)
    ctx.members_reset.emit()
    settle(qtbot, ctx)
    assert tab.model.total == 2 and kept.id in loaded_ids(tab.model) and old.id not in loaded_ids(tab.model)
    # the segment counts leave the duplicate out too: two members never bought anything
    assert tab.segment.itemText(tab.segment.findData("new")) == "New (no purchase yet) (2)"

    qtbot.keyClicks(tab.search, "0912345678")  # the duplicate's phone
    qtbot.waitUntil(lambda: tab.model.filter.text == "0912345678", timeout=WAIT)
    settle(qtbot, ctx)
    assert loaded_ids(tab.model) == [kept.id]
    assert tab.model.index(0, COLUMN_IDS.index("phone")).data() == "0987-654-321"  # the kept member's own
    assert tab.model.index(0, COLUMN_IDS.index("member_no")).data() == kept.member_no
    assert tab.count_label.text() == "1 member(s) found" and tab.hint_label.isHidden()
    tab.grab().save("/tmp/members_merged.png")

    for text in ("5678", old.member_no):  # the old last 4, the old card
        tab.search.setText(text)
        qtbot.waitUntil(lambda: tab.model.filter.text == text, timeout=WAIT)
        settle(qtbot, ctx)
        assert loaded_ids(tab.model) == [kept.id] and tab.model.total == 1, text
