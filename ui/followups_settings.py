"""The follow-up rules: a preset for the kind of shop, and the numbers behind
each reason, for the owner.

Choosing a preset fills the form with it; any change makes the rules
"custom" (the service names them after a preset again when they match one).
The vouchers each rung promises come with the preset and are shown here;
changing their amounts is left to the presets for now.

The rules are a shop setting (``change_settings`` in app.settings.put): a role
that may not (a cashier) can look at them, but Save is greyed out with a note
why.
"""
from __future__ import annotations

import copy

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app import followups
from app import settings as shop_settings
from ui.errors import report_bug
from ui.widgets import error_label


def _load(shop) -> tuple[dict, str]:
    with shop.read() as s:
        return followups.get_rules(s), shop_settings.get(s, "currency")


def _save(shop, rules: dict) -> dict:
    with shop.transaction() as s:
        followups.put_rules(s, rules)
        return followups.get_rules(s)


class FollowupRulesDialog(QDialog):
    """Edit the follow-up rules (see the module docstring).

    Signals:
        loaded(): the shop's rules are in the form.

    Attributes:
        saved_rules: the rules as stored, once saved.
    """

    loaded = Signal()
    PRESET_KEYS = ("retail", "salon", "arcade", "mother_baby", "custom")

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.rules: dict | None = None
        self.saved_rules: dict | None = None
        self.currency = "TWD"
        self._filling = False
        self.setWindowTitle(self.tr("Follow-up rules"))
        self.resize(640, 720)
        lang = ctx.lang

        self.preset = QComboBox()
        for key, text in zip(self.PRESET_KEYS, (self.tr("Retail shop"), self.tr("Hair or beauty salon"),
                                                self.tr("Arcade or game centre"), self.tr("Mother and baby shop"),
                                                self.tr("Custom"))):
            self.preset.addItem(text, key)
        self.preset.currentIndexChanged.connect(self._on_preset)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Kind of shop:")))
        top.addWidget(self.preset, 1)

        def spin(lo: int, hi: int, suffix: str = "") -> QSpinBox:
            s = QSpinBox()
            s.setRange(lo, hi)
            if suffix:
                s.setSuffix(suffix)
            s.valueChanged.connect(self._on_edited)
            return s

        days = self.tr(" days")
        self.enabled: dict[str, QCheckBox] = {}
        self.fields: dict[tuple[str, str], QSpinBox | QDoubleSpinBox] = {}
        body = QWidget()
        form_box = QVBoxLayout(body)

        def group(section: str, title: str, rows: list[tuple[str, str, QWidget]]) -> QGroupBox:
            box = QGroupBox(title)
            if section != "calls":
                box.setCheckable(True)
                box.toggled.connect(self._on_edited)
                self.enabled[section] = box
            form = QFormLayout(box)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
            for name, label, widget in rows:
                form.addRow(label, widget)
                if name:
                    self.fields[(section, name)] = widget
            form_box.addWidget(box)
            return box

        label = lambda reason: followups.reason_label(reason, None, lang)  # noqa: E731
        self.step_spins = [spin(1, 3650, days) for _ in range(3)]
        steps_row = QWidget()
        sr = QHBoxLayout(steps_row)
        sr.setContentsMargins(0, 0, 0, 0)
        for k, s in enumerate(self.step_spins):
            sr.addWidget(QLabel(self.tr("step %1").replace("%1", str(k + 1))))
            sr.addWidget(s)
        sr.addStretch(1)
        self.vouchers_label = QLabel()
        self.vouchers_label.setWordWrap(True)
        self.vouchers_label.setStyleSheet("color: #555;")
        group("dormant", label("dormant"), [
            ("", self.tr("No purchase for:"), steps_row),
            ("lost_after_days", self.tr("Lost after step 3 plus:"), spin(1, 3650, days)),
            ("", self.tr("Offers:"), self.vouchers_label),
        ])
        self.birthday_offer = QLabel()
        self.birthday_offer.setStyleSheet("color: #555;")
        group("birthday", label("birthday"), [
            ("days_before", self.tr("Call this long before:"), spin(0, 60, days)),
            ("", self.tr("Offer:"), self.birthday_offer),
        ])
        variation = QDoubleSpinBox()
        variation.setRange(0.0, 5.0)
        variation.setSingleStep(0.05)
        variation.setDecimals(2)
        variation.valueChanged.connect(self._on_edited)
        group("replenish", label("replenish"), [
            ("min_purchases", self.tr("At least this many visits:"), spin(2, 1000)),
            ("min_interval_days", self.tr("Usual gap from:"), spin(1, 3650, days)),
            ("max_interval_days", self.tr("Usual gap up to:"), spin(1, 3650, days)),
            ("max_variation", self.tr("Steadiness (spread of the gaps, at most):"), variation),
            ("lead_days", self.tr("Call this long before they are due:"), spin(0, 365, days)),
            ("overdue_days", self.tr("Keep calling this long after:"), spin(0, 365, days)),
        ])
        group("unused_balance", label("unused_balance"), [
            ("idle_days", self.tr("No visit for:"), spin(1, 3650, days)),
        ])
        group("complaint", label("complaint"), [
            ("call_within_days", self.tr("Call within:"), spin(0, 60, days)),
            ("repeat_days", self.tr("Call again every:"), spin(1, 60, days)),
        ])
        group("thank_you", label("thank_you"), [
            ("top_percent", self.tr("Best customers by spend, top:"), spin(1, 100, " %")),
        ])
        group("new_member", label("new_member"), [
            ("after_days", self.tr("Call this long after the first visit:"), spin(0, 365, days)),
            ("window_days", self.tr("For:"), spin(1, 365, days)),
        ])
        group("calls", self.tr("Calls"), [
            ("no_answer_retries", self.tr("Retries after no answer:"), spin(0, 20)),
            ("retry_after_days", self.tr("Retry after:"), spin(1, 30, days)),
            ("winback_days", self.tr("A purchase counts as a win-back within:"), spin(1, 365, days)),
        ])
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)

        self.form_error = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.save_button = self.buttons.button(QDialogButtonBox.Save)
        self.save_button.setEnabled(False)
        self.permission_label = QLabel()
        self.permission_label.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.permission_label, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.form_error)
        layout.addLayout(bottom)
        self._saving = False
        ctx.actor_changed.connect(self._update_permission)
        self._update_permission()
        self.ctx.runner.run(_load, self.ctx.shop, on_done=self._on_loaded, on_error=self._on_failed)

    # ----------------------------------------------------------------- form <-> rules
    def _on_loaded(self, result) -> None:
        if not isValid(self):
            return
        rules, self.currency = result
        self.fill(rules)
        self._update_permission()
        self.loaded.emit()

    def _update_permission(self) -> None:
        """Save only once the rules are in the form, not while saving, and only for an owner or a manager."""
        if not isValid(self):
            return
        allowed = self.ctx.may("change_settings")
        self.save_button.setEnabled(allowed and self.rules is not None and not self._saving)
        self.permission_label.setText("" if allowed else self.tr("Only an owner or a manager can change these."))
        self.permission_label.setVisible(not allowed)

    def fill(self, rules: dict) -> None:
        """Show ``rules`` in the form."""
        self._filling = True
        try:
            self.rules = copy.deepcopy(rules)
            self.preset.setCurrentIndex(self.PRESET_KEYS.index(rules.get("preset", "custom")))
            for section, box in self.enabled.items():
                box.setChecked(bool(rules[section]["enabled"]))
            for (section, name), w in self.fields.items():
                w.setValue(rules[section][name])
            for s, v in zip(self.step_spins, rules["dormant"]["steps"]):
                s.setValue(v)
            self._show_offers()
        finally:
            self._filling = False

    def current_rules(self) -> dict:
        """The rules as the form shows them."""
        rules = copy.deepcopy(self.rules or followups.PRESETS["retail"])
        for section, box in self.enabled.items():
            rules[section]["enabled"] = box.isChecked()
        for (section, name), w in self.fields.items():
            rules[section][name] = w.value() if isinstance(w, QDoubleSpinBox) else int(w.value())
        rules["dormant"]["steps"] = [s.value() for s in self.step_spins]
        rules["preset"] = self.preset.currentData()
        return rules

    def _show_offers(self) -> None:
        lang = self.ctx.lang
        rules = self.rules or followups.PRESETS["retail"]

        def offer(v) -> str:
            if v is None:
                return self.tr("none")
            return self.tr("%1, valid for %2 days").replace(
                "%1", followups.offer_text(v, self.currency, lang)).replace("%2", str(v["valid_days"]))

        parts = [self.tr("step %1: %2").replace("%1", str(k + 1)).replace("%2", offer(v))
                 for k, v in enumerate(rules["dormant"]["vouchers"])]
        self.vouchers_label.setText("\n".join(parts))
        self.birthday_offer.setText(offer(rules["birthday"]["voucher"]))

    def _on_preset(self, _i: int) -> None:
        if self._filling:
            return
        key = self.preset.currentData()
        if key in followups.PRESETS:
            self.fill(followups.PRESETS[key])

    def _on_edited(self, *_a) -> None:
        if self._filling:
            return
        self.form_error.hide()
        self._filling = True
        self.preset.setCurrentIndex(self.PRESET_KEYS.index("custom"))
        self._filling = False

    # ----------------------------------------------------------------- save
    def save(self) -> None:
        rules = self.current_rules()
        steps, rep = rules["dormant"]["steps"], rules["replenish"]
        problems = []
        if not steps[0] < steps[1] < steps[2]:
            problems.append(self.tr("The win-back steps must grow: step 1 < step 2 < step 3."))
        if rep["min_interval_days"] > rep["max_interval_days"]:
            problems.append(self.tr("The usual gap cannot start above where it ends."))
        if not problems:
            problems = followups.rules_problems({**rules, "preset": "custom"})
        if problems:
            self.form_error.setText("\n".join(problems))
            self.form_error.show()
            return
        self._saving = True
        self.save_button.setEnabled(False)
        self.ctx.runner.run(_save, self.ctx.shop, rules, on_done=self._on_saved, on_error=self._on_failed)

    def _on_saved(self, rules: dict) -> None:
        if not isValid(self):
            return
        self.saved_rules = rules
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self._saving = False
        self._update_permission()
        from app.errors import UserError

        if isinstance(exc, UserError):
            self.form_error.setText(exc.message(self.ctx.lang))
            self.form_error.show()
        else:
            self.form_error.setText(self.tr("The rules could not be saved; nothing was changed."))
            self.form_error.show()
            report_bug(self, exc)
