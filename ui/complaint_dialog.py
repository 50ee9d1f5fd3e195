"""A member's complaints: log a new one, or resolve an open one.

An open complaint puts the member at the top of the follow-up list (a call
within two days) until it is resolved, so the dialog says so and the tab
reloads the list when it closes after a change.
"""
from __future__ import annotations

import datetime as dt
from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app import complaints, followups
from app.errors import UserError
from ui.errors import report_bug
from ui.widgets import FieldRow, FormErrors, error_label

_OPEN = QColor(179, 38, 30)
_DONE = QColor(110, 110, 110)


def _load(shop, member_id: int) -> list[complaints.ComplaintView]:
    with shop.read() as s:
        return complaints.list_complaints(s, member_id=member_id)


def _log(shop, **kw) -> complaints.ComplaintView:
    with shop.transaction() as s:
        return complaints.log_complaint(s, **kw)


def _resolve(shop, complaint_id: int, **kw) -> complaints.ComplaintView:
    with shop.transaction() as s:
        return complaints.resolve_complaint(s, complaint_id, **kw)


class ComplaintDialog(QDialog):
    """Complaints of one member (see the module docstring).

    Signals:
        loaded(): the member's complaints are listed.
        changed(): a complaint was logged or resolved.

    Attributes:
        dirty: True once something was saved (the tab reloads its list).
    """

    loaded = Signal()
    changed = Signal()

    def __init__(self, ctx, member_id: int, member_name: str, *, clock: Callable[[], dt.datetime] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.member_id = member_id
        self.clock = clock or dt.datetime.now
        self.dirty = False
        self._busy = False
        self.rows: list[complaints.ComplaintView] = []
        self.setWindowTitle(self.tr("Complaints — %1").replace("%1", member_name))
        self.resize(720, 560)
        lang = ctx.lang
        self._severity_text = followups.SEVERITY_LABELS.get(lang, followups.SEVERITY_LABELS["en"])

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Opened"), self.tr("Severity"), self.tr("What happened"),
                                              self.tr("Status")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)

        resolve_box = QHBoxLayout()
        self.resolution_edit = QLineEdit()
        self.resolution_edit.setPlaceholderText(self.tr("How it was put right (e.g. redid the colour for free)"))
        self.resolution_row = FieldRow(self.resolution_edit)
        self.resolve_button = QPushButton(self.tr("Resolve selected"))
        self.resolve_button.setAutoDefault(False)
        self.resolve_button.clicked.connect(self.resolve_selected)
        self.resolution_edit.returnPressed.connect(self.resolve_selected)
        resolve_box.addWidget(self.resolution_row, 1)
        resolve_box.addWidget(self.resolve_button, 0, Qt.AlignTop)
        layout.addLayout(resolve_box)

        group = QGroupBox(self.tr("New complaint"))
        g = QVBoxLayout(group)
        self.what_edit = QPlainTextEdit()
        self.what_edit.setPlaceholderText(self.tr("What happened, in the customer's words"))
        self.what_edit.setTabChangesFocus(True)
        self.what_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.what_row = FieldRow(self.what_edit)
        g.addWidget(self.what_row)
        sev = QHBoxLayout()
        sev.addWidget(QLabel(self.tr("Severity:")))
        self.severity_group = QButtonGroup(self)
        self.severity_buttons: dict[str, QRadioButton] = {}
        for k, code in enumerate(complaints.SEVERITIES):
            b = QRadioButton(self._severity_text.get(code, code))
            self.severity_group.addButton(b, k)
            self.severity_buttons[code] = b
            sev.addWidget(b)
        self.severity_buttons["medium"].setChecked(True)
        sev.addStretch(1)
        self.log_button = QPushButton(self.tr("Log complaint"))
        self.log_button.setAutoDefault(False)
        self.log_button.clicked.connect(self.log_new)
        sev.addWidget(self.log_button)
        g.addLayout(sev)
        hint = QLabel(self.tr("An open complaint puts the member at the top of the call list, "
                              "to be called within 2 days, until it is resolved."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        g.addWidget(hint)
        layout.addWidget(group)

        self.form_error = error_label()
        layout.addWidget(self.form_error)
        self.errors = FormErrors({"what": self.what_row, "resolution": self.resolution_row}, self.form_error,
                                 lambda: self.ctx.lang)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        for b in buttons.buttons():
            b.setAutoDefault(False)  # Enter in the resolution field resolves; it never closes the dialog
            b.setDefault(False)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._update_buttons()
        self.reload()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key_Return, Qt.Key_Enter):
            return  # the fields act on Enter themselves; a stray Enter must not close the dialog
        super().keyPressEvent(event)

    # ----------------------------------------------------------------- list
    def reload(self, select_id: int | None = None) -> None:
        self.ctx.runner.run(_load, self.ctx.shop, self.member_id,
                            on_done=lambda rows: self._on_loaded(rows, select_id), on_error=self._on_failed)

    def _on_loaded(self, rows: list[complaints.ComplaintView], select_id: int | None) -> None:
        if not isValid(self):
            return
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, c in enumerate(rows):
            status = self.tr("Open") if c.status == "open" else self.tr("Resolved: %1").replace("%1", c.resolution)
            cells = [c.opened_at.strftime("%Y-%m-%d %H:%M"), self._severity_text.get(c.severity, c.severity),
                     c.what, status]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if col == 3:
                    item.setForeground(_OPEN if c.status == "open" else _DONE)
                self.table.setItem(r, col, item)
        self.table.resizeRowsToContents()
        want = select_id if select_id is not None else next((c.id for c in rows if c.status == "open"), None)
        for r, c in enumerate(rows):
            if c.id == want:
                self.table.selectRow(r)
                break
        self._update_buttons()
        if not rows:
            self.what_edit.setFocus()
        self.loaded.emit()

    def selected(self) -> complaints.ComplaintView | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.rows):
            return None
        return self.rows[rows[0].row()]

    def _update_buttons(self) -> None:
        c = self.selected()
        can = c is not None and c.status == "open" and not self._busy
        self.resolve_button.setEnabled(can)
        self.resolution_edit.setEnabled(c is not None and c.status == "open")
        self.log_button.setEnabled(not self._busy)

    # ----------------------------------------------------------------- acts
    def log_new(self) -> None:
        if self._busy:
            return
        self.errors.clear()
        severity = complaints.SEVERITIES[max(self.severity_group.checkedId(), 0)]
        self._start()
        self.ctx.runner.run(
            _log, self.ctx.shop, member_id=self.member_id, what=self.what_edit.toPlainText(), severity=severity,
            handled_by_id=self.ctx.staff_id, now=self.clock(),
            on_done=self._on_logged, on_error=self._on_failed,
        )

    def _on_logged(self, c: complaints.ComplaintView) -> None:
        if not isValid(self):
            return
        self._saved()
        self.what_edit.clear()
        self.reload(select_id=c.id)

    def resolve_selected(self) -> None:
        c = self.selected()
        if self._busy or c is None or c.status != "open":
            return
        self.errors.clear()
        self._start()
        self.ctx.runner.run(
            _resolve, self.ctx.shop, c.id, resolution=self.resolution_edit.text(), staff_id=self.ctx.staff_id,
            now=self.clock(), on_done=self._on_resolved, on_error=self._on_failed,
        )

    def _on_resolved(self, c: complaints.ComplaintView) -> None:
        if not isValid(self):
            return
        self._saved()
        self.resolution_edit.clear()
        self.reload(select_id=c.id)

    def _start(self) -> None:
        self._busy = True
        self._update_buttons()

    def _saved(self) -> None:
        self._busy = False
        self.dirty = True
        self.changed.emit()

    def _on_failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self._busy = False
        self._update_buttons()
        if isinstance(exc, UserError):
            self.errors.show(exc)
        else:
            self.form_error.setText(self.tr("That could not be saved; nothing was changed."))
            self.form_error.show()
            report_bug(self, exc)
