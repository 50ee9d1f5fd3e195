"""The call log: vouchers promised on calls, the day's assignments, and the
staff-performance table with win-backs."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app import calls, followups
from app.errors import UserError
from app.staff import add_staff
from db.models import FollowupAssignment, FollowupVoucher
from tests.app.test_followups import D0, at, buy, call, days, new_member, row, set_rule


@pytest.fixture
def base(shop):
    from app import settings

    with shop.transaction() as s:
        settings.put(s, language="en")
    set_rule(shop, "thank_you", enabled=False)


@pytest.fixture
def one(shop, base):
    with shop.transaction() as s:
        mid = new_member(s, joined=days(-400))
        buy(s, mid, D0)
    return mid


@pytest.fixture
def staff(shop):
    with shop.transaction() as s:
        return {
            "owner": add_staff(s, name="老闆", role="owner").id,
            "mei": add_staff(s, name="小美").id,
            "jie": add_staff(s, name="阿傑").id,
            "amy": add_staff(s, name="Amy").id,
        }


# --------------------------------------------------------------------------- logging a call


def test_a_call_answers_the_members_most_urgent_item(shop, one, staff):
    res = call(shop, one, "reached", days(60), staff_id=staff["mei"], notes="busy with a new job")
    c = res.call
    assert (c.reason, c.step, c.outcome, c.staff_id, c.notes) == ("dormant", 1, "reached", staff["mei"],
                                                                  "busy with a new job")
    assert res.voucher is None, "rung 1 promises nothing"
    with shop.read() as s:
        hist = calls.call_history(s, one)
        assert [h.id for h in hist] == [c.id]
        assert [h.id for h in calls.calls_on(s, days(60), staff_id=staff["mei"])] == [c.id]
        assert calls.calls_on(s, days(61)) == []


def test_a_call_on_a_member_not_due_is_logged_without_a_reason(shop, one, staff):
    c = call(shop, one, "reached", days(10), staff_id=staff["mei"]).call
    assert (c.reason, c.step) == (None, None)
    assert row(shop, days(60), one).step == 1, "it does not answer a rung not yet reached"


def test_call_input_is_checked(shop, one, staff):
    cases = [
        ({"outcome": "maybe"}, "followup_outcome_invalid"),
        ({"outcome": "reached", "reason": "gossip"}, "followup_reason_invalid"),
        ({"outcome": "reached", "next_call_on": days(60)}, "followup_next_call_past"),
        ({"outcome": "reached", "staff_id": 999}, "followup_staff_not_found"),
    ]
    for kw, code in cases:
        kw = {"staff_id": staff["mei"], **kw}
        with pytest.raises(UserError) as e, shop.transaction() as s:
            calls.log_call(s, member_id=one, now=at(days(60)), **kw)
        assert e.value.code == code
    with pytest.raises(UserError) as e, shop.transaction() as s:
        calls.log_call(s, member_id=12345, staff_id=None, outcome="reached", now=at(days(60)))
    assert e.value.code == "member_not_found"


def test_a_call_can_name_a_reason_other_than_the_first(shop, base):
    with shop.transaction() as s:
        mid = new_member(s, birthday="05-05", joined=days(-400))
        buy(s, mid, D0)
    when = dt.date(2026, 5, 1)  # dormant step 1 and birthday week
    r = row(shop, when, mid)
    assert (r.reason, r.other_reasons) == ("birthday", ("dormant",))
    call(shop, mid, "reached", when, reason="dormant")
    r = row(shop, when, mid)
    assert (r.reason, r.other_reasons) == ("birthday", ())


# --------------------------------------------------------------------------- vouchers


def test_rung_two_issues_its_voucher_once_when_the_member_hears_it(shop, one, staff):
    assert call(shop, one, "no_answer", days(120), staff_id=staff["mei"]).voucher is None
    res = call(shop, one, "will_come_in", days(121), staff_id=staff["jie"], next_call_on=days(130))
    v = res.voucher
    assert (v.reason, v.step, v.kind, v.value, v.status) == ("dormant", 2, "amount_off", 10000, "pending")
    assert v.valid_until == days(121 + 30) and v.call_id == res.call.id and v.code.startswith("F")
    assert call(shop, one, "reached", days(130), staff_id=staff["jie"]).voucher is None, "once per rung"
    res3 = call(shop, one, "reached", days(180), staff_id=staff["jie"])
    assert (res3.voucher.step, res3.voucher.kind, res3.voucher.value) == (3, "percent_off", 30)
    with shop.transaction() as s:
        pending = calls.vouchers(s)
        assert [p.step for p in pending] == [2, 3]
        calls.set_voucher_status(s, pending[0].id, "printed")
        assert [p.step for p in calls.vouchers(s)] == [3]
        assert [p.step for p in calls.vouchers(s, status=None, member_id=one)] == [2, 3]


def test_no_voucher_when_the_member_declines_or_the_rung_has_none(shop, one):
    assert call(shop, one, "not_interested", days(120)).voucher is None
    with shop.transaction() as s:
        rules = followups.get_rules(s)
        rules["dormant"]["vouchers"][2] = None
        followups.put_rules(s, rules)
    assert call(shop, one, "reached", days(180)).voucher is None
    with shop.read() as s:
        assert s.scalar(select(func.count()).select_from(FollowupVoucher)) == 0


def test_the_voucher_follows_the_settings(shop, one):
    with shop.transaction() as s:
        followups.apply_preset(s, "salon")
    v = call(shop, one, "reached", days(120)).voucher
    assert (v.kind, v.value) == ("amount_off", 20000)


# --------------------------------------------------------------------------- assignments


def members_due(shop, n, when=days(60)) -> list[int]:
    ids = []
    with shop.transaction() as s:
        for k in range(n):
            mid = new_member(s, name=f"m{k}", joined=days(-400))
            buy(s, mid, when - dt.timedelta(days=60 + k))
            ids.append(mid)
    return ids


def test_assign_spreads_the_list_evenly_and_each_sees_their_calls(shop, base, staff):
    ids = members_due(shop, 7)
    with shop.transaction() as s:
        load = calls.assign(s, days(60), [staff["mei"], staff["jie"], staff["amy"]], now=at(days(60), 8))
    assert load == {staff["mei"]: 3, staff["jie"]: 2, staff["amy"]: 2}
    with shop.read() as s:
        mine = {k: calls.my_calls(s, sid, days(60)) for k, sid in staff.items()}
        everyone = followups.due_list(s, days(60))
    assert sorted(i.member_id for k in ("mei", "jie", "amy") for i in mine[k]) == sorted(ids)
    assert mine["owner"] == []
    assert [i.member_id for i in mine["mei"]] == [i.member_id for i in everyone][0::3], "urgency shared round"
    assert all(i.assigned_staff == "小美" for i in mine["mei"])
    assert {i.assigned_staff_id for i in everyone} == {staff["mei"], staff["jie"], staff["amy"]}
    # a call done leaves "my calls"; assigning again keeps everyone's rows
    call(shop, mine["jie"][0].member_id, "reached", days(60), staff_id=staff["jie"])
    with shop.transaction() as s:
        assert len(calls.my_calls(s, staff["jie"], days(60))) == 1
        assert calls.assign(s, days(60), [staff["mei"], staff["jie"], staff["amy"]]) == load
        assert s.scalar(select(func.count()).select_from(FollowupAssignment)) == 7


def test_rows_of_staff_gone_off_shift_are_spread_again(shop, base, staff):
    members_due(shop, 6)
    with shop.transaction() as s:
        calls.assign(s, days(60), [staff["mei"], staff["jie"]])
        assert calls.assign(s, days(60), [staff["mei"], staff["amy"]]) == {staff["mei"]: 3, staff["amy"]: 3}
    with shop.read() as s:
        assert calls.my_calls(s, staff["jie"], days(60)) == []


def test_newly_due_members_go_to_whoever_has_fewest(shop, base, staff):
    members_due(shop, 4)
    with shop.transaction() as s:
        calls.assign(s, days(60), [staff["mei"], staff["jie"]])
    members_due(shop, 3)
    with shop.transaction() as s:
        load = calls.assign(s, days(60), [staff["mei"], staff["jie"], staff["amy"]])
    assert load == {staff["mei"]: 3, staff["jie"]: 2, staff["amy"]: 2}  # amy catches up, ties to the first


def test_the_owner_can_move_one_row(shop, base, staff):
    ids = members_due(shop, 4)
    with shop.transaction() as s:
        calls.assign(s, days(60), [staff["mei"], staff["jie"]])
    with pytest.raises(UserError) as e, shop.transaction() as s:
        calls.reassign(s, days(60), ids[0], staff["amy"], by_staff_id=staff["mei"])
    assert e.value.code == "followup_owner_only"
    with shop.transaction() as s:
        calls.reassign(s, days(60), ids[0], staff["amy"], by_staff_id=staff["owner"])
    with shop.read() as s:
        assert [i.member_id for i in calls.my_calls(s, staff["amy"], days(60))] == [ids[0]]
    with shop.transaction() as s:  # the owner's choice stays when the list is spread again
        calls.assign(s, days(60), [staff["mei"], staff["jie"]])
    with shop.read() as s:
        assert [i.member_id for i in calls.my_calls(s, staff["amy"], days(60))] == [ids[0]]


def test_assign_with_a_daily_cap_takes_the_most_urgent(shop, base, staff):
    members_due(shop, 5)
    with shop.transaction() as s:
        load = calls.assign(s, days(60), [staff["mei"], staff["jie"]], limit_per_staff=2)
        urgent = [i.member_id for i in followups.due_list(s, days(60))][:4]
        assigned = s.scalars(select(FollowupAssignment.member_id)).all()
    assert load == {staff["mei"]: 2, staff["jie"]: 2}
    assert sorted(assigned) == sorted(urgent)


def test_assign_needs_staff_on_shift(shop, base, staff):
    with pytest.raises(UserError) as e, shop.transaction() as s:
        calls.assign(s, days(60), [])
    assert e.value.code == "followup_no_staff"


# --------------------------------------------------------------------------- results


@pytest.mark.parametrize("after, won", [(0, True), (30, True), (31, False)])
def test_a_win_back_is_a_purchase_within_thirty_days_of_the_call(shop, one, staff, after, won):
    call(shop, one, "reached", days(60), staff_id=staff["mei"])
    with shop.transaction() as s:
        buy(s, one, at(days(60 + after), 20))
    with shop.read() as s:
        res = {r.staff_id: r for r in calls.staff_performance(s, days(60), days(60))}
    assert (res[staff["mei"]].calls, res[staff["mei"]].winbacks) == (1, int(won))


def test_a_purchase_before_the_call_the_same_day_is_not_a_win_back(shop, one, staff):
    with shop.transaction() as s:
        buy(s, one, at(days(60), 9))
    call(shop, one, "reached", at(days(60), 15), staff_id=staff["mei"])
    with shop.read() as s:
        res = {r.staff_id: r for r in calls.staff_performance(s, days(60), days(60))}
    assert res[staff["mei"]].winbacks == 0


def test_the_staff_performance_table(shop, base, staff):
    ids = members_due(shop, 6, when=days(100))
    a, b, c, d, e, f = ids
    # 小美: 3 calls, 2 reached, 2 win-backs (one bought twice: counted once)
    call(shop, a, "reached", days(100), staff_id=staff["mei"])
    call(shop, b, "will_come_in", days(100), staff_id=staff["mei"])
    call(shop, c, "no_answer", days(100), staff_id=staff["mei"])
    # 阿傑: 2 calls, 1 reached; d bought after 阿傑's later call, so 阿傑 gets it, not 小美's earlier one
    call(shop, d, "no_answer", days(100), staff_id=staff["mei"])
    call(shop, d, "reached", days(101), staff_id=staff["jie"])
    call(shop, e, "no_answer", days(101), staff_id=staff["jie"])
    # outside the period: not counted
    call(shop, f, "reached", days(99), staff_id=staff["amy"])
    with shop.transaction() as s:
        buy(s, a, days(105))
        buy(s, a, days(110))
        buy(s, b, days(130))  # day 30 after the call
        buy(s, d, days(102))
        buy(s, f, days(101))
    with shop.read() as s:
        table = calls.staff_performance(s, days(100), days(101))
    got = [(r.name, r.calls, r.reached, r.winbacks, round(r.winback_rate, 3)) for r in table]
    assert got == [
        ("小美", 4, 2, 2, 0.5),
        ("阿傑", 2, 1, 1, 0.5),
        ("Amy", 0, 0, 0, 0.0),
        ("老闆", 0, 0, 0, 0.0),
    ]


def test_the_owner_can_mark_do_not_call_without_a_call(shop, one, staff):
    with shop.transaction() as s:
        calls.set_do_not_call(s, one, staff_id=staff["owner"], now=at(days(10)))
        assert followups.is_blocked(s, one, days(60))
    assert row(shop, days(60), one) is None
    with shop.transaction() as s:
        assert calls.lift_do_not_call(s, one, staff_id=staff["owner"])
        assert not followups.is_blocked(s, one, days(60))
    assert row(shop, days(60), one).step == 1
