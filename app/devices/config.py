"""Which devices this station has, and how they are connected.

Stored per station in ``device_configs`` (see :mod:`db.device_models`): the
ports of one till mean nothing on another. Values are checked here before
they are stored, so the device code can trust what it reads.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import settings as shop_settings
from app.devices.escpos_out import ENCODINGS, PAPER
from app.devices.ports import BAUD_RATES
from app.errors import UserError
from db.device_models import DeviceConfig

PRINTER_CONNECTIONS = ("none", "serial", "network", "usb", "windows")
SCANNER_CONNECTIONS = ("none", "wedge", "serial")
DISPLAY_CONNECTIONS = ("none", "serial")
DISPLAY_PROTOCOLS = ("escpos", "cd5220")
DRAWER_PINS = (2, 5)


@dataclass(frozen=True)
class PrinterConfig:
    """A receipt printer (the cash drawer hangs off it)."""

    connection: str = "none"
    target: str = ""
    baudrate: int = 9600
    encoding: str = "gb18030"  # gb18030 | gbk | big5 | ascii | image
    paper_mm: int = 80  # 58 | 80
    cut: bool = True
    drawer_pin: int = 2
    drawer_on_cash: bool = True  # kick the drawer when a cash sale is saved
    write_timeout: float = 5.0  # seconds a write may wait before "not answering"

    role = "printer"

    @property
    def configured(self) -> bool:
        return self.connection != "none"


@dataclass(frozen=True)
class ScannerConfig:
    """A barcode/QR scanner: a keyboard wedge (USB HID) or on a serial port."""

    connection: str = "wedge"
    target: str = ""
    baudrate: int = 9600
    min_length: int = 4  # shorter bursts/lines are typing or noise
    max_gap_ms: int = 50  # wedge: keys closer than this belong to one scan

    role = "scanner"

    @property
    def configured(self) -> bool:
        return self.connection != "none"


@dataclass(frozen=True)
class DisplayConfig:
    """A 2×20 customer pole display."""

    connection: str = "none"
    target: str = ""
    baudrate: int = 9600
    protocol: str = "escpos"  # escpos | cd5220

    role = "display"

    @property
    def configured(self) -> bool:
        return self.connection != "none"


@dataclass(frozen=True)
class DeviceSetup:
    station: str
    printer: PrinterConfig = field(default_factory=PrinterConfig)
    scanner: ScannerConfig = field(default_factory=ScannerConfig)
    display: DisplayConfig = field(default_factory=DisplayConfig)


_CLASSES = {"printer": PrinterConfig, "scanner": ScannerConfig, "display": DisplayConfig}
_COLUMNS = ("connection", "target", "baudrate")


def default_encoding(language: str) -> str:
    """Taiwan's printers speak Big5; the mainland's GB18030."""
    return "big5" if language == "zh_TW" else "gb18030"


def _from_row(cls, row: DeviceConfig | None, defaults):
    if row is None:
        return defaults
    values: dict[str, Any] = {"connection": row.connection, "target": row.target, "baudrate": row.baudrate}
    names = {f.name for f in fields(cls)}
    if "encoding" in names:
        values["encoding"] = row.protocol or defaults.encoding
    if "protocol" in names:
        values["protocol"] = row.protocol or defaults.protocol
    try:
        options = json.loads(row.options or "{}")
    except ValueError:
        options = {}
    for k, v in options.items():
        if k in names and k not in values:
            values[k] = v
    try:
        return validate(replace(defaults, **values))
    except (UserError, TypeError):
        return defaults  # a hand-edited row the app cannot use: fall back, never crash


def load(session: Session, station: str) -> DeviceSetup:
    """This station's devices (defaults where nothing was saved)."""
    rows = {r.role: r for r in session.scalars(select(DeviceConfig).where(DeviceConfig.station == station))}
    lang = shop_settings.get(session, "language")
    printer_defaults = PrinterConfig(encoding=default_encoding(lang))
    return DeviceSetup(
        station,
        _from_row(PrinterConfig, rows.get("printer"), printer_defaults),
        _from_row(ScannerConfig, rows.get("scanner"), ScannerConfig()),
        _from_row(DisplayConfig, rows.get("display"), DisplayConfig()),
    )


_HOST = re.compile(r"^[A-Za-z0-9.\-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:]+\](:\d{1,5})?$")
_USB = re.compile(r"^(0x)?[0-9A-Fa-f]{1,4}:(0x)?[0-9A-Fa-f]{1,4}$")


def validate(cfg):
    """Check a config; returns it with the target trimmed. Raises UserError."""
    cfg = replace(cfg, target=(cfg.target or "").strip())
    allowed = {
        "printer": PRINTER_CONNECTIONS, "scanner": SCANNER_CONNECTIONS, "display": DISPLAY_CONNECTIONS
    }[cfg.role]
    if cfg.connection not in allowed:
        raise UserError("device_option_invalid", field="connection", name="connection", value=cfg.connection)
    needs_target = cfg.connection not in ("none", "wedge")
    if needs_target and not cfg.target:
        raise UserError("device_target_required", field="target")
    if len(cfg.target) > 200:
        raise UserError("device_option_invalid", field="target", name="target", value=cfg.target[:40] + "…")
    if cfg.connection == "serial" and cfg.baudrate not in BAUD_RATES:
        raise UserError("device_baud_invalid", field="baudrate", value=str(cfg.baudrate))
    if cfg.connection == "network":
        host, port = split_host(cfg.target)
        if not _HOST.match(cfg.target) or not (0 < port < 65536):
            raise UserError("device_host_invalid", field="target", value=cfg.target)
    if cfg.connection == "usb" and not _USB.match(cfg.target):
        raise UserError("device_usb_invalid", field="target", value=cfg.target)
    if isinstance(cfg, PrinterConfig):
        if cfg.encoding not in ENCODINGS:
            raise UserError("device_option_invalid", field="encoding", name="encoding", value=cfg.encoding)
        if cfg.paper_mm not in PAPER:
            raise UserError("device_option_invalid", field="paper_mm", name="paper", value=str(cfg.paper_mm))
        if cfg.drawer_pin not in DRAWER_PINS:
            raise UserError("device_option_invalid", field="drawer_pin", name="drawer pin", value=str(cfg.drawer_pin))
        if not (0.2 <= float(cfg.write_timeout) <= 120):
            raise UserError("device_option_invalid", field="write_timeout", name="timeout", value=str(cfg.write_timeout))
    if isinstance(cfg, ScannerConfig):
        if not (1 <= int(cfg.min_length) <= 64):
            raise UserError("device_option_invalid", field="min_length", name="min length", value=str(cfg.min_length))
        if not (5 <= int(cfg.max_gap_ms) <= 500):
            raise UserError("device_option_invalid", field="max_gap_ms", name="gap", value=str(cfg.max_gap_ms))
    if isinstance(cfg, DisplayConfig) and cfg.protocol not in DISPLAY_PROTOCOLS:
        raise UserError("device_option_invalid", field="protocol", name="protocol", value=cfg.protocol)
    return cfg


def split_host(target: str, default_port: int = 9100) -> tuple[str, int]:
    """``"192.168.1.50:9100"`` → ``("192.168.1.50", 9100)``; the port defaults to 9100."""
    target = (target or "").strip()
    if target.startswith("["):
        host, _, rest = target[1:].partition("]")
        port = rest.lstrip(":")
    elif target.count(":") == 1:
        host, port = target.split(":")
    else:
        host, port = target, ""
    try:
        return host, int(port) if port else default_port
    except ValueError:
        return host, -1


def save(session: Session, station: str, cfg) -> Any:
    """Validate and store one device's config for ``station``; returns it."""
    cfg = validate(cfg)
    row = session.scalars(
        select(DeviceConfig).where(DeviceConfig.station == station, DeviceConfig.role == cfg.role)
    ).first()
    if row is None:
        row = DeviceConfig(station=station, role=cfg.role)
        session.add(row)
    values = asdict(cfg)
    row.connection, row.target, row.baudrate = cfg.connection, cfg.target, int(cfg.baudrate)
    row.protocol = values.pop("encoding", None) or values.pop("protocol", "")
    for k in _COLUMNS:
        values.pop(k, None)
    row.options = json.dumps(values, sort_keys=True)
    row.updated_at = dt.datetime.now()
    session.flush()
    return cfg
