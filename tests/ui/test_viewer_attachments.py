"""« Ouvrir la pièce »: decided by the bytes, not the declared name. PDF, images and XML
invoices open in the app's viewer; a text file goes to the system after confirmation, with a
French message when the system has no application; anything else is only saved."""

from __future__ import annotations

import hashlib
import sqlite3
from typing import Any

import pytest

from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.qt import QBuffer, QByteArray, QImage, QIODevice, Qt, QUrl
from tests.conftest import CORPUS_DIR

from .test_viewer import pdf_pages

QTest = pytest.importorskip("PySide6.QtTest").QTest
UBL = CORPUS_DIR / "ubl" / "cen-ubl-tc434-example1.xml"


def png_bytes() -> bytes:
    image = QImage(640, 480, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkCyan)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def add_attachments(window: MainWindow, files: list[tuple[str, str, bytes]]) -> int:
    """Attach ``(designation, declared extension, bytes)`` to the shown invoice, as the
    sync layer stores them (blob + attachment row)."""
    invoice_id = window.list.current_id()
    assert invoice_id is not None
    with sqlite3.connect(window.database.path) as conn:
        for designation, extension, data in files:
            blob = conn.execute(
                "INSERT INTO blobs (sha256, size, content) VALUES (?, ?, ?)",
                (hashlib.sha256(data).hexdigest(), len(data), data),
            ).lastrowid
            conn.execute(
                "INSERT INTO attachments (invoice_id, designation, extension, mime_type, size,"
                " is_main, blob_id) VALUES (?, ?, ?, ?, ?, 0, ?)",
                (invoice_id, designation, extension, "application/pdf", len(data), blob),
            )
    window.detail.show_invoice(invoice_id)
    return invoice_id


class Spy:
    """Answers and records the view's questions, messages and launcher calls. The system
    launcher is a fake: CI has none, and a real one would start applications."""

    def __init__(self, view: Any, launcher_works: bool) -> None:
        self.questions: list[str] = []
        self.messages: list[str] = []
        self.urls: list[QUrl] = []
        self.launcher_works = launcher_works
        view.confirm = self.confirm
        view.tell = lambda _title, text: self.messages.append(text)
        view.open_url = self.open_url

    def confirm(self, _title: str, text: str) -> bool:
        self.questions.append(text)
        return True

    def open_url(self, url: QUrl) -> bool:
        self.urls.append(url)
        return self.launcher_works


def activate(window: MainWindow, row: int) -> None:
    """What the clerk does: Ctrl+Shift+O, then the row, then Enter."""
    window.activateWindow()
    window.actions_by_key["open_attachment"].trigger()
    view = window.detail.attachments
    view.list.setCurrentRow(row)
    QTest.keyClick(view.list, Qt.Key.Key_Return)


def test_viewable_contents_open_in_the_app_whatever_their_declared_name(
    window: MainWindow, qtbot: Any
) -> None:
    add_attachments(
        window,
        [
            ("scan-devis.txt", "txt", pdf_pages(2)),  # a PDF under a wrong name
            ("photo.pdf", "pdf", png_bytes()),  # a PNG under a wrong name
            ("facture-ubl.bin", "bin", UBL.read_bytes()),  # an XML invoice
        ],
    )
    view = window.detail.attachments
    spy = Spy(view, launcher_works=True)
    for row, pages in ((0, 2), (1, 1)):
        activate(window, row)
        viewer = view.viewers[-1]
        assert viewer.isVisible()
        qtbot.waitUntil(lambda v=viewer, p=pages: v.document.pageCount() == p)
        viewer.close()
    activate(window, 2)
    reconstituted = view.viewers[-1]
    qtbot.waitUntil(lambda: reconstituted.document.pageCount() >= 1)
    assert "facture-ubl.bin" in reconstituted.windowTitle()
    reconstituted.close()
    assert spy.questions == [] and spy.urls == []  # nothing left the app


def test_a_text_goes_to_the_system_and_no_launcher_is_said_in_french(
    window: MainWindow, qtbot: Any
) -> None:
    add_attachments(window, [("bon-livraison.pdf", "pdf", "Livré le 3 mars.\n".encode())])
    view = window.detail.attachments
    spy = Spy(view, launcher_works=False)
    activate(window, 0)
    assert len(spy.questions) == 1 and "application de votre système" in spy.questions[0]
    assert view.last_opened is not None and view.last_opened.suffix == ".txt"  # detected type
    assert spy.urls == [QUrl.fromLocalFile(str(view.last_opened))]
    assert len(spy.messages) == 1
    assert "Aucune application de ce poste ne sait ouvrir « bon-livraison.pdf »" in spy.messages[0]
    assert str(view.last_opened) in spy.messages[0]
    assert view.last_opened.read_bytes() == "Livré le 3 mars.\n".encode()


def test_unknown_content_is_only_saved_never_launched(window: MainWindow, qtbot: Any) -> None:
    add_attachments(window, [("facture.pdf", "pdf", b"MZ\x90\x00\x03" + b"\x00" * 60)])
    view = window.detail.attachments
    spy = Spy(view, launcher_works=True)
    activate(window, 0)
    assert view.last_opened is not None and view.last_opened.suffix == ".bin"
    assert spy.urls == [QUrl.fromLocalFile(str(view.last_opened.parent))]  # the folder only
    assert spy.messages == []
