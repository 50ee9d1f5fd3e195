"""Members: sign up, edit, find.

Lookups are built to run on every keystroke: card number and full phone are
unique-index hits, last-4 digits is an indexed column, a name fragment reads
the name-fragment index (app/name_search.py).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, joinedload

from app import cardno, name_search
from app.errors import UserError
from app.textparse import (
    clean_name,
    clean_text,
    fold,
    format_birthday,
    normalize_phone,
    parse_birthday,
    parse_gender,
    phone_digits,
)
from db.models import Member


@dataclass(frozen=True)
class MemberView:
    """A member as plain values, safe to hand to widgets after the session."""

    id: int
    member_no: str
    name: str
    phone: str
    gender: str | None
    birthday: str  # YYYY-MM-DD, MM-DD or ""
    birth_month: int | None
    birth_day: int | None
    joined_on: dt.date
    referred_by_no: str | None
    notes: str
    points_balance: int
    last_purchase_at: dt.datetime | None
    # found by a duplicate merged into this member (app/merge.py): that
    # duplicate's card number, phone or name, so the desk can tell why a
    # different number shows up; "" when found in its own right
    merged_from: str = ""

    def birthday_within(self, today: dt.date, days: int = 7) -> bool:
        """True if the birthday falls today or within the next ``days`` days."""
        return days_to_birthday(self.birth_month, self.birth_day, today) is not None and (
            days_to_birthday(self.birth_month, self.birth_day, today) <= days
        )


def days_to_birthday(month: int | None, day: int | None, today: dt.date) -> int | None:
    """Days from ``today`` to the next birthday (0 = today); 29 Feb is
    celebrated on 28 Feb in common years."""
    if not month or not day:
        return None

    def in_year(year: int) -> dt.date:
        if month == 2 and day == 29:
            try:
                return dt.date(year, 2, 29)
            except ValueError:
                return dt.date(year, 2, 28)
        return dt.date(year, month, day)

    nxt = in_year(today.year)
    if nxt < today:
        nxt = in_year(today.year + 1)
    return (nxt - today).days


def view(m: Member, merged_from: str = "") -> MemberView:
    return MemberView(
        id=m.id,
        member_no=m.member_no,
        name=m.name,
        phone=m.phone,
        gender=m.gender,
        birthday=format_birthday(m.birth_year, m.birth_month, m.birth_day),
        birth_month=m.birth_month,
        birth_day=m.birth_day,
        joined_on=m.joined_on,
        referred_by_no=m.referred_by.member_no if m.referred_by_id else None,
        notes=m.notes,
        points_balance=m.points_balance,
        last_purchase_at=m.last_purchase_at,
        merged_from=merged_from,
    )


def _new_member_no(session: Session) -> str:
    for _ in range(50):
        code = cardno.generate()
        if session.scalar(select(Member.id).where(Member.member_no == code)) is None:
            return code
    raise RuntimeError("could not find a free card number")  # 1 in 10^9 odds per try


def _check_phone_free(session: Session, phone_norm: str, except_id: int | None = None) -> None:
    other = session.scalars(select(Member).where(Member.phone_norm == phone_norm)).first()
    if other is not None and other.id != except_id:
        raise UserError("phone_taken", field="phone", name=other.name, member_no=other.member_no)


def resolve_referrer(session: Session, text: str | None) -> Member | None:
    """The member named by card number or phone, or None for blank."""
    raw = fold(text)
    if not raw:
        return None
    m = session.scalars(select(Member).where(Member.member_no == cardno.normalize(raw))).first()
    if m is None:
        try:
            m = session.scalars(select(Member).where(Member.phone_norm == normalize_phone(raw))).first()
        except UserError:
            m = None
    if m is None:
        raise UserError("referrer_not_found", field="referred_by", value=raw)
    return m


def sign_up(
    session: Session,
    *,
    name: str,
    phone: str,
    gender: str | None = None,
    birthday: str | None = None,
    referred_by: str | None = None,
    notes: str | None = None,
    joined_on: dt.date | None = None,
    member_no: str | None = None,
    now: dt.datetime | None = None,
) -> MemberView:
    """Sign up a member. Raises UserError (nothing saved) on bad input or a
    phone that already belongs to someone (the message says whose)."""
    now = now or dt.datetime.now()
    name = clean_name(name)
    phone_norm = normalize_phone(phone)
    g = parse_gender(gender)
    by, bm, bd = parse_birthday(birthday, today=now.date())
    notes = clean_text(notes)
    referrer = resolve_referrer(session, referred_by)
    _check_phone_free(session, phone_norm)
    if member_no and fold(member_no):
        code = cardno.normalize(member_no)
        if not re.fullmatch(r"[0-9A-Z]{1,32}", code):
            raise UserError("member_no_invalid", field="member_no", value=member_no)
        other = session.scalars(select(Member).where(Member.member_no == code)).first()
        if other is not None:
            raise UserError("member_no_taken", field="member_no", member_no=code, name=other.name)
    else:
        code = _new_member_no(session)
    m = Member(
        member_no=code,
        name=name,
        phone=fold(phone),
        phone_norm=phone_norm,
        phone_last4=phone_norm[-4:],
        gender=g,
        birth_year=by,
        birth_month=bm,
        birth_day=bd,
        joined_on=joined_on or now.date(),
        referred_by=referrer,
        notes=notes,
        points_balance=0,
        created_at=now,
    )
    session.add(m)
    try:
        session.flush()
    except IntegrityError:
        # Another counter signed up the same phone a moment ago.
        raise UserError("phone_taken", field="phone", name="?", member_no="?") from None
    from app.programs import stamps  # endowed progress: the stamp card starts with K stamps

    stamps.on_sign_up(session, m.id, now=now)
    return view(m)


def update(
    session: Session,
    member_id: int,
    *,
    name: str,
    phone: str,
    gender: str | None = None,
    birthday: str | None = None,
    referred_by: str | None = None,
    notes: str | None = None,
) -> MemberView:
    """Edit a member's details (not balances: those move only by ledger)."""
    m = get_member(session, member_id)
    name = clean_name(name)
    phone_norm = normalize_phone(phone)
    g = parse_gender(gender)
    by, bm, bd = parse_birthday(birthday)
    notes = clean_text(notes)
    referrer = resolve_referrer(session, referred_by)
    if referrer is not None and referrer.id == m.id:
        raise UserError("referrer_not_found", field="referred_by", value=referred_by)
    _check_phone_free(session, phone_norm, except_id=m.id)
    m.name, m.phone, m.phone_norm, m.phone_last4 = name, fold(phone), phone_norm, phone_norm[-4:]
    m.gender, m.birth_year, m.birth_month, m.birth_day = g, by, bm, bd
    m.referred_by, m.notes = referrer, notes
    session.flush()
    return view(m)


def get_member(session: Session, member_id: int) -> Member:
    m = session.get(Member, member_id)
    if m is None:
        raise UserError("member_not_found", value=str(member_id))
    return m


def get_view(session: Session, member_id: int) -> MemberView:
    return view(get_member(session, member_id))


def _kept(session: Session, m: Member | None) -> Member | None:
    """The member to show for ``m``: a duplicate merged away (app/merge.py)
    leads to the member it was merged into, so an old card still works."""
    for _ in range(10):  # a chain of merges, never a loop
        if m is None or m.merged_into_id is None:
            return m
        m = session.get(Member, m.merged_into_id)
    return m


def by_member_no(session: Session, text: str) -> MemberView | None:
    m = _kept(session, session.scalars(select(Member).where(Member.member_no == cardno.normalize(text))).first())
    return view(m) if m else None


def find(session: Session, query: str, limit: int = 50) -> list[MemberView]:
    """Find members by card number, phone, last 4 digits or part of the name.

    Exact card-number and full-phone matches come first. A string in our
    card format whose check character fails raises ``card_check_failed`` when
    nothing else matches, so the cashier knows it was mistyped.
    """
    q = fold(query)
    if not q:
        return []
    code = cardno.normalize(q)
    card = session.scalars(
        select(Member).where(Member.member_no == code).options(joinedload(Member.referred_by))).first()
    exact = _kept(session, card)
    if exact is not None:  # (the referrer in the same query: view() shows their card number)
        return [view(exact, merged_from=card.member_no if exact is not card else "")]
    digits = phone_digits(q)
    results: list[Member] = []
    seen: set[int] = set()
    via: dict[int, str] = {}  # kept member id -> what of the merged duplicate matched

    def add(rows, matched=lambda r: r.phone):
        for r in rows:
            hint = ""
            if r.merged_into_id is not None:  # merged away: found as the kept member
                hint = matched(r)
                r = _kept(session, r)
            if r is None:
                continue
            if r.id in seen:
                if not hint:
                    via.pop(r.id, None)  # it matches in its own right too
                continue
            if len(results) < limit:
                seen.add(r.id)
                results.append(r)
                if hint:
                    via[r.id] = hint

    only_phone_chars = bool(digits) and re.fullmatch(r"\+?[0-9 \-().]+", q) is not None
    if only_phone_chars:
        # from 5 digits on, a number being typed (4 are the last-4 search);
        # at 5 the list used to go blank between "0912" and "091234"
        if len(digits) >= 5:
            norm = ("+" if q.startswith("+") else "") + digits
            add(session.scalars(select(Member).where(Member.phone_norm == norm).options(joinedload(Member.referred_by))))
            # prefix of a longer number, e.g. 0912345 typed so far
            # (a range, so the unique index on phone_norm is read: LIKE would
            # scan every member, SQLite's LIKE optimisation needing NOCASE)
            add(
                session.scalars(
                    select(Member)
                    .where(Member.phone_norm >= norm, Member.phone_norm < norm + "\x7f")
                    .options(joinedload(Member.referred_by))
                    .order_by(Member.phone_norm)
                    .limit(limit)
                )
            )
        if len(digits) == 4:
            add(
                session.scalars(
                    select(Member)
                    .where(Member.phone_last4 == digits)
                    .options(joinedload(Member.referred_by))  # ~20 rows: their referrers in the same query
                    .order_by(Member.last_purchase_at.desc())
                    .limit(limit)
                )
            )
    if not only_phone_chars or len(digits) < 4:
        # the name-fragment index (app/name_search.py), by name then id
        add(name_search.first_by_name(session, q, limit), matched=lambda r: r.name)
    if not results and cardno.looks_like_ours(code) and not cardno.is_valid(code):
        raise UserError("card_check_failed", field="search", value=code)
    return [view(r, merged_from=via.get(r.id, "")) for r in results]
