"""The unit of work handed to the window and the command line.

``Shop`` owns the engine; each user action is one ``with shop.transaction()``
(a write, taking SQLite's lock up front) or ``with shop.read()`` (a snapshot
that never blocks a counter's sale).
"""
from __future__ import annotations

import random
import time
from contextlib import contextmanager
from typing import Callable, Iterator, TypeVar

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from app.auth import SYSTEM, Actor
from db.engine import make_engine, migrate

T = TypeVar("T")
# PostgreSQL: serialization_failure, deadlock_detected, lock_not_available
RETRY_SQLSTATES = frozenset({"40001", "40P01", "55P03"})


def is_transient(exc: BaseException) -> bool:
    """True for a failure that rerunning the whole unit of work can cure:
    a PostgreSQL serialization failure or deadlock, or SQLite still locked
    after its busy_timeout (another counter held the write lock too long)."""
    if not isinstance(exc, DBAPIError):
        return False
    orig = exc.orig
    state = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)
    if state in RETRY_SQLSTATES:
        return True
    text = str(orig).lower()
    return "database is locked" in text or "database is busy" in text



class Shop:
    """Open (creating or migrating) the shop database at ``url``."""

    def __init__(self, url: str | None = None, *, auto_migrate: bool = True, actor: Actor = SYSTEM,
                 **engine_kwargs):
        self.actor = actor  # who acts in each transaction (see app.auth)
        self.engine = make_engine(url, **engine_kwargs)
        self.url = self.engine.url.render_as_string(hide_password=True)
        if auto_migrate:
            migrate(self.engine)
        self._writer = sessionmaker(self.engine, expire_on_commit=False)
        reader = self.engine.execution_options(sqlite_begin="DEFERRED")
        if self.engine.dialect.name == "postgresql":
            # a snapshot, as SQLite's deferred read is: READ COMMITTED would let a
            # report see another counter's sale half-way through (a snapshot that
            # only reads never fails to serialize)
            reader = self.engine.execution_options(isolation_level="REPEATABLE READ")
        self._reader = sessionmaker(reader, expire_on_commit=False)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action: commits on success, rolls back on any exception."""
        with self._writer() as session, session.begin():
            session.info["actor"] = self.actor
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only snapshot (rolled back at the end)."""
        with self._reader() as session, session.begin():
            session.info["actor"] = self.actor
            yield session
            session.rollback()

    def run(self, work: Callable[[Session], T], *, attempts: int = 5) -> T:
        """Run ``work(session)`` as one unit of work and return its result,
        rerunning it from the start on a transient failure (:func:`is_transient`).

        The unit is rolled back before each retry, so ``work`` must do all its
        reading and writing through the session it is given (no side effects
        outside the database before it returns). UserError and other failures
        are raised at once.
        """
        for attempt in range(1, attempts + 1):
            try:
                with self.transaction() as session:
                    return work(session)
            except DBAPIError as exc:
                if attempt == attempts or not is_transient(exc):
                    raise
                time.sleep(random.uniform(0.01, 0.05) * attempt)  # let the other counter finish
        raise AssertionError("unreachable")

    def close(self) -> None:
        self.engine.dispose()
