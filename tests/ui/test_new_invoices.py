"""New invoices seen, end to end against the real sandbox: after a pull, the invoices it
created are marked in the list (bold, a dot, « Nouvelle ») and counted in the sidebar; one
notification says how many the run brought; « Marquer comme vues » (Ctrl+M, the real
shortcut) and « Tout marquer comme vu » (the real menu action) clear mark and count; the
invoice that stays current a moment is seen too."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtTest import QTest

from desktop_app.domain.inboxes import Inbox
from desktop_app.models.database import Database, open_database
from desktop_app.models.queries import InvoiceFilter, new_counts
from desktop_app.sandbox.launcher import SandboxProcess, start_sandbox_process
from desktop_app.sync.client import PlatformClient
from desktop_app.sync.sandbox_door import settings_from_connect_info
from desktop_app.ui.adapters.sync_adapter import SyncService
from desktop_app.ui.invoice_table_model import Column
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.notifications import Notifier
from desktop_app.ui.qt import QItemSelectionModel, QSettings, Qt

from .conftest import make_window, wait_background
from .test_sandbox_workflows import admin_post

pytestmark = [pytest.mark.sandbox, pytest.mark.slow]


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxProcess]:
    process = start_sandbox_process(tmp_path_factory.mktemp("sandbox"), invoices=120, seed=9)
    try:
        yield process
    finally:
        process.stop()


@pytest.fixture
def synced(
    qtbot: Any, sandbox: SandboxProcess, tmp_path: Path
) -> Iterator[tuple[MainWindow, Notifier]]:
    database = open_database(tmp_path / "cache.sqlite")
    sync = SyncService(database, settings_path=tmp_path / "connection.json")
    client_settings, _ = settings_from_connect_info(sandbox.info, user="clerk", timeout_s=15)
    sync.use_client(PlatformClient(client_settings), files="none")
    assert sync.engine is not None
    first = sync.engine.run_once()  # the first pull: the backlog, nothing "new"
    assert first.error_key is None, first.error_message
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    notifier = Notifier(sync.bus, settings, user="clerk", database=database)
    window = make_window(qtbot, sync, settings)
    window.seen.timer.setInterval(60_000)  # the dwell is tested on its own below
    yield window, notifier
    notifier.close()
    window.close()
    sync.stop()
    wait_background(qtbot)
    database.close()


def _sync(window: MainWindow, qtbot: Any) -> None:
    with qtbot.waitSignal(window.bridge.sync_finished, timeout=60_000) as blocker:
        window.actions_by_key["sync"].trigger()
    assert blocker.args[0].error_key is None, blocker.args[0].error_message
    wait_background(qtbot)


def _label(window: MainWindow, inbox: Inbox) -> str:
    return window.inboxes.inbox_items[inbox].text(0)


def _rows(window: MainWindow, ids: list[int]) -> list[int]:
    model = window.list.invoice_model
    while any(model.row_of(i) is None for i in ids) and model.canFetchMore():
        model.fetchMore()
    rows = [model.row_of(i) for i in ids]
    assert None not in rows, ids
    return [r for r in rows if r is not None]


def _marked(window: MainWindow, row: int) -> bool:
    model = window.list.invoice_model
    index = model.index(row, Column.NUMBER)
    font = model.data(model.index(row, Column.SUPPLIER), Qt.ItemDataRole.FontRole)
    tip = model.data(index, Qt.ItemDataRole.ToolTipRole) or ""
    dot = model.data(index, Qt.ItemDataRole.DecorationRole)
    bold = font is not None and font.bold()
    assert bold == ("Nouvelle" in tip) == (dot is not None)  # the three marks go together
    return bold


def _database(window: MainWindow) -> Database:
    return window.database


def test_pulled_invoices_are_marked_counted_notified_then_seen(
    synced: tuple[MainWindow, Notifier], sandbox: SandboxProcess, qtbot: Any
) -> None:
    window, notifier = synced
    assert "nouv." not in _label(window, Inbox.TO_PROCESS)
    deposited = admin_post(sandbox, "supplier", {"action": "deposit", "count": 3})["ids"]
    admin_post(sandbox, "supplier", {"action": "complete", "count": 1})  # a change, not new
    _sync(window, qtbot)

    # one notification for the run, grouped: « 3 nouvelles factures »
    qtbot.waitUntil(lambda: len(notifier.shown) == 1, timeout=5000)
    assert notifier.shown[0][1].startswith("3 nouvelles factures")
    qtbot.wait(100)
    assert len(notifier.shown) == 1

    # counted in the sidebar, marked in the list
    qtbot.waitUntil(lambda: "3 nouv." in _label(window, Inbox.TO_PROCESS), timeout=5000)
    assert "3 nouv." in _label(window, Inbox.ALL)
    assert "nouv." not in _label(window, Inbox.SUSPENDED)
    assert "3 nouvelles factures" in window.inboxes.inbox_items[Inbox.TO_PROCESS].toolTip(0)
    window.inboxes.select_inbox(Inbox.TO_PROCESS)
    wait_background(qtbot)
    rows = _rows(window, deposited)
    assert all(_marked(window, r) for r in rows)
    others = [r for r in range(min(20, window.list.invoice_model.rowCount())) if r not in rows]
    assert others and not any(_marked(window, r) for r in others)

    # select two of them and press Ctrl+M (« Marquer comme vues »)
    selection = window.list.selectionModel()
    window.list.setCurrentIndex(window.list.invoice_model.index(rows[0], 0))
    selection.select(
        window.list.invoice_model.index(rows[1], 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    window.activateWindow()
    window.list.setFocus()
    QTest.keyClick(window.list, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "1 nouv." in _label(window, Inbox.TO_PROCESS), timeout=5000)
    rows = _rows(window, deposited)
    assert [_marked(window, r) for r in rows] == [False, False, True]
    with _database(window).read() as session:
        assert new_counts(session) == {Inbox.TO_PROCESS.value: 1}

    # « Tout marquer comme vu » from the Affichage menu: nothing new left
    window.restrict(InvoiceFilter(inbox=Inbox.ALL))
    wait_background(qtbot)
    window.actions_by_key["mark_all_seen"].trigger()
    qtbot.waitUntil(lambda: "nouv." not in _label(window, Inbox.TO_PROCESS), timeout=5000)
    assert "nouv." not in _label(window, Inbox.ALL)
    assert not any(_marked(window, r) for r in _rows(window, deposited))
    with _database(window).read() as session:
        assert new_counts(session) == {}


def test_the_invoice_that_stays_current_is_seen(
    synced: tuple[MainWindow, Notifier], sandbox: SandboxProcess, qtbot: Any
) -> None:
    window, _notifier = synced
    deposited = admin_post(sandbox, "supplier", {"action": "deposit", "count": 2})["ids"]
    _sync(window, qtbot)
    window.seen.timer.setInterval(300)
    window.restrict(InvoiceFilter(inbox=Inbox.ALL))
    wait_background(qtbot)
    window.activateWindow()
    rows = _rows(window, deposited)
    window.list.setCurrentIndex(window.list.invoice_model.index(rows[0], 0))
    window.list.setCurrentIndex(window.list.invoice_model.index(rows[1], 0))  # moved on at once
    qtbot.waitUntil(lambda: not _marked(window, _rows(window, deposited)[1]), timeout=5000)
    qtbot.wait(400)
    assert _marked(window, _rows(window, deposited)[0])  # only passed over: still new
