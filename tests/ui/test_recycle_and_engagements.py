"""Recycling and engagements as a user meets them in the window.

* against the real sandbox (HTTPS on 127.0.0.1, its own process): the recycle dialog opened by
  the real QAction lists the structure's services, filters them as the user types; after the
  sync the invoice has left the list of the clerk's service and its history says where it went;
* on a local cache: the import through the File menu (the file dialog is stood in for, as in
  the all-actions test), the column, its tooltip's suggested action, the filter and the
  dashboard figure; a refused file says why in French and imports nothing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from desktop_app.domain.inboxes import Inbox
from desktop_app.models.database import Database
from desktop_app.models.invoices import Invoice
from desktop_app.models.queries import InvoiceFilter, count
from desktop_app.models.structure_queries import ServiceChoice
from desktop_app.ui.adapters.sync_adapter import SyncService
from desktop_app.ui.dialogs.recycle_dialog import RecycleDialog
from desktop_app.ui.invoice_table_model import Column
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.qt import QFileDialog, QMessageBox, QSettings, Qt
from tests.models.test_engagements import guide_csv
from tests.ui.conftest import answer_dialogs, make_window, wait_background
from tests.ui.test_sandbox_workflows import sandbox, sync_and_wait, synced  # noqa: F401


def _visible_codes(dialog: RecycleDialog) -> list[str]:
    codes = []
    for row in range(dialog.services.count()):
        item = dialog.services.item(row)
        if not item.isHidden():
            codes.append(item.data(Qt.ItemDataRole.UserRole).code)
    return codes


@pytest.mark.sandbox
@pytest.mark.slow
def test_recycle_through_the_menu_moves_the_invoice_to_the_other_service(
    synced: tuple[MainWindow, Database],  # noqa: F811
    qtbot: Any,
) -> None:
    window, _db = synced
    with sqlite3.connect(window.database.path) as conn:
        invoice_id, service_id, service_code, structure_id = conn.execute(
            "SELECT id, service_id, service_code, structure_id FROM invoices "
            "WHERE status = 'MISE_A_DISPOSITION' AND amount_excl_vat <= 400000000 "
            "AND pending_action IS NULL ORDER BY id LIMIT 1"
        ).fetchone()
        others = [
            (code, name)
            for code, name in conn.execute(
                "SELECT code, name FROM services WHERE structure_id = ? AND code <> ? "
                "ORDER BY code",
                (structure_id, service_code),
            )
        ]
    assert others, "the sandbox structure has several services"
    target_code, target_name = others[-1]
    clerk_inbox = InvoiceFilter(inbox=Inbox.TO_PROCESS, service_id=service_id)
    window.restrict(clerk_inbox)  # the clerk's inbox: their service's invoices to process
    wait_background(qtbot)
    model = window.list.invoice_model
    while model.row_of(invoice_id) is None and model.canFetchMore():
        model.fetchMore()
    window.list.selectRow(model.row_of(invoice_id))
    assert window.actions_by_key["recycle"].isEnabled()
    seen: dict[str, Any] = {}

    def fill(dialog: Any) -> None:
        assert isinstance(dialog, RecycleDialog)
        everything = _visible_codes(dialog)
        seen["all"] = everything
        dialog.search.setText(target_name[:8].lower())  # part of the name, any case
        seen["filtered"] = _visible_codes(dialog)
        chosen = dialog.chosen()
        seen["chosen"] = chosen
        if chosen is None or chosen.code != target_code:
            dialog.choose(target_code)
        dialog.comment.set_text("Commande passée par un autre service.")
        dialog.try_accept()

    answer_dialogs(window.controller, fill)
    window.actions_by_key["recycle"].trigger()
    assert service_code not in seen["all"]  # the current service is not offered
    assert {code for code, _n in others} == set(seen["all"])
    assert target_code in seen["filtered"] and len(seen["filtered"]) <= len(seen["all"])
    assert isinstance(seen["chosen"], ServiceChoice)
    sync_and_wait(window, qtbot)
    window.restrict(clerk_inbox)
    wait_background(qtbot)
    with window.database.read() as session:
        cached = session.get(Invoice, invoice_id)
        assert cached is not None
        assert (cached.service_code, cached.status) == (target_code, "MISE_A_DISPOSITION")
    while model.canFetchMore():
        model.fetchMore()
    assert model.row_of(invoice_id) is None  # it left the clerk's inbox
    window.restrict(InvoiceFilter(inbox=Inbox.ALL, service_id=None))
    window.detail.show_invoice(invoice_id)
    qtbot.waitUntil(lambda: window.detail.history.rowCount() >= 3, timeout=10_000)
    table = window.detail.history
    texts = " ".join(
        table.item(r, c).text()
        for r in range(table.rowCount())
        for c in range(table.columnCount())
        if table.item(r, c)
    )
    assert target_code in texts  # the history says where it went


@pytest.fixture
def window(
    qtbot: Any, cache: Database, settings: QSettings, tmp_path: Path
) -> Iterator[MainWindow]:
    sync = SyncService(cache, settings_path=tmp_path / "connection.json")
    shown = make_window(qtbot, sync, settings)
    yield shown
    shown.close()
    wait_background(qtbot)


def _import_through_the_menu(
    window: MainWindow, qtbot: Any, monkeypatch: Any, path: Path
) -> list[str]:
    """File > Import engagements, the user picking ``path``; the texts of the message box."""
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )
    texts: list[str] = []

    def answer(box: Any) -> None:
        assert isinstance(box, QMessageBox)
        texts.append(box.text())
        box.accept()

    answer_dialogs(window.engagements, answer)
    action = window.actions_by_key["import_engagements"]
    assert action in window.menus["file"].actions()
    action.trigger()
    qtbot.waitUntil(lambda: bool(texts), timeout=10_000)
    wait_background(qtbot)
    return texts


def _renumber(cache: Database, count_: int) -> list[int]:
    """The first ``count_`` invoices carry the numbers of the guide's example file."""
    with cache.read() as session:
        ids = list(session.scalars(select(Invoice.id).order_by(Invoice.id).limit(count_)))

    def work(session: Any) -> None:
        session.execute(
            update(Invoice)
            .where(Invoice.id == ids[0])
            .values(engagement_number="EJ-2026-0001", supplier_code="55203253400059")
        )
        session.execute(
            update(Invoice)
            .where(Invoice.id == ids[1])
            .values(engagement_number="EJ-2026-0002", supplier_code="55203253400099")
        )

    cache.writer.run(work)
    return ids


def test_import_column_filter_and_dashboard(
    window: MainWindow, cache: Database, qtbot: Any, monkeypatch: Any, tmp_path: Path
) -> None:
    ids = _renumber(cache, 2)
    path = tmp_path / "engagements.csv"
    path.write_text(guide_csv(), encoding="utf-8")
    assert window.list.isColumnHidden(Column.ENGAGEMENT)
    texts = _import_through_the_menu(window, qtbot, monkeypatch, path)
    assert texts[0].startswith("3 engagement(s) importé(s)")
    assert not window.list.isColumnHidden(Column.ENGAGEMENT)
    # the column and its tooltip (meaning and suggested action)
    window.restrict(InvoiceFilter(inbox=Inbox.ALL, text="EJ-2026-0002"))
    wait_background(qtbot)
    model = window.list.invoice_model
    row = model.row_of(ids[1])
    assert row is not None
    cell = model.index(row, Column.ENGAGEMENT)
    assert model.data(cell) == "Autre fournisseur"
    assert "recycler" in model.data(cell, Qt.ItemDataRole.ToolTipRole)
    window.detail.show_invoice(ids[1])  # the detail says it too, with the suggested action
    field = window.detail.fields["engagement"]
    qtbot.waitUntil(lambda: "Autre fournisseur" in field.text(), timeout=5000)
    assert field.text() == "EJ-2026-0002 — Autre fournisseur"
    assert "Ctrl+Shift+Y" in field.toolTip()
    # the filter of the search bar, as the user picks it
    window.restrict(InvoiceFilter(inbox=Inbox.ALL))
    bar = window.filters
    bar.engagement.setCurrentIndex(bar.engagement.findText("Engagement trouvé"))
    bar.apply_now()
    wait_background(qtbot)
    assert window.current_filter().engagement_states == frozenset({"found"})
    assert model.rowCount() == 1 and model.invoice_id(0) == ids[0]
    # the dashboard figure
    button = window.dashboard.buttons["engagements"]
    qtbot.waitUntil(lambda: "Engagements à vérifier" in button.text(), timeout=5000)
    with cache.read() as session:
        attention = count(
            session,
            InvoiceFilter(
                engagement_states=frozenset(
                    {"not_found", "other_supplier", "over_balance", "missing"}
                )
            ),
        )
    assert attention > 0 and button.isVisible()
    digits = button.text().split(":")[-1].replace("\u202f", "").replace("\u00a0", "").strip()
    assert digits == str(attention)


def test_a_refused_file_says_why_and_imports_nothing(
    window: MainWindow, cache: Database, qtbot: Any, monkeypatch: Any, tmp_path: Path
) -> None:
    path = tmp_path / "mauvais.csv"
    path.write_text("numéro;SIRET fournisseur;montant\nEJ-1;55203253400059;douze\n", "utf-8")
    texts = _import_through_the_menu(window, qtbot, monkeypatch, path)
    assert texts == [
        "Ligne 2 : « douze » n'est pas un montant (exemple : 1 234,56).\n\nRien n'a été importé."
    ]
    assert window.list.isColumnHidden(Column.ENGAGEMENT)
    with sqlite3.connect(cache.path) as conn:
        assert conn.execute("SELECT count(*) FROM engagements").fetchone()[0] == 0
