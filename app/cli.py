"""The command line (CONTRACT.md): no command opens the window, a command
runs headless.

Only argparse and the message catalogue are imported up front; each command
imports what it needs, so ``--help`` and quick commands start fast and no
headless command ever loads Qt.

Exit status: 0 done; 1 refused because of the input or the data (nothing was
changed); 2 wrong usage (argparse); 3 an unexpected error, i.e. a bug (the
traceback is printed; the interrupted transaction was rolled back). Problems
go to stderr one per line, ``FILE:LINE: column: problem`` for files.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import textwrap
from typing import Callable, Sequence

from app import messages

EXIT_OK, EXIT_REFUSED, EXIT_USAGE, EXIT_BUG = 0, 1, 2, 3
LANGS = ("zh_TW", "zh_CN", "en")

EPILOG = """\
exit status: 0 done; 1 refused because of the input or the data (nothing was
changed; the problems are on stderr); 2 wrong usage; 3 unexpected error (a bug).

database: --db URL, else the REGULARS_DB environment variable, else a SQLite
file in the user data folder. It is created or upgraded on first use.
"""


# --------------------------------------------------------------------------- helpers


def language_from_environment(environ=os.environ) -> str:
    """The message language from the POSIX locale variables (LC_ALL, then
    LC_MESSAGES, then LANG, as gettext reads them); ``en`` when none is
    Chinese. ``zh_TW``/``zh_HK``/``zh_Hant`` → zh_TW; other Chinese → zh_CN.
    """
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(var)
        if value:
            return _lang_from_locale(value)
    return "en"


def _lang_from_locale(value: str) -> str:
    low = value.lower().replace("-", "_").split(".")[0].split("@")[0]
    if not low.startswith("zh"):
        return "en"
    if any(tag in low for tag in ("_tw", "_hk", "_mo", "hant")):
        return "zh_TW"
    return "zh_CN"


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (use YYYY-MM-DD)") from None


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} must be 1 or more")
    return value


def _member_count(text: str) -> int:
    from app.demo import MAX_MEMBERS

    value = _positive_int(text)
    if value > MAX_MEMBERS:
        raise argparse.ArgumentTypeError(f"{text!r}: the demo makes at most {MAX_MEMBERS:,} members")
    return value


def _wrap(text: str) -> str:
    """Descriptions are wrapped here because the formatter keeps the epilog's
    own line breaks (RawDescriptionHelpFormatter) and so cannot wrap them."""
    return textwrap.fill(text, 79)


def _say(code: str, **params) -> None:
    print(messages.text(code, **params))


def _complain(line: str) -> None:
    print(line, file=sys.stderr)


def _open_shop(args):
    from app.auth import COMMAND_LINE
    from app.shop import Shop

    # the command line acts as the system, named as such in the audit trail
    return Shop(args.db_url, actor=COMMAND_LINE)


# --------------------------------------------------------------------------- commands


def cmd_init(args) -> int:
    shop = _open_shop(args)
    try:
        _say("init_done", url=shop.url)
    finally:
        shop.close()
    return EXIT_OK


def cmd_demo(args) -> int:
    import time

    from app import demo

    started = time.perf_counter()
    shop = _open_shop(args)
    try:
        with shop.transaction() as s:
            summary = demo.build_demo(s, members=args.members, seed=args.seed, as_of=args.as_of)
        demo.after_load(shop)
    finally:
        shop.close()
    _say("demo_done", seconds=time.perf_counter() - started, **summary)
    return EXIT_OK


class _Rollback(Exception):
    """Leave the import's transaction without writing (problems or dry run)."""


def _import(args) -> int:
    from app import importexport

    shop = _open_shop(args)
    try:
        try:
            with shop.transaction() as s:
                if args.what == "members":
                    report = importexport.import_members(s, args.file, dry_run=args.dry_run)
                else:
                    report = importexport.import_purchases(s, args.file, dry_run=args.dry_run)
                if report.problems or report.dry_run:
                    raise _Rollback
        except _Rollback:
            pass
    finally:
        shop.close()
    for w in report.warnings:
        _complain(w.render(args.file))
    if report.problems:
        for p in report.problems:
            _complain(p.render(args.file))
        _complain(messages.text("import_refused", path=args.file, count=len(report.problems)))
        return EXIT_REFUSED
    names = ", ".join(report.staff_created)
    if args.what == "members":
        code = "import_members_dry_run" if args.dry_run else "import_members_done"
    else:
        code = "import_purchases_dry_run" if args.dry_run else "import_purchases_done"
        if names:
            _say("import_staff_would_add" if args.dry_run else "import_staff_added", names=names)
    _say(code, path=args.file, added=report.added, skipped=report.skipped)
    return EXIT_OK


def _export(args) -> int:
    from app import importexport

    shop = _open_shop(args)
    try:
        with shop.read() as s:
            if args.what == "members":
                report = importexport.export_members(s, args.file)
            else:
                report = importexport.export_purchases(s, args.file)
    finally:
        shop.close()
    _say(f"export_{args.what}_done", count=report.rows, path=args.file)
    if report.walkins_skipped:
        _say("export_walkins_skipped", count=report.walkins_skipped)
    return EXIT_OK


def cmd_followups(args) -> int:
    try:
        from app import followups
    except ModuleNotFoundError as e:
        if e.name != "app.followups":
            raise
        _complain(messages.text("followups_unavailable"))
        return EXIT_REFUSED
    as_of = args.as_of or dt.date.today()
    shop = _open_shop(args)
    try:
        with shop.transaction() as s:  # keeps the quarter's thank-you list (a cache)
            followups.prepare(s, as_of)
        with shop.read() as s:
            items = followups.due_list(s, as_of=as_of)
    finally:
        shop.close()
    followups.write(items, args.format, sys.stdout)  # streamed: the JSON of 100,000 rows is never one string
    return EXIT_OK


def cmd_check(args) -> int:
    from app.check import check

    shop = _open_shop(args)
    try:
        with shop.read() as s:
            problems = check(s)
    finally:
        shop.close()
    if problems:
        for p in problems:
            _complain(p)
        _complain(messages.text("check_problems", count=len(problems)))
        return EXIT_REFUSED
    _say("check_ok")
    return EXIT_OK


def cmd_merge(args) -> int:
    from app.merge import exact_member, merge_members
    from db.models import Member

    shop = _open_shop(args)
    try:
        with shop.transaction() as s:
            keep, dup = exact_member(s, args.keep), exact_member(s, args.duplicate)
            result = merge_members(s, keep_id=keep.id, merge_id=dup.id)
            kept = s.get(Member, keep.id)
            _say("merge_done", duplicate=dup.member_no, keep=kept.member_no, points=result.points_moved,
                 balance=kept.points_balance)
    finally:
        shop.close()
    return EXIT_OK


def cmd_backup(args) -> int:
    from app import backup

    backup.sqlite_path(args.db_url)  # PostgreSQL: say "pg_dump" rather than try to connect
    shop = _open_shop(args)
    try:
        result = backup.backup(shop, args.file)
    finally:
        shop.close()
    _say("backup_done", path=str(result.path), size=backup.human_size(result.size_bytes))
    return EXIT_OK


def cmd_restore(args) -> int:
    from app import backup

    try:
        from app.auth import COMMAND_LINE

        result = backup.restore(args.db_url, args.file, actor=COMMAND_LINE)
    except backup.RestoreRefused as e:
        for p in e.problems:
            _complain(f"{args.file}: {p}")
        raise
    _say("restore_done", path=args.file)
    if result.kept:
        _say("restore_kept", path=str(result.kept))
    return EXIT_OK


# --------------------------------------------------------------------------- parser


def build_parser() -> argparse.ArgumentParser:
    """The whole command line; ``--db``/``--lang`` work before or after the command."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="URL", default=argparse.SUPPRESS,
                        help="SQLAlchemy URL of the shop database (sqlite:///path.db, postgresql+psycopg://...)")
    common.add_argument("--lang", choices=LANGS, default=argparse.SUPPRESS,
                        help="language of messages (default: from LC_ALL/LC_MESSAGES/LANG, else en)")
    fmt = argparse.RawDescriptionHelpFormatter

    parser = argparse.ArgumentParser(
        prog="main.py",
        description=_wrap("Regulars (熟客): a loyalty program for a small shop's front desk. "
                          "Without a command, opens the window."),
        epilog=EPILOG, formatter_class=fmt, parents=[common],
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, handler: Callable, help: str, description: str | None = None):
        p = sub.add_parser(name, help=help, description=_wrap(description or help), epilog=EPILOG,
                           formatter_class=fmt, parents=[common])
        p.set_defaults(handler=handler)
        return p

    add("init", cmd_init, "create or upgrade the database (safe to run again)")

    p = add("demo", cmd_demo, "fill an empty database with a believable demo shop",
            "Fill an EMPTY database with a believable hair salon: staff, rewards, members and "
            "about two years of purchases ending at --as-of. The same --seed and --as-of give "
            "the same shop.")
    p.add_argument("--members", type=_member_count, default=300, metavar="N", help="number of members (default 300)")
    p.add_argument("--seed", type=int, default=7, metavar="S", help="random seed (default 7)")
    p.add_argument("--as-of", type=_date, default=None, metavar="YYYY-MM-DD",
                   help="last day of purchase history (default today)")

    imp = add("import", None, "add members or purchase history from a CSV file (all or nothing)")
    imp_sub = imp.add_subparsers(dest="what", metavar="WHAT", required=True)
    for what, cols in (
        ("members", "member_no, name, phone, gender, birthday, joined_on, referred_by, points, notes"),
        ("purchases", "member_no, phone, occurred_at, amount, category, staff, note"),
    ):
        p = imp_sub.add_parser(
            what, help=f"import {what} from CSV", epilog=EPILOG, formatter_class=fmt, parents=[common],
            description=_wrap(f"Add {what} from a UTF-8 CSV file (a BOM is fine) with a header row "
                              f"naming any of these columns in any order: {cols}. A file with any bad "
                              f"row is refused whole and every bad row is listed as FILE:LINE: column: "
                              f"problem."),
        )
        p.add_argument("file", metavar="FILE", help="the CSV file")
        p.add_argument("--dry-run", action="store_true", help="check the file only; write nothing")
        p.set_defaults(handler=_import, what=what)

    exp = add("export", None, "write members or purchases to CSV (the import columns)")
    exp_sub = exp.add_subparsers(dest="what", metavar="WHAT", required=True)
    for what in ("members", "purchases"):
        p = exp_sub.add_parser(
            what, help=f"export {what} to CSV", epilog=EPILOG, formatter_class=fmt, parents=[common],
            description=_wrap(f"Write {what} to a CSV file in the columns `import {what}` reads "
                              f"(UTF-8 with a BOM so Excel shows Chinese). The file is replaced if it "
                              f"exists."),
        )
        p.add_argument("file", metavar="FILE", help="the CSV file to write")
        p.set_defaults(handler=_export, what=what)

    p = add("followups", cmd_followups, "the staff call list as of a date")
    p.add_argument("--as-of", type=_date, default=None, metavar="YYYY-MM-DD", help="the date (default today)")
    p.add_argument("--format", choices=("table", "csv", "json"), default="table", help="output format (default table)")

    add("check", cmd_check, "database integrity and ledger consistency; exit 1 if any problem")

    p = add("merge", cmd_merge, "merge a duplicate member into the member to keep",
            "Merge the member DUPLICATE into KEEP (each a card number or phone): sales, history, "
            "coupons and referrals move to KEEP, points and other balances are transferred by ledger "
            "entries, and DUPLICATE stays, marked merged; its card and phone then find KEEP. Audited.")
    p.add_argument("keep", metavar="KEEP", help="card number or phone of the member to keep")
    p.add_argument("duplicate", metavar="DUPLICATE", help="card number or phone of the duplicate")

    p = add("backup", cmd_backup, "write a consistent copy of the database (safe while the app runs)",
            "Write a consistent copy of the SQLite database to FILE using SQLite's online backup, "
            "safe while the window is open. For PostgreSQL use pg_dump.")
    p.add_argument("file", metavar="FILE", help="the backup file to write (replaced if it exists)")

    p = add("restore", cmd_restore, "replace the database with a backup that passes check",
            "Replace the database with the backup FILE. The file is checked first (a SQLite "
            "Regulars database that passes `check`); if it fails, nothing is changed. The current "
            "database is kept beside it as <name>.before-restore-<time>.")
    p.add_argument("file", metavar="FILE", help="the backup file")

    from app.printing.cli import add_print_commands

    add_print_commands(sub, parents=[common])
    return parser


def main(
    argv: Sequence[str] | None = None,
    open_window: Callable[[str, str | None], int] | None = None,
) -> int:
    """Parse ``argv`` and run; returns the exit status (see the module notes).

    Args:
        open_window: called as ``open_window(db_url, lang)`` when no command is
            given. main.py passes the Qt launcher; app/ itself never imports
            the window (the layering rule), so without it there is no window.
    """
    for stream in (sys.stdout, sys.stderr):
        try:  # a console that cannot show Chinese must not crash a backup script
            stream.reconfigure(errors="backslashreplace")
        except (AttributeError, ValueError):
            pass
    parser = build_parser()
    args = parser.parse_args(argv)
    explicit_lang = getattr(args, "lang", None)
    messages.set_language(explicit_lang or language_from_environment())
    from db.engine import default_url  # light: no SQLAlchemy engine is made here

    args.db_url = getattr(args, "db", None) or default_url()
    problem = _url_problem(args.db_url)
    if problem:
        parser.error(f"--db / REGULARS_DB: {problem}")
    if args.command is None:
        # The window picks its language itself (--lang, then the shop's
        # setting, then the system), so only an explicit --lang is passed on.
        if open_window is None:
            _complain(messages.text("gui_unavailable", detail="no window in this program"))
            return EXIT_REFUSED
        return open_window(args.db_url, explicit_lang)
    return run_command(args)


def run_command(args) -> int:
    from sqlalchemy.exc import OperationalError

    from app.errors import UserError

    try:
        return args.handler(args)
    except UserError as e:
        _complain(e.message())
        return EXIT_REFUSED
    except OperationalError as e:
        # locked, unreachable or unreadable database: the world, not a bug
        _complain(messages.text("database_unavailable", url=_safe_url(args.db_url), reason=str(e.orig)))
        return EXIT_REFUSED
    except KeyboardInterrupt:
        return 130
    except Exception as e:
        import traceback

        traceback.print_exc()
        _complain(messages.text("internal_error", detail=f"{type(e).__name__}: {e}"))
        return EXIT_BUG


def _url_problem(url: str) -> str | None:
    """Why ``url`` is not a database URL we can use, or None."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError

    try:
        make_url(url).get_dialect()
    except (ArgumentError, NoSuchModuleError, ValueError) as e:
        return f"{url!r}: {e}"
    return None


def _safe_url(url: str) -> str:
    try:
        from sqlalchemy.engine import make_url

        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "?"
