"""CSV import/export rules (CONTRACT.md) on real SQLite files."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app import cardno, check, importexport, members, messages, sales
from app.importexport import export_members, export_purchases, import_members, import_purchases
from db.models import Member, PointsEntry, Sale, Staff

NOW = dt.datetime(2026, 3, 15, 12, 0)

MEMBERS_HEADER = "member_no,name,phone,gender,birthday,joined_on,referred_by,points,notes\n"
PURCHASES_HEADER = "member_no,phone,occurred_at,amount,category,staff,note\n"


def write(tmp_path, name: str, text: str, encoding: str = "utf-8") -> str:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return str(path)


def count(shop, model) -> int:
    with shop.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def by_phone(s, phone_norm: str) -> Member:
    return s.scalars(select(Member).where(Member.phone_norm == phone_norm)).one()


def run_members(shop, path, **kw):
    with shop.transaction() as s:
        return import_members(s, path, now=NOW, **kw)


def run_purchases(shop, path, **kw):
    with shop.transaction() as s:
        return import_purchases(s, path, now=NOW, **kw)


def problems(report) -> list[tuple[int, str, str]]:
    return [(p.line, p.column, p.error.code) for p in report.problems]


# --------------------------------------------------------------------------- members


def test_members_referrer_may_come_later_in_the_file_or_from_the_database(shop, tmp_path):
    with shop.transaction() as s:
        old = members.sign_up(s, name="老客人", phone="0911-000-111", member_no="OLD1")
    path = write(tmp_path, "m.csv", MEMBERS_HEADER + (
        "A1,王小明,0912-345-678,M,,,0922 333 444,,\n"   # referred by a later row, by phone
        "A2,李美華,0922-333-444,F,,,OLD1,,\n"           # by a member already in the database
        "A3,陳大文,0933-111-222,,,,a1,,\n"              # by an earlier row's card number
    ))
    report = run_members(shop, path)
    assert report.ok and report.added == 3
    with shop.read() as s:
        a1, a2, a3 = (by_phone(s, p) for p in ("0912345678", "0922333444", "0933111222"))
        assert a1.referred_by_id == a2.id
        assert a2.referred_by_id == old.id
        assert a3.referred_by_id == a1.id


def test_duplicate_phone_in_file_and_against_database_reports_whose_and_writes_nothing(shop, tmp_path):
    with shop.transaction() as s:
        members.sign_up(s, name="林怡君", phone="0955-666-777", member_no="LIN1")
    path = write(tmp_path, "m.csv", MEMBERS_HEADER + (
        ",甲,0912-345-678,,,,,,\n"
        ",乙,0912 345 678,,,,,,\n"     # same number typed differently
        ",丙,(0955) 666-777,,,,,,\n"   # belongs to 林怡君
    ))
    report = run_members(shop, path)
    assert problems(report) == [(3, "phone", "csv_duplicate_in_file"), (4, "phone", "phone_taken")]
    assert "line 2" in report.problems[0].error.message("en")
    msg = report.problems[1].render("m.csv")
    assert msg.startswith("m.csv:4: phone: ") and "林怡君" in msg and "LIN1" in msg
    assert count(shop, Member) == 1


def test_birthdays_with_and_without_year_and_gender_words(shop, tmp_path):
    path = write(tmp_path, "m.csv", MEMBERS_HEADER + (
        ",甲,0912000001,女,03-08,,,,\n"
        ",乙,0912000002,男,1990-12-01,,,,\n"
        ",丙,0912000003,f,02-29,,,,\n"
        ",丁,0912000004,,,,,,\n"
    ))
    assert run_members(shop, path).ok
    with shop.read() as s:
        got = [(m.gender, m.birth_year, m.birth_month, m.birth_day)
               for m in s.scalars(select(Member).order_by(Member.phone_norm))]
    assert got == [("F", None, 3, 8), ("M", 1990, 12, 1), ("F", None, 2, 29), (None, None, None, None)]


def test_opening_points_are_one_ledger_entry_and_card_numbers_are_assigned(shop, tmp_path):
    path = write(tmp_path, "m.csv", MEMBERS_HEADER + (
        ",甲,0912000001,,,2024-05-01,,1，200,常客\n"   # full-width comma and digits
        ",乙,0912000002,,,,,0,\n"
        ",丙,0912000003,,,,,,\n"
    ))
    report = run_members(shop, path)
    assert report.ok, problems(report)
    with shop.read() as s:
        a = by_phone(s, "0912000001")
        assert a.points_balance == 1200 and a.joined_on == dt.date(2024, 5, 1) and a.notes == "常客"
        entries = s.scalars(select(PointsEntry)).all()
        assert [(e.member_id, e.kind, e.points, e.balance_after) for e in entries] == [(a.id, "opening", 1200, 1200)]
        nos = s.scalars(select(Member.member_no)).all()
        assert all(cardno.is_valid(n) for n in nos) and len(set(nos)) == 3
        assert by_phone(s, "0912000003").joined_on == NOW.date()
        assert check.check(s) == []


def test_full_width_digits_and_phone_formats(shop, tmp_path):
    path = write(tmp_path, "m.csv", MEMBERS_HEADER + (
        ",甲,０９１２－３４５－６７８,,,,,,\n"
        ",乙,(02) 2345-6789,,,,,,\n"
        ",丙,+886 912 000 111,,,,,,\n"
        ",丁,0912.000.222,,,,,,\n"
    ))
    assert run_members(shop, path).ok
    with shop.read() as s:
        assert sorted(s.scalars(select(Member.phone_norm))) == sorted(
            ["0912345678", "0223456789", "+886912000111", "0912000222"])


def test_every_bad_row_is_reported_with_its_column(shop, tmp_path):
    path = write(tmp_path, "m.csv", MEMBERS_HEADER + (
        ",,0912000001,,,,,,\n"                 # 2: name missing
        ",乙,abc,,,,,,\n"                       # 3: phone
        ",丙,0912000003,X,,,,,\n"               # 4: gender
        ",丁,0912000004,,13-45,,,,\n"           # 5: birthday
        ",戊,0912000005,,,2999-01-01,,,\n"      # 6: joined in the future
        ",己,0912000006,,,,NOPE,,\n"            # 7: unknown referrer
        ",庚,0912000007,,,,,-5,\n"              # 8: negative points
        ",辛,0912000008,,,,0912000008,,\n"      # 9: refers to self
        "\n"                                    # 10: blank line, ignored
        ",壬,0912000009,,,,,,a,b\n"             # 11: extra cells
        "bad!,癸,0912000010,,,,,,\n"            # 12: card number
    ))
    report = run_members(shop, path)
    assert problems(report) == [
        (2, "name", "name_required"),
        (3, "phone", "phone_invalid"),
        (4, "gender", "gender_invalid"),
        (5, "birthday", "birthday_invalid"),
        (6, "joined_on", "date_future"),
        (7, "referred_by", "referrer_not_found"),
        (8, "points", "points_negative"),
        (9, "referred_by", "referrer_self"),
        (11, "-", "csv_extra_cells"),
        (12, "member_no", "member_no_invalid"),
    ]
    assert count(shop, Member) == 0


def test_columns_in_any_order_bom_and_unknown_columns(shop, tmp_path):
    path = write(tmp_path, "m.csv", "\ufeffPhone,Name,消費總額\n0912000001,甲,999\n")
    report = run_members(shop, path)
    assert report.ok and report.added == 1
    assert [(w.line, w.column, w.error.code) for w in report.warnings] == [(1, "消費總額", "csv_unknown_column")]


def test_missing_required_column_and_empty_file(shop, tmp_path):
    report = run_members(shop, write(tmp_path, "m.csv", "name,gender\n甲,F\n"))
    assert problems(report) == [(1, "phone", "csv_missing_column")]
    report = run_members(shop, write(tmp_path, "e.csv", ""))
    assert problems(report) == [(1, "-", "csv_empty")]


def test_big5_file_is_refused_with_the_line_and_a_hint(shop, tmp_path):
    path = write(tmp_path, "m.csv", "name,phone\nAmy,0912000001\n王小明,0912000002\n", encoding="cp950")
    report = run_members(shop, path)
    assert problems(report) == [(3, "-", "csv_encoding_guess")]
    assert "Big5" in report.problems[0].error.message("en")
    assert count(shop, Member) == 0


def test_dry_run_checks_but_writes_nothing(shop, tmp_path):
    path = write(tmp_path, "m.csv", MEMBERS_HEADER + ",甲,0912000001,,,,,100,\n")
    report = run_members(shop, path, dry_run=True)
    assert report.ok and report.added == 1 and report.dry_run
    assert count(shop, Member) == 0 and count(shop, PointsEntry) == 0


def test_problems_are_in_the_current_language(shop, tmp_path):
    path = write(tmp_path, "m.csv", "name,phone\n甲,\n")
    report = run_members(shop, path)
    messages.set_language("zh_TW")
    assert report.problems[0].render("m.csv") == "m.csv:2: phone: 請輸入電話號碼。"


def test_duplicate_card_number_in_file_and_database(shop, tmp_path):
    with shop.transaction() as s:
        members.sign_up(s, name="舊", phone="0911000000", member_no="K1")
    path = write(tmp_path, "m.csv", MEMBERS_HEADER + "k1,甲,0912000001,,,,,,\nX9,乙,0912000002,,,,,,\nx-9,丙,0912000003,,,,,,\n")
    assert problems(run_members(shop, path)) == [
        (2, "member_no", "member_no_taken"), (4, "member_no", "csv_duplicate_in_file")]


# --------------------------------------------------------------------------- purchases


@pytest.fixture
def two_members(shop):
    with shop.transaction() as s:
        a = members.sign_up(s, name="王小明", phone="0912-345-678", member_no="A1", now=NOW)
        b = members.sign_up(s, name="李美華", phone="0922-333-444", member_no="B2", now=NOW)
    return a, b


def test_amounts_decimals_and_unknown_members(shop, tmp_path, two_members):
    path = write(tmp_path, "p.csv", PURCHASES_HEADER + (
        "A1,,2026-01-05,\"1,280.00\",染髮,,\n"
        "A1,,2026-01-05,128.505,剪髮,,\n"          # 3: three decimals
        ",0922 333 444,2026-01-06 14:30,NT$88,,,\n"
        "ZZZ,,2026-01-06,100,,,\n"                  # 5: unknown card number
        ",0999000000,2026-01-06,100,,,\n"           # 6: unknown phone
        ",,2026-01-06,100,,,\n"                     # 7: nobody
        "A1,,2026-13-01,0,,,\n"                     # 8: bad date and zero amount
        "A1,,2026-03-16 09:00,10,,,\n"              # 9: after NOW
        "A1,,2026-01-05,128.500,,,\n"              # 10: three decimals, even if zero
    ))
    report = run_purchases(shop, path)
    assert problems(report) == [
        (3, "amount", "amount_decimals"),
        (5, "member_no", "member_not_found"),
        (6, "phone", "member_not_found"),
        (7, "member_no", "csv_member_ref_required"),
        (8, "occurred_at", "datetime_invalid"),
        (8, "amount", "amount_not_positive"),
        (9, "occurred_at", "datetime_future"),
        (10, "amount", "amount_decimals"),
    ]
    assert count(shop, Sale) == 0


def test_imported_purchases_earn_no_points_but_set_last_purchase(shop, tmp_path, two_members):
    a, b = two_members
    path = write(tmp_path, "p.csv", PURCHASES_HEADER + (
        "A1,,2026-01-05 10:00,\"1,280.00\",染髮,阿凱,第一次染\n"
        "A1,,2026-02-10 15:20:30,500,剪髮,阿凱,\n"
        ",0922-333-444,2025-12-24,350,洗髮,,\n"
    ))
    report = run_purchases(shop, path)
    assert report.ok and report.added == 3 and report.staff_created == ["阿凱"]
    with shop.read() as s:
        rows = s.scalars(select(Sale).order_by(Sale.id)).all()
        assert [(r.member_id, r.total_cents, r.points_earned, r.source) for r in rows] == [
            (b.id, 35000, 0, "import"), (a.id, 128000, 0, "import"), (a.id, 50000, 0, "import")]
        assert rows[1].note == "第一次染" and rows[1].category == "染髮"
        assert s.get(Staff, rows[1].staff_id).name == "阿凱" and rows[0].staff_id is None
        ma, mb = s.get(Member, a.id), s.get(Member, b.id)
        assert ma.last_purchase_at == dt.datetime(2026, 2, 10, 15, 20, 30)
        assert mb.last_purchase_at == dt.datetime(2025, 12, 24)
        assert ma.points_balance == 0 and s.scalar(select(func.count()).select_from(PointsEntry)) == 0


def test_import_keeps_a_later_counter_purchase_as_last(shop, tmp_path, two_members):
    a, _ = two_members
    with shop.transaction() as s:
        sales.record_sale(s, sale_key="k", member_id=a.id, amount_cents=100, now=dt.datetime(2026, 3, 1))
    assert run_purchases(shop, write(tmp_path, "p.csv", PURCHASES_HEADER + "A1,,2026-01-05,99,,,\n")).ok
    with shop.read() as s:
        assert s.get(Member, a.id).last_purchase_at == dt.datetime(2026, 3, 1)


def test_reimporting_skips_rows_already_imported_but_keeps_true_repeats(shop, tmp_path, two_members):
    row = "A1,,2026-01-05,350,產品,,洗髮精\n"
    first = run_purchases(shop, write(tmp_path, "p1.csv", PURCHASES_HEADER + row + row))
    assert (first.added, first.skipped) == (2, 0)  # two bottles the same day are two rows
    again = run_purchases(shop, write(tmp_path, "p2.csv", PURCHASES_HEADER + row + row + row))
    assert (again.added, again.skipped) == (1, 2)
    assert count(shop, Sale) == 3


def test_purchase_dry_run_lists_new_staff_but_adds_nothing(shop, tmp_path, two_members):
    report = run_purchases(shop, write(tmp_path, "p.csv", PURCHASES_HEADER + "A1,,2026-01-05,350,,小芸,\n"),
                           dry_run=True)
    assert report.ok and report.added == 1 and report.staff_created == ["小芸"]
    assert count(shop, Sale) == 0 and count(shop, Staff) == 0


# --------------------------------------------------------------------------- export


def test_export_then_import_into_an_empty_database_round_trips(shop, tmp_path):
    from app.shop import Shop

    src = write(tmp_path, "m.csv", MEMBERS_HEADER + (
        "A1,王小明,0912-345-678,M,1990-01-02,2024-01-01,B2,300,\"愛聊天, 喜歡咖啡\"\n"
        "B2,李美華,+886 922 333 444,F,02-29,2023-06-01,,0,\n"
    ))
    assert run_members(shop, src).ok
    with shop.transaction() as s:
        a = by_phone(s, "0912345678")
        sales.record_sale(s, sale_key="k1", member_id=a.id, amount_cents=12850, category="剪髮",
                          note="第一次", now=dt.datetime(2026, 1, 2, 3, 4, 5))
        r = sales.record_sale(s, sale_key="k2", member_id=a.id, amount_cents=40000, now=dt.datetime(2026, 1, 3))
        sales.record_sale(s, sale_key="k3", member_id=None, amount_cents=999, now=dt.datetime(2026, 1, 4))
        sales.refund_sale(s, sale_id=r.sale_id, refund_key="r1", amount_cents=10000)

    with shop.read() as s:
        export_members(s, tmp_path / "m1.csv")
        report = export_purchases(s, tmp_path / "p1.csv")
    assert (report.rows, report.walkins_skipped) == (2, 1)
    raw = (tmp_path / "p1.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM for Excel
    text = raw.decode("utf-8-sig")
    assert "2026-01-02 03:04:05,128.50,剪髮,,第一次" in text and ",300.00," in text  # kept after refund

    other = Shop(f"sqlite:///{tmp_path / 'other.db'}")
    try:
        with other.transaction() as s:
            assert import_members(s, tmp_path / "m1.csv", now=NOW).ok
            assert import_purchases(s, tmp_path / "p1.csv", now=NOW).ok
        with other.read() as s:
            export_members(s, tmp_path / "m2.csv")
            export_purchases(s, tmp_path / "p2.csv")
            assert check.check(s) == []
    finally:
        other.close()
    assert (tmp_path / "m1.csv").read_bytes() == (tmp_path / "m2.csv").read_bytes()
    assert (tmp_path / "p1.csv").read_bytes() == (tmp_path / "p2.csv").read_bytes()
    m1 = (tmp_path / "m1.csv").read_text("utf-8-sig").splitlines()
    assert m1[0] == ",".join(importexport.MEMBER_COLUMNS)
    with shop.read() as s:  # points exported = the current balance
        bal = by_phone(s, "0912345678").points_balance
    assert m1[1].startswith(f"A1,王小明,0912-345-678,M,1990-01-02,2024-01-01,B2,{bal},")


def test_export_failure_leaves_no_half_file(shop, tmp_path):
    from app.errors import UserError

    target = tmp_path / "adir"
    target.mkdir()  # the rename onto it fails after the rows were written
    with shop.transaction() as s:
        members.sign_up(s, name="甲", phone="0912000001")
    with shop.read() as s, pytest.raises(UserError) as e:
        export_members(s, target)
    assert e.value.code == "file_unwritable"
    assert target.is_dir() and not any(p.name.endswith(".tmp") for p in tmp_path.iterdir())


def test_import_of_a_missing_file_is_a_user_error(shop, tmp_path):
    from app.errors import UserError

    with pytest.raises(UserError) as e:
        run_members(shop, tmp_path / "nope.csv")
    assert e.value.code == "file_unreadable"


def test_imported_purchases_feed_the_follow_up_stats(shop, tmp_path):
    """Imported history counts for follow-ups: a member whose last imported
    visit was 70 days ago is on the dormant ladder, and check() is clean."""
    import datetime as dt

    from app import followups, importexport, members
    from app.memberstats import stats_problems

    with shop.transaction() as s:
        m = members.sign_up(s, name="林思心", phone="0973-325-104")
    as_of = dt.date(2026, 11, 22)
    f = tmp_path / "p.csv"
    f.write_text("phone,occurred_at,amount\n"
                 + "".join(f"0973325104,{as_of - dt.timedelta(days=d)},880\n" for d in (70, 100, 130)),
                 encoding="utf-8")
    with shop.transaction() as s:
        importexport.import_purchases(s, f)
    with shop.read() as s:
        assert stats_problems(s) == []
        item = next(i for i in followups.due_list(s, as_of) if i.member_id == m.id)
    assert (item.reason, item.step, item.days_since_last_purchase) == ("dormant", 1, 70)
