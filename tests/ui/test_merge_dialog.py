"""The owner merges a duplicate from the Members tab; others see the button greyed."""
from __future__ import annotations

import pytest

from app import auth, members, points, staff
from app.check import check

WAIT = 8000


pytestmark = pytest.mark.usefixtures("english_ui")  # tests/ui/conftest.py


def test_owner_merges_a_duplicate_from_the_members_tab(shop, qtbot):
    from ui.context import AppContext
    from ui.members_tab import MembersTab

    with shop.transaction() as s:
        owner = staff.add_staff(s, name="林老闆", role="owner", pin="1111")
        cashier = staff.add_staff(s, name="Amy", pin="3333")
        keep = members.sign_up(s, name="陳美玲", phone="0912345678")
        dup = members.sign_up(s, name="陳美玲", phone="0987654321")
        points.adjust(s, member_id=keep.id, points=30, reason="x")
        points.adjust(s, member_id=dup.id, points=70, reason="x")
    shop.actor = auth.Actor(cashier.id, "Amy", "cashier")
    ctx = AppContext(shop, "en")
    tab = MembersTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=WAIT)
    row = tab.model.row_of(keep.id)
    tab.table.selectRow(row)
    assert tab.edit_button.isEnabled() and not tab.merge_button.isEnabled()
    ctx.sign_in_as(staff.actor_for(owner))
    assert tab.merge_button.isEnabled()
    with qtbot.waitSignal(tab.dialog_opened, timeout=WAIT) as opened:
        tab.merge_button.click()
    dialog = opened.args[0]
    qtbot.waitUntil(lambda: "陳美玲" in dialog.keep_label.text(), timeout=WAIT)
    dialog.dup_edit.setText("NOPE123")
    dialog.find()
    qtbot.waitUntil(lambda: bool(dialog.dup_row.error), timeout=WAIT)
    assert not dialog.merge_button.isEnabled()
    dialog.dup_edit.setText("0987654321")
    dialog.find()
    qtbot.waitUntil(lambda: dialog.merge_button.isEnabled(), timeout=WAIT)
    assert "70 points" in dialog.dup_label.text()
    with qtbot.waitSignal(dialog.finished, timeout=WAIT):
        dialog.merge_button.click()
    with shop.read() as s:
        assert members.get_view(s, keep.id).points_balance == 100
        assert check(s) == []
    ctx.runner.wait()
    ctx.reader.wait()
