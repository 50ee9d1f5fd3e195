"""Scanners: a serial scanner played on a real pty, the line framer, and the
keyboard-wedge burst detector (pure timing logic, fed invented key times)."""
from __future__ import annotations

import errno
import queue
import sys
import time

import pytest
import serial

from app.devices.ports import device_error, open_serial
from app.devices.scanner import ScanEvent, ScanFramer, SerialScanner, WedgeBurstDetector
from app.errors import UserError
from tests.app.test_devices_pty import fake_device  # noqa: F401 - fixture

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")


# --------------------------------------------------------------------------- framer


def codes(events):
    return [e.text for e in events if e.kind == "code"]


@pytest.mark.parametrize("ending", [b"\r", b"\n", b"\r\n"])
def test_each_line_ending_ends_a_code(ending):
    f = ScanFramer()
    events = f.feed(b"A123456" + ending + b"ABCDEFGHJKLM" + ending, now=0)
    assert codes(events) == ["A123456", "ABCDEFGHJKLM"]
    assert [e.kind for e in events] == ["code", "code"]


def test_crlf_split_across_reads_is_one_ending():
    f = ScanFramer()
    assert codes(f.feed(b"A123456\r", now=0)) == ["A123456"]
    assert f.feed(b"\nB234567\r", now=0.01) == [ScanEvent("code", "B234567")]


def test_control_characters_are_stripped():
    f = ScanFramer()
    assert codes(f.feed(b"\x02A12\x1d3456\x03\r", now=0)) == ["A123456"]


def test_garbage_is_a_notice_not_a_code():
    f = ScanFramer()
    events = f.feed(b"\xff\xfe\x81\x9c12\r\n", now=0)
    assert [e.kind for e in events] == ["garbage"]


def test_half_a_code_is_dropped_after_the_timeout():
    f = ScanFramer(partial_timeout=0.5)
    assert f.feed(b"A12", now=0) == []
    assert f.tick(now=0.3) == []
    assert f.tick(now=0.6) == [ScanEvent("partial", "A12")]
    assert codes(f.feed(b"A123456\r", now=1.0)) == ["A123456"]  # the next scan is whole


def test_a_too_short_line_is_a_partial_notice():
    f = ScanFramer(min_length=4)
    assert f.feed(b"12\r", now=0) == [ScanEvent("partial", "12")]


def test_an_endless_line_is_garbage():
    f = ScanFramer(max_length=10)
    events = f.feed(b"X" * 25, now=0)
    assert [e.kind for e in events] == ["garbage"]


def test_blank_lines_are_ignored_silently():
    assert ScanFramer().feed(b"\r\n\n\r  \r", now=0) == []


# --------------------------------------------------------------------------- serial scanner on a pty


@posix_only
def test_serial_scanner_on_a_pty(fake_device):
    dev = fake_device(read=False)
    got: queue.Queue = queue.Queue()
    states: queue.Queue = queue.Queue()
    scanner = SerialScanner(
        dev.path, 9600, on_code=lambda c: got.put(("code", c)), on_notice=lambda e: got.put(("notice", e.code)),
        on_status=lambda s, e: states.put(s), partial_timeout=0.2,
    )
    scanner.start()
    try:
        assert states.get(timeout=3) == "connected"
        dev.send(b"A123456\r")
        dev.send(b"B234567\n")
        dev.send(b"C345678\r\n")
        dev.send(b"\xff\xfe\x80\x81\r\n")  # line noise
        dev.send(b"HALF")  # half a code, never finished
        time.sleep(0.4)
        dev.send(b"ABCDEFGHJKLM\r\n")
        seen = [got.get(timeout=3) for _ in range(6)]
    finally:
        scanner.stop()
    assert seen == [
        ("code", "A123456"), ("code", "B234567"), ("code", "C345678"),
        ("notice", "scan_garbage"), ("notice", "scan_incomplete"), ("code", "ABCDEFGHJKLM"),
    ]
    assert states.get(timeout=3) == "stopped"


@posix_only
def test_serial_scanner_reports_a_missing_port_and_connects_when_it_appears(fake_device, tmp_path):
    import os

    link = tmp_path / "ttyScanner"
    states: queue.Queue = queue.Queue()
    got: queue.Queue = queue.Queue()
    scanner = SerialScanner(str(link), on_code=got.put, on_status=lambda s, e: states.put((s, e and e.code)),
                            retry_interval=0.05)
    scanner.start()
    try:
        assert states.get(timeout=3) == ("error", "device_port_missing")
        dev = fake_device(read=False)
        os.symlink(dev.path, link)  # plugged in
        assert states.get(timeout=3) == ("connected", None)
        dev.send(b"A123456\r")
        assert got.get(timeout=3) == "A123456"
    finally:
        scanner.stop()


@posix_only
def test_serial_scanner_unplugged_reports_and_recovers(fake_device):
    dev = fake_device(read=False)
    states: queue.Queue = queue.Queue()
    scanner = SerialScanner(dev.path, on_code=lambda c: None, on_status=lambda s, e: states.put((s, e and e.code)),
                            retry_interval=0.05)
    scanner.start()
    try:
        assert states.get(timeout=3) == ("connected", None)
        dev.unplug()
        state, code = states.get(timeout=3)
        assert state == "error" and code in ("device_disconnected", "device_port_missing")
    finally:
        scanner.stop()


# --------------------------------------------------------------------------- wedge


def type_keys(det: WedgeBurstDetector, text: str, start: float, gap: float):
    """Feed ``text`` as keys ``gap`` ms apart; returns (verdicts, time after)."""
    verdicts = []
    t = start
    for ch in text:
        verdicts.append(det.key(ch, ch, t))
        t += gap
    return verdicts, t


def test_a_fast_burst_ending_in_enter_is_a_scan():
    det = WedgeBurstDetector(max_gap_ms=40, min_length=4)
    verdicts, t = type_keys(det, "A123456", 1000, 8)
    assert all(v.swallow and not v.release for v in verdicts)
    end = det.enter("enter", t)
    assert end.code == "A123456" and end.swallow and end.release == []
    assert not det.holding


def test_typing_is_released_in_order_and_enter_passes():
    det = WedgeBurstDetector(max_gap_ms=40, min_length=4)
    v1 = det.key("t1", "1", 0)
    assert v1.swallow  # held a moment, in case a burst starts
    assert det.expire(30) == []
    assert det.expire(45) == ["t1"]  # a pause: it was typing; give it back
    det.key("t2", "2", 200)
    v3 = det.key("t3", "3", 320)  # the timer was late; the next key releases the held one first
    assert v3.release == ["t2"] and v3.swallow
    end = det.enter("enter", 500)  # a slow Enter: typing
    assert end.code is None and not end.swallow and end.release == ["t3"]


def test_a_short_fast_burst_is_not_a_scan():
    det = WedgeBurstDetector(max_gap_ms=40, min_length=4)
    _, t = type_keys(det, "ab", 0, 5)
    end = det.enter("enter", t)
    assert end.code is None and end.release == ["a", "b"] and not end.swallow


def test_control_characters_in_a_burst_are_stripped():
    det = WedgeBurstDetector(max_gap_ms=40, min_length=4)
    _, t = type_keys(det, "\x02A12\x1d34\x03", 0, 5)
    assert det.enter("enter", t).code == "A1234"


def test_another_key_releases_what_was_held():
    det = WedgeBurstDetector()
    det.key("a", "a", 0)
    v = det.other("left", 5)
    assert v.release == ["a"] and not v.swallow


def test_a_runaway_burst_is_released():
    det = WedgeBurstDetector(max_gap_ms=40, max_length=5)
    verdicts, _ = type_keys(det, "abcdefg", 0, 1)
    assert verdicts[5].release == ["a", "b", "c", "d", "e"] and not verdicts[5].swallow


# --------------------------------------------------------------------------- port errors


@pytest.mark.parametrize("exc, code", [
    (serial.SerialTimeoutException("Write timeout"), "device_timeout"),
    (serial.SerialException(2, "could not open port COM9: [Errno 2] No such file or directory"), "device_port_missing"),
    (serial.SerialException(11, "Could not exclusively lock port /dev/ttyUSB0"), "device_port_busy"),
    (serial.SerialException(13, "could not open port /dev/ttyS0: [Errno 13] Permission denied"), "device_port_denied"),
    (serial.SerialException("write failed: [Errno 5] Input/output error"), "device_disconnected"),
    (serial.SerialException("device reports readiness to read but returned no data"), "device_disconnected"),
    (ConnectionRefusedError(errno.ECONNREFUSED, "Connection refused"), "device_unreachable"),
    (BrokenPipeError(errno.EPIPE, "Broken pipe"), "device_disconnected"),
    (RuntimeError("paper jam"), "device_error"),
])
def test_device_errors_become_messages(exc, code):
    err = device_error(exc, "COM9")
    assert err.code == code
    for lang in ("en", "zh_TW", "zh_CN"):
        assert err.message(lang)


def test_open_serial_speaks_urls():
    port = open_serial("loop://", 9600)
    port.write(b"ping")
    assert port.read(4) == b"ping"
    port.close()


def test_open_serial_missing_port(tmp_path):
    with pytest.raises(UserError) as e:
        open_serial(str(tmp_path / "ttyACM7"))
    assert e.value.code == "device_port_missing"


def test_open_serial_needs_a_port():
    with pytest.raises(UserError) as e:
        open_serial("  ")
    assert e.value.code == "device_target_required"
