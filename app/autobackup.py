"""Automatic backups, their rotation, and the start-up health check.

The window backs the shop up on close and once a day (the first start of a
day, and a timer while it runs), always with SQLite's online backup API
(:func:`app.backup.backup`), into a folder the owner picks: the
``backup_folder`` setting, by default a ``backups`` folder beside the
database (for the default database that is ``<user data dir>/backups``).
Files are named ``<database name>-YYYYMMDD-HHMMSS.db`` so the folder can be
listed and rotated without opening anything.

Rotation (:func:`keep`) keeps the newest backup of each of the last 7 days
that have one, of each of the last 4 ISO weeks that have one and of each of
the last 12 months that have one (restic's rule: the three sets overlap, and
a shop closed for a week still keeps 7 daily backups). Files the app did not
name, and files dated in the future (a clock set wrong), are never deleted.

A failed backup (USB stick pulled out, disk full) raises a UserError saying
what happened and what to do; it never touches the database, so no sale is
lost. PostgreSQL is refused with a pointer to ``pg_dump``.

On start, :func:`quick_health` looks at the file without reading all of it
(header, size, schema: a few milliseconds at any size) so the window can
refuse a damaged or foreign file before opening it; the full ``PRAGMA
quick_check``, which reads every page (seconds for an 800 MB shop), runs in
the background once the window shows (:func:`full_health`).
"""
from __future__ import annotations

import datetime as dt
import logging
import os
import re
import sqlite3
import struct
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence
from urllib.parse import quote

from app import settings as shop_settings
from app.backup import SQLITE_MAGIC, backup, human_size, restore, sqlite_path
from app.auth import Actor
from app.errors import UserError

log = logging.getLogger(__name__)

KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})\.db$")

shop_settings.register(
    "backup_folder", "", lambda v: isinstance(v, str) and len(v) <= 1000 and "\x00" not in v
)


# --------------------------------------------------------------------- rotation


def keep(
    stamps: Iterable[dt.datetime],
    *,
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
    monthly: int = KEEP_MONTHLY,
    now: dt.datetime | None = None,
) -> set[dt.datetime]:
    """Which backups to keep (a pure function of their times).

    The newest backup of each of the ``daily`` most recent days that have a
    backup, of each of the ``weekly`` most recent ISO weeks that have one, and
    of each of the ``monthly`` most recent months that have one. Anything after
    ``now`` (a wrong clock) is kept and not counted.
    """
    stamps = sorted(set(stamps), reverse=True)
    future = {s for s in stamps if now is not None and s > now}
    past = [s for s in stamps if s not in future]
    kept = set(future)
    rules = (
        (daily, lambda s: s.date()),
        (weekly, lambda s: s.isocalendar()[:2]),  # (ISO year, ISO week): 31 Dec may be week 1
        (monthly, lambda s: (s.year, s.month)),
    )
    for count, period in rules:
        seen: set = set()
        for s in past:  # newest first, so the first of each period is its newest
            if len(seen) >= count:
                break
            p = period(s)
            if p not in seen:
                seen.add(p)
                kept.add(s)
    return kept


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: dt.datetime
    size_bytes: int

    @property
    def size_text(self) -> str:
        return human_size(self.size_bytes)


def backup_name(stem: str, when: dt.datetime) -> str:
    return f"{stem}-{when.strftime(STAMP)}.db"


def list_backups(folder: str | os.PathLike, stem: str | None = None) -> list[BackupFile]:
    """The app's backups in ``folder`` (of the database named ``stem``), newest first."""
    found = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    for entry in entries:
        m = _NAME.match(entry.name)
        if not m or (stem is not None and m["stem"] != stem):
            continue
        try:
            when = dt.datetime.strptime(m["stamp"], STAMP)
            size = entry.stat().st_size
        except (ValueError, OSError):
            continue
        if entry.is_file():
            found.append(BackupFile(Path(entry.path), when, size))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def rotate(folder: str | os.PathLike, stem: str, *, now: dt.datetime | None = None, **counts) -> list[Path]:
    """Delete the backups :func:`keep` does not keep; return what was deleted.

    A file that cannot be deleted is left (and logged): rotation must never
    make a backup fail.
    """
    files = list_backups(folder, stem)
    kept = keep([b.taken_at for b in files], now=now or dt.datetime.now(), **counts)
    deleted = []
    for b in files:
        if b.taken_at not in kept:
            try:
                b.path.unlink()
                deleted.append(b.path)
            except OSError as e:
                log.warning("could not delete old backup %s: %s", b.path, e)
    return deleted


# --------------------------------------------------------------------- automatic backups


def resolve_url(db_url: str | None) -> str:
    """The URL the app will open: ``db_url``, else ``REGULARS_DB``, else the default file."""
    from db.engine import default_url

    return db_url or default_url()


def db_stem(db_url) -> str:
    return sqlite_path(db_url).stem


def default_folder(db_url) -> Path:
    """``backups`` beside the database file."""
    return sqlite_path(db_url).parent / "backups"


def backup_folder(db_url, configured: str | None) -> Path:
    """The folder the owner picked, else the default."""
    return Path(configured).expanduser() if configured else default_folder(db_url)


def folder_of(shop) -> Path:
    """The backup folder of this shop (reads the setting)."""
    sqlite_path(shop.engine.url)  # PostgreSQL: refused with the pg_dump message
    with shop.read() as s:
        configured = shop_settings.get(s, "backup_folder")
    return backup_folder(shop.engine.url, configured)


def is_due(folder: str | os.PathLike, stem: str, now: dt.datetime | None = None) -> bool:
    """True when there is no backup from today yet (the daily one is due)."""
    today = (now or dt.datetime.now()).date()
    return not any(b.taken_at.date() == today for b in list_backups(folder, stem))


@dataclass(frozen=True)
class AutoBackupResult:
    path: Path
    size_bytes: int
    deleted: tuple[Path, ...]
    taken_at: dt.datetime


def auto_backup(shop, *, now: dt.datetime | None = None, folder: str | os.PathLike | None = None) -> AutoBackupResult:
    """Back the shop up into its backup folder and rotate the folder.

    Raises:
        UserError: ``backup_not_sqlite`` on PostgreSQL; ``backup_folder_missing``
            when the chosen folder is gone (USB stick removed);
            ``autobackup_failed`` when writing failed (disk full, read-only).
            The database is never touched.
    """
    now = now or dt.datetime.now()
    stem = db_stem(shop.engine.url)
    target = Path(folder) if folder is not None else folder_of(shop)
    if target == default_folder(shop.engine.url):
        try:
            target.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise UserError("autobackup_failed", folder=str(target), reason=e.strerror or str(e)) from None
    elif not target.is_dir():
        # never create a chosen folder: with the stick out, /media/usb/… would
        # be made on the PC's own disk and the owner would think it is safe
        raise UserError("backup_folder_missing", folder=str(target))
    dest = target / backup_name(stem, now)
    try:
        result = backup(shop, dest)
    except UserError as e:
        if e.code in ("file_unwritable", "backup_failed"):
            raise UserError("autobackup_failed", folder=str(target), reason=e.params.get("reason", "")) from None
        raise
    deleted = rotate(target, stem, now=now)
    log.info("backup %s (%s); rotation deleted %d", dest, human_size(result.size_bytes), len(deleted))
    return AutoBackupResult(result.path, result.size_bytes, tuple(deleted), now)


# --------------------------------------------------------------------- start-up health


@dataclass(frozen=True)
class Health:
    ok: bool
    problem: str = ""  # one line, for the message (in English from SQLite; shown as detail)

    def error(self, path) -> UserError:
        return UserError("db_damaged", path=str(path), problem=self.problem)


def quick_health(path: str | os.PathLike) -> Health:
    """A fast look at a SQLite file before the app opens it.

    Reads the header and the schema only: the magic string, the page size,
    the size the header promises against the file's real size (a truncated
    copy), the schema and the Regulars version table. A missing or empty
    file is healthy (a new shop is created).
    """
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return Health(True)
    except OSError as e:
        return Health(False, e.strerror or str(e))
    if size == 0:
        return Health(True)
    try:
        with open(path, "rb") as f:
            header = f.read(100)
    except OSError as e:
        return Health(False, e.strerror or str(e))
    if len(header) < 100 or header[:16] != SQLITE_MAGIC:
        return Health(False, "not a SQLite database file")
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    change_counter, pages, _, _ = struct.unpack(">IIII", header[24:40])
    valid_for = struct.unpack(">I", header[92:96])[0]
    if page_size < 512 or page_size & (page_size - 1):
        return Health(False, "the file header is damaged")
    if size % page_size:
        return Health(False, f"the file size {size} is not a whole number of {page_size}-byte pages")
    if pages and change_counter == valid_for and pages * page_size > size:
        return Health(False, f"the file is cut short: {size} bytes of {pages * page_size}")
    try:
        con = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True, timeout=10)
        try:
            names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if names and "alembic_version" not in names:
                return Health(False, "a SQLite database, but not a Regulars shop")
            if names:
                con.execute("SELECT version_num FROM alembic_version").fetchall()
        finally:
            con.close()
    except sqlite3.DatabaseError as e:
        return Health(False, str(e))
    return Health(True)


def full_health(path: str | os.PathLike) -> Health:
    """``PRAGMA quick_check``: reads every page (run it off the UI thread)."""
    path = Path(path)
    if not path.exists() or path.stat().st_size == 0:
        return Health(True)
    try:
        con = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True, timeout=10)
        try:
            rows = [r[0] for r in con.execute("PRAGMA quick_check(5)")]
        finally:
            con.close()
    except sqlite3.DatabaseError as e:
        return Health(False, str(e))
    if rows == ["ok"]:
        return Health(True)
    return Health(False, "; ".join(rows))


def set_aside(path: str | os.PathLike, now: dt.datetime | None = None) -> Path:
    """Move a damaged database (and its -wal/-shm) aside; never delete it.

    Returns the new name, ``<name>.damaged-YYYYMMDD-HHMMSS``.
    """
    path = Path(path)
    stamp = (now or dt.datetime.now()).strftime(STAMP)
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 1
    while aside.exists():
        n += 1
        aside = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
    os.replace(path, aside)
    for suffix in ("-wal", "-shm"):
        side = Path(f"{path}{suffix}")
        if side.exists():
            os.replace(side, Path(f"{aside}{suffix}"))
    return aside


def check_backup(path: str | os.PathLike) -> list[str]:
    """Problems with a backup file ([] if it passes ``check``), nothing changed.

    Raises:
        UserError: the file is not a Regulars database at all.
    """
    from app.backup import RestoreRefused, _candidate

    with tempfile.TemporaryDirectory(prefix="regulars-check-") as work:
        try:
            _candidate(Path(path), Path(work))
        except RestoreRefused as e:
            return e.problems
    return []


def latest_good_backup(folders: Sequence[str | os.PathLike], stem: str) -> BackupFile | None:
    """The newest backup (over ``folders``) that passes the check, or None."""
    files = sorted(
        (b for f in dict.fromkeys(str(f) for f in folders) for b in list_backups(f, stem)),
        key=lambda b: b.taken_at, reverse=True,
    )
    for b in files:
        try:
            if not check_backup(b.path):
                return b
        except UserError as e:
            log.warning("backup %s is not usable: %s", b.path, e)
    return None


# who restores at start, before anyone can sign in (the audit trail names it)
START_UP = Actor(None, "start-up recovery", "system")


@dataclass(frozen=True)
class Recovery:
    restored_from: Path
    damaged_kept: Path | None


def recover(db_url, backup_file: str | os.PathLike, *, now: dt.datetime | None = None) -> Recovery:
    """Put a damaged database aside and restore ``backup_file`` in its place.

    The backup is checked before anything moves (a failing one raises and
    leaves the damaged file where it was). Used at start, before any sign-in
    is possible (the staff list is in the damaged file), so it asks no
    permission; the damaged file is kept, never deleted.
    """
    live = sqlite_path(db_url)
    problems = check_backup(backup_file)
    if problems:
        from app.backup import RestoreRefused

        raise RestoreRefused(str(backup_file), problems)
    kept = set_aside(live, now) if live.exists() else None
    try:
        restore(str(db_url), backup_file, keep_previous=False, actor=START_UP)
    except BaseException:
        if kept is not None:  # put it back: better damaged than nothing
            for suffix in ("", "-wal", "-shm"):
                Path(f"{live}{suffix}").unlink(missing_ok=True)
                if Path(f"{kept}{suffix}").exists():
                    os.replace(Path(f"{kept}{suffix}"), Path(f"{live}{suffix}"))
        raise
    return Recovery(Path(backup_file), kept)


def restore_backup(shop, backup_file: str | os.PathLike):
    """Restore ``backup_file`` over the running shop (the Backups page).

    As the shop's current actor: only an owner or manager may (checked and
    audited by :func:`app.backup.restore`); the file is checked first and the
    database as it was is kept beside it.
    """
    sqlite_path(shop.engine.url)
    return restore(shop.engine.url.render_as_string(hide_password=False), backup_file, actor=shop.actor)
