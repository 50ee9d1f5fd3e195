"""Session packages: types, selling (also from the wallet), using to zero,
expiry (refused use, the catching-up job), refunds of unused sessions,
the follow-up list."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app import auth, check, followups, members, sales
from app import settings as shop_settings
from app.errors import UserError
from app.programs import packages, wallet
from db.wallet_models import PackageEntry
from tests.app.helpers import balance, dump, refused

NOW = dt.datetime(2026, 6, 15, 10, 0)


def clean(shop):
    with shop.read() as s:
        assert check.check(s) == []


def new_type(shop, **kw):
    kw.setdefault("name", "洗髮 10 次卡")
    kw.setdefault("service", "洗髮")
    kw.setdefault("sessions", 10)
    kw.setdefault("price_cents", 250000)
    kw.setdefault("valid_days", 180)
    with shop.transaction() as s:
        return packages.save_type(s, now=NOW, **kw)


def sell(shop, member_id, type_id, key=None, **kw):
    kw.setdefault("now", NOW)
    with shop.transaction() as s:
        return packages.sell_package(s, sale_key=key or sales.new_key(), member_id=member_id, type_id=type_id, **kw)


def use(shop, package_id, key=None, **kw):
    kw.setdefault("now", NOW + dt.timedelta(days=1))
    with shop.transaction() as s:
        return packages.use_session(s, package_id=package_id, use_key=key or sales.new_key(), **kw)


def view(shop, package_id) -> packages.PackageView:
    with shop.read() as s:
        from db.wallet_models import MemberPackage

        return packages._view(s.get(MemberPackage, package_id))


@pytest.fixture
def member(shop):
    with shop.transaction() as s:
        return members.sign_up(s, name="林怡君", phone="0933111222", now=NOW).id


@pytest.fixture
def wash(shop):
    return new_type(shop)


# --------------------------------------------------------------------------- types


@pytest.mark.parametrize("kw, code", [
    (dict(name=" "), "package_name_required"),
    (dict(sessions=0), "package_sessions_invalid"),
    (dict(price_cents=0), "amount_not_positive"),
    (dict(valid_days=30, valid_months=1), "package_validity_both"),
    (dict(valid_days=-1), "package_validity_invalid"),
])
def test_bad_package_types_are_refused(shop, kw, code):
    base = dict(name="x", sessions=5, price_cents=100, valid_days=None)
    base.update(kw)
    assert refused(shop, packages.save_type, **base).code == code


def test_a_cashier_cannot_define_packages(shop):
    def as_cashier(s, **kw):
        s.info["actor"] = auth.Actor(None, "x", "cashier")
        return packages.save_type(s, **kw)

    with pytest.raises(UserError) as info:
        with shop.transaction() as s:
            as_cashier(s, name="x", sessions=5, price_cents=100)
    assert info.value.code == "not_permitted"
    with shop.read() as s:
        assert packages.list_types(s, active_only=False) == []


@pytest.mark.parametrize("sold, days, months, expires", [
    (dt.date(2026, 1, 31), None, 1, dt.date(2026, 2, 28)),
    (dt.date(2024, 1, 31), None, 1, dt.date(2024, 2, 29)),
    (dt.date(2026, 11, 15), None, 3, dt.date(2027, 2, 15)),
    (dt.date(2026, 6, 15), 30, None, dt.date(2026, 7, 15)),
    (dt.date(2026, 6, 15), None, None, None),
])
def test_expiry_dates(sold, days, months, expires):
    assert packages.expiry_date(sold, days, months) == expires


# --------------------------------------------------------------------------- selling and using


def test_selling_a_package_is_a_sale_that_earns_points(shop, member, wash):
    r = sell(shop, member, wash.id, payment_method="card")
    p = r.package
    assert (p.sessions, p.remaining, p.expires_on, p.status) == (10, 10, dt.date(2026, 12, 12), "active")
    assert r.sale.paid_cents == 250000 and r.sale.points_earned == 2500
    assert balance(shop, member) == 2500
    with shop.read() as s:
        assert [v.id for v in packages.member_packages(s, member, today=NOW.date())] == [p.id]
    clean(shop)


def test_a_retried_sale_sells_one_package(shop, member, wash):
    a = sell(shop, member, wash.id, key="k")
    b = sell(shop, member, wash.id, key="k")
    assert b.duplicate and b.package.id == a.package.id
    with shop.read() as s:
        assert len(packages.member_packages(s, member, open_only=False)) == 1


def test_a_package_paid_from_the_wallet(shop, member, wash):
    with shop.transaction() as s:
        wallet.top_up(s, topup_key="t", member_id=member, amount_cents=300000, now=NOW)
    r = sell(shop, member, wash.id, wallet_cents=250000)
    assert r.sale.wallet_cents == 250000
    with shop.read() as s:
        assert wallet.get_wallet(s, member).total_units == 50000
    clean(shop)


def test_not_enough_in_the_wallet_sells_nothing(shop, member, wash):
    e = refused(shop, packages.sell_package, sale_key="k", member_id=member, type_id=wash.id,
                wallet_cents=250000, now=NOW)
    assert e.code == "wallet_not_enough"


def test_use_to_zero_then_refused(shop, member, wash):
    t = new_type(shop, name="剪髮 3 次", sessions=3, price_cents=120000)
    p = sell(shop, member, t.id).package
    left = [use(shop, p.id).remaining for _ in range(3)]
    assert left == [2, 1, 0]
    e = refused(shop, packages.use_session, package_id=p.id, use_key="late", now=NOW + dt.timedelta(days=2))
    assert e.code == "package_used_up" and "剪髮 3 次" in e.message("zh_TW")
    with shop.read() as s:
        assert packages.member_packages(s, member, today=NOW.date()) == []
    clean(shop)


def test_a_retried_use_uses_one(shop, member, wash):
    p = sell(shop, member, wash.id).package
    use(shop, p.id, key="u")
    again = use(shop, p.id, key="u")
    assert again.duplicate and again.remaining == 9 and view(shop, p.id).remaining == 9


def test_use_after_expiry_is_refused_naming_the_date(shop, member, wash):
    p = sell(shop, member, wash.id).package
    last_day = dt.datetime.combine(p.expires_on, dt.time(20, 0))
    assert use(shop, p.id, now=last_day).remaining == 9  # usable through its last day
    e = refused(shop, packages.use_session, package_id=p.id, use_key="x",
                now=last_day + dt.timedelta(hours=5))
    assert e.code == "package_expired"
    assert "2026-12-12" in e.message("en") and "2026-12-12" in e.message("zh_TW")


# --------------------------------------------------------------------------- expiry job


def test_the_expiry_job_is_idempotent_and_catches_up(shop, member, wash):
    short = new_type(shop, name="體驗 2 次", sessions=2, price_cents=50000, valid_days=10)
    p1 = sell(shop, member, short.id).package  # expires 06-25
    p2 = sell(shop, member, wash.id).package  # expires 12-12
    p3 = sell(shop, member, short.id, now=NOW + dt.timedelta(days=5)).package  # expires 06-30
    use(shop, p1.id)
    with shop.transaction() as s:
        assert packages.expire_packages(s, now=dt.datetime(2026, 6, 25, 23, 0)) == 0  # last day: still usable
    # closed for a while: the first run afterwards expires both short ones
    with shop.transaction() as s:
        assert packages.expire_packages(s, now=dt.datetime(2026, 7, 10, 9, 0)) == 2
    with shop.transaction() as s:
        assert packages.expire_packages(s, now=dt.datetime(2026, 7, 10, 9, 0)) == 0
    with shop.transaction() as s:
        assert packages.expire_packages(s, now=dt.datetime(2026, 7, 11, 9, 0)) == 0
    assert (view(shop, p1.id).status, view(shop, p1.id).remaining) == ("expired", 0)
    assert (view(shop, p3.id).status, view(shop, p3.id).remaining) == ("expired", 0)
    assert view(shop, p2.id).remaining == 10
    with shop.read() as s:
        rows = s.execute(select(PackageEntry.package_id, PackageEntry.sessions, PackageEntry.occurred_at)
                         .where(PackageEntry.kind == "expire").order_by(PackageEntry.package_id)).all()
    assert rows == [(p1.id, -1, dt.datetime(2026, 6, 26)), (p3.id, -2, dt.datetime(2026, 7, 1))]
    clean(shop)


# --------------------------------------------------------------------------- refunds


def test_refund_gives_back_the_unused_sessions_pro_rata(shop, member, wash):
    t = new_type(shop, name="護髮 3 次", sessions=3, price_cents=100000)
    p = sell(shop, member, t.id).package
    use(shop, p.id)
    with shop.transaction() as s:
        r = packages.refund_package(s, package_id=p.id, refund_key="r", reason="搬家", now=NOW + dt.timedelta(days=2))
    assert (r.sessions_refunded, r.amount_cents) == (2, 66667)  # 1,000 × 2/3 rounded half up
    assert r.refund.points_taken_back == 667
    assert (view(shop, p.id).status, view(shop, p.id).remaining) == ("refunded", 0)
    with shop.transaction() as s:
        again = packages.refund_package(s, package_id=p.id, refund_key="r", now=NOW + dt.timedelta(days=2))
    assert again.duplicate and again.amount_cents == 66667
    assert refused(shop, packages.use_session, package_id=p.id, use_key="u",
                   now=NOW + dt.timedelta(days=3)).code == "package_refunded"
    clean(shop)


def test_refund_of_a_wallet_paid_package_goes_back_to_the_wallet(shop, member, wash):
    with shop.transaction() as s:
        wallet.top_up(s, topup_key="t", member_id=member, amount_cents=250000, now=NOW)
    p = sell(shop, member, wash.id, wallet_cents=250000).package
    for _ in range(4):
        use(shop, p.id)
    with shop.transaction() as s:
        r = packages.refund_package(s, package_id=p.id, refund_key="r", now=NOW + dt.timedelta(days=2))
    assert r.amount_cents == 150000 and r.refund.wallet_cents == 150000
    with shop.read() as s:
        assert wallet.get_wallet(s, member).total_units == 150000
    clean(shop)


def test_the_general_refund_of_a_package_sale_is_refused(shop, member, wash):
    p = sell(shop, member, wash.id).package
    e = refused(shop, sales.refund_sale, sale_id=p.sale_id, refund_key="r", now=NOW)
    assert e.code == "package_refund_elsewhere"


def test_an_expired_package_has_nothing_to_refund(shop, member, wash):
    p = sell(shop, member, wash.id).package
    e = refused(shop, packages.refund_package, package_id=p.id, refund_key="r", now=NOW + dt.timedelta(days=400))
    assert e.code == "package_expired"


# --------------------------------------------------------------------------- follow-ups


def test_unused_sessions_near_expiry_put_the_member_on_the_follow_up_list(shop, member):
    t = new_type(shop, name="頭皮SPA 5 次", sessions=5, price_cents=300000, valid_days=60)
    p = sell(shop, member, t.id).package  # expires 2026-08-14
    use(shop, p.id)
    as_of = dt.date(2026, 8, 1)  # 46 days since the last purchase, 13 days before expiry
    with shop.transaction() as s:
        shop_settings.put(s, language="zh_TW")
    with shop.read() as s:
        items = followups.due_list(s, as_of)
    row = next(i for i in items if i.member_id == member)
    assert row.reason == "unused_balance"
    assert "頭皮SPA 5 次" in row.suggested_action and "4 次" in row.suggested_action
    assert "2026-08-14" in row.suggested_action and "13 天" in row.suggested_action
    with shop.transaction() as s:
        shop_settings.put(s, language="en")
    with shop.read() as s:
        row = next(i for i in followups.due_list(s, as_of) if i.member_id == member)
    assert "4 session(s) of 頭皮SPA 5 次 (expires 2026-08-14, in 13 days)" in row.suggested_action
    assert "invite them" in row.suggested_action


def test_expired_or_used_up_packages_do_not_count(shop, member):
    t = new_type(shop, name="體驗 1 次", sessions=1, price_cents=50000, valid_days=10)
    sell(shop, member, t.id)
    with shop.read() as s:
        found = [i for i in followups.due_list(s, dt.date(2026, 8, 1)) if i.member_id == member]
    assert all("unused_balance" not in (i.reason, *i.other_reasons) for i in found)


def test_adjusting_sessions_needs_a_manager_a_reason_and_stays_in_range(shop, member, wash):
    p = sell(shop, member, wash.id).package
    use(shop, p.id)
    use(shop, p.id)
    with pytest.raises(UserError) as info:
        with shop.transaction() as s:
            s.info["actor"] = auth.Actor(None, "x", "cashier")
            packages.adjust(s, package_id=p.id, sessions=1, reason="x")
    assert info.value.code == "not_permitted" and view(shop, p.id).remaining == 8
    assert refused(shop, packages.adjust, package_id=p.id, sessions=1, reason="").code == "reason_required"
    assert refused(shop, packages.adjust, package_id=p.id, sessions=3, reason="x").code == "package_adjust_range"
    assert refused(shop, packages.adjust, package_id=p.id, sessions=-9, reason="x").code == "package_adjust_range"
    with shop.read() as s:
        last_use = s.scalars(select(PackageEntry.id).where(PackageEntry.kind == "use").order_by(PackageEntry.id.desc())).first()
    with shop.transaction() as s:
        v = packages.adjust(s, package_id=p.id, sessions=1, reason="used twice by mistake", corrects_id=last_use)
    assert v.remaining == 9
    with shop.read() as s:
        e = s.scalars(select(PackageEntry).where(PackageEntry.kind == "adjust")).one()
        assert (e.sessions, e.remaining_after, e.corrects_id, e.reason) == (1, 9, last_use, "used twice by mistake")
    clean(shop)
