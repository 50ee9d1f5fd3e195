"""Find members by a fragment of their name, through ``member_name_grams``.

The table (db/search_models.py, migration 0009) lists each lower-cased 1- and
2-character piece of every name with the name, in (name, id) order. A
fragment of one or two characters is one range of that index; a longer one
reads the postings of its rarest 2-character piece and keeps the names that
contain the whole fragment. The final check is ``ILIKE '%x%'``, so the members found
are exactly those a scan would find. Case is folded as the database folds it,
on both sides: on SQLite ASCII only (as its LIKE always did), on PostgreSQL
every script (its LIKE used to be case-sensitive there, so "alice" missed
"Alice Chen").

Databases other than SQLite and PostgreSQL have no triggers to fill the table:
they get the plain scan.
"""
from __future__ import annotations

import functools

from sqlalchemy import ColumnElement, Select, bindparam, func, literal_column, select
from sqlalchemy.orm import Session, joinedload

from db.models import Member
from db.search_models import MemberNameGram as G

INDEXED_DIALECTS = ("sqlite", "postgresql")
COUNT_CAP = 5000  # postings counted per piece when choosing the rarest
MAX_PIECES = 12  # pieces of a long fragment compared (names are short)


def like_pattern(fragment: str) -> str:
    """``%fragment%`` with LIKE's wildcards escaped (escape character ``\\``)."""
    return "%" + fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def indexed(session: Session) -> bool:
    return session.get_bind().dialect.name in INDEXED_DIALECTS


@functools.lru_cache(maxsize=MAX_PIECES)
def _count_stmt(n: int):
    """Postings of each of ``n`` pieces (bound as p0, p1 …), counted up to COUNT_CAP."""
    return select(*[
        select(func.count()).select_from(
            select(literal_column("1")).where(G.gram == func.lower(bindparam(f"p{i}"))).limit(COUNT_CAP).subquery()
        ).scalar_subquery()
        for i in range(n)
    ])


def _piece(session: Session, fragment: str) -> str | None:
    """The piece of ``fragment`` whose postings to read: the fragment itself up
    to 2 characters, else its rarest 2-character piece; None when some piece
    has no postings at all (nothing can match)."""
    if len(fragment) <= 2:
        return fragment
    pieces = list(dict.fromkeys(fragment[i:i + 2] for i in range(len(fragment) - 1)))[:MAX_PIECES]
    counts = session.execute(_count_stmt(len(pieces)), {f"p{i}": p for i, p in enumerate(pieces)}).one()
    best = min(range(len(pieces)), key=lambda i: counts[i])
    return None if counts[best] == 0 else pieces[best]


def matching(session: Session, fragment: str) -> tuple[Select | None, ColumnElement | None]:
    """How to find members whose name contains ``fragment``.

    Returns ``(postings, condition)``: on an indexed database ``postings`` is a
    SELECT of ``member_id`` and ``name`` from the index (add ORDER BY
    ``name, member_id`` for name order) and ``condition`` is None; elsewhere
    ``postings`` is None and ``condition`` a WHERE clause on members. Both
    None: nothing can match.
    """
    pattern = like_pattern(fragment)
    if not indexed(session):
        return None, Member.name.ilike(pattern, escape="\\")
    piece = _piece(session, fragment)
    if piece is None:
        return None, None
    postings = select(G.member_id, G.name).where(G.gram == func.lower(piece), G.name.ilike(pattern, escape="\\"))
    return postings, None


def name_condition(session: Session, fragment: str) -> ColumnElement:
    """A WHERE clause on members: the name contains ``fragment``."""
    postings, condition = matching(session, fragment)
    if postings is not None:
        return Member.id.in_(postings.with_only_columns(G.member_id))
    if condition is not None:
        return condition
    return Member.id.is_(None)  # nothing matches (ids are never NULL)


def _first_by_name_stmt():
    """Built once, with bound parameters, so each keystroke reuses SQLAlchemy's
    compiled form (building the statement cost more than running it). The
    referrer comes in the same query: the member view shows their card number."""
    hits = (
        select(G.member_id, G.name)
        .where(G.gram == func.lower(bindparam("piece")), G.name.ilike(bindparam("pattern"), escape="\\"))
        .order_by(G.name, G.member_id)
        .limit(bindparam("limit"))
        .subquery()
    )
    return (select(Member).join(hits, hits.c.member_id == Member.id)
            .options(joinedload(Member.referred_by)).order_by(hits.c.name, hits.c.member_id))


_FIRST_BY_NAME = _first_by_name_stmt()


def first_by_name(session: Session, fragment: str, limit: int) -> list[Member]:
    """The first ``limit`` members whose name contains ``fragment``, by name
    then id (ORM entities, their referrer loaded)."""
    pattern = like_pattern(fragment)
    if not indexed(session):
        return list(session.scalars(
            select(Member).where(Member.name.ilike(pattern, escape="\\"))
            .options(joinedload(Member.referred_by)).order_by(Member.name, Member.id).limit(limit)))
    piece = _piece(session, fragment)
    if piece is None:
        return []
    return list(session.scalars(_FIRST_BY_NAME, {"piece": piece, "pattern": pattern, "limit": limit}).unique())
