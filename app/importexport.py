"""Members and purchase history in and out as CSV (see CONTRACT.md).

Reading: UTF-8 with or without a BOM (Excel's "CSV UTF-8" writes one), a
header row, columns in any order (unknown ones are ignored with a warning),
blank cells mean "not given". A file is checked whole before anything is
written: every bad row is reported as a :class:`Problem` and, if there is any,
nothing is written, so a shop can fix the spreadsheet and import again.

Writing goes through Core bulk statements instead of ``members.sign_up`` and
``sales.record_sale`` one row at a time: those cost about 1-2 ms a row (a few
lookups and a flush each), which puts a 100,000-row file at minutes. The
rules are the same ones: the same parsers from :mod:`app.textparse`, phone and
card-number uniqueness checked against the file and the database (with a few
batched ``IN`` lookups, never one query per row), opening points written as
one ``opening`` ledger entry with the cached balance in the same transaction.

Choices the contract leaves open:

- A purchase row's ``sale_key`` is derived from its content (member, time,
  amount, category, staff, note) plus which repeat of that content it is in
  the file. Importing the same file twice skips every row the second time
  (counted as ``skipped``); a file with one more identical row adds just it.
- Imported purchases earn no points, have ``payment_method`` "other" (the old
  system did not say) and move the member's ``last_purchase_at`` forward.
- A staff name not known yet is added as an active cashier (the shop can
  deactivate former staff afterwards); a dry run only lists them.
- Dates in the future (joined_on, occurred_at) are refused as typos.
- Export leaves out walk-in sales (no member to import them to) and fully
  refunded or voided ones; a partly refunded sale is exported at what the
  customer kept (total minus refunds). Files are written with a BOM so Excel
  shows Chinese correctly, and replaced atomically (a temporary file renamed
  over the target), so a failed export never leaves half a file.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import os
import re
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from sqlalchemy import DateTime, bindparam, func, insert, or_, select, update
from sqlalchemy.orm import Session, aliased

from app import cardno
from app import staff as staff_service
from app.errors import UserError
from app.textparse import (
    clean_name,
    clean_text,
    fold,
    format_birthday,
    normalize_phone,
    parse_amount_cents,
    parse_birthday,
    parse_date,
    parse_datetime,
    parse_gender,
    parse_points,
)
from app import memberstats
from db.models import Member, PointsEntry, Sale, Staff

MEMBER_COLUMNS = (
    "member_no", "name", "phone", "gender", "birthday", "joined_on", "referred_by", "points", "notes",
)
PURCHASE_COLUMNS = ("member_no", "phone", "occurred_at", "amount", "category", "staff", "note")

_CHUNK = 500  # values per IN (...) lookup and rows per bulk insert batch
_MEMBER_NO_RE = re.compile(r"[0-9A-Z]{1,32}")
_TOO_MANY_DECIMALS = re.compile(r"\.\d{3,}")


@dataclass(frozen=True)
class Problem:
    """One bad cell (or row, or file) in an import file.

    Attributes:
        line: physical line where the row starts (the header is line 1).
        column: the column it concerns, or "-" for the row or file as a whole.
        error: what is wrong; rendered in the current language when printed.
    """

    line: int
    column: str
    error: UserError

    def render(self, filename: str, lang: str | None = None) -> str:
        """``FILE:LINE: column: problem``, the format editors and scripts parse."""
        return f"{filename}:{self.line}: {self.column}: {self.error.message(lang)}"


@dataclass
class ImportReport:
    """What an import did or, with problems or ``dry_run``, would do."""

    kind: str  # "members" | "purchases"
    rows: int = 0
    added: int = 0
    skipped: int = 0  # purchases already imported (same content key)
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    staff_created: list[str] = field(default_factory=list)
    dry_run: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class ExportReport:
    rows: int
    walkins_skipped: int = 0


class _Refused(Exception):
    """The file cannot be read at all (encoding, CSV syntax, header)."""

    def __init__(self, problems: list[Problem]):
        super().__init__(problems)
        self.problems = problems


# --------------------------------------------------------------------------- reading


def _header_key(text: str) -> str:
    return re.sub(r"[\s\-]+", "_", fold(text).lower())


def _guess_encoding(raw: bytes) -> str | None:
    """Name the legacy encoding a Chinese spreadsheet was probably saved in."""
    for codec, label in (("cp950", "Big5"), ("gb18030", "GBK/GB18030")):
        try:
            raw.decode(codec)
            return label
        except UnicodeDecodeError:
            continue
    return None


def _encoding_problem(path: Path) -> Problem:
    """Find the first physical line that is not UTF-8 (UTF-8 never uses the
    newline byte inside a character, so lines can be decoded one by one)."""
    with open(path, "rb") as f:
        for n, raw in enumerate(f, start=1):
            try:
                raw.decode("utf-8-sig" if n == 1 else "utf-8")
            except UnicodeDecodeError:
                guess = _guess_encoding(raw.rstrip(b"\r\n"))
                if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
                    guess = "UTF-16"
                if guess:
                    return Problem(n, "-", UserError("csv_encoding_guess", encoding=guess))
                return Problem(n, "-", UserError("csv_not_utf8"))
    return Problem(1, "-", UserError("csv_not_utf8"))


def _rows(
    path: Path, known: Sequence[str], required: Iterable[str], warnings: list[Problem]
) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield ``(line, {column: text})`` for each non-blank data row.

    Raises:
        _Refused: the file is not UTF-8, not CSV, or its header is unusable.
    """
    try:
        f = open(path, encoding="utf-8-sig", newline="")
    except OSError as e:
        raise UserError("file_unreadable", path=str(path), reason=e.strerror or str(e)) from None
    with f:
        reader = csv.reader(f)
        try:
            header = next(reader, None)
            if header is None or not any(h.strip() for h in header):
                raise _Refused([Problem(1, "-", UserError("csv_empty"))])
            columns = [_header_key(h) for h in header]
            problems: list[Problem] = []
            seen: set[str] = set()
            for col in columns:
                if not col:
                    continue
                if col in seen:
                    problems.append(Problem(1, col, UserError("csv_duplicate_column", column=col)))
                seen.add(col)
                if col not in known:
                    warnings.append(Problem(1, col, UserError("csv_unknown_column", column=col)))
            for col in required:
                if col not in seen:
                    problems.append(Problem(1, col, UserError("csv_missing_column", column=col)))
            if problems:
                raise _Refused(problems)
            width = len(columns)
            last = reader.line_num
            for cells in reader:
                line, last = last + 1, reader.line_num
                if not any(c.strip() for c in cells):
                    continue
                if len(cells) > width and any(c.strip() for c in cells[width:]):
                    yield line, {"-": UserError("csv_extra_cells", cells=len(cells), columns=width)}
                    continue
                yield line, {
                    col: cells[i] for i, col in enumerate(columns) if col in known and i < len(cells)
                }
        except UnicodeDecodeError:
            raise _Refused([_encoding_problem(path)]) from None
        except csv.Error as e:
            raise _Refused([Problem(reader.line_num or 1, "-", UserError("csv_malformed", detail=str(e)))]) from None


def _cell(row: dict, column: str) -> str:
    return fold(row.get(column))


def _chunks(seq: Sequence, size: int = _CHUNK) -> Iterator[Sequence]:
    for i in range(0, len(seq), size):
        yield seq[i : i + size]


def _lookup(session: Session, key_col, value_cols: tuple, keys: Iterable[str]) -> dict:
    """``{key: row}`` for the given keys, in batches of IN (...)."""
    found = {}
    wanted = sorted(set(keys))
    conn = session.connection()  # Core rows: the ORM's row loading costs more than the query
    for part in _chunks(wanted):
        for row in conn.execute(select(key_col, *value_cols).where(key_col.in_(part))):
            found[row[0]] = row
    return found


def _parse(problems: list[Problem], line: int, column: str, fn, *args, **kwargs):
    """Run a parser; record its UserError against the cell and return None."""
    try:
        return fn(*args, **kwargs)
    except UserError as e:
        problems.append(Problem(line, column, e))
        return None


# --------------------------------------------------------------------------- members


@dataclass(slots=True)
class _MemberRow:
    line: int
    member_no: str | None
    name: str
    phone: str
    phone_norm: str
    gender: str | None
    birthday: tuple
    joined_on: dt.date
    referred_by: str
    points: int
    notes: str
    referrer_id: int | None = None  # a member already in the database
    referrer_row: int | None = None  # index of a row in this file


def import_members(
    session: Session,
    path: str | os.PathLike,
    *,
    dry_run: bool = False,
    now: dt.datetime | None = None,
    source_name: str | None = None,
) -> ImportReport:
    """Add the members in a CSV file, all or nothing.

    Args:
        path: the CSV file (columns: :data:`MEMBER_COLUMNS`).
        dry_run: check everything, write nothing.
        now: the time the import happens (``joined_on`` default, future checks).
        source_name: how the file is named in ledger reasons (default: its name).

    Returns:
        The report; when ``problems`` is not empty nothing was written.
    """
    now = now or dt.datetime.now()
    today = now.date()
    path = Path(path)
    report = ImportReport("members", dry_run=dry_run)
    problems = report.problems
    rows: list[_MemberRow] = []
    first_no: dict[str, int] = {}  # member_no -> line first seen
    first_phone: dict[str, int] = {}
    try:
        for line, cells in _rows(path, MEMBER_COLUMNS, ("name", "phone"), report.warnings):
            report.rows += 1
            if "-" in cells:
                problems.append(Problem(line, "-", cells["-"]))
                continue
            before = len(problems)
            code = None
            if _cell(cells, "member_no"):
                code = cardno.normalize(_cell(cells, "member_no"))
                if not _MEMBER_NO_RE.fullmatch(code):
                    problems.append(Problem(line, "member_no", UserError(
                        "member_no_invalid", field="member_no", value=_cell(cells, "member_no"))))
                    code = None
                elif code in first_no:
                    problems.append(Problem(line, "member_no", UserError(
                        "csv_duplicate_in_file", value=code, line=first_no[code])))
                else:
                    first_no[code] = line
            name = _parse(problems, line, "name", clean_name, cells.get("name"))
            phone_norm = _parse(problems, line, "phone", normalize_phone, cells.get("phone"))
            if phone_norm is not None:
                if phone_norm in first_phone:
                    problems.append(Problem(line, "phone", UserError(
                        "csv_duplicate_in_file", value=_cell(cells, "phone"), line=first_phone[phone_norm])))
                else:
                    first_phone[phone_norm] = line
            gender = _parse(problems, line, "gender", parse_gender, cells.get("gender"))
            birthday = _parse(problems, line, "birthday", parse_birthday, cells.get("birthday"), today=today)
            joined = today
            if _cell(cells, "joined_on"):
                joined = _parse(problems, line, "joined_on", parse_date, cells.get("joined_on"), field="joined_on")
                if joined is not None and joined > today:
                    problems.append(Problem(line, "joined_on", UserError("date_future", value=joined.isoformat())))
            points = 0
            if _cell(cells, "points"):
                points = _parse(problems, line, "points", parse_points, cells.get("points"), allow_negative=True)
                if points is not None and points < 0:
                    problems.append(Problem(line, "points", UserError("points_negative", value=points)))
            notes = _parse(problems, line, "notes", clean_text, cells.get("notes"))
            if len(problems) == before:
                rows.append(_MemberRow(
                    line, code, name, _cell(cells, "phone"), phone_norm, gender, birthday, joined,
                    _cell(cells, "referred_by"), points, notes,
                ))
    except _Refused as r:
        problems.extend(r.problems)
        return report

    # Against the database: taken phones and card numbers (batched lookups).
    taken_phone = _lookup(session, Member.phone_norm, (Member.name, Member.member_no), first_phone)
    taken_no = _lookup(session, Member.member_no, (Member.name,), first_no)
    for r in rows:
        if r.phone_norm in taken_phone:
            _, who, no = taken_phone[r.phone_norm]
            problems.append(Problem(r.line, "phone", UserError("phone_taken", name=who, member_no=no)))
        if r.member_no and r.member_no in taken_no:
            problems.append(Problem(r.line, "member_no", UserError(
                "member_no_taken", member_no=r.member_no, name=taken_no[r.member_no][1])))

    # Referrers: a card number or phone, in this file (earlier or later) or the database.
    row_by_no = {r.member_no: i for i, r in enumerate(rows) if r.member_no}
    row_by_phone = {r.phone_norm: i for i, r in enumerate(rows)}
    want_no, want_phone = set(), set()
    for r in rows:
        if r.referred_by:
            want_no.add(cardno.normalize(r.referred_by))
            try:
                want_phone.add(normalize_phone(r.referred_by))
            except UserError:
                pass
    db_no = _lookup(session, Member.member_no, (Member.id,), want_no - row_by_no.keys())
    db_phone = _lookup(session, Member.phone_norm, (Member.id,), want_phone - row_by_phone.keys())
    for i, r in enumerate(rows):
        if not r.referred_by:
            continue
        code = cardno.normalize(r.referred_by)
        try:
            phone = normalize_phone(r.referred_by)
        except UserError:
            phone = None
        if code in row_by_no:
            r.referrer_row = row_by_no[code]
        elif code in db_no:
            r.referrer_id = db_no[code][1]
        elif phone in row_by_phone:
            r.referrer_row = row_by_phone[phone]
        elif phone in db_phone:
            r.referrer_id = db_phone[phone][1]
        elif code in first_no or phone in first_phone:
            pass  # a row of this file that has its own problems, reported there
        else:
            problems.append(Problem(r.line, "referred_by", UserError(
                "referrer_not_found", field="referred_by", value=r.referred_by)))
        if r.referrer_row == i:
            problems.append(Problem(r.line, "referred_by", UserError("referrer_self", value=r.referred_by)))

    problems.sort(key=lambda p: p.line)
    report.added = len(rows)
    if problems or dry_run:
        if problems:
            report.added = 0
        return report
    _write_members(session, rows, now, f"import {source_name or path.name}")
    return report


def _new_card_number() -> str:
    """Like :func:`app.cardno.generate`, from one ``os.urandom`` call instead of
    six ``SystemRandom.choice`` calls (80 µs a number, 8 s per 100,000 rows).
    256 is a multiple of 32, so ``byte & 31`` picks every letter evenly."""
    body = "".join(cardno.ALPHABET[b & 31] for b in os.urandom(cardno.BODY_LEN))
    return body + cardno.check_char(body)


def _free_member_nos(session: Session, count: int, taken: set[str]) -> list[str]:
    """``count`` new card numbers free in the database and in ``taken``."""
    result: list[str] = []
    while len(result) < count:
        batch = []
        while len(batch) < count - len(result):
            code = _new_card_number()
            if code not in taken:
                taken.add(code)
                batch.append(code)
        in_db = _lookup(session, Member.member_no, (), batch)
        result.extend(c for c in batch if c not in in_db)
    return result


def _write_members(session: Session, rows: list[_MemberRow], now: dt.datetime, reason: str) -> None:
    new_nos = iter(_free_member_nos(session, sum(1 for r in rows if not r.member_no),
                                    {r.member_no for r in rows if r.member_no}))
    for r in rows:
        if not r.member_no:
            r.member_no = next(new_nos)
    # Plain executemany, then the ids by card number: RETURNING with
    # parameter order falls back to one statement per row on SQLite.
    conn = session.connection()
    for part in _chunks(rows, 5000):
        conn.execute(
            insert(Member.__table__),
            [
                {
                    "member_no": r.member_no,
                    "name": r.name,
                    "phone": r.phone,
                    "phone_norm": r.phone_norm,
                    "phone_last4": r.phone_norm[-4:],
                    "gender": r.gender,
                    "birth_year": r.birthday[0],
                    "birth_month": r.birthday[1],
                    "birth_day": r.birthday[2],
                    "joined_on": r.joined_on,
                    "referred_by_id": r.referrer_id,
                    "notes": r.notes,
                    "points_balance": r.points,
                    "created_at": now,
                }
                for r in part
            ],
        )
    id_of = _lookup(session, Member.member_no, (Member.id,), [r.member_no for r in rows])
    ids = [id_of[r.member_no][1] for r in rows]
    links = [
        {"b_id": ids[i], "b_ref": ids[r.referrer_row]}
        for i, r in enumerate(rows)
        if r.referrer_row is not None
    ]
    stmt = update(Member).where(Member.id == bindparam("b_id")).values(referred_by_id=bindparam("b_ref"))
    for part in _chunks(links, 5000):
        conn.execute(stmt, list(part))
    # The opening balance is one ledger entry, posted with the cached balance
    # set above in the same transaction (what app.points.post does row by row).
    opening = [
        {
            "member_id": ids[i], "occurred_at": now, "kind": "opening", "points": r.points,
            "balance_after": r.points, "shortfall": 0, "reason": reason,
        }
        for i, r in enumerate(rows)
        if r.points
    ]
    for part in _chunks(opening, 5000):
        conn.execute(insert(PointsEntry.__table__), list(part))
    session.flush()


# --------------------------------------------------------------------------- purchases


@dataclass(slots=True)
class _PurchaseRow:
    line: int
    member_no: str | None
    phone_norm: str | None
    ref_column: str
    ref_text: str
    occurred_at: dt.datetime
    cents: int
    category: str | None
    staff: str | None
    note: str
    member_id: int | None = None
    key: str = ""


def _sale_key(r: _PurchaseRow, repeat: int) -> str:
    content = "\x1f".join((
        str(r.member_id), r.occurred_at.isoformat(" "), str(r.cents),
        r.category or "", r.staff or "", r.note,
    ))
    return f"import-{hashlib.sha256(content.encode()).hexdigest()[:40]}-{repeat}"


def import_purchases(
    session: Session,
    path: str | os.PathLike,
    *,
    dry_run: bool = False,
    now: dt.datetime | None = None,
) -> ImportReport:
    """Add purchase history from a CSV file, all or nothing.

    Rows already imported (same content, see the module notes) are skipped
    and counted, so importing a file twice is harmless.

    Args:
        path: the CSV file (columns: :data:`PURCHASE_COLUMNS`).
        dry_run: check everything, write nothing (no staff is added either).
        now: the time of the import (purchases after it are refused).

    Returns:
        The report; when ``problems`` is not empty nothing was written.
    """
    now = now or dt.datetime.now()
    end_of_today = dt.datetime.combine(now.date(), dt.time.max)
    path = Path(path)
    report = ImportReport("purchases", dry_run=dry_run)
    problems = report.problems
    rows: list[_PurchaseRow] = []
    try:
        for line, cells in _rows(path, PURCHASE_COLUMNS, ("occurred_at", "amount"), report.warnings):
            report.rows += 1
            if "-" in cells:
                problems.append(Problem(line, "-", cells["-"]))
                continue
            before = len(problems)
            member_no = phone = None
            ref_column, ref_text = "member_no", _cell(cells, "member_no")
            if ref_text:
                member_no = cardno.normalize(ref_text)
            elif _cell(cells, "phone"):
                ref_column, ref_text = "phone", _cell(cells, "phone")
                phone = _parse(problems, line, "phone", normalize_phone, cells.get("phone"))
            else:
                problems.append(Problem(line, "member_no", UserError("csv_member_ref_required")))
            when = _parse(problems, line, "occurred_at", parse_datetime, cells.get("occurred_at"))
            if when is not None and when > end_of_today:
                problems.append(Problem(line, "occurred_at", UserError(
                    "datetime_future", value=when.isoformat(" "))))
            cents = _parse(problems, line, "amount", parse_amount_cents, cells.get("amount"))
            if cents is not None and _TOO_MANY_DECIMALS.search(_cell(cells, "amount")):
                # the contract: more than two decimals is bad, even "128.500"
                # (which the counter's parser reads as 128.50)
                problems.append(Problem(line, "amount", UserError(
                    "amount_decimals", field="amount", value=_cell(cells, "amount"))))
            category = _parse(problems, line, "category", clean_text, cells.get("category"), 60, "category")
            staff_name = None
            if _cell(cells, "staff"):
                staff_name = _parse(problems, line, "staff", clean_name, cells.get("staff"), field="staff")
            note = _parse(problems, line, "note", clean_text, cells.get("note"), 500, "note")
            if len(problems) == before:
                rows.append(_PurchaseRow(
                    line, member_no, phone, ref_column, ref_text, when, cents,
                    category or None, staff_name, note,
                ))
    except _Refused as r:
        problems.extend(r.problems)
        return report

    by_no = _lookup(session, Member.member_no, (Member.id,), {r.member_no for r in rows if r.member_no})
    by_phone = _lookup(session, Member.phone_norm, (Member.id,), {r.phone_norm for r in rows if r.phone_norm})
    for r in rows:
        hit = by_no.get(r.member_no) if r.member_no else by_phone.get(r.phone_norm)
        if hit is None:
            problems.append(Problem(r.line, r.ref_column, UserError("member_not_found", value=r.ref_text)))
        else:
            r.member_id = hit[1]
    problems.sort(key=lambda p: p.line)
    if problems:
        return report

    repeats: Counter[str] = Counter()
    for r in rows:
        base = _sale_key(r, 0)
        repeats[base] += 1
        r.key = _sale_key(r, repeats[base])
    done = _lookup(session, Sale.sale_key, (), [r.key for r in rows])
    new_rows = [r for r in rows if r.key not in done]
    report.skipped = len(rows) - len(new_rows)
    report.added = len(new_rows)

    names = sorted({r.staff for r in new_rows if r.staff})
    staff_ids: dict[str, int] = {}
    for part in _chunks(names):
        for sid, name in session.execute(
            select(Staff.id, Staff.name).where(Staff.name.in_(part)).order_by(Staff.id.desc())
        ):
            staff_ids[name] = sid  # the oldest of any namesakes wins
    report.staff_created = [n for n in names if n not in staff_ids]
    if dry_run:
        return report
    for name in report.staff_created:
        staff_ids[name] = staff_service.add_staff(session, name=name, role="cashier").id

    new_rows.sort(key=lambda r: r.occurred_at)  # ids follow time, as at the counter
    conn = session.connection()
    for part in _chunks(new_rows, 5000):
        conn.execute(
            insert(Sale.__table__),
            [
                {
                    "sale_key": r.key, "member_id": r.member_id,
                    "staff_id": staff_ids.get(r.staff) if r.staff else None,
                    "occurred_at": r.occurred_at, "total_cents": r.cents, "points_spent": 0,
                    "points_discount_cents": 0, "points_earned": 0, "refunded_cents": 0,
                    "category": r.category, "payment_method": "other", "status": "completed",
                    "source": "import", "note": r.note, "created_at": now,
                }
                for r in part
            ],
        )
    latest: dict[int, dt.datetime] = {}
    for r in new_rows:
        if r.member_id not in latest or r.occurred_at > latest[r.member_id]:
            latest[r.member_id] = r.occurred_at
    stmt = (
        update(Member)
        .where(
            Member.id == bindparam("b_id"),
            or_(Member.last_purchase_at.is_(None), Member.last_purchase_at < bindparam("b_at", type_=DateTime())),
        )
        .values(last_purchase_at=bindparam("b_at", type_=DateTime()))
    )
    params = [{"b_id": mid, "b_at": at} for mid, at in sorted(latest.items())]
    for part in _chunks(params, 5000):
        conn.execute(stmt, list(part))
    session.flush()
    # imported history counts for follow-ups: rebuild those members' visit stats
    memberstats.recompute_stats(session, sorted(latest))
    # ... and for tiers (CONTRACT.md): move those members up now (app/programs/tiers.py)
    from app.programs import tiers

    tiers.upgrade_many(session, sorted(latest), now=now)
    return report


# --------------------------------------------------------------------------- export


def _write_atomically(path: Path, columns: Sequence[str], rows: Iterable[Sequence]) -> int:
    """Write a CSV (UTF-8 with BOM, CRLF as Excel expects) via a temp file."""
    path = Path(path)
    folder = path.resolve().parent
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as e:
        raise UserError("file_unwritable", path=str(path), reason=e.strerror or str(e)) from None
    count = 0
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(columns)
            for row in rows:
                writer.writerow(row)
                count += 1
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException as e:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(e, OSError):
            raise UserError("file_unwritable", path=str(path), reason=e.strerror or str(e)) from None
        raise
    return count


def _plain_amount(cents: int) -> str:
    return f"{cents // 100}.{cents % 100:02d}"


def export_members(session: Session, path: str | os.PathLike) -> ExportReport:
    """Write every member in :data:`MEMBER_COLUMNS` (points = current balance).

    Personal data: needs an owner or a manager, and is audited. Members merged
    into another (app/merge.py) are left out; their history is the kept one's.
    """
    _may_export(session, "members", path)
    ref = aliased(Member)
    stmt = (
        select(
            Member.member_no, Member.name, Member.phone, Member.gender, Member.birth_year,
            Member.birth_month, Member.birth_day, Member.joined_on, ref.member_no,
            Member.points_balance, Member.notes,
        )
        .outerjoin(ref, ref.id == Member.referred_by_id)
        .where(Member.merged_into_id.is_(None))
        .order_by(Member.id)
        .execution_options(yield_per=2000)
    )

    def rows():
        for no, name, phone, gender, by, bm, bd, joined, ref_no, pts, notes in session.execute(stmt):
            yield (no, name, phone, gender or "", format_birthday(by, bm, bd), joined.isoformat(),
                   ref_no or "", pts, notes or "")

    report = ExportReport(_write_atomically(Path(path), MEMBER_COLUMNS, rows()))
    _exported(session, "members", path, report.rows)
    return report


def _may_export(session: Session, what: str, path) -> None:
    from app import auth

    auth.require(session, "export_personal_data", detail=f"export {what} to {path}")


def _exported(session: Session, what: str, path, rows: int) -> None:
    # exports run in a read-only snapshot: the audit row is written on its own
    from app import audit

    audit.record_after(session, "export", target_type=what, detail=str(path), after={"rows": rows})


def export_purchases(session: Session, path: str | os.PathLike) -> ExportReport:
    """Write members' purchases in :data:`PURCHASE_COLUMNS`, oldest first.

    Amounts are what the customer kept (total minus refunds); walk-ins and
    fully refunded or voided sales are left out (see the module notes).
    Personal data: needs an owner or a manager, and is audited.
    """
    _may_export(session, "purchases", path)
    stmt = (
        select(
            Member.member_no, Member.phone, Sale.occurred_at, Sale.total_cents, Sale.refunded_cents,
            Sale.category, Staff.name, Sale.note,
        )
        .join(Member, Member.id == Sale.member_id)
        .outerjoin(Staff, Staff.id == Sale.staff_id)
        .where(Sale.status.not_in(("refunded", "voided")))
        .order_by(Sale.occurred_at, Sale.id)
        .execution_options(yield_per=5000)
    )

    def rows():
        for no, phone, when, total, refunded, category, staff_name, note in session.execute(stmt):
            yield (no, phone, when.strftime("%Y-%m-%d %H:%M:%S"), _plain_amount(total - refunded),
                   category or "", staff_name or "", note or "")

    count = _write_atomically(Path(path), PURCHASE_COLUMNS, rows())
    walkins = session.scalar(select(func.count()).select_from(Sale).where(Sale.member_id.is_(None)))
    _exported(session, "purchases", path, count)
    return ExportReport(count, walkins_skipped=walkins or 0)
