"""The Backups page: where backups go, "Back up now", the list, and Restore.

Once the window runs (:meth:`BackupPage.start`, called by ui/app.py after the
window shows) the page also does the automatic work: the full integrity check
of the database file, the daily backup (the first start of a day, and a timer
while the window stays open) and the backup when the window closes. All of it
runs on the page's own worker thread, never on the UI thread, and a sale is
never queued behind it (SQLite's backup API reads a snapshot while the
counter writes). A failed backup is shown here and in the status bar in plain
words; it never touches the shop's data.

Anyone signed in may back up (app.autobackup asks for no permission). The
backup folder is a shop setting (``change_settings`` in app.settings.put) and
restoring needs ``restore`` (app.backup.restore): for a role that may not (a
cashier) those buttons are greyed out with a note why.
"""
from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import autobackup
from app import settings as shop_settings
from app.errors import UserError
from ui.context import AppContext
from ui.worker import Runner
from ui.restore_dialog import ERROR_STYLE, OK_STYLE, DamagedDatabaseDialog, RestoreDialog
from ui.widgets import format_datetime

log = logging.getLogger(__name__)

DAILY_CHECK_MS = 30 * 60 * 1000  # look every half hour whether the day's backup is due
FOLDER_KEY = "backup/folder"  # remembered per PC, to find backups when the database is unreadable


class BackupPage(QWidget):
    backup_finished = Signal(bool)  # True: a backup was written
    restored = Signal()
    health_checked = Signal(bool)

    def __init__(self, ctx: AppContext, qsettings: QSettings | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.qsettings = qsettings if qsettings is not None else QSettings()
        self.auto = False  # set by start(): only the running app backs up by itself
        # its own thread: a check or backup of an 800 MB file takes seconds and
        # must not hold up the follow-up list on ctx.reader, nor a sale on ctx.runner
        self.worker = Runner(self)
        self._backing_up = False
        self.last_error: str = ""
        self.damaged_dialog: DamagedDatabaseDialog | None = None
        try:
            self.stem = autobackup.db_stem(ctx.shop.engine.url)
            self.sqlite = True
        except UserError as e:
            self.stem, self.sqlite, self._not_sqlite = "", False, e.message()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        intro = QLabel(self.tr(
            "Regulars backs up the shop when the window closes and once a day, with a copy that is "
            "consistent even while the counter sells. It keeps the newest backup of each of the last "
            "7 days, 4 weeks and 12 months. Choose a folder on a USB stick or another disk, so a broken "
            "PC does not take the backups with it."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        folder_box = QGroupBox(self.tr("Backup folder"))
        row = QHBoxLayout(folder_box)
        self.folder_edit = QLineEdit()
        self.folder_edit.setReadOnly(True)
        row.addWidget(self.folder_edit, 1)
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.clicked.connect(self._on_choose_folder)
        self.default_button = QPushButton(self.tr("Use the default"))
        self.default_button.clicked.connect(lambda: self.set_folder(""))
        row.addWidget(self.choose_button)
        row.addWidget(self.default_button)
        layout.addWidget(folder_box)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(self.status)

        actions = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.setObjectName("actionButton")
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.setObjectName("actionButton")
        self.restore_button.clicked.connect(self.open_restore)
        actions.addWidget(self.backup_button)
        actions.addWidget(self.restore_button)
        self.permission_label = QLabel()
        self.permission_label.setWordWrap(True)
        actions.addWidget(self.permission_label, 1)
        layout.addLayout(actions)

        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Taken at"), self.tr("Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeToContents)
        layout.addWidget(self.table, 1)

        self._timer = QTimer(self)
        self._timer.setInterval(DAILY_CHECK_MS)
        self._timer.timeout.connect(self._on_timer)
        ctx.settings_changed.connect(self.refresh)
        ctx.actor_changed.connect(self._update_permission)
        self._update_permission()
        if not self.sqlite:
            self.backup_button.setEnabled(False)
            self._say(ERROR_STYLE, self._not_sqlite)
        self.refresh()

    def _update_permission(self) -> None:
        """Grey out the folder and Restore for a role that may not (both owner or manager today)."""
        folder_ok = self.ctx.may("change_settings")
        restore_ok = self.ctx.may("restore")
        self.choose_button.setEnabled(self.sqlite and folder_ok)
        self.default_button.setEnabled(self.sqlite and folder_ok)
        self.restore_button.setEnabled(self.sqlite and restore_ok)
        allowed = folder_ok and restore_ok
        self.permission_label.setText(
            "" if allowed else self.tr("Only an owner or a manager can change the backup folder or restore a backup."))
        self.permission_label.setVisible(not allowed)

    # ------------------------------------------------------------------ folder, list
    def folder(self) -> Path | None:
        if not self.sqlite:
            return None
        return autobackup.backup_folder(self.ctx.shop.engine.url, (self.ctx.settings or {}).get("backup_folder", ""))

    def refresh(self) -> None:
        folder = self.folder()
        if folder is None:
            return
        self.folder_edit.setText(str(folder))
        self.qsettings.setValue(FOLDER_KEY, str(folder))
        files = autobackup.list_backups(folder, self.stem)
        self.table.setRowCount(len(files))
        for i, b in enumerate(files):
            when = QTableWidgetItem(format_datetime(b.taken_at, self.ctx.lang))
            when.setToolTip(str(b.path))
            size = QTableWidgetItem(b.size_text)
            size.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
            self.table.setItem(i, 0, when)
            self.table.setItem(i, 1, size)
        if not self.last_error:
            if files:
                self._say("", self.tr("Last backup: %1 (%2).")
                          .replace("%1", format_datetime(files[0].taken_at, self.ctx.lang))
                          .replace("%2", files[0].size_text))
            else:
                self._say("", self.tr("No backup yet."))

    def _say(self, style: str, text: str) -> None:
        self.status.setStyleSheet(style)
        self.status.setText(text)

    def _on_choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the backup folder"), self.folder_edit.text())
        if folder:
            self.set_folder(folder)

    def set_folder(self, folder: str) -> None:
        """Store the owner's choice ("" = the default folder beside the database)."""
        def save():
            with self.ctx.shop.transaction() as s:
                shop_settings.put(s, backup_folder=folder)

        def done(_):
            self.last_error = ""
            self.ctx.reload_settings()

        self.ctx.runner.run(save, on_done=done, on_error=self._on_error)

    def _on_error(self, exc: BaseException) -> None:
        if isinstance(exc, UserError):
            self.last_error = exc.message()
            self._say(ERROR_STYLE, self.last_error)
        else:
            self.ctx.runner.unhandled.emit(exc, str(exc))

    # ------------------------------------------------------------------ backups
    def backup_now(self, *, quiet: bool = False) -> bool:
        """Queue a backup on the long-read worker; False if one is already running."""
        if not self.sqlite or self._backing_up:
            return False
        self._backing_up = True
        self.backup_button.setEnabled(False)
        if not quiet:
            self._say("", self.tr("Backing up…"))
        self.worker.run(autobackup.auto_backup, self.ctx.shop, on_done=self._on_backup_done,
                            on_error=self._on_backup_failed)
        return True

    def _on_backup_done(self, result: autobackup.AutoBackupResult) -> None:
        self._backing_up = False
        self.backup_button.setEnabled(True)
        self.last_error = ""
        self.refresh()
        self.ctx.status_message.emit(self.tr("Backup saved: %1").replace("%1", str(result.path)))
        self.backup_finished.emit(True)

    def _on_backup_failed(self, exc: BaseException) -> None:
        self._backing_up = False
        self.backup_button.setEnabled(True)
        if isinstance(exc, UserError):
            text = exc.message()
        else:  # a bug: logged with its traceback, told plainly; the sales are untouched
            log.error("backup failed", exc_info=exc)
            text = UserError("autobackup_failed", folder=str(self.folder()), reason=str(exc)).message()
        self.last_error = text
        self._say(ERROR_STYLE, text)
        self.ctx.status_message.emit(text)
        self.backup_finished.emit(False)

    # ------------------------------------------------------------------ automatic work
    def start(self) -> None:
        """Begin the automatic work: the full file check, the daily backup, the timer."""
        if not self.sqlite:
            return
        self.auto = True
        path = autobackup.sqlite_path(self.ctx.shop.engine.url)
        self.worker.run(autobackup.full_health, path, on_done=self._on_health, on_error=self._on_error)
        self._timer.start()

    def _on_health(self, health: autobackup.Health) -> None:
        self.health_checked.emit(health.ok)
        if not health.ok:
            self.offer_recovery(health.error(autobackup.sqlite_path(self.ctx.shop.engine.url)))
            return
        self._on_timer()  # first start of the day: the daily backup

    def _on_timer(self) -> None:
        folder = self.folder()
        if self.auto and folder is not None and autobackup.is_due(folder, self.stem):
            self.backup_now(quiet=True)

    def offer_recovery(self, error: UserError) -> DamagedDatabaseDialog:
        """The file turned out damaged while the window runs: stop and offer a backup."""
        self._timer.stop()
        url = self.ctx.shop.engine.url.render_as_string(hide_password=False)
        # connections to the damaged file are closed before it is moved aside
        dialog = DamagedDatabaseDialog(url, error, [self.folder(), autobackup.default_folder(url)],
                                       self.ctx.lang, self, before_restore=self.ctx.shop.engine.dispose)
        self.damaged_dialog = dialog
        dialog.accepted.connect(self._after_restore)
        dialog.open()
        return dialog

    def backup_on_close(self) -> None:
        """The window is closing: one last backup, waited for; a failure is told."""
        if not self.auto or not self.sqlite:
            return
        self._timer.stop()
        outcome: list = []

        def job():
            try:
                outcome.append(autobackup.auto_backup(self.ctx.shop))
            except Exception as e:  # reported below, after the worker is done
                outcome.append(e)

        self.worker.run(job)
        self.worker.wait(120_000)
        if outcome and isinstance(outcome[0], Exception):
            exc = outcome[0]
            text = exc.message() if isinstance(exc, UserError) else str(exc)
            log.warning("backup on close failed: %s", text)
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, self.tr("Backup"), text)

    # ------------------------------------------------------------------ restore
    def restore_dialog(self) -> RestoreDialog:
        folder = self.folder()
        return RestoreDialog([folder], self.stem, lambda p: autobackup.restore_backup(self.ctx.shop, p),
                             self.ctx.lang, self)

    def open_restore(self) -> RestoreDialog:
        dialog = self.restore_dialog()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._after_restore)
        dialog.open()
        return dialog

    def _after_restore(self) -> None:
        self.last_error = ""
        self.ctx.reload_settings()
        self.ctx.members_reset.emit()
        self.refresh()
        self._say(OK_STYLE, self.tr("The backup was restored. The data as it was before is kept beside the database."))
        self.restored.emit()
