"""Stored value and session packages at the Counter.

:class:`WalletPanel` sits under the member panel: the member's stored value
(paid + bonus) and open packages, each with its sessions left, expiry and a
button to use one. F9 tops up, F10 sells a package, F11 uses a session (the
only open package at once, else a menu naming each). :class:`WalletPayRow`
is the sale form's "pay from stored value" line. The dialogs follow
ui/counter_dialogs.py: one key per dialog, so a second click or a retry never
posts twice; refusals show beside their field.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app import sales as sales_service
from app.errors import UserError
from app.members import MemberView
from app.programs import packages as package_service
from app.programs import wallet as wallet_service
from app.textparse import parse_amount_cents
from ui.context import AppContext
from ui.counter_dialogs import _ActionDialog, _first_enabled_row, _item, _setup_table
from ui.errors import report_bug
from ui.widgets import FieldRow, FormErrors, format_datetime

PAYMENT_NAMES = {
    "cash": lambda: QCoreApplication.translate("Payment", "Cash"),
    "card": lambda: QCoreApplication.translate("Payment", "Card"),
    "mobile": lambda: QCoreApplication.translate("Payment", "Mobile pay"),
    "transfer": lambda: QCoreApplication.translate("Payment", "Bank transfer"),
    "other": lambda: QCoreApplication.translate("Payment", "Other"),
}


def _payment_combo() -> QComboBox:
    combo = QComboBox()
    for code in sales_service.PAYMENT_METHODS:
        combo.addItem(PAYMENT_NAMES[code](), code)
    return combo


def load_programs(shop, member_id: int, today: dt.date | None = None):
    """(WalletView, [PackageView]) of a member, read in one snapshot (worker thread)."""
    with shop.read() as s:
        return (wallet_service.get_wallet(s, member_id),
                package_service.member_packages(s, member_id, today=today or dt.date.today()))


def units_text(ctx: AppContext, view: wallet_service.WalletView, units: int) -> str:
    if view.unit.kind == "money":
        return ctx.money(units)
    return view.unit.format(units, ctx.lang)


class WalletPayRow(QWidget):
    """The sale form's line: [x] pay from stored value [amount] (of the balance).

    Signals:
        usable_changed(bool): the member has stored value to pay with (the
            Counter shows the line only then: a short screen needs the room).
    """

    usable_changed = Signal(bool)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.view: wallet_service.WalletView | None = None
        self.due: int | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.check = QCheckBox(self.tr("From stored value"))
        self.check.setObjectName("walletCheck")
        self.edit = QLineEdit()
        self.edit.setObjectName("walletEdit")
        self.edit.setMaximumWidth(160)
        self.row = FieldRow(self.edit)
        self.info = QLabel()
        self.info.setObjectName("walletInfo")
        layout.addWidget(self.check)
        layout.addWidget(self.row)
        layout.addWidget(self.info, 1)
        self.label = QLabel(self.tr("Stored &value"))
        self.label.setObjectName("formLabel")
        self.label.setBuddy(self.check)
        self.check.toggled.connect(self._on_toggled)
        self.edit.textEdited.connect(lambda t: self.check.setChecked(bool(t.strip())) if t.strip() else None)
        self.set_wallet(None)

    @property
    def balance_cents(self) -> int:
        return self.view.total_cents if self.view is not None else 0

    def set_wallet(self, view: wallet_service.WalletView | None) -> None:
        """The member's wallet (None: a walk-in, or no stored value)."""
        self.view = view
        usable = view is not None and view.total_units > 0
        for w in (self.check, self.edit, self.label):
            w.setEnabled(usable)
        self.usable_changed.emit(usable)
        if not usable:
            self.clear()
            self.info.setText(self.tr("no stored value") if view is not None else "")
        else:
            self.edit.setPlaceholderText(self.tr("up to %1").replace("%1", self.ctx.money(view.total_cents)))
            self._show_info()

    def set_due(self, cents: int | None) -> None:
        """What the sale asks to be paid now (after coupon and points)."""
        self.due = cents
        if self.check.isChecked() and not self.edit.isModified():
            self._fill()
        self._show_info()

    def _most(self) -> int:
        most = min(self.balance_cents, self.due if self.due is not None else self.balance_cents)
        if self.view is not None and self.view.unit.kind == "credits":
            most -= most % self.view.unit.price_cents  # whole credits only
        return max(0, most)

    def _fill(self) -> None:
        most = self._most()
        self.edit.setText(f"{most / 100:.2f}" if most else "")
        self.edit.setModified(False)

    def _on_toggled(self, on: bool) -> None:
        self.row.clear_error()
        if on:
            if not self.edit.text().strip():
                self._fill()
        else:
            self.edit.clear()
        self._show_info()

    def _show_info(self) -> None:
        if self.view is None or self.view.total_units <= 0:
            return
        text = self.tr("balance %1").replace("%1", units_text(self.ctx, self.view, self.view.total_units))
        try:
            part = self.cents()
        except UserError:
            part = 0
        if part and self.due is not None and self.due > part:
            text += "  ·  " + self.tr("the other %1 by the payment method").replace("%1", self.ctx.money(self.due - part))
        self.info.setText(text)

    def earn_base(self, to_pay: int) -> int:
        """What the sale earns points on: all it pays, unless the shop earns
        points on top-ups instead (then not the part paid from stored value)."""
        if (self.ctx.settings or {}).get("wallet_points_on") != "topup":
            return to_pay
        try:
            return max(0, to_pay - self.cents())
        except UserError:
            return to_pay

    def cents(self) -> int:
        """The part to pay from stored value (0 when not ticked)."""
        if not self.check.isChecked() or not self.check.isEnabled():
            return 0
        text = self.edit.text().strip()
        if not text:
            return 0
        return parse_amount_cents(text, field="wallet")

    def clear(self) -> None:
        self.check.setChecked(False)
        self.edit.clear()
        self.row.clear_error()


class WalletPanel(QFrame):
    """Stored value and packages of the member at the counter (see the module docstring).

    Signals:
        changed(): the panel shows freshly loaded figures.
    """

    changed = Signal()

    def __init__(self, ctx: AppContext, counter, parent: QWidget | None = None):
        super().__init__(parent or counter)
        self.ctx = ctx
        self.counter = counter
        self.member: MemberView | None = None
        self.wallet: wallet_service.WalletView | None = None
        self.packages: list[package_service.PackageView] = []
        self._seq = 0
        self._use_keys: dict[int, str] = {}
        self._busy: set[int] = set()
        self.setObjectName("programsPanel")
        self.setStyleSheet(
            "#programsPanel { background: #f6f3fb; border: 1px solid #d8cfe8; border-radius: 6px; }"
            "#walletLine { font-size: 15px; } #walletAmount { font-size: 20px; font-weight: 600; color: #4a2d7a; }"
        )
        outer = QVBoxLayout(self)
        outer.setContentsMargins(14, 8, 14, 8)
        outer.setSpacing(6)
        top = QHBoxLayout()
        top.setSpacing(10)
        self.wallet_caption = QLabel(self.tr("Stored value"))
        self.wallet_caption.setObjectName("walletLine")
        self.wallet_amount = QLabel()
        self.wallet_amount.setObjectName("walletAmount")
        self.wallet_split = QLabel()
        self.wallet_split.setObjectName("walletSplit")
        self.topup_button = QPushButton(self.tr("Top up  F9"))
        self.sell_button = QPushButton(self.tr("Sell package  F10"))
        self.more_button = QPushButton(self.tr("More…"))
        self.more_menu = QMenu(self.more_button)
        self.refund_action = self.more_menu.addAction(self.tr("Refund a top-up or a package's unused sessions…"))
        self.adjust_action = self.more_menu.addAction(self.tr("Adjust stored value…"))
        self.history_action = self.more_menu.addAction(self.tr("Stored value and package history…"))
        self.more_button.setMenu(self.more_menu)
        for b in (self.topup_button, self.sell_button, self.more_button):
            b.setObjectName("actionButton")
            b.setFocusPolicy(Qt.NoFocus)
        top.addWidget(self.wallet_caption)
        top.addWidget(self.wallet_amount)
        top.addStretch(1)
        top.addWidget(self.topup_button)
        top.addWidget(self.sell_button)
        top.addWidget(self.more_button)
        outer.addLayout(top)
        # paid and bonus on a line of their own: beside the buttons they made
        # the column wider than a 1366-pixel screen leaves it
        self.wallet_split.setVisible(False)
        outer.addWidget(self.wallet_split)
        self.package_grid = QGridLayout()
        self.package_grid.setHorizontalSpacing(14)
        self.package_grid.setVerticalSpacing(2)
        outer.addLayout(self.package_grid)
        self.pay_row = WalletPayRow(ctx, counter)
        self.pay_row.edit.returnPressed.connect(counter.record_sale)
        # the points preview depends on the wallet part when points come with top-ups
        self.pay_row.check.toggled.connect(lambda _on: counter._update_preview())
        self.pay_row.edit.textEdited.connect(lambda _t: counter._update_preview())
        self.topup_button.clicked.connect(self.open_topup)
        self.sell_button.clicked.connect(self.open_sell)
        self.refund_action.triggered.connect(self.open_refund)
        self.adjust_action.triggered.connect(self.open_adjust)
        self.history_action.triggered.connect(self.open_history)
        for key, slot in ((Qt.Key_F9, self.open_topup), (Qt.Key_F10, self.open_sell), (Qt.Key_F11, self.use_any)):
            sc = QShortcut(QKeySequence(key), counter)
            sc.setContext(Qt.WindowShortcut)
            sc.activated.connect(slot)
        ctx.member_changed.connect(self._on_member_changed)
        self.set_member(None)

    # ----------------------------------------------------------- loading
    def set_member(self, member: MemberView | None) -> None:
        self.member = member
        self._seq += 1
        self.setVisible(member is not None)
        self.topup_button.setEnabled(member is not None)
        self.sell_button.setEnabled(member is not None)
        self.more_button.setEnabled(member is not None)
        if member is None:
            self.wallet, self.packages = None, []
            self.pay_row.set_wallet(None)
            self._show()
            return
        self.reload()

    def reload(self) -> None:
        if self.member is None:
            return
        seq, member_id = self._seq, self.member.id
        self.ctx.runner.run(load_programs, self.ctx.shop, member_id,
                            on_done=lambda r: self._on_loaded(seq, member_id, r), on_error=self._on_error)

    def _on_member_changed(self, member_id: int) -> None:
        if self.member is not None and self.member.id == member_id:
            self.reload()

    def _on_loaded(self, seq: int, member_id: int, result) -> None:
        if seq != self._seq or self.member is None or self.member.id != member_id:
            return
        self.wallet, self.packages = result
        self.pay_row.set_wallet(self.wallet)
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        w = self.wallet
        if w is None:
            self.wallet_amount.setText("")
            self.wallet_split.setText("")
        else:
            self.wallet_amount.setText(units_text(self.ctx, w, w.total_units))
            self.wallet_split.setText(
                self.tr("(paid %1 + bonus %2)").replace("%1", units_text(self.ctx, w, w.paid_units))
                .replace("%2", units_text(self.ctx, w, w.bonus_units)) if w.bonus_units else "")
        self.wallet_split.setVisible(bool(self.wallet_split.text()))
        while self.package_grid.count():
            item = self.package_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        if not self.packages and self.member is not None:
            none = QLabel(self.tr("No packages"))
            none.setObjectName("noPackages")
            self.package_grid.addWidget(none, 0, 0)
        for row, p in enumerate(self.packages):
            name = QLabel(p.name)
            name.setObjectName("packageName")
            left = QLabel(self.tr("%1 of %2 left").replace("%1", str(p.remaining)).replace("%2", str(p.sessions)))
            expiry = QLabel(self.tr("until %1").replace("%1", p.expires_on.isoformat()) if p.expires_on
                            else self.tr("no expiry"))
            use = QPushButton(self.tr("Use 1"))
            use.setObjectName("useSession")
            use.setFocusPolicy(Qt.NoFocus)
            use.setToolTip(self.tr("Use one session of %1 (F11)").replace("%1", p.name))
            use.setProperty("package_id", p.id)
            use.setEnabled(p.id not in self._busy)
            use.clicked.connect(lambda _c=False, pid=p.id: self.use(pid))
            for col, widget in enumerate((name, left, expiry, use)):
                self.package_grid.addWidget(widget, row, col)
        self.package_grid.setColumnStretch(0, 1)

    def use_buttons(self) -> list[QPushButton]:
        out = []
        for i in range(self.package_grid.count()):
            w = self.package_grid.itemAt(i).widget()
            if isinstance(w, QPushButton) and w.property("package_id") is not None:
                out.append(w)
        return out

    # ----------------------------------------------------------- using a session
    def use_any(self) -> None:
        """F11: use the only open package, or choose one from a menu."""
        if not self.counter._need_member() or not self.isVisible():
            return
        if not self.packages:
            self.counter.show_confirmation(self.tr("%1 has no package with sessions left.")
                                           .replace("%1", self.member.name), "warn")
            return
        if len(self.packages) == 1:
            self.use(self.packages[0].id)
            return
        menu = QMenu(self)
        for p in self.packages:
            act = menu.addAction(self.tr("%1 (%2 left)").replace("%1", p.name).replace("%2", str(p.remaining)))
            act.triggered.connect(lambda _c=False, pid=p.id: self.use(pid))
        self.menu = menu
        menu.popup(self.mapToGlobal(self.rect().bottomLeft()))

    def use(self, package_id: int) -> None:
        """Use one session of ``package_id`` (one key until it is saved)."""
        if package_id in self._busy:
            return
        key = self._use_keys.setdefault(package_id, sales_service.new_key())
        self._busy.add(package_id)
        self._show()
        staff_id = self.ctx.staff_id

        def work():
            with self.ctx.shop.transaction() as s:
                return package_service.use_session(s, package_id=package_id, use_key=key, staff_id=staff_id)

        self.ctx.runner.run(work, on_done=lambda r: self._on_used(package_id, r),
                            on_error=lambda e: self._on_use_failed(package_id, e))

    def _on_used(self, package_id: int, r: package_service.UseResult) -> None:
        self._busy.discard(package_id)
        self._use_keys.pop(package_id, None)
        text = self.tr("Used 1 session of %1: %2 left").replace("%1", r.name).replace("%2", str(r.remaining))
        if r.expires_on is not None:
            text += self.tr(" (until %1)").replace("%1", r.expires_on.isoformat())
        self.counter.show_confirmation(text, "ok")
        self.ctx.member_changed.emit(r.member_id)
        self.reload()

    def _on_use_failed(self, package_id: int, exc: BaseException) -> None:
        self._busy.discard(package_id)
        self._show()
        if isinstance(exc, UserError):
            self._use_keys.pop(package_id, None)  # refused: nothing was saved
            self.counter.show_confirmation(exc.message(self.ctx.lang), "error")
            self.reload()
        else:
            self._on_error(exc)

    # ----------------------------------------------------------- dialogs
    def open_topup(self) -> None:
        if not self.counter._need_member():
            return
        dialog = TopUpDialog(self.ctx, self.member, self.wallet, self.counter)
        self.counter._open_dialog(dialog, self._after_topup)

    def _after_topup(self, dialog: "TopUpDialog") -> None:
        r = dialog.outcome
        if r is None:
            return
        view = dialog.wallet
        text = self.tr("Topped up %1").replace("%1", self.ctx.money(r.amount_cents))
        if r.bonus_units:
            text += self.tr(", bonus %1").replace("%1", dialog.units(r.bonus_units))
        text += self.tr(", stored value %1").replace("%1", dialog.units(r.balance_units))
        self.counter.show_confirmation(text, "ok")
        self.ctx.member_changed.emit(r.member_id)
        devices = getattr(self.counter, "devices", None)
        if devices is not None and not r.duplicate:
            money = view is None or view.unit.kind == "money"
            devices.print_topup(
                member_id=r.member_id, amount_cents=r.amount_cents, balance_cents=r.balance_units,
                occurred_at=r.occurred_at, ref=f"T{r.topup_id}", bonus_cents=r.bonus_units,
                payment_method=r.payment_method,
                balance_text="" if money else dialog.units(r.balance_units),
                bonus_text="" if money else dialog.units(r.bonus_units),
            )

    def open_sell(self) -> None:
        if not self.counter._need_member():
            return
        dialog = SellPackageDialog(self.ctx, self.member, self.wallet, self.counter)
        self.counter._open_dialog(dialog, self._after_sell)

    def _after_sell(self, dialog: "SellPackageDialog") -> None:
        r = dialog.outcome
        if r is None:
            return
        p = r.package
        text = self.tr("Sold %1: %2 sessions").replace("%1", p.name).replace("%2", str(p.sessions))
        if p.expires_on is not None:
            text += self.tr(" (until %1)").replace("%1", p.expires_on.isoformat())
        self.counter.show_confirmation(text, "ok")
        self.ctx.member_changed.emit(p.member_id)
        self.counter.reload_recent()
        devices = getattr(self.counter, "devices", None)
        if devices is not None and not r.duplicate:
            devices.print_receipt_for_sale(r.sale)

    def open_refund(self) -> None:
        if not self.counter._need_member():
            return
        dialog = WalletRefundDialog(self.ctx, self.member, self.counter)
        self.counter._open_dialog(dialog, self._after_refund)

    def _after_refund(self, dialog: "WalletRefundDialog") -> None:
        r = dialog.outcome
        if r is None:
            return
        if isinstance(r, wallet_service.TopUpRefundResult):
            text = self.tr("Top-up refunded: %1 back by its payment method").replace(
                "%1", self.ctx.money(r.refunded_cents))
            if r.forfeited_units:
                text += self.tr(", bonus %1 forfeited").replace("%1", dialog.units(r.forfeited_units))
            member_id = r.member_id
        else:
            text = self.tr("Package refunded: %1 unused session(s), %2").replace(
                "%1", str(r.sessions_refunded)).replace("%2", self.ctx.money(r.amount_cents))
            if r.refund is not None and r.refund.wallet_cents:
                text += self.tr(" (%1 back to stored value)").replace("%1", self.ctx.money(r.refund.wallet_cents))
            member_id = self.member.id if self.member is not None else None
            devices = getattr(self.counter, "devices", None)
            if devices is not None and r.refund is not None and not r.duplicate:
                devices.print_receipt_for_refund(r.refund)
            self.counter.reload_recent()
        self.counter.show_confirmation(text, "ok")
        if member_id is not None:
            self.ctx.member_changed.emit(member_id)

    def open_adjust(self) -> None:
        if not self.counter._need_member():
            return
        dialog = WalletAdjustDialog(self.ctx, self.member, self.wallet, self.counter)
        self.counter._open_dialog(dialog, self._after_adjust)

    def _after_adjust(self, dialog: "WalletAdjustDialog") -> None:
        row = dialog.outcome
        if row is None:
            return
        self.counter.show_confirmation(
            self.tr("Stored value adjusted: %1, balance %2").replace(
                "%1", dialog.units(row.paid_units + row.bonus_units, sign=True)).replace(
                "%2", dialog.units(row.paid_after + row.bonus_after)), "ok")
        self.ctx.member_changed.emit(dialog.member.id)

    def open_history(self) -> None:
        if not self.counter._need_member():
            return
        self.counter._open_dialog(WalletHistoryDialog(self.ctx, self.member, self.counter), lambda _d: None)

    def _on_error(self, exc: BaseException) -> None:
        if isinstance(exc, UserError):
            self.counter.show_confirmation(exc.message(self.ctx.lang), "error")
        else:
            report_bug(self, exc)


class WalletAdjustDialog(_ActionDialog):
    """Correct a wallet by hand (owner or manager; the service refuses others).
    A reason is required; it is kept in the ledger beside who did it."""

    def __init__(self, ctx: AppContext, member: MemberView, wallet: wallet_service.WalletView | None,
                 parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.member = member
        self.wallet = wallet
        self.setWindowTitle(self.tr("Adjust stored value"))
        layout = QVBoxLayout(self)
        balance = units_text(ctx, wallet, wallet.total_units) if wallet is not None else ctx.money(0)
        head = QLabel(self.tr("%1 has %2 of stored value.").replace("%1", member.name).replace("%2", balance))
        head.setWordWrap(True)
        layout.addWidget(head)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.part_combo = QComboBox()
        self.part_combo.addItem(self.tr("Paid money"), "paid")
        self.part_combo.addItem(self.tr("Bonus"), "bonus")
        form.addRow(self.tr("Part"), self.part_combo)
        self.amount_edit = QLineEdit()
        self.amount_edit.setPlaceholderText(self.tr("e.g. 100 to add, -50 to take away"))
        self.amount_row = FieldRow(self.amount_edit)
        form.addRow(self.tr("Amount"), self.amount_row)
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("required"))
        self.reason_row = FieldRow(self.reason_edit)
        form.addRow(self.tr("Reason"), self.reason_row)
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        self.ok_button.setText(self.tr("Adjust"))
        layout.addWidget(self.buttons)
        self.errors = FormErrors({"amount": self.amount_row, "reason": self.reason_row}, self.form_error,
                                 self._lang)
        self.resize(460, 240)
        self.amount_edit.setFocus()

    def units(self, n: int, sign: bool = False) -> str:
        text = units_text(self.ctx, self.wallet, n) if self.wallet is not None else self.ctx.money(n)
        return ("+" + text) if sign and n > 0 else text

    def _parse(self) -> int:
        text = self.amount_edit.text().strip().replace("−", "-")
        negative = text.startswith("-")
        text = text.lstrip("+-").strip()
        if self.wallet is not None and self.wallet.unit.kind == "credits":
            from app.textparse import parse_points

            n = parse_points(text, field="amount")
        else:
            n = parse_amount_cents(text, field="amount")
        return -n if negative else n

    def _submit(self) -> None:
        if self.outcome is not None:
            self.accept()
            return
        self.errors.clear()
        try:
            n = self._parse()
        except UserError as e:
            self.errors.show(e)
            return
        if not self.reason_edit.text().strip():
            self.errors.show(UserError("reason_required", field="reason"))
            return
        part = self.part_combo.currentData()
        self._run(self._adjust, n if part == "paid" else 0, n if part == "bonus" else 0, self.reason_edit.text())

    def _adjust(self, paid: int, bonus: int, reason: str):
        with self.ctx.shop.transaction() as s:
            return wallet_service.adjust(s, member_id=self.member.id, paid_units=paid, bonus_units=bonus,
                                         reason=reason, staff_id=self.ctx.staff_id)


class WalletHistoryDialog(QDialog):
    """The member's stored-value ledger (with the running balances) and packages."""

    KIND_NAMES = {
        "topup": QT_TRANSLATE_NOOP("WalletHistoryDialog", "Top-up"),
        "bonus": QT_TRANSLATE_NOOP("WalletHistoryDialog", "Bonus"),
        "pay": QT_TRANSLATE_NOOP("WalletHistoryDialog", "Paid a sale"),
        "return": QT_TRANSLATE_NOOP("WalletHistoryDialog", "Refund of a sale"),
        "topup_refund": QT_TRANSLATE_NOOP("WalletHistoryDialog", "Top-up refunded"),
        "forfeit": QT_TRANSLATE_NOOP("WalletHistoryDialog", "Bonus forfeited"),
        "adjust": QT_TRANSLATE_NOOP("WalletHistoryDialog", "Adjustment"),
    }

    def __init__(self, ctx: AppContext, member: MemberView, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.member = member
        self.setWindowTitle(self.tr("Stored value and packages of %1").replace("%1", member.name))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Stored value")))
        self.ledger = QTableWidget(0, 6)
        _setup_table(self.ledger, [self.tr("Time"), self.tr("What"), self.tr("Paid"), self.tr("Bonus"),
                                   self.tr("Balance"), self.tr("Reason")])
        layout.addWidget(self.ledger, 2)
        layout.addWidget(QLabel(self.tr("Packages")))
        self.packages = QTableWidget(0, 4)
        _setup_table(self.packages, [self.tr("Package"), self.tr("Left"), self.tr("Until"), self.tr("Status")])
        layout.addWidget(self.packages, 1)
        close = QDialogButtonBox(QDialogButtonBox.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.resize(760, 520)
        ctx.runner.run(self._load, on_done=self._on_loaded, on_error=lambda e: report_bug(self, e))

    def _load(self):
        with self.ctx.shop.read() as s:
            return (wallet_service.get_wallet(s, self.member.id), wallet_service.ledger(s, self.member.id),
                    package_service.member_packages(s, self.member.id, open_only=False))

    def _on_loaded(self, result) -> None:
        view, rows, pkgs = result
        lang = self.ctx.lang
        self.ledger.setRowCount(len(rows))
        for r, e in enumerate(rows):
            cells = [format_datetime(e.occurred_at, lang),
                     QCoreApplication.translate("WalletHistoryDialog", self.KIND_NAMES.get(e.kind, e.kind)),
                     units_text(self.ctx, view, e.paid_units) if e.paid_units else "",
                     units_text(self.ctx, view, e.bonus_units) if e.bonus_units else "",
                     units_text(self.ctx, view, e.paid_after + e.bonus_after), e.reason]
            for c, text in enumerate(cells):
                self.ledger.setItem(r, c, _item(text, align_right=c in (2, 3, 4)))
        status = {"active": self.tr("open"), "expired": self.tr("expired"), "refunded": self.tr("refunded")}
        self.packages.setRowCount(len(pkgs))
        for r, p in enumerate(pkgs):
            cells = [p.name, f"{p.remaining} / {p.sessions}",
                     p.expires_on.isoformat() if p.expires_on else self.tr("no expiry"),
                     status.get(p.status, p.status)]
            for c, text in enumerate(cells):
                self.packages.setItem(r, c, _item(text))


class WalletRefundDialog(_ActionDialog):
    """Refund a top-up (its unused paid money; the bonus is forfeited) or a
    package (its unused sessions, pro rata). The rules are the services'."""

    def __init__(self, ctx: AppContext, member: MemberView, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.member = member
        self._key = sales_service.new_key()
        self.rows: list[tuple[str, int]] = []
        self.wallet: wallet_service.WalletView | None = None
        self.setWindowTitle(self.tr("Refund stored value or a package"))
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        head = QLabel(self.tr("What %1 may get back").replace("%1", member.name))
        head.setObjectName("dialogHeading")
        layout.addWidget(head)
        self.table = QTableWidget(0, 3)
        _setup_table(self.table, [self.tr("What"), self.tr("Date"), self.tr("Back")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table_row = FieldRow(self.table)
        layout.addWidget(self.table_row, 1)
        self.empty_label = QLabel(self.tr("Nothing to refund: no top-up with unused money and no open package."))
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        layout.addWidget(self.empty_label)
        rules = QLabel(self.tr("A top-up gives back at most its unused paid money; its bonus is forfeited. "
                               "A package gives back what was paid for its unused sessions."))
        rules.setWordWrap(True)
        layout.addWidget(rules)
        form = QFormLayout()
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("optional, e.g. moving away"))
        self.reason_row = FieldRow(self.reason_edit)
        form.addRow(self.tr("Reason"), self.reason_row)
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        self.ok_button.setText(self.tr("Refund"))
        self.ok_button.setEnabled(False)
        layout.addWidget(self.buttons)
        self.errors = FormErrors({"reason": self.reason_row, "amount": self.table_row}, self.form_error, self._lang)
        self.resize(640, 420)
        ctx.runner.run(self._load, on_done=self._on_loaded, on_error=self._failed)

    def units(self, n: int) -> str:
        if self.wallet is None or self.wallet.unit.kind == "money":
            return self.ctx.money(n)
        return self.wallet.unit.format(n, self.ctx.lang)

    def _load(self):
        with self.ctx.shop.read() as s:
            return (wallet_service.get_wallet(s, self.member.id), wallet_service.topups(s, self.member.id),
                    package_service.member_packages(s, self.member.id))

    def _on_loaded(self, result) -> None:
        self.wallet, topups, pkgs = result
        lang = self.ctx.lang
        lines = []
        for t in topups:
            if t.status != "completed":
                continue
            unused = min(t.paid_units, self.wallet.paid_units)
            if unused <= 0:
                continue
            price = t.amount_cents // t.paid_units
            what = self.tr("Top-up %1").replace("%1", self.ctx.money(t.amount_cents))
            if t.bonus_units:
                what += self.tr(" (bonus %1)").replace("%1", self.units(t.bonus_units))
            lines.append(("topup", t.id, what, t.occurred_at.strftime("%Y-%m-%d"), self.ctx.money(unused * price)))
        for p in pkgs:
            what = self.tr("%1: %2 of %3 unused").replace("%1", p.name).replace("%2", str(p.remaining)).replace(
                "%3", str(p.sessions))
            lines.append(("package", p.id, what, p.sold_at.strftime("%Y-%m-%d"), self.tr("pro rata")))
        self.rows = [(k, i) for k, i, *_ in lines]
        self.table.setRowCount(len(lines))
        for r, (_k, _i, what, when, back) in enumerate(lines):
            for c, text in enumerate((what, when, back)):
                self.table.setItem(r, c, _item(text, align_right=(c == 2)))
        self.empty_label.setVisible(not lines)
        if lines:
            self.table.selectRow(0)
        self.ok_button.setEnabled(bool(lines))
        self.table.setFocus()

    def select(self, kind: str, item_id: int) -> bool:
        for r, row in enumerate(self.rows):
            if row == (kind, item_id):
                self.table.selectRow(r)
                return True
        return False

    def _submit(self) -> None:
        if self.outcome is not None:
            self.accept()
            return
        self.errors.clear()
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.table_row.set_error(self.tr("Choose what to refund."))
            return
        kind, item_id = self.rows[rows[0].row()]
        self._run(self._refund, kind, item_id, self.reason_edit.text())

    def _refund(self, kind: str, item_id: int, reason: str):
        with self.ctx.shop.transaction() as s:
            if kind == "topup":
                return wallet_service.refund_topup(s, topup_id=item_id, refund_key=self._key,
                                                   staff_id=self.ctx.staff_id, reason=reason)
            return package_service.refund_package(s, package_id=item_id, refund_key=self._key,
                                                  staff_id=self.ctx.staff_id, reason=reason)


class TopUpDialog(_ActionDialog):
    """Put money on the member's stored value; the bonus it earns shows as you type."""

    def __init__(self, ctx: AppContext, member: MemberView, wallet: wallet_service.WalletView | None,
                 parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.member = member
        self.wallet = wallet
        self._key = sales_service.new_key()
        settings = ctx.settings or {}
        self.tiers = settings.get("wallet_bonus_tiers", [])
        self.setWindowTitle(self.tr("Top up stored value"))
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        balance = units_text(ctx, wallet, wallet.total_units) if wallet is not None else ctx.money(0)
        head = QLabel(self.tr("%1 has %2 of stored value.").replace("%1", member.name).replace("%2", balance))
        head.setObjectName("dialogHeading")
        head.setWordWrap(True)
        layout.addWidget(head)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.amount_edit = QLineEdit()
        self.amount_edit.setPlaceholderText(self.tr("e.g. 3,000"))
        self.amount_row = FieldRow(self.amount_edit)
        form.addRow(self.tr("Amount"), self.amount_row)
        self.bonus_label = QLabel()
        self.bonus_label.setObjectName("bonusPreview")
        self.bonus_label.setWordWrap(True)
        form.addRow(self.tr("Bonus"), self.bonus_label)
        self.payment_combo = _payment_combo()
        form.addRow(self.tr("Payment"), self.payment_combo)
        layout.addLayout(form)
        self.tiers_label = QLabel(self._tiers_text())
        self.tiers_label.setWordWrap(True)
        self.tiers_label.setObjectName("tiersHint")
        layout.addWidget(self.tiers_label)
        layout.addWidget(self.form_error)
        self.ok_button.setText(self.tr("Top up"))
        layout.addWidget(self.buttons)
        self.errors = FormErrors({"amount": self.amount_row}, self.form_error, self._lang)
        self.amount_edit.textChanged.connect(self._update_bonus)
        self._update_bonus()
        self.resize(460, 300)
        self.amount_edit.setFocus()

    def units(self, n: int) -> str:
        if self.wallet is None or self.wallet.unit.kind == "money":
            return self.ctx.money(n)
        return self.wallet.unit.format(n, self.ctx.lang)

    def _tiers_text(self) -> str:
        if not self.tiers:
            return self.tr("No top-up bonus is set.")
        parts = [self.tr("%1 → +%2").replace("%1", self.ctx.money(a)).replace("%2", self.units(b))
                 for a, b in sorted(self.tiers)]
        return self.tr("Bonus tiers: %1").replace("%1", self.tr(", ").join(parts))

    def _update_bonus(self) -> None:
        self.amount_row.clear_error()
        try:
            cents = parse_amount_cents(self.amount_edit.text())
        except UserError:
            self.bonus_label.setText("")
            return
        bonus = wallet_service.bonus_for(cents, self.tiers)
        paid_units = cents if self.wallet is None or self.wallet.unit.kind == "money" else cents // self.wallet.unit.price_cents
        after = (self.wallet.total_units if self.wallet is not None else 0) + paid_units + bonus
        text = (self.tr("+%1").replace("%1", self.units(bonus)) if bonus else self.tr("none at this amount"))
        nxt = [(a, b) for a, b in sorted(self.tiers) if a > cents and b > bonus]
        if nxt:
            a, b = nxt[0]
            text += "  ·  " + self.tr("top up %1 more for +%2").replace("%1", self.ctx.money(a - cents)).replace(
                "%2", self.units(b))
        text += "\n" + self.tr("Balance after: %1").replace("%1", self.units(after))
        self.bonus_label.setText(text)

    def _submit(self) -> None:
        if self.outcome is not None:
            self.accept()
            return
        self.errors.clear()
        try:
            cents = parse_amount_cents(self.amount_edit.text())
        except UserError as e:
            self.errors.show(e)
            return
        self._run(self._top_up, cents, self.payment_combo.currentData())

    def _top_up(self, cents: int, method: str):
        with self.ctx.shop.transaction() as s:
            return wallet_service.top_up(s, topup_key=self._key, member_id=self.member.id, amount_cents=cents,
                                         payment_method=method, staff_id=self.ctx.staff_id)


class SellPackageDialog(_ActionDialog):
    """Sell a package type to the member; it may be paid from stored value."""

    def __init__(self, ctx: AppContext, member: MemberView, wallet: wallet_service.WalletView | None,
                 parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.member = member
        self.wallet = wallet
        self._key = sales_service.new_key()
        self.types: list[package_service.PackageTypeView] = []
        self.setWindowTitle(self.tr("Sell a package"))
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        head = QLabel(self.tr("Package for %1").replace("%1", member.name))
        head.setObjectName("dialogHeading")
        layout.addWidget(head)
        headers = [self.tr("Package"), self.tr("Service"), self.tr("Sessions"), self.tr("Price"), self.tr("Valid")]
        self.table = QTableWidget(0, len(headers))
        _setup_table(self.table, headers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.itemSelectionChanged.connect(self._on_selection)
        self.table.doubleClicked.connect(lambda _i: self._submit())
        self.table_row = FieldRow(self.table)
        layout.addWidget(self.table_row, 1)
        self.empty_label = QLabel(self.tr("No packages are offered yet: the owner adds them under Stored value and packages."))
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        layout.addWidget(self.empty_label)
        form = QFormLayout()
        self.payment_combo = _payment_combo()
        form.addRow(self.tr("Payment"), self.payment_combo)
        self.wallet_check = QCheckBox()
        self.wallet_row = FieldRow(self.wallet_check)
        form.addRow(self.tr("Stored value"), self.wallet_row)
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        self.ok_button.setText(self.tr("Sell"))
        self.ok_button.setEnabled(False)
        layout.addWidget(self.buttons)
        self.errors = FormErrors({"wallet": self.wallet_row, "type": self.table_row}, self.form_error, self._lang)
        has_value = wallet is not None and wallet.total_units > 0
        self.wallet_check.setEnabled(has_value)
        self.wallet_check.setChecked(False)
        self._on_selection()
        self.resize(640, 420)
        ctx.runner.run(self._load, on_done=self._on_loaded, on_error=self._failed)

    def _load(self):
        with self.ctx.shop.read() as s:
            return package_service.list_types(s)

    def _valid_text(self, t: package_service.PackageTypeView) -> str:
        if t.valid_days:
            return self.tr("%n day(s)", "", t.valid_days)
        if t.valid_months:
            return self.tr("%n month(s)", "", t.valid_months)
        return self.tr("no expiry")

    def _on_loaded(self, types) -> None:
        self.types = types
        self.table.setRowCount(len(types))
        for r, t in enumerate(types):
            cells = [_item(t.name), _item(t.service), _item(str(t.sessions), True),
                     _item(self.ctx.money(t.price_cents), True), _item(self._valid_text(t))]
            for c, cell in enumerate(cells):
                cell.setData(Qt.UserRole, t.id)
                self.table.setItem(r, c, cell)
        self.empty_label.setVisible(not types)
        first = _first_enabled_row(self.table)
        if first >= 0:
            self.table.selectRow(first)
        self.ok_button.setEnabled(first >= 0)
        self.table.setFocus()

    def selected_type(self) -> package_service.PackageTypeView | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        type_id = self.table.item(rows[0].row(), 0).data(Qt.UserRole)
        return next((t for t in self.types if t.id == type_id), None)

    def select_type(self, type_id: int) -> bool:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(Qt.UserRole) == type_id:
                self.table.selectRow(row)
                return True
        return False

    def wallet_part(self, t: package_service.PackageTypeView | None, ticked: bool | None = None) -> int:
        """What stored value pays of ``t`` (when ticked; ``ticked`` overrides the box)."""
        ticked = self.wallet_check.isChecked() if ticked is None else ticked
        if t is None or not ticked or self.wallet is None:
            return 0
        part = min(self.wallet.total_cents, t.price_cents)
        if self.wallet.unit.kind == "credits":
            part -= part % self.wallet.unit.price_cents
        return part

    def _on_selection(self) -> None:
        t = self.selected_type()
        if self.wallet is None or self.wallet.total_units <= 0:
            self.wallet_check.setText(self.tr("no stored value"))
            return
        part = self.wallet_part(t, ticked=True) if t is not None else self.wallet.total_cents
        text = self.tr("Pay %1 from stored value (balance %2)").replace(
            "%1", self.ctx.money(part)).replace(
            "%2", units_text(self.ctx, self.wallet, self.wallet.total_units))
        if t is not None and part < t.price_cents:
            text += self.tr("; the other %1 by the payment method").replace("%1", self.ctx.money(t.price_cents - part))
        self.wallet_check.setText(text)

    def _submit(self) -> None:
        if self.outcome is not None:
            self.accept()
            return
        self.errors.clear()
        t = self.selected_type()
        if t is None:
            self.table_row.set_error(self.tr("Choose a package."))
            return
        self._run(self._sell, t.id, self.payment_combo.currentData(), self.wallet_part(t))

    def _sell(self, type_id: int, method: str, wallet_cents: int):
        with self.ctx.shop.transaction() as s:
            return package_service.sell_package(
                s, sale_key=self._key, member_id=self.member.id, type_id=type_id, payment_method=method,
                wallet_cents=wallet_cents, staff_id=self.ctx.staff_id,
            )
