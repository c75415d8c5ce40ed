"""Exports from the window: the list (with its filters) to CSV/XLSX, the selection's
reconstituted PDFs to a folder or one merged PDF, with a progress bar and a Cancel button."""

from __future__ import annotations

import threading
from pathlib import Path

from desktop_app.documents.exports import (
    PdfExportResult,
    cached_invoice_file,
    export_csv,
    export_pdfs,
    export_xlsx,
)
from desktop_app.models.database import Database
from desktop_app.models.queries import InvoiceFilter
from desktop_app.ui.i18n import current_language
from desktop_app.ui.qt import (
    QFileDialog,
    QObject,
    QProgressDialog,
    QStandardPaths,
    Qt,
    QTimer,
    QWidget,
    Signal,
)


def documents_folder() -> Path:
    """The user's Documents folder (their home when the platform has none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


class ExportController(QObject):
    """Runs one export; :attr:`finished` carries the row count or the PDF result."""

    finished = Signal(object)

    def __init__(self, database: Database, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.database = database
        self.parent_widget = parent_widget
        self.cancel = threading.Event()
        self.progress: QProgressDialog | None = None
        self.result: object = None
        self.done = False
        self._counts = (0, 0)
        self._total = 0
        self.message = ""
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None

    def _ask_target(self, kind: str) -> str | None:
        """Ask where to write (the dialogs open in the user's Documents folder)."""
        titles = {
            "csv": (self.tr("Exporter en CSV"), self.tr("CSV (*.csv)"), self.tr("factures.csv")),
            "xlsx": (
                self.tr("Exporter en XLSX"),
                self.tr("Classeur Excel (*.xlsx)"),
                self.tr("factures.xlsx"),
            ),
            "merged": (
                self.tr("Exporter en un seul PDF"),
                self.tr("PDF (*.pdf)"),
                self.tr("factures.pdf"),
            ),
        }
        if kind == "pdfs":
            folder = QFileDialog.getExistingDirectory(
                self.parent_widget, self.tr("Dossier des PDF"), str(documents_folder())
            )
            return folder or None
        if kind not in titles:
            raise ValueError(f"unknown export kind {kind!r}")
        title, pattern, name = titles[kind]
        path, _ = QFileDialog.getSaveFileName(
            self.parent_widget, title, str(documents_folder() / name), pattern
        )
        if path and not Path(path).suffix:
            path = f"{path}.{'pdf' if kind == 'merged' else kind}"
        return path or None

    def run(
        self, kind: str, criteria: InvoiceFilter, ids: list[int], target: str | None = None
    ) -> object:
        """Export ``kind`` (csv, xlsx: the list; pdfs, merged: ``ids``) to ``target``."""
        chosen = target or self._ask_target(kind)
        if chosen is None:
            return None
        path = Path(chosen)
        language = current_language()
        if kind in ("csv", "xlsx"):
            write = export_csv if kind == "csv" else export_xlsx
            self.result = self.database.query(write, criteria, path, language=language)
            self.done = True
            self._tell(
                self.tr("{count} facture(s) exportée(s) dans {path}").format(
                    count=self.result, path=str(path)
                )
            )
            self.finished.emit(self.result)
            return self.result
        self._start_pdfs(ids, path, kind == "merged", language)
        return None

    def _start_pdfs(self, ids: list[int], path: Path, merged: bool, language: str) -> None:
        self._total = len(ids)
        progress = QProgressDialog(
            self.tr("Export des PDF…"), self.tr("Annuler"), 0, max(1, len(ids)), self.parent_widget
        )
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setValue(0)
        progress.canceled.connect(self.cancel.set)
        self.progress = progress

        def load(invoice_id: int) -> bytes | None:
            return self.database.query(cached_invoice_file, invoice_id)

        def on_progress(done: int, total: int) -> None:
            self._counts = (done, total)

        def work() -> None:
            try:
                self.result = export_pdfs(
                    ids,
                    load,
                    folder=None if merged else path,
                    merged=path if merged else None,
                    language=language,
                    progress=on_progress,
                    cancel=self.cancel,
                )
            except BaseException as exc:  # reported on the GUI thread by _poll
                self._error = exc

        self._thread = threading.Thread(target=work, name="export-pdfs", daemon=True)
        self._thread.start()
        self._timer = QTimer(self)
        self._timer.setInterval(50)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    def _poll(self) -> None:
        done, _total = self._counts
        if self.progress is not None and not self.cancel.is_set():
            self.progress.setValue(done)
        if self._thread is not None and self._thread.is_alive():
            return
        self._timer.stop()
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self.done = True
        if self._error is not None:
            raise self._error
        assert isinstance(self.result, PdfExportResult)
        if not self.result.cancelled:
            skipped = len(self.result.skipped)
            self._tell(
                self.tr("{count} facture(s) exportée(s) en PDF, {skipped} sans fichier").format(
                    count=self._total - skipped, skipped=skipped
                )
            )
        self.finished.emit(self.result)

    def _tell(self, text: str) -> None:
        """Say what was written in the window's status bar (for a few seconds)."""
        self.message = text
        status = getattr(self.parent_widget, "statusBar", None)
        if callable(status):
            status().showMessage(text, 8000)
