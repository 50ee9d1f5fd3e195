"""Log a follow-up call: one click on what happened, Enter saves.

The dialog shows who, why and what to say (so it can stay open while the
phone rings), and the offer the call promises when there is one. The
outcome buttons are the six outcomes of :mod:`app.calls`; 1–6 on the
keyboard choose them too. Enter saves (the outcome buttons never take the
Enter key themselves). The call is saved in one transaction on the runner;
the voucher a rung promises is recorded as pending by the service.
"""
from __future__ import annotations

import datetime as dt
from typing import Callable

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import calls, followups
from app.errors import UserError
from app.followups import DueItem
from ui.errors import report_bug
from ui.widgets import FieldRow, FormErrors, error_label

# outcomes that leave the door open for a call-back date
_CALLBACK = ("reached", "will_come_in", "no_answer")

DIALOG_STYLE = """
QLabel#callName { font-size: 18pt; font-weight: 600; }
QLabel#callPhone { font-size: 16pt; }
QLabel#callReason { color: #444; font-size: 11pt; }
QLabel#callSay { font-size: 12pt; background: #f6f8fc; border: 1px solid #d5dbe5; border-radius: 6px;
                 padding: 8px 10px; }
QLabel#callOffer { font-size: 11pt; background: #e6f4ea; color: #0d652d; border-radius: 6px; padding: 6px 10px; }
QLabel#callWarn { color: #8a4b00; }
QPushButton[outcome="true"] { padding: 8px 10px; min-height: 30px; font-size: 12pt; }
QPushButton[outcome="true"]:checked { background: #0b57d0; color: white; border: 1px solid #0b57d0;
                                       border-radius: 4px; }
"""


def save_call(shop, *, member_id: int, staff_id: int | None, outcome: str, reason: str | None, notes: str,
              next_call_on: dt.date | None, now: dt.datetime) -> calls.CallResult:
    """Worker thread: one transaction for the call and what it decides."""
    with shop.transaction() as s:
        return calls.log_call(s, member_id=member_id, staff_id=staff_id, outcome=outcome, reason=reason,
                              notes=notes, next_call_on=next_call_on, now=now)


class CallDialog(QDialog):
    """Log one call for a row of the follow-up list.

    Attributes:
        result_call: the :class:`app.calls.CallResult` once saved.
        outcome: the outcome chosen (None until one is).
    """

    def __init__(self, ctx, item: DueItem, *, offer: str | None = None,
                 clock: Callable[[], dt.datetime] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.item = item
        self.clock = clock or dt.datetime.now
        self.result_call: calls.CallResult | None = None
        self.outcome: str | None = None
        self._busy = False
        lang = ctx.lang
        self.setWindowTitle(self.tr("Log a call — %1").replace("%1", item.name))
        self.setStyleSheet(DIALOG_STYLE)
        self.setMinimumWidth(560)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        who = QHBoxLayout()
        name = QLabel(item.name)
        name.setObjectName("callName")
        name.setTextInteractionFlags(Qt.TextSelectableByMouse)
        phone = QLabel(item.phone)
        phone.setObjectName("callPhone")
        phone.setTextInteractionFlags(Qt.TextSelectableByMouse)
        card = QLabel(self.tr("Card %1").replace("%1", item.member_no))
        card.setObjectName("callReason")
        who.addWidget(name)
        who.addSpacing(14)
        who.addWidget(phone)
        who.addStretch(1)
        who.addWidget(card)
        layout.addLayout(who)

        facts = [followups.reason_label(item.reason, item.step, lang)]
        if item.days_since_last_purchase is None:
            facts.append(self.tr("no purchase yet"))
        else:
            facts.append(self.tr("%n day(s) since the last purchase", "", item.days_since_last_purchase))
        if item.last_outcome and item.last_called_on:
            facts.append(self.tr("last call: %1 on %2").replace("%1", followups.outcome_label(item.last_outcome, lang))
                         .replace("%2", item.last_called_on.isoformat()))
        if item.attempts:
            facts.append(self.tr("%n unanswered so far", "", item.attempts))
        reason = QLabel(" · ".join(facts))
        reason.setObjectName("callReason")
        reason.setWordWrap(True)
        layout.addWidget(reason)

        self.say_label = QLabel(item.suggested_action)
        self.say_label.setObjectName("callSay")
        self.say_label.setWordWrap(True)
        self.say_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(self.say_label)

        self.offer_label = QLabel()
        self.offer_label.setObjectName("callOffer")
        self.offer_label.setWordWrap(True)
        if offer:
            self.offer_label.setText(
                self.tr("Offer: %1. When they hear it (reached, will come in) the voucher is recorded, "
                        "waiting to be printed.").replace("%1", offer)
            )
        self.offer_label.setVisible(bool(offer))
        layout.addWidget(self.offer_label)

        line = QFrame()
        line.setFrameShape(QFrame.HLine)
        line.setFrameShadow(QFrame.Sunken)
        layout.addWidget(line)

        caption = QLabel(self.tr("What happened?"))
        caption.setObjectName("callReason")
        layout.addWidget(caption)
        grid = QGridLayout()
        grid.setSpacing(8)
        self.outcome_group = QButtonGroup(self)
        self.outcome_group.setExclusive(True)
        self.outcome_buttons: dict[str, QPushButton] = {}
        for k, code in enumerate(calls.OUTCOMES):
            b = QPushButton(f"{k + 1}  {followups.outcome_label(code, lang)}")
            b.setProperty("outcome", True)
            b.setCheckable(True)
            b.setAutoDefault(False)  # Enter on a focused outcome saves, it does not re-press it
            b.setDefault(False)
            b.setToolTip(self.tr("Press %1").replace("%1", str(k + 1)))
            self.outcome_group.addButton(b, k)
            self.outcome_buttons[code] = b
            grid.addWidget(b, k // 3, k % 3)
        self.outcome_group.idClicked.connect(lambda i: self._on_outcome(calls.OUTCOMES[i]))
        layout.addLayout(grid)

        self.warn_label = QLabel()
        self.warn_label.setObjectName("callWarn")
        self.warn_label.setWordWrap(True)
        # room kept for it, so choosing an outcome never changes the dialog's size under the mouse
        self.warn_label.setMinimumHeight(self.warn_label.fontMetrics().lineSpacing() * 2)
        self.warn_label.setAlignment(Qt.AlignLeft | Qt.AlignTop)
        layout.addWidget(self.warn_label)

        self.notes_edit = QLineEdit()
        self.notes_edit.setPlaceholderText(self.tr("Notes (optional): what they said, best time to call…"))
        self.notes_edit.setMaxLength(2000)
        self.notes_row = FieldRow(self.notes_edit)
        layout.addWidget(self.notes_row)

        next_row = QHBoxLayout()
        self.next_check = QCheckBox(self.tr("Call again on"))
        tomorrow = self.clock().date() + dt.timedelta(days=1)
        self.next_date = QDateEdit(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
        self.next_date.setDisplayFormat("yyyy-MM-dd")
        self.next_date.setCalendarPopup(True)
        self.next_date.setMinimumDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
        self.next_date.setEnabled(False)
        self.next_check.toggled.connect(self.next_date.setEnabled)
        self.next_date.dateChanged.connect(lambda _d: self.next_check.setChecked(True))
        self.next_row = FieldRow(self.next_date)
        next_row.addWidget(self.next_check)
        next_row.addWidget(self.next_row)
        next_row.addStretch(1)
        layout.addLayout(next_row)

        self.form_error = error_label()
        layout.addWidget(self.form_error)
        self.errors = FormErrors({"notes": self.notes_row, "next_call_on": self.next_row}, self.form_error,
                                 lambda: self.ctx.lang)

        self.buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.save_button = QPushButton(self.tr("Save  Enter"))
        self.save_button.setObjectName("primaryButton")
        self.save_button.setDefault(True)
        self.save_button.setAutoDefault(True)
        self.save_button.setEnabled(False)
        self.buttons.addButton(self.save_button, QDialogButtonBox.AcceptRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # wrapped labels (what to say, the offer) need height for the width
        # they got; the first size hint does not know it, so grow to fit
        layout = self.layout()
        if layout.hasHeightForWidth():
            h = layout.totalHeightForWidth(self.width())
            if h > self.height():
                self.resize(self.width(), h)

    # ----------------------------------------------------------------- acts
    def choose(self, outcome: str) -> None:
        """Pick an outcome (as a click on its button does)."""
        b = self.outcome_buttons[outcome]
        b.setChecked(True)
        b.setFocus()
        self._on_outcome(outcome)

    def _on_outcome(self, outcome: str) -> None:
        self.outcome = outcome
        self.save_button.setEnabled(not self._busy)
        callback = outcome in _CALLBACK
        self.next_check.setEnabled(callback)
        self.next_date.setEnabled(callback and self.next_check.isChecked())
        warn = {
            "do_not_call": self.tr("They will be taken off every call list until the owner lifts it."),
            "wrong_number": self.tr("They leave the list until their phone number is corrected."),
            "no_answer": self.tr("They come back on the list tomorrow (up to 3 tries)."),
        }.get(outcome, "")
        self.warn_label.setText(warn)

    def keyPressEvent(self, event) -> None:
        # 1-6 choose an outcome (typed into the notes they are text: the field takes them first)
        key = event.key()
        if Qt.Key_1 <= key <= Qt.Key_6 and not event.modifiers() & ~Qt.KeypadModifier:
            self.choose(calls.OUTCOMES[key - Qt.Key_1])
            return
        # Enter with nothing chosen yet: say what is missing instead of doing nothing
        if key in (Qt.Key_Return, Qt.Key_Enter) and self.outcome is None:
            self.form_error.setText(self.tr("Choose what happened first (1–6)."))
            self.form_error.show()
            return
        super().keyPressEvent(event)

    def save(self) -> None:
        if self._busy or self.outcome is None:
            return
        self.errors.clear()
        next_on = None
        if self.next_check.isChecked() and self.next_check.isEnabled():
            next_on = self.next_date.date().toPython()
        self._busy = True
        self.save_button.setEnabled(False)
        self.ctx.runner.run(
            save_call, self.ctx.shop, member_id=self.item.member_id, staff_id=self.ctx.staff_id,
            outcome=self.outcome, reason=self.item.reason, notes=self.notes_edit.text(), next_call_on=next_on,
            now=self.clock(), on_done=self._on_saved, on_error=self._on_failed,
        )

    def _on_saved(self, result: calls.CallResult) -> None:
        self._busy = False
        self.result_call = result
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self._busy = False
        self.save_button.setEnabled(True)
        if isinstance(exc, UserError):
            self.errors.show(exc)
        else:
            self.form_error.setText(self.tr("The call could not be saved; nothing was changed."))
            self.form_error.show()
            report_bug(self, exc)
