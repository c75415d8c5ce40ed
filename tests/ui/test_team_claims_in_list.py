"""« pris en charge par … » in the list's « Envoi » column (team mode), nothing in solo mode."""

from __future__ import annotations

from typing import Any

from desktop_app.models.database import Database
from desktop_app.models.queries import InvoiceFilter
from desktop_app.models.team_local import TeamAssignment
from desktop_app.ui.invoice_table_model import Column, InvoiceTableModel
from desktop_app.ui.qt import Qt


def _sync_texts(model: InvoiceTableModel) -> dict[int, str]:
    while model.canFetchMore():
        model.fetchMore()
    texts = {}
    for row in range(model.rowCount()):
        index = model.index(row, int(Column.SYNC))
        texts[model.invoice_id(row)] = model.data(index, Qt.ItemDataRole.DisplayRole)
    return texts


def test_a_claim_shows_next_to_the_status_and_solo_rows_are_unchanged(
    qtbot: Any, cache: Database
) -> None:
    model = InvoiceTableModel(cache)
    model.set_query(InvoiceFilter())
    before = _sync_texts(model)
    claimed = next(iter(before))

    def work(session: Any) -> None:
        session.add(
            TeamAssignment(
                invoice_id=claimed, claimed_by="anne.durand", claimed_at="t", confirmed=True
            )
        )

    cache.writer.run(work)
    model = InvoiceTableModel(cache)
    model.set_query(InvoiceFilter())
    after = _sync_texts(model)
    expected = "pris en charge par anne.durand"  # in the wide « Envoi » column, not elided
    alone = "P" + expected[1:]
    assert after[claimed] == (f"{before[claimed]} · {expected}" if before[claimed] else alone)
    assert {k: v for k, v in after.items() if k != claimed} == {
        k: v for k, v in before.items() if k != claimed
    }
