"""The Staff page: who works here, their role and PIN (owner only).

The owner adds staff, changes a role, sets or resets a PIN and deactivates
someone who left (their sales keep their name). Everyone signed in may change
their own PIN by giving the current one. The buttons are greyed out for those
who may not use them; app/staff.py refuses anyway.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app import settings as shop_settings
from app import staff as staff_service
from app.errors import UserError
from app.textparse import format_plain, parse_amount_cents
from ui.context import AppContext
from ui.widgets import FieldRow, error_label, format_datetime


def load_staff(shop) -> list:
    with shop.read() as s:
        return staff_service.list_staff(s, active_only=False)


def _write(shop, fn, *args, **kwargs):
    with shop.transaction() as s:
        return fn(s, *args, **kwargs)


class StaffPage(QWidget):
    changed = Signal()  # after a save (tests wait on it)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("staffPage")
        self.people: list = []

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("PIN"), self.tr("Status")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.table.itemSelectionChanged.connect(self._on_selected)

        # add someone
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("name"))
        self.name_row = FieldRow(self.name_edit)
        self.role_combo = self._role_combo()
        self.new_pin_edit = self._pin_edit(self.tr("PIN, 4 to 8 digits"))
        self.new_pin_row = FieldRow(self.new_pin_edit)
        self.add_button = QPushButton(self.tr("Add staff member"))
        self.add_button.setObjectName("actionButton")
        self.add_button.clicked.connect(self.add)
        add_box = QGroupBox(self.tr("New staff member"))
        form = QFormLayout(add_box)
        form.addRow(self.tr("Name"), self.name_row)
        form.addRow(self.tr("Role"), self.role_combo)
        form.addRow(self.tr("PIN"), self.new_pin_row)
        form.addRow("", self.add_button)

        # the selected one
        self.selected_label = QLabel()
        self.selected_label.setWordWrap(True)
        self.change_role_combo = self._role_combo()
        self.role_button = QPushButton(self.tr("Change role"))
        self.pin_edit = self._pin_edit(self.tr("new PIN"))
        self.current_pin_edit = self._pin_edit(self.tr("current PIN"))
        self.pin_row = FieldRow(self.pin_edit)
        self.current_pin_row = FieldRow(self.current_pin_edit)
        self.pin_button = QPushButton(self.tr("Set PIN"))
        self.deactivate_button = QPushButton(self.tr("Deactivate"))
        for b in (self.role_button, self.pin_button, self.deactivate_button):
            b.setObjectName("actionButton")
        self.role_button.clicked.connect(self.change_role)
        self.pin_button.clicked.connect(self.set_pin)
        self.deactivate_button.clicked.connect(self.toggle_active)
        edit_box = QGroupBox(self.tr("Selected staff member"))
        form2 = QFormLayout(edit_box)
        self._edit_form = form2
        form2.addRow(self.selected_label)
        role_line = QHBoxLayout()
        role_line.addWidget(self.change_role_combo, 1)
        role_line.addWidget(self.role_button)
        form2.addRow(self.tr("Role"), role_line)
        form2.addRow(self.tr("Current PIN"), self.current_pin_row)
        pin_line = QHBoxLayout()
        pin_line.addWidget(self.pin_row, 1)
        pin_line.addWidget(self.pin_button)
        form2.addRow(self.tr("New PIN"), pin_line)
        form2.addRow("", self.deactivate_button)

        # what a cashier may refund alone (app.sales "refund_limit_cents"; owner or manager sets it)
        self.limit_edit = QLineEdit()
        self.limit_row = FieldRow(self.limit_edit)
        self.limit_button = QPushButton(self.tr("Save"))
        self.limit_button.setObjectName("actionButton")
        self.limit_button.clicked.connect(self.save_limit)
        limit_box = QGroupBox(self.tr("Refunds a cashier may give alone"))
        limit_line = QHBoxLayout(limit_box)
        limit_line.addWidget(QLabel(self.tr("Up to")))
        limit_line.addWidget(self.limit_row, 1)
        limit_line.addWidget(self.limit_button)

        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.message = error_label()
        side = QVBoxLayout()
        side.addWidget(add_box)
        side.addWidget(edit_box)
        side.addWidget(limit_box)
        side.addWidget(self.message)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.table, 3)
        body.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(body, 1)
        ctx.actor_changed.connect(self._on_actor_changed)
        self._on_actor_changed()

    def _role_combo(self) -> QComboBox:
        combo = QComboBox()
        for role, text in (("cashier", self.tr("Cashier")), ("manager", self.tr("Manager")),
                           ("owner", self.tr("Owner"))):
            combo.addItem(text, role)
        return combo

    def _pin_edit(self, placeholder: str) -> QLineEdit:
        e = QLineEdit()
        e.setEchoMode(QLineEdit.Password)
        e.setMaxLength(staff_service.PIN_MAX)
        e.setPlaceholderText(placeholder)
        e.setInputMethodHints(Qt.ImhDigitsOnly | Qt.ImhSensitiveData)
        return e

    def role_text(self, role: str) -> str:
        return {"owner": self.tr("Owner"), "manager": self.tr("Manager"), "cashier": self.tr("Cashier")}.get(role, role)

    # -------------------------------------------------------------- loading
    def reload(self) -> None:
        self.ctx.runner.run(load_staff, self.ctx.shop, on_done=self._on_loaded)
        self.limit_edit.setText(format_plain(self.ctx.settings.get("refund_limit_cents", 100000)))

    def save_limit(self) -> None:
        self.limit_row.clear_error()
        try:
            cents = parse_amount_cents(self.limit_edit.text(), field="refund_limit", allow_zero=True)
        except UserError as e:
            self.limit_row.set_error(e.message(self.ctx.lang))
            return

        def after(_result) -> None:
            self.ctx.reload_settings()
            self.ctx.status_message.emit(self.tr("Refund limit saved."))

        self._run(shop_settings.put, refund_limit_cents=cents, rows={"refund_limit": self.limit_row}, after=after)

    def _on_loaded(self, people: list) -> None:
        if not isValid(self):
            return
        chosen = self.selected_id
        self.people = people
        self.table.setRowCount(len(people))
        now = dt.datetime.now()
        for row, p in enumerate(people):
            if not p.active:
                status = self.tr("Deactivated")
            elif p.locked_until and p.locked_until > now:
                status = self.tr("Locked until %1").replace("%1", format_datetime(p.locked_until, self.ctx.lang))
            else:
                status = self.tr("Active")
            cells = [p.name, self.role_text(p.role), self.tr("set") if p.has_pin else self.tr("none"), status]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.UserRole, p.id)
                self.table.setItem(row, col, item)
        self.select(chosen if chosen is not None else (people[0].id if people else None))
        self._update_buttons()

    def select(self, staff_id: int | None) -> None:
        for row, p in enumerate(self.people):
            if p.id == staff_id:
                self.table.selectRow(row)
                return

    @property
    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return item.data(Qt.UserRole) if item else None

    @property
    def selected(self):
        sid = self.selected_id
        return next((p for p in self.people if p.id == sid), None)

    def _on_selected(self) -> None:
        p = self.selected
        if p is not None:
            self.selected_label.setText(f"{p.name} · {self.role_text(p.role)}")
            self.change_role_combo.setCurrentIndex(self.change_role_combo.findData(p.role))
            self.deactivate_button.setText(self.tr("Deactivate") if p.active else self.tr("Reactivate"))
        self.pin_edit.clear()
        self.current_pin_edit.clear()
        self._update_buttons()

    def _on_actor_changed(self) -> None:
        owner = self.ctx.may("manage_staff")
        self.notice.setText("" if owner else self.tr(
            "Only the owner adds staff, changes roles and resets PINs. You can change your own PIN here."))
        self.notice.setVisible(not owner)
        self._update_buttons()
        self.reload()

    def _update_buttons(self) -> None:
        owner = self.ctx.may("manage_staff")
        p = self.selected
        own = p is not None and p.id == self.ctx.actor.staff_id and self.ctx.actor.signed_in
        for w in (self.name_edit, self.role_combo, self.new_pin_edit, self.add_button,
                  self.change_role_combo, self.role_button, self.deactivate_button):
            w.setEnabled(owner and (p is not None or w in (self.name_edit, self.role_combo, self.new_pin_edit,
                                                            self.add_button)))
        self.limit_edit.setEnabled(self.ctx.may("change_settings"))
        self.limit_button.setEnabled(self.ctx.may("change_settings"))
        self.pin_button.setEnabled(p is not None and (owner or own))
        self.pin_edit.setEnabled(p is not None and (owner or own))
        needs_current = own and not owner and p is not None and p.has_pin
        self.current_pin_edit.setEnabled(needs_current)
        self._edit_form.setRowVisible(self.current_pin_row, needs_current or not owner)

    # -------------------------------------------------------------- actions
    def _run(self, fn, *args, rows: dict | None = None, after=None, **kwargs) -> None:
        self.message.hide()
        for r in (self.name_row, self.new_pin_row, self.pin_row, self.current_pin_row, self.limit_row):
            r.clear_error()

        def done(result) -> None:
            if after is not None:
                after(result)
            self.reload()
            self.changed.emit()

        def failed(exc) -> None:
            if not isinstance(exc, UserError):
                self.ctx.runner.unhandled.emit(exc, "")
                return
            row = (rows or {}).get(exc.field or "")
            if row is not None:
                row.set_error(exc.message(self.ctx.lang))
            else:
                self.message.setText(exc.message(self.ctx.lang))
                self.message.show()
            self.changed.emit()

        self.ctx.runner.run(_write, self.ctx.shop, fn, *args, on_done=done, on_error=failed, **kwargs)

    def add(self) -> None:
        pin = self.new_pin_edit.text() or None

        def after(view) -> None:
            self.name_edit.clear()
            self.new_pin_edit.clear()
            self.ctx.status_message.emit(self.tr("%1 added.").replace("%1", view.name))

        self._run(staff_service.add_staff, name=self.name_edit.text(), role=self.role_combo.currentData(), pin=pin,
                  rows={"name": self.name_row, "pin": self.new_pin_row}, after=after)

    def change_role(self) -> None:
        if self.selected_id is not None:
            self._run(staff_service.update_staff, self.selected_id, role=self.change_role_combo.currentData())

    def set_pin(self) -> None:
        if self.selected_id is None:
            return
        current = self.current_pin_edit.text() or None

        def after(view) -> None:
            self.ctx.status_message.emit(self.tr("PIN saved for %1.").replace("%1", view.name))

        self._run(staff_service.set_pin, self.selected_id, self.pin_edit.text(), current_pin=current,
                  rows={"pin": self.pin_row, "current_pin": self.current_pin_row}, after=after)

    def toggle_active(self) -> None:
        p = self.selected
        if p is None:
            return
        fn = staff_service.deactivate_staff if p.active else staff_service.reactivate_staff
        self._run(fn, p.id)
