"""Small widgets and helpers shared by the tabs and dialogs.

- :class:`FieldRow`: an input with its own error line, so a refusal from the
  shop's logic (a :class:`~app.errors.UserError` naming ``field``) is shown
  right where the cashier is looking.
- :class:`FormErrors`: routes a UserError to the FieldRow it names.
- Money and dates formatted with QLocale in the UI language.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from shiboken6 import isValid
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError

# Currencies a shop can choose; all have two minor digits, as the amounts
# parser assumes. The symbol is what the till and receipts show.
CURRENCY_SYMBOLS: dict[str, str] = {
    "TWD": "NT$",
    "CNY": "¥",
    "HKD": "HK$",
    "MOP": "MOP$",
    "SGD": "S$",
    "MYR": "RM",
    "USD": "US$",
    "EUR": "€",
}

LOCALE_NAMES = {"zh_TW": "zh_TW", "zh_CN": "zh_CN", "en": "en_US"}


def ui_locale(lang: str) -> QLocale:
    return QLocale(LOCALE_NAMES.get(lang, "en_US"))


def currency_symbol(currency: str) -> str:
    return CURRENCY_SYMBOLS.get(currency, currency + " ")


def format_money(cents: int, currency: str = "TWD", lang: str = "en") -> str:
    """``12850`` → ``NT$128.50`` (grouping and minus sign from the UI locale)."""
    locale = ui_locale(lang)
    text = locale.toCurrencyString(abs(cents) / 100, currency_symbol(currency), 2)
    return ("-" + text) if cents < 0 else text


def format_amount(cents: int, lang: str = "en") -> str:
    """``12850`` → ``128.50`` without a symbol (for pre-filled input fields)."""
    return ui_locale(lang).toString(cents / 100, "f", 2).replace(ui_locale(lang).groupSeparator(), "")


def format_int(value: int, lang: str = "en") -> str:
    return ui_locale(lang).toString(int(value))


def format_datetime(value: dt.datetime, lang: str = "en") -> str:
    return value.strftime("%Y-%m-%d %H:%M")


def days_ago_text(when: dt.datetime | None, today: dt.date | None = None) -> str:
    """``when`` as "today", "yesterday", "12 days ago" or "never"."""
    if when is None:
        return QCoreApplication.translate("Widgets", "never")
    days = ((today or dt.date.today()) - when.date()).days
    if days <= 0:
        return QCoreApplication.translate("Widgets", "today")
    if days == 1:
        return QCoreApplication.translate("Widgets", "yesterday")
    return QCoreApplication.translate("Widgets", "%n day(s) ago", "", days)


class FieldRow(QWidget):
    """An input widget with an error line under it (hidden while empty)."""

    def __init__(self, editor: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = editor
        self.error_label = QLabel(self)
        self.error_label.setObjectName("fieldError")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.error_label.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Minimum)
        self.error_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(self.error_label)

    def set_error(self, text: str) -> None:
        self._error = text
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))
        self.editor.setProperty("invalid", bool(text))
        self.editor.style().unpolish(self.editor)
        self.editor.style().polish(self.editor)

    def clear_error(self) -> None:
        self.set_error("")

    @property
    def error(self) -> str:
        return getattr(self, "_error", "")


class FormErrors:
    """Show a :class:`UserError` beside the field it names.

    Args:
        fields: field name (as used by app/ in ``UserError.field``) → FieldRow.
        fallback: a label for errors that name no known field.
        lang: callable returning the current UI language.
    """

    def __init__(self, fields: dict[str, FieldRow], fallback: QLabel, lang):
        self.fields = fields
        self.fallback = fallback
        self._lang = lang

    def clear(self) -> None:
        for row in self.fields.values():
            row.clear_error()
        self.fallback.clear()
        self.fallback.hide()

    def show(self, err: UserError) -> FieldRow | None:
        """Show ``err``; returns the row it went to (None: the fallback)."""
        self.clear()
        text = err.message(self._lang())
        row = self.fields.get(err.field or "")
        if row is not None:
            row.set_error(text)
            row.editor.setFocus()
            return row
        self.fallback.setText(text)
        self.fallback.show()
        return None


def error_label() -> QLabel:
    """A label styled as a form-level error (hidden until used)."""
    label = QLabel()
    label.setObjectName("formError")
    label.setWordWrap(True)
    label.hide()
    return label


APP_STYLE = """
QLabel#fieldError, QLabel#formError { color: #b3261e; }
QLineEdit[invalid="true"], QComboBox[invalid="true"], QSpinBox[invalid="true"] {
    border: 2px solid #b3261e; border-radius: 3px; padding: 2px;
}
QLineEdit#searchBox { font-size: 20pt; padding: 6px 10px; }
QLineEdit#amountEdit { font-size: 22pt; padding: 4px 8px; }
QLabel#memberName { font-size: 22pt; font-weight: 600; }
QLabel#memberPoints { font-size: 34pt; font-weight: 700; color: #0b57d0; }
QLabel#pointsCaption { color: #555; }
QLabel#recentCaption { color: #444; font-size: 11pt; }
QListWidget#resultsList, QListWidget#recentList { font-size: 12pt; }
QListWidget#resultsList::item, QListWidget#recentList::item { padding: 5px 6px; }
QLabel#memberDetails { font-size: 12pt; color: #333; }
QLabel#lastVisit { font-size: 12pt; }
QLabel#birthdayBadge {
    background: #fde7ef; color: #a3154a; border: 1px solid #f3a6c0;
    border-radius: 10px; padding: 3px 10px; font-weight: 600;
}
QLabel#walkinBadge { color: #555; font-size: 16pt; }
QLabel#toPay { font-size: 18pt; }
QLabel#confirmLine { font-size: 14pt; padding: 8px 12px; border-radius: 6px; }
QLabel#confirmLine[kind="ok"] { background: #e6f4ea; color: #0d652d; }
QLabel#confirmLine[kind="warn"] { background: #fef7e0; color: #8a4b00; }
QLabel#confirmLine[kind="error"] { background: #fce8e6; color: #b3261e; }
QFrame#memberPanel { background: palette(base); border: 1px solid #d0d0d0; border-radius: 8px; }
QTabBar::tab { padding: 6px 20px; font-size: 12pt; }
QStatusBar QLabel { padding: 0 4px; }
QLabel#pointsCaption { font-size: 12pt; }
QPushButton#actionButton { padding: 8px 14px; min-height: 32px; font-size: 11pt; }
QWidget#counterTab QComboBox, QWidget#counterTab QSpinBox, QWidget#counterTab QFormLayout QLabel { font-size: 12pt; }
QWidget#counterTab QLabel#formLabel { font-size: 12pt; }
QPushButton#primaryButton { padding: 8px 18px; min-height: 40px; font-size: 14pt; font-weight: 600; }
"""


def setup_list_table(table: QTableView, row_padding: int) -> QHeaderView:
    """Make ``table`` a read-only list of whole rows, as the Members and
    Follow-ups lists are: single selection, no wrapping, smooth scrolling, and
    uniform row heights so a 100,000-row model is never measured row by row.

    Returns:
        The horizontal header, for the caller's column settings.
    """
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setCornerButtonEnabled(False)
    table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    vh = table.verticalHeader()
    vh.hide()
    vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # uniform rows: nothing is measured
    vh.setDefaultSectionSize(table.fontMetrics().height() + row_padding)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    return header


class DialogHost:
    """Mixin for a tab that opens its dialogs window-modal, one at a time.

    The host has ``table`` (focus returns there) and a ``dialog_opened``
    signal (tests and the window listen to it); ``active_dialog`` is the one
    showing, or None.
    """

    active_dialog = None

    def _open(self, dialog, on_finished=None) -> None:
        self.active_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def finished(_code: int) -> None:
            if self.active_dialog is dialog:
                self.active_dialog = None
            if on_finished is not None:
                on_finished(dialog)
            if isValid(self.table):  # the tab may be closing
                self.table.setFocus()

        dialog.finished.connect(finished)
        dialog.open()
        self.dialog_opened.emit(dialog)
