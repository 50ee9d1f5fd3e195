"""The window's side of the counter hardware.

:class:`DeviceManager` owns the device workers so that no device can slow the
counter down:

- a printer worker thread (its own :class:`~ui.worker.Runner`, not the shop's:
  a printer that takes 5 s to time out must not hold up the next sale's
  database write) that queues receipts, prints the queue, kicks the drawer;
- a display worker thread for the pole display (only the latest text is
  sent: a burst of updates never queues up behind a slow port);
- a serial-scanner reader thread (:class:`app.devices.scanner.SerialScanner`);
- :class:`WedgeScanFilter`, an application event filter for keyboard-wedge
  scanners, using the pure :class:`~app.devices.scanner.WedgeBurstDetector`.

Both scanners end in one signal, ``scanned(str)``. One manager per
:class:`~ui.context.AppContext` (:meth:`DeviceManager.for_context`), so the
Counter and the Devices page share it.
"""
from __future__ import annotations

import logging
import time
import weakref

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from app.devices.config import DeviceSetup
from app.devices.scanner import SerialScanner, WedgeBurstDetector
from app.devices.service import Devices, PrintRun
from app.errors import UserError
from ui.context import AppContext
from ui.worker import Runner

log = logging.getLogger(__name__)

ROLES = ("printer", "scanner", "display", "drawer")
# states for status_changed: off (not set up), ok, busy, waiting (jobs queued), error
_MANAGERS: "weakref.WeakKeyDictionary[AppContext, DeviceManager]" = weakref.WeakKeyDictionary()


class DeviceManager(QObject):
    """Counter hardware for one window (see the module docstring).

    Signals:
        scanned(str): a code from any scanner (wedge or serial).
        scan_notice(str): an ignored scan, as a message in the user's language.
        status_changed(str, str, str): role, state, message — live device status.
        jobs_changed(): the print queue changed (refresh a queue view).
        print_failed(int, str): job id and message: a receipt did not print
            (the sale is saved; the job waits in the queue).
        drawer_opened(bool, str): the kick went out (True) or the message why not.
        scanner_test(str): the next code after :meth:`test_scanner`.
    """

    scanned = Signal(str)
    scan_notice = Signal(str)
    status_changed = Signal(str, str, str)
    jobs_changed = Signal()
    print_failed = Signal(int, str)
    drawer_opened = Signal(bool, str)
    setup_changed = Signal(object)  # DeviceSetup
    scanner_test = Signal(str)

    # re-emitted from the scanner thread; Qt queues them to this object's thread
    _serial_code = Signal(str)
    _serial_notice = Signal(object)
    _serial_status = Signal(str, object)

    def __init__(self, ctx: AppContext, station: str | None = None, parent: QObject | None = None, *, start: bool = True):
        super().__init__(parent if parent is not None else ctx)
        self.ctx = ctx
        self.devices = Devices(ctx.shop, station)
        self.station = self.devices.station
        self.setup: DeviceSetup | None = None
        self.status: dict[str, tuple[str, str]] = {r: ("off", "") for r in ROLES}
        self._printer = Runner(self)
        self._display = Runner(self)
        self._printer.unhandled.connect(self._on_bug)
        self._display.unhandled.connect(self._on_bug)
        self._serial: SerialScanner | None = None
        self._wedge: WedgeScanFilter | None = None
        self._display_wanted: tuple | None = None
        self._display_scheduled = False
        self._scanner_test = False
        self._closed = False
        self._serial_code.connect(self._on_serial_code)
        self._serial_notice.connect(self._on_serial_notice)
        self._serial_status.connect(self._on_serial_status)
        _MANAGERS[ctx] = self
        if start:
            self.start()

    @classmethod
    def for_context(cls, ctx: AppContext) -> "DeviceManager":
        """The context's manager, created on first use."""
        manager = _MANAGERS.get(ctx)
        if manager is None or manager._closed:
            manager = cls(ctx)
        return manager

    # ------------------------------------------------------------------ life cycle
    def start(self) -> None:
        """Recover jobs cut off by a crash, load the setup, start the scanner."""

        def work():
            self.devices.recover()
            return self.devices.setup(), self.devices.counts()

        self._printer.run(work, on_done=self._on_started, on_error=self._on_setup_error)

    def _on_started(self, payload) -> None:
        setup, counts = payload
        self._apply_setup(setup)
        self._update_queue_status(counts)
        self.jobs_changed.emit()

    def _on_setup_error(self, exc: BaseException) -> None:
        if isinstance(exc, UserError):
            self._set_status("printer", "error", exc.message(self.ctx.lang))
        else:
            self._on_bug(exc, "")

    def reload(self) -> None:
        """Re-read the settings (after the Devices page saved them)."""
        self._printer.run(lambda: (self.devices.setup(), self.devices.counts()), on_done=self._on_started,
                          on_error=self._on_setup_error)

    def _apply_setup(self, setup: DeviceSetup) -> None:
        self.setup = setup
        self.setup_changed.emit(setup)
        if not setup.printer.configured:
            self._set_status("printer", "off", "")
            self._set_status("drawer", "off", "")
        elif self.status["printer"][0] == "off":
            self._set_status("printer", "ok", "")
            self._set_status("drawer", "ok", "")
        self._set_status("display", "ok" if setup.display.configured else "off", "")
        self._restart_scanner(setup)
        if self._wedge is not None:
            self._wedge.configure(setup.scanner)

    def shutdown(self, timeout_ms: int = 3000) -> None:
        """Stop the scanner thread and let the printer finish (window closing)."""
        self._closed = True
        if self._serial is not None:
            self._serial.stop()
            self._serial = None
        if self._wedge is not None:
            self._wedge.uninstall()
            self._wedge = None
        self._printer.wait(timeout_ms)
        self._display.wait(timeout_ms)
        if _MANAGERS.get(self.ctx) is self:
            del _MANAGERS[self.ctx]

    def wait(self, timeout_ms: int = -1) -> bool:
        """Block until the device workers are idle (tests, shutdown)."""
        return self._printer.wait(timeout_ms) and self._display.wait(timeout_ms)

    # ------------------------------------------------------------------ status
    def _set_status(self, role: str, state: str, message: str) -> None:
        if self.status.get(role) != (state, message):
            self.status[role] = (state, message)
            self.status_changed.emit(role, state, message)

    def _update_queue_status(self, counts: dict[str, int]) -> None:
        waiting = counts.get("pending", 0) + counts.get("failed", 0)
        state, _ = self.status["printer"]
        if self.setup is None or not self.setup.printer.configured:
            return
        if waiting and state != "error":
            self._set_status("printer", "waiting", self.tr("%n receipt(s) waiting to print", "", waiting))
        elif not waiting and state == "waiting":
            self._set_status("printer", "ok", "")

    def _on_bug(self, exc: BaseException, tb: str = "") -> None:
        log.error("device worker failed: %r\n%s", exc, tb)
        self.ctx.runner.unhandled.emit(exc, tb)

    # ------------------------------------------------------------------ printing
    def _print_now(self) -> tuple[PrintRun, dict[str, int]]:  # printer thread
        run = self.devices.print_pending()
        return run, self.devices.counts()

    def _after_print(self, payload) -> None:
        run, counts = payload
        if run is not None and run.error is not None and run.error.code == "printer_not_set_up":
            self._set_status("printer", "off", "")  # a shop without a printer: nothing is wrong
        elif run is not None and run.error is not None:
            message = run.error.message(self.ctx.lang)
            self._set_status("printer", "error", message)
            if run.failed_job is not None:
                self.print_failed.emit(run.failed_job, message)
        elif run is not None and run.printed:
            self._set_status("printer", "ok", self.tr("Printed"))
        self._update_queue_status(counts)
        self.jobs_changed.emit()

    def _printing(self, fn, *args, **kwargs) -> None:
        """Run ``fn`` then print whatever is pending, on the printer thread."""

        def work():
            fn(*args, **kwargs)
            return self._print_now()

        self._set_status("printer", "busy", self.tr("Printing…"))
        self._printer.run(work, on_done=self._after_print, on_error=self._on_print_error)

    def _on_print_error(self, exc: BaseException) -> None:
        if isinstance(exc, UserError):
            self._set_status("printer", "error", exc.message(self.ctx.lang))
            self.jobs_changed.emit()
        else:
            self._set_status("printer", "error", repr(exc))
            self._on_bug(exc, "")

    def print_receipt_for_sale(self, sale_result, coupon=None) -> None:
        """Queue and print the receipt of a saved sale (and kick the drawer for
        cash when the printer is set to). ``sale_result`` is the
        :class:`app.sales.SaleResult` (or a sale id); ``coupon`` a code or an
        :class:`app.receipts.ReceiptCoupon` to print with its QR."""
        sale_id = getattr(sale_result, "sale_id", sale_result)
        staff_id = self.ctx.staff_id

        def work():
            job, drawer = self.devices.after_sale(sale_id, coupon=coupon, staff_id=staff_id)
            if drawer is not None:
                self._drawer_report(drawer)
            return self._print_now()

        self._set_status("printer", "busy", self.tr("Printing…"))
        self._printer.run(work, on_done=self._after_print, on_error=self._on_print_error)

    def print_receipt_for_refund(self, refund_result) -> None:
        refund_id = getattr(refund_result, "refund_id", refund_result)
        self._printing(self.devices.queue_refund, refund_id, staff_id=self.ctx.staff_id)

    def print_receipt_for_redemption(self, redemption_result) -> None:
        redemption_id = getattr(redemption_result, "redemption_id", redemption_result)
        self._printing(self.devices.queue_redemption, redemption_id, staff_id=self.ctx.staff_id)

    def print_topup(self, **figures) -> None:
        """Queue and print a stored-value top-up slip (see app.receipts.topup_document)."""
        self._printing(self.devices.queue_topup, staff_id=self.ctx.staff_id, **figures)

    def print_member_card(self, member_id: int) -> None:
        self._printing(self.devices.queue_member_card, member_id, staff_id=self.ctx.staff_id)

    def reprint_last(self) -> None:
        self._printing(self.devices.reprint_last, staff_id=self.ctx.staff_id)

    def retry_job(self, job_id: int) -> None:
        self._printing(self.devices.retry, job_id)

    def reprint_job(self, job_id: int) -> None:
        self._printing(self.devices.reprint, job_id, staff_id=self.ctx.staff_id)

    def print_waiting(self) -> None:
        """Retry every failed job and print all waiting ones, in order."""

        def retry_all():
            for job in self.devices.jobs(500):
                if job.status == "failed":
                    self.devices.retry(job.id)

        self._printing(retry_all)

    def skip_job(self, job_id: int) -> None:
        staff_id = self.ctx.staff_id

        def work():
            self.devices.skip(job_id, staff_id)
            return None, self.devices.counts()

        self._printer.run(work, on_done=self._after_print, on_error=self._on_print_error)

    def test_printer(self) -> None:
        def work():
            self.devices.test_printer()
            return PrintRun(printed=[0]), self.devices.counts()

        self._set_status("printer", "busy", self.tr("Printing…"))
        self._printer.run(work, on_done=self._after_print, on_error=self._on_print_error)

    # ------------------------------------------------------------------ drawer
    def _drawer_report(self, result) -> None:  # any thread: signals are queued
        if result.ok:
            self.drawer_opened.emit(True, "")
        else:
            self.drawer_opened.emit(False, result.error.message(self.ctx.lang))

    def open_drawer(self, reason: str = "manual", note: str = "") -> None:
        """Kick the cash drawer now (audited with the staff member at the counter)."""
        staff_id = self.ctx.staff_id

        def done(result) -> None:
            self._drawer_report(result)
            if result.ok:
                self._set_status("drawer", "ok", self.tr("Opened"))
            else:
                self._set_status("drawer", "error", result.error.message(self.ctx.lang))

        self._printer.run(
            self.devices.kick_drawer, reason, staff_id=staff_id, note=note, on_done=done, on_error=self._on_print_error
        )

    # ------------------------------------------------------------------ pole display
    def show_on_display(self, line: str | None, total_cents: int | None = None, points: int | None = None) -> None:
        """Show ``line`` (and ``+points``) on top, the total below. Only the
        latest call is sent when several arrive while the port is busy."""
        self._display_wanted = (line, total_cents, points)
        if self.setup is not None and not self.setup.display.configured:
            return
        if self._display_scheduled:
            return
        self._display_scheduled = True
        self._display.run(self._display_work, on_done=self._display_done, on_error=self._display_error)

    def clear_display(self) -> None:
        self.show_on_display(None, None, None)

    def _display_work(self):  # display thread
        self._display_scheduled = False
        wanted = self._display_wanted
        if wanted is None:
            return None
        line, total, points = wanted
        if line is None and total is None:
            self.devices.clear_display()
            return b""
        return self.devices.show(line, total, points)

    def _display_done(self, _data) -> None:
        self._set_status("display", "ok", "")

    def _display_error(self, exc: BaseException) -> None:
        self._display_scheduled = False
        if isinstance(exc, UserError):
            if exc.code == "display_not_set_up":
                self._set_status("display", "off", "")
            else:
                self._set_status("display", "error", exc.message(self.ctx.lang))
        else:
            self._on_bug(exc, "")

    def test_display(self) -> None:
        self._display.run(self.devices.test_display, on_done=self._display_done, on_error=self._display_error)

    # ------------------------------------------------------------------ scanners
    def _restart_scanner(self, setup: DeviceSetup) -> None:
        cfg = setup.scanner
        if self._serial is not None:
            same = cfg.connection == "serial" and (self._serial.url, self._serial.baudrate) == (cfg.target, cfg.baudrate)
            if same:
                return
            self._serial.stop()
            self._serial = None
        if cfg.connection == "serial" and not self._closed:
            self._serial = SerialScanner(
                cfg.target, cfg.baudrate, min_length=cfg.min_length,
                on_code=self._serial_code.emit, on_notice=self._serial_notice.emit,
                on_status=lambda state, err: self._serial_status.emit(state, err),
            )
            self._set_status("scanner", "busy", self.tr("Connecting…"))
            self._serial.start()
        elif cfg.connection == "wedge":
            self._set_status("scanner", "ok", self.tr("Keyboard scanner"))
        else:
            self._set_status("scanner", "off", "")

    def _on_serial_code(self, code: str) -> None:
        self._emit_scan(code)

    def _on_serial_notice(self, error: UserError) -> None:
        self.scan_notice.emit(error.message(self.ctx.lang))

    def _on_serial_status(self, state: str, error) -> None:
        if state == "connected":
            self._set_status("scanner", "ok", self.tr("Connected"))
        elif state == "error" and error is not None:
            self._set_status("scanner", "error", error.message(self.ctx.lang))

    def _emit_scan(self, code: str) -> None:
        if self._scanner_test:
            self._scanner_test = False
            self.scanner_test.emit(code)
            return
        self.scanned.emit(code)

    def test_scanner(self) -> None:
        """The next scan goes to ``scanner_test`` instead of ``scanned``."""
        self._scanner_test = True

    def cancel_scanner_test(self) -> None:
        self._scanner_test = False

    def install_wedge_filter(self, window: QWidget) -> "WedgeScanFilter":
        """Catch keyboard-wedge scans typed anywhere in ``window``."""
        if self._wedge is not None:
            self._wedge.uninstall()
        self._wedge = WedgeScanFilter(window, self)
        self._wedge.scanned.connect(self._emit_scan)
        if self.setup is not None:
            self._wedge.configure(self.setup.scanner)
        return self._wedge


class WedgeScanFilter(QObject):
    """An application-wide key filter acting on one window's keys.

    Printable keys arriving faster than ``max_gap_ms`` are held back; Enter
    after at least ``min_length`` of them emits ``scanned`` and the field with
    focus never sees the code (nor the Enter, which would e.g. record a sale
    in the amount field). Anything slower is given back to the field it was
    typed in, in order, as ordinary typing.
    """

    scanned = Signal(str)

    _PASS_KEYS = {Qt.Key_Backspace, Qt.Key_Tab, Qt.Key_Backtab, Qt.Key_Escape, Qt.Key_Delete}

    def __init__(self, window: QWidget, parent: QObject | None = None, *, clock=None):
        super().__init__(parent)
        self.window = window
        self.enabled = True
        self.detector = WedgeBurstDetector()
        self._clock = clock or (lambda: time.monotonic() * 1000.0)
        self._replaying = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timeout)
        QApplication.instance().installEventFilter(self)

    def configure(self, scanner_cfg) -> None:
        self.release_all()
        self.enabled = scanner_cfg.connection == "wedge"
        self.detector = WedgeBurstDetector(max_gap_ms=scanner_cfg.max_gap_ms, min_length=scanner_cfg.min_length)

    def uninstall(self) -> None:
        self.release_all()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        etype = event.type()
        if self._replaying or not self.enabled:
            return False
        if etype in (QEvent.WindowDeactivate, QEvent.FocusOut) and self.detector.holding:
            QTimer.singleShot(0, self.release_all)
            return False
        if etype != QEvent.KeyPress or not isinstance(obj, QWidget):
            return False
        focus = QApplication.focusWidget()
        if obj is not (focus or obj) or obj.window() is not self.window:
            return False  # another window, or the same key propagating to a parent
        now = self._clock()
        key, mods, text = event.key(), event.modifiers(), event.text()
        token = (obj, key, mods, text, event.isAutoRepeat(), event.count())
        if key in (Qt.Key_Return, Qt.Key_Enter):
            verdict = self.detector.enter(token, now)
        elif (mods & (Qt.ControlModifier | Qt.AltModifier | Qt.MetaModifier) or key in self._PASS_KEYS
              or event.isAutoRepeat()):  # a held-down key repeats fast too, but it is typing
            verdict = self.detector.other(token, now)
        elif text and (text.isprintable() or self.detector.holding):
            verdict = self.detector.key(token, text, now)
        else:
            verdict = self.detector.other(token, now)
        if verdict.release:
            self._replay(verdict.release)
        if verdict.code is not None:
            self._timer.stop()
            self.scanned.emit(verdict.code)
            return True
        if verdict.swallow:
            self._timer.start(int(self.detector.max_gap_ms) + 5)
            return True
        return False

    def _on_timeout(self) -> None:
        held = self.detector.expire(self._clock())
        if held:
            self._replay(held)
        elif self.detector.holding:
            self._timer.start(int(self.detector.max_gap_ms) + 5)

    def release_all(self) -> None:
        self._timer.stop()
        held = self.detector.reset()
        if held:
            self._replay(held)

    def _replay(self, tokens: list) -> None:
        """Deliver held keys to the widget they were typed in (or the focus)."""
        self._replaying = True
        try:
            for target, key, mods, text, autorep, count in tokens:
                widget = target if target is not None and shiboken6.isValid(target) else QApplication.focusWidget()
                if widget is None:
                    continue
                QApplication.sendEvent(widget, QKeyEvent(QEvent.KeyPress, key, mods, text, autorep, count))
                QApplication.sendEvent(widget, QKeyEvent(QEvent.KeyRelease, key, mods, text, autorep, count))
        finally:
            self._replaying = False
