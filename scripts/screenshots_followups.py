"""Screenshots of the Follow-ups tab (and a page of the call sheet).

Builds the demo shop (app.demo, 300 members) in a temporary file, shares
out the day's calls over the staff, logs a couple of calls the way a
receptionist would, and grabs the main window at 1280×800 with the
Follow-ups tab open, in each language; also the staff-results view and the
first page of the printed call sheet:

    .venv/bin/python scripts/screenshots_followups.py                 # zh_TW and en
    .venv/bin/python scripts/screenshots_followups.py --lang zh_CN --out /tmp/shots

For each language the shop's own language is set to match, so "what to
say" (written in the shop's language) reads the same as the screen.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from screenshots import build_shop, open_window, settle  # noqa: E402  (the shared helpers)



def prepare(db: Path, lang: str) -> None:
    """The shop speaks ``lang``; the day's list is shared out; a complaint is open."""
    from app import calls, complaints, followups, settings
    from app import staff as staff_service
    from app.shop import Shop

    shop = Shop(f"sqlite:///{db}")
    try:
        today = dt.date.today()
        with shop.transaction() as s:
            settings.put(s, language=lang)
            staff = staff_service.list_staff(s)
            items = followups.due_list(s, today)
            if len(items) > 3:
                # one open complaint, so the group is not empty on the picture
                what = {"en": "The colour came out darker than we agreed.",
                        "zh_TW": "染髮顏色比說好的深很多，不太滿意。",
                        "zh_CN": "染发颜色比说好的深很多，不太满意。"}[lang]
                complaints.log_complaint(s, member_id=items[-1].member_id, what=what, severity="high",
                                         now=dt.datetime.now() - dt.timedelta(hours=3))
            if staff:
                calls.assign(s, today, [x.id for x in staff])
        with shop.transaction() as s:
            items = followups.due_list(s, today)
            # two calls already made this morning, as on a real day
            for it, outcome in zip(items[2:4], ("no_answer", "will_come_in")):
                calls.log_call(s, member_id=it.member_id, staff_id=it.assigned_staff_id, outcome=outcome,
                               reason=it.reason, now=dt.datetime.now() - dt.timedelta(minutes=40))
    finally:
        shop.close()


def shoot(db: Path, lang: str, out: Path, app) -> list[Path]:
    window, ctx, shop = open_window(db, lang, app)
    tab = window.tab("followups")
    window.tabs.setCurrentWidget(tab)
    settle(app, ctx, 1.0)
    saved = []
    # the receptionist works down the list: the first two calls logged through
    # the call dialog (grey rows with their outcome), the cursor on the next
    tab.table.setFocus()
    for outcome in ("no_answer", "reached"):
        tab.log_call()
        settle(app, ctx, 0.1)
        dialog = tab.active_dialog
        if dialog is None:
            break
        dialog.choose(outcome)
        dialog.save()
        settle(app, ctx, 0.2)
    settle(app, ctx, 0.3)
    path = out / f"followups_{lang}.png"
    window.grab().save(str(path))
    saved.append(path)

    tab.show_view(1)
    today = dt.date.today()
    tab.performance.set_period(today - dt.timedelta(days=89), today)
    settle(app, ctx, 0.6)
    path = out / f"followups_results_{lang}.png"
    window.grab().save(str(path))
    saved.append(path)
    tab.show_view(0)

    pdf = out / f"callsheet_{lang}.pdf"
    tab.open_saved_files = False
    tab.print_callsheet(str(pdf))
    settle(app, ctx, 0.3)
    if pdf.exists() and shutil.which("pdftoppm"):
        png = out / f"callsheet_{lang}"
        subprocess.run(["pdftoppm", "-r", "80", "-png", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(png)],
                       check=True)
        saved.append(png.with_suffix(".png"))
        pdf.unlink()
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
    args = parser.parse_args(argv)
    langs = args.lang or ["zh_TW", "en"]
    if not args.display:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    args.out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="regulars-followups-"))

    from ui.app import make_application

    app = make_application(sys.argv[:1])
    try:
        template = work / "demo.db"
        build_shop(template)
        for lang in langs:
            db = work / f"shop-{lang}.db"
            shutil.copyfile(template, db)
            prepare(db, lang)
            for path in shoot(db, lang, args.out, app):
                print(path)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
