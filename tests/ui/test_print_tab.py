"""The Print tab driven with real widgets: live preview, save, print through
QPrinter (to a PDF file), cancel a 1,000-coupon run, the offset setting, and
the batch list."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from PySide6.QtCore import Qt
from sqlalchemy import select

from app import coupons, members
from app import settings as shop_settings
from app.printing import jobs
from db.coupon_models import Coupon

WAIT = 20000


pytestmark = pytest.mark.usefixtures("english_ui")  # tests/ui/conftest.py


@pytest.fixture
def ctx(shop, qtbot):
    from ui.context import AppContext

    with shop.transaction() as s:
        shop_settings.put(s, shop_name="小林咖啡", setup_done=True)
        for i, name in enumerate(["王小明", "陈静", "Tom Lee"]):
            members.sign_up(s, name=name, phone=f"09440000{i:02d}", birthday=f"1990-12-0{i + 1}")
    c = AppContext(shop, "en")
    c.reload_settings()
    yield c
    c.runner.wait()


@pytest.fixture
def tab(ctx, qtbot):
    from ui.print_tab import PrintTab

    w = PrintTab(ctx)
    qtbot.addWidget(w)
    w.resize(1200, 850)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.shutdown()
    ctx.runner.wait()


def choose(tab, doc: int):
    tab.document.setCurrentIndex(tab.document.findData(doc))


def wait_preview(qtbot, tab):
    with qtbot.waitSignal(tab.preview_ready, timeout=WAIT) as blocker:
        tab.refresh_preview()
    return blocker.args


def idle(tab):
    """No preview may be rendering: pdfium is not thread-safe, and the test
    is about to use it on this thread."""
    tab._debounce.stop()
    tab.worker.wait()


def qr_texts(path) -> list[str]:
    doc = pdfium.PdfDocument(str(path))
    out = []
    for i in range(len(doc)):
        out += [b.text for b in zxingcpp.read_barcodes(doc[i].render(scale=200 / 72).to_pil(),
                                                       formats=zxingcpp.BarcodeFormat.QRCode)]
    doc.close()
    return out


def stored(shop) -> list[str]:
    with shop.read() as s:
        return list(s.scalars(select(Coupon.code)))


def fill_coupons(tab, name="冬季回饋", count=12):
    from ui.print_tab import DOC_COUPONS

    choose(tab, DOC_COUPONS)
    o = tab.coupon_offer
    o.name.setText(name)
    o.value.setText("50")
    o.min_spend.setText("300")
    o.valid_from.setDate(dt.date(2026, 12, 1))
    o.valid_until.setDate(dt.date(2026, 12, 31))
    o.count.setValue(count)


def test_preview_renders_the_real_page_off_the_ui_thread_and_issues_nothing(tab, qtbot, shop):
    from ui.print_tab import DOC_CARDS, DOC_FLYERS, DOC_POSTCARDS, DOC_SCRATCH

    fill_coupons(tab, count=25)
    page, pages = wait_preview(qtbot, tab)
    assert (page, pages) == (0, 3)
    assert not tab.preview.pixmap().isNull() and tab.page_label.text() == "Page 1 of 3"
    qtbot.mouseClick(tab.next_page, __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.LeftButton)
    qtbot.waitUntil(lambda: tab.page_label.text() == "Page 2 of 3", timeout=WAIT)
    for doc in (DOC_SCRATCH, DOC_FLYERS, DOC_POSTCARDS, DOC_CARDS):
        choose(tab, doc)
        if doc == DOC_FLYERS:
            tab.flyer_headline.setText("冬季限定")
        if doc == DOC_CARDS:
            tab.card_members.kind.setCurrentIndex(tab.card_members.kind.findData("all"))
        page, pages = wait_preview(qtbot, tab)
        assert page == 0 and pages >= 1, doc
        assert not tab.preview.pixmap().isNull()
    assert stored(shop) == []


def test_bad_input_is_shown_beside_its_field(tab, qtbot):
    fill_coupons(tab)
    tab.coupon_offer.value.setText("abc")
    tab.refresh_preview()
    assert "is not an amount" in tab.coupon_offer.rows["value"].error
    tab.coupon_offer.value.setText("50")
    tab.coupon_offer.valid_until.setDate(dt.date(2026, 11, 1))
    page, pages = wait_preview(qtbot, tab)  # refused while preparing, on the worker
    assert page == -1 and "before the first" in tab.coupon_offer.rows["valid_until"].error


def test_save_pdf_issues_exactly_the_printed_codes(tab, qtbot, shop, tmp_path):
    fill_coupons(tab, count=23)
    tab.coupon_offer.channel.setText("LINE 群組")
    out = tmp_path / "coupons.pdf"
    with qtbot.waitSignal(tab.finished, timeout=WAIT) as done:
        tab.start_save(tab.current_job(), str(out))
    assert done.args == ["saved"]
    idle(tab)
    codes = stored(shop)
    got = qr_texts(out)
    assert len(got) == len(codes) == 23 and set(got) == set(codes)
    assert "Issued batch “冬季回饋” with 23 codes" in tab.status.text()
    qtbot.waitUntil(lambda: tab.batch_model.rowCount() == 1, timeout=WAIT)
    row = [tab.batch_model.data(tab.batch_model.index(0, c)) for c in range(tab.batch_model.columnCount())]
    assert row[:2] == ["冬季回饋", "LINE 群組"] and row[4:] == ["23", "0", "0", "0.0%"]
    assert not tab.busy and tab.save_button.isEnabled()


def test_save_through_the_button_asks_for_a_file(tab, qtbot, shop, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    fill_coupons(tab, count=3)
    target = tmp_path / "picked"  # no extension: .pdf is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF files (*.pdf)"))
    with qtbot.waitSignal(tab.finished, timeout=WAIT):
        qtbot.mouseClick(tab.save_button, Qt.LeftButton)
    assert Path(str(target) + ".pdf").exists() and len(stored(shop)) == 3


def test_cancel_a_1000_coupon_run_issues_nothing(tab, qtbot, shop, tmp_path):
    fill_coupons(tab, count=1000)
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "big.pdf"
    seen = []

    def on_progress(done, total):
        seen.append((done, total))
        if len(seen) == 1:
            assert tab.progress.isVisible() and tab.cancel_button.isEnabled()
            tab.cancel_button.click()

    def hold_first_page(done, total):
        # Runs on the render thread: after the first page it waits until the click
        # has reached the tab, as a slow page would, so the test does not depend on
        # how fast this machine renders 100 pages.
        if done < total:
            tab._cancel.wait(WAIT / 1000)

    tab._progress.changed.connect(on_progress)
    tab._progress.changed.connect(hold_first_page, Qt.DirectConnection)
    with qtbot.waitSignal(tab.finished, timeout=WAIT) as done:
        tab.start_save(tab.current_job(), str(out))
    assert done.args == ["cancelled"]
    assert seen[0][1] == 1000 and seen[-1][0] < 1000
    assert "Nothing was issued" in tab.status.text()
    assert not list(folder.iterdir())  # neither the PDF nor its .part
    assert stored(shop) == []
    assert not tab.progress.isVisible() and tab.save_button.isEnabled()


def test_cancel_clicked_as_the_last_page_renders_still_issues_nothing(tab, qtbot, shop, tmp_path):
    """The click reaches the tab only after the render thread finished: the codes
    are not issued yet, so the cancel still holds (CI once saw this race)."""
    fill_coupons(tab, count=30)
    out = tmp_path / "late.pdf"

    def click_at_the_end(done, total):
        if done == total:
            tab.cancel_button.click()

    def finish_after_the_click(done, total):  # render thread
        if done == total:
            assert tab._cancel.wait(WAIT / 1000)

    tab._progress.changed.connect(click_at_the_end)
    tab._progress.changed.connect(finish_after_the_click, Qt.DirectConnection)
    with qtbot.waitSignal(tab.finished, timeout=WAIT) as done:
        tab.start_save(tab.current_job(), str(out))
    assert done.args == ["cancelled"]
    assert "Nothing was issued" in tab.status.text()
    assert not out.exists() and not list(tmp_path.glob("*.part"))
    assert stored(shop) == []


def test_a_1000_coupon_run_completes_with_progress(tab, qtbot, shop, tmp_path):
    fill_coupons(tab, count=1000)
    seen = []
    tab._progress.changed.connect(lambda d, t: seen.append(d))
    out = tmp_path / "big.pdf"
    with qtbot.waitSignal(tab.finished, timeout=60000) as done:
        tab.start_save(tab.current_job(), str(out))
    assert done.args == ["saved"]
    idle(tab)
    assert seen[-1] == 1000 and seen == sorted(seen)
    assert len(stored(shop)) == 1000
    assert len(pdfium.PdfDocument(str(out))) == 100


def test_print_goes_through_qprinter_with_each_pages_own_size(tab, qtbot, shop, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from ui.print_tab import DOC_POSTCARDS

    printed = tmp_path / "printed.pdf"

    def pdf_printer():
        p = QPrinter(QPrinter.HighResolution)
        p.setOutputFormat(QPrinter.PdfFormat)
        p.setOutputFileName(str(printed))
        p.setResolution(200)
        return p

    tab.make_printer = pdf_printer
    choose(tab, DOC_POSTCARDS)
    tab.post_members.kind.setCurrentIndex(tab.post_members.kind.findData("birthday_month"))
    tab.post_members.month.setValue(12)
    tab.post_offer.name.setText("生日禮")
    with qtbot.waitSignal(tab.finished, timeout=WAIT) as done:
        tab.start_print(tab.current_job())
    assert done.args == ["printed"], tab.error.text()
    idle(tab)
    codes = stored(shop)
    assert len(codes) == 3 and sorted(qr_texts(printed)) == sorted(codes)
    doc = pdfium.PdfDocument(str(printed))
    w, h = doc[0].get_size()
    assert len(doc) == 3 and (round(w / 72 * 25.4), round(h / 72 * 25.4)) == (148, 105)  # A6 landscape
    assert "Sent 3 pages" in tab.status.text()


def test_offset_nudge_is_saved_and_used(tab, qtbot, shop):
    tab.offset_x.setValue(1.5)
    tab.offset_y.setValue(-2.0)
    qtbot.waitUntil(lambda: tab.ctx.settings.get("print_offset_y_mm") == -2.0, timeout=WAIT)
    with shop.read() as s:
        assert shop_settings.get(s, "print_offset_x_mm") == 1.5
        assert shop_settings.get(s, "print_offset_y_mm") == -2.0
    assert tab.offset() == (1.5, -2.0)


def test_reprint_from_the_batch_list(tab, qtbot, shop, tmp_path):
    from ui.print_tab import DOC_COUPONS

    with shop.transaction() as s:
        b = coupons.create_batch(s, name="舊批次", kind="percent_off", value=10, valid_from=dt.date(2026, 1, 1),
                                 valid_until=dt.date(2026, 12, 31), count=4)
    tab.refresh_batches()
    qtbot.waitUntil(lambda: tab.batch_model.rowCount() == 1, timeout=WAIT)
    tab.batches.selectRow(0)
    tab.reprint_button.click()
    assert tab.document.currentData() == DOC_COUPONS and tab.coupon_reprint.isChecked()
    job = tab.current_job()
    assert isinstance(job, jobs.CouponJob) and job.batch_id == b.id
    out = tmp_path / "again.pdf"
    with qtbot.waitSignal(tab.finished, timeout=WAIT):
        tab.start_save(job, str(out))
    idle(tab)
    assert sorted(qr_texts(out)) == sorted(stored(shop))
    with shop.read() as s:
        assert len(coupons.list_batches(s)) == 1


def test_batch_model(qtmodeltester, shop):
    from ui.print_tab import BatchTableModel

    with shop.transaction() as s:
        for i in range(3):
            coupons.create_batch(s, name=f"b{i}", kind="amount_off", value=100, valid_from=dt.date(2026, 1, 1),
                                 valid_until=dt.date(2026, 1, 31), count=2)
    with shop.read() as s:
        rows = coupons.list_batches(s, today=dt.date(2026, 2, 1))
    model = BatchTableModel()
    model.set_rows(rows)
    qtmodeltester.check(model)
    assert model.data(model.index(0, 6)) == "2"  # both expired
