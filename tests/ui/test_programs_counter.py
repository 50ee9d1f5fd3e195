"""The programmes at the Counter: tier badge, "X more to", stamps, check-in,
and what multiplied the points, in Chinese (real widgets, real SQLite file)."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from app import members, sales, settings, staff
from app.programs import config, tiers
from db.models import Member

WAIT = 5000
TODAY = dt.date.today()


@pytest.fixture
def zh(qapp):
    from ui.app import install_translators, remove_translators

    install_translators(qapp, "zh_TW")
    yield
    remove_translators(qapp)


@pytest.fixture
def gold(shop):
    """A gold member on their birthday, on the member day (today)."""
    with shop.transaction() as s:
        settings.put(s, shop_name="小林", setup_done=True)
        config.save(s, prog_member_day={"kind": "month_day", "day": TODAY.day, "multiplier_pct": 200},
                    prog_birthday={"window": "day", "multiplier_pct": 200},
                    prog_stamps={"per_card": 10, "at_signup": 2, "min_spend_cents": 0, "reward": "免費洗髮"},
                    prog_checkin_points=5)
        tiers.save_tiers(s, [tiers.TierSpec("銀卡", "#a0a0a0", "spend", 1000_00, 100, 0),
                             tiers.TierSpec("金卡", "#d4af37", "spend", 5000_00, 150, 10),
                             tiers.TierSpec("鑽石卡", "#3aa7c9", "spend", 20000_00, 200, 15)])
        m = members.sign_up(s, name="林金卡", phone="0911000111", birthday=TODAY.strftime("%m-%d"))
        sales.record_sale(s, sale_key="hist", member_id=m.id, amount_cents=6000_00, source="import",
                          now=dt.datetime.now() - dt.timedelta(days=20))
        tiers.assign_all(s, now=dt.datetime.now())
        owner = staff.add_staff(s, name="Lin", role="owner")
    return m, owner


@pytest.fixture
def counter(shop, qtbot, gold, zh):
    from ui.context import AppContext
    from ui.counter_tab import CounterTab

    ctx = AppContext(shop, "zh_TW")
    ctx.reload_settings()
    ctx.set_staff(gold[1].id, gold[1].name)
    w = CounterTab(ctx)
    qtbot.addWidget(w)
    w.resize(1200, 760)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=WAIT)
    yield w
    ctx.runner.wait()


def settle(qtbot, w):
    qtbot.waitUntil(lambda: w.ctx.runner.pending == 0, timeout=WAIT)
    qtbot.wait(20)
    qtbot.waitUntil(lambda: w.ctx.runner.pending == 0, timeout=WAIT)


def test_the_strip_shows_tier_progress_stamps_and_check_in(qtbot, counter, gold):
    counter.show_member_id(gold[0].id)
    settle(qtbot, counter)
    strip = counter.programs
    assert strip.isVisible()
    assert strip.tier_badge.text() == "金卡" and "#d4af37" in strip.tier_badge.styleSheet()
    assert strip.next_label.text() == "再消費 NT$14,000.00 升級鑽石卡"
    assert strip.tier_badge.toolTip() == "近 12 個月：消費 NT$6,000.00，來店 1 次"
    assert strip.stamps_label.text() == "集點 2/10"
    assert strip.checkin_button.text() == "簽到 +5 點  Ctrl+K" and strip.checkin_button.isEnabled()
    # the live preview knows the gold discount and the multipliers
    counter.amount_edit.setText("1000")
    assert "NT$900.00" in counter.to_pay_label.text() and "金卡" in counter.to_pay_label.text()
    assert "5,400" in counter.to_pay_label.text() or "5400" in counter.to_pay_label.text()


def test_after_a_member_day_sale_on_the_birthday_the_cashier_sees_why(qtbot, counter, gold, shop):
    counter.show_member_id(gold[0].id)
    settle(qtbot, counter)
    counter.amount_edit.setText("1000")
    counter.record_sale()
    settle(qtbot, counter)
    text = counter.confirm_label.text()
    assert "+5,400 點" in text or "+5400 點" in text  # 900 × 2 × 2 × 1.5
    assert "會員日 ×2、生日 ×2、金卡 ×1.5" in text
    assert "會員日 ×2" in counter.programs.reasons_label.text()
    assert "等級折扣 -NT$100.00" in counter.programs.reasons_label.text()
    assert counter.programs.stamps_label.text() == "集點 3/10"


def test_check_in_once_from_the_counter(qtbot, counter, gold, shop):
    counter.show_member_id(gold[0].id)
    settle(qtbot, counter)
    counter.activateWindow()
    qtbot.keyClick(counter.amount_edit, Qt.Key_K, Qt.ControlModifier)
    settle(qtbot, counter)
    with shop.read() as s:
        assert s.get(Member, gold[0].id).points_balance == 5
    assert counter.programs.reasons_label.text() == "簽到成功：+5 點"
    assert not counter.programs.checkin_button.isEnabled()
    assert counter.programs.checkin_button.text() == "今日已簽到"
    counter.programs.check_in()  # a second press does nothing
    settle(qtbot, counter)
    with shop.read() as s:
        assert s.get(Member, gold[0].id).points_balance == 5


def test_a_walk_in_hides_the_strip(qtbot, counter):
    counter.show_member(None)
    assert not counter.programs.isVisible()


def test_a_full_card_reward_is_handed_over_once(qtbot, counter, gold, shop):
    with shop.transaction() as s:
        for i in range(8):  # 2 at sign-up + 8 = a full card
            sales.record_sale(s, sale_key=f"st{i}", member_id=gold[0].id, amount_cents=10_00,
                              now=dt.datetime.now() - dt.timedelta(hours=9 - i))
    counter.show_member_id(gold[0].id)
    settle(qtbot, counter)
    strip = counter.programs
    assert strip.reward_button.isVisible() and strip.reward_button.text() == "兌換獎勵：免費洗髮"
    strip.reward_button.click()
    settle(qtbot, counter)
    assert strip.reasons_label.text() == "已兌換：免費洗髮"
    assert not strip.reward_button.isVisible()
    from app.errors import UserError
    from app.programs import stamps

    with pytest.raises(UserError) as e:
        with shop.transaction() as s:
            stamps.hand_over(s, gold[0].id)
    assert e.value.code == "stamp_reward_none"
