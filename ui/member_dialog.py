"""Sign up a member, or edit one.

OK hands everything to one service call in one transaction on the worker
thread. A refusal (:class:`app.errors.UserError`) rolls that transaction back,
so nothing is half-saved; the message goes under the field it names, in the
UI language, and the dialog stays open with what was typed.
"""
from __future__ import annotations

import logging
import re
import traceback

from PySide6.QtCore import Qt, Signal
from shiboken6 import isValid
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app import members
from app.errors import UserError
from app.members import MemberView
from app.textparse import NAME_MAX, NOTES_MAX, fold
from ui.widgets import ui_locale

log = logging.getLogger(__name__)

ERROR_STYLE = "color: #b3261e;"
HINT_STYLE = "color: palette(placeholder-text);"

FIELDS = ("name", "phone", "gender", "birthday", "referred_by", "notes")


def _sign_up(shop, values: dict) -> MemberView:
    with shop.transaction() as s:
        return members.sign_up(s, **values)


def _update(shop, member_id: int, values: dict) -> MemberView:
    with shop.transaction() as s:
        return members.update(s, member_id, **values)


def _load(shop, member_id: int) -> MemberView:
    with shop.read() as s:
        return members.get_view(s, member_id)


class _NotesEdit(QPlainTextEdit):
    """Notes: Enter confirms the dialog like every other field; Shift+Enter
    starts a new line; Tab moves on instead of typing a tab."""

    submit = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.submit.emit()
            return
        super().keyPressEvent(event)


class MemberDialog(QDialog):
    """Sign-up (``member_id`` None) or edit form.

    After OK succeeds, :attr:`result_member` holds the saved member, the
    context is told (``member_changed`` for an edit, ``members_reset`` for a
    newcomer) and the dialog closes with Accepted.

    Signals:
        loaded(): an edited member's details are in the fields.
        failed(): OK was refused; the messages are showing.
    """

    loaded = Signal()
    failed = Signal()

    def __init__(self, ctx, parent: QWidget | None = None, member_id: int | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.member_id = member_id
        self.result_member: MemberView | None = None
        self._saving = False
        self._closed = False
        self.setWindowTitle(self.tr("Sign up a member") if member_id is None else self.tr("Edit member"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 52)

        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(NAME_MAX + 20)  # room to be told it is too long
        self.phone_edit = QLineEdit(self)
        self.phone_edit.setPlaceholderText(self.tr("e.g. 0912-345-678"))
        self.gender_combo = QComboBox(self)
        self.gender_combo.addItem("—", None)
        self.gender_combo.addItem(self.tr("Female"), "F")
        self.gender_combo.addItem(self.tr("Male"), "M")
        self.gender_combo.setItemData(0, self.tr("Not given"), Qt.ItemDataRole.ToolTipRole)
        self.birthday_edit = QLineEdit(self)
        self.birthday_edit.setPlaceholderText(self.tr("YYYY-MM-DD or MM-DD"))
        self.referred_edit = QLineEdit(self)
        self.referred_edit.setPlaceholderText(self.tr("Card no. or phone of the referrer"))
        self.notes_edit = _NotesEdit(self)
        self.notes_edit.setPlaceholderText(self.tr("Shift+Enter for a new line"))
        self.notes_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.notes_edit.submit.connect(self._submit)

        self.editors: dict[str, QWidget] = {
            "name": self.name_edit,
            "phone": self.phone_edit,
            "gender": self.gender_combo,
            "birthday": self.birthday_edit,
            "referred_by": self.referred_edit,
            "notes": self.notes_edit,
        }
        titles = {
            "name": self.tr("Name"),
            "phone": self.tr("Phone"),
            "gender": self.tr("Gender"),
            "birthday": self.tr("Birthday"),
            "referred_by": self.tr("Referred by"),
            "notes": self.tr("Notes"),
        }
        self.error_labels: dict[str, QLabel] = {}

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(1, 1)
        row = 0
        for field in FIELDS:
            label = QLabel(titles[field], self)
            label.setBuddy(self.editors[field])
            align = Qt.AlignmentFlag.AlignRight | (
                Qt.AlignmentFlag.AlignTop if field == "notes" else Qt.AlignmentFlag.AlignVCenter
            )
            grid.addWidget(label, row, 0, align)
            grid.addWidget(self.editors[field], row, 1)
            row += 1
            if field == "birthday":
                hint = QLabel(self.tr("The year may be left out: 03-15 is the 15th of March."), self)
                hint.setStyleSheet(HINT_STYLE)
                hint.setWordWrap(True)
                grid.addWidget(hint, row, 1)
                row += 1
            err = QLabel(self)
            err.setObjectName("fieldError")
            err.setStyleSheet(ERROR_STYLE)
            err.setWordWrap(True)
            err.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            err.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
            err.hide()
            self.error_labels[field] = err
            grid.addWidget(err, row, 1)
            row += 1
            grid.setRowMinimumHeight(row - 1, 0)

        self.info_label = QLabel(self)  # card no. and balance when editing
        self.info_label.setObjectName("memberInfo")
        self.info_label.hide()
        self.form_error = QLabel(self)
        self.form_error.setObjectName("formError")
        self.form_error.setStyleSheet(ERROR_STYLE)
        self.form_error.setWordWrap(True)
        self.form_error.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Sign up") if member_id is None else self.tr("Save"))
        self.ok_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.info_label)
        layout.addLayout(grid)
        layout.addWidget(self.form_error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        for field, editor in self.editors.items():
            if isinstance(editor, QLineEdit):
                editor.textEdited.connect(lambda _t, f=field: self._clear_error(f))
        self.gender_combo.currentIndexChanged.connect(lambda _i: self._clear_error("gender"))
        self.notes_edit.textChanged.connect(lambda: self._clear_error("notes"))

        if member_id is not None:
            self._set_busy(True, saving=False)
            self.ctx.runner.run(_load, ctx.shop, member_id, on_done=self._on_loaded, on_error=self._on_load_error)
        self.name_edit.setFocus()

    # --- filling in ---------------------------------------------------------------

    def prefill(self, text: str) -> None:
        """Start a sign-up with what the cashier searched for: digits go to
        the phone, anything else to the name."""
        text = (text or "").strip()
        if re.fullmatch(r"\+?[0-9０-９ \-().]{6,}", text):
            self.phone_edit.setText(text)
            self.name_edit.setFocus()
        elif text and not fold(text).isdigit():
            self.name_edit.setText(text)
            self.phone_edit.setFocus()

    def _alive(self) -> bool:
        """False once closed: a late answer from the worker must not touch
        a dialog the cashier already dismissed (or Qt already deleted)."""
        return isValid(self) and not self._closed

    def _on_loaded(self, m: MemberView) -> None:
        if not self._alive():
            return
        self._set_busy(False)
        self.name_edit.setText(m.name)
        self.phone_edit.setText(m.phone)
        self.gender_combo.setCurrentIndex(max(self.gender_combo.findData(m.gender), 0))
        self.birthday_edit.setText(m.birthday)
        self.referred_edit.setText(m.referred_by_no or "")
        self.notes_edit.setPlainText(m.notes)
        loc = ui_locale(self.ctx.lang)
        self.info_label.setText(
            self.tr("Card %1 · %2 points · joined %3")
            .replace("%1", m.member_no)
            .replace("%2", loc.toString(m.points_balance))
            .replace("%3", m.joined_on.isoformat())
        )
        self.info_label.show()
        self.setWindowTitle(self.tr("Edit member: %1").replace("%1", m.name))
        self.name_edit.setFocus()
        self.name_edit.selectAll()
        self.loaded.emit()

    def _on_load_error(self, exc: BaseException) -> None:
        if not self._alive():
            return
        self._set_busy(False)
        self.ok_button.setEnabled(False)
        self._show_error(exc)

    # --- saving -----------------------------------------------------------------------

    def values(self) -> dict:
        """What was typed, as the keyword arguments of members.sign_up/update."""
        return dict(
            name=self.name_edit.text(),
            phone=self.phone_edit.text(),
            gender=self.gender_combo.currentData(),
            birthday=self.birthday_edit.text(),
            referred_by=self.referred_edit.text(),
            notes=self.notes_edit.toPlainText(),
        )

    def _submit(self) -> None:
        if self._saving or not self.ok_button.isEnabled():
            return
        self._clear_errors()
        self._set_busy(True)
        values = self.values()
        if self.member_id is None:
            self.ctx.runner.run(_sign_up, self.ctx.shop, values, on_done=self._on_saved, on_error=self._on_save_error)
        else:
            self.ctx.runner.run(
                _update, self.ctx.shop, self.member_id, values, on_done=self._on_saved, on_error=self._on_save_error
            )

    def _on_saved(self, member: MemberView) -> None:
        self.result_member = member
        if self.member_id is None:
            self.ctx.members_reset.emit()
        else:
            self.ctx.member_changed.emit(member.id)
        if self._alive():
            self._set_busy(False)
            super().accept()

    def _on_save_error(self, exc: BaseException) -> None:
        if not self._alive():
            return
        self._set_busy(False)
        self._show_error(exc)
        self.failed.emit()

    def _show_error(self, exc: BaseException) -> None:
        if not isinstance(exc, UserError):
            # a bug: the main window shows it with its traceback; here, say
            # plainly that nothing was saved
            tb = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
            log.error("saving a member failed:\n%s", tb)
            self.form_error.setText(self.tr("Something went wrong and nothing was saved. Please try again."))
            self.form_error.show()
            self.ctx.runner.unhandled.emit(exc, tb)
            return
        text = exc.message(self.ctx.lang)
        label = self.error_labels.get(exc.field or "")
        if label is None:
            self.form_error.setText(text)
            self.form_error.show()
            return
        label.setText(text)
        label.show()
        editor = self.editors[exc.field]
        self._mark_invalid(editor, True)
        editor.setFocus()
        if isinstance(editor, QLineEdit):
            editor.selectAll()

    def error_text(self, field: str | None = None) -> str:
        """The message showing beside ``field`` (or the form's own, for None)."""
        label = self.form_error if field is None else self.error_labels[field]
        return "" if label.isHidden() else label.text()

    def _clear_error(self, field: str) -> None:
        label = self.error_labels[field]
        if not label.isHidden():
            label.hide()
            label.clear()
            self._mark_invalid(self.editors[field], False)

    @staticmethod
    def _mark_invalid(editor: QWidget, invalid: bool) -> None:
        """The app style sheet draws an ``invalid`` field with a red border."""
        editor.setProperty("invalid", invalid)
        editor.style().unpolish(editor)
        editor.style().polish(editor)

    def _clear_errors(self) -> None:
        for field in FIELDS:
            self._clear_error(field)
        self.form_error.hide()
        self.form_error.clear()

    def _set_busy(self, busy: bool, saving: bool = True) -> None:
        self._saving = busy and saving
        self.ok_button.setEnabled(not busy)
        for editor in self.editors.values():
            editor.setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    # --- closing ------------------------------------------------------------------------

    def accept(self) -> None:
        """Enter anywhere means OK: save first, close only when saved."""
        self._submit()

    def reject(self) -> None:
        if self._saving:  # the save is already on its way; let it finish
            return
        super().reject()

    def done(self, result: int) -> None:
        self._closed = True
        super().done(result)
