"""The follow-up list: every rule pinned at its boundaries, on a real SQLite file.

Purchases go in through ``record_sale(source="import")`` followed by
``followups.recompute_member`` (idempotent, so these tests hold whether or
not ``record_sale`` calls ``note_purchase`` itself).
"""
from __future__ import annotations

import datetime as dt
import itertools
import json
import uuid

import pytest

from app import calls, complaints, followups, members, sales, settings
from app.errors import UserError
from app.staff import add_staff

D0 = dt.date(2026, 3, 2)  # a Monday; the first purchase in most tests
_phones = itertools.count(10_000_000)


def at(day: dt.date, hour: int = 10) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour))


def days(n: int, start: dt.date = D0) -> dt.date:
    return start + dt.timedelta(days=n)


def new_member(s, name="王小明", *, birthday=None, joined=D0, phone=None) -> int:
    phone = phone or f"09{next(_phones):08d}"
    return members.sign_up(s, name=name, phone=phone, birthday=birthday, joined_on=joined,
                           now=at(joined)).id


def buy(s, member_id: int, when: dt.date | dt.datetime, cents: int = 10000) -> None:
    when = when if isinstance(when, dt.datetime) else at(when)
    sales.record_sale(s, sale_key=uuid.uuid4().hex, member_id=member_id, amount_cents=cents, now=when,
                      source="import")
    followups.recompute_member(s, member_id, since=when.date())


def due(shop, as_of: dt.date) -> list[followups.DueItem]:
    with shop.read() as s:
        return followups.due_list(s, as_of)


def row(shop, as_of: dt.date, member_id: int) -> followups.DueItem | None:
    found = [i for i in due(shop, as_of) if i.member_id == member_id]
    assert len(found) <= 1, "a member appears once"
    return found[0] if found else None


def call(shop, member_id, outcome, when: dt.date | dt.datetime, staff_id=None, **kw) -> calls.CallResult:
    when = when if isinstance(when, dt.datetime) else at(when, 15)
    with shop.transaction() as s:
        return calls.log_call(s, member_id=member_id, staff_id=staff_id, outcome=outcome, now=when, **kw)


def set_rule(shop, section: str, **values) -> None:
    with shop.transaction() as s:
        rules = followups.get_rules(s)
        rules[section].update(values)
        followups.put_rules(s, rules)


@pytest.fixture
def english(shop):
    """English texts, and no thank-you calls (a lone member is always in the
    top fifth) unless a test turns them on."""
    with shop.transaction() as s:
        settings.put(s, language="en")
    set_rule(shop, "thank_you", enabled=False)


@pytest.fixture
def one(shop, english):
    """A member who bought once on D0 and has no birthday on file."""
    with shop.transaction() as s:
        mid = new_member(s, joined=days(-400))
        buy(s, mid, D0)
    return mid


# --------------------------------------------------------------------------- dormant ladder


@pytest.mark.parametrize("n, step", [(59, None), (60, 1), (119, 1), (120, 2), (179, 2), (180, 3), (400, 3)])
def test_dormant_rungs_at_their_boundaries(shop, one, n, step):
    r = row(shop, days(n), one)
    if step is None:
        assert r is None
        return
    assert (r.reason, r.step, r.days_since_last_purchase) == ("dormant", step, n)
    assert r.due_on == days({1: 60, 2: 120, 3: 180}[step])


def test_the_time_of_day_of_the_purchase_does_not_matter(shop, english):
    with shop.transaction() as s:
        late = new_member(s, joined=days(-400))
        buy(s, late, dt.datetime.combine(D0, dt.time(23, 59, 59)))
    assert row(shop, days(59), late) is None
    assert row(shop, days(60), late).days_since_last_purchase == 60


def test_a_member_imported_long_gone_enters_at_the_rung_their_dormancy_reaches(shop, english):
    with shop.transaction() as s:
        mid = new_member(s, joined=days(-800))
        buy(s, mid, days(-200))
    r = row(shop, D0, mid)
    assert (r.reason, r.step, r.days_since_last_purchase) == ("dormant", 3, 200)


def test_each_rung_is_called_once_then_the_next_rung_comes(shop, one):
    call(shop, one, "reached", days(60))
    assert row(shop, days(60), one) is None
    assert row(shop, days(119), one) is None
    r = row(shop, days(120), one)
    assert (r.step, r.last_outcome, r.last_called_on) == (2, "reached", days(60))
    call(shop, one, "not_interested", days(121))
    assert row(shop, days(179), one) is None
    assert row(shop, days(180), one).step == 3


def test_any_purchase_resets_the_ladder(shop, one):
    call(shop, one, "reached", days(60))
    call(shop, one, "reached", days(125))
    assert row(shop, days(130), one) is None
    with shop.transaction() as s:
        buy(s, one, days(130))
    assert row(shop, days(131), one) is None
    assert row(shop, days(130 + 59), one) is None
    r = row(shop, days(130 + 60), one)
    assert (r.reason, r.step, r.days_since_last_purchase) == ("dormant", 1, 60)


def test_no_answer_is_retried_the_next_day_three_times_then_dropped_until_the_next_rung(shop, one):
    for k, day in enumerate((60, 61, 62, 63), start=1):
        assert row(shop, days(day), one).attempts == k - 1
        call(shop, one, "no_answer", days(day))
        assert row(shop, days(day), one) is None, "not again the same day"
        if k <= 3:
            r = row(shop, days(day + 1), one)
            assert (r.step, r.attempts, r.due_on, r.last_outcome) == (1, k, days(day + 1), "no_answer")
    # the fourth no-answer: three retries used up
    assert row(shop, days(64), one) is None
    assert row(shop, days(119), one) is None
    assert row(shop, days(120), one).step == 2


def test_a_retry_waits_for_the_date_the_caller_set(shop, one):
    call(shop, one, "no_answer", days(60), next_call_on=days(65))
    assert row(shop, days(61), one) is None
    assert row(shop, days(65), one).due_on == days(65)


def test_reached_with_a_call_back_date_comes_back_that_day(shop, one):
    call(shop, one, "reached", days(60), next_call_on=days(70))
    assert row(shop, days(69), one) is None
    assert row(shop, days(70), one).step == 1
    call(shop, one, "will_come_in", days(70))
    assert row(shop, days(71), one) is None


def test_lost_thirty_days_after_step_three_was_tried(shop, one):
    call(shop, one, "no_answer", days(180))
    assert row(shop, days(180 + 29), one).step == 3  # still retrying
    with shop.read() as s:
        assert calls.lost_members(s, days(180 + 29)) == []
    assert row(shop, days(180 + 30), one) is None
    with shop.read() as s:
        lost = calls.lost_members(s, days(180 + 30))
    assert [(m.member_id, m.step3_tried_on, m.lost_on) for m in lost] == [(one, days(180), days(210))]


def test_a_lost_member_is_on_no_list_until_the_owner_revives_them(shop, english):
    with shop.transaction() as s:
        mid = new_member(s, joined=days(-400), birthday="05-20")
        buy(s, mid, D0)
        owner = add_staff(s, name="老闆", role="owner").id
        clerk = add_staff(s, name="小張").id
    call(shop, mid, "reached", days(180))
    lost_day = days(210)
    assert row(shop, lost_day, mid) is None
    birthday_week = dt.date(2027, 5, 15)
    assert row(shop, birthday_week, mid) is None, "lost: not even a birthday call"
    with pytest.raises(UserError) as e, shop.transaction() as s:
        calls.revive(s, mid, staff_id=clerk, now=at(days(220)))
    assert e.value.code == "followup_owner_only"
    with shop.transaction() as s:
        calls.revive(s, mid, staff_id=owner, now=at(days(220)))
    r = row(shop, days(220), mid)
    assert (r.reason, r.step) == ("dormant", 3), "a fresh ladder at the rung the dormancy reaches"
    call(shop, mid, "no_answer", days(221))
    assert row(shop, days(221 + 29), mid) is not None
    assert row(shop, days(221 + 30), mid) is None, "lost again after another try + 30 days"
    with pytest.raises(UserError) as e, shop.transaction() as s:
        calls.revive(s, new_member(s, joined=days(-10)), now=at(days(220)))
    assert e.value.code == "followup_not_lost"


def test_a_purchase_after_step_three_means_not_lost(shop, one):
    call(shop, one, "reached", days(180))
    with shop.transaction() as s:
        buy(s, one, days(200))
    with shop.read() as s:
        assert calls.lost_members(s, days(300)) == []
    assert row(shop, days(260), one).step == 1


def test_members_who_never_bought_are_not_on_the_ladder(shop, english):
    with shop.transaction() as s:
        mid = new_member(s, joined=days(-300))
    assert row(shop, D0, mid) is None


# --------------------------------------------------------------------------- do not call, wrong number


def test_do_not_call_takes_the_member_off_every_list_until_the_owner_lifts_it(shop, english):
    with shop.transaction() as s:
        mid = new_member(s, joined=days(-400), birthday="06-05")
        buy(s, mid, D0)
        owner = add_staff(s, name="老闆", role="owner").id
        clerk = add_staff(s, name="小張").id
    call(shop, mid, "do_not_call", days(60), staff_id=clerk)
    for day in (days(61), days(120), days(180), dt.date(2026, 6, 1)):
        assert row(shop, day, mid) is None
    with shop.transaction() as s:
        complaints.log_complaint(s, member_id=mid, what="rude", now=at(days(100)))
    assert row(shop, days(100), mid) is None, "do not call means not even about a complaint"
    with pytest.raises(UserError) as e, shop.transaction() as s:
        calls.lift_do_not_call(s, mid, staff_id=clerk)
    assert e.value.code == "followup_owner_only"
    with shop.transaction() as s:
        assert calls.lift_do_not_call(s, mid, staff_id=owner) is True
        assert calls.lift_do_not_call(s, mid, staff_id=owner) is False
    assert row(shop, days(100), mid).reason == "complaint"


def test_a_wrong_number_is_skipped_until_the_phone_is_changed(shop, one):
    call(shop, one, "wrong_number", days(60))
    assert row(shop, days(120), one) is None
    with shop.transaction() as s:
        v = members.get_view(s, one)
        members.update(s, one, name=v.name, phone="0987-654-321")
    assert row(shop, days(120), one).step == 2


# --------------------------------------------------------------------------- birthday


@pytest.mark.parametrize(
    "birthday, as_of, target",
    [
        ("1990-03-20", dt.date(2026, 3, 13), dt.date(2026, 3, 20)),  # 7 days ahead
        ("1990-03-20", dt.date(2026, 3, 12), None),  # 8 days ahead
        ("1990-03-20", dt.date(2026, 3, 20), dt.date(2026, 3, 20)),  # the day itself
        ("1990-03-20", dt.date(2026, 3, 21), None),  # the day after
        ("01-03", dt.date(2026, 12, 28), dt.date(2027, 1, 3)),  # across the year end, year unknown
        ("12-31", dt.date(2026, 12, 24), dt.date(2026, 12, 31)),
        ("12-31", dt.date(2027, 1, 1), None),
        ("2000-02-29", dt.date(2026, 2, 21), dt.date(2026, 2, 28)),  # common year: 28 Feb
        ("2000-02-29", dt.date(2026, 2, 20), None),
        ("2000-02-29", dt.date(2026, 2, 28), dt.date(2026, 2, 28)),
        ("2000-02-29", dt.date(2026, 3, 1), None),
        ("2000-02-29", dt.date(2028, 2, 22), dt.date(2028, 2, 29)),  # leap year: 29 Feb
        ("2000-02-29", dt.date(2028, 2, 21), None),
        ("2000-02-28", dt.date(2028, 2, 29), None),  # passed on the 28th
        ("03-01", dt.date(2028, 2, 23), dt.date(2028, 3, 1)),  # 7 days across 29 Feb
    ],
)
def test_birthdays_within_the_next_week(shop, english, birthday, as_of, target):
    with shop.transaction() as s:
        mid = new_member(s, birthday=birthday, joined=dt.date(2024, 1, 1))
        buy(s, mid, as_of - dt.timedelta(days=5))  # active: only the birthday can be due
    r = row(shop, as_of, mid)
    if target is None:
        assert r is None
    else:
        assert (r.reason, r.target_on, r.due_on) == ("birthday", target, target - dt.timedelta(days=7))
        assert "happy birthday" in r.suggested_action


def test_a_birthday_is_called_once_a_year(shop, english):
    with shop.transaction() as s:
        mid = new_member(s, birthday="01-03", joined=dt.date(2024, 1, 1))
        buy(s, mid, dt.date(2026, 12, 20))
    call(shop, mid, "no_answer", dt.date(2026, 12, 28))
    assert row(shop, dt.date(2026, 12, 29), mid).attempts == 1
    res = call(shop, mid, "reached", dt.date(2026, 12, 29))
    assert res.voucher is not None and res.voucher.kind == "percent_off"
    for d in (dt.date(2026, 12, 30), dt.date(2027, 1, 3)):
        assert row(shop, d, mid) is None
    with shop.transaction() as s:
        buy(s, mid, dt.date(2027, 12, 20))
    assert row(shop, dt.date(2027, 12, 27), mid).target_on == dt.date(2028, 1, 3)


# --------------------------------------------------------------------------- replenish


@pytest.fixture
def rhythm(shop, english):
    """Visits every 20 days: D0, D0+20, D0+40; the next is expected on D0+60."""
    with shop.transaction() as s:
        mid = new_member(s, joined=days(-1))
        for n in (0, 20, 40):
            buy(s, mid, days(n))
    return mid


@pytest.mark.parametrize("n, is_due", [(56, False), (57, True), (60, True), (67, True), (68, False)])
def test_replenish_from_a_few_days_before_the_usual_interval_runs_out(shop, rhythm, n, is_due):
    r = row(shop, days(n), rhythm)
    if not is_due:
        assert r is None
        return
    assert (r.reason, r.due_on, r.target_on) == ("replenish", days(57), days(60))
    assert "every 20 days" in r.suggested_action


def test_replenish_needs_three_purchases(shop, english):
    with shop.transaction() as s:
        mid = new_member(s, joined=days(-1))
        buy(s, mid, days(0))
        buy(s, mid, days(20))
    assert row(shop, days(38), mid) is None


def test_replenish_needs_a_steady_rhythm(shop, english):
    with shop.transaction() as s:
        steady = new_member(s, joined=days(-1))
        jumpy = new_member(s, joined=days(-1))
        for n in (0, 18, 40):  # gaps 18, 22: spread 0.1
            buy(s, steady, days(n))
        for n in (7, 10, 40):  # gaps 3, 30 (mean 16.5): spread 0.82
            buy(s, jumpy, days(n))
    assert row(shop, days(57), steady).reason == "replenish"
    assert [i for i in due(shop, days(54)) if i.member_id == jumpy and i.reason == "replenish"] == []


def test_two_purchases_on_one_day_are_one_visit(shop, english):
    with shop.transaction() as s:
        mid = new_member(s, joined=days(-1))
        for n, hour in ((0, 10), (0, 16), (20, 10), (40, 10)):
            buy(s, mid, at(days(n), hour))
    assert row(shop, days(57), mid).reason == "replenish"


def test_replenish_once_per_visit(shop, rhythm):
    call(shop, rhythm, "reached", days(57))
    assert row(shop, days(58), rhythm) is None
    with shop.transaction() as s:
        buy(s, rhythm, days(60))
    r = row(shop, days(77), rhythm)
    assert (r.reason, r.target_on) == ("replenish", days(80))


# --------------------------------------------------------------------------- complaints


def test_an_open_complaint_is_due_until_resolved(shop, english):
    with shop.transaction() as s:
        mid = new_member(s, joined=days(-100))
        buy(s, mid, days(-30))
        staff = add_staff(s, name="小張").id
        c = complaints.log_complaint(s, member_id=mid, what="Hair colour came out wrong", severity="high",
                                     handled_by_id=staff, now=at(days(3)))
    assert row(shop, days(2), mid) is None
    r = row(shop, days(3), mid)
    assert (r.reason, r.due_on, r.target_on, r.complaint_id) == ("complaint", days(3), days(5), c.id)
    assert "Hair colour came out wrong" in r.suggested_action and "serious" in r.suggested_action
    call(shop, mid, "reached", days(4), staff_id=staff)
    assert row(shop, days(5), mid) is None
    assert row(shop, days(6), mid).reason == "complaint", "still open: call again two days later"
    call(shop, mid, "no_answer", days(6), staff_id=staff)
    assert row(shop, days(7), mid).reason == "complaint", "no answer: the next day"
    with shop.transaction() as s:
        done = complaints.resolve_complaint(s, c.id, resolution="Redone free of charge", staff_id=staff,
                                            now=at(days(7)))
    assert done.status == "resolved"
    assert row(shop, days(7), mid) is None
    with pytest.raises(UserError) as e, shop.transaction() as s:
        complaints.resolve_complaint(s, c.id, resolution="again")
    assert e.value.code == "complaint_already_resolved"


def test_an_old_open_complaint_stays_due(shop, english):
    with shop.transaction() as s:
        mid = new_member(s, joined=days(-400))
        buy(s, mid, days(395))  # active throughout: only the complaint is due
        c = complaints.log_complaint(s, member_id=mid, what="broken", now=at(D0))
    call(shop, mid, "reached", days(2))
    assert row(shop, days(400), mid).complaint_id == c.id, "open a year later: still on the list"
    call(shop, mid, "no_answer", days(400))
    r = row(shop, days(401), mid)
    assert (r.reason, r.attempts, r.last_outcome, r.last_called_on) == ("complaint", 1, "no_answer", days(400))


def test_complaint_input_is_checked(shop, one):
    for kw, code in (({"what": "  "}, "complaint_what_required"),
                     ({"what": "x", "severity": "huge"}, "complaint_severity_invalid")):
        with pytest.raises(UserError) as e, shop.transaction() as s:
            complaints.log_complaint(s, member_id=one, **kw)
        assert e.value.code == code
    with shop.transaction() as s:
        c = complaints.log_complaint(s, member_id=one, what="x")
        with pytest.raises(UserError) as e:
            complaints.resolve_complaint(s, c.id, resolution=" ")
        assert e.value.code == "complaint_resolution_required"
        assert [x.id for x in complaints.list_complaints(s, member_id=one, open_only=True)] == [c.id]


def test_more_serious_complaints_first(shop, english):
    with shop.transaction() as s:
        low = new_member(s, joined=days(-1))
        high = new_member(s, joined=days(-1))
        complaints.log_complaint(s, member_id=low, what="a", severity="low", now=at(days(1)))
        complaints.log_complaint(s, member_id=high, what="b", severity="high", now=at(days(2)))
    assert [i.member_id for i in due(shop, days(2))] == [high, low]


# --------------------------------------------------------------------------- thank you


def test_thank_you_goes_to_the_top_fifth_by_spend_once_a_quarter(shop, english):
    set_rule(shop, "thank_you", enabled=True)
    q_prev = dt.date(2026, 2, 10)  # Q1 2026; the list below is for Q2 (from 1 April)
    ids = []
    with shop.transaction() as s:
        for k in range(1, 11):
            mid = new_member(s, name=f"m{k}", joined=dt.date(2025, 1, 1))
            buy(s, mid, q_prev, cents=k * 1000)
            buy(s, mid, dt.date(2026, 3, 30), cents=100)  # still active in April
            ids.append(mid)
        current_only = new_member(s, joined=dt.date(2025, 1, 1))
        buy(s, current_only, dt.date(2026, 4, 2), cents=10_000_000)  # this quarter: not counted yet
        too_old = new_member(s, joined=dt.date(2024, 1, 1))
        buy(s, too_old, dt.date(2025, 3, 31), cents=10_000_000)  # five quarters back
    as_of = dt.date(2026, 4, 6)
    thanks = [i for i in due(shop, as_of) if i.reason == "thank_you"]
    assert sorted(i.member_id for i in thanks) == sorted([ids[9], ids[8]])
    assert all(i.due_on == dt.date(2026, 4, 1) for i in thanks)
    call(shop, ids[9], "reached", dt.date(2026, 4, 6))

    def thanked(day):
        return sorted(i.member_id for i in due(shop, day) if "thank_you" in (i.reason, *i.other_reasons))

    assert thanked(dt.date(2026, 6, 30)) == [ids[8]], "once a quarter"
    # Q3 ranks Q3 2025-Q2 2026: the April spender now counts; 11 spenders → 3
    assert thanked(dt.date(2026, 7, 1)) == sorted([ids[9], ids[8], current_only])


def test_the_quarters_thank_you_list_is_drawn_once_and_kept(shop, english):
    from sqlalchemy import select

    from db.models import ThankYouList, ThankYouPick

    set_rule(shop, "thank_you", enabled=True)
    as_of = dt.date(2026, 4, 6)
    with shop.transaction() as s:
        ids = []
        for k in range(1, 11):
            mid = new_member(s, name=f"m{k}", joined=dt.date(2025, 1, 1))
            buy(s, mid, dt.date(2026, 2, 10), cents=k * 1000)
            buy(s, mid, dt.date(2026, 3, 30), cents=100)
            ids.append(mid)
    drawn_now = sorted(i.member_id for i in due(shop, as_of) if i.reason == "thank_you")
    with shop.transaction() as s:
        assert followups.prepare(s, as_of) is True
        assert followups.prepare(s, as_of) is False, "already drawn this quarter"
        header = s.scalars(select(ThankYouList)).one()
        assert (header.quarter, header.spenders, header.picked) == (2026 * 4 + 1, 10, 2)
        assert sorted(s.scalars(select(ThankYouPick.member_id))) == drawn_now == sorted(ids[8:])
    assert sorted(i.member_id for i in due(shop, as_of) if i.reason == "thank_you") == drawn_now
    # a sale this quarter cannot change the ranking: the list stays
    with shop.transaction() as s:
        buy(s, ids[0], dt.date(2026, 4, 7), cents=10_000_000)
        assert s.scalars(select(ThankYouList.quarter)).all() == [2026 * 4 + 1]
    # a purchase dated last quarter can: the list is dropped and drawn again
    with shop.transaction() as s:
        buy(s, ids[1], dt.date(2026, 3, 31), cents=10_000_000)
        assert s.scalars(select(ThankYouList.quarter)).all() == []
    assert ids[1] in [i.member_id for i in due(shop, as_of) if i.reason == "thank_you"]
    with shop.transaction() as s:
        assert followups.prepare(s, as_of) is True
        followups.recompute_stats(s)
        assert s.scalars(select(ThankYouList.quarter)).all() == [], "a rebuild drops them all"
    set_rule(shop, "thank_you", top_percent=50)
    with shop.transaction() as s:
        assert followups.prepare(s, as_of) is True
    assert len([i for i in due(shop, as_of) if "thank_you" in (i.reason, *i.other_reasons)]) == 5


# --------------------------------------------------------------------------- new members


@pytest.mark.parametrize("n, is_due", [(6, False), (7, True), (13, True), (14, False)])
def test_new_member_seven_days_after_the_first_visit(shop, english, n, is_due):
    with shop.transaction() as s:
        mid = new_member(s, joined=D0)
        buy(s, mid, D0)
    r = row(shop, days(n), mid)
    assert (r is not None) == is_due
    if is_due:
        assert (r.reason, r.due_on) == ("new_member", days(7))


def test_new_member_who_signed_up_without_buying(shop, english):
    with shop.transaction() as s:
        mid = new_member(s, joined=D0)
    assert row(shop, days(7), mid).reason == "new_member"


def test_an_imported_regular_is_not_new(shop, english):
    with shop.transaction() as s:
        mid = new_member(s, joined=days(7))  # joined_on = the import day
        buy(s, mid, days(-300))
        buy(s, mid, days(-5))
    assert row(shop, days(14), mid) is None


def test_new_member_is_asked_once(shop, english):
    with shop.transaction() as s:
        mid = new_member(s, joined=D0)
        buy(s, mid, D0)
    call(shop, mid, "reached", days(7))
    assert row(shop, days(8), mid) is None


# --------------------------------------------------------------------------- unused balance hook


@pytest.fixture
def balances():
    held: dict[int, str] = {}

    def provider(session, as_of, lang):
        return [followups.Balance(mid, text) for mid, text in held.items()]

    followups.register_balance_provider("test", provider)
    yield held
    followups.unregister_balance_provider("test")


def test_no_balance_providers_no_unused_balance(shop, one):
    # only stored value and packages (app/programs) plug in; this shop has neither
    assert set(followups._BALANCE_PROVIDERS) <= {"wallet", "packages"}
    assert [i for i in due(shop, days(45)) if "unused_balance" in (i.reason, *i.other_reasons)] == []


@pytest.mark.parametrize("n, is_due", [(29, False), (30, True)])
def test_unused_balance_after_thirty_days_away(shop, one, balances, n, is_due):
    balances[one] = "NT$500 stored value"
    r = row(shop, days(n), one)
    assert (r is not None) == is_due
    if is_due:
        assert (r.reason, r.due_on) == ("unused_balance", days(30))
        assert "NT$500 stored value" in r.suggested_action


# --------------------------------------------------------------------------- one row per member


def test_one_row_per_member_under_the_most_urgent_reason(shop, english, balances):
    set_rule(shop, "thank_you", enabled=True)
    with shop.transaction() as s:
        mid = new_member(s, birthday="1985-07-08", joined=dt.date(2025, 1, 1))
        buy(s, mid, dt.date(2026, 3, 1))
        complaints.log_complaint(s, member_id=mid, what="late", now=at(dt.date(2026, 7, 1)))
    balances[mid] = "3 sessions"
    items = due(shop, dt.date(2026, 7, 2))
    assert len(items) == 1
    r = items[0]
    assert r.reason == "complaint"
    assert r.other_reasons == ("birthday", "dormant", "unused_balance", "thank_you")


def test_the_list_is_in_urgency_order(shop, english, balances):
    set_rule(shop, "thank_you", enabled=True)
    as_of = dt.date(2026, 7, 2)
    with shop.transaction() as s:
        m_dormant = new_member(s, name="d", joined=dt.date(2025, 1, 1))
        buy(s, m_dormant, as_of - dt.timedelta(days=61), cents=100)
        m_new = new_member(s, name="n", joined=as_of - dt.timedelta(days=7))
        m_birthday = new_member(s, name="b", birthday="07-04", joined=dt.date(2025, 1, 1))
        buy(s, m_birthday, as_of - dt.timedelta(days=3), cents=100)
        m_complaint = new_member(s, name="c", joined=dt.date(2025, 1, 1))
        buy(s, m_complaint, as_of - dt.timedelta(days=3), cents=100)
        complaints.log_complaint(s, member_id=m_complaint, what="x", now=at(as_of))
        m_balance = new_member(s, name="u", joined=dt.date(2025, 1, 1))
        buy(s, m_balance, as_of - dt.timedelta(days=40), cents=100)
        m_rhythm = new_member(s, name="r", joined=dt.date(2025, 1, 1))
        for n in (59, 39, 19):  # the next visit is expected tomorrow
            buy(s, m_rhythm, as_of - dt.timedelta(days=n), cents=100)
        m_top = new_member(s, name="t", joined=dt.date(2025, 1, 1))
        buy(s, m_top, dt.date(2026, 5, 1), cents=1_000_000)
        buy(s, m_top, as_of - dt.timedelta(days=1), cents=100)
    balances[m_balance] = "NT$100"
    got = [(i.reason, i.member_id) for i in due(shop, as_of)]
    assert got == [
        ("complaint", m_complaint), ("birthday", m_birthday), ("dormant", m_dormant),
        ("replenish", m_rhythm), ("new_member", m_new), ("unused_balance", m_balance), ("thank_you", m_top),
    ]
    with shop.read() as s:
        counts = followups.counts_by_reason(followups.due_list(s, as_of))
    assert set(counts.values()) == {1}


# --------------------------------------------------------------------------- settings and language


def test_presets_change_the_rules(shop, one):
    with shop.transaction() as s:
        rules = followups.apply_preset(s, "arcade")
    assert rules["dormant"]["steps"] == [30, 60, 90]
    assert row(shop, days(30), one).step == 1
    assert row(shop, days(90), one).step == 3
    with shop.transaction() as s:
        assert followups.get_rules(s)["preset"] == "arcade"
        assert not followups.get_rules(s)["replenish"]["enabled"]
        followups.apply_preset(s, "mother_baby")
        assert followups.get_rules(s)["replenish"]["lead_days"] == 5
    with pytest.raises(UserError) as e, shop.transaction() as s:
        followups.apply_preset(s, "bakery")
    assert e.value.code == "followup_preset_unknown"


def test_every_preset_is_valid_and_differs_where_the_shop_differs():
    for name, rules in followups.PRESETS.items():
        assert followups.rules_problems(rules) == [], name
        assert rules["preset"] == name
    p = followups.PRESETS
    assert p["arcade"]["dormant"]["steps"][0] < p["retail"]["dormant"]["steps"][0]
    assert p["mother_baby"]["replenish"]["lead_days"] > p["retail"]["replenish"]["lead_days"]
    assert p["mother_baby"]["replenish"]["max_interval_days"] < p["retail"]["replenish"]["max_interval_days"]


def test_edited_rules_are_validated_and_marked_custom(shop, one):
    with shop.transaction() as s:
        rules = followups.get_rules(s)
        rules["dormant"]["steps"] = [50, 100, 150]
        followups.put_rules(s, rules)
        assert followups.get_rules(s)["preset"] == "custom"
    assert row(shop, days(50), one).step == 1
    for bad in ([100, 50, 150], [0, 1, 2], "60"):
        with pytest.raises(UserError) as e, shop.transaction() as s:
            rules = followups.get_rules(s)
            rules["dormant"]["steps"] = bad
            followups.put_rules(s, rules)
        assert e.value.code == "setting_invalid"
    with shop.transaction() as s:
        rules = followups.get_rules(s)
        rules["dormant"]["vouchers"][1] = {"kind": "percent_off", "value": 120, "item": "", "valid_days": 30}
        assert followups.rules_problems(rules)
        followups.put_rules(s, followups.PRESETS["salon"])
        assert followups.get_rules(s)["preset"] == "salon"


def test_a_disabled_reason_yields_nothing(shop, one):
    set_rule(shop, "dormant", enabled=False)
    assert row(shop, days(100), one) is None


@pytest.mark.parametrize("lang, step, expected", [
    ("en", 1, "Ask how they have been"),
    ("en", 2, "a NT$100 voucher"),
    ("en", 3, "30% off"),
    ("zh_TW", 1, "問候近況"),
    ("zh_TW", 2, "NT$100 抵用券"),
    ("zh_TW", 3, "7折優惠券"),
    ("zh_CN", 2, "NT$100 代金券"),
    ("zh_CN", 3, "7折优惠券"),
])
def test_what_to_say_is_in_the_shops_language(shop, one, lang, step, expected):
    with shop.transaction() as s:
        settings.put(s, language=lang)
    r = row(shop, days({1: 60, 2: 120, 3: 180}[step]), one)
    assert expected in r.suggested_action


def test_chinese_shops_get_chinese_scripts_for_every_reason(shop, english, balances):
    set_rule(shop, "thank_you", enabled=True)
    as_of = dt.date(2026, 7, 2)
    with shop.transaction() as s:
        settings.put(s, language="zh_CN", currency="CNY")
        c = new_member(s, joined=dt.date(2025, 1, 1))
        buy(s, c, dt.date(2026, 6, 20))
        complaints.log_complaint(s, member_id=c, what="等太久", now=at(as_of))
        b = new_member(s, birthday="07-04", joined=dt.date(2025, 1, 1))
        buy(s, b, dt.date(2026, 6, 20))
        for n in (60, 120, 180):
            buy(s, new_member(s, joined=dt.date(2025, 1, 1)), as_of - dt.timedelta(days=n))
        r = new_member(s, joined=dt.date(2025, 1, 1))
        for n in (59, 39, 19):
            buy(s, r, as_of - dt.timedelta(days=n))
        new_member(s, joined=as_of - dt.timedelta(days=7))
        u = new_member(s, joined=dt.date(2025, 1, 1))
        buy(s, u, as_of - dt.timedelta(days=40))
        t = new_member(s, joined=dt.date(2025, 1, 1))
        buy(s, t, dt.date(2026, 5, 1), cents=10_000_000)
        buy(s, t, as_of - dt.timedelta(days=1))
    balances[u] = "¥300 储值"
    items = due(shop, as_of)
    assert {(i.reason, i.step) for i in items} == {
        ("complaint", None), ("birthday", None), ("dormant", 1), ("dormant", 2), ("dormant", 3),
        ("replenish", None), ("new_member", None), ("unused_balance", None), ("thank_you", None)}
    for i in items:
        text = i.suggested_action
        assert any("\u4e00" <= ch <= "\u9fff" for ch in text), (i.reason, text)
        assert not any(ch.isascii() and ch.isalpha() for ch in text), (i.reason, text)
    assert "等太久" in items[0].suggested_action and "投诉" in items[0].suggested_action


# --------------------------------------------------------------------------- output


def test_json_follows_the_contract(shop, one):
    items = due(shop, days(120))
    data = json.loads(followups.render(items, "json"))
    assert isinstance(data, list) and len(data) == 1
    d = data[0]
    for field in ("member_no", "name", "phone", "reason", "step", "days_since_last_purchase", "due_on",
                  "suggested_action"):
        assert field in d
    assert (d["reason"], d["step"], d["days_since_last_purchase"], d["due_on"]) == ("dormant", 2, 120,
                                                                                    days(120).isoformat())
    assert list(d) == list(followups.FIELDS)
    assert d["other_reasons"] == [] and d["last_outcome"] is None and d["target_on"] is None
    assert followups.render([], "json") == "[]\n"


def test_json_nulls_where_there_is_none(shop, english):
    with shop.transaction() as s:
        mid = new_member(s, joined=D0, birthday="03-12")
    d = json.loads(followups.render(due(shop, days(7)), "json"))[0]
    assert (d["reason"], d["step"], d["days_since_last_purchase"]) == ("birthday", None, None)
    assert d["other_reasons"] == ["new_member"] and d["target_on"] == "2026-03-12"
    assert d["member_id"] == mid


def test_csv_has_a_header_and_one_line_per_member(shop, one):
    import csv
    import io

    out = followups.render(due(shop, days(60)), "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0])[:8] == ["member_no", "name", "phone", "reason", "step", "days_since_last_purchase",
                                 "due_on", "suggested_action"]
    assert (rows[0]["reason"], rows[0]["step"], rows[0]["due_on"], rows[0]["last_outcome"]) == (
        "dormant", "1", days(60).isoformat(), "")
    assert followups.render([], "csv").strip() == ",".join(followups.FIELDS)


def test_the_table_lines_up_chinese_names(shop, english):
    with shop.transaction() as s:
        for name in ("王小明", "Amy Lee", "歐陽娜娜娜娜娜娜娜娜娜娜娜"):
            buy(s, new_member(s, name=name, joined=days(-400)), D0)
    out = followups.render(due(shop, days(60)), "table", lang="zh_TW")
    lines = out.splitlines()
    assert lines[0].startswith("卡號") and lines[-1] == "共 3 位待聯絡"

    def col_of(line: str, text: str) -> int:
        return followups.text_width(line[: line.index(text)])

    starts = {col_of(line, "久未光顧") if "久未光顧" in line else col_of(line, "原因") for line in lines[:1] + lines[2:-1]}
    assert len(starts) == 1, out
    assert "…" in out, "a name too long for its column is cut"
    assert followups.render([], "table", lang="en").splitlines()[-1] == "No one is due."
    with pytest.raises(ValueError):
        followups.render([], "xml")


def test_text_width_counts_wide_characters_twice():
    assert followups.text_width("王小明") == 6
    assert followups.text_width("Amy") == 3
    assert followups.text_width("ＡＢ") == 4
    assert followups.text_width("e\u0301") == 1


# --------------------------------------------------------------------------- api corners


def test_the_list_for_some_members_only(shop, english):
    with shop.transaction() as s:
        a = new_member(s, joined=days(-400))
        b = new_member(s, joined=days(-400))
        buy(s, a, D0)
        buy(s, b, D0)
    with shop.read() as s:
        assert [i.member_id for i in followups.due_list(s, days(60), member_ids=[b])] == [b]
        assert followups.due_list(s, days(60), member_ids=[]) == []


def test_building_the_list_leaves_the_garbage_collector_as_it_was(shop, one):
    import gc

    assert gc.isenabled()
    due(shop, days(60))
    assert gc.isenabled()
    gc.disable()
    try:
        due(shop, days(60))
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_member_candidates_say_which_item_a_call_would_answer(shop, one):
    with shop.read() as s:
        assert followups.member_candidates(s, one, days(59)) == []
        (c,) = followups.member_candidates(s, one, days(60))
    assert (c.reason, c.step, c.due_on, c.cycle_on, c.attempts) == ("dormant", 1, days(60), D0, 0)
    call(shop, one, "no_answer", days(60))
    with shop.read() as s:
        (c,) = followups.member_candidates(s, one, days(60))
    assert (c.due_on, c.attempts) == (days(61), 1), "waiting for tomorrow's retry"
