"""The invoice viewer, driven through its real actions and shortcuts: zoom (keys, Ctrl+wheel,
buttons), fit width / page, page navigation, the moving and remembered splitter, the detached
window, and printing through the print dialog to a PDF file whose pages are counted."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader, PdfWriter

from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.pdf_viewer import FIT_PAGE, FIT_WIDTH, PdfViewer
from desktop_app.ui.qt import (
    QApplication,
    QBuffer,
    QByteArray,
    QDialog,
    QIODevice,
    QPdfDocument,
    QPoint,
    QPointF,
    QPrintDialog,
    QPrinter,
    QSettings,
    Qt,
    QWheelEvent,
)
from desktop_app.ui.viewer_window import ViewerWindow, open_viewer

from .conftest import make_window, wait_background

QTest = pytest.importorskip("PySide6.QtTest").QTest


def pdf_pages(count: int) -> bytes:
    """A real PDF of ``count`` A4 pages (pypdf)."""
    writer = PdfWriter()
    for _ in range(count):
        writer.add_blank_page(595, 842)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def ctrl_wheel(widget: Any, steps: int) -> None:
    """One Ctrl+wheel notch up (steps > 0) or down, sent to ``widget`` as Qt would."""
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def shown_window(window: MainWindow, qtbot: Any) -> MainWindow:
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.detail.preview.renders >= 1, timeout=10_000)
    qtbot.waitUntil(lambda: window.detail.preview.document.pageCount() >= 1, timeout=10_000)
    return window


def test_window_fits_1366_and_the_invoice_opens_whole_and_reads_at_100_percent(
    window: MainWindow, qtbot: Any
) -> None:
    """At first the page fits the image's width (its amounts column in view, nothing cut);
    Ctrl+0 shows it at 100 %, and that choice is what the next start shows."""
    shown_window(window, qtbot)
    assert window.width() == 1366  # nothing of the detail pane beyond a 1366-pixel screen
    viewer = window.detail.preview.viewer
    assert viewer.mode == FIT_WIDTH
    page_px = 595 * viewer.view.logicalDpiX() / 72
    assert viewer.effective_zoom() * page_px <= viewer.view.viewport().width()
    assert viewer.effective_zoom() >= 0.7  # ~600 px of image: 74 % of an A4 page
    assert viewer.view.horizontalScrollBar().maximum() == 0
    viewer.actions_by_key["actual_size"].trigger()
    assert viewer.effective_zoom() == pytest.approx(1.0)
    assert viewer.zoom_label.text() == "100\u202f%"
    window.close()
    again = make_window(qtbot, window.sync, window.settings)
    assert again.detail.preview.viewer.effective_zoom() == pytest.approx(1.0)
    again.close()


def test_zoom_keys_and_ctrl_wheel(window: MainWindow, qtbot: Any) -> None:
    shown_window(window, qtbot)
    viewer = window.detail.preview.viewer
    viewer.set_zoom(1.0)  # from 100 %: the steps below are the offered zoom factors
    window.activateWindow()
    viewer.view.setFocus()
    qtbot.waitUntil(viewer.view.hasFocus)
    QTest.keyClick(viewer.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert viewer.view.zoomFactor() == pytest.approx(1.1)
    QTest.keyClick(viewer.view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert viewer.view.zoomFactor() == pytest.approx(1.25)
    QTest.keyClick(viewer.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(viewer.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(viewer.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert viewer.view.zoomFactor() == pytest.approx(0.9)
    assert viewer.zoom_label.text() == "90\u202f%"
    ctrl_wheel(viewer.view.viewport(), +1)
    ctrl_wheel(viewer.view.viewport(), +1)
    assert viewer.view.zoomFactor() == pytest.approx(1.1)
    ctrl_wheel(viewer.view.viewport(), -1)
    assert viewer.view.zoomFactor() == pytest.approx(1.0)
    # a wheel without Ctrl scrolls, it does not zoom
    QApplication.sendEvent(
        viewer.view.viewport(),
        QWheelEvent(
            QPointF(10, 10),
            QPointF(10, 10),
            QPoint(0, 0),
            QPoint(0, -120),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        ),
    )
    assert viewer.view.zoomFactor() == pytest.approx(1.0)


def test_fit_width_and_fit_page_buttons(qtbot: Any) -> None:
    document = QPdfDocument()
    viewer = PdfViewer(document)
    qtbot.addWidget(viewer)
    buffer = QBuffer(viewer)
    buffer.setData(QByteArray(pdf_pages(2)))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    viewer.resize(700, 900)
    viewer.show()
    qtbot.waitExposed(viewer)
    button = viewer.toolbar.widgetForAction(viewer.actions_by_key["fit_width"])
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert viewer.mode == FIT_WIDTH
    dpi = viewer.view.logicalDpiY()
    page_px = 595 * dpi / 72
    assert viewer.effective_zoom() * page_px <= viewer.view.viewport().width()
    assert viewer.effective_zoom() * page_px > viewer.view.viewport().width() - 40
    QTest.mouseClick(
        viewer.toolbar.widgetForAction(viewer.actions_by_key["fit_page"]),
        Qt.MouseButton.LeftButton,
    )
    assert viewer.mode == FIT_PAGE
    assert viewer.effective_zoom() * 842 * dpi / 72 <= viewer.view.viewport().height()
    # zooming in from a fit starts from what is on screen, not from 100 %
    fitted = viewer.effective_zoom()
    viewer.actions_by_key["zoom_in"].trigger()
    assert fitted < viewer.view.zoomFactor() <= fitted + 0.26


def test_page_navigation(qtbot: Any) -> None:
    window = open_viewer(pdf_pages(3), "Facture F-3", None)
    qtbot.addWidget(window)
    qtbot.waitUntil(window.isActiveWindow)
    viewer = window.viewer
    assert viewer.page_count.text() == "/ 3"
    assert viewer.page.value() == 1
    assert not viewer.actions_by_key["previous_page"].isEnabled()
    viewer.view.setFocus()
    QTest.keyClick(viewer.view, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: viewer.current_page() == 1)
    assert viewer.page.value() == 2
    viewer.page.setValue(3)
    qtbot.waitUntil(lambda: viewer.current_page() == 2)
    assert not viewer.actions_by_key["next_page"].isEnabled()
    viewer.actions_by_key["previous_page"].trigger()
    qtbot.waitUntil(lambda: viewer.current_page() == 1)


def test_splitter_moves_and_is_remembered(window: MainWindow, qtbot: Any) -> None:
    window.resize(1920, 1000)
    qtbot.waitUntil(lambda: window.detail.preview.renders >= 1, timeout=10_000)
    splitter = window.detail.splitter
    before = splitter.sizes()
    splitter.moveSplitter(before[0] - 40, 1)  # what dragging the handle does
    moved = splitter.sizes()
    assert moved[0] == before[0] - 40 and moved[1] == before[1] + 40
    window.close()
    again = MainWindow(window.sync, window.settings)
    qtbot.addWidget(again)
    again.resize(1920, 1000)
    again.show()
    qtbot.waitExposed(again)
    assert again.detail.splitter.sizes() == moved
    again.close()
    wait_background(qtbot)


def test_at_1366_the_fields_fold_away_for_the_invoice(window: MainWindow, qtbot: Any) -> None:
    shown_window(window, qtbot)
    splitter = window.detail.splitter
    total = sum(splitter.sizes())
    splitter.moveSplitter(0, 1)  # the handle dragged to the left edge
    assert splitter.sizes() == [0, total]
    assert window.detail.preview.width() == total
    window.close()
    again = make_window(qtbot, window.sync, window.settings)
    again.resize(1366, 768)
    assert again.detail.splitter.sizes()[0] == 0  # remembered
    again.detail.splitter.moveSplitter(300, 1)  # and back
    assert again.detail.splitter.sizes()[0] >= 200
    again.close()


def test_double_click_and_f11_open_the_detached_viewer(window: MainWindow, qtbot: Any) -> None:
    shown_window(window, qtbot)
    preview = window.detail.preview
    QTest.mouseDClick(preview.view.viewport(), Qt.MouseButton.LeftButton)
    detached = preview.detached
    assert isinstance(detached, ViewerWindow) and detached.isVisible()
    qtbot.waitUntil(detached.isActiveWindow)
    qtbot.waitUntil(lambda: detached.document.pageCount() == preview.document.pageCount())
    assert detached.viewer.mode == preview.viewer.mode  # the zoom mode follows: fit width
    assert detached.viewer.effective_zoom() > preview.viewer.effective_zoom()  # bigger there
    assert detached.width() > window.detail.width()
    QTest.keyClick(detached.viewer.view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not detached.isVisible())
    window.activateWindow()
    window.list.setFocus()
    window.viewer_actions.viewer_action.trigger()
    assert preview.detached is not None and preview.detached.isVisible()
    preview.detached.close()


@pytest.fixture
def print_to(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> dict[str, Any]:
    """The system print dialog, answered "Print" to a PDF file (no printer in CI): the real
    dialog is built; only its modal exec is replaced."""
    chosen: dict[str, Any] = {"file": tmp_path / "printed.pdf", "range": (0, 0), "shown": 0}

    def exec_(dialog: QPrintDialog) -> int:
        chosen["shown"] += 1
        chosen["max"] = dialog.maxPage()
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(chosen["file"]))
        printer.setFromTo(*chosen["range"])
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(QPrintDialog, "exec", exec_)
    return chosen


def test_ctrl_p_prints_the_invoice_through_the_print_dialog(
    window: MainWindow, qtbot: Any, print_to: dict[str, Any]
) -> None:
    shown_window(window, qtbot)
    window.activateWindow()
    window.list.setFocus()
    qtbot.waitUntil(window.list.hasFocus)
    QTest.keyClick(window.list, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert print_to["shown"] == 1
    pages = window.detail.preview.document.pageCount()
    assert len(PdfReader(print_to["file"]).pages) == pages >= 1


def test_print_a_page_range_from_the_detached_viewer(qtbot: Any, print_to: dict[str, Any]) -> None:
    window = open_viewer(pdf_pages(4), "Facture F-4", None)
    qtbot.addWidget(window)
    qtbot.waitUntil(window.isActiveWindow)
    print_to["range"] = (2, 3)
    viewer = window.viewer
    viewer.view.setFocus()
    QTest.keyClick(viewer.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert print_to["shown"] == 1 and print_to["max"] == 4
    assert len(PdfReader(print_to["file"]).pages) == 2
    print_to["range"] = (0, 0)
    button = viewer.toolbar.widgetForAction(viewer.actions_by_key["print"])
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(PdfReader(print_to["file"]).pages) == 4


def test_zoom_is_remembered(
    qtbot: Any, window: MainWindow, settings: QSettings, tmp_path: Path
) -> None:
    shown_window(window, qtbot)
    window.detail.preview.viewer.actions_by_key["fit_width"].trigger()
    window.close()
    again = make_window(qtbot, window.sync, settings)
    assert again.detail.preview.viewer.mode == FIT_WIDTH
    again.close()
