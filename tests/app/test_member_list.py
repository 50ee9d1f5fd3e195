"""The members list service: every member exactly once across pages, in
every sort order (including long runs of ties), filters and counts."""
from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from sqlalchemy import select

from app import member_list as ml
from app import members
from app.member_list import MemberFilter, Sort
from db.models import Member
from tests.member_data import bulk_insert_members

TODAY = dt.date(2026, 6, 15)
N = 2000


@pytest.fixture(scope="module")
def big_shop(new_db):
    """2,000 members, built once for the module; tests that add members use
    ``shop`` (or add to this one only what no other test counts)."""
    from app.shop import Shop

    shop = Shop(new_db())  # SQLite, or PostgreSQL in test.sh's second pass
    bulk_insert_members(shop, N, seed=7, today=TODAY)
    yield shop
    shop.close()


def all_members(shop) -> list[SimpleNamespace]:
    cols = ("id", "name", "member_no", "phone_norm", "joined_on", "points_balance", "last_purchase_at",
            "gender", "birth_month")
    with shop.read() as s:
        rows = s.execute(select(*[getattr(Member, c) for c in cols]))
        return [SimpleNamespace(**dict(zip(cols, r))) for r in rows]


def walk(shop, flt=MemberFilter(), sort=Sort(), limit=173) -> list[ml.MemberRow]:
    """Every page with keyset paging (a page size that does not divide N)."""
    out, cursor = [], None
    with shop.read() as s:
        for _ in range(N):
            page = ml.page(s, flt, sort, after=cursor, limit=limit)
            out.extend(page.rows)
            if page.done:
                return out
            assert len(page.rows) == limit
            cursor = page.cursor
    raise AssertionError("paging did not end")


def expected_order(rows: list[Member], sort: Sort) -> list[int]:
    attr = {"name": "name", "member_no": "member_no", "phone": "phone_norm", "joined_on": "joined_on",
            "points": "points_balance", "last_visit": "last_purchase_at"}[sort.key]

    def key(m):
        v = getattr(m, attr)
        return (v is not None, v if v is not None else 0, m.id)  # NULL counts as the smallest

    return [m.id for m in sorted(rows, key=key, reverse=sort.descending)]


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("key", list(ml.SORT_KEYS))
def test_keyset_pages_give_every_member_once_in_order(big_shop, key, descending):
    sort = Sort(key, descending)
    rows = walk(big_shop, sort=sort)
    ids = [r.id for r in rows]
    assert len(ids) == len(set(ids)) == N
    assert ids == expected_order(all_members(big_shop), sort)


def test_the_data_has_ties_and_nulls_to_page_through(big_shop):
    ms = all_members(big_shop)
    names = [m.name for m in ms]
    assert len(set(names)) < N / 5  # long runs of equal names
    assert sum(m.points_balance == 0 for m in ms) > N / 5
    assert 0 < sum(m.last_purchase_at is None for m in ms) < N


@pytest.mark.parametrize("sort", [Sort("name"), Sort("last_visit"), Sort("last_visit", True), Sort("points", True)])
def test_offset_paging_agrees_with_keyset(big_shop, sort):
    keyset = [r.id for r in walk(big_shop, sort=sort, limit=250)]
    by_offset = []
    with big_shop.read() as s:
        for off in range(0, N, 300):
            by_offset.extend(r.id for r in ml.page(s, MemberFilter(), sort, offset=off, limit=300).rows)
        # an offset inside the NULL segment and one past it
        assert [r.id for r in ml.page(s, MemberFilter(), sort, offset=5, limit=3).rows] == keyset[5:8]
        assert ml.page(s, MemberFilter(), sort, offset=N, limit=3).rows == []
    assert by_offset == keyset


def test_a_short_last_page_says_done_and_an_exact_fit_too(big_shop):
    with big_shop.read() as s:
        p = ml.page(s, MemberFilter(), Sort(), limit=N)
        assert len(p.rows) == N and p.done
        p = ml.page(s, MemberFilter(), Sort(), limit=N - 1)
        assert not p.done
        rest = ml.page(s, MemberFilter(), Sort(), after=p.cursor, limit=N - 1)
        assert len(rest.rows) == 1 and rest.done
        end = ml.page(s, MemberFilter(), Sort(), after=rest.cursor)
        assert end.rows == [] and end.done and end.cursor is None


def _check_filter(shop, flt: MemberFilter, predicate) -> list[int]:
    expected = sorted(m.id for m in all_members(shop) if predicate(m))
    got = [r.id for r in walk(shop, flt, Sort("last_visit", True), limit=97)]
    assert sorted(got) == expected and len(got) == len(set(got))
    with shop.read() as s:
        assert ml.count(s, flt) == len(expected)
    return expected


def _days_since(m) -> int | None:
    return None if m.last_purchase_at is None else (TODAY - m.last_purchase_at.date()).days


@pytest.mark.parametrize(
    "flt, predicate",
    [
        (MemberFilter(), lambda m: True),
        (MemberFilter(gender="F"), lambda m: m.gender == "F"),
        (MemberFilter(gender="M"), lambda m: m.gender == "M"),
        (MemberFilter(gender=ml.GENDER_NOT_GIVEN), lambda m: m.gender is None),
        (MemberFilter(birth_month=6), lambda m: m.birth_month == 6),
        (MemberFilter(has_points=True), lambda m: m.points_balance > 0),
        (
            MemberFilter(joined_from=dt.date(2025, 1, 1), joined_to=dt.date(2025, 3, 31)),
            lambda m: dt.date(2025, 1, 1) <= m.joined_on <= dt.date(2025, 3, 31),
        ),
        (MemberFilter(min_days_since_visit=90, as_of=TODAY), lambda m: _days_since(m) is not None and _days_since(m) >= 90),
        (MemberFilter(max_days_since_visit=30, as_of=TODAY), lambda m: _days_since(m) is not None and _days_since(m) <= 30),
        (
            MemberFilter(min_days_since_visit=31, max_days_since_visit=90, as_of=TODAY),
            lambda m: _days_since(m) is not None and 31 <= _days_since(m) <= 90,
        ),
        (MemberFilter(never_visited=True), lambda m: m.last_purchase_at is None),
        (
            MemberFilter(gender="F", has_points=True, birth_month=3),
            lambda m: m.gender == "F" and m.points_balance > 0 and m.birth_month == 3,
        ),
        (MemberFilter(text="王"), lambda m: "王" in m.name),
        (MemberFilter(text="alice"), lambda m: "alice" in m.name.lower()),  # LIKE ignores ASCII case
    ],
)
def test_filters_and_count(big_shop, flt, predicate):
    expected = _check_filter(big_shop, flt, predicate)
    assert len(expected) > 0  # each case selects something, so it tests something


def test_days_since_visit_counts_whole_days_at_the_edges(shop):
    with shop.transaction() as s:
        a = members.sign_up(s, name="Edge A", phone="0911000001")
        b = members.sign_up(s, name="Edge B", phone="0911000002")
        c = members.sign_up(s, name="Edge C", phone="0911000003")
        s.get(Member, a.id).last_purchase_at = dt.datetime(2026, 5, 16, 23, 59)  # 30 days before TODAY
        s.get(Member, b.id).last_purchase_at = dt.datetime(2026, 5, 17, 0, 0)  # 29 days
        s.get(Member, c.id).last_purchase_at = dt.datetime(2026, 6, 15, 8, 0)  # today
    with shop.read() as s:
        def ids(**kw):
            return {r.id for r in ml.page(s, MemberFilter(as_of=TODAY, **kw)).rows}

        assert ids(min_days_since_visit=30) == {a.id}
        assert ids(max_days_since_visit=29) == {b.id, c.id}
        assert ids(max_days_since_visit=0) == {c.id}
        assert ids(min_days_since_visit=0) == {a.id, b.id, c.id}


def test_text_search_means_what_find_means(shop):
    bulk_insert_members(shop, 300, seed=3, today=TODAY)
    big_shop = shop
    with big_shop.transaction() as s:
        lin = members.sign_up(s, name="林小美", phone="0987-654-321")
        lee = members.sign_up(s, name="Lee 50%_off", phone="+886 912 000 321")
    with big_shop.read() as s:
        def listed(text):
            return sorted(r.id for r in ml.page(s, MemberFilter(text=text), limit=5000).rows)

        def found(text):
            return sorted(v.id for v in members.find(s, text, limit=5000))

        # exact card number (also typed in lower case with a dash): only that member
        assert listed(lin.member_no.lower()[:3] + "-" + lin.member_no.lower()[3:]) == [lin.id]
        # full phone in another format, a phone prefix, the last 4 digits
        assert listed("0987 654 321") == [lin.id] == found("0987 654 321")
        assert listed("098765") == found("098765") == [lin.id]
        assert listed("+886912") == [lee.id]
        assert listed("4321") == found("4321")
        assert lin.id in listed("4321")
        # full-width digits
        assert listed("０９８７６５４３２１") == [lin.id]
        # name fragment; LIKE wildcards in the text are literal
        assert listed("小美") == found("小美")
        assert listed("50%_") == [lee.id]
        assert listed("%") == [lee.id]
        # five digits or more: the start of a phone being typed
        assert listed("09876") == [lin.id]
        assert listed("54321") == []
        assert ml.count(s, MemberFilter(text="   ")) == ml.count(s, MemberFilter())


def test_mistyped_card_is_recognised(shop):
    with shop.transaction() as s:
        m = members.sign_up(s, name="陳大文", phone="0922333444")
    body, check = m.member_no[:-1], m.member_no[-1]
    wrong = next(c for c in "23456789ABCDEFGH" if c != check)
    assert ml.mistyped_card(body + wrong) == body + wrong
    assert ml.mistyped_card(m.member_no) is None
    assert ml.mistyped_card("王") is None
    with shop.read() as s:
        assert ml.count(s, MemberFilter(text=body + wrong)) == 0


def test_get_row_is_the_list_line(shop):
    with shop.transaction() as s:
        m = members.sign_up(s, name="周杰", phone="0933-111-222", gender="男", birthday="03-09")
    with shop.read() as s:
        row = ml.get_row(s, m.id)
        assert row == ml.page(s).rows[0]
        assert (row.name, row.phone, row.gender, row.birthday, row.points_balance) == (
            "周杰", "0933-111-222", "M", "03-09", 0
        )
        assert ml.get_row(s, 999_999) is None


def test_unknown_sort_key_is_a_bug_not_a_silent_default():
    with pytest.raises(ValueError):
        Sort("shoe_size")


# --- segments (issue 3) ---------------------------------------------------------------

# days since the last purchase on each side of every threshold (90, 180, 365)
EDGE_DAYS = (0, 89, 90, 179, 180, 365, 366)


def _edge_members(shop) -> dict[int | None, int]:
    """One member per edge day (bought late that day) and one who never bought: id by days."""
    ids: dict[int | None, int] = {}
    with shop.transaction() as s:
        for i, days in enumerate((*EDGE_DAYS, None)):
            m = members.sign_up(s, name=f"Seg {days}", phone=f"09120000{i:02d}")
            if days is not None:
                day = TODAY - dt.timedelta(days=days)
                s.get(Member, m.id).last_purchase_at = dt.datetime.combine(day, dt.time(23, 59))
            ids[days] = m.id
    return ids


def test_segment_filter_matches_segment_of_at_the_edges(shop):
    from app import segments

    ids = _edge_members(shop)
    expected = {name: set() for name in segments.SEGMENTS}
    for days, member_id in ids.items():
        expected[segments.segment_of(days)].add(member_id)
    # the edges land where the issue says
    assert expected["active"] == {ids[0], ids[89]}
    assert expected["marginal"] == {ids[90], ids[179]}
    assert expected["sleeping"] == {ids[180], ids[365]}
    assert expected["lost"] == {ids[366]}
    assert expected["new"] == {ids[None]}
    with shop.read() as s:
        counts = segments.segment_counts(s, TODAY)
        for name in segments.SEGMENTS:
            flt = MemberFilter(segment=name, as_of=TODAY)
            got = [r.id for r in ml.page(s, flt, Sort("last_visit")).rows]
            assert sorted(got) == sorted(expected[name]), name
            assert ml.count(s, flt) == len(expected[name]) == counts[name], name


def test_segment_filter_follows_configured_thresholds(shop):
    from app import segments
    from app import settings as shop_settings

    ids = _edge_members(shop)
    limits = {"marginal_from": 30, "sleeping_from": 100, "lost_after": 200}
    with shop.transaction() as s:
        shop_settings.put(s, **{segments.SETTINGS_KEY: limits})
    with shop.read() as s:
        counts = segments.segment_counts(s, TODAY)
        for name in segments.SEGMENTS:
            flt = MemberFilter(segment=name, as_of=TODAY)
            want = {i for d, i in ids.items() if segments.segment_of(d, limits) == name}
            assert {r.id for r in ml.page(s, flt).rows} == want, name
            assert ml.count(s, flt) == counts[name] == len(want)


@pytest.mark.parametrize("name", ["active", "marginal", "sleeping", "lost", "new"])
def test_segment_filter_on_many_members_agrees_with_segment_of(big_shop, name):
    from app import segments

    expected = _check_filter(big_shop, MemberFilter(segment=name, as_of=TODAY),
                             lambda m: segments.segment_of(_days_since(m)) == name)
    with big_shop.read() as s:
        assert segments.segment_counts(s, TODAY)[name] == len(expected)
    assert expected  # the generated members fill every segment, so each case tests something


def test_segment_combines_with_other_filters(big_shop):
    from app import segments

    _check_filter(big_shop, MemberFilter(segment="sleeping", gender="F", as_of=TODAY),
                  lambda m: m.gender == "F" and segments.segment_of(_days_since(m)) == "sleeping")


def test_unknown_segment_is_refused(shop):
    from app.errors import UserError

    with shop.read() as s, pytest.raises(UserError):
        ml.count(s, MemberFilter(segment="vip"))


# --- merged duplicates ------------------------------------------------------------------


def _plans(shop, flt: MemberFilter, sort: Sort = Sort()) -> list[tuple[str, str]]:
    """(statement, EXPLAIN QUERY PLAN) of every SELECT that counting and
    listing ``flt`` runs."""
    from sqlalchemy import event

    ran = []

    def record(conn, cursor, statement, params, context, executemany):
        if statement.lstrip().upper().startswith("SELECT"):
            ran.append((statement, params))

    engine = shop.engine
    event.listen(engine, "before_cursor_execute", record)
    try:
        with shop.read() as s:
            ml.count(s, flt)
            ml.page(s, flt, sort)
    finally:
        event.remove(engine, "before_cursor_execute", record)
    out = []
    with shop.read() as s:
        raw = s.connection().connection.driver_connection
        for statement, params in ran:
            plan = " | ".join(r[3] for r in raw.execute("EXPLAIN QUERY PLAN " + statement, params))
            out.append((" ".join(statement.split()), plan))
    return out


# sqlite_stat1 for members after ANALYZE of 200,000 members, 300 of them merged
# duplicates (ANALYZE counts "200000 665" for merged_into_id: NULLs are no value)
STATS_200K_MERGED = {
    "ix_members_merged_into_id": "200000 665",
    "ix_members_points_balance": "200000 67",
    "ix_members_followup": "200000 2 1 1 1",
    "ix_members_joined_on": "200000 200",
    "ix_members_phone_last4": "200000 20",
    "ix_members_name": "200000 650",
    "ix_members_last_purchase_at": "200000 2",
    "ix_members_birthday": "200000 15385 594",
    "sqlite_autoindex_members_1": "200000 1",
    "sqlite_autoindex_members_2": "200000 1",
}


@pytest.mark.sqlite_only  # EXPLAIN QUERY PLAN is SQLite's
@pytest.mark.parametrize("stats", ["none", "200k_merged"])
def test_searches_read_indexes_with_merged_duplicates_present(shop, stats):
    """Once a few members are merged, SQLite (with no statistics, or those
    ANALYZE / PRAGMA optimize leave on a big shop) took ``merged_into_id IS
    NULL`` for a narrow range of its index and read almost every member
    through it: a full scan for a phone search, and a sort of the whole table
    for every page."""
    from sqlalchemy import update

    bulk_insert_members(shop, 400, seed=4, today=TODAY)
    with shop.transaction() as s:
        for i in (1, 50, 100):  # duplicates merged into their neighbours, as app.merge leaves them
            s.execute(update(Member).where(Member.id == i).values(merged_into_id=i + 1))
        dup = s.get(Member, 1)
        phone, card, name = dup.phone_norm, dup.member_no, dup.name
        if stats != "none":
            conn = s.connection()
            conn.exec_driver_sql("ANALYZE")
            conn.exec_driver_sql("DELETE FROM sqlite_stat1 WHERE tbl = 'members'")
            for idx, stat in STATS_200K_MERGED.items():
                conn.exec_driver_sql("INSERT INTO sqlite_stat1 VALUES ('members', ?, ?)", (idx, stat))
    shop.engine.dispose()  # new connections read the statistics
    for text in (phone, phone[-4:], phone[:6], card, name, "王"):
        for statement, plan in _plans(shop, MemberFilter(text=text)):
            assert "SCAN members" not in plan, (text, statement, plan)
            assert "(merged_into_id=?)" not in plan, (text, statement, plan)  # IS NULL: nearly every member
    # no search: the first page walks the sort column's index, without a sort of every member
    for sort in (Sort("name"), Sort("joined_on", True)):
        plan = _plans(shop, MemberFilter(), sort)[-1][1]  # after the count
        assert "USE TEMP B-TREE" not in plan and "ix_members_" + sort.key in plan, plan


def test_merged_duplicates_lead_the_search_to_the_kept_member_over_many_members(big_shop):
    """Searching for merged duplicates among 2,000 members: the kept member
    once, the duplicate never, everyone else as before; paging and counts
    agree (added to the shared shop and taken back out)."""
    from sqlalchemy import update

    with big_shop.read() as s:
        rows = s.execute(select(Member.id, Member.phone, Member.phone_norm, Member.phone_last4, Member.member_no)
                         .where(Member.id.in_((11, 12, 13))).order_by(Member.id)).all()
        dup, kept, other = rows
        last4_sharers = set(s.scalars(select(Member.id).where(Member.phone_last4 == dup.phone_last4)))
    with big_shop.transaction() as s:
        s.execute(update(Member).where(Member.id == dup.id).values(merged_into_id=kept.id))
    try:
        expected = (last4_sharers - {dup.id}) | {kept.id}
        _check_filter(big_shop, MemberFilter(text=dup.phone_last4), lambda m: m.id in expected)
        with big_shop.read() as s:
            for text in (dup.phone_norm, dup.phone, dup.member_no):
                assert [r.id for r in ml.page(s, MemberFilter(text=text)).rows] == [kept.id], text
                assert ml.count(s, MemberFilter(text=text)) == 1
            assert [r.id for r in ml.page(s, MemberFilter(text=other.phone_norm)).rows] == [other.id]
            assert dup.id not in {r.id for r in ml.page(s, MemberFilter(), limit=N).rows}
            assert ml.count(s) == N - 1
    finally:
        with big_shop.transaction() as s:
            s.execute(update(Member).where(Member.id == dup.id).values(merged_into_id=None))
