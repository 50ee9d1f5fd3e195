"""The audit trail: append-only in the database, written even when the act
was refused, and read back through filters beside the points ledger."""
from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from app import audit, auth, members, points, sales, staff
from app.audit import AuditFilter
from app.devices.service import Devices
from app.errors import UserError

T0 = dt.datetime(2026, 4, 1, 9, 0)


@pytest.fixture
def trail(shop):
    with shop.transaction() as s:
        owner = staff.add_staff(s, name="林老闆", role="owner", pin="1111")
        cashier = staff.add_staff(s, name="小美", pin="3333")
        m = members.sign_up(s, name="陳小姐", phone="0912345678")
        other = members.sign_up(s, name="王先生", phone="0922333444")
    shop.actor = staff.actor_for(owner)
    with shop.transaction() as s:
        points.adjust(s, member_id=m.id, points=50, reason="生日禮", now=T0)
        points.adjust(s, member_id=other.id, points=20, reason="補點", now=T0 + dt.timedelta(days=1))
        sales.record_sale(s, sale_key="s1", member_id=m.id, amount_cents=12000, now=T0 + dt.timedelta(days=2))
    shop.actor = staff.actor_for(cashier)
    with pytest.raises(UserError), shop.transaction() as s:
        points.adjust(s, member_id=m.id, points=999, reason="朋友", now=T0 + dt.timedelta(days=3))
    shop.actor = auth.SYSTEM
    return {"owner": owner.id, "cashier": cashier.id, "member": m.id, "other": other.id}


def test_audit_rows_cannot_be_updated_or_deleted_even_with_raw_sql(shop, trail):
    with shop.read() as s:
        n = len(audit.latest(s, limit=1000))
    assert n > 0
    for sql in ("UPDATE audit_log SET action = 'sign_in', staff_name = 'someone else'",
                "DELETE FROM audit_log",
                "DELETE FROM audit_log WHERE action = 'refused'"):
        with pytest.raises(DBAPIError) as e, shop.engine.begin() as conn:
            conn.execute(text(sql))
        assert "append-only" in str(e.value)
    with shop.read() as s:
        rows = audit.latest(s, limit=1000)
    assert len(rows) == n and "someone else" not in {r.staff_name for r in rows}


def test_the_audit_module_has_no_way_to_change_a_row():
    source = Path(audit.__file__).read_text(encoding="utf-8")
    called = {node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
              for node in ast.walk(ast.parse(source)) if isinstance(node, ast.Call)}
    assert not called & {"update", "delete"}, called & {"update", "delete"}


def test_filters_by_member_staff_action_and_dates(shop, trail):
    with shop.read() as s:
        by_member = audit.page(s, AuditFilter(member_id=trail["member"]))
        assert {r.action for r in by_member} == {"points_adjust", "refused"}
        by_cashier = audit.page(s, AuditFilter(staff_id=trail["cashier"]))
        assert [r.action for r in by_cashier] == ["refused"]
        assert by_cashier[0].staff_name == "小美" and by_cashier[0].member_name == "陳小姐"
        adjusts = audit.page(s, AuditFilter(action="points_adjust"))
        assert [r.member_id for r in adjusts] == [trail["other"], trail["member"]]  # newest first
        day2 = audit.page(s, AuditFilter(action="points_adjust", since=T0 + dt.timedelta(hours=12),
                                         until=T0 + dt.timedelta(days=2)))
        assert [r.member_id for r in day2] == [trail["other"]]
        assert audit.count(s, AuditFilter(action="points_adjust")) == 2


def test_the_points_ledger_shows_beside_the_audit_rows(shop, trail):
    with shop.read() as s:
        rows = audit.page(s, AuditFilter(member_id=trail["member"], include_ledgers=True))
        sources = [(r.source, r.action) for r in rows]
        assert ("points", "ledger:earn") in sources and ("points", "ledger:adjust") in sources
        earn = next(r for r in rows if r.action == "ledger:earn")
        assert earn.target_type == "sale" and earn.after == '{"balance_after": 170, "points": 120}'
        only_ledger = audit.page(s, AuditFilter(action="ledger:points"))
        assert {r.source for r in only_ledger} == {"points"}
        assert len(audit.page(s, AuditFilter(include_ledgers=True), limit=2)) == 2
        first, second = (audit.page(s, AuditFilter(include_ledgers=True), offset=o, limit=1)[0] for o in (0, 1))
        assert (first.source, first.id) != (second.source, second.id)


def test_only_owner_and_manager_may_read_the_trail(shop, trail):
    shop.actor = staff.actor_for(staff.StaffView(trail["cashier"], "小美", "cashier", True))
    with pytest.raises(UserError), shop.read() as s:
        audit.page(s, AuditFilter())


def test_a_refusal_in_a_read_snapshot_is_still_written(shop, trail):
    from app import importexport

    shop.actor = auth.Actor(trail["cashier"], "小美", "cashier")
    with pytest.raises(UserError), shop.read() as s:
        importexport.export_purchases(s, "/tmp/never.csv")
    shop.actor = auth.SYSTEM
    with shop.read() as s:
        row = audit.latest(s, "refused")[0]
    assert row.staff_id == trail["cashier"] and '"export_personal_data"' in row.after_json


def test_a_drawer_opening_is_audited(shop, trail, monkeypatch):
    from app.devices import printer

    shop.actor = auth.Actor(trail["cashier"], "小美", "cashier")
    monkeypatch.setenv("REGULARS_STATION", "till-2")
    # no printer set up: the kick fails, and the attempt is still on record
    result = Devices(shop).kick_drawer("manual", staff_id=trail["cashier"], note="change for the float")
    assert not result.ok
    with shop.read() as s:
        row = audit.latest(s, "drawer_open")[0]
    assert (row.staff_name, row.detail, row.host) == ("小美", "manual", "till-2")
    assert '"ok": false' in row.after_json


def test_the_command_line_is_named_in_the_trail(db_url, tmp_path, capsys):
    from app.cli import main

    assert main(["--db", db_url, "export", "members", str(tmp_path / "m.csv")]) == 0
    from app.shop import Shop

    shop = Shop(db_url)
    try:
        with shop.read() as s:
            row = audit.latest(s, "export")[0]
    finally:
        shop.close()
    assert (row.staff_name, row.staff_role) == ("command line", "system")


def test_upgrading_a_shop_with_members_and_staff_from_before_the_trust_work(tmp_path):
    """Migration 0006 on a populated 0005 database: columns added in place,
    the data kept, the staff asked for an owner PIN, the triggers armed."""
    from alembic import command

    from app.shop import Shop
    from db import engine as db_engine

    url = f"sqlite:///{tmp_path / 'old.db'}"
    eng = db_engine.make_engine(url)
    command.upgrade(db_engine._alembic_config(eng), "0005")
    with eng.begin() as c:
        c.execute(text("INSERT INTO staff (id, name, role, active, created_at) "
                       "VALUES (1, '林老闆', 'owner', 1, '2025-01-01 09:00:00')"))
        c.execute(text("INSERT INTO members (id, member_no, name, phone, phone_norm, phone_last4, joined_on, notes, "
                       "points_balance, created_at) VALUES (1, 'A1', '陳小姐', '0912345678', '0912345678', '5678', "
                       "'2025-01-01', '', 0, '2025-01-01 09:00:00')"))
    eng.dispose()
    shop = Shop(url)  # migrates to head
    try:
        with shop.transaction() as s:
            owner = staff.needs_owner_pin(s)
            assert owner is not None and owner.name == "林老闆"
            assert members.get_view(s, 1).name == "陳小姐"
            staff.claim_owner_pin(s, owner.id, "1111")
            assert staff.sign_in(s, owner.id, "1111").ok
        with pytest.raises(DBAPIError), shop.engine.begin() as conn:
            conn.execute(text("DELETE FROM audit_log"))
    finally:
        shop.close()


def test_every_ledger_can_be_shown_beside_the_trail(shop, trail):
    from app.audit import LEDGER_SOURCES

    from app.programs import wallet

    names = {src.name for src in LEDGER_SOURCES}
    assert {"points", "wallet", "package", "stamps"} <= names
    with shop.transaction() as s:
        wallet.top_up(s, topup_key="t1", member_id=trail["member"], amount_cents=50000, staff_id=trail["cashier"],
                      now=T0 + dt.timedelta(days=4))
    with shop.read() as s:
        top = audit.page(s, AuditFilter(action="ledger:wallet"))
        assert [(r.action, r.staff_name, r.member_id) for r in top] == [
            ("wallet:topup", "小美", trail["member"])]
        assert '"paid_after": 50000' in top[0].after and '"paid_units": 50000' in top[0].after
        for name in names:  # each source's SQL runs (and matches nothing it should not)
            rows = audit.page(s, AuditFilter(action=f"ledger:{name}"))
            assert {r.source for r in rows} <= {name}
        every = audit.page(s, AuditFilter(include_ledgers=True, member_id=trail["member"]))
    assert {r.source for r in every} >= {"audit", "points"}
