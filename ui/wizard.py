"""First start: a short wizard, then the counter.

Three pages — the shop (name, currency, language), the points rule, and the
first staff member (the owner) with an offer to load the demo shop. Values
are checked on each page with the same parsers the counter uses and refusals
shown beside the field. Finish saves everything in one transaction on the
runner (the demo shop takes a few seconds), so a failure leaves the database
as it was and the wizard open.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app import auth
from app import settings as shop_settings
from app import staff as staff_service
from app.errors import UserError
from app.sales import points_for
from app.textparse import clean_name, format_plain, parse_amount_cents
from ui.context import AppContext
from ui.errors import report_bug
from ui.widgets import CURRENCY_SYMBOLS, FieldRow, error_label

try:  # written alongside; the wizard works without the demo offer
    from app.demo import build_demo
except ModuleNotFoundError as exc:  # pragma: no cover - only before it lands
    if exc.name != "app.demo":
        raise
    build_demo = None

# Language names are shown in their own language, whatever the UI language.
LANGUAGES = [("zh_TW", "繁體中文（台灣）"), ("zh_CN", "简体中文"), ("en", "English")]
CURRENCIES = ["TWD", "CNY", "HKD", "MOP", "SGD", "MYR", "USD", "EUR"]
DEMO_MEMBERS = 300
DEMO_SEED = 7


def _amount_text(cents: int) -> str:
    return format_plain(cents).replace(",", "").removesuffix(".00")


class ShopPage(QWizardPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setTitle(self.tr("Your shop"))
        self.setSubTitle(self.tr("This is shown on the screen and, later, on receipts and cards."))
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(12)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(80)
        self.name_edit.setPlaceholderText(self.tr("e.g. Lin's Hair Salon"))
        self.name_row = FieldRow(self.name_edit)
        form.addRow(self.tr("Shop name"), self.name_row)
        self.currency_combo = QComboBox()
        names = {
            "TWD": self.tr("New Taiwan dollar"), "CNY": self.tr("Chinese yuan"), "HKD": self.tr("Hong Kong dollar"),
            "MOP": self.tr("Macanese pataca"), "SGD": self.tr("Singapore dollar"), "MYR": self.tr("Malaysian ringgit"),
            "USD": self.tr("US dollar"), "EUR": self.tr("Euro"),
        }
        for code in CURRENCIES:
            self.currency_combo.addItem(f"{code} — {names[code]} ({CURRENCY_SYMBOLS[code]})", code)
        self.currency_row = FieldRow(self.currency_combo)
        form.addRow(self.tr("Currency"), self.currency_row)
        self.language_combo = QComboBox()
        for code, name in LANGUAGES:
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(ctx.lang)))
        self.language_row = FieldRow(self.language_combo)
        form.addRow(self.tr("Language"), self.language_row)
        hint = QLabel(self.tr("The language changes when you click Finish."))
        hint.setWordWrap(True)
        form.addRow("", hint)
        default_currency = {"zh_CN": "CNY"}.get(ctx.lang, "TWD")
        self.currency_combo.setCurrentIndex(self.currency_combo.findData(default_currency))

    def validatePage(self) -> bool:
        self.name_row.clear_error()
        if not self.name_edit.text().strip():
            self.name_row.set_error(self.tr("Enter the shop's name."))
            self.name_edit.setFocus()
            return False
        return True

    @property
    def currency(self) -> str:
        return self.currency_combo.currentData()


class PointsPage(QWizardPage):
    def __init__(self, ctx: AppContext, shop_page: ShopPage, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.shop_page = shop_page
        self.setTitle(self.tr("Points rule"))
        self.setSubTitle(self.tr("How members earn points, and what points are worth. You can change this later."))
        d = shop_settings.DEFAULTS
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(12)

        self.earn_points_spin = QSpinBox()
        self.earn_points_spin.setRange(0, 1000)
        self.earn_points_spin.setValue(d["earn_points"])
        self.earn_per_edit = QLineEdit(_amount_text(d["earn_per_cents"]))
        self.earn_per_row = FieldRow(self.earn_per_edit)
        self.earn_symbol = QLabel()
        earn = QWidget()
        row = QHBoxLayout(earn)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("For every")))
        row.addWidget(self.earn_symbol)
        row.addWidget(self.earn_per_row, 1)
        row.addWidget(QLabel(self.tr("spent, earn")))
        row.addWidget(self.earn_points_spin)
        row.addWidget(QLabel(self.tr("point(s)")))
        form.addRow(self.tr("Earn"), earn)

        self.rounding_combo = QComboBox()
        self.rounding_combo.addItem(self.tr("Round down (128.50 spent → 128 points)"), "floor")
        self.rounding_combo.addItem(self.tr("Round to nearest"), "round")
        self.rounding_combo.addItem(self.tr("Round up"), "ceil")
        form.addRow(self.tr("Rounding"), self.rounding_combo)

        self.min_spend_edit = QLineEdit(_amount_text(d["min_spend_cents"]))
        self.min_spend_edit.setPlaceholderText("0")
        self.min_spend_row = FieldRow(self.min_spend_edit)
        form.addRow(self.tr("Minimum spend to earn"), self.min_spend_row)

        self.redeem_points_spin = QSpinBox()
        self.redeem_points_spin.setRange(1, 100000)
        self.redeem_points_spin.setValue(d["redeem_points"])
        self.redeem_value_edit = QLineEdit(_amount_text(d["redeem_value_cents"]))
        self.redeem_value_row = FieldRow(self.redeem_value_edit)
        self.redeem_symbol = QLabel()
        spend = QWidget()
        row = QHBoxLayout(spend)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.redeem_points_spin)
        row.addWidget(QLabel(self.tr("points give a discount of")))
        row.addWidget(self.redeem_symbol)
        row.addWidget(self.redeem_value_row, 1)
        form.addRow(self.tr("Spend"), spend)

        self.example_label = QLabel()
        self.example_label.setWordWrap(True)
        form.addRow("", self.example_label)
        for w in (self.earn_per_edit, self.min_spend_edit):
            w.textChanged.connect(self._update_example)
        self.earn_points_spin.valueChanged.connect(self._update_example)
        self.rounding_combo.currentIndexChanged.connect(self._update_example)

    def initializePage(self) -> None:
        symbol = CURRENCY_SYMBOLS.get(self.shop_page.currency, "")
        self.earn_symbol.setText(symbol)
        self.redeem_symbol.setText(symbol)
        self._update_example()

    def rule(self, show_errors: bool = False) -> dict | None:
        """The points settings typed so far, or None if one is not valid."""
        rows = (self.earn_per_row, self.min_spend_row, self.redeem_value_row)
        for r in rows:
            r.clear_error()
        try:
            earn_per = parse_amount_cents(self.earn_per_edit.text(), field="earn_per")
            min_spend = (parse_amount_cents(self.min_spend_edit.text(), field="min_spend", allow_zero=True)
                         if self.min_spend_edit.text().strip() else 0)
            redeem_value = parse_amount_cents(self.redeem_value_edit.text(), field="redeem_value")
        except UserError as e:
            if show_errors:
                row = {"earn_per": self.earn_per_row, "min_spend": self.min_spend_row,
                       "redeem_value": self.redeem_value_row}[e.field]
                row.set_error(e.message(self.ctx.lang))
                row.editor.setFocus()
            return None
        return {
            "earn_per_cents": earn_per,
            "earn_points": self.earn_points_spin.value(),
            "earn_rounding": self.rounding_combo.currentData(),
            "min_spend_cents": min_spend,
            "redeem_points": self.redeem_points_spin.value(),
            "redeem_value_cents": redeem_value,
        }

    def _update_example(self) -> None:
        rule = self.rule()
        if rule is None:
            self.example_label.clear()
            return
        from ui.widgets import format_money

        sample = 12850
        pts = points_for(sample, rule)
        self.example_label.setText(
            self.tr("Example: a sale of %1 earns %n point(s).", "", pts).replace(
                "%1", format_money(sample, self.shop_page.currency, self.ctx.lang))
        )

    def validatePage(self) -> bool:
        return self.rule(show_errors=True) is not None


class OwnerPage(QWizardPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setTitle(self.tr("You, the owner"))
        self.setSubTitle(self.tr("The first staff member. Add cashiers later; each sale records who made it."))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.owner_edit = QLineEdit()
        self.owner_edit.setPlaceholderText(self.tr("your name"))
        self.owner_row = FieldRow(self.owner_edit)
        form.addRow(self.tr("Your name"), self.owner_row)
        # staff sign in with a PIN (app/staff.py); the owner chooses theirs here
        self.pin_edit = QLineEdit()
        self.pin_confirm_edit = QLineEdit()
        for edit in (self.pin_edit, self.pin_confirm_edit):
            edit.setEchoMode(QLineEdit.Password)
            edit.setMaxLength(staff_service.PIN_MAX)
            edit.setInputMethodHints(Qt.ImhDigitsOnly | Qt.ImhSensitiveData)
        self.pin_edit.setPlaceholderText(self.tr("4 to 8 digits"))
        self.pin_row = FieldRow(self.pin_edit)
        self.pin_confirm_row = FieldRow(self.pin_confirm_edit)
        form.addRow(self.tr("Your PIN"), self.pin_row)
        form.addRow(self.tr("PIN again"), self.pin_confirm_row)
        layout.addLayout(form)
        layout.addSpacing(12)
        self.demo_check = QCheckBox(self.tr("Load the demo shop (%n members with two years of sales) to try things out",
                                            "", DEMO_MEMBERS))
        self.demo_row = FieldRow(self.demo_check)
        if build_demo is None:
            self.demo_check.setEnabled(False)
            self.demo_check.setToolTip(self.tr("The demo shop is not available in this version."))
        layout.addWidget(self.demo_row)
        layout.addStretch(1)
        self.busy_label = QLabel()
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_label.hide()
        self.busy_bar.hide()
        layout.addWidget(self.busy_label)
        layout.addWidget(self.busy_bar)
        self.form_error = error_label()
        layout.addWidget(self.form_error)

    def validatePage(self) -> bool:
        self.owner_row.clear_error()
        self.pin_row.clear_error()
        self.pin_confirm_row.clear_error()
        try:
            clean_name(self.owner_edit.text(), field="name")
        except UserError as e:
            err = UserError("staff_name_required", field="name") if e.code == "name_required" else e
            self.owner_row.set_error(err.message(self.ctx.lang))
            self.owner_edit.setFocus()
            return False
        # a PIN is needed where staff sign in (the window, not a test's shop)
        if self.ctx.sign_in_required or self.pin_edit.text():
            try:
                staff_service.clean_pin(self.pin_edit.text())
            except UserError as e:
                self.pin_row.set_error(e.message(self.ctx.lang))
                self.pin_edit.setFocus()
                return False
            if self.pin_confirm_edit.text() != self.pin_edit.text():
                self.pin_confirm_row.set_error(self.tr("The two PINs differ; type the same PIN twice."))
                self.pin_confirm_edit.setFocus()
                return False
        return True

    def set_busy(self, busy: bool, text: str = "") -> None:
        self.busy_label.setText(text)
        self.busy_label.setVisible(busy)
        self.busy_bar.setVisible(busy)


class SetupWizard(QWizard):
    """The first-start wizard. After ``accepted``, ``saved`` holds what was stored."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.saving = False
        self.saved: dict | None = None
        self.setWindowTitle(self.tr("Welcome to Regulars"))
        self.setWizardStyle(QWizard.ModernStyle)
        self.setOption(QWizard.NoBackButtonOnLastPage, False)
        self.shop_page = ShopPage(ctx)
        self.points_page = PointsPage(ctx, self.shop_page)
        self.owner_page = OwnerPage(ctx)
        for page in (self.shop_page, self.points_page, self.owner_page):
            self.addPage(page)
        self.setButtonText(QWizard.FinishButton, self.tr("Finish"))
        self.setButtonText(QWizard.NextButton, self.tr("Next >"))
        self.setButtonText(QWizard.BackButton, self.tr("< Back"))
        self.setButtonText(QWizard.CancelButton, self.tr("Cancel"))
        self.resize(720, 520)

    def values(self) -> dict:
        """Everything the wizard will store (pages must be valid)."""
        rule = self.points_page.rule() or {}
        return {
            "settings": {
                "shop_name": self.shop_page.name_edit.text().strip(),
                "currency": self.shop_page.currency,
                "language": self.shop_page.language_combo.currentData(),
                **rule,
                "setup_done": True,
            },
            "owner": self.owner_page.owner_edit.text(),
            "pin": self.owner_page.pin_edit.text() or None,
            "demo": self.owner_page.demo_check.isChecked() and build_demo is not None,
        }

    def accept(self) -> None:
        """Finish: check every page, then save on the runner; close when saved."""
        if self.saving:
            return
        for page_id in self.pageIds():
            page = self.page(page_id)
            if not page.validatePage():
                while self.currentId() != page_id and self.currentId() != self.startId():
                    self.back()  # show the page whose field needs fixing
                return
        values = self.values()
        self.saving = True
        self._set_buttons_enabled(False)
        self.owner_page.form_error.hide()
        self.owner_page.set_busy(
            True, self.tr("Setting up the demo shop…") if values["demo"] else self.tr("Saving…")
        )
        self.ctx.runner.run(self._save, values, on_done=self._on_saved, on_error=self._on_failed)

    def _save(self, values: dict) -> dict:  # worker thread
        with self.ctx.shop.transaction() as s:
            if not auth.current(s).signed_in:
                s.info["actor"] = auth.FIRST_START  # there is no owner to sign in yet: this makes one
            # settings first: they are checked, and the demo earns points by this rule
            shop_settings.put(s, **values["settings"])
            if values["demo"]:
                build_demo(s, members=DEMO_MEMBERS, seed=DEMO_SEED)
                shop_settings.put(s, **values["settings"])  # the demo names its own shop; the owner's choice wins
            owner = staff_service.add_staff(s, name=values["owner"], role="owner", pin=values.get("pin"))
        return {**values, "owner_id": owner.id, "owner_name": owner.name}

    def _on_saved(self, values: dict) -> None:
        self.saving = False
        self.saved = values
        self.owner_page.set_busy(False)
        self.ctx.set_staff(values["owner_id"], values["owner_name"])
        if self.ctx.sign_in_required and values.get("pin"):  # the owner who set up the shop is signed in
            self.ctx.sign_in_as(auth.Actor(values["owner_id"], values["owner_name"], "owner"))
        if values["demo"]:
            self.ctx.members_reset.emit()
        super().accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.saving = False
        self._set_buttons_enabled(True)
        self.owner_page.set_busy(False)
        if not isinstance(exc, UserError):
            self.owner_page.form_error.setText(self.tr("Setup could not be saved; nothing was changed."))
            self.owner_page.form_error.show()
            report_bug(self, exc)
            return
        text = exc.message(self.ctx.lang)
        if exc.code == "database_not_empty":
            self.owner_page.demo_row.set_error(text)
        elif exc.field == "name":
            self.owner_page.owner_row.set_error(text)
        else:
            self.owner_page.form_error.setText(text)
            self.owner_page.form_error.show()

    def _set_buttons_enabled(self, enabled: bool) -> None:
        for which in (QWizard.FinishButton, QWizard.BackButton, QWizard.CancelButton):
            button = self.button(which)
            if button is not None:
                button.setEnabled(enabled)

    def reject(self) -> None:
        if self.saving:
            return  # the transaction is running; closing now would look like a cancel
        super().reject()
