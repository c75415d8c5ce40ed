"""The lazy list model on a real cache: paging, lazy rows, targeted updates, SQL filters."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

from bench.ui_fill import BASE_ID, fill_invoices
from desktop_app.domain.inboxes import Inbox
from desktop_app.models.database import Database
from desktop_app.models.queries import InvoiceFilter, SortKey
from desktop_app.ui.invoice_list import InvoiceListView
from desktop_app.ui.invoice_table_model import Column, InvoiceTableModel
from desktop_app.ui.qt import QAbstractItemView


def _count(db: Database, where: str, params: tuple[Any, ...] = ()) -> int:
    with sqlite3.connect(db.path) as conn:
        return int(
            conn.execute(f"SELECT COUNT(*) FROM invoices WHERE {where}", params).fetchone()[0]
        )


def _all_rows(model: InvoiceTableModel) -> int:
    while model.canFetchMore():
        model.fetchMore()
    return model.rowCount()


def test_100k_rows_are_fetched_lazily(qtbot: Any, cache_100k: Database) -> None:
    view = InvoiceListView(cache_100k)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.invoice_model.set_query(InvoiceFilter())
    view.show()
    qtbot.waitExposed(view)
    model = view.invoice_model
    view.grab()  # paint: the visible rows are read now
    visible = view.viewport().height() // view.rowHeight(0) + 1
    assert model.rowCount() == model.ID_PAGE  # ids: one page, not 100,000
    assert model.canFetchMore()
    assert 0 < model.rows_fetched <= visible + model.ROW_PAGE
    # Scrolling to the end of what is loaded asks for exactly one more page of ids.
    view.scrollToBottom()
    view.grab()
    qtbot.waitUntil(lambda: model.rowCount() == 2 * model.ID_PAGE)
    assert model.id_pages_fetched == 2
    assert model.rows_fetched <= 2 * (visible + model.ROW_PAGE)
    assert len(model._cache) <= model.ROW_CACHE_MAX


def test_filters_run_in_sql(qtbot: Any, cache: Database) -> None:
    model = InvoiceTableModel(cache)
    model.set_query(InvoiceFilter(inbox=Inbox.TO_PROCESS))
    assert _all_rows(model) == _count(cache, "inbox = 'to_process'")
    model.set_query(InvoiceFilter(statuses=frozenset({"SUSPENDUE"})))
    assert _all_rows(model) == _count(cache, "status = 'SUSPENDUE'")
    model.set_query(InvoiceFilter(supplier="btp"))
    assert _all_rows(model) == _count(cache, "supplier_name LIKE 'BTP%'")
    low, high = Decimal("1000"), Decimal("5000.50")
    model.set_query(InvoiceFilter(amount_min=low, amount_max=high))
    assert _all_rows(model) == _count(
        cache, "amount_incl_vat BETWEEN ? AND ?", (10_000_000, 50_005_000)
    )
    model.set_query(InvoiceFilter(date_from=date(2025, 3, 1), date_to=date(2025, 3, 31)))
    assert _all_rows(model) == _count(cache, "deposit_date BETWEEN '2025-03-01' AND '2025-03-31'")
    model.set_query(InvoiceFilter(text="F-0000123"))
    assert _all_rows(model) == 1
    assert model.data(model.index(0, Column.NUMBER)) == "F-0000123"
    model.set_query(InvoiceFilter(text="cantine"))
    assert _all_rows(model) == _count(cache, "supplier_name = 'CANTINE BIO DU LAC'")


def test_sort_by_amount(qtbot: Any, cache: Database) -> None:
    model = InvoiceTableModel(cache)
    model.set_query(InvoiceFilter(), SortKey.AMOUNT, descending=False)
    amounts = [model._row(r).amount_incl_vat for r in range(model.rowCount())]
    assert amounts == sorted(amounts)


def test_sync_updates_change_only_affected_rows(qtbot: Any, cache: Database) -> None:
    model = InvoiceTableModel(cache)
    model.set_query(InvoiceFilter(inbox=Inbox.TO_PROCESS))
    _all_rows(model)
    before = model.rowCount()
    resets: list[int] = []
    changed: list[int] = []
    removed: list[int] = []
    inserted: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda a, _b, *_r: changed.append(a.row()))
    model.rowsRemoved.connect(lambda _p, first, _l: removed.append(first))
    model.rowsInserted.connect(lambda _p, first, _l: inserted.append(first))
    first_id = model.invoice_id(0)
    second_id = model.invoice_id(1)
    assert first_id is not None and second_id is not None

    def change(session: Any) -> None:
        conn = session.connection()
        conn.exec_driver_sql("UPDATE invoices SET status_comment = 'vu' WHERE id = ?", (first_id,))
        conn.exec_driver_sql(
            "UPDATE invoices SET status = 'SUSPENDUE', inbox = 'suspended' WHERE id = ?",
            (second_id,),
        )

    cache.writer.run(change)
    fill_invoices(cache, 1, start=5000)  # a new invoice, status MISE_A_DISPOSITION
    new_id = BASE_ID + 5000
    model.refresh_ids([first_id, second_id, new_id])
    assert resets == []
    assert changed == [0]
    assert removed == [1]
    assert model.row_of(second_id) is None
    assert model.rowCount() == before - 1 + len(inserted)
    if inserted:
        assert model.invoice_id(inserted[0]) == new_id


def test_view_keyboard_navigation(qtbot: Any, cache: Database) -> None:
    view = InvoiceListView(cache)
    qtbot.addWidget(view)
    view.invoice_model.set_query(replace(InvoiceFilter(), inbox=Inbox.ALL))
    view.show()
    seen: list[Any] = []
    view.current_invoice_changed.connect(seen.append)
    view.setFocus()
    view.select_first()
    from desktop_app.ui.qt import Qt

    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert view.selectionMode() is QAbstractItemView.SelectionMode.ExtendedSelection
    assert len(view.selected_ids()) == 2
    assert seen[-1] == view.invoice_model.invoice_id(2)


def test_text_search_strategy_is_chosen_once_per_query(
    qtbot: Any, cache_100k: Database, monkeypatch: Any
) -> None:
    """Paging through a full-text search reuses the first page's dense/sparse decision (the
    probe is a full-text query of its own) and gives the same ids as a one-shot query."""
    import desktop_app.models.list_rows as list_rows
    from desktop_app.models.queries import fetch_ids

    probes: list[InvoiceFilter] = []
    real_probe = list_rows.text_hits_are_dense

    def counted(session: Any, criteria: InvoiceFilter) -> bool:
        probes.append(criteria)
        return real_probe(session, criteria)

    monkeypatch.setattr(list_rows, "text_hits_are_dense", counted)
    model = InvoiceTableModel(cache_100k)
    criteria = InvoiceFilter(text="papeterie")
    model.set_query(criteria)
    for _ in range(3):
        model.fetchMore()
    assert model.id_pages_fetched == 4
    assert probes == [criteria]
    loaded = [model.invoice_id(row) for row in range(model.rowCount())]
    with cache_100k.read() as session:
        assert loaded == fetch_ids(session, criteria, limit=len(loaded))
    model.set_query(InvoiceFilter(text="cantine"))  # a new query decides again
    assert len(probes) == 2


def test_a_cell_gives_every_role_in_one_call_as_data_does(qtbot: Any, cache: Database) -> None:
    """multiData (what Qt's delegate calls once per painted cell) answers each role exactly as
    data() does, and leaves unanswered roles empty."""
    from desktop_app.ui.qt import QModelRoleData, QModelRoleDataSpan, Qt

    model = InvoiceTableModel(cache)
    model.set_query(InvoiceFilter())
    roles = [
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.CheckStateRole,
    ]
    answered = 0
    for column in Column:
        index = model.index(0, int(column))
        for role in roles:  # PySide builds a span of one role only; Qt's delegate asks ~6
            role_data = QModelRoleData(int(role))
            model.multiData(index, QModelRoleDataSpan(role_data))
            expected = model.data(index, int(role))
            assert role_data.data() == expected, (column, role)
            answered += expected is not None
    assert answered >= len(Column)  # at least the displayed text of each column


def test_painting_the_list_asks_each_visible_cell_once(qtbot: Any, cache: Database) -> None:
    """The delegate reads a cell's roles in one multiData call; data() is not called per role."""
    view = InvoiceListView(cache)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.invoice_model.set_query(InvoiceFilter())
    view.show()
    qtbot.waitExposed(view)
    model = view.invoice_model
    calls = {"multi": 0}
    original = model.multiData

    def counting(index: Any, span: Any) -> None:
        calls["multi"] += 1
        original(index, span)

    model.multiData = counting  # type: ignore[method-assign]
    image = view.viewport().grab()
    visible_rows = min(model.rowCount(), view.viewport().height() // view.rowHeight(0) + 1)
    assert not image.isNull()
    assert 0 < calls["multi"] <= visible_rows * model.columnCount() * 2
