"""The name-fragment search index: every 1- and 2-character piece of a name.

A cashier types part of a name — often two characters of a three-character
Chinese name, from anywhere in it — and expects the list on the next
keystroke. ``name LIKE '%x%'`` cannot use an index, so it reads every member
(a quarter of a second at 200,000). SQLite's FTS5 trigram index would answer
only fragments of three characters or more, and PostgreSQL's pg_trgm is an
extension a shop may not have; this table answers any length on both.

``member_name_grams`` holds, for each member, each distinct lower-cased
1-character and 2-character substring of the name (``gram``) with the name
itself. Its primary key ``(gram, name, member_id)`` lists the members holding
a gram already in the members list's order (name, then id), so "the first 30
matches by name" reads 30 index entries. A fragment of three or more
characters reads the postings of its rarest 2-character piece and checks the
whole fragment against ``name`` in the same index (app/name_search.py).

Triggers (migration 0009) keep it in step with every insert, rename and
delete of a member, whoever makes it (services, imports, the demo, SQL).
"""
from __future__ import annotations

from sqlalchemy import Integer, PrimaryKeyConstraint, String
from sqlalchemy.orm import Mapped, mapped_column

from db.models import Base


class MemberNameGram(Base):
    __tablename__ = "member_name_grams"
    gram: Mapped[str] = mapped_column(String(2))
    name: Mapped[str] = mapped_column(String(100))
    member_id: Mapped[int] = mapped_column(Integer)

    __table_args__ = (
        PrimaryKeyConstraint("gram", "name", "member_id"),
        {"sqlite_with_rowid": False},
    )
