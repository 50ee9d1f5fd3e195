"""A coupon used on a sale at the counter: it comes off first, then points;
points are earned on what was paid; the coupon is used only if the sale is
saved; refunds work from what was paid."""
import datetime as dt

import pytest

from app import coupons, members, sales
from app.errors import UserError

NOW = dt.datetime(2026, 11, 22, 12, 0)


def _batch(s, **kw):
    args = dict(name="回娘家禮", kind="amount_off", value=5000, min_spend_cents=20000,
                valid_from=NOW.date(), valid_until=NOW.date() + dt.timedelta(days=30), count=1)
    args.update(kw)
    batch = coupons.create_batch(s, **args, now=NOW)
    return coupons.batch_coupons(s, batch.id)[0].code


def test_coupon_comes_off_before_points_are_earned(shop):
    with shop.transaction() as s:
        m = members.sign_up(s, name="王小明", phone="0912-345-678")
        code = _batch(s)
    with shop.transaction() as s:
        r = sales.record_sale(s, sale_key="k", member_id=m.id, amount_cents=30000,
                              coupon_code=code, counter="A", now=NOW)
    assert (r.coupon_discount_cents, r.paid_cents, r.points_earned) == (5000, 25000, 250)
    with shop.read() as s:
        view = coupons.lookup(s, code, now=NOW)
        assert view.status == "used" and view.redeemed_counter == "A" and view.discount_cents == 5000


def test_a_refused_coupon_saves_no_sale(shop):
    with shop.transaction() as s:
        m = members.sign_up(s, name="王小明", phone="0912-345-678")
        code = _batch(s)
    with pytest.raises(UserError) as e, shop.transaction() as s:
        sales.record_sale(s, sale_key="k", member_id=m.id, amount_cents=19999,
                          coupon_code=code, counter="A", now=NOW)
    assert e.value.code.startswith("coupon")
    with shop.read() as s:
        assert sales.member_sales(s, m.id) == []
        assert coupons.lookup(s, code, now=NOW).status == "usable"


def test_full_refund_of_a_coupon_sale_gives_back_what_was_paid(shop):
    with shop.transaction() as s:
        m = members.sign_up(s, name="王小明", phone="0912-345-678")
        code = _batch(s)
    with shop.transaction() as s:
        r = sales.record_sale(s, sale_key="k", member_id=m.id, amount_cents=30000,
                              coupon_code=code, counter="A", now=NOW)
    with shop.transaction() as s:
        with pytest.raises(UserError):
            sales.refund_sale(s, sale_id=r.sale_id, refund_key="f0", amount_cents=25001)
    with shop.transaction() as s:
        f = sales.refund_sale(s, sale_id=r.sale_id, refund_key="f1")
    assert f.amount_cents == 25000 and f.points_taken_back == 250 and f.balance_after == 0
