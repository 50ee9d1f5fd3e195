"""Signing in at the counter: pick your name, type your PIN, Enter.

:class:`SignInDialog` is shown when the window starts (nobody is signed in
yet) and for a quick cashier switch (F12 or the status-bar button). It is
made for a touch screen: big names to tap, a big PIN field and a keypad. A
wrong PIN says how many tries are left; after five the staff member is locked
out and the dialog says for how many minutes. The check itself runs on the
background runner (argon2 takes a few hundredths of a second).

:class:`OwnerPinDialog` is shown once on a database that has staff but no
owner with a PIN (an upgrade from before sign-in, or the demo shop), or no
staff at all: the owner chooses a PIN there.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import staff as staff_service
from app.auth import Actor
from app.errors import UserError
from ui.context import AppContext
from ui.widgets import FieldRow, error_label

BIG = 16  # point size of names, the PIN and the keypad


def _big(widget: QWidget, size: int = BIG) -> QWidget:
    font = QFont(widget.font())
    font.setPointSize(size)
    widget.setFont(font)
    return widget


def load_staff(shop) -> list:
    with shop.read() as s:
        return staff_service.list_staff(s)


def try_sign_in(shop, staff_id: int, pin: str, switch_from: Actor | None, now: dt.datetime | None):
    """The sign-in transaction (committed whatever the outcome: a wrong PIN counts)."""
    with shop.transaction() as s:
        return staff_service.sign_in(s, staff_id, pin, now=now, switch_from=switch_from)


class PinPad(QWidget):
    """Digits 0-9, clear and backspace as big buttons, typing into ``edit``."""

    enter = Signal()

    def __init__(self, edit: QLineEdit, parent: QWidget | None = None):
        super().__init__(parent)
        self.edit = edit
        grid = QGridLayout(self)
        grid.setSpacing(6)
        grid.setContentsMargins(0, 0, 0, 0)
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "C", "0", "⌫"]
        self.buttons: dict[str, QPushButton] = {}
        for i, key in enumerate(keys):
            b = QPushButton(key)
            _big(b, BIG + 2)
            b.setMinimumSize(72, 56)
            b.setFocusPolicy(Qt.NoFocus)  # the PIN field keeps the keyboard
            b.setAutoDefault(False)
            b.clicked.connect(lambda _=False, k=key: self._press(k))
            grid.addWidget(b, i // 3, i % 3)
            self.buttons[key] = b
        self.buttons["C"].setToolTip(self.tr("Clear"))
        self.buttons["⌫"].setToolTip(self.tr("Delete the last digit"))

    def _press(self, key: str) -> None:
        if key == "C":
            self.edit.clear()
        elif key == "⌫":
            self.edit.backspace()
        elif len(self.edit.text()) < self.edit.maxLength():
            self.edit.insert(key)
        self.edit.setFocus()


class SignInDialog(QDialog):
    """Who is at the counter. After ``accepted`` the shop acts as ``actor``.

    Args:
        switching: a cashier switch (the current person stays signed in if
            it is cancelled; the audit records who handed over to whom).
        clock: the time used for the lockout (tests pass a fixed one).
    """

    signed_in = Signal(object)  # Actor

    def __init__(self, ctx: AppContext, switching: bool = False, parent: QWidget | None = None,
                 clock=None):
        super().__init__(parent)
        self.ctx = ctx
        self.switching = switching
        self.clock = clock
        self.actor: Actor | None = None
        self.busy = False
        self.setWindowTitle(self.tr("Switch cashier") if switching else self.tr("Sign in"))
        self.setModal(True)

        self.heading = _big(QLabel(self.tr("Who is at the counter?")), BIG + 2)
        self.staff_list = QListWidget()
        self.staff_list.setObjectName("staffPicker")
        _big(self.staff_list)
        self.staff_list.setMinimumWidth(260)
        self.staff_list.setStyleSheet("QListWidget#staffPicker::item { padding: 12px 10px; }")
        self.staff_list.currentRowChanged.connect(self._on_staff_picked)
        self.staff_list.itemActivated.connect(lambda _item: self.pin_edit.setFocus())

        self.pin_edit = QLineEdit()
        self.pin_edit.setObjectName("pinEdit")
        _big(self.pin_edit, BIG + 4)
        self.pin_edit.setEchoMode(QLineEdit.Password)
        self.pin_edit.setMaxLength(staff_service.PIN_MAX)
        self.pin_edit.setPlaceholderText(self.tr("PIN"))
        self.pin_edit.setAlignment(Qt.AlignCenter)
        self.pin_edit.setInputMethodHints(Qt.ImhDigitsOnly | Qt.ImhSensitiveData)
        self.pin_edit.returnPressed.connect(self.submit)
        self.pin_row = FieldRow(self.pin_edit)
        self.pad = PinPad(self.pin_edit)
        self.message = error_label()
        _big(self.message, 12)

        self.sign_in_button = QPushButton(self.tr("Sign in"))
        self.sign_in_button.setObjectName("primaryButton")
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("actionButton")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)

        right = QVBoxLayout()
        right.addWidget(self.pin_row)
        right.addWidget(self.pad)
        right.addWidget(self.message)
        right.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.sign_in_button)
        right.addLayout(buttons)
        body = QHBoxLayout()
        body.addWidget(self.staff_list, 1)
        body.addSpacing(12)
        body.addLayout(right)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(body, 1)
        self.resize(700, 580)
        self.setMinimumSize(620, 540)
        self.ctx.runner.run(load_staff, self.ctx.shop, on_done=self._on_staff_loaded)

    # -------------------------------------------------------------- staff
    def _on_staff_loaded(self, people: list) -> None:
        self.staff_list.clear()
        current = self.ctx.shop.actor.staff_id
        roles = {"owner": self.tr("Owner"), "manager": self.tr("Manager"), "cashier": self.tr("Cashier")}
        for p in people:
            text = f"{p.name}  ·  {roles.get(p.role, p.role)}"
            if self.switching and p.id == current:
                text += "  ✓"
            item = QListWidgetItem(text)
            item.setData(Qt.UserRole, p.id)
            if not p.has_pin:
                item.setFlags(item.flags() & ~Qt.ItemIsEnabled)
                item.setToolTip(self.tr("No PIN yet: the owner sets one on the Staff page."))
            self.staff_list.addItem(item)
        # the first one who can sign in (switching: the first who is not here now)
        usable = [i for i, p in enumerate(people) if p.has_pin]
        others = [i for i in usable if people[i].id != current] if self.switching else usable
        if others or usable:
            self.staff_list.setCurrentRow((others or usable)[0])
        self.pin_edit.setFocus()

    def _on_staff_picked(self, _row: int) -> None:
        self.pin_edit.clear()
        self.message.hide()
        self.pin_row.clear_error()
        self.pin_edit.setFocus()

    def select_staff(self, staff_id: int) -> None:
        for row in range(self.staff_list.count()):
            if self.staff_list.item(row).data(Qt.UserRole) == staff_id:
                self.staff_list.setCurrentRow(row)
                return

    @property
    def chosen_id(self) -> int | None:
        item = self.staff_list.currentItem()
        return item.data(Qt.UserRole) if item is not None else None

    # -------------------------------------------------------------- sign in
    def submit(self) -> None:
        if self.busy:
            return
        staff_id = self.chosen_id
        if staff_id is None:
            self._show(self.tr("Choose your name first."))
            return
        pin = self.pin_edit.text()
        try:
            staff_service.clean_pin(pin)
        except UserError as e:
            self.pin_row.set_error(e.message(self.ctx.lang))
            self.pin_edit.selectAll()
            return
        self.busy = True
        self.sign_in_button.setEnabled(False)
        switch_from = self.ctx.shop.actor if self.switching else None
        now = self.clock() if self.clock else None
        self.ctx.runner.run(try_sign_in, self.ctx.shop, staff_id, pin, switch_from, now,
                            on_done=self._on_result, on_error=self._on_error)

    def _on_result(self, result) -> None:
        self.busy = False
        self.sign_in_button.setEnabled(True)
        if result.ok:
            self.actor = result.actor
            self.ctx.sign_in_as(result.actor)
            self.signed_in.emit(result.actor)
            self.accept()
            return
        self.pin_edit.clear()
        self.pin_edit.setFocus()
        self._show(result.error.message(self.ctx.lang))

    def _on_error(self, exc: BaseException) -> None:
        self.busy = False
        self.sign_in_button.setEnabled(True)
        if isinstance(exc, UserError):
            self._show(exc.message(self.ctx.lang))
            return
        from ui.errors import report_bug

        report_bug(self, exc)

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()


def save_owner_pin(shop, owner_id: int | None, name: str, pin: str):
    with shop.transaction() as s:
        if owner_id is None:
            owner = staff_service.first_owner(s, name, pin)
        else:
            owner = staff_service.claim_owner_pin(s, owner_id, pin)
        result = staff_service.sign_in(s, owner.id, pin)
    return result


class OwnerPinDialog(QDialog):
    """The owner chooses a PIN (with a name too when there is no staff yet)."""

    def __init__(self, ctx: AppContext, owner=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.owner = owner
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Choose the owner's PIN"))
        intro = QLabel(
            self.tr("Staff now sign in with a PIN. %1, choose your owner PIN (4 to 8 digits); "
                    "then give each staff member theirs on the Staff page.").replace("%1", owner.name)
            if owner is not None else
            self.tr("This shop has no staff yet. Enter the owner's name and choose a PIN (4 to 8 digits).")
        )
        intro.setWordWrap(True)
        _big(intro, 12)
        form = QFormLayout()
        self.name_edit = QLineEdit(owner.name if owner is not None else "")
        self.name_edit.setReadOnly(owner is not None)
        self.name_row = FieldRow(self.name_edit)
        self.pin_edit = QLineEdit()
        self.confirm_edit = QLineEdit()
        for e in (self.pin_edit, self.confirm_edit):
            _big(e, BIG)
            e.setEchoMode(QLineEdit.Password)
            e.setMaxLength(staff_service.PIN_MAX)
            e.setInputMethodHints(Qt.ImhDigitsOnly | Qt.ImhSensitiveData)
        self.pin_row = FieldRow(self.pin_edit)
        self.confirm_row = FieldRow(self.confirm_edit)
        form.addRow(self.tr("Owner"), self.name_row)
        form.addRow(self.tr("PIN"), self.pin_row)
        form.addRow(self.tr("PIN again"), self.confirm_row)
        self.message = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Save).setText(self.tr("Save and sign in"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.Save)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(520, 320)
        (self.pin_edit if owner is not None else self.name_edit).setFocus()

    def submit(self) -> None:
        for row in (self.name_row, self.pin_row, self.confirm_row):
            row.clear_error()
        try:
            staff_service.clean_pin(self.pin_edit.text())
        except UserError as e:
            self.pin_row.set_error(e.message(self.ctx.lang))
            self.pin_edit.setFocus()
            return
        if self.confirm_edit.text() != self.pin_edit.text():
            self.confirm_row.set_error(self.tr("The two PINs differ; type the same PIN twice."))
            self.confirm_edit.clear()
            self.confirm_edit.setFocus()
            return
        self.save_button.setEnabled(False)
        self.ctx.runner.run(save_owner_pin, self.ctx.shop, self.owner.id if self.owner else None,
                            self.name_edit.text(), self.pin_edit.text(),
                            on_done=self._on_saved, on_error=self._on_error)

    def _on_saved(self, result) -> None:
        self.actor = result.actor
        self.ctx.sign_in_as(result.actor)
        self.accept()

    def _on_error(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if not isinstance(exc, UserError):
            from ui.errors import report_bug

            report_bug(self, exc)
            return
        row = {"name": self.name_row, "pin": self.pin_row}.get(exc.field or "")
        if row is not None:
            row.set_error(exc.message(self.ctx.lang))
        else:
            self.message.setText(exc.message(self.ctx.lang))
            self.message.show()
