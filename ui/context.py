"""What every tab and dialog shares: the shop, the background runner, the
language, the staff member at the counter, and app-wide notifications."""
from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from app.shop import Shop
from ui.worker import Runner


class AppContext(QObject):
    """Shared state handed to each tab and dialog.

    Signals let tabs stay in step without knowing each other: the Counter
    records a sale and the Members tab refreshes that row.
    """

    member_changed = Signal(int)  # a member's details or balance changed
    members_reset = Signal()  # many members changed (import, demo load)
    open_member = Signal(int)  # ask the Counter to show this member
    status_message = Signal(str)
    staff_changed = Signal()  # the staff member at the counter switched
    settings_changed = Signal()  # shop settings (name, currency, points rule) changed
    actor_changed = Signal()  # someone signed in (app.auth.Actor in shop.actor)

    def __init__(self, shop: Shop, lang: str = "zh_TW", parent: QObject | None = None):
        super().__init__(parent)
        self.shop = shop
        self.lang = lang
        self.runner = Runner(self)
        # Long reads (the follow-up list, reports, PDFs) get their own thread
        # so a sale queued on `runner` never waits behind them; SQLite in WAL
        # mode and PostgreSQL both let a reader and a writer run at once.
        self.reader = Runner(self)
        # Start-up catch-up (tier review, points and package expiry that fell
        # due while the shop was closed) gets a third thread: on the first
        # start of a day it runs for seconds, and neither the window's first
        # loads (Members list, follow-up list) nor a lookup or sale may queue
        # behind it. `stopping` ends it early at close.
        self.jobs = Runner(self)
        self.stopping = threading.Event()
        self.staff_id: int | None = None
        self.staff_name: str = ""
        # Shop settings (app.settings.get_all), cached for formatting and the
        # live points preview; refreshed by reload_settings().
        self.settings: dict = {}
        # The window was started as nobody (ui/app.py): staff sign in with a
        # PIN and the services check what each may do. A shop handed in as
        # the system (tests, scripts) skips signing in.
        self.sign_in_required = shop.actor.role == "nobody"

    def reload_settings(self) -> dict:
        """Re-read the shop settings (small; safe on the UI thread)."""
        from app import settings as shop_settings

        with self.shop.read() as s:
            self.settings = shop_settings.get_all(s)
        self.settings_changed.emit()
        return self.settings

    @property
    def currency(self) -> str:
        return self.settings.get("currency", "TWD")

    def money(self, cents: int) -> str:
        """Minor units formatted in the shop currency and UI language."""
        from ui.widgets import format_money

        return format_money(cents, self.currency, self.lang)

    @property
    def actor(self):
        """Who acts now (app.auth.Actor)."""
        return self.shop.actor

    def may(self, permission: str) -> bool:
        """Whether the signed-in person may ``permission`` (buttons are
        greyed out with this; the services refuse anyway)."""
        return self.shop.actor.may(permission)

    def sign_in_as(self, actor) -> None:
        """Act as ``actor`` from now on (after app.staff.sign_in said yes)."""
        self.shop.actor = actor
        self.set_staff(actor.staff_id, actor.name)
        self.actor_changed.emit()

    def set_staff(self, staff_id: int | None, name: str = "") -> None:
        if (staff_id, name) != (self.staff_id, self.staff_name):
            self.staff_id, self.staff_name = staff_id, name
            self.staff_changed.emit()
