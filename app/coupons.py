"""Coupons and vouchers: batches of single-use codes, their rules, redemption.

Codes are 12 characters from the card-number alphabet (no 0/O, no 1/I): 11
random characters from :mod:`secrets` (55 bits, so guessing one of a million
live codes takes ~36 billion tries) plus a Luhn mod-32 check character, so a
mistyped code is caught before any lookup. They are printed in groups as
``ABCD-EFGH-JKLM``; dashes and spaces are ignored when typed.

The QR payload is the bare 12-character code (ASCII, QR alphanumeric mode, so
the symbol stays small). No prefix is needed to tell it from a member card:
member cards carry the bare 7-character ``member_no``, so the length tells
them apart; a router should still try :func:`lookup` first and fall back to a
member lookup when it returns None (an imported card number could be 12
characters long).

A coupon works once, between ``valid_from`` and ``valid_until`` inclusive
(calendar days in shop local time: the app's naive local datetimes), only for
its member when it has one, and only when the sale reaches the minimum spend
(a sale of exactly the minimum qualifies). Single use is enforced by the
database (``coupon_redemptions.coupon_id`` is UNIQUE); see
:mod:`db.coupon_models`.
"""
from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass
from typing import Iterable, Sequence

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app import cardno
from app.errors import UserError
from app.textparse import clean_text, fold, format_plain
from db.coupon_models import COUPON_KINDS, Coupon, CouponBatch, CouponRedemption
from db.models import Member

ALPHABET = cardno.ALPHABET
BODY_LEN = 11  # 55 random bits
CODE_LEN = BODY_LEN + 1
MAX_BATCH = 20_000
KINDS = COUPON_KINDS


# --- codes -------------------------------------------------------------------


def generate_code() -> str:
    """A fresh random code (not checked against the database)."""
    body = "".join(secrets.choice(ALPHABET) for _ in range(BODY_LEN))
    return body + cardno.check_char(body)


def normalize_code(text: str | None) -> str:
    """Upper-case, full-width folded, without spaces and dashes."""
    return cardno.normalize(text or "")


def looks_like_coupon(text: str | None) -> bool:
    """True if ``text`` has a coupon code's shape (length and alphabet)."""
    code = normalize_code(text)
    return len(code) == CODE_LEN and all(c in cardno._INDEX for c in code)


def is_valid_code(text: str | None) -> bool:
    """Shape and check character both right."""
    code = normalize_code(text)
    return looks_like_coupon(code) and cardno.check_char(code[:-1]) == code[-1]


def format_code(code: str) -> str:
    """``ABCDEFGHJKLM`` → ``ABCD-EFGH-JKLM`` (how it is printed)."""
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))


def qr_payload(code: str) -> str:
    """What a coupon's QR code holds: the bare code (see module docstring)."""
    return code


def fresh_codes(session: Session, n: int) -> list[str]:
    """``n`` distinct new codes that no stored coupon uses yet."""
    codes: list[str] = []
    seen: set[str] = set()
    while len(codes) < n:
        want = n - len(codes)
        batch = []
        while len(batch) < want:
            c = generate_code()
            if c not in seen:
                seen.add(c)
                batch.append(c)
        taken: set[str] = set()
        for i in range(0, len(batch), 500):
            chunk = batch[i : i + 500]
            taken.update(session.scalars(select(Coupon.code).where(Coupon.code.in_(chunk))))
        codes.extend(c for c in batch if c not in taken)
    return codes


# --- views -------------------------------------------------------------------


@dataclass(frozen=True)
class BatchView:
    id: int
    name: str
    kind: str
    value: int
    item_name: str
    min_spend_cents: int
    valid_from: dt.date
    valid_until: dt.date
    member_id: int | None
    channel: str
    document: str
    count: int
    created_at: dt.datetime


@dataclass(frozen=True)
class CouponRow:
    """A coupon to print: its code and, if it is personal, whose it is."""

    seq: int
    code: str
    member_id: int | None
    member_name: str
    member_no: str


@dataclass(frozen=True)
class CouponView:
    """What a scanned or typed code is, for the Counter to show."""

    code: str
    batch: BatchView
    member_id: int | None
    member_name: str
    member_no: str
    status: str  # usable | used | not_yet | expired
    redeemed_at: dt.datetime | None
    redeemed_counter: str
    discount_cents: int | None  # of the redemption, when used

    def describe(self, currency: str = "TWD", lang: str | None = None) -> str:
        return describe_offer(self.batch, currency, lang)


@dataclass(frozen=True)
class RedeemResult:
    redemption_id: int
    code: str
    batch_id: int
    batch_name: str
    kind: str
    item_name: str
    discount_cents: int
    redeemed_at: dt.datetime
    counter: str


@dataclass(frozen=True)
class BatchReport:
    batch_id: int
    name: str
    channel: str
    document: str
    valid_from: dt.date
    valid_until: dt.date
    issued: int
    redeemed: int
    expired: int  # not used, and past valid_until
    open: int  # neither used nor expired
    discount_cents: int  # given by the redeemed coupons
    created_at: dt.datetime

    @property
    def rate(self) -> float:
        """Redeemed / issued (0.0 for an empty batch)."""
        return self.redeemed / self.issued if self.issued else 0.0


def _batch_view(b: CouponBatch) -> BatchView:
    return BatchView(
        b.id, b.name, b.kind, b.value, b.item_name, b.min_spend_cents, b.valid_from,
        b.valid_until, b.member_id, b.channel, b.document, b.count, b.created_at,
    )


# --- offer text ----------------------------------------------------------------

_SYMBOLS = {"TWD": "NT$", "CNY": "¥", "HKD": "HK$", "USD": "US$", "MOP": "MOP$", "SGD": "S$", "MYR": "RM", "JPY": "¥"}


def money_text(cents: int, currency: str = "TWD") -> str:
    """Short money text for print and messages: ``NT$50``, ``¥12.50``."""
    symbol = _SYMBOLS.get(currency, currency + " ")
    whole, frac = divmod(abs(cents), 100)
    body = f"{whole:,}" if frac == 0 else f"{whole:,}.{frac:02d}"
    return ("-" if cents < 0 else "") + symbol + body


def _lang(lang: str | None) -> str:
    from app import messages

    return lang if lang in messages.LANGS else messages.current_language()


def percent_text(pct: int, lang: str | None = None) -> str:
    """``20`` → ``20% off`` / ``8 折`` (Chinese names the share you pay)."""
    if _lang(lang) == "en":
        return f"{pct}% off"
    pay = 100 - pct
    if pay <= 0:
        return {"zh_TW": "免費", "zh_CN": "免费"}[_lang(lang)]
    n = pay // 10 if pay % 10 == 0 else pay
    return f"{n} 折"


def describe_offer(batch: BatchView, currency: str = "TWD", lang: str | None = None) -> str:
    """The offer in one short line: ``NT$50 off``, ``折抵 NT$50``, ``8 折``, ``Free: coffee``."""
    lang = _lang(lang)
    if batch.kind == "amount_off":
        m = money_text(batch.value, currency)
        return {"en": f"{m} off", "zh_TW": f"折抵 {m}", "zh_CN": f"立减 {m}"}[lang]
    if batch.kind == "percent_off":
        return percent_text(batch.value, lang)
    item = batch.item_name or {"en": "a gift", "zh_TW": "贈品", "zh_CN": "赠品"}[lang]
    return {"en": f"Free: {item}", "zh_TW": f"免費兌換：{item}", "zh_CN": f"免费兑换：{item}"}[lang]


def describe_rules(batch: BatchView, currency: str = "TWD", lang: str | None = None) -> list[str]:
    """The conditions, one per line, in the shop's language."""
    lang = _lang(lang)
    lines = []
    if batch.min_spend_cents > 0:
        m = money_text(batch.min_spend_cents, currency)
        lines.append({"en": f"On purchases of {m} or more", "zh_TW": f"消費滿 {m} 可用", "zh_CN": f"消费满 {m} 可用"}[lang])
    f, u = batch.valid_from.isoformat(), batch.valid_until.isoformat()
    lines.append({"en": f"Valid {f} to {u}", "zh_TW": f"有效期限 {f} 至 {u}", "zh_CN": f"有效期 {f} 至 {u}"}[lang])
    return lines


# --- batches -------------------------------------------------------------------


def _check_code(code: str) -> str:
    c = normalize_code(code)
    if not is_valid_code(c):
        raise ValueError(f"not a coupon code: {code!r}")
    return c


def create_batch(
    session: Session,
    *,
    name: str,
    kind: str,
    value: int,
    valid_from: dt.date,
    valid_until: dt.date,
    count: int | None = None,
    min_spend_cents: int = 0,
    item_name: str = "",
    member_id: int | None = None,
    member_ids: Sequence[int] | None = None,
    channel: str = "",
    document: str = "coupon",
    codes: Sequence[str] | None = None,
    staff_id: int | None = None,
    note: str = "",
    now: dt.datetime | None = None,
) -> BatchView:
    """Issue a batch of coupons.

    Args:
        kind: ``amount_off`` (``value`` in minor units), ``percent_off``
            (``value`` = percent off, 1–100) or ``free_item`` (``item_name``;
            ``value`` its worth in minor units, 0 if not given).
        count: how many coupons for anyone (or all for ``member_id``).
        member_ids: one coupon for each of these members, usable only by
            them (postcards); ``count`` is then their number.
        codes: codes generated beforehand with :func:`fresh_codes` (the print
            job renders first and issues only what it printed); new ones are
            made when None.

    Raises:
        UserError: a bad name, value, dates, count or member.
    """
    now = now or dt.datetime.now()
    name = clean_text(name, 100, "name")
    if not name:
        raise UserError("coupon_name_required", field="name")
    if kind not in KINDS:
        raise UserError("coupon_kind_invalid", field="kind", value=kind)
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError("value must be an int")
    if kind == "amount_off" and value <= 0:
        raise UserError("amount_not_positive", field="value")
    if kind == "percent_off" and not 1 <= value <= 100:
        raise UserError("coupon_percent_invalid", field="value", value=value)
    if kind == "free_item":
        if value < 0:
            raise UserError("amount_not_positive", field="value")
        if not clean_text(item_name, 100, "item_name"):
            raise UserError("coupon_item_required", field="item_name")
    if min_spend_cents < 0:
        raise UserError("amount_not_positive", field="min_spend")
    if valid_until < valid_from:
        raise UserError(
            "coupon_dates_invalid", field="valid_until",
            valid_from=valid_from.isoformat(), valid_until=valid_until.isoformat(),
        )
    owners: list[int | None]
    if member_ids is not None:
        owners = list(member_ids)
        if member_id is not None:
            raise ValueError("give member_id or member_ids, not both")
    else:
        if count is None and codes is not None:
            count = len(codes)
        if not isinstance(count, int) or not 1 <= count <= MAX_BATCH:
            raise UserError("coupon_count_invalid", field="count", value=count, max=MAX_BATCH)
        owners = [member_id] * count
    if not 1 <= len(owners) <= MAX_BATCH:
        raise UserError("coupon_count_invalid", field="count", value=len(owners), max=MAX_BATCH)
    wanted = {m for m in owners if m is not None}
    if wanted:
        found = set()
        ids = sorted(wanted)
        for i in range(0, len(ids), 500):
            found.update(session.scalars(select(Member.id).where(Member.id.in_(ids[i : i + 500]))))
        missing = wanted - found
        if missing:
            raise UserError("member_not_found", field="member", value=str(min(missing)))
    if codes is None:
        codes = fresh_codes(session, len(owners))
    else:
        codes = [_check_code(c) for c in codes]
        if len(codes) != len(owners) or len(set(codes)) != len(codes):
            raise ValueError("codes must be distinct, one per coupon")
    batch = CouponBatch(
        name=name,
        kind=kind,
        value=value,
        item_name=clean_text(item_name, 100, "item_name"),
        min_spend_cents=min_spend_cents,
        valid_from=valid_from,
        valid_until=valid_until,
        member_id=member_id,
        channel=clean_text(channel, 60, "channel"),
        document=document,
        count=len(owners),
        staff_id=staff_id,
        note=clean_text(note, 2000, "note"),
        created_at=now,
    )
    session.add(batch)
    session.flush()
    session.execute(
        Coupon.__table__.insert(),
        [
            {"batch_id": batch.id, "seq": i, "code": code, "member_id": owner}
            for i, (code, owner) in enumerate(zip(codes, owners), start=1)
        ],
    )
    session.flush()
    return _batch_view(batch)


def get_batch(session: Session, batch_id: int) -> BatchView:
    b = session.get(CouponBatch, batch_id)
    if b is None:
        raise UserError("coupon_batch_not_found", value=str(batch_id))
    return _batch_view(b)


def batch_coupons(session: Session, batch_id: int) -> list[CouponRow]:
    """The batch's coupons in print order, with their members' names."""
    rows = session.execute(
        select(Coupon.seq, Coupon.code, Coupon.member_id, Member.name, Member.member_no)
        .outerjoin(Member, Member.id == Coupon.member_id)
        .where(Coupon.batch_id == batch_id)
        .order_by(Coupon.seq)
    )
    return [CouponRow(seq, code, mid, name or "", no or "") for seq, code, mid, name, no in rows]


# --- lookup and redemption ----------------------------------------------------


def _find(session: Session, code: str) -> Coupon | None:
    return session.scalars(select(Coupon).where(Coupon.code == code)).first()


def _status(c: Coupon, today: dt.date) -> str:
    if c.redemption is not None:
        return "used"
    if today < c.batch.valid_from:
        return "not_yet"
    if today > c.batch.valid_until:
        return "expired"
    return "usable"


def lookup(session: Session, code: str, *, now: dt.datetime | None = None) -> CouponView | None:
    """What a scanned or typed code is, or None if no coupon has it.

    Raises:
        UserError: ``coupon_check_failed`` when the text has a coupon's shape
            but its check character is wrong (a typo, not someone else's code).
    """
    now = now or dt.datetime.now()
    text = normalize_code(code)
    c = _find(session, text) if text else None
    if c is None:
        if looks_like_coupon(text) and not is_valid_code(text):
            raise UserError("coupon_check_failed", field="code", coupon=format_code(text))
        return None
    owner = session.get(Member, c.member_id) if c.member_id is not None else None
    r = c.redemption
    return CouponView(
        code=c.code,
        batch=_batch_view(c.batch),
        member_id=c.member_id,
        member_name=owner.name if owner else "",
        member_no=owner.member_no if owner else "",
        status=_status(c, now.date()),
        redeemed_at=r.redeemed_at if r else None,
        redeemed_counter=r.counter if r else "",
        discount_cents=r.discount_cents if r else None,
    )


def discount_cents(batch: BatchView, sale_total_cents: int) -> int:
    """Money off a sale of ``sale_total_cents``: never more than the sale.

    A percentage is rounded half up to the minor unit; a free item is worth
    its recorded value (0 when unknown: the cashier rings the item at zero).
    """
    if batch.kind == "percent_off":
        off = (2 * sale_total_cents * batch.value + 100) // 200
    else:
        off = batch.value
    return max(0, min(off, sale_total_cents))


def _refuse_if_unusable(
    session: Session, c: Coupon, member_id: int | None, sale_total_cents: int, today: dt.date
) -> None:
    r = c.redemption
    if r is not None:
        raise UserError(
            "coupon_used", field="code", coupon=format_code(c.code),
            when=r.redeemed_at.strftime("%Y-%m-%d %H:%M"), counter=r.counter or "?",
        )
    b = c.batch
    if today < b.valid_from:
        raise UserError("coupon_not_yet", field="code", coupon=format_code(c.code), date=b.valid_from.isoformat())
    if today > b.valid_until:
        raise UserError("coupon_expired", field="code", coupon=format_code(c.code), date=b.valid_until.isoformat())
    if c.member_id is not None and c.member_id != member_id:
        owner = session.get(Member, c.member_id)
        raise UserError(
            "coupon_wrong_member", field="code", coupon=format_code(c.code),
            name=owner.name if owner else "?", member_no=owner.member_no if owner else "?",
        )
    if sale_total_cents < b.min_spend_cents:
        raise UserError(
            "coupon_min_spend", field="code", min=format_plain(b.min_spend_cents),
            total=format_plain(sale_total_cents),
        )


def _get_or_refuse(session: Session, code: str) -> Coupon:
    text = normalize_code(code)
    c = _find(session, text) if text else None
    if c is None:
        if looks_like_coupon(text) and not is_valid_code(text):
            raise UserError("coupon_check_failed", field="code", coupon=format_code(text))
        raise UserError("coupon_not_found", field="code", coupon=fold(code))
    return c


def quote(
    session: Session, *, code: str, member_id: int | None, sale_total_cents: int, now: dt.datetime | None = None
) -> int:
    """The discount this coupon would give on this sale, or UserError saying
    why it cannot be used (same rules as :func:`redeem`; nothing written)."""
    now = now or dt.datetime.now()
    c = _get_or_refuse(session, code)
    _refuse_if_unusable(session, c, member_id, sale_total_cents, now.date())
    return discount_cents(_batch_view(c.batch), sale_total_cents)


def redeem(
    session: Session,
    *,
    code: str,
    member_id: int | None,
    sale_total_cents: int,
    counter: str,
    now: dt.datetime | None = None,
    sale_id: int | None = None,
    staff_id: int | None = None,
) -> RedeemResult:
    """Use a coupon on a sale, once.

    Call it inside the sale's transaction (``with shop.transaction() as s``)
    so the coupon is used if and only if the sale is saved.

    Args:
        member_id: the member at the counter (None for a walk-in).
        sale_total_cents: the goods' total the minimum spend is checked on.
        counter: which counter/till is redeeming (shown on a second try).

    Raises:
        UserError: not found, mistyped, used (says when and at which
            counter), not yet valid, expired, another member's, or below the
            minimum spend. Nothing is written.
    """
    now = now or dt.datetime.now()
    c = _get_or_refuse(session, code)
    _refuse_if_unusable(session, c, member_id, sale_total_cents, now.date())
    batch = _batch_view(c.batch)
    off = discount_cents(batch, sale_total_cents)
    row = CouponRedemption(
        coupon_id=c.id,
        redeemed_at=now,
        counter=clean_text(counter, 60, "counter"),
        member_id=member_id,
        sale_id=sale_id,
        staff_id=staff_id,
        sale_total_cents=sale_total_cents,
        discount_cents=off,
    )
    try:
        with session.begin_nested():
            session.add(row)
            session.flush()
    except IntegrityError:
        # Another counter redeemed it between our check and our insert
        # (PostgreSQL READ COMMITTED); the UNIQUE coupon_id refused ours.
        session.expire(c)
        winner = session.scalars(select(CouponRedemption).where(CouponRedemption.coupon_id == c.id)).first()
        if winner is None:
            raise
        raise UserError(
            "coupon_used", field="code", coupon=format_code(c.code),
            when=winner.redeemed_at.strftime("%Y-%m-%d %H:%M"), counter=winner.counter or "?",
        ) from None
    return RedeemResult(
        row.id, c.code, batch.id, batch.name, batch.kind, batch.item_name, off, now, row.counter
    )


# --- reports -------------------------------------------------------------------


def _reports(session: Session, today: dt.date, where=None, limit: int | None = None) -> list[BatchReport]:
    stmt = (
        select(
            CouponBatch,
            func.count(Coupon.id),
            func.count(CouponRedemption.id),
            func.coalesce(func.sum(CouponRedemption.discount_cents), 0),
        )
        .outerjoin(Coupon, Coupon.batch_id == CouponBatch.id)
        .outerjoin(CouponRedemption, CouponRedemption.coupon_id == Coupon.id)
        .group_by(CouponBatch.id)
        .order_by(CouponBatch.created_at.desc(), CouponBatch.id.desc())
    )
    if where is not None:
        stmt = stmt.where(where)
    if limit is not None:
        stmt = stmt.limit(limit)
    out = []
    for b, issued, redeemed, off in session.execute(stmt):
        unused = issued - redeemed
        expired = unused if today > b.valid_until else 0
        out.append(
            BatchReport(
                b.id, b.name, b.channel, b.document, b.valid_from, b.valid_until,
                issued, redeemed, expired, unused - expired, int(off), b.created_at,
            )
        )
    return out


def batch_report(session: Session, batch_id: int, today: dt.date | None = None) -> BatchReport:
    """Issued / redeemed / expired / open and the redemption rate of one batch."""
    rows = _reports(session, today or dt.date.today(), CouponBatch.id == batch_id)
    if not rows:
        raise UserError("coupon_batch_not_found", value=str(batch_id))
    return rows[0]


def list_batches(session: Session, today: dt.date | None = None, limit: int = 500) -> list[BatchReport]:
    """Every batch's report, newest first."""
    return _reports(session, today or dt.date.today(), limit=limit)


def member_coupons(session: Session, member_id: int, today: dt.date | None = None) -> list[CouponView]:
    """Coupons issued to one member (for the member's page), newest first."""
    today = today or dt.date.today()
    now = dt.datetime.combine(today, dt.time(12))
    codes = session.scalars(
        select(Coupon.code).where(Coupon.member_id == member_id).order_by(Coupon.id.desc()).limit(200)
    ).all()
    return [v for v in (lookup(session, c, now=now) for c in codes) if v is not None]


def codes_of(rows: Iterable[CouponRow]) -> list[str]:
    return [r.code for r in rows]
