"""Exports: the current list to CSV / XLSX, and reconstituted PDFs to a folder or one file."""

from __future__ import annotations

import csv
import io
import itertools
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.documents.errors import DocumentError
from desktop_app.domain.transitions import is_known_status, status_info
from desktop_app.models.invoices import Blob, Invoice, InvoiceDocument
from desktop_app.models.queries import InvoiceFilter, SortKey, fetch_ids, fetch_rows

PAGE = 2000
Progress = Callable[[int, int], None]


def _status_label(code: str, language: str) -> str:
    return status_info(code).label(language) if is_known_status(code) else code


# (French header, English header, value of the row in a language)
COLUMNS: tuple[tuple[str, str, Callable[[Invoice, str], object]], ...] = (
    ("N° facture", "Invoice number", lambda i, _lang: i.number),
    ("Type", "Type", lambda i, _lang: i.invoice_type),
    ("Fournisseur", "Supplier", lambda i, _lang: i.supplier_name),
    ("SIRET fournisseur", "Supplier SIRET", lambda i, _lang: i.supplier_code),
    ("Service", "Service", lambda i, _lang: i.service_code),
    ("N° engagement", "Commitment number", lambda i, _lang: i.engagement_number),
    ("Date facture", "Invoice date", lambda i, _lang: i.issue_date),
    ("Date dépôt", "Deposit date", lambda i, _lang: i.deposit_date),
    ("Montant HT", "Amount excl. VAT", lambda i, _lang: i.amount_excl_vat),
    ("TVA", "VAT", lambda i, _lang: i.amount_vat),
    ("Montant TTC", "Amount incl. VAT", lambda i, _lang: i.amount_incl_vat),
    ("Devise", "Currency", lambda i, _lang: i.currency),
    ("Statut", "Status", lambda i, lang: _status_label(i.status, lang)),
    ("Identifiant Chorus Pro", "Chorus Pro id", lambda i, _lang: i.id),
)


def iter_rows(
    session: Session, criteria: InvoiceFilter, sort: SortKey, descending: bool, language: str
) -> Iterator[list[object]]:
    """Rows of the list in display order, fetched a page at a time."""
    offset = 0
    while ids := fetch_ids(session, criteria, sort, descending, offset=offset, limit=PAGE):
        rows = fetch_rows(session, ids)
        for invoice_id in ids:
            invoice = rows[invoice_id]
            yield [getter(invoice, language) for _, _, getter in COLUMNS]
        offset += len(ids)


def headers(language: str) -> list[str]:
    """Column titles in ``language``."""
    return [en if language.startswith("en") else fr for fr, en, _ in COLUMNS]


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    """``text`` made inert for a spreadsheet: a cell starting with ``= + - @``, a tab or a
    carriage return would be read as a formula (OWASP "CSV injection"), so it gets a leading
    apostrophe, which Excel and LibreOffice show as plain text."""
    return f"'{text}" if text.startswith(_FORMULA_STARTS) else text


def _csv_cell(value: object) -> str:
    """A cell for a French spreadsheet: dd/mm/yyyy, decimal comma, text neutralised."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value, "f").replace(".", ",")
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return neutralise(str(value))


def _xlsx_cell(sheet: Any, value: object) -> object:
    """Numbers and dates stay typed (dates shown dd/mm/yyyy); text is neutralised (openpyxl
    would store a string starting with "=" as a formula)."""
    if isinstance(value, str):
        return neutralise(value)
    if isinstance(value, date):
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = "dd/mm/yyyy hh:mm" if isinstance(value, datetime) else "dd/mm/yyyy"
        return cell
    return value


def write_spreadsheet_csv(target: Path, rows: Iterable[Sequence[object]]) -> int:
    """Write ``rows`` (the first is the header) as CSV a French spreadsheet opens as is:
    ``;`` separator, UTF-8 with BOM, dd/mm/yyyy, decimal comma; returns the data row count."""
    count = -1
    with target.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        for row in rows:
            writer.writerow([_csv_cell(value) for value in row])
            count += 1
    return max(count, 0)


def export_csv(
    session: Session,
    criteria: InvoiceFilter,
    target: Path,
    *,
    sort: SortKey = SortKey.DEPOSIT_DATE,
    descending: bool = True,
    language: str = "fr",
) -> int:
    """Write the list as CSV for a French spreadsheet (``;``, decimal comma, dd/mm/yyyy,
    UTF-8 with BOM, whatever the UI language); headers in ``language``."""
    rows: Iterable[Sequence[object]] = itertools.chain(
        [headers(language)], iter_rows(session, criteria, sort, descending, language)
    )
    return write_spreadsheet_csv(target, rows)


def export_xlsx(
    session: Session,
    criteria: InvoiceFilter,
    target: Path,
    *,
    sort: SortKey = SortKey.DEPOSIT_DATE,
    descending: bool = True,
    language: str = "fr",
) -> int:
    """Write the list as an XLSX workbook; amounts are numbers with two decimals."""
    from openpyxl import Workbook  # openpyxl, pypdf, reader and renderer load on first export

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Factures" if language.startswith("fr") else "Invoices")
    sheet.append(headers(language))
    count = 0
    for row in iter_rows(session, criteria, sort, descending, language):
        sheet.append([_xlsx_cell(sheet, value) for value in row])
        count += 1
    workbook.save(target)
    return count


def cached_invoice_file(session: Session, invoice_id: int) -> bytes | None:
    """The invoice's structured file as cached by sync, or None when not downloaded yet."""
    query = (
        select(Blob.content)
        .join(InvoiceDocument, InvoiceDocument.blob_id == Blob.id)
        .where(InvoiceDocument.invoice_id == invoice_id)
    )
    content = session.scalar(query)
    return bytes(content) if content is not None else None


@dataclass
class PdfExportResult:
    """What a PDF batch produced, and what it could not (with the reason)."""

    written: list[Path] = field(default_factory=list)
    skipped: dict[int, str] = field(default_factory=dict)
    cancelled: bool = False
    pages: int = 0


def export_pdfs(
    invoice_ids: list[int],
    load_file: Callable[[int], bytes | None],
    *,
    folder: Path | None = None,
    merged: Path | None = None,
    language: str = "fr",
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> PdfExportResult:
    """Render each invoice to a PDF in ``folder`` and/or one ``merged`` PDF. Cancellable."""
    if folder is None and merged is None:
        raise ValueError("give a folder, a merged file, or both")
    from pypdf import PdfWriter

    from desktop_app.documents.reader import read_invoice
    from desktop_app.documents.render import render_invoice_pdf

    result = PdfExportResult()
    writer = PdfWriter() if merged is not None else None
    for done, invoice_id in enumerate(invoice_ids, start=1):
        if cancel is not None and cancel.is_set():
            result.cancelled = True
            break
        content = load_file(invoice_id)
        if content is None:
            result.skipped[invoice_id] = "document.not_downloaded"
        else:
            try:
                invoice = read_invoice(content)
            except DocumentError as exc:
                result.skipped[invoice_id] = exc.key
            else:
                pdf = render_invoice_pdf(invoice, language=language)
                if folder is not None:
                    folder.mkdir(parents=True, exist_ok=True)
                    path = folder / f"{invoice_id}_{_safe_name(invoice.number or '')}.pdf"
                    path.write_bytes(pdf)
                    result.written.append(path)
                if writer is not None:
                    writer.append(io.BytesIO(pdf))
        if progress is not None:
            progress(done, len(invoice_ids))
    if writer is not None and merged is not None and not result.cancelled:
        with merged.open("wb") as handle:
            writer.write(handle)
        result.pages = len(writer.pages)
        result.written.append(merged)
    return result


def _safe_name(number: str) -> str:
    cleaned = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in number)
    return cleaned[:60] or "facture"
