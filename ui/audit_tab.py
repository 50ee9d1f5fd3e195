"""The Audit tab (owner and manager): who did what, when, to whom.

Rows come from :func:`app.audit.page` a page at a time on the reader thread
(``canFetchMore``/``fetchMore``, like the Members list), newest first, with
filters for a date range, a staff member, an action and a member. With "Show
points ledger" every earn, spend, refund and adjustment of points is listed
beside the audit rows.
"""
from __future__ import annotations

import datetime as dt
import json

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app import audit
from app import members as member_service
from app import staff as staff_service
from app.audit import AuditFilter, AuditRow
from app.errors import UserError
from ui.context import AppContext
from ui.widgets import error_label, format_datetime, setup_list_table

PAGE = 200
COLUMNS = ("time", "staff", "action", "member", "target", "details", "host")


def load_page(shop, flt: AuditFilter, offset: int, limit: int) -> list[AuditRow]:
    with shop.read() as s:
        return audit.page(s, flt, offset=offset, limit=limit)


def load_choices(shop) -> list:
    with shop.read() as s:
        return staff_service.list_staff(s, active_only=False)


def find_member(shop, text: str):
    with shop.read() as s:
        found = member_service.find(s, text, limit=2)
    return found[0] if found else None


def _compact(text: str | None, keys: dict[str, str] | None = None) -> str:
    """``{"points_balance": 50}`` → ``Points balance: 50`` (known keys named
    in the UI language, others as stored)."""
    if not text:
        return ""
    try:
        value = json.loads(text)
    except ValueError:
        return text
    if isinstance(value, dict):
        keys = keys or {}
        return ", ".join(f"{keys.get(k, k)}: {v}" for k, v in value.items() if v is not None)
    return str(value)


class AuditModel(QAbstractTableModel):
    """Audit rows, fetched lazily; each reload bumps ``_epoch`` so a page of
    an older filter that lands late is dropped."""

    loaded = Signal()
    failed = Signal(str)

    def __init__(self, ctx: AppContext, labels: dict[str, str], parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.labels = labels
        self.rows: list[AuditRow] = []
        self.filter = AuditFilter()
        self._epoch = 0
        self._loading = False
        self._done = True

    @property
    def loading(self) -> bool:
        return self._loading

    def set_filter(self, flt: AuditFilter) -> None:
        self.filter = flt
        self.reload()

    def reload(self) -> None:
        self._epoch += 1
        self.beginResetModel()
        self.rows = []
        self._done = False
        self._loading = False
        self.endResetModel()
        self._request()

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and not self._done and not self._loading

    def fetchMore(self, parent=QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self._request()

    def _request(self) -> None:
        if not self.ctx.may("view_audit"):
            self._done = True
            return
        self._loading = True
        epoch = self._epoch
        self.ctx.reader.run(load_page, self.ctx.shop, self.filter, len(self.rows), PAGE,
                            on_done=lambda rows: self._on_page(epoch, rows),
                            on_error=lambda exc: self._on_error(epoch, exc))

    def _on_page(self, epoch: int, rows: list[AuditRow]) -> None:
        if not isValid(self) or epoch != self._epoch:
            return
        self._loading = False
        if rows:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()
        self._done = len(rows) < PAGE
        self.loaded.emit()

    def _on_error(self, epoch: int, exc: BaseException) -> None:
        if not isValid(self) or epoch != self._epoch:
            return
        self._loading = False
        self._done = True
        if isinstance(exc, UserError):
            self.failed.emit(exc.message(self.ctx.lang))
        else:
            self.ctx.runner.unhandled.emit(exc, "")

    # -------------------------------------------------------------- Qt
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation != Qt.Horizontal or role != Qt.DisplayRole:
            return None
        return {
            "time": self.tr("Time"), "staff": self.tr("Staff"), "action": self.tr("Action"),
            "member": self.tr("Member"), "target": self.tr("About"), "details": self.tr("Details"),
            "host": self.tr("Counter"),
        }[COLUMNS[section]]

    def target_names(self) -> dict[str, str]:
        if not hasattr(self, "_targets"):
            self._targets = {"member": self.tr("Member"), "sale": self.tr("Sale"), "staff": self.tr("Staff"),
                             "setting": self.tr("Settings"), "members": self.tr("Members"),
                             "purchases": self.tr("Purchases")}
        return self._targets

    def key_names(self) -> dict[str, str]:
        if not hasattr(self, "_keys"):
            self._keys = {
                "paid_after": self.tr("paid balance"), "bonus_after": self.tr("bonus balance"),
                "paid_units": self.tr("paid"), "bonus_units": self.tr("bonus"), "stamps": self.tr("stamps"),
                "sessions": self.tr("sessions"), "remaining_after": self.tr("sessions left"),
                "points_balance": self.tr("points balance"), "balance_after": self.tr("balance"),
                "points": self.tr("points"), "refunded_cents": self.tr("refunded (cents)"),
                "amount_cents": self.tr("amount (cents)"), "status": self.tr("status"), "rows": self.tr("rows"),
                "failed": self.tr("wrong PINs"), "permission": self.tr("permission"), "name": self.tr("name"),
                "role": self.tr("role"), "active": self.tr("active"), "locked_until": self.tr("locked until"),
            }
        return self._keys

    def action_text(self, action: str) -> str:
        return self.labels.get(action, action)

    def system_names(self) -> dict[str, str]:
        return {"system": self.tr("System"), "command line": self.tr("Command line"),
                "first start": self.tr("First start")}

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        r = self.rows[index.row()]
        col = COLUMNS[index.column()]
        if role == Qt.DisplayRole:
            if col == "time":
                return format_datetime(r.occurred_at, self.ctx.lang)
            if col == "staff":
                if r.staff_id is None and r.staff_name in self.system_names():
                    return self.system_names()[r.staff_name]  # app.auth's unsigned actors, translated
                return r.staff_name if r.staff_id is not None or r.staff_name else ""
            if col == "action":
                return self.action_text(r.action)
            if col == "member":
                return r.member_name or ""
            if col == "target":
                kind = self.target_names().get(r.target_type or "", r.target_type or "")
                return f"{kind} #{r.target_id}" if r.target_type and r.target_id is not None else kind
            if col == "details":
                keys = self.key_names()
                parts = [r.detail] if r.detail else []
                if r.before:
                    parts.append(f"{_compact(r.before, keys)} → {_compact(r.after, keys)}")
                elif r.after:
                    parts.append(_compact(r.after, keys))
                return "  ".join(parts)
            if col == "host":
                return r.host
        if role == Qt.ToolTipRole and col == "details":
            return "\n".join(x for x in (r.detail, r.before and f"before: {r.before}", r.after and f"after: {r.after}") if x)
        if role == Qt.ForegroundRole and col == "action" and r.action in ("refused", "lockout", "sign_in_failed"):
            from PySide6.QtGui import QBrush, QColor

            return QBrush(QColor("#b3261e"))
        return None


class AuditTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("auditTab")
        self._member_id: int | None = None
        labels = self.action_labels()
        self.model = AuditModel(ctx, labels, self)

        today = QDate.currentDate()
        self.since_edit = QDateEdit(today.addDays(-30))
        self.until_edit = QDateEdit(today)
        for e in (self.since_edit, self.until_edit):
            e.setCalendarPopup(True)
            e.setDisplayFormat("yyyy-MM-dd")
        self.staff_combo = QComboBox()
        self.staff_combo.addItem(self.tr("Everyone"), None)
        self.staff_combo.setMinimumContentsLength(8)
        self.action_combo = QComboBox()
        self.action_combo.addItem(self.tr("All actions"), None)
        for action in audit.ACTIONS:
            self.action_combo.addItem(labels[action], action)
        self.action_combo.addItem(self.tr("Points ledger only"), "ledger:points")
        for name, text in (("wallet", self.tr("Stored value ledger only")), ("package", self.tr("Package ledger only")),
                           ("stamps", self.tr("Stamp ledger only"))):
            if any(src.name == name for src in audit.LEDGER_SOURCES):
                self.action_combo.addItem(text, f"ledger:{name}")
        self.member_edit = QLineEdit()
        self.member_edit.setPlaceholderText(self.tr("Member: card, phone or name"))
        self.member_edit.setClearButtonEnabled(True)
        self.member_edit.returnPressed.connect(self._on_member_entered)
        self.member_edit.textChanged.connect(self._on_member_text)
        self.ledger_check = QCheckBox(self.tr("Show ledger entries"))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setObjectName("actionButton")
        self.refresh_button.clicked.connect(self.apply_filter)
        for w in (self.since_edit, self.until_edit):
            w.dateChanged.connect(self.apply_filter)
        self.staff_combo.currentIndexChanged.connect(self.apply_filter)
        self.action_combo.currentIndexChanged.connect(self.apply_filter)
        self.ledger_check.toggled.connect(self.apply_filter)

        row1 = QHBoxLayout()
        row1.addWidget(QLabel(self.tr("From")))
        row1.addWidget(self.since_edit)
        row1.addWidget(QLabel(self.tr("to")))
        row1.addWidget(self.until_edit)
        row1.addSpacing(12)
        row1.addWidget(self.staff_combo)
        row1.addWidget(self.action_combo)
        row1.addWidget(self.member_edit, 1)
        row1.addWidget(self.ledger_check)
        row1.addWidget(self.refresh_button)

        self.notice = QLabel(self.tr("Only an owner or a manager may see the audit trail."))
        self.notice.setObjectName("formError")
        self.error = error_label()
        self.table = QTableView()
        setup_list_table(self.table, 10)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for i, width in enumerate((150, 110, 150, 110, 110, 420, 100)):
            self.table.setColumnWidth(i, width)
        header.setSectionResizeMode(COLUMNS.index("details"), header.ResizeMode.Stretch)
        self.count_label = QLabel()
        self.model.loaded.connect(self._on_loaded)
        self.model.failed.connect(self._on_failed)

        layout = QVBoxLayout(self)
        layout.addLayout(row1)
        layout.addWidget(self.notice)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        ctx.actor_changed.connect(self._on_actor_changed)
        self._on_actor_changed()

    def action_labels(self) -> dict[str, str]:
        return {
            "sign_in": self.tr("Signed in"), "sign_out": self.tr("Signed out"),
            "sign_in_failed": self.tr("Sign-in failed"), "lockout": self.tr("Locked out"),
            "cashier_switch": self.tr("Cashier switch"), "points_adjust": self.tr("Points adjusted"),
            "refund": self.tr("Refund"), "void": self.tr("Void"), "drawer_open": self.tr("Drawer opened"),
            "export": self.tr("Export"), "settings_change": self.tr("Settings changed"),
            "restore": self.tr("Restore"), "merge_members": self.tr("Members merged"),
            "member_delete": self.tr("Member deleted"), "staff_add": self.tr("Staff added"),
            "staff_change": self.tr("Staff changed"), "staff_deactivate": self.tr("Staff deactivated"),
            "pin_set": self.tr("PIN set"), "pin_reset": self.tr("PIN reset"), "refused": self.tr("Refused"),
            "ledger:earn": self.tr("Points earned"), "ledger:spend": self.tr("Points spent"),
            "ledger:take_back": self.tr("Points taken back"), "ledger:return": self.tr("Points returned"),
            "ledger:redeem": self.tr("Reward redeemed"), "ledger:redeem_undo": self.tr("Redemption undone"),
            "ledger:adjust": self.tr("Points adjustment"), "ledger:opening": self.tr("Opening points"),
            "ledger:merge_in": self.tr("Points from a merged card"),
            "ledger:merge_out": self.tr("Points moved to the kept card"),
            "wallet:topup": self.tr("Stored value topped up"), "wallet:bonus": self.tr("Stored value bonus"),
            "wallet:pay": self.tr("Paid from stored value"), "wallet:return": self.tr("Stored value given back"),
            "wallet:topup_refund": self.tr("Top-up refunded"), "wallet:forfeit": self.tr("Bonus forfeited"),
            "wallet:adjust": self.tr("Stored value adjusted"),
            "package:sold": self.tr("Package sold"), "package:use": self.tr("Package session used"),
            "package:expire": self.tr("Package expired"), "package:refund": self.tr("Package refunded"),
            "package:adjust": self.tr("Package adjusted"),
            "stamps:signup": self.tr("Stamps at sign-up"), "stamps:sale": self.tr("Stamp earned"),
            "stamps:take_back": self.tr("Stamp taken back"), "stamps:reward": self.tr("Stamp card redeemed"),
            "stamps:adjust": self.tr("Stamps adjusted"),
        }

    # -------------------------------------------------------------- filters
    def current_filter(self) -> AuditFilter:
        since = self.since_edit.date().toPython()
        until = self.until_edit.date().toPython() + dt.timedelta(days=1)
        return AuditFilter(
            since=dt.datetime.combine(since, dt.time()),
            until=dt.datetime.combine(until, dt.time()),
            staff_id=self.staff_combo.currentData(),
            action=self.action_combo.currentData(),
            member_id=self._member_id,
            include_ledgers=self.ledger_check.isChecked(),
        )

    def apply_filter(self) -> None:
        self.error.hide()
        if self.ctx.may("view_audit"):
            self.model.set_filter(self.current_filter())

    def _on_member_text(self, text: str) -> None:
        if not text.strip() and self._member_id is not None:
            self._member_id = None
            self.apply_filter()

    def _on_member_entered(self) -> None:
        text = self.member_edit.text().strip()
        if not text:
            return

        def found(m) -> None:
            if m is None:
                self.error.setText(self.tr("No member matches “%1”.").replace("%1", text))
                self.error.show()
                return
            self._member_id = m.id
            self.member_edit.blockSignals(True)
            self.member_edit.setText(f"{m.name} ({m.member_no})")
            self.member_edit.blockSignals(False)
            self.apply_filter()

        def failed(exc) -> None:
            if isinstance(exc, UserError):
                self.error.setText(exc.message(self.ctx.lang))
                self.error.show()
            else:
                self.ctx.runner.unhandled.emit(exc, "")

        self.ctx.reader.run(find_member, self.ctx.shop, text, on_done=found, on_error=failed)

    def _on_loaded(self) -> None:
        n = self.model.rowCount()
        more = "+" if self.model.canFetchMore() else ""
        self.count_label.setText(self.tr("%1 row(s) shown").replace("%1", f"{n}{more}"))

    def _on_failed(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _on_actor_changed(self) -> None:
        allowed = self.ctx.may("view_audit")
        self.notice.setVisible(not allowed)
        for w in (self.since_edit, self.until_edit, self.staff_combo, self.action_combo, self.member_edit,
                  self.ledger_check, self.refresh_button, self.table):
            w.setEnabled(allowed)
        if not allowed:
            self.model.reload()  # empties it
        elif self.isVisible():
            self._load()
        else:
            self._stale = True  # loaded when the tab is first shown, not at start

    def _load(self) -> None:
        self._stale = False
        self.ctx.reader.run(load_choices, self.ctx.shop, on_done=self._on_staff_loaded)
        self.apply_filter()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if getattr(self, "_stale", False) and self.ctx.may("view_audit"):
            self._load()

    def _on_staff_loaded(self, people: list) -> None:
        if not isValid(self):
            return
        current = self.staff_combo.currentData()
        self.staff_combo.blockSignals(True)
        self.staff_combo.clear()
        self.staff_combo.addItem(self.tr("Everyone"), None)
        for p in people:
            self.staff_combo.addItem(p.name, p.id)
        index = self.staff_combo.findData(current)
        self.staff_combo.setCurrentIndex(max(index, 0))
        self.staff_combo.blockSignals(False)
