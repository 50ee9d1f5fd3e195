"""The members table model: plain rows, fetched page by page off the UI thread.

Pages come from :mod:`app.member_list` by keyset paging. A page of 200 costs
3–5 ms of CPU on an indexed sort, at any depth, with 100,000 or 1,000,000
members (scripts/bench_members_tab.py); but ~20 ms on the unindexed points
sort at 100,000 and ~200 ms at 1,000,000, a filtered count (name fragment,
"has points") 10–120 ms, and a sale on another counter can hold the database
for a moment. So every load goes through the shared :class:`ui.worker.Runner`
and the UI thread only appends rows.

Each reload bumps ``_epoch``; a page or count that arrives for an older epoch
(the filter changed while it was loading) is dropped, and so is anything that
arrives after the model was destroyed.
"""
from __future__ import annotations

import datetime as dt
import logging
import time

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from shiboken6 import isValid

from app import member_list, segments
from app.member_list import MemberFilter, MemberRow, Sort
from ui.widgets import days_ago_text, ui_locale

log = logging.getLogger(__name__)

MemberIdRole = Qt.ItemDataRole.UserRole + 1
FAST_SCROLL_S = 0.4  # asked for more within this long after a page landed: scrolling fast
MAX_PAGE_GROWTH = 5  # a bigger page holds the worker (and the GIL) too long at once

# (column id, sort key or None when the column cannot be sorted)
COLUMNS: list[tuple[str, str | None]] = [
    ("name", "name"),
    ("member_no", "member_no"),
    ("phone", "phone"),
    ("points", "points"),
    ("last_visit", "last_visit"),
    ("birthday", None),
    ("segment", None),
    ("gender", None),
    ("joined_on", "joined_on"),
]
COLUMN_IDS = [c for c, _ in COLUMNS]
_RIGHT = {"points"}
_RIGHT_COLUMNS = frozenset(i for i, c in enumerate(COLUMN_IDS) if c in _RIGHT)
_POINTS = COLUMN_IDS.index("points")
_LAST_VISIT = COLUMN_IDS.index("last_visit")
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_MEMBER_ID = int(MemberIdRole.value) if hasattr(MemberIdRole, "value") else int(MemberIdRole)
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_ALIGN_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _load_page(shop, flt: MemberFilter, sort: Sort, cursor, limit: int, with_thresholds: bool = False):
    """A page, and with the first page of a load the segment thresholds
    (one settings read per load, never one per row)."""
    with shop.read() as s:
        page = member_list.page(s, flt, sort, after=cursor, limit=limit)
        return page, (segments.thresholds(s) if with_thresholds else None)


def _load_count(shop, flt: MemberFilter):
    with shop.read() as s:
        return member_list.count(s, flt)


def _load_row(shop, member_id: int):
    with shop.read() as s:
        return member_list.get_row(s, member_id)


class MemberTableModel(QAbstractTableModel):
    """All members matching a filter, in a sort order, loaded as the view scrolls.

    Signals:
        count_changed(int): the number of matching members (-1 while counting).
        page_loaded(): a page (or the first page after a reload) arrived.
        load_failed(str): a page or count could not be loaded.
    """

    count_changed = Signal(int)
    page_loaded = Signal()
    load_failed = Signal(str)

    def __init__(self, ctx, parent=None, page_size: int = member_list.PAGE_SIZE, auto_load: bool = True):
        super().__init__(parent)
        self._ctx = ctx
        self._page_size = page_size
        self._next_size = page_size
        self._last_page_at = 0.0
        self._filter = MemberFilter()
        self._sort = Sort("name")
        self._rows: list[MemberRow] = []
        self._row_of: dict[int, int] = {}
        self._cursor = None
        self._done = False
        self._loading = False
        self._total: int | None = None
        self._epoch = 0
        self._thresholds: dict = dict(segments.DEFAULT_THRESHOLDS)
        self._segment_names = {
            "active": self.tr("Active"),
            "marginal": self.tr("Marginal"),
            "sleeping": self.tr("Sleeping"),
            "lost": self.tr("Lost"),
            "new": self.tr("New (no purchase yet)"),
        }
        self._locale = ui_locale(ctx.lang)
        self._grey = QBrush(QColor(128, 128, 128))
        self._formatters = self._make_formatters()
        ctx.member_changed.connect(self._on_member_changed)
        ctx.members_reset.connect(self.reload)
        if auto_load:
            self.reload()

    # --- what the tab uses ---------------------------------------------------

    @property
    def filter(self) -> MemberFilter:
        return self._filter

    @property
    def sort_order(self) -> Sort:
        return self._sort

    @property
    def total(self) -> int | None:
        """Matching members, or None while still counting."""
        return self._total

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def loaded_all(self) -> bool:
        return self._done

    def set_filter(self, flt: MemberFilter) -> None:
        if flt != self._filter:
            self._filter = flt
            self.reload()

    def set_sort(self, sort: Sort) -> None:
        if sort != self._sort:
            self._sort = sort
            self.reload()

    @property
    def thresholds(self) -> dict:
        """The segment thresholds read with the current load's first page."""
        return dict(self._thresholds)

    def segment_label(self, name: str) -> str:
        """The translated label of segment ``name`` (one of segments.SEGMENTS)."""
        return self._segment_names[name]

    def segment_text(self, when: dt.datetime | None, today: dt.date | None = None) -> str:
        """The segment label for a last purchase at ``when`` (None: never)."""
        days = None if when is None else ((today or dt.date.today()) - when.date()).days
        return self._segment_names[segments.segment_of(days, self._thresholds)]

    def row_at(self, row: int) -> MemberRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, member_id: int) -> int | None:
        return self._row_of.get(member_id)

    def reload(self) -> None:
        """Drop every row and load the first page and the count again."""
        self._epoch += 1
        self.beginResetModel()
        self._rows, self._row_of = [], {}
        self._cursor, self._done, self._loading, self._total = None, False, False, None
        self._next_size, self._last_page_at = self._page_size, 0.0
        self.endResetModel()
        self.count_changed.emit(-1)
        self._request_page()
        epoch = self._epoch
        self._ctx.runner.run(
            _load_count, self._ctx.shop, self._filter,
            on_done=lambda n: self._on_count(epoch, n),
            on_error=lambda exc: self._on_error(epoch, exc),
        )

    # --- lazy loading ----------------------------------------------------------

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and not self._done

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid() or self._done or self._loading:
            return
        # Someone dragging the scroll bar down asks again as soon as a page
        # lands: give them bigger pages (up to MAX_PAGE_GROWTH x) so the end comes sooner;
        # a pause brings the page size back to normal.
        if time.monotonic() - self._last_page_at < FAST_SCROLL_S:
            self._next_size = min(self._next_size * 2, self._page_size * MAX_PAGE_GROWTH)
        else:
            self._next_size = self._page_size
        self._request_page(self._next_size)

    def _request_page(self, size: int | None = None) -> None:
        self._loading = True
        epoch = self._epoch
        first = self._cursor is None and not self._rows
        self._ctx.runner.run(
            _load_page, self._ctx.shop, self._filter, self._sort, self._cursor, size or self._page_size, first,
            on_done=lambda result: self._on_page(epoch, *result),
            on_error=lambda exc: self._on_error(epoch, exc),
        )

    def _on_page(self, epoch: int, page: member_list.Page, thresholds: dict | None = None) -> None:
        if not isValid(self) or epoch != self._epoch:
            return
        if thresholds is not None:
            self._thresholds = dict(thresholds)
        self._loading = False
        self._last_page_at = time.monotonic()
        rows = [r for r in page.rows if r.id not in self._row_of]  # a row moved by an edit
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            for i, r in enumerate(rows, first):
                self._row_of[r.id] = i
            self._rows.extend(rows)
            self.endInsertRows()
        if page.cursor is not None:
            self._cursor = page.cursor
        self._done = page.done
        self.page_loaded.emit()

    def _on_count(self, epoch: int, n: int) -> None:
        if not isValid(self) or epoch != self._epoch:
            return
        self._total = n
        self.count_changed.emit(n)

    def _on_error(self, epoch: int, exc: BaseException) -> None:
        if not isValid(self) or epoch != self._epoch:
            return
        log.error("loading members failed", exc_info=exc)
        self._loading = False
        self._done = True  # stop the view asking again; a reload retries
        self.load_failed.emit(str(exc))

    # --- one member changed ------------------------------------------------------

    def _on_member_changed(self, member_id: int) -> None:
        if member_id not in self._row_of:
            return  # not loaded: it will be fresh when scrolled to
        epoch = self._epoch
        self._ctx.runner.run(
            _load_row, self._ctx.shop, member_id,
            on_done=lambda row: self._on_row(epoch, member_id, row),
            on_error=lambda exc: self._on_error(epoch, exc),
        )

    def _on_row(self, epoch: int, member_id: int, row: MemberRow | None) -> None:
        """Replace the line in place. It keeps its place even if its sort key
        changed (a list that jumps under the cashier's cursor is worse); the
        next reload puts it where it now belongs."""
        if not isValid(self) or epoch != self._epoch:
            return
        i = self._row_of.get(member_id)
        if i is None:
            return
        if row is None:  # deleted
            self.beginRemoveRows(QModelIndex(), i, i)
            del self._rows[i]
            self._row_of = {r.id: n for n, r in enumerate(self._rows)}
            self.endRemoveRows()
            if self._total:
                self._total -= 1
                self.count_changed.emit(self._total)
            return
        self._rows[i] = row
        self.dataChanged.emit(self.index(i, 0), self.index(i, len(COLUMNS) - 1))

    # --- QAbstractTableModel ---------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def flags(self, index):
        return _ROW_FLAGS if index.isValid() else _NO_FLAGS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        col = COLUMN_IDS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._header_text(col)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGN_RIGHT if col in _RIGHT else _ALIGN_LEFT
        return None

    def _header_text(self, col: str) -> str:
        return {
            "name": self.tr("Name"),
            "member_no": self.tr("Card no."),
            "phone": self.tr("Phone"),
            "points": self.tr("Points"),
            "last_visit": self.tr("Last visit"),
            "birthday": self.tr("Birthday"),
            "segment": self.tr("Segment"),
            "gender": self.tr("Gender"),
            "joined_on": self.tr("Joined"),
        }[col]

    def data(self, index, role=_DISPLAY):
        # Called for every visible cell and several roles on each repaint:
        # plain int roles, precomputed alignments, one formatter per column.
        row = index.row()
        if row >= len(self._rows) or not index.isValid():
            return None
        column = index.column()
        if role == _DISPLAY:
            return self._formatters[column](self._rows[row])
        if role == _ALIGN:
            return _ALIGN_RIGHT if column in _RIGHT_COLUMNS else _ALIGN_LEFT
        if role == _FOREGROUND:
            r = self._rows[row]
            if (column == _LAST_VISIT and r.last_purchase_at is None) or (column == _POINTS and not r.points_balance):
                return self._grey
            return None
        if role == _TOOLTIP and column == _LAST_VISIT:
            when = self._rows[row].last_purchase_at
            return self.tr("No purchases yet") if when is None else when.strftime("%Y-%m-%d %H:%M")
        if role == _MEMBER_ID:
            return self._rows[row].id
        return None

    def _make_formatters(self) -> list:
        gender = {"F": self.tr("Female"), "M": self.tr("Male")}
        to_string = self._locale.toString
        by_column = {
            "name": lambda r: r.name,
            "member_no": lambda r: r.member_no,
            "phone": lambda r: r.phone,
            "points": lambda r: to_string(r.points_balance),
            "last_visit": lambda r: self.last_visit_text(r.last_purchase_at),
            "birthday": lambda r: r.birthday,
            "segment": lambda r: self.segment_text(r.last_purchase_at),
            "gender": lambda r: gender.get(r.gender, "") if r.gender else "",
            "joined_on": lambda r: r.joined_on.isoformat(),
        }
        return [by_column[c] for c in COLUMN_IDS]

    def last_visit_text(self, when: dt.datetime | None, today: dt.date | None = None) -> str:
        """"today", "yesterday", "N days ago" within two months (as the
        Counter says it), else the date; "—" for no purchase yet."""
        if when is None:
            return "—"
        today = today or dt.date.today()
        if (today - when.date()).days < 60:
            return days_ago_text(when, today)
        return when.date().isoformat()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS) or COLUMNS[column][1] is None:
            return
        self.set_sort(Sort(COLUMNS[column][1], order == Qt.SortOrder.DescendingOrder))

    def sort_column(self) -> int:
        return [k for _, k in COLUMNS].index(self._sort.key)

