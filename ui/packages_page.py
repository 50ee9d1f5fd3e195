"""The owner's page for stored value and session packages.

Left: the wallet's rules — top-up bonus tiers, which part is spent first,
where points are earned, and the unit (money, or game credits for an
arcade). Right: the package types on sale. Both save through the services
(app.programs.wallet.save_settings, app.programs.packages.save_type), which
ask for ``change_settings``: for a role that may not (a cashier) both Save
buttons are greyed out with a note why; the services refuse anyway.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.programs import packages as package_service
from app.programs import wallet as wallet_service
from app.textparse import parse_amount_cents
from ui.context import AppContext
from ui.errors import report_bug
from ui.widgets import FieldRow, FormErrors, error_label


def _amount_text(cents: int) -> str:
    return f"{cents / 100:,.2f}".rstrip("0").rstrip(".")


class WalletSettingsPage(QWidget):
    """Stored value rules and package types (see the module docstring).

    Signals:
        loaded(): the page shows what is stored.
        saved(str): "wallet" or "package" was saved.
    """

    loaded = Signal()
    saved = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.types: list[package_service.PackageTypeView] = []
        self.editing_id: int | None = None
        self._saving: set[str] = set()  # "wallet" / "package" while its save runs
        root = QHBoxLayout(self)
        root.setContentsMargins(16, 14, 16, 12)
        root.setSpacing(16)
        root.addWidget(self._build_wallet(), 5)
        root.addWidget(self._build_packages(), 6)
        ctx.actor_changed.connect(self._update_permission)
        self._update_permission()
        self.reload()

    # ----------------------------------------------------------- layout
    def _build_wallet(self) -> QGroupBox:
        box = QGroupBox(self.tr("Stored value"))
        layout = QVBoxLayout(box)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.unit_combo = QComboBox()
        self.unit_combo.addItem(self.tr("Money"), "money")
        self.unit_combo.addItem(self.tr("Game credits (arcade)"), "credits")
        self.unit_combo.currentIndexChanged.connect(self._on_unit)
        self.unit_row = FieldRow(self.unit_combo)
        form.addRow(self.tr("Wallet holds"), self.unit_row)
        self.credit_name = QLineEdit()
        self.credit_name.setPlaceholderText(self.tr("e.g. Tokens"))
        self.credit_name.setMaxLength(20)
        form.addRow(self.tr("Credit name"), self.credit_name)
        self.credit_price = QLineEdit()
        self.credit_price_row = FieldRow(self.credit_price)
        form.addRow(self.tr("Price per credit"), self.credit_price_row)
        self.order_combo = QComboBox()
        self.order_combo.addItem(self.tr("Paid money and bonus in proportion"), "pro_rata")
        self.order_combo.addItem(self.tr("Bonus first"), "bonus_first")
        self.order_combo.addItem(self.tr("Paid money first"), "paid_first")
        form.addRow(self.tr("Spend first"), self.order_combo)
        self.points_combo = QComboBox()
        self.points_combo.addItem(self.tr("On the sale (also when paid from stored value)"), "sale")
        self.points_combo.addItem(self.tr("On the top-up (not again when spent)"), "topup")
        form.addRow(self.tr("Points are earned"), self.points_combo)
        layout.addLayout(form)

        layout.addWidget(QLabel(self.tr("Top-up bonus: the highest tier reached applies")))
        self.tiers = QTableWidget(0, 2)
        self.tiers.setHorizontalHeaderLabels([self.tr("Top up at least"), self.tr("Bonus")])
        self.tiers.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.tiers.verticalHeader().setVisible(False)
        self.tiers.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.tiers_row = FieldRow(self.tiers)
        layout.addWidget(self.tiers_row, 1)
        tier_buttons = QHBoxLayout()
        self.add_tier_button = QPushButton(self.tr("Add tier"))
        self.remove_tier_button = QPushButton(self.tr("Remove tier"))
        self.add_tier_button.clicked.connect(lambda: self._add_tier_row("", ""))
        self.remove_tier_button.clicked.connect(self._remove_tier)
        tier_buttons.addWidget(self.add_tier_button)
        tier_buttons.addWidget(self.remove_tier_button)
        tier_buttons.addStretch(1)
        layout.addLayout(tier_buttons)
        self.wallet_error = error_label()
        layout.addWidget(self.wallet_error)
        save_line = QHBoxLayout()
        self.wallet_status = QLabel()
        self.wallet_status.setObjectName("savedNote")
        self.save_wallet_button = QPushButton(self.tr("Save stored value rules"))
        self.save_wallet_button.setObjectName("primaryButton")
        self.save_wallet_button.clicked.connect(self.save_wallet)
        self.wallet_permission = QLabel()
        self.wallet_permission.setWordWrap(True)
        save_line.addWidget(self.wallet_status, 1)
        save_line.addWidget(self.wallet_permission)
        save_line.addWidget(self.save_wallet_button)
        layout.addLayout(save_line)
        self.wallet_errors = FormErrors({"wallet_unit": self.unit_row, "tiers": self.tiers_row,
                                         "price": self.credit_price_row}, self.wallet_error, lambda: self.ctx.lang)
        return box

    def _build_packages(self) -> QGroupBox:
        box = QGroupBox(self.tr("Session packages"))
        layout = QVBoxLayout(box)
        headers = [self.tr("Package"), self.tr("Service"), self.tr("Sessions"), self.tr("Price"), self.tr("Valid"),
                   self.tr("On sale")]
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.table.itemSelectionChanged.connect(self._on_type_selected)
        layout.addWidget(self.table, 1)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. Wash x10"))
        self.name_row = FieldRow(self.name_edit)
        form.addRow(self.tr("Name"), self.name_row)
        self.service_edit = QLineEdit()
        self.service_edit.setPlaceholderText(self.tr("e.g. Wash (the sale category)"))
        form.addRow(self.tr("Service"), self.service_edit)
        self.sessions_spin = QSpinBox()
        self.sessions_spin.setRange(1, package_service.MAX_SESSIONS)
        self.sessions_spin.setValue(10)
        self.sessions_row = FieldRow(self.sessions_spin)
        form.addRow(self.tr("Sessions"), self.sessions_row)
        self.price_edit = QLineEdit()
        self.price_row = FieldRow(self.price_edit)
        form.addRow(self.tr("Price"), self.price_row)
        valid = QWidget()
        vl = QHBoxLayout(valid)
        vl.setContentsMargins(0, 0, 0, 0)
        self.valid_spin = QSpinBox()
        self.valid_spin.setRange(1, 3650)
        self.valid_spin.setValue(6)
        self.valid_unit = QComboBox()
        self.valid_unit.addItem(self.tr("months"), "months")
        self.valid_unit.addItem(self.tr("days"), "days")
        self.valid_unit.addItem(self.tr("no expiry"), "never")
        self.valid_unit.currentIndexChanged.connect(lambda _i: self.valid_spin.setEnabled(
            self.valid_unit.currentData() != "never"))
        vl.addWidget(self.valid_spin)
        vl.addWidget(self.valid_unit, 1)
        self.valid_row = FieldRow(valid)
        form.addRow(self.tr("Valid for"), self.valid_row)
        self.active_check = QCheckBox(self.tr("On sale at the counter"))
        self.active_check.setChecked(True)
        form.addRow("", self.active_check)
        layout.addLayout(form)
        self.package_error = error_label()
        layout.addWidget(self.package_error)
        line = QHBoxLayout()
        self.package_status = QLabel()
        self.package_status.setObjectName("savedNote")
        self.new_button = QPushButton(self.tr("New package"))
        self.new_button.clicked.connect(self.new_type)
        self.save_package_button = QPushButton(self.tr("Save package"))
        self.save_package_button.setObjectName("primaryButton")
        self.save_package_button.clicked.connect(self.save_package)
        self.package_permission = QLabel()
        self.package_permission.setWordWrap(True)
        line.addWidget(self.package_status, 1)
        line.addWidget(self.new_button)
        line.addWidget(self.package_permission)
        line.addWidget(self.save_package_button)
        layout.addLayout(line)
        self.package_errors = FormErrors(
            {"name": self.name_row, "sessions": self.sessions_row, "price": self.price_row, "valid": self.valid_row},
            self.package_error, lambda: self.ctx.lang)
        return box

    # ----------------------------------------------------------- loading
    def start_jobs(self) -> None:
        """Write the expiry of packages past their date (catches up after the
        shop was closed; idempotent), then refresh the Counter's member."""

        def work():
            with self.ctx.shop.transaction() as s:
                return package_service.expire_packages(s)

        self.ctx.jobs.run(work, on_done=self._on_expired, on_error=self._on_error)

    def _on_expired(self, count: int) -> None:
        if count:
            self.ctx.status_message.emit(self.tr("%n package(s) expired.", "", count))

    def reload(self) -> None:
        def load():
            with self.ctx.shop.read() as s:
                return wallet_service.get_settings(s), package_service.list_types(s, active_only=False)

        self.ctx.runner.run(load, on_done=self._on_loaded, on_error=self._on_error)

    def _on_loaded(self, result) -> None:
        values, types = result
        self._fill_wallet(values)
        self._fill_types(types)
        self.loaded.emit()

    def _fill_wallet(self, v: dict) -> None:
        self.unit_combo.setCurrentIndex(max(0, self.unit_combo.findData(v["wallet_unit"])))
        self.credit_name.setText(v["wallet_credit_name"])
        self.credit_price.setText(_amount_text(v["wallet_credit_price_cents"]))
        self.order_combo.setCurrentIndex(max(0, self.order_combo.findData(v["wallet_spend_order"])))
        self.points_combo.setCurrentIndex(max(0, self.points_combo.findData(v["wallet_points_on"])))
        self.tiers.setRowCount(0)
        for amount, bonus in sorted(v["wallet_bonus_tiers"]):
            self._add_tier_row(_amount_text(amount), self._units_text(bonus, v["wallet_unit"]))
        self._on_unit()

    def _units_text(self, units: int, unit: str) -> str:
        return str(units) if unit == "credits" else _amount_text(units)

    def _fill_types(self, types) -> None:
        self.types = types
        self.table.setRowCount(len(types))
        for r, t in enumerate(types):
            if t.valid_days:
                valid = self.tr("%n day(s)", "", t.valid_days)
            elif t.valid_months:
                valid = self.tr("%n month(s)", "", t.valid_months)
            else:
                valid = self.tr("no expiry")
            cells = [t.name, t.service, str(t.sessions), self.ctx.money(t.price_cents), valid,
                     self.tr("yes") if t.active else self.tr("no")]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.UserRole, t.id)
                if c in (2, 3):
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                self.table.setItem(r, c, item)

    def _on_unit(self) -> None:
        credits = self.unit_combo.currentData() == "credits"
        self.credit_name.setEnabled(credits)
        self.credit_price.setEnabled(credits)
        self.tiers.setHorizontalHeaderLabels([
            self.tr("Top up at least"), self.tr("Bonus (credits)") if credits else self.tr("Bonus")])

    def _add_tier_row(self, amount: str, bonus: str) -> None:
        r = self.tiers.rowCount()
        self.tiers.insertRow(r)
        self.tiers.setItem(r, 0, QTableWidgetItem(amount))
        self.tiers.setItem(r, 1, QTableWidgetItem(bonus))
        if not amount:
            self.tiers.setCurrentCell(r, 0)
            self.tiers.editItem(self.tiers.item(r, 0))

    def _remove_tier(self) -> None:
        rows = sorted({i.row() for i in self.tiers.selectedIndexes()}, reverse=True)
        for r in rows or ([self.tiers.rowCount() - 1] if self.tiers.rowCount() else []):
            self.tiers.removeRow(r)

    # ----------------------------------------------------------- saving
    def _update_permission(self) -> None:
        allowed = self.ctx.may("change_settings")
        note = "" if allowed else self.tr("Only an owner or a manager can change these.")
        for what, button, label in (("wallet", self.save_wallet_button, self.wallet_permission),
                                    ("package", self.save_package_button, self.package_permission)):
            button.setEnabled(allowed and what not in self._saving)
            label.setText(note)
            label.setVisible(not allowed)

    def wallet_values(self) -> dict:
        """What the form says, parsed (UserError beside the field if not)."""
        unit = self.unit_combo.currentData()
        tiers = []
        for r in range(self.tiers.rowCount()):
            a = (self.tiers.item(r, 0).text() if self.tiers.item(r, 0) else "").strip()
            b = (self.tiers.item(r, 1).text() if self.tiers.item(r, 1) else "").strip()
            if not a and not b:
                continue
            try:
                amount = parse_amount_cents(a, field="tiers")
                if unit == "credits":
                    bonus = int(b or "0")
                else:
                    bonus = parse_amount_cents(b or "0", field="tiers", allow_zero=True)
            except (UserError, ValueError):
                raise UserError("wallet_tiers_invalid", field="tiers")
            if bonus < 0:
                raise UserError("wallet_tiers_invalid", field="tiers")
            tiers.append([amount, bonus])
        if len({a for a, _ in tiers}) != len(tiers):
            raise UserError("wallet_tiers_invalid", field="tiers")
        values = {"wallet_unit": unit, "wallet_spend_order": self.order_combo.currentData(),
                  "wallet_points_on": self.points_combo.currentData(), "wallet_bonus_tiers": tiers,
                  "wallet_credit_name": self.credit_name.text().strip()}
        if unit == "credits":
            values["wallet_credit_price_cents"] = parse_amount_cents(self.credit_price.text(), field="price")
        return values

    def save_wallet(self) -> None:
        self.wallet_errors.clear()
        self.wallet_status.clear()
        try:
            values = self.wallet_values()
        except UserError as e:
            self.wallet_errors.show(e)
            return

        def work():
            with self.ctx.shop.transaction() as s:
                return wallet_service.save_settings(s, **values)

        self._saving.add("wallet")
        self.save_wallet_button.setEnabled(False)
        self.ctx.runner.run(work, on_done=self._on_wallet_saved, on_error=self._on_wallet_failed)

    def _on_wallet_saved(self, values: dict) -> None:
        self._saving.discard("wallet")
        self._update_permission()
        self._fill_wallet(values)
        self.wallet_status.setText(self.tr("Saved."))
        self.ctx.reload_settings()
        self.saved.emit("wallet")

    def _on_wallet_failed(self, exc: BaseException) -> None:
        self._saving.discard("wallet")
        self._update_permission()
        if isinstance(exc, UserError):
            self.wallet_errors.show(exc)
        else:
            self._on_error(exc)

    def new_type(self) -> None:
        self.table.clearSelection()
        self.editing_id = None
        self.name_edit.clear()
        self.service_edit.clear()
        self.sessions_spin.setValue(10)
        self.price_edit.clear()
        self.valid_spin.setValue(6)
        self.valid_unit.setCurrentIndex(0)
        self.active_check.setChecked(True)
        self.package_errors.clear()
        self.package_status.clear()
        self.name_edit.setFocus()

    def _on_type_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        type_id = self.table.item(rows[0].row(), 0).data(Qt.UserRole)
        t = next((x for x in self.types if x.id == type_id), None)
        if t is None:
            return
        self.editing_id = t.id
        self.name_edit.setText(t.name)
        self.service_edit.setText(t.service)
        self.sessions_spin.setValue(t.sessions)
        self.price_edit.setText(_amount_text(t.price_cents))
        if t.valid_days:
            self.valid_unit.setCurrentIndex(self.valid_unit.findData("days"))
            self.valid_spin.setValue(t.valid_days)
        elif t.valid_months:
            self.valid_unit.setCurrentIndex(self.valid_unit.findData("months"))
            self.valid_spin.setValue(t.valid_months)
        else:
            self.valid_unit.setCurrentIndex(self.valid_unit.findData("never"))
        self.active_check.setChecked(t.active)
        self.package_errors.clear()
        self.package_status.clear()

    def save_package(self) -> None:
        self.package_errors.clear()
        self.package_status.clear()
        try:
            price = parse_amount_cents(self.price_edit.text(), field="price")
        except UserError as e:
            self.package_errors.show(e)
            return
        how = self.valid_unit.currentData()
        values = dict(
            type_id=self.editing_id, name=self.name_edit.text(), service=self.service_edit.text(),
            sessions=self.sessions_spin.value(), price_cents=price,
            valid_days=self.valid_spin.value() if how == "days" else None,
            valid_months=self.valid_spin.value() if how == "months" else None,
            active=self.active_check.isChecked(),
        )

        def work():
            with self.ctx.shop.transaction() as s:
                saved = package_service.save_type(s, **values)
                return saved, package_service.list_types(s, active_only=False)

        self._saving.add("package")
        self.save_package_button.setEnabled(False)
        self.ctx.runner.run(work, on_done=self._on_package_saved, on_error=self._on_package_failed)

    def _on_package_saved(self, result) -> None:
        saved, types = result
        self._saving.discard("package")
        self._update_permission()
        self._fill_types(types)
        self.editing_id = saved.id
        for r in range(self.table.rowCount()):
            if self.table.item(r, 0).data(Qt.UserRole) == saved.id:
                self.table.blockSignals(True)
                self.table.selectRow(r)
                self.table.blockSignals(False)
        self.package_status.setText(self.tr("Saved %1.").replace("%1", saved.name))
        self.saved.emit("package")

    def _on_package_failed(self, exc: BaseException) -> None:
        self._saving.discard("package")
        self._update_permission()
        if isinstance(exc, UserError):
            self.package_errors.show(exc)
        else:
            self._on_error(exc)

    def _on_error(self, exc: BaseException) -> None:
        if isinstance(exc, UserError):
            self.wallet_errors.show(exc)
        else:
            report_bug(self, exc)
