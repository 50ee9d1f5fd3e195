"""A believable demo shop: 小美髮廊, a neighbourhood hair salon in Taiwan.

Owners try the app on it and benchmarks load it big (200,000 members and
about 2,000,000 purchases), so it is built with Core bulk inserts in batches
and every balance is computed in Python, not with one service call per sale
(``sales.record_sale`` costs about 1.5 ms a sale: an hour at that size). The
data still follows the services' rules exactly: points are earned with
:func:`app.sales.points_for` on what was paid after a points discount, every
change is a ledger entry with the running ``balance_after``, refunds take back
what the sale earned and return what it spent, so :func:`app.check.check`
finds nothing.

The same ``seed`` and ``as_of`` give the same shop (one ``random.Random``,
used in a fixed order; no set or hash order anywhere).

Members follow rhythms a salon knows: regulars every 3-6 weeks, occasional
customers every few months, dormant ones who stopped about 60, 120, 200 or
400 days ago, one-off visitors and a few who joined in the last two weeks.
"""
from __future__ import annotations

import bisect
import datetime as dt
import itertools
import random
from array import array
from dataclasses import dataclass

from sqlalchemy import DateTime, bindparam, func, insert, select, text, update
from sqlalchemy.orm import Session

from app import cardno
from app import settings as shop_settings
from app.errors import UserError
from app.sales import points_for
from db.models import Member, PointsEntry, Redemption, Refund, Reward, Sale, Setting, Staff

SHOP_NAME = "小美髮廊"
DAYS = 730  # about two years of history
BATCH = 20_000  # rows per executemany
MAX_MEMBERS = 4_000_000  # a visit packs the member's index in 22 bits

# --------------------------------------------------------------------------- the shop

STAFF = (  # name, role, serves (share of visits as the member's favourite)
    ("林美玲", "owner"),
    ("陳志凱", "manager"),
    ("張雅婷", "cashier"),
    ("王小芸", "cashier"),  # assistant: washes and sells products
)

REWARDS = (  # name, points, stock (None = unlimited)
    ("洗髮精旅行組", 1500, 60),
    ("剪髮折價券 NT$200", 2000, None),
    ("精油洗髮一次", 2500, None),
    ("造型髮蠟", 3000, 40),
    ("頭皮舒緩精華", 5000, 25),
    ("深層護髮一次", 8000, None),
)

CATEGORIES = ("剪髮", "染髮", "燙髮", "護髮", "洗髮", "產品")
# prices in whole NT$, cheapest first
PRICES = {
    "剪髮": (450, 500, 600, 800),
    "染髮": (1800, 2200, 2800, 3500, 4200),
    "燙髮": (2200, 2800, 3200, 3800, 4800),
    "護髮": (800, 1200, 1500, 1800, 2200),
    "洗髮": (250, 300, 350),
    "產品": (380, 450, 580, 680, 880, 1200),
}
MEN_CUT = (300, 350, 400, 500)
CATEGORY_WEIGHTS = {  # per visit
    "F": (35, 17, 9, 14, 18, 7),
    "M": (74, 5, 3, 3, 12, 3),
}
PAYMENTS = ("cash", "card", "mobile", "transfer")
PAYMENT_WEIGHTS = (50, 22, 23, 5)
HOURS = tuple(range(10, 21))
HOUR_WEIGHTS = (2, 4, 4, 6, 8, 8, 8, 6, 6, 4, 2)

SURNAMES = (
    "陳林黃張李王吳劉蔡楊許鄭謝洪郭邱曾廖賴徐周葉蘇莊呂江何蕭羅高潘簡朱鍾彭游詹胡施沈余盧梁趙顏柯翁魏孫戴"
)
SURNAME_WEIGHTS = (
    110, 83, 60, 53, 52, 41, 40, 32, 29, 26, 23, 22, 19, 15, 15, 15, 14, 14, 13, 12, 12, 12, 12, 11, 10,
    10, 10, 10, 9, 9, 9, 8, 8, 8, 8, 7, 7, 7, 7, 7, 6, 6, 6, 6, 6, 5, 5, 5, 5, 5,
)
ROMAN = {
    "陳": "Chen", "林": "Lin", "黃": "Huang", "張": "Chang", "李": "Lee", "王": "Wang", "吳": "Wu",
    "劉": "Liu", "蔡": "Tsai", "楊": "Yang", "許": "Hsu", "鄭": "Cheng", "謝": "Hsieh", "洪": "Hung",
    "郭": "Kuo", "邱": "Chiu", "曾": "Tseng", "廖": "Liao", "賴": "Lai", "徐": "Hsu", "周": "Chou",
}
GIVEN_F = (
    "怡君 雅婷 淑芬 美玲 佳穎 欣怡 筱涵 雅雯 宜庭 詩涵 思妤 佩珊 家瑜 惠如 靜宜 郁婷 婉婷 心怡 品妍 姿穎 "
    "子晴 宛儒 玉珍 秀英 麗華 美惠 淑惠 雅琪 怡萱 芷晴 語彤 羽彤 沛晴 昀臻 詠晴 珮瑜 佳蓉 曉雯 慧君 淑娟 "
    "秀琴 麗娟 雅惠 郁雯 亭妤 湘婷 瑋婷 嘉玲 映彤 芸熙"
).split()
GIVEN_M = (
    "志明 家豪 冠宇 俊傑 建宏 承翰 宗翰 柏翰 彥廷 冠廷 志偉 俊宏 文華 建志 明哲 宇軒 家瑋 哲瑋 品睿 子豪 "
    "信宏 國華 志豪 政宏 偉倫 育誠 承恩 睿恩 柏宇 振宇 凱翔 俊廷 彥均 士傑 文傑"
).split()
CHARS_F = "怡婷雅淑美惠佳欣筱雯芳玲琪萱涵庭宜君慧靜珮瑜馨心思詩家鈺秀麗文嘉品姿郁佩柔宛蓉珊"
CHARS_M = "志家冠俊建承宗柏彥明宇哲睿子信國政偉育恩振凱廷均傑文豪翰宏華軒瑋誠"
ENGLISH_F = ("Amy", "Vivian", "Jessica", "Grace", "Cindy", "Ivy", "Tiffany", "Peggy", "Joanna", "Erin", "Sandy", "Una")
ENGLISH_M = ("Kevin", "Jason", "Eric", "Allen", "Ryan", "Leo", "Vincent", "Max")
MEMBER_NOTES = (
    "對染劑過敏，染髮前先做皮膚測試",
    "頭皮敏感，洗髮水溫不要太熱",
    "喜歡安靜，不太聊天",
    "習慣指定設計師",
    "用 LINE 聯絡比較方便",
    "髮量多，剪髮要多預留時間",
    "帶小孩一起來，需要兒童椅",
)
REFUND_REASONS = ("顧客不滿意染色效果，全額退款", "重複結帳，退款", "產品未拆封退貨")

# profile: (share, mean days between visits (low, high))
PROFILES = (
    ("regular", 36, (21, 42)),
    ("occasional", 24, (60, 130)),
    ("dormant", 27, (25, 70)),
    ("one_off", 13, (0, 0)),
)
DORMANT_DAYS = (60, 120, 200, 400)


@dataclass
class _Member:
    joined: int  # day offset from the start of history
    gender: str
    profile: str
    favourite: int  # staff index
    pay: int  # payment index
    level: float  # price level exponent (lower = spends more)
    stop: int  # day offset of the last visit (for dormant members)


def _is_empty(session: Session) -> bool:
    return all(
        session.scalar(select(func.count()).select_from(t)) == 0 for t in (Member, Sale, PointsEntry)
    )


def _next_id(session: Session, model) -> int:
    return (session.scalar(select(func.max(model.id))) or 0) + 1


def _insert(session: Session, model, rows: list[dict]) -> None:
    """One executemany per batch. Core on the table, not the ORM bulk path:
    that one splits a batch wherever the pattern of NULL columns changes
    (sale_id/refund_id/redemption_id in the ledger), into thousands of tiny
    statements."""
    conn = session.connection()
    for i in range(0, len(rows), BATCH):
        conn.execute(insert(model.__table__), rows[i : i + BATCH])


SALE_COLS = (
    "id", "sale_key", "member_id", "staff_id", "occurred_at", "total_cents", "points_spent",
    "points_discount_cents", "points_earned", "refunded_cents", "category", "payment_method",
    "status", "source", "note", "created_at",
)
ENTRY_COLS = (
    "id", "member_id", "occurred_at", "kind", "points", "balance_after", "shortfall", "sale_id",
    "refund_id", "redemption_id", "staff_id", "reason",
)
REFUND_COLS = (
    "id", "refund_key", "sale_id", "staff_id", "kind", "amount_cents", "points_taken_back",
    "points_returned", "shortfall_points", "reason", "occurred_at",
)
REDEMPTION_COLS = ("id", "redemption_key", "member_id", "reward_id", "staff_id", "points", "status", "occurred_at")


def _raw_insert(session: Session, table: str, columns: tuple, rows: list[tuple]) -> None:
    """executemany of plain tuples straight to the driver: the big tables
    (sales, ledger) spend most of their time in SQLAlchemy's per-row
    parameter processing otherwise. Values must already be in the driver's
    form (see :func:`_timestamp_writer`)."""
    if not rows:
        return
    conn = session.connection()
    mark = "?" if conn.dialect.paramstyle in ("qmark", "numeric") else "%s"
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join([mark] * len(columns))})"
    for i in range(0, len(rows), BATCH):
        conn.exec_driver_sql(sql, rows[i : i + BATCH])


def _timestamp_writer(session: Session):
    """A function giving a datetime in the form SQLAlchemy stores it.

    For SQLite that is text (``2026-11-01 17:49:00.000000``); ``isoformat``
    produces the same in C, checked here against SQLAlchemy's own processor
    so a change of storage format cannot go unnoticed. Other databases take
    the datetime itself.
    """
    dialect = session.get_bind().dialect
    proc = DateTime().dialect_impl(dialect).bind_processor(dialect)
    if proc is None:
        return lambda v: v
    sample = dt.datetime(2001, 2, 3, 4, 5, 6, 7)
    if proc(sample) == sample.isoformat(" ", "microseconds") and proc(sample.replace(microsecond=0)) == (
        sample.replace(microsecond=0).isoformat(" ", "microseconds")
    ):
        return lambda v: v.isoformat(" ", "microseconds")
    return proc


def _pick(rng: random.Random, cum: list[int]) -> int:
    """Index drawn with cumulative weights ``cum`` (faster than choices())."""
    return bisect.bisect(cum, rng.random() * cum[-1])


def _cum(weights) -> list[int]:
    return list(itertools.accumulate(weights))


_SURNAME_CUM = _cum(SURNAME_WEIGHTS)
_HOUR_CUM = _cum(HOUR_WEIGHTS)
_PAYMENT_CUM = _cum(PAYMENT_WEIGHTS)
_CATEGORY_CUM = {g: _cum(w) for g, w in CATEGORY_WEIGHTS.items()}


def _name(rng: random.Random, gender: str) -> str:
    surname = SURNAMES[_pick(rng, _SURNAME_CUM)]
    r = rng.random()
    if r < 0.05:  # "Amy Chen", as written on a card by the customer
        first = rng.choice(ENGLISH_F if gender == "F" else ENGLISH_M)
        return f"{first} {ROMAN.get(surname, 'Lin')}"
    if r < 0.08:  # "Vivian 林"
        return f"{rng.choice(ENGLISH_F if gender == 'F' else ENGLISH_M)} {surname}"
    if r < 0.11:  # the cashier only got "陳小姐"
        return surname + ("小姐" if gender == "F" else "先生")
    if r < 0.14:  # single-character given name
        return surname + rng.choice(CHARS_F if gender == "F" else CHARS_M)
    if r < 0.40:
        chars = CHARS_F if gender == "F" else CHARS_M
        return surname + rng.choice(chars) + rng.choice(chars)
    return surname + rng.choice(GIVEN_F if gender == "F" else GIVEN_M)


def _birthday(rng: random.Random, as_of: dt.date) -> tuple:
    r = rng.random()
    if r < 0.07:
        return (None, None, None)
    if r < 0.075:  # a leap-day birthday, with or without the year
        return (rng.choice((1984, 1988, 1992, 1996, 2000)) if rng.random() < 0.6 else None, 2, 29)
    age = min(80, max(16, int(rng.gauss(38, 12))))
    born = dt.date(as_of.year - age, 1, 1) + dt.timedelta(days=rng.randrange(365))
    year = None if r < 0.17 else born.year
    return (year, born.month, born.day)


def _open_day(start: dt.date, day: int, last_day: int) -> int:
    """The salon is closed on Mondays: move to the Sunday before or the
    Tuesday after (alternately, so neither day doubles)."""
    if (start + dt.timedelta(days=day)).weekday() == 0:
        return day + 1 if (day % 2 or day == 0) and day < last_day else day - 1
    return day


def _schedule(rng: random.Random, m: _Member, last_day: int, mean_range) -> list[int]:
    """Visit days for one member (day offsets from the start)."""
    if m.profile == "new":
        days = [m.joined]
        if last_day - m.joined > 6 and rng.random() < 0.3:
            days.append(m.joined + rng.randrange(5, last_day - m.joined + 1))
        return days
    if m.profile == "one_off":
        days = [m.joined]
        if rng.random() < 0.4:
            days.append(min(last_day, m.joined + rng.randrange(20, 90)))
        return days
    mean = rng.uniform(*mean_range)
    end = m.stop if m.profile == "dormant" else last_day
    days, day = [], m.joined
    while day <= end:
        days.append(day)
        day += max(7, int(rng.gauss(mean, mean * 0.22)))
    if m.profile == "dormant":
        if days and days[-1] > end - 7:
            days.pop()
        days.append(end)  # the last visit: exactly the dormancy ago
    return days


def build_demo(
    session: Session, *, members: int = 300, seed: int = 7, as_of: dt.date | None = None
) -> dict:
    """Fill an empty database with the demo salon.

    Args:
        members: how many members (about ten purchases each).
        seed: the same seed and ``as_of`` give the same shop.
        as_of: last day of the purchase history (default today).

    Returns:
        A summary: shop_name, as_of, members, purchases, redemptions,
        refunds, staff, rewards, ledger_entries.

    Raises:
        UserError: ``database_not_empty`` if there are members or sales.
    """
    as_of = as_of or dt.date.today()
    if not 1 <= members <= MAX_MEMBERS:
        raise ValueError(f"members must be from 1 to {MAX_MEMBERS}")
    if not _is_empty(session):
        raise UserError("database_not_empty")
    rng = random.Random(seed)
    start = as_of - dt.timedelta(days=DAYS)
    start_dt = dt.datetime.combine(start, dt.time())
    last_day = DAYS

    values = {"shop_name": SHOP_NAME, "currency": "TWD", "setup_done": True}
    if session.get(Setting, "language") is None:
        values["language"] = "zh_TW"
    shop_settings.put(session, **values)
    session.flush()
    rule = shop_settings.get_all(session)

    bind = session.get_bind()
    fast_sqlite = bind.dialect.name == "sqlite"
    if fast_sqlite:  # keep the indexes being filled in memory (default cache is 2 MB)
        old_cache = session.execute(text("PRAGMA cache_size")).scalar()
        session.execute(text("PRAGMA cache_size=-262144"))
    try:
        summary = _build(session, rng, members, as_of, start, start_dt, last_day, rule)
    finally:
        if fast_sqlite:
            session.execute(text(f"PRAGMA cache_size={int(old_cache)}"))
    if bind.dialect.name == "postgresql":  # explicit ids: move the sequences past them
        for table in ("staff", "rewards", "members", "sales", "refunds", "redemptions", "points_ledger"):
            session.execute(text(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT COALESCE(MAX(id), 1) FROM {table}))"
            ))
    # the follow-up list reads visit stats, kept by record_sale at the counter
    from app import memberstats

    memberstats.recompute_stats(session)
    # loyalty programmes (issue 6): tiers placed in bulk from the history, member day, stamps ...
    from app.programs import demo as programs_demo

    programs_demo.install(session, as_of=as_of)
    # stored value and session packages (issue 6): top-ups spent on later visits, part-used courses
    from app.programs import wallet_demo

    summary.update(wallet_demo.install(session, as_of=as_of, seed=seed))
    summary["shop_name"] = SHOP_NAME
    summary["as_of"] = as_of.isoformat()
    return summary


def _build(session, rng, n_members, as_of, start, start_dt, last_day, rule) -> dict:
    # --- staff and rewards (reuse the shop's own if it has some already)
    staff_ids = [sid for (sid,) in session.execute(select(Staff.id).where(Staff.active.is_(True)).order_by(Staff.id))]
    if not staff_ids:
        first = _next_id(session, Staff)
        _insert(session, Staff, [
            {"id": first + i, "name": name, "role": role, "active": True,
             "created_at": start_dt + dt.timedelta(hours=9)}
            for i, (name, role) in enumerate(STAFF)
        ])
        staff_ids = [first + i for i in range(len(STAFF))]
    designers = staff_ids[:3] if len(staff_ids) > 3 else staff_ids
    assistant = staff_ids[3] if len(staff_ids) > 3 else staff_ids[-1]

    rewards = [(rid, name, cost, stock) for rid, name, cost, stock in session.execute(
        select(Reward.id, Reward.name, Reward.points_cost, Reward.stock)
        .where(Reward.active.is_(True)).order_by(Reward.points_cost, Reward.id))]
    if not rewards:
        first = _next_id(session, Reward)
        rows = []
        for i, (name, cost, stock) in enumerate(REWARDS):
            # stocked items get enough for the shop's size, and keep some left
            stock = None if stock is None else stock + n_members // 40
            rows.append({"id": first + i, "name": name, "points_cost": cost, "stock": stock,
                         "active": True, "created_at": start_dt + dt.timedelta(hours=9)})
            rewards.append((first + i, name, cost, stock))
        rows.append({"id": first + len(REWARDS), "name": "週年紀念帆布袋", "points_cost": 1200,
                     "stock": 0, "active": False, "created_at": start_dt + dt.timedelta(hours=9)})
        _insert(session, Reward, rows)
    stock = {rid: s for rid, _, _, s in rewards}
    reserve = {rid: (None if s is None else max(3, s // 5)) for rid, _, _, s in rewards}

    # --- members, in order of joining (ids follow signing up, as at the counter)
    people: list[_Member] = []
    n_new = max(min(3, n_members), n_members * 2 // 100)
    for i in range(n_members):
        if i < n_new:
            joined = last_day - rng.randrange(14)
        elif rng.random() < 0.3:
            joined = rng.randrange(30)  # signed up when the card was launched
        else:
            joined = rng.randrange(30, last_day - 14)
        gender = "F" if rng.random() < 0.76 else "M"
        if i < n_new:
            profile = "new"
        else:
            profile = rng.choices([p[0] for p in PROFILES], [p[1] for p in PROFILES])[0]
        stop = last_day
        if profile == "dormant":
            gap = rng.choice(DORMANT_DAYS) + rng.randrange(6)
            if last_day - gap - joined < 10:
                joined = max(0, last_day - gap - rng.randrange(10, 300))
            stop = last_day - gap
            if stop < joined:
                profile, stop = "one_off", last_day
            stop = _open_day(start, stop, last_day)
        joined = _open_day(start, joined, last_day)
        people.append(_Member(
            joined, gender, profile, rng.randrange(len(designers)),
            _pick(rng, _PAYMENT_CUM),
            rng.choice((0.5, 1.0, 1.0, 1.6)), stop,
        ))
    people.sort(key=lambda m: m.joined)

    first_member = _next_id(session, Member)
    phones = rng.sample(range(100_000_000), n_members)
    numbers: list[str] = []
    seen_numbers: set[str] = set()
    while len(numbers) < n_members:
        body = "".join(rng.choices(cardno.ALPHABET, k=cardno.BODY_LEN))
        code = body + cardno.check_char(body)
        if code not in seen_numbers:
            seen_numbers.add(code)
            numbers.append(code)
    member_rows = []
    for i, m in enumerate(people):
        digits = f"09{phones[i]:08d}"
        by, bm, bd = _birthday(rng, as_of)
        referrer = None
        if i > 20 and rng.random() < 0.12:
            referrer = first_member + rng.randrange(i)
        member_rows.append({
            "id": first_member + i,
            "member_no": numbers[i],
            "name": _name(rng, m.gender),
            "phone": f"{digits[:4]}-{digits[4:7]}-{digits[7:]}",
            "phone_norm": digits,
            "phone_last4": digits[-4:],
            "gender": m.gender if rng.random() < 0.97 else None,
            "birth_year": by, "birth_month": bm, "birth_day": bd,
            "joined_on": start + dt.timedelta(days=m.joined),
            "referred_by_id": referrer,
            "notes": rng.choice(MEMBER_NOTES) if rng.random() < 0.05 else "",
            "points_balance": 0,
            "last_purchase_at": None,
            "created_at": start_dt + dt.timedelta(days=m.joined, hours=10),
        })
        if len(member_rows) >= BATCH:
            _insert(session, Member, member_rows)
            member_rows = []
    _insert(session, Member, member_rows)
    del member_rows, phones, numbers, seen_numbers

    # --- visits, packed into one int each so two million sort in little memory:
    # minute(21 bits) | member(22) | category(3) | price index(3) | staff(3) | payment(3),
    # 8 bytes each in one array per day (a list of Python ints took 36 bytes a
    # visit: 360 MB at 1,000,000 members); sorting each day in turn is the same
    # order as sorting them all, the minute being the top bits
    mean_range = {p[0]: p[2] for p in PROFILES}
    by_day = [array("Q") for _ in range(last_day + 2)]
    for idx, m in enumerate(people):
        cat_cum = _CATEGORY_CUM[m.gender]
        for day in _schedule(rng, m, last_day, mean_range.get(m.profile, (30, 30))):
            day = _open_day(start, day, last_day)
            minute = day * 1440 + HOURS[_pick(rng, _HOUR_CUM)] * 60 + rng.randrange(60)
            cat = _pick(rng, cat_cum)
            if cat in (4, 5) and rng.random() < 0.6:
                served = len(designers)  # the assistant (index into all_staff)
            elif rng.random() < 0.8:
                served = m.favourite
            else:
                served = rng.randrange(len(designers))
            pay = m.pay if rng.random() < 0.7 else _pick(rng, _PAYMENT_CUM)
            n_prices = len(MEN_CUT if (cat == 0 and m.gender == "M") else PRICES[CATEGORIES[cat]])
            price = min(n_prices - 1, int(rng.random() ** m.level * n_prices))
            by_day[minute // 1440].append((((((minute << 22 | idx) << 3 | cat) << 3 | price) << 3 | served) << 3) | pay)
            if cat != 5 and rng.random() < 0.08:  # bought a product on the way out
                p2 = min(5, int(rng.random() ** m.level * 6))
                later = minute + 25 + rng.randrange(20)
                by_day[later // 1440].append((((((later << 22 | idx) << 3 | 5) << 3 | p2) << 3 | served) << 3) | pay)

    def in_time_order():
        for day in range(len(by_day)):
            todays, by_day[day] = sorted(by_day[day]), None  # each day's array freed once read
            yield from todays

    # --- replay the history in time order: sales, points, redemptions, refunds
    all_staff = list(designers) + [assistant]
    n_sales = sum(len(d) for d in by_day)
    refund_at = set(rng.sample(range(n_sales), min(n_sales, max(2, n_sales // 1000))))
    balance = [0] * n_members
    last_at: list[dt.datetime | None] = [None] * n_members
    sale_id = _next_id(session, Sale)
    entry_id = _next_id(session, PointsEntry)
    refund_id = _next_id(session, Refund)
    red_id = _next_id(session, Redemption)
    step, step_value = rule["redeem_points"], rule["redeem_value_cents"]
    cheapest = min((cost for _, _, cost, _ in rewards), default=None)
    sales_buf, entries_buf, refunds_buf, reds_buf = [], [], [], []
    counts = {"purchases": 0, "refunds": 0, "redemptions": 0, "ledger_entries": 0}
    minute_cache: dict[int, dt.datetime] = {}

    ts = _timestamp_writer(session)

    def flush():
        _raw_insert(session, Sale.__tablename__, SALE_COLS, sales_buf)
        _raw_insert(session, Refund.__tablename__, REFUND_COLS, refunds_buf)
        _raw_insert(session, Redemption.__tablename__, REDEMPTION_COLS, reds_buf)
        _raw_insert(session, PointsEntry.__tablename__, ENTRY_COLS, entries_buf)
        counts["ledger_entries"] += len(entries_buf)
        sales_buf.clear(), refunds_buf.clear(), reds_buf.clear(), entries_buf.clear()

    def entry(member_id, when, kind, pts, after, staff_id, sale=None, refund=None, redemption=None, reason=""):
        nonlocal entry_id
        entries_buf.append((entry_id, member_id, when, kind, pts, after, 0, sale, refund, redemption,
                            staff_id, reason))
        entry_id += 1

    earn_cache: dict[int, int] = {}
    for n, packed in enumerate(in_time_order()):
        pay = packed & 7
        served = (packed >> 3) & 7
        price_i = (packed >> 6) & 7
        cat = (packed >> 9) & 7
        idx = (packed >> 12) & 0x3FFFFF
        when = start_dt + dt.timedelta(minutes=packed >> 34)
        at = ts(when)
        member_id = first_member + idx
        prices = MEN_CUT if (cat == 0 and people[idx].gender == "M") else PRICES[CATEGORIES[cat]]
        total = prices[price_i] * 100
        staff_id = all_staff[served]
        bal = balance[idx]
        spent = discount = 0
        # "use my points today": more likely the more there is to use
        if bal >= 10 * step and rng.random() < min(0.5, bal / (400 * step)):
            spent = min(bal // step, (total // 2) // step_value) * step
            discount = spent // step * step_value
        paid = total - discount
        earned = earn_cache.get(paid)
        if earned is None:
            earned = earn_cache[paid] = points_for(paid, rule)
        refunded = n in refund_at
        sales_buf.append((
            sale_id, f"demo-{sale_id:09d}", member_id, staff_id, at, total, spent, discount, earned,
            paid if refunded else 0, CATEGORIES[cat], PAYMENTS[pay],
            "refunded" if refunded else "completed", "demo", "", at,
        ))
        if spent:
            bal -= spent
            entry(member_id, at, "spend", -spent, bal, staff_id, sale=sale_id)
        if earned:
            bal += earned
            entry(member_id, at, "earn", earned, bal, staff_id, sale=sale_id)
        if refunded:  # the same day: give back spent points, take back earned ones
            later = ts(when + dt.timedelta(minutes=30))
            reason = rng.choice(REFUND_REASONS)
            refunds_buf.append((
                refund_id, f"demo-refund-{refund_id:07d}", sale_id, staff_ids[0], "refund", paid,
                earned, spent, 0, reason, later,
            ))
            if spent:
                bal += spent
                entry(member_id, later, "return", spent, bal, staff_ids[0],
                      sale=sale_id, refund=refund_id, reason=reason)
            if earned:
                bal -= earned
                entry(member_id, later, "take_back", -earned, bal, staff_ids[0],
                      sale=sale_id, refund=refund_id, reason=reason)
            refund_id += 1
            counts["refunds"] += 1
        elif cheapest is not None and bal >= cheapest and rng.random() < 0.04:
            choices = [r for r in rewards if r[2] <= bal and (stock[r[0]] is None or stock[r[0]] > reserve[r[0]])]
            if choices:
                rid, rname, cost, _ = rng.choice(choices)
                later = ts(when + dt.timedelta(minutes=2))
                reds_buf.append((
                    red_id, f"demo-redeem-{red_id:07d}", member_id, rid, staff_id, cost, "done", later,
                ))
                bal -= cost
                entry(member_id, later, "redeem", -cost, bal, staff_id, redemption=red_id, reason=rname)
                if stock[rid] is not None:
                    stock[rid] -= 1
                red_id += 1
                counts["redemptions"] += 1
        balance[idx] = bal
        last_at[idx] = when
        sale_id += 1
        if len(sales_buf) >= BATCH:
            flush()
    flush()
    counts["purchases"] = n_sales
    del by_day

    # --- cached balances and last purchase, then what is left in stock
    stmt = (
        update(Member).where(Member.id == bindparam("b_id"))
        .values(points_balance=bindparam("b_pts"), last_purchase_at=bindparam("b_at"))
    )
    conn = session.connection()
    params = []
    for idx in range(n_members):
        if last_at[idx] is not None:
            params.append({"b_id": first_member + idx, "b_pts": balance[idx], "b_at": last_at[idx]})
        if len(params) >= BATCH:
            conn.execute(stmt, params)
            params = []
    if params:
        conn.execute(stmt, params)
    for rid, s in stock.items():
        session.execute(update(Reward).where(Reward.id == rid).values(stock=s))
    session.flush()
    counts.update(members=n_members, staff=len(staff_ids),
                  rewards=session.scalar(select(func.count()).select_from(Reward)))
    return counts


def after_load(shop) -> None:
    """Refresh the query planner's statistics after a big load (cheap, and
    the member list and reports then pick the right indexes)."""
    if shop.dialect == "sqlite":
        with shop.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA optimize")
            conn.commit()
