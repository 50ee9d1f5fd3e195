"""Screenshots of the Counter and Members tabs for the README.

Builds a throw-away demo shop, opens the main window at 1280×800 (offscreen
unless a display is asked for), puts a member at the Counter and records a
sale the way a cashier would, then grabs each tab in each language:

    .venv/bin/python scripts/screenshots.py                      # zh_TW and en
    .venv/bin/python scripts/screenshots.py --lang zh_CN --out /tmp/shots
    .venv/bin/python scripts/screenshots.py --bundled-font-only  # prove the bundled CJK font is used

``--bundled-font-only`` hides every system font except DejaVu from Qt (via a
private fontconfig file), as on a machine with no Chinese font installed.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SIZE = (1280, 800)


def _fontconfig_without_cjk(folder: Path) -> Path:
    dejavu = next((p for p in ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu") if Path(p).is_dir()), None)
    conf = folder / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
        + (f"  <dir>{dejavu}</dir>\n" if dejavu else "")
        + '  <include ignore_missing="yes">/etc/fonts/conf.d</include>\n'
        + f"  <cachedir>{folder / 'cache'}</cachedir>\n</fontconfig>\n",
        encoding="utf-8",
    )
    return conf


def build_shop(path: Path) -> None:
    """A demo shop (app.demo when present, else a few members by hand)."""
    from app import members, rewards, sales, settings, staff
    from app.shop import Shop

    shop = Shop(f"sqlite:///{path}")
    try:
        try:
            from app.demo import build_demo
        except ImportError:
            build_demo = None
        with shop.transaction() as s:
            if build_demo is not None:
                build_demo(s, members=300, seed=7)
            else:
                settings.put(s, shop_name="小美髮廊", currency="TWD", setup_done=True)
                staff.add_staff(s, name="林美玲", role="owner")
                staff.add_staff(s, name="張雅婷", role="cashier")
                today = dt.date.today()
                people = [("王小明", "0912-345-678"), ("陳美玲", "0922-111-222"), ("林志豪", "0933-555-888"),
                          ("黃淑芬", "0955-246-810"), ("張家豪", "0966-135-791")]
                for i, (name, phone) in enumerate(people):
                    bday = today + dt.timedelta(days=3 + 40 * i)
                    m = members.sign_up(s, name=name, phone=phone, birthday=f"1988-{bday.month:02d}-{bday.day:02d}"
                                        if not (bday.month == 2 and bday.day == 29) else None)
                    for k in range(3 + i):
                        sales.record_sale(s, sale_key=f"seed-{i}-{k}", member_id=m.id, amount_cents=88000 + 12345 * k,
                                          category="剪髮", now=dt.datetime.now() - dt.timedelta(days=12 + 30 * k))
                for name, cost, stock in [("洗髮精旅行組", 1500, 60), ("剪髮折價券 NT$200", 2000, None),
                                          ("造型髮蠟", 3000, 40), ("深層護髮一次", 8000, None)]:
                    rewards.create_reward(s, name=name, points_cost=cost, stock=stock)
    finally:
        shop.close()


def pick_member(shop):
    """A member worth showing: a regular with points, best with a birthday this week."""
    from sqlalchemy import select

    from app import members as member_service
    from db.models import Member

    today = dt.date.today()
    with shop.read() as s:
        rows = s.scalars(select(Member).where(Member.last_purchase_at.is_not(None))
                         .order_by(Member.points_balance.desc()).limit(200)).all()
        views = [member_service.view(m) for m in rows]
    for v in views:
        if 2000 <= v.points_balance and v.birthday_within(today, 7) and len(v.name) <= 3:
            return v
    return views[len(views) // 4] if views else None


def settle(app, ctx, seconds: float = 0.6) -> None:
    """Run the event loop until the runner is idle and a little after."""
    end = time.monotonic() + seconds
    while time.monotonic() < end or ctx.runner.pending:
        app.processEvents()
        ctx.runner.wait(20)
        if time.monotonic() > end + 20:
            break
    app.processEvents()


def shoot(db: Path, lang: str, out: Path, app) -> list[Path]:
    from PySide6.QtCore import QSettings

    from app.shop import Shop
    from ui.app import install_translators
    from ui.context import AppContext
    from ui.main_window import MainWindow

    install_translators(app, lang)
    shop = Shop(f"sqlite:///{db}")
    ctx = AppContext(shop, lang)
    ctx.reload_settings()
    ini = db.with_suffix(f".{lang}.ini")
    window = MainWindow(ctx, QSettings(str(ini), QSettings.IniFormat))
    window.resize(*SIZE)
    window.show()
    settle(app, ctx)
    counter = window.counter
    member = pick_member(shop)
    saved = []
    if member is not None:
        counter.show_member_id(member.id)
        settle(app, ctx)
        counter.amount_edit.setText("1,280")
        counter.category_combo.setEditText(counter.category_combo.itemText(1) or "")
        counter.record_sale()
        settle(app, ctx)
        # the next customer is being looked up: matches listed while typing
        digits = "".join(ch for ch in member.phone if ch.isdigit())
        counter.search_box.setText(digits[-4:])
        counter._lookup(open_first=False)
        settle(app, ctx)
        counter.amount_edit.setText("880")
        counter.amount_edit.setFocus()
        settle(app, ctx, 0.2)
    path = out / f"counter_{lang}.png"
    window.grab().save(str(path))
    saved.append(path)

    members_tab = window.tab("members")
    if members_tab is not None:
        window.tabs.setCurrentWidget(members_tab)
        settle(app, ctx, 1.0)
        path = out / f"members_{lang}.png"
        window.grab().save(str(path))
        saved.append(path)
    window.close()
    ctx.runner.wait()
    shop.close()
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", action="append", choices=["zh_TW", "zh_CN", "en"],
                        help="language (repeat for several; default zh_TW and en)")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--display", action="store_true", help="use the real display instead of offscreen")
    parser.add_argument("--bundled-font-only", action="store_true", help="hide system CJK fonts from Qt")
    args = parser.parse_args(argv)
    langs = args.lang or ["zh_TW", "en"]
    work = Path(tempfile.mkdtemp(prefix="regulars-shots-"))
    if not args.display:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if args.bundled_font_only:
        os.environ["FONTCONFIG_FILE"] = str(_fontconfig_without_cjk(work))
    args.out.mkdir(parents=True, exist_ok=True)

    from ui.app import make_application

    app = make_application(sys.argv[:1])
    try:
        template = work / "demo.db"
        build_shop(template)
        for lang in langs:
            db = work / f"shop-{lang}.db"
            shutil.copyfile(template, db)
            for path in shoot(db, lang, args.out, app):
                print(path)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
