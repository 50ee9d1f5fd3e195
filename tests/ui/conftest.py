"""Shared by the window tests.

PySide6 6.12.0 on Python 3.11 under-counts references to None/True (see
ui.app.guard_singleton_refcounts); the whole test session is guarded from
collection on, as the app guards itself at start, or a long run can abort.
"""
from __future__ import annotations

import gc

import pytest

from ui.app import guard_singleton_refcounts

guard_singleton_refcounts()


@pytest.fixture
def english_ui(qapp):
    """The English .qm (plural forms); removed again so other tests see no translator."""
    from ui.app import install_translators, remove_translators

    install_translators(qapp, "en")
    yield
    remove_translators(qapp)


@pytest.fixture(autouse=True)
def _collect_on_the_main_thread():
    """As the app does (ui/gc_guard.py): no automatic collection while a
    window test runs — a worker thread that collected a test's leftover Qt
    objects could deadlock with the UI thread (a CI run hung so) — and the
    cycles are collected here, on the main thread, after each test."""
    was_enabled = gc.isenabled()
    gc.disable()
    yield
    gc.collect()
    if was_enabled:
        gc.enable()
