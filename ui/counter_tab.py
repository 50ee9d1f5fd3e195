"""The cashier's screen: find the member, ring up the sale, done.

Keyboard first, because there is a queue: the search box takes a scanner's
burst or typing (results update as you type, Enter opens the first or chosen
match, Up/Down choose, Esc clears); Enter in the amount records the sale;
F-keys do the rest. Every database call goes through the runner, so the
screen never freezes, and each sale keeps one ``sale_key`` from the first
attempt until it is saved, so a double press or a retry after an error can
never post twice.
"""
from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import counter as counter_service
from app import coupons as coupon_service
from app import members as member_service
from app import sales as sales_service
from app.coupons import CouponView
from app.devices import station_id
from app.errors import UserError
from app.members import MemberView
from app.textparse import parse_amount_cents
from ui.context import AppContext
from ui.counter_dialogs import AdjustPointsDialog, RedeemDialog, RefundDialog
from ui.errors import report_bug
from ui.programs_counter import ProgramsStrip
from ui.wallet_dialogs import WalletPanel
from ui.widgets import FieldRow, FormErrors, days_ago_text, error_label, format_int

log = logging.getLogger(__name__)

try:  # built by the Members-tab work; the Counter must work without it
    from ui.member_dialog import MemberDialog
except ImportError:  # pragma: no cover - only while it is missing or broken
    log.exception("the sign-up dialog could not be loaded")
    MemberDialog = None

try:
    from ui.history_dialog import HistoryDialog
except ImportError:  # pragma: no cover
    log.exception("the history dialog could not be loaded")
    HistoryDialog = None

SEARCH_DEBOUNCE_MS = 150
QUOTE_DEBOUNCE_MS = 120
BIRTHDAY_WINDOW_DAYS = 7


class SearchBox(QLineEdit):
    """The big lookup box; Up/Down move the choice in the result list."""

    navigate = Signal(int)

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in (Qt.Key_Up, Qt.Key_Down):
            self.navigate.emit(-1 if key == Qt.Key_Up else 1)
            return
        if key in (Qt.Key_PageUp, Qt.Key_PageDown):
            self.navigate.emit(-5 if key == Qt.Key_PageUp else 5)
            return
        super().keyPressEvent(event)


class MemberPanel(QFrame):
    """Who is at the counter: name, card, points (large), last visit, birthday."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("memberPanel")
        self.member: MemberView | None = None
        layout = QGridLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setHorizontalSpacing(24)
        layout.setVerticalSpacing(6)
        self.name_label = QLabel()
        self.name_label.setObjectName("memberName")
        self.name_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.name_label.setWordWrap(True)
        self.details_label = QLabel()
        self.details_label.setObjectName("memberDetails")
        self.details_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.details_label.setWordWrap(True)
        self.last_visit_label = QLabel()
        self.last_visit_label.setObjectName("lastVisit")
        self.birthday_label = QLabel()
        self.birthday_label.setObjectName("birthdayBadge")
        self.birthday_label.hide()
        self.walkin_label = QLabel()
        self.walkin_label.setObjectName("walkinBadge")
        self.walkin_label.setWordWrap(True)
        self.points_caption = QLabel()
        self.points_caption.setObjectName("pointsCaption")
        self.points_caption.setAlignment(Qt.AlignRight | Qt.AlignBottom)
        self.points_label = QLabel()
        self.points_label.setObjectName("memberPoints")
        self.points_label.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
        badge_row = QHBoxLayout()
        badge_row.setSpacing(10)
        badge_row.addWidget(self.last_visit_label)
        badge_row.addWidget(self.birthday_label)
        badge_row.addStretch(1)
        layout.addWidget(self.name_label, 0, 0)
        layout.addWidget(self.details_label, 1, 0)
        layout.addLayout(badge_row, 2, 0)
        layout.addWidget(self.walkin_label, 0, 0, 3, 1)
        layout.addWidget(self.points_caption, 0, 1)
        layout.addWidget(self.points_label, 1, 1, 2, 1)
        layout.setColumnStretch(0, 1)
        self.set_member(None)

    def set_member(self, member: MemberView | None, today: dt.date | None = None) -> None:
        self.member = member
        is_member = member is not None
        for w in (self.name_label, self.details_label, self.last_visit_label, self.points_caption, self.points_label):
            w.setVisible(is_member)
        self.walkin_label.setVisible(not is_member)
        if member is None:
            self.walkin_label.setText(self.tr("Walk-in customer — scan a card or search to add points."))
            self.birthday_label.hide()
            return
        today = today or dt.date.today()
        lang = self.ctx.lang
        self.name_label.setText(member.name)
        self.details_label.setText(
            self.tr("Card %1 · %2").replace("%1", member.member_no).replace("%2", member.phone)
        )
        self.points_caption.setText(self.tr("Points"))
        self.points_label.setText(format_int(member.points_balance, lang))
        self.last_visit_label.setText(self.tr("Last visit: %1").replace("%1", days_ago_text(member.last_purchase_at, today)))
        days = member_service.days_to_birthday(member.birth_month, member.birth_day, today)
        if days is not None and days <= BIRTHDAY_WINDOW_DAYS:
            self.birthday_label.setText(
                self.tr("Birthday today!") if days == 0 else self.tr("Birthday in %n day(s)", "", days)
            )
            self.birthday_label.show()
        else:
            self.birthday_label.hide()


class CounterTab(QWidget):
    """The Counter tab (see the module docstring)."""

    member_shown = Signal(object)  # MemberView or None
    sale_saved = Signal(object)  # SaleResult

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("counterTab")
        self.member: MemberView | None = None
        self.sale_key: str | None = None
        self.saving = False
        self.active_dialog = None
        self.last_sale = None
        self._search_seq = 0
        self._shown_query: str | None = None
        self._results: list[MemberView] = []
        self._member_seq = 0
        self.devices = None  # ui.device_manager.DeviceManager, set by attach_devices
        self.coupon: CouponView | None = None  # the coupon applied to the sale being rung up
        self._coupon_off = 0  # its discount on the amount typed (0 while refused)
        self._coupon_seq = 0
        self._build()
        self._connect()
        self.show_member(None)
        ctx.runner.run(self._load_categories, on_done=self._on_categories, on_error=self._on_bug)
        self.reload_recent()

    # ----------------------------------------------------------- layout
    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(16, 14, 16, 12)
        root.setSpacing(12)

        self.search_box = SearchBox()
        self.search_box.setObjectName("searchBox")
        self.search_box.setPlaceholderText(self.tr("Scan a card, or type a phone number, its last 4 digits or a name"))
        self.search_box.setClearButtonEnabled(True)
        self.search_row = FieldRow(self.search_box)
        root.addWidget(self.search_row)

        body = QHBoxLayout()
        body.setSpacing(16)
        root.addLayout(body, 1)

        # Left: the matches while searching, else the latest sales (click one
        # to bring that member back, e.g. to add a forgotten item).
        left = QVBoxLayout()
        left.setSpacing(6)
        self.results_caption = QLabel()
        self.results_caption.setObjectName("recentCaption")
        left.addWidget(self.results_caption)
        self.results = QListWidget()
        self.results.setSelectionMode(QAbstractItemView.SingleSelection)
        self.results.setFocusPolicy(Qt.ClickFocus)
        self.results.setUniformItemSizes(False)  # a merged member's row has a second line (≤ 50 rows)
        self.results.setObjectName("resultsList")
        self.recent = QListWidget()
        self.recent.setObjectName("recentList")
        self.recent.setSelectionMode(QAbstractItemView.SingleSelection)
        self.recent.setFocusPolicy(Qt.ClickFocus)
        self.recent.setUniformItemSizes(True)
        self.left_stack = QStackedWidget()
        self.left_stack.addWidget(self.recent)
        self.left_stack.addWidget(self.results)
        self.left_stack.setMinimumWidth(340)
        left.addWidget(self.left_stack, 1)
        body.addLayout(left, 4)

        # the right column scrolls when the screen is short (a 1366×768
        # laptop): member card, programmes, stored value and the form no
        # longer fit 768 pixels together, and a window taller than the screen
        # hides the Record sale button
        right_widget = QWidget()
        right = QVBoxLayout(right_widget)
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(14)
        self.right_scroll = QScrollArea()
        self.right_scroll.setFrameShape(QFrame.NoFrame)
        self.right_scroll.setWidgetResizable(True)
        self.right_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.panel = MemberPanel(self.ctx)
        right.addWidget(self.panel)
        # loyalty programmes (issue 6): tier badge, "X more to Gold", stamps, expiring points, check-in
        self.programs = ProgramsStrip(self.ctx)
        self.member_shown.connect(self.programs.show_member)
        self.sale_saved.connect(self.programs.show_sale)
        self.programs.summary_loaded.connect(self._update_preview)
        right.addWidget(self.programs)
        # stored value and packages (issue 6): balance, packages with a Use button, F9/F10/F11
        self.wallet_panel = WalletPanel(self.ctx, self)
        self.member_shown.connect(self.wallet_panel.set_member)
        right.addWidget(self.wallet_panel)

        form = QFormLayout()
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(10)
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignRight | Qt.AlignVCenter)
        self.amount_edit = QLineEdit()
        self.amount_edit.setObjectName("amountEdit")
        self.amount_edit.setPlaceholderText(self.tr("e.g. 128.50"))
        self.amount_row = FieldRow(self.amount_edit)
        self.amount_label = QLabel(self.tr("&Amount"))
        self.amount_label.setObjectName("formLabel")
        self.amount_label.setBuddy(self.amount_edit)
        form.addRow(self.amount_label, self.amount_row)

        # The coupon line: shown once a coupon is scanned or typed in the search box.
        self.coupon_box = QFrame()
        self.coupon_box.setObjectName("couponLine")
        self.coupon_box.setFrameShape(QFrame.StyledPanel)
        self.coupon_box.setStyleSheet(
            "#couponLine { background: #eef7ee; border: 1px solid #9fc89f; border-radius: 4px; }"
            "#couponTitle { font-weight: 600; font-size: 15px; } #couponRules { color: #444; }"
        )
        coupon_layout = QGridLayout(self.coupon_box)
        coupon_layout.setContentsMargins(10, 6, 4, 6)
        coupon_layout.setHorizontalSpacing(8)
        coupon_layout.setVerticalSpacing(2)
        self.coupon_title = QLabel()
        self.coupon_title.setObjectName("couponTitle")
        self.coupon_title.setWordWrap(True)
        self.coupon_title.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.coupon_rules = QLabel()
        self.coupon_rules.setObjectName("couponRules")
        self.coupon_rules.setWordWrap(True)
        self.coupon_rules.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.coupon_remove = QToolButton()
        self.coupon_remove.setObjectName("couponRemove")
        self.coupon_remove.setText("✕")
        self.coupon_remove.setAutoRaise(True)
        self.coupon_remove.setFocusPolicy(Qt.NoFocus)
        self.coupon_remove.setToolTip(self.tr("Remove the coupon (Esc)"))
        coupon_layout.addWidget(self.coupon_title, 0, 0)
        coupon_layout.addWidget(self.coupon_rules, 1, 0)
        coupon_layout.addWidget(self.coupon_remove, 0, 1, 2, 1, Qt.AlignTop)
        coupon_layout.setColumnStretch(0, 1)
        self.coupon_row = FieldRow(self.coupon_box)
        self.coupon_label = QLabel(self.tr("Coupon"))
        self.coupon_label.setObjectName("formLabel")
        form.addRow(self.coupon_label, self.coupon_row)
        self.sale_form = form
        form.setRowVisible(self.coupon_row, False)

        self.category_combo = QComboBox()
        self.category_combo.setEditable(True)
        self.category_combo.setInsertPolicy(QComboBox.NoInsert)
        self.category_combo.lineEdit().setPlaceholderText(self.tr("optional"))
        self.category_combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.category_row = FieldRow(self.category_combo)
        category_label = QLabel(self.tr("Ca&tegory"))
        category_label.setObjectName("formLabel")
        category_label.setBuddy(self.category_combo)
        form.addRow(category_label, self.category_row)

        self.payment_combo = QComboBox()
        for code in sales_service.PAYMENT_METHODS:
            self.payment_combo.addItem(payment_label(code), code)
        payment_label_w = QLabel(self.tr("&Payment"))
        payment_label_w.setObjectName("formLabel")
        payment_label_w.setBuddy(self.payment_combo)
        form.addRow(payment_label_w, self.payment_combo)

        points_line = QWidget()
        points_layout = QHBoxLayout(points_line)
        points_layout.setContentsMargins(0, 0, 0, 0)
        points_layout.setSpacing(12)
        self.points_spin = QSpinBox()
        self.points_spin.setMinimumWidth(140)
        self.points_spin.setAccelerated(True)
        self.points_row = FieldRow(self.points_spin)
        self.discount_label = QLabel()
        points_layout.addWidget(self.points_row)
        points_layout.addWidget(self.discount_label, 1)
        self.points_label_w = QLabel(self.tr("&Use points"))
        self.points_label_w.setObjectName("formLabel")
        self.points_label_w.setBuddy(self.points_spin)
        form.addRow(self.points_label_w, points_line)
        form.addRow(self.wallet_panel.pay_row.label, self.wallet_panel.pay_row)
        # the line shows only for a member with stored value to pay with
        self.wallet_panel.pay_row.usable_changed.connect(
            lambda usable: form.setRowVisible(self.wallet_panel.pay_row, usable))
        form.setRowVisible(self.wallet_panel.pay_row, False)
        right.addLayout(form)
        self.form_error = error_label()
        right.addWidget(self.form_error)
        right.addStretch(1)
        self.right_scroll.setWidget(right_widget)
        # what to pay and the points earned sit under the scrolling part, so
        # the cashier sees them whatever the screen's height
        self.to_pay_label = QLabel()
        self.to_pay_label.setObjectName("toPay")
        self.to_pay_label.setWordWrap(True)
        right_column = QVBoxLayout()
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.setSpacing(6)
        right_column.addWidget(self.right_scroll, 1)
        right_column.addWidget(self.to_pay_label)
        body.addLayout(right_column, 7)

        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        self.sale_button = QPushButton(self.tr("Record sale  F2"))
        self.sale_button.setObjectName("primaryButton")
        self.sale_button.setDefault(False)
        self.redeem_button = QPushButton(self.tr("Redeem reward  F3"))
        self.refund_button = QPushButton(self.tr("Refund  F4"))
        self.signup_button = QPushButton(self.tr("New member  F5"))
        self.walkin_button = QPushButton(self.tr("Walk-in  F6"))
        self.history_button = QPushButton(self.tr("History  F7"))
        self.adjust_button = QPushButton(self.tr("Adjust points  F8"))
        self._action_buttons = [
            self.redeem_button, self.refund_button, self.signup_button, self.walkin_button,
            self.history_button, self.adjust_button,
        ]
        buttons.addWidget(self.sale_button)
        buttons.addSpacing(12)
        for b in self._action_buttons:
            b.setObjectName("actionButton")
            b.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Fixed)
            buttons.addWidget(b)
        buttons.addStretch(1)
        root.addLayout(buttons)

        self.confirm_label = QLabel()
        self.confirm_label.setObjectName("confirmLine")
        self.confirm_label.setWordWrap(True)
        self.confirm_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.confirm_label.hide()
        root.addWidget(self.confirm_label)

        self.errors = FormErrors(
            {
                "amount": self.amount_row,
                "points": self.points_row,
                "category": self.category_row,
                "search": self.search_row,
                "code": self.coupon_row,
                "wallet": self.wallet_panel.pay_row.row,
            },
            self.form_error,
            lambda: self.ctx.lang,
        )
        self.setTabOrder(self.search_box, self.amount_edit)
        self.setTabOrder(self.amount_edit, self.category_combo)
        self.setTabOrder(self.category_combo, self.payment_combo)
        self.setTabOrder(self.payment_combo, self.points_spin)
        self.setTabOrder(self.points_spin, self.wallet_panel.pay_row.check)
        self.setTabOrder(self.wallet_panel.pay_row.check, self.wallet_panel.pay_row.edit)
        self.setTabOrder(self.wallet_panel.pay_row.edit, self.sale_button)

    def _connect(self) -> None:
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(lambda: self._lookup(open_first=False))
        self.search_box.textChanged.connect(self._on_search_text)
        self.search_box.returnPressed.connect(self._on_search_enter)
        self.search_box.navigate.connect(self._on_navigate)
        self.results.itemActivated.connect(self._on_result_activated)
        self.results.itemClicked.connect(self._on_result_activated)
        self.recent.itemActivated.connect(self._on_recent_activated)
        self.recent.itemClicked.connect(self._on_recent_activated)
        self.ctx.members_reset.connect(self.reload_recent)
        self.amount_edit.returnPressed.connect(self.record_sale)
        self.amount_edit.textChanged.connect(self._update_preview)
        self._quote_timer = QTimer(self)
        self._quote_timer.setSingleShot(True)
        self._quote_timer.setInterval(QUOTE_DEBOUNCE_MS)
        self._quote_timer.timeout.connect(self._requote)
        self.amount_edit.textChanged.connect(lambda _t: self._quote_timer.start() if self.coupon else None)
        self.coupon_remove.clicked.connect(self.clear_coupon)
        self.points_spin.valueChanged.connect(self._update_preview)
        self.points_spin.lineEdit().returnPressed.connect(self.record_sale)
        self.sale_button.clicked.connect(self.record_sale)
        self.redeem_button.clicked.connect(self.open_redeem)
        self.refund_button.clicked.connect(self.open_refund)
        self.signup_button.clicked.connect(self.open_signup)
        self.walkin_button.clicked.connect(self.walk_in)
        self.history_button.clicked.connect(self.open_history)
        self.adjust_button.clicked.connect(self.open_adjust)
        for key, button in (
            (Qt.Key_F2, self.sale_button), (Qt.Key_F3, self.redeem_button), (Qt.Key_F4, self.refund_button),
            (Qt.Key_F5, self.signup_button), (Qt.Key_F6, self.walkin_button), (Qt.Key_F7, self.history_button),
            (Qt.Key_F8, self.adjust_button),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.WindowShortcut)  # only while the Counter is shown
            shortcut.activated.connect(button.click)
        esc = QShortcut(QKeySequence(Qt.Key_Escape), self)
        esc.setContext(Qt.WindowShortcut)
        esc.activated.connect(self.escape)
        self.ctx.member_changed.connect(self._on_member_changed)
        self.ctx.settings_changed.connect(self._apply_points_rule)
        self.ctx.actor_changed.connect(self._update_actions)

    # ----------------------------------------------------------- search
    def _on_search_text(self, text: str) -> None:
        self.search_row.clear_error()
        if not text.strip():
            self._debounce.stop()
            self._search_seq += 1  # whatever is in flight is now stale
            self._set_results([], None)
            return
        self._debounce.start()

    def _lookup(self, open_first: bool) -> None:
        self._debounce.stop()
        query = self.search_box.text()
        self._search_seq += 1
        seq = self._search_seq
        self.ctx.runner.run(
            self._find, query,
            on_done=lambda found: self._on_found(seq, query, open_first, found),
            on_error=lambda exc: self._on_find_error(seq, exc),
        )

    def _find(self, query: str) -> list[MemberView]:  # worker thread
        with self.ctx.shop.read() as s:
            return member_service.find(s, query, limit=30)

    def _on_found(self, seq: int, query: str, open_first: bool, found: list[MemberView]) -> None:
        if seq != self._search_seq:
            return  # a newer keystroke (or a chosen member) made this stale
        self._set_results(found, query)
        if open_first:
            if found:
                self._open_current()
            else:
                self.search_row.set_error(UserError("member_not_found", field="search", value=query.strip()).message(self.ctx.lang))
                self.search_box.selectAll()

    def _on_find_error(self, seq: int, exc: BaseException) -> None:
        if seq != self._search_seq:
            return
        if isinstance(exc, UserError):
            self._set_results([], self.search_box.text())
            self.search_row.set_error(exc.message(self.ctx.lang))
        else:
            self._on_bug(exc)

    def _set_results(self, found: list[MemberView], query: str | None) -> None:
        self._results = found
        self._shown_query = query
        self.results.clear()
        lang = self.ctx.lang
        for m in found:
            text = self.tr("%1   %2   %3   %4 pts").replace("%1", m.name).replace("%2", m.phone).replace(
                "%3", m.member_no).replace("%4", format_int(m.points_balance, lang))
            if m.merged_from:  # found by a duplicate's old card, phone or name: say so, on a line of its own
                text += "\n    " + self.tr("(merged from %1)").replace("%1", m.merged_from)
            item = QListWidgetItem(text)
            item.setData(Qt.UserRole, m.id)
            self.results.addItem(item)
        if found:
            self.results.setCurrentRow(0)
        if query is None:
            self.left_stack.setCurrentWidget(self.recent)
            self.results_caption.setText(self.tr("Recent sales"))
        else:
            self.left_stack.setCurrentWidget(self.results)
            self.results_caption.setText(self.tr("%n match(es)", "", len(found)))

    def _on_search_enter(self) -> None:
        text = self.search_box.text()
        if not text.strip():
            self.amount_edit.setFocus()
            return
        if coupon_service.looks_like_coupon(text):
            self._lookup_coupon(text)
            return
        if self._shown_query == text and self._results and not self._debounce.isActive():
            self._open_current()
        else:
            self._lookup(open_first=True)

    def handle_scan(self, code: str) -> None:
        """A code from a scanner (wedge or serial): a coupon is applied, anything
        else is looked up as a member card and opened."""
        text = code.strip()
        if not text:
            return
        if coupon_service.looks_like_coupon(text):
            self._lookup_coupon(text)
            return
        self.search_box.setText(text)
        self._lookup(open_first=True)

    # ----------------------------------------------------------- coupons
    def _lookup_coupon(self, text: str) -> None:
        self._debounce.stop()
        self._search_seq += 1
        seq = self._search_seq

        def find():  # worker thread
            with self.ctx.shop.read() as s:
                return coupon_service.lookup(s, text)

        self.ctx.runner.run(
            find,
            on_done=lambda view: self._on_coupon_found(seq, text, view),
            on_error=lambda exc: self._on_coupon_error(seq, exc),
        )

    def _on_coupon_found(self, seq: int, text: str, view: CouponView | None) -> None:
        if seq != self._search_seq:
            return
        if view is None:  # a 12-character member card number, say
            if self.search_box.text() != text:
                self.search_box.setText(text)
            self._lookup(open_first=True)
            return
        self.search_box.blockSignals(True)
        self.search_box.clear()
        self.search_box.blockSignals(False)
        self.search_row.clear_error()
        self._set_results([], None)
        self.apply_coupon(view)
        if view.member_id is not None and self.member is None and view.status == "usable":
            self.show_member_id(view.member_id)  # a personal coupon brings its member
        else:
            self.amount_edit.setFocus()

    def _on_coupon_error(self, seq: int, exc: BaseException) -> None:
        if seq != self._search_seq:
            return
        if isinstance(exc, UserError):
            self.search_row.set_error(exc.message(self.ctx.lang))
            self.search_box.selectAll()
        else:
            self._on_bug(exc)

    def apply_coupon(self, view: CouponView) -> None:
        """Show ``view`` as applied to the sale being rung up and price it."""
        self.coupon = view
        self._coupon_off = 0
        currency, lang = self.ctx.currency, self.ctx.lang
        self.coupon_title.setText(
            self.tr("Coupon %1 applied: %2").replace("%1", coupon_service.format_code(view.code))
            .replace("%2", view.describe(currency, lang))
        )
        rules = coupon_service.describe_rules(view.batch, currency, lang)
        if view.member_id is not None:
            rules.append(self.tr("Only for %1 (card %2)").replace("%1", view.member_name).replace("%2", view.member_no))
        self.coupon_rules.setText("  ·  ".join(rules))
        self.coupon_row.clear_error()
        self.sale_form.setRowVisible(self.coupon_row, True)
        self._requote()

    def clear_coupon(self) -> None:
        """Take the coupon off the sale (✕, Esc, or after the sale is saved)."""
        self._quote_timer.stop()
        self._coupon_seq += 1
        self.coupon = None
        self._coupon_off = 0
        self.coupon_row.clear_error()
        self.sale_form.setRowVisible(self.coupon_row, False)
        self._update_preview()

    def _requote(self) -> None:
        """Ask what the coupon takes off this amount for this member (or why not)."""
        self._quote_timer.stop()
        if self.coupon is None:
            return
        try:
            amount = parse_amount_cents(self.amount_edit.text())
        except UserError:
            amount = None
        self._coupon_seq += 1
        seq = self._coupon_seq
        code = self.coupon.code
        member_id = self.member.id if self.member else None

        def work():  # worker thread
            with self.ctx.shop.read() as s:
                return coupon_service.quote(s, code=code, member_id=member_id, sale_total_cents=amount or 0)

        self.ctx.runner.run(
            work,
            on_done=lambda off: self._on_quote(seq, amount, off, None),
            on_error=lambda exc: self._on_quote(seq, amount, 0, exc),
        )

    def _on_quote(self, seq: int, amount: int | None, off: int, exc: BaseException | None) -> None:
        if seq != self._coupon_seq or self.coupon is None:
            return
        self._coupon_off = off
        if exc is None:
            self.coupon_row.clear_error()
        elif isinstance(exc, UserError):
            if exc.code == "coupon_min_spend" and amount is None:
                self.coupon_row.clear_error()  # nothing typed yet: the rules already say it
            else:
                self.coupon_row.set_error(exc.message(self.ctx.lang))
        else:
            self._on_bug(exc)
        self._update_preview()

    def _on_navigate(self, step: int) -> None:
        if not self._results:
            return
        row = max(0, min(len(self._results) - 1, self.results.currentRow() + step))
        self.results.setCurrentRow(row)

    def _on_result_activated(self, item: QListWidgetItem) -> None:
        row = self.results.row(item)
        if 0 <= row < len(self._results):
            self.show_member(self._results[row])

    def _open_current(self) -> None:
        row = max(0, self.results.currentRow())
        if row < len(self._results):
            self.show_member(self._results[row])

    # ----------------------------------------------------------- member
    def show_member(self, member: MemberView | None) -> None:
        """Put ``member`` (None: a walk-in) at the counter and start a new sale."""
        changed = (member.id if member else None) != (self.member.id if self.member else None)
        self.member = member
        self._member_seq += 1
        if changed:
            self.sale_key = None
            self.errors.clear()
        self._search_seq += 1
        self._debounce.stop()
        self.search_box.blockSignals(True)
        self.search_box.clear()
        self.search_box.blockSignals(False)
        self.search_row.clear_error()
        self._set_results([], None)
        self.panel.set_member(member)
        self._apply_points_rule()
        self._update_actions()
        if changed and self.coupon is not None:
            self._requote()  # a personal coupon, or none for this member
        self.member_shown.emit(member)
        if member is not None:
            self.amount_edit.setFocus()

    def show_member_id(self, member_id: int) -> None:
        """Load and show a member by id (e.g. from the Members tab)."""
        seq = self._member_seq = self._member_seq + 1
        self.ctx.runner.run(self._get_member, member_id,
                            on_done=lambda m: self.show_member(m) if seq == self._member_seq else None,
                            on_error=self._on_error)

    def _get_member(self, member_id: int) -> MemberView:
        with self.ctx.shop.read() as s:
            return member_service.get_view(s, member_id)

    def _refresh_member(self) -> None:
        """Re-read the member at the counter (balance, last visit) without a new sale."""
        if self.member is None:
            return
        member_id, seq = self.member.id, self._member_seq

        def done(m: MemberView) -> None:
            if seq == self._member_seq and self.member is not None and self.member.id == m.id:
                self.member = m
                self.panel.set_member(m)
                self._apply_points_rule()

        self.ctx.runner.run(self._get_member, member_id, on_done=done, on_error=self._on_error)

    def _on_member_changed(self, member_id: int) -> None:
        if self.member is not None and self.member.id == member_id:
            self._refresh_member()

    def walk_in(self) -> None:
        self.show_member(None)
        self.amount_edit.setFocus()

    # ----------------------------------------------------------- sale entry
    def _apply_points_rule(self) -> None:
        rule = self.ctx.settings or {}
        step = int(rule.get("redeem_points", 100) or 100)
        balance = self.member.points_balance if self.member else 0
        usable = balance // step * step
        self.points_spin.blockSignals(True)
        self.points_spin.setSingleStep(step)
        self.points_spin.setRange(0, usable)
        if self.points_spin.value() > usable:
            self.points_spin.setValue(0)
        self.points_spin.blockSignals(False)
        enabled = self.member is not None and usable > 0
        self.points_spin.setEnabled(enabled)
        self.points_label_w.setEnabled(enabled)
        value = int(rule.get("redeem_value_cents", 1000) or 0)
        self.points_spin.setToolTip(
            self.tr("%1 points = %2 off").replace("%1", format_int(step, self.ctx.lang)).replace("%2", self.ctx.money(value))
        )
        self._update_preview()

    def _update_preview(self) -> None:
        """Live discount and "to pay / earns" line while the cashier types."""
        rule = self.ctx.settings or {}
        pts = self.points_spin.value() if self.points_spin.isEnabled() else 0
        discount = 0
        self.points_row.clear_error()
        if pts:
            try:
                discount = sales_service.discount_for(pts, rule)
            except (UserError, KeyError, ZeroDivisionError):
                discount = 0
            self.discount_label.setText(self.tr("= %1 off").replace("%1", self.ctx.money(discount)))
        else:
            self.discount_label.setText("")
        try:
            amount = parse_amount_cents(self.amount_edit.text())
        except UserError:
            self.to_pay_label.setText("")
            self.wallet_panel.pay_row.set_due(None)
            return
        coupon_off = self._coupon_off if self.coupon is not None else 0
        tier_off, multiplier = self.programs.preview(amount - coupon_off, self.category_combo.currentText().strip() or None)
        to_pay = amount - coupon_off - tier_off - discount
        if to_pay < 0:
            self.to_pay_label.setText(self.tr("The points discount is more than the amount."))
            return
        self.wallet_panel.pay_row.set_due(to_pay)
        text = self.tr("To pay: %1").replace("%1", self.ctx.money(to_pay))
        if coupon_off:
            text += "   " + self.tr("(coupon -%1)").replace("%1", self.ctx.money(coupon_off))
        if tier_off:
            text += "   " + self.programs.discount_note(tier_off)
        if self.member is not None and rule:
            try:
                earn = sales_service.points_for(self.wallet_panel.pay_row.earn_base(to_pay), rule, multiplier)
            except (KeyError, ZeroDivisionError):
                earn = 0
            text += "   " + self.tr("earns %n point(s)", "", earn)
        self.to_pay_label.setText(text)

    def record_sale(self) -> None:
        """Save the sale (F2 / Enter in the amount). Safe to press twice."""
        if self.saving:
            return
        self.errors.clear()
        try:
            amount = parse_amount_cents(self.amount_edit.text())
        except UserError as e:
            self.errors.show(e)
            self.amount_edit.selectAll()
            return
        try:
            wallet_cents = self.wallet_panel.pay_row.cents() if self.member else 0
        except UserError as e:
            self.errors.show(e)
            return
        member_id = self.member.id if self.member else None
        pts = self.points_spin.value() if (self.member and self.points_spin.isEnabled()) else 0
        if self.sale_key is None:
            self.sale_key = sales_service.new_key()
        self.saving = True
        self._update_actions()
        self.ctx.runner.run(
            self._save_sale,
            dict(
                sale_key=self.sale_key, member_id=member_id, amount_cents=amount, points_to_spend=pts,
                category=self.category_combo.currentText().strip() or None,
                staff_id=self.ctx.staff_id, payment_method=self.payment_combo.currentData(),
                coupon_code=self.coupon.code if self.coupon is not None else None,
                counter=self.counter_name(), wallet_cents=wallet_cents,
            ),
            on_done=self._on_sale_saved,
            on_error=self._on_sale_failed,
        )

    def counter_name(self) -> str:
        """This till's name (shown when someone tries a used coupon again)."""
        if self.devices is not None:
            return self.devices.station
        return station_id()

    def attach_devices(self, manager) -> None:
        """Print receipts and drive the pole display through ``manager``
        (a :class:`ui.device_manager.DeviceManager`; it queues, never blocks)."""
        self.devices = manager

    def _save_sale(self, values: dict):  # worker thread
        # rerun if PostgreSQL picked this sale as a deadlock victim or SQLite
        # stayed locked; the sale key makes a rerun safe
        result = self.ctx.shop.run(lambda s: sales_service.record_sale(s, **values))
        member = None
        if result.member_id is not None:
            with self.ctx.shop.read() as s:
                member = member_service.get_view(s, result.member_id)
        return result, member

    def _on_sale_saved(self, payload) -> None:
        result, member = payload
        self.saving = False
        self.sale_key = None
        self.last_sale = result
        if member is not None and self.member is not None and self.member.id == member.id:
            self.member = member
            self.panel.set_member(member)
        self.clear_coupon()
        self.amount_edit.clear()
        self.wallet_panel.pay_row.clear()
        self.points_spin.setValue(0)
        self._apply_points_rule()
        self._update_actions()
        self._remember_category(self.category_combo.currentText().strip())
        self.show_confirmation(self._sale_text(result), "ok")
        self.reload_recent()
        self.sale_saved.emit(result)
        if result.member_id is not None:
            self.ctx.member_changed.emit(result.member_id)
        self.search_box.setFocus()
        if self.devices is not None and not result.duplicate:
            # queued on the printer's own thread: a missing printer never holds up the counter
            self.devices.print_receipt_for_sale(result, coupon=None)
            self.devices.show_on_display(
                self.tr("Thank you!"), result.paid_cents,
                result.points_earned if result.member_id is not None else None,
            )

    def _sale_text(self, r: sales_service.SaleResult) -> str:
        lang = self.ctx.lang
        template = self.tr("Already saved: %1") if r.duplicate else self.tr("Saved: %1")
        parts = [self.ctx.money(r.paid_cents)]
        if r.coupon_discount_cents:
            parts.append(self.tr("coupon -%1").replace("%1", self.ctx.money(r.coupon_discount_cents)))
        if r.points_spent:
            parts.append(self.tr("%1 points used").replace("%1", format_int(r.points_spent, lang)))
        if r.wallet_cents:
            parts.append(self.tr("%1 from stored value").replace("%1", self.ctx.money(r.wallet_cents)))
        if r.member_id is None:
            parts.append(self.tr("walk-in"))
        else:
            parts.append(self.tr("+%1 points").replace("%1", format_int(r.points_earned, lang)))
            if r.earn_reasons:  # what multiplied them and why (app.programs.rules)
                parts[-1] += self.programs.reasons_suffix(r.earn_reasons)
            parts.append(self.tr("balance %1").replace("%1", format_int(r.balance_after or 0, lang)))
        return template.replace("%1", self.tr(", ").join(parts))

    def _on_sale_failed(self, exc: BaseException) -> None:
        self.saving = False
        self._update_actions()
        if isinstance(exc, UserError):
            # the key is kept: retrying the same sale cannot post it twice
            self.errors.show(exc)
            self.show_confirmation(self.tr("Not saved — see the message above."), "error")
        else:
            self.show_confirmation(self.tr("Not saved because of an unexpected problem. Press F2 to try again."), "error")
            self._on_bug(exc)

    def _update_actions(self) -> None:
        has_member = self.member is not None
        self.sale_button.setEnabled(not self.saving)
        self.redeem_button.setEnabled(has_member)
        # by hand only for an owner or a manager (app.points.adjust refuses anyway)
        self.adjust_button.setEnabled(has_member and self.ctx.may("adjust_balance"))
        self.history_button.setEnabled(has_member and HistoryDialog is not None)
        self.history_button.setVisible(HistoryDialog is not None)
        self.signup_button.setEnabled(MemberDialog is not None)

    def show_confirmation(self, text: str, kind: str = "ok") -> None:
        self.confirm_label.setText(text)
        self.confirm_label.setProperty("kind", kind)
        self.confirm_label.style().unpolish(self.confirm_label)
        self.confirm_label.style().polish(self.confirm_label)
        self.confirm_label.show()

    def escape(self) -> None:
        """Esc: clear what was typed; a second Esc also lets the member go."""
        if self.active_dialog is not None and self.active_dialog.isVisible():
            return
        typed = bool(self.search_box.text() or self.amount_edit.text() or self.points_spin.value()
                     or self.coupon is not None
                     or self.form_error.isVisible() or any(r.error for r in self.errors.fields.values()))
        self._debounce.stop()
        self._search_seq += 1
        self.search_box.clear()
        self._set_results([], None)
        self.amount_edit.clear()
        self.wallet_panel.pay_row.clear()
        self.points_spin.setValue(0)
        self.clear_coupon()
        self.errors.clear()
        if not typed:
            self.show_member(None)
            self.confirm_label.hide()
        self.search_box.setFocus()

    # ----------------------------------------------------------- recent sales
    def reload_recent(self) -> None:
        def load():
            with self.ctx.shop.read() as s:
                return counter_service.refundable_sales(s, None, limit=30)

        self.ctx.runner.run(load, on_done=self._on_recent, on_error=self._on_bug)

    def _on_recent(self, rows: list) -> None:
        self.recent.clear()
        today = dt.date.today()
        for sale in rows:
            when = sale.occurred_at.strftime("%H:%M" if sale.occurred_at.date() == today else "%m-%d %H:%M")
            who = sale.member_name or self.tr("walk-in")
            text = f"{when}   {who}   {self.ctx.money(sale.total_cents)}"
            if sale.status in ("refunded", "voided"):
                text += "   " + self.tr("(refunded)")
            elif sale.status == "partially_refunded":
                text += "   " + self.tr("(partly refunded)")
            item = QListWidgetItem(text)
            item.setData(Qt.UserRole, sale.member_id)
            self.recent.addItem(item)

    def _on_recent_activated(self, item: QListWidgetItem) -> None:
        member_id = item.data(Qt.UserRole)
        if member_id:
            self.show_member_id(member_id)

    # ----------------------------------------------------------- categories
    def _load_categories(self):
        with self.ctx.shop.read() as s:
            return counter_service.recent_categories(s)

    def _on_categories(self, names: list[str]) -> None:
        current = self.category_combo.currentText()
        self.category_combo.clear()
        self.category_combo.addItem("")
        self.category_combo.addItems(names)
        self.category_combo.setEditText(current)

    def _remember_category(self, name: str) -> None:
        if name and self.category_combo.findText(name) < 0:
            self.category_combo.insertItem(1, name)

    # ----------------------------------------------------------- dialogs
    def _need_member(self) -> bool:
        if self.member is None:
            self.show_confirmation(self.tr("Find the member first (scan the card or search)."), "warn")
            self.search_box.setFocus()
            return False
        return True

    def _open_dialog(self, dialog, on_finished) -> None:
        self.active_dialog = dialog
        dialog.setAttribute(Qt.WA_DeleteOnClose)

        def finished(_code: int) -> None:
            if self.active_dialog is dialog:
                self.active_dialog = None
            self.search_box.setFocus()
            on_finished(dialog)  # may move the focus on (a new member: to the amount)

        dialog.finished.connect(finished)
        dialog.open()

    def open_redeem(self) -> None:
        if not self._need_member():
            return
        self._open_dialog(RedeemDialog(self.ctx, self.member, self), self._after_redeem)

    def _after_redeem(self, dialog: RedeemDialog) -> None:
        r = dialog.outcome
        if r is None:
            return
        if self.devices is not None and not r.duplicate:
            self.devices.print_receipt_for_redemption(r)
        lang = self.ctx.lang
        self.show_confirmation(
            self.tr("Redeemed: %1, -%2 points, balance %3").replace("%1", r.reward_name)
            .replace("%2", format_int(r.points, lang)).replace("%3", format_int(r.balance_after, lang)),
            "ok",
        )
        self.ctx.member_changed.emit(dialog.member.id)
        if self.member is None or self.member.id != dialog.member.id:
            return
        self._refresh_member()

    def open_refund(self) -> None:
        self._open_dialog(RefundDialog(self.ctx, self.member, self), self._after_refund)

    def _after_refund(self, dialog: RefundDialog) -> None:
        r = dialog.outcome
        if r is None:
            return
        if self.devices is not None and not getattr(r, "duplicate", False):
            self.devices.print_receipt_for_refund(r)
        lang = self.ctx.lang
        if r.shortfall_points:
            text, kind = dialog.shortfall_text(r), "warn"
        else:
            text = self.tr("Refunded: %1").replace("%1", self.ctx.money(r.amount_cents))
            if r.points_taken_back:
                text += self.tr(", ") + self.tr("-%1 points").replace("%1", format_int(r.points_taken_back, lang))
            if r.points_returned:
                text += self.tr(", ") + self.tr("+%1 points returned").replace("%1", format_int(r.points_returned, lang))
            if r.balance_after is not None:
                text += self.tr(", ") + self.tr("balance %1").replace("%1", format_int(r.balance_after, lang))
            kind = "ok"
        if getattr(r, "wallet_cents", 0):  # the cashier hands back only the rest
            text += "  " + self.tr("%1 went back to stored value; give back %2.").replace(
                "%1", self.ctx.money(r.wallet_cents)).replace("%2", self.ctx.money(r.amount_cents - r.wallet_cents))
        self.show_confirmation(text, kind)
        self.reload_recent()
        sale = next((s for s in dialog.sales if s.id == r.sale_id), None)
        if sale is not None and sale.member_id is not None:
            self.ctx.member_changed.emit(sale.member_id)

    def open_adjust(self) -> None:
        if not self._need_member():
            return
        self._open_dialog(AdjustPointsDialog(self.ctx, self.member, self), self._after_adjust)

    def _after_adjust(self, dialog: AdjustPointsDialog) -> None:
        entry = dialog.outcome
        if entry is None:
            return
        lang = self.ctx.lang
        sign = "+" if entry.points > 0 else ""
        self.show_confirmation(
            self.tr("Points adjusted: %1, balance %2").replace("%1", sign + format_int(entry.points, lang))
            .replace("%2", format_int(entry.balance_after, lang)),
            "ok",
        )
        self.ctx.member_changed.emit(dialog.member.id)

    def open_signup(self) -> None:
        if MemberDialog is None:
            return
        dialog = MemberDialog(self.ctx, parent=self)
        typed = self.search_box.text().strip()
        if typed and hasattr(dialog, "prefill"):
            dialog.prefill(typed)  # a phone that found nobody is the usual start of a sign-up

        def done(d) -> None:
            member = getattr(d, "result_member", None)
            if d.result() and member is not None:
                self.show_member(member)
                self.show_confirmation(
                    self.tr("New member: %1, card %2").replace("%1", member.name).replace("%2", member.member_no), "ok"
                )
                self.ctx.member_changed.emit(member.id)

        self._open_dialog(dialog, done)

    def open_history(self) -> None:
        if HistoryDialog is None or not self._need_member():
            return
        self._open_dialog(HistoryDialog(self.ctx, self.member.id, self), lambda _d: None)

    # ----------------------------------------------------------- errors
    def _on_error(self, exc: BaseException) -> None:
        if isinstance(exc, UserError):
            self.errors.show(exc)
        else:
            self._on_bug(exc)

    def _on_bug(self, exc: BaseException) -> None:
        report_bug(self, exc)


def payment_label(code: str) -> str:
    """A payment method's name in the UI language."""
    return {
        "cash": QCoreApplication.translate("Payment", "Cash"),
        "card": QCoreApplication.translate("Payment", "Card"),
        "mobile": QCoreApplication.translate("Payment", "Mobile pay"),
        "transfer": QCoreApplication.translate("Payment", "Bank transfer"),
        "other": QCoreApplication.translate("Payment", "Other"),
    }.get(code, code)
