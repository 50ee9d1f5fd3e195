"""Stored value and session packages in the demo salon (called by app.demo.build_demo).

About one regular in ten tops up (NT$1,000 / 2,000 / 3,000 / 5,000 with
the salon's bonus tiers) the visit before one in the last half year, and pays
most later visits from the balance until it runs out, so some wallets are empty,
some part spent, and the newest untouched. About one care customer in ten
bought a hair-care course on a visit whose price matches it (the visit *is*
the package's sale, so points, spend and follow-up figures stay exactly as
generated) and used it on later visits; one is picked to expire soon, and
courses past their date are expired by the real job.

Everything is built in Python and written with executemany, reading only the
sales of the chosen members, so the demo stays fast at 200,000 members; the
ledgers follow the services' rules (bonus tiers, spend order, running
balances), so :func:`app.check.check` finds nothing.
"""
from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import bindparam, func, insert, select, text, update
from sqlalchemy.orm import Session

from app import settings as shop_settings
from app.programs import packages, wallet
from db.models import Member, Sale
from db.wallet_models import MemberPackage, PackageEntry, PackageType, Wallet, WalletEntry, WalletTopUp

TIERS = [[100000, 10000], [300000, 40000], [500000, 80000]]  # 1,000 → +100; 3,000 → +400; 5,000 → +800
TOPUPS = (100000, 200000, 300000, 500000)
TOPUP_WEIGHTS = (4, 2, 3, 1)
COURSES = (  # name, service, sessions, price (a 護髮 price point of the demo), valid days, valid months
    ("頭皮舒緩療程 4 次", "護髮", 4, 180000, 90, None),
    ("深層護髮 3 次", "護髮", 3, 220000, None, 6),
)
CHUNK = 900  # ids per IN (...), under SQLite's old 999-parameter limit


def _sales_of(session: Session, member_ids: list[int], since: dt.datetime):
    """(member_id, sale_id, occurred_at, paid, total, category, staff_id, payment) of
    completed sales since ``since``, by member and time."""
    rows = []
    for i in range(0, len(member_ids), CHUNK):
        rows += session.execute(
            select(Sale.member_id, Sale.id, Sale.occurred_at, Sale.paid_cents, Sale.total_cents, Sale.category,
                   Sale.staff_id, Sale.payment_method)
            .where(Sale.member_id.in_(member_ids[i:i + CHUNK]), Sale.occurred_at >= since,
                   Sale.status == "completed")
        ).all()
    rows.sort(key=lambda r: (r[0], r[2], r[1]))
    return rows


def install(session: Session, *, as_of: dt.date, seed: int = 7) -> dict:
    """Add top-ups, wallet payments and packages to the freshly generated demo shop."""
    rng = random.Random(seed * 1009 + 6)
    shop_settings.put(session, wallet_bonus_tiers=TIERS, wallet_spend_order="pro_rata")
    order = "pro_rata"
    now = dt.datetime.combine(as_of, dt.time(20, 0))
    year_ago = now - dt.timedelta(days=365)
    regulars = [mid for (mid,) in session.execute(
        select(Member.id).where(Member.last_purchase_at >= now - dt.timedelta(days=60)).order_by(Member.id))]
    chosen = sorted(rng.sample(regulars, max(1, len(regulars) // 10))) if regulars else []
    sales = _sales_of(session, chosen, year_ago)
    by_member: dict[int, list] = {}
    for r in sales:
        by_member.setdefault(r[0], []).append(r)

    topup_id = (session.scalar(select(func.max(WalletTopUp.id))) or 0) + 1
    topups, entries, wallets, paid_updates = [], [], [], []
    for mid in chosen:
        visits = by_member.get(mid, [])
        if len(visits) < 2:
            continue
        first = rng.randrange((len(visits) - 1) // 2, len(visits) - 1)  # later in the year: some left
        _, _, when, _, _, _, staff, method = visits[first]
        at = when - dt.timedelta(minutes=5)
        amount = rng.choices(TOPUPS, TOPUP_WEIGHTS)[0]
        bonus = wallet.bonus_for(amount, TIERS)
        topups.append({"id": topup_id, "topup_key": f"demo-topup-{topup_id:07d}", "member_id": mid,
                       "staff_id": staff, "occurred_at": at, "amount_cents": amount, "paid_units": amount,
                       "bonus_units": bonus, "payment_method": method, "points_earned": 0, "status": "completed",
                       "refund_key": None, "refunded_cents": 0, "refunded_units": 0, "forfeited_units": 0,
                       "refunded_at": None, "note": ""})
        p, b = amount, 0
        entries.append({"member_id": mid, "occurred_at": at, "kind": "topup", "paid_units": amount,
                        "bonus_units": 0, "paid_after": p, "bonus_after": b, "sale_id": None,
                        "topup_id": topup_id, "staff_id": staff, "reason": ""})
        if bonus:
            b = bonus
            entries.append({"member_id": mid, "occurred_at": at, "kind": "bonus", "paid_units": 0,
                            "bonus_units": bonus, "paid_after": p, "bonus_after": b, "sale_id": None,
                            "topup_id": topup_id, "staff_id": staff, "reason": ""})
        for _, sale_id, s_at, paid, _, _, s_staff, _ in visits[first:]:
            if p + b == 0:
                break
            if paid <= 0 or rng.random() < 0.3:  # some visits paid by card or cash anyway
                continue
            use = min(paid, p + b)
            dp, db = wallet.split(p, b, use, order)
            p, b = p - dp, b - db
            entries.append({"member_id": mid, "occurred_at": s_at, "kind": "pay", "paid_units": -dp,
                            "bonus_units": -db, "paid_after": p, "bonus_after": b, "sale_id": sale_id,
                            "topup_id": None, "staff_id": s_staff, "reason": ""})
            paid_updates.append({"b_id": sale_id, "b_w": use})
        wallets.append({"member_id": mid, "paid_units": p, "bonus_units": b, "updated_at": now})
        topup_id += 1
    conn = session.connection()
    if topups:
        conn.execute(insert(WalletTopUp.__table__), topups)
        conn.execute(insert(Wallet.__table__), wallets)
        conn.execute(insert(WalletEntry.__table__), entries)
    if paid_updates:
        conn.execute(update(Sale.__table__).where(Sale.__table__.c.id == bindparam("b_id"))
                     .values(wallet_cents=bindparam("b_w")), paid_updates)
    wallet_sales = {u["b_id"] for u in paid_updates}

    n_packages = _packages(session, rng, now, wallet_sales)
    packages.expire_packages(session, now=now)
    if session.get_bind().dialect.name == "postgresql":
        for table in ("wallet_topups", "member_packages", "package_types"):
            session.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                 f"(SELECT COALESCE(MAX(id), 1) FROM {table}))"))
    session.flush()
    return {"topups": len(topups), "packages": n_packages}


def _packages(session: Session, rng: random.Random, now: dt.datetime, taken: set[int]) -> int:
    """Turn some care visits into course purchases and use them on later visits."""
    created = now - dt.timedelta(days=400)
    types = []
    for name, service, sessions, price, days, months in COURSES:
        t = PackageType(name=name, service=service, sessions=sessions, price_cents=price, valid_days=days,
                        valid_months=months, active=True, created_at=created)
        session.add(t)
        types.append(t)
    session.flush()
    by_price = {t.price_cents: t for t in types}
    since = now - dt.timedelta(days=240)
    cands = session.execute(
        select(Sale.member_id, Sale.id, Sale.occurred_at, Sale.staff_id, Sale.total_cents)
        .where(Sale.category == "護髮", Sale.total_cents.in_(list(by_price)), Sale.status == "completed",
               Sale.occurred_at >= since, Sale.points_spent == 0, Sale.member_id.is_not(None))
        .order_by(Sale.id)
    ).all()
    cands = [c for c in cands if c[1] not in taken]
    if not cands:
        return 0
    short = next(t for t in types if t.valid_days)
    # one course bought so that it runs out in about ten days: the follow-up list shows it
    target = now.date() + dt.timedelta(days=10) - dt.timedelta(days=short.valid_days)
    near = min((c for c in cands if c[4] == short.price_cents),
               key=lambda c: abs((c[2].date() - target).days), default=None)
    picked, seen = [], set()
    for c in cands:
        if (c is near or rng.random() < 0.35) and c[0] not in seen:
            picked.append(c)
            seen.add(c[0])
    if near is not None and near not in picked and near[0] not in seen:
        picked.append(near)
    later = {}
    members = sorted({c[0] for c in picked})
    for i in range(0, len(members), CHUNK):
        for mid, sid, at, staff in session.execute(
            select(Sale.member_id, Sale.id, Sale.occurred_at, Sale.staff_id)
            .where(Sale.member_id.in_(members[i:i + CHUNK]), Sale.occurred_at >= since,
                   Sale.category.in_(("護髮", "洗髮")), Sale.status == "completed")
        ):
            later.setdefault(mid, []).append((at, sid, staff))
    pkg_id = (session.scalar(select(func.max(MemberPackage.id))) or 0) + 1
    pkgs, entries = [], []
    for mid, sale_id, sold_at, staff, price in picked:
        t = by_price[price]
        expires = packages.expiry_date(sold_at.date(), t.valid_days, t.valid_months)
        left = t.sessions
        entries.append({"package_id": pkg_id, "occurred_at": sold_at, "kind": "sold", "sessions": t.sessions,
                        "remaining_after": left, "use_key": None, "sale_id": sale_id, "staff_id": staff,
                        "reason": ""})
        uses = sorted(v for v in later.get(mid, []) if v[0] > sold_at and v[0].date() <= expires)
        want = rng.randrange(0, t.sessions)  # never all: part-used courses are the interesting ones
        for k, (at, _sid, s_staff) in enumerate(uses[:want]):
            left -= 1
            entries.append({"package_id": pkg_id, "occurred_at": at + dt.timedelta(minutes=1), "kind": "use",
                            "sessions": -1, "remaining_after": left,
                            "use_key": f"demo-use-{pkg_id:07d}-{k}", "sale_id": None, "staff_id": s_staff,
                            "reason": ""})
        pkgs.append({"id": pkg_id, "member_id": mid, "type_id": t.id, "sale_id": sale_id, "name": t.name,
                     "service": t.service, "sessions": t.sessions, "remaining": left, "sold_at": sold_at,
                     "expires_on": expires, "status": "active"})
        pkg_id += 1
    if pkgs:  # an empty executemany would insert one row of defaults
        conn = session.connection()
        conn.execute(insert(MemberPackage.__table__), pkgs)
        conn.execute(insert(PackageEntry.__table__), entries)
    return len(pkgs)
