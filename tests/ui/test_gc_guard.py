"""Cyclic garbage holding a Qt object is destroyed on the UI thread, never in
a worker (where its destructor can deadlock with the UI: ui/gc_guard.py)."""
from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject

from ui.gc_guard import UiThreadCollector, collect_due


class _Cycle:
    pass


def _leave_a_cycle_with_a_qobject(record):
    c = _Cycle()
    c.me = c  # a reference cycle: only the collector frees it
    c.qobject = QObject()
    weakref.finalize(c, lambda: record.append(threading.get_ident()))


def _allocate_in_a_worker():
    """Containers made in a worker and kept: the youngest generation's count
    goes well past its threshold (700), as when a worker loads a list."""
    kept = []

    def churn():
        for i in range(20_000):
            kept.append([i])

    t = threading.Thread(target=churn)
    t.start()
    t.join()
    return kept


def test_a_worker_never_collects_and_the_ui_timer_does(qtbot, qapp):
    gc.enable()  # as a plain Python process starts (the window tests' fixture turned it off)
    collected = []
    collector = UiThreadCollector(qapp, interval_ms=20)
    try:
        assert not gc.isenabled()
        _leave_a_cycle_with_a_qobject(collected)
        kept = _allocate_in_a_worker()
        assert collected == []  # the worker's allocations collected nothing
        qtbot.waitUntil(lambda: collected != [], timeout=5000)
        del kept
        assert collected == [threading.get_ident()]  # this (the UI) thread
    finally:
        collector.stop()
        collector.deleteLater()
    assert gc.isenabled()


def test_without_the_guard_a_worker_would_collect_it(qapp):
    """The hazard itself, so the test above cannot pass by accident."""
    gc.enable()
    gc.collect()
    collected = []
    try:
        _leave_a_cycle_with_a_qobject(collected)
        kept = _allocate_in_a_worker()
        assert collected and collected[0] != threading.get_ident()
        del kept
    finally:
        gc.disable()


def test_collect_due_follows_the_thresholds():
    gc.disable()
    gc.collect()
    assert collect_due() == -1  # nothing past a threshold right after a collection
    junk = [[i] for i in range(gc.get_threshold()[0] + 10)]
    assert collect_due() >= 0
    del junk
