"""The demo shop shows the programmes at work."""
from __future__ import annotations

import datetime as dt

from app import check
from app import settings as shop_settings
from app.demo import build_demo
from app.programs import stamps, tiers


def test_the_demo_has_tiers_with_members_a_member_day_and_stamps(shop):
    with shop.transaction() as s:
        build_demo(s, members=300, seed=7, as_of=dt.date(2026, 11, 30))
    with shop.read() as s:
        ladder = tiers.list_tiers(s)
        assert [t.name for t in ladder] == ["銀卡", "金卡", "鑽石卡"]
        counts = tiers.counts(s)
        on = [counts.get(t.id, 0) for t in ladder]
        assert on[0] > on[1] > 0  # fewer gold than silver: status
        v = shop_settings.get_all(s)
        assert v["prog_member_day"]["kind"] == "month_day" and v["prog_birthday"]["multiplier_pct"] == 200
        assert v["prog_stamps"]["per_card"] == 10
        # the review is not due again until the next quarter
        assert tiers.review(s, now=dt.datetime(2026, 12, 1)).ran is False
        st = [stamps.status(s, mid) for mid in range(1, 301)]
        assert any(x.balance for x in st)
        assert check.check(s) == []
