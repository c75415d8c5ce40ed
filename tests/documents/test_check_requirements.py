"""The structure's requirements as a check rule: a real corpus file without a service code
(ZUGFeRD/mustangproject 096db40a9806b0b5202028509dff3563efe7fc8c,
library/src/test/resources/cii/facturFrMinimum.xml, see the corpus MANIFEST) in a real
(migrated SQLite) cache; the invoice row is synthetic."""

from __future__ import annotations

import hashlib
from pathlib import Path

from desktop_app.documents.check_requirements import structure_requirements
from desktop_app.documents.check_store import check_pending, stored_findings
from desktop_app.models.database import Database
from desktop_app.models.engagements import store_requirement
from desktop_app.models.invoices import Blob, Invoice, InvoiceDocument
from desktop_app.models.queries import InvoiceFilter, fetch_ids
from desktop_app.ui.adapters.checks_adapter import load_checks
from tests.models.factories import invoice_values

NO_SERVICE = "cii/mustang-facturFrMinimum.xml"


def _store(database: Database, corpus_dir: Path) -> tuple[int, int]:
    content = (corpus_dir / NO_SERVICE).read_bytes()
    values = invoice_values(0)

    def work(session) -> None:  # type: ignore[no-untyped-def]
        session.add(Invoice(**values))
        blob = Blob(sha256=hashlib.sha256(content).hexdigest(), size=len(content), content=content)
        session.add(blob)
        session.flush()
        session.add(InvoiceDocument(invoice_id=values["id"], file_format="XML", blob_id=blob.id))

    database.writer.run(work)
    return int(values["id"]), int(values["structure_id"])


def _require(database: Database, structure_id: int, *, service: bool, engagement: bool) -> None:
    database.writer.run(
        lambda session: store_requirement(
            session,
            structure_id,
            engagement_required=engagement,
            service_required=service,
            service_or_engagement=False,
        )
    )


def _rules(database: Database, invoice_id: int) -> list[str]:
    with database.read() as session:
        stored = stored_findings(session, invoice_id)
    assert stored is not None
    return [f.rule for f in stored[0]]


def test_required_service_code_is_a_finding_with_its_suggested_action(
    database: Database, corpus_dir: Path
) -> None:
    invoice_id, structure_id = _store(database, corpus_dir)
    with database.read() as session:
        assert structure_requirements(session, invoice_id) is None  # never read: no rule
    check_pending(database, structure_requirements)
    assert "FR-CODE-SERVICE" not in _rules(database, invoice_id)
    with database.read() as session:
        assert fetch_ids(session, InvoiceFilter(with_anomalies=True)) == []

    # the pull learns that the structure requires a service code: checked again
    _require(database, structure_id, service=True, engagement=False)
    assert check_pending(database, structure_requirements).checked == 1
    assert "FR-CODE-SERVICE" in _rules(database, invoice_id)
    assert "FR-NUMERO-EJ" not in _rules(database, invoice_id)  # the file has its PO445
    with database.read() as session:
        assert fetch_ids(session, InvoiceFilter(with_anomalies=True)) == [invoice_id]
    shown = load_checks(database, invoice_id, "fr")
    row = next(r for r in shown.rows if r.rule == "FR-CODE-SERVICE")
    assert row.is_error and "recycler" in row.suggested
    english = next(r for r in load_checks(database, invoice_id, "en").rows if r.is_error)
    assert english.suggested == "Suggested action: recycle the invoice to the right service."

    # the same requirements read again: nothing to check again
    _require(database, structure_id, service=True, engagement=False)
    assert check_pending(database, structure_requirements).checked == 0
    # no longer required: the finding goes at the next check
    _require(database, structure_id, service=False, engagement=False)
    assert check_pending(database, structure_requirements).checked == 1
    assert "FR-CODE-SERVICE" not in _rules(database, invoice_id)


def test_required_commitment_number_suggests_suspending_to_ask_for_it(corpus_dir: Path) -> None:
    """No French corpus file lacks its commitment number: the Chorus Pro pivot example
    (Pastell, see the MANIFEST) is read, then its BT-13 taken away."""
    import dataclasses

    from desktop_app.documents.checks import check_invoice
    from desktop_app.documents.checks_french import BuyerRequirements
    from desktop_app.documents.checks_text import suggested_text
    from desktop_app.documents.reader import read_invoice

    read = read_invoice((corpus_dir / "chorus/pastell-chorus-facture-pivot.xml").read_bytes())
    required = BuyerRequirements(engagement_required=True)
    assert "FR-NUMERO-EJ" not in [f.rule for f in check_invoice(read, required)]
    without = dataclasses.replace(read, order_reference=None)  # BT-13
    finding = next(f for f in check_invoice(without, required) if f.rule == "FR-NUMERO-EJ")
    assert "suspendre" in suggested_text(finding, "fr")
    assert suggested_text(finding, "en").startswith("Suggested action: suspend")
