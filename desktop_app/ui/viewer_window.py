"""The detached viewer: one PDF (an invoice, an attachment) in a window of its own."""

from __future__ import annotations

from desktop_app.ui.pdf_viewer import PdfViewer
from desktop_app.ui.qt import (
    QAction,
    QBuffer,
    QByteArray,
    QIODevice,
    QKeySequence,
    QPdfDocument,
    Qt,
    QVBoxLayout,
    QWidget,
)


class ViewerWindow(QWidget):
    """A top-level window showing ``data`` (PDF bytes); Esc closes it."""

    def __init__(self, data: bytes, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("{title} — visionneuse").format(title=title))
        self.document = QPdfDocument(self)
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.viewer = PdfViewer(self.document, self, detachable=False)
        self.viewer.title = title
        close = QAction(self.tr("Fermer la visionneuse"), self)
        close.setShortcuts([QKeySequence("Esc"), QKeySequence("F11")])
        close.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        close.triggered.connect(self.close)
        self.addAction(close)
        self.viewer.toolbar.addSeparator()
        self.viewer.toolbar.addAction(close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.viewer)
        self.resize(1100, 800)


def open_viewer(
    data: bytes, title: str, parent: QWidget | None, zoom: tuple[str, float] | None = None
) -> ViewerWindow:
    """Show ``data`` in a new, maximised viewer window (at ``zoom`` when given)."""
    window = ViewerWindow(data, title, parent)
    window.showMaximized()
    window.activateWindow()
    if zoom is not None:
        window.viewer.apply_zoom(*zoom)
    window.viewer.view.setFocus()
    return window
