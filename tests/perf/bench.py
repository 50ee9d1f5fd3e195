"""The speed benchmark: every operation a front desk waits for, at chain scale.

    .venv/bin/python tests/perf/bench.py [--members 200000] [--seed 7] [--db PATH]
        [--json docs/bench/latest.json] [--only lookups,sale,followups,members_tab,
        cold_start,print,responsiveness] [--reps 1000] [--stress]

Builds the demo shop (``main.py demo``) once per size and seed into a cache
folder (``$REGULARS_BENCH_CACHE``, default ``~/.cache/regulars-bench``) and
reuses it afterwards; the file is migrated when it is opened, so a cached shop
follows new migrations. ``--db PATH`` uses a shop you already have instead.

Each operation is timed through the same app/ functions the window uses, and
then the *floor*: the very SQL statements those functions sent (captured with
a SQLAlchemy cursor event), replayed with the plain ``sqlite3`` module on the
same file, in one transaction with the same PRAGMAs. The ratio is what our
layers (SQLAlchemy, the ORM, building the views) cost on top of SQLite.

- lookups: ``members.find`` as the Counter calls it (``limit=30``, in a
  ``shop.read()``), for a random member each time: card number, full phone,
  last 4 digits, and a name fragment of 1, 2 and 3 characters taken from
  anywhere in a random member's name. ``--reps`` timed runs after 50 warm-up
  runs; median and p99.
- sale: ``sales.record_sale`` with points earned (and spent on some sales),
  each in its own ``shop.transaction()`` (SQLite ``synchronous=FULL``: the
  commit waits for the disk), on a copy of the shop; the floor replays the
  same statements on a second copy.
- followups: ``followups.due_list`` as of the shop's last day, in-process
  (median of 5) and as ``main.py followups --format json`` (wall and peak
  memory of that process).
- members_tab: scripts/bench_members_tab.py on the shop: open the tab,
  scroll to the end by name; its floor pages the same keyset query in sqlite3.
- cold_start: ``main.py --db …`` with ``REGULARS_EXIT_WHEN_READY=1`` (see
  ui/app.py): from starting the process to the window shown with its first
  loads done and the event loop idle. The floor is Python + Qt showing an
  empty window after reading the first page with sqlite3.
- print: tests/perf/bench_print.py (1,000 coupons to PDF; no database floor).
- responsiveness: a QTimer ticking every 10 ms while the Members tab and the
  Follow-ups list load (tests/perf/responsiveness.py); the longest gap.
- memory: the peak resident size (ru_maxrss) of every subprocess above and of
  this process.

``--stress`` (meant with ``--members 1000000``) times the lookups, the sale,
the follow-up list, the cold start and the responsiveness probe (50 pages of
members), and skips printing (it does not depend on the shop's size) and the
Members tab's scroll to the very end.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import platform
import random
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
PY = sys.executable
TIME_BIN = shutil.which("time", path="/usr/bin:/bin")  # GNU time, for the peak memory of a child
GROUPS = ("lookups", "sale", "followups", "members_tab", "cold_start", "print", "responsiveness")
WARMUP = 50

TARGETS = {  # what: (limit, unit, how it is read)
    "lookup p99": (5.0, "ms"),
    "lookup p99 / floor p99": (3.0, "x"),
    "sale p50": (15.0, "ms"),
    "follow-up list": (1000.0, "ms"),
    "cold start": (2000.0, "ms"),
    "peak memory": (400.0, "MB"),
}


# --------------------------------------------------------------------------- helpers

def pct(values: list[float], p: float) -> float:
    """The p-th percentile (nearest rank), p in 0..100."""
    s = sorted(values)
    k = max(0, min(len(s) - 1, int(round(p / 100 * len(s) + 0.5)) - 1))
    return s[k]


def summary(seconds: list[float]) -> dict:
    ms = [x * 1000 for x in seconds]
    return {"n": len(ms), "median_ms": statistics.median(ms), "p99_ms": pct(ms, 99), "max_ms": max(ms)}


def run_child(cmd: list[str], env: dict | None = None, timeout: float = 900, until: str | None = None) -> dict:
    """Run a process; its wall time, peak memory (ru_maxrss via wait4) and output.

    With ``until``, also the time at which a stdout line starting with it appeared.
    """
    # Peak memory comes from /usr/bin/time (a small process in between): a
    # child forked straight from this one would report this process's own
    # peak when larger (Linux carries ru_maxrss across fork and exec).
    rss_file = None
    if TIME_BIN:
        fd, rss_file = tempfile.mkstemp(suffix=".rss")
        os.close(fd)
        cmd = [TIME_BIN, "-f", "%M", "-o", rss_file, *cmd]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env={**os.environ, **(env or {})}, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, encoding="utf-8")
    marks = {}
    lines = []
    assert proc.stdout is not None
    deadline = t0 + timeout
    for line in proc.stdout:
        now = time.perf_counter()
        lines.append(line)
        if until and line.startswith(until):
            marks[line.split()[0]] = now - t0
        if now > deadline:
            proc.kill()
            break
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read() if proc.stderr else ""
    maxrss_kb = usage.ru_maxrss
    if rss_file:
        try:
            maxrss_kb = int(Path(rss_file).read_text().split()[-1])
        except (ValueError, IndexError):
            pass
        os.unlink(rss_file)
    return {"rc": proc.returncode, "wall_s": wall, "maxrss_mb": maxrss_kb / 1024,
            "cpu_s": usage.ru_utime + usage.ru_stime, "stdout": "".join(lines), "stderr": err, "marks": marks}


def cache_dir() -> Path:
    d = Path(os.environ.get("REGULARS_BENCH_CACHE", Path.home() / ".cache" / "regulars-bench"))
    d.mkdir(parents=True, exist_ok=True)
    return d


def schema_hash() -> str:
    """A digest of what shapes the demo file: the migrations and the generator.

    Placeholder migrations are stamped as run, so a file built before one was
    filled would never get its tables: a changed digest means a new build.
    """
    h = hashlib.sha1()
    for p in sorted((ROOT / "db" / "migrations" / "versions").glob("*.py")) + [ROOT / "app" / "demo.py"]:
        h.update(p.name.encode() + b"\0" + p.read_bytes())
    return h.hexdigest()[:10]


def ensure_db(members: int, seed: int) -> tuple[Path, dict]:
    """The cached demo shop of this size and seed, built on first use (and
    again when the migrations or the generator changed)."""
    d = cache_dir()
    stem = f"demo-{members}-s{seed}-{schema_hash()}"
    path, meta_path = d / f"{stem}.db", d / f"{stem}.json"
    if path.exists() and meta_path.exists():
        return path, json.loads(meta_path.read_text())
    for old in d.glob(f"demo-{members}-s{seed}*"):  # an older schema's build
        old.unlink()
    tmp = d / f"building-{members}-s{seed}.db"
    for p in d.glob(tmp.name + "*"):
        p.unlink()
    print(f"building the demo shop: {members:,} members (seed {seed}) into {path} ...", flush=True)
    r = run_child([PY, "main.py", "--db", f"sqlite:///{tmp}", "demo", "--members", str(members),
                   "--seed", str(seed)], timeout=6 * 3600)
    if r["rc"] != 0:
        sys.exit(f"demo failed:\n{r['stderr']}")
    con = sqlite3.connect(tmp)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    purchases = con.execute("SELECT count(*) FROM sales").fetchone()[0]
    as_of = con.execute("SELECT max(occurred_at) FROM sales").fetchone()[0][:10]
    con.close()
    tmp.rename(path)
    meta = {"members": members, "seed": seed, "as_of": as_of, "purchases": purchases,
            "build_wall_s": round(r["wall_s"], 1), "build_cpu_s": round(r["cpu_s"], 1),
            "build_maxrss_mb": round(r["maxrss_mb"])}
    meta_path.write_text(json.dumps(meta, indent=1))
    print(f"built in {r['wall_s']:.0f} s wall, {r['cpu_s']:.0f} s CPU, peak {r['maxrss_mb']:.0f} MB", flush=True)
    return path, meta


def copy_db(src: Path, dst: Path) -> None:
    """A consistent copy (the source has no open writers: checkpointed file)."""
    con = sqlite3.connect(src)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    shutil.copyfile(src, dst)


class Capture:
    """Records the SQL an engine sends (statement, parameters), when on."""

    def __init__(self, engine):
        from sqlalchemy import event

        self.on = False
        self.statements: list[tuple[str, object, bool]] = []
        event.listen(engine, "before_cursor_execute", self._hook)

    def _hook(self, conn, cursor, statement, parameters, context, executemany):
        if self.on:
            self.statements.append((statement, parameters, executemany))

    def take(self, fn):
        self.statements = []
        self.on = True
        try:
            fn()
        finally:
            self.on = False
        return [s for s in self.statements if not s[0].lstrip().upper().startswith(("BEGIN", "COMMIT", "ROLLBACK"))]


def floor_connection(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    for pragma in ("busy_timeout=10000", "journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON"):
        con.execute(f"PRAGMA {pragma}")
    return con


def _plain(params):
    """Parameters as the sqlite3 module takes them (SQLAlchemy may hand over
    its own mapping or sequence types)."""
    if isinstance(params, dict) or hasattr(params, "keys"):
        return dict(params)
    return tuple(params) if params is not None else ()


def replay(con: sqlite3.Connection, statements, write: bool = False) -> None:
    """The captured statements, in one transaction, every row fetched."""
    con.execute("BEGIN IMMEDIATE" if write else "BEGIN DEFERRED")
    try:
        for sql, params, many in statements:
            # (a batched INSERT … VALUES (…), (…) RETURNING arrives flagged as many
            # but with one flat parameter list: it is one execute)
            if many and params and not isinstance(params[0], (int, float, str, bytes, type(None))):
                con.executemany(sql, [_plain(p) for p in params])
            else:
                con.execute(sql, _plain(params)).fetchall()
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT" if write else "ROLLBACK")


def timed(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


# --------------------------------------------------------------------------- groups

def bench_lookups(shop, path: Path, reps: int, rng: random.Random) -> dict:
    from app import members
    from app.errors import UserError

    con = sqlite3.connect(path)
    people = con.execute("SELECT member_no, phone_norm, phone_last4, name FROM members").fetchall()
    con.close()

    def fragment(length: int) -> str:
        while True:
            name = rng.choice(people)[3]
            if len(name.replace(" ", "")) >= length:
                start = rng.randrange(len(name) - length + 1)
                frag = name[start:start + length]
                if frag.strip() == frag and frag:
                    return frag

    kinds = {
        "card number": lambda: rng.choice(people)[0],
        "phone": lambda: rng.choice(people)[1],
        "last 4 digits": lambda: rng.choice(people)[2],
        "name, 1 character": lambda: fragment(1),
        "name, 2 characters": lambda: fragment(2),
        "name, 3 characters": lambda: fragment(3),
    }
    cap = Capture(shop.engine)
    fcon = floor_connection(path)
    out = {}
    for kind, make in kinds.items():
        queries = [make() for _ in range(WARMUP + reps)]

        def find(q):
            try:
                with shop.read() as s:
                    return members.find(s, q, limit=30)
            except UserError:
                return []

        ours, cpu, hits = [], [], 0
        for i, q in enumerate(queries):
            c = time.thread_time()
            t = time.perf_counter()
            found = find(q)
            dt_ = time.perf_counter() - t
            c = time.thread_time() - c
            if i >= WARMUP:
                ours.append(dt_)
                cpu.append(c)
                hits += len(found)
        captured = [cap.take(lambda q=q: find(q)) for q in queries]
        floor = []
        for i, stmts in enumerate(captured):
            d = timed(lambda: replay(fcon, stmts))
            if i >= WARMUP:
                floor.append(d)
        # CPU time of this thread: what a lookup costs when it has a core (on a
        # shared, loaded machine the wall-clock p99 is mostly waiting for one)
        res = {**summary(ours), "cpu": summary(cpu), "floor": summary(floor), "mean_results": hits / reps,
               "statements": statistics.mean(len(c) for c in captured)}
        res["ratio_median"] = res["median_ms"] / res["floor"]["median_ms"]
        res["ratio_p99"] = res["p99_ms"] / res["floor"]["p99_ms"]
        out[kind] = res
        print(f"  lookup by {kind:<20} median {res['median_ms']:6.2f} ms  p99 {res['p99_ms']:6.2f} ms   "
              f"floor {res['floor']['median_ms']:5.2f} / {res['floor']['p99_ms']:5.2f} ms   "
              f"x{res['ratio_median']:.1f} / x{res['ratio_p99']:.1f}   CPU p99 {res['cpu']['p99_ms']:5.2f} ms"
              f"   ({res['mean_results']:.1f} found)", flush=True)
    fcon.close()
    return out


def bench_sale(path: Path, reps: int, rng: random.Random, tmpdir: Path) -> dict:
    from app import sales
    from app import settings as shop_settings
    from app.errors import UserError
    from app.shop import Shop

    try:  # registers the programmes' settings before the first get_all (record_sale imports it late)
        import app.programs.rules  # noqa: F401
    except ImportError:
        pass

    ours_path, floor_path = tmpdir / "sale-ours.db", tmpdir / "sale-floor.db"
    copy_db(path, ours_path)
    copy_db(path, floor_path)
    shop = Shop(f"sqlite:///{ours_path}")
    fl = floor_connection(floor_path)
    fl.execute("SELECT 1").fetchall()
    ids = [r[0] for r in fl.execute("SELECT id FROM members")]
    staff = [r[0] for r in fl.execute("SELECT id FROM staff")]
    with shop.read() as s:
        rule = shop_settings.get_all(s)
    step = rule["redeem_points"]
    cap = Capture(shop.engine)
    ours, floor, captured, spent_on, refused = [], [], [], 0, 0
    now = dt.datetime.now().replace(microsecond=0)
    for i in range(WARMUP + reps):
        member_id = rng.choice(ids)
        amount = rng.choice((25000, 45000, 80000, 120000, 280000))
        spend = step if rng.random() < 0.3 else 0
        key = f"bench-{uuid.uuid4().hex}"

        def sell(spend=spend):
            with shop.transaction() as s:
                sales.record_sale(s, sale_key=key, member_id=member_id, amount_cents=amount,
                                  points_to_spend=spend, staff_id=rng.choice(staff), category="剪髮",
                                  now=now + dt.timedelta(seconds=i))

        cap.statements, cap.on = [], True
        t = time.perf_counter()
        try:
            sell()
        except UserError:  # not enough points: the same sale without spending
            refused += 1
            cap.statements = []
            t = time.perf_counter()
            sell(0)
            spend = 0
        d = time.perf_counter() - t
        cap.on = False
        spent_on += bool(spend)
        stmts = [st for st in cap.statements if not st[0].lstrip().upper().startswith(("BEGIN", "COMMIT", "ROLLBACK"))]
        captured.append(stmts)
        if i >= WARMUP:
            ours.append(d)
    for i, stmts in enumerate(captured):
        d = timed(lambda: replay(fl, stmts, write=True))
        if i >= WARMUP:
            floor.append(d)
    fl.close()
    shop.close()
    res = {**summary(ours), "floor": summary(floor), "with_points_spent": spent_on,
           "statements": statistics.mean(len(c) for c in captured)}
    res["ratio_median"] = res["median_ms"] / res["floor"]["median_ms"]
    res["ratio_p99"] = res["p99_ms"] / res["floor"]["p99_ms"]
    print(f"  sale with points, committed    median {res['median_ms']:6.2f} ms  p99 {res['p99_ms']:6.2f} ms   "
          f"floor {res['floor']['median_ms']:5.2f} / {res['floor']['p99_ms']:5.2f} ms   "
          f"x{res['ratio_median']:.1f} / x{res['ratio_p99']:.1f}   ({res['statements']:.0f} statements)", flush=True)
    for p in tmpdir.glob("sale-*"):
        p.unlink()
    return res


def bench_followups(shop, path: Path, as_of: dt.date, url: str) -> dict:
    from app import followups

    def run():
        with shop.read() as s:
            return followups.due_list(s, as_of)

    first = timed(run)
    times, items = [], None
    for _ in range(5):
        # the previous run's 131,808 rows are freed before the clock starts
        # (they were freed inside it, 50-100 ms that belong to no list build;
        # the window frees its old list on the UI thread, which the
        # responsiveness probe times)
        items = None
        t = time.perf_counter()
        items = run()
        times.append(time.perf_counter() - t)
    cap = Capture(shop.engine)
    stmts = cap.take(run)
    fcon = floor_connection(path)
    floor = [timed(lambda: replay(fcon, stmts)) for _ in range(5)]
    fcon.close()
    child = run_child([PY, "main.py", "--db", url, "followups", "--as-of", as_of.isoformat(), "--format", "json"])
    res = {**summary(times), "first_ms": first * 1000, "rows": len(items), "floor": summary(floor),
           "statements": len(stmts), "cli_wall_ms": child["wall_s"] * 1000, "cli_maxrss_mb": child["maxrss_mb"],
           "cli_rc": child["rc"]}
    res["ratio_median"] = res["median_ms"] / res["floor"]["median_ms"]
    print(f"  follow-up list ({len(items):,} rows)    median {res['median_ms']:6.0f} ms  max {res['max_ms']:6.0f} ms"
          f"   floor {res['floor']['median_ms']:5.0f} ms   x{res['ratio_median']:.1f}   first {first * 1000:.0f} ms;"
          f" CLI {child['wall_s'] * 1000:.0f} ms, {child['maxrss_mb']:.0f} MB", flush=True)
    return res


def bench_members_tab(path: Path) -> dict:
    out = Path(tempfile.mkstemp(suffix=".json")[1])
    child = run_child([PY, "scripts/bench_members_tab.py", "--db", str(path), "--sorts", "name",
                       "--json", str(out)], env={"QT_QPA_PLATFORM": "offscreen"})
    if child["rc"] != 0:
        print(child["stdout"][-2000:], child["stderr"][-3000:])
        return {"error": child["stderr"][-500:]}
    res = json.loads(out.read_text())
    out.unlink()
    res["maxrss_mb"] = child["maxrss_mb"]
    # floor: the same keyset pages, by name, with plain sqlite3
    con = floor_connection(path)
    t = time.perf_counter()
    cols = ("id, member_no, name, phone, gender, birth_year, birth_month, birth_day, joined_on, "
            "points_balance, last_purchase_at")
    rows = con.execute(f"SELECT {cols} FROM members ORDER BY name, id LIMIT 201").fetchall()
    n = len(rows[:200])
    while len(rows) > 200:
        last = rows[199]
        rows = con.execute(f"SELECT {cols} FROM members WHERE (name, id) > (?, ?) ORDER BY name, id LIMIT 201",
                           (last[2], last[0])).fetchall()
        n += len(rows[:200])
    floor = time.perf_counter() - t
    con.close()
    res["floor_scroll_ms"] = floor * 1000
    res["ratio_scroll"] = res["scroll_ms"] / res["floor_scroll_ms"]
    print(f"  Members tab: open {res['open_ms']:.0f} ms; scroll to the end ({res['rows']:,} rows, {res['fetches']} "
          f"fetches) {res['scroll_ms'] / 1000:.1f} s, floor {floor:.2f} s, x{res['ratio_scroll']:.1f}; longest "
          f"UI-thread pass {res['worst_pass_ms']:.0f} ms; {child['maxrss_mb']:.0f} MB", flush=True)
    return res


def bench_cold_start(url: str, path: Path, runs: int = 3) -> dict:
    # Byte-code cached as an installed app has it (the dev shell may set
    # PYTHONDONTWRITEBYTECODE; the cache goes outside the checkout), and one
    # start first, not counted, to fill it and the OS file cache.
    env = {"QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"), "REGULARS_EXIT_WHEN_READY": "1",
           "PYTHONDONTWRITEBYTECODE": "", "PYTHONPYCACHEPREFIX": str(cache_dir() / "pycache")}
    run_child([PY, "main.py", "--db", url], env=env, timeout=120, until="REGULARS_")
    shown, ready, rss, walls = [], [], [], []
    last = None
    # The first start of a day also scans for points to expire (its own
    # thread): measured apart, with the day's "done" mark forgotten first.
    first_day = []
    for _ in range(runs if path.exists() else 0):
        con = sqlite3.connect(path)
        with con:
            con.execute("DELETE FROM settings WHERE key = 'prog_expiry_done'")
        con.close()
        child = run_child([PY, "main.py", "--db", url], env=env, timeout=300, until="REGULARS_")
        if "REGULARS_READY" in child["marks"]:
            line = next((l for l in child["stdout"].splitlines() if l.startswith("REGULARS_READY")), "")
            first_day.append({"ready_ms": child["marks"]["REGULARS_READY"] * 1000, "exit_ms": child["wall_s"] * 1000,
                              "catch_up_running": "catch_up_running" in line, "maxrss_mb": child["maxrss_mb"]})
    for _ in range(runs):
        last = run_child([PY, "main.py", "--db", url], env=env, timeout=120, until="REGULARS_")
        if "REGULARS_READY" not in last["marks"]:
            print("  cold start: the window did not report ready (a sign-in dialog waiting?)\n"
                  + last["stderr"][-2000:], flush=True)
            return {"error": "no ready mark", "stderr": last["stderr"][-2000:]}
        shown.append(last["marks"].get("REGULARS_SHOWN", float("nan")))
        ready.append(last["marks"]["REGULARS_READY"])
        rss.append(last["maxrss_mb"])
        walls.append(last["wall_s"])
    ready_line = next((l for l in last["stdout"].splitlines() if l.startswith("REGULARS_READY")), "")
    signin = "modal=" in ready_line  # a dialog (the sign-in) was waiting when the window became idle
    floor_code = (
        "import sqlite3,sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget\n"
        "con = sqlite3.connect(sys.argv[1])\n"
        "rows = con.execute('SELECT id, member_no, name, phone FROM members ORDER BY name, id LIMIT 200').fetchall()\n"
        "n = con.execute('SELECT count(*) FROM members').fetchone()[0]\n"
        "app = QApplication([])\nw = QMainWindow()\nt = QTableWidget(len(rows), 4)\nw.setCentralWidget(t)\n"
        "w.resize(1280, 800)\nw.show()\n"
        "QTimer.singleShot(0, lambda: (print('REGULARS_READY', flush=True), app.quit()))\napp.exec()\n"
    )
    floor = [run_child([PY, "-c", floor_code, str(path)], env=env, until="REGULARS_")["marks"]["REGULARS_READY"]
             for _ in range(runs)]
    res = {"runs": runs, "shown_ms": statistics.median(shown) * 1000, "ready_ms": statistics.median(ready) * 1000,
           "ready_max_ms": max(ready) * 1000, "exit_ms": statistics.median(walls) * 1000,
           "maxrss_mb": max(rss), "floor_ms": statistics.median(floor) * 1000,
           "includes_sign_in": signin, "ready_line": ready_line, "first_of_day": first_day}
    if first_day:
        res["first_of_day_ready_ms"] = statistics.median(r["ready_ms"] for r in first_day)
        res["first_of_day_ready_max_ms"] = max(r["ready_ms"] for r in first_day)
        res["first_of_day_exit_ms"] = statistics.median(r["exit_ms"] for r in first_day)
    res["ratio"] = res["ready_ms"] / res["floor_ms"]
    print(f"  cold start to a usable window: median {res['ready_ms']:.0f} ms (shown {res['shown_ms']:.0f} ms), "
          f"floor {res['floor_ms']:.0f} ms, x{res['ratio']:.1f}; {res['maxrss_mb']:.0f} MB"
          f"{'; includes the sign-in dialog' if signin else ''}", flush=True)
    if first_day:
        print(f"  cold start, first start of the day: median {res['first_of_day_ready_ms']:.0f} ms to usable "
              f"(max {res['first_of_day_ready_max_ms']:.0f}); catch-up still running at that point in "
              f"{sum(r['catch_up_running'] for r in first_day)} of {len(first_day)} runs; process exit "
              f"{res['first_of_day_exit_ms']:.0f} ms", flush=True)
    return res


def bench_print() -> dict:
    child = run_child([PY, "tests/perf/bench_print.py", "--count", "1000"])
    total = None
    for line in child["stdout"].splitlines():
        if line.startswith("coupons wallet 10-up A4"):
            total = float(line.rsplit("TOTAL", 1)[1].split()[0])
    res = {"total_ms": total * 1000 if total is not None else None, "maxrss_mb": child["maxrss_mb"], "rc": child["rc"]}
    print(f"  1,000 coupons to PDF: {total} s; {child['maxrss_mb']:.0f} MB", flush=True)
    return res


def bench_responsiveness(path: Path, as_of: dt.date) -> dict:
    out = Path(tempfile.mkstemp(suffix=".json")[1])
    child = run_child([PY, "tests/perf/responsiveness.py", str(path), "--as-of", as_of.isoformat(),
                       "--json", str(out)], env={"QT_QPA_PLATFORM": "offscreen"})
    if child["rc"] != 0:
        print(child["stdout"][-2000:], child["stderr"][-3000:])
        return {"error": child["stderr"][-500:]}
    res = json.loads(out.read_text())
    out.unlink()
    res["maxrss_mb"] = child["maxrss_mb"]
    print(f"  responsiveness: longest gap of a 10 ms timer while the lists load: members "
          f"{res['members']['max_gap_ms']:.0f} ms ({res['members']['load_ms']:.0f} ms load), follow-ups "
          f"{res['followups']['max_gap_ms']:.0f} ms ({res['followups']['load_ms']:.0f} ms load)", flush=True)
    return res


# --------------------------------------------------------------------------- verdicts

def verdicts(r: dict) -> list[dict]:
    out = []

    def add(target, measured, limit, unit, note=""):
        ok = measured is not None and measured <= limit
        out.append({"target": target, "measured": measured, "limit": limit, "unit": unit,
                    "result": "PASS" if ok else "MISS", "note": note})

    for kind, v in r.get("lookups", {}).items():
        add(f"lookup by {kind}: p99", v["p99_ms"], 5.0, "ms", f"CPU p99 {v['cpu']['p99_ms']:.1f} ms")
        add(f"lookup by {kind}: p99 / floor p99", v["ratio_p99"], 3.0, "x")
    if "sale" in r:
        add("sale with points: p50", r["sale"]["median_ms"], 15.0, "ms")
    if "followups" in r:
        add("follow-up list: median", r["followups"]["median_ms"], 1000.0, "ms")
    if "cold_start" in r and "ready_ms" in r["cold_start"]:
        add("cold start to a usable window", r["cold_start"]["ready_ms"], 2000.0, "ms",
            "includes the sign-in dialog" if r["cold_start"].get("includes_sign_in") else "")
        if "first_of_day_ready_ms" in r["cold_start"]:
            add("cold start, first of the day", r["cold_start"]["first_of_day_ready_ms"], 2000.0, "ms",
                "expiry scan on its own thread")
    mem = {}
    if "cold_start" in r and "maxrss_mb" in r["cold_start"]:
        mem["window on the shop"] = r["cold_start"]["maxrss_mb"]
    if "members_tab" in r and "maxrss_mb" in r["members_tab"]:
        mem["Members tab scrolled to the end"] = r["members_tab"]["maxrss_mb"]
    if "followups" in r:
        mem["follow-up list (CLI)"] = r["followups"]["cli_maxrss_mb"]
    if "responsiveness" in r and "maxrss_mb" in r["responsiveness"]:
        mem["window, both lists loaded"] = r["responsiveness"]["maxrss_mb"]
    if "print" in r and "maxrss_mb" in r["print"]:
        mem["1,000 coupons to PDF"] = r["print"]["maxrss_mb"]
    mem["this benchmark"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    r["memory_mb"] = mem
    for what, mb in mem.items():
        if what == "this benchmark":  # holds every sample and captured statement: not the app
            out.append({"target": f"peak memory: {what}", "measured": mb, "limit": None, "unit": "MB",
                        "result": "INFO", "note": "not an app process"})
        else:
            add(f"peak memory: {what}", mb, 400.0, "MB")
    return out


def markdown(r: dict) -> str:
    """The README's table: one line per measurement, with its floor and target."""
    out = ["| what | median | p99 / max | floor (plain sqlite3) | ratio | target | result |",
           "| --- | --- | --- | --- | --- | --- | --- |"]
    verdict = {v["target"]: v for v in r.get("verdicts", [])}

    def res(*names):
        vs = [verdict[n] for n in names if n in verdict]
        return " ".join(v["result"] for v in vs) or "—"

    for kind, v in r.get("lookups", {}).items():
        out.append(f"| lookup by {kind} | {v['median_ms']:.2f} ms | {v['p99_ms']:.2f} ms (CPU {v['cpu']['p99_ms']:.2f}) | "
                   f"{v['floor']['median_ms']:.2f} / {v['floor']['p99_ms']:.2f} ms | ×{v['ratio_median']:.1f} / ×{v['ratio_p99']:.1f} | "
                   f"p99 ≤ 5 ms, ≤ 3× | {res(f'lookup by {kind}: p99', f'lookup by {kind}: p99 / floor p99')} |")
    if "sale" in r:
        v = r["sale"]
        out.append(f"| sale with points, committed (synchronous=FULL) | {v['median_ms']:.1f} ms | {v['p99_ms']:.1f} ms | "
                   f"{v['floor']['median_ms']:.1f} / {v['floor']['p99_ms']:.1f} ms | ×{v['ratio_median']:.1f} | p50 ≤ 15 ms | "
                   f"{res('sale with points: p50')} |")
    if "followups" in r:
        v = r["followups"]
        out.append(f"| follow-up list ({v['rows']:,} rows), in process | {v['median_ms']:.0f} ms | {v['max_ms']:.0f} ms | "
                   f"{v['floor']['median_ms']:.0f} ms | ×{v['ratio_median']:.1f} | ≤ 1 s | {res('follow-up list: median')} |")
        out.append(f"| `followups --format json` (whole command) | {v['cli_wall_ms']:.0f} ms | — | — | — | — | — |")
    if "members_tab" in r and "open_ms" in r["members_tab"]:
        v = r["members_tab"]
        out.append(f"| Members tab: open (first page and count) | {v['open_ms']:.0f} ms | — | — | — | — | — |")
        out.append(f"| Members tab: scroll to the end ({v['rows']:,} rows, {v['fetches']} fetches) | {v['scroll_ms'] / 1000:.1f} s | "
                   f"longest UI pass {v['worst_pass_ms']:.0f} ms | {v['floor_scroll_ms'] / 1000:.2f} s | ×{v['ratio_scroll']:.1f} | — | — |")
    if "cold_start" in r and "ready_ms" in r["cold_start"]:
        v = r["cold_start"]
        out.append(f"| cold start to a usable window{' (sign-in dialog up)' if v['includes_sign_in'] else ''} | "
                   f"{v['ready_ms']:.0f} ms | {v['ready_max_ms']:.0f} ms | {v['floor_ms']:.0f} ms (Python + Qt + sqlite3) | "
                   f"×{v['ratio']:.1f} | ≤ 2 s | {res('cold start to a usable window')} |")
        if "first_of_day_ready_ms" in v:
            out.append(f"| cold start, first of the day (points expiry scan running on its own thread) | "
                       f"{v['first_of_day_ready_ms']:.0f} ms | {v['first_of_day_ready_max_ms']:.0f} ms | — | — | ≤ 2 s | "
                       f"{res('cold start, first of the day')} |")
    if "responsiveness" in r and "members" in r["responsiveness"]:
        v = r["responsiveness"]
        out.append(f"| longest gap of a 10 ms timer: Members tab loading / follow-up list loading | "
                   f"{v['members']['max_gap_ms']:.0f} ms / {v['followups']['max_gap_ms']:.0f} ms | — | — | — | "
                   f"(≤ 100 ms asserted at 25,000) | — |")
    if "print" in r and r["print"].get("total_ms"):
        out.append(f"| 1,000 coupons to PDF | {r['print']['total_ms'] / 1000:.2f} s | — | — | — | — | — |")
    for what, mb in r.get("memory_mb", {}).items():
        out.append(f"| peak memory: {what} | {mb:.0f} MB | — | — | — | "
                   f"{'—' if what == 'this benchmark' else '≤ 400 MB'} | {res(f'peak memory: {what}')} |")
    return "\n".join(out) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--members", type=int, default=200_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--db", type=Path, help="an existing SQLite shop to measure instead of the cached demo")
    ap.add_argument("--json", type=Path, help="write the results here too")
    ap.add_argument("--only", default=",".join(GROUPS), help=f"comma-separated, from: {', '.join(GROUPS)}")
    ap.add_argument("--reps", type=int, default=1000, help="timed runs per lookup and sales (after 50 warm-up)")
    ap.add_argument("--stress", action="store_true", help="the stress run: no printing benchmark")
    args = ap.parse_args()
    only = [g.strip() for g in args.only.split(",") if g.strip()]
    for g in only:
        if g not in GROUPS:
            ap.error(f"unknown group {g!r}")
    if args.stress:  # printing does not depend on the shop's size; scrolling a million rows to the end is minutes
        only = [g for g in only if g not in ("print", "members_tab")]

    from app.shop import Shop

    if args.db:
        path, meta = args.db.resolve(), {}
        con = sqlite3.connect(path)
        meta = {"members": con.execute("SELECT count(*) FROM members").fetchone()[0],
                "purchases": con.execute("SELECT count(*) FROM sales").fetchone()[0],
                "as_of": (con.execute("SELECT max(occurred_at) FROM sales").fetchone()[0] or dt.date.today().isoformat())[:10]}
        con.close()
    else:
        path, meta = ensure_db(args.members, args.seed)
    url = f"sqlite:///{path}"
    t = time.perf_counter()
    shop = Shop(url)  # migrates a cached shop to the current schema
    migrated_s = time.perf_counter() - t
    with shop.engine.connect() as c:
        head = c.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    as_of = dt.date.fromisoformat(meta["as_of"])
    load = os.getloadavg()
    started = dt.datetime.now(dt.timezone.utc)
    print(f"{path}: {meta['members']:,} members, {meta['purchases']:,} purchases, as of {as_of}; schema {head}"
          f" (open/migrate {migrated_s:.1f} s); {os.cpu_count()} CPUs, load {load[0]:.1f}; sqlite {sqlite3.sqlite_version}",
          flush=True)
    rng = random.Random(args.seed)
    results: dict = {"date": started.isoformat(timespec="seconds"), "members": meta["members"],
                     "purchases": meta["purchases"], "as_of": meta["as_of"], "schema": head,
                     "machine": {"cpus": os.cpu_count(), "load_at_start": load[0], "python": platform.python_version(),
                                 "sqlite": sqlite3.sqlite_version, "platform": platform.platform()},
                     "build": {k: v for k, v in meta.items() if k.startswith("build")}, "reps": args.reps,
                     "groups": only}
    tmpdir = Path(tempfile.mkdtemp(prefix="regulars-bench-", dir=cache_dir()))
    try:
        if "lookups" in only:
            results["lookups"] = bench_lookups(shop, path, args.reps, rng)
        if "sale" in only:
            results["sale"] = bench_sale(path, min(args.reps, 500), rng, tmpdir)
        if "followups" in only:
            results["followups"] = bench_followups(shop, path, as_of, url)
        shop.close()
        if "members_tab" in only:
            results["members_tab"] = bench_members_tab(path)
        if "cold_start" in only:
            results["cold_start"] = bench_cold_start(url, path)
        if "responsiveness" in only:
            results["responsiveness"] = bench_responsiveness(path, as_of)
        if "print" in only:
            results["print"] = bench_print()
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    results["load_at_end"] = os.getloadavg()[0]
    results["verdicts"] = verdicts(results)
    print(f"\nTargets ({results['members']:,} members, {results['purchases']:,} purchases; {os.cpu_count()} CPUs; "
          f"load {load[0]:.1f} at start, {results['load_at_end']:.1f} at end):")
    for v in results["verdicts"]:
        m = v["measured"]
        shown = "—" if m is None else (f"{m:.1f}" if v["unit"] != "MB" else f"{m:.0f}")
        limit = "" if v["limit"] is None else f"(≤ {v['limit']:g} {v['unit']})"
        print(f"  {v['result']:<4}  {v['target']:<48} {shown:>8} {v['unit']:<2} {limit}"
              f"{'  ' + v['note'] if v['note'] else ''}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=1, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
        args.json.with_suffix(".md").write_text(markdown(results), encoding="utf-8")
        print(f"wrote {args.json} and {args.json.with_suffix('.md')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
