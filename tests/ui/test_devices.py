"""The device manager and the Devices page with real widgets, real ptys and a
real SQLite file: a slow printer never freezes the window, scanners end in
``scanned``, failures show in the page in the user's language."""
from __future__ import annotations

import sys
import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QLabel, QLineEdit, QVBoxLayout, QWidget
from sqlalchemy import select

import db.device_models  # noqa: F401
from app import members, rewards, sales, settings, staff
from app.devices.config import DisplayConfig, PrinterConfig, ScannerConfig
from db.device_models import DeviceConfig, DrawerOpening
from tests.app.test_devices_escpos_parser import parse, read_qr
from tests.app.test_devices_pty import fake_device  # noqa: F401 - fixture

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")

WAIT = 5000
STATION = "ui-till"


def make_ctx(shop, lang="en"):
    from ui.context import AppContext

    ctx = AppContext(shop, lang)
    with shop.transaction() as s:
        settings.put(s, shop_name="小林咖啡", language="zh_CN", currency="CNY", setup_done=True)
        owner = staff.add_staff(s, name="林静", role="owner")
    ctx.reload_settings()
    ctx.set_staff(owner.id, owner.name)
    return ctx


@pytest.fixture
def ctx(shop, qtbot):
    c = make_ctx(shop)
    yield c
    c.runner.wait()


@pytest.fixture
def manager(ctx, qtbot):
    from ui.device_manager import DeviceManager

    m = DeviceManager(ctx, STATION)
    qtbot.waitUntil(lambda: m.setup is not None, timeout=WAIT)
    yield m
    m.shutdown()
    ctx.runner.wait()


def configure(manager, qtbot, cfg) -> None:
    manager.devices.save(cfg)
    manager.setup = None
    manager.reload()
    qtbot.waitUntil(lambda: manager.setup is not None, timeout=WAIT)


def new_sale(shop, key="s1", payment="cash", member=True, staff_id=None):
    with shop.transaction() as s:
        m = members.sign_up(s, name="王小明", phone=f"1380013{abs(hash(key)) % 10000:04d}") if member else None
        return sales.record_sale(
            s, sale_key=key, member_id=m.id if m else None, payment_method=payment, staff_id=staff_id,
            lines=[sales.Line("拿铁咖啡", 3200, 2), sales.Line("提拉米苏", 4800)],
        )


# --------------------------------------------------------------------------- responsiveness


def test_a_slow_printer_never_delays_the_window_or_the_next_sale(ctx, manager, qtbot, fake_device):
    # a printer that takes ~1.5 s to swallow a 30 KB image receipt, 512 bytes at a time
    printer = fake_device(chunk=512, delay=0.025)
    configure(manager, qtbot, PrinterConfig(connection="serial", target=printer.path, encoding="image",
                                            write_timeout=5.0))
    sale = new_sale(ctx.shop, payment="card")

    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    qtbot.wait(50)
    started = time.monotonic()
    manager.print_receipt_for_sale(sale, coupon="ABCDEFGHJKLM")

    # the shop runner is free: the next sale saves while the receipt prints
    saved_at = []
    ctx.runner.run(new_sale, ctx.shop, "s2", on_done=lambda r: saved_at.append(time.monotonic()))
    qtbot.waitUntil(lambda: manager.status["printer"][1] == "Printed", timeout=15000)
    finished = time.monotonic()
    timer.stop()

    assert finished - started > 0.8, "the fake printer was not slow; the test proves nothing"
    assert saved_at and saved_at[0] < finished - 0.5
    during = [t for t in ticks if started <= t <= finished]
    gaps = [b - a for a, b in zip(during, during[1:])]
    assert len(during) > 40
    assert max(gaps) < 0.1, f"the window froze for {max(gaps) * 1000:.0f} ms"
    page = parse(printer.settle()).images[0]
    assert read_qr(page) == ["ABCDEFGHJKLM"]


def test_a_printer_that_never_answers_fails_the_job_not_the_sale(ctx, manager, qtbot, fake_device):
    printer = fake_device(read=False)
    configure(manager, qtbot, PrinterConfig(connection="serial", target=printer.path, encoding="image",
                                            write_timeout=0.3))
    sale = new_sale(ctx.shop, payment="card")
    with qtbot.waitSignal(manager.print_failed, timeout=WAIT) as blocker:
        manager.print_receipt_for_sale(sale)
    job_id, message = blocker.args
    assert "is not responding" in message and printer.path in message
    state, text = manager.status["printer"]
    assert state == "error" and text == message
    jobs = manager.devices.jobs()
    assert [(j.id, j.status) for j in jobs] == [(job_id, "failed")]


# --------------------------------------------------------------------------- drawer and display


def test_open_drawer_on_demand_is_audited_with_the_cashier(ctx, manager, qtbot, fake_device):
    printer = fake_device()
    configure(manager, qtbot, PrinterConfig(connection="serial", target=printer.path))
    with qtbot.waitSignal(manager.drawer_opened, timeout=WAIT) as blocker:
        manager.open_drawer("manual")
    assert blocker.args == [True, ""]
    assert parse(printer.settle()).kicks == [(0, 50, 250)]
    with ctx.shop.read() as s:
        row = s.scalars(select(DrawerOpening)).one()
        assert (row.staff_id, row.reason, row.ok) == (ctx.staff_id, "manual", True)


def test_cash_sale_opens_the_drawer_then_prints(ctx, manager, qtbot, fake_device):
    printer = fake_device()
    configure(manager, qtbot, PrinterConfig(connection="serial", target=printer.path, encoding="gb18030"))
    sale = new_sale(ctx.shop, payment="cash", staff_id=ctx.staff_id)
    with qtbot.waitSignal(manager.drawer_opened, timeout=WAIT):
        manager.print_receipt_for_sale(sale)
    qtbot.waitUntil(lambda: manager.status["printer"][1] == "Printed", timeout=WAIT)
    data = printer.settle()
    assert data.startswith(b"\x1bp\x00")  # the drawer first: the cashier makes change while it prints
    p = parse(data, "gb18030")
    assert "拿铁咖啡" in p.text and "现金" in p.text


def test_pole_display_shows_the_latest_line(ctx, manager, qtbot, fake_device):
    pole = fake_device()
    configure(manager, qtbot, DisplayConfig(connection="serial", target=pole.path, protocol="cd5220"))
    manager.show_on_display("Latte", 11200, 112)
    manager.wait(WAIT)
    data = pole.settle()
    assert b"\x1bQALatte" in data and b"CNY112\r" in data and b"+112pt" in data


def test_refund_and_redemption_slips_print(ctx, manager, qtbot, fake_device):
    printer = fake_device()
    configure(manager, qtbot, PrinterConfig(connection="serial", target=printer.path, encoding="gb18030"))
    sale = new_sale(ctx.shop, payment="card")
    with ctx.shop.transaction() as s:
        refund = sales.refund_sale(s, sale_id=sale.sale_id, refund_key="r1", amount_cents=4800)
        reward = rewards.create_reward(s, name="马克杯", points_cost=50)
        red = rewards.redeem(s, redemption_key="x1", member_id=sale.member_id, reward_id=reward.id)
    manager.print_receipt_for_refund(refund)
    manager.print_receipt_for_redemption(red)
    manager.wait(WAIT)
    qtbot.waitUntil(lambda: sum(j.status == "printed" for j in manager.devices.jobs()) == 2, timeout=WAIT)
    text = parse(printer.settle(), "gb18030").text
    assert "退款单" in text and "-￥48.00" in text and "积分兑换" in text and "马克杯" in text


# --------------------------------------------------------------------------- scanners


def test_serial_scanner_emits_scanned_and_notices(ctx, manager, qtbot, fake_device):
    scanner = fake_device(read=False)
    configure(manager, qtbot, ScannerConfig(connection="serial", target=scanner.path))
    qtbot.waitUntil(lambda: manager.status["scanner"][0] == "ok", timeout=WAIT)
    with qtbot.waitSignal(manager.scanned, timeout=WAIT) as blocker:
        scanner.send(b"A123456\r\n")
    assert blocker.args == ["A123456"]
    with qtbot.waitSignal(manager.scan_notice, timeout=WAIT) as blocker:
        scanner.send(b"\xff\x81\x90\r")
    assert "unreadable" in blocker.args[0]


class Window(QWidget):
    def __init__(self):
        super().__init__()
        self.edit = QLineEdit()
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        self.entered = 0
        self.edit.returnPressed.connect(self._enter)

    def _enter(self):
        self.entered += 1


@pytest.fixture
def wedge_window(manager, qtbot):
    w = Window()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    w.edit.setFocus()
    wedge = manager.install_wedge_filter(w)
    return w, wedge


def test_a_wedge_scan_goes_to_scanned_not_to_the_field(manager, qtbot, wedge_window):
    w, _ = wedge_window
    with qtbot.waitSignal(manager.scanned, timeout=WAIT) as blocker:
        qtbot.keyClicks(w.edit, "A123456")
        qtbot.keyClick(w.edit, Qt.Key_Return)
    assert blocker.args == ["A123456"]
    assert w.edit.text() == "" and w.entered == 0  # the Enter did not reach the field either


def test_typing_still_reaches_the_field(manager, qtbot, wedge_window):
    w, _ = wedge_window
    scans = []
    manager.scanned.connect(scans.append)
    for ch in "0912":
        qtbot.keyClick(w.edit, ch)
        qtbot.wait(90)
    assert w.edit.text() == "0912"
    qtbot.keyClick(w.edit, Qt.Key_Return)
    assert w.entered == 1 and scans == []
    qtbot.keyClicks(w.edit, "ab")  # fast but short, then a pause: typing
    qtbot.waitUntil(lambda: w.edit.text() == "0912ab", timeout=1000)


def test_a_keyboard_scanner_is_ignored_when_a_serial_one_is_set(manager, qtbot, wedge_window, fake_device):
    w, wedge = wedge_window
    scanner = fake_device(read=False)
    configure(manager, qtbot, ScannerConfig(connection="serial", target=scanner.path))
    assert not wedge.enabled
    qtbot.keyClicks(w.edit, "A123456")
    assert w.edit.text() == "A123456"


# --------------------------------------------------------------------------- the page


@pytest.fixture
def page(ctx, manager, qtbot):
    from ui.devices_page import DevicesPage

    p = DevicesPage(ctx, manager)
    qtbot.addWidget(p)
    p.resize(1280, 760)
    p.show()
    qtbot.waitExposed(p)
    ctx.runner.wait()
    return p


def unclipped(widget: QWidget) -> list[str]:
    """Buttons, check boxes and one-line labels narrower than their text."""
    bad = []
    for w in widget.findChildren(QWidget):
        if not w.isVisibleTo(widget):
            continue
        if isinstance(w, (QAbstractButton, QCheckBox)) or (isinstance(w, QLabel) and not w.wordWrap() and w.text()):
            if w.width() < w.sizeHint().width() or w.height() < w.minimumSizeHint().height():
                bad.append(f"{type(w).__name__} {getattr(w, 'text', lambda: '')()!r} {w.width()}<{w.sizeHint().width()}")
    return bad


def test_the_page_shows_every_device_unclipped(page, tmp_path):
    assert page.printer_connection.currentData() == "none"
    assert page.scanner_connection.currentData() == "wedge"
    assert page.printer_status.text().endswith("Not set up")
    assert unclipped(page) == []
    assert page.grab().save(str(tmp_path / "devices.png"))


def test_saving_a_bad_port_shows_the_problem_beside_it(ctx, page, qtbot):
    page.printer_connection.setCurrentIndex(page.printer_connection.findData("network"))
    page.printer_target.setEditText("not a host!")
    page.save_printer()
    ctx.runner.wait()
    qtbot.waitUntil(lambda: page.printer_target_row.error != "", timeout=WAIT)
    assert "not a network address" in page.printer_target_row.error


def test_saving_the_printer_stores_it_for_this_station(ctx, page, manager, qtbot, fake_device):
    printer = fake_device()
    page.printer_connection.setCurrentIndex(page.printer_connection.findData("serial"))
    page.printer_target.setEditText(printer.path)
    page.printer_paper.setCurrentIndex(page.printer_paper.findData(58))
    page.printer_encoding.setCurrentIndex(page.printer_encoding.findData("gbk"))
    page.receipt_footer.setPlainText("欢迎再来")
    page.save_printer()
    ctx.runner.wait()
    qtbot.waitUntil(lambda: manager.setup is not None and manager.setup.printer.target == printer.path, timeout=WAIT)
    with ctx.shop.read() as s:
        row = s.scalars(select(DeviceConfig).where(DeviceConfig.station == STATION)).one()
        assert (row.connection, row.target, row.protocol) == ("serial", printer.path, "gbk")
        assert settings.get(s, "receipt_footer") == "欢迎再来"
    page.test_printer()
    qtbot.waitUntil(lambda: page.printer_status.text() == "● Printed", timeout=WAIT)
    text = parse(printer.settle(), "gbk").text
    assert "打印机测试" in text and "欢迎再来" in text


def test_the_queue_in_chinese_with_retry_and_skip(shop, qtbot, fake_device, tmp_path):
    from ui.device_manager import DeviceManager
    from ui.devices_page import DevicesPage

    ctx = make_ctx(shop, "zh_TW")
    manager = DeviceManager(ctx, STATION)
    qtbot.waitUntil(lambda: manager.setup is not None, timeout=WAIT)
    try:
        missing = str(tmp_path / "ttyUSB3")
        configure(manager, qtbot, PrinterConfig(connection="serial", target=missing))
        first, second = new_sale(shop, "a", payment="card"), new_sale(shop, "b", payment="card")
        with qtbot.waitSignal(manager.print_failed, timeout=WAIT):
            manager.print_receipt_for_sale(first)
        manager.print_receipt_for_sale(second)
        manager.wait(WAIT)
        page = DevicesPage(ctx, manager)
        qtbot.addWidget(page)
        page.resize(1280, 760)
        page.show()
        qtbot.waitUntil(lambda: len(page.jobs.rows) == 2, timeout=WAIT)
        model = page.jobs
        messages = [model.data(model.index(r, model.COLUMNS.index("message"))) for r in range(2)]
        assert f"找不到 {missing}" in messages[0] + messages[1]
        assert "找不到" in page.printer_status.text()

        printer = fake_device()
        configure(manager, qtbot, PrinterConfig(connection="serial", target=printer.path, encoding="gb18030"))
        # both failed (the port was missing for each); retry the older one
        assert [j.status for j in model.rows] == ["failed", "failed"]
        older = model.rows[1].id
        page.job_view.selectRow(1)
        assert page.retry_button.isEnabled() and page.skip_button.isEnabled()
        page.retry_button.click()
        qtbot.waitUntil(lambda: [j.status for j in model.rows] == ["failed", "printed"], timeout=WAIT)
        assert page.selected_job_id() == older  # the selection follows the job across refreshes
        assert manager.status["printer"][0] == "waiting" and "1" in page.printer_status.text()
        page.print_all_button.click()
        qtbot.waitUntil(lambda: [j.status for j in model.rows] == ["printed", "printed"], timeout=WAIT)
        text = parse(printer.settle(), "gb18030").text
        assert text.count("拿铁咖啡") == 2
        nos = [l.split()[-1] for l in text.splitlines() if l.startswith("单号")]
        assert nos == [str(first.sale_id), str(second.sale_id)]  # in the order they were sold

        page.job_view.selectRow(0)
        assert not page.retry_button.isEnabled() and not page.skip_button.isEnabled()  # printed: reprint only

        page.job_view.selectRow(0)
        page.reprint_button.click()
        qtbot.waitUntil(lambda: len(model.rows) == 3, timeout=WAIT)
        assert model.rows[0].reprint_of_id is not None
        assert model.data(model.index(0, 1)).endswith(model.tr("(copy)"))
    finally:
        manager.shutdown()
        ctx.runner.wait()


def test_a_shop_without_a_printer_sees_no_problem(ctx, manager, qtbot):
    sale = new_sale(ctx.shop, payment="cash")
    failures = []
    manager.print_failed.connect(lambda *a: failures.append(a))
    manager.print_receipt_for_sale(sale)
    manager.wait(WAIT)
    qtbot.wait(50)
    assert manager.status["printer"] == ("off", "") and failures == []
    assert manager.devices.jobs() == []


def test_a_held_down_key_is_typing_not_a_scan(manager, qtbot, wedge_window):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    w, _ = wedge_window
    scans = []
    manager.scanned.connect(scans.append)
    for i in range(6):
        QApplication.sendEvent(w.edit, QKeyEvent(QEvent.KeyPress, Qt.Key_A, Qt.NoModifier, "a", i > 0))
    qtbot.keyClick(w.edit, Qt.Key_Return)
    qtbot.waitUntil(lambda: w.edit.text() == "aaaaaa", timeout=1000)
    assert scans == [] and w.entered == 1
