"""What every tab and dialog shares: the shop, the background runner, the
language, the staff member at the counter, and app-wide notifications."""
from __future__ import annotations

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

    def __init__(self, shop: Shop, lang: str = "zh_TW", parent: QObject | None = None):
        super().__init__(parent)
        self.shop = shop
        self.lang = lang
        self.runner = Runner(self)
        self.staff_id: int | None = None
        self.staff_name: str = ""
