"""`main.py followups` as owners and scripts use it: a real process on a shop
imported from CSV, the rules pinned at their boundaries through the command
line, and the three formats."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest

from tests.test_cli import run, write

D = dt.date(2025, 3, 3)  # Ana's last purchase

MEMBERS = """member_no,name,phone,gender,birthday,joined_on,referred_by,points,notes
A001,Ana,0911000001,F,,2024-01-05,,,
B002,王小明,0911000002,M,01-03,2024-01-05,,,
C003,Leap,0911000003,F,2000-02-29,2024-01-05,,,
N004,Newbie,0911000004,F,,2025-06-10,,,
"""
PURCHASES = """member_no,phone,occurred_at,amount,category,staff,note
A001,,2024-11-20 10:00,300,,,
A001,,2025-03-03 18:30,450,,,
B002,,2026-12-20 10:00,100,,,
C003,,2027-02-15 10:00,100,,,
"""


@pytest.fixture(scope="module")
def shop_url(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("cli")
    url = f"sqlite:///{tmp / 'shop.db'}"
    # B and C buy in the future relative to D so they are active when their
    # birthdays come; the import refuses future dates, so write those directly
    assert run(tmp, "--db", url, "import", "members", write(tmp, "m.csv", MEMBERS)).returncode == 0
    past = "".join(line + "\n" for line in PURCHASES.splitlines()[:3])
    r = run(tmp, "--db", url, "import", "purchases", write(tmp, "p.csv", past))
    assert r.returncode == 0, r.stderr
    from app import members, sales
    from app.shop import Shop

    shop = Shop(url)
    with shop.transaction() as s:
        from app import settings

        settings.put(s, language="en")
        from app import followups as rules

        r = rules.get_rules(s)
        r["thank_you"]["enabled"] = False  # with four members everyone is in the top fifth
        rules.put_rules(s, r)
        for no, when in (("B002", dt.datetime(2026, 12, 20, 10)), ("C003", dt.datetime(2027, 2, 15, 10))):
            m = members.by_member_no(s, no)
            sales.record_sale(s, sale_key=f"k-{no}", member_id=m.id, amount_cents=10000, now=when, source="import")
    shop.close()
    return tmp, url


def followups(shop_url, as_of: dt.date, fmt: str = "json"):
    tmp, url = shop_url
    r = run(tmp, "--db", url, "followups", "--as-of", as_of.isoformat(), "--format", fmt)
    assert r.returncode == 0, r.stderr
    return r.stdout


def rows(shop_url, as_of: dt.date) -> dict[str, dict]:
    items = json.loads(followups(shop_url, as_of))
    by_no = {i["member_no"]: i for i in items}
    assert len(by_no) == len(items), "a member appears once"
    return by_no


def test_the_win_back_ladder_at_its_boundaries(shop_url):
    day = lambda n: D + dt.timedelta(days=n)  # noqa: E731
    assert "A001" not in rows(shop_url, day(59))
    for n, step in ((60, 1), (119, 1), (120, 2), (179, 2), (180, 3), (400, 3)):
        a = rows(shop_url, day(n))["A001"]
        assert (a["reason"], a["step"], a["days_since_last_purchase"]) == ("dormant", step, n), n
        assert a["due_on"] == day({1: 60, 2: 120, 3: 180}[step]).isoformat()
        assert "what's new this month" in a["suggested_action"] or "NT$" in a["suggested_action"] \
            or "% off" in a["suggested_action"]


def test_birthdays_across_the_year_end_and_on_29_february(shop_url):
    b = rows(shop_url, dt.date(2026, 12, 27))["B002"]
    assert (b["reason"], b["step"], b["target_on"], b["due_on"]) == ("birthday", None, "2027-01-03", "2026-12-27")
    assert "B002" not in rows(shop_url, dt.date(2026, 12, 26))
    # 2027 is a common year: 29 February is celebrated on the 28th
    assert "C003" not in rows(shop_url, dt.date(2027, 2, 20))
    c = rows(shop_url, dt.date(2027, 2, 21))["C003"]
    assert (c["reason"], c["target_on"]) == ("birthday", "2027-02-28")


def test_a_member_who_signed_up_is_called_a_week_later(shop_url):
    assert "N004" not in rows(shop_url, dt.date(2025, 6, 16))
    n = rows(shop_url, dt.date(2025, 6, 17))["N004"]
    assert (n["reason"], n["step"], n["days_since_last_purchase"]) == ("new_member", None, None)


def test_retries_after_no_answer_show_through_the_command_line(shop_url, tmp_path):
    import shutil

    from app import calls, members
    from app.shop import Shop

    tmp, url = shop_url
    copy = tmp_path / "copy.db"
    shutil.copyfile(url.split("///", 1)[1], copy)
    shop = Shop(f"sqlite:///{copy}")
    first = D + dt.timedelta(days=60)
    with shop.transaction() as s:
        a = members.by_member_no(s, "A001").id
        calls.log_call(s, member_id=a, staff_id=None, outcome="no_answer", now=dt.datetime.combine(first, dt.time(15)))
    shop.close()
    r = run(tmp_path, "--db", f"sqlite:///{copy}", "followups", "--as-of", (first + dt.timedelta(days=1)).isoformat(),
            "--format", "json")
    a = {i["member_no"]: i for i in json.loads(r.stdout)}["A001"]
    assert (a["last_outcome"], a["attempts"], a["due_on"]) == ("no_answer", 1, (first + dt.timedelta(days=1)).isoformat())


def test_json_csv_and_table(shop_url):
    as_of = dt.date(2026, 12, 27)
    items = json.loads(followups(shop_url, as_of))
    for item in items:
        assert {"member_no", "name", "phone", "reason", "step", "days_since_last_purchase", "due_on",
                "suggested_action"} <= set(item)
        dt.date.fromisoformat(item["due_on"])
    table = list(csv.DictReader(io.StringIO(followups(shop_url, as_of, "csv"))))
    assert [(r["member_no"], r["reason"]) for r in table] == [(i["member_no"], i["reason"]) for i in items]
    text = followups(shop_url, as_of, "table")
    assert "王小明" in text and "Ana" in text and text.rstrip().endswith("to call")
    assert json.loads(followups(shop_url, dt.date(2025, 3, 4))) == []
