"""The checks' outcome is stored per invoice and « factures avec anomalies » filters in SQL.

Real corpus files in a real (migrated SQLite) cache; the invoices rows are synthetic.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from sqlalchemy import select

from desktop_app.documents.check_store import (
    RULES_VERSION,
    check_pending,
    findings_from_json,
    findings_to_json,
    stored_findings,
)
from desktop_app.documents.checks import check_invoice
from desktop_app.documents.reader import read_invoice
from desktop_app.models.database import Database
from desktop_app.models.invoice_checks import InvoiceCheck
from desktop_app.models.invoices import Blob, Invoice, InvoiceDocument
from desktop_app.models.queries import InvoiceFilter, fetch_ids
from tests.models.factories import invoice_values

FILES = {
    0: "ubl/cen-ubl-tc434-example2.xml",  # 2 × 1273.00 billed 1273.00: an error
    1: "ubl/cen-Invoice-Max_content.xml",  # valid
    2: "malformed/mustang-invalidV2Root.xml",  # cannot be read
}


def _store(database: Database, corpus_dir: Path, index: int, name: str) -> int:
    content = (corpus_dir / name).read_bytes()
    values = invoice_values(index)

    def work(session) -> None:  # type: ignore[no-untyped-def]
        session.add(Invoice(**values))
        blob = Blob(sha256=hashlib.sha256(content).hexdigest(), size=len(content), content=content)
        session.add(blob)
        session.flush()
        session.add(InvoiceDocument(invoice_id=values["id"], file_format="XML", blob_id=blob.id))

    database.writer.run(work)
    return int(values["id"])


def test_outcome_is_stored_and_filters_the_list(database: Database, corpus_dir: Path) -> None:
    ids = {index: _store(database, corpus_dir, index, name) for index, name in FILES.items()}
    run = check_pending(database)
    assert (run.checked, run.with_errors, run.unreadable) == (3, 1, 1)
    with database.read() as session:
        assert fetch_ids(session, InvoiceFilter(with_anomalies=True)) == [ids[0]]
        assert len(fetch_ids(session, InvoiceFilter())) == 3
        stored = stored_findings(session, ids[0])
        assert stored is not None
        findings, read_error = stored
        assert read_error is None
        assert [f.rule for f in findings] == ["PEPPOL-EN16931-R120"]
        unreadable = stored_findings(session, ids[2])
        assert unreadable == ([], "unknown_root")
    assert check_pending(database).checked == 0  # nothing left: not retried


def test_new_rules_check_everything_again(database: Database, corpus_dir: Path) -> None:
    invoice_id = _store(database, corpus_dir, 0, FILES[0])
    check_pending(database)

    def age(session) -> None:  # type: ignore[no-untyped-def]
        session.get(InvoiceCheck, invoice_id).rules_version = "old"

    database.writer.run(age)
    assert check_pending(database).checked == 1
    with database.read() as session:
        versions = session.scalars(select(InvoiceCheck.rules_version)).all()
    assert versions == [RULES_VERSION]


def test_findings_round_trip_exactly(corpus_dir: Path) -> None:
    invoice = read_invoice((corpus_dir / "cii/cen-huf_example_cii.xml").read_bytes())
    findings = check_invoice(invoice)
    assert findings
    assert findings_from_json(findings_to_json(findings)) == findings
    assert findings_from_json("not json") == []
