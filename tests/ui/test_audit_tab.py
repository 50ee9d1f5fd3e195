"""The Audit tab: filters by date, staff, action and member, pages lazily, and
is closed to a cashier."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate

from app import audit, auth, members, points, staff

WAIT = 8000


pytestmark = pytest.mark.usefixtures("english_ui")  # tests/ui/conftest.py


@pytest.fixture
def scene(shop):
    today = dt.datetime.combine(dt.date.today(), dt.time(10, 0))
    with shop.transaction() as s:
        owner = staff.add_staff(s, name="林老闆", role="owner", pin="1111")
        amy = staff.add_staff(s, name="Amy", pin="3333")
        chen = members.sign_up(s, name="陳小姐", phone="0912345678")
        wang = members.sign_up(s, name="王先生", phone="0922333444")
    shop.actor = staff.actor_for(owner)
    with shop.transaction() as s:
        points.adjust(s, member_id=chen.id, points=50, reason="生日禮", now=today - dt.timedelta(days=40))
        points.adjust(s, member_id=wang.id, points=20, reason="補點", now=today - dt.timedelta(days=2))
        points.adjust(s, member_id=chen.id, points=5, reason="好意", now=today - dt.timedelta(days=1))
    shop.actor = auth.Actor(amy.id, "Amy", "cashier")
    with pytest.raises(Exception), shop.transaction() as s:
        points.adjust(s, member_id=chen.id, points=999, reason="朋友")
    shop.actor = staff.actor_for(owner)
    return {"owner": owner, "amy": amy, "chen": chen, "wang": wang, "today": today}


@pytest.fixture
def tab(shop, scene, qtbot):
    from ui.audit_tab import AuditTab
    from ui.context import AppContext

    ctx = AppContext(shop, "en")
    t = AuditTab(ctx)
    qtbot.addWidget(t)
    t.resize(1200, 600)
    t.show()
    qtbot.waitUntil(lambda: not t.model.loading and t.staff_combo.count() == 3, timeout=WAIT)
    yield t
    ctx.runner.wait()
    ctx.reader.wait()


def shown(tab):
    return [(tab.model.data(tab.model.index(r, 2)), tab.model.data(tab.model.index(r, 3)))
            for r in range(tab.model.rowCount())]


def settle(tab, qtbot):
    qtbot.waitUntil(lambda: not tab.model.loading, timeout=WAIT)


def test_the_last_30_days_newest_first(tab, scene, qtbot):
    rows = shown(tab)
    # the adjustment 40 days ago is outside the default range
    assert ("Points adjusted", "陳小姐") in rows and rows.count(("Points adjusted", "陳小姐")) == 1
    assert rows[0] == ("Refused", "陳小姐")
    assert ("Points adjusted", "王先生") in rows
    assert tab.count_label.text().endswith("row(s) shown")


def test_filters_by_staff_action_member_and_dates(tab, scene, qtbot):
    tab.staff_combo.setCurrentIndex(tab.staff_combo.findData(scene["amy"].id))
    settle(tab, qtbot)
    assert shown(tab) == [("Refused", "陳小姐")]
    tab.staff_combo.setCurrentIndex(0)
    tab.action_combo.setCurrentIndex(tab.action_combo.findData("points_adjust"))
    settle(tab, qtbot)
    assert shown(tab) == [("Points adjusted", "陳小姐"), ("Points adjusted", "王先生")]
    tab.member_edit.setText("0922333444")
    tab._on_member_entered()
    qtbot.waitUntil(lambda: tab.member_edit.text().startswith("王先生"), timeout=WAIT)
    settle(tab, qtbot)
    assert shown(tab) == [("Points adjusted", "王先生")]
    tab.member_edit.clear()
    settle(tab, qtbot)
    tab.since_edit.setDate(QDate.currentDate().addDays(-60))
    settle(tab, qtbot)
    assert len(shown(tab)) == 3
    tab.until_edit.setDate(QDate.currentDate().addDays(-30))
    settle(tab, qtbot)
    assert shown(tab) == [("Points adjusted", "陳小姐")]


def test_points_ledger_rows_beside_the_audit_rows(tab, scene, qtbot):
    tab.ledger_check.setChecked(True)
    settle(tab, qtbot)
    actions = [a for a, _m in shown(tab)]
    assert "Points adjustment" in actions and "Points adjusted" in actions
    details = [tab.model.data(tab.model.index(r, 5)) for r in range(tab.model.rowCount())]
    assert any("balance: 55, points: 5" in d for d in details)


def test_pages_are_fetched_as_the_list_scrolls(tab, scene, qtbot, monkeypatch):
    import ui.audit_tab as module

    monkeypatch.setattr(module, "PAGE", 2)
    model = module.AuditModel(tab.ctx, tab.action_labels())  # no view asking for more on its own
    model.set_filter(tab.current_filter())
    qtbot.waitUntil(lambda: not model.loading, timeout=WAIT)
    assert model.rowCount() == 2 and model.canFetchMore()
    model.fetchMore()
    qtbot.waitUntil(lambda: not model.loading, timeout=WAIT)
    assert model.rowCount() == 4 and model.canFetchMore()
    model.fetchMore()
    qtbot.waitUntil(lambda: not model.loading, timeout=WAIT)
    assert model.rowCount() == 5 and not model.canFetchMore()
    keys = [(r.source, r.id) for r in model.rows]
    assert len(set(keys)) == 5  # no row twice across pages


def test_a_cashier_sees_no_rows_and_greyed_filters(shop, scene, qtbot):
    from ui.audit_tab import AuditTab
    from ui.context import AppContext

    shop.actor = auth.Actor(scene["amy"].id, "Amy", "cashier")
    ctx = AppContext(shop, "en")
    t = AuditTab(ctx)
    qtbot.addWidget(t)
    t.show()
    assert t.notice.isVisible() and not t.table.isEnabled() and not t.action_combo.isEnabled()
    assert t.model.rowCount() == 0
    ctx.sign_in_as(staff.actor_for(scene["owner"]))
    qtbot.waitUntil(lambda: t.model.rowCount() > 0, timeout=WAIT)
    assert t.table.isEnabled() and not t.notice.isVisible()


def test_acts_of_the_command_line_are_named_in_the_ui_language(shop, scene, qtbot, qapp):
    from ui.app import install_translators

    shop.actor = auth.COMMAND_LINE
    with shop.transaction() as s:
        points.adjust(s, member_id=scene["wang"].id, points=7, reason="import fix")
    install_translators(qapp, "zh_TW")
    from ui.audit_tab import AuditTab
    from ui.context import AppContext

    ctx = AppContext(shop, "zh_TW")
    t = AuditTab(ctx)
    qtbot.addWidget(t)
    t.show()
    qtbot.waitUntil(lambda: not t.model.loading and t.model.rowCount() > 0, timeout=WAIT)
    assert t.model.data(t.model.index(0, 1)) == "命令列"  # newest first: the command line's adjustment
    ctx.runner.wait()
    ctx.reader.wait()
