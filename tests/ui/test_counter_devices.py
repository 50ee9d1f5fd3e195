"""The Counter with the counter hardware: a sale's receipt goes through to a
real pty; a missing printer never blocks or loses the sale."""
from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QSettings, Qt
from sqlalchemy import select

import db.device_models  # noqa: F401
from app.devices.config import PrinterConfig
from db.device_models import PrintJob
from db.models import Sale
from tests.app.test_devices_escpos_parser import parse
from tests.app.test_devices_pty import fake_device  # noqa: F401 - fixture
from tests.ui.test_counter import WAIT, counter, ctx, sale_count  # noqa: F401 - fixtures

pytestmark = [pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX"),
              pytest.mark.usefixtures("english_ui")]  # english_ui: tests/ui/conftest.py

STATION = "counter-till"


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


def ring_up(qtbot, counter, amount: str) -> None:
    counter.amount_edit.setFocus()
    qtbot.keyClicks(counter.amount_edit, amount)
    qtbot.keyClick(counter.amount_edit, Qt.Key_Return)


def test_a_sale_at_the_counter_prints_its_receipt(ctx, counter, manager, qtbot, fake_device):
    printer = fake_device()
    configure(manager, qtbot, PrinterConfig(connection="serial", target=printer.path, encoding="gb18030"))
    counter.attach_devices(manager)
    assert counter.counter_name() == STATION
    ring_up(qtbot, counter, "123.40")
    qtbot.waitUntil(lambda: sale_count(ctx.shop) == 1, timeout=WAIT)
    qtbot.waitUntil(lambda: any(j.status == "printed" for j in manager.devices.jobs()), timeout=WAIT)
    with ctx.shop.read() as s:
        sale_id = s.scalars(select(Sale.id)).one()
        job = s.scalars(select(PrintJob)).one()
        assert (job.kind, job.ref_id, job.status) == ("sale", sale_id, "printed")
    assert "123.40" in parse(printer.settle(), "gb18030").text


def test_a_missing_printer_never_loses_the_sale_and_the_status_bar_says_so(ctx, manager, qtbot, tmp_path):
    from ui.main_window import MainWindow

    configure(manager, qtbot, PrinterConfig(connection="serial", target=str(tmp_path / "ttyUSB9"),
                                            encoding="gb18030"))
    w = MainWindow(ctx, QSettings(str(tmp_path / "q.ini"), QSettings.IniFormat))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    assert w.devices is manager and w.counter.devices is manager
    assert w.tab("print") is not None and w.tab("devices") is not None
    qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=WAIT)
    with qtbot.waitSignal(manager.print_failed, timeout=WAIT):
        ring_up(qtbot, w.counter, "88")
    assert sale_count(ctx.shop) == 1
    assert "Saved" in w.counter.confirm_label.text()
    message = w.statusBar().currentMessage()
    assert "Receipt not printed" in message and "the sale is saved" in message and "ttyUSB9" in message
    assert [j.status for j in manager.devices.jobs()] == ["failed"]
    w.close()
