"""The Print tab: member cards, coupons and scratch cards, flyers, postcards.

Pick a document, fill the fields, and the preview shows the real first page
(rendered from the PDF by pdfium, off the UI thread) with sample codes; Save
PDF or Print issues the real codes. A run of 1,000 renders on this tab's own
worker thread with a progress bar and a Cancel button; coupon codes are
issued (one transaction on the shop's runner) only once the PDF is complete,
so a cancelled run leaves nothing behind. Printing sends each page to the
chosen system printer as an image at the printer's resolution (capped at
300 dpi), on the page's own paper size, full page; the owner's print offset
is already in the PDF.

pdfium is not thread-safe, so every PDF render (preview and print) runs on
this tab's single worker thread.
"""
from __future__ import annotations

import datetime as dt
import os
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QMarginsF,
    QModelIndex,
    QObject,
    QSizeF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import coupons as coupon_service
from app import settings as shop_settings
from app.errors import UserError
from app.printing import common, jobs
from app.textparse import fold, parse_amount_cents
from ui.errors import handle_error
from ui.widgets import FieldRow, FormErrors, error_label
from ui.worker import Runner

PREVIEW_DEBOUNCE_MS = 400
PREVIEW_DPI = 110
PRINT_DPI_MAX = 300
SAVE_OFFSET_DEBOUNCE_MS = 600

DOC_CARDS, DOC_COUPONS, DOC_SCRATCH, DOC_FLYERS, DOC_POSTCARDS = range(5)


# --- work done on the tab's worker thread (plain functions, no widgets) -----------------


def render_preview(shop, job, page: int, offset_mm, dpi: int = PREVIEW_DPI) -> tuple[QImage, int, int]:
    """One page of ``job`` with sample codes as an image; (image, page, pages)."""
    import pypdfium2 as pdfium

    with shop.read() as s:
        pdf, pages = jobs.preview(s, job, page, offset_mm=offset_mm)
    doc = pdfium.PdfDocument(pdf)
    try:
        return _to_qimage(doc[0].render(scale=dpi / 72).to_pil()), min(page, pages - 1), pages
    finally:
        doc.close()


def _to_qimage(pil) -> QImage:
    img = pil.convert("RGB")
    data = img.tobytes()
    return QImage(data, img.width, img.height, 3 * img.width, QImage.Format_RGB888).copy()


def render_job(shop, job, path: str, offset_mm, progress, cancel) -> jobs.Prepared:
    """Prepare (reading the database) and render the whole job to ``path``."""
    with shop.read() as s:
        prepared = jobs.prepare(s, job)
    try:
        jobs.render(prepared, path, offset_mm=offset_mm, progress=progress, cancel=cancel)
    except BaseException:
        _unlink(path)
        raise
    return prepared


def commit_job(shop, prepared: jobs.Prepared, staff_id: int | None):
    with shop.transaction() as s:
        return jobs.commit(s, prepared, staff_id=staff_id)


def print_pdf(path: str, make_printer, progress=None, cancel=None) -> int:
    """Send every page of the PDF at ``path`` to the printer ``make_printer()``
    returns, each on its own paper size, full page. Returns pages sent.

    Raises:
        UserError: ``printer_failed`` when the printer cannot start.
        Cancelled: ``cancel()`` turned True (pages already sent stay sent).
    """
    import pypdfium2 as pdfium

    printer = make_printer()
    printer.setFullPage(True)
    doc = pdfium.PdfDocument(path)
    painter = QPainter()
    try:
        n = len(doc)
        for i in range(n):
            if cancel is not None and cancel():
                if painter.isActive():
                    printer.abort()
                raise common.Cancelled()
            page = doc[i]
            w_pt, h_pt = page.get_size()
            landscape = w_pt > h_pt
            size = QPageSize(QSizeF(min(w_pt, h_pt), max(w_pt, h_pt)), QPageSize.Point, "", QPageSize.ExactMatch)
            printer.setPageLayout(
                QPageLayout(size, QPageLayout.Landscape if landscape else QPageLayout.Portrait, QMarginsF(0, 0, 0, 0))
            )
            if i == 0:
                if not painter.begin(printer):
                    raise UserError("printer_failed", printer=printer.printerName() or "?", reason="cannot start")
            elif not printer.newPage():
                raise UserError("printer_failed", printer=printer.printerName() or "?", reason="new page refused")
            dpi = min(printer.resolution(), PRINT_DPI_MAX)
            image = _to_qimage(page.render(scale=dpi / 72).to_pil())
            target = printer.pageLayout().fullRectPixels(printer.resolution())
            painter.drawImage(target, image)
            if progress is not None:
                progress(i + 1, n)
        return n
    finally:
        if painter.isActive():
            painter.end()
        doc.close()


def _unlink(path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


class _Progress(QObject):
    """Carries progress from the worker thread to the UI thread."""

    changed = Signal(int, int)


# --- the batch list ------------------------------------------------------------------


class BatchTableModel(QAbstractTableModel):
    """Coupon batches with issued / redeemed / expired and the redemption rate."""

    COLUMNS = ("name", "channel", "document", "valid", "issued", "redeemed", "expired", "rate")

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.rows: list[coupon_service.BatchReport] = []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def _headers(self) -> list[str]:
        return [self.tr("Batch"), self.tr("Run / channel"), self.tr("Printed as"), self.tr("Valid"),
                self.tr("Issued"), self.tr("Redeemed"), self.tr("Expired"), self.tr("Rate")]

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if role == Qt.DisplayRole and orientation == Qt.Horizontal and 0 <= section < len(self.COLUMNS):
            return self._headers()[section]
        return None

    def _document(self, doc: str) -> str:
        return {"coupon": self.tr("Coupons"), "scratch": self.tr("Scratch cards"), "flyer": self.tr("Flyers"),
                "postcard": self.tr("Postcards")}.get(doc, doc)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r = self.rows[index.row()]
        col = self.COLUMNS[index.column()]
        if role == Qt.DisplayRole:
            return {
                "name": r.name,
                "channel": r.channel,
                "document": self._document(r.document),
                "valid": f"{r.valid_from.isoformat()} – {r.valid_until.isoformat()}",
                "issued": str(r.issued),
                "redeemed": str(r.redeemed),
                "expired": str(r.expired),
                "rate": f"{r.rate * 100:.1f}%",
            }[col]
        if role == Qt.TextAlignmentRole and col in ("issued", "redeemed", "expired", "rate"):
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.UserRole:
            return r.batch_id
        return None


# --- reusable field groups -----------------------------------------------------------------


class MemberPicker(QWidget):
    """Which members: card numbers, everyone, a birthday month, or joined since."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Card numbers"), "numbers")
        self.kind.addItem(self.tr("All members"), "all")
        self.kind.addItem(self.tr("Birthdays in month"), "birthday_month")
        self.kind.addItem(self.tr("Joined since"), "joined_since")
        self.numbers = QLineEdit(self)
        self.numbers.setPlaceholderText(self.tr("Card numbers, separated by commas"))
        self.month = QSpinBox(self)
        self.month.setRange(1, 12)
        self.month.setValue(dt.date.today().month % 12 + 1)  # next month
        self.since = QDateEdit(self)
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("yyyy-MM-dd")
        self.since.setDate(QDate.currentDate().addMonths(-1))
        self.stack = QStackedWidget(self)
        for w in (self.numbers, QLabel(""), self.month, self.since):
            self.stack.addWidget(w)
        self.stack.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Maximum)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.kind)
        lay.addWidget(self.stack, 1)
        self.kind.currentIndexChanged.connect(self.stack.setCurrentIndex)
        for sig in (self.kind.currentIndexChanged, self.numbers.textChanged, self.month.valueChanged, self.since.dateChanged):
            sig.connect(self.changed)

    def selection(self) -> jobs.Members:
        kind = self.kind.currentData()
        if kind == "numbers":
            nums = tuple(n.strip() for n in fold(self.numbers.text()).replace("，", ",").split(",") if n.strip())
            return jobs.Members("numbers", numbers=nums)
        if kind == "birthday_month":
            return jobs.Members("birthday_month", month=self.month.value())
        if kind == "joined_since":
            return jobs.Members("joined_since", since=self.since.date().toPython())
        return jobs.Members("all")


class OfferFields(QWidget):
    """The coupon batch: name, kind, value, minimum spend, dates, channel."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, with_count: bool = True, with_member: bool = True):
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. December thank-you"))
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Amount off"), "amount_off")
        self.kind.addItem(self.tr("Percent off"), "percent_off")
        self.kind.addItem(self.tr("Free item"), "free_item")
        self.value = QLineEdit(self)
        self.item = QLineEdit(self)
        self.item.setPlaceholderText(self.tr("e.g. a hand-drip coffee"))
        self.min_spend = QLineEdit(self)
        self.min_spend.setPlaceholderText(self.tr("none"))
        today = QDate.currentDate()
        self.valid_from = QDateEdit(today, self)
        self.valid_until = QDateEdit(today.addDays(30), self)
        for d in (self.valid_from, self.valid_until):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
        self.count = QSpinBox(self)
        self.count.setRange(1, coupon_service.MAX_BATCH)
        self.count.setValue(10)
        self.count.setSingleStep(10)
        self.member = QLineEdit(self)
        self.member.setPlaceholderText(self.tr("anyone (or a card number)"))
        self.channel = QLineEdit(self)
        self.channel.setPlaceholderText(self.tr("e.g. parcel inserts, December"))
        self.rows = {
            "name": FieldRow(self.name), "kind": FieldRow(self.kind), "value": FieldRow(self.value),
            "item_name": FieldRow(self.item), "min_spend": FieldRow(self.min_spend),
            "valid_until": FieldRow(self.valid_until), "count": FieldRow(self.count),
            "member": FieldRow(self.member), "channel": FieldRow(self.channel),
        }
        self.value_label = QLabel(self)
        self.item_label = QLabel(self.tr("Free item"), self)
        form.addRow(self.tr("Name"), self.rows["name"])
        form.addRow(self.tr("Offer"), self.rows["kind"])
        form.addRow(self.value_label, self.rows["value"])
        form.addRow(self.item_label, self.rows["item_name"])
        form.addRow(self.tr("Minimum spend"), self.rows["min_spend"])
        form.addRow(self.tr("Valid from"), self.valid_from)
        form.addRow(self.tr("Valid until"), self.rows["valid_until"])
        if with_count:
            form.addRow(self.tr("How many"), self.rows["count"])
        else:
            self.rows["count"].hide()
        if with_member:
            form.addRow(self.tr("Only for member"), self.rows["member"])
        else:
            self.rows["member"].hide()
        form.addRow(self.tr("Run / channel"), self.rows["channel"])
        self.kind.currentIndexChanged.connect(self._on_kind)
        for sig in (self.name.textChanged, self.kind.currentIndexChanged, self.value.textChanged,
                    self.item.textChanged, self.min_spend.textChanged, self.valid_from.dateChanged,
                    self.valid_until.dateChanged, self.count.valueChanged, self.member.textChanged,
                    self.channel.textChanged):
            sig.connect(self.changed)
        self.value.setText("50")
        self._on_kind()

    def _on_kind(self) -> None:
        kind = self.kind.currentData()
        self.value_label.setText({
            "amount_off": self.tr("Amount off"),
            "percent_off": self.tr("Percent off (%)"),
            "free_item": self.tr("Item's worth (optional)"),
        }[kind])
        free = kind == "free_item"
        self.item_label.setVisible(free)
        self.rows["item_name"].setVisible(free)

    def offer(self, default_name: str = "") -> jobs.Offer:
        """The offer typed in; UserError naming the field when it is not right."""
        kind = self.kind.currentData()
        raw = self.value.text()
        if kind == "percent_off":
            t = fold(raw).rstrip("%")
            if not t.isdigit():
                raise UserError("coupon_percent_invalid", field="value", value=raw.strip())
            value = int(t)
        elif kind == "amount_off":
            value = parse_amount_cents(raw, field="value")
        else:
            value = parse_amount_cents(raw, field="value") if fold(raw) else 0
        min_spend = parse_amount_cents(self.min_spend.text(), field="min_spend", allow_zero=True) if fold(self.min_spend.text()) else 0
        return jobs.Offer(
            name=self.name.text().strip() or default_name, kind=kind, value=value,
            valid_from=self.valid_from.date().toPython(), valid_until=self.valid_until.date().toPython(),
            min_spend_cents=min_spend, item_name=self.item.text().strip(), channel=self.channel.text().strip(),
        )


def _small_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.9)
    label.setFont(font)
    label.setStyleSheet("color: #555;")
    return label


def _pick_image(parent: QWidget, edit: QLineEdit) -> None:
    path, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("PrintTab", "Choose a picture"), edit.text() or str(Path.home()),
        QCoreApplication.translate("PrintTab", "Pictures (*.png *.jpg *.jpeg *.bmp *.gif)"),
    )
    if path:
        edit.setText(path)


def _image_row(parent: QWidget, edit: QLineEdit) -> QWidget:
    box = QWidget(parent)
    lay = QHBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 0)
    edit.setPlaceholderText(QCoreApplication.translate("PrintTab", "none"))
    lay.addWidget(edit, 1)
    browse = QPushButton(QCoreApplication.translate("PrintTab", "Choose…"), box)
    browse.clicked.connect(lambda: _pick_image(parent, edit))
    lay.addWidget(browse)
    return box


# --- the tab ---------------------------------------------------------------------------


@dataclass
class _Run:
    """A save or print in progress."""

    kind: str  # save | print
    out: str  # destination PDF (save) or temp file (print)
    part: str  # the file being rendered
    printer: str = ""
    prepared: jobs.Prepared | None = None
    batch: coupon_service.BatchView | None = None


class PrintTab(QWidget):
    """Print member cards, coupons, scratch cards, flyers and postcards.

    Signals:
        preview_ready(int, int): a preview page was shown (page, pages).
        finished(str): a save or print ended: ``saved``, ``printed``,
            ``cancelled`` or ``failed``.
    """

    preview_ready = Signal(int, int)
    finished = Signal(str)

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.worker = Runner(self)  # previews, renders, printing: one thread (pdfium)
        self._preview_gen = 0
        self._page = 0
        self._pages = 1
        self._run: _Run | None = None
        self._cancel = threading.Event()
        self._progress = _Progress(self)
        self._progress.changed.connect(self._on_progress)
        self._phase = ""
        self.make_printer = self._system_printer  # tests swap in a PDF "printer"

        # document choice and its fields
        self.document = QComboBox(self)
        self.document.addItem(self.tr("Member cards"), DOC_CARDS)
        self.document.addItem(self.tr("Coupons / vouchers"), DOC_COUPONS)
        self.document.addItem(self.tr("Scratch cards"), DOC_SCRATCH)
        self.document.addItem(self.tr("Flyers / package inserts"), DOC_FLYERS)
        self.document.addItem(self.tr("Postcards"), DOC_POSTCARDS)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._cards_page())
        self.pages.addWidget(self._coupons_page())
        self.pages.addWidget(self._flyers_page())
        self.pages.addWidget(self._postcards_page())
        self.document.currentIndexChanged.connect(self._on_document)

        # offset, printer, actions
        self.offset_x = self._offset_spin()
        self.offset_y = self._offset_spin()
        self.printer = QComboBox(self)
        self._fill_printers()
        self.save_button = QPushButton(self.tr("Save PDF…"), self)
        self.print_button = QPushButton(self.tr("Print"), self)
        self.save_button.clicked.connect(self._on_save)
        self.print_button.clicked.connect(self._on_print)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self._on_cancel)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.error = error_label()

        fields = QWidget(self)
        fv = QVBoxLayout(fields)
        top = QFormLayout()
        top.addRow(self.tr("Document"), self.document)
        fv.addLayout(top)
        fv.addWidget(self.pages)
        fv.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.NoFrame)
        scroll.setWidget(fields)
        paper = QGroupBox(self.tr("Printer and paper"), self)
        pf = QFormLayout(paper)
        pf.addRow(self.tr("Printer"), self.printer)
        offs = QHBoxLayout()
        offs.addWidget(QLabel(self.tr("right")))
        offs.addWidget(self.offset_x)
        offs.addWidget(QLabel(self.tr("down")))
        offs.addWidget(self.offset_y)
        offs.addStretch(1)
        pf.addRow(self.tr("Nudge print (mm)"), offs)
        hint = _small_label(self.tr("If the print lands off the cut marks, move it here; negative moves left or up."))
        pf.addRow(hint)
        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(scroll, 1)
        lv.addWidget(paper)
        lv.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        lv.addLayout(buttons)
        prog = QHBoxLayout()
        prog.addWidget(self.progress, 1)
        prog.addWidget(self.cancel_button)
        lv.addLayout(prog)
        lv.addWidget(self.status)
        left.setMinimumWidth(400)

        # preview
        self.preview = QLabel(self)
        self.preview.setAlignment(Qt.AlignCenter)
        self.preview.setMinimumSize(320, 320)
        self.preview.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.preview.setStyleSheet("background: #7f7f7f;")
        self.prev_page = QPushButton("◀", self)
        self.next_page = QPushButton("▶", self)
        self.prev_page.clicked.connect(lambda: self._go_page(self._page - 1))
        self.next_page.clicked.connect(lambda: self._go_page(self._page + 1))
        self.page_label = QLabel(self)
        self.preview_note = _small_label(self.tr("Preview with sample codes: the real codes are issued when you save or print."))
        right = QWidget(self)
        rv = QVBoxLayout(right)
        rv.addWidget(self.preview, 1)
        nav = QHBoxLayout()
        nav.addWidget(self.prev_page)
        nav.addWidget(self.page_label, 1, Qt.AlignCenter)
        nav.addWidget(self.next_page)
        rv.addLayout(nav)
        rv.addWidget(self.preview_note)

        # batches
        self.batch_model = BatchTableModel(self)
        self.batches = QTableView(self)
        self.batches.setModel(self.batch_model)
        self.batches.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.batches.setSelectionMode(QAbstractItemView.SingleSelection)
        self.batches.verticalHeader().setVisible(False)
        self.batches.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.batches.horizontalHeader().setStretchLastSection(True)
        self.reprint_button = QPushButton(self.tr("Reprint selected batch"), self)
        self.reprint_button.clicked.connect(self._on_reprint)
        refresh = QPushButton(self.tr("Refresh"), self)
        refresh.clicked.connect(self.refresh_batches)
        batches_box = QGroupBox(self.tr("Coupon batches: issued, redeemed, expired"), self)
        bv = QVBoxLayout(batches_box)
        bv.addWidget(self.batches)
        bb = QHBoxLayout()
        bb.addStretch(1)
        bb.addWidget(refresh)
        bb.addWidget(self.reprint_button)
        bv.addLayout(bb)

        split = QSplitter(Qt.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        vsplit = QSplitter(Qt.Vertical, self)
        vsplit.addWidget(split)
        vsplit.addWidget(batches_box)
        vsplit.setStretchFactor(0, 3)
        vsplit.setStretchFactor(1, 1)
        outer = QVBoxLayout(self)
        outer.addWidget(vsplit)

        self.errors = FormErrors(self._field_rows(), self.error, lambda: self.ctx.lang)
        self._shut_down = False
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(PREVIEW_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh_preview)
        self._offset_timer = QTimer(self)
        self._offset_timer.setSingleShot(True)
        self._offset_timer.setInterval(SAVE_OFFSET_DEBOUNCE_MS)
        self._offset_timer.timeout.connect(self._save_offset)
        self._connect_changes()
        self._load_settings()
        self._on_document()
        self.refresh_batches()

    # --- building the pages ----------------------------------------------------------

    def _cards_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.card_members = MemberPicker(page)
        self.card_layout = QComboBox(page)
        self.card_layout.addItem(self.tr("A4 sheet, 10 cards with cut marks"), "A4")
        self.card_layout.addItem(self.tr("Letter sheet, 9 cards with cut marks"), "Letter")
        self.card_layout.addItem(self.tr("One card per page (card printer)"), "CR80")
        self.card_barcode = QComboBox(page)
        self.card_barcode.addItem(self.tr("QR code"), "qr")
        self.card_barcode.addItem(self.tr("Code 128 barcode"), "code128")
        self.card_logo = QLineEdit(page)
        self.card_members_row = FieldRow(self.card_members)
        form.addRow(self.tr("Members"), self.card_members_row)
        form.addRow(self.tr("Layout"), self.card_layout)
        form.addRow(self.tr("Card number as"), self.card_barcode)
        form.addRow(self.tr("Logo"), _image_row(page, self.card_logo))
        return page

    def _coupons_page(self) -> QWidget:
        page = QWidget(self)
        v = QVBoxLayout(page)
        v.setContentsMargins(0, 0, 0, 0)
        self.coupon_new = QRadioButton(self.tr("New batch"), page)
        self.coupon_reprint = QRadioButton(self.tr("Reprint a batch"), page)
        self.coupon_new.setChecked(True)
        group = QButtonGroup(page)
        group.addButton(self.coupon_new)
        group.addButton(self.coupon_reprint)
        self.coupon_batch = QComboBox(page)
        self.coupon_batch.setEnabled(False)
        self.coupon_reprint.toggled.connect(self.coupon_batch.setEnabled)
        h = QHBoxLayout()
        h.addWidget(self.coupon_new)
        h.addWidget(self.coupon_reprint)
        h.addWidget(self.coupon_batch, 1)
        v.addLayout(h)
        self.coupon_offer = OfferFields(page)
        self.coupon_reprint.toggled.connect(lambda on: self.coupon_offer.setEnabled(not on))
        v.addWidget(self.coupon_offer)
        form = QFormLayout()
        self.coupon_size = QComboBox(page)
        self.coupon_size.addItem(self.tr("Wallet 85.6 × 54 mm (10 on A4)"), "wallet")
        self.coupon_size.addItem(self.tr("Small 64 × 40 mm (21 on A4)"), "small")
        self.coupon_size.addItem(self.tr("Large 95 × 68 mm (8 on A4)"), "large")
        self.coupon_sheet = QComboBox(page)
        self.coupon_sheet.addItem(self.tr("A4 with cut marks"), "A4")
        self.coupon_sheet.addItem(self.tr("Letter with cut marks"), "Letter")
        self.coupon_sheet.addItem(self.tr("One per page"), None)
        form.addRow(self.tr("Size"), self.coupon_size)
        form.addRow(self.tr("Paper"), self.coupon_sheet)
        v.addLayout(form)
        return page

    def _flyers_page(self) -> QWidget:
        page = QWidget(self)
        v = QVBoxLayout(page)
        v.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.flyer_size = QComboBox(page)
        for size in ("A5", "A6", "A4", "DL"):
            self.flyer_size.addItem(size, size)
        self.flyer_headline = QLineEdit(page)
        self.flyer_headline.setPlaceholderText(self.tr("e.g. Winter special: buy one, get one free"))
        self.flyer_body = QPlainTextEdit(page)
        self.flyer_body.setFixedHeight(90)
        self.flyer_image = QLineEdit(page)
        self.flyer_count = QSpinBox(page)
        self.flyer_count.setRange(1, coupon_service.MAX_BATCH)
        self.flyer_count.setValue(100)
        self.flyer_count.setSingleStep(50)
        self.flyer_url = QLineEdit(page)
        self.flyer_url.setPlaceholderText("https://…")
        self.flyer_caption = QLineEdit(page)
        self.flyer_caption.setPlaceholderText(self.tr("e.g. Show this at the counter"))
        self.flyer_sheet = QComboBox(page)
        self.flyer_sheet.addItem(self.tr("Each on its own paper size"), None)
        self.flyer_sheet.addItem(self.tr("Tiled on A4 (cut apart)"), "A4")
        self.flyer_headline_row = FieldRow(self.flyer_headline)
        self.flyer_image_row = FieldRow(_image_row(page, self.flyer_image))
        form.addRow(self.tr("Size"), self.flyer_size)
        form.addRow(self.tr("Headline"), self.flyer_headline_row)
        form.addRow(self.tr("Text"), self.flyer_body)
        form.addRow(self.tr("Picture"), self.flyer_image_row)
        form.addRow(self.tr("How many"), self.flyer_count)
        form.addRow(self.tr("Paper"), self.flyer_sheet)
        form.addRow(self.tr("QR web address"), self.flyer_url)
        form.addRow(self.tr("Line under the offer"), self.flyer_caption)
        v.addLayout(form)
        self.flyer_with_coupon = QCheckBox(self.tr("A distinct coupon code on each flyer"), page)
        self.flyer_with_coupon.setChecked(True)
        v.addWidget(self.flyer_with_coupon)
        self.flyer_offer = OfferFields(page, with_count=False, with_member=False)
        self.flyer_with_coupon.toggled.connect(self.flyer_offer.setEnabled)
        self.flyer_with_coupon.toggled.connect(lambda on: self.flyer_url.setEnabled(not on))
        self.flyer_url.setEnabled(False)
        v.addWidget(self.flyer_offer)
        return page

    def _postcards_page(self) -> QWidget:
        page = QWidget(self)
        v = QVBoxLayout(page)
        v.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.post_members = MemberPicker(page)
        self.post_members.kind.setCurrentIndex(2)  # birthdays next month
        self.post_greeting = QLineEdit(page)
        self.post_greeting.setText(self.tr("Dear {name}, happy birthday!"))
        self.post_message = QPlainTextEdit(page)
        self.post_message.setFixedHeight(90)
        self.post_image = QLineEdit(page)
        self.post_sheet = QComboBox(page)
        self.post_sheet.addItem(self.tr("A6 cards, one per page"), None)
        self.post_sheet.addItem(self.tr("Four on A4 (cut apart)"), "A4")
        self.post_members_row = FieldRow(self.post_members)
        self.post_greeting_row = FieldRow(self.post_greeting)
        form.addRow(self.tr("Members"), self.post_members_row)
        form.addRow(self.tr("Greeting"), self.post_greeting_row)
        hint = _small_label(self.tr("{name} is replaced by each member's name."))
        form.addRow("", hint)
        form.addRow(self.tr("Message"), self.post_message)
        form.addRow(self.tr("Picture"), _image_row(page, self.post_image))
        form.addRow(self.tr("Paper"), self.post_sheet)
        v.addLayout(form)
        self.post_with_coupon = QCheckBox(self.tr("A personal coupon on each card"), page)
        self.post_with_coupon.setChecked(True)
        v.addWidget(self.post_with_coupon)
        self.post_offer = OfferFields(page, with_count=False, with_member=False)
        self.post_with_coupon.toggled.connect(self.post_offer.setEnabled)
        v.addWidget(self.post_offer)
        return page

    def _offset_spin(self) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self)
        spin.setRange(-20.0, 20.0)
        spin.setSingleStep(0.5)
        spin.setDecimals(1)
        spin.setSuffix(" mm")
        return spin

    def _field_rows(self) -> dict[str, FieldRow]:
        """Rows a UserError's ``field`` points to, for the document shown."""
        doc = self.document.currentData()
        rows: dict[str, FieldRow] = {}
        if doc in (DOC_COUPONS, DOC_SCRATCH):
            rows.update(self.coupon_offer.rows)
        elif doc == DOC_FLYERS:
            rows.update(self.flyer_offer.rows)
            rows.update(headline=self.flyer_headline_row, image=self.flyer_image_row)
        elif doc == DOC_POSTCARDS:
            rows.update(self.post_offer.rows)
            rows.update(members=self.post_members_row, greeting=self.post_greeting_row)
        else:
            rows.update(members=self.card_members_row)
        return rows

    def _connect_changes(self) -> None:
        schedule = self.schedule_preview
        for w in self.findChildren(QLineEdit):
            w.textChanged.connect(schedule)
        for w in self.findChildren(QPlainTextEdit):
            w.textChanged.connect(schedule)
        for w in self.findChildren(QComboBox):
            if w is not self.printer:
                w.currentIndexChanged.connect(schedule)
        for w in self.findChildren(QSpinBox):
            w.valueChanged.connect(schedule)
        for w in self.findChildren(QDateEdit):
            w.dateChanged.connect(schedule)
        for w in self.findChildren(QCheckBox) + self.findChildren(QRadioButton):
            w.toggled.connect(schedule)
        for spin in (self.offset_x, self.offset_y):
            spin.valueChanged.connect(schedule)
            spin.valueChanged.connect(self._offset_timer.start)

    def _fill_printers(self) -> None:
        from PySide6.QtPrintSupport import QPrinterInfo

        self.printer.clear()
        names = QPrinterInfo.availablePrinterNames()
        default = QPrinterInfo.defaultPrinterName()
        for name in names:
            self.printer.addItem(name, name)
        if default in names:
            self.printer.setCurrentIndex(names.index(default))
        if not names:
            self.printer.addItem(self.tr("(no printer found)"), "")

    def _load_settings(self) -> None:
        s = self.ctx.settings or {}
        if "print_offset_x_mm" not in s:
            with self.ctx.shop.read() as sess:
                s = shop_settings.get_all(sess)
        for spin, key in ((self.offset_x, "print_offset_x_mm"), (self.offset_y, "print_offset_y_mm")):
            spin.blockSignals(True)
            spin.setValue(float(s.get(key, 0.0)))
            spin.blockSignals(False)
        logo = s.get("print_logo_path", "")
        self.card_logo.setText(logo)
        paper = s.get("print_paper", "A4")
        i = self.card_layout.findData(paper)
        if i >= 0:
            self.card_layout.setCurrentIndex(i)
        i = self.coupon_sheet.findData(paper)
        if i >= 0:
            self.coupon_sheet.setCurrentIndex(i)

    # --- what the fields say ----------------------------------------------------------------

    def offset(self) -> tuple[float, float]:
        return (self.offset_x.value(), self.offset_y.value())

    def current_job(self) -> jobs.Job:
        """The job the fields describe (UserError naming a field when not)."""
        doc = self.document.currentData()
        if doc == DOC_CARDS:
            return jobs.CardJob(
                members=self.card_members.selection(), layout=self.card_layout.currentData(),
                barcode=self.card_barcode.currentData(), logo_path=self.card_logo.text().strip(),
            )
        if doc in (DOC_COUPONS, DOC_SCRATCH):
            style = "scratch" if doc == DOC_SCRATCH else "standard"
            size, sheet = self.coupon_size.currentData(), self.coupon_sheet.currentData()
            if self.coupon_reprint.isChecked():
                batch_id = self.coupon_batch.currentData()
                if batch_id is None:
                    raise UserError("coupon_batch_not_found", value="—")
                return jobs.CouponJob(batch_id=batch_id, style=style, size=size, sheet=sheet)
            o = self.coupon_offer
            return jobs.CouponJob(
                offer=o.offer(), count=o.count.value(), member_no=o.member.text().strip(),
                style=style, size=size, sheet=sheet,
            )
        if doc == DOC_FLYERS:
            headline = self.flyer_headline.text()
            offer = None
            if self.flyer_with_coupon.isChecked():
                offer = self.flyer_offer.offer(default_name=headline.strip())
            return jobs.FlyerJob(
                size=self.flyer_size.currentData(), headline=headline, body=self.flyer_body.toPlainText(),
                image_path=self.flyer_image.text().strip(), count=self.flyer_count.value(), offer=offer,
                url="" if offer else self.flyer_url.text().strip(), qr_caption=self.flyer_caption.text().strip(),
                sheet=self.flyer_sheet.currentData(), logo_path=self.card_logo.text().strip(),
            )
        offer = None
        if self.post_with_coupon.isChecked():
            offer = self.post_offer.offer(default_name=self.tr("Postcards %1").replace("%1", dt.date.today().isoformat()))
        return jobs.PostcardJob(
            members=self.post_members.selection(), greeting=self.post_greeting.text(),
            message=self.post_message.toPlainText(), image_path=self.post_image.text().strip(), offer=offer,
            sheet=self.post_sheet.currentData(), logo_path=self.card_logo.text().strip(),
        )

    # --- preview ------------------------------------------------------------------------------

    def schedule_preview(self, *_args) -> None:
        self._debounce.start()

    def _on_document(self, *_args) -> None:
        doc = self.document.currentData()
        self.pages.setCurrentIndex({DOC_CARDS: 0, DOC_COUPONS: 1, DOC_SCRATCH: 1, DOC_FLYERS: 2, DOC_POSTCARDS: 3}[doc])
        self.preview_note.setVisible(doc != DOC_CARDS)
        self.errors = FormErrors(self._field_rows(), self.error, lambda: self.ctx.lang)
        self._page = 0
        self.schedule_preview()

    def _go_page(self, page: int) -> None:
        if 0 <= page < self._pages and page != self._page:
            self._page = page
            self.refresh_preview()

    def refresh_preview(self) -> None:
        """Render the current page of the current job on the worker thread."""
        if self._shut_down:
            return  # the window is closing: the shop's connections are going away
        if self._run is not None:
            return  # a save/print is using the worker; preview after it
        self.errors.clear()
        try:
            job = self.current_job()
        except UserError as e:
            self.errors.show(e)
            return
        self._preview_gen += 1
        gen = self._preview_gen
        # the preview shows the offset being nudged, not only the saved one
        self.worker.run(render_preview, self.ctx.shop, job, self._page, self.offset(),
                        on_done=lambda r: self._on_preview(gen, r), on_error=lambda e: self._on_preview_error(gen, e))

    def _on_preview(self, gen: int, result) -> None:
        if gen != self._preview_gen:
            return  # a newer preview is on its way
        image, page, pages = result
        self._page, self._pages = page, pages
        self._image = image
        self._show_image()
        self.page_label.setText(self.tr("Page %1 of %2").replace("%1", str(page + 1)).replace("%2", str(pages)))
        self.prev_page.setEnabled(page > 0)
        self.next_page.setEnabled(page + 1 < pages)
        self.preview_ready.emit(page, pages)

    def _on_preview_error(self, gen: int, exc: BaseException) -> None:
        if gen != self._preview_gen:
            return
        if isinstance(exc, UserError):
            self.errors.show(exc)
            self.preview.setPixmap(QPixmap())
            self.preview.setText(exc.message(self.ctx.lang))
            self.preview_ready.emit(-1, 0)
        else:
            handle_error(self, exc, self.ctx.lang)

    def _show_image(self) -> None:
        image = getattr(self, "_image", None)
        if image is None:
            return
        pix = QPixmap.fromImage(image)
        box = self.preview.size()
        self.preview.setPixmap(pix.scaled(box.width() - 8, box.height() - 8, Qt.KeepAspectRatio, Qt.SmoothTransformation))

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self.refresh_batches()  # redemptions at the Counter move the rates

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._show_image()

    # --- batches ---------------------------------------------------------------------------

    def refresh_batches(self) -> None:
        def load(shop):
            with shop.read() as s:
                return coupon_service.list_batches(s)

        self.ctx.runner.run(load, self.ctx.shop, on_done=self._on_batches, on_error=lambda e: handle_error(self, e, self.ctx.lang))

    def _on_batches(self, rows) -> None:
        self.batch_model.set_rows(rows)
        keep = self.coupon_batch.currentData()
        self.coupon_batch.blockSignals(True)
        self.coupon_batch.clear()
        for r in rows:
            self.coupon_batch.addItem(f"#{r.batch_id} {r.name} ({r.issued})", r.batch_id)
        i = self.coupon_batch.findData(keep)
        if i >= 0:
            self.coupon_batch.setCurrentIndex(i)
        self.coupon_batch.blockSignals(False)

    def _on_reprint(self) -> None:
        idx = self.batches.currentIndex()
        if not idx.isValid():
            return
        batch_id = self.batch_model.data(idx, Qt.UserRole)
        report = self.batch_model.rows[idx.row()]
        self.document.setCurrentIndex(self.document.findData(DOC_SCRATCH if report.document == "scratch" else DOC_COUPONS))
        self.coupon_reprint.setChecked(True)
        self.coupon_batch.setCurrentIndex(self.coupon_batch.findData(batch_id))
        self.schedule_preview()

    # --- offset setting ---------------------------------------------------------------------

    def _save_offset(self) -> None:
        x, y = self.offset()

        def save(shop):
            with shop.transaction() as s:
                shop_settings.put(s, print_offset_x_mm=float(x), print_offset_y_mm=float(y))

        def done(_):
            self.ctx.settings.update(print_offset_x_mm=float(x), print_offset_y_mm=float(y))

        self.ctx.runner.run(save, self.ctx.shop, on_done=done, on_error=lambda e: handle_error(self, e, self.ctx.lang))

    # --- save and print -----------------------------------------------------------------------

    def _system_printer(self):
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.HighResolution)
        name = self._run.printer if self._run else ""
        if name:
            printer.setPrinterName(name)
        printer.setDocName("Regulars")
        return printer

    def _on_save(self) -> None:
        job = self._job_or_show()
        if job is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save PDF"), str(Path.home() / self._suggested_name()), self.tr("PDF files (*.pdf)")
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        self.start_save(job, path)

    def _on_print(self) -> None:
        job = self._job_or_show()
        if job is None:
            return
        name = self.printer.currentData() or ""
        if not name and self.make_printer == self._system_printer:
            self.errors.show(UserError("printer_failed", printer=self.printer.currentText(), reason=self.tr("no printer is installed")))
            return
        fd, tmp = tempfile.mkstemp(prefix="regulars-print-", suffix=".pdf")
        os.close(fd)
        self._start(_Run("print", tmp, tmp, printer=name), job)

    def start_save(self, job, path: str) -> None:
        """Render ``job`` to ``path`` off the UI thread (tests call this)."""
        self._start(_Run("save", path, path + ".part"), job)

    def start_print(self, job) -> None:
        fd, tmp = tempfile.mkstemp(prefix="regulars-print-", suffix=".pdf")
        os.close(fd)
        self._start(_Run("print", tmp, tmp, printer=self.printer.currentData() or ""), job)

    def _job_or_show(self):
        self.errors.clear()
        try:
            return self.current_job()
        except UserError as e:
            self.errors.show(e)
            return None

    def _suggested_name(self) -> str:
        doc = self.document.currentData()
        base = {DOC_CARDS: "cards", DOC_COUPONS: "coupons", DOC_SCRATCH: "scratch-cards", DOC_FLYERS: "flyers",
                DOC_POSTCARDS: "postcards"}[doc]
        return f"{base}-{dt.date.today().isoformat()}.pdf"

    def _set_busy(self, busy: bool) -> None:
        for w in (self.save_button, self.print_button, self.document, self.pages, self.reprint_button):
            w.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        if busy:
            self.progress.setRange(0, 0)  # busy until the first page reports

    def _start(self, run: _Run, job) -> None:
        self._run = run
        self._cancel.clear()
        self._set_busy(True)
        self.status.setText(self.tr("Preparing…"))
        self._phase = self.tr("Rendering")
        self.worker.run(render_job, self.ctx.shop, job, run.part, self.offset(), self._progress.changed.emit,
                        self._cancel.is_set, on_done=self._on_rendered, on_error=self._on_failed)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.status.setText(self.tr("%1… %2 of %3").replace("%1", self._phase).replace("%2", str(done)).replace("%3", str(total)))

    def _on_rendered(self, prepared: jobs.Prepared) -> None:
        run = self._run
        run.prepared = prepared
        if self._cancel.is_set():
            # Cancel was pressed while the last page was rendering (its click
            # arrives after the worker finished): nothing is issued yet, so honour it.
            self._on_failed(common.Cancelled())
            return
        self.status.setText(self.tr("Issuing the codes…"))
        self.cancel_button.setEnabled(False)  # the codes are being issued: too late to cancel
        self.ctx.runner.run(commit_job, self.ctx.shop, prepared, self.ctx.staff_id,
                            on_done=self._on_committed, on_error=self._on_failed)

    def _on_committed(self, batch) -> None:
        run = self._run
        run.batch = batch
        if run.kind == "save":
            try:
                os.replace(run.part, run.out)
            except OSError as exc:
                self._on_failed(UserError("print_file_unwritable", path=run.out, reason=exc.strerror or str(exc)))
                return
            self._finish("saved")
            return
        self.cancel_button.setEnabled(True)
        self._phase = self.tr("Printing page")
        self.status.setText(self.tr("Sending to the printer…"))
        self.worker.run(print_pdf, run.part, self.make_printer, self._progress.changed.emit, self._cancel.is_set,
                        on_done=lambda _n: self._finish("printed"), on_error=self._on_failed)

    def _finish(self, outcome: str) -> None:
        run = self._run
        prepared = run.prepared
        parts = []
        if outcome == "saved":
            parts.append(self.tr("Saved %1 (%2 pages).").replace("%1", run.out).replace("%2", str(prepared.pages)))
        else:
            parts.append(self.tr("Sent %1 pages to %2.").replace("%1", str(prepared.pages)).replace("%2", run.printer or self.tr("the printer")))
            _unlink(run.part)
        if run.batch is not None and prepared.batch_kwargs is not None:
            parts.append(self.tr("Issued batch “%1” with %2 codes.").replace("%1", run.batch.name).replace("%2", str(run.batch.count)))
        text = " ".join(parts)
        self._end(outcome, text)
        if prepared.batch_kwargs is not None:
            self.refresh_batches()

    def _on_failed(self, exc: BaseException) -> None:
        run = self._run
        if run is not None:
            _unlink(run.part)
        issued = run is not None and run.batch is not None and run.prepared is not None and run.prepared.batch_kwargs is not None
        if isinstance(exc, common.Cancelled):
            text = self.tr("Cancelled.")
            text += " " + (self.tr("The codes were already issued; reprint the batch from the list below.") if issued
                           else self.tr("Nothing was issued."))
            self._end("cancelled", text)
        else:
            self._end("failed", "")
            if isinstance(exc, UserError):
                self.errors.show(exc)
            else:
                handle_error(self, exc, self.ctx.lang)
        if issued:
            self.refresh_batches()

    def _on_cancel(self) -> None:
        self._cancel.set()
        self.cancel_button.setEnabled(False)
        self.status.setText(self.tr("Cancelling…"))

    def _end(self, outcome: str, text: str) -> None:
        self._run = None
        self._set_busy(False)
        self.status.setText(text)
        if text:
            self.ctx.status_message.emit(text)
        self.finished.emit(outcome)

    @property
    def busy(self) -> bool:
        return self._run is not None

    def shutdown(self) -> None:
        """Stop a running job and wait for the worker (window closing). A
        preview still waiting for its debounce would otherwise start after
        this, reading a shop that is being closed."""
        self._shut_down = True
        self._debounce.stop()
        self._cancel.set()
        self.worker.wait(10000)
