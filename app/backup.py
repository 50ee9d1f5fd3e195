"""Backup and restore of a SQLite shop database.

Both use SQLite's online backup API, not a file copy: a copy of the file
while the app is writing (or with changes still in the ``-wal`` file) can be
torn or stale, whereas the backup API copies one consistent snapshot and
lets the counter keep selling meanwhile (WAL readers never block writers).

A restore is checked before it touches anything: the file must be a SQLite
database holding a Regulars shop, it is upgraded to the current schema and
must pass :func:`app.check.check` on a temporary copy. Only then are its
pages copied into the live database, again with the backup API, so a running
window sees the restored data on its next read instead of holding a deleted
file open. The database as it was before is kept beside it first, because a
restore of the wrong file would otherwise lose every sale since.

PostgreSQL has its own tools (``pg_dump``/``pg_restore``); both functions
refuse it with a message saying so.
"""
from __future__ import annotations

import datetime as dt
import os
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from sqlalchemy.engine import make_url

from app.errors import UserError

SQLITE_MAGIC = b"SQLite format 3\x00"


class RestoreRefused(UserError):
    """The file failed the consistency check; ``problems`` lists why."""

    def __init__(self, path: str, problems: list[str]):
        super().__init__("restore_check_failed", path=path, count=len(problems))
        self.problems = problems


class BackupCopyFailed(Exception):
    """The copy just written does not read back cleanly."""


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size_bytes: int


@dataclass(frozen=True)
class RestoreResult:
    path: Path
    kept: Path | None  # the previous database, or None if there was none


def sqlite_path(url) -> Path:
    """The database file of a SQLite URL; refuse anything else (PostgreSQL
    has pg_dump), before any connection is tried."""
    url = make_url(str(url)) if not hasattr(url, "get_backend_name") else url
    if url.get_backend_name() != "sqlite":
        raise UserError("backup_not_sqlite")
    if not url.database or url.database == ":memory:":
        raise UserError("backup_not_sqlite")
    return Path(url.database).expanduser().resolve()


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def _discard(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:  # the folder went away with the stick
        pass


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _copy_live(engine, dest_tmp: Path) -> None:
    """Copy the live database into ``dest_tmp`` as one self-contained file."""
    raw = engine.raw_connection()
    try:
        dst = sqlite3.connect(dest_tmp)
        try:
            raw.driver_connection.backup(dst)
            # the copy inherits WAL mode; a backup should be a single file
            dst.execute("PRAGMA journal_mode=DELETE")
            ok = dst.execute("PRAGMA quick_check").fetchone()[0]
            if ok != "ok":
                raise BackupCopyFailed(f"the backup copy fails quick_check: {ok}")
        finally:
            dst.close()
    finally:
        raw.close()


def backup(shop, dest_path: str | os.PathLike) -> BackupResult:
    """Write a consistent copy of the shop's database to ``dest_path``.

    The copy is written next to the target under a temporary name, synced,
    checked and then renamed over it, so an interrupted backup never leaves a
    half-written file where the last good backup was.

    Args:
        shop: an open :class:`app.shop.Shop` on a SQLite database.
        dest_path: the backup file (replaced if it exists).
    """
    live = sqlite_path(shop.engine.url)
    dest = Path(dest_path).expanduser()
    if _same_file(dest, live) or dest.resolve() == live:
        raise UserError("backup_same_file", path=str(dest))
    folder = dest.resolve().parent
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=folder)
        os.close(fd)
    except OSError as e:
        raise UserError("file_unwritable", path=str(dest), reason=e.strerror or str(e)) from None
    tmp = Path(tmp_name)
    try:
        _copy_live(shop.engine, tmp)
        _fsync(tmp)
        os.replace(tmp, dest)
    except OSError as e:
        _discard(tmp)
        raise UserError("file_unwritable", path=str(dest), reason=e.strerror or str(e)) from None
    except (sqlite3.Error, BackupCopyFailed) as e:
        # "database or disk is full", a stick pulled out mid-copy ("disk I/O
        # error"): the live database was only read, so nothing is lost
        _discard(tmp)
        raise UserError("file_unwritable", path=str(dest), reason=str(e)) from None
    except BaseException:
        _discard(tmp)
        raise
    return BackupResult(dest, dest.stat().st_size)


def _known_revisions() -> set[str]:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from db.engine import MIGRATIONS_DIR

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return {s.revision for s in ScriptDirectory.from_config(cfg).walk_revisions()}


def _candidate(src: Path, work: Path) -> Path:
    """Copy ``src`` into ``work``, upgrade it and check it; refuse if unfit."""
    try:
        with open(src, "rb") as f:
            magic = f.read(len(SQLITE_MAGIC))
    except OSError as e:
        raise UserError("file_unreadable", path=str(src), reason=e.strerror or str(e)) from None
    if magic != SQLITE_MAGIC:
        raise UserError("restore_not_sqlite", path=str(src))
    cand = work / "candidate.db"
    try:
        # read-only, through SQLite, so a -wal file beside src is included
        source = sqlite3.connect(f"file:{quote(str(src))}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(cand)
            try:
                source.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
                row = dst.execute(
                    "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
                ).fetchone()
                revision = None
                if row:
                    revision = (dst.execute("SELECT version_num FROM alembic_version").fetchone() or [None])[0]
            finally:
                dst.close()
        finally:
            source.close()
    except sqlite3.DatabaseError as e:
        raise UserError("restore_unreadable", path=str(src), reason=str(e)) from None
    if revision is None:
        raise UserError("restore_not_regulars", path=str(src))
    if revision not in _known_revisions():
        raise UserError("restore_newer_schema", path=str(src))

    from sqlalchemy.exc import DBAPIError

    from app.check import check
    from app.shop import Shop

    try:
        shop = Shop(f"sqlite:///{cand}")  # upgrades an older backup to the current schema
        try:
            with shop.read() as s:
                problems = check(s)
        finally:
            shop.close()
    except DBAPIError as e:
        raise UserError("restore_unreadable", path=str(src), reason=str(e.orig)) from None
    if problems:
        raise RestoreRefused(str(src), problems)
    return cand


def restore(db_url: str, src_path: str | os.PathLike, *, keep_previous: bool = True, actor=None) -> RestoreResult:
    """Replace the shop database at ``db_url`` with the backup ``src_path``.

    Nothing is changed unless the backup passes the checks described in the
    module notes. With ``keep_previous`` the current database is first backed
    up to ``<name>.before-restore-YYYYMMDD-HHMMSS`` beside it.

    ``actor`` (app.auth; default the system) must be allowed to ``restore``.
    The restore is audited twice: in the database being replaced (so the kept
    copy says what happened to it) and in the restored one.

    Raises:
        UserError: the file is missing, not SQLite, not a Regulars shop, from a
            newer version, or (:class:`RestoreRefused`) fails the check; or
            the actor may not restore.
    """
    live_path = sqlite_path(db_url)
    src = Path(src_path).expanduser()
    if not src.is_file():
        raise UserError("file_unreadable", path=str(src), reason=os.strerror(2))
    if _same_file(src, live_path):
        raise UserError("backup_same_file", path=str(src))
    had_data = live_path.exists() and live_path.stat().st_size > 0
    with tempfile.TemporaryDirectory(prefix="regulars-restore-") as work:
        cand = _candidate(src, Path(work))

        from app.shop import Shop

        from app import audit, auth

        shop = Shop(db_url, actor=actor or auth.SYSTEM)
        try:
            with shop.transaction() as s:
                auth.require(s, "restore", detail=str(src))
                audit.record(s, "restore", detail=str(src), after={"stage": "replacing this database"})
            kept = None
            if keep_previous and had_data:
                stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
                kept = live_path.with_name(f"{live_path.name}.before-restore-{stamp}")
                backup(shop, kept)
            _copy_into_live(shop.engine, cand)
            with shop.transaction() as s:
                audit.record(s, "restore", detail=str(src),
                             after={"stage": "restored", "kept": str(kept) if kept else None})
        finally:
            shop.close()
    return RestoreResult(src, kept)


def _copy_into_live(engine, cand: Path) -> None:
    """Overwrite the live database with ``cand``'s pages in one backup step.

    A WAL database only accepts a backup of the same page size, so the
    candidate (a private temporary copy) is rebuilt with the live page size
    first when they differ.
    """
    raw = engine.raw_connection()
    try:
        live = raw.driver_connection
        page_size = live.execute("PRAGMA page_size").fetchone()[0]
        source = sqlite3.connect(cand)
        try:
            if source.execute("PRAGMA page_size").fetchone()[0] != page_size:
                source.execute(f"PRAGMA page_size={int(page_size)}")
                source.execute("VACUUM")
            source.backup(live)
        finally:
            source.close()
        live.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()


def human_size(n: int) -> str:
    """``1536`` → ``1.5 KB`` (for messages)."""
    size = float(n)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{n} B"
