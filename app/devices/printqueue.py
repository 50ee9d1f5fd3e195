"""The receipt print queue, kept in the database so a restart loses nothing.

A job is queued (``pending``) right after the sale, refund or redemption is
saved, with the receipt laid out as a document (:mod:`app.receipts`). The
station's printer worker takes the oldest pending job (``printing``), sends
it and marks it ``printed``, or ``failed`` with the reason as a message code
and parameters, shown later in whichever language the reader uses. A failed
job waits for the cashier: **retry** (back to pending), **reprint** (a new
job with the same document, marked as a copy) or **skip**.

A job found ``printing`` when the app starts was cut off by a crash or a
power cut: it becomes ``failed`` (``print_job_interrupted``), because part of
it may already be on paper and only the cashier knows whether to print it
again. ``pending`` jobs stay pending and print when asked to.

All functions take the caller's session (one transaction per action).
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.errors import UserError
from db.device_models import JOB_KINDS, PrintJob

WAITING = ("pending", "failed")


@dataclass(frozen=True)
class JobView:
    id: int
    station: str
    kind: str
    ref_id: int | None
    title: str
    status: str
    attempts: int
    error_code: str | None
    error_params: dict
    reprint_of_id: int | None
    staff_id: int | None
    created_at: dt.datetime
    updated_at: dt.datetime
    printed_at: dt.datetime | None

    @property
    def error(self) -> UserError | None:
        """The failure as a UserError (for ``.message(lang)``), or None."""
        if not self.error_code:
            return None
        try:
            return UserError(self.error_code, **self.error_params)
        except (KeyError, TypeError):
            return UserError("device_error", port="?", reason=self.error_code)


def _view(j: PrintJob) -> JobView:
    try:
        params = json.loads(j.error_params or "{}")
    except ValueError:
        params = {}
    return JobView(
        j.id, j.station, j.kind, j.ref_id, j.title, j.status, j.attempts, j.error_code, params,
        j.reprint_of_id, j.staff_id, j.created_at, j.updated_at, j.printed_at,
    )


def _get(session: Session, job_id: int) -> PrintJob:
    job = session.execute(
        select(PrintJob).where(PrintJob.id == job_id).with_for_update().execution_options(populate_existing=True)
    ).scalar_one_or_none()
    if job is None:
        raise UserError("print_job_not_found")
    return job


def enqueue(
    session: Session,
    *,
    station: str,
    kind: str,
    document: dict,
    title: str = "",
    ref_id: int | None = None,
    staff_id: int | None = None,
    reprint_of_id: int | None = None,
    now: dt.datetime | None = None,
) -> JobView:
    """Queue ``document`` for ``station``'s printer."""
    if kind not in JOB_KINDS:
        raise ValueError(f"print job kind {kind!r}")
    now = now or dt.datetime.now()
    job = PrintJob(
        station=station, kind=kind, ref_id=ref_id, title=title[:200], status="pending", attempts=0,
        document=json.dumps(document, ensure_ascii=False), error_params="{}",
        reprint_of_id=reprint_of_id, staff_id=staff_id, created_at=now, updated_at=now,
    )
    session.add(job)
    session.flush()
    return _view(job)


def original_for(session: Session, kind: str, ref_id: int) -> JobView | None:
    """The first job queued for this sale/refund/... (not a reprint), if any:
    a sale saved twice by a retried click gets one receipt."""
    job = session.scalars(
        select(PrintJob)
        .where(PrintJob.kind == kind, PrintJob.ref_id == ref_id, PrintJob.reprint_of_id.is_(None))
        .order_by(PrintJob.id).limit(1)
    ).first()
    return _view(job) if job else None


def document(session: Session, job_id: int) -> dict:
    job = session.get(PrintJob, job_id)
    if job is None:
        raise UserError("print_job_not_found")
    return json.loads(job.document)


def claim_next(session: Session, station: str, only_id: int | None = None) -> tuple[JobView, dict] | None:
    """Take the oldest pending job of ``station`` (or job ``only_id``) to print.

    The UPDATE ... WHERE status = 'pending' makes the claim safe if two
    workers ever look at one queue: only one of them gets each job.
    """
    stmt = select(PrintJob.id).where(PrintJob.station == station, PrintJob.status == "pending")
    if only_id is not None:
        stmt = stmt.where(PrintJob.id == only_id)
    for job_id in session.scalars(stmt.order_by(PrintJob.id).limit(5)).all():
        now = dt.datetime.now()
        claimed = session.execute(
            update(PrintJob)
            .where(PrintJob.id == job_id, PrintJob.status == "pending")
            .values(status="printing", attempts=PrintJob.attempts + 1, updated_at=now)
            .execution_options(synchronize_session=False)
        ).rowcount
        if claimed:
            job = session.get(PrintJob, job_id, populate_existing=True)
            return _view(job), json.loads(job.document)
    return None


def mark_printed(session: Session, job_id: int, now: dt.datetime | None = None) -> JobView:
    job = _get(session, job_id)
    now = now or dt.datetime.now()
    job.status, job.printed_at, job.updated_at = "printed", now, now
    job.error_code, job.error_params = None, "{}"
    session.flush()
    return _view(job)


def mark_failed(session: Session, job_id: int, error: UserError, now: dt.datetime | None = None) -> JobView:
    job = _get(session, job_id)
    job.status, job.updated_at = "failed", now or dt.datetime.now()
    job.error_code = error.code
    job.error_params = json.dumps({k: str(v) for k, v in error.params.items()}, ensure_ascii=False)
    session.flush()
    return _view(job)


def retry(session: Session, job_id: int) -> JobView:
    """Put a failed (or skipped) job back in the queue."""
    job = _get(session, job_id)
    if job.status == "printed":
        raise UserError("print_job_already_printed")
    if job.status == "printing":
        raise UserError("print_job_printing")
    job.status, job.updated_at = "pending", dt.datetime.now()
    session.flush()
    return _view(job)


def skip(session: Session, job_id: int, staff_id: int | None = None) -> JobView:
    """The cashier gives up on a waiting job (the sale itself is untouched)."""
    job = _get(session, job_id)
    if job.status == "printed":
        raise UserError("print_job_already_printed")
    if job.status == "printing":
        raise UserError("print_job_printing")
    job.status, job.updated_at = "skipped", dt.datetime.now()
    if staff_id is not None and job.staff_id is None:
        job.staff_id = staff_id
    session.flush()
    return _view(job)


def reprint(session: Session, job_id: int, staff_id: int | None = None) -> JobView:
    """A new pending job printing the same document again, marked as a copy."""
    original = session.get(PrintJob, job_id)
    if original is None:
        raise UserError("print_job_not_found")
    doc = json.loads(original.document)
    if isinstance(doc, dict):
        doc = dict(doc, copy=True)
    root = original.reprint_of_id or original.id
    return enqueue(
        session, station=original.station, kind=original.kind, document=doc, title=original.title,
        ref_id=original.ref_id, staff_id=staff_id, reprint_of_id=root,
    )


def last_receipt(session: Session, station: str) -> JobView | None:
    """The latest sale/refund/redemption/top-up receipt of ``station`` (for "reprint last")."""
    job = session.scalars(
        select(PrintJob)
        .where(PrintJob.station == station, PrintJob.kind.in_(("sale", "refund", "redemption", "topup")))
        .order_by(PrintJob.id.desc()).limit(1)
    ).first()
    return _view(job) if job else None


def recover_interrupted(session: Session, station: str) -> int:
    """Jobs left ``printing`` by a crash become ``failed`` (see module docstring)."""
    return session.execute(
        update(PrintJob)
        .where(PrintJob.station == station, PrintJob.status == "printing")
        .values(status="failed", error_code="print_job_interrupted", error_params="{}", updated_at=dt.datetime.now())
        .execution_options(synchronize_session=False)
    ).rowcount


def list_jobs(session: Session, station: str, limit: int = 100) -> list[JobView]:
    """Newest first: what the Devices page shows."""
    rows = session.scalars(
        select(PrintJob).where(PrintJob.station == station).order_by(PrintJob.id.desc()).limit(limit)
    )
    return [_view(j) for j in rows]


def get(session: Session, job_id: int) -> JobView:
    job = session.get(PrintJob, job_id)
    if job is None:
        raise UserError("print_job_not_found")
    return _view(job)


def counts(session: Session, station: str) -> dict[str, int]:
    """Jobs per status for ``station``."""
    rows = session.execute(
        select(PrintJob.status, func.count()).where(PrintJob.station == station).group_by(PrintJob.status)
    )
    return {status: n for status, n in rows}
