"""Deadline column, deadline and duplicate filters, detail texts and the side-by-side view,
on a real cache (400 synthetic invoices) with derived fields computed by the sync layer."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop_app.domain.deadlines import EntityKind, compute_deadline, late_charges
from desktop_app.models import Invoice
from desktop_app.models.database import Database
from desktop_app.sync.derived import refresh_after_pull
from desktop_app.ui.adapters.sync_adapter import SyncService
from desktop_app.ui.duplicate_dialog import DuplicateDialog
from desktop_app.ui.filter_bar import DEADLINE_LATE, DEADLINE_SOON
from desktop_app.ui.invoice_table_model import LATE_COLOUR, SOON_COLOUR, Column
from desktop_app.ui.qt import QSettings, Qt
from tests.ui.conftest import make_window, wait_background

TODAY = date(2026, 1, 20)  # synthetic deposits run from 2025-01-01 to 2026-02-04


def _prepare(cache: Database) -> None:
    with cache.read() as session:
        ids = list(session.scalars(select(Invoice.id)))
    refresh_after_pull(cache, ids, today=TODAY)


def _window(qtbot: Any, cache: Database, settings: QSettings, tmp_path: Path) -> Any:
    _prepare(cache)
    sync = SyncService(cache, settings_path=tmp_path / "connection.json")
    window = make_window(qtbot, sync, settings)
    window.list.invoice_model.today = TODAY
    window.detail.today = TODAY
    window._base_filter = window._base_filter.__class__()  # every inbox
    return window


def _all_rows(model: Any) -> list[int]:
    while model.canFetchMore():
        model.fetchMore()
    return [model.invoice_id(r) for r in range(model.rowCount())]


def test_deadline_column_colours_and_late_filter(
    qtbot: Any, cache: Database, settings: QSettings, tmp_path: Path
) -> None:
    window = _window(qtbot, cache, settings, tmp_path)
    model = window.list.invoice_model
    # what the domain says, invoice by invoice (no history: received = deposit date)
    with cache.read() as session:
        invoices = list(
            session.execute(
                select(Invoice.id, Invoice.deposit_date, Invoice.status, Invoice.invoice_type)
            )
        )
    expected_late = set()
    for invoice_id, deposit, status, kind in invoices:
        if kind == "AVOIR" or status in ("SUSPENDUE", "REJETEE", "MISE_EN_PAIEMENT"):
            continue
        deadline = compute_deadline(deposit, EntityKind.LOCAL_AUTHORITY, TODAY)
        if deadline.is_late:
            expected_late.add(invoice_id)
    assert expected_late
    window.filters.set_deadline(DEADLINE_LATE)
    qtbot.waitUntil(lambda: set(_all_rows(model)) == expected_late, timeout=5000)
    for row in range(min(model.rowCount(), 20)):
        index = model.index(row, Column.DEADLINE)
        assert "retard" in model.data(index)
        assert model.data(index, Qt.ItemDataRole.ForegroundRole).color().name() == LATE_COLOUR
    # due within 10 days: 0..10 days left, orange within 5
    window.filters.set_deadline(DEADLINE_SOON, 10)
    qtbot.waitUntil(lambda: model.criteria.due_within_days == 10, timeout=5000)
    rows = _all_rows(model)
    assert rows
    for row in range(len(rows)):
        item = model._row(row)
        left = (item.payment_deadline - TODAY).days
        assert 0 <= left <= 10
        brush = model.data(model.index(row, Column.DEADLINE), Qt.ItemDataRole.ForegroundRole)
        assert (brush is not None and brush.color().name() == SOON_COLOUR) == (left <= 5)
    # a suspended invoice shows its frozen balance
    window.filters.set_deadline("any")
    window.filters.duplicates.setChecked(False)
    with cache.read() as session:
        suspended = session.scalar(select(Invoice.id).where(Invoice.status == "SUSPENDUE"))
    model.set_query(model.criteria)
    rows = _all_rows(model)
    text = model.data(model.index(rows.index(suspended), Column.DEADLINE))
    assert text.startswith("suspendu (")
    window.close()
    wait_background(qtbot)


def test_detail_shows_deadline_interest_and_duplicate_comparison(
    qtbot: Any, cache: Database, settings: QSettings, tmp_path: Path
) -> None:
    # make invoice #1 a duplicate of #0 (same supplier, number, year, amount)
    with cache.read() as session:
        first, second = list(
            session.scalars(
                select(Invoice)
                .where(Invoice.status == "MISE_A_DISPOSITION")
                .order_by(Invoice.id)
                .limit(2)
            )
        )
        source = (
            first.id,
            first.number,
            first.supplier_code,
            first.issue_date,
            first.amount_incl_vat,
            first.supplier_name,
        )
        target = second.id

    def copy(session: Any) -> None:
        row = session.get(Invoice, target)
        (
            _id,
            row.number,
            row.supplier_code,
            row.issue_date,
            row.amount_incl_vat,
            row.supplier_name,
        ) = source

    cache.writer.run(copy)
    window = _window(qtbot, cache, settings, tmp_path)
    window.filters.duplicates.setChecked(True)
    window.filters.apply_now()
    model = window.list.invoice_model
    qtbot.waitUntil(lambda: _all_rows(model) == [target], timeout=5000)
    window.list.select_first()
    qtbot.waitUntil(lambda: window.detail.detail is not None and window.detail.detail.id == target)
    detail = window.detail.detail
    assert detail.duplicate_of == (source[0], source[1])
    assert window.detail.compare_button.isVisible()
    assert f"Doublon possible de {source[1]}" in window.detail.fields["chain"].text()
    # late: interest + 40 EUR
    assert detail.payment_deadline is not None and detail.payment_deadline < TODAY
    interest, _flat = late_charges(detail.amount_incl_vat, detail.payment_deadline, TODAY)
    charges = window.detail.fields["charges"].text()
    assert "40,00" in charges and f"{interest:.2f}".replace(".", ",") in charges
    assert "en retard de" in window.detail.fields["deadline"].text()
    window.actions_by_key["compare_duplicate"].trigger()
    dialog = window.comparison
    assert isinstance(dialog, DuplicateDialog)
    assert dialog.table.item(1, 0).text() == dialog.table.item(1, 1).text() == source[1]
    assert dialog.table.item(0, 0).text() == str(source[0])
    dialog.close()
    window.close()
    wait_background(qtbot)
