"""Screenshots of Manage → Audit and Manage → Staff (README), in zh_TW and en:
a day's sign-ins, a cashier refused a manual adjustment, the owner's
adjustment and a cashier switch, recorded through the real services.

    .venv/bin/python scripts/screenshots_trust.py OUT_DIR [LANG ...]
"""
import datetime as dt
import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.screenshots import build_shop, open_window, settle  # noqa: E402


def act(path: Path) -> None:
    from app import auth, members, points, sales, staff
    from app.errors import UserError
    from app.shop import Shop

    shop = Shop(f"sqlite:///{path}")
    with shop.transaction() as s:
        people = {v.role: v for v in staff.list_staff(s)}
        for v in staff.list_staff(s):
            staff.set_pin(s, v.id, "1234" if v.role == "owner" else "5678")
        member = members.find(s, "林")[0]
    now = dt.datetime.now().replace(microsecond=0)
    owner, cashier = people["owner"], people["cashier"]
    with shop.transaction() as s:
        staff.sign_in(s, owner.id, "1234", now=now - dt.timedelta(hours=3))
    with shop.transaction() as s:
        staff.sign_in(s, cashier.id, "0000", now=now - dt.timedelta(hours=2))
    with shop.transaction() as s:
        staff.sign_in(s, cashier.id, "5678", now=now - dt.timedelta(hours=2), switch_from=staff.actor_for(owner))
    shop.actor = staff.actor_for(cashier)
    with shop.transaction() as s:
        sales.record_sale(s, sale_key="shot-1", member_id=member.id, amount_cents=128000)
    try:
        with shop.transaction() as s:
            points.adjust(s, member_id=member.id, points=500, reason="朋友")
    except UserError:
        pass  # refused and audited: the picture shows it
    shop.actor = auth.SYSTEM
    with shop.transaction() as s:
        staff.sign_in(s, owner.id, "1234", now=now - dt.timedelta(minutes=30), switch_from=staff.actor_for(cashier))
    shop.actor = staff.actor_for(owner)
    with shop.transaction() as s:
        points.adjust(s, member_id=member.id, points=50, reason="生日禮")
    shop.close()


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    langs = sys.argv[2:] or ["zh_TW", "en"]
    from app import staff
    from ui.app import make_application

    app = make_application(sys.argv[:1])
    work = Path(tempfile.mkdtemp())
    tpl = work / "demo.db"
    build_shop(tpl)
    act(tpl)
    for lang in langs:
        db = work / f"{lang}.db"
        shutil.copyfile(tpl, db)
        window, ctx, shop = open_window(db, lang, app)
        with shop.read() as s:
            owner = next(v for v in staff.list_staff(s) if v.role == "owner")
        ctx.sign_in_as(staff.actor_for(owner))
        window.show_tab("audit")
        audit_tab = window.tab("audit")
        if hasattr(audit_tab, "reload"):
            audit_tab.reload()
        settle(app, ctx, 1.0)
        window.grab().save(str(out / f"trust_audit_{lang}.png"))
        window.show_tab("staff")
        settle(app, ctx, 0.5)
        window.grab().save(str(out / f"trust_staff_{lang}.png"))
        window.close()
        settle(app, ctx, 0)
        shop.close()
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
