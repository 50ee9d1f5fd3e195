"""One station's devices, without Qt: queue receipts, print them, kick the
drawer, write to the pole display, test each device.

The window runs these calls on worker threads (ui/device_manager.py); the
command line and the tests call them directly. Every device failure comes
back as a :class:`~app.errors.UserError` (for a print job it is also stored on
the job), never as an exception that could undo a sale: the sale's own
transaction is over before any of this runs.
"""
from __future__ import annotations

import datetime as dt
import logging
import threading
from dataclasses import dataclass, field

from app import receipts
from app.devices import config as device_config
from app.devices import display as pole
from app.devices import printer as receipt_printer
from app.devices import printqueue, station_id
from app.devices.config import DeviceSetup
from app.devices.escpos_out import render
from app.errors import UserError
from app.shop import Shop
from db.device_models import DrawerOpening
from db.models import Sale

log = logging.getLogger(__name__)


@dataclass
class PrintRun:
    """What :meth:`Devices.print_pending` did: jobs printed, and the job that
    failed (the run stops there; later jobs keep waiting) with its error."""

    printed: list[int] = field(default_factory=list)
    failed_job: int | None = None
    error: UserError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(frozen=True)
class DrawerResult:
    opening_id: int
    ok: bool
    error: UserError | None = None


class Devices:
    """The devices of ``station`` (default: this computer) for ``shop``."""

    def __init__(self, shop: Shop, station: str | None = None):
        self.shop = shop
        self.station = station or station_id()
        self._printer_lock = threading.Lock()  # one conversation with the printer at a time

    # ------------------------------------------------------------------ settings
    def setup(self) -> DeviceSetup:
        with self.shop.read() as s:
            return device_config.load(s, self.station)

    def save(self, cfg):
        """Validate and store one device's settings (UserError if invalid)."""
        with self.shop.transaction() as s:
            return device_config.save(s, self.station, cfg)

    # ------------------------------------------------------------------ queue
    def recover(self) -> int:
        """At start-up: jobs cut off mid-print become failed (see printqueue)."""
        with self.shop.transaction() as s:
            return printqueue.recover_interrupted(s, self.station)

    def queue(self, kind: str, document: dict, *, ref_id: int | None = None, staff_id: int | None = None):
        with self.shop.transaction() as s:
            return printqueue.enqueue(
                s, station=self.station, kind=kind, document=document, title=document.get("title", ""),
                ref_id=ref_id, staff_id=staff_id,
            )

    def queue_sale(self, sale_id: int, *, coupon=None, staff_id: int | None = None):
        """Queue the receipt of a saved sale; None when this station has no printer."""
        if not self.setup().printer.configured:
            return None
        with self.shop.read() as s:
            queued = printqueue.original_for(s, "sale", sale_id)
            if queued is not None:
                return queued
            doc = receipts.sale_document(s, sale_id, coupon=coupon)
        return self.queue("sale", doc, ref_id=sale_id, staff_id=staff_id)

    def queue_refund(self, refund_id: int, *, staff_id: int | None = None):
        if not self.setup().printer.configured:
            return None
        with self.shop.read() as s:
            doc = receipts.refund_document(s, refund_id)
        return self.queue("refund", doc, ref_id=refund_id, staff_id=staff_id)

    def queue_redemption(self, redemption_id: int, *, staff_id: int | None = None):
        if not self.setup().printer.configured:
            return None
        with self.shop.read() as s:
            doc = receipts.redemption_document(s, redemption_id)
        return self.queue("redemption", doc, ref_id=redemption_id, staff_id=staff_id)

    def queue_member_card(self, member_id: int, *, staff_id: int | None = None):
        if not self.setup().printer.configured:
            raise UserError("printer_not_set_up")
        with self.shop.read() as s:
            doc = receipts.member_card_document(s, member_id)
        return self.queue("member_card", doc, ref_id=member_id, staff_id=staff_id)

    def queue_topup(self, *, staff_id: int | None = None, ref_id: int | None = None, **figures):
        """Queue a stored-value top-up slip (figures as :func:`app.receipts.topup_document`)."""
        if not self.setup().printer.configured:
            return None
        with self.shop.read() as s:
            doc = receipts.topup_document(s, staff_id=staff_id, **figures)
        return self.queue("topup", doc, ref_id=ref_id, staff_id=staff_id)

    def retry(self, job_id: int):
        with self.shop.transaction() as s:
            return printqueue.retry(s, job_id)

    def skip(self, job_id: int, staff_id: int | None = None):
        with self.shop.transaction() as s:
            return printqueue.skip(s, job_id, staff_id)

    def reprint(self, job_id: int, staff_id: int | None = None):
        with self.shop.transaction() as s:
            return printqueue.reprint(s, job_id, staff_id)

    def reprint_last(self, staff_id: int | None = None):
        with self.shop.transaction() as s:
            last = printqueue.last_receipt(s, self.station)
            if last is None:
                raise UserError("nothing_to_reprint")
            return printqueue.reprint(s, last.id, staff_id)

    def jobs(self, limit: int = 100):
        with self.shop.read() as s:
            return printqueue.list_jobs(s, self.station, limit)

    def counts(self) -> dict[str, int]:
        with self.shop.read() as s:
            return printqueue.counts(s, self.station)

    def print_pending(self, only_id: int | None = None, on_progress=None) -> PrintRun:
        """Print this station's pending jobs, oldest first, until one fails.

        A failure is stored on the job (``failed`` + message) and returned;
        the jobs after it stay pending, so receipts come out in order once the
        printer is back and the cashier retries.
        """
        run = PrintRun()
        cfg = self.setup().printer
        if not cfg.configured:
            run.error = UserError("printer_not_set_up")
            return run
        with self._printer_lock:
            while True:
                with self.shop.transaction() as s:
                    claimed = printqueue.claim_next(s, self.station, only_id)
                if claimed is None:
                    return run
                job, document = claimed
                try:
                    data = render(document, encoding=cfg.encoding, paper_mm=cfg.paper_mm, cut=cfg.cut)
                    receipt_printer.send(cfg, data, on_progress=on_progress)
                except UserError as e:
                    with self.shop.transaction() as s:
                        printqueue.mark_failed(s, job.id, e)
                    run.failed_job, run.error = job.id, e
                    return run
                except Exception as exc:  # a bug: keep the job visible, then let it be reported
                    with self.shop.transaction() as s:
                        printqueue.mark_failed(s, job.id, UserError("device_error", port=cfg.target, reason=repr(exc)[:200]))
                    raise
                with self.shop.transaction() as s:
                    printqueue.mark_printed(s, job.id)
                run.printed.append(job.id)
                if only_id is not None:
                    return run

    # ------------------------------------------------------------------ drawer
    def kick_drawer(
        self, reason: str = "manual", *, staff_id: int | None = None, sale_id: int | None = None, note: str = ""
    ) -> DrawerResult:
        """Open the cash drawer through the printer and record it (even when it fails)."""
        cfg = self.setup().printer
        error: UserError | None = None
        try:
            with self._printer_lock:
                receipt_printer.kick_drawer(cfg)
        except UserError as e:
            error = e
        with self.shop.transaction() as s:
            row = DrawerOpening(
                station=self.station, staff_id=staff_id, sale_id=sale_id, reason=reason, note=note[:500],
                opened_at=dt.datetime.now(), ok=error is None, error_code=error.code if error else None,
            )
            s.add(row)
            s.flush()
            opening_id = row.id
            from app import audit  # every opening, with or without a sale, is in the audit trail

            audit.record(s, "drawer_open", target_type="sale" if sale_id else None, target_id=sale_id,
                         detail=reason, after={"ok": error is None, "opening_id": opening_id,
                                               "error": error.code if error else None, "note": note[:200]})
        return DrawerResult(opening_id, error is None, error)

    def after_sale(self, sale_id: int, *, coupon=None, staff_id: int | None = None):
        """What a saved sale needs from the hardware: the drawer (cash sales,
        when the printer is set to) and its receipt in the queue.

        Returns (job or None, DrawerResult or None).
        """
        cfg = self.setup().printer
        if not cfg.configured:
            return None, None
        with self.shop.read() as s:
            sale = s.get(Sale, sale_id)
            cash = sale is not None and sale.payment_method == "cash"
            queued = printqueue.original_for(s, "sale", sale_id)
        if queued is not None:  # the same sale reported twice (a retried save): once is enough
            return queued, None
        drawer = None
        if cash and cfg.drawer_on_cash:
            drawer = self.kick_drawer("sale", staff_id=staff_id, sale_id=sale_id)
        return self.queue_sale(sale_id, coupon=coupon, staff_id=staff_id), drawer

    # ------------------------------------------------------------------ pole display
    def show(self, line: str | None, total_cents: int | None = None, points: int | None = None) -> bytes:
        cfg = self.setup().display
        with self.shop.read() as s:
            from app import settings as shop_settings

            currency = shop_settings.get(s, "currency")
        top, bottom = pole.compose(line, total_cents, points, currency)
        return pole.show(cfg, top, bottom)

    def clear_display(self) -> None:
        cfg = self.setup().display
        pole.send(cfg, pole.clear_bytes(cfg.protocol))

    # ------------------------------------------------------------------ tests
    def test_printer(self) -> None:
        """Print the test page now (not queued). Raises UserError."""
        cfg = self.setup().printer
        if not cfg.configured:
            raise UserError("printer_not_set_up")
        settings_line = f"{cfg.connection} {cfg.target} {cfg.baudrate if cfg.connection == 'serial' else ''} {cfg.encoding} {cfg.paper_mm}mm"
        with self.shop.read() as s:
            doc = receipts.test_document(s, settings_line=" ".join(settings_line.split()))
        with self._printer_lock:
            receipt_printer.send(cfg, render(doc, encoding=cfg.encoding, paper_mm=cfg.paper_mm, cut=cfg.cut))

    def test_display(self) -> bytes:
        return self.show("Regulars test", 128000, 12)
