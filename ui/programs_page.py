"""The Programs page: the owner's loyalty programmes in one form.

Tiers (a table: name, colour, what the threshold measures, threshold, points
multiplier, discount, and how many members hold each), their review
schedule, the points rules (member day, birthday, per-category multipliers,
dated promotions, the cap), expiry, the stamp card, referral and check-in
points. One Save stores it all in one transaction through the services
(app.programs.config.save and tiers.save_tiers), which require the
``change_settings`` permission: a cashier sees the page but cannot save.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import counter as counter_service
from app.errors import UserError
from app.programs import config, tiers
from app.textparse import parse_amount_cents
from ui.errors import report_bug
from ui.programs_counter import text_colour
from ui.widgets import error_label

PROGRAM_KEYS = tuple(k for k in config.DEFAULTS if k != "prog_tier_last_review")


def load(shop) -> dict:
    """Everything the page shows (worker thread)."""
    with shop.read() as s:
        values = config.get_all(s)
        return {
            "settings": {k: values[k] for k in PROGRAM_KEYS},
            "currency": values["currency"],
            "tiers": tiers.list_tiers(s),
            "counts": tiers.counts(s),
            "categories": counter_service.recent_categories(s),
        }


def save(shop, settings: dict, specs: list[tiers.TierSpec]) -> dict:
    """Store the page in one transaction (worker thread)."""
    with shop.transaction() as s:
        config.save(s, **settings)
        tiers.save_tiers(s, specs)
    return load(shop)


def _pct_spin(maximum: float = 10.0) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setDecimals(2)
    spin.setRange(0.0, maximum)
    spin.setSingleStep(0.5)
    spin.setPrefix("×")
    return spin


def _pct(spin: QDoubleSpinBox) -> int:
    return round(spin.value() * 100)


class ProgramsPage(QWidget):
    """The owner's programmes (see the module docstring).

    Signals:
        loaded(): the shop's values are in the form.
        saved(): the form was stored.
    """

    loaded = Signal()
    saved = Signal()

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("programsPage")
        self.data: dict | None = None
        self._build()
        ctx.actor_changed.connect(self._update_permission)
        self._update_permission()
        self.reload()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        outer.addWidget(scroll, 1)
        body = QWidget()
        scroll.setWidget(body)
        root = QVBoxLayout(body)
        root.setContentsMargins(16, 14, 16, 12)
        root.setSpacing(14)

        # --- tiers
        box = QGroupBox(self.tr("Membership tiers"))
        lay = QVBoxLayout(box)
        intro = QLabel(self.tr(
            "From lowest to highest. A member moves up at the sale that reaches a threshold (spend or visits in the "
            "last 12 months; imported history counts) and is reviewed, down as well as up, on the date below."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.tier_table = QTableWidget(0, 7)
        self.tier_table.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Colour"), self.tr("Counts"), self.tr("Threshold"), self.tr("Points"),
            self.tr("Discount"), self.tr("Members")])
        self.tier_table.verticalHeader().setVisible(False)
        self.tier_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.tier_table.setSelectionMode(QAbstractItemView.SingleSelection)
        header = self.tier_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        self.tier_table.setMinimumHeight(170)
        lay.addWidget(self.tier_table)
        buttons = QHBoxLayout()
        self.add_tier_button = QPushButton(self.tr("Add tier"))
        self.add_tier_button.clicked.connect(lambda: self._add_tier_row(None))
        self.remove_tier_button = QPushButton(self.tr("Remove tier"))
        self.remove_tier_button.clicked.connect(self._remove_tier_row)
        buttons.addWidget(self.add_tier_button)
        buttons.addWidget(self.remove_tier_button)
        buttons.addStretch(1)
        lay.addLayout(buttons)
        review = QHBoxLayout()
        review.addWidget(QLabel(self.tr("Review tiers:")))
        self.review_every = QComboBox()
        for key, text in (("never", self.tr("never")), ("month", self.tr("every month")),
                          ("quarter", self.tr("every quarter")), ("year", self.tr("every year"))):
            self.review_every.addItem(text, key)
        self.review_month = QSpinBox()
        self.review_month.setRange(1, 12)
        self.review_month.setPrefix(self.tr("month "))
        self.review_day = QSpinBox()
        self.review_day.setRange(1, 28)
        self.review_day.setPrefix(self.tr("day "))
        self.review_every.currentIndexChanged.connect(self._on_review_every)
        for w in (self.review_every, self.review_month, self.review_day):
            review.addWidget(w)
        review.addStretch(1)
        lay.addLayout(review)
        root.addWidget(box)

        # --- points rules
        box = QGroupBox(self.tr("Points rules"))
        form = QFormLayout(box)
        how = QLabel(self.tr(
            "Multipliers multiply: a member day ×2 on the birthday ×2 of a ×1.5 tier earns ×6, up to the cap. "
            "Points are rounded once, at the end, by the shop's earning rule."))
        how.setWordWrap(True)
        form.addRow(how)
        md = QHBoxLayout()
        self.member_day_kind = QComboBox()
        for key, text in (("off", self.tr("none")), ("month_day", self.tr("a day of the month")),
                          ("weekday", self.tr("a weekday"))):
            self.member_day_kind.addItem(text, key)
        self.member_day_date = QSpinBox()
        self.member_day_date.setRange(1, 31)
        self.member_day_date.setToolTip(self.tr("In a shorter month its last day is the member day."))
        self.member_day_weekday = QComboBox()
        for i, text in enumerate((self.tr("Monday"), self.tr("Tuesday"), self.tr("Wednesday"), self.tr("Thursday"),
                                  self.tr("Friday"), self.tr("Saturday"), self.tr("Sunday"))):
            self.member_day_weekday.addItem(text, i)
        self.member_day_mult = _pct_spin()
        self.member_day_kind.currentIndexChanged.connect(self._on_member_day_kind)
        for w in (self.member_day_kind, self.member_day_date, self.member_day_weekday, self.member_day_mult):
            md.addWidget(w)
        md.addStretch(1)
        form.addRow(self.tr("Member day:"), md)
        bd = QHBoxLayout()
        self.birthday_window = QComboBox()
        for key, text in (("off", self.tr("none")), ("day", self.tr("on the day")),
                          ("week", self.tr("that week (3 days either side)")), ("month", self.tr("that month"))):
            self.birthday_window.addItem(text, key)
        self.birthday_mult = _pct_spin()
        bd.addWidget(self.birthday_window)
        bd.addWidget(self.birthday_mult)
        bd.addStretch(1)
        form.addRow(self.tr("Birthday:"), bd)
        self.cap = _pct_spin()
        self.cap.setSpecialValueText(self.tr("no cap"))
        self.cap.setMaximumWidth(160)
        form.addRow(self.tr("At most:"), self.cap)

        self.category_table = QTableWidget(0, 2)
        self.category_table.setHorizontalHeaderLabels([self.tr("Category"), self.tr("Points")])
        self.category_table.verticalHeader().setVisible(False)
        self.category_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.category_table.setMinimumHeight(110)
        self.category_table.setMaximumHeight(150)
        cat_buttons = QHBoxLayout()
        add_cat = QPushButton(self.tr("Add category"))
        add_cat.clicked.connect(lambda: self._add_category_row("", 100))
        del_cat = QPushButton(self.tr("Remove"))
        del_cat.clicked.connect(lambda: self._remove_row(self.category_table))
        cat_buttons.addWidget(add_cat)
        cat_buttons.addWidget(del_cat)
        cat_buttons.addStretch(1)
        cat_box = QVBoxLayout()
        cat_box.addWidget(self.category_table)
        cat_box.addLayout(cat_buttons)
        form.addRow(self.tr("Per category:"), cat_box)

        self.promo_table = QTableWidget(0, 5)
        self.promo_table.setHorizontalHeaderLabels([
            self.tr("Promotion"), self.tr("First day"), self.tr("Last day"), self.tr("Points"),
            self.tr("Category (blank: all)")])
        self.promo_table.verticalHeader().setVisible(False)
        self.promo_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.promo_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.promo_table.setMinimumHeight(110)
        self.promo_table.setMaximumHeight(170)
        promo_buttons = QHBoxLayout()
        add_promo = QPushButton(self.tr("Add promotion"))
        add_promo.clicked.connect(lambda: self._add_promo_row(None))
        del_promo = QPushButton(self.tr("Remove"))
        del_promo.clicked.connect(lambda: self._remove_row(self.promo_table))
        promo_buttons.addWidget(add_promo)
        promo_buttons.addWidget(del_promo)
        promo_buttons.addStretch(1)
        promo_box = QVBoxLayout()
        promo_box.addWidget(self.promo_table)
        promo_box.addLayout(promo_buttons)
        form.addRow(self.tr("Promotions:"), promo_box)
        root.addWidget(box)

        # --- expiry, stamps, referral, check-in
        box = QGroupBox(self.tr("Expiry, stamps, referrals, check-in"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldsStayAtSizeHint)
        self.expiry_months = QSpinBox()
        self.expiry_months.setRange(0, 120)
        self.expiry_months.setSpecialValueText(self.tr("never"))
        self.expiry_months.setSuffix(self.tr(" months after earning"))
        form.addRow(self.tr("Points expire:"), self.expiry_months)
        self.expiry_warn = QSpinBox()
        self.expiry_warn.setRange(1, 365)
        self.expiry_warn.setSuffix(self.tr(" days ahead"))
        form.addRow(self.tr("Warn the cashier:"), self.expiry_warn)
        stamps_row = QHBoxLayout()
        self.stamps_per_card = QSpinBox()
        self.stamps_per_card.setRange(0, 100)
        self.stamps_per_card.setSpecialValueText(self.tr("no stamp card"))
        self.stamps_per_card.setSuffix(self.tr(" stamps a card"))
        self.stamps_at_signup = QSpinBox()
        self.stamps_at_signup.setRange(0, 99)
        self.stamps_at_signup.setSuffix(self.tr(" given at sign-up"))
        stamps_row.addWidget(self.stamps_per_card)
        stamps_row.addWidget(self.stamps_at_signup)
        stamps_row.addStretch(1)
        form.addRow(self.tr("Stamp card:"), stamps_row)
        self.stamps_min_spend = QLineEdit()
        self.stamps_min_spend.setPlaceholderText("0")
        form.addRow(self.tr("A stamp for a sale of at least:"), self.stamps_min_spend)
        self.stamps_reward = QLineEdit()
        self.stamps_reward.setMaxLength(100)
        self.stamps_reward.setMinimumWidth(320)
        self.stamps_reward.setPlaceholderText(self.tr("e.g. a free wash"))
        form.addRow(self.tr("A full card gives:"), self.stamps_reward)
        self.referral_points = QSpinBox()
        self.referral_points.setRange(0, 1_000_000)
        self.referral_points.setSpecialValueText(self.tr("off"))
        self.referral_points.setSuffix(self.tr(" points"))
        form.addRow(self.tr("Referrer earns at the first purchase:"), self.referral_points)
        self.checkin_points = QSpinBox()
        self.checkin_points.setRange(0, 1_000_000)
        self.checkin_points.setSpecialValueText(self.tr("off"))
        self.checkin_points.setSuffix(self.tr(" points"))
        form.addRow(self.tr("Daily check-in:"), self.checkin_points)
        root.addWidget(box)
        root.addStretch(1)

        bottom = QHBoxLayout()
        bottom.setContentsMargins(16, 6, 16, 10)
        self.error = error_label()
        self.error.setWordWrap(True)
        self.permission_label = QLabel()
        self.save_button = QPushButton(self.tr("Save programmes"))
        self.save_button.setDefault(True)
        self.save_button.setMinimumWidth(160)
        self.save_button.clicked.connect(self.save)
        bottom.addWidget(self.error, 1)
        bottom.addStretch(0)
        bottom.addWidget(self.permission_label)
        bottom.addWidget(self.save_button)
        outer.addLayout(bottom)

    # ------------------------------------------------------------------ rows
    def _money_text(self, cents: int) -> str:
        return f"{cents / 100:.2f}".rstrip("0").rstrip(".")

    def _add_tier_row(self, t: tiers.TierView | None, members: int = 0) -> None:
        row = self.tier_table.rowCount()
        self.tier_table.insertRow(row)
        name = QTableWidgetItem(t.name if t else "")
        name.setData(Qt.UserRole, t.id if t else None)
        self.tier_table.setItem(row, 0, name)
        colour = QPushButton(t.colour if t else "#888888")
        colour.setObjectName("tierColour")
        self._paint_colour(colour, colour.text())
        colour.clicked.connect(lambda _=False, b=colour: self._pick_colour(b))
        self.tier_table.setCellWidget(row, 1, colour)
        basis = QComboBox()
        basis.addItem(self.tr("12-month spend"), "spend")
        basis.addItem(self.tr("12-month visits"), "visits")
        basis.setCurrentIndex(1 if t and t.basis == "visits" else 0)
        self.tier_table.setCellWidget(row, 2, basis)
        threshold = QLineEdit()
        if t is not None:
            threshold.setText(self._money_text(t.threshold) if t.basis == "spend" else str(t.threshold))
        self.tier_table.setCellWidget(row, 3, threshold)
        mult = _pct_spin()
        mult.setValue((t.multiplier_pct if t else 100) / 100)
        self.tier_table.setCellWidget(row, 4, mult)
        disc = QSpinBox()
        disc.setRange(0, 100)
        disc.setSuffix("%")
        disc.setValue(t.discount_pct if t else 0)
        self.tier_table.setCellWidget(row, 5, disc)
        count = QTableWidgetItem(str(members))
        count.setFlags(Qt.ItemIsEnabled)
        count.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
        self.tier_table.setItem(row, 6, count)

    def _paint_colour(self, button: QPushButton, colour: str) -> None:
        button.setText(colour)
        button.setStyleSheet(f"QPushButton#tierColour {{ background: {colour}; color: {text_colour(colour)}; }}")

    def _pick_colour(self, button: QPushButton) -> None:
        chosen = QColorDialog.getColor(QColor(button.text()), self, self.tr("Tier colour"))
        if chosen.isValid():
            self._paint_colour(button, chosen.name())

    def _remove_tier_row(self) -> None:
        self._remove_row(self.tier_table)

    def _remove_row(self, table: QTableWidget) -> None:
        row = table.currentRow()
        if row < 0:
            row = table.rowCount() - 1
        if row >= 0:
            table.removeRow(row)

    def _add_category_row(self, name: str, pct: int) -> None:
        row = self.category_table.rowCount()
        self.category_table.insertRow(row)
        combo = QComboBox()
        combo.setEditable(True)
        combo.addItems((self.data or {}).get("categories", []))
        combo.setEditText(name)
        self.category_table.setCellWidget(row, 0, combo)
        spin = _pct_spin()
        spin.setValue(pct / 100)
        self.category_table.setCellWidget(row, 1, spin)

    def _add_promo_row(self, p: dict | None) -> None:
        row = self.promo_table.rowCount()
        self.promo_table.insertRow(row)
        self.promo_table.setItem(row, 0, QTableWidgetItem(p["name"] if p else ""))
        today = dt.date.today()
        for col, key, default in ((1, "start", today), (2, "end", today + dt.timedelta(days=6))):
            edit = QDateEdit()
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            d = dt.date.fromisoformat(p[key]) if p else default
            edit.setDate(QDate(d.year, d.month, d.day))
            self.promo_table.setCellWidget(row, col, edit)
        spin = _pct_spin()
        spin.setValue((p["multiplier_pct"] if p else 200) / 100)
        self.promo_table.setCellWidget(row, 3, spin)
        combo = QComboBox()
        combo.setEditable(True)
        combo.addItem("")
        combo.addItems((self.data or {}).get("categories", []))
        combo.setEditText((p or {}).get("category") or "")
        self.promo_table.setCellWidget(row, 4, combo)

    # ------------------------------------------------------------------ fill / read
    def reload(self) -> None:
        self.ctx.runner.run(load, self.ctx.shop, on_done=self.fill, on_error=lambda exc: report_bug(self, exc))

    def fill(self, data: dict) -> None:
        self.data = data
        v = data["settings"]
        self.tier_table.setRowCount(0)
        for t in data["tiers"]:
            self._add_tier_row(t, data["counts"].get(t.id, 0))
        r = v["prog_tier_review"]
        self.review_every.setCurrentIndex(max(0, self.review_every.findData(r["every"])))
        self.review_month.setValue(r["month"])
        self.review_day.setValue(r["day"])
        md = v["prog_member_day"]
        self.member_day_kind.setCurrentIndex(max(0, self.member_day_kind.findData(md["kind"])))
        if md["kind"] == "weekday":
            self.member_day_weekday.setCurrentIndex(md["day"])
        else:
            self.member_day_date.setValue(md["day"])
        self.member_day_mult.setValue(md["multiplier_pct"] / 100)
        b = v["prog_birthday"]
        self.birthday_window.setCurrentIndex(max(0, self.birthday_window.findData(b["window"])))
        self.birthday_mult.setValue(b["multiplier_pct"] / 100)
        self.cap.setValue(v["prog_multiplier_cap_pct"] / 100)
        self.category_table.setRowCount(0)
        for name, pct in v["prog_category_multipliers"].items():
            self._add_category_row(name, pct)
        self.promo_table.setRowCount(0)
        for p in v["prog_promotions"]:
            self._add_promo_row(p)
        self.expiry_months.setValue(v["prog_expiry_months"])
        self.expiry_warn.setValue(v["prog_expiry_warn_days"])
        st = v["prog_stamps"]
        self.stamps_per_card.setValue(st["per_card"])
        self.stamps_at_signup.setValue(st["at_signup"])
        self.stamps_min_spend.setText(self._money_text(st["min_spend_cents"]) if st["min_spend_cents"] else "")
        self.stamps_reward.setText(st["reward"])
        self.referral_points.setValue(v["prog_referral_points"])
        self.checkin_points.setValue(v["prog_checkin_points"])
        self._on_member_day_kind()
        self._on_review_every()
        self.error.hide()
        self.loaded.emit()

    def _on_member_day_kind(self) -> None:
        kind = self.member_day_kind.currentData()
        self.member_day_date.setVisible(kind == "month_day")
        self.member_day_weekday.setVisible(kind == "weekday")
        self.member_day_mult.setVisible(kind != "off")

    def _on_review_every(self) -> None:
        every = self.review_every.currentData()
        self.review_month.setVisible(every == "year")
        self.review_day.setVisible(every != "never")

    def values(self) -> tuple[dict, list[tiers.TierSpec]]:
        """What the form says, as the services take it (UserError if a
        number cannot be read)."""
        specs = []
        t = self.tier_table
        for row in range(t.rowCount()):
            item = t.item(row, 0)
            name = item.text().strip() if item else ""
            basis = t.cellWidget(row, 2).currentData()
            raw = t.cellWidget(row, 3).text()
            if basis == "spend":
                threshold = parse_amount_cents(raw, field="tiers", allow_zero=True)
            else:
                try:
                    threshold = int(raw.strip() or "-1")
                except ValueError:
                    threshold = -1
            specs.append(tiers.TierSpec(
                name, t.cellWidget(row, 1).text(), basis, threshold, _pct(t.cellWidget(row, 4)),
                t.cellWidget(row, 5).value(), item.data(Qt.UserRole) if item else None))
        kind = self.member_day_kind.currentData()
        day = self.member_day_weekday.currentData() if kind == "weekday" else self.member_day_date.value()
        cats = {}
        for row in range(self.category_table.rowCount()):
            name = self.category_table.cellWidget(row, 0).currentText().strip()
            if name:
                cats[name[:60]] = _pct(self.category_table.cellWidget(row, 1))
        promos = []
        for row in range(self.promo_table.rowCount()):
            item = self.promo_table.item(row, 0)
            name = item.text().strip() if item else ""
            start = self.promo_table.cellWidget(row, 1).date().toPython().isoformat()
            end = self.promo_table.cellWidget(row, 2).date().toPython().isoformat()
            mult = _pct(self.promo_table.cellWidget(row, 3))
            cat = self.promo_table.cellWidget(row, 4).currentText().strip() or None
            p = {"name": name, "start": start, "end": end, "multiplier_pct": mult, "category": cat}
            if not config._promotion(p):
                raise UserError("promotion_invalid", field="promotions", name=name or str(row + 1))
            promos.append(p)
        min_spend = self.stamps_min_spend.text().strip()
        settings = {
            "prog_member_day": {"kind": kind, "day": day, "multiplier_pct": max(1, _pct(self.member_day_mult))},
            "prog_birthday": {"window": self.birthday_window.currentData(),
                              "multiplier_pct": max(1, _pct(self.birthday_mult))},
            "prog_category_multipliers": cats,
            "prog_promotions": promos,
            "prog_multiplier_cap_pct": _pct(self.cap) if _pct(self.cap) >= 100 else 0,
            "prog_expiry_months": self.expiry_months.value(),
            "prog_expiry_warn_days": self.expiry_warn.value(),
            "prog_stamps": {
                "per_card": self.stamps_per_card.value(),
                "at_signup": min(self.stamps_at_signup.value(), max(0, self.stamps_per_card.value() - 1)),
                "min_spend_cents": parse_amount_cents(min_spend, field="stamps", allow_zero=True) if min_spend else 0,
                "reward": self.stamps_reward.text().strip(),
            },
            "prog_referral_points": self.referral_points.value(),
            "prog_checkin_points": self.checkin_points.value(),
            "prog_tier_review": {"every": self.review_every.currentData(), "month": self.review_month.value(),
                                 "day": self.review_day.value()},
        }
        return settings, specs

    # ------------------------------------------------------------------ save
    def _update_permission(self) -> None:
        allowed = self.ctx.may("change_settings")
        self.save_button.setEnabled(allowed)
        self.permission_label.setText("" if allowed else self.tr("Only an owner or a manager can change these."))

    def save(self) -> None:
        try:
            settings, specs = self.values()
        except UserError as exc:
            self._show_error(exc)
            return
        self.save_button.setEnabled(False)
        self.ctx.runner.run(save, self.ctx.shop, settings, specs, on_done=self._on_saved, on_error=self._on_failed)

    def _on_saved(self, data: dict) -> None:
        self._update_permission()
        self.fill(data)
        self.ctx.reload_settings()
        self.ctx.status_message.emit(self.tr("Programmes saved."))
        self.saved.emit()

    def _on_failed(self, exc: BaseException) -> None:
        self._update_permission()
        if isinstance(exc, UserError):
            self._show_error(exc)
        else:
            report_bug(self, exc)

    def _show_error(self, exc: UserError) -> None:
        self.error.setText(exc.message(self.ctx.lang))
        self.error.show()

    # ------------------------------------------------------------------ start-up jobs
    def start_jobs(self) -> None:
        """Catch up the tier review and points expiry that fell due while the
        app was closed (idempotent; small transactions, off the UI thread)."""
        from app.programs import jobs

        def done(r) -> None:
            if r.expiry.points or r.review.changed:
                self.ctx.members_reset.emit()

        self.ctx.jobs.run(jobs.catch_up, self.ctx.shop, stop=self.ctx.stopping.is_set, on_done=done,
                          on_error=lambda exc: report_bug(self, exc))
