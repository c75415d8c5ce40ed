"""Invoice details, attachment metadata and files, fetched lazily or in the background.

After a pull, invoices whose marker moved have ``detail_synced_at`` NULL. This module consults
them (3.3), stores details and attachment metadata, downloads the files (3.6) and keeps each
file once in ``blobs`` by SHA-256. The download is read by content
(:mod:`desktop_app.sync.download_reader`: a ZIP, a raw PIVOT XML with its ``PJ``, another XML
or a PDF). An answer that cannot be read is not retried forever: the invoice gets a document
row with ``parse_error_key = "sync.download_unreadable"`` and the detail in ``parse_error``
(the UI shows the translated message where its preview would be); it is fetched again only
when the invoice changes on the platform.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from desktop_app.models.database import Database
from desktop_app.models.invoices import Attachment, Blob, Invoice, InvoiceDocument
from desktop_app.sync.backoff import Backoff, with_retries
from desktop_app.sync.client import PlatformClient, is_transient
from desktop_app.sync.download_reader import (
    MAX_ARCHIVE_BYTES,
    MAX_MEMBER_BYTES,
    MAX_MEMBERS,
    FetchedFiles,
    attachments_of,
    read_download,
)
from desktop_app.sync.errors import BadResponseError, ValidationRefused
from desktop_app.sync.mapping import MIME_TYPES, attachment_rows, detail_values

log = logging.getLogger(__name__)

FILE_FORMATS = {"xml": "XML", "pdf": "PDF"}
UNREADABLE_KEY = "sync.download_unreadable"
__all__ = [
    "MAX_ARCHIVE_BYTES",
    "MAX_MEMBERS",
    "MAX_MEMBER_BYTES",
    "DocumentFetcher",
    "FetchedFiles",
    "Unreadable",
    "read_archive",
    "store_documents",
]


def read_archive(encoded: str, invoice_id: int) -> FetchedFiles:
    """Decode ``fichierResultat`` and pick the files of ``invoice_id`` (any packaging)."""
    return read_download(encoded, invoice_id)


@dataclass(frozen=True)
class Unreadable:
    """A download answer that could not be read: ``detail`` says what was wrong."""

    detail: str


def _blob_id(session: Session, content: bytes) -> int:
    digest = hashlib.sha256(content).hexdigest()
    session.execute(
        insert(Blob)
        .values(sha256=digest, size=len(content), content=content)
        .on_conflict_do_nothing(index_elements=["sha256"])
    )
    blob_id = session.scalar(select(Blob.id).where(Blob.sha256 == digest))
    assert blob_id is not None
    return blob_id


def store_documents(
    session: Session,
    invoice_id: int,
    facture: dict[str, Any],
    files: FetchedFiles | Unreadable | None,
    fmt: str,
) -> None:
    """Write details, attachment metadata and file contents of one invoice."""
    invoice = session.get(Invoice, invoice_id)
    if invoice is None:
        return
    now = datetime.now(UTC)
    for name, value in detail_values(facture).items():
        setattr(invoice, name, value)
    invoice.detail_synced_at = now
    rows = attachment_rows(invoice_id, facture)
    if rows:
        stmt = insert(Attachment)
        stmt = stmt.on_conflict_do_update(
            index_elements=["invoice_id", "platform_attachment_id"],
            set_={
                name: stmt.excluded[name]
                for name in ("designation", "extension", "type_code", "mime_type", "is_main")
            },
        )
        session.execute(stmt, rows)
    if files is None:
        return
    if isinstance(files, Unreadable):
        _mark_unreadable(session, invoice, files.detail, fmt)
        invoice.file_synced_at = now
        return
    _store_named(session, invoice_id, attachments_of(files, invoice.number))
    for platform_id, content in files.attachments.items():
        attachment = session.scalars(
            select(Attachment).where(
                Attachment.invoice_id == invoice_id,
                Attachment.platform_attachment_id == platform_id,
            )
        ).first()
        if attachment is not None:
            attachment.blob_id = _blob_id(session, content)
            attachment.size = len(content)
    if files.invoice_file is not None:
        extension, content = files.invoice_file
        document = session.get(InvoiceDocument, invoice_id) or InvoiceDocument(
            invoice_id=invoice_id
        )
        document.file_format = (
            "PIVOT"
            if files.packaging == "pivot"
            else fmt
            if fmt != "XML"
            else FILE_FORMATS.get(extension, "XML")
        )
        blob = _blob_id(session, content)
        if document.blob_id != blob:
            document.parsed_json = None
            document.parsed_at = None
            document.parse_error = None
            document.parse_error_key = None
        document.blob_id = blob
        session.add(document)
    invoice.file_synced_at = now
    invoice.downloaded = True


def _mark_unreadable(session: Session, invoice: Invoice, detail: str, fmt: str) -> None:
    """A visible "needs attention" document: the French message, no retry until it changes."""
    document = session.get(InvoiceDocument, invoice.id) or InvoiceDocument(
        invoice_id=invoice.id, file_format=fmt
    )
    document.parse_error_key = UNREADABLE_KEY  # message: user_message(key, detail=parse_error)
    document.parse_error = detail
    document.parsed_json = None
    document.parsed_at = None
    session.add(document)


def _same_name(attachment: Attachment, name: str) -> bool:
    wanted = name.strip().lower()
    designation = (attachment.designation or "").strip().lower()
    extension = (attachment.extension or "").strip().lower()
    return wanted in (designation, f"{designation}.{extension}" if extension else designation)


def _store_named(session: Session, invoice_id: int, named: list[tuple[str, str, bytes]]) -> None:
    """PIVOT ``PJ`` attachments: onto the consulted row of the same name, else a new row."""
    if not named:
        return
    rows = list(session.scalars(select(Attachment).where(Attachment.invoice_id == invoice_id)))
    for name, type_code, content in named:
        row = next((r for r in rows if r.blob_id is None and _same_name(r, name)), None)
        if row is None:
            stem, dot, extension = name.rpartition(".")
            row = Attachment(
                invoice_id=invoice_id,
                platform_attachment_id=None,
                designation=(stem if dot else name)[:200],
                extension=(extension if dot else None),
                type_code=type_code[:40] or None,
                mime_type=MIME_TYPES.get(extension.upper()) if dot else None,
                is_main=type_code == "01",
            )
            session.add(row)
            rows.append(row)
        row.blob_id = _blob_id(session, content)
        row.size = len(content)


class DocumentFetcher:
    """Fetches details (and files when ``with_files``) for invoices that need them."""

    def __init__(
        self,
        client: PlatformClient,
        database: Database,
        *,
        with_files: bool = True,
        fmt: str = "XML",
        workers: int = 4,
        backoff: Backoff | None = None,
        cancel: threading.Event | None = None,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> None:
        self.client = client
        self.database = database
        self.with_files = with_files
        self.fmt = fmt
        self.workers = workers
        self.backoff = backoff or Backoff()
        self.cancel = cancel or threading.Event()
        self.on_progress = on_progress

    def stale_ids(self, limit: int | None = None) -> list[int]:
        """Invoices whose details (or files) are missing or older than their last change."""
        column = Invoice.file_synced_at if self.with_files else Invoice.detail_synced_at
        query = select(Invoice.id).where(column.is_(None)).order_by(Invoice.id)
        if limit is not None:
            query = query.limit(limit)
        with self.database.read() as session:
            return list(session.scalars(query))

    def _fetch(
        self, invoice_id: int
    ) -> tuple[int, dict[str, Any], FetchedFiles | Unreadable | None] | None:
        def retry(call: Callable[[], Any]) -> Any:
            return with_retries(
                call, policy=self.backoff, is_transient=is_transient, cancel=self.cancel
            )

        try:
            facture = retry(lambda: self.client.consult(invoice_id))
            files: FetchedFiles | Unreadable | None = None
            if self.with_files:
                files = self._download(invoice_id, retry)
        except ValidationRefused as exc:
            if exc.code_retour == 20001:
                return None  # no longer visible
            raise
        return invoice_id, facture, files

    def _download(
        self, invoice_id: int, retry: Callable[[Callable[[], Any]], Any]
    ) -> FetchedFiles | Unreadable:
        """The files of ``invoice_id``; an answer still unreadable after the in-run retries
        (garbled body, unknown content) becomes :class:`Unreadable`, not an endless retry."""
        try:
            answer = retry(lambda: self.client.download([invoice_id], self.fmt, True))
            return read_download(str(answer.get("fichierResultat") or ""), invoice_id)
        except BadResponseError as exc:
            log.warning("download of invoice %s unreadable: %s", invoice_id, exc)
            return Unreadable(str(exc.params.get("detail") or exc))

    def fetch(self, ids: Sequence[int], batch: int = 50) -> int:
        """Fetch ``ids`` with the network pool, writing in batches; returns how many stored."""
        stored = 0
        with ThreadPoolExecutor(self.workers, thread_name_prefix="sync-files") as pool:
            for start in range(0, len(ids), batch):
                if self.cancel.is_set():
                    break
                chunk = list(pool.map(self._fetch, ids[start : start + batch]))
                results = [item for item in chunk if item is not None]

                def work(session: Session, results: list[Any] = results) -> None:
                    for invoice_id, facture, files in results:
                        store_documents(session, invoice_id, facture, files, self.fmt)

                self.database.writer.run(work)
                stored += len(results)
                if self.on_progress is not None:
                    self.on_progress(min(start + batch, len(ids)), len(ids))
        return stored

    def fetch_pending(self, limit: int | None = None) -> int:
        """Fetch every invoice that needs it."""
        return self.fetch(self.stale_ids(limit))
