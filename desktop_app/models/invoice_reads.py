"""Small reads the window needs about cached invoices: their services, their downloaded file,
why a download could not be read (run on worker threads; no Qt)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from desktop_app.models.database import Database
from desktop_app.models.invoices import Blob, Invoice, InvoiceDocument

MAX_IDS = 5000  # a notification names the services of at most this many invoices


def service_codes_of(database: Database, ids: set[int]) -> dict[int, str | None]:
    """The service code of each of ``ids`` (at most :data:`MAX_IDS`)."""
    if not ids:
        return {}
    with database.read() as session:
        rows = session.execute(
            select(Invoice.id, Invoice.service_code).where(Invoice.id.in_(sorted(ids)[:MAX_IDS]))
        )
        return {int(i): code for i, code in rows}


def invoice_file(database: Database, invoice_id: int) -> bytes | None:
    """The invoice's downloaded structured file, if the cache has it."""
    with database.read() as session:
        row = session.execute(
            select(Blob.content)
            .join(InvoiceDocument, InvoiceDocument.blob_id == Blob.id)
            .where(InvoiceDocument.invoice_id == invoice_id)
        ).first()
    return None if row is None else bytes(row[0])


def download_problem(database: Database, invoice_id: int) -> tuple[str, str | None] | None:
    """(message key, detail) of a download the sync layer could not read, if any."""
    with database.read() as session:
        document = session.get(InvoiceDocument, invoice_id)
        if document is None or document.blob_id is not None or not document.parse_error_key:
            return None
        return document.parse_error_key, document.parse_error


def table_count(database: Database) -> int:
    """How many tables the cache holds (the start-up smoke check)."""
    return len(inspect(database.engine).get_table_names())


@dataclass(frozen=True, slots=True)
class Target:
    """What an action needs to know about one invoice."""

    id: int
    number: str
    supplier: str
    status: str
    amount_excl_vat: Decimal
    amount_due: Decimal | None
    service_code: str | None


def action_targets(session: Session, ids: list[int]) -> list[Target]:
    """The current cached state of ``ids`` (those still cached, in the given order)."""
    found = []
    for invoice_id in ids:
        inv = session.get(Invoice, invoice_id)
        if inv is not None:
            found.append(
                Target(
                    inv.id,
                    inv.number,
                    inv.supplier_name,
                    inv.status,
                    inv.amount_excl_vat or Decimal(0),
                    inv.amount_due or inv.amount_incl_vat,
                    inv.service_code,
                )
            )
    return found
