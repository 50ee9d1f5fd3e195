"""The Programs settings page with real widgets on a real SQLite file."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QDate

from app import settings as shop_settings
from app.auth import Actor
from app.programs import config, tiers

WAIT = 5000


@pytest.fixture
def en(qapp):
    from ui.app import install_translators, remove_translators

    install_translators(qapp, "en")
    yield
    remove_translators(qapp)


@pytest.fixture
def page(shop, qtbot, en):
    from ui.context import AppContext
    from ui.programs_page import ProgramsPage

    with shop.transaction() as s:
        tiers.save_tiers(s, [tiers.TierSpec("Silver", "#a0a0a0", "spend", 1000_00),
                             tiers.TierSpec("Gold", "#d4af37", "spend", 5000_00, 150, 10)])
    ctx = AppContext(shop, "en")
    ctx.reload_settings()
    w = ProgramsPage(ctx)
    qtbot.addWidget(w)
    w.resize(1100, 800)
    w.show()
    with qtbot.waitSignal(w.loaded, timeout=WAIT):
        pass
    yield w
    ctx.runner.wait()


def _save(qtbot, page):
    page.save_button.click()
    qtbot.waitUntil(lambda: page.ctx.runner.pending == 0, timeout=WAIT)
    qtbot.wait(20)


def test_the_page_shows_the_shops_programmes(page):
    assert page.tier_table.rowCount() == 2
    assert page.tier_table.item(1, 0).text() == "Gold"
    assert page.tier_table.cellWidget(1, 3).text() == "5000"
    assert page.tier_table.cellWidget(1, 4).value() == 1.5
    assert page.member_day_kind.currentData() == "off"


def test_saving_stores_rules_tiers_and_promotions(qtbot, page, shop):
    page.member_day_kind.setCurrentIndex(page.member_day_kind.findData("month_day"))
    page.member_day_date.setValue(30)
    page.member_day_mult.setValue(2.0)
    page.birthday_window.setCurrentIndex(page.birthday_window.findData("week"))
    page.birthday_mult.setValue(2.0)
    page.cap.setValue(5.0)
    page._add_category_row("Retail", 50)
    page._add_promo_row(None)
    page.promo_table.item(0, 0).setText("Anniversary")
    page.promo_table.cellWidget(0, 1).setDate(QDate(2026, 12, 1))
    page.promo_table.cellWidget(0, 2).setDate(QDate(2026, 12, 7))
    page.promo_table.cellWidget(0, 3).setValue(3.0)
    page.expiry_months.setValue(12)
    page.stamps_per_card.setValue(10)
    page.stamps_at_signup.setValue(2)
    page.stamps_min_spend.setText("300")
    page.stamps_reward.setText("a free wash")
    page.checkin_points.setValue(5)
    page._add_tier_row(None)
    page.tier_table.item(2, 0).setText("Diamond")
    page.tier_table.cellWidget(2, 2).setCurrentIndex(1)  # visits
    page.tier_table.cellWidget(2, 3).setText("20")
    page.tier_table.cellWidget(2, 5).setValue(15)
    with qtbot.waitSignal(page.saved, timeout=WAIT):
        page.save_button.click()
    with shop.read() as s:
        v = shop_settings.get_all(s)
        assert v["prog_member_day"] == {"kind": "month_day", "day": 30, "multiplier_pct": 200}
        assert v["prog_birthday"] == {"window": "week", "multiplier_pct": 200}
        assert v["prog_multiplier_cap_pct"] == 500
        assert v["prog_category_multipliers"] == {"Retail": 50}
        assert v["prog_promotions"] == [{"name": "Anniversary", "start": "2026-12-01", "end": "2026-12-07",
                                         "multiplier_pct": 300, "category": None}]
        assert v["prog_expiry_months"] == 12 and v["prog_checkin_points"] == 5
        assert v["prog_stamps"] == {"per_card": 10, "at_signup": 2, "min_spend_cents": 300_00,
                                    "reward": "a free wash"}
        assert [(t.name, t.basis, t.threshold, t.discount_pct) for t in tiers.list_tiers(s)] == [
            ("Silver", "spend", 1000_00, 0), ("Gold", "spend", 5000_00, 10), ("Diamond", "visits", 20, 15)]
    assert page.tier_table.rowCount() == 3  # refilled from what was stored


def test_a_bad_ladder_is_explained_and_nothing_is_saved(qtbot, page, shop):
    page.tier_table.item(1, 0).setText("Silver")
    page.checkin_points.setValue(9)
    _save(qtbot, page)
    assert page.error.isVisible()
    assert "Silver" in page.error.text()
    with shop.read() as s:
        assert shop_settings.get(s, "prog_checkin_points") == 0
        assert [t.name for t in tiers.list_tiers(s)] == ["Silver", "Gold"]


def test_a_promotion_ending_before_it_starts_is_refused(qtbot, page, shop):
    page._add_promo_row(None)
    page.promo_table.item(0, 0).setText("Oops")
    page.promo_table.cellWidget(0, 1).setDate(QDate(2026, 12, 9))
    page.promo_table.cellWidget(0, 2).setDate(QDate(2026, 12, 1))
    _save(qtbot, page)
    assert "Oops" in page.error.text()
    with shop.read() as s:
        assert shop_settings.get(s, "prog_promotions") == []


def test_a_cashier_cannot_save(qtbot, page, shop):
    shop.actor = Actor(None, "Amy", "cashier")
    page.ctx.actor_changed.emit()
    assert not page.save_button.isEnabled()
    assert page.permission_label.text() == "Only an owner or a manager can change these."
    with shop.read() as s:
        assert config.get_all(s)["prog_checkin_points"] == 0
