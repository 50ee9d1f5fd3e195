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
    """The demo salon (300 members, two years of visits) in a fresh file."""
    from app.demo import build_demo
    from app.shop import Shop

    shop = Shop(f"sqlite:///{path}")
    try:
        with shop.transaction() as s:
            build_demo(s, members=300, seed=7)
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
    """Run the event loop until both workers are idle and a little after."""
    end = time.monotonic() + seconds
    while time.monotonic() < end or ctx.runner.pending or ctx.reader.pending:
        app.processEvents()
        ctx.runner.wait(10)
        ctx.reader.wait(10)
        if time.monotonic() > end + 30:
            break
    app.processEvents()


def open_window(db: Path, lang: str, app):
    """The main window on ``db`` in ``lang`` at the README size, settled.

    Returns:
        (window, ctx, shop); close the window and the shop when done.
    """
    from PySide6.QtCore import QSettings

    from app.shop import Shop
    from ui.app import install_translators
    from ui.context import AppContext
    from ui.main_window import MainWindow

    install_translators(app, lang)
    shop = Shop(f"sqlite:///{db}")
    ctx = AppContext(shop, lang)
    ctx.reload_settings()
    window = MainWindow(ctx, QSettings(str(db.with_suffix(f".{lang}.ini")), QSettings.IniFormat))
    window.resize(*SIZE)
    window.show()
    settle(app, ctx)
    return window, ctx, shop


def shoot(db: Path, lang: str, out: Path, app) -> list[Path]:
    window, ctx, shop = open_window(db, lang, app)
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
    settle(app, ctx, 0)
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
