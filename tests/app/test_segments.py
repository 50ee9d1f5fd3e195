"""Member segments by days since the last purchase: the boundaries, the SQL
condition agreeing with ``segment_of``, counts, and configurable thresholds."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from app import segments
from app import settings as shop_settings
from app.errors import UserError
from db.models import Member
from tests.app.test_followups import at, buy, new_member

AS_OF = dt.date(2026, 9, 1)


@pytest.mark.parametrize("days, segment", [
    (None, "new"), (0, "active"), (89, "active"), (90, "marginal"), (179, "marginal"), (180, "sleeping"),
    (365, "sleeping"), (366, "lost"), (-3, "active"),
])
def test_segment_boundaries(days, segment):
    assert segments.segment_of(days) == segment


@given(st.integers(-10, 5000), st.integers(1, 300), st.integers(1, 300), st.integers(0, 1000))
def test_segments_go_from_active_to_lost_as_days_pass(days, a, b, c):
    limits = {"marginal_from": a, "sleeping_from": a + b, "lost_after": a + b + c}
    order = segments.SEGMENTS.index
    assert order(segments.segment_of(days, limits)) <= order(segments.segment_of(days + 1, limits))


@pytest.fixture
def spread(shop):
    """One member per boundary day (and one who never bought)."""
    ages = [0, 89, 90, 179, 180, 365, 366, 900]
    ids = {}
    with shop.transaction() as s:
        for n in ages:
            mid = new_member(s, joined=dt.date(2023, 1, 1))
            buy(s, mid, at(AS_OF - dt.timedelta(days=n), 23))
            ids[mid] = n
        ids[new_member(s, joined=dt.date(2023, 1, 1))] = None
    return ids


def test_the_sql_condition_picks_exactly_the_segment(shop, spread):
    with shop.read() as s:
        for name in segments.SEGMENTS:
            got = set(s.scalars(select(Member.id).where(segments.segment_condition(s, name, AS_OF))))
            assert got == {m for m, n in spread.items() if segments.segment_of(n) == name}, name
        assert segments.segment_counts(s, AS_OF) == {
            "active": 2, "marginal": 2, "sleeping": 2, "lost": 2, "new": 1}


def test_thresholds_are_a_setting(shop, spread):
    with shop.transaction() as s:
        shop_settings.put(s, member_segments={"marginal_from": 30, "sleeping_from": 90, "lost_after": 180})
        assert segments.segment_counts(s, AS_OF) == {
            "active": 1, "marginal": 1, "sleeping": 3, "lost": 3, "new": 1}
    for bad in ({"marginal_from": 90, "sleeping_from": 90, "lost_after": 365},
                {"marginal_from": 0, "sleeping_from": 90, "lost_after": 365},
                {"marginal_from": 90, "sleeping_from": 180}):
        with pytest.raises(UserError) as e, shop.transaction() as s:
            shop_settings.put(s, member_segments=bad)
        assert e.value.code == "setting_invalid"


def test_an_unknown_segment_is_refused(shop):
    with pytest.raises(UserError) as e, shop.read() as s:
        segments.segment_condition(s, "vip", AS_OF)
    assert e.value.code == "segment_unknown"


@pytest.mark.sqlite_only  # EXPLAIN QUERY PLAN is SQLite's
def test_the_condition_uses_the_last_purchase_index(shop):
    with shop.read() as s:
        cond = segments.segment_condition(s, "marginal", AS_OF)
        sql = select(Member.id).where(cond).compile(s.get_bind(), compile_kwargs={"literal_binds": True})
        plan = " ".join(str(r) for r in s.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}"))
    assert "ix_members_last_purchase_at" in plan
