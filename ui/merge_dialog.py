"""Merge a duplicate member into the selected one (owner only; app/merge.py).

The owner opens it on the member to keep (Members tab), types the
duplicate's card number or phone, sees both side by side, and merges. The
service refuses anyone but the owner, so the button is only a courtesy.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app import members as member_service
from app import merge as merge_service
from app.errors import UserError
from ui.context import AppContext
from ui.widgets import FieldRow, error_label


def load_member(shop, member_id: int):
    with shop.read() as s:
        return member_service.get_view(s, member_id)


def find_duplicate(shop, text: str):
    with shop.read() as s:
        return member_service.view(merge_service.exact_member(s, text))


def do_merge(shop, keep_id: int, merge_id: int):
    with shop.transaction() as s:
        return merge_service.merge_members(s, keep_id=keep_id, merge_id=merge_id)


class MergeDialog(QDialog):
    def __init__(self, ctx: AppContext, keep_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.keep_id = keep_id
        self.duplicate = None
        self.result_value = None
        self.setWindowTitle(self.tr("Merge a duplicate member"))
        intro = QLabel(self.tr(
            "The duplicate's purchases, history and points move to the member kept here. The duplicate "
            "is kept for the record, marked merged; its card and phone then find this member."))
        intro.setWordWrap(True)
        self.keep_label = QLabel()
        self.keep_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.dup_edit = QLineEdit()
        self.dup_edit.setPlaceholderText(self.tr("card number or phone of the duplicate"))
        self.dup_edit.returnPressed.connect(self.find)
        self.dup_row = FieldRow(self.dup_edit)
        self.dup_label = QLabel()
        self.message = error_label()
        form = QFormLayout()
        form.addRow(self.tr("Keep"), self.keep_label)
        form.addRow(self.tr("Duplicate"), self.dup_row)
        form.addRow("", self.dup_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.merge_button = self.buttons.button(QDialogButtonBox.Ok)
        self.merge_button.setText(self.tr("Merge"))
        self.merge_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.merge)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(560, 300)
        self.ctx.reader.run(load_member, ctx.shop, keep_id, on_done=self._on_keep)

    def _summary(self, m) -> str:
        return self.tr("%1 · card %2 · %3 · %4 points").replace("%1", m.name).replace("%2", m.member_no) \
            .replace("%3", m.phone).replace("%4", str(m.points_balance))

    def _on_keep(self, m) -> None:
        self.keep_label.setText(self._summary(m))

    def find(self) -> None:
        self.dup_row.clear_error()
        self.duplicate = None
        self.merge_button.setEnabled(False)
        self.ctx.reader.run(find_duplicate, self.ctx.shop, self.dup_edit.text(),
                            on_done=self._on_found, on_error=self._on_error)

    def _on_found(self, m) -> None:
        if m.id == self.keep_id:
            self.dup_row.set_error(UserError("merge_same_member").message(self.ctx.lang))
            return
        self.duplicate = m
        self.dup_label.setText(self._summary(m))
        self.merge_button.setEnabled(self.ctx.may("merge_members"))
        self.merge_button.setFocus()

    def merge(self) -> None:
        if self.duplicate is None:
            self.find()
            return
        self.merge_button.setEnabled(False)
        self.ctx.runner.run(do_merge, self.ctx.shop, self.keep_id, self.duplicate.id,
                            on_done=self._on_merged, on_error=self._on_error)

    def _on_merged(self, result) -> None:
        self.result_value = result
        self.ctx.member_changed.emit(self.keep_id)
        self.ctx.members_reset.emit()
        self.ctx.status_message.emit(self.tr("Merged %1 into %2.").replace("%1", self.duplicate.member_no)
                                     .replace("%2", self.keep_label.text().split(" · ")[0]))
        self.accept()

    def _on_error(self, exc: BaseException) -> None:
        if not isinstance(exc, UserError):
            self.ctx.runner.unhandled.emit(exc, "")
            return
        self.merge_button.setEnabled(self.duplicate is not None and self.ctx.may("merge_members"))
        if exc.code == "member_not_found":
            self.dup_row.set_error(exc.message(self.ctx.lang))
        else:
            self.message.setText(exc.message(self.ctx.lang))
            self.message.show()
