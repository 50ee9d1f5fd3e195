"""Child process of tests/app/test_crash.py: records sales until killed.

Usage: python tests/app/crash_child.py DB_URL ROUND

Each sale is recorded with the real services in its own transaction; its
``sale_key`` is printed (and flushed) only after the transaction committed,
exactly when the counter would show "saved". Members sign up and points are
spent along the way so the points ledger is written mid-loop too.
"""
from __future__ import annotations

import itertools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import select  # noqa: E402

from app import members, sales  # noqa: E402
from app.errors import UserError  # noqa: E402
from app.shop import Shop  # noqa: E402
from db.models import Member  # noqa: E402


def main(url: str, prefix: str) -> None:
    shop = Shop(url, auto_migrate=False)
    with shop.read() as s:
        member_ids = list(s.scalars(select(Member.id).order_by(Member.id)))
    print("ready", flush=True)
    for n in itertools.count():
        key = f"{prefix}-{n}"
        with shop.transaction() as s:
            if n % 7 == 0 or not member_ids:
                m = members.sign_up(s, name=f"客人{prefix}{n}", phone=f"09{int(prefix):03d}{n:05d}")
                member_ids.append(m.id)
            member_id = member_ids[n % len(member_ids)]
            spend = 100 if n % 3 == 0 else 0
            try:
                with s.begin_nested():
                    sales.record_sale(s, sale_key=key, member_id=member_id, amount_cents=12_345 + n,
                                      points_to_spend=spend)
            except UserError:  # not enough points yet: sell without spending
                sales.record_sale(s, sale_key=key, member_id=member_id, amount_cents=12_345 + n)
        print(key, flush=True)  # only now is it "saved"


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
