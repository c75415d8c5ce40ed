"""The invoice's reconstituted image: QtPdf's view, rendered on a worker thread, cached."""

from __future__ import annotations

from collections import OrderedDict

from desktop_app.models.database import Database
from desktop_app.ui.adapters.documents_adapter import PreviewUnavailable, render_pdf
from desktop_app.ui.detail_data import InvoiceDetail
from desktop_app.ui.i18n import current_language
from desktop_app.ui.qt import (
    QBuffer,
    QByteArray,
    QIODevice,
    QLabel,
    QPdfDocument,
    QPdfView,
    QVBoxLayout,
    QWidget,
    Signal,
)
from desktop_app.ui.summary_pdf import summary_pdf
from desktop_app.ui.workers import run_in_pool


class PdfPreview(QWidget):
    """Shows one invoice's PDF; renders at most once per invoice version and language."""

    CACHE_MAX = 24
    rendered = Signal(int)  # invoice id, once its PDF is on screen

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.view)
        self._cache: OrderedDict[tuple[int, str, str], bytes] = OrderedDict()
        self._buffer: QBuffer | None = None
        self._wanted: tuple[int, str, str] | None = None
        self._detail: InvoiceDetail | None = None
        self.renders = 0

    def show_invoice(self, detail: InvoiceDetail | None) -> None:
        """Display ``detail``'s PDF (from the cache, or rendered in the background)."""
        self._detail = detail
        if detail is None:
            self._wanted = None
            self.document.close()
            return
        key = (detail.id, detail.updated_marker, current_language())
        self._wanted = key
        cached = self._cache.get(key)
        if cached is not None:
            self._cache.move_to_end(key)
            self._load(cached, key)
            return
        self.note.setText(self.tr("Préparation de l'image de la facture…"))
        self.note.setVisible(True)
        invoice_id, language = detail.id, current_language()
        database = self.database

        def work() -> bytes:
            return render_pdf(database, invoice_id, language)

        def done(data: bytes) -> None:
            self._rendered(key, data, "")

        def failed(exc: BaseException, _details: str) -> None:
            self._failed(key, exc)

        run_in_pool(work, done, failed, owner=self)

    def _failed(self, key: tuple[int, str, str], exc: BaseException) -> None:
        if key != self._wanted or self._detail is None:
            return
        if isinstance(exc, PreviewUnavailable) and exc.reason == "preview.document_error":
            note = self.tr(
                "Le fichier de la facture est illisible ({detail}). "
                "Aperçu établi à partir des données de la plateforme."
            ).format(detail=exc.detail)
        else:
            note = self.tr(
                "Fichier de la facture pas encore téléchargé : "
                "aperçu établi à partir des données de la plateforme."
            )
        self._rendered(key, summary_pdf(self._detail, note), note)

    def _rendered(self, key: tuple[int, str, str], data: bytes, note: str) -> None:
        self.renders += 1
        self._cache[key] = data
        while len(self._cache) > self.CACHE_MAX:
            self._cache.popitem(last=False)
        if key == self._wanted:
            self._load(data, key)
            self.note.setText(note)
            self.note.setVisible(bool(note))

    def _load(self, data: bytes, key: tuple[int, str, str]) -> None:
        self.document.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        self.note.setVisible(False)
        self.rendered.emit(key[0])
