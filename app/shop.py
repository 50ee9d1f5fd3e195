"""The unit of work handed to the window and the command line.

``Shop`` owns the engine; each user action is one ``with shop.transaction()``
(a write, taking SQLite's lock up front) or ``with shop.read()`` (a snapshot
that never blocks a counter's sale).
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from sqlalchemy.orm import Session, sessionmaker

from app.auth import SYSTEM, Actor
from db.engine import make_engine, migrate


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
        self._reader = sessionmaker(
            self.engine.execution_options(sqlite_begin="DEFERRED"), expire_on_commit=False
        )

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

    def close(self) -> None:
        self.engine.dispose()
