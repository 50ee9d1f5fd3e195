"""The command line as owners and scripts use it: a real ``python main.py``
process on real files, run from another folder."""
from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MAIN = ROOT / "main.py"
AS_OF = "2026-03-15"

MEMBERS_HEADER = "member_no,name,phone,gender,birthday,joined_on,referred_by,points,notes\n"
PURCHASES_HEADER = "member_no,phone,occurred_at,amount,category,staff,note\n"


def run(tmp_path, *args, env=None, lang="en_US.UTF-8"):
    e = {k: v for k, v in os.environ.items() if k not in ("REGULARS_DB", "LC_ALL", "LC_MESSAGES", "LANG")}
    e["LANG"] = lang
    e.update(env or {})
    return subprocess.run(
        [sys.executable, str(MAIN), *args], cwd=tmp_path, env=e,
        capture_output=True, text=True, encoding="utf-8", timeout=300,
    )


@pytest.fixture
def db(tmp_path):
    """(--db URL, file path) of a database that does not exist yet."""
    path = tmp_path / "data" / "shop.db"
    return f"sqlite:///{path}", path


def query(path, sql, *params):
    with sqlite3.connect(path) as c:
        return c.execute(sql, params).fetchall()


def write(tmp_path, name, text, bom=False):
    p = tmp_path / name
    p.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return name  # relative: the process runs in tmp_path


def test_init_twice(tmp_path, db):
    url, path = db
    first = run(tmp_path, "--db", url, "init")
    assert first.returncode == 0, first.stderr
    assert path.exists() and "ready" in first.stdout
    second = run(tmp_path, "init", "--db", url)  # options after the command work too
    assert second.returncode == 0, second.stderr
    assert query(path, "SELECT count(*) FROM alembic_version") == [(1,)]


def test_regulars_db_environment_variable(tmp_path):
    path = tmp_path / "env.db"
    r = run(tmp_path, "init", env={"REGULARS_DB": f"sqlite:///{path}"})
    assert r.returncode == 0 and path.exists()


def test_demo_check_and_tampered_balance(tmp_path, db):
    url, path = db
    r = run(tmp_path, "--db", url, "demo", "--members", "40", "--seed", "5", "--as-of", AS_OF)
    assert r.returncode == 0, r.stderr
    assert "40 members" in r.stdout and "小美髮廊" in r.stdout
    assert run(tmp_path, "--db", url, "check").returncode == 0

    again = run(tmp_path, "--db", url, "demo", "--members", "5")
    assert again.returncode == 1 and "already has members" in again.stderr

    member_no, = query(path, "SELECT member_no FROM members WHERE points_balance > 0 ORDER BY id LIMIT 1")[0]
    with sqlite3.connect(path) as c:
        c.execute("UPDATE members SET points_balance = points_balance + 5 WHERE member_no = ?", (member_no,))
    bad = run(tmp_path, "--db", url, "check")
    assert bad.returncode == 1
    assert member_no in bad.stderr and bad.stdout == ""


def test_import_export_round_trip(tmp_path, db):
    url, path = db
    members_csv = write(tmp_path, "members.csv", MEMBERS_HEADER + (
        "A1,王小明,０９１２－３４５－６７８,男,1990-01-02,2024-01-01,B2,1200,\"愛聊天, 喜歡咖啡\"\n"
        "B2,李美華,(02) 2345-6789,F,02-29,2023-06-01,,0,\n"
        ",Amy Chen,+886 912 000 111,,,2025-05-05,0912-345-678,50,\n"
    ), bom=True)
    purchases_csv = write(tmp_path, "purchases.csv", PURCHASES_HEADER + (
        "A1,,2025-01-05 10:00,\"1,280.00\",染髮,阿凱,第一次染\n"
        ",02-2345-6789,2025-02-10 15:20:30,500,剪髮,,\n"
        "a1,,2025-03-01,128.5,產品,阿凱,\n"
    ))
    r = run(tmp_path, "--db", url, "import", "members", members_csv)
    assert r.returncode == 0, r.stderr
    r = run(tmp_path, "--db", url, "import", "purchases", purchases_csv)
    assert r.returncode == 0, r.stderr
    assert "阿凱" in r.stdout
    assert sorted(query(path, "SELECT phone_norm FROM members")) == [
        ("+886912000111",), ("0223456789",), ("0912345678",)]
    again = run(tmp_path, "--db", url, "import", "purchases", purchases_csv)  # harmless twice
    assert again.returncode == 0 and query(path, "SELECT count(*) FROM sales") == [(3,)]

    assert run(tmp_path, "--db", url, "export", "members", "m1.csv").returncode == 0
    assert run(tmp_path, "--db", url, "export", "purchases", "p1.csv").returncode == 0
    other = f"sqlite:///{tmp_path / 'other.db'}"
    assert run(tmp_path, "--db", other, "import", "members", "m1.csv").returncode == 0
    assert run(tmp_path, "--db", other, "import", "purchases", "p1.csv").returncode == 0
    assert run(tmp_path, "--db", other, "export", "members", "m2.csv").returncode == 0
    assert run(tmp_path, "--db", other, "export", "purchases", "p2.csv").returncode == 0
    assert run(tmp_path, "--db", other, "check").returncode == 0

    m1 = (tmp_path / "m1.csv").read_text("utf-8-sig")
    p1 = (tmp_path / "p1.csv").read_text("utf-8-sig")
    assert m1 == (tmp_path / "m2.csv").read_text("utf-8-sig")
    assert p1 == (tmp_path / "p2.csv").read_text("utf-8-sig")
    lines = m1.splitlines()
    assert lines[1] == 'A1,王小明,0912-345-678,M,1990-01-02,2024-01-01,B2,1200,"愛聊天, 喜歡咖啡"'
    assert lines[2] == "B2,李美華,(02) 2345-6789,F,02-29,2023-06-01,,0,"
    assert re.fullmatch(r"[0-9A-Z]{7},Amy Chen,\+886 912 000 111,,,2025-05-05,A1,50,", lines[3])
    assert p1.splitlines()[1:] == [
        "A1,0912-345-678,2025-01-05 10:00:00,1280.00,染髮,阿凱,第一次染",
        "B2,(02) 2345-6789,2025-02-10 15:20:30,500.00,剪髮,,",
        "A1,0912-345-678,2025-03-01 00:00:00,128.50,產品,阿凱,",
    ]


def test_bad_rows_are_all_reported_and_nothing_is_written(tmp_path, db):
    url, path = db
    bad = write(tmp_path, "bad.csv", MEMBERS_HEADER + (
        ",王小明,0912-345-678,M,,,,,\n"
        ",,0912000001,,,,,,\n"
        ",李美華,0912 345 678,,,,,,\n"
        ",陳大文,0912000003,X,31-31,,,,\n"
    ))
    r = run(tmp_path, "--db", url, "import", "members", bad)
    assert r.returncode == 1
    lines = r.stderr.splitlines()
    assert [l.split(":")[:3] for l in lines[:-1]] == [
        ["bad.csv", "3", " name"], ["bad.csv", "4", " phone"],
        ["bad.csv", "5", " gender"], ["bad.csv", "5", " birthday"],
    ]
    assert all(re.match(r"^bad\.csv:\d+: \w+: \S", l) for l in lines[:-1])
    assert "line 2" in lines[1]
    assert "nothing was imported" in lines[-1]
    assert query(path, "SELECT count(*) FROM members") == [(0,)]


def test_bad_purchase_rows_in_chinese(tmp_path, db):
    url, path = db
    write(tmp_path, "m.csv", "name,phone\n王小明,0912345678\n")
    assert run(tmp_path, "--db", url, "import", "members", "m.csv").returncode == 0
    bad = write(tmp_path, "p.csv", PURCHASES_HEADER + (
        ",0912345678,2025-01-05,128.505,,,\n"
        ",0999999999,2025-01-05,100,,,\n"
    ))
    r = run(tmp_path, "--db", url, "import", "purchases", bad, lang="zh_TW.UTF-8")
    assert r.returncode == 1
    assert r.stderr.splitlines()[:2] == [
        "p.csv:2: amount: 「128.505」的小數超過兩位。",
        "p.csv:3: phone: 找不到「0999999999」的會員。",
    ]
    assert query(path, "SELECT count(*) FROM sales") == [(0,)]


def test_dry_run_writes_nothing(tmp_path, db):
    url, path = db
    f = write(tmp_path, "m.csv", "phone,name,points\n0912345678,王小明,100\n", bom=True)
    r = run(tmp_path, "--db", url, "import", "members", f, "--dry-run")
    assert r.returncode == 0, r.stderr
    assert "1 members would be added" in r.stdout
    assert query(path, "SELECT count(*) FROM members") == [(0,)]
    assert query(path, "SELECT count(*) FROM points_ledger") == [(0,)]


def test_non_utf8_file_is_refused_clearly(tmp_path, db):
    url, _ = db
    (tmp_path / "big5.csv").write_bytes("name,phone\n王小明,0912345678\n".encode("cp950"))
    r = run(tmp_path, "--db", url, "import", "members", "big5.csv")
    assert r.returncode == 1
    assert r.stderr.startswith("big5.csv:2: -: ") and "UTF-8" in r.stderr


def test_missing_file_is_refused(tmp_path, db):
    url, _ = db
    r = run(tmp_path, "--db", url, "import", "members", "nope.csv")
    assert r.returncode == 1 and "nope.csv" in r.stderr and "Traceback" not in r.stderr


def test_backup_and_restore(tmp_path, db):
    url, path = db
    assert run(tmp_path, "--db", url, "demo", "--members", "20", "--as-of", AS_OF).returncode == 0
    r = run(tmp_path, "--db", url, "backup", "backup.db")
    assert r.returncode == 0, r.stderr
    write(tmp_path, "m.csv", "name,phone\n新客人,0900000001\n")
    assert run(tmp_path, "--db", url, "import", "members", "m.csv").returncode == 0

    with sqlite3.connect(tmp_path / "backup.db") as c:  # a tampered copy
        c.execute("CREATE TABLE t AS SELECT 1")
    (tmp_path / "tampered.db").write_bytes((tmp_path / "backup.db").read_bytes())
    with sqlite3.connect(tmp_path / "tampered.db") as c:
        c.execute("UPDATE members SET points_balance = points_balance + 5 WHERE id = 3")
    r = run(tmp_path, "--db", url, "restore", "tampered.db")
    assert r.returncode == 1 and "tampered.db" in r.stderr
    assert query(path, "SELECT count(*) FROM members") == [(21,)]

    r = run(tmp_path, "--db", url, "restore", "backup.db")
    assert r.returncode == 0, r.stderr
    assert query(path, "SELECT count(*) FROM members") == [(20,)]
    assert run(tmp_path, "--db", url, "check").returncode == 0


def test_backup_of_postgresql_points_to_pg_dump_without_connecting(tmp_path):
    r = run(tmp_path, "--db", "postgresql+psycopg://shop@127.0.0.1:1/regulars", "backup", "b.db")
    assert r.returncode == 1 and "pg_dump" in r.stderr
    assert not (tmp_path / "b.db").exists()


def test_followups_json(tmp_path, db):
    pytest.importorskip("app.followups")
    url, _ = db
    assert run(tmp_path, "--db", url, "demo", "--members", "60", "--as-of", AS_OF).returncode == 0
    r = run(tmp_path, "--db", url, "followups", "--as-of", AS_OF, "--format", "json")
    assert r.returncode == 0, r.stderr
    items = json.loads(r.stdout)
    assert isinstance(items, list) and items
    assert {"member_no", "name", "phone", "reason", "step", "due_on"} <= set(items[0])


@pytest.mark.parametrize("command", [
    [], ["init"], ["demo"], ["import"], ["import", "members"], ["import", "purchases"],
    ["export"], ["export", "members"], ["export", "purchases"], ["followups"], ["check"],
    ["backup"], ["restore"],
])
def test_help_on_every_command(tmp_path, command):
    r = run(tmp_path, *command, "--help")
    assert r.returncode == 0 and r.stdout.startswith("usage: main.py")
    assert not list(tmp_path.iterdir())  # help touches no database


@pytest.mark.parametrize("args", [
    ["frobnicate"], ["import"], ["import", "members"], ["import", "customers", "x.csv"],
    ["demo", "--members", "abc"], ["demo", "--members", "0"], ["demo", "--as-of", "2026-02-30"],
    ["followups", "--format", "xml"], ["--lang", "fr", "check"], ["export", "members"],
    ["demo", "--members", "5000000"], ["--db", "nonsense", "check"], ["--db", "foo://x/y", "init"],
])
def test_wrong_usage_exits_2(tmp_path, args):
    r = run(tmp_path, *args)
    assert r.returncode == 2 and "usage:" in r.stderr


def test_language_from_environment_and_flag(tmp_path, db):
    url, _ = db
    assert "資料庫檔案" in run(tmp_path, "--db", url, "check", lang="zh_TW.UTF-8").stdout
    assert "数据库文件" in run(tmp_path, "--db", url, "check", lang="zh_CN.UTF-8").stdout
    assert "數據" not in run(tmp_path, "--db", url, "--lang", "zh_CN", "check", lang="zh_TW.UTF-8").stdout
    assert run(tmp_path, "--db", url, "--lang", "zh_CN", "check", lang="zh_TW.UTF-8").stdout.startswith("ok：数据库")
    assert run(tmp_path, "--db", url, "check", lang="C").stdout.startswith("ok: the database")


def test_headless_commands_never_load_qt(tmp_path, db):
    url, _ = db
    code = (
        "import sys; sys.path.insert(0, %r); from app.cli import main; "
        "rc = main(['--db', %r, 'check']); "
        "assert 'PySide6' not in sys.modules, 'Qt was imported'; sys.exit(rc)"
    ) % (str(ROOT), url)
    r = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr


def test_language_from_locale_variables():
    from app.cli import language_from_environment as lang

    assert lang({"LANG": "zh_TW.UTF-8"}) == "zh_TW"
    assert lang({"LANG": "zh_HK.UTF-8"}) == "zh_TW"
    assert lang({"LANG": "zh_CN.UTF-8"}) == "zh_CN"
    assert lang({"LC_ALL": "zh_CN.UTF-8", "LANG": "zh_TW.UTF-8"}) == "zh_CN"
    assert lang({"LC_ALL": "", "LC_MESSAGES": "zh_TW", "LANG": "en_US.UTF-8"}) == "zh_TW"
    assert lang({"LANG": "de_DE.UTF-8"}) == "en"
    assert lang({}) == "en"
