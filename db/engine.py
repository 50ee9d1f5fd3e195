"""Engine factory and schema migration.

SQLite is the embedded default (one file in the user data folder); any
SQLAlchemy URL works, PostgreSQL via psycopg 3 for shops with several counters.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

from sqlalchemy import create_engine, event, inspect
from sqlalchemy.engine import Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
APP_NAME = "Regulars"


def default_url() -> str:
    """``REGULARS_DB`` if set, else a SQLite file in the user data folder."""
    env = os.environ.get("REGULARS_DB")
    if env:
        return env
    import platformdirs

    folder = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'regulars.db'}"


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # Manage transactions ourselves (see _sqlite_begin) so writers take the
    # lock up front instead of failing on a read-to-write upgrade.
    dbapi_connection.isolation_level = None
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA busy_timeout=10000")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")  # a sale must survive a power cut
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def _sqlite_begin(conn) -> None:
    mode = conn.get_execution_options().get("sqlite_begin", "IMMEDIATE")
    conn.exec_driver_sql(f"BEGIN {mode}")


def make_engine(url: str | None = None, **kwargs) -> Engine:
    """Create an engine for ``url`` (default: :func:`default_url`)."""
    url = url or default_url()
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            Path(path).expanduser().resolve().parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, **kwargs)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    return engine


def _alembic_config(engine: Engine):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = engine
    return cfg


def head_revision(engine: Engine | None = None) -> str:
    """The newest migration, read from the version files' headers.

    Reading the two assignments is much cheaper than importing Alembic, which
    matters because every start and every command asks.
    """
    revisions, parents = set(), set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        rev = re.search(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", text, re.M)
        down = re.search(r"^down_revision\s*=\s*['\"]([^'\"]+)['\"]", text, re.M)
        if rev:
            revisions.add(rev.group(1))
        if down:
            parents.add(down.group(1))
    heads = revisions - parents
    if len(heads) != 1:
        from alembic.script import ScriptDirectory

        return ScriptDirectory.from_config(_alembic_config(engine)).get_current_head()
    return heads.pop()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def migrate(engine: Engine) -> bool:
    """Create or upgrade the schema to head. Returns True if anything ran."""
    if current_revision(engine) == head_revision(engine):
        return False
    from alembic import command

    command.upgrade(_alembic_config(engine), "head")
    return True
