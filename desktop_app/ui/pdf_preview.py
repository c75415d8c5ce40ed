"""The invoice's reconstituted image: a zoomable, printable view, rendered on a worker thread,
cached; it opens in a window of its own on request."""

from __future__ import annotations

from collections import OrderedDict

from desktop_app.models.database import Database
from desktop_app.models.detail_rows import InvoiceDetail
from desktop_app.ui.adapters.documents_adapter import PreviewUnavailable, render_pdf
from desktop_app.ui.i18n import current_language
from desktop_app.ui.pdf_viewer import FIT_WIDTH, PdfViewer
from desktop_app.ui.qt import (
    QBuffer,
    QByteArray,
    QIODevice,
    QLabel,
    QPdfDocument,
    QSettings,
    QVBoxLayout,
    QWidget,
    Signal,
    is_alive,
)
from desktop_app.ui.summary_pdf import summary_pdf
from desktop_app.ui.viewer_window import ViewerWindow, open_viewer
from desktop_app.ui.workers import run_in_pool


class PdfPreview(QWidget):
    """Shows one invoice's PDF; renders at most once per invoice version and language."""

    CACHE_MAX = 24
    rendered = Signal(int)  # invoice id, once its PDF is on screen

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.document = QPdfDocument(self)
        self.viewer = PdfViewer(self.document, self)
        self.view = self.viewer.view
        self.viewer.detach_requested.connect(self.open_detached)
        self.viewer.zoom_changed.connect(self._remember_zoom)
        self.settings: QSettings | None = None
        self.detached: ViewerWindow | None = None
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.viewer, 1)
        self._cache: OrderedDict[tuple[int, str, str], bytes] = OrderedDict()
        self._buffer: QBuffer | None = None
        self._wanted: tuple[int, str, str] | None = None
        self._shown: tuple[int, str, str] | None = None  # the version on screen
        self._detail: InvoiceDetail | None = None
        self.renders = 0

    def show_invoice(self, detail: InvoiceDetail | None) -> None:
        """Display ``detail``'s PDF (from the cache, or rendered in the background)."""
        self._detail = detail
        self.viewer.title = (
            self.tr("Facture {number}").format(number=detail.number) if detail is not None else ""
        )
        if detail is None:
            self._wanted = self._shown = None
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
        """A new document object per invoice version (the same version on screen is kept:
        reloading it on every event of a sent action only made the view start over)."""
        if key == self._shown and self.document.pageCount():
            self.note.setVisible(False)
            self.rendered.emit(key[0])
            return
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document = QPdfDocument(self)
        document.load(buffer)
        previous = self.document
        self.document = document
        self.viewer.set_document(document)
        previous.close()
        previous.deleteLater()
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        self._shown = key
        self.note.setVisible(False)
        self.rendered.emit(key[0])

    def use_settings(self, settings: QSettings) -> None:
        """Remember the zoom in ``settings`` (and restore the last one now). Until the clerk
        picks one, the page fits the view's width: at 1366×768 the whole width of the
        invoice — its amounts column included — shows in the ~600-pixel image, nothing cut
        (100 % is Ctrl+0 away, and remembered once chosen)."""
        self.settings = settings
        mode = str(settings.value("viewer/zoom_mode", FIT_WIDTH))
        factor = float(str(settings.value("viewer/zoom_factor", 1.0)))
        self.viewer.apply_zoom(mode, factor)

    def _remember_zoom(self, mode: str, factor: float) -> None:
        if self.settings is not None:
            self.settings.setValue("viewer/zoom_mode", mode)
            self.settings.setValue("viewer/zoom_factor", factor)

    def current_pdf(self) -> bytes | None:
        """The PDF on screen (None while it is being prepared)."""
        if self._wanted is None or self._detail is None:
            return None
        return self._cache.get(self._wanted)

    def open_detached(self) -> ViewerWindow | None:
        """The shown invoice in the full-window viewer, at the current zoom."""
        data = self.current_pdf()
        if data is None:
            return None
        if self.detached is not None and is_alive(self.detached):
            self.detached.close()
        self.detached = open_viewer(
            data, self.viewer.title, self.window(), (self.viewer.mode, self.view.zoomFactor())
        )
        return self.detached
