"""« Factures avec anomalies » and the « Contrôles » tab, on a real cache and real window.

Two of the 400 synthetic invoices get a real corpus file (CEN TC434 examples): one whose line 1
bills 2 × 1273.00 for a net of 1273.00, one valid. The window's checks runner checks them in
the background; the filter then lists the first only and its tab names the rule.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop_app.models import Blob, Invoice, InvoiceDocument
from desktop_app.models.database import Database
from desktop_app.ui.adapters.sync_adapter import SyncService
from desktop_app.ui.qt import QSettings
from tests.ui.conftest import make_window, wait_background

BAD = "ubl/cen-ubl-tc434-example2.xml"
GOOD = "ubl/cen-Invoice-Max_content.xml"


def _attach(cache: Database, invoice_id: int, content: bytes) -> None:
    def work(session: Any) -> None:
        blob = Blob(sha256=hashlib.sha256(content).hexdigest(), size=len(content), content=content)
        session.add(blob)
        session.flush()
        session.add(InvoiceDocument(invoice_id=invoice_id, file_format="XML", blob_id=blob.id))

    cache.writer.run(work)


def test_anomalies_filter_and_checks_tab(
    qtbot: Any, cache: Database, settings: QSettings, tmp_path: Path, corpus_dir: Path
) -> None:
    with cache.read() as session:
        bad_id, good_id = list(session.scalars(select(Invoice.id).order_by(Invoice.id).limit(2)))
    _attach(cache, bad_id, (corpus_dir / BAD).read_bytes())
    _attach(cache, good_id, (corpus_dir / GOOD).read_bytes())
    window = make_window(qtbot, SyncService(cache, settings_path=tmp_path / "c.json"), settings)
    window._base_filter = window._base_filter.__class__()  # every inbox
    qtbot.waitUntil(lambda: not window.checks_runner._running, timeout=10_000)
    window.filters.anomalies.setChecked(True)
    window.filters.apply_now()
    wait_background(qtbot)
    model = window.list.invoice_model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5_000)
    assert model.invoice_id(0) == bad_id
    window.detail.show_invoice(bad_id)
    wait_background(qtbot)
    tabs = window.detail.tabs
    assert tabs.tabText(window.detail.checks_tab) == "Cont&rôles (1 anomalie(s))"
    table = window.detail.checks.table
    assert table.rowCount() == 1
    assert "PEPPOL-EN16931-R120" in table.item(0, 0).text()
    assert "2\u202f546,00" in table.item(0, 1).text()
    assert "Tolérance" in table.item(0, 1).text()
    window.detail.show_invoice(good_id)
    wait_background(qtbot)
    assert tabs.tabText(window.detail.checks_tab) == "Cont&rôles"
    assert "Aucune anomalie" in window.detail.checks.summary.text()
    window.filters.anomalies.setChecked(False)
    window.filters.apply_now()
    wait_background(qtbot)
    qtbot.waitUntil(lambda: model.rowCount() > 1, timeout=5_000)


def test_structure_requirement_finding_shows_its_suggested_action(
    qtbot: Any, cache: Database, settings: QSettings, tmp_path: Path, corpus_dir: Path
) -> None:
    """The structure requires a service code (as consulterStructure said at the pull); the
    French Factur-X MINIMUM file (mustangproject, see the corpus MANIFEST) has none."""
    from desktop_app.models.engagements import store_requirement

    with cache.read() as session:
        invoice = session.scalars(select(Invoice).order_by(Invoice.id).limit(1)).one()
        invoice_id, structure_id = invoice.id, invoice.structure_id
    cache.writer.run(
        lambda session: store_requirement(
            session,
            structure_id,
            engagement_required=False,
            service_required=True,
            service_or_engagement=False,
        )
    )
    _attach(cache, invoice_id, (corpus_dir / "cii/mustang-facturFrMinimum.xml").read_bytes())
    window = make_window(qtbot, SyncService(cache, settings_path=tmp_path / "c.json"), settings)
    window._base_filter = window._base_filter.__class__()  # every inbox
    qtbot.waitUntil(lambda: not window.checks_runner._running, timeout=10_000)
    window.filters.anomalies.setChecked(True)
    window.filters.apply_now()
    wait_background(qtbot)
    model = window.list.invoice_model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5_000)
    assert model.invoice_id(0) == invoice_id
    window.detail.show_invoice(invoice_id)
    wait_background(qtbot)
    table = window.detail.checks.table
    rows = [
        table.item(r, 0).text() + "\n" + table.item(r, 1).text() for r in range(table.rowCount())
    ]
    found = next(text for text in rows if "FR-CODE-SERVICE" in text)
    assert "codeServiceDoitEtreRenseigne" in found
    assert "Action suggérée : recycler la facture vers le bon service." in found
