"""The Counter's dialogs: redeem a reward, refund a sale, adjust points.

Each dialog does its one shop action on the runner, keeps an idempotency key
for its whole life (a second click or a retry after an error cannot post
twice), shows refusals beside the field they concern, and leaves what it did
in ``outcome`` for the Counter to confirm on its status line. They are opened
with ``open()`` (window-modal, non-blocking) so the event loop — and tests —
keep running.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import counter as counter_service
from app import points as points_service
from app import rewards as rewards_service
from app import sales as sales_service
from app.errors import UserError
from app.members import MemberView
from app.textparse import parse_amount_cents, parse_points
from ui.context import AppContext
from ui.errors import report_bug
from ui.widgets import FieldRow, FormErrors, error_label, format_datetime, format_int


def _item(text: str, align_right: bool = False, enabled: bool = True) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    flags = Qt.ItemIsSelectable | Qt.ItemIsEnabled if enabled else Qt.NoItemFlags
    item.setFlags(flags)
    if align_right:
        item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
    return item


def _setup_table(table: QTableWidget, headers: list[str]) -> None:
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.setSelectionMode(QAbstractItemView.SingleSelection)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)


def _first_enabled_row(table: QTableWidget) -> int:
    for row in range(table.rowCount()):
        item = table.item(row, 0)
        if item is not None and item.flags() & Qt.ItemIsEnabled:
            return row
    return -1


class _ActionDialog(QDialog):
    """Shared plumbing: an OK button that runs one job, disabled while it runs."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.outcome = None
        self._busy = False
        self.form_error = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.Ok)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

    def _lang(self) -> str:
        return self.ctx.lang

    def _submit(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def _run(self, fn, *args, **kwargs) -> None:
        if self._busy:
            return
        self._busy = True
        self.ok_button.setEnabled(False)
        self.ctx.runner.run(fn, *args, on_done=self._done, on_error=self._failed, **kwargs)

    def _done(self, result) -> None:
        self._busy = False
        self.ok_button.setEnabled(True)
        self.outcome = result
        self._finished_ok(result)

    def _finished_ok(self, result) -> None:
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.ok_button.setEnabled(True)
        if isinstance(exc, UserError):
            self.errors.show(exc)
        else:
            self.form_error.setText(QCoreApplication.translate("_ActionDialog", "The action could not be completed; nothing was changed."))
            self.form_error.show()
            report_bug(self, exc)


class RedeemDialog(_ActionDialog):
    """Pick a reward the member can afford and exchange points for it."""

    def __init__(self, ctx: AppContext, member: MemberView, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.member = member
        self._key = sales_service.new_key()
        self.rewards: list[rewards_service.RewardView] = []
        self.setWindowTitle(self.tr("Redeem a reward"))
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        head = QLabel(
            self.tr("%1 has %2 points.").replace("%1", member.name).replace("%2", format_int(member.points_balance, ctx.lang))
        )
        head.setObjectName("dialogHeading")
        head.setWordWrap(True)
        layout.addWidget(head)
        self.table = QTableWidget(0, 3)
        _setup_table(self.table, [self.tr("Reward"), self.tr("Points"), self.tr("In stock")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.doubleClicked.connect(lambda _i: self._submit())
        self.table_row = FieldRow(self.table)
        layout.addWidget(self.table_row)
        self.empty_label = QLabel(self.tr("No rewards are offered yet."))
        self.empty_label.hide()
        layout.addWidget(self.empty_label)
        layout.addWidget(self.form_error)
        self.ok_button.setText(self.tr("Redeem"))
        self.ok_button.setEnabled(False)
        layout.addWidget(self.buttons)
        self.errors = FormErrors({"points": self.table_row, "reward": self.table_row}, self.form_error, self._lang)
        self.resize(560, 420)
        ctx.runner.run(self._load, on_done=self._on_loaded, on_error=self._failed)

    def _load(self):
        with self.ctx.shop.read() as s:
            return rewards_service.list_rewards(s)

    def _on_loaded(self, rewards) -> None:
        self.rewards = rewards
        self.table.setRowCount(len(rewards))
        for row, r in enumerate(rewards):
            affordable = r.points_cost <= self.member.points_balance
            in_stock = r.stock is None or r.stock > 0
            enabled = affordable and in_stock
            stock = self.tr("unlimited") if r.stock is None else format_int(r.stock, self.ctx.lang)
            cells = [_item(r.name, enabled=enabled), _item(format_int(r.points_cost, self.ctx.lang), True, enabled),
                     _item(stock, True, enabled)]
            why = "" if enabled else (self.tr("Out of stock") if not in_stock else self.tr("Not enough points"))
            for col, cell in enumerate(cells):
                cell.setData(Qt.UserRole, r.id)
                if why:
                    cell.setToolTip(why)
                self.table.setItem(row, col, cell)
        self.empty_label.setVisible(not rewards)
        first = _first_enabled_row(self.table)
        if first >= 0:
            self.table.selectRow(first)
        self.ok_button.setEnabled(first >= 0)
        self.table.setFocus()

    def selected_reward_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        if not item.flags() & Qt.ItemIsEnabled:
            return None
        return item.data(Qt.UserRole)

    def select_reward(self, reward_id: int) -> bool:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item.data(Qt.UserRole) == reward_id and item.flags() & Qt.ItemIsEnabled:
                self.table.selectRow(row)
                return True
        return False

    def _submit(self) -> None:
        reward_id = self.selected_reward_id()
        if reward_id is None:
            self.table_row.set_error(self.tr("Choose a reward the member can afford."))
            return
        self._run(self._redeem, reward_id)

    def _redeem(self, reward_id: int):
        with self.ctx.shop.transaction() as s:
            return rewards_service.redeem(
                s, redemption_key=self._key, member_id=self.member.id, reward_id=reward_id,
                staff_id=self.ctx.staff_id,
            )


class RefundDialog(_ActionDialog):
    """Refund all or part of a recent sale (the member's, or the shop's for a walk-in)."""

    def __init__(self, ctx: AppContext, member: MemberView | None, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.member = member
        self._key = sales_service.new_key()
        self.sales: list[counter_service.RefundableSale] = []
        self.setWindowTitle(self.tr("Refund a sale"))
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        if member is not None:
            heading = self.tr("Recent sales of %1").replace("%1", member.name)
        else:
            heading = self.tr("Recent sales at this shop")
        head = QLabel(heading)
        head.setObjectName("dialogHeading")
        layout.addWidget(head)
        headers = [self.tr("Time"), self.tr("Member"), self.tr("Amount"), self.tr("Refundable"),
                   self.tr("Points earned"), self.tr("Status")]
        self.table = QTableWidget(0, len(headers))
        _setup_table(self.table, headers)
        self.table.setColumnHidden(1, member is not None)
        self.table.itemSelectionChanged.connect(self._on_selection)
        self.sale_row = FieldRow(self.table)
        layout.addWidget(self.sale_row, 1)
        self.empty_label = QLabel(self.tr("No sales to refund."))
        self.empty_label.hide()
        layout.addWidget(self.empty_label)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.whole_radio = QRadioButton(self.tr("Everything left on the sale"))
        self.part_radio = QRadioButton(self.tr("Part of it:"))
        self.whole_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.whole_radio)
        group.addButton(self.part_radio)
        self.amount_edit = QLineEdit()
        self.amount_edit.setPlaceholderText(self.tr("amount to give back"))
        self.amount_edit.textEdited.connect(lambda _t: self.part_radio.setChecked(True))
        self.amount_row = FieldRow(self.amount_edit)
        part = QWidget()
        part_layout = QHBoxLayout(part)
        part_layout.setContentsMargins(0, 0, 0, 0)
        part_layout.addWidget(self.part_radio)
        part_layout.addWidget(self.amount_row, 1)
        what = QWidget()
        what_layout = QVBoxLayout(what)
        what_layout.setContentsMargins(0, 0, 0, 0)
        what_layout.addWidget(self.whole_radio)
        what_layout.addWidget(part)
        form.addRow(self.tr("Refund"), what)
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("optional, e.g. returned item"))
        self.reason_row = FieldRow(self.reason_edit)
        form.addRow(self.tr("Reason"), self.reason_row)
        layout.addLayout(form)

        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        self.warning_label = QLabel()
        self.warning_label.setObjectName("confirmLine")
        self.warning_label.setProperty("kind", "warn")
        self.warning_label.setWordWrap(True)
        self.warning_label.hide()
        layout.addWidget(self.warning_label)
        layout.addWidget(self.form_error)
        self.ok_button.setText(self.tr("Refund"))
        self.ok_button.setEnabled(False)
        layout.addWidget(self.buttons)
        self.errors = FormErrors(
            {"amount": self.amount_row, "reason": self.reason_row, "sale": self.sale_row}, self.form_error, self._lang
        )
        self.resize(760, 520)
        ctx.runner.run(self._load, on_done=self._on_loaded, on_error=self._failed)

    def _load(self):
        with self.ctx.shop.read() as s:
            return counter_service.refundable_sales(s, self.member.id if self.member else None)

    def _status_text(self, status: str) -> str:
        return {
            "completed": self.tr("completed"),
            "partially_refunded": self.tr("partly refunded"),
            "refunded": self.tr("refunded"),
            "voided": self.tr("voided"),
        }.get(status, status)

    def _on_loaded(self, rows) -> None:
        self.sales = rows
        lang = self.ctx.lang
        self.table.setRowCount(len(rows))
        for r, sale in enumerate(rows):
            ok = sale.can_refund
            who = sale.member_name or self.tr("walk-in")
            cells = [
                _item(format_datetime(sale.occurred_at, lang), enabled=ok),
                _item(who, enabled=ok),
                _item(self.ctx.money(sale.total_cents), True, ok),
                _item(self.ctx.money(sale.refundable_cents), True, ok),
                _item(format_int(sale.points_earned, lang), True, ok),
                _item(self._status_text(sale.status), enabled=ok),
            ]
            for c, cell in enumerate(cells):
                cell.setData(Qt.UserRole, sale.id)
                self.table.setItem(r, c, cell)
        self.empty_label.setVisible(not rows)
        first = _first_enabled_row(self.table)
        if first >= 0:
            self.table.selectRow(first)
        self.ok_button.setEnabled(first >= 0)
        self.table.setFocus()

    def selected_sale(self) -> counter_service.RefundableSale | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        if not item.flags() & Qt.ItemIsEnabled:
            return None
        sale_id = item.data(Qt.UserRole)
        return next((s for s in self.sales if s.id == sale_id), None)

    def select_sale(self, sale_id: int) -> bool:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item.data(Qt.UserRole) == sale_id and item.flags() & Qt.ItemIsEnabled:
                self.table.selectRow(row)
                return True
        return False

    def _on_selection(self) -> None:
        sale = self.selected_sale()
        if sale is None:
            self.summary_label.clear()
            return
        text = self.tr("Paid %1; %2 can still be refunded.").replace("%1", self.ctx.money(sale.paid_cents)).replace(
            "%2", self.ctx.money(sale.refundable_cents))
        if sale.points_spent:
            text += " " + self.tr("%n point(s) used on this sale come back in proportion.", "", sale.points_spent)
        self.summary_label.setText(text)

    def _submit(self) -> None:
        if self.outcome is not None:  # already refunded; the button now closes
            self.accept()
            return
        self.errors.clear()
        sale = self.selected_sale()
        if sale is None:
            self.sale_row.set_error(self.tr("Choose a sale to refund."))
            return
        amount = None
        if self.part_radio.isChecked():
            try:
                amount = parse_amount_cents(self.amount_edit.text())
            except UserError as e:
                self.errors.show(e)
                return
        # a sale paid entirely with points has no money to give back: voiding
        # it is the only way to return the points
        void = amount is None and sale.paid_cents == 0
        self._run(self._refund, sale.id, amount, void, self.reason_edit.text())

    def _refund(self, sale_id: int, amount: int | None, void: bool, reason: str):
        with self.ctx.shop.transaction() as s:
            return sales_service.refund_sale(
                s, sale_id=sale_id, refund_key=self._key, amount_cents=amount, void=void,
                staff_id=self.ctx.staff_id, reason=reason,
            )

    def _finished_ok(self, result: sales_service.RefundResult) -> None:
        if result.shortfall_points <= 0:
            self.accept()
            return
        # Stay open: the cashier must see that some points could not be taken back.
        self.warning_label.setText(self.shortfall_text(result))
        self.warning_label.show()
        self.table.setEnabled(False)
        self.whole_radio.setEnabled(False)
        self.part_radio.setEnabled(False)
        self.amount_edit.setEnabled(False)
        self.reason_edit.setEnabled(False)
        self.buttons.button(QDialogButtonBox.Cancel).hide()
        self.ok_button.setText(self.tr("Close"))
        self.ok_button.setFocus()

    def shortfall_text(self, result: sales_service.RefundResult) -> str:
        return self.tr(
            "Refunded %1. %n point(s) earned on this sale could not be taken back because the member "
            "had already spent them; the balance is now %2. The shortfall is recorded.",
            "",
            result.shortfall_points,
        ).replace("%1", self.ctx.money(result.amount_cents)).replace(
            "%2", format_int(result.balance_after or 0, self.ctx.lang))


class AdjustPointsDialog(_ActionDialog):
    """Add or take away points by hand; a reason is required (it is in the ledger)."""

    def __init__(self, ctx: AppContext, member: MemberView, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.member = member
        self.setWindowTitle(self.tr("Adjust points"))
        layout = QVBoxLayout(self)
        head = QLabel(
            self.tr("%1 has %2 points.").replace("%1", member.name).replace("%2", format_int(member.points_balance, ctx.lang))
        )
        head.setWordWrap(True)
        layout.addWidget(head)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.points_edit = QLineEdit()
        self.points_edit.setPlaceholderText(self.tr("e.g. 50 to add, -20 to take away"))
        self.points_row = FieldRow(self.points_edit)
        form.addRow(self.tr("Points"), self.points_row)
        self.reason_combo = QComboBox()
        self.reason_combo.setEditable(True)
        self.reason_combo.addItems(["", self.tr("Goodwill gesture"), self.tr("Correction of a mistake"),
                                    self.tr("Birthday gift"), self.tr("Points carried over from a paper card")])
        self.reason_combo.setCurrentIndex(0)
        self.reason_combo.lineEdit().setPlaceholderText(self.tr("required"))
        self.reason_row = FieldRow(self.reason_combo)
        form.addRow(self.tr("Reason"), self.reason_row)
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        self.ok_button.setText(self.tr("Adjust"))
        layout.addWidget(self.buttons)
        self.errors = FormErrors({"points": self.points_row, "reason": self.reason_row}, self.form_error, self._lang)
        self.resize(480, 240)
        self.points_edit.setFocus()

    def _submit(self) -> None:
        self.errors.clear()
        try:
            pts = parse_points(self.points_edit.text(), field="points", allow_negative=True)
        except UserError as e:
            self.errors.show(e)
            return
        reason = self.reason_combo.currentText().strip()
        if not reason:
            self.errors.show(UserError("reason_required", field="reason"))
            return
        self._run(self._adjust, pts, reason)

    def _adjust(self, pts: int, reason: str):
        with self.ctx.shop.transaction() as s:
            return points_service.adjust(s, member_id=self.member.id, points=pts, reason=reason,
                                         staff_id=self.ctx.staff_id)
