"""A status unknown to the catalogue is shown readably in the list, the detail and
Aide › Diagnostics (real cache, real window; the status row is written as the pull does)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop_app.models import Invoice
from desktop_app.models.database import Database
from desktop_app.sync.unknown_statuses import SeenStatus, record_unknown
from desktop_app.ui.adapters.sync_adapter import SyncService
from desktop_app.ui.i18n import install_language, status_label, status_meaning
from desktop_app.ui.qt import QSettings
from tests.ui.conftest import make_window, wait_background


# the diagnostics window is raised when opened: the offscreen platform warns about raise()
@pytest.mark.qt_log_ignore("does not support raise", "propagateSizeHints")
def test_unknown_status_shown_with_the_platforms_label(
    qtbot: Any, cache: Database, settings: QSettings, tmp_path: Path
) -> None:
    with cache.read() as session:
        invoice_id = session.scalars(select(Invoice.id).order_by(Invoice.id)).first()
    assert invoice_id is not None

    def arrive(session: Any) -> None:
        row = session.get(Invoice, invoice_id)
        row.status, row.inbox = "ENCAISSEE", "other"
        record_unknown(session, [SeenStatus("ENCAISSEE", "Encaissée", "search", invoice_id)])
        record_unknown(session, [SeenStatus("PRISE_EN_CHARGE", None, "history", invoice_id)])

    cache.writer.run(arrive)
    window = make_window(qtbot, SyncService(cache, settings_path=tmp_path / "c.json"), settings)
    assert status_label("ENCAISSEE") == "Encaissée (ENCAISSEE)"
    assert status_label("PRISE_EN_CHARGE") == "PRISE_EN_CHARGE (statut non répertorié)"
    assert "Diagnostics" in status_meaning("ENCAISSEE")
    window.detail.show_invoice(invoice_id)
    assert window.detail.fields["status"].text() == "Encaissée (ENCAISSEE)"
    window.actions_by_key["diagnostics"].trigger()
    wait_background(qtbot)
    dialog = window.diagnostics.dialog
    assert dialog is not None and dialog.isVisible()
    table = dialog.table
    rows = {table.item(r, 0).text(): [table.item(r, c).text() for c in range(6)] for r in range(2)}
    assert rows["ENCAISSEE"][1] == "Encaissée"
    assert rows["ENCAISSEE"][2] == "statut courant"
    assert rows["ENCAISSEE"][5] == "1"  # one cached invoice is in it now
    assert rows["PRISE_EN_CHARGE"][1] == "(aucun libellé transmis)"
    assert rows["PRISE_EN_CHARGE"][5] == "0"
    dialog.close()
    install_language("en")
    assert status_label("PRISE_EN_CHARGE") == "PRISE_EN_CHARGE (unlisted status)"
