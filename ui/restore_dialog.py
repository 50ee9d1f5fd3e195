"""Restoring a backup: the list of backups, and the damaged-database notice.

:class:`RestoreDialog` lists the backups in the backup folder(s) with their
date and size (or takes another file), checks the chosen one first — a file
that fails ``check`` is refused with the reason — and only after the owner
confirms does it restore. The check and the restore run on a worker thread.

:class:`DamagedDatabaseDialog` is shown at start when the shop database is
damaged (or not a database): it says so plainly, keeps the damaged file
aside (never deleted), and offers the newest backup that passes the check.

Both take the restore itself as a function, so the same dialog serves the
Backups page (:func:`app.autobackup.restore_backup`, owner/manager only) and
the start-up path (:func:`app.autobackup.recover`, before anyone can sign in).
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import autobackup
from app.backup import RestoreRefused
from app.errors import UserError
from ui.widgets import format_datetime
from ui.worker import Runner

ERROR_STYLE = "color: #b3261e;"
OK_STYLE = "color: #0d652d;"


def _problem_text(widget: QWidget, exc: BaseException) -> str:
    # one translation context for both dialogs that show it (a `widget.tr`
    # here is named "widget" by lupdate and its strings went unchecked)
    if isinstance(exc, RestoreRefused):
        first = exc.problems[0] if exc.problems else ""
        return exc.message() + ("\n" + QCoreApplication.translate("RestoreDialog", "First problem: %1")
                                .replace("%1", first) if first else "")
    if isinstance(exc, UserError):
        return exc.message()
    return QCoreApplication.translate("RestoreDialog", "The restore failed unexpectedly: %1").replace("%1", str(exc))


class RestoreDialog(QDialog):
    """Pick a backup, have it checked, confirm, restore.

    Args:
        folders: where to look for backups (the backup folder first).
        stem: the database's name (backups are ``<stem>-YYYYMMDD-HHMMSS.db``).
        restore_fn: called on a worker thread with the chosen path; its
            result is kept in :attr:`restored`.
        lang: for dates.
    """

    checked = Signal(bool)  # the chosen file passed (True) or failed (False) its check
    restore_finished = Signal(bool)

    def __init__(self, folders: Sequence[Path], stem: str, restore_fn: Callable[[Path], object],
                 lang: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self.folders = [Path(f) for f in folders]
        self.stem = stem
        self.restore_fn = restore_fn
        self.lang = lang
        self.runner = Runner(self)
        self.restored = None
        self._extra: list[autobackup.BackupFile] = []
        self._checked_path: Path | None = None
        self.setWindowTitle(self.tr("Restore a backup"))
        self.resize(640, 460)

        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Choose the backup to go back to. It is checked first; a backup that fails the check is refused. "
            "Everything recorded after the backup was taken is replaced, so the database as it is now is "
            "kept as a copy beside it."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Taken at"), self.tr("Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._on_selection)
        self.table.itemDoubleClicked.connect(lambda _item: self._on_restore())
        layout.addWidget(self.table, 1)

        self.empty_label = QLabel(self.tr("No backups were found in %1.").replace(
            "%1", ", ".join(str(f) for f in self.folders)))
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        layout.addWidget(self.empty_label)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(self.status)

        buttons = QHBoxLayout()
        self.other_button = QPushButton(self.tr("Other file…"))
        self.other_button.clicked.connect(self._on_other_file)
        buttons.addWidget(self.other_button)
        buttons.addStretch(1)
        self.restore_button = QPushButton(self.tr("Check"))
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self._on_restore)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        self.reload()

    # ------------------------------------------------------------------ list
    def backups(self) -> list[autobackup.BackupFile]:
        found = {b.path: b for f in self.folders for b in autobackup.list_backups(f, self.stem)}
        for b in self._extra:
            found[b.path] = b
        return sorted(found.values(), key=lambda b: b.taken_at, reverse=True)

    def reload(self) -> None:
        self._files = self.backups()
        self.table.setRowCount(len(self._files))
        for row, b in enumerate(self._files):
            when = QTableWidgetItem(format_datetime(b.taken_at, self.lang))
            when.setToolTip(str(b.path))
            size = QTableWidgetItem(b.size_text)
            size.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
            self.table.setItem(row, 0, when)
            self.table.setItem(row, 1, size)
        self.empty_label.setVisible(not self._files)
        if self._files:
            self.table.selectRow(0)
        self._on_selection()

    def select_path(self, path: Path) -> None:
        for row, b in enumerate(self._files):
            if b.path == Path(path):
                self.table.selectRow(row)
                return
        raise ValueError(path)

    def chosen(self) -> autobackup.BackupFile | None:
        rows = self.table.selectionModel().selectedRows()
        return self._files[rows[0].row()] if rows else None

    def _on_selection(self) -> None:
        self._checked_path = None
        self.restore_button.setText(self.tr("Check"))
        self.restore_button.setEnabled(self.chosen() is not None)
        self._say("", "")

    def _on_other_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup file"), str(self.folders[0] if self.folders else ""),
            self.tr("Backups (*.db);;All files (*)"))
        if path:
            self.add_file(Path(path))

    def add_file(self, path: Path) -> None:
        """Add a file that is not in the backup folder (another name or place)."""
        p = Path(path)
        try:
            stat = p.stat()
        except OSError as e:
            self._say(ERROR_STYLE, UserError("file_unreadable", path=str(p), reason=e.strerror or str(e)).message())
            return
        self._extra.append(autobackup.BackupFile(p, dt.datetime.fromtimestamp(stat.st_mtime), stat.st_size))
        self.reload()
        self.select_path(p)

    # ------------------------------------------------------------------ check, restore
    def _say(self, style: str, text: str) -> None:
        self.status.setStyleSheet(style)
        self.status.setText(text)

    def _busy(self, busy: bool) -> None:
        for w in (self.restore_button, self.other_button, self.table, self.cancel_button):
            w.setEnabled(not busy)

    def _on_restore(self) -> None:
        b = self.chosen()
        if b is None:
            return
        self._busy(True)
        if self._checked_path != b.path:
            self._say("", self.tr("Checking the backup…"))
            self.runner.run(autobackup.check_backup, b.path,
                            on_done=lambda problems, b=b: self._on_checked(b, problems),
                            on_error=self._on_check_failed)
        else:
            self._say("", self.tr("Restoring…"))
            self.runner.run(self.restore_fn, b.path, on_done=self._on_restored, on_error=self._on_restore_failed)

    def _on_checked(self, b: autobackup.BackupFile, problems: list[str]) -> None:
        self._busy(False)
        if problems:
            self._on_check_failed(RestoreRefused(str(b.path), problems))
            return
        self._checked_path = b.path
        self.restore_button.setText(self.tr("Restore this backup"))
        self._say(OK_STYLE, self.tr(
            "The backup of %1 passed the check. Press “Restore this backup” to go back to it.")
            .replace("%1", format_datetime(b.taken_at, self.lang)))
        self.checked.emit(True)

    def _on_check_failed(self, exc: BaseException) -> None:
        self._busy(False)
        self._checked_path = None
        self._say(ERROR_STYLE, _problem_text(self, exc))
        self.checked.emit(False)

    def _on_restored(self, result) -> None:
        self._busy(False)
        self.restored = result
        self.restore_finished.emit(True)
        self.accept()

    def _on_restore_failed(self, exc: BaseException) -> None:
        self._busy(False)
        self._checked_path = None
        self.restore_button.setText(self.tr("Check"))
        self._say(ERROR_STYLE, _problem_text(self, exc))
        self.restore_finished.emit(False)


class DamagedDatabaseDialog(QDialog):
    """The shop database is damaged: say so, offer the latest good backup.

    Args:
        db_url: the damaged database's URL (a SQLite file).
        error: the ``db_damaged`` UserError (message in the UI language).
        folders: where backups may be (the configured folder and the default).
    """

    searched = Signal(object)  # the latest good BackupFile, or None

    def __init__(self, db_url: str, error: UserError, folders: Sequence[Path], lang: str = "en",
                 parent: QWidget | None = None, before_restore: Callable[[], None] | None = None):
        super().__init__(parent)
        self.db_url = db_url
        self.before_restore = before_restore  # e.g. close the running shop's connections
        self.folders = [Path(f) for f in dict.fromkeys(str(f) for f in folders)]
        self.stem = autobackup.db_stem(db_url)
        self.lang = lang
        self.runner = Runner(self)
        self.latest: autobackup.BackupFile | None = None
        self.recovery: autobackup.Recovery | None = None
        self.setWindowTitle(self.tr("The shop database is damaged"))
        self.resize(620, 320)

        layout = QVBoxLayout(self)
        what = QLabel(error.message())
        what.setWordWrap(True)
        what.setStyleSheet(ERROR_STYLE + " font-weight: 600;")
        what.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(what)
        advice = QLabel(self.tr(
            "Regulars can go back to the latest backup that passes the check. Sales recorded after that "
            "backup are not in it. The damaged file is kept beside it under a new name; nothing is deleted."))
        advice.setWordWrap(True)
        layout.addWidget(advice)
        self.found = QLabel(self.tr("Looking for the latest good backup…"))
        self.found.setWordWrap(True)
        self.found.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(self.found)
        layout.addStretch(1)

        buttons = QHBoxLayout()
        self.choose_button = QPushButton(self.tr("Choose another backup…"))
        self.choose_button.clicked.connect(self._on_choose)
        buttons.addWidget(self.choose_button)
        buttons.addStretch(1)
        self.restore_button = QPushButton(self.tr("Restore the latest good backup"))
        self.restore_button.setEnabled(False)
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self._on_restore_latest)
        self.quit_button = QPushButton(self.tr("Quit"))
        self.quit_button.clicked.connect(self.reject)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.quit_button)
        layout.addLayout(buttons)
        self.runner.run(autobackup.latest_good_backup, self.folders, self.stem,
                        on_done=self._on_found, on_error=self._on_search_failed)

    def _on_found(self, latest: autobackup.BackupFile | None) -> None:
        self.latest = latest
        if latest is None:
            self.found.setText(self.tr("No backup that passes the check was found in %1. Choose a backup file "
                                       "yourself, or quit and ask for help; the damaged file is left as it is.")
                               .replace("%1", ", ".join(str(f) for f in self.folders)))
        else:
            self.found.setText(self.tr("Latest good backup: %1 (%2), in %3.")
                               .replace("%1", format_datetime(latest.taken_at, self.lang))
                               .replace("%2", latest.size_text).replace("%3", str(latest.path.parent)))
            self.found.setStyleSheet(OK_STYLE)
        self.restore_button.setEnabled(latest is not None)
        self.searched.emit(latest)

    def _on_search_failed(self, exc: BaseException) -> None:
        self.found.setText(_problem_text(self, exc))
        self.searched.emit(None)

    def _recover(self, path: Path) -> autobackup.Recovery:
        if self.before_restore is not None:
            self.before_restore()
        return autobackup.recover(self.db_url, path)

    def _on_restore_latest(self) -> None:
        if self.latest is None:
            return
        for w in (self.restore_button, self.choose_button, self.quit_button):
            w.setEnabled(False)
        self.found.setText(self.tr("Restoring…"))
        self.runner.run(self._recover, self.latest.path, on_done=self._on_recovered, on_error=self._on_failed)

    def _on_recovered(self, recovery: autobackup.Recovery) -> None:
        self.recovery = recovery
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        for w in (self.restore_button, self.choose_button, self.quit_button):
            w.setEnabled(True)
        self.found.setStyleSheet(ERROR_STYLE)
        self.found.setText(_problem_text(self, exc))

    def choose_dialog(self) -> RestoreDialog:
        """The full list (also used by tests to drive the choice)."""
        return RestoreDialog(self.folders, self.stem, self._recover, self.lang, self)

    def _on_choose(self) -> None:
        dialog = self.choose_dialog()
        if dialog.exec() == QDialog.Accepted:
            self.recovery = dialog.restored
            self.accept()


def startup_folders(db_url: str, remembered: str | None) -> list[Path]:
    """Where to look for backups when the database (and its setting) is unreadable."""
    folders = [Path(remembered)] if remembered else []
    folders.append(autobackup.default_folder(db_url))
    return folders


def check_at_start(db_url: str | None, remembered_folder: str | None = None, lang: str = "en",
                   dialog_hook: Callable[[DamagedDatabaseDialog], None] | None = None) -> bool:
    """Before the window opens: a fast look at the SQLite file (header, size,
    schema; milliseconds at any size). If it is damaged, say so and offer the
    latest good backup. Returns False when the app should not open (the
    owner chose Quit); True when the file is fine or was restored.

    ``dialog_hook`` receives the dialog before it runs (tests drive it).
    """
    url = autobackup.resolve_url(db_url)
    try:
        path = autobackup.sqlite_path(url)
    except UserError:
        return True  # PostgreSQL: the server looks after its files
    health = autobackup.quick_health(path)
    if health.ok:
        return True
    dialog = DamagedDatabaseDialog(url, health.error(path), startup_folders(url, remembered_folder), lang)
    if dialog_hook is not None:
        dialog_hook(dialog)
    return dialog.exec() == QDialog.Accepted
