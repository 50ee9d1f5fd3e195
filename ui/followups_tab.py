"""The Follow-ups tab: who to phone today, why, and what to say.

Two views:

- **Call list**: the due list of :func:`app.followups.due_list` as of a day
  (today by default), everyone's or only "my calls today", grouped by reason
  on the left with counts; a row shows name, phone, reason (and rung), days
  since the last purchase, the last call's outcome, who it is assigned to,
  and what to say. Select a row and press Enter (or double-click) to log the
  call in the compact :class:`ui.call_dialog.CallDialog`. The row then shows
  the outcome in grey and the cursor moves to the next row; the list itself
  is recomputed on Refresh (F5), so it never jumps under the caller.
- **Staff results**: calls made, reached, win-backs and win-back rate per
  staff member for a period (:func:`app.calls.staff_performance`).

The list is computed on the runner (about a second for 200,000 members);
the table model holds the plain rows and filters/sorts them in memory, so
nothing is queried per row and the window stays responsive while it loads.
"""
from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QStandardPaths,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QDesktopServices,
    QFont,
    QFontMetrics,
    QIcon,
    QKeySequence,
    QPainter,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app import calls, followups
from app import settings as shop_settings
from app import staff as staff_service
from app.errors import UserError
from app.followups import DueItem
from ui.call_dialog import CallDialog
from ui.complaint_dialog import ComplaintDialog
from ui.errors import handle_error
from ui.widgets import DialogHost, setup_list_table, ui_locale

log = logging.getLogger(__name__)

try:
    from ui.history_dialog import HistoryDialog
except ImportError:  # pragma: no cover - only while it is missing or broken
    log.exception("the history dialog could not be loaded")
    HistoryDialog = None

SHEET_CONFIRM_ROWS = 300  # a bigger call sheet is asked about first
SHEET_ROWS_PER_PAGE = 8  # about, on the printed sheet
LOADING_DELAY_MS = 150  # don't flash the indicator for a small shop's 20 ms list
FILTER_DEBOUNCE_MS = 200

COLUMN_IDS = ("name", "phone", "reason", "days", "last_call", "staff", "say")
_NAME, _PHONE, _REASON, _DAYS, _LAST, _STAFF, _SAY = range(len(COLUMN_IDS))

# a colour per reason: the dot in the table and the group list
REASON_COLORS = {
    "complaint": "#c5221f",
    "birthday": "#c2185b",
    "dormant": "#1a73e8",
    "replenish": "#188038",
    "new_member": "#00897b",
    "unused_balance": "#8430ce",
    "thank_you": "#e37400",
}

_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_DECORATION = int(Qt.ItemDataRole.DecorationRole.value)
_FONT = int(Qt.ItemDataRole.FontRole.value)
MemberIdRole = int(Qt.ItemDataRole.UserRole.value) + 1
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_STRIP = str.maketrans("", "", " -()+.")

TAB_STYLE = """
QWidget#followupsTab QPushButton[segment="true"] { padding: 6px 16px; font-size: 11pt; }
QWidget#followupsTab QPushButton[segment="true"]:checked { background: #0b57d0; color: white;
    border: 1px solid #0b57d0; border-radius: 4px; }
QTreeWidget#followupGroups { font-size: 12pt; }
QTreeWidget#followupGroups::item { padding: 4px 2px; }
QTableView#followupTable { font-size: 11pt; }
QTableView#followupTable::item { padding: 0px 6px; }
QTableView#followupTable QHeaderView::section { padding: 3px 6px; }
QFrame#followupDetail { background: palette(base); border: 1px solid #d0d0d0; border-radius: 8px; }
QLabel#detailName { font-size: 17pt; font-weight: 600; }
QLabel#detailPhone { font-size: 15pt; }
QLabel#detailFacts { color: #444; font-size: 11pt; }
QLabel#detailSay { font-size: 13pt; }
QLabel#detailSayCaption { color: #666; font-size: 10pt; }
QLabel#followupCount { font-size: 11pt; color: #333; }
QLabel#emptyList { font-size: 14pt; color: #666; }
QWidget#followupsTab QLabel#confirmLine { font-size: 11pt; padding: 4px 10px; }
QWidget#followupsTab QToolButton { padding: 3px 10px; }
QWidget#followupsTab QPushButton#dayAction { padding: 5px 8px; font-size: 11pt; }
"""


# --------------------------------------------------------------------------- worker side


@dataclass
class CallList:
    """One load of the list (plain values, made on the worker thread)."""

    as_of: dt.date
    staff_id: int | None  # "my calls" of this staff member; None: everyone's
    items: list[DueItem]
    keys: list[str]  # per item: what the filter box searches
    counts: dict[str, int]  # group key -> rows
    staff: list = field(default_factory=list)  # active StaffView
    rules: dict = field(default_factory=dict)
    currency: str = "TWD"
    shop_name: str = ""


def search_key(item: DueItem) -> str:
    return f"{item.name}\n{item.member_no}\n{item.phone.translate(_STRIP)}".casefold()


def group_key(item: DueItem) -> str:
    return f"dormant:{item.step}" if item.reason == "dormant" else item.reason


def group_counts(items: list[DueItem]) -> dict[str, int]:
    counts = {"all": len(items)}
    counts.update(followups.counts_by_reason(items))
    for step in (1, 2, 3):
        counts[f"dormant:{step}"] = 0
    for it in items:
        if it.reason == "dormant":
            counts[f"dormant:{it.step}"] += 1
    return counts


def load_call_list(shop, as_of: dt.date, staff_id: int | None) -> CallList:
    """Worker thread: the list and what the tab needs beside it, in one snapshot."""
    with shop.read() as s:
        items = followups.due_list(s, as_of, staff_id=staff_id)
        rules = followups.get_rules(s)
        staff = staff_service.list_staff(s)
        currency = shop_settings.get(s, "currency")
        shop_name = shop_settings.get(s, "shop_name")
    return CallList(as_of, staff_id, items, [search_key(i) for i in items], group_counts(items), staff, rules,
                    currency, shop_name)


def _assign(shop, as_of, staff_ids, limit, now) -> dict[int, int]:
    with shop.transaction() as s:
        return calls.assign(s, as_of, staff_ids, limit_per_staff=limit, now=now)


def _reassign(shop, as_of, member_id, staff_id, by_staff_id, now) -> None:
    with shop.transaction() as s:
        calls.reassign(s, as_of, member_id, staff_id, by_staff_id=by_staff_id, now=now)


def _write_csv(path: str, items: list[DueItem]) -> int:
    # a BOM, so Excel opens the Chinese names correctly (CONTRACT.md accepts either)
    Path(path).write_text(followups.render(items, "csv"), encoding="utf-8-sig", newline="")
    return len(items)


def _write_pdf(path: str, items: list[DueItem], **kw) -> int:
    from app import callsheet  # reportlab loads on the first call sheet, not at every start

    with open(path, "wb") as f:
        return callsheet.render_callsheet(items, f, **kw)


def _performance(shop, start: dt.date, end: dt.date) -> list[calls.StaffResult]:
    with shop.read() as s:
        return calls.staff_performance(s, start, end)


def offer_for(item: DueItem, rules: dict) -> dict | None:
    """The voucher the item's call promises (the rung's, the birthday's), if any."""
    if not rules:
        return None
    if item.reason == "dormant" and item.step:
        return rules["dormant"]["vouchers"][item.step - 1]
    if item.reason == "birthday":
        return rules["birthday"]["voucher"]
    return None


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _dot(color: str, size: int = 12) -> QIcon:
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(color))
    p.drawEllipse(1, 1, size - 2, size - 2)
    p.end()
    return QIcon(pm)


# --------------------------------------------------------------------------- the model


class FollowupModel(QAbstractTableModel):
    """The loaded list, filtered by group and text and sorted, in memory.

    Rows are the service's :class:`DueItem` objects; a logged call updates its
    row in place (outcome, greyed) until the next load.
    """

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self._ctx = ctx
        self._lang = ctx.lang
        self._all: list[DueItem] = []
        self._keys: list[str] = []
        self._rows: list[DueItem] = []
        self._as_of = dt.date.today()
        self._group = "all"
        self._query = ""
        self._sort_column = -1
        self._descending = False
        self.done: dict[int, str] = {}  # member id -> outcome logged since the load
        self._grey = QBrush(QColor(140, 140, 140))
        self._reason_brush = {r: QBrush(QColor(c)) for r, c in REASON_COLORS.items()}
        self._icons = {r: _dot(c) for r, c in REASON_COLORS.items()}
        self._bold = QFont()
        self._bold.setBold(True)
        self._reason_text: dict[tuple, str] = {}
        self._outcome_text = {o: followups.outcome_label(o, self._lang) for o in followups.OUTCOMES}
        self._formatters = [
            lambda it: it.name,
            lambda it: it.phone,
            self.reason_text,
            lambda it: "—" if it.days_since_last_purchase is None else str(it.days_since_last_purchase),
            self.last_call_text,
            lambda it: it.assigned_staff or "",
            lambda it: it.suggested_action,
        ]

    # --- what the tab uses -----------------------------------------------------
    def set_items(self, items: list[DueItem], keys: list[str], as_of: dt.date) -> None:
        self._all, self._keys, self._as_of = items, keys, as_of
        self.done = {}
        self._apply()

    def set_filter(self, group: str | None = None, text: str | None = None) -> None:
        if group is not None:
            self._group = group
        if text is not None:
            q = text.strip().casefold()
            digits = q.translate(_STRIP)
            self._query = digits if digits.isdigit() else q
        self._apply()

    @property
    def group(self) -> str:
        return self._group

    @property
    def items(self) -> list[DueItem]:
        """Every loaded row (not only the shown ones)."""
        return self._all

    def shown(self) -> list[DueItem]:
        """The rows as shown (group, filter and sort applied)."""
        return list(self._rows)

    def row_at(self, row: int) -> DueItem | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, member_id: int) -> int | None:
        for i, it in enumerate(self._rows):
            if it.member_id == member_id:
                return i
        return None

    def mark_called(self, member_id: int, outcome: str, day: dt.date) -> None:
        self.done[member_id] = outcome
        for it in self._all:
            if it.member_id == member_id:
                it.last_outcome, it.last_called_on = outcome, day
                break
        self._row_changed(member_id)

    def set_assigned(self, member_id: int, staff_id: int, name: str) -> None:
        for it in self._all:
            if it.member_id == member_id:
                it.assigned_staff_id, it.assigned_staff = staff_id, name
                break
        self._row_changed(member_id)

    def _row_changed(self, member_id: int) -> None:
        i = self.row_of(member_id)
        if i is not None:
            self.dataChanged.emit(self.index(i, 0), self.index(i, len(COLUMN_IDS) - 1))

    # --- filtering and sorting ---------------------------------------------------
    def _apply(self) -> None:
        self.beginResetModel()
        g, q = self._group, self._query
        if g == "all" and not q:
            rows = list(self._all)
        else:
            reason, step = g, None
            if g.startswith("dormant:"):
                reason, step = "dormant", int(g.split(":")[1])
            rows = [
                it for it, k in zip(self._all, self._keys)
                if (not q or q in k) and (g == "all" or (it.reason == reason and (step is None or it.step == step)))
            ]
        if self._sort_column >= 0:
            rows.sort(key=self._sort_key(self._sort_column), reverse=self._descending)
        self._rows = rows
        self.endResetModel()

    def _sort_key(self, column: int) -> Callable:
        prio = followups.PRIORITY
        return {
            _NAME: lambda it: it.name,
            _PHONE: lambda it: it.phone,
            _REASON: lambda it: (prio[it.reason], it.step or 0),
            _DAYS: lambda it: -1 if it.days_since_last_purchase is None else it.days_since_last_purchase,
            _LAST: lambda it: (it.last_called_on or dt.date.min, it.last_outcome or ""),
            _STAFF: lambda it: it.assigned_staff or "",
            _SAY: lambda it: it.suggested_action,
        }[column]

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """``column`` -1 puts the list back in order of urgency."""
        self._sort_column = column if 0 <= column < len(COLUMN_IDS) else -1
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._apply()

    @property
    def sort_column(self) -> int:
        return self._sort_column

    @property
    def descending(self) -> bool:
        return self._descending

    # --- texts ---------------------------------------------------------------------
    def reason_text(self, it: DueItem) -> str:
        key = (it.reason, it.step)
        text = self._reason_text.get(key)
        if text is None:
            text = self._reason_text[key] = followups.reason_label(it.reason, it.step, self._lang)
        return text

    def last_call_text(self, it: DueItem) -> str:
        if not it.last_outcome:
            return ""
        day = it.last_called_on
        if day is None:
            when = ""
        elif day == self._as_of:
            when = self.tr("today")
        elif day == self._as_of - dt.timedelta(days=1):
            when = self.tr("yesterday")
        else:
            when = f"{day:%m-%d}"
        label = self._outcome_text.get(it.last_outcome, it.last_outcome)
        return f"{label} · {when}" if when else label

    # --- QAbstractTableModel -------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMN_IDS)

    def flags(self, index):
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMN_IDS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.header_text(section)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if section == _DAYS else _LEFT
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Click to sort; click a third time to go back to most urgent first")
        return None

    def header_text(self, section: int) -> str:
        return (
            self.tr("Name"),
            self.tr("Phone"),
            self.tr("Reason"),
            self.tr("Days"),
            self.tr("Last call"),
            self.tr("Assigned to"),
            self.tr("What to say"),
        )[section]

    def data(self, index, role=_DISPLAY):
        row = index.row()
        if not index.isValid() or row >= len(self._rows):
            return None
        col = index.column()
        it = self._rows[row]
        if role == _DISPLAY:
            return self._formatters[col](it)
        if role == _ALIGN:
            return _RIGHT if col == _DAYS else _LEFT
        if role == _FOREGROUND:
            if it.member_id in self.done:
                return self._grey
            if col == _REASON:
                return self._reason_brush.get(it.reason)
            return None
        if role == _DECORATION and col == _REASON:
            return self._icons.get(it.reason)
        if role == _FONT and col == _NAME and it.member_id not in self.done:
            return self._bold
        if role == _TOOLTIP:
            return self._tooltip(it, col)
        if role == MemberIdRole:
            return it.member_id
        return None

    def _tooltip(self, it: DueItem, col: int) -> str | None:
        if col == _SAY:
            return it.suggested_action
        if col == _REASON and it.other_reasons:
            also = ", ".join(followups.reason_label(r, None, self._lang) for r in it.other_reasons)
            return self.tr("Also due: %1").replace("%1", also)
        if col == _DAYS:
            if it.days_since_last_purchase is None:
                return self.tr("No purchase yet")
            return self.tr("Days since the last purchase")
        if col == _LAST and it.last_outcome:
            text = self.last_call_text(it)
            if it.attempts:
                text += "\n" + self.tr("%n unanswered so far", "", it.attempts)
            return text
        if col == _NAME:
            return self.tr("Card %1").replace("%1", it.member_no)
        return None


# --------------------------------------------------------------------------- dialogs


class AssignDialog(QDialog):
    """Choose who is on shift (and at most how many calls each)."""

    def __init__(self, staff: list, checked: set[int] | None, rows: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Share out the calls"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Spread the %n call(s) of the day evenly over the staff on shift. Rows already "
                               "assigned stay where they are.", "", rows))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.boxes: dict[int, QCheckBox] = {}
        for s in staff:
            box = QCheckBox(s.name)
            box.setChecked(checked is None or s.id in checked)
            box.toggled.connect(self._update)
            self.boxes[s.id] = box
            layout.addWidget(box)
        limit_row = QHBoxLayout()
        limit_row.addWidget(QLabel(self.tr("At most, per person:")))
        self.limit = QSpinBox()
        self.limit.setRange(0, 100000)
        self.limit.setSpecialValueText(self.tr("no limit"))
        self.limit.setValue(0)
        limit_row.addWidget(self.limit)
        limit_row.addStretch(1)
        layout.addLayout(limit_row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Assign"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update()

    def staff_ids(self) -> list[int]:
        return [sid for sid, b in self.boxes.items() if b.isChecked()]

    def limit_per_staff(self) -> int | None:
        return self.limit.value() or None

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(bool(self.staff_ids()))


class PerformanceView(QWidget):
    """Calls, reached, win-backs and win-back rate per staff member for a period.

    Signals:
        loaded(): the table shows the chosen period.
    """

    loaded = Signal()
    PERIODS = ("this_week", "last_week", "this_month", "last_month", "last_30", "custom")

    def __init__(self, ctx, clock: Callable[[], dt.datetime], parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.clock = clock
        self.results: list[calls.StaffResult] = []
        self._epoch = 0
        self._locale = ui_locale(ctx.lang)
        self._loaded_once = False

        self.period = QComboBox()
        for key, text in zip(self.PERIODS, (self.tr("This week"), self.tr("Last week"), self.tr("This month"),
                                            self.tr("Last month"), self.tr("Last 30 days"), self.tr("Dates…"))):
            self.period.addItem(text, key)
        self.period.setCurrentIndex(self.PERIODS.index("this_month"))
        self.period.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.start_edit = QDateEdit()
        self.end_edit = QDateEdit()
        for e in (self.start_edit, self.end_edit):
            e.setDisplayFormat("yyyy-MM-dd")
            e.setCalendarPopup(True)
            e.dateChanged.connect(self._on_dates_edited)
        self.period.currentIndexChanged.connect(self._on_period)

        self.table = QTableWidget(0, 5)
        self.table.setObjectName("performanceTable")
        self.table.setHorizontalHeaderLabels([self.tr("Staff"), self.tr("Calls made"), self.tr("Reached"),
                                              self.tr("Win-backs"), self.tr("Win-back rate")])
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setStyleSheet("QTableWidget#performanceTable { font-size: 13pt; }"
                                 "QTableWidget#performanceTable::item { padding: 4px 10px; }"
                                 "QTableWidget#performanceTable QHeaderView::section { font-size: 11pt; padding: 4px; }")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() * 2 + 8)

        self.note = QLabel(self.tr(
            "A win-back is a purchase within 30 days after a call (credited to the latest call before it). "
            "Calls from the last 30 days may still turn into win-backs. Reached counts every call where the "
            "member came to the phone."))
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        self.status = QLabel()

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Period:")))
        top.addWidget(self.period)
        top.addWidget(self.start_edit)
        top.addWidget(QLabel("–"))
        top.addWidget(self.end_edit)
        top.addStretch(1)
        top.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        self._on_period()

    def period_dates(self) -> tuple[dt.date, dt.date]:
        return self.start_edit.date().toPython(), self.end_edit.date().toPython()

    def set_period(self, start: dt.date, end: dt.date) -> None:
        """Show a chosen period (as picking "Dates…" and the two days does)."""
        self.period.blockSignals(True)
        self.period.setCurrentIndex(self.PERIODS.index("custom"))
        self.period.blockSignals(False)
        self._set_dates(start, end)
        self.reload()

    def _set_dates(self, start: dt.date, end: dt.date) -> None:
        for e, d in ((self.start_edit, start), (self.end_edit, end)):
            e.blockSignals(True)
            e.setDate(_qdate(d))
            e.blockSignals(False)

    def _on_period(self, *_a) -> None:
        today = self.clock().date()
        key = self.period.currentData()
        monday = today - dt.timedelta(days=today.weekday())
        first = today.replace(day=1)
        if key == "this_week":
            start, end = monday, today
        elif key == "last_week":
            start, end = monday - dt.timedelta(days=7), monday - dt.timedelta(days=1)
        elif key == "this_month":
            start, end = first, today
        elif key == "last_month":
            end = first - dt.timedelta(days=1)
            start = end.replace(day=1)
        elif key == "last_30":
            start, end = today - dt.timedelta(days=29), today
        else:
            return
        self._set_dates(start, end)
        if self._loaded_once:
            self.reload()

    def _on_dates_edited(self, *_a) -> None:
        self.period.blockSignals(True)
        self.period.setCurrentIndex(self.PERIODS.index("custom"))
        self.period.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        start, end = self.period_dates()
        if end < start:
            start, end = end, start
        self._loaded_once = True
        self._epoch += 1
        epoch = self._epoch
        self.status.setText(self.tr("Loading…"))
        self.ctx.reader.run(_performance, self.ctx.shop, start, end,
                            on_done=lambda rows: self._on_loaded(epoch, rows),
                            on_error=lambda exc: self._on_failed(epoch, exc))

    def ensure_loaded(self) -> None:
        if not self._loaded_once:
            self.reload()

    def _on_loaded(self, epoch: int, rows: list[calls.StaffResult]) -> None:
        if not isValid(self) or epoch != self._epoch:
            return
        self.results = rows
        self.table.setRowCount(len(rows))
        loc = self._locale
        best = rows[0].winbacks if rows else 0
        for r, res in enumerate(rows):
            cells = [res.name, loc.toString(res.calls), loc.toString(res.reached), loc.toString(res.winbacks),
                     (loc.toString(res.winback_rate * 100, "f", 0) + "%") if res.calls else "—"]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(_LEFT if c == 0 else Qt.AlignmentFlag.AlignCenter)
                if best and res.winbacks == best:
                    f = item.font()
                    f.setBold(True)
                    item.setFont(f)
                self.table.setItem(r, c, item)
        total = sum(r.calls for r in rows)
        if rows:
            reached, wins = sum(r.reached for r in rows), sum(r.winbacks for r in rows)
            r = self.table.rowCount()
            self.table.setRowCount(r + 1)
            cells = [self.tr("Everyone"), loc.toString(total), loc.toString(reached), loc.toString(wins),
                     (loc.toString(wins / total * 100, "f", 0) + "%") if total else "—"]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(_LEFT if c == 0 else Qt.AlignmentFlag.AlignCenter)
                item.setBackground(QColor(232, 236, 242))
                self.table.setItem(r, c, item)
        self.status.setText(self.tr("%n call(s) in this period", "", total))
        self.loaded.emit()

    def _on_failed(self, epoch: int, exc: BaseException) -> None:
        if not isValid(self) or epoch != self._epoch:
            return
        self.status.setText("")
        handle_error(self, exc, self.ctx.lang)


# --------------------------------------------------------------------------- the tab


class FollowupsTab(DialogHost, QWidget):
    """The Follow-ups tab (see the module docstring).

    Signals:
        list_loaded(): a (re)load of the call list arrived.
        dialog_opened(QDialog): a call, complaint, history or assign dialog opened.
        file_saved(str): a CSV or PDF was written (its path).
    """

    list_loaded = Signal()
    dialog_opened = Signal(object)
    file_saved = Signal(str)

    def __init__(self, ctx, parent: QWidget | None = None, *, clock: Callable[[], dt.datetime] | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.clock = clock or dt.datetime.now
        self.setObjectName("followupsTab")
        self.setStyleSheet(TAB_STYLE)
        self.active_dialog = None
        self.open_saved_files = True  # open a printed sheet in the PDF viewer (tests turn it off)
        self.data: CallList | None = None
        self._epoch = 0
        self._loading = False
        self._stale = True
        self._date_is_today = True
        self._select_after_load: int | None = None
        self._kept: int | None = None
        self._assign_checked: set[int] | None = None
        self._locale = ui_locale(ctx.lang)
        self._build()
        self._connect()
        self._update_mine_text()
        self._update_actions()

    # ----------------------------------------------------------------- layout
    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(12, 10, 12, 10)
        root.setSpacing(8)

        # the view switch, then each view's own toolbar beside it
        self.list_button = QPushButton(self.tr("Call list"))
        self.results_button = QPushButton(self.tr("Staff results"))
        self.view_group = QButtonGroup(self)
        for k, b in enumerate((self.list_button, self.results_button)):
            b.setCheckable(True)
            b.setProperty("segment", True)
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            self.view_group.addButton(b, k)
        self.list_button.setChecked(True)

        today = self.clock().date()
        self.date_edit = QDateEdit(_qdate(today))
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setToolTip(self.tr("The day the list is for (today unless you are planning ahead)"))
        self.today_button = QToolButton()
        self.today_button.setText(self.tr("Today"))
        self.mine_check = QCheckBox()
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("followupFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(self.tr("Name, phone, card"))
        self.filter_edit.setMaximumWidth(320)
        self.filter_edit.setMinimumWidth(200)
        self.filter_edit.setToolTip(self.tr("Show only the rows whose name, phone or card number contains this (Ctrl+F)"))
        self.filter_edit.installEventFilter(self)
        self.refresh_button = QToolButton()
        self.refresh_button.setText(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Work out the list again (F5)"))
        self.assign_button = QPushButton(self.tr("Assign…"))
        self.assign_button.setToolTip(self.tr("Spread the day's calls evenly over the staff on shift"))
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.setToolTip(self.tr("Save the rows shown as a CSV file (Excel opens it)"))
        self.print_button = QPushButton(self.tr("Print call sheet…"))
        self.print_button.setToolTip(self.tr("Save the rows shown as a PDF call sheet to print (Ctrl+P)"))
        self.rules_button = QPushButton(self.tr("Rules…"))
        self.rules_button.setToolTip(self.tr("Who is due when, and what the calls offer (presets for salons, "
                                             "arcades, retail and mother-and-baby shops)"))
        self.loading_bar = QProgressBar()
        self.loading_bar.setRange(0, 0)
        self.loading_bar.setFixedWidth(70)
        self.loading_bar.setMaximumHeight(12)
        self.loading_bar.setTextVisible(False)
        self.loading_label = QLabel(self.tr("Loading…"))
        self.loading_bar.hide()
        self.loading_label.hide()
        self._loading_timer = QTimer(self)
        self._loading_timer.setSingleShot(True)
        self._loading_timer.setInterval(LOADING_DELAY_MS)
        self._loading_timer.timeout.connect(lambda: self._show_loading(True))
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DEBOUNCE_MS)
        self._filter_timer.timeout.connect(self._apply_filter)

        list_bar = QWidget()
        lb = QHBoxLayout(list_bar)
        lb.setContentsMargins(0, 0, 0, 0)
        lb.setSpacing(8)
        for w in (self.date_edit, self.today_button, self.mine_check, self.filter_edit, self.refresh_button):
            lb.addWidget(w)
        lb.addStretch(1)

        self.performance = PerformanceView(self.ctx, self.clock)
        self.bars = QStackedWidget()
        self.bars.addWidget(list_bar)
        self.bars.addWidget(QWidget())  # the results view has its controls inside
        self.bars.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        top = QHBoxLayout()
        top.setSpacing(4)
        top.addWidget(self.list_button)
        top.addWidget(self.results_button)
        top.addSpacing(12)
        top.addWidget(self.bars, 1)
        root.addLayout(top)

        # --- the call list page
        self.groups = QTreeWidget()
        self.groups.setObjectName("followupGroups")
        self.groups.setColumnCount(2)
        self.groups.setHeaderHidden(True)
        self.groups.setRootIsDecorated(False)
        self.groups.setIndentation(14)
        self.groups.setUniformRowHeights(True)
        self.groups.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.groups.header().setStretchLastSection(False)
        self.groups.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.groups.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self._group_items: dict[str, QTreeWidgetItem] = {}
        self._fill_groups()

        self.model = FollowupModel(self.ctx, self)
        self.table = QTableView()
        self.table.setObjectName("followupTable")
        self.table.setModel(self.model)
        header = setup_list_table(self.table, row_padding=14)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(False)
        header.sectionClicked.connect(self._on_header_clicked)
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(lambda _i: self.log_call())
        self.empty_label = QLabel(self.table.viewport())
        self.empty_label.setObjectName("emptyList")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        self.table.viewport().installEventFilter(self)

        # the left column: the groups, and what is done with the day's list as a whole
        left = QWidget()
        lc = QVBoxLayout(left)
        lc.setContentsMargins(0, 0, 0, 0)
        lc.setSpacing(6)
        lc.addWidget(self.groups, 1)
        for b in (self.assign_button, self.print_button, self.export_button, self.rules_button):
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            b.setObjectName("dayAction")
            lc.addWidget(b)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.groups.setMinimumWidth(170)
        splitter.setSizes([220, 1000])

        self.count_label = QLabel()
        self.count_label.setObjectName("followupCount")

        self.detail = self._build_detail()

        list_page = QWidget()
        lp = QVBoxLayout(list_page)
        lp.setContentsMargins(0, 0, 0, 0)
        lp.setSpacing(6)
        lp.addWidget(splitter, 1)
        lp.addWidget(self.detail)

        self.pages = QStackedWidget()
        self.pages.addWidget(list_page)
        self.pages.addWidget(self.performance)
        root.addWidget(self.pages, 1)
        self._size_columns()

        def action(keys, slot) -> QAction:
            a = QAction(self)
            a.setShortcut(QKeySequence(keys))
            a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            a.triggered.connect(slot)
            self.addAction(a)
            return a

        action("Ctrl+F", self.focus_filter)
        action("F5", self.reload)
        action("Ctrl+H", self.show_history)
        action("Ctrl+O", self.open_at_counter)
        action("Ctrl+P", lambda: self.print_callsheet())
        for text, slot in (
            (self.tr("Log call…"), self.log_call),
            (self.tr("Complaint…"), self.open_complaints),
            (self.tr("History…"), self.show_history),
            (self.tr("Open at counter"), self.open_at_counter),
        ):
            a = QAction(text, self.table)
            a.triggered.connect(slot)
            self.table.addAction(a)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def _build_detail(self) -> QFrame:
        box = QFrame()
        box.setObjectName("followupDetail")
        grid = QGridLayout(box)
        grid.setContentsMargins(14, 10, 14, 10)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(6)
        self.detail_name = QLabel()
        self.detail_name.setObjectName("detailName")
        self.detail_name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_phone = QLabel()
        self.detail_phone.setObjectName("detailPhone")
        self.detail_phone.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_facts = QLabel()
        self.detail_facts.setObjectName("detailFacts")
        self.detail_facts.setWordWrap(True)
        self.detail_say = QLabel()
        self.detail_say.setObjectName("detailSay")
        self.detail_say.setWordWrap(True)
        self.detail_say.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_say.setMinimumHeight(self.detail_say.fontMetrics().lineSpacing() * 2)
        self.detail_say.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        self.log_button = QPushButton(self.tr("Log call  Enter"))
        self.log_button.setObjectName("actionButton")
        self.log_button.setStyleSheet("QPushButton { font-weight: 600; }")
        self.complaint_button = QPushButton(self.tr("Complaint…"))
        self.history_button = QPushButton(self.tr("History…"))
        self.history_button.setToolTip(self.tr("Purchases, points and rewards (Ctrl+H)"))
        self.counter_button = QPushButton(self.tr("Open at counter"))
        self.counter_button.setToolTip(self.tr("Show this member at the counter (Ctrl+O)"))
        self.reassign_button = QPushButton(self.tr("Reassign…"))
        self.reassign_button.setToolTip(self.tr("Give this call to someone else (owner or manager)"))
        self.confirm_label = QLabel()
        self.confirm_label.setObjectName("confirmLine")
        self.confirm_label.setWordWrap(True)
        self.confirm_label.hide()
        for b in (self.log_button, self.complaint_button, self.history_button, self.counter_button,
                  self.reassign_button):
            b.setObjectName("actionButton")
            b.setAutoDefault(False)

        head = QHBoxLayout()
        head.setSpacing(14)
        head.addWidget(self.detail_name)
        head.addWidget(self.detail_phone)
        head.addWidget(self.detail_facts, 1)
        grid.addLayout(head, 0, 0, 1, 2)
        grid.addWidget(self.detail_say, 1, 0, 1, 2)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        for b in (self.log_button, self.complaint_button, self.history_button, self.counter_button,
                  self.reassign_button):
            buttons.addWidget(b)
        buttons.addSpacing(10)
        buttons.addWidget(self.confirm_label, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.loading_bar)
        buttons.addWidget(self.loading_label)
        buttons.addWidget(self.count_label)
        grid.addLayout(buttons, 2, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        return box

    def _fill_groups(self) -> None:
        lang = self.ctx.lang

        def add(key: str, text: str, parent=None, color: str | None = None) -> QTreeWidgetItem:
            item = QTreeWidgetItem([text, ""])
            item.setData(0, Qt.ItemDataRole.UserRole, key)
            item.setTextAlignment(1, _RIGHT)
            if color:
                item.setIcon(0, _dot(color))
            if parent is None:
                self.groups.addTopLevelItem(item)
            else:
                parent.addChild(item)
            self._group_items[key] = item
            return item

        first = add("all", self.tr("All"))
        f = first.font(0)
        f.setBold(True)
        first.setFont(0, f)
        first.setFont(1, f)
        for reason in followups.REASONS:
            item = add(reason, followups.reason_label(reason, None, lang), color=REASON_COLORS[reason])
            if reason == "dormant":
                for step in (1, 2, 3):
                    add(f"dormant:{step}", self.tr("Step %1").replace("%1", str(step)), item)
        self.groups.expandAll()
        self.groups.setCurrentItem(first)

    def _size_columns(self) -> None:
        fm = self.table.fontMetrics()
        hfm = self.table.horizontalHeader().fontMetrics()
        lang = self.ctx.lang
        reasons = [followups.reason_label(r, 3 if r == "dormant" else None, lang) for r in followups.REASONS]
        outcomes = [followups.outcome_label(o, lang) + " · 00-00" for o in followups.OUTCOMES]
        bold = QFont(self.table.font())
        bold.setBold(True)
        bfm = QFontMetrics(bold)
        samples = {
            _PHONE: "0912-345-678W",
            _REASON: max(reasons, key=fm.horizontalAdvance),
            _DAYS: "9999",
            _LAST: max(outcomes, key=fm.horizontalAdvance),
            _STAFF: "王小明王",
        }
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(fm.horizontalAdvance("WWW"))
        for col in range(len(COLUMN_IDS)):
            title = self.model.header_text(col)
            sample = bfm.horizontalAdvance("王小明王小明王") if col == _NAME else fm.horizontalAdvance(samples.get(col, ""))
            w = max(sample + (22 if col == _REASON else 0), hfm.horizontalAdvance(title) + hfm.height())
            header.resizeSection(col, w + 16)
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(_SAY, QHeaderView.ResizeMode.Stretch)

    def _connect(self) -> None:
        self.view_group.idClicked.connect(self.show_view)
        self.date_edit.dateChanged.connect(self._on_date_changed)
        self.today_button.clicked.connect(self.go_today)
        self.mine_check.toggled.connect(lambda _c: self.reload())
        self.filter_edit.textChanged.connect(lambda _t: self._filter_timer.start())
        self.filter_edit.returnPressed.connect(self._on_filter_return)
        self.refresh_button.clicked.connect(self.reload)
        self.assign_button.clicked.connect(self.assign)
        self.export_button.clicked.connect(lambda: self.export_csv())
        self.print_button.clicked.connect(lambda: self.print_callsheet())
        self.rules_button.clicked.connect(self.edit_rules)
        self.groups.currentItemChanged.connect(self._on_group)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update_actions())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_actions())
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        self.log_button.clicked.connect(self.log_call)
        self.complaint_button.clicked.connect(self.open_complaints)
        self.history_button.clicked.connect(self.show_history)
        self.counter_button.clicked.connect(self.open_at_counter)
        self.reassign_button.clicked.connect(self._reassign_menu)
        self.ctx.staff_changed.connect(self._on_staff_changed)
        self.ctx.member_changed.connect(self._on_members_changed)
        self.ctx.members_reset.connect(self._on_members_changed)

    # ----------------------------------------------------------------- loading
    @property
    def as_of(self) -> dt.date:
        return self.date_edit.date().toPython()

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def loading_shown(self) -> bool:
        return self.loading_label.isVisibleTo(self)

    def mine_only(self) -> bool:
        return self.mine_check.isChecked() and self.ctx.staff_id is not None

    def reload(self) -> None:
        """Work out the list again (off the UI thread)."""
        self._epoch += 1
        epoch = self._epoch
        self._loading = True
        self._stale = False
        self._loading_timer.start()
        staff_id = self.ctx.staff_id if self.mine_only() else None
        self.ctx.reader.run(load_call_list, self.ctx.shop, self.as_of, staff_id,
                            on_done=lambda data: self._on_loaded(epoch, data),
                            on_error=lambda exc: self._on_load_failed(epoch, exc))

    def _on_loaded(self, epoch: int, data: CallList) -> None:
        if not isValid(self) or epoch != self._epoch:
            return
        self._loading = False
        self._loading_timer.stop()
        self._show_loading(False)
        keep = self._select_after_load if self._select_after_load is not None else self.selected_member_id()
        self._select_after_load = None
        self.data = data
        self.model.set_items(data.items, data.keys, data.as_of)
        for key, item in self._group_items.items():
            n = data.counts.get(key, 0)
            item.setText(1, self._locale.toString(n))
            grey = QBrush(QColor(150, 150, 150)) if n == 0 else QBrush()
            item.setForeground(0, grey)
            item.setForeground(1, grey)
        if keep is not None and self.model.row_of(keep) is not None:
            self.select_member(keep)
        elif self.model.rowCount():
            self._select_row(0)
        self._update_count()
        self._update_empty()
        self._update_actions()
        self.list_loaded.emit()

    def _on_load_failed(self, epoch: int, exc: BaseException) -> None:
        if not isValid(self) or epoch != self._epoch:
            return
        self._loading = False
        self._loading_timer.stop()
        self._show_loading(False)
        self.count_label.setText(self.tr("The list could not be loaded."))
        handle_error(self, exc, self.ctx.lang)

    def _show_loading(self, on: bool) -> None:
        self.loading_bar.setVisible(on)
        self.loading_label.setVisible(on)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        today = self.clock().date()
        if self._date_is_today and self.as_of != today:  # the app stayed open past midnight
            self.date_edit.setDate(_qdate(today))  # reloads
        elif self._stale and not self._loading:
            self.reload()

    def _on_members_changed(self, *_a) -> None:
        self._stale = True  # a sale or an edit elsewhere: recompute when next shown
        if self.isVisible() and not self._loading:
            QTimer.singleShot(0, self._reload_if_stale)

    def _reload_if_stale(self) -> None:
        if isValid(self) and self._stale and not self._loading:
            self.reload()

    def _on_date_changed(self, _d) -> None:
        self._date_is_today = self.as_of == self.clock().date()
        self.reload()

    def go_today(self) -> None:
        self.date_edit.setDate(_qdate(self.clock().date()))

    def _on_staff_changed(self) -> None:
        self._update_mine_text()
        if self.mine_check.isChecked():
            self.reload()
        self._update_actions()

    def _update_mine_text(self) -> None:
        if self.ctx.staff_id is None:
            self.mine_check.setText(self.tr("My calls today"))
            self.mine_check.setToolTip(self.tr("Choose who you are in the status bar first"))
            self.mine_check.setEnabled(False)
        else:
            self.mine_check.setText(self.tr("My calls today (%1)").replace("%1", self.ctx.staff_name or "?"))
            self.mine_check.setToolTip(self.tr("Only the calls assigned to you"))
            self.mine_check.setEnabled(True)

    def set_mine(self, on: bool) -> None:
        self.mine_check.setChecked(on)

    # ----------------------------------------------------------------- views
    def show_view(self, index: int) -> None:
        """0: the call list; 1: the staff results."""
        self.pages.setCurrentIndex(index)
        self.bars.setCurrentIndex(index)
        self.view_group.button(index).setChecked(True)
        if index == 1:
            self.performance.ensure_loaded()
        else:
            self.table.setFocus()

    # ----------------------------------------------------------------- filter, groups, selection
    def focus_filter(self) -> None:
        self.show_view(0)
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def _apply_filter(self) -> None:
        self._filter_timer.stop()
        self.model.set_filter(text=self.filter_edit.text())
        self._update_count()
        self._update_empty()

    def _on_filter_return(self) -> None:
        self._apply_filter()
        if self.model.rowCount():
            self._select_row(0)
            self.table.setFocus()

    def _on_group(self, current: QTreeWidgetItem | None, _previous=None) -> None:
        if current is None:
            return
        self.model.set_filter(group=current.data(0, Qt.ItemDataRole.UserRole))
        self._update_count()
        self._update_empty()

    def select_group(self, key: str) -> None:
        self.groups.setCurrentItem(self._group_items[key])

    def _on_header_clicked(self, section: int) -> None:
        """Ascending, descending, then back to most urgent first."""
        header = self.table.horizontalHeader()
        if self.model.sort_column != section:
            self.model.sort(section, Qt.SortOrder.AscendingOrder)
        elif not self.model.descending:
            self.model.sort(section, Qt.SortOrder.DescendingOrder)
        else:
            self.model.sort(-1)
        if self.model.sort_column < 0:
            header.setSortIndicatorShown(False)
        else:
            header.setSortIndicatorShown(True)
            header.setSortIndicator(section, Qt.SortOrder.DescendingOrder if self.model.descending
                                    else Qt.SortOrder.AscendingOrder)

    def _remember_selection(self) -> None:
        self._kept = self.selected_member_id()

    def _restore_selection(self) -> None:
        kept = self._kept
        if kept is not None and self.model.row_of(kept) is not None:
            self.select_member(kept)
        self._update_actions()

    def selected_item(self) -> DueItem | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        return self.model.row_at(index.row())

    def selected_member_id(self) -> int | None:
        it = self.selected_item()
        return it.member_id if it else None

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)

    def select_member(self, member_id: int) -> bool:
        row = self.model.row_of(member_id)
        if row is None:
            return False
        self._select_row(row)
        return True

    def _update_count(self) -> None:
        if self.data is None:
            self.count_label.setText("")
            return
        shown, total = self.model.rowCount(), len(self.model.items)
        n = self._locale.toString
        text = self.tr("%1 to call").replace("%1", n(total))
        if shown != total:
            text = self.tr("%1 of %2 shown").replace("%1", n(shown)).replace("%2", n(total))
        if self.model.done:
            text += " · " + self.tr("%1 called").replace("%1", n(len(self.model.done)))
        self.count_label.setText(text)

    def _update_empty(self) -> None:
        empty = self.data is not None and self.model.rowCount() == 0
        if empty:
            if self.model.items:
                text = self.tr("No one in this group matches.")
            elif self.data.staff_id is not None:
                text = self.tr("Nothing is assigned to you for this day.\n"
                               "The owner can share out the list with Assign.")
            else:
                text = self.tr("No one to call on this day.")
            self.empty_label.setText(text)
            self.empty_label.setGeometry(self.table.viewport().rect())
        self.empty_label.setVisible(empty)

    def _update_actions(self) -> None:
        item = self.selected_item()
        has = item is not None
        today = self.as_of == self.clock().date()
        self.log_button.setEnabled(has and today)
        self.log_button.setToolTip(
            self.tr("Log the call for the selected row (Enter or double-click)") if today
            else self.tr("Calls are logged for today: set the date back to today")
        )
        for b in (self.complaint_button, self.history_button, self.counter_button, self.reassign_button):
            b.setEnabled(has)
        self.history_button.setEnabled(has and HistoryDialog is not None)
        loaded = self.data is not None
        self.assign_button.setEnabled(loaded and bool(self.model.items))
        self.export_button.setEnabled(loaded)
        self.print_button.setEnabled(loaded)
        self._show_detail(item)

    def _show_detail(self, it: DueItem | None) -> None:
        lang = self.ctx.lang
        if it is None:
            self.detail_name.setText("")
            self.detail_phone.setText("")
            self.detail_facts.setText("")
            self.detail_say.setText(self.tr("Select a row to see what to say."))
            return
        self.detail_name.setText(it.name)
        self.detail_phone.setText(it.phone)
        facts = [self.tr("Card %1").replace("%1", it.member_no), self.model.reason_text(it)]
        if it.days_since_last_purchase is None:
            facts.append(self.tr("no purchase yet"))
        else:
            facts.append(self.tr("%n day(s) since the last purchase", "", it.days_since_last_purchase))
        if it.other_reasons:
            facts.append(self.tr("also: %1").replace(
                "%1", ", ".join(followups.reason_label(r, None, lang) for r in it.other_reasons)))
        if it.last_outcome:
            facts.append(self.tr("last call: %1").replace("%1", self.model.last_call_text(it)))
        if it.assigned_staff:
            facts.append(self.tr("assigned to %1").replace("%1", it.assigned_staff))
        self.detail_facts.setText(" · ".join(facts))
        self.detail_say.setText(it.suggested_action)

    def eventFilter(self, obj, event) -> bool:
        etype = event.type()
        if etype == QEvent.Type.KeyPress:
            key = event.key()
            if obj is self.table and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.log_call()
                return True
            if obj is self.filter_edit and key == Qt.Key.Key_Down and self.model.rowCount():
                self._select_row(0)
                self.table.setFocus()
                return True
            if obj is self.filter_edit and key == Qt.Key.Key_Escape and self.filter_edit.text():
                self.filter_edit.clear()
                self._apply_filter()
                return True
        elif etype == QEvent.Type.Resize and obj is self.table.viewport():
            self.empty_label.setGeometry(self.table.viewport().rect())
        return super().eventFilter(obj, event)

    # ----------------------------------------------------------------- acts on a row

    def offer_text(self, item: DueItem) -> str | None:
        v = offer_for(item, self.data.rules if self.data else {})
        if v is None:
            return None
        text = followups.offer_text(v, self.data.currency, self.ctx.lang)
        return self.tr("%1, valid for %n day(s)", "", v["valid_days"]).replace("%1", text)

    def log_call(self) -> None:
        item = self.selected_item()
        if item is None or not self.log_button.isEnabled():
            return
        dialog = CallDialog(self.ctx, item, offer=self.offer_text(item), clock=self.clock, parent=self)
        self._open(dialog, self._after_call)

    def _after_call(self, dialog: CallDialog) -> None:
        result = dialog.result_call
        if result is None or not isValid(self):
            return
        item = dialog.item
        lang = self.ctx.lang
        outcome = followups.outcome_label(result.call.outcome, lang)
        self.model.mark_called(item.member_id, result.call.outcome, result.call.called_at.date())
        text = self.tr("Logged: %1 — %2").replace("%1", item.name).replace("%2", outcome)
        if result.voucher is not None:
            v = result.voucher
            offer = followups.offer_text({"kind": v.kind, "value": v.value, "item": v.item}, self.data.currency
                                         if self.data else "TWD", lang)
            text += " · " + self.tr("voucher %1 (%2) is waiting to be printed").replace("%1", v.code).replace(
                "%2", offer)
        self.show_confirmation(text)
        self._update_count()
        # on to the next call nobody has made yet
        row = self.model.row_of(item.member_id)
        if row is not None:
            for r in range(row + 1, self.model.rowCount()):
                if self.model.row_at(r).member_id not in self.model.done:
                    self._select_row(r)
                    break
        self._update_actions()

    def show_confirmation(self, text: str, kind: str = "ok") -> None:
        self.confirm_label.setText(text)
        self.confirm_label.setProperty("kind", kind)
        self.confirm_label.style().unpolish(self.confirm_label)
        self.confirm_label.style().polish(self.confirm_label)
        self.confirm_label.show()

    def open_complaints(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        dialog = ComplaintDialog(self.ctx, item.member_id, item.name, clock=self.clock, parent=self)

        def done(d) -> None:
            if d.dirty and isValid(self):
                self._select_after_load = item.member_id
                self.reload()

        self._open(dialog, done)

    def show_history(self) -> None:
        item = self.selected_item()
        if item is not None and HistoryDialog is not None:
            self._open(HistoryDialog(self.ctx, item.member_id, self))

    def open_at_counter(self) -> None:
        item = self.selected_item()
        if item is not None:
            self.ctx.open_member.emit(item.member_id)

    def edit_rules(self) -> None:
        """The follow-up rules and presets; the list is worked out again after a change."""
        from ui.followups_settings import FollowupRulesDialog

        def done(d) -> None:
            if d.saved_rules is not None and isValid(self):
                self.reload()

        self._open(FollowupRulesDialog(self.ctx, self), done)

    # ----------------------------------------------------------------- staff
    def _staff(self) -> list:
        return self.data.staff if self.data else []

    def assign(self) -> None:
        if self.data is None:
            return
        dialog = AssignDialog(self._staff(), self._assign_checked, len(self.model.items), self)

        def done(d: AssignDialog) -> None:
            if d.result() and isValid(self):
                self._assign_checked = set(d.staff_ids())
                self.assign_to(d.staff_ids(), d.limit_per_staff())

        self._open(dialog, done)

    def assign_to(self, staff_ids: list[int], limit: int | None = None) -> None:
        """Spread the day's list over ``staff_ids`` (what the dialog's OK does)."""
        names = {s.id: s.name for s in self._staff()}

        def done(load: dict[int, int]) -> None:
            if not isValid(self):
                return
            parts = " · ".join(f"{names.get(sid, sid)} {n}" for sid, n in load.items())
            text = self.tr("Calls shared out: %1").replace("%1", parts)
            self.show_confirmation(text)
            self.reload()

        self.ctx.runner.run(_assign, self.ctx.shop, self.as_of, list(staff_ids), limit, self.clock(),
                            on_done=done, on_error=lambda exc: handle_error(self, exc, self.ctx.lang))

    def _reassign_menu(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        menu = QMenu(self)
        for s in self._staff():
            a = menu.addAction(s.name)
            a.setCheckable(True)
            a.setChecked(s.id == item.assigned_staff_id)
            a.triggered.connect(lambda _c=False, sid=s.id: self.reassign_to(sid))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.reassign_button.mapToGlobal(self.reassign_button.rect().bottomLeft()))
        self.active_menu = menu

    def reassign_to(self, staff_id: int) -> None:
        """Give the selected row to ``staff_id`` (owner or manager only)."""
        item = self.selected_item()
        if item is None:
            return
        name = next((s.name for s in self._staff() if s.id == staff_id), str(staff_id))

        def done(_r) -> None:
            if not isValid(self):
                return
            self.model.set_assigned(item.member_id, staff_id, name)
            self.show_confirmation(self.tr("%1 now calls %2").replace("%1", name).replace("%2", item.name))
            self._update_actions()

        self.ctx.runner.run(_reassign, self.ctx.shop, self.as_of, item.member_id, staff_id, self.ctx.staff_id,
                            self.clock(), on_done=done,
                            on_error=lambda exc: handle_error(self, exc, self.ctx.lang))

    # ----------------------------------------------------------------- files
    def _ask_path(self, title: str, suffix: str, filter_text: str) -> str | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        name = f"followups-{self.as_of.isoformat()}.{suffix}"
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path(folder) / name), filter_text)
        return path or None

    def export_csv(self, path: str | None = None) -> None:
        """Save the rows shown (group and filter applied) as CSV, the columns
        of ``followups --format csv``."""
        if self.data is None:
            return
        path = path or self._ask_path(self.tr("Export the call list"), "csv", self.tr("CSV files (*.csv)"))
        if not path:
            return
        rows = self.model.shown()
        self.ctx.reader.run(_write_csv, path, rows,
                            on_done=lambda n: self._on_file_saved(path, self.tr("%n row(s) saved to %1", "", n)),
                            on_error=lambda exc: self._on_file_failed(path, exc))

    def print_callsheet(self, path: str | None = None, *, confirmed: bool = False) -> None:
        """Save the rows shown as a PDF call sheet (and open it to print).

        A sheet of more than :data:`SHEET_CONFIRM_ROWS` rows is asked about
        first: the whole list of a big shop would be thousands of pages (and
        minutes of work for the runner the counter also uses).
        """
        if self.data is None:
            return
        rows = self.model.shown()
        if len(rows) > SHEET_CONFIRM_ROWS and not confirmed:
            pages = -(-len(rows) // SHEET_ROWS_PER_PAGE)
            text = self.tr("The call sheet would have %1 rows, about %n page(s). Print them all?\n\n"
                           "Tip: choose a group on the left, or My calls today, to print fewer.", "", pages)
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Print call sheet"),
                              text.replace("%1", self._locale.toString(len(rows))),
                              QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
            box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Print them all"))
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)

            def answered(d) -> None:
                if d.result() == QMessageBox.StandardButton.Yes and isValid(self):
                    self.print_callsheet(path, confirmed=True)

            self._open(box, answered)
            return
        path = path or self._ask_path(self.tr("Save the call sheet"), "pdf", self.tr("PDF files (*.pdf)"))
        if not path:
            return
        staff_name = self.ctx.staff_name if self.data.staff_id is not None else None

        def done(pages: int) -> None:
            self._on_file_saved(path, self.tr("Call sheet saved to %1"))
            if self.open_saved_files:
                QDesktopServices.openUrl(QUrl.fromLocalFile(path))

        self.ctx.reader.run(_write_pdf, path, rows, as_of=self.data.as_of, lang=self.ctx.lang,
                            shop_name=self.data.shop_name, staff_name=staff_name, printed_at=self.clock(),
                            on_done=done, on_error=lambda exc: self._on_file_failed(path, exc))

    def _on_file_saved(self, path: str, template: str) -> None:
        if not isValid(self):
            return
        text = template.replace("%1", path)
        self.show_confirmation(text)
        self.file_saved.emit(path)

    def _on_file_failed(self, path: str, exc: BaseException) -> None:
        if not isValid(self):
            return
        if isinstance(exc, OSError):  # the disk, not a bug: say so plainly
            text = self.tr("Could not save %1: %2").replace("%1", path).replace("%2", exc.strerror or str(exc))
            self.show_confirmation(text, "error")
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Follow-ups"), text, QMessageBox.StandardButton.Ok,
                              self)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            return
        handle_error(self, exc, self.ctx.lang)
