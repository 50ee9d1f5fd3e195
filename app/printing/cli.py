"""The ``print`` command: ``print cards|coupons|flyers|postcards ... --out FILE.pdf``.

Hook it into the main parser with :func:`add_print_commands`; every leaf
parser has ``handler=cmd_print`` (opens the shop from ``args.db_url``), and
:func:`run` does the work for a caller that already has a shop. Options match
the Print tab. Nothing here imports Qt.
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Sequence

from app import messages
from app.errors import UserError

EPILOG = """\
Coupon codes are issued only once the PDF has been written; an interrupted
run issues nothing. The print offset (--offset-x/--offset-y, millimetres,
+x right, +y down) defaults to the shop's setting from the Print tab.
exit status: 0 done; 1 refused (bad input or data; nothing issued); 2 wrong usage.
"""


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (use YYYY-MM-DD)") from None


def _count(text: str) -> int:
    try:
        v = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if v < 1:
        raise argparse.ArgumentTypeError(f"{text!r} must be 1 or more")
    return v


def _month(text: str) -> int:
    v = _count(text)
    if v > 12:
        raise argparse.ArgumentTypeError(f"{text!r} is not a month (1-12)")
    return v


def _mm(text: str) -> float:
    try:
        v = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of millimetres") from None
    if not -20 <= v <= 20:
        raise argparse.ArgumentTypeError(f"{text!r}: the offset must be between -20 and 20 mm")
    return v


def _sheet(text: str) -> str | None:
    t = text.strip()
    if t.lower() in ("own", "none", "single"):
        return None
    for s in ("A4", "Letter"):
        if t.lower() == s.lower():
            return s
    raise argparse.ArgumentTypeError(f"{text!r}: use A4, Letter or own")


def _add_common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF to write (replaced if it exists)")
    p.add_argument("--offset-x", type=_mm, default=None, metavar="MM",
                   help="move the print right (negative: left), in mm; default: the shop's setting")
    p.add_argument("--offset-y", type=_mm, default=None, metavar="MM",
                   help="move the print down (negative: up), in mm; default: the shop's setting")


def _add_members(p: argparse.ArgumentParser, what: str) -> None:
    g = p.add_argument_group("which members (one of)")
    g.add_argument("--member", action="append", default=[], metavar="NO",
                   help=f"card number of a member to print {what} for; repeat, or separate with commas")
    g.add_argument("--all", action="store_true", help="every member")
    g.add_argument("--birthday-month", type=_month, metavar="M", help="members born in month M (1-12)")
    g.add_argument("--joined-since", type=_date, metavar="YYYY-MM-DD", help="members who joined on or after the date")


def _add_offer(p: argparse.ArgumentParser, optional: bool) -> None:
    g = p.add_argument_group(
        "the coupon" + (" (optional: give --kind to put a distinct code on each one)" if optional else "")
    )
    g.add_argument("--kind", choices=("amount_off", "percent_off", "free_item"), required=not optional,
                   help="amount off, percent off, or a free item")
    g.add_argument("--value", metavar="V",
                   help="amount off (e.g. 50 or 12.50), or percent off (e.g. 20), or the free item's worth (optional)")
    g.add_argument("--item", default="", metavar="TEXT", help="the free item (for free_item)")
    g.add_argument("--name", metavar="TEXT", help="the batch's name, shown in reports and printed as a title")
    g.add_argument("--min-spend", metavar="AMOUNT", help="minimum purchase for the coupon to apply")
    g.add_argument("--valid-from", type=_date, metavar="YYYY-MM-DD", help="first valid day (default today)")
    g.add_argument("--valid-until", type=_date, metavar="YYYY-MM-DD", help="last valid day (inclusive)")
    g.add_argument("--days", type=_count, default=30, metavar="N",
                   help="valid for N days from --valid-from when --valid-until is not given (default 30)")
    g.add_argument("--channel", default="", metavar="TEXT",
                   help="the run or channel (e.g. 'parcel inserts Dec'), so the report shows what brought people back")


def add_print_commands(subparsers, parents: Sequence[argparse.ArgumentParser] = ()) -> argparse.ArgumentParser:
    """Add ``print`` and its four documents to ``subparsers`` (from the main
    parser's ``add_subparsers``); ``parents`` carry shared options (--db,
    --lang). Each leaf sets ``handler=cmd_print``. Returns the ``print`` parser."""
    fmt = argparse.RawDescriptionHelpFormatter
    top = subparsers.add_parser(
        "print", help="print member cards, coupons, flyers or postcards to a PDF",
        description="Write member cards, coupon sheets (plain or scratch-card), flyers / package "
                    "inserts or postcards to a PDF, with an embedded Chinese font.",
        epilog=EPILOG, formatter_class=fmt, parents=list(parents),
    )
    sub = top.add_subparsers(dest="print_what", metavar="DOCUMENT", required=True)

    def leaf(name, help, description):
        p = sub.add_parser(name, help=help, description=description, epilog=EPILOG,
                           formatter_class=fmt, parents=list(parents))
        p.set_defaults(handler=cmd_print, print_what=name)
        return p

    p = leaf("cards", "member cards (CR80 85.6 × 54 mm)",
             "Member cards: shop name and logo, member name, card number as text and QR (or Code 128). "
             "Ten to an A4 sheet (nine on Letter) with cut marks, or one per card-sized page for a card printer.")
    _add_members(p, "a card")
    p.add_argument("--layout", choices=("A4", "Letter", "CR80"), default=None,
                   help="A4/Letter sheets with cut marks, or CR80 (one card per page); default: the shop's paper")
    p.add_argument("--barcode", choices=("qr", "code128"), default="qr", help="QR code (default) or Code 128")
    p.add_argument("--logo", default=None, metavar="FILE", help="logo picture (PNG/JPEG); default: the shop's setting")
    _add_common(p)

    p = leaf("coupons", "a new batch of coupons or vouchers, or a reprint",
             "Issue a batch of single-use coupons (each its own unguessable code, printed as text and QR) "
             "and print them N-up with cut marks; --style scratch puts the code in a box for a scratch-off "
             "sticker. --batch ID reprints a batch already issued (nothing new is issued).")
    _add_offer(p, optional=True)
    p.add_argument("--count", type=_count, default=10, metavar="N", help="how many coupons (default 10)")
    p.add_argument("--member", default="", metavar="NO", help="only this member (card number) may use them")
    p.add_argument("--batch", type=_count, default=None, metavar="ID", help="reprint this existing batch")
    p.add_argument("--style", choices=("standard", "scratch"), default="standard", help="default standard")
    p.add_argument("--size", choices=("small", "wallet", "large"), default="wallet",
                   help="small 64×40 mm (21 on A4), wallet 85.6×54 mm (10), large 95×68 mm (8); default wallet")
    p.add_argument("--sheet", type=_sheet, default="A4", metavar="A4|Letter|own",
                   help="sheet with cut marks, or own (one coupon per page); default A4")
    _add_common(p)

    p = leaf("flyers", "flyers / package inserts, optionally one coupon code each",
             "Flyers or package inserts (A4, A5, A6, DL): headline, body, picture, the shop's contact line "
             "and a QR code. With --kind, a run of --count flyers carries that many distinct coupon codes "
             "(name the run with --channel).")
    p.add_argument("--size", choices=("A4", "A5", "A6", "DL"), default="A5", help="default A5")
    p.add_argument("--headline", required=True, metavar="TEXT")
    p.add_argument("--body", default="", metavar="TEXT")
    p.add_argument("--body-file", default=None, metavar="FILE", help="read the body from a UTF-8 text file")
    p.add_argument("--image", default="", metavar="FILE", help="a picture (PNG/JPEG)")
    p.add_argument("--count", type=_count, default=1, metavar="N", help="how many flyers (default 1)")
    p.add_argument("--url", default="", metavar="URL", help="QR code target when there is no coupon")
    p.add_argument("--caption", default="", metavar="TEXT", help="a line under the offer (e.g. 'Show this at the counter')")
    p.add_argument("--sheet", type=_sheet, default=None, metavar="A4|Letter|own",
                   help="own: each flyer on a page of its size (default); A4: tiled edge to edge with cut ticks")
    p.add_argument("--logo", default=None, metavar="FILE", help="logo picture; default: the shop's setting")
    _add_offer(p, optional=True)
    _add_common(p)

    p = leaf("postcards", "A6 postcards, one per member, with a personal code",
             "A6 postcards, one per member of a list (e.g. --birthday-month 12): the member's name in the "
             "greeting ({name} is replaced), your message and, with --kind, a personal coupon only that member can use.")
    _add_members(p, "a postcard")
    p.add_argument("--greeting", required=True, metavar="TEXT", help="e.g. '親愛的 {name}，生日快樂！'")
    p.add_argument("--message", default="", metavar="TEXT")
    p.add_argument("--message-file", default=None, metavar="FILE", help="read the message from a UTF-8 text file")
    p.add_argument("--image", default="", metavar="FILE", help="a picture (PNG/JPEG)")
    p.add_argument("--sheet", type=_sheet, default=None, metavar="A4|Letter|own",
                   help="own: one A6 page each (default); A4: four to a sheet with cut ticks")
    p.add_argument("--logo", default=None, metavar="FILE", help="logo picture; default: the shop's setting")
    _add_offer(p, optional=True)
    _add_common(p)
    return top


# --- turning arguments into jobs -------------------------------------------------------


def _members(args):
    from app.printing import jobs

    numbers = tuple(n.strip() for raw in args.member for n in raw.split(",") if n.strip())
    given = sum(bool(x) for x in (numbers, args.all, args.birthday_month, args.joined_since))
    if given != 1:
        raise _Usage("give exactly one of --member, --all, --birthday-month, --joined-since")
    if numbers:
        return jobs.Members("numbers", numbers=numbers)
    if args.all:
        return jobs.Members("all")
    if args.birthday_month:
        return jobs.Members("birthday_month", month=args.birthday_month)
    return jobs.Members("joined_since", since=args.joined_since)


class _Usage(Exception):
    pass


def _offer(args, default_name: str):
    from app.printing import jobs
    from app.textparse import parse_amount_cents, parse_points

    if not args.kind:
        return None
    if args.kind == "percent_off":
        if args.value is None:
            raise _Usage("--value is required for percent_off (e.g. 20 for 20% off)")
        value = parse_points(args.value.rstrip("%％"), field="value")
    elif args.kind == "amount_off":
        if args.value is None:
            raise _Usage("--value is required for amount_off (e.g. 50)")
        value = parse_amount_cents(args.value, field="value")
    else:
        value = parse_amount_cents(args.value, field="value") if args.value else 0
    start = args.valid_from or dt.date.today()
    until = args.valid_until or start + dt.timedelta(days=args.days - 1)
    min_spend = parse_amount_cents(args.min_spend, field="min_spend", allow_zero=True) if args.min_spend else 0
    return jobs.Offer(
        name=(args.name or default_name).strip(), kind=args.kind, value=value, valid_from=start,
        valid_until=until, min_spend_cents=min_spend, item_name=args.item, channel=args.channel,
    )


def _read_text(path: str | None, inline: str) -> str:
    if not path:
        return inline
    try:
        return Path(path).read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise UserError("print_file_unwritable", path=path, reason=exc.strerror or str(exc)) from exc


def build_job(args, shop):
    """The job the arguments describe (raises _Usage or UserError)."""
    from app.printing import common, jobs

    what = args.print_what
    if what == "cards":
        layout = args.layout
        if layout is None:
            with shop.read() as s:
                layout = common.shop_info(s).paper
        return jobs.CardJob(members=_members(args), layout=layout, barcode=args.barcode, logo_path=args.logo)
    if what == "coupons":
        if args.batch is not None:
            return jobs.CouponJob(batch_id=args.batch, style=args.style, size=args.size, sheet=args.sheet)
        if not args.kind:
            raise _Usage("give --kind (and --value, --name ...) for a new batch, or --batch ID to reprint")
        if not args.name:
            raise _Usage("give the batch a --name")
        return jobs.CouponJob(
            offer=_offer(args, args.name), count=args.count, member_no=args.member,
            style=args.style, size=args.size, sheet=args.sheet,
        )
    if what == "flyers":
        return jobs.FlyerJob(
            size=args.size, headline=args.headline, body=_read_text(args.body_file, args.body),
            image_path=args.image, count=args.count, offer=_offer(args, args.channel or args.headline),
            url=args.url, qr_caption=args.caption, sheet=args.sheet, logo_path=args.logo,
        )
    if what == "postcards":
        return jobs.PostcardJob(
            members=_members(args), greeting=args.greeting, message=_read_text(args.message_file, args.message),
            image_path=args.image, offer=_offer(args, args.channel or f"Postcards {dt.date.today().isoformat()}"),
            sheet=args.sheet, logo_path=args.logo,
        )
    raise _Usage(f"unknown document {what!r}")


def run(args, shop) -> int:
    """Run a parsed ``print`` command against ``shop``.

    Returns:
        0 done; 1 refused (the reason is on stderr, nothing issued); 2 usage.
    """
    from app.printing import jobs

    try:
        job = build_job(args, shop)
        offset = None
        if args.offset_x is not None or args.offset_y is not None:
            with shop.read() as s:
                from app.printing import common

                dx, dy = common.shop_info(s).offset_mm
            offset = (args.offset_x if args.offset_x is not None else dx, args.offset_y if args.offset_y is not None else dy)
        result = jobs.run(shop, job, args.out, offset_mm=offset)
    except _Usage as e:
        print(f"print {args.print_what}: {e}", file=sys.stderr)
        return 2
    except UserError as e:
        print(e.message(), file=sys.stderr)
        return 1
    print(messages.text("print_done", path=result.path, pages=result.pages, count=result.count))
    if result.batch is not None and job_issued(job):
        print(messages.text("print_batch_issued", batch_id=result.batch.id, name=result.batch.name, count=result.batch.count))
    return 0


def job_issued(job) -> bool:
    """Whether the job issues a new batch (not a reprint, not cards)."""
    from app.printing import jobs

    if isinstance(job, jobs.CouponJob):
        return job.batch_id is None
    return getattr(job, "offer", None) is not None


def cmd_print(args) -> int:
    """Handler for the main CLI: opens the shop at ``args.db_url``."""
    from app.shop import Shop

    shop = Shop(args.db_url)
    try:
        return run(args, shop)
    finally:
        shop.close()


def main(argv: Sequence[str] | None = None) -> int:
    """Stand-alone entry (``python -m app.printing.cli print ...``), for tests
    and until the main CLI hooks this in."""
    from db.engine import default_url

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="URL", default=argparse.SUPPRESS)
    common.add_argument("--lang", choices=messages.LANGS, default=argparse.SUPPRESS)
    parser = argparse.ArgumentParser(prog="print", parents=[common])
    sub = parser.add_subparsers(dest="command", required=True)
    add_print_commands(sub, parents=[common])
    args = parser.parse_args(argv)
    messages.set_language(getattr(args, "lang", None) or "en")
    args.db_url = getattr(args, "db", None) or default_url()
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())
