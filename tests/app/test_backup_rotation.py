"""Backup rotation: 7 daily, 4 weekly (ISO), 12 monthly, at the awkward boundaries."""
from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from app.autobackup import backup_name, keep, list_backups, rotate

D = dt.datetime


def days(start: dt.date, n: int, hour: int = 21) -> list[dt.datetime]:
    return [D(start.year, start.month, start.day, hour) + dt.timedelta(days=i) for i in range(n)]


def test_a_year_of_nightly_backups_keeps_7_daily_4_weekly_12_monthly():
    stamps = days(dt.date(2026, 1, 1), 365)  # 2026-01-01 … 2026-12-31
    kept = keep(stamps)
    last = D(2026, 12, 31, 21)
    daily = {last - dt.timedelta(days=i) for i in range(7)}  # 25–31 Dec
    # newest of each ISO week: Sundays, but the newest week (2026-W53, Mon 28 Dec)
    # is still running, so its newest is 31 Dec
    weekly = {D(2026, 12, 31, 21), D(2026, 12, 27, 21), D(2026, 12, 20, 21), D(2026, 12, 13, 21)}
    monthly = {D(2026, m + 1, 1, 21) - dt.timedelta(days=1) for m in range(1, 12)} | {last}
    assert kept == daily | weekly | monthly
    assert len(monthly) == 12 and min(kept) == D(2026, 1, 31, 21)


def test_several_backups_a_day_keep_only_the_newest_of_each_day():
    stamps = [D(2026, 3, d, h) for d in range(1, 11) for h in (9, 13, 21)]
    kept = keep(stamps, weekly=0, monthly=0)
    assert kept == {D(2026, 3, d, 21) for d in range(4, 11)}


def test_missing_days_do_not_use_up_the_daily_backups():
    # closed on Sundays and for a week's holiday: still 7 daily backups kept
    open_days = [d for d in days(dt.date(2026, 7, 1), 40) if d.weekday() != 6 and not (10 <= d.day <= 17 and d.month == 7)]
    kept = keep(open_days, weekly=0, monthly=0)
    assert kept == set(sorted(open_days)[-7:])


def test_year_end_iso_week_spans_two_calendar_years():
    # 2026-12-31 (Thu) and 2027-01-01 (Fri) are both in ISO week 2026-W53;
    # 2027-01-04 (Mon) starts 2027-W01
    stamps = [D(2026, 12, 30, 21), D(2026, 12, 31, 21), D(2027, 1, 1, 21), D(2027, 1, 4, 21)]
    assert D(2027, 1, 1).isocalendar()[:2] == (2026, 53)
    assert keep(stamps, daily=0, weekly=4, monthly=0) == {D(2027, 1, 1, 21), D(2027, 1, 4, 21)}
    # but by month the year end is two periods
    assert keep(stamps, daily=0, weekly=0, monthly=12) == {D(2026, 12, 31, 21), D(2027, 1, 4, 21)}


def test_iso_week_one_can_start_in_december():
    # 2024-12-30 (Mon) is ISO 2025-W01: it shares a week with 2025-01-02
    stamps = [D(2024, 12, 29, 12), D(2024, 12, 30, 12), D(2025, 1, 2, 12)]
    assert D(2024, 12, 30).isocalendar()[:2] == (2025, 1)
    assert keep(stamps, daily=0, weekly=4, monthly=0) == {D(2024, 12, 29, 12), D(2025, 1, 2, 12)}


def test_the_newest_is_always_kept_and_an_empty_folder_keeps_nothing():
    assert keep([]) == set()
    assert keep([D(2026, 5, 5)]) == {D(2026, 5, 5)}
    assert keep([D(2026, 5, 5), D(2020, 1, 1)], daily=1, weekly=0, monthly=0) == {D(2026, 5, 5)}


def test_backups_dated_in_the_future_are_kept_and_not_counted():
    now = D(2026, 6, 1, 12)
    stamps = days(dt.date(2026, 5, 20), 12, hour=8) + [D(2030, 1, 1)]
    kept = keep(stamps, daily=3, weekly=0, monthly=0, now=now)
    assert kept == {D(2030, 1, 1), D(2026, 5, 31, 8), D(2026, 5, 30, 8), D(2026, 5, 29, 8)}


@settings(max_examples=200, deadline=None)
@given(st.lists(st.datetimes(min_value=D(2020, 1, 1), max_value=D(2030, 12, 31)), max_size=80),
       st.integers(0, 10), st.integers(0, 6), st.integers(0, 14))
def test_keep_rules_hold_for_any_history(stamps, daily, weekly, monthly):
    kept = keep(stamps, daily=daily, weekly=weekly, monthly=monthly)
    assert kept <= set(stamps)
    assert len(kept) <= daily + weekly + monthly
    if stamps and (daily or weekly or monthly):
        assert max(stamps) in kept
    for rule, period in ((daily, lambda s: s.date()), (weekly, lambda s: s.isocalendar()[:2]),
                         (monthly, lambda s: (s.year, s.month))):
        periods = sorted({period(s) for s in stamps}, reverse=True)[:rule]
        for p in periods:  # the newest of each of the last N periods is kept
            assert max(s for s in stamps if period(s) == p) in kept
    # keeping is stable: rotating what was kept again deletes nothing more
    assert keep(kept, daily=daily, weekly=weekly, monthly=monthly) == kept


def test_rotate_deletes_only_old_backups_of_this_database(tmp_path):
    now = D(2026, 12, 31, 22)
    for when in days(dt.date(2026, 12, 1), 31):
        (tmp_path / backup_name("regulars", when)).write_bytes(b"x")
    (tmp_path / backup_name("other-shop", D(2026, 1, 1))).write_bytes(b"x")  # another database's
    (tmp_path / "notes.txt").write_text("mine")
    (tmp_path / "regulars-2026.db").write_bytes(b"x")  # not our name pattern
    deleted = rotate(tmp_path, "regulars", now=now)
    left = list_backups(tmp_path, "regulars")
    assert {b.taken_at for b in left} == keep(days(dt.date(2026, 12, 1), 31), now=now)
    assert len(deleted) == 31 - len(left)
    assert (tmp_path / "notes.txt").exists() and (tmp_path / "regulars-2026.db").exists()
    assert list_backups(tmp_path, "other-shop")
    assert [b.taken_at for b in left] == sorted((b.taken_at for b in left), reverse=True)
