"""The Counter driven with real widgets on a real SQLite file."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt
from sqlalchemy import func, select

from app import members, points, rewards, sales, settings, staff
from db.models import Member, Reward, Sale

WAIT = 5000


pytestmark = pytest.mark.usefixtures("english_ui")  # tests/ui/conftest.py


@pytest.fixture
def ctx(shop, qtbot):
    from ui.context import AppContext

    c = AppContext(shop, "en")
    with shop.transaction() as s:
        settings.put(s, shop_name="Lin's", setup_done=True)
        owner = staff.add_staff(s, name="Lin", role="owner")
    c.reload_settings()
    c.set_staff(owner.id, owner.name)
    yield c
    c.runner.wait()


@pytest.fixture
def counter(ctx, qtbot):
    from ui.counter_tab import CounterTab

    w = CounterTab(ctx)
    qtbot.addWidget(w)
    w.resize(1200, 760)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    w.search_box.setFocus()
    qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=WAIT)
    return w


def sign_up(shop, name="王小明", phone="0912-345-678", **kw):
    with shop.transaction() as s:
        return members.sign_up(s, name=name, phone=phone, **kw)


def balance(shop, member_id: int) -> int:
    with shop.read() as s:
        return s.get(Member, member_id).points_balance


def sale_count(shop) -> int:
    with shop.read() as s:
        return s.scalar(select(func.count(Sale.id)))


def scan(qtbot, counter, text: str) -> None:
    """What a keyboard-wedge scanner does: a burst of keys, then Enter."""
    counter.search_box.setFocus()
    qtbot.keyClicks(counter.search_box, text)
    qtbot.keyClick(counter.search_box, Qt.Key_Return)


def test_scan_card_then_sale_with_f2_shows_points_and_saves(shop, ctx, counter, qtbot):
    m = sign_up(shop)
    scan(qtbot, counter, m.member_no)
    qtbot.waitUntil(lambda: counter.member is not None, timeout=WAIT)
    assert counter.panel.name_label.text() == "王小明"
    assert counter.panel.points_label.text() == "0"
    assert counter.amount_edit.hasFocus()

    qtbot.keyClicks(counter.amount_edit, "NT$1,28.5")  # sloppy commas are fine
    counter.amount_edit.clear()
    qtbot.keyClicks(counter.amount_edit, "NT$128.50")
    qtbot.keyClick(counter.amount_edit, Qt.Key_F2)
    qtbot.waitUntil(lambda: counter.last_sale is not None, timeout=WAIT)

    assert balance(shop, m.id) == 128
    assert counter.panel.points_label.text() == "128"
    assert counter.confirm_label.text() == "Saved: NT$128.50, +128 points, balance 128"
    assert counter.amount_edit.text() == ""
    with shop.read() as s:
        sale = s.scalars(select(Sale)).one()
        assert (sale.total_cents, sale.member_id, sale.staff_id, sale.payment_method) == (12850, m.id, ctx.staff_id, "cash")


def test_typing_updates_results_and_enter_opens_chosen_match(shop, counter, qtbot):
    a = sign_up(shop, name="陳美玲", phone="0912-000-111")
    b = sign_up(shop, name="陳大文", phone="0933-220-111")
    counter.search_box.setFocus()
    qtbot.keyClicks(counter.search_box, "0111")
    qtbot.waitUntil(lambda: counter.results.count() == 2, timeout=WAIT)
    names = [counter.results.item(i).text() for i in range(2)]
    assert any("陳美玲" in n for n in names) and any("陳大文" in n for n in names)
    second = counter._results[1]
    qtbot.keyClick(counter.search_box, Qt.Key_Down)
    qtbot.keyClick(counter.search_box, Qt.Key_Return)
    qtbot.waitUntil(lambda: counter.member is not None, timeout=WAIT)
    assert counter.member.id == second.id
    assert {a.id, b.id} >= {counter.member.id}


def test_a_merged_duplicates_old_phone_lists_the_kept_member_and_says_why(shop, counter, qtbot):
    from app import merge

    old = sign_up(shop, name="陳美玲", phone="0912-000-111")
    kept = sign_up(shop, name="陳美玲", phone="0988-777-666")
    with shop.transaction() as s:
        merge.merge_members(s, keep_id=kept.id, merge_id=old.id)
    counter.search_box.setFocus()
    qtbot.keyClicks(counter.search_box, "0912000111")
    qtbot.waitUntil(lambda: counter.results.count() == 1, timeout=WAIT)
    text = counter.results.item(0).text()
    assert "0988-777-666" in text and text.endswith("(merged from 0912-000-111)")
    counter.search_box.clear()
    qtbot.keyClicks(counter.search_box, "0988777666")  # the kept member's own number: no note
    qtbot.waitUntil(lambda: counter.results.count() == 1 and "0988" in counter.results.item(0).text()
                    and "merged" not in counter.results.item(0).text(), timeout=WAIT)


def test_stale_lookup_results_are_dropped(shop, counter, qtbot):
    sign_up(shop, name="陳美玲", phone="0912-000-111")
    counter.search_box.setText("陳")
    counter._lookup(open_first=False)  # an older lookup still in flight …
    counter.search_box.setText("zzz-nobody")
    counter._lookup(open_first=False)  # … overtaken by the newer text
    qtbot.waitUntil(lambda: counter.ctx.runner.pending == 0, timeout=WAIT)
    assert counter.results.count() == 0
    assert counter._shown_query == "zzz-nobody"


def test_unknown_search_says_so_beside_the_box(shop, counter, qtbot):
    scan(qtbot, counter, "nobody-here")
    qtbot.waitUntil(lambda: counter.search_row.error != "", timeout=WAIT)
    assert "No member found" in counter.search_row.error
    assert counter.member is None


def test_mistyped_card_number_is_refused(shop, counter, qtbot):
    m = sign_up(shop)
    wrong = m.member_no[:-1] + ("2" if m.member_no[-1] != "2" else "3")
    scan(qtbot, counter, wrong)
    qtbot.waitUntil(lambda: counter.search_row.error != "", timeout=WAIT)
    assert "mistyped" in counter.search_row.error
    assert counter.member is None


def test_double_trigger_and_retry_post_once(shop, counter, qtbot):
    m = sign_up(shop)
    counter.show_member(m)
    counter.amount_edit.setText("100")
    counter.record_sale()
    counter.record_sale()  # a double press while the first is saving
    qtbot.keyClick(counter.amount_edit, Qt.Key_F2)
    qtbot.waitUntil(lambda: counter.last_sale is not None, timeout=WAIT)
    qtbot.waitUntil(lambda: counter.ctx.runner.pending == 0, timeout=WAIT)
    assert sale_count(shop) == 1
    assert balance(shop, m.id) == 100


def test_retry_after_error_reuses_the_key(shop, counter, qtbot):
    m = sign_up(shop)
    with shop.transaction() as s:
        points.adjust(s, member_id=m.id, points=250, reason="carried over")
    counter.show_member_id(m.id)
    qtbot.waitUntil(lambda: counter.member is not None and counter.member.points_balance == 250, timeout=WAIT)
    counter.amount_edit.setText("5")
    counter.points_spin.setValue(200)  # worth 20.00, more than the sale
    counter.record_sale()
    qtbot.waitUntil(lambda: counter.points_row.error != "", timeout=WAIT)
    assert "more than the sale" in counter.points_row.error
    key = counter.sale_key
    assert key is not None and sale_count(shop) == 0
    counter.points_spin.setValue(0)
    counter.record_sale()
    qtbot.waitUntil(lambda: counter.last_sale is not None, timeout=WAIT)
    assert counter.last_sale.sale_key == key
    assert counter.sale_key is None  # the next sale gets a new key
    assert sale_count(shop) == 1


@pytest.mark.parametrize(
    "typed, message",
    [
        ("", "Enter an amount."),
        ("abc", "is not an amount"),
        ("0", "more than zero"),
        ("-5", "more than zero"),
        ("1.234", "more than two decimals"),
        ("99999999999", "largest amount"),
    ],
)
def test_bad_amount_shows_message_beside_field_and_saves_nothing(shop, counter, qtbot, typed, message):
    m = sign_up(shop)
    counter.show_member(m)
    counter.amount_edit.setText(typed)
    qtbot.keyClick(counter.amount_edit, Qt.Key_Return)
    assert message in counter.amount_row.error
    assert counter.amount_row.error_label.isVisible()
    qtbot.waitUntil(lambda: counter.ctx.runner.pending == 0, timeout=WAIT)
    assert sale_count(shop) == 0 and balance(shop, m.id) == 0


def test_error_message_follows_ui_language(shop, ctx, counter, qtbot):
    ctx.lang = "zh_TW"
    counter.amount_edit.setText("abc")
    counter.record_sale()
    assert "不是金額" in counter.amount_row.error


def test_full_width_amount_is_accepted(shop, counter, qtbot):
    counter.show_member(None)
    counter.amount_edit.setText("￥１２８．５")
    counter.record_sale()
    qtbot.waitUntil(lambda: counter.last_sale is not None, timeout=WAIT)
    assert counter.last_sale.total_cents == 12850


def test_walk_in_sale(shop, counter, qtbot):
    m = sign_up(shop)
    counter.show_member(m)
    qtbot.keyClick(counter.amount_edit, Qt.Key_F6)
    assert counter.member is None
    assert not counter.points_spin.isEnabled()
    qtbot.keyClicks(counter.amount_edit, "¥88")
    qtbot.keyClick(counter.amount_edit, Qt.Key_Return)
    qtbot.waitUntil(lambda: counter.last_sale is not None, timeout=WAIT)
    assert counter.last_sale.member_id is None
    assert "walk-in" in counter.confirm_label.text()
    assert balance(shop, m.id) == 0
    with shop.read() as s:
        assert s.scalars(select(Sale)).one().member_id is None


def test_points_discount_preview_and_spend(shop, counter, qtbot):
    m = sign_up(shop)
    with shop.transaction() as s:
        points.adjust(s, member_id=m.id, points=250, reason="carried over")
    counter.show_member_id(m.id)
    qtbot.waitUntil(lambda: counter.member is not None, timeout=WAIT)
    assert counter.points_spin.maximum() == 200 and counter.points_spin.singleStep() == 100
    counter.amount_edit.setText("128.50")
    counter.points_spin.setValue(100)
    assert counter.discount_label.text() == "= NT$10.00 off"
    assert "To pay: NT$118.50" in counter.to_pay_label.text()
    assert "118 points" in counter.to_pay_label.text()
    counter.record_sale()
    qtbot.waitUntil(lambda: counter.last_sale is not None, timeout=WAIT)
    assert balance(shop, m.id) == 250 - 100 + 118
    assert counter.panel.points_label.text() == "268"


def test_birthday_marker_and_last_visit(shop, counter, qtbot):
    soon = dt.date.today() + dt.timedelta(days=3)
    m = sign_up(shop, birthday=f"{soon.month:02d}-{soon.day:02d}")
    with shop.transaction() as s:
        sales.record_sale(s, sale_key="old", member_id=m.id, amount_cents=1000,
                          now=dt.datetime.now() - dt.timedelta(days=12))
    counter.show_member_id(m.id)
    qtbot.waitUntil(lambda: counter.member is not None, timeout=WAIT)
    assert counter.panel.birthday_label.isVisible()
    assert counter.panel.birthday_label.text() == "Birthday in 3 days"
    assert counter.panel.last_visit_label.text() == "Last visit: 12 days ago"
    far = dt.date.today() + dt.timedelta(days=30)
    other = sign_up(shop, name="Amy", phone="0922-111-222", birthday=f"{far.month:02d}-{far.day:02d}")
    counter.show_member(other)
    assert not counter.panel.birthday_label.isVisible()
    assert counter.panel.last_visit_label.text() == "Last visit: never"


def test_escape_clears_then_lets_member_go(shop, counter, qtbot):
    m = sign_up(shop)
    counter.show_member(m)
    counter.amount_edit.setText("12")
    qtbot.keyClick(counter.amount_edit, Qt.Key_Escape)
    assert counter.amount_edit.text() == "" and counter.member is not None
    qtbot.keyClick(counter.search_box, Qt.Key_Escape)
    assert counter.member is None


def make_reward(shop, name, cost, stock):
    with shop.transaction() as s:
        return rewards.create_reward(s, name=name, points_cost=cost, stock=stock)


def test_redeem_dialog_lowers_points_and_stock(shop, counter, qtbot):
    m = sign_up(shop)
    with shop.transaction() as s:
        points.adjust(s, member_id=m.id, points=150, reason="carried over")
    cheap = make_reward(shop, "護髮一次", 100, 3)
    dear = make_reward(shop, "染髮一次", 500, 2)
    gone = make_reward(shop, "洗髮精", 50, 0)
    counter.show_member_id(m.id)
    qtbot.waitUntil(lambda: counter.member is not None, timeout=WAIT)
    qtbot.keyClick(counter.amount_edit, Qt.Key_F3)
    dialog = counter.active_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3, timeout=WAIT)
    enabled = {dialog.table.item(r, 0).text(): bool(dialog.table.item(r, 0).flags() & Qt.ItemIsEnabled)
               for r in range(3)}
    assert enabled == {"護髮一次": True, "染髮一次": False, "洗髮精": False}
    assert not dialog.select_reward(dear.id) and not dialog.select_reward(gone.id)
    assert dialog.selected_reward_id() == cheap.id
    dialog.ok_button.click()
    dialog.ok_button.click()  # a second click cannot redeem twice
    qtbot.waitUntil(lambda: counter.active_dialog is None, timeout=WAIT)
    qtbot.waitUntil(lambda: counter.panel.points_label.text() == "50", timeout=WAIT)
    assert balance(shop, m.id) == 50
    with shop.read() as s:
        assert s.get(Reward, cheap.id).stock == 2
    assert counter.confirm_label.text() == "Redeemed: 護髮一次, -100 points, balance 50"


def test_redeem_needs_a_member(counter, qtbot):
    counter.show_member(None)
    counter.open_redeem()
    assert counter.active_dialog is None
    assert "Find the member first" in counter.confirm_label.text()


def test_refund_with_shortfall_shows_warning(shop, counter, qtbot):
    m = sign_up(shop)
    with shop.transaction() as s:
        sale = sales.record_sale(s, sale_key="s1", member_id=m.id, amount_cents=20000)
    reward = make_reward(shop, "電影票", 150, None)
    with shop.transaction() as s:
        rewards.redeem(s, redemption_key="r1", member_id=m.id, reward_id=reward.id)
    assert balance(shop, m.id) == 50
    counter.show_member_id(m.id)
    qtbot.waitUntil(lambda: counter.member is not None, timeout=WAIT)
    qtbot.keyClick(counter.amount_edit, Qt.Key_F4)
    dialog = counter.active_dialog
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=WAIT)
    assert dialog.selected_sale().id == sale.sale_id
    dialog.ok_button.click()  # the whole sale
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=WAIT)
    assert dialog.outcome.shortfall_points == 150
    assert dialog.isVisible() and dialog.warning_label.isVisible()
    assert "150 points" in dialog.warning_label.text() and "already spent" in dialog.warning_label.text()
    assert balance(shop, m.id) == 0
    dialog.ok_button.click()  # now "Close"
    qtbot.waitUntil(lambda: counter.active_dialog is None, timeout=WAIT)
    assert "could not be taken back" in counter.confirm_label.text()
    assert counter.confirm_label.property("kind") == "warn"
    qtbot.waitUntil(lambda: counter.panel.points_label.text() == "0", timeout=WAIT)


def test_partial_refund_with_bad_then_good_amount(shop, counter, qtbot):
    m = sign_up(shop)
    with shop.transaction() as s:
        sales.record_sale(s, sale_key="s1", member_id=m.id, amount_cents=10000)
    counter.show_member_id(m.id)
    qtbot.waitUntil(lambda: counter.member is not None, timeout=WAIT)
    counter.open_refund()
    dialog = counter.active_dialog
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=WAIT)
    dialog.amount_edit.setText("500")
    dialog.part_radio.setChecked(True)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.amount_row.error != "", timeout=WAIT)
    assert "At most 100.00" in dialog.amount_row.error
    dialog.amount_edit.setText("40")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: counter.active_dialog is None, timeout=WAIT)
    assert balance(shop, m.id) == 60
    assert counter.confirm_label.text() == "Refunded: NT$40.00, -40 points, balance 60"


def test_walk_in_refund_lists_shop_sales(shop, counter, qtbot):
    with shop.transaction() as s:
        sales.record_sale(s, sale_key="w1", member_id=None, amount_cents=5000)
    counter.show_member(None)
    counter.open_refund()
    dialog = counter.active_dialog
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=WAIT)
    assert dialog.table.item(0, 1).text() == "walk-in"
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: counter.active_dialog is None, timeout=WAIT)
    assert counter.confirm_label.text() == "Refunded: NT$50.00"
    with shop.read() as s:
        assert s.scalars(select(Sale)).one().status == "refunded"


def test_adjust_points_requires_a_reason(shop, counter, qtbot):
    m = sign_up(shop)
    counter.show_member(m)
    qtbot.keyClick(counter.amount_edit, Qt.Key_F8)
    dialog = counter.active_dialog
    dialog.points_edit.setText("５０")
    dialog.ok_button.click()
    assert "reason" in dialog.reason_row.error.lower()
    assert balance(shop, m.id) == 0
    dialog.reason_combo.setEditText("Goodwill gesture")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: counter.active_dialog is None, timeout=WAIT)
    assert balance(shop, m.id) == 50
    qtbot.waitUntil(lambda: counter.panel.points_label.text() == "50", timeout=WAIT)
    assert counter.confirm_label.text() == "Points adjusted: +50, balance 50"


def test_main_window_tabs_staff_and_open_member(shop, ctx, qtbot, tmp_path):
    from ui.main_window import MainWindow

    m = sign_up(shop)
    with shop.transaction() as s:
        staff.add_staff(s, name="Amy", role="cashier")
    w = MainWindow(ctx, QSettings(str(tmp_path / "q.ini"), QSettings.IniFormat))
    qtbot.addWidget(w)
    w.show()
    assert w.tabs.tabText(0) == "Counter"
    qtbot.waitUntil(lambda: w.staff_combo.count() == 2, timeout=WAIT)
    assert w.staff_combo.currentText() == "Lin"
    w.staff_combo.setCurrentIndex(1)
    assert ctx.staff_name == "Amy"
    ctx.open_member.emit(m.id)
    qtbot.waitUntil(lambda: w.counter.member is not None, timeout=WAIT)
    assert w.tabs.currentWidget() is w.counter
    assert w.shop_label.text() == "Lin's"
    w.close()
    stored = QSettings(str(tmp_path / "q.ini"), QSettings.IniFormat)
    assert stored.value("main_window/geometry") is not None
    assert int(stored.value("counter/staff_id")) == ctx.staff_id


def test_an_unexpected_error_is_logged_and_shown_as_a_bug(shop, counter, qtbot, caplog, monkeypatch):
    from PySide6.QtWidgets import QApplication

    from ui.errors import BugDialog

    m = sign_up(shop)
    counter.show_member(m)

    def broken(values):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(counter, "_save_sale", broken)
    counter.amount_edit.setText("100")
    with caplog.at_level("ERROR", logger="regulars"):
        counter.record_sale()
        qtbot.waitUntil(lambda: not counter.saving, timeout=WAIT)
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, BugDialog) and w.isVisible()]
    assert len(dialogs) == 1
    assert "disk on fire" in dialogs[0].details
    assert "disk on fire" in caplog.text
    assert counter.confirm_label.property("kind") == "error"
    assert counter.sale_button.isEnabled() and counter.sale_key is not None  # F2 retries with the same key
    dialogs[0].close()
    assert sale_count(shop) == 0


def test_f2_works_from_anywhere_in_the_window_but_only_on_the_counter(shop, ctx, qtbot, tmp_path):
    from ui.main_window import MainWindow

    m = sign_up(shop)
    w = MainWindow(ctx, QSettings(str(tmp_path / "q.ini"), QSettings.IniFormat))
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitActive(w)
    w.counter.show_member(m)
    w.counter.amount_edit.setText("50")
    outside = w.tabs.tabBar()  # focus outside the Counter's own widgets
    outside.setFocus()
    qtbot.waitUntil(outside.hasFocus, timeout=WAIT)
    qtbot.keyClick(outside, Qt.Key_F2)
    qtbot.waitUntil(lambda: w.counter.last_sale is not None, timeout=WAIT)
    assert balance(shop, m.id) == 50
    if w.tab("members") is not None:
        w.tabs.setCurrentWidget(w.tab("members"))
        w.counter.amount_edit.setText("70")
        qtbot.keyClick(w.tab("members"), Qt.Key_F2)
        qtbot.wait(100)
        qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=WAIT)
        assert sale_count(shop) == 1  # the Counter's keys sleep while another tab is shown
    ctx.runner.wait()


def test_f5_signs_up_the_phone_that_found_nobody_and_puts_them_at_the_counter(shop, counter, qtbot):
    from ui import counter_tab

    if counter_tab.MemberDialog is None:
        pytest.skip("ui.member_dialog is not there yet")
    scan(qtbot, counter, "0987-654-321")
    qtbot.waitUntil(lambda: counter.search_row.error != "", timeout=WAIT)
    qtbot.keyClick(counter.search_box, Qt.Key_F5)
    dialog = counter.active_dialog
    assert dialog is not None and dialog.phone_edit.text() == "0987-654-321"
    dialog.name_edit.setText("新客人")
    dialog.accept()
    qtbot.waitUntil(lambda: counter.member is not None, timeout=WAIT)
    assert counter.member.name == "新客人" and counter.member.phone == "0987-654-321"
    assert "New member: 新客人" in counter.confirm_label.text()
    # ready to ring up their first sale (offscreen does not re-activate the
    # window after a dialog, so ask which child will have the focus)
    assert counter.focusWidget() is counter.amount_edit


def test_the_counter_fits_a_1366x768_laptop_with_a_busy_member_shown(shop, ctx, qtbot, qapp, tmp_path):
    """A member with stored value and packages stacks more than 700 pixels of
    panels under the window's style; the right column scrolls instead of
    pushing the window (and the Record sale button) past a laptop's screen,
    is never wider than the screen leaves it (the wallet's paid + bonus line
    once pushed the points and the More… button off its right edge), and
    what to pay stays in sight under it."""
    from app.programs import packages, wallet
    from ui.main_window import MainWindow
    from ui.widgets import APP_STYLE

    m = sign_up(shop)
    with shop.transaction() as s:
        wallet.save_settings(s, wallet_bonus_tiers=[[100000, 15000]])  # the longest wallet line: paid + bonus
        wallet.top_up(s, topup_key="t", member_id=m.id, amount_cents=100000)
        for n in range(2):
            t = packages.save_type(s, name=f"Wash x10 {n}", service="wash", sessions=10, price_cents=250000,
                                   valid_days=180)
            packages.sell_package(s, sale_key=f"p{n}", member_id=m.id, type_id=t.id)
    qapp.setStyleSheet(APP_STYLE)  # the window's own sizes (big name, amount and buttons)
    try:
        w = MainWindow(ctx, QSettings(str(tmp_path / "q.ini"), QSettings.IniFormat))
        qtbot.addWidget(w)
        w.show()
        w.counter.show_member_id(m.id)
        qtbot.waitUntil(lambda: w.counter.member is not None and w.counter.wallet_panel.isVisible(), timeout=WAIT)
        ctx.runner.wait()
        ctx.reader.wait()
        qtbot.wait(50)
        assert w.minimumSizeHint().height() <= 700  # 768 less a taskbar and the window frame
        w.resize(1366, 700)
        qtbot.wait(50)
        assert w.counter.sale_button.visibleRegion().boundingRect().height() > 10
        counter, scroll = w.counter, w.counter.right_scroll
        assert counter.wallet_panel.wallet_split.text()  # the paid + bonus line is shown
        assert scroll.widget().minimumSizeHint().width() <= scroll.viewport().width()
        assert counter.panel.visibleRegion().boundingRect().width() == counter.panel.width()
        counter.amount_edit.setText("880")
        qtbot.wait(50)
        assert "880" in counter.to_pay_label.text()
        assert counter.to_pay_label.visibleRegion().boundingRect().height() == counter.to_pay_label.height() > 10
        w.close()
    finally:
        qapp.setStyleSheet("")
