"""The programmes' strip at the Counter, under the member panel.

Shows the member's tier as a badge in its colour with "X more to Gold",
points expiring soon, the stamp card ("3/10"), a check-in button (Ctrl+K; F9-F11 are the wallet's) when
the shop has check-in points, and after a sale what multiplied the points and
why ("會員日 ×2、金卡 ×1.5"), a tier upgrade, a completed card, a referral.

The services return codes and numbers (app.programs.rules.EarnReason); the
words are made here, in the cashier's language.
"""
from __future__ import annotations

import datetime as dt
from fractions import Fraction

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.errors import UserError
from app.programs import checkin as checkin_service
from app.programs import counter as counter_service
from app.programs.rules import EarnReason
from ui.context import AppContext
from ui.errors import report_bug
from ui.widgets import format_int


def multiplier_text(pct: int) -> str:
    """150 → "1.5", 200 → "2", 125 → "1.25"."""
    whole, rest = divmod(pct, 100)
    return str(whole) if not rest else f"{pct / 100:.2f}".rstrip("0")


def text_colour(background: str) -> str:
    """Black or white, whichever reads better on ``background``."""
    c = QColor(background)
    luma = 0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue()
    return "#1b1b1b" if luma > 150 else "#ffffff"


class ProgramsStrip(QFrame):
    """Tier, expiry, stamps and check-in of the member at the counter."""

    checked_in = Signal(int)  # member id
    summary_loaded = Signal()  # the Counter re-prices its preview (tier discount, multipliers)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("programsStrip")
        self.member = None
        self.summary: counter_service.MemberPrograms | None = None
        self._seq = 0
        root = QVBoxLayout(self)
        root.setContentsMargins(4, 0, 4, 0)
        root.setSpacing(4)
        row = QHBoxLayout()
        row.setSpacing(10)
        self.tier_badge = QLabel()
        self.tier_badge.setObjectName("tierBadge")
        self.next_label = QLabel()
        self.next_label.setObjectName("tierNext")
        self.stamps_label = QLabel()
        self.stamps_label.setObjectName("stampCard")
        self.expiry_label = QLabel()
        self.expiry_label.setObjectName("pointsExpiring")
        self.expiry_label.setStyleSheet("color: #b25d00;")
        self.checkin_button = QPushButton()
        self.checkin_button.setObjectName("checkinButton")
        self.checkin_button.setFocusPolicy(Qt.NoFocus)
        self.checkin_button.clicked.connect(self.check_in)
        for w in (self.tier_badge, self.next_label, self.stamps_label, self.expiry_label):
            row.addWidget(w)
        row.addStretch(1)
        self.reward_button = QPushButton()
        self.reward_button.setObjectName("stampRewardButton")
        self.reward_button.setFocusPolicy(Qt.NoFocus)
        self.reward_button.clicked.connect(self.hand_over_reward)
        row.addWidget(self.reward_button)
        row.addWidget(self.checkin_button)
        root.addLayout(row)
        self.reasons_label = QLabel()
        self.reasons_label.setObjectName("earnReasons")
        self.reasons_label.setWordWrap(True)
        self.reasons_label.hide()
        root.addWidget(self.reasons_label)
        shortcut = QShortcut(QKeySequence("Ctrl+K"), self)
        shortcut.activated.connect(self.check_in)
        ctx.member_changed.connect(self._on_member_changed)
        self.show_member(None)

    # ----------------------------------------------------------- member
    def show_member(self, member) -> None:
        """A member (MemberView) came to the counter, or None for a walk-in."""
        changed = (member.id if member else None) != (self.member.id if self.member else None)
        self.member = member
        self._seq += 1
        if changed:
            self.summary = None
            self._say("")
        if member is None:
            self.setVisible(False)
            return
        self.refresh()

    def refresh(self) -> None:
        if self.member is None:
            return
        seq, member_id = self._seq, self.member.id

        def load():  # worker thread
            with self.ctx.shop.read() as s:
                return counter_service.summary(s, member_id)

        def done(summary) -> None:
            if seq == self._seq:
                self.set_summary(summary)

        self.ctx.runner.run(load, on_done=done, on_error=lambda exc: None)

    def _on_member_changed(self, member_id: int) -> None:
        if self.member is not None and self.member.id == member_id:
            self._seq += 1
            self.refresh()

    def set_summary(self, summary: counter_service.MemberPrograms) -> None:
        self.summary = summary
        lang = self.ctx.lang
        st = summary.tier
        any_shown = False
        if st.tier is not None:
            fg = text_colour(st.tier.colour)
            self.tier_badge.setStyleSheet(
                f"QLabel#tierBadge {{ background: {st.tier.colour}; color: {fg}; border-radius: 9px;"
                " padding: 2px 12px; font-weight: bold; }")
            self.tier_badge.setText(st.tier.name)
            self.tier_badge.show()
        if st.tier is not None or st.next_tier is not None:
            tip = self.tr("Last 12 months: %1 spent, %2 visits").replace("%1", self.ctx.money(st.spend_cents)).replace(
                "%2", format_int(st.visits, lang))
            self.tier_badge.setToolTip(tip)
            self.next_label.setToolTip(tip)
            any_shown = True
        else:
            self.tier_badge.hide()
        if st.next_tier is not None and st.missing is not None:
            if st.next_tier.basis == "spend":
                text = self.tr("%1 more to %2").replace("%1", self.ctx.money(st.missing)).replace("%2", st.next_tier.name)
            else:
                text = self.tr("%n more visit(s) to %1", "", st.missing).replace("%1", st.next_tier.name)
            self.next_label.setText(text)
            self.next_label.show()
            any_shown = True
        else:
            self.next_label.hide()
        if summary.stamps is not None:
            self.stamps_label.setText(self.tr("Stamps %1/%2").replace("%1", str(summary.stamps.balance)).replace(
                "%2", str(summary.stamps.per_card)))
            tip = summary.stamps.reward
            if summary.stamps.rewards_unused:
                tip = self.tr("%1 reward(s) to hand over: %2").replace(
                    "%1", str(summary.stamps.rewards_unused)).replace("%2", summary.stamps.reward)
            self.stamps_label.setToolTip(tip)
            self.stamps_label.show()
            self.reward_button.setText(self.tr("Give reward: %1").replace("%1", summary.stamps.reward or "✓"))
            self.reward_button.setVisible(summary.stamps.rewards_unused > 0)
            any_shown = True
        else:
            self.stamps_label.hide()
            self.reward_button.hide()
        if summary.expiring is not None:
            self.expiry_label.setText(self.tr("%1 points expire after %2").replace(
                "%1", format_int(summary.expiring.points, lang)).replace("%2", summary.expiring.valid_until.isoformat()))
            self.expiry_label.show()
            any_shown = True
        else:
            self.expiry_label.hide()
        if summary.checkin_points:
            self.checkin_button.setEnabled(not summary.checked_in_today)
            self.checkin_button.setText(
                self.tr("Checked in today") if summary.checked_in_today
                else self.tr("Check in +%1  Ctrl+K").replace("%1", format_int(summary.checkin_points, lang)))
            self.checkin_button.show()
            any_shown = True
        else:
            self.checkin_button.hide()
        self.setVisible(any_shown or bool(self.reasons_label.text()))
        self.summary_loaded.emit()

    def discount_note(self, cents: int) -> str:
        """"(Gold -9.50)" for the Counter's "to pay" line."""
        name = self.summary.tier.tier.name if self.summary and self.summary.tier.tier else ""
        return self.tr("(%1 -%2)").replace("%1", name).replace("%2", self.ctx.money(cents))

    # ----------------------------------------------------------- sale
    def reasons_text(self, reasons) -> str:
        """"member day ×2, Gold ×1.5" in the cashier's language."""
        parts = []
        for r in reasons:
            x = multiplier_text(r.multiplier_pct)
            if r.code == "member_day":
                parts.append(self.tr("member day ×%1").replace("%1", x))
            elif r.code == "birthday":
                parts.append(self.tr("birthday ×%1").replace("%1", x))
            elif r.code == "cap":
                parts.append(self.tr("capped at ×%1").replace("%1", x))
            else:  # tier, category, promotion: their own name
                parts.append(f"{r.name} ×{x}")
        return self.tr(", ").join(parts)

    def reasons_suffix(self, reasons) -> str:
        """" (member day ×2, Gold ×1.5)" after "+90 points" in the confirmation."""
        return self.tr(" (%1)").replace("%1", self.reasons_text(reasons))

    def _say(self, text: str) -> None:
        self.reasons_label.setText(text)
        self.reasons_label.setVisible(bool(text))

    def show_sale(self, result) -> None:
        """After a sale: what applied and why, and what the programmes did."""
        if result.member_id is None or self.member is None or result.member_id != self.member.id:
            return
        lines = []
        if result.earn_reasons:
            lines.append(self.tr("Points: %1").replace("%1", self.reasons_text(result.earn_reasons)))
        if result.tier_discount_cents:
            lines.append(self.tr("Tier discount -%1").replace("%1", self.ctx.money(result.tier_discount_cents)))
        out = result.programs
        if out is not None:
            if out.new_tier is not None:
                lines.append(self.tr("Upgraded to %1!").replace("%1", out.new_tier.name))
            if out.stamps is not None and out.stamps.rewards_earned:
                lines.append(self.tr("Stamp card complete: %1").replace("%1", out.stamps.reward))
            if out.referral is not None:
                lines.append(self.tr("%1 earns %2 points for the referral").replace(
                    "%1", out.referral.referrer_name).replace("%2", format_int(out.referral.points, self.ctx.lang)))
        self._say("   ".join(lines))
        self.setVisible(True)
        self._seq += 1
        self.refresh()

    def preview(self, base_cents: int, category: str | None) -> tuple[int, Fraction]:
        """(tier discount, multiplier) for the live "to pay / earns" line."""
        if self.member is None or self.summary is None or not self.ctx.settings:
            return 0, Fraction(1)
        try:
            off, m, _r = counter_service.preview(
                self.ctx.settings, tier=self.summary.tier.tier, birth_month=self.member.birth_month,
                birth_day=self.member.birth_day, base_cents=base_cents, category=category, day=dt.date.today())
        except KeyError:
            return 0, Fraction(1)
        return off, m

    # ----------------------------------------------------------- stamp reward
    def hand_over_reward(self) -> None:
        """The member takes the reward of a full stamp card."""
        if self.member is None:
            return
        member_id = self.member.id

        def work():  # worker thread
            from app.programs import stamps

            with self.ctx.shop.transaction() as s:
                return stamps.hand_over(s, member_id).description

        def done(what: str) -> None:
            self._say(self.tr("Reward given: %1").replace("%1", what))
            self._seq += 1
            self.refresh()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, UserError):
                self._say(exc.message(self.ctx.lang))
            else:
                report_bug(self, exc)
            self.refresh()

        self.ctx.runner.run(work, on_done=done, on_error=failed)

    # ----------------------------------------------------------- check-in
    def check_in(self) -> None:
        if self.member is None or self.summary is None or not self.summary.checkin_points:
            return
        if not self.checkin_button.isEnabled():
            return
        member_id = self.member.id
        self.checkin_button.setEnabled(False)

        def work():  # worker thread
            with self.ctx.shop.transaction() as s:
                return checkin_service.check_in(s, member_id)

        def done(r) -> None:
            self._say(self.tr("Checked in: +%1 points").replace("%1", format_int(r.points, self.ctx.lang)))
            self.checked_in.emit(member_id)
            self.ctx.member_changed.emit(member_id)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, UserError):
                self._say(exc.message(self.ctx.lang))
            else:
                report_bug(self, exc)
            self.refresh()

        self.ctx.runner.run(work, on_done=done, on_error=failed)
