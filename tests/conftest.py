"""Shared fixtures: a real, migrated database per test.

SQLite (the default): the migrated schema is built once per session and the
file copied for each test (as Anki's tests do), so every test starts from the
real migrated database without paying for the migration again.

PostgreSQL (``REGULARS_TEST_DB=postgresql+psycopg://user:pw@host/anydb``, as
test.sh's second pass sets it): a template database is migrated once per
session from the current migrations. Each test's database is a clone of it
(``CREATE DATABASE … TEMPLATE``; a schema per test would have to run the
migrations each time, 400 ms+) — in practice one clone reused by every test
and emptied before each with DELETE in foreign-key order and its sequences
reset (2-20 ms, against 50 ms to seconds for a clone and drop on a busy disk;
see :meth:`PgServer.checkout`). A test asking for a second database
(``fresh_db_url``) gets a clone of its own, dropped afterwards. Tests that are about the SQLite file itself (WAL,
PRAGMAs, backup copies, damaged files) carry the ``sqlite_only`` marker, or
ask for ``db_path``/``template_db``, and are skipped there with the reason.
"""
from __future__ import annotations

import itertools
import os
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TEST_DB = os.environ.get("REGULARS_TEST_DB", "").strip()
ON_POSTGRES = TEST_DB.startswith("postgresql")
SQLITE_ONLY_REASON = "a test of the SQLite file itself (REGULARS_TEST_DB is PostgreSQL)"


def pytest_report_header(config):
    if ON_POSTGRES:
        from sqlalchemy.engine import make_url

        return f"database: PostgreSQL {make_url(TEST_DB).render_as_string(hide_password=True)}"
    return "database: SQLite (a migrated file copied per test)"


def pytest_runtest_setup(item):
    if ON_POSTGRES and item.get_closest_marker("sqlite_only"):
        pytest.skip(SQLITE_ONLY_REASON)
    if not ON_POSTGRES and item.get_closest_marker("postgres"):
        pytest.skip("a PostgreSQL behaviour: runs in test.sh's PostgreSQL pass")


# --------------------------------------------------------------- PostgreSQL


class PgServer:
    """Create and drop the per-test databases on the server of REGULARS_TEST_DB."""

    def __init__(self, url: str):
        from sqlalchemy.engine import make_url

        self.url = make_url(url)
        self.prefix = f"regulars_t{os.getpid()}"
        self.template = f"{self.prefix}_tpl"
        self._n = itertools.count(1)
        self._admin = None
        self._shared: str | None = None  # "" when the template has rows and cannot be reused
        self._reset_conn = None

    def url_of(self, dbname: str) -> str:
        return self.url.set(database=dbname).render_as_string(hide_password=False)

    def admin(self):
        if self._admin is None or self._admin.closed:
            import psycopg

            u = self.url
            self._admin = psycopg.connect(
                host=u.host or None, port=u.port, user=u.username, password=u.password,
                dbname=u.database or "postgres", autocommit=True,
                **dict(u.query),
            )
        return self._admin

    def _drop_leftovers(self) -> None:
        """Drop databases left by earlier runs that were killed (their pid is gone)."""
        rows = self.admin().execute(
            "SELECT datname FROM pg_database WHERE datname LIKE 'regulars\\_t%'"
        ).fetchall()
        for (name,) in rows:
            pid = name[len("regulars_t"):].split("_", 1)[0]
            if pid.isdigit() and int(pid) != os.getpid() and not Path(f"/proc/{pid}").exists():
                try:
                    self.drop(name)
                except Exception:  # another role's, or in use: not ours to remove
                    pass

    def build_template(self) -> str:
        from app.shop import Shop

        self._drop_leftovers()
        self.drop(self.template)
        self.admin().execute(f'CREATE DATABASE "{self.template}"')
        shop = Shop(self.url_of(self.template))  # the current migrations, every run
        shop.close()
        return self.template

    def clone(self) -> str:
        name = f"{self.prefix}_{next(self._n)}"
        # FILE_COPY (PostgreSQL 15+) copies the template's files and checkpoints
        # once: 20 ms against 200 ms for the default WAL_LOG on a small schema
        strategy = " STRATEGY FILE_COPY" if self.admin().info.server_version >= 150000 else ""
        self.admin().execute(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"{strategy}')
        return name

    # -- one database reused by most tests, emptied before each -------------
    #
    # Cloning costs little on a quiet server (30-90 ms) but seconds when the
    # disk is busy (CREATE DATABASE copies ~8 MB of catalogs and checkpoints);
    # emptying a reused database with DELETE costs 2-20 ms either way. It is
    # used when the migrated template holds no rows (so an empty database with
    # its sequences back at 1 is exactly a fresh clone); otherwise every test
    # gets a clone.

    def checkout(self) -> str:
        """The reused database, emptied; or a fresh clone if it cannot be reused."""
        if self._shared is None:
            self._shared = self._prepare_shared()
        if not self._shared:
            return self.clone()
        self._empty(self._shared)
        return self._shared

    def _connect(self, dbname: str):
        import psycopg

        u = self.url
        return psycopg.connect(host=u.host or None, port=u.port, user=u.username, password=u.password,
                               dbname=dbname, autocommit=True, **dict(u.query))

    def _prepare_shared(self) -> str:
        name = f"{self.prefix}_shared"
        self.admin().execute(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"')
        conn = self._connect(name)
        tables = [r[0] for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")]
        seeded = [t for t in tables if t != "alembic_version"
                  and conn.execute(f'SELECT EXISTS (SELECT 1 FROM "{t}")').fetchone()[0]]
        if seeded:  # migrations put rows in: only a clone is a fresh database
            conn.close()
            self.drop(name)
            return ""
        self._reset_conn = conn
        return name

    def _empty(self, name: str) -> None:
        import graphlib

        conn = self._reset_conn
        if conn.closed:
            conn = self._reset_conn = self._connect(name)
        # the last test's connections (engines not disposed, killed children)
        self.admin().execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = %s AND pid <> pg_backend_pid() AND pid <> %s"
            " AND usename = current_user AND backend_type = 'client backend'",  # not autovacuum
            [name, conn.info.backend_pid])
        tables = [r[0] for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")]
        order = graphlib.TopologicalSorter({t: set() for t in tables})
        for child, parent in conn.execute(
            "SELECT c.relname, p.relname FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid"
            " JOIN pg_class p ON p.oid = k.confrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
            " WHERE k.contype = 'f' AND n.nspname = 'public'"
        ):
            if child != parent:
                order.add(parent, child)  # rows referring to a table go first
        guarded = {r[0] for r in conn.execute(  # append-only tables refuse DELETE by trigger
            "SELECT DISTINCT c.relname FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid"
            " JOIN pg_namespace n ON n.oid = c.relnamespace"
            " WHERE NOT g.tgisinternal AND n.nspname = 'public' AND g.tgname NOT LIKE '%name_grams%'")}
        sequences = [r[0] for r in conn.execute("SELECT sequencename FROM pg_sequences WHERE schemaname = 'public'")]
        sql = ["BEGIN"]
        sql += [f'ALTER TABLE "{t}" DISABLE TRIGGER USER' for t in sorted(guarded)]
        sql += [f'DELETE FROM "{t}"' for t in order.static_order() if t != "alembic_version"]
        sql += [f'ALTER TABLE "{t}" ENABLE TRIGGER USER' for t in sorted(guarded)]
        sql += [f"SELECT setval('\"{q}\"', 1, false)" for q in sequences]
        sql.append("COMMIT")
        conn.execute(";\n".join(sql))

    def drop(self, name: str) -> None:
        self.admin().execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def close(self) -> None:
        try:
            if self._reset_conn is not None:
                self._reset_conn.close()
            if self._shared:
                self.drop(self._shared)
            self.drop(self.template)
        finally:
            if self._admin is not None:
                self._admin.close()


@pytest.fixture(scope="session")
def pg_server():
    """The PostgreSQL server of REGULARS_TEST_DB (None on the SQLite pass)."""
    if not ON_POSTGRES:
        yield None
        return
    server = PgServer(TEST_DB)
    server.build_template()
    yield server
    server.close()


@pytest.fixture
def fresh_db_url(request, tmp_path_factory, pg_server):
    """A factory: each call gives the URL of another fresh migrated database
    (on PostgreSQL too), for tests that need two shops."""
    made: list[str] = []
    handed: list[str] = []

    def make() -> str:
        if ON_POSTGRES:
            server = pg_server
            if not handed:  # the test's first database: the reused one, emptied
                name = server.checkout()
                if name != server._shared:
                    made.append(name)
            else:
                name = server.clone()
                made.append(name)
            handed.append(name)
            return server.url_of(name)
        template = request.getfixturevalue("_sqlite_template")
        path = tmp_path_factory.mktemp("db") / "shop.db"
        shutil.copyfile(template, path)
        return f"sqlite:///{path}"

    yield make
    for name in made:
        pg_server.drop(name)


@pytest.fixture(scope="session")
def new_db(request, tmp_path_factory, pg_server):
    """A factory for module-scoped fixtures: each call gives the URL of another
    fresh migrated database (a copied SQLite file, or a PostgreSQL clone that
    is dropped at the end of the session)."""
    made: list[tuple[PgServer, str]] = []

    def make() -> str:
        if ON_POSTGRES:
            name = pg_server.clone()
            made.append((pg_server, name))
            return pg_server.url_of(name)
        path = tmp_path_factory.mktemp("db") / "shop.db"
        shutil.copyfile(request.getfixturevalue("_sqlite_template"), path)
        return f"sqlite:///{path}"

    yield make
    for server, name in made:
        server.drop(name)


# --------------------------------------------------------------- SQLite


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory) -> Path:
    from app.shop import Shop

    path = tmp_path_factory.mktemp("template") / "template.db"
    shop = Shop(f"sqlite:///{path}")
    shop.close()  # the last connection closing checkpoints the WAL into the file
    assert not Path(f"{path}-wal").exists()
    return path


@pytest.fixture(scope="session")
def template_db(_sqlite_template) -> Path:
    """The migrated SQLite template file (SQLite pass only)."""
    if ON_POSTGRES:
        pytest.skip(SQLITE_ONLY_REASON + ": it copies the SQLite template file")
    return _sqlite_template


@pytest.fixture
def db_path(template_db, tmp_path) -> Path:
    """This test's SQLite file (SQLite pass only)."""
    path = tmp_path / "shop.db"
    shutil.copyfile(template_db, path)
    return path


@pytest.fixture
def db_url(request, tmp_path, fresh_db_url) -> str:
    """This test's database: a copied SQLite file, or a cloned PostgreSQL database."""
    if ON_POSTGRES:
        return fresh_db_url()
    return f"sqlite:///{request.getfixturevalue('db_path')}"


@pytest.fixture
def shop(db_url):
    from app.shop import Shop

    s = Shop(db_url)
    yield s
    s.close()


@pytest.fixture(autouse=True)
def _english_messages():
    from app import messages

    messages.set_language("en")
    yield
    messages.set_language("en")
