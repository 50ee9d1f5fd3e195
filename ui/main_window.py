"""The main window: one tab per job, and a status bar for who and what.

Adding a page is one line in :meth:`MainWindow._add_tabs` (``self.add_tab(
"key", Widget(ctx), self.tr("Title"))``). The status bar shows the shop, the
staff member at the counter (a combo, so cashiers can switch at shift change),
and whether background work is running.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QWidget,
)

from app import staff as staff_service
from ui.context import AppContext
from ui.counter_tab import CounterTab
from ui.errors import report_bug

log = logging.getLogger(__name__)

try:  # the Members tab is built alongside; the Counter must open without it
    from ui.members_tab import MembersTab
except ImportError:  # pragma: no cover - only while it is missing or broken
    log.exception("the Members tab could not be loaded")
    MembersTab = None

try:  # the Follow-ups tab is built alongside too
    from ui.followups_tab import FollowupsTab
except ImportError:  # pragma: no cover - only while it is missing or broken
    log.exception("the Follow-ups tab could not be loaded")
    FollowupsTab = None

from ui.device_manager import DeviceManager
from ui.manage_tab import LazyPage, ManageTab

DEFAULT_SIZE = (1280, 800)
BUSY_DELAY_MS = 300  # don't flash "working" for a 5 ms lookup


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, settings: QSettings | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.qsettings = settings if settings is not None else QSettings()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self._tab_keys: dict[str, QWidget] = {}
        self._build_status_bar()
        self._add_tabs()
        self._update_title()
        ctx.runner.unhandled.connect(self._on_unhandled)
        ctx.runner.busy_changed.connect(self._on_busy)
        ctx.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        ctx.open_member.connect(self._on_open_member)
        ctx.settings_changed.connect(self._update_title)
        ctx.staff_changed.connect(self._sync_staff_combo)
        ctx.actor_changed.connect(self._on_actor_changed)
        self.resize(*DEFAULT_SIZE)
        geometry = self.qsettings.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.reload_staff()
        switch = QShortcut(QKeySequence(Qt.Key_F12), self)
        switch.setContext(Qt.ApplicationShortcut)
        switch.activated.connect(self.switch_cashier)
        self._on_actor_changed()
        if ctx.sign_in_required and not ctx.actor.signed_in:
            QTimer.singleShot(0, self.require_sign_in)

    # -------------------------------------------------------------- tabs
    def _add_tabs(self) -> None:
        self.counter = self.add_tab("counter", CounterTab(self.ctx), self.tr("Counter"))
        if MembersTab is not None:
            self.members = self.add_tab("members", MembersTab(self.ctx), self.tr("Members"))
        if FollowupsTab is not None:
            self.followups = self.add_tab("followups", FollowupsTab(self.ctx), self.tr("Follow-ups"))
        self.add_tab("print", LazyPage(self._build_print_tab), self.tr("Print"))
        # the owner's pages sit behind one Manage tab, each built when first opened
        self.manage = ManageTab()
        self.add_tab("manage", self.manage, self.tr("Manage"))
        for key, factory, title in (
            ("devices", self._build_devices_page, self.tr("Devices")),
            ("staff", self._build_staff_page, self.tr("Staff")),
            ("audit", self._build_audit_tab, self.tr("Audit")),
            ("programs", self._build_programs_page, self.tr("Programs")),
            ("wallet", self._build_wallet_page, self.tr("Stored value and packages")),
            ("backups", self._build_backup_page, self.tr("Backups")),
        ):
            self._tab_keys[key] = self.manage.add_page(key, LazyPage(factory), title)
        # loyalty programmes and stored value (issue 6): catch up tier review,
        # points and package expiry that fell due while the shop was closed
        self.programs_page.start_jobs()
        self.wallet_page.start_jobs()
        self._connect_devices()

    def _connect_devices(self) -> None:
        """Scanners feed the Counter; printer trouble shows in the status bar."""
        self.devices = DeviceManager.for_context(self.ctx)
        self.devices.install_wedge_filter(self)
        self.counter.attach_devices(self.devices)
        self.devices.scanned.connect(self._on_scanned)
        self.devices.scan_notice.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.devices.print_failed.connect(self._on_print_failed)
        self.devices.status_changed.connect(self._on_device_status)

    def _on_scanned(self, code: str) -> None:
        if self.ctx.sign_in_required and not self.ctx.actor.signed_in:  # locked: nobody to serve the member
            self.statusBar().showMessage(self.tr("Nobody is signed in: press F12 or the button to sign in."), 8000)
            return
        self.tabs.setCurrentWidget(self.counter)
        self.counter.handle_scan(code)

    def _on_print_failed(self, _job_id: int, message: str) -> None:
        self.statusBar().showMessage(
            self.tr("Receipt not printed: %1 — the sale is saved; the receipt waits in the Devices page queue.")
            .replace("%1", message), 30000)

    def _on_device_status(self, role: str, state: str, message: str) -> None:
        if state == "error" and message:
            self.statusBar().showMessage(message, 15000)

    def add_tab(self, key: str, widget: QWidget, title: str) -> QWidget:
        """Add a page; Ctrl+1…9 switch to the first nine."""
        index = self.tabs.addTab(widget, title)
        self._tab_keys[key] = widget
        if index < 9:
            shortcut = QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self)
            shortcut.activated.connect(lambda w=widget: self.tabs.setCurrentWidget(w))
        return widget

    def tab(self, key: str) -> QWidget | None:
        """The page called ``key`` (built now if it had not been opened yet)."""
        widget = self._tab_keys.get(key)
        return widget.page() if isinstance(widget, LazyPage) else widget

    def show_tab(self, key: str) -> None:
        widget = self._tab_keys[key]
        if self.tabs.indexOf(widget) < 0:
            self.tabs.setCurrentWidget(self.manage)
            self.manage.show_page(key)
        else:
            self.tabs.setCurrentWidget(widget)

    # pages built on first use (their modules load then too: reportlab for Print)
    def _build_print_tab(self) -> QWidget:
        from ui.print_tab import PrintTab

        return PrintTab(self.ctx)

    def _build_devices_page(self) -> QWidget:
        from ui.devices_page import DevicesPage

        return DevicesPage(self.ctx)

    def _build_staff_page(self) -> QWidget:
        from ui.staff_page import StaffPage

        return StaffPage(self.ctx)

    def _build_audit_tab(self) -> QWidget:
        from ui.audit_tab import AuditTab

        return AuditTab(self.ctx)

    def _build_programs_page(self) -> QWidget:
        from ui.programs_page import ProgramsPage

        return ProgramsPage(self.ctx)

    def _build_wallet_page(self) -> QWidget:
        from ui.packages_page import WalletSettingsPage

        return WalletSettingsPage(self.ctx)

    def _build_backup_page(self) -> QWidget:
        from ui.backup_page import BackupPage

        return BackupPage(self.ctx, self.qsettings)

    print_tab = property(lambda self: self.tab("print"))
    devices_page = property(lambda self: self.tab("devices"))
    staff_page = property(lambda self: self.tab("staff"))
    audit_tab = property(lambda self: self.tab("audit"))
    programs_page = property(lambda self: self.tab("programs"))
    wallet_page = property(lambda self: self.tab("wallet"))
    backup_page = property(lambda self: self.tab("backups"))

    def _on_open_member(self, member_id: int) -> None:
        self.tabs.setCurrentWidget(self.counter)
        self.counter.show_member_id(member_id)

    # -------------------------------------------------------------- status bar
    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setFixedWidth(90)
        self.busy_bar.setMaximumHeight(14)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.hide()
        self.busy_label = QLabel(self.tr("Working…"))
        self.busy_label.hide()
        self.shop_label = QLabel()
        self.staff_caption = QLabel(self.tr("Cashier:"))
        self.staff_combo = QComboBox()
        self.staff_combo.setMinimumContentsLength(8)
        self.staff_combo.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.staff_combo.setFocusPolicy(Qt.ClickFocus)  # Tab at the counter never lands here
        self.staff_combo.currentIndexChanged.connect(self._on_staff_chosen)
        separator = QLabel("|")
        separator.setEnabled(False)
        self._shop_separator = separator
        # with sign-in (ui/signin_dialog.py) the combo gives way to who is
        # signed in; a click or F12 switches cashier
        self.signin_button = QPushButton()
        self.signin_button.setObjectName("signinButton")
        self.signin_button.setFocusPolicy(Qt.NoFocus)
        self.signin_button.clicked.connect(self.switch_cashier)
        self.signin_button.setVisible(self.ctx.sign_in_required)
        if self.ctx.sign_in_required:
            self.staff_combo.hide()
            self.staff_caption.hide()
        for w in (self.busy_label, self.busy_bar, self.shop_label, separator, self.staff_caption, self.staff_combo,
                  self.signin_button):
            bar.addPermanentWidget(w)
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_DELAY_MS)
        self._busy_timer.timeout.connect(lambda: self._show_busy(True))

    def _on_busy(self, busy: bool) -> None:
        if busy:
            self._busy_timer.start()
        else:
            self._busy_timer.stop()
            self._show_busy(False)

    def _show_busy(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        self.busy_label.setVisible(busy)

    @property
    def busy_shown(self) -> bool:
        return self.busy_label.isVisibleTo(self)

    def _update_title(self) -> None:
        name = (self.ctx.settings or {}).get("shop_name") or ""
        app_name = self.tr("Regulars")
        self.setWindowTitle(f"{app_name} — {name}" if name else app_name)
        self.shop_label.setText(name)
        self.shop_label.setVisible(bool(name))
        self._shop_separator.setVisible(bool(name))

    # -------------------------------------------------------------- staff
    def reload_staff(self) -> None:
        def load():
            with self.ctx.shop.read() as s:
                return staff_service.list_staff(s)

        self.ctx.runner.run(load, on_done=self._on_staff_loaded)

    def _on_staff_loaded(self, staff: list) -> None:
        if self.ctx.sign_in_required:  # who is at the counter is whoever signed in
            self.staff_combo.hide()
            self.staff_caption.hide()
            return
        wanted = self.ctx.staff_id or self.qsettings.value("counter/staff_id", None)
        try:
            wanted = int(wanted) if wanted is not None else None
        except (TypeError, ValueError):
            wanted = None
        self.staff_combo.blockSignals(True)
        self.staff_combo.clear()
        for s in staff:
            self.staff_combo.addItem(s.name, s.id)
        index = self.staff_combo.findData(wanted) if wanted is not None else -1
        if index < 0 and staff:
            owners = [i for i, s in enumerate(staff) if s.role == "owner"]
            index = owners[0] if owners else 0
        self.staff_combo.setCurrentIndex(index)
        self.staff_combo.blockSignals(False)
        self.staff_combo.setVisible(bool(staff))
        self.staff_caption.setVisible(bool(staff))
        self._on_staff_chosen(index)

    def _on_staff_chosen(self, index: int) -> None:
        if index < 0:
            self.ctx.set_staff(None, "")
            return
        staff_id = self.staff_combo.itemData(index)
        self.ctx.set_staff(staff_id, self.staff_combo.itemText(index))
        self.qsettings.setValue("counter/staff_id", staff_id)

    def _sync_staff_combo(self) -> None:
        index = self.staff_combo.findData(self.ctx.staff_id)
        if index >= 0 and index != self.staff_combo.currentIndex():
            self.staff_combo.setCurrentIndex(index)

    # -------------------------------------------------------------- sign-in
    def _on_actor_changed(self) -> None:
        """Lock the window until someone signs in; show who is signed in."""
        if not self.ctx.sign_in_required:
            return
        actor = self.ctx.actor
        self.tabs.setEnabled(actor.signed_in)
        roles = {"owner": self.tr("Owner"), "manager": self.tr("Manager"), "cashier": self.tr("Cashier")}
        if actor.signed_in:
            self.signin_button.setText(
                self.tr("%1 (%2) · Switch F12").replace("%1", actor.name).replace("%2", roles.get(actor.role, "")))
        else:
            self.signin_button.setText(self.tr("Sign in (F12)"))

    def require_sign_in(self) -> None:
        """At start: the owner sets a PIN if none has one yet, else someone signs in."""
        from app import staff as staff_service
        from ui.signin_dialog import OwnerPinDialog

        with self.ctx.shop.read() as s:
            owner = staff_service.needs_owner_pin(s)
            nobody_at_all = not staff_service.list_staff(s)
        if owner is not None or nobody_at_all:
            dialog = OwnerPinDialog(self.ctx, owner, self)
            self.active_signin = dialog
            dialog.finished.connect(lambda _code: self._signin_closed(dialog))
            dialog.open()
            return
        self._open_signin()

    def switch_cashier(self) -> None:
        """F12 / the status-bar button: sign in (or hand over the counter)."""
        if not self.ctx.sign_in_required:
            return
        current = getattr(self, "active_signin", None)
        if current is not None and current.isVisible():
            current.raise_()
            return
        if not self.ctx.actor.signed_in:
            self.require_sign_in()  # the owner may still have to choose a PIN
            return
        self._open_signin()

    def _open_signin(self) -> None:
        from ui.signin_dialog import SignInDialog

        dialog = SignInDialog(self.ctx, switching=self.ctx.actor.signed_in, parent=self)
        self.active_signin = dialog
        dialog.finished.connect(lambda _code: self._signin_closed(dialog))
        dialog.open()

    def _signin_closed(self, dialog) -> None:
        if getattr(self, "active_signin", None) is dialog:
            self.active_signin = None
        dialog.deleteLater()
        if not self.ctx.actor.signed_in:
            self.statusBar().showMessage(self.tr("Nobody is signed in: press F12 or the button to sign in."))

    # -------------------------------------------------------------- errors, close
    def _on_unhandled(self, exc: BaseException, details: str) -> None:
        report_bug(self, exc, details)

    def closeEvent(self, event) -> None:
        if self.ctx.sign_in_required and self.ctx.actor.staff_id is not None:
            from app import staff as staff_service

            try:
                with self.ctx.shop.transaction() as s:
                    staff_service.sign_out(s)
            except Exception:  # closing must not fail on a busy or gone database
                log.exception("could not record the sign-out")
        self.qsettings.setValue("main_window/geometry", self.saveGeometry())
        self.qsettings.sync()
        self.devices.shutdown()
        if self._tab_keys["print"].built:  # never opened: nothing to stop
            self.print_tab.shutdown()
        self.ctx.stopping.set()  # the start-up catch-up stops after its current transaction
        self.ctx.runner.wait(10_000)  # let a sale in flight finish before the engine closes
        self.ctx.reader.wait(10_000)
        self.ctx.jobs.wait(10_000)
        self.backup_page.backup_on_close()  # after the last sale; a failure is told, never blocks
        super().closeEvent(event)
