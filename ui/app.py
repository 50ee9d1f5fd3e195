"""Start the window: fonts, translations, the database, the wizard, the tabs.

``main.py`` calls :func:`run_gui` when no command is given.
"""
from __future__ import annotations

import gc
import locale
import logging
import os
import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QDialog

from app import messages
from app import settings as shop_settings
from app.auth import NOBODY
from app.errors import UserError
from app.shop import Shop
from ui.context import AppContext
from ui.errors import handle_error, install_excepthook, setup_logging
from ui.fonts import install_cjk_fallback
from ui.resources import base_dir, resource_path, user_data_dir
from ui.widgets import APP_STYLE, ui_locale

log = logging.getLogger(__name__)

LANGS = ("zh_TW", "zh_CN", "en")
BACKUP_START_DELAY_MS = 3000
_translators: list[QTranslator] = []
_guarded = False


def system_language() -> str | None:
    """zh_TW or zh_CN when the system locale is Chinese, else None."""
    names = [QLocale.system().name()]
    try:
        names.append(locale.getlocale()[0] or "")
    except ValueError:
        pass
    for name in names:
        low = (name or "").lower().replace("-", "_")
        if not low.startswith("zh"):
            continue
        if any(tag in low for tag in ("cn", "sg", "hans")):
            return "zh_CN"
        return "zh_TW"
    return None


def choose_language(requested: str | None, shop_language: str | None) -> str:
    """``--lang`` wins, then the shop's setting, then a Chinese system locale, else zh_TW."""
    for lang in (requested, shop_language, system_language()):
        if lang in LANGS:
            return lang
    return "zh_TW"


def qt_translations_dirs() -> list[str]:
    """Where Qt's own ``qtbase_*.qm`` may be (the install, or inside a bundle)."""
    dirs = [QLibraryInfo.path(QLibraryInfo.TranslationsPath)]
    bundled = base_dir() / "PySide6" / "Qt" / "translations"
    if bundled.is_dir():
        dirs.append(str(bundled))
    return dirs


def remove_translators(app: QCoreApplication) -> None:
    """Uninstall what :func:`install_translators` installed (tests switch languages)."""
    for t in _translators:
        app.removeTranslator(t)
    _translators.clear()


def install_translators(app: QCoreApplication, lang: str) -> list[str]:
    """Replace the installed translators with ours and Qt's for ``lang``.

    Also sets the language of app/ messages and the default QLocale (number
    formats). Returns the .qm files loaded.
    """
    remove_translators(app)
    loaded = []
    folder = resource_path("i18n")
    # regulars_<lang>.qm holds the main screens; each feature area ships its
    # own <domain>_<lang>.qm beside it (see scripts/update_translations.sh).
    domains = sorted({p.name[: -len(f"_{lang}.qm")] for p in folder.glob(f"*_{lang}.qm")})
    for domain in domains or ["regulars"]:
        ours = QTranslator(app)
        if ours.load(f"{domain}_{lang}", str(folder)):
            app.installTranslator(ours)
            _translators.append(ours)
            loaded.append(ours.filePath())
        else:
            log.warning("no translation file %s_%s in %s", domain, lang, folder)
    for folder in qt_translations_dirs():
        qt = QTranslator(app)
        if qt.load(f"qtbase_{lang}", folder):
            app.installTranslator(qt)
            _translators.append(qt)
            loaded.append(qt.filePath())
            break
    messages.set_language(lang)
    QLocale.setDefault(ui_locale(lang))
    return loaded


def guard_singleton_refcounts() -> bool:
    """Work around PySide6 6.12.0's refcount bug on Python 3.11.

    With that pairing every void Qt call made from Python (``setText``,
    ``setData`` …) drops a reference to ``None`` and every ``Signal.emit``
    one to ``True``, without having taken it: after a few thousand calls the
    interpreter aborts with "deallocating None". Python 3.12 made these
    singletons immortal, which is why the wheel gets away with it there; we do
    the same here by giving them a reference count that cannot run out. No
    effect on other versions. The real fix is a PySide6 that is correct on
    3.11 (6.11.2 is) or Python 3.12+.
    """
    import ctypes

    import PySide6

    global _guarded
    if _guarded or sys.version_info >= (3, 12) or not PySide6.__version__.startswith("6.12."):
        return False
    for obj in (None, True, False):
        ctypes.c_ssize_t.from_address(id(obj)).value += 1 << 40
    _guarded = True
    return True


def make_application(argv: list[str] | None = None) -> QApplication:
    guard_singleton_refcounts()
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName("Regulars")
    QCoreApplication.setApplicationName("Regulars")
    install_cjk_fallback(app)
    app.setStyleSheet(APP_STYLE)
    return app


def run_gui(db_url: str | None = None, lang: str | None = None) -> int:
    """Open the window on the shop at ``db_url``; returns the exit status."""
    log_file = setup_logging(user_data_dir() / "logs")
    install_excepthook()
    app = make_application()
    # Before the database is open, speak the language we can guess, so an
    # error opening it is readable.
    install_translators(app, choose_language(lang, None))
    from ui.restore_dialog import check_at_start  # a damaged file is told before it is opened

    if not check_at_start(db_url, QSettings().value("backup/folder", None), choose_language(lang, None)):
        return 1
    try:
        shop = Shop(db_url, actor=NOBODY)  # the window is locked until someone signs in
    except UserError as e:
        handle_error(None, e)
        return 1
    except Exception as e:  # a broken or locked database file, a bad URL
        log.exception("could not open the database %s", db_url)
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(
            None,
            QCoreApplication.translate("App", "Regulars"),
            QCoreApplication.translate("App", "The shop database could not be opened:\n%1\n\nDetails are in %2.")
            .replace("%1", str(e)).replace("%2", str(log_file)),
        )
        return 1
    with shop.read() as s:
        values = shop_settings.get_all(s)
    chosen = choose_language(lang, values["language"] if values["setup_done"] else None)
    install_translators(app, chosen)
    ctx = AppContext(shop, chosen)
    ctx.settings = values
    log.info("started on %s (language %s)", shop.url, chosen)

    if not values["setup_done"]:
        from ui.wizard import SetupWizard

        wizard = SetupWizard(ctx)
        if wizard.exec() != QDialog.Accepted:
            ctx.runner.wait()
            ctx.jobs.wait()
            shop.close()
            return 0
        new_lang = choose_language(lang, wizard.saved["settings"]["language"])
        if new_lang != ctx.lang:
            install_translators(app, new_lang)
            ctx.lang = new_lang
    ctx.reload_settings()

    from ui.main_window import MainWindow

    window = MainWindow(ctx, QSettings())
    window.show()
    # the full file check and the day's backup, once the window's first loads had their turn
    QTimer.singleShot(BACKUP_START_DELAY_MS, window.backup_page.start)
    # What start-up built (modules, Qt wrappers, mappers) lives as long as the
    # window: frozen out of the collector's reach, a full collection while a
    # big list loads walks only the new objects (scrolling 200,000 members:
    # longest UI-thread stall 178 -> 75 ms; tests/perf/bench.py).
    gc.freeze()
    # cyclic garbage (Qt objects among it) is collected on this thread only:
    # a worker that collected it could deadlock with the UI (ui/gc_guard.py)
    from ui.gc_guard import UiThreadCollector

    UiThreadCollector(app)
    if os.environ.get("REGULARS_EXIT_WHEN_READY"):  # tests/perf/bench.py times the cold start
        _exit_when_ready(app, ctx)
    try:
        return app.exec()
    finally:
        ctx.stopping.set()
        ctx.runner.wait()
        ctx.reader.wait()
        ctx.jobs.wait()
        shop.close()


def _exit_when_ready(app: QApplication, ctx: AppContext) -> None:
    """Benchmark hook: print ``REGULARS_SHOWN`` on the event loop's first
    pass, then ``REGULARS_READY`` once the window's first loads are done and
    the loop is idle (the runners for sales/lookups and for long reads empty
    on two polls 5 ms apart), and quit. The READY line names a modal dialog
    waiting then (e.g. sign-in), if any, and ``catch_up_running`` when the
    start-up catch-up (its own thread, which lookups never wait for) was
    still working."""
    from PySide6.QtCore import QTimer

    idle_polls = 0

    def poll() -> None:
        nonlocal idle_polls
        idle_polls = idle_polls + 1 if not (ctx.runner.pending or ctx.reader.pending) else 0
        if idle_polls < 2:
            return
        timer.stop()
        modal = app.activeModalWidget()
        print("REGULARS_READY" + (f" modal={type(modal).__name__}" if modal is not None else "")
              + (" catch_up_running" if ctx.jobs.pending else ""), flush=True)
        app.quit()

    timer = QTimer(app)
    timer.setInterval(5)
    timer.timeout.connect(poll)
    QTimer.singleShot(0, lambda: (print("REGULARS_SHOWN", flush=True), timer.start()))


if __name__ == "__main__":  # pragma: no cover - convenience for development
    sys.exit(run_gui(os.environ.get("REGULARS_DB"), None))
