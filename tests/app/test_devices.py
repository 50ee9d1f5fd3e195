"""Counter hardware on real pseudo-terminals: the printer queue, the drawer,
the pole display, and what happens when a device is missing, busy, unplugged
mid-receipt or never answers. The sale is always saved first and stays saved.
"""
from __future__ import annotations

import datetime as dt
import os
import socket
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

import db.device_models  # noqa: F401
from app import members, sales, settings, staff
from app.devices import printqueue
from app.devices.config import DisplayConfig, PrinterConfig, ScannerConfig
from app.devices.service import Devices
from app.errors import UserError
from db.device_models import DeviceConfig, DrawerOpening, PrintJob
from db.models import Sale
from tests.app.test_devices_escpos_parser import parse, read_qr
from tests.app.test_devices_pty import FakeSerialDevice, fake_device  # noqa: F401 - fixture

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")

ROOT = Path(__file__).resolve().parents[2]
STATION = "till-1"
COUPON = "ABCDEFGHJKLM"


@pytest.fixture
def counter(shop):
    """A zh_CN shop with a cashier, a member, and this station's Devices."""
    with shop.transaction() as s:
        settings.put(s, shop_name="小林咖啡", language="zh_CN", currency="CNY")
        cashier = staff.add_staff(s, name="林静", role="owner")
        member = members.sign_up(s, name="王小明", phone="13800138000")
    return Devices(shop, STATION), cashier, member


def use_printer(devices: Devices, path: str, **kw) -> PrinterConfig:
    values = dict(connection="serial", target=path, encoding="gb18030", paper_mm=80, write_timeout=0.4)
    values.update(kw)
    return devices.save(PrinterConfig(**values))


def ring_up(shop, member_id, cashier_id, key="s1", payment="cash") -> sales.SaleResult:
    with shop.transaction() as s:
        return sales.record_sale(
            s, sale_key=key, member_id=member_id, staff_id=cashier_id, payment_method=payment,
            lines=[sales.Line("拿铁咖啡", 3200, 2), sales.Line("提拉米苏", 4800)],
        )


def sale_count(shop) -> int:
    with shop.read() as s:
        return s.scalar(select(func.count(Sale.id)))


# --------------------------------------------------------------------------- printing


def test_a_cash_sale_kicks_the_drawer_and_prints_its_receipt(counter, fake_device):
    devices, cashier, member = counter
    printer = fake_device()
    use_printer(devices, printer.path)
    sale = ring_up(devices.shop, member.id, cashier.id)
    job, drawer = devices.after_sale(sale.sale_id, coupon=COUPON, staff_id=cashier.id)
    assert drawer.ok and job.status == "pending"
    run = devices.print_pending()
    assert run.ok and run.printed == [job.id]
    p = parse(printer.settle(), "gb18030")
    assert p.kicks == [(0, 50, 250)]  # ESC p 0: pin 2, 100 ms pulse
    assert "小林咖啡" in p.text and "拿铁咖啡" in p.text and "￥112.00" in p.text
    assert "+112 分" in p.text and "王小明" in p.text
    assert read_qr(p.images[0]) == [COUPON]
    with devices.shop.read() as s:
        opening = s.scalars(select(DrawerOpening)).one()
        assert (opening.reason, opening.sale_id, opening.staff_id, opening.ok) == ("sale", sale.sale_id, cashier.id, True)
        assert s.get(PrintJob, job.id).status == "printed"


def test_a_card_sale_prints_without_opening_the_drawer(counter, fake_device):
    devices, cashier, member = counter
    printer = fake_device()
    use_printer(devices, printer.path, encoding="big5")
    sale = ring_up(devices.shop, member.id, cashier.id, payment="card")
    job, drawer = devices.after_sale(sale.sale_id, staff_id=cashier.id)
    assert drawer is None
    assert devices.print_pending().printed == [job.id]
    p = parse(printer.settle(), "cp950")
    assert p.kicks == [] and "刷卡" in p.text and "小林咖啡" in p.text


def test_the_same_sale_reported_twice_prints_and_kicks_once(counter, fake_device):
    devices, cashier, member = counter
    printer = fake_device()
    use_printer(devices, printer.path)
    sale = ring_up(devices.shop, member.id, cashier.id)
    first, _ = devices.after_sale(sale.sale_id)
    again, drawer = devices.after_sale(sale.sale_id)
    assert again.id == first.id and drawer is None
    devices.print_pending()
    assert len(parse(printer.settle(), "gb18030").kicks) == 1


def test_drawer_on_demand_is_audited(counter, fake_device):
    devices, cashier, _ = counter
    printer = fake_device()
    use_printer(devices, printer.path, drawer_pin=5)
    result = devices.kick_drawer("manual", staff_id=cashier.id, note="change for the float")
    assert result.ok
    assert parse(printer.settle()).kicks == [(1, 50, 250)]  # ESC p 1: pin 5
    with devices.shop.read() as s:
        row = s.get(DrawerOpening, result.opening_id)
        assert (row.reason, row.staff_id, row.ok, row.note, row.station) == (
            "manual", cashier.id, True, "change for the float", STATION)
        assert abs((row.opened_at - dt.datetime.now()).total_seconds()) < 60


def test_a_failed_drawer_kick_is_audited_too(counter, tmp_path):
    devices, cashier, _ = counter
    use_printer(devices, str(tmp_path / "ttyGONE"))
    result = devices.kick_drawer("manual", staff_id=cashier.id)
    assert not result.ok and result.error.code == "device_port_missing"
    with devices.shop.read() as s:
        row = s.get(DrawerOpening, result.opening_id)
        assert (row.ok, row.error_code) == (False, "device_port_missing")


def test_no_printer_set_up_queues_nothing_and_the_sale_stands(counter):
    devices, cashier, member = counter
    sale = ring_up(devices.shop, member.id, cashier.id)
    assert devices.after_sale(sale.sale_id) == (None, None)
    run = devices.print_pending()
    assert run.error.code == "printer_not_set_up"
    assert sale_count(devices.shop) == 1 and devices.jobs() == []


# --------------------------------------------------------------------------- failures


def failed_job(devices: Devices):
    jobs = [j for j in devices.jobs() if j.status == "failed"]
    assert len(jobs) == 1, devices.jobs()
    return jobs[0]


def test_port_missing_keeps_the_job_with_a_clear_message(counter, tmp_path):
    devices, cashier, member = counter
    missing = str(tmp_path / "ttyUSB9")
    use_printer(devices, missing)
    sale = ring_up(devices.shop, member.id, cashier.id)
    devices.queue_sale(sale.sale_id)
    run = devices.print_pending()
    assert run.error.code == "device_port_missing"
    job = failed_job(devices)
    assert job.error_code == "device_port_missing" and job.attempts == 1
    assert job.error.message("zh_TW") == f"找不到 {missing}。請檢查連接線，以及「裝置」頁上的連接埠名稱。"
    assert "was not found" in job.error.message("en")
    assert sale_count(devices.shop) == 1


def test_port_busy(counter, fake_device):
    from app.devices.ports import open_serial

    devices, cashier, member = counter
    printer = fake_device()
    use_printer(devices, printer.path)
    other_program = open_serial(printer.path, 9600)  # holds the port exclusively
    try:
        sale = ring_up(devices.shop, member.id, cashier.id)
        devices.queue_sale(sale.sale_id)
        assert devices.print_pending().error.code == "device_port_busy"
    finally:
        other_program.close()
    job = failed_job(devices)
    assert "正被其他程式" in job.error.message("zh_TW")
    devices.retry(job.id)  # the other program let go
    assert devices.print_pending().printed == [job.id]
    assert "小林咖啡" in parse(printer.settle(), "gb18030").text


def test_printer_never_answers(counter, fake_device):
    devices, cashier, member = counter
    printer = fake_device(read=False)  # nobody takes the bytes: the pty buffer fills up
    use_printer(devices, printer.path, encoding="image", write_timeout=0.3)
    sale = ring_up(devices.shop, member.id, cashier.id, payment="card")
    devices.queue_sale(sale.sale_id)
    started = time.monotonic()
    run = devices.print_pending()
    assert time.monotonic() - started < 3
    assert run.error.code == "device_timeout"
    job = failed_job(devices)
    assert "沒有回應" in job.error.message("zh_TW") and "not responding" in job.error.message("en")
    assert sale_count(devices.shop) == 1


def test_port_disappears_mid_receipt(counter, fake_device):
    devices, cashier, member = counter
    printer = fake_device(chunk=1024, close_after=2048)  # takes 2 KB, then the cable comes out
    use_printer(devices, printer.path, encoding="image", write_timeout=2.0)
    sale = ring_up(devices.shop, member.id, cashier.id, payment="card")
    job = devices.queue_sale(sale.sale_id)
    run = devices.print_pending()
    assert run.error.code == "device_disconnected", run.error
    assert 2048 <= len(printer.data()) < 20000  # part of the receipt came out
    got = failed_job(devices)
    assert got.id == job.id and "連線中斷" in got.error.message("zh_TW")
    # plugged back in (a new port): retry prints the whole receipt
    again = fake_device()
    use_printer(devices, again.path, encoding="gb18030")
    devices.retry(job.id)
    assert devices.print_pending().printed == [job.id]
    assert "拿铁咖啡" in parse(again.settle(), "gb18030").text


def test_jobs_after_a_failure_wait_in_order(counter, fake_device, tmp_path):
    devices, cashier, member = counter
    use_printer(devices, str(tmp_path / "nothing"))
    first = devices.queue_sale(ring_up(devices.shop, member.id, cashier.id, key="a").sale_id)
    second = devices.queue_sale(ring_up(devices.shop, member.id, cashier.id, key="b").sale_id)
    run = devices.print_pending()
    assert run.failed_job == first.id
    statuses = {j.id: j.status for j in devices.jobs()}
    assert statuses == {first.id: "failed", second.id: "pending"}
    printer = fake_device()
    use_printer(devices, printer.path)
    devices.retry(first.id)
    assert devices.print_pending().printed == [first.id, second.id]
    text = parse(printer.settle(), "gb18030").text
    assert text.index(f"单号{' ' * 1}") >= 0
    nos = [l.split()[-1] for l in text.splitlines() if l.startswith("单号")]
    assert nos == [str(first.ref_id), str(second.ref_id)]


def test_retry_reprint_skip(counter, fake_device):
    devices, cashier, member = counter
    printer = fake_device()
    use_printer(devices, printer.path)
    job = devices.queue_sale(ring_up(devices.shop, member.id, cashier.id, payment="card").sale_id)
    devices.print_pending()
    printer.settle()
    with pytest.raises(UserError) as e:
        devices.retry(job.id)
    assert e.value.code == "print_job_already_printed"
    copy = devices.reprint(job.id, staff_id=cashier.id)
    assert copy.reprint_of_id == job.id and copy.status == "pending"
    before = len(printer.data())
    devices.print_pending()
    p = parse(printer.settle()[before:], "gb18030")
    assert p.lines[0].strip() == "*** 补打 ***" and "小林咖啡" in p.text
    last = devices.reprint_last()
    assert last.reprint_of_id == job.id
    skipped = devices.skip(last.id, cashier.id)
    assert skipped.status == "skipped"
    assert devices.print_pending().printed == []
    with pytest.raises(UserError):
        devices.skip(job.id)  # printed: nothing to skip


def test_reprint_last_with_nothing_printed(counter):
    devices, _, _ = counter
    with pytest.raises(UserError) as e:
        devices.reprint_last()
    assert e.value.code == "nothing_to_reprint"


# --------------------------------------------------------------------------- restart


def test_the_queue_survives_a_restart_in_a_new_process(counter, fake_device, db_url, tmp_path):
    devices, cashier, member = counter
    use_printer(devices, str(tmp_path / "ttyUSB0"))  # unplugged at the time of the sale
    job = devices.queue_sale(ring_up(devices.shop, member.id, cashier.id, payment="card").sale_id)
    devices.print_pending()
    devices.shop.close()  # the app is closed

    printer = fake_device()
    script = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(ROOT)!r})
        import db.device_models
        from app.shop import Shop
        from app.devices.config import PrinterConfig
        from app.devices.service import Devices
        shop = Shop({db_url!r})
        devices = Devices(shop, {STATION!r})
        jobs = devices.jobs()
        print("seen", [(j.id, j.status, j.error_code) for j in jobs])
        devices.save(PrinterConfig(connection="serial", target={printer.path!r}, encoding="gb18030"))
        devices.retry(jobs[0].id)
        print("printed", devices.print_pending().printed)
        shop.close()
    """)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    assert f"seen [({job.id}, 'failed', 'device_port_missing')]" in out.stdout
    assert f"printed [{job.id}]" in out.stdout
    assert "拿铁咖啡" in parse(printer.settle(), "gb18030").text


def test_a_job_cut_off_by_a_crash_waits_for_the_cashier(counter, fake_device):
    devices, cashier, member = counter
    printer = fake_device()
    use_printer(devices, printer.path)
    job = devices.queue_sale(ring_up(devices.shop, member.id, cashier.id).sale_id)
    with devices.shop.transaction() as s:  # the power went while it printed
        claimed, _doc = printqueue.claim_next(s, STATION)
        assert claimed.id == job.id
    restarted = Devices(devices.shop, STATION)
    assert restarted.recover() == 1
    got = failed_job(restarted)
    assert got.error_code == "print_job_interrupted"
    assert restarted.print_pending().printed == []  # not reprinted behind the cashier's back
    restarted.retry(got.id)
    assert restarted.print_pending().printed == [got.id]


def test_a_pending_job_is_seen_by_a_new_shop_on_the_same_file(counter, fake_device, db_url):
    from app.shop import Shop

    devices, cashier, member = counter
    printer = fake_device()
    use_printer(devices, printer.path)
    job = devices.queue_sale(ring_up(devices.shop, member.id, cashier.id, payment="card").sale_id)
    devices.shop.close()
    shop2 = Shop(db_url)
    try:
        again = Devices(shop2, STATION)
        assert [(j.id, j.status) for j in again.jobs()] == [(job.id, "pending")]
        assert again.retry(job.id).status == "pending"
        assert again.print_pending().printed == [job.id]
        assert "小林咖啡" in parse(printer.settle(), "gb18030").text
    finally:
        shop2.close()


def test_each_station_prints_only_its_own_jobs(counter, fake_device):
    devices, cashier, member = counter
    other = Devices(devices.shop, "till-2")
    p1, p2 = fake_device(), fake_device()
    use_printer(devices, p1.path)
    use_printer(other, p2.path)
    mine = devices.queue_sale(ring_up(devices.shop, member.id, cashier.id, key="a", payment="card").sale_id)
    theirs = other.queue_sale(ring_up(devices.shop, member.id, cashier.id, key="b", payment="card").sale_id)
    assert devices.print_pending().printed == [mine.id]
    assert other.print_pending().printed == [theirs.id]
    assert devices.setup().printer.target == p1.path and other.setup().printer.target == p2.path


# --------------------------------------------------------------------------- network printer


def test_network_printer_on_port_9100_style_socket(counter):
    devices, cashier, member = counter
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    got = bytearray()

    def accept():
        conn, _ = server.accept()
        with conn:
            while chunk := conn.recv(65536):
                got.extend(chunk)

    t = threading.Thread(target=accept, daemon=True)
    t.start()
    try:
        port = server.getsockname()[1]
        devices.save(PrinterConfig(connection="network", target=f"127.0.0.1:{port}", encoding="gb18030"))
        job = devices.queue_sale(ring_up(devices.shop, member.id, cashier.id, payment="card").sale_id)
        assert devices.print_pending().printed == [job.id]
        t.join(3)
    finally:
        server.close()
    assert "小林咖啡" in parse(bytes(got), "gb18030").text


def test_network_printer_switched_off(counter):
    devices, cashier, member = counter
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nothing listens there
    devices.save(PrinterConfig(connection="network", target=f"127.0.0.1:{port}", write_timeout=1))
    devices.queue_sale(ring_up(devices.shop, member.id, cashier.id).sale_id)
    run = devices.print_pending()
    assert run.error.code == "device_unreachable"
    assert f"127.0.0.1:{port}" in run.error.message("en")


@pytest.mark.parametrize("connection, target, package", [("usb", "0416:5011", "pyusb"), ("windows", "POS-80", "pywin32")])
def test_usb_and_windows_queue_say_what_they_need(counter, connection, target, package, monkeypatch):
    from escpos.printer import Usb, Win32Raw

    monkeypatch.setattr(Usb, "is_usable", staticmethod(lambda: False))
    monkeypatch.setattr(Win32Raw, "is_usable", staticmethod(lambda: False))
    devices, cashier, member = counter
    devices.save(PrinterConfig(connection=connection, target=target))
    devices.queue_sale(ring_up(devices.shop, member.id, cashier.id).sale_id)
    run = devices.print_pending()
    assert run.error.code == "device_unsupported" and package in run.error.message("en")


# --------------------------------------------------------------------------- pole display


def test_pole_display_escpos_commands(counter, fake_device):
    devices, _, _ = counter
    pole = fake_device()
    devices.save(DisplayConfig(connection="serial", target=pole.path, protocol="escpos"))
    devices.show("拿铁咖啡 Latte ×2", 11200, 112)
    data = pole.settle()
    assert data.startswith(b"\x1b@\x0c")
    top = data.index(b"\x1f$\x01\x01")
    bottom = data.index(b"\x1f$\x01\x02")
    upper, lower = data[top + 4 : bottom], data[bottom + 4 :]
    assert len(upper) == len(lower) == 20
    assert upper.decode("ascii") == "Latte x2      +112pt"  # CJK dropped, × spelled x
    assert lower.decode("ascii") == "TOTAL" + "CNY112".rjust(15)
    assert all(0x20 <= b < 0x7F for b in upper + lower)


def test_pole_display_cd5220_commands(counter, fake_device):
    devices, _, _ = counter
    pole = fake_device()
    devices.save(DisplayConfig(connection="serial", target=pole.path, protocol="cd5220"))
    devices.show("Café ＡＢＣ １２３", 1250)
    data = pole.settle()
    assert data.startswith(b"\x1b@\x0c\x1bQA")
    a = data.index(b"\x1bQA") + 3
    b = data.index(b"\x1bQB") + 3
    assert data[a : a + 21] == b"Cafe ABC 123        \r"
    assert data[b : b + 21] == b"TOTAL" + b"CNY12.50".rjust(15) + b"\r"
    assert data.endswith(b"\r")


def test_display_with_nothing_set_up(counter):
    devices, _, _ = counter
    with pytest.raises(UserError) as e:
        devices.show("x", 100)
    assert e.value.code == "display_not_set_up"


# --------------------------------------------------------------------------- settings


def test_settings_round_trip_per_station(counter):
    devices, _, _ = counter
    assert devices.setup().printer.encoding == "gb18030"  # zh_CN shop default
    devices.save(PrinterConfig(connection="serial", target=" COM3 ", baudrate=19200, encoding="big5", paper_mm=58,
                               cut=False, drawer_pin=5, drawer_on_cash=False))
    devices.save(ScannerConfig(connection="serial", target="COM4", baudrate=115200, min_length=6))
    got = devices.setup()
    assert got.printer == PrinterConfig(connection="serial", target="COM3", baudrate=19200, encoding="big5",
                                        paper_mm=58, cut=False, drawer_pin=5, drawer_on_cash=False)
    assert got.scanner.target == "COM4" and got.scanner.min_length == 6
    assert Devices(devices.shop, "till-9").setup().printer.connection == "none"
    with devices.shop.read() as s:
        assert s.scalar(select(func.count(DeviceConfig.id))) == 2


@pytest.mark.parametrize("cfg, code", [
    (PrinterConfig(connection="serial", target=""), "device_target_required"),
    (PrinterConfig(connection="serial", target="COM3", baudrate=1234), "device_baud_invalid"),
    (PrinterConfig(connection="network", target="not a host!"), "device_host_invalid"),
    (PrinterConfig(connection="network", target="10.0.0.5:99999"), "device_host_invalid"),
    (PrinterConfig(connection="usb", target="printer"), "device_usb_invalid"),
    (PrinterConfig(connection="serial", target="COM3", encoding="utf8"), "device_option_invalid"),
    (DisplayConfig(connection="serial", target="COM5", protocol="vfd"), "device_option_invalid"),
])
def test_bad_settings_are_refused(counter, cfg, code):
    devices, _, _ = counter
    with pytest.raises(UserError) as e:
        devices.save(cfg)
    assert e.value.code == code


def test_the_zh_tw_shop_defaults_to_big5(shop):
    with shop.transaction() as s:
        settings.put(s, language="zh_TW")
    assert Devices(shop, STATION).setup().printer.encoding == "big5"
