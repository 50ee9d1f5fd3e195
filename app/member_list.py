"""The members list: count and page through members, filtered and sorted.

Built for 100,000–1,000,000 members. Pages come by *keyset* pagination: each
page starts strictly after the sort key and id of the previous page's last
row, so page 5,000 costs the same as page 1 whenever the sort column is
indexed (an offset would make SQLite walk and discard every earlier row).
Every ordering ends with ``id`` so rows that tie on the sort key (two members
called 王小明, thousands with 0 points) still come exactly once.

``last_purchase_at`` may be NULL (never bought anything). NULL counts as the
oldest visit: first when ascending, last when descending. Those rows are
paged as their own segment (``IS NULL`` ordered by id), which keeps every
query a plain index range scan on SQLite and PostgreSQL alike.

Filters live in one frozen :class:`MemberFilter`; each field adds a condition
in :func:`_conditions`, so a new filter is one field plus one ``if`` there.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, Sequence

from sqlalchemy import Select, and_, func, literal_column, or_, select, tuple_, union_all
from sqlalchemy.orm import Session

from app import cardno, name_search, segments
from app.textparse import fold, format_birthday, phone_digits
from db.models import Member

PAGE_SIZE = 200

GENDER_NOT_GIVEN = "none"  # MemberFilter.gender value: members with no gender recorded


@dataclass(frozen=True, slots=True)
class MemberRow:
    """One line of the members list, as plain values."""

    id: int
    member_no: str
    name: str
    phone: str
    gender: str | None  # F | M | None
    birthday: str  # YYYY-MM-DD, MM-DD or ""
    joined_on: dt.date
    points_balance: int
    last_purchase_at: dt.datetime | None


@dataclass(frozen=True)
class MemberFilter:
    """What to show. Every field left at its default means "any".

    Args:
        text: card number, phone, last 4 digits of the phone, or part of the
            name — the same meaning as :func:`app.members.find`.
        gender: ``"F"``, ``"M"`` or :data:`GENDER_NOT_GIVEN`.
        birth_month: 1–12, e.g. this month for "birthday this month".
        has_points: only members with a points balance above zero.
        joined_from, joined_to: joined on or after / on or before (inclusive).
        min_days_since_visit: last purchase at least this many whole days
            before ``as_of`` (members who never bought are not included).
        max_days_since_visit: last purchase at most this many days ago
            (0 = today).
        never_visited: only members with no purchase at all.
        segment: one of :data:`app.segments.SEGMENTS` (``"active"``,
            ``"marginal"``, ``"sleeping"``, ``"lost"``, ``"new"``), by the
            shop's thresholds.
        as_of: the day "days since" counts from; None means today.
    """

    text: str = ""
    gender: str | None = None
    birth_month: int | None = None
    has_points: bool = False
    joined_from: dt.date | None = None
    joined_to: dt.date | None = None
    min_days_since_visit: int | None = None
    max_days_since_visit: int | None = None
    never_visited: bool = False
    segment: str | None = None
    as_of: dt.date | None = None

    def today(self) -> dt.date:
        return self.as_of or dt.date.today()


@dataclass(frozen=True)
class Sort:
    """Sort order: ``key`` is one of :data:`SORT_KEYS`."""

    key: str = "name"
    descending: bool = False

    def __post_init__(self):
        if self.key not in SORT_KEYS:
            raise ValueError(f"unknown sort key {self.key!r}")


SORT_KEYS: dict[str, Any] = {
    "name": Member.name,  # ix_members_name
    "member_no": Member.member_no,  # unique
    "phone": Member.phone_norm,  # unique
    "joined_on": Member.joined_on,  # ix_members_joined_on
    "points": Member.points_balance,  # no index: each page sorts the table (~20 ms at 100k)
    "last_visit": Member.last_purchase_at,  # ix_members_last_purchase_at, nullable
}
_NULLABLE = {"last_visit"}



@dataclass(frozen=True)
class Cursor:
    """Where a page ended: the last row's sort value and id."""

    value: Any
    id: int


@dataclass(frozen=True)
class Page:
    rows: list[MemberRow]
    cursor: Cursor | None  # pass as ``after`` for the next page; None when empty
    done: bool  # True when no rows follow


_COLUMNS = (
    Member.id,
    Member.member_no,
    Member.name,
    Member.phone,
    Member.gender,
    Member.birth_year,
    Member.birth_month,
    Member.birth_day,
    Member.joined_on,
    Member.points_balance,
    Member.last_purchase_at,
)


def _row(r) -> MemberRow:
    return MemberRow(
        r.id,
        r.member_no,
        r.name,
        r.phone,
        r.gender,
        format_birthday(r.birth_year, r.birth_month, r.birth_day),
        r.joined_on,
        r.points_balance,
        r.last_purchase_at,
    )


def _start_of(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day)


def _text_condition(session: Session, text: str):
    """The members :func:`app.members.find` would return, as a WHERE clause
    (without find's 50-row cap): an exact card number wins alone; otherwise
    5+ digits match a phone from its start, exactly 4 digits match the last 4,
    and anything else is a name fragment. A merged duplicate (app/merge.py)
    that matches brings up the member it was merged into, as find does: the
    front desk may know only the old phone. tests/app/test_member_list.py
    checks the two agree."""
    q = fold(text)
    if not q:
        return None
    code = cardno.normalize(q)
    # a merged duplicate's old card leads to the member it was merged into
    exact = session.scalar(select(func.coalesce(Member.merged_into_id, Member.id)).where(Member.member_no == code))
    if exact is not None:
        return Member.id == exact
    digits = phone_digits(q)
    only_phone_chars = bool(digits) and re.fullmatch(r"\+?[0-9 \-().]+", q) is not None
    if only_phone_chars and len(digits) >= 5:
        norm = ("+" if q.startswith("+") else "") + digits
        # a prefix as a range, so the unique index on phone_norm is used
        # (SQLite's LIKE optimisation needs a NOCASE index)
        own = and_(Member.phone_norm >= norm, Member.phone_norm < norm + "\x7f")
        kept = _kept_for_merged(session, own)
    elif only_phone_chars and len(digits) == 4:
        own = Member.phone_last4 == digits
        kept = _kept_for_merged(session, own)
    else:
        # a duplicate's name is read on its own row (they are few); everyone
        # else's through the name-fragment index
        kept = _kept_for_merged(session, Member.name.ilike(name_search.like_pattern(q), escape="\\"))
        postings, condition = name_search.matching(session, q)
        if postings is not None:
            ids = postings.with_only_columns(postings.selected_columns.member_id)
            if kept:  # one IN over both: PostgreSQL scans every member for "IN (…) OR id IN (…)"
                k = Member.__table__.alias("kept")
                ids = union_all(ids, select(k.c.id).where(k.c.id.in_(kept)))
            return Member.id.in_(ids)
        own = condition if condition is not None else Member.id.is_(None)  # None: no name has it
    return or_(own, Member.id.in_(kept)) if kept else own


def _kept_for_merged(session: Session, condition) -> list[int]:
    """The members that merged duplicates matching ``condition`` were merged
    into. Merged duplicates are few, so this reads them through the index on
    ``merged_into_id`` (or the phone's, when that is narrower) and hands the
    list query a short list of ids, read by primary key; when no duplicate
    matches, the list query is what it was. The merge keeps
    ``merged_into_id`` pointing at a member that is not itself merged."""
    return list(session.scalars(
        select(Member.merged_into_id).where(Member.merged_into_id.is_not(None), condition).distinct()))


def _not_merged(session: Session):
    """Merged duplicates (app.merge) stay in the database for their history
    but are no longer members of their own: their visits and points moved.

    On SQLite the column is hidden from the planner (``+ 0``): without
    statistics, or with them once a few members were merged, it takes
    ``merged_into_id IS NULL`` for a narrow index range and reads nearly every
    member through that index, then sorts them (50–120 ms a page at 200,000,
    for a phone search too) instead of the sort column's or the search's index
    (2–5 ms). PostgreSQL knows the column is almost all NULL and never does.
    """
    col = Member.merged_into_id
    if session.get_bind().dialect.name == "sqlite":
        col = col + literal_column("0")
    return col.is_(None)


def _conditions(session: Session, flt: MemberFilter) -> list:
    conds = [_not_merged(session)]
    text = _text_condition(session, flt.text)
    if text is not None:
        conds.append(text)
    if flt.gender == GENDER_NOT_GIVEN:
        conds.append(Member.gender.is_(None))
    elif flt.gender:
        conds.append(Member.gender == flt.gender)
    if flt.birth_month:
        conds.append(Member.birth_month == flt.birth_month)
    if flt.has_points:
        conds.append(Member.points_balance > 0)
    if flt.joined_from:
        conds.append(Member.joined_on >= flt.joined_from)
    if flt.joined_to:
        conds.append(Member.joined_on <= flt.joined_to)
    today = flt.today()
    if flt.min_days_since_visit is not None:
        # at least N days ago: bought before the start of (today - N + 1)
        conds.append(Member.last_purchase_at < _start_of(today - dt.timedelta(days=flt.min_days_since_visit - 1)))
    if flt.max_days_since_visit is not None:
        conds.append(Member.last_purchase_at >= _start_of(today - dt.timedelta(days=flt.max_days_since_visit)))
    if flt.never_visited:
        conds.append(Member.last_purchase_at.is_(None))
    if flt.segment:
        conds.append(segments.segment_condition(session, flt.segment, today))
    return conds


def count(session: Session, flt: MemberFilter = MemberFilter()) -> int:
    """How many members match ``flt``."""
    stmt = select(func.count()).select_from(Member)
    for c in _conditions(session, flt):
        stmt = stmt.where(c)
    return int(session.scalar(stmt))


def segment_counts(session: Session, as_of: dt.date | None = None) -> dict[str, int]:
    """Members per segment as this list counts them (the numbers beside the
    segment filter): :func:`app.segments.segment_counts` reads every member
    from the last-purchase index alone, merged duplicates included (as
    "new": the merge clears their last purchase), so the few merged
    duplicates are read through their own index and taken off."""
    as_of = as_of or dt.date.today()
    counts = segments.segment_counts(session, as_of)
    limits = segments.thresholds(session)
    for last in session.scalars(select(Member.last_purchase_at).where(Member.merged_into_id.is_not(None))):
        counts[segments.segment_of(None if last is None else (as_of - last.date()).days, limits)] -= 1
    return counts


def _segments(sort: Sort):
    """The order as a list of (where, order columns) segments read one after
    the other; two only for a nullable key (the NULL rows by id)."""
    col = SORT_KEYS[sort.key]
    if sort.key not in _NULLABLE:
        return [(None, (col, Member.id))]
    values = (col.is_not(None), (col, Member.id))
    nulls = (col.is_(None), (Member.id,))
    return [values, nulls] if sort.descending else [nulls, values]


def _after(cols: Sequence, cursor: Cursor, descending: bool):
    key = (cursor.value, cursor.id) if len(cols) == 2 else (cursor.id,)
    left = tuple_(*cols) if len(cols) > 1 else cols[0]
    right = tuple_(*key) if len(cols) > 1 else key[0]
    return left < right if descending else left > right


def _ordered(stmt: Select, cols: Sequence, descending: bool) -> Select:
    return stmt.order_by(*[c.desc() if descending else c.asc() for c in cols])


def page(
    session: Session,
    flt: MemberFilter = MemberFilter(),
    sort: Sort = Sort(),
    after: Cursor | None = None,
    limit: int = PAGE_SIZE,
    offset: int | None = None,
) -> Page:
    """One page of members in ``sort`` order.

    Args:
        after: the previous page's :attr:`Page.cursor` (keyset paging: the
            fast way, used by the window); None for the first page.
        offset: skip this many rows instead (random access; cost grows with
            the offset). Not combined with ``after``.

    Returns:
        Up to ``limit`` rows, the cursor after the last one, and whether the
        list is exhausted.
    """
    if after is not None and offset is not None:
        raise ValueError("use either after or offset")
    base = select(*_COLUMNS)
    for c in _conditions(session, flt):
        base = base.where(c)
    if sort.key == "phone":
        base = base.add_columns(Member.phone_norm)
    segments = _segments(sort)
    rows: list = []
    if offset is not None:
        skip = offset
        for where, cols in segments:
            stmt = base if where is None else base.where(where)
            stmt = _ordered(stmt, cols, sort.descending)
            if skip:
                n = _segment_count(session, stmt) if len(segments) > 1 else None
                if n is not None and n <= skip:
                    skip -= n
                    continue
                stmt = stmt.offset(skip)
                skip = 0
            rows.extend(session.execute(stmt.limit(limit + 1 - len(rows))))
            if len(rows) > limit:
                break
    else:
        start = 0
        if after is not None and len(segments) == 2:
            in_nulls = after.value is None
            start = [len(cols) == 1 for _, cols in segments].index(True) if in_nulls else (
                [len(cols) == 2 for _, cols in segments].index(True)
            )
        for i, (where, cols) in enumerate(segments[start:], start):
            stmt = base if where is None else base.where(where)
            if after is not None and i == start:
                stmt = stmt.where(_after(cols, after, sort.descending))
            stmt = _ordered(stmt, cols, sort.descending)
            rows.extend(session.execute(stmt.limit(limit + 1 - len(rows))))
            if len(rows) > limit:
                break
    done = len(rows) <= limit
    rows = rows[:limit]
    cursor = None
    if rows:
        last = rows[-1]
        value = last.phone_norm if sort.key == "phone" else getattr(last, SORT_KEYS[sort.key].key)
        cursor = Cursor(value, last.id)
    return Page([_row(r) for r in rows], cursor, done)


def _segment_count(session: Session, stmt: Select) -> int:
    return int(session.scalar(select(func.count()).select_from(stmt.order_by(None).subquery())))


def get_row(session: Session, member_id: int) -> MemberRow | None:
    """One member as a list row (None if there is no such member), used to
    refresh a single changed line without reloading the list."""
    r = session.execute(select(*_COLUMNS).where(Member.id == member_id)).first()
    return _row(r) if r is not None else None


def mistyped_card(text: str) -> str | None:
    """The card number if ``text`` is in our card format but its check
    character is wrong (so the list can say "mistyped" rather than "none")."""
    code = cardno.normalize(fold(text))
    if cardno.looks_like_ours(code) and not cardno.is_valid(code):
        return code
    return None
