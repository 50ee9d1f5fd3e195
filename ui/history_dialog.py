"""A member's history: purchases, the points ledger with its running balance,
and rewards redeemed.

Read in one snapshot on the worker thread, so the three tabs agree with each
other and with the balance in the header.
"""
from __future__ import annotations

import datetime as dt
import traceback
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from shiboken6 import isValid
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import members, points, rewards, sales
from app import settings as shop_settings
from app.errors import UserError
from app.members import MemberView
from ui.widgets import format_money, ui_locale

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_GREEN = QColor(13, 101, 45)
_RED = QColor(179, 38, 30)


@dataclass(frozen=True)
class History:
    member: MemberView
    sales: list[sales.SaleRow]
    ledger: list[points.LedgerRow]
    redemptions: list[rewards.RedemptionRow]
    currency: str


def load_history(shop, member_id: int) -> History:
    with shop.read() as s:
        return History(
            members.get_view(s, member_id),
            sales.member_sales(s, member_id),
            points.ledger(s, member_id),
            rewards.member_redemptions(s, member_id, limit=500),
            shop_settings.get(s, "currency"),
        )


class HistoryDialog(QDialog):
    """Purchases, points ledger and redemptions of one member.

    Signals:
        loaded(): the tables are filled.
    """

    loaded = Signal()

    def __init__(self, ctx, member_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.member_id = member_id
        self.history: History | None = None
        self._locale = ui_locale(ctx.lang)
        self.setWindowTitle(self.tr("Member history"))
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(em * 100, em * 46)

        self.name_label = QLabel(self)
        self.name_label.setObjectName("historyName")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name_label.setFont(font)
        self.details_label = QLabel(self)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.balance_label = QLabel(self)
        self.balance_label.setObjectName("historyBalance")
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.8)
        big.setBold(True)
        self.balance_label.setFont(big)
        self.balance_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.balance_caption = QLabel(self.tr("points"), self)
        self.balance_caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)

        head = QGridLayout()
        head.addWidget(self.name_label, 0, 0)
        head.addWidget(self.details_label, 1, 0)
        head.addWidget(self.balance_label, 0, 1)
        head.addWidget(self.balance_caption, 1, 1)
        head.setColumnStretch(0, 1)

        # (title, numeric: right-aligned like its cells)
        self.purchases = self._table([
            (self.tr("Date"), False), (self.tr("Amount"), True), (self.tr("Discount"), True),
            (self.tr("Refunded"), True), (self.tr("Points +"), True), (self.tr("Points −"), True),
            (self.tr("Category"), False), (self.tr("Payment"), False), (self.tr("Status"), False),
        ])
        self.ledger = self._table([
            (self.tr("Date"), False), (self.tr("What"), False), (self.tr("Points"), True),
            (self.tr("Balance"), True), (self.tr("Reason"), False), (self.tr("Shortfall"), False),
        ])
        self.redemptions = self._table([
            (self.tr("Date"), False), (self.tr("Reward"), False), (self.tr("Points"), True), (self.tr("Status"), False),
        ])
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.purchases, self.tr("Purchases"))
        self.tabs.addTab(self.ledger, self.tr("Points ledger"))
        self.tabs.addTab(self.redemptions, self.tr("Rewards"))

        self.status_label = QLabel(self.tr("Loading…"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(buttons)

        ctx.runner.run(load_history, ctx.shop, member_id, on_done=self._on_loaded, on_error=self._on_error)

    def _table(self, headers: list[tuple[str, bool]]) -> QTableWidget:
        t = QTableWidget(0, len(headers), self)
        for j, (title, numeric) in enumerate(headers):
            item = QTableWidgetItem(title)
            item.setTextAlignment(_RIGHT if numeric else _LEFT)
            t.setHorizontalHeaderItem(j, item)
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.setAlternatingRowColors(True)
        t.setWordWrap(False)
        t.verticalHeader().hide()
        t.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        t.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        t.horizontalHeader().setHighlightSections(False)
        return t

    # --- formatting --------------------------------------------------------------------

    def money(self, cents: int) -> str:
        return format_money(cents, self.history.currency if self.history else "TWD", self.ctx.lang)

    def signed(self, n: int) -> str:
        if n > 0:
            return "+" + self._locale.toString(n)
        if n < 0:
            return "−" + self._locale.toString(-n)
        return "0"

    def kind_text(self, kind: str) -> str:
        return {
            "opening": self.tr("Opening balance"),
            "earn": self.tr("Earned on a purchase"),
            "spend": self.tr("Spent as a discount"),
            "take_back": self.tr("Taken back (refund)"),
            "return": self.tr("Given back (refund)"),
            "redeem": self.tr("Reward"),
            "redeem_undo": self.tr("Reward undone"),
            "adjust": self.tr("Adjustment"),
            "expire": self.tr("Expired"),  # app/programs: expiry, referrals, check-in
            "referral": self.tr("Referral bonus"),
            "checkin": self.tr("Daily check-in"),
            "merge_in": self.tr("Moved from a merged card"),  # app/merge.py
            "merge_out": self.tr("Moved to the kept card"),
        }.get(kind, kind)

    def status_text(self, status: str) -> str:
        return {
            "completed": self.tr("Completed"),
            "partially_refunded": self.tr("Partly refunded"),
            "refunded": self.tr("Refunded"),
            "voided": self.tr("Voided"),
            "done": self.tr("Done"),
            "undone": self.tr("Undone"),
        }.get(status, status)

    def payment_text(self, method: str) -> str:
        return {
            "cash": self.tr("Cash"),
            "card": self.tr("Card"),
            "mobile": self.tr("Mobile"),
            "transfer": self.tr("Transfer"),
            "other": self.tr("Other"),
        }.get(method, method)

    @staticmethod
    def _when(value: dt.datetime) -> str:
        return value.strftime("%Y-%m-%d %H:%M")

    # --- filling ------------------------------------------------------------------------

    def _on_loaded(self, h: History) -> None:
        if not isValid(self):  # closed before the worker answered
            return
        self.history = h
        m = h.member
        self.name_label.setText(m.name)
        last = m.last_purchase_at.strftime("%Y-%m-%d") if m.last_purchase_at else "—"
        self.details_label.setText(
            self.tr("Card %1 · %2 · joined %3 · last visit %4")
            .replace("%1", m.member_no).replace("%2", m.phone)
            .replace("%3", m.joined_on.isoformat()).replace("%4", last)
        )
        self.balance_label.setText(self._locale.toString(m.points_balance))
        self.setWindowTitle(self.tr("History: %1").replace("%1", m.name))

        self._fill(self.purchases, [
            [
                (self._when(r.occurred_at), _LEFT, None),
                (self.money(r.total_cents), _RIGHT, None),
                (self.money(r.discount_cents) if r.discount_cents else "", _RIGHT, None),
                (self.money(r.refunded_cents) if r.refunded_cents else "", _RIGHT, _RED),
                (self.signed(r.points_earned) if r.points_earned else "", _RIGHT, _GREEN),
                (self.signed(-r.points_spent) if r.points_spent else "", _RIGHT, _RED),
                (r.category or "", _LEFT, None),
                (self.payment_text(r.payment_method), _LEFT, None),
                (self.status_text(r.status), _LEFT, _RED if r.status != "completed" else None),
            ]
            for r in h.sales
        ])
        self._fill(self.ledger, [
            [
                (self._when(e.occurred_at), _LEFT, None),
                (self.kind_text(e.kind), _LEFT, None),
                (self.signed(e.points), _RIGHT, _GREEN if e.points > 0 else _RED if e.points < 0 else None),
                (self._locale.toString(e.balance_after), _RIGHT, None),
                (e.reason, _LEFT, None),
                (self.tr("%1 points could not be taken back").replace("%1", self._locale.toString(e.shortfall))
                 if e.shortfall else "", _LEFT, _RED),
            ]
            for e in h.ledger
        ])
        self._fill(self.redemptions, [
            [
                (self._when(r.occurred_at), _LEFT, None),
                (r.reward_name, _LEFT, None),
                (self.signed(-r.points), _RIGHT, _RED),
                (self.status_text(r.status), _LEFT, None),
            ]
            for r in h.redemptions
        ])
        self.tabs.setTabText(0, self.tr("Purchases (%1)").replace("%1", self._locale.toString(len(h.sales))))
        self.tabs.setTabText(1, self.tr("Points ledger (%1)").replace("%1", self._locale.toString(len(h.ledger))))
        self.tabs.setTabText(2, self.tr("Rewards (%1)").replace("%1", self._locale.toString(len(h.redemptions))))
        if len(h.sales) >= 500:
            self.status_label.setText(self.tr("Showing the latest 500 purchases."))
        else:
            self.status_label.hide()
        self.loaded.emit()

    def _fill(self, table: QTableWidget, rows: list[list[tuple[str, Qt.AlignmentFlag, QColor | None]]]) -> None:
        table.setRowCount(len(rows))
        for i, cells in enumerate(rows):
            for j, (text, align, color) in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(align)
                if color is not None:
                    item.setForeground(QBrush(color))
                table.setItem(i, j, item)
        header = table.horizontalHeader()
        table.resizeColumnsToContents()  # at most a few hundred rows
        for j in range(table.columnCount()):
            header.resizeSection(j, header.sectionSize(j) + 16)
        header.setStretchLastSection(True)
        table.setCurrentCell(-1, -1)  # no focus frame on the first cell

    def _on_error(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        if isinstance(exc, UserError):
            self.status_label.setText(exc.message(self.ctx.lang))
        else:
            self.status_label.setText(self.tr("The history could not be loaded."))
            self.ctx.runner.unhandled.emit(exc, "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
        self.status_label.setStyleSheet("color: #b3261e;")
        self.status_label.show()

    def cell(self, tab: str, row: int, column: int) -> str:
        """Text in one of the tables (``purchases``, ``ledger``, ``redemptions``)."""
        item = getattr(self, tab).item(row, column)
        return item.text() if item else ""
