"""Coupons: codes, batch rules, redemption at the boundaries, single use under
a race between two connections, and the batch report."""
from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from app import cardno, coupons, members
from app.errors import UserError
from app.shop import Shop
from db.coupon_models import Coupon, CouponRedemption

FROM, UNTIL = dt.date(2026, 12, 1), dt.date(2026, 12, 31)


def at(day: dt.date, h=12, m=0, s=0) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, h, m, s)


@pytest.fixture
def amy(shop):
    with shop.transaction() as s:
        return members.sign_up(s, name="王小明", phone="0912-345-678")


@pytest.fixture
def bob(shop):
    with shop.transaction() as s:
        return members.sign_up(s, name="李大華", phone="0922-000-111")


def make_batch(shop, **kw):
    args = dict(name="冬季回饋", kind="amount_off", value=5000, valid_from=FROM, valid_until=UNTIL, count=3)
    args.update(kw)
    with shop.transaction() as s:
        b = coupons.create_batch(s, **args)
        return b, [r.code for r in coupons.batch_coupons(s, b.id)]


def refused(shop, code, **kw) -> UserError:
    args = dict(member_id=None, sale_total_cents=10000, counter="Counter 1", now=at(FROM))
    args.update(kw)
    with pytest.raises(UserError) as e:
        with shop.transaction() as s:
            coupons.redeem(s, code=code, **args)
    return e.value


def redeem(shop, code, **kw) -> coupons.RedeemResult:
    args = dict(member_id=None, sale_total_cents=10000, counter="Counter 1", now=at(FROM))
    args.update(kw)
    with shop.transaction() as s:
        return coupons.redeem(s, code=code, **args)


# --- codes -------------------------------------------------------------------------


def test_codes_have_55_random_bits_no_ambiguous_characters_and_a_check_character():
    assert coupons.BODY_LEN * 5 >= 40  # 32-letter alphabet: 5 bits a character
    codes = {coupons.generate_code() for _ in range(5000)}
    assert len(codes) == 5000
    for c in codes:
        assert len(c) == 12
        assert not set(c) & set("01OI")
        assert set(c) <= set(cardno.ALPHABET)
        assert coupons.is_valid_code(c)


def test_every_single_mistyped_character_is_caught():
    code = coupons.generate_code()
    for i in range(len(code)):
        for ch in cardno.ALPHABET:
            if ch != code[i]:
                assert not coupons.is_valid_code(code[:i] + ch + code[i + 1 :])


def test_printed_form_and_what_people_type_normalise_to_the_code():
    code = coupons.generate_code()
    printed = coupons.format_code(code)
    assert printed.count("-") == 2 and printed.replace("-", "") == code
    fullwidth = "".join(chr(ord(c) + 0xFEE0) for c in code.lower())
    for typed in (printed, printed.lower(), f" {code[:4]} {code[4:8]} {code[8:]} ", fullwidth):
        assert coupons.normalize_code(typed) == code
    assert coupons.qr_payload(code) == code and code.isascii()
    assert not coupons.looks_like_coupon("ABCDEFG")  # a member card number is 7 characters


# --- batches ------------------------------------------------------------------------


def test_a_batch_stores_count_distinct_codes_in_print_order(shop):
    b, codes = make_batch(shop, count=250)
    assert b.count == 250 and len(set(codes)) == 250
    with shop.read() as s:
        rows = coupons.batch_coupons(s, b.id)
        assert [r.seq for r in rows] == list(range(1, 251))
        assert s.scalar(select(func.count()).select_from(Coupon)) == 250


def test_one_member_and_per_member_batches(shop, amy, bob):
    b, codes = make_batch(shop, member_id=amy.id, count=2)
    with shop.read() as s:
        assert {r.member_name for r in coupons.batch_coupons(s, b.id)} == {"王小明"}
    b2, _ = make_batch(shop, member_ids=[amy.id, bob.id], count=None, document="postcard")
    with shop.read() as s:
        rows = coupons.batch_coupons(s, b2.id)
    assert [(r.member_id, r.member_no) for r in rows] == [(amy.id, amy.member_no), (bob.id, bob.member_no)]
    assert b2.count == 2


@pytest.mark.parametrize(
    "kw, code",
    [
        (dict(name="  "), "coupon_name_required"),
        (dict(kind="bogus"), "coupon_kind_invalid"),
        (dict(kind="amount_off", value=0), "amount_not_positive"),
        (dict(kind="percent_off", value=0), "coupon_percent_invalid"),
        (dict(kind="percent_off", value=101), "coupon_percent_invalid"),
        (dict(kind="free_item", value=0, item_name=""), "coupon_item_required"),
        (dict(valid_until=FROM - dt.timedelta(days=1)), "coupon_dates_invalid"),
        (dict(count=0), "coupon_count_invalid"),
        (dict(count=coupons.MAX_BATCH + 1), "coupon_count_invalid"),
        (dict(member_id=99999), "member_not_found"),
    ],
)
def test_bad_batches_are_refused_and_nothing_is_stored(shop, kw, code):
    with pytest.raises(UserError) as e:
        make_batch(shop, **kw)
    assert e.value.code == code
    with shop.read() as s:
        assert s.scalar(select(func.count()).select_from(Coupon)) == 0


def test_codes_given_by_a_print_job_are_the_ones_stored(shop):
    with shop.read() as s:
        codes = coupons.fresh_codes(s, 40)
    b, stored = make_batch(shop, count=None, codes=codes)
    assert stored == codes and b.count == 40


# --- redeeming: dates ---------------------------------------------------------------


def test_validity_days_are_inclusive_in_shop_local_time(shop):
    _, codes = make_batch(shop, count=4)
    day_before = at(FROM - dt.timedelta(days=1), 23, 59, 59)
    e = refused(shop, codes[0], now=day_before)
    assert e.code == "coupon_not_yet" and "2026-12-01" in e.message()
    assert redeem(shop, codes[0], now=at(FROM, 0, 0, 0)).discount_cents == 5000  # first moment of first day
    assert redeem(shop, codes[1], now=at(UNTIL, 23, 59, 59)).discount_cents == 5000  # last moment of last day
    e = refused(shop, codes[2], now=at(UNTIL + dt.timedelta(days=1), 0, 0, 0))
    assert e.code == "coupon_expired" and "2026-12-31" in e.message()
    # a one-day coupon
    _, one = make_batch(shop, valid_from=FROM, valid_until=FROM, count=1)
    assert refused(shop, one[0], now=at(FROM - dt.timedelta(days=1))).code == "coupon_not_yet"
    assert refused(shop, one[0], now=at(FROM + dt.timedelta(days=1), 0, 0, 0)).code == "coupon_expired"
    redeem(shop, one[0], now=at(FROM, 18))


# --- redeeming: minimum spend, member, single use -------------------------------------


def test_minimum_spend_one_cent_short_is_refused_exactly_is_fine(shop):
    _, codes = make_batch(shop, min_spend_cents=50000, count=1)
    e = refused(shop, codes[0], sale_total_cents=49999)
    assert e.code == "coupon_min_spend" and "500.00" in e.message() and "499.99" in e.message()
    assert redeem(shop, codes[0], sale_total_cents=50000).discount_cents == 5000


def test_a_personal_coupon_is_only_for_its_member(shop, amy, bob):
    _, codes = make_batch(shop, member_id=amy.id, count=1)
    e = refused(shop, codes[0], member_id=bob.id)
    assert e.code == "coupon_wrong_member" and "王小明" in e.message() and amy.member_no in e.message()
    assert refused(shop, codes[0], member_id=None).code == "coupon_wrong_member"  # a walk-in
    assert redeem(shop, codes[0], member_id=amy.id).code == codes[0]


def test_second_use_says_when_and_at_which_counter(shop):
    _, codes = make_batch(shop, count=1)
    redeem(shop, codes[0], counter="櫃台 2", now=at(FROM, 14, 5))
    e = refused(shop, codes[0], counter="Counter 1", now=at(FROM, 15))
    assert e.code == "coupon_used"
    assert "2026-12-01 14:05" in e.message() and "櫃台 2" in e.message()
    assert "2026-12-01 14:05" in e.message("zh_TW") and "櫃台 2" in e.message("zh_TW")
    with shop.read() as s:
        v = coupons.lookup(s, codes[0], now=at(FROM, 15))
    assert v.status == "used" and v.redeemed_counter == "櫃台 2" and v.redeemed_at == at(FROM, 14, 5)


def test_unknown_and_mistyped_codes(shop):
    _, codes = make_batch(shop, count=1)
    good = codes[0]
    typo = good[:-1] + next(c for c in cardno.ALPHABET if c != good[-1])
    with shop.read() as s:
        assert coupons.lookup(s, coupons.generate_code()) is None
        assert coupons.lookup(s, "0912345678") is None
        with pytest.raises(UserError) as e:
            coupons.lookup(s, typo)
        assert e.value.code == "coupon_check_failed"
    assert refused(shop, typo).code == "coupon_check_failed"
    assert refused(shop, coupons.generate_code()).code == "coupon_not_found"


def test_lookup_shows_what_it_is(shop, amy):
    _, codes = make_batch(shop, kind="percent_off", value=20, min_spend_cents=30000, member_id=amy.id, count=1)
    with shop.read() as s:
        v = coupons.lookup(s, coupons.format_code(codes[0]).lower(), now=at(FROM - dt.timedelta(days=3)))
    assert v.status == "not_yet" and v.member_name == "王小明" and v.batch.name == "冬季回饋"
    assert v.describe("TWD", "en") == "20% off"
    assert v.describe("TWD", "zh_TW") == "8 折"
    assert coupons.describe_rules(v.batch, "TWD", "zh_TW")[0] == "消費滿 NT$300 可用"
    with shop.read() as s:
        assert coupons.lookup(s, codes[0], now=at(FROM)).status == "usable"
        assert coupons.lookup(s, codes[0], now=at(UNTIL + dt.timedelta(days=1))).status == "expired"


def test_discounts_never_exceed_the_sale(shop):
    _, amount = make_batch(shop, kind="amount_off", value=5000, count=1)
    _, pct = make_batch(shop, kind="percent_off", value=15, count=1)
    _, free = make_batch(shop, kind="free_item", value=12000, item_name="手沖咖啡", count=1)
    assert redeem(shop, amount[0], sale_total_cents=3000).discount_cents == 3000
    assert redeem(shop, pct[0], sale_total_cents=333).discount_cents == 50  # 49.95 rounds half up
    r = redeem(shop, free[0], sale_total_cents=20000)
    assert r.discount_cents == 12000 and r.item_name == "手沖咖啡"
    with shop.read() as s:
        b = coupons.get_batch(s, r.batch_id)
    assert coupons.describe_offer(b, "TWD", "zh_CN") == "免费兑换：手沖咖啡"


def test_quote_checks_without_using(shop):
    _, codes = make_batch(shop, count=1)
    with shop.read() as s:
        assert coupons.quote(s, code=codes[0], member_id=None, sale_total_cents=10000, now=at(FROM)) == 5000
    redeem(shop, codes[0])


def test_a_failed_sale_does_not_use_the_coupon(shop):
    _, codes = make_batch(shop, count=1)
    with pytest.raises(RuntimeError):
        with shop.transaction() as s:
            coupons.redeem(s, code=codes[0], member_id=None, sale_total_cents=10000, counter="A", now=at(FROM))
            raise RuntimeError("the sale failed to save")
    redeem(shop, codes[0])


# --- single use is the database's job ---------------------------------------------------


def test_the_database_refuses_a_second_redemption_row(shop):
    _, codes = make_batch(shop, count=1)
    redeem(shop, codes[0])
    with pytest.raises(IntegrityError, match="(?i)unique"):
        with shop.transaction() as s:
            cid = s.scalar(select(Coupon.id).where(Coupon.code == codes[0]))
            s.execute(
                text(
                    "INSERT INTO coupon_redemptions (coupon_id, redeemed_at, counter, sale_total_cents, discount_cents) "
                    "VALUES (:c, '2026-12-01 10:00:00', 'rogue', 100, 0)"
                ),
                {"c": cid},
            )


def _race(db_url, code, monkeypatch=None) -> list:
    """Two counters (two engines, two connections) redeem ``code`` at once."""
    shops = [Shop(db_url), Shop(db_url)]
    barrier = threading.Barrier(2)
    results: list = [None, None]

    def counter(i):
        barrier.wait()
        try:
            with shops[i].transaction() as s:
                results[i] = coupons.redeem(
                    s, code=code, member_id=None, sale_total_cents=10000, counter=f"Counter {i + 1}", now=at(FROM, 10 + i)
                )
        except UserError as e:
            results[i] = e

    threads = [threading.Thread(target=counter, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    for s in shops:
        s.close()
    return results


def _check_one_winner(shop, results, code):
    wins = [r for r in results if isinstance(r, coupons.RedeemResult)]
    losses = [r for r in results if isinstance(r, UserError)]
    assert len(wins) == 1 and len(losses) == 1, results
    assert losses[0].code == "coupon_used"
    assert wins[0].counter in losses[0].message()
    with shop.read() as s:
        n = s.scalar(
            select(func.count()).select_from(CouponRedemption).join(Coupon).where(Coupon.code == code)
        )
    assert n == 1


def test_two_counters_racing_on_one_code_only_one_wins(shop, db_url):
    _, codes = make_batch(shop, count=5)
    for code in codes:
        _check_one_winner(shop, _race(db_url, code), code)


def test_even_if_both_pass_the_checks_the_unique_row_decides(shop, db_url, monkeypatch):
    # Simulate PostgreSQL READ COMMITTED, where both counters can pass the
    # "not used yet" check before either inserts: skip the check entirely.
    # The UNIQUE coupon_id still refuses the second insert, and the loser
    # is told who won.
    _, codes = make_batch(shop, count=3)
    monkeypatch.setattr(coupons, "_refuse_if_unusable", lambda *a, **k: None)
    for code in codes:
        _check_one_winner(shop, _race(db_url, code), code)


# --- report -------------------------------------------------------------------------


def test_batch_report_issued_redeemed_expired_rate(shop):
    b, codes = make_batch(shop, count=8, channel="包裹 DM")
    for c in codes[:3]:
        redeem(shop, c, sale_total_cents=8000)
    with shop.read() as s:
        during = coupons.batch_report(s, b.id, today=UNTIL)
        after = coupons.batch_report(s, b.id, today=UNTIL + dt.timedelta(days=1))
        listed = coupons.list_batches(s, today=UNTIL)
    assert (during.issued, during.redeemed, during.expired, during.open) == (8, 3, 0, 5)
    assert (after.issued, after.redeemed, after.expired, after.open) == (8, 3, 5, 0)
    assert after.rate == pytest.approx(3 / 8)
    assert during.discount_cents == 3 * 5000 and during.channel == "包裹 DM"
    assert [r.batch_id for r in listed] == [b.id]


def test_unknown_batch(shop):
    with shop.read() as s:
        with pytest.raises(UserError) as e:
            coupons.batch_report(s, 42)
    assert e.value.code == "coupon_batch_not_found"
