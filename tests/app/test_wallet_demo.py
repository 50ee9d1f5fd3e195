"""The demo salon shows stored value and packages at work, and stays consistent."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from app import check, followups
from app.demo import build_demo
from db.models import Sale
from db.wallet_models import MemberPackage, PackageEntry, Wallet, WalletTopUp

AS_OF = dt.date(2026, 11, 20)


def test_demo_has_topups_wallet_payments_and_packages(shop):
    with shop.transaction() as s:
        summary = build_demo(s, members=300, seed=7, as_of=AS_OF)
    assert summary["topups"] > 0 and summary["packages"] > 0
    with shop.read() as s:
        assert check.check(s) == []
        bonus = s.scalar(select(func.count()).select_from(WalletTopUp).where(WalletTopUp.bonus_units > 0))
        assert bonus > 0
        left = s.execute(select(Wallet.paid_units + Wallet.bonus_units)).scalars().all()
        topped = s.execute(select(WalletTopUp.member_id, WalletTopUp.amount_cents + WalletTopUp.bonus_units)).all()
        assert any(0 < v for v in left), "some stored value is left"
        assert any(0 < left_v < dict(topped)[m] for m, left_v in s.execute(
            select(Wallet.member_id, Wallet.paid_units + Wallet.bonus_units))), "some is part spent"
        assert s.scalar(select(func.count()).select_from(Sale).where(Sale.wallet_cents > 0)) > 0
        open_pkgs = s.execute(select(MemberPackage.sessions, MemberPackage.remaining, MemberPackage.expires_on)
                              .where(MemberPackage.status == "active")).all()
        assert any(0 < rem < n for n, rem, _ in open_pkgs), "a part-used course"
        assert any(e is not None and 0 <= (e - AS_OF).days <= 30 for _, _, e in open_pkgs), "one near expiry"
        assert s.scalar(select(func.count()).select_from(PackageEntry).where(PackageEntry.kind == "use")) > 0
        items = followups.due_list(s, AS_OF)
    assert any(i.reason == "unused_balance" or "unused_balance" in i.other_reasons for i in items)


def test_a_tiny_demo_without_package_candidates_still_builds(shop):
    with shop.transaction() as s:
        summary = build_demo(s, members=20, seed=7, as_of=dt.date(2026, 3, 15))
    with shop.read() as s:
        assert check.check(s) == []
        assert s.scalar(select(func.count()).select_from(MemberPackage)) == summary["packages"]
