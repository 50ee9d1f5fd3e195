"""Session packages (次卡/療程卡): N sessions of a service sold at once,
used one per visit, with an expiry.

Why the rules are what they are (each is tested in tests/app/test_packages.py):

- **The owner defines package types** (name, service, sessions, price,
  valid for D days or M months, or no expiry); changing them needs
  ``change_settings``. A sold package copies what it needs (name, service,
  sessions, expiry), so later edits never change what a customer bought.
- **Selling a package is a sale**: :func:`sell_package` records it with
  :func:`app.sales.record_sale` (one line named after the package, category
  = its service), so it is paid like any sale — by cash or card, or all or
  part from the wallet (``wallet_cents``) — earns points once, counts as
  spend for follow-ups and tiers, and its ``sale_key`` makes a retried click
  return the same package.
- **Expiry**: valid D days → the sale's date + D days; valid M months → the
  same day M months later (the 31st becomes the month's last day). The
  package can be used *through* ``expires_on``. The job
  :func:`expire_packages` writes an ``expire`` entry (−what was left), dated
  the day after expiry, for every package past its date; it only touches
  packages still open, so running it again changes nothing, and after the
  shop was closed for a week it catches up on all of them at once.
- **Using a session** (:func:`use_session`) takes one, keyed by ``use_key``
  so a double click uses one; it is refused when none are left, when the
  package expired (the message names the date) or was refunded.
- **Refunding a package** (:func:`refund_package`) gives back money for the
  unused sessions only, pro rata of what the customer paid:
  ``round-half-up(paid × unused / sessions)``, capped at what the sale still
  has to refund. The money goes through :func:`app.sales.refund_sale`, so the
  wallet's share returns to the wallet and points are taken back in the same
  proportion. The package then has none left (a ``refund`` entry). An expired
  package has nothing to refund (its sessions lapsed). The general refund of
  a package's sale is refused (:func:`guard_sale_refund`): it would give the
  money back and leave the sessions usable.
- **Unused sessions** feed the follow-up list's ``unused_balance`` reason.
"""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app import auth
from app import messages
from app.errors import UserError
from app.textparse import MAX_SALE_CENTS, clean_text, format_plain
from db.models import Member, Refund, Sale
from db.wallet_models import MemberPackage, PackageEntry, PackageType

KINDS = ("sold", "use", "expire", "refund", "adjust")
MAX_SESSIONS = 1000
_REFUNDING = "_package_refund_sale_id"  # session.info flag: refund_package is refunding this sale


def _ratio(value: int, num: int, den: int) -> int:
    return (2 * value * num + den) // (2 * den)


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later, clamped to the end of a shorter month."""
    m = day.month - 1 + months
    year, month = day.year + m // 12, m % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def expiry_date(sold_on: dt.date, valid_days: int | None, valid_months: int | None) -> dt.date | None:
    """The last day a package sold on ``sold_on`` can be used (None: never expires)."""
    if valid_days:
        return sold_on + dt.timedelta(days=valid_days)
    if valid_months:
        return add_months(sold_on, valid_months)
    return None


# --------------------------------------------------------------------------- types


@dataclass(frozen=True)
class PackageTypeView:
    id: int
    name: str
    service: str
    sessions: int
    price_cents: int
    valid_days: int | None
    valid_months: int | None
    active: bool


def _type_view(t: PackageType) -> PackageTypeView:
    return PackageTypeView(t.id, t.name, t.service, t.sessions, t.price_cents, t.valid_days, t.valid_months,
                           t.active)


def list_types(session: Session, active_only: bool = True) -> list[PackageTypeView]:
    stmt = select(PackageType).order_by(PackageType.name, PackageType.id)
    if active_only:
        stmt = stmt.where(PackageType.active.is_(True))
    return [_type_view(t) for t in session.scalars(stmt)]


def save_type(
    session: Session,
    *,
    type_id: int | None = None,
    name: str,
    service: str = "",
    sessions: int,
    price_cents: int,
    valid_days: int | None = None,
    valid_months: int | None = None,
    active: bool = True,
    now: dt.datetime | None = None,
) -> PackageTypeView:
    """Add (``type_id`` None) or change a package type (owner or manager)."""
    auth.require(session, "change_settings")
    name = clean_text(name, 100, "name")
    if not name:
        raise UserError("package_name_required", field="name")
    service = clean_text(service, 60, "service")
    if type(sessions) is not int or not 1 <= sessions <= MAX_SESSIONS:
        raise UserError("package_sessions_invalid", field="sessions", max=MAX_SESSIONS)
    if type(price_cents) is not int or not 0 < price_cents <= MAX_SALE_CENTS:
        raise UserError("amount_not_positive", field="price")
    valid_days = valid_days or None
    valid_months = valid_months or None
    if valid_days and valid_months:
        raise UserError("package_validity_both", field="valid")
    if (valid_days is not None and not 0 < valid_days <= 3650) or (
        valid_months is not None and not 0 < valid_months <= 120
    ):
        raise UserError("package_validity_invalid", field="valid")
    if type_id is None:
        t = PackageType(created_at=now or dt.datetime.now())
        session.add(t)
    else:
        t = session.get(PackageType, type_id)
        if t is None:
            raise UserError("package_type_not_found", value=str(type_id))
    t.name, t.service, t.sessions, t.price_cents = name, service, sessions, price_cents
    t.valid_days, t.valid_months, t.active = valid_days, valid_months, bool(active)
    session.flush()
    return _type_view(t)


# --------------------------------------------------------------------------- member packages


@dataclass(frozen=True)
class PackageView:
    id: int
    member_id: int
    name: str
    service: str
    sessions: int
    remaining: int
    sold_at: dt.datetime
    expires_on: dt.date | None
    status: str
    sale_id: int

    def expired(self, today: dt.date) -> bool:
        return self.expires_on is not None and today > self.expires_on

    def usable(self, today: dt.date) -> bool:
        return self.status == "active" and self.remaining > 0 and not self.expired(today)


def _view(p: MemberPackage) -> PackageView:
    return PackageView(p.id, p.member_id, p.name, p.service, p.sessions, p.remaining, p.sold_at, p.expires_on,
                       p.status, p.sale_id)


def member_packages(session: Session, member_id: int, *, open_only: bool = True,
                    today: dt.date | None = None) -> list[PackageView]:
    """The member's packages, soonest expiry first; ``open_only`` keeps those
    with sessions left that have not expired."""
    today = today or dt.date.today()
    stmt = select(MemberPackage).where(MemberPackage.member_id == member_id)
    if open_only:
        stmt = stmt.where(MemberPackage.status == "active", MemberPackage.remaining > 0,
                          (MemberPackage.expires_on.is_(None)) | (MemberPackage.expires_on >= today))
    rows = [_view(p) for p in session.scalars(stmt.order_by(MemberPackage.id))]
    rows.sort(key=lambda v: (v.expires_on is None, v.expires_on or dt.date.max, v.id))
    return rows


def _lock(session: Session, package_id: int) -> MemberPackage:
    p = session.execute(
        select(MemberPackage).where(MemberPackage.id == package_id).with_for_update()
        .execution_options(populate_existing=True)
    ).scalar_one_or_none()
    if p is None:
        raise UserError("package_not_found", value=str(package_id))
    return p


def _post(session: Session, p: MemberPackage, kind: str, sessions: int, *, now: dt.datetime,
          **links) -> PackageEntry:
    assert kind in KINDS, kind
    assert 0 <= p.remaining + sessions <= p.sessions, "package balance out of range"
    p.remaining += sessions
    e = PackageEntry(package_id=p.id, occurred_at=now, kind=kind, sessions=sessions,
                     remaining_after=p.remaining, **links)
    session.add(e)
    session.flush()
    return e


@dataclass(frozen=True)
class PackageSaleResult:
    package: PackageView
    sale: object  # app.sales.SaleResult
    duplicate: bool = False


def sell_package(
    session: Session,
    *,
    sale_key: str,
    member_id: int,
    type_id: int,
    payment_method: str = "cash",
    wallet_cents: int = 0,
    staff_id: int | None = None,
    now: dt.datetime | None = None,
) -> PackageSaleResult:
    """Sell a package of type ``type_id`` to a member (see the module docstring)."""
    from app import sales

    now = now or dt.datetime.now()
    t = session.get(PackageType, type_id)
    if t is None:
        raise UserError("package_type_not_found", value=str(type_id))
    known = session.scalars(select(Sale).where(Sale.sale_key == sale_key)).first()
    if known is None and not t.active:
        raise UserError("package_type_inactive", name=t.name)
    result = sales.record_sale(
        session, sale_key=sale_key, member_id=member_id,
        lines=[sales.Line(t.name, t.price_cents, 1, t.service or None)], category=t.service or None,
        staff_id=staff_id, payment_method=payment_method, wallet_cents=wallet_cents, now=now,
    )
    if result.duplicate:
        p = session.scalars(select(MemberPackage).where(MemberPackage.sale_id == result.sale_id)).first()
        if p is None:
            raise UserError("sale_key_reused")
        return PackageSaleResult(_view(p), result, duplicate=True)
    p = MemberPackage(member_id=member_id, type_id=t.id, sale_id=result.sale_id, name=t.name,
                      service=t.service, sessions=t.sessions, remaining=0, sold_at=now,
                      expires_on=expiry_date(now.date(), t.valid_days, t.valid_months), status="active")
    session.add(p)
    session.flush()
    _post(session, p, "sold", t.sessions, now=now, sale_id=result.sale_id,
          staff_id=auth.staff_id(session, staff_id))
    return PackageSaleResult(_view(p), result)


@dataclass(frozen=True)
class UseResult:
    package_id: int
    member_id: int
    name: str
    remaining: int
    expires_on: dt.date | None
    duplicate: bool = False


def use_session(
    session: Session,
    *,
    package_id: int,
    use_key: str,
    staff_id: int | None = None,
    note: str | None = None,
    now: dt.datetime | None = None,
) -> UseResult:
    """Use one session of a package (one visit)."""
    now = now or dt.datetime.now()
    done = session.execute(
        select(PackageEntry.package_id, PackageEntry.remaining_after).where(PackageEntry.use_key == use_key)
    ).first()
    if done is not None:
        if done[0] != package_id:
            raise UserError("package_use_key_reused")
        p = session.get(MemberPackage, package_id)
        return UseResult(p.id, p.member_id, p.name, done[1], p.expires_on, duplicate=True)
    p = _lock(session, package_id)
    if p.status == "refunded":
        raise UserError("package_refunded", name=p.name)
    if p.expires_on is not None and now.date() > p.expires_on:
        raise UserError("package_expired", name=p.name, date=p.expires_on.isoformat())
    if p.remaining <= 0:
        raise UserError("package_used_up", name=p.name, sessions=p.sessions)
    note = clean_text(note, 500, "note")
    try:
        with session.begin_nested():
            _post(session, p, "use", -1, now=now, use_key=use_key, staff_id=auth.staff_id(session, staff_id),
                  reason=note)
    except IntegrityError:  # the same key used at the same moment on another connection
        return use_session(session, package_id=package_id, use_key=use_key, staff_id=staff_id, now=now)
    return UseResult(p.id, p.member_id, p.name, p.remaining, p.expires_on)


def adjust(
    session: Session,
    *,
    package_id: int,
    sessions: int,
    reason: str,
    corrects_id: int | None = None,
    staff_id: int | None = None,
    now: dt.datetime | None = None,
) -> PackageView:
    """Correct a package's sessions left by hand (owner or manager; a reason
    is required; ``corrects_id`` may name the entry being corrected). It
    stays within 0 and the sessions sold; a closed package is not reopened."""
    auth.require(session, "adjust_balance")
    reason = clean_text(reason, 500, "reason")
    if not reason:
        raise UserError("reason_required", field="reason")
    if type(sessions) is not int or sessions == 0:
        raise UserError("adjust_zero", field="sessions")
    p = _lock(session, package_id)
    if p.status != "active":
        raise UserError("package_refunded" if p.status == "refunded" else "package_expired", name=p.name,
                        date=p.expires_on.isoformat() if p.expires_on else "")
    if not 0 <= p.remaining + sessions <= p.sessions:
        raise UserError("package_adjust_range", field="sessions", name=p.name, left=p.remaining, sessions=p.sessions)
    if corrects_id is not None:
        target = session.get(PackageEntry, corrects_id)
        if target is None or target.package_id != p.id:
            raise UserError("package_not_found", value=str(corrects_id))
    _post(session, p, "adjust", sessions, now=now or dt.datetime.now(), corrects_id=corrects_id,
          staff_id=auth.staff_id(session, staff_id), reason=reason)
    return _view(p)


def expire_packages(session: Session, now: dt.datetime | None = None) -> int:
    """Write the expiry of every open package past its last day (the job run
    on start; idempotent, and it catches up). Returns how many expired.

    Set-based: one read of the candidates, one insert of their entries and
    one update, so a shop with thousands of lapsed packages is not slow.
    """
    now = now or dt.datetime.now()
    today = now.date()
    rows = session.execute(
        select(MemberPackage.id, MemberPackage.remaining, MemberPackage.expires_on)
        .where(MemberPackage.status == "active", MemberPackage.expires_on < today)
        .with_for_update()
    ).all()
    if not rows:
        return 0
    entries = [
        {"package_id": pid, "occurred_at": dt.datetime.combine(exp + dt.timedelta(days=1), dt.time()),
         "kind": "expire", "sessions": -left, "remaining_after": 0, "staff_id": None, "reason": ""}
        for pid, left, exp in rows if left > 0
    ]
    if entries:
        session.execute(insert(PackageEntry), entries)
    ids = [r[0] for r in rows]
    for i in range(0, len(ids), 500):
        session.execute(update(MemberPackage).where(MemberPackage.id.in_(ids[i:i + 500]))
                        .values(remaining=0, status="expired").execution_options(synchronize_session=False))
    session.expire_all()
    return len(rows)


@dataclass(frozen=True)
class PackageRefundResult:
    package_id: int
    sessions_refunded: int
    refund: object | None  # app.sales.RefundResult, None when nothing was paid
    amount_cents: int
    duplicate: bool = False


def refund_package(
    session: Session,
    *,
    package_id: int,
    refund_key: str,
    staff_id: int | None = None,
    reason: str | None = None,
    now: dt.datetime | None = None,
) -> PackageRefundResult:
    """Refund the unused sessions of a package (see the module docstring)."""
    from app import sales

    now = now or dt.datetime.now()
    done = session.execute(
        select(PackageEntry.package_id, PackageEntry.sessions, PackageEntry.refund_id)
        .where(PackageEntry.use_key == f"refund:{refund_key}")
    ).first()
    if done is not None:
        if done[0] != package_id:
            raise UserError("refund_key_reused")
        r = session.get(Refund, done[2]) if done[2] is not None else None
        res = sales.refund_sale(session, sale_id=r.sale_id, refund_key=refund_key) if r is not None else None
        return PackageRefundResult(package_id, -done[1], res, r.amount_cents if r else 0, duplicate=True)
    p = _lock(session, package_id)
    if p.status == "refunded":
        raise UserError("package_refunded", name=p.name)
    if p.status == "expired" or (p.expires_on is not None and now.date() > p.expires_on):
        raise UserError("package_expired", name=p.name, date=p.expires_on.isoformat())
    if p.remaining <= 0:
        raise UserError("package_used_up", name=p.name, sessions=p.sessions)
    sale = session.get(Sale, p.sale_id)
    left = sale.paid_cents - sale.refunded_cents
    amount = min(_ratio(sale.paid_cents, p.remaining, p.sessions), left)
    result = None
    if amount > 0:
        session.info[_REFUNDING] = sale.id
        try:
            result = sales.refund_sale(session, sale_id=sale.id, refund_key=refund_key, amount_cents=amount,
                                       staff_id=staff_id, reason=reason, now=now)
        finally:
            session.info.pop(_REFUNDING, None)
    unused = p.remaining
    _post(session, p, "refund", -unused, now=now, use_key=f"refund:{refund_key}", sale_id=sale.id,
          refund_id=result.refund_id if result else None, staff_id=auth.staff_id(session, staff_id),
          reason=clean_text(reason, 500, "reason"))
    p.status = "refunded"
    session.flush()
    return PackageRefundResult(p.id, unused, result, amount)


def guard_sale_refund(session: Session, sale: Sale) -> None:
    """Refuse the general refund of a package's sale (called by refund_sale
    through the wallet hook); :func:`refund_package` is the way."""
    if session.info.get(_REFUNDING) == sale.id:
        return
    name = session.scalar(select(MemberPackage.name).where(MemberPackage.sale_id == sale.id))
    if name is not None:
        raise UserError("package_refund_elsewhere", name=name)


def package_after_sale(session: Session, sale_id: int) -> PackageView | None:
    """The package a sale sold, if any (for the receipt)."""
    p = session.scalars(select(MemberPackage).where(MemberPackage.sale_id == sale_id)).first()
    return None if p is None else _view(p)


# --------------------------------------------------------------------------- check, follow-ups


def package_problems(session: Session) -> list[str]:
    """Cached ``remaining`` equals the ledger, running balances follow, never
    negative nor above the sessions sold (for app.check)."""
    problems = []
    sums = (select(PackageEntry.package_id, func.sum(PackageEntry.sessions).label("n"))
            .group_by(PackageEntry.package_id).subquery())
    for pid, cached, total in session.execute(
        select(MemberPackage.id, MemberPackage.remaining, func.coalesce(sums.c.n, 0))
        .outerjoin(sums, sums.c.package_id == MemberPackage.id)
        .where(MemberPackage.remaining != func.coalesce(sums.c.n, 0))
    ):
        problems.append(f"package {pid}: {cached} sessions left but the ledger sums to {total}")
    for pid, left, n in session.execute(
        select(MemberPackage.id, MemberPackage.remaining, MemberPackage.sessions)
        .where((MemberPackage.remaining < 0) | (MemberPackage.remaining > MemberPackage.sessions))
    ):
        problems.append(f"package {pid}: {left} sessions left of {n}")
    prev = func.lag(PackageEntry.remaining_after, 1, 0).over(partition_by=PackageEntry.package_id,
                                                             order_by=PackageEntry.id)
    chain = select(PackageEntry.id, PackageEntry.sessions, PackageEntry.remaining_after,
                   prev.label("prev")).subquery()
    for eid, n, after, before in session.execute(
        select(chain).where((chain.c.prev + chain.c.sessions != chain.c.remaining_after)
                            | (chain.c.remaining_after < 0))
    ):
        problems.append(f"package entry {eid}: {before} {n:+d} recorded as {after}")
    return problems


def _unused_sessions(session: Session, as_of: dt.date, lang: str):
    """Follow-up provider: members with sessions left on packages that have
    not expired, soonest expiry named (one indexed query)."""
    from app.followups import Balance

    found: dict[int, list[str]] = {}
    for mid, name, left, exp in session.execute(
        select(MemberPackage.member_id, MemberPackage.name, MemberPackage.remaining, MemberPackage.expires_on)
        .where(MemberPackage.status == "active", MemberPackage.remaining > 0,
               (MemberPackage.expires_on.is_(None)) | (MemberPackage.expires_on >= as_of))
        .order_by(MemberPackage.member_id, MemberPackage.expires_on)
    ):
        if exp is None:
            text = messages.text("package_balance_desc", lang, sessions=left, name=name)
        else:
            text = messages.text("package_balance_expiring", lang, sessions=left, name=name,
                                 date=exp.isoformat(), days=(exp - as_of).days)
        found.setdefault(mid, []).append(text)
    for mid, texts in found.items():
        yield Balance(mid, ("; " if lang == "en" else "；").join(texts))


def _register() -> None:
    from app import followups

    followups.register_balance_provider("packages", _unused_sessions)


_register()
