"""Does the window keep breathing while the big lists load?

A QTimer ticks every 10 ms on the UI thread while the Members tab loads (its
first page and count, then scrolling down page after page) and while the
Follow-ups list is worked out; the longest gap between two ticks is what a
cashier would feel as a frozen window. Only the loading is watched: the tabs
are built (and have loaded once) before the timer starts.

Used by tests/ui/test_responsiveness.py (asserted, 20,000 members) and, as a
script, by tests/perf/bench.py (reported, 200,000 members):

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/perf/responsiveness.py SHOP.db
        [--as-of YYYY-MM-DD] [--pages N] [--json FILE]
"""
from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import sys
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TICK_MS = 10


def watch(start: Callable[[], None], done: Callable[[], bool], timeout_s: float = 120.0,
          step: Callable[[], None] | None = None) -> dict:
    """Run ``start()`` with a 10 ms timer ticking, until ``done()``.

    ``step`` is called on every tick (e.g. to scroll further). Returns the
    longest gap between ticks (ms), the number of ticks and the load's time.
    """
    from PySide6.QtCore import QEventLoop, Qt, QTimer

    loop = QEventLoop()
    gaps: list[float] = []
    last = [0.0]
    t0 = [0.0]
    timed_out = [False]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now
        if done():
            loop.quit()
        elif step is not None:
            step()

    def give_up() -> None:
        timed_out[0] = True
        loop.quit()

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(give_up)
    guard.start(int(timeout_s * 1000))
    t0[0] = last[0] = time.perf_counter()
    timer.start()
    start()
    loop.exec()
    timer.stop()
    guard.stop()
    if timed_out[0]:
        raise TimeoutError(f"the load did not finish in {timeout_s:.0f} s")
    load = time.perf_counter() - t0[0]
    return {"max_gap_ms": max(gaps) * 1000 if gaps else load * 1000, "ticks": len(gaps), "load_ms": load * 1000}


def settle(app, ctx) -> None:
    """Process events until both background runners are idle."""
    while ctx.runner.pending or ctx.reader.pending:
        app.processEvents()
        time.sleep(0.002)
    app.processEvents()


def members_load(app, ctx, tab, pages: int) -> dict:
    """Reload the Members tab and scroll down ``pages`` pages (0: to the end)."""
    model = tab.model
    target = [0]

    def start() -> None:
        model.reload()
        target[0] = 1

    def done() -> bool:
        if model.total is None or model.rowCount() == 0:
            return False
        if model.loaded_all:
            return True
        return pages > 0 and model.rowCount() >= min(model.total, pages * model._page_size) and not model.loading

    def step() -> None:
        if model.rowCount() and not model.loading:
            tab.table.scrollToBottom()

    return watch(start, done, step=step)


def followups_load(app, ctx, tab) -> dict:
    loaded = [False]

    def on_loaded() -> None:
        loaded[0] = True

    tab.list_loaded.connect(on_loaded)

    def start() -> None:
        loaded[0] = False
        tab.reload()

    result = watch(start, lambda: loaded[0])
    tab.list_loaded.disconnect(on_loaded)
    result["rows"] = tab.model.rowCount()
    return result


def open_tabs(ctx, as_of: dt.date | None = None):
    """The Members and Follow-ups tabs, shown and loaded once."""
    from PySide6.QtWidgets import QApplication

    from ui.followups_tab import FollowupsTab
    from ui.members_tab import MembersTab

    app = QApplication.instance()
    members = MembersTab(ctx)
    members.resize(1280, 760)
    members.show()
    clock = (lambda: dt.datetime.combine(as_of, dt.time(12))) if as_of else None
    followups = FollowupsTab(ctx, clock=clock) if clock else FollowupsTab(ctx)
    followups.resize(1280, 760)
    followups.show()
    settle(app, ctx)
    gc.freeze()  # as ui.app.run_gui does once the window is up
    return members, followups


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("db", type=Path)
    ap.add_argument("--as-of", type=dt.date.fromisoformat)
    ap.add_argument("--pages", type=int, default=50, help="pages of the Members tab to scroll through (0: all)")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()

    from PySide6.QtWidgets import QApplication

    from ui.app import guard_singleton_refcounts

    guard_singleton_refcounts()
    from app.shop import Shop
    from ui.context import AppContext

    app = QApplication([])
    shop = Shop(f"sqlite:///{args.db}")
    ctx = AppContext(shop, "en")
    ctx.reload_settings()
    members, followups = open_tabs(ctx, args.as_of)
    res = {"members": members_load(app, ctx, members, args.pages),
           "followups": followups_load(app, ctx, followups)}
    res["members"]["rows"] = members.model.rowCount()
    print(json.dumps(res))
    if args.json:
        args.json.write_text(json.dumps(res, indent=1))
    ctx.runner.wait()
    ctx.reader.wait()
    shop.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
