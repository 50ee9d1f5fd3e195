"""Sign-up, edit and find, on a real migrated SQLite file."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from app import cardno, members, sales
from app.errors import UserError
from tests.app.helpers import dump, refused

NOW = dt.datetime(2026, 6, 15, 10, 0)


def sign_up(shop, **kw):
    kw.setdefault("now", NOW)
    with shop.transaction() as s:
        return members.sign_up(s, **kw)


def find(shop, query, **kw):
    with shop.read() as s:
        return members.find(s, query, **kw)


# --- sign-up ----------------------------------------------------------------


def test_sign_up_stores_what_was_typed_and_its_normal_form(shop):
    m = sign_up(
        shop, name="  王  小明 ", phone="０９１２－３４５－６７８", gender="女",
        birthday="1990/5/7", notes="likes oolong\x00", joined_on=dt.date(2025, 1, 2),
    )
    assert (m.name, m.phone, m.gender, m.birthday) == ("王 小明", "0912-345-678", "F", "1990-05-07")
    assert (m.birth_month, m.birth_day, m.joined_on) == (5, 7, dt.date(2025, 1, 2))
    assert m.notes == "likes oolong" and m.points_balance == 0 and m.last_purchase_at is None
    with shop.read() as s:
        row = s.execute(text("SELECT phone_norm, phone_last4, created_at FROM members")).one()
    assert row[:2] == ("0912345678", "5678")


def test_sign_up_defaults(shop):
    m = sign_up(shop, name="Amy", phone="0911000111")
    assert m.joined_on == NOW.date()
    assert m.gender is None and m.birthday == "" and m.referred_by_no is None and m.notes == ""


def test_birthday_without_year(shop):
    m = sign_up(shop, name="Amy", phone="0911000111", birthday="02-29")
    assert (m.birthday, m.birth_month, m.birth_day) == ("02-29", 2, 29)


def test_card_numbers_are_generated_valid_and_unique(shop):
    with shop.transaction() as s:
        nos = [members.sign_up(s, name=f"M{i}", phone=f"09{i:08d}", now=NOW).member_no for i in range(300)]
    assert len(set(nos)) == 300
    for no in nos:
        assert cardno.is_valid(no) and len(no) == 7 and not set(no) & set("0O1I")


def test_given_card_number_is_normalised(shop):
    m = sign_up(shop, name="Amy", phone="0911000111", member_no=" abc-2345 ")
    assert m.member_no == "ABC2345"


def test_given_card_number_already_used_is_refused(shop):
    sign_up(shop, name="Amy", phone="0911000111", member_no="ABC2345")
    e = refused(shop, members.sign_up, name="Bo", phone="0911000222", member_no="abc2345")
    assert (e.code, e.field) == ("member_no_taken", "member_no")
    assert e.params == {"member_no": "ABC2345", "name": "Amy"}


@pytest.mark.parametrize(
    "same_number",
    ["0912-345-678", "0912 345 678", "0912345678", "０９１２３４５６７８", "(0912) 345-678", " 0912.345.678 "],
)
def test_duplicate_phone_typed_differently_names_the_owner(shop, same_number):
    first = sign_up(shop, name="王小明", phone="0912345678")
    e = refused(shop, members.sign_up, name="Someone Else", phone=same_number)
    assert (e.code, e.field) == ("phone_taken", "phone")
    assert e.params == {"name": "王小明", "member_no": first.member_no}
    en, zh = e.message("en"), e.message("zh_TW")
    assert "王小明" in en and first.member_no in en
    assert "王小明" in zh and first.member_no in zh and "此電話號碼已屬於" in zh


BAD_SIGN_UPS = [
    (dict(name=""), "name_required", "name"),
    (dict(name="   "), "name_required", "name"),
    (dict(name="Amy😀"), "name_bad_chars", "name"),
    (dict(name="小美❤️"), "name_bad_chars", "name"),
    (dict(name="A\x00my"), "name_bad_chars", "name"),
    (dict(name="x" * 61), "name_too_long", "name"),
    (dict(phone=""), "phone_required", "phone"),
    (dict(phone="0912-abc"), "phone_invalid", "phone"),
    (dict(phone="12345"), "phone_length", "phone"),
    (dict(phone="1" * 16), "phone_length", "phone"),
    (dict(gender="X"), "gender_invalid", "gender"),
    (dict(birthday="1990-02-30"), "birthday_invalid", "birthday"),
    (dict(birthday="2030-01-01"), "birthday_future", "birthday"),
    (dict(notes="n" * 2001), "text_too_long", "notes"),
    (dict(referred_by="ZZZZZZZ"), "referrer_not_found", "referred_by"),
    (dict(referred_by="0900000000"), "referrer_not_found", "referred_by"),
    (dict(member_no="AB#12"), "member_no_invalid", "member_no"),
    (dict(member_no="X" * 33), "member_no_invalid", "member_no"),
]


@pytest.mark.parametrize("bad, code, field", BAD_SIGN_UPS)
def test_bad_sign_up_is_refused_and_nothing_is_saved(shop, bad, code, field):
    sign_up(shop, name="Existing", phone="0911000111")
    kw = dict(name="Amy", phone="0922000222", now=NOW) | bad
    e = refused(shop, members.sign_up, **kw)
    assert (e.code, e.field) == (code, field)
    assert e.message("en") and e.message("zh_TW") and e.message("zh_CN")


def test_referrer_by_card_number_or_phone(shop):
    a = sign_up(shop, name="Amy", phone="0911000111")
    b = sign_up(shop, name="Bo", phone="0911000222", referred_by=a.member_no.lower())
    c = sign_up(shop, name="Cy", phone="0911000333", referred_by="0911-000-222")
    assert b.referred_by_no == a.member_no and c.referred_by_no == b.member_no


# --- update -----------------------------------------------------------------


def test_update_edits_details(shop):
    m = sign_up(shop, name="Amy", phone="0911000111")
    with shop.transaction() as s:
        u = members.update(s, m.id, name="Amy Lin", phone="0911 000 999", gender="F", birthday="03-04", notes="vip")
    assert (u.name, u.phone, u.gender, u.birthday, u.notes) == ("Amy Lin", "0911 000 999", "F", "03-04", "vip")
    assert find(shop, "0999")[0].id == m.id
    assert find(shop, "0111") == []


def test_update_may_keep_own_phone_typed_differently(shop):
    m = sign_up(shop, name="Amy", phone="0911000111")
    with shop.transaction() as s:
        u = members.update(s, m.id, name="Amy", phone="0911-000-111")
    assert u.phone == "0911-000-111"


def test_update_to_someone_elses_phone_is_refused(shop):
    amy = sign_up(shop, name="Amy", phone="0911000111")
    bo = sign_up(shop, name="Bo", phone="0911000222")
    e = refused(shop, members.update, bo.id, name="Bo", phone="０９１１ ０００ １１１")
    assert (e.code, e.params) == ("phone_taken", {"name": "Amy", "member_no": amy.member_no})


def test_update_with_bad_input_changes_nothing(shop):
    m = sign_up(shop, name="Amy", phone="0911000111")
    assert refused(shop, members.update, m.id, name="", phone="0911000111").code == "name_required"
    assert refused(shop, members.update, m.id, name="Amy", phone="x").code == "phone_invalid"


def test_member_cannot_refer_themselves(shop):
    m = sign_up(shop, name="Amy", phone="0911000111")
    e = refused(shop, members.update, m.id, name="Amy", phone="0911000111", referred_by=m.member_no)
    assert (e.code, e.field) == ("referrer_not_found", "referred_by")


def test_unknown_member_id(shop):
    e = refused(shop, members.get_view, 12345)
    assert e.code == "member_not_found"


# --- find ---------------------------------------------------------------------


@pytest.fixture
def crowd(shop):
    people = {
        "wang": sign_up(shop, name="王小明", phone="0912-345-678"),
        "alice": sign_up(shop, name="Alice Chen", phone="+886 922 111 222"),
        "mei": sign_up(shop, name="陳美玲", phone="(02) 2345-6789"),
        "na": sign_up(shop, name="李娜", phone="138 0013 8000"),
        "pct": sign_up(shop, name="Bob 50%off", phone="0933000001"),
        "under": sign_up(shop, name="Cat_Lee", phone="0933000002"),
        "catx": sign_up(shop, name="CatxLee", phone="0933000003"),
    }
    return people


@pytest.mark.parametrize("how", ["{no}", "{lower}", "{no3} {no4}", "{no3}-{no4}", " {lower3}-{lower4} "])
def test_find_by_card_number(shop, crowd, how):
    no = crowd["mei"].member_no
    q = how.format(no=no, lower=no.lower(), no3=no[:3], no4=no[3:], lower3=no[:3].lower(), lower4=no[3:].lower())
    assert [m.id for m in find(shop, q)] == [crowd["mei"].id]


@pytest.mark.parametrize(
    "q, who",
    [
        ("0912-345-678", "wang"),
        ("0912 345 678", "wang"),
        ("0912345678", "wang"),
        ("０９１２３４５６７８", "wang"),
        ("+886 922 111 222", "alice"),
        ("+886922111222", "alice"),
        ("(02) 2345-6789", "mei"),
        ("02-2345-6789", "mei"),
        ("138 0013 8000", "na"),
        ("13800138000", "na"),
    ],
)
def test_find_by_full_phone_in_any_format(shop, crowd, q, who):
    found = find(shop, q)
    assert found and found[0].id == crowd[who].id


def test_find_by_phone_prefix_while_typing(shop, crowd):
    assert [m.id for m in find(shop, "093300")] == [crowd[k].id for k in ("pct", "under", "catx")]


def test_the_list_never_goes_blank_while_a_phone_is_typed(shop, crowd):
    phone = "0933000002"
    for n in range(5, len(phone) + 1):
        assert crowd["under"].id in {m.id for m in find(shop, phone[:n])}, phone[:n]


@pytest.mark.parametrize("q, who", [("5678", "wang"), ("１２２２", "alice"), ("6789", "mei"), ("8000", "na")])
def test_find_by_last_four_digits(shop, crowd, q, who):
    assert [m.id for m in find(shop, q)] == [crowd[who].id]


def test_last_four_shared_lists_the_most_recent_customer_first(shop):
    older = sign_up(shop, name="Old", phone="0911005678")
    newer = sign_up(shop, name="New", phone="0922005678")
    never = sign_up(shop, name="Never", phone="0933005678")
    with shop.transaction() as s:
        sales.record_sale(s, sale_key="a", member_id=older.id, amount_cents=100, now=NOW)
        sales.record_sale(s, sale_key="b", member_id=newer.id, amount_cents=100, now=NOW + dt.timedelta(days=1))
    ids = [m.id for m in find(shop, "5678")]
    assert set(ids) == {older.id, newer.id, never.id}
    assert ids.index(newer.id) < ids.index(older.id)


@pytest.mark.parametrize(
    "q, who",
    [
        ("小明", {"wang"}),
        ("王", {"wang"}),
        ("美", {"mei"}),
        ("陳", {"mei"}),
        ("alice", {"alice"}),
        ("ALICE", {"alice"}),
        ("chen", {"alice"}),
        ("ce c", {"alice"}),
        ("ＡＬＩＣＥ", {"alice"}),  # full-width letters typed by an IME
        ("lee", {"under", "catx"}),
    ],
)
def test_find_by_part_of_the_name(shop, crowd, q, who):
    assert {m.id for m in find(shop, q)} == {crowd[k].id for k in who}


@pytest.mark.parametrize("q, who", [("%", {"pct"}), ("50%", {"pct"}), ("_", {"under"}), ("Cat_", {"under"}), ("t_L", {"under"})])
def test_like_wildcards_in_the_query_are_literal(shop, crowd, q, who):
    assert {m.id for m in find(shop, q)} == {crowd[k].id for k in who}


def test_backslash_in_query_is_literal(shop, crowd):
    assert find(shop, "\\") == []
    assert find(shop, "\\%") == []


# --- the name-fragment index (app/name_search.py, migration 0009) -----------


def scan(shop, q):
    """What a plain case-folding scan of every member finds, by name then id."""
    from sqlalchemy import select

    from app.name_search import like_pattern
    from db.models import Member

    with shop.read() as s:
        return list(s.scalars(select(Member.id).where(Member.name.ilike(like_pattern(q), escape="\\"))
                              .order_by(Member.name, Member.id)))


@pytest.fixture
def salon(shop):
    """300 believable names (the demo's generator), signed up."""
    import random

    from app import demo

    rng = random.Random(5)
    with shop.transaction() as s:
        for i in range(300):
            members.sign_up(s, name=demo._name(rng, rng.choice("FFFM")), phone=f"0955{i:06d}", now=NOW)
        for i, name in enumerate(("歐陽小明", "司馬美玲", "王小明", "王小明", "amy CHEN", "Amy Chen")):
            members.sign_up(s, name=name, phone=f"0966{i:06d}", now=NOW)
    with shop.read() as s:
        return [r[0] for r in s.execute(text("SELECT name FROM members"))]


def test_every_fragment_finds_exactly_what_a_scan_finds(shop, salon):
    import random

    from app import member_list

    rng = random.Random(9)
    fragments = {"陽小", "美玲", "司馬", "小明", "amy", "AMY", "y C", "n", "N", "王小明", "zz", "小明X", "陳先", "姐"}
    for name in rng.sample(salon, 60):
        for length in (1, 2, 3):
            if len(name) >= length:
                start = rng.randrange(len(name) - length + 1)
                fragments.add(name[start:start + length])
    assert len(fragments) > 100
    for q in sorted(fragments):
        if q.strip() != q or not q:
            continue
        expected = scan(shop, q)
        assert [m.id for m in find(shop, q, limit=1000)] == expected, q
        assert [m.id for m in find(shop, q, limit=5)] == expected[:5], q
        with shop.read() as s:
            assert member_list.count(s, member_list.MemberFilter(text=q)) == len(expected), q


@pytest.mark.parametrize("q, names", [
    ("陽小", {"歐陽小明"}),  # two characters from the middle of a four-character name
    ("馬美", {"司馬美玲"}),
    ("美玲", {"司馬美玲"}),
    ("小明", {"歐陽小明", "王小明"}),
    ("amy c", {"amy CHEN", "Amy Chen"}),
])
def test_chinese_and_latin_fragments_from_anywhere_in_the_name(shop, salon, q, names):
    found = find(shop, q, limit=1000)
    assert names <= {m.name for m in found}
    assert all(q.lower() in m.name.lower() for m in found)


def test_name_results_come_by_name_then_id(shop, salon):
    found = find(shop, "王", limit=1000)
    assert len(found) > 5
    assert [(m.name, m.id) for m in found] == sorted((m.name, m.id) for m in found)


def test_the_index_follows_renames_and_deletes(shop):
    m = sign_up(shop, name="林美玲", phone="0977000001")
    with shop.transaction() as s:
        members.update(s, m.id, name="張雅婷", phone="0977000001")
    assert find(shop, "美玲") == []
    assert [x.id for x in find(shop, "雅婷")] == [m.id]
    with shop.transaction() as s:
        s.execute(text("UPDATE members SET name = 'Grace Tsai' WHERE id = :i"), {"i": m.id})  # behind the services
    assert find(shop, "雅婷") == [] and [x.id for x in find(shop, "ace t")] == [m.id]
    with shop.transaction() as s:
        s.execute(text("DELETE FROM members WHERE id = :i"), {"i": m.id})
    with shop.read() as s:
        assert s.execute(text("SELECT count(*) FROM member_name_grams")).scalar() == 0


def test_mistyped_card_number_says_so(shop, crowd):
    no = crowd["wang"].member_no
    i = 2
    typo = no[:i] + next(c for c in cardno.ALPHABET if c != no[i]) + no[i + 1 :]
    for typed in (typo, typo.lower(), f"{typo[:3]}-{typo[3:]}"):
        with pytest.raises(UserError) as info:
            find(shop, typed)
        assert (info.value.code, info.value.field) == ("card_check_failed", "search")
        assert info.value.params["value"] == typo
        assert typo in info.value.message("zh_TW")


def test_valid_but_unknown_card_number_finds_nothing_quietly(shop, crowd):
    taken = {m.member_no for m in crowd.values()}
    other = next(c for c in (cardno.generate() for _ in range(100)) if c not in taken)
    assert find(shop, other) == []


def test_find_blank_and_unknown(shop, crowd):
    assert find(shop, "") == []
    assert find(shop, "   ") == []
    assert find(shop, "nobody here") == []
    assert find(shop, "0999999999") == []


def test_find_respects_the_limit(shop):
    with shop.transaction() as s:
        for i in range(30):
            members.sign_up(s, name=f"Lin {i:02d}", phone=f"09{i:08d}", now=NOW)
    assert len(find(shop, "lin", limit=10)) == 10
    assert len(find(shop, "lin")) == 30


def test_by_member_no(shop, crowd):
    with shop.read() as s:
        assert members.by_member_no(s, crowd["na"].member_no.lower()).id == crowd["na"].id
        assert members.by_member_no(s, "2222222") is None


# --- birthdays -----------------------------------------------------------------


@pytest.mark.parametrize(
    "month, day, today, days",
    [
        (6, 15, dt.date(2026, 6, 15), 0),
        (6, 16, dt.date(2026, 6, 15), 1),
        (6, 14, dt.date(2026, 6, 15), 364),
        (1, 2, dt.date(2026, 12, 30), 3),
        (2, 29, dt.date(2027, 2, 28), 0),  # common year: celebrated on 28 Feb
        (2, 29, dt.date(2027, 3, 1), 365),  # next is 2028-02-29 (a leap year)
        (2, 29, dt.date(2028, 2, 28), 1),
        (None, None, dt.date(2026, 1, 1), None),
    ],
)
def test_days_to_birthday(month, day, today, days):
    assert members.days_to_birthday(month, day, today) == days


def test_birthday_marker(shop):
    m = sign_up(shop, name="Amy", phone="0911000111", birthday="06-20")
    assert m.birthday_within(dt.date(2026, 6, 15), days=7)
    assert not m.birthday_within(dt.date(2026, 6, 15), days=3)
    assert not sign_up(shop, name="Bo", phone="0911000222").birthday_within(dt.date(2026, 6, 15))
