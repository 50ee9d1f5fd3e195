"""Counter hardware: device settings per counter PC, the receipt print queue,
and the cash-drawer log.

Devices belong to a *station* (one counter PC: ``COM3`` on one till is not
``COM3`` on another), so a shop with several counters on one PostgreSQL
database keeps each till's ports, and each till prints only its own queue.

The queue holds what to print as a layout document (JSON, see
:mod:`app.receipts`), built when the sale is saved: a retry or a reprint days
later prints the same receipt, on whatever paper width and code page the
printer has then. Nothing here is ever needed to keep a sale: a job is written
after the sale's own transaction, and a failed job only waits.
"""
from __future__ import annotations

import datetime as dt
from typing import Optional

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from db.models import Base

DEVICE_ROLES = ("printer", "scanner", "display")
JOB_STATUSES = ("pending", "printing", "printed", "failed", "skipped")
JOB_KINDS = ("sale", "refund", "redemption", "topup", "member_card", "test")


class DeviceConfig(Base):
    """How one device of one station is connected.

    ``connection`` is ``none``, ``serial``, ``network``, ``usb``, ``windows``
    (a Windows printer queue, sent raw) or ``wedge`` (a keyboard scanner);
    ``target`` the port or URL (``COM3``, ``/dev/ttyUSB0``, ``loop://``),
    ``host[:port]``, ``vid:pid`` or the queue name; ``protocol`` the printer's
    code page (``gb18030``, ``gbk``, ``big5``, ``ascii``, ``image``) or the
    display's command set (``escpos``, ``cd5220``). ``options`` is JSON for
    the rest (paper width, cutter, drawer pin ...), checked by app.devices.
    """

    __tablename__ = "device_configs"
    id: Mapped[int] = mapped_column(primary_key=True)
    station: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(16))
    connection: Mapped[str] = mapped_column(String(16), default="none")
    target: Mapped[str] = mapped_column(String(200), default="")
    baudrate: Mapped[int] = mapped_column(Integer, default=9600)
    protocol: Mapped[str] = mapped_column(String(16), default="")
    options: Mapped[str] = mapped_column(Text, default="{}")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)

    __table_args__ = (
        UniqueConstraint("station", "role", name="uq_device_configs_station_role"),
        CheckConstraint("role IN ('printer', 'scanner', 'display')", name="role"),
    )


class PrintJob(Base):
    """One receipt (or slip) to print on a station's printer.

    ``status``: ``pending`` waits for the printer, ``printing`` is being sent
    (left over after a crash it becomes ``failed``), ``printed``, ``failed``
    (``error_code``/``error_params`` say why, shown in the reader's language)
    or ``skipped`` by the cashier. A reprint is a new job pointing at the one
    it copies.
    """

    __tablename__ = "print_jobs"
    id: Mapped[int] = mapped_column(primary_key=True)
    station: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(16))
    ref_id: Mapped[Optional[int]] = mapped_column(Integer)  # sale, refund, redemption or member id
    title: Mapped[str] = mapped_column(String(200), default="")
    document: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(12), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    error_code: Mapped[Optional[str]] = mapped_column(String(40))
    error_params: Mapped[str] = mapped_column(Text, default="{}")
    reprint_of_id: Mapped[Optional[int]] = mapped_column(ForeignKey("print_jobs.id"))
    staff_id: Mapped[Optional[int]] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)
    printed_at: Mapped[Optional[dt.datetime]] = mapped_column(DateTime)

    __table_args__ = (
        CheckConstraint(
            "status IN ('pending', 'printing', 'printed', 'failed', 'skipped')", name="status"
        ),
        CheckConstraint(
            "kind IN ('sale', 'refund', 'redemption', 'topup', 'member_card', 'test')", name="kind"
        ),
        CheckConstraint("attempts >= 0", name="attempts_nonneg"),
        Index("ix_print_jobs_station_status", "station", "status", "id"),
        Index("ix_print_jobs_kind_ref", "kind", "ref_id"),
    )


class DrawerOpening(Base):
    """Every cash-drawer kick: who, when, why, and whether the printer took it.

    Kept even when the kick failed, so an owner sees attempts too. The trust
    work adds a full audit trail later; this table is its drawer part.
    """

    __tablename__ = "drawer_openings"
    id: Mapped[int] = mapped_column(primary_key=True)
    station: Mapped[str] = mapped_column(String(64))
    staff_id: Mapped[Optional[int]] = mapped_column(ForeignKey("staff.id"))
    sale_id: Mapped[Optional[int]] = mapped_column(ForeignKey("sales.id"))
    reason: Mapped[str] = mapped_column(String(16))  # sale | manual | test
    note: Mapped[str] = mapped_column(Text, default="")
    opened_at: Mapped[dt.datetime] = mapped_column(DateTime)
    ok: Mapped[bool] = mapped_column(Boolean)
    error_code: Mapped[Optional[str]] = mapped_column(String(40))

    __table_args__ = (
        CheckConstraint("reason IN ('sale', 'manual', 'test')", name="reason"),
        Index("ix_drawer_openings_opened_at", "opened_at"),
        Index("ix_drawer_openings_staff", "staff_id", "opened_at"),
    )
