"""Merging duplicate members, with real histories on both."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app import audit, complaints, members, merge, points, rewards, sales, staff
from app.check import check
from app.errors import UserError
from db.models import Complaint, Member, MemberStats, PointsEntry, Redemption, Sale
from tests.app.helpers import balance, dump

DAY = dt.datetime(2026, 1, 5, 11, 0)


def _history(s, member_id, key, days, amount):
    for n, d in enumerate(days):
        sales.record_sale(s, sale_key=f"{key}-{n}", member_id=member_id, amount_cents=amount,
                          now=DAY + dt.timedelta(days=d))


@pytest.fixture
def twins(shop):
    """The same customer twice: an old card with sales, a redemption, a refund
    and a complaint, and a new card with sales and points spent; plus a friend
    each of them introduced."""
    with shop.transaction() as s:
        owner = staff.add_staff(s, name="林老闆", role="owner", pin="1111")
        cashier = staff.add_staff(s, name="小美", pin="3333")
        old = members.sign_up(s, name="陳美玲", phone="0912345678", joined_on=dt.date(2025, 6, 1))
        new = members.sign_up(s, name="陳美玲", phone="0987654321", joined_on=dt.date(2025, 12, 1))
        members.sign_up(s, name="朋友甲", phone="0911111111", referred_by=old.member_no)
        members.sign_up(s, name="朋友乙", phone="0922222222", referred_by=new.member_no)
        _history(s, old.id, "old", [0, 20, 45], 80000)  # 800 points each
        _history(s, new.id, "new", [10, 30], 50000)
        reward = rewards.create_reward(s, name="護髮", points_cost=300)
        rewards.redeem(s, redemption_key="red-1", member_id=old.id, reward_id=reward.id, now=DAY + dt.timedelta(days=50))
        first_old = s.scalars(select(Sale.id).where(Sale.member_id == old.id).order_by(Sale.id)).first()
        sales.refund_sale(s, sale_id=first_old, refund_key="ref-1", amount_cents=20000,
                          now=DAY + dt.timedelta(days=51))
        sales.record_sale(s, sale_key="new-spend", member_id=new.id, amount_cents=30000, points_to_spend=500,
                          now=DAY + dt.timedelta(days=55))
        complaints.log_complaint(s, member_id=old.id, what="染髮顏色不對", now=DAY + dt.timedelta(days=52))
    with shop.read() as s:
        assert check(s) == []
    return {"owner": staff.actor_for(owner), "cashier": staff.actor_for(cashier), "old": old.id, "new": new.id}


def test_merge_combines_histories_and_balances_and_check_stays_clean(shop, twins):
    old_points, new_points = balance(shop, twins["old"]), balance(shop, twins["new"])
    with shop.read() as s:
        old_sales = s.scalar(select(func.count()).where(Sale.member_id == twins["old"]))
        new_sales = s.scalar(select(func.count()).where(Sale.member_id == twins["new"]))
    assert old_points > 0 and new_points > 0 and old_sales == 3 and new_sales == 3

    shop.actor = twins["owner"]
    with shop.transaction() as s:
        result = merge.merge_members(s, keep_id=twins["new"], merge_id=twins["old"], now=DAY + dt.timedelta(days=60))
    assert result.points_moved == old_points
    assert result.rows_moved["sales.member_id"] == 3
    assert result.rows_moved["redemptions.member_id"] == 1

    assert balance(shop, twins["new"]) == old_points + new_points
    assert balance(shop, twins["old"]) == 0
    with shop.read() as s:
        assert check(s) == []  # every ledger chain and the follow-up stats are right
        assert s.scalar(select(func.count()).where(Sale.member_id == twins["new"])) == 6
        assert s.scalar(select(func.count()).where(Sale.member_id == twins["old"])) == 0
        assert s.scalar(select(Redemption.member_id)) == twins["new"]
        assert s.scalar(select(Complaint.member_id)) == twins["new"]
        kept = s.get(Member, twins["new"])
        gone = s.get(Member, twins["old"])
        assert gone.merged_into_id == kept.id and gone.merged_at is not None
        assert kept.joined_on == dt.date(2025, 6, 1)  # the earlier of the two
        assert kept.last_purchase_at == DAY + dt.timedelta(days=55)
        # the friends both count as introduced by the kept member
        friends = s.scalars(select(Member.name).where(Member.referred_by_id == kept.id).order_by(Member.name)).all()
        assert friends == ["朋友乙", "朋友甲"]
        # the old entries stay in the old card's chain; the transfer is a pair of entries
        kinds = [e.kind for e in s.scalars(select(PointsEntry).where(PointsEntry.member_id == kept.id)
                                            .order_by(PointsEntry.id))]
        assert kinds[-1] == "merge_in"
        out = s.scalars(select(PointsEntry).where(PointsEntry.member_id == gone.id)
                        .order_by(PointsEntry.id.desc())).first()
        assert (out.kind, out.points, out.balance_after) == ("merge_out", -old_points, 0)
        # the duplicate is never on a call list again
        from db.models import FollowupStatus

        assert s.get(FollowupStatus, gone.id).do_not_call is True
        # visit stats rebuilt from the six sales: 6 visit days
        st = s.get(MemberStats, kept.id)
        assert st.visit_count == 6 and s.get(MemberStats, gone.id) is None
        # the audit trail has both members as they were
        row = audit.latest(s, "merge_members", limit=2)[-1]
        assert row.staff_name == "林老闆" and row.target_id == kept.id
        assert '"0912345678"' in row.before_json and f'"points_moved": {old_points}' in row.after_json


def test_the_merged_member_is_found_at_the_counter_as_the_kept_one(shop, twins):
    with shop.read() as s:
        old_no = s.get(Member, twins["old"]).member_no
    with shop.transaction() as s:
        merge.merge_members(s, keep_id=twins["new"], merge_id=twins["old"])
    with shop.read() as s:
        assert [m.id for m in members.find(s, "0912345678")] == [twins["new"]]  # the old phone
        assert [m.id for m in members.find(s, old_no)] == [twins["new"]]  # the old card
        assert members.by_member_no(s, old_no).id == twins["new"]
        assert [m.id for m in members.find(s, "陳美玲")] == [twins["new"]]  # once, not twice
        # the desk is told which old number or card led there
        old_phone = s.get(Member, twins["old"]).phone
        assert members.find(s, "0912345678")[0].merged_from == old_phone
        assert members.find(s, "5678")[0].merged_from == old_phone  # last 4 of the old phone
        assert members.find(s, old_no)[0].merged_from == old_no
        assert members.find(s, "0987654321")[0].merged_from == ""  # the kept member's own phone
        assert members.find(s, "陳美玲")[0].merged_from == ""  # the kept member's own name matches too


@pytest.mark.parametrize("who", ["cashier"])
def test_merge_is_refused_for_a_cashier_changes_nothing_and_is_audited(shop, twins, who):
    shop.actor = twins[who]
    before = dump(shop)
    with pytest.raises(UserError) as e, shop.transaction() as s:
        merge.merge_members(s, keep_id=twins["new"], merge_id=twins["old"])
    assert e.value.code == "not_permitted_owner"
    after = dump(shop)
    assert {k: v for k, v in after.items() if k != "audit_log"} == {
        k: v for k, v in before.items() if k != "audit_log"}
    with shop.read() as s:
        assert audit.latest(s, "refused")[0].target_id == twins["new"]


def test_merging_twice_or_into_itself_is_refused(shop, twins):
    with pytest.raises(UserError) as e, shop.transaction() as s:
        merge.merge_members(s, keep_id=twins["new"], merge_id=twins["new"])
    assert e.value.code == "merge_same_member"
    with shop.transaction() as s:
        merge.merge_members(s, keep_id=twins["new"], merge_id=twins["old"])
    with pytest.raises(UserError) as e, shop.transaction() as s:
        merge.merge_members(s, keep_id=twins["new"], merge_id=twins["old"])
    assert e.value.code == "member_already_merged"


def test_sales_on_the_kept_member_after_a_merge_keep_the_ledger_right(shop, twins):
    with shop.transaction() as s:
        merge.merge_members(s, keep_id=twins["old"], merge_id=twins["new"])
    with shop.transaction() as s:
        sales.record_sale(s, sale_key="after", member_id=twins["old"], amount_cents=10000, points_to_spend=100)
        points.adjust(s, member_id=twins["old"], points=-50, reason="typo")
        sale = s.scalars(select(Sale.id).where(Sale.sale_key == "new-0")).one()
        sales.refund_sale(s, sale_id=sale, refund_key="after-refund", void=True)  # a sale made on the other card
    with shop.read() as s:
        assert check(s) == []


def test_a_merged_member_of_a_merged_member_follows_to_the_last_kept_one(shop, twins):
    with shop.transaction() as s:
        third = members.sign_up(s, name="陳美玲", phone="0933444555")
        merge.merge_members(s, keep_id=twins["new"], merge_id=twins["old"])
        merge.merge_members(s, keep_id=third.id, merge_id=twins["new"])
    with shop.read() as s:
        assert s.get(Member, twins["old"]).merged_into_id == third.id
        assert members.find(s, "0912345678")[0].id == third.id
        assert check(s) == []
    with shop.transaction() as s:  # check would say so if a merged member kept points
        s.execute(Member.__table__.update().where(Member.id == twins["old"]).values(points_balance=7))
        assert any("was merged into" in p and "still has 7 points" in p for p in check(s))
        s.rollback()


def test_the_merge_command(shop, twins, db_url, capsys):
    from app.cli import main

    with shop.read() as s:
        old, new = s.get(Member, twins["old"]), s.get(Member, twins["new"])
        old_no, new_no, total = old.member_no, new.member_no, old.points_balance + new.points_balance
    assert main(["--db", db_url, "merge", new_no, "0912345678"]) == 0  # the duplicate by its phone
    out = capsys.readouterr().out
    assert f"Merged {old_no} into {new_no}" in out and f"now has {total} points" in out
    assert main(["--db", db_url, "merge", new_no, old_no]) == 1
    assert "already merged" in capsys.readouterr().err
    assert main(["--db", db_url, "merge", new_no, "NOSUCH"]) == 1
    with shop.read() as s:
        row = audit.latest(s, "merge_members")[0]
        assert row.staff_name == "command line"
        assert check(s) == []


def test_the_members_list_leaves_the_merged_duplicate_out(shop, twins):
    from app import member_list
    from app.member_list import MemberFilter

    with shop.read() as s:
        old_no = s.get(Member, twins["old"]).member_no
        before = member_list.count(s)
        assert {r.id for r in member_list.page(s, MemberFilter(text="陳美玲")).rows} == {twins["old"], twins["new"]}
    with shop.transaction() as s:
        merge.merge_members(s, keep_id=twins["new"], merge_id=twins["old"])
    with shop.read() as s:
        assert member_list.count(s) == before - 1
        assert [r.id for r in member_list.page(s, MemberFilter(text="陳美玲")).rows] == [twins["new"]]
        assert [r.id for r in member_list.page(s, MemberFilter(text=old_no)).rows] == [twins["new"]]  # the old card


def _listed(s, text: str) -> list[int]:
    from app import member_list
    from app.member_list import MemberFilter

    flt = MemberFilter(text=text)
    ids = [r.id for r in member_list.page(s, flt).rows]
    assert member_list.count(s, flt) == len(ids)  # the count shown is what is listed
    return ids


def test_the_members_list_search_finds_the_kept_member_by_the_duplicates_phone_and_card(shop, twins):
    with shop.transaction() as s:
        stranger = members.sign_up(s, name="路人", phone="0955-515-678")  # the same last 4 as the old phone
        old_no = s.get(Member, twins["old"]).member_no
    with shop.read() as s:
        assert _listed(s, "0912345678") == [twins["old"]]
    with shop.transaction() as s:
        merge.merge_members(s, keep_id=twins["new"], merge_id=twins["old"])
    with shop.read() as s:
        for text in ("0912345678", "0912-345-678", "０９１２３４５６７８", "091234", old_no, old_no.lower()):
            assert _listed(s, text) == [twins["new"]], text  # the kept member, once; never the duplicate
        # the last 4: the kept member instead of the duplicate, beside the other member who has them
        assert sorted(_listed(s, "5678")) == sorted([twins["new"], stranger.id])
        # members who were not merged are found as before
        assert _listed(s, "0955515678") == [stranger.id]
        assert _listed(s, "0987654321") == [twins["new"]]
        assert _listed(s, "0911111111") == [s.scalar(select(Member.id).where(Member.name == "朋友甲"))]


def test_the_kept_member_is_listed_once_when_it_and_the_duplicate_both_match(shop, twins):
    with shop.transaction() as s:
        merge.merge_members(s, keep_id=twins["new"], merge_id=twins["old"])
        # the kept member's own phone now shares the old phone's start and last 4, and its name changed
        members.update(s, twins["new"], name="Mei-Ling Chen", phone="0912-345-999")
    with shop.read() as s:
        assert _listed(s, "0912345") == [twins["new"]]  # a prefix of both phones
        assert _listed(s, "0912345678") == [twins["new"]]  # only the duplicate's
        assert _listed(s, "0912345999") == [twins["new"]]  # only the kept member's
        assert _listed(s, "美玲") == [twins["new"]]  # the duplicate's name leads there too
        assert _listed(s, "Mei-Ling") == [twins["new"]]
        assert [m.id for m in members.find(s, "美玲")] == [twins["new"]]  # as the counter finds it


def test_the_segment_counts_leave_the_merged_duplicate_out_as_the_list_does(shop, twins):
    from app import member_list, segments
    from app.member_list import MemberFilter

    as_of = (DAY + dt.timedelta(days=70)).date()
    with shop.transaction() as s:
        merge.merge_members(s, keep_id=twins["new"], merge_id=twins["old"], now=DAY + dt.timedelta(days=60))
    with shop.read() as s:
        counts = member_list.segment_counts(s, as_of)
        for name in segments.SEGMENTS:
            assert counts[name] == member_list.count(s, MemberFilter(segment=name, as_of=as_of)), name
        assert sum(counts.values()) == member_list.count(s) == 3
        # the duplicate (no last purchase after the merge) is no longer a "new" member
        assert counts["new"] == segments.segment_counts(s, as_of)["new"] - 1 == 2
