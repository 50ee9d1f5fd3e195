"""Screenshots of the Counter after a member-day sale of a gold member on her
birthday, and of Manage → Programs (README), in zh_TW and en:

    .venv/bin/python scripts/screenshots_programs.py OUT_DIR [LANG ...]
"""
import datetime as dt, os, shutil, sys, tempfile
from pathlib import Path
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent; sys.path.insert(0, str(ROOT))
from scripts.screenshots import open_window, settle, SIZE
from sqlalchemy import select, update
out = Path(sys.argv[1]); out.mkdir(parents=True, exist_ok=True)
langs = sys.argv[2:] or ["zh_TW", "en"]
from ui.app import make_application
app = make_application(sys.argv[:1])
work = Path(tempfile.mkdtemp())
from app.shop import Shop
from app.demo import build_demo
from app.programs import config
from db.models import Member
from db.program_models import MemberProgram, Tier
today = dt.date.today()
tpl = work / "demo.db"
shop = Shop(f"sqlite:///{tpl}")
with shop.transaction() as s:
    build_demo(s, members=300, seed=7)
    config.save(s, prog_member_day={"kind": "month_day", "day": today.day, "multiplier_pct": 200})
    gold = s.scalar(select(Tier.id).where(Tier.name == "金卡"))
    mid = s.scalars(select(Member.id).join(MemberProgram, MemberProgram.member_id == Member.id)
                    .where(MemberProgram.tier_id == gold).order_by(Member.points_balance.desc())).first()
    s.execute(update(Member).where(Member.id == mid).values(birth_month=today.month, birth_day=today.day))
shop.close()
for lang in langs:
    db = work / f"{lang}.db"; shutil.copyfile(tpl, db)
    w, ctx, shop = open_window(db, lang, app)
    c = w.counter
    c.show_member_id(mid); settle(app, ctx)
    c.amount_edit.setText("1,280"); c.category_combo.setEditText("護髮"); settle(app, ctx, 0.2)
    w.grab().save(str(out / f"counter_before_{lang}.png"))
    c.record_sale(); settle(app, ctx, 1.0)
    w.grab().save(str(out / f"programs_counter_{lang}.png"))
    page = w.tab("programs"); w.show_tab("programs"); settle(app, ctx, 0.5)
    w.grab().save(str(out / f"programs_settings_{lang}.png"))
    sc = page.findChild(__import__("PySide6.QtWidgets", fromlist=["QScrollArea"]).QScrollArea)
    sc.verticalScrollBar().setValue(sc.verticalScrollBar().maximum()); settle(app, ctx, 0.3)
    w.grab().save(str(out / f"programs_settings2_{lang}.png"))
    w.close(); settle(app, ctx, 0); shop.close()
shutil.rmtree(work, ignore_errors=True)
print("ok")
