"""The window never freezes while the big lists load.

A 25,000-member demo shop (about 250,000 purchases; ~15-20 s to build) is built once for the
session; a QTimer ticking every 10 ms on the UI thread must never see a gap
over 100 ms while the Members tab loads and scrolls through every row, nor
while the Follow-ups list is worked out. The same probe runs at 200,000
members in tests/perf/bench.py (reported there, not asserted).

Generous on purpose: the machine may be shared with other test runs. Done on
the UI thread, the follow-up list at this size stalls it for about 300 ms, and
unpaged member loading for about 350 ms (both checked by hand), so the
threshold sits between.
"""
from __future__ import annotations

import datetime as dt
import gc
import time

import pytest

from tests.perf import responsiveness as probe

MEMBERS = 25_000
AS_OF = dt.date(2026, 6, 30)
MAX_GAP_MS = 100


@pytest.fixture(scope="module")
def big_shop(tmp_path_factory):
    from app import demo
    from app.shop import Shop

    path = tmp_path_factory.mktemp("responsiveness") / "shop.db"
    shop = Shop(f"sqlite:///{path}")
    t = time.perf_counter()
    with shop.transaction() as s:
        summary = demo.build_demo(s, members=MEMBERS, seed=3, as_of=AS_OF)
    demo.after_load(shop)
    print(f"built {MEMBERS:,} members / {summary['purchases']:,} purchases in {time.perf_counter() - t:.1f} s")
    yield shop
    shop.close()


@pytest.fixture
def tabs(qapp, big_shop):
    from ui.context import AppContext

    from ui.gc_guard import UiThreadCollector

    ctx = AppContext(big_shop, "en")
    ctx.reload_settings()
    members, followups = probe.open_tabs(ctx, AS_OF)  # freezes what exists now out of the collector's reach
    # as the app runs: cyclic garbage collected by a UI-thread timer, so its
    # pauses count among the gaps the probe sees
    collector = UiThreadCollector(qapp)
    yield ctx, members, followups
    collector.stop()
    collector.deleteLater()
    ctx.runner.wait()
    ctx.reader.wait()
    gc.unfreeze()  # the rest of the session collects as usual
    members.close()
    followups.close()
    members.deleteLater()
    followups.deleteLater()


def best_of_two(load) -> dict:
    """The load watched once more if the first time saw a long gap: a load
    done on the UI thread stalls every time, while on a machine shared with
    other test runs the scheduler alone can now and then keep the UI thread
    off the CPU for that long (seen at a load average of 5 on 2 cores)."""
    first = load()
    if first["max_gap_ms"] <= MAX_GAP_MS:
        return first
    second = load()
    second["first_try"] = first
    return second


def test_members_tab_loads_and_scrolls_without_freezing(qapp, tabs):
    ctx, members, _ = tabs
    res = best_of_two(lambda: probe.members_load(qapp, ctx, members, pages=0))
    assert members.model.rowCount() == MEMBERS  # every row arrived: the whole load was watched
    assert res["ticks"] >= 10, res  # the timer did run during the load
    assert res["max_gap_ms"] <= MAX_GAP_MS, res


def test_followup_list_loads_without_freezing(qapp, tabs):
    ctx, _, followups = tabs
    res = best_of_two(lambda: probe.followups_load(qapp, ctx, followups))
    assert res["rows"] > 1000, res  # a real list was worked out and shown
    assert res["max_gap_ms"] <= MAX_GAP_MS, res
