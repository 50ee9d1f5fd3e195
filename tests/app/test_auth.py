"""Staff PINs, sign-in lockout, and each permission enforced in the services.

Every refusal is checked twice: the service raises (and the act's own
transaction changes nothing but the audit trail), and the audit trail has
the refusal, written although the refused transaction rolled back.
"""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app import audit, auth, members, points, sales, staff
from app import settings as shop_settings
from app.errors import UserError
from app.shop import Shop
from db.trust_models import AuditEntry
from tests.app.helpers import balance, dump

T0 = dt.datetime(2026, 3, 1, 10, 0)


@pytest.fixture
def people(shop):
    """An owner, a manager and a cashier with PINs, and a member with points."""
    with shop.transaction() as s:
        owner = staff.add_staff(s, name="林老闆", role="owner", pin="1111")
        manager = staff.add_staff(s, name="王店長", role="manager", pin="2222")
        cashier = staff.add_staff(s, name="小美", role="cashier", pin="3333")
        m = members.sign_up(s, name="陳小姐", phone="0912345678")
        points.adjust(s, member_id=m.id, points=500, reason="opening gift")
    return {"owner": staff.actor_for(owner), "manager": staff.actor_for(manager),
            "cashier": staff.actor_for(cashier), "member": m.id}


def as_(shop, actor) -> Shop:
    shop.actor = actor
    return shop


def audit_rows(shop, action=None):
    with shop.read() as s:
        return audit.latest(s, action, limit=100)


# --------------------------------------------------------------------------- PINs


def test_pin_is_hashed_with_argon2_and_verifies(shop, people):
    with shop.read() as s:
        from db.models import Staff

        row = s.get(Staff, people["cashier"].staff_id)
        assert row.pin_hash.startswith("$argon2id$") and "3333" not in row.pin_hash
        assert staff.verify_pin(row.pin_hash, "3333")
        assert staff.verify_pin(row.pin_hash, "３３３３")  # full-width digits typed on a Chinese IME
        assert not staff.verify_pin(row.pin_hash, "3334")
        assert not staff.verify_pin(row.pin_hash, "")
        assert not staff.verify_pin(None, "3333")


@pytest.mark.parametrize("pin", ["123", "123456789", "12a4", "12 34", "", None, "١٢٣٤"])
def test_pins_are_4_to_8_ascii_digits(pin):
    with pytest.raises(UserError) as e:
        staff.clean_pin(pin)
    assert e.value.code in ("pin_invalid", "pin_required")
    assert e.value.field == "pin"


def test_set_pin_needs_the_current_one_for_yourself_and_the_owner_for_others(shop, people):
    cashier, manager = people["cashier"], people["manager"]
    as_(shop, cashier)
    with pytest.raises(UserError) as e, shop.transaction() as s:
        staff.set_pin(s, cashier.staff_id, "4444", current_pin="0000")
    assert e.value.code == "pin_wrong_current"
    with shop.transaction() as s:
        staff.set_pin(s, cashier.staff_id, "4444", current_pin="3333")
    with pytest.raises(UserError) as e, shop.transaction() as s:
        staff.set_pin(s, manager.staff_id, "9999")  # someone else's
    assert e.value.code == "not_permitted_owner"
    as_(shop, people["owner"])
    with shop.transaction() as s:
        staff.set_pin(s, manager.staff_id, "9999")  # reset by the owner
        assert staff.sign_in(s, manager.staff_id, "9999").ok
        assert staff.sign_in(s, cashier.staff_id, "4444").ok
    actions = [r.action for r in audit_rows(shop)]
    assert actions.count("pin_set") >= 1 and "pin_reset" in actions and "refused" in actions


# --------------------------------------------------------------------------- sign-in and lockout


def test_sign_in_returns_the_actor_and_is_audited(shop, people):
    with shop.transaction() as s:
        result = staff.sign_in(s, people["cashier"].staff_id, "3333", now=T0)
    assert result.ok and result.actor == people["cashier"]
    row = audit_rows(shop, "sign_in")[0]
    assert (row.staff_id, row.staff_name, row.staff_role, row.occurred_at) == (
        people["cashier"].staff_id, "小美", "cashier", T0)
    assert row.host


def test_lockout_at_exactly_five_wrong_pins_and_unlock_after_five_minutes(shop, people, db_url):
    sid = people["cashier"].staff_id
    for n in range(1, 5):
        with shop.transaction() as s:
            r = staff.sign_in(s, sid, "0000", now=T0 + dt.timedelta(seconds=n))
        assert not r.ok and r.error.code == "pin_wrong" and r.tries_left == 5 - n
    with shop.transaction() as s:
        r = staff.sign_in(s, sid, "0000", now=T0 + dt.timedelta(seconds=5))
    assert r.error.code == "pin_locked" and r.error.params["minutes"] == 5
    assert r.locked_until == T0 + dt.timedelta(seconds=5, minutes=5)
    # locked: even the right PIN is refused, and the count survives a restart
    shop.close()
    again = Shop(db_url)
    try:
        with again.transaction() as s:
            r = staff.sign_in(s, sid, "3333", now=T0 + dt.timedelta(minutes=4))
        assert r.error.code == "pin_locked" and r.error.params["minutes"] == 2
        assert "鎖定" in r.error.message("zh_TW")
        with again.transaction() as s:
            r = staff.sign_in(s, sid, "3333", now=T0 + dt.timedelta(minutes=5, seconds=6))
        assert r.ok
        actions = [row.action for row in audit_rows(again)]
    finally:
        again.close()
    assert actions.count("lockout") == 1
    assert actions.count("sign_in_failed") == 5  # four wrong PINs and one try while locked


def test_four_wrong_then_right_resets_the_count(shop, people):
    sid = people["cashier"].staff_id
    for n in range(4):
        with shop.transaction() as s:
            staff.sign_in(s, sid, "0000", now=T0)
    with shop.transaction() as s:
        assert staff.sign_in(s, sid, "3333", now=T0).ok
    for n in range(4):
        with shop.transaction() as s:
            r = staff.sign_in(s, sid, "0000", now=T0)
    assert r.error.code == "pin_wrong" and r.tries_left == 1


def test_deactivated_staff_and_staff_without_pin_cannot_sign_in(shop, people):
    with shop.transaction() as s:
        staff.deactivate_staff(s, people["cashier"].staff_id)
        nopin = staff.add_staff(s, name="Amy")
        assert staff.sign_in(s, people["cashier"].staff_id, "3333").error.code == "staff_inactive"
        assert staff.sign_in(s, nopin.id, "1234").error.code == "pin_not_set"


def test_the_last_owner_cannot_be_demoted_or_deactivated(shop, people):
    with pytest.raises(UserError) as e, shop.transaction() as s:
        staff.deactivate_staff(s, people["owner"].staff_id)
    assert e.value.code == "last_owner"
    with pytest.raises(UserError), shop.transaction() as s:
        staff.update_staff(s, people["owner"].staff_id, role="manager")


def test_a_shop_without_an_owner_pin_asks_the_owner_to_set_one(shop):
    with shop.transaction() as s:
        owner = staff.add_staff(s, name="林老闆", role="owner")
        staff.add_staff(s, name="小美", pin="3333")
    as_(shop, auth.NOBODY)
    with shop.transaction() as s:
        assert staff.needs_owner_pin(s).id == owner.id
        staff.claim_owner_pin(s, owner.id, "1111")
    with shop.transaction() as s:
        assert staff.needs_owner_pin(s) is None
        with pytest.raises(UserError) as e:
            staff.claim_owner_pin(s, owner.id, "2222")
        assert e.value.code == "owner_pin_already_set"
        assert staff.sign_in(s, owner.id, "1111").ok


def test_cashier_switch_is_recorded_with_who_handed_over(shop, people):
    with shop.transaction() as s:
        r = staff.sign_in(s, people["manager"].staff_id, "2222", switch_from=people["cashier"])
    assert r.ok
    row = audit_rows(shop, "cashier_switch")[0]
    assert row.staff_name == "王店長" and '"小美"' in row.before_json


# --------------------------------------------------------------------------- permissions


def _adjust(s, member_id):
    return points.adjust(s, member_id=member_id, points=100, reason="friend")


def _refund_big(s, member_id):
    sale = sales.record_sale(s, member_id=member_id, amount_cents=250000, sale_key="big-sale")
    return sales.refund_sale(s, sale_id=sale.sale_id, refund_key="big-refund", amount_cents=200000)


def _merge(s, member_id):
    from app import merge

    other = members.sign_up(s, name="陳小姐", phone="0987654321")
    return merge.merge_members(s, keep_id=member_id, merge_id=other.id)


def _settings(s, member_id):
    shop_settings.put(s, earn_points=5)


def _export(s, member_id, tmp_path=None):
    from app import importexport

    return importexport.export_members(s, "/tmp/regulars-test-never-written.csv")


def _add_staff(s, member_id):
    staff.add_staff(s, name="新人")


CASES = {
    "adjust_balance": (_adjust, "not_permitted"),
    "merge_members": (_merge, "not_permitted_owner"),
    "change_settings": (_settings, "not_permitted"),
    "export_personal_data": (_export, "not_permitted"),
    "manage_staff": (_add_staff, "not_permitted_owner"),
}


@pytest.mark.parametrize("permission", sorted(CASES))
def test_a_cashier_is_refused_in_the_service_and_the_refusal_is_audited(shop, people, permission):
    fn, code = CASES[permission]
    as_(shop, people["cashier"])
    before = dump(shop)
    with pytest.raises(UserError) as e:
        with shop.transaction() as s:
            fn(s, people["member"])
    assert e.value.code == code
    assert "店主" in e.value.message("zh_TW")
    after = dump(shop)
    refusals = [r for r in after["audit_log"] if r not in before["audit_log"]]
    assert len(refusals) == 1, refusals
    assert {k: v for k, v in after.items() if k != "audit_log"} == {
        k: v for k, v in before.items() if k != "audit_log"}, "nothing but the audit trail changed"
    row = audit_rows(shop, "refused")[0]
    assert (row.staff_id, row.staff_name, row.staff_role) == (people["cashier"].staff_id, "小美", "cashier")
    assert f'"{permission}"' in row.after_json


def test_a_cashier_refund_above_the_limit_is_refused_and_audited_below_it_allowed(shop, people):
    as_(shop, people["cashier"])
    with shop.transaction() as s:
        sale = sales.record_sale(s, member_id=people["member"], amount_cents=250000, sale_key="big")
    with pytest.raises(UserError) as e, shop.transaction() as s:
        sales.refund_sale(s, sale_id=sale.sale_id, refund_key="r1", amount_cents=100001)
    assert e.value.code == "refund_limit_needs_manager" and e.value.params["limit"] == "1,000.00"
    with pytest.raises(UserError), shop.transaction() as s:
        sales.refund_sale(s, sale_id=sale.sale_id, refund_key="r2", void=True)
    assert len(audit_rows(shop, "refused")) == 2
    with shop.transaction() as s:  # at the limit: fine
        r = sales.refund_sale(s, sale_id=sale.sale_id, refund_key="r3", amount_cents=100000)
    assert r.amount_cents == 100000
    row = audit_rows(shop, "refund")[0]
    assert row.staff_name == "小美" and row.target_id == sale.sale_id and row.member_id == people["member"]
    with shop.read() as s:
        from db.models import Refund

        assert s.get(Refund, r.refund_id).staff_id == people["cashier"].staff_id
    as_(shop, people["manager"])
    with shop.transaction() as s:
        sales.refund_sale(s, sale_id=sale.sale_id, refund_key="r4", void=True)
    assert audit_rows(shop, "void")[0].staff_role == "manager"


def test_the_refund_limit_is_a_setting(shop, people):
    with shop.transaction() as s:
        assert shop_settings.get(s, "refund_limit_cents") == 100000
        shop_settings.put(s, refund_limit_cents=0)
        sale = sales.record_sale(s, member_id=people["member"], amount_cents=500, sale_key="small")
    as_(shop, people["cashier"])
    with pytest.raises(UserError), shop.transaction() as s:
        sales.refund_sale(s, sale_id=sale.sale_id, refund_key="r", amount_cents=1)


@pytest.mark.parametrize("role", ["owner", "manager"])
def test_owner_and_manager_may_adjust_change_settings_and_export(shop, people, role, tmp_path):
    from app import importexport

    as_(shop, people[role])
    with shop.transaction() as s:
        points.adjust(s, member_id=people["member"], points=-100, reason="mistake")
        shop_settings.put(s, earn_points=2)
    with shop.read() as s:
        importexport.export_members(s, tmp_path / "m.csv")
    assert balance(shop, people["member"]) == 400
    adj = audit_rows(shop, "points_adjust")[0]
    assert (adj.staff_role, adj.before_json, adj.member_id) == (role, '{"points_balance": 500}', people["member"])
    change = audit_rows(shop, "settings_change")[0]
    assert change.before_json == '{"earn_points": 1}' and change.after_json == '{"earn_points": 2}'
    export = audit_rows(shop, "export")[0]  # written although the read snapshot rolled back
    assert export.staff_role == role and export.after_json == '{"rows": 1}'


def test_only_the_owner_may_merge(shop, people):
    from app import merge

    as_(shop, people["manager"])
    with pytest.raises(UserError) as e, shop.transaction() as s:
        other = members.sign_up(s, name="陳小姐", phone="0987654321")
        merge.merge_members(s, keep_id=people["member"], merge_id=other.id)
    assert e.value.code == "not_permitted_owner"


def test_nobody_signed_in_may_do_nothing_sensitive_and_is_told_to_sign_in(shop, people):
    as_(shop, auth.NOBODY)
    with pytest.raises(UserError) as e, shop.transaction() as s:
        _adjust(s, people["member"])
    assert e.value.code == "not_signed_in"


def test_storing_an_unchanged_setting_needs_no_permission(shop, people):
    as_(shop, people["cashier"])
    with shop.transaction() as s:
        shop_settings.put(s, earn_points=1, currency="TWD")
    assert audit_rows(shop, "settings_change") == [] and audit_rows(shop, "refused") == []


def test_a_refusal_swallowed_by_the_caller_is_still_audited_once(shop, people):
    as_(shop, people["cashier"])
    with shop.transaction() as s:
        with pytest.raises(UserError):
            _adjust(s, people["member"])
    assert len(audit_rows(shop, "refused")) == 1


def test_the_restore_permission(shop, people, db_path, tmp_path):
    from app import backup

    copy = tmp_path / "copy.db"
    backup.backup(shop, copy)
    with pytest.raises(UserError) as e:
        backup.restore(f"sqlite:///{db_path}", copy, actor=people["cashier"])
    assert e.value.code == "not_permitted"
    assert audit_rows(shop, "refused")[0].detail == str(copy)
    backup.restore(f"sqlite:///{db_path}", copy, actor=people["manager"], keep_previous=False)
    rows = audit_rows(shop, "restore")
    assert rows and rows[0].staff_role == "manager" and '"restored"' in rows[0].after_json
