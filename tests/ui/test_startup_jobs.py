"""The start-up catch-up (tier review, points and package expiry that fell
due while the shop was closed) runs on its own thread: on the first start of
a day it takes seconds at chain scale, and the cashier's first lookup must
not wait for it. Closing the window stops it between transactions."""
from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QSettings, Qt

from app import members, settings, staff
from app.programs import jobs

WAIT = 5000

pytestmark = pytest.mark.usefixtures("english_ui")  # tests/ui/conftest.py


@pytest.fixture
def ctx(shop, qtbot):
    from ui.context import AppContext

    c = AppContext(shop, "en")
    with shop.transaction() as s:
        settings.put(s, shop_name="Lin's", setup_done=True)
        owner = staff.add_staff(s, name="Lin", role="owner")
        members.sign_up(s, name="王小明", phone="0912345678")
    c.reload_settings()
    c.set_staff(owner.id, owner.name)
    yield c
    c.runner.wait()
    c.reader.wait()
    c.jobs.wait()


@pytest.fixture
def slow_catch_up(monkeypatch):
    """The real catch-up, held at its start until released (as the first
    start of a day at 200,000 members holds it for a second or more)."""
    started, release, stops = threading.Event(), threading.Event(), []
    real = jobs.catch_up

    def held(shop, *, now=None, stop=None):
        started.set()
        assert release.wait(10)
        stops.append(stop)
        return real(shop, now=now, stop=stop)

    monkeypatch.setattr(jobs, "catch_up", held)
    return started, release, stops


def test_nothing_the_cashier_waits_for_queues_behind_the_start_up_catch_up(ctx, qtbot, tmp_path, slow_catch_up):
    """A lookup and the Members list (the sales thread) and the follow-up list
    (the long-read thread) all finish while the catch-up is still held."""
    from ui.main_window import MainWindow

    started, release, _ = slow_catch_up
    w = MainWindow(ctx, QSettings(str(tmp_path / "q.ini"), QSettings.IniFormat))
    qtbot.addWidget(w)
    w.show()
    assert started.wait(WAIT / 1000)
    followups = w.tab("followups")
    w.tabs.setCurrentWidget(followups)
    qtbot.waitUntil(lambda: followups.data is not None, timeout=WAIT)
    w.tabs.setCurrentWidget(w.tab("members"))
    qtbot.waitUntil(lambda: w.tab("members").model.rowCount() == 1, timeout=WAIT)
    w.tabs.setCurrentWidget(w.counter)
    counter = w.counter
    counter.search_box.setFocus()
    qtbot.keyClicks(counter.search_box, "0912345678")
    qtbot.keyClick(counter.search_box, Qt.Key_Return)
    qtbot.waitUntil(lambda: counter.member is not None, timeout=WAIT)
    assert counter.member.name == "王小明"
    assert ctx.jobs.pending >= 1 and not release.is_set()  # the catch-up is still running
    release.set()
    qtbot.waitUntil(lambda: ctx.jobs.pending == 0, timeout=WAIT)
    w.close()


def test_closing_the_window_asks_the_catch_up_to_stop(ctx, qtbot, tmp_path, slow_catch_up):
    from ui.main_window import MainWindow

    started, release, stops = slow_catch_up
    w = MainWindow(ctx, QSettings(str(tmp_path / "q.ini"), QSettings.IniFormat))
    qtbot.addWidget(w)
    w.show()
    assert started.wait(WAIT / 1000)
    threading.Timer(0.2, release.set).start()  # still running when the window closes
    w.close()
    assert ctx.jobs.pending == 0 or ctx.jobs.wait(WAIT)
    assert stops and stops[0] is not None and stops[0]()
