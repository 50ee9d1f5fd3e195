"""The Manage tab: the owner's pages (devices, staff, audit, programmes,
stored value, backups) behind one tab with a list on the left.

A cashier spends the day on Counter, Members and Follow-ups; six more
top-level tabs pushed those off a 1,280-pixel screen in English and made the
counter's tab bar a menu of things a cashier may not use. Each page keeps its
key, so ``MainWindow.tab("staff")`` still finds it.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QStackedWidget, QVBoxLayout, QWidget


class LazyPage(QWidget):
    """Holds the place of a page that is built the first time it is needed
    (shown, or asked for by :meth:`page`): most pages are never opened on a
    busy day, and building them all cost a quarter of the cold start."""

    def __init__(self, factory: Callable[[], QWidget], parent: QWidget | None = None):
        super().__init__(parent)
        self._factory = factory
        self._page: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        return self._page is not None

    def page(self) -> QWidget:
        if self._page is None:
            self._page = self._factory()
            self._layout.addWidget(self._page)
        return self._page

    def showEvent(self, event) -> None:
        self.page()
        super().showEvent(event)


class ManageTab(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.nav = QListWidget()
        self.nav.setObjectName("manageNav")
        self.nav.setFixedWidth(190)
        self.nav.setStyleSheet("QListWidget#manageNav::item { padding: 8px 10px; }")
        self.stack = QStackedWidget()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self._keys: dict[str, QWidget] = {}
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)

    def add_page(self, key: str, widget: QWidget, title: str) -> QWidget:
        """Add a page (a widget, or a :class:`LazyPage` built when first shown)."""
        item = QListWidgetItem(title)
        item.setData(Qt.UserRole, key)
        self.nav.addItem(item)
        self.stack.addWidget(widget)
        self._keys[key] = widget
        if self.nav.currentRow() < 0:
            self.nav.setCurrentRow(0)
        return widget

    def page(self, key: str) -> QWidget | None:
        widget = self._keys.get(key)
        return widget.page() if isinstance(widget, LazyPage) else widget

    def show_page(self, key: str) -> None:
        widget = self._keys[key]
        self.nav.setCurrentRow(self.stack.indexOf(widget))

    def current_key(self) -> str | None:
        item = self.nav.currentItem()
        return item.data(Qt.UserRole) if item else None

    def titles(self) -> list[str]:
        return [self.nav.item(i).text() for i in range(self.nav.count())]
