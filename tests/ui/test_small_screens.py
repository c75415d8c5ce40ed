"""Small screens, in French and English: the window's minimum fits 1024x700; at 1366x768
and 1280x720 nothing is cut (menus, toolbar, every filter field, the list and the detail);
at 1024x768 the filter bar wraps and the main actions stay visible."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop_app.ui.adapters.sync_adapter import SyncService
from desktop_app.ui.i18n import install_language
from desktop_app.ui.invoice_table_model import Column
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.qt import QRect, QToolBar, QWidget
from tests.ui.conftest import make_window, wait_background

TASKBAR = 40  # room a desktop keeps for its panel: the window gets the rest of the height


@pytest.fixture(params=["fr", "en"])
def small_window(
    request: Any, qtbot: Any, cache: Any, settings: Any, tmp_path: Path
) -> Iterator[MainWindow]:
    install_language(request.param)
    sync = SyncService(cache, settings_path=tmp_path / "connection.json")
    window = make_window(qtbot, sync, settings)
    yield window
    window.close()
    wait_background(qtbot)


def _inside(child: QWidget, parent: QWidget) -> bool:
    """``child`` is shown and wholly inside ``parent``'s rectangle."""
    if not child.isVisibleTo(parent):
        return False
    top_left = child.mapTo(parent, child.rect().topLeft())
    return parent.rect().contains(QRect(top_left, child.size()))


def _fit(window: MainWindow, qtbot: Any, width: int, height: int) -> None:
    window.resize(width, height - TASKBAR)
    qtbot.waitUntil(lambda: window.width() == width, timeout=3000)
    window.filters.layout().activate()
    wait_background(qtbot)


def _check_main_actions_visible(window: MainWindow) -> None:
    bar = window.menuBar()
    for action in bar.actions():
        assert bar.rect().contains(bar.actionGeometry(action)), action.text()
    toolbar = window.findChild(QToolBar, "actions_toolbar")
    assert toolbar is not None
    for action in toolbar.actions():
        button = toolbar.widgetForAction(action)
        assert button is not None and _inside(button, toolbar), action.text()
    filters = window.filters
    for index in range(filters.flow.count()):
        item = filters.flow.itemAt(index)
        widget = item.widget() if item is not None else None
        if widget is not None and widget is not filters.error:
            assert _inside(widget, filters), widget
    for widget in (filters.search, filters.saved, filters.save_button, filters.clear_button):
        assert _inside(widget, filters), widget
    assert filters.height() >= filters.layout().heightForWidth(filters.width()) - 1


def test_minimum_size_fits_1024_by_700(small_window: MainWindow) -> None:
    hint = small_window.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 700, hint


@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1280, 720)])
def test_nothing_cut_on_laptop_screens(
    small_window: MainWindow, qtbot: Any, width: int, height: int
) -> None:
    window = small_window
    _fit(window, qtbot, width, height)
    _check_main_actions_visible(window)
    assert window.list.width() >= 450
    assert window.detail.width() >= 380
    assert _inside(window.detail.tabs, window.detail)
    assert window.inboxes.width() >= 150
    amount = window.list.horizontalHeader()
    right = amount.sectionViewportPosition(Column.AMOUNT) + amount.sectionSize(Column.AMOUNT)
    if width >= 1366:  # number, supplier, service, deposit date and amount all in view
        assert right <= window.list.viewport().width()


def test_usable_at_1024_by_768(small_window: MainWindow, qtbot: Any) -> None:
    window = small_window
    _fit(window, qtbot, 1024, 768)
    _check_main_actions_visible(window)
    flow_rows = {
        window.filters.flow.itemAt(i).geometry().y()  # type: ignore[union-attr]
        for i in range(window.filters.flow.count())
    }
    assert len(flow_rows) >= 2  # the filter bar wrapped
    assert window.list.width() >= 300
    assert window.detail.width() >= 300
    assert window.list.viewport().height() >= 200
    assert _inside(window.detail.tabs, window.detail)
