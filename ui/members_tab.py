"""The Members tab: every member, searchable and filterable, with sign-up,
edit, history and "open at counter".

The table never loads everything: :class:`ui.member_model.MemberTableModel`
fetches 200 rows at a time as the list scrolls. Column widths come from the
font, not from the contents (measuring a million rows would freeze the tab),
and every row has the same fixed height so scrolling never measures rows.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app import member_list, segments
from app.errors import UserError
from app.member_list import GENDER_NOT_GIVEN, MemberFilter, mistyped_card
from ui.history_dialog import HistoryDialog
from ui.member_dialog import MemberDialog
from ui.member_model import COLUMN_IDS, COLUMNS, MemberTableModel
from ui.widgets import DialogHost, setup_list_table, ui_locale


def _load_segment_counts(shop) -> dict[str, int]:
    with shop.read() as s:
        return member_list.segment_counts(s)  # merged duplicates left out, as in the list

SEARCH_DEBOUNCE_MS = 250

# last-visit choices: (min days since, max days since, never visited)
_VISIT_CHOICES = [
    (None, None, False),
    (None, 30, False),
    (None, 90, False),
    (90, None, False),
    (180, None, False),
    (365, None, False),
    (None, None, True),
]


class MembersTab(DialogHost, QWidget):
    """All members: search, filter, sign up, edit, history, open at counter.

    Signals:
        dialog_opened(QDialog): a sign-up, edit or history dialog was opened
            (tests and the main window can reach it).
    """

    dialog_opened = Signal(object)

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.active_dialog = None
        self._select_after_load: tuple[int, str] | None = None  # (id, card no.)
        self._focus_first_after_load = False
        self._locale = ui_locale(ctx.lang)

        self.search = QLineEdit(self)
        self.search.setObjectName("membersSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search by card no., phone, last 4 digits or name"))
        self.search.installEventFilter(self)
        big = self.search.font()
        big.setPointSizeF(big.pointSizeF() * 1.3)
        self.search.setFont(big)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self._on_search_return)

        self.gender = QComboBox(self)
        self.gender.addItem(self.tr("Any gender"), None)
        self.gender.addItem(self.tr("Female"), "F")
        self.gender.addItem(self.tr("Male"), "M")
        self.gender.addItem(self.tr("Gender not given"), GENDER_NOT_GIVEN)

        self.visit = QComboBox(self)
        for text in (
            self.tr("Any last visit"),
            self.tr("Visited in the last 30 days"),
            self.tr("Visited in the last 90 days"),
            self.tr("No visit for 90 days or more"),
            self.tr("No visit for 180 days or more"),
            self.tr("No visit for a year or more"),
            self.tr("Never bought anything"),
        ):
            self.visit.addItem(text)

        self.segment = QComboBox(self)
        self.segment.setObjectName("membersSegment")
        self.segment.setToolTip(self.tr("Members by days since their last purchase"))
        self.segment.addItem(self.tr("Any segment"), None)
        for name in segments.SEGMENTS:
            self.segment.addItem("", name)  # labelled once the model exists

        self.joined = QComboBox(self)
        for text, key in (
            (self.tr("Joined any time"), "any"),
            (self.tr("Joined this month"), "month"),
            (self.tr("Joined in the last 30 days"), "30"),
            (self.tr("Joined this year"), "year"),
            (self.tr("Joined between…"), "range"),
        ):
            self.joined.addItem(text, key)
        today = QDate.currentDate()
        self.joined_from = QDateEdit(today.addMonths(-1), self)
        self.joined_to = QDateEdit(today, self)
        for edit in (self.joined_from, self.joined_to):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setCalendarPopup(True)
            edit.hide()
            edit.dateChanged.connect(self._apply_filter)
        self.joined_from.setToolTip(self.tr("Joined on or after"))
        self.joined_to.setToolTip(self.tr("Joined on or before"))
        self.joined_dash = QLabel("–", self)
        self.joined_dash.hide()

        self.birthday = QCheckBox(self.tr("Birthday this month"), self)
        self.has_points = QCheckBox(self.tr("Has points"), self)
        self.clear_filters_button = QPushButton(self.tr("Clear filters"), self)
        self.clear_filters_button.clicked.connect(self.clear_filters)
        for combo in (self.gender, self.visit, self.segment, self.joined):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self._apply_filter)
        self.joined.currentIndexChanged.connect(self._on_joined_choice)
        self.birthday.toggled.connect(self._apply_filter)
        self.has_points.toggled.connect(self._apply_filter)

        self.model = MemberTableModel(ctx, self, auto_load=False)
        self.model.count_changed.connect(self._on_count)
        self.model.page_loaded.connect(self._on_page_loaded)
        self.model.load_failed.connect(self._on_load_failed)
        self.model.modelReset.connect(self._update_buttons)
        self.segment_counts: dict[str, int] | None = None
        self._show_segment_counts()
        ctx.members_reset.connect(self.load_segment_counts)

        self.table = QTableView(self)
        self.table.setObjectName("membersTable")
        # room between a right-aligned number and the text beside it
        self.table.setStyleSheet(
            "QTableView#membersTable::item { padding: 0px 6px; }"
            "QTableView#membersTable QHeaderView::section { padding: 3px 6px; }"
        )
        self.table.setModel(self.model)
        header = setup_list_table(self.table, row_padding=12)
        header.setSortIndicator(self.model.sort_column(), Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        self.table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._on_sort_indicator)
        self._size_columns()
        self.table.doubleClicked.connect(lambda _i: self.edit_member())
        self.table.installEventFilter(self)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("membersCount")
        self.hint_label = QLabel(self)
        self.hint_label.setObjectName("formError")
        self.hint_label.setStyleSheet("color: #b3261e;")
        self.hint_label.hide()

        self.signup_button = QPushButton(self.tr("Sign up…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.history_button = QPushButton(self.tr("History…"), self)
        self.counter_button = QPushButton(self.tr("Open at counter"), self)
        # owner only (app/merge.py refuses anyone else; greyed out for them)
        self.merge_button = QPushButton(self.tr("Merge duplicate…"), self)
        self.merge_button.setToolTip(self.tr("Merge a duplicate of the selected member into it (owner)"))
        self.merge_button.clicked.connect(self.merge_duplicate)
        self.signup_button.setToolTip(self.tr("Sign up a new member (Ctrl+N)"))
        self.edit_button.setToolTip(self.tr("Edit the selected member (Enter or double-click)"))
        self.history_button.setToolTip(self.tr("Purchases, points and rewards of the selected member (Ctrl+H)"))
        self.counter_button.setToolTip(self.tr("Show the selected member at the counter (Ctrl+O)"))
        self.signup_button.clicked.connect(self.sign_up)
        self.edit_button.clicked.connect(self.edit_member)
        self.history_button.clicked.connect(self.show_history)
        self.counter_button.clicked.connect(self.open_at_counter)

        def action(text, keys, slot) -> QAction:
            a = QAction(text, self)
            a.setShortcut(QKeySequence(keys))
            a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            a.triggered.connect(slot)
            self.addAction(a)
            return a

        action(self.tr("Sign up"), "Ctrl+N", self.sign_up)
        action(self.tr("Find"), "Ctrl+F", self.focus_search)
        action(self.tr("History"), "Ctrl+H", self.show_history)
        action(self.tr("Open at counter"), "Ctrl+O", self.open_at_counter)
        # right-click menu on a row: the same acts
        for text, slot in (
            (self.tr("Edit…"), self.edit_member),
            (self.tr("History…"), self.show_history),
            (self.tr("Open at counter"), self.open_at_counter),
        ):
            a = QAction(text, self.table)
            a.triggered.connect(slot)
            self.table.addAction(a)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        filters = QHBoxLayout()
        filters.setSpacing(8)
        for w in (self.gender, self.visit, self.segment, self.joined, self.joined_from, self.joined_dash, self.joined_to,
                  self.birthday, self.has_points):
            filters.addWidget(w)
        filters.addStretch(1)
        filters.addWidget(self.clear_filters_button)

        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addWidget(self.hint_label, 1)
        for b in (self.signup_button, self.edit_button, self.history_button, self.counter_button, self.merge_button):
            b.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            bottom.addWidget(b)

        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self._update_buttons()
        self.ctx.actor_changed.connect(self._update_buttons)  # greys out Merge for all but the owner
        self.model.reload()
        self.load_segment_counts()

    # --- filters ------------------------------------------------------------------

    def current_filter(self) -> MemberFilter:
        today = dt.date.today()
        lo, hi, never = _VISIT_CHOICES[max(self.visit.currentIndex(), 0)]
        joined = self.joined.currentData()
        joined_from = joined_to = None
        if joined == "month":
            joined_from = today.replace(day=1)
        elif joined == "30":
            joined_from = today - dt.timedelta(days=30)
        elif joined == "year":
            joined_from = today.replace(month=1, day=1)
        elif joined == "range":
            joined_from = self.joined_from.date().toPython()
            joined_to = self.joined_to.date().toPython()
        return MemberFilter(
            text=self.search.text().strip(),
            gender=self.gender.currentData(),
            birth_month=today.month if self.birthday.isChecked() else None,
            has_points=self.has_points.isChecked(),
            joined_from=joined_from,
            joined_to=joined_to,
            min_days_since_visit=lo,
            max_days_since_visit=hi,
            never_visited=never,
            segment=self.segment.currentData(),
        )

    def _apply_filter(self, *_args) -> None:
        self._debounce.stop()
        self.model.set_filter(self.current_filter())

    def _on_joined_choice(self, _i: int) -> None:
        ranged = self.joined.currentData() == "range"
        for w in (self.joined_from, self.joined_dash, self.joined_to):
            w.setVisible(ranged)

    def clear_filters(self) -> None:
        widgets = (self.search, self.gender, self.visit, self.segment, self.joined, self.birthday, self.has_points)
        for w in widgets:
            w.blockSignals(True)
        self.search.clear()
        for combo in (self.gender, self.visit, self.segment, self.joined):
            combo.setCurrentIndex(0)
        self.birthday.setChecked(False)
        self.has_points.setChecked(False)
        for w in widgets:
            w.blockSignals(False)
        self._on_joined_choice(0)
        self._apply_filter()
        self.search.setFocus()

    # --- segments -------------------------------------------------------------------

    def load_segment_counts(self) -> None:
        """Count the members of each segment off the UI thread; the combo
        shows the counts when they arrive."""
        self.ctx.runner.run(
            _load_segment_counts, self.ctx.shop,
            on_done=self._on_segment_counts,
            on_error=lambda exc: None,  # the combo keeps working without counts
        )

    def _on_segment_counts(self, counts: dict[str, int]) -> None:
        if not isValid(self):
            return
        self.segment_counts = dict(counts)
        self._show_segment_counts()

    def _show_segment_counts(self) -> None:
        for i, name in enumerate(segments.SEGMENTS, 1):
            label = self.model.segment_label(name)
            if self.segment_counts is not None:
                label = self.tr("%1 (%2)").replace("%2", self._locale.toString(self.segment_counts.get(name, 0))) \
                    .replace("%1", label)
            self.segment.setItemText(i, label)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _on_search_return(self) -> None:
        """Enter: search now, then put the first match under the cursor in
        the table, where Enter edits and Ctrl+O opens it at the counter."""
        self._focus_first_after_load = True
        before = self.model.filter
        self._apply_filter()
        if self.model.filter == before and not self.model.loading:  # already showing: no reload to wait for
            self._on_page_loaded()

    # --- table --------------------------------------------------------------------

    def _size_columns(self) -> None:
        fm = self.table.fontMetrics()
        hfm = self.table.horizontalHeader().fontMetrics()
        samples = {
            "name": "王小明王小明王小明 WW",
            "member_no": "WWWWWWW",
            "phone": "+886 912 345 678",
            "points": "9,999,999",
            "last_visit": max(self.model.last_visit_text(dt.datetime(2000, 1, 1), dt.date(2000, 2, 29)),
                              "2026-12-31", key=fm.horizontalAdvance),
            "birthday": "2026-12-31",
            "segment": max((self.model.segment_label(n) for n in segments.SEGMENTS), key=fm.horizontalAdvance),
            "gender": max(self.tr("Female"), self.tr("Male"), key=fm.horizontalAdvance),
            "joined_on": "2026-12-31",
        }
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(fm.horizontalAdvance("WWW"))
        for i, col in enumerate(COLUMN_IDS):
            title = self.model.headerData(i, Qt.Orientation.Horizontal)
            width = max(fm.horizontalAdvance(samples[col]), hfm.horizontalAdvance(title) + hfm.height())
            header.resizeSection(i, width + 24)
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMN_IDS.index("name"), QHeaderView.ResizeMode.Stretch)

    def _on_sort_indicator(self, column: int, order) -> None:
        if COLUMNS[column][1] is None:  # not sortable: put the arrow back
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(
                self.model.sort_column(),
                Qt.SortOrder.DescendingOrder if self.model.sort_order.descending else Qt.SortOrder.AscendingOrder,
            )
            header.blockSignals(False)

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        row = self.model.row_at(rows[0].row())
        return row.id if row else None

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)

    def _update_buttons(self, *_args) -> None:
        has = self.selected_id() is not None
        for b in (self.edit_button, self.history_button, self.counter_button):
            b.setEnabled(has)
        self.merge_button.setEnabled(has and self.ctx.may("merge_members"))

    def _on_count(self, n: int) -> None:
        self.hint_label.hide()
        if n < 0:
            self.count_label.setText(self.tr("Counting…"))
            return
        number = self._locale.toString(n)
        filtered = self.model.filter != MemberFilter()
        if n == 0:
            self.count_label.setText(self.tr("No members found") if filtered else self.tr("No members yet"))
            code = mistyped_card(self.model.filter.text)
            if code:
                self.hint_label.setText(UserError("card_check_failed", field="search", value=code).message(self.ctx.lang))
                self.hint_label.show()
        elif filtered:
            self.count_label.setText(self.tr("%1 member(s) found", "", n).replace("%1", number))
        else:
            self.count_label.setText(self.tr("%1 member(s)", "", n).replace("%1", number))

    def _on_page_loaded(self) -> None:
        if self._focus_first_after_load:
            self._focus_first_after_load = False
            if self.model.rowCount() and self._select_after_load is None:
                self._select_row(0)
                self.table.setFocus()
        if self._select_after_load is not None:
            member_id, member_no = self._select_after_load
            self._select_after_load = None
            row = self.model.row_of(member_id)
            if row is not None:
                self._select_row(row)
                self.table.setFocus()
            elif member_no:  # not on the first page in this order: show just that member
                self.search.setText(member_no)
                self._apply_filter()
                self._select_after_load = (member_id, "")
        self._update_buttons()

    def _on_load_failed(self, message: str) -> None:
        self.count_label.setText(self.tr("Could not load the members list: %1").replace("%1", message))

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if obj is self.table and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit_member()
                return True
            if obj is self.search and key == Qt.Key.Key_Down and self.model.rowCount():
                self._select_row(0)
                self.table.setFocus()
                return True
        return super().eventFilter(obj, event)

    # --- acts -----------------------------------------------------------------------

    def sign_up(self) -> None:
        dialog = MemberDialog(self.ctx, self)
        text = self.search.text().strip()
        if text and self.model.total == 0:
            dialog.prefill(text)  # searched, found nobody: start with what was typed

        def done(d) -> None:
            member = d.result_member
            if d.result() and member is not None:
                # the dialog emitted members_reset: select the newcomer when the list is back
                self._select_after_load = (member.id, member.member_no)
                self.ctx.status_message.emit(
                    self.tr("New member: %1, card %2").replace("%1", member.name).replace("%2", member.member_no)
                )

        self._open(dialog, done)

    def edit_member(self) -> None:
        member_id = self.selected_id()
        if member_id is not None:
            self._open(MemberDialog(self.ctx, self, member_id=member_id))

    def show_history(self) -> None:
        member_id = self.selected_id()
        if member_id is not None:
            self._open(HistoryDialog(self.ctx, member_id, self))

    def merge_duplicate(self) -> None:
        member_id = self.selected_id()
        if member_id is not None:
            from ui.merge_dialog import MergeDialog

            self._open(MergeDialog(self.ctx, member_id, self))

    def open_at_counter(self) -> None:
        member_id = self.selected_id()
        if member_id is not None:
            self.ctx.open_member.emit(member_id)
