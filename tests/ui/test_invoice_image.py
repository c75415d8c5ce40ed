"""The invoice is read in place at 1366×768: by default the reconstituted image is at least
:data:`IMAGE_MIN` pixels wide beside a list that still shows number to amount, the fields
fold away (« Champs » / Ctrl+I brings them back, and the choice is remembered); on a wide
screen the fields are beside an image as wide. French and English, real window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop_app.ui.adapters.sync_adapter import SyncService
from desktop_app.ui.detail_pane import IMAGE_MIN
from desktop_app.ui.i18n import install_language
from desktop_app.ui.invoice_table_model import Column
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.qt import Qt

from .conftest import make_window, wait_background

QTest = pytest.importorskip("PySide6.QtTest").QTest
TASKBAR = 40  # as test_small_screens: the desktop's panel keeps the rest of the height


@pytest.fixture(params=["fr", "en"])
def language(request: Any) -> Iterator[str]:
    install_language(request.param)
    yield request.param
    install_language("fr")


def _open(qtbot: Any, sync: SyncService, settings: Any, width: int, height: int) -> MainWindow:
    window = make_window(qtbot, sync, settings)
    window.resize(width, height - TASKBAR)
    qtbot.waitUntil(lambda: window.width() == width, timeout=3000)
    preview = window.detail.preview
    qtbot.waitUntil(lambda: preview.document.pageCount() >= 1, timeout=10_000)
    wait_background(qtbot)
    return window


def _image_width(window: MainWindow) -> int:
    """What a clerk sees of the invoice: the width of the viewer's page area."""
    return int(window.detail.preview.view.viewport().width())


def test_at_1366_the_invoice_is_600_wide_by_default(
    qtbot: Any, cache: Any, settings: Any, tmp_path: Path, language: str
) -> None:
    sync = SyncService(cache, settings_path=tmp_path / "connection.json")
    window = _open(qtbot, sync, settings, 1366, 768)
    detail = window.detail
    assert _image_width(window) >= IMAGE_MIN
    # the page's whole width is in view (amounts column included): nothing to scroll sideways
    assert detail.preview.view.horizontalScrollBar().maximum() == 0
    assert detail.preview.viewer.effective_zoom() >= 0.7
    assert not detail.fields_shown()  # folded: both do not fit
    assert not window.actions_by_key["toggle_fields"].isChecked()
    assert detail.fields_button.isVisible() and not detail.fields_button.isChecked()
    # the list still shows number, supplier, service, deposit date and amount
    header = window.list.horizontalHeader()
    right = header.sectionViewportPosition(Column.AMOUNT) + header.sectionSize(Column.AMOUNT)
    assert right <= window.list.viewport().width()
    # nothing of the detail beyond the screen
    assert detail.mapTo(window, detail.rect().topRight()).x() <= window.width()

    # Ctrl+I shows the fields beside the image, and folding them again gives it back
    window.activateWindow()
    window.list.setFocus()
    qtbot.waitUntil(window.list.hasFocus)
    QTest.keyClick(window.list, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert detail.fields_shown() and detail.fields["supplier"].width() > 0
    assert window.actions_by_key["toggle_fields"].isChecked()
    assert detail.fields_button.isChecked()
    QTest.mouseClick(detail.fields_button, Qt.MouseButton.LeftButton)
    assert not detail.fields_shown()
    assert _image_width(window) >= IMAGE_MIN
    QTest.mouseClick(detail.fields_button, Qt.MouseButton.LeftButton)  # shown: remembered
    assert detail.fields_shown()
    window.close()
    wait_background(qtbot)
    again = _open(qtbot, sync, settings, 1366, 768)
    assert again.detail.fields_shown()
    assert again.actions_by_key["toggle_fields"].isChecked()
    again.close()
    wait_background(qtbot)


def test_on_a_wide_screen_the_fields_are_beside_the_image(
    qtbot: Any, cache: Any, settings: Any, tmp_path: Path
) -> None:
    sync = SyncService(cache, settings_path=tmp_path / "connection.json")
    window = _open(qtbot, sync, settings, 1920, 1080)
    assert window.detail.fields_shown()
    assert window.detail.fields["supplier"].width() > 0
    assert _image_width(window) >= IMAGE_MIN
    window.close()
    wait_background(qtbot)


def test_at_1024_the_invoice_keeps_the_pane(
    qtbot: Any, cache: Any, settings: Any, tmp_path: Path
) -> None:
    sync = SyncService(cache, settings_path=tmp_path / "connection.json")
    window = _open(qtbot, sync, settings, 1024, 768)
    detail = window.detail
    assert not detail.fields_shown()
    assert _image_width(window) >= detail.width() - 40  # the whole pane, bar the scroll bar
    window.close()
    wait_background(qtbot)
