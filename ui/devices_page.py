"""The Devices page: how this counter's printer, scanner and customer display
are connected, a Test button for each, their live status, and the receipt
queue with Retry / Reprint / Skip.

Settings are per computer (station), so each till keeps its own ports. The
ports are not a shop setting (app.devices.config.save asks for no permission):
whoever is at the counter may set them up again when a printer or scanner is
swapped. The receipt header and footer are shop settings (``change_settings``
in app.settings.put): for a cashier they are greyed out, with a note why, and
the printer's Save stores the ports only.

All device work goes through :class:`ui.device_manager.DeviceManager` (its
own threads) and all database work through the shop runner: the page never
waits on a device.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import settings as shop_settings
from app.devices import printqueue
from app.devices.config import DisplayConfig, PrinterConfig, ScannerConfig
from app.devices.ports import BAUD_RATES, list_serial_ports
from app.errors import UserError
from ui.context import AppContext
from ui.device_manager import DeviceManager
from ui.widgets import FieldRow, FormErrors, error_label, format_datetime

STATE_COLORS = {"ok": "#0d652d", "busy": "#0b57d0", "waiting": "#8a4b00", "error": "#b3261e", "off": "#666666"}
SCAN_TEST_MS = 15000


class StatusLabel(QLabel):
    """● and a word or a message, coloured by state."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.setMinimumHeight(self.fontMetrics().height() * 2 + 4)
        self.setAlignment(Qt.AlignLeft | Qt.AlignTop)
        self.state = "off"

    def set_state(self, state: str, text: str) -> None:
        self.state = state
        color = STATE_COLORS.get(state, "#666666")
        self.setStyleSheet(f"color: {color};")
        self.setText("● " + text)


class JobModel(QAbstractTableModel):
    """The receipt queue, newest first (plain JobView rows)."""

    COLUMNS = ("time", "what", "details", "status", "tries", "message")

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[printqueue.JobView] = []

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation != Qt.Horizontal or role != Qt.DisplayRole:
            return None
        return {
            "time": self.tr("Time"),
            "what": self.tr("Receipt"),
            "details": self.tr("Details"),
            "status": self.tr("Status"),
            "tries": self.tr("Tries"),
            "message": self.tr("Message"),
        }[self.COLUMNS[section]]

    def kind_text(self, job) -> str:
        names = {
            "sale": self.tr("Sale"),
            "refund": self.tr("Refund"),
            "redemption": self.tr("Redemption"),
            "topup": self.tr("Top-up"),
            "member_card": self.tr("Member card"),
            "test": self.tr("Test page"),
        }
        text = names.get(job.kind, job.kind)
        if job.ref_id is not None and job.kind != "member_card":
            text += f" #{job.ref_id}"
        if job.reprint_of_id is not None:
            text += " " + self.tr("(copy)")
        return text

    def status_text(self, status: str) -> str:
        return {
            "pending": self.tr("Waiting"),
            "printing": self.tr("Printing"),
            "printed": self.tr("Printed"),
            "failed": self.tr("Not printed"),
            "skipped": self.tr("Skipped"),
        }.get(status, status)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        job = self.rows[index.row()]
        col = self.COLUMNS[index.column()]
        if role == Qt.DisplayRole:
            if col == "time":
                return format_datetime(job.created_at, self.ctx.lang)
            if col == "what":
                return self.kind_text(job)
            if col == "details":
                return job.title
            if col == "status":
                return self.status_text(job.status)
            if col == "tries":
                return str(job.attempts)
            if col == "message":
                err = job.error
                return err.message(self.ctx.lang) if err is not None and job.status == "failed" else ""
        if role == Qt.ToolTipRole and col == "message":
            err = job.error
            return err.message(self.ctx.lang) if err is not None else None
        if role == Qt.ForegroundRole and col == "status":
            from PySide6.QtGui import QColor

            return QColor({"failed": "#b3261e", "pending": "#8a4b00", "printed": "#0d652d"}.get(job.status, "#444444"))
        if role == Qt.UserRole:
            return job.id
        return None


class DevicesPage(QWidget):
    """Settings → Devices (see the module docstring)."""

    def __init__(self, ctx: AppContext, manager: DeviceManager | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.manager = manager or DeviceManager.for_context(ctx)
        self._loading = False
        self._build()
        self._connect()
        if self.manager.setup is not None:
            self._on_setup(self.manager.setup)
        for role, (state, message) in self.manager.status.items():
            self._on_status(role, state, message)
        self.refresh_jobs()
        self._load_receipt_texts()
        ctx.actor_changed.connect(self._update_permission)
        self._update_permission()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        root = QVBoxLayout(body)
        root.setContentsMargins(16, 14, 16, 12)
        root.setSpacing(12)

        self.station_label = QLabel(
            self.tr("Devices of this computer (%1). Each counter computer keeps its own settings.").replace(
                "%1", self.manager.station
            )
        )
        self.station_label.setWordWrap(True)
        root.addWidget(self.station_label)

        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(12)
        root.addLayout(self.grid)
        self.printer_box = self._build_printer()
        self.scanner_box = self._build_scanner()
        self.display_box = self._build_display()
        self._wide: bool | None = None
        self._arrange(True)

        root.addWidget(self._build_queue(), 1)

    WIDE = 1180  # px: three device boxes side by side; narrower, the display goes under the scanner

    def _arrange(self, wide: bool) -> None:
        if wide == self._wide:
            return
        self._wide = wide
        for box in (self.printer_box, self.scanner_box, self.display_box):
            self.grid.removeWidget(box)
        if wide:
            self.grid.addWidget(self.printer_box, 0, 0)
            self.grid.addWidget(self.scanner_box, 0, 1)
            self.grid.addWidget(self.display_box, 0, 2)
            stretches = (3, 2, 2)
        else:
            self.grid.addWidget(self.printer_box, 0, 0, 2, 1)
            self.grid.addWidget(self.scanner_box, 0, 1)
            self.grid.addWidget(self.display_box, 1, 1)
            stretches = (1, 1, 0)
        for col, stretch in enumerate(stretches):
            self.grid.setColumnStretch(col, stretch)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self._arrange(event.size().width() >= self.WIDE)
        super().resizeEvent(event)

    def _port_combo(self) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.NoInsert)
        combo.setMinimumContentsLength(14)
        combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        combo.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        for device, description in list_serial_ports():
            combo.addItem(device, device)
            combo.setItemData(combo.count() - 1, description, Qt.ToolTipRole)
        combo.setCurrentIndex(-1)
        return combo

    def _baud_combo(self) -> QComboBox:
        combo = QComboBox()
        for rate in BAUD_RATES:
            combo.addItem(str(rate), rate)
        combo.setCurrentIndex(combo.findData(9600))
        return combo

    @staticmethod
    def _form(box: QGroupBox) -> QFormLayout:
        """A form at the top of ``box`` (extra height goes below it, not between rows)."""
        outer = QVBoxLayout(box)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        return form

    @staticmethod
    def _side_by_side(first: QWidget, second: QWidget) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(first, 1)
        layout.addWidget(second)
        return row

    def _build_printer(self) -> QGroupBox:
        box = QGroupBox(self.tr("Receipt printer and cash drawer"))
        form = self._form(box)
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.printer_connection = QComboBox()
        for code, text in (
            ("none", self.tr("Not used")),
            ("serial", self.tr("Serial port (COM / tty)")),
            ("network", self.tr("Network (port 9100)")),
            ("usb", self.tr("USB (vendor:product)")),
            ("windows", self.tr("Windows printer (raw)")),
        ):
            self.printer_connection.addItem(text, code)
        self.printer_target = self._port_combo()
        self.printer_target.lineEdit().setPlaceholderText(self.tr("COM3, /dev/ttyUSB0, 192.168.1.50 …"))
        self.printer_target_row = FieldRow(self.printer_target)
        self.printer_baud = self._baud_combo()
        self.printer_encoding = QComboBox()
        for code, text in (
            ("big5", self.tr("Chinese, Big5 (Traditional)")),
            ("gb18030", self.tr("Chinese, GB18030")),
            ("gbk", self.tr("Chinese, GBK")),
            ("image", self.tr("Print text as an image (any printer)")),
            ("ascii", self.tr("English only (ASCII)")),
        ):
            self.printer_encoding.addItem(text, code)
        self.printer_paper = QComboBox()
        self.printer_paper.addItem(self.tr("80 mm"), 80)
        self.printer_paper.addItem(self.tr("58 mm"), 58)
        self.printer_cut = QCheckBox(self.tr("Cut after each receipt"))
        self.drawer_pin = QComboBox()
        self.drawer_pin.addItem(self.tr("Pin 2 (most drawers)"), 2)
        self.drawer_pin.addItem(self.tr("Pin 5"), 5)
        self.drawer_on_cash = QCheckBox(self.tr("Open the drawer for cash sales"))
        self.receipt_header = QPlainTextEdit()
        self.receipt_header.setPlaceholderText(self.tr("Address, phone … (printed under the shop name)"))
        self.receipt_header.setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 14)
        self.receipt_footer = QPlainTextEdit()
        self.receipt_footer.setPlaceholderText(self.tr("Thank-you line (empty: the standard one)"))
        self.receipt_footer.setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 14)
        self.receipt_permission = QLabel()
        self.receipt_permission.setWordWrap(True)
        self.printer_status = StatusLabel()
        self.printer_error = error_label()

        form.addRow(self.tr("Connection"), self.printer_connection)
        form.addRow(self.tr("Port or address"), self.printer_target_row)
        form.addRow(self.tr("Baud rate"), self.printer_baud)
        form.addRow(self.tr("Characters"), self.printer_encoding)
        form.addRow(self.tr("Paper"), self._side_by_side(self.printer_paper, self.printer_cut))
        form.addRow(self.tr("Cash drawer"), self._side_by_side(self.drawer_pin, self.drawer_on_cash))
        form.addRow(self.tr("Receipt header"), self.receipt_header)
        form.addRow(self.tr("Receipt footer"), self.receipt_footer)
        form.addRow("", self.receipt_permission)
        self.printer_form = form
        form.addRow(self.tr("Status"), self.printer_status)
        form.addRow(self.printer_error)
        buttons = QHBoxLayout()
        self.printer_save = QPushButton(self.tr("Save"))
        self.printer_test = QPushButton(self.tr("Print test page"))
        self.drawer_button = QPushButton(self.tr("Open drawer"))
        for b in (self.printer_save, self.printer_test, self.drawer_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        form.addRow(buttons)
        self.printer_errors = FormErrors({"target": self.printer_target_row}, self.printer_error, lambda: self.ctx.lang)
        return box

    def _build_scanner(self) -> QGroupBox:
        box = QGroupBox(self.tr("Barcode / QR scanner"))
        form = self._form(box)
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.scanner_connection = QComboBox()
        for code, text in (
            ("wedge", self.tr("USB keyboard scanner")),
            ("serial", self.tr("Serial port (COM / tty)")),
            ("none", self.tr("Not used")),
        ):
            self.scanner_connection.addItem(text, code)
        self.scanner_target = self._port_combo()
        self.scanner_target_row = FieldRow(self.scanner_target)
        self.scanner_baud = self._baud_combo()
        self.scanner_min = QSpinBox()
        self.scanner_min.setRange(1, 64)
        self.scanner_min.setValue(4)
        self.scanner_status = StatusLabel()
        self.scanner_result = QLabel()
        self.scanner_result.setWordWrap(True)
        self.scanner_result.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.scanner_error = error_label()
        form.addRow(self.tr("Connection"), self.scanner_connection)
        form.addRow(self.tr("Port"), self.scanner_target_row)
        form.addRow(self.tr("Baud rate"), self.scanner_baud)
        form.addRow(self.tr("Shortest code"), self.scanner_min)
        form.addRow(self.tr("Status"), self.scanner_status)
        form.addRow(self.scanner_result)
        form.addRow(self.scanner_error)
        buttons = QHBoxLayout()
        self.scanner_save = QPushButton(self.tr("Save"))
        self.scanner_test = QPushButton(self.tr("Test: scan something"))
        buttons.addWidget(self.scanner_save)
        buttons.addWidget(self.scanner_test)
        buttons.addStretch(1)
        form.addRow(buttons)
        self.scanner_errors = FormErrors({"target": self.scanner_target_row}, self.scanner_error, lambda: self.ctx.lang)
        self._scan_timer = QTimer(self)
        self._scan_timer.setSingleShot(True)
        self._scan_timer.timeout.connect(self._on_scan_test_timeout)
        return box

    def _build_display(self) -> QGroupBox:
        box = QGroupBox(self.tr("Customer display (2 × 20)"))
        form = self._form(box)
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.display_connection = QComboBox()
        self.display_connection.addItem(self.tr("Not used"), "none")
        self.display_connection.addItem(self.tr("Serial port (COM / tty)"), "serial")
        self.display_target = self._port_combo()
        self.display_target_row = FieldRow(self.display_target)
        self.display_baud = self._baud_combo()
        self.display_protocol = QComboBox()
        self.display_protocol.addItem(self.tr("ESC/POS (Epson)"), "escpos")
        self.display_protocol.addItem(self.tr("CD5220"), "cd5220")
        self.display_status = StatusLabel()
        self.display_error = error_label()
        form.addRow(self.tr("Connection"), self.display_connection)
        form.addRow(self.tr("Port"), self.display_target_row)
        form.addRow(self.tr("Baud rate"), self.display_baud)
        form.addRow(self.tr("Commands"), self.display_protocol)
        form.addRow(self.tr("Status"), self.display_status)
        form.addRow(self.display_error)
        buttons = QHBoxLayout()
        self.display_save = QPushButton(self.tr("Save"))
        self.display_test = QPushButton(self.tr("Show test text"))
        buttons.addWidget(self.display_save)
        buttons.addWidget(self.display_test)
        buttons.addStretch(1)
        form.addRow(buttons)
        self.display_errors = FormErrors({"target": self.display_target_row}, self.display_error, lambda: self.ctx.lang)
        return box

    def _build_queue(self) -> QGroupBox:
        box = QGroupBox(self.tr("Receipt queue"))
        layout = QVBoxLayout(box)
        hint = QLabel(self.tr("Sales are saved even when a receipt does not print. Receipts that did not print wait here."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.jobs = JobModel(self.ctx, self)
        self.job_view = QTableView()
        self.job_view.setModel(self.jobs)
        self.job_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.job_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.job_view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.job_view.verticalHeader().hide()
        self.job_view.setMinimumHeight(150)
        header = self.job_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(len(JobModel.COLUMNS) - 1, QHeaderView.Stretch)
        layout.addWidget(self.job_view, 1)
        buttons = QHBoxLayout()
        self.retry_button = QPushButton(self.tr("Retry"))
        self.reprint_button = QPushButton(self.tr("Reprint"))
        self.skip_button = QPushButton(self.tr("Skip"))
        self.print_all_button = QPushButton(self.tr("Print all waiting"))
        self.reprint_last_button = QPushButton(self.tr("Reprint last receipt"))
        for b in (self.retry_button, self.reprint_button, self.skip_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.print_all_button)
        buttons.addWidget(self.reprint_last_button)
        layout.addLayout(buttons)
        self.queue_error = error_label()
        layout.addWidget(self.queue_error)
        return box

    def _connect(self) -> None:
        m = self.manager
        m.status_changed.connect(self._on_status)
        m.jobs_changed.connect(self.refresh_jobs)
        m.setup_changed.connect(self._on_setup)
        m.scanner_test.connect(self._on_scan_test)
        m.scan_notice.connect(self._on_scan_notice)
        m.drawer_opened.connect(self._on_drawer)
        self.printer_connection.currentIndexChanged.connect(self._update_enabled)
        self.scanner_connection.currentIndexChanged.connect(self._update_enabled)
        self.display_connection.currentIndexChanged.connect(self._update_enabled)
        self.printer_save.clicked.connect(self.save_printer)
        self.scanner_save.clicked.connect(self.save_scanner)
        self.display_save.clicked.connect(self.save_display)
        self.printer_test.clicked.connect(self.test_printer)
        self.drawer_button.clicked.connect(lambda: self.manager.open_drawer("manual"))
        self.scanner_test.clicked.connect(self.test_scanner)
        self.display_test.clicked.connect(self.manager.test_display)
        self.retry_button.clicked.connect(lambda: self._job_action(self.manager.retry_job))
        self.reprint_button.clicked.connect(lambda: self._job_action(self.manager.reprint_job))
        self.skip_button.clicked.connect(lambda: self._job_action(self.manager.skip_job))
        self.print_all_button.clicked.connect(self.manager.print_waiting)
        self.reprint_last_button.clicked.connect(self.manager.reprint_last)
        self.job_view.selectionModel().selectionChanged.connect(self._update_job_buttons)
        self._update_job_buttons()

    # ------------------------------------------------------------------ settings
    @staticmethod
    def _select(combo: QComboBox, value) -> None:
        i = combo.findData(value)
        if i >= 0:
            combo.setCurrentIndex(i)

    @staticmethod
    def _set_target(combo: QComboBox, text: str) -> None:
        combo.setEditText(text)

    def _on_setup(self, setup) -> None:
        if setup is None:
            return
        self._loading = True
        p, s, d = setup.printer, setup.scanner, setup.display
        self._select(self.printer_connection, p.connection)
        self._set_target(self.printer_target, p.target)
        self._select(self.printer_baud, p.baudrate)
        self._select(self.printer_encoding, p.encoding)
        self._select(self.printer_paper, p.paper_mm)
        self.printer_cut.setChecked(p.cut)
        self._select(self.drawer_pin, p.drawer_pin)
        self.drawer_on_cash.setChecked(p.drawer_on_cash)
        self._select(self.scanner_connection, s.connection)
        self._set_target(self.scanner_target, s.target)
        self._select(self.scanner_baud, s.baudrate)
        self.scanner_min.setValue(s.min_length)
        self._select(self.display_connection, d.connection)
        self._set_target(self.display_target, d.target)
        self._select(self.display_baud, d.baudrate)
        self._select(self.display_protocol, d.protocol)
        self._loading = False
        self._setup = setup
        self._update_enabled()

    def _update_enabled(self) -> None:
        pc = self.printer_connection.currentData()
        self.printer_target.setEnabled(pc != "none")
        self.printer_baud.setEnabled(pc == "serial")
        for w in (self.printer_encoding, self.printer_paper, self.printer_cut, self.drawer_pin,
                  self.drawer_on_cash, self.printer_test, self.drawer_button):
            w.setEnabled(pc != "none")
        sc = self.scanner_connection.currentData()
        self.scanner_target.setEnabled(sc == "serial")
        self.scanner_baud.setEnabled(sc == "serial")
        self.scanner_test.setEnabled(sc != "none")
        dc = self.display_connection.currentData()
        for w in (self.display_target, self.display_baud, self.display_protocol, self.display_test):
            w.setEnabled(dc != "none")

    def printer_config(self) -> PrinterConfig:
        return PrinterConfig(
            connection=self.printer_connection.currentData(),
            target=self.printer_target.currentText().strip(),
            baudrate=self.printer_baud.currentData(),
            encoding=self.printer_encoding.currentData(),
            paper_mm=self.printer_paper.currentData(),
            cut=self.printer_cut.isChecked(),
            drawer_pin=self.drawer_pin.currentData(),
            drawer_on_cash=self.drawer_on_cash.isChecked(),
        )

    def scanner_config(self) -> ScannerConfig:
        return ScannerConfig(
            connection=self.scanner_connection.currentData(),
            target=self.scanner_target.currentText().strip(),
            baudrate=self.scanner_baud.currentData(),
            min_length=self.scanner_min.value(),
        )

    def display_config(self) -> DisplayConfig:
        return DisplayConfig(
            connection=self.display_connection.currentData(),
            target=self.display_target.currentText().strip(),
            baudrate=self.display_baud.currentData(),
            protocol=self.display_protocol.currentData(),
        )

    def _save(self, cfg, errors: FormErrors, extra=None) -> None:
        errors.clear()
        devices = self.manager.devices

        def work():
            saved = devices.save(cfg)
            if extra is not None:
                with self.ctx.shop.transaction() as s:
                    shop_settings.put(s, **extra)
            return saved

        def failed(exc: BaseException) -> None:
            if isinstance(exc, UserError):
                errors.show(exc)
            else:
                self.ctx.runner.unhandled.emit(exc, "")

        self.ctx.runner.run(work, on_done=lambda _cfg: self.manager.reload(), on_error=failed)

    def _update_permission(self) -> None:
        """Receipt texts are the shop's (owner or manager); the ports are this counter's (anyone)."""
        allowed = self.ctx.may("change_settings")
        for edit in (self.receipt_header, self.receipt_footer):
            edit.setEnabled(allowed)
        self.receipt_permission.setText(
            "" if allowed else self.tr("Only an owner or a manager can change the receipt header and footer."))
        self.printer_form.setRowVisible(self.receipt_permission, not allowed)

    def save_printer(self) -> None:
        texts = None
        if self.ctx.may("change_settings"):  # a cashier saves the ports only, never refused for the texts
            texts = {
                "receipt_header": self.receipt_header.toPlainText().strip(),
                "receipt_footer": self.receipt_footer.toPlainText().strip(),
            }
        self._save(self.printer_config(), self.printer_errors, texts)

    def save_scanner(self) -> None:
        self._save(self.scanner_config(), self.scanner_errors)

    def save_display(self) -> None:
        self._save(self.display_config(), self.display_errors)

    def _load_receipt_texts(self) -> None:
        def load():
            with self.ctx.shop.read() as s:
                return shop_settings.get(s, "receipt_header"), shop_settings.get(s, "receipt_footer")

        def done(values) -> None:
            self.receipt_header.setPlainText(values[0])
            self.receipt_footer.setPlainText(values[1])

        self.ctx.runner.run(load, on_done=done)

    # ------------------------------------------------------------------ status and tests
    def _on_status(self, role: str, state: str, message: str) -> None:
        words = {
            "ok": self.tr("Ready"),
            "busy": self.tr("Working…"),
            "waiting": self.tr("Receipts waiting"),
            "error": self.tr("Problem"),
            "off": self.tr("Not set up"),
        }
        text = message or words.get(state, state)
        if state == "error" and message:
            text = self.tr("Problem: %1").replace("%1", message)
        label = {
            "printer": self.printer_status, "scanner": self.scanner_status, "display": self.display_status,
        }.get(role)
        if label is not None:
            label.set_state(state, text)

    def test_printer(self) -> None:
        self.printer_errors.clear()
        self.manager.test_printer()

    def test_scanner(self) -> None:
        self.scanner_result.setText(self.tr("Scan a barcode or QR code now…"))
        self.manager.test_scanner()
        self._scan_timer.start(SCAN_TEST_MS)

    def _on_scan_test(self, code: str) -> None:
        self._scan_timer.stop()
        self.scanner_result.setText(self.tr("Read: %1").replace("%1", code))

    def _on_scan_test_timeout(self) -> None:
        self.manager.cancel_scanner_test()
        self.scanner_result.setText(self.tr("Nothing was scanned. Check the cable and the settings above."))

    def _on_scan_notice(self, message: str) -> None:
        self.scanner_result.setText(message)

    def _on_drawer(self, ok: bool, message: str) -> None:
        if ok:
            self.printer_error.hide()
        else:
            self.printer_error.setText(message)
            self.printer_error.show()

    # ------------------------------------------------------------------ queue
    def refresh_jobs(self) -> None:
        devices = self.manager.devices
        self.ctx.runner.run(devices.jobs, 100, on_done=self._on_jobs)

    def _on_jobs(self, rows) -> None:
        selected = self.selected_job_id()
        self.jobs.set_rows(rows)
        if selected is not None:
            for i, job in enumerate(rows):
                if job.id == selected:
                    self.job_view.selectRow(i)
                    break
        self._update_job_buttons()

    def selected_job_id(self) -> int | None:
        rows = self.job_view.selectionModel().selectedRows() if self.job_view.selectionModel() else []
        if not rows:
            return None
        return self.jobs.rows[rows[0].row()].id if rows[0].row() < len(self.jobs.rows) else None

    def selected_job(self):
        job_id = self.selected_job_id()
        return next((j for j in self.jobs.rows if j.id == job_id), None)

    def _update_job_buttons(self, *_args) -> None:
        job = self.selected_job()
        waiting = job is not None and job.status in ("pending", "failed", "skipped")
        self.retry_button.setEnabled(waiting)
        self.skip_button.setEnabled(job is not None and job.status in ("pending", "failed"))
        self.reprint_button.setEnabled(job is not None)

    def _job_action(self, action) -> None:
        job_id = self.selected_job_id()
        if job_id is not None:
            action(job_id)
