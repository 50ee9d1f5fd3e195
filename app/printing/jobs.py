"""Print jobs: from what the owner asked for to a PDF, with the database.

A job runs in three steps so nothing is issued that was not printed and a
cancelled run leaves no trace:

1. :func:`prepare` (inside ``shop.read()``): pick the members, read the shop's
   print settings, draw fresh coupon codes no stored coupon has.
2. :func:`render` (no database; slow, so off the UI thread): write the PDF,
   reporting progress and honouring cancel.
3. :func:`commit` (inside ``shop.transaction()``): issue the coupon batch with
   exactly the codes printed.

:func:`run` does all three for the command line, writing the PDF atomically.
:func:`preview` renders one page with sample codes (nothing stored) for the
live preview.
"""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO, Callable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import cardno
from app import coupons as coupon_service
from app.errors import UserError
from app.printing import cards, common, coupons_pdf, flyers, postcards
from db.models import Member

DOCUMENTS = ("cards", "coupons", "flyers", "postcards")


# --- what the owner asks for -----------------------------------------------------------


@dataclass(frozen=True)
class Offer:
    """The coupon batch a job issues (see :func:`app.coupons.create_batch`)."""

    name: str
    kind: str  # amount_off | percent_off | free_item
    value: int  # minor units off, percent off, or the free item's worth
    valid_from: dt.date
    valid_until: dt.date
    min_spend_cents: int = 0
    item_name: str = ""
    channel: str = ""


@dataclass(frozen=True)
class Members:
    """Which members: ``numbers`` (card numbers), ``ids``, ``all``,
    ``birthday_month`` (1–12) or ``joined_since`` (a date)."""

    kind: str = "numbers"
    numbers: tuple[str, ...] = ()
    ids: tuple[int, ...] = ()
    month: int | None = None
    since: dt.date | None = None


@dataclass(frozen=True)
class CardJob:
    members: Members
    layout: str = "A4"  # A4 | Letter | CR80
    barcode: str = "qr"  # qr | code128
    logo_path: str | None = None  # None: the shop's logo setting


@dataclass(frozen=True)
class CouponJob:
    offer: Offer | None = None  # None with batch_id: reprint that batch
    count: int = 10
    member_no: str = ""  # a batch for one member
    style: str = "standard"  # standard | scratch
    size: str = "wallet"  # small | wallet | large
    sheet: str | None = "A4"  # A4 | Letter | None (one per page)
    batch_id: int | None = None


@dataclass(frozen=True)
class FlyerJob:
    size: str
    headline: str
    body: str = ""
    image_path: str = ""
    count: int = 1
    offer: Offer | None = None  # one distinct code per flyer
    url: str = ""  # QR payload when there is no offer
    qr_caption: str = ""
    sheet: str | None = None  # None (own paper size) | A4 | Letter
    logo_path: str | None = None


@dataclass(frozen=True)
class PostcardJob:
    members: Members
    greeting: str
    message: str = ""
    image_path: str = ""
    offer: Offer | None = None  # a personal code per member
    sheet: str | None = None  # None (A6 pages) | A4 | Letter
    logo_path: str | None = None


Job = CardJob | CouponJob | FlyerJob | PostcardJob


@dataclass
class Prepared:
    """A job ready to render: plain values only (safe across threads)."""

    document: str
    items: list
    # render_fn(out, items, *, offset_mm, progress, cancel, max_pages) -> pages
    render_fn: Callable[..., int]
    info: common.ShopInfo
    batch_kwargs: dict[str, Any] | None = None  # create_batch arguments, codes included
    batch: coupon_service.BatchView | None = None  # set by commit (or a reprint)
    per_page: int = 1

    @property
    def count(self) -> int:
        return len(self.items)

    @property
    def pages(self) -> int:
        return max(1, -(-len(self.items) // self.per_page))

    @property
    def codes(self) -> list[str]:
        return list(self.batch_kwargs["codes"]) if self.batch_kwargs else []


@dataclass(frozen=True)
class JobResult:
    path: str
    pages: int
    count: int
    batch: coupon_service.BatchView | None


# --- members -------------------------------------------------------------------------


@dataclass(frozen=True)
class MemberRow:
    id: int
    member_no: str
    name: str


def _member_query(sel: Members):
    """(filter, order) for the selections answered by one query."""
    if sel.kind == "all":
        return None, (Member.member_no,)
    if sel.kind == "birthday_month":
        if sel.month is None or not 1 <= sel.month <= 12:
            raise ValueError("birthday_month needs a month 1-12")
        return Member.birth_month == sel.month, (Member.birth_day, Member.name)
    if sel.kind == "joined_since":
        if sel.since is None:
            raise ValueError("joined_since needs a date")
        return Member.joined_on >= sel.since, (Member.joined_on, Member.member_no)
    raise ValueError(f"member selection {sel.kind!r}")


def select_members(session: Session, sel: Members, limit: int | None = None) -> list[MemberRow]:
    """The members a selection names, in a sensible print order; ``limit``
    returns only the first ones (the preview).

    Raises:
        UserError: an unknown card number, nobody selected, or more than
            :data:`app.coupons.MAX_BATCH` members in one job.
    """
    cap = coupon_service.MAX_BATCH
    cols = (Member.id, Member.member_no, Member.name)
    if sel.kind == "numbers":
        rows = []
        for raw in sel.numbers:
            no = cardno.normalize(raw)
            if not no:
                continue
            r = session.execute(select(*cols).where(Member.member_no == no)).first()
            if r is None:
                raise UserError("member_not_found", field="members", value=raw)
            rows.append(MemberRow(*r))
    elif sel.kind == "ids":
        found = {r[0]: MemberRow(*r) for r in session.execute(select(*cols).where(Member.id.in_(list(sel.ids))))}
        missing = [i for i in sel.ids if i not in found]
        if missing:
            raise UserError("member_not_found", field="members", value=str(missing[0]))
        rows = [found[i] for i in sel.ids]
    else:
        where, order = _member_query(sel)
        stmt = select(*cols).order_by(*order).limit(cap + 1 if limit is None else limit)
        if where is not None:
            stmt = stmt.where(where)
        rows = [MemberRow(*r) for r in session.execute(stmt)]
    if not rows:
        raise UserError("print_no_members", field="members")
    if len(rows) > cap:
        raise UserError("coupon_count_invalid", field="members", value=count_members(session, sel), max=cap)
    return rows if limit is None else rows[:limit]


def count_members(session: Session, sel: Members) -> int:
    """How many members a selection names (a COUNT, not a load)."""
    if sel.kind in ("numbers", "ids"):
        return len(sel.numbers if sel.kind == "numbers" else sel.ids)
    where, _order = _member_query(sel)
    stmt = select(func.count()).select_from(Member)
    if where is not None:
        stmt = stmt.where(where)
    return int(session.scalar(stmt) or 0)


# --- preparing -------------------------------------------------------------------------


def _info(session: Session, logo_path: str | None) -> common.ShopInfo:
    info = common.shop_info(session)
    if logo_path is not None:
        info = replace(info, logo_path=logo_path)
    return info


def _batch_view(offer: Offer, count: int, member_id: int | None, document: str) -> coupon_service.BatchView:
    return coupon_service.BatchView(
        0, offer.name, offer.kind, offer.value, offer.item_name, offer.min_spend_cents, offer.valid_from,
        offer.valid_until, member_id, offer.channel, document, count, dt.datetime.now(),
    )


def _batch_kwargs(offer: Offer, codes: list[str], document: str, **extra) -> dict[str, Any]:
    return dict(
        name=offer.name, kind=offer.kind, value=offer.value, valid_from=offer.valid_from,
        valid_until=offer.valid_until, min_spend_cents=offer.min_spend_cents, item_name=offer.item_name,
        channel=offer.channel, document=document, codes=codes, **extra,
    )


def _validate_offer(offer: Offer, count: int) -> None:
    """Refuse a bad offer before anything is rendered (same rules as create_batch)."""
    if not offer.name.strip():
        raise UserError("coupon_name_required", field="name")
    if offer.kind not in coupon_service.KINDS:
        raise UserError("coupon_kind_invalid", field="kind", value=offer.kind)
    if offer.kind == "amount_off" and offer.value <= 0:
        raise UserError("amount_not_positive", field="value")
    if offer.kind == "percent_off" and not 1 <= offer.value <= 100:
        raise UserError("coupon_percent_invalid", field="value", value=offer.value)
    if offer.kind == "free_item" and not offer.item_name.strip():
        raise UserError("coupon_item_required", field="item_name")
    if offer.valid_until < offer.valid_from:
        raise UserError(
            "coupon_dates_invalid", field="valid_until",
            valid_from=offer.valid_from.isoformat(), valid_until=offer.valid_until.isoformat(),
        )
    if not 1 <= count <= coupon_service.MAX_BATCH:
        raise UserError("coupon_count_invalid", field="count", value=count, max=coupon_service.MAX_BATCH)


def _codes(session: Session | None, n: int, sample: bool) -> list[str]:
    if sample or session is None:
        return [coupon_service.generate_code() for _ in range(n)]
    return coupon_service.fresh_codes(session, n)


def _per_page(cell_w: float, cell_h: float, sheet: str | None, min_margin: float) -> int:
    return 1 if sheet is None else common.fit_grid(sheet, cell_w, cell_h, min_margin).per_page


def prepare(session: Session, job: Job, *, sample: bool = False, limit: int | None = None) -> Prepared:
    """Gather what ``job`` prints. With ``sample`` the coupon codes are
    random samples (for the preview; never stored) and ``limit`` caps the
    items (the preview renders one page)."""
    if isinstance(job, CardJob):
        return _prepare_cards(session, job, limit)
    if isinstance(job, CouponJob):
        return _prepare_coupons(session, job, sample, limit)
    if isinstance(job, FlyerJob):
        return _prepare_flyers(session, job, sample, limit)
    if isinstance(job, PostcardJob):
        return _prepare_postcards(session, job, sample, limit)
    raise TypeError(job)


def _prepare_cards(session: Session, job: CardJob, limit: int | None) -> Prepared:
    info = _info(session, job.logo_path)
    rows = select_members(session, job.members, limit)
    tiers: dict[int, tuple[str, str]] = {}
    lookup = cards.tier_lookup()
    if lookup is not None:
        tiers = lookup(session, [r.id for r in rows]) or {}
    faces = [
        cards.CardFace(r.member_no, r.name, *(tiers.get(r.id) or ("", None)))
        for r in rows
    ]
    sheet = None if job.layout == "CR80" else job.layout
    return Prepared(
        "cards", faces, partial(cards.render, info=info, layout=job.layout, barcode=job.barcode), info,
        per_page=_per_page(cards.CARD_W, cards.CARD_H, sheet, common.MIN_MARGIN_MM),
    )


def _prepare_coupons(session: Session, job: CouponJob, sample: bool, limit: int | None) -> Prepared:
    info = _info(session, None)
    w, h = coupons_pdf.COUPON_SIZES[job.size]
    per_page = _per_page(w, h, job.sheet, common.MIN_MARGIN_MM)
    fn = partial(coupons_pdf.render, style=job.style, size=job.size, sheet=job.sheet)
    if job.batch_id is not None:  # reprint: the stored codes, nothing new issued
        batch = coupon_service.get_batch(session, job.batch_id)
        rows = coupon_service.batch_coupons(session, job.batch_id)
        if limit is not None:
            rows = rows[:limit]
        faces = coupons_pdf.faces_for(batch, rows, info)
        return Prepared("coupons", faces, fn, info, batch=batch, per_page=per_page)
    offer = job.offer
    if offer is None:
        raise ValueError("a coupon job needs an offer or a batch_id")
    member = None
    if job.member_no.strip():
        member = select_members(session, Members("numbers", numbers=(job.member_no,)))[0]
        count = job.count or 1
    else:
        count = job.count
    _validate_offer(offer, count)
    n = count if limit is None else min(count, limit)
    codes = _codes(session, n, sample)
    document = "scratch" if job.style == "scratch" else "coupon"
    view = _batch_view(offer, count, member.id if member else None, document)
    rows = [
        coupon_service.CouponRow(i + 1, code, member.id if member else None, member.name if member else "", member.member_no if member else "")
        for i, code in enumerate(codes)
    ]
    faces = coupons_pdf.faces_for(view, rows, info)
    return Prepared(
        "coupons", faces, fn, info,
        batch_kwargs=_batch_kwargs(offer, codes, document, count=len(codes), member_id=member.id if member else None),
        per_page=per_page,
    )


def _prepare_flyers(session: Session, job: FlyerJob, sample: bool, limit: int | None) -> Prepared:
    info = _info(session, job.logo_path)
    if not job.headline.strip():
        raise UserError("print_text_required", field="headline", what=_HEADLINE[info.lang])
    if job.size not in flyers.FLYER_SIZES:
        raise ValueError(job.size)
    count = job.count
    if not 1 <= count <= coupon_service.MAX_BATCH:
        raise UserError("coupon_count_invalid", field="count", value=count, max=coupon_service.MAX_BATCH)
    n = count if limit is None else min(count, limit)
    offer_text, rules, batch_kwargs = "", (), None
    if job.offer is not None:
        _validate_offer(job.offer, count)
        view = _batch_view(job.offer, count, None, "flyer")
        offer_text = coupon_service.describe_offer(view, info.currency, info.lang)
        rules = tuple(coupon_service.describe_rules(view, info.currency, info.lang))
        codes: list[str | None] = list(_codes(session, n, sample))
        batch_kwargs = _batch_kwargs(job.offer, list(codes), "flyer", count=n)
    else:
        codes = [None] * n
    content = flyers.FlyerContent(
        size=job.size, headline=job.headline, body=job.body, image_path=job.image_path, offer=offer_text,
        rules=rules, qr_caption=job.qr_caption, url=job.url, shop=info,
    )
    common.load_image(job.image_path)  # refuse an unreadable picture before rendering
    w, h = common.SIZES[job.size]
    return Prepared(
        "flyers", codes, lambda out, items, **kw: flyers.render(out, content, items, sheet=job.sheet, **kw), info,
        batch_kwargs=batch_kwargs, per_page=_per_page(w, h, job.sheet, 0.0),
    )


def _prepare_postcards(session: Session, job: PostcardJob, sample: bool, limit: int | None) -> Prepared:
    info = _info(session, job.logo_path)
    if not job.greeting.strip():
        raise UserError("print_text_required", field="greeting", what=_GREETING[info.lang])
    rows = select_members(session, job.members, limit)
    offer_text, rules, batch_kwargs = "", (), None
    if job.offer is not None:
        _validate_offer(job.offer, len(rows))
        view = _batch_view(job.offer, len(rows), None, "postcard")
        offer_text = coupon_service.describe_offer(view, info.currency, info.lang)
        rules = tuple(coupon_service.describe_rules(view, info.currency, info.lang))
        codes: list[str | None] = list(_codes(session, len(rows), sample))
        batch_kwargs = _batch_kwargs(job.offer, list(codes), "postcard", member_ids=[r.id for r in rows])
    else:
        codes = [None] * len(rows)
    content = postcards.PostcardContent(
        greeting=job.greeting, message=job.message, offer=offer_text, rules=rules,
        image_path=job.image_path, shop=info,
    )
    common.load_image(job.image_path)
    items = [postcards.PostcardItem(r.name, code) for r, code in zip(rows, codes)]
    return Prepared(
        "postcards", items, lambda out, its, **kw: postcards.render(out, content, its, sheet=job.sheet, **kw), info,
        batch_kwargs=batch_kwargs, per_page=_per_page(postcards.CARD_W, postcards.CARD_H, job.sheet, 0.0),
    )


_HEADLINE = {"en": "headline", "zh_TW": "標題", "zh_CN": "标题"}
_GREETING = {"en": "greeting", "zh_TW": "問候語", "zh_CN": "问候语"}


# --- rendering and committing ----------------------------------------------------------


def render(
    prepared: Prepared,
    out: str | Path | BinaryIO,
    *,
    offset_mm: tuple[float, float] | None = None,
    progress: common.ProgressFn | None = None,
    cancel: common.CancelFn | None = None,
    first_page: int = 0,
    max_pages: int | None = None,
) -> int:
    """Write the PDF (no database). ``offset_mm`` defaults to the shop's
    print offset; ``first_page``/``max_pages`` pick pages (the preview).

    Raises:
        Cancelled: when ``cancel()`` turned True.
    """
    items = prepared.items
    if first_page:
        items = items[first_page * prepared.per_page :]
    return prepared.render_fn(
        out, items, offset_mm=prepared.info.offset_mm if offset_mm is None else offset_mm,
        progress=progress, cancel=cancel, max_pages=max_pages,
    )


def commit(session: Session, prepared: Prepared, *, staff_id: int | None = None, now: dt.datetime | None = None):
    """Issue the batch the PDF carries (nothing for cards or a reprint).

    Returns:
        The new batch, or the reprinted one, or None.
    """
    if prepared.batch_kwargs is None:
        return prepared.batch
    prepared.batch = coupon_service.create_batch(session, **prepared.batch_kwargs, staff_id=staff_id, now=now)
    return prepared.batch


def run(
    shop,
    job: Job,
    out: str | Path,
    *,
    offset_mm: tuple[float, float] | None = None,
    progress: common.ProgressFn | None = None,
    cancel: common.CancelFn | None = None,
    staff_id: int | None = None,
) -> JobResult:
    """Prepare, render to ``out`` (atomically: a ``.part`` file renamed once
    the batch is issued) and commit. Nothing is issued if rendering fails or
    is cancelled; no PDF appears if issuing fails.

    Raises:
        UserError: bad input, or ``print_file_unwritable``.
        Cancelled: cancelled; nothing written or issued.
    """
    out = Path(out)
    with shop.read() as s:
        prepared = prepare(s, job)
    part = out.with_name(out.name + ".part")
    try:
        pages = render(prepared, part, offset_mm=offset_mm, progress=progress, cancel=cancel)
    except OSError as exc:
        _unlink(part)
        raise UserError("print_file_unwritable", field="out", path=str(out), reason=exc.strerror or str(exc)) from exc
    except BaseException:
        _unlink(part)
        raise
    try:
        with shop.transaction() as s:
            batch = commit(s, prepared, staff_id=staff_id)
        os.replace(part, out)
    except OSError as exc:
        _unlink(part)
        raise UserError("print_file_unwritable", field="out", path=str(out), reason=exc.strerror or str(exc)) from exc
    except BaseException:
        _unlink(part)
        raise
    return JobResult(str(out), pages, prepared.count, batch)


def _unlink(p: Path) -> None:
    try:
        p.unlink()
    except OSError:
        pass


def preview(
    session: Session, job: Job, page: int = 0, offset_mm: tuple[float, float] | None = None
) -> tuple[bytes, int]:
    """One page of ``job`` as PDF bytes, with sample codes (nothing stored),
    and the number of pages the real job will have. ``offset_mm`` overrides
    the shop's print offset (the tab shows the offset being nudged)."""
    import io

    full = prepare(session, job, sample=True, limit=1)  # cheap: to learn per_page
    per = full.per_page
    total_items = _count(session, job)
    pages = max(1, -(-total_items // per))
    page = max(0, min(page, pages - 1))
    prepared = prepare(session, job, sample=True, limit=(page + 1) * per)
    buf = io.BytesIO()
    render(prepared, buf, offset_mm=offset_mm, first_page=page, max_pages=1)
    return buf.getvalue(), pages


def _count(session: Session, job: Job) -> int:
    if isinstance(job, CardJob):
        return count_members(session, job.members)
    if isinstance(job, CouponJob):
        if job.batch_id is not None:
            return len(coupon_service.batch_coupons(session, job.batch_id))
        return job.count
    if isinstance(job, FlyerJob):
        return job.count
    return count_members(session, job.members)
