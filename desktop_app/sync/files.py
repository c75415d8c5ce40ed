"""Invoice details, attachment metadata and files, fetched lazily or in the background.

After a pull, invoices whose marker moved have ``detail_synced_at`` NULL. This module consults
them (3.3), stores details and attachment metadata, downloads the files (3.6: a ZIP of
``<id>/facture.<ext>`` and ``<id>/pj/<pieceJointeId>_<name>.<ext>``) and keeps each file once
in ``blobs`` by SHA-256. Archives are read with bounded sizes (no zip bombs).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import logging
import threading
import zipfile
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from desktop_app.models.database import Database
from desktop_app.models.invoices import Attachment, Blob, Invoice, InvoiceDocument
from desktop_app.sync.backoff import Backoff, with_retries
from desktop_app.sync.client import PlatformClient, is_transient
from desktop_app.sync.errors import BadResponseError, ValidationRefused
from desktop_app.sync.mapping import attachment_rows, detail_values

log = logging.getLogger(__name__)

MAX_ARCHIVE_BYTES = 130 * 1024 * 1024  # the platform's 120 MB limit plus base64/zip slack
MAX_MEMBER_BYTES = 120 * 1024 * 1024
MAX_MEMBERS = 500
FILE_FORMATS = {"xml": "XML", "pdf": "PDF"}


@dataclass
class FetchedFiles:
    """Files of one invoice read from a download archive."""

    invoice_file: tuple[str, bytes] | None = None  # (extension, content)
    attachments: dict[int, bytes] = field(default_factory=dict)  # pieceJointeId -> content


def read_archive(encoded: str, invoice_id: int) -> FetchedFiles:
    """Decode ``fichierResultat`` and pick the files of ``invoice_id`` (sizes bounded)."""
    if len(encoded) > MAX_ARCHIVE_BYTES * 4 // 3 + 4:
        raise BadResponseError("download archive too large", detail="archive size")
    try:
        raw = base64.b64decode(encoded, validate=True)
        archive = zipfile.ZipFile(io.BytesIO(raw))
    except (binascii.Error, ValueError, zipfile.BadZipFile) as exc:
        raise BadResponseError("download archive unreadable", detail="archive") from exc
    result = FetchedFiles()
    members = archive.infolist()
    if len(members) > MAX_MEMBERS:
        raise BadResponseError("too many files in the archive", detail="archive members")
    prefix = f"{invoice_id}/"
    with archive:
        for member in members:
            if member.is_dir() or not member.filename.startswith(prefix):
                continue
            if member.file_size > MAX_MEMBER_BYTES:
                raise BadResponseError("file too large in the archive", detail=member.filename)
            with archive.open(member) as stream:
                content = stream.read(MAX_MEMBER_BYTES + 1)
            if len(content) > MAX_MEMBER_BYTES:
                raise BadResponseError("file too large in the archive", detail=member.filename)
            rest = member.filename[len(prefix) :]
            if rest.startswith("pj/"):
                head = rest[3:].split("_", 1)[0]
                if head.isdigit():
                    result.attachments[int(head)] = content
            elif rest.startswith("facture."):
                result.invoice_file = (rest.rsplit(".", 1)[-1].lower(), content)
    return result


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
    files: FetchedFiles | None,
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
        document.file_format = fmt if fmt != "XML" else FILE_FORMATS.get(extension, "XML")
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

    def _fetch(self, invoice_id: int) -> tuple[int, dict[str, Any], FetchedFiles | None] | None:
        def retry(call: Callable[[], Any]) -> Any:
            return with_retries(
                call, policy=self.backoff, is_transient=is_transient, cancel=self.cancel
            )

        try:
            facture = retry(lambda: self.client.consult(invoice_id))
            files = None
            if self.with_files:
                answer = retry(lambda: self.client.download([invoice_id], self.fmt, True))
                files = read_archive(str(answer.get("fichierResultat") or ""), invoice_id)
        except ValidationRefused as exc:
            if exc.code_retour == 20001:
                return None  # no longer visible
            raise
        return invoice_id, facture, files

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
