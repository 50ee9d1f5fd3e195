"""Show failures the way DESIGN.md separates them.

A :class:`~app.errors.UserError` is told plainly in the UI language (no
traceback, no "error" jargon). Anything else is a bug: it is logged with its
traceback to the log file in the user data folder and a dialog says so,
offering the details to copy for a bug report. Nothing already saved is lost
either way: every shop action is one transaction.
"""
from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import messages
from app.errors import UserError

log = logging.getLogger("regulars")
_log_path: Path | None = None


def setup_logging(folder: Path) -> Path:
    """Log to ``folder/regulars.log`` (rotated, 1 MB × 3)."""
    global _log_path
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "regulars.log"
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    _log_path = path
    return path


def log_path() -> Path | None:
    return _log_path


def format_traceback(exc: BaseException) -> str:
    return "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))


class BugDialog(QDialog):
    """Says a bug happened, that saved work is safe, and where the log is."""

    def __init__(self, exc: BaseException, details: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Something went wrong"))
        self.details = details
        layout = QVBoxLayout(self)
        text = self.tr(
            "Regulars ran into a problem it did not expect. What was already saved is safe; "
            "the last action may not have been completed, so please check it."
        )
        where = log_path()
        if where is not None:
            text += "\n\n" + self.tr("Details were written to %1.").replace("%1", str(where))
        summary = QLabel(text)
        summary.setWordWrap(True)
        summary.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(summary)
        box = QPlainTextEdit(details)
        box.setReadOnly(True)
        box.setVisible(False)
        box.setMinimumHeight(200)
        self._details_box = box
        layout.addWidget(box)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        show = QPushButton(self.tr("Show details"))
        show.setCheckable(True)
        show.toggled.connect(box.setVisible)
        copy = QPushButton(self.tr("Copy details"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
        buttons.addButton(show, QDialogButtonBox.ActionRole)
        buttons.addButton(copy, QDialogButtonBox.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 220)


def report_bug(parent: QWidget | None, exc: BaseException, details: str | None = None) -> BugDialog | None:
    """Log ``exc`` with its traceback and show the bug dialog (non-blocking)."""
    details = details or format_traceback(exc)
    log.error("unexpected error:\n%s", details)
    if QApplication.instance() is None:
        return None
    dialog = BugDialog(exc, details, parent)
    dialog.setAttribute(Qt.WA_DeleteOnClose)
    dialog.open()
    return dialog


def show_user_error(parent: QWidget | None, err: UserError, lang: str | None = None) -> QMessageBox:
    """Tell a refusal plainly, in the UI language (non-blocking)."""
    box = QMessageBox(QMessageBox.Warning, QCoreApplication.translate("Errors", "Regulars"),
                      err.message(lang or messages.current_language()), QMessageBox.Ok, parent)
    box.setAttribute(Qt.WA_DeleteOnClose)
    box.open()
    return box


def handle_error(parent: QWidget | None, exc: BaseException, lang: str | None = None, details: str | None = None):
    """Either kind of failure: plain words for a UserError, the bug path otherwise."""
    if isinstance(exc, UserError):
        return show_user_error(parent, exc, lang)
    return report_bug(parent, exc, details)


def install_excepthook() -> None:
    """Route exceptions escaping Qt slots to :func:`handle_error`.

    Without this, PySide prints the traceback to a console a cashier never
    sees and the click silently does nothing.
    """
    previous = sys.excepthook

    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            previous(exc_type, exc, tb)
            return
        if exc is not None and exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        try:
            parent = QApplication.activeWindow()
            handle_error(parent, exc, details=details)
        except Exception:  # never let the hook itself crash the app
            log.exception("could not show the error dialog")
            log.error("original error:\n%s", details)

    sys.excepthook = hook
