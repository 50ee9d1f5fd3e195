"""Many believable members, fast: a bulk INSERT straight into the members
table for list, paging and benchmark tests (signing up 100,000 members one by
one through app.members would take minutes).

Names repeat on purpose (ties on the sort key), a fifth never bought
anything (NULL last visit), and many have 0 points.
"""
from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import insert

from app import cardno
from db.models import Member

SURNAMES = "王李張劉陳楊黃趙吳周徐孫馬朱胡郭何林羅高"
GIVEN = ["小明", "美玲", "志強", "淑芬", "建國", "怡君", "家豪", "雅婷", "俊傑", "詩涵", "秀英", "伟", "芳", "娜", "敏"]
LATIN = ["Alice Chen", "Bob Lin", "Carol Wang", "David Lee", "Emily Huang", "Frank Wu", "Grace Tsai", "Henry Liu"]


def card_no(i: int) -> str:
    """A valid, unique card number for the i-th test member."""
    body = ""
    for _ in range(cardno.BODY_LEN):
        body = cardno.ALPHABET[i % cardno.N] + body
        i //= cardno.N
    return body + cardno.check_char(body)


def member_values(i: int, rng: random.Random, today: dt.date) -> dict:
    if rng.random() < 0.15:
        name = rng.choice(LATIN)
    else:
        name = rng.choice(SURNAMES) + rng.choice(GIVEN)
    phone_norm = f"09{i:08d}"
    has_bday = rng.random() < 0.8
    bm, bd = (rng.randint(1, 12), rng.randint(1, 28)) if has_bday else (None, None)
    by = rng.randint(1950, 2005) if has_bday and rng.random() < 0.7 else None
    last = None
    if rng.random() < 0.8:
        last = dt.datetime.combine(today, dt.time(10)) - dt.timedelta(days=rng.randint(0, 700), minutes=rng.randint(0, 600))
    return dict(
        member_no=card_no(i),
        name=name,
        phone=f"{phone_norm[:4]}-{phone_norm[4:7]}-{phone_norm[7:]}",
        phone_norm=phone_norm,
        phone_last4=phone_norm[-4:],
        gender=rng.choice(["F", "F", "M", None]),
        birth_year=by,
        birth_month=bm,
        birth_day=bd,
        joined_on=today - dt.timedelta(days=rng.randint(0, 1000)),
        notes="",
        points_balance=0 if rng.random() < 0.4 else rng.randint(1, 3000),
        last_purchase_at=last,
        created_at=dt.datetime(2024, 1, 1),
    )


def bulk_insert_members(shop, n: int, *, seed: int = 1, start: int = 0, today: dt.date | None = None) -> None:
    """Insert ``n`` members (numbered from ``start``) in batches."""
    rng = random.Random(seed)
    today = today or dt.date.today()
    batch = 20_000
    for lo in range(start, start + n, batch):
        rows = [member_values(i, rng, today) for i in range(lo, min(lo + batch, start + n))]
        with shop.transaction() as s:
            s.execute(insert(Member), rows)
