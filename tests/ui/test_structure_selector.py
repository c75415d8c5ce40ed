"""The structure selector, driven in the real window as a clerk of a multi-site entity would:
three structures (SIRETs) in the sidebar with their counts, all combined by default; Space
unticks one, Enter keeps only one; the list, the footer, the inbox counts, the services and
the dashboard follow (each compared with a COUNT in SQL); the choice survives a restart;
Ctrl+Shift+B reaches it; French and English."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop_app.domain.inboxes import Inbox
from desktop_app.models.database import Database
from desktop_app.ui.adapters.sync_adapter import SyncService
from desktop_app.ui.i18n import install_language
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.qt import QSettings, Qt

from .conftest import (
    SCHOOLS,
    SITES,
    TOWN,
    WORKS,
    make_window,
    spread_over_three_structures,
    wait_background,
)

QTest = pytest.importorskip("PySide6.QtTest").QTest


def sql_count(database: Database, sites: set[int], inbox: Inbox | None = None) -> int:
    marks = ",".join("?" * len(sites))
    query = f"SELECT count(*) FROM invoices WHERE structure_id IN ({marks})"
    params: list[Any] = sorted(sites)
    if inbox is not None:
        query += " AND inbox = ?"
        params.append(inbox.value)
    with sqlite3.connect(database.path) as conn:
        return int(conn.execute(query, params).fetchone()[0])


@pytest.fixture(params=["fr", "en"])
def language(request: Any) -> Iterator[str]:
    install_language(request.param)
    yield request.param
    install_language("fr")


def _open(qtbot: Any, cache: Database, settings: QSettings, tmp_path: Path) -> MainWindow:
    sync = SyncService(cache, settings_path=tmp_path / "connection.json")
    window = make_window(qtbot, sync, settings)
    window.resize(1366, 728)
    qtbot.waitUntil(lambda: window.structures.isVisible(), timeout=5000)
    wait_background(qtbot)
    return window


def _all_rows_read(window: MainWindow) -> list[int]:
    model = window.list.invoice_model
    while model.canFetchMore():
        model.fetchMore()
    return [i for row in range(model.rowCount()) if (i := model.invoice_id(row)) is not None]


def _structure_of(database: Database, ids: list[int]) -> set[int]:
    marks = ",".join("?" * len(ids))
    with sqlite3.connect(database.path) as conn:
        rows = conn.execute(
            f"SELECT DISTINCT structure_id FROM invoices WHERE id IN ({marks})", ids
        )
        return {int(r[0]) for r in rows}


def _footer(window: MainWindow, qtbot: Any, number: int, language: str) -> None:
    shown = f"{number} facture(s)" if language == "fr" else f"{number} invoice(s)"
    qtbot.waitUntil(lambda: window.result_label.text() == shown, timeout=5000)


def _label_count(text: str) -> int:
    """The number in « Nom (1 234) » (narrow no-break spaces between thousands)."""
    inside = text.rsplit("(", 1)[1].split(")")[0].split("·")[0]
    return int("".join(ch for ch in inside if ch.isdigit()))


def test_a_clerk_chooses_and_combines_structures(
    qtbot: Any, cache: Database, settings: QSettings, tmp_path: Path, language: str
) -> None:
    spread_over_three_structures(cache)
    window = _open(qtbot, cache, settings, tmp_path)
    selector = window.structures
    # « Toutes les structures (400) », then the three, by name, each with its count
    assert selector.count() == 4
    first = selector.item(0).text()  # the name may be shortened, never the count
    assert first.startswith("Toutes" if language == "fr" else "All")
    whole = selector.item(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert whole == ("Toutes les structures (400)" if language == "fr" else "All structures (400)")
    assert _label_count(first) == 400
    names = [selector.item(row).toolTip().split("\n")[0] for row in range(1, 4)]
    assert names == sorted(name for _siret, name in SITES.values())
    metrics = selector.fontMetrics()
    for row in range(4):  # every row's text, count included, fits the sidebar
        text = selector.item(row).text()
        assert metrics.horizontalAdvance(text) <= selector.viewport().width(), text
    for row in range(1, 4):
        item = selector.item(row)
        sid = int(item.data(Qt.ItemDataRole.UserRole))
        assert _label_count(item.text()) == sql_count(cache, {sid})
        assert SITES[sid][0] in item.toolTip()  # the SIRET
        assert item.checkState() == Qt.CheckState.Checked
    assert selector.selection() is None  # all combined
    window.inboxes.select_inbox(Inbox.ALL)
    _footer(window, qtbot, 400, language)

    # Space on « Caisse des écoles » unticks it: the others stay, combined
    window.activateWindow()
    window.actions_by_key["focus_structures"].trigger()
    assert selector.hasFocus()
    row_of = {int(selector.item(r).data(Qt.ItemDataRole.UserRole)): r for r in range(1, 4)}
    selector.setCurrentRow(row_of[SCHOOLS])
    QTest.keyClick(selector, Qt.Key.Key_Space)
    assert selector.selection() == frozenset({TOWN, WORKS})
    assert selector.item(0).checkState() == Qt.CheckState.PartiallyChecked
    wait_background(qtbot)
    expected = sql_count(cache, {TOWN, WORKS})
    _footer(window, qtbot, expected, language)
    assert _structure_of(cache, _all_rows_read(window)) == {TOWN, WORKS}
    to_process = window.inboxes.inbox_items[Inbox.TO_PROCESS].text(0)
    assert _label_count(to_process) == sql_count(cache, {TOWN, WORKS}, Inbox.TO_PROCESS)
    services = {window.inboxes.service_items[s].text(0).rsplit(" (", 1)[0] for s in (8841, 8844)}
    assert len(services) == 2 and 8843 not in window.inboxes.service_items
    figures = window.dashboard.figures
    assert figures is not None
    assert figures.in_progress.count + figures.finished.count == expected
    assert window.current_filter().structure_ids == frozenset({TOWN, WORKS})

    # Enter keeps only « Régie des travaux »
    selector.setCurrentRow(row_of[WORKS])
    QTest.keyClick(selector, Qt.Key.Key_Return)
    assert selector.selection() == frozenset({WORKS})
    wait_background(qtbot)
    _footer(window, qtbot, sql_count(cache, {WORKS}), language)
    assert _structure_of(cache, _all_rows_read(window)) == {WORKS}
    window.close()
    wait_background(qtbot)

    # remembered across a restart
    again = _open(qtbot, cache, settings, tmp_path)
    assert again.structures.selection() == frozenset({WORKS})
    again.inboxes.select_inbox(Inbox.ALL)
    _footer(again, qtbot, sql_count(cache, {WORKS}), language)
    # ticking « Toutes les structures » combines them all again
    again.structures.setCurrentRow(0)
    again.structures.setFocus()
    QTest.keyClick(again.structures, Qt.Key.Key_Space)
    assert again.structures.selection() is None
    _footer(again, qtbot, 400, language)
    again.close()
    wait_background(qtbot)


def test_one_structure_shows_no_selector(
    qtbot: Any, cache: Database, settings: QSettings, tmp_path: Path
) -> None:
    sync = SyncService(cache, settings_path=tmp_path / "connection.json")
    window = make_window(qtbot, sync, settings)
    wait_background(qtbot)
    assert not window.structures.isVisible()
    assert window.current_filter().structure_ids is None
    window.close()
    wait_background(qtbot)
