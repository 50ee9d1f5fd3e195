"""Cyclic garbage is collected on the UI thread only.

Python's collector runs in whichever thread happens to allocate when a
generation's count passes its threshold — often a worker reading the
database. If the garbage holds a Qt object (a closed dialog caught in a
reference cycle with its slots), that worker destroys it: the destructor
takes Qt's signal-slot lock and then waits for the GIL, while the UI thread
holds the GIL and waits for that lock inside a ``connect``. Both wait for
ever (seen as a hung test run on CI, traced with gdb).

So the automatic collector is off, and a timer on the UI thread collects
the generations whose counts passed their thresholds, as the collector
itself would. Reference counting frees everything not in a cycle as before.
"""
from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


def collect_due() -> int:
    """Collect the oldest generation whose count passed its threshold (and
    the younger ones with it); return the generation, or -1 for none."""
    counts, limits = gc.get_count(), gc.get_threshold()
    generation = -1
    for g in range(3):
        if counts[g] > limits[g]:
            generation = g
    if generation >= 0:
        gc.collect(generation)
    return generation


class UiThreadCollector(QObject):
    """Turns the automatic collector off and collects from a UI-thread timer;
    ``stop()`` (or deleting it) turns the automatic collector back on."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS):
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(collect_due)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        if self._was_enabled:
            gc.enable()
