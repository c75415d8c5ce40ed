"""The one place the UI calls the documents layer: the invoice's reconstituted PDF."""

from __future__ import annotations

import importlib
import logging
from typing import Any

from desktop_app.models.database import Database
from desktop_app.models.invoice_reads import download_problem as read_download_problem
from desktop_app.models.invoice_reads import invoice_file
from desktop_app.sync.errors import user_message

log = logging.getLogger(__name__)


class PreviewUnavailable(Exception):
    """No reconstituted image can be made; ``reason`` is a key the UI turns into a message."""

    def __init__(self, reason: str, detail: str = "") -> None:
        self.reason = reason
        self.detail = detail
        super().__init__(f"{reason}: {detail}" if detail else reason)


def _documents() -> Any:
    try:
        return importlib.import_module("desktop_app.documents")
    except ImportError as exc:  # pragma: no cover - the package is part of the app
        raise PreviewUnavailable("preview.no_renderer", str(exc)) from exc


def download_problem(database: Database, invoice_id: int, language: str = "fr") -> str | None:
    """The message (in ``language``) of a download the sync layer could not read, if any."""
    problem = read_download_problem(database, invoice_id)
    if problem is None:
        return None
    key, detail = problem
    return user_message(key, language, detail=detail)


def render_pdf(database: Database, invoice_id: int, language: str) -> bytes:
    """The reconstituted PDF of the cached invoice file (runs on a worker thread).

    Raises :class:`PreviewUnavailable` when the file is not downloaded yet, when this build's
    documents layer cannot render, or when the document cannot be read (its message is kept).
    """
    data = invoice_file(database, invoice_id)
    if data is None:
        problem = download_problem(database, invoice_id, language)
        if problem is not None:  # the platform's answer could not be read: say so
            raise PreviewUnavailable("preview.document_error", problem)
        raise PreviewUnavailable("preview.not_downloaded")
    return render_document(data, language)


def render_document(data: bytes, language: str) -> bytes:
    """The reconstituted PDF of an invoice file's bytes (UBL, CII, Factur-X, Chorus flows)."""
    documents = _documents()
    render = getattr(documents, "render_invoice_pdf", None)
    if render is None:
        raise PreviewUnavailable("preview.no_renderer")
    try:
        invoice = documents.read_invoice(data)
        return bytes(render(invoice, language=language))
    except documents.DocumentError as exc:
        message = exc.message(language) if hasattr(exc, "message") else str(exc)
        raise PreviewUnavailable("preview.document_error", message) from exc


def content_info(data: bytes) -> Any:
    """What ``data`` is by its magic bytes (a ``documents.ContentInfo``)."""
    return _documents().classify(data)
