"""Run shop work off the UI thread (Picard's util/thread.py pattern).

One worker thread executes jobs in order (as Anki runs collection work on a
single worker), so a sale and the refresh after it never race. The result,
or the exception, is delivered back on the UI thread.
"""
from __future__ import annotations

import logging
import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    done = Signal(object, object)  # callback, result
    failed = Signal(object, object, str)  # callback, exception, traceback


class _Job(QRunnable):
    def __init__(self, relay: _Relay, fn: Callable, args, kwargs, on_done, on_error):
        super().__init__()
        self.relay, self.fn, self.args, self.kwargs = relay, fn, args, kwargs
        self.on_done, self.on_error = on_done, on_error

    def run(self) -> None:  # worker thread
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:  # delivered to the UI thread, never swallowed
            self.relay.failed.emit(self.on_error, exc, traceback.format_exc())
        else:
            self.relay.done.emit(self.on_done, result)


class Runner(QObject):
    """Queue callables on one background thread; callbacks run on the UI thread.

    ``on_error`` receives the exception; when it is None, errors go to
    :attr:`unhandled` (the main window shows them).
    """

    unhandled = Signal(object, str)  # exception, traceback
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, threads: int = 1):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self._relay.failed.connect(self._on_failed)
        self._pending = 0

    def run(
        self,
        fn: Callable[..., Any],
        *args,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        **kwargs,
    ) -> None:
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self._pool.start(_Job(self._relay, fn, args, kwargs, on_done, on_error))

    def wait(self, msecs: int = -1) -> bool:
        """Block until queued jobs finished (tests and shutdown only)."""
        return self._pool.waitForDone(msecs)

    @property
    def pending(self) -> int:
        return self._pending

    def _finish(self) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)

    def _on_done(self, callback, result) -> None:
        self._finish()
        if callback is not None:
            callback(result)

    def _on_failed(self, callback, exc, tb: str) -> None:
        self._finish()
        if callback is not None:
            callback(exc)
        else:
            log.error("background job failed:\n%s", tb)
            self.unhandled.emit(exc, tb)
