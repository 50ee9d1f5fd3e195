"""check(): clean after real work, and loud when the data was tampered with."""
from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from app import check, members, points, rewards, sales

NOW = dt.datetime(2026, 6, 15, 10, 0)


def problems(shop) -> list[str]:
    with shop.read() as s:
        return check.check(s)


@pytest.fixture
def session_of_work(shop):
    """A mixed day at the counter; returns the two members."""
    with shop.transaction() as s:
        a = members.sign_up(s, name="王小明", phone="0912345678", now=NOW)
        b = members.sign_up(s, name="Alice", phone="0922000111", referred_by=a.member_no, now=NOW)
        points.adjust(s, member_id=a.id, points=300, reason="opening", now=NOW)
        mug = rewards.create_reward(s, name="Mug", points_cost=150, stock=3)
    with shop.transaction() as s:
        s1 = sales.record_sale(s, sale_key="1", member_id=a.id, amount_cents=12850, points_to_spend=200, now=NOW)
        s2 = sales.record_sale(s, sale_key="2", member_id=b.id, amount_cents=33333, now=NOW)
        sales.record_sale(s, sale_key="3", member_id=None, amount_cents=999, now=NOW)
        s4 = sales.record_sale(s, sale_key="4", member_id=b.id, amount_cents=1000, now=NOW)
    with shop.transaction() as s:
        sales.refund_sale(s, sale_id=s1.sale_id, refund_key="r1", amount_cents=3000, now=NOW)
        sales.refund_sale(s, sale_id=s4.sale_id, refund_key="v4", void=True, now=NOW)
        red = rewards.redeem(s, redemption_key="m1", member_id=b.id, reward_id=mug.id, now=NOW)
        rewards.redeem(s, redemption_key="m2", member_id=b.id, reward_id=mug.id, now=NOW)
        rewards.undo_redemption(s, red.redemption_id, now=NOW)
        points.adjust(s, member_id=b.id, points=-10, reason="correction", now=NOW)
    with shop.transaction() as s:
        # b spends what s2 earned, then s2 is refunded: a shortfall
        pts = members.get_view(s, b.id).points_balance
        points.adjust(s, member_id=b.id, points=-(pts - 5), reason="spent elsewhere", now=NOW)
        r = sales.refund_sale(s, sale_id=s2.sale_id, refund_key="r2", now=NOW)
        assert r.shortfall_points > 0
    return a, b


def raw(db_path, sql, *params, foreign_keys=True):
    con = sqlite3.connect(db_path)
    con.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
    with con:
        con.execute(sql, params)
    con.close()


def test_clean_after_a_mixed_session(shop, session_of_work):
    assert problems(shop) == []


def test_clean_on_an_empty_shop(shop):
    assert problems(shop) == []


def test_reports_a_tampered_cached_balance(shop, db_path, session_of_work):
    a, _ = session_of_work
    with shop.read() as s:
        real = members.get_view(s, a.id).points_balance
    raw(db_path, "UPDATE members SET points_balance = points_balance + 1000 WHERE id = ?", a.id)
    found = problems(shop)
    assert found == [f"member {a.member_no}: points balance {real + 1000} but the ledger sums to {real}"]


def test_reports_a_balance_with_no_ledger_at_all(shop, db_path):
    with shop.transaction() as s:
        m = members.sign_up(s, name="Ghost", phone="0933000000", now=NOW)
    raw(db_path, "UPDATE members SET points_balance = 70 WHERE id = ?", m.id)
    assert problems(shop) == [f"member {m.member_no}: points balance 70 but the ledger sums to 0"]


def test_reports_a_broken_balance_after_chain(shop, db_path, session_of_work):
    a, _ = session_of_work
    con = sqlite3.connect(db_path)
    ids = [r[0] for r in con.execute("SELECT id FROM points_ledger WHERE member_id = ? ORDER BY id", (a.id,))]
    con.close()
    middle = ids[1]
    raw(db_path, "UPDATE points_ledger SET balance_after = balance_after + 7 WHERE id = ?", middle)
    found = problems(shop)
    assert len(found) == 2  # the tampered entry, and the next one no longer follows from it
    assert found[0].startswith(f"points entry {middle} ") and "recorded" in found[0]
    assert found[1].startswith(f"points entry {ids[2]} ")


def test_reports_a_deleted_history_entry(shop, db_path, session_of_work):
    a, _ = session_of_work
    raw(db_path, "DELETE FROM points_ledger WHERE member_id = ? AND kind = 'adjust'", a.id)
    found = problems(shop)
    assert any(p.startswith(f"member {a.member_no}: points balance") for p in found)
    assert any(p.startswith("points entry ") for p in found)


def test_reports_a_dangling_foreign_key(shop, db_path, session_of_work):
    raw(db_path, "UPDATE sales SET member_id = 999 WHERE sale_key = '1'", foreign_keys=False)
    found = problems(shop)
    assert any(p.startswith("foreign key: table sales") and "members" in p for p in found)
