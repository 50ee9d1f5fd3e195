"""Benchmark the Members tab on a big shop (not a test; prints numbers).

    .venv/bin/python scripts/bench_members_tab.py                 # 100,000 members
    .venv/bin/python scripts/bench_members_tab.py --members 1000000
    .venv/bin/python scripts/bench_members_tab.py --with-indexes  # + the index proposed for points
    .venv/bin/python scripts/bench_members_tab.py --db SHOP.db --sorts name --json OUT.json
        # an existing shop (tests/perf/bench.py: the tab only, numbers as JSON)

Builds a temporary SQLite file (bulk INSERT of believable members), then
measures with a real MembersTab under the offscreen platform:

- open: constructing the tab until the first page is on screen and the
  count is shown;
- page fetch: one page of 200 from app.member_list for each sort order,
  first page and deep (keyset) page, median of several runs;
- scroll to end: scrolling the table to the bottom again and again, as a
  user dragging the scroll bar would, until every row is loaded; with the
  longest single stall of the UI thread (what the cashier would feel).
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--members", type=int, default=100_000)
    ap.add_argument("--with-indexes", action="store_true",
                    help="create the proposed index on members.points_balance first")
    ap.add_argument("--sorts", default="name,points,last_visit",
                    help="sort orders to scroll to the end with (comma-separated)")
    ap.add_argument("--db", type=Path, help="measure this shop instead of building one (skips the service tables)")
    ap.add_argument("--json", type=Path, help="write open and scroll numbers here")
    args = ap.parse_args()

    from PySide6.QtWidgets import QApplication

    from ui.app import guard_singleton_refcounts

    guard_singleton_refcounts()  # PySide6 6.12.0 on Python 3.11: see ui/app.py

    from app import member_list
    from app.member_list import MemberFilter, Sort
    from app.shop import Shop
    from tests.member_data import bulk_insert_members

    app = QApplication([])
    tmp = None
    if args.db:
        shop = Shop(f"sqlite:///{args.db}")
        with shop.read() as s:
            args.members = member_list.count(s)
        print(f"{args.db}: {args.members:,} members; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        measure_tab(app, shop, args)
        shop.close()
        return 0
    tmp = tempfile.TemporaryDirectory(prefix="regulars-bench-")
    path = Path(tmp.name) / "shop.db"
    shop = Shop(f"sqlite:///{path}")
    t = time.perf_counter()
    bulk_insert_members(shop, args.members, seed=1)
    print(f"inserted {args.members:,} members in {time.perf_counter() - t:.1f} s ({path});"
          f" load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    if args.with_indexes:
        with shop.transaction() as s:
            s.connection().exec_driver_sql(
                "CREATE INDEX IF NOT EXISTS ix_members_points_balance ON members (points_balance)"
            )
        print("created ix_members_points_balance")
    with shop.transaction() as s:
        s.connection().exec_driver_sql("ANALYZE")

    # --- page fetch, straight from the service ----------------------------------------
    # Wall time and this thread's CPU time: on a shared, busy machine the
    # CPU time is the steadier number (it leaves out waiting for a core).
    def timed(fn, runs):
        wall, cpu = [], []
        for _ in range(runs):
            w, c = time.perf_counter(), time.thread_time()
            result = fn()
            cpu.append(time.thread_time() - c)
            wall.append(time.perf_counter() - w)
        return statistics.median(wall), statistics.median(cpu), result

    print("\npage of 200 from the service, median wall / CPU:")
    print(f"  {'sort':>16}   {'first page':>19}   {'keyset, mid-list':>19}   {'offset, mid-list':>19}")
    with shop.read() as s:
        for key in member_list.SORT_KEYS:
            for desc in (False, True):
                sort = Sort(key, desc)
                first = timed(lambda: member_list.page(s, MemberFilter(), sort), 7)
                mid = member_list.page(s, MemberFilter(), sort, offset=args.members // 2 - 1, limit=1).cursor
                deep = timed(lambda: member_list.page(s, MemberFilter(), sort, after=mid), 7)
                off = timed(lambda: member_list.page(s, MemberFilter(), sort, offset=args.members // 2), 3)
                cells = "   ".join(f"{w * 1000:7.1f} / {c * 1000:5.1f} ms" for w, c, _ in (first, deep, off))
                print(f"  {key + (' desc' if desc else ' asc'):>16}   {cells}")
        print("\ncount and first page with a filter, median wall / CPU:")
        for label, flt in (
            ("no filter", MemberFilter()),
            ("name fragment 王", MemberFilter(text="王")),
            ("rare name fragment", MemberFilter(text="Grace Tsai")),
            ("last 4 digits", MemberFilter(text="4321")),
            ("phone prefix", MemberFilter(text="0900012")),
            ("has points", MemberFilter(has_points=True)),
            ("birthday in May", MemberFilter(birth_month=5)),
            ("no visit 180+ days", MemberFilter(min_days_since_visit=180)),
        ):
            cw, cc, n = timed(lambda: member_list.count(s, flt), 5)
            pw, pc, _ = timed(lambda: member_list.page(s, flt, Sort("name")), 5)
            print(f"  {label:>20}: {n:>9,} members   count {cw * 1000:6.1f} / {cc * 1000:5.1f} ms"
                  f"   page {pw * 1000:6.1f} / {pc * 1000:5.1f} ms")

    measure_tab(app, shop, args)
    shop.close()
    tmp.cleanup()
    return 0


def measure_tab(app, shop, args) -> None:
    """Open the real tab, then scroll to the end in each sort order."""
    from app.member_list import Sort
    from ui.context import AppContext
    from ui.members_tab import MembersTab

    ctx = AppContext(shop, "en")

    def idle() -> None:
        while ctx.runner.pending:
            app.processEvents()
            time.sleep(0.0005)
        app.processEvents()

    t = time.perf_counter()
    tab = MembersTab(ctx)
    tab.resize(1280, 760)
    tab.show()
    built = time.perf_counter() - t
    while tab.model.rowCount() == 0 or tab.model.total is None:
        app.processEvents()
        time.sleep(0.0005)
    opened = time.perf_counter() - t
    app.processEvents()
    results = {"open_ms": opened * 1000, "widgets_ms": built * 1000}
    print(f"\nopen the tab: widgets built {ms(built)}; first page and count shown after {ms(opened)}"
          f" ({tab.count_label.text()})")

    for key in args.sorts.split(","):
        desc = key == "last_visit"
        tab.model.set_sort(Sort(key, desc))
        idle()
        pages = 0
        worst_wall = worst_cpu = 0.0
        t, cpu = time.perf_counter(), time.process_time()
        while not tab.model.loaded_all:
            before = tab.model.rowCount()
            tab.table.scrollToBottom()
            while tab.model.rowCount() == before and not tab.model.loaded_all:
                w0, c0 = time.perf_counter(), time.thread_time()
                app.processEvents()
                worst_wall = max(worst_wall, time.perf_counter() - w0)
                worst_cpu = max(worst_cpu, time.thread_time() - c0)
            pages += 1
        total, cpu = time.perf_counter() - t, time.process_time() - cpu
        assert tab.model.rowCount() == args.members, tab.model.rowCount()
        print(f"scroll to the end by {key}{' desc' if desc else ''}: {tab.model.rowCount():,} rows in {pages:,} fetches,"
              f" {total:.1f} s wall, {cpu:.1f} s CPU; longest UI-thread event pass {worst_wall * 1000:.0f} ms wall,"
              f" {worst_cpu * 1000:.0f} ms of its own CPU")
        results.setdefault("scroll", {})[key] = {"scroll_ms": total * 1000, "cpu_ms": cpu * 1000, "fetches": pages,
                                                 "worst_pass_ms": worst_wall * 1000, "rows": tab.model.rowCount()}
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory {rss:.0f} MB with {tab.model.rowCount():,} rows loaded")
    ctx.runner.wait()
    if args.json:
        first = next(iter(results["scroll"].values()))
        results.update(first, maxrss_mb=rss)
        args.json.write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    sys.exit(main())
