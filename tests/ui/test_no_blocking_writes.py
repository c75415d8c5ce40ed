"""The window never waits on the database writer: an action (one invoice or a batch) and an
approval decision return at once while the writer is busy; their outcome comes back through
the event loop once written. (The controller used to wait up to 30 s per invoice.)"""

from __future__ import annotations

import threading
from typing import Any

from desktop_app.domain.inboxes import Inbox
from desktop_app.domain.permissions import ActionKind
from desktop_app.models.queries import InvoiceFilter
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.qt import QMessageBox, QProgressDialog

from .conftest import answer_dialogs, wait_background


def _hold_the_writer(window: MainWindow) -> threading.Event:
    """The writer thread busy until the returned event is set (a long sync write, say)."""
    release = threading.Event()
    started = threading.Event()

    def busy(_session: Any) -> None:
        started.set()
        release.wait(60)

    window.database.writer.submit(busy)
    assert started.wait(10)
    return release


def _fill(dialog: Any) -> None:
    if isinstance(dialog, QMessageBox):
        dialog.accept()
        return
    dialog.comment.set_text("Livraison conforme.")
    dialog.try_accept()


def test_an_action_returns_while_the_writer_is_busy(window: MainWindow, qtbot: Any) -> None:
    window.restrict(InvoiceFilter(inbox=Inbox.ALL, statuses=frozenset({"MISE_A_DISPOSITION"})))
    window.list.select_first()
    invoice_id = window.list.current_id()
    assert invoice_id is not None
    answer_dialogs(window.controller, _fill)
    release = _hold_the_writer(window)
    try:
        window.run_action(ActionKind.SERVICE_DONE)  # returns: nothing waits on the writer
        assert window.controller.last_outcome is None  # not written yet
    finally:
        release.set()
    qtbot.waitUntil(lambda: window.controller.last_outcome is not None, timeout=10_000)
    outcome = window.controller.last_outcome
    assert outcome is not None and outcome.queued == [invoice_id]
    wait_background(qtbot)
    assert window.detail.detail is not None


def test_a_batch_shows_its_progress_and_ends_once_all_are_written(
    window: MainWindow, qtbot: Any
) -> None:
    window.restrict(InvoiceFilter(inbox=Inbox.ALL, statuses=frozenset({"MISE_A_DISPOSITION"})))
    window.list.selectAll()
    ids = window.list.selected_ids()[:20]
    answer_dialogs(window.controller, _fill)
    release = _hold_the_writer(window)
    try:
        window.controller.run(ActionKind.SERVICE_DONE, ids)
        progress = window.findChildren(QProgressDialog)
        assert progress and progress[0].value() == 0  # shown, nothing written yet
    finally:
        release.set()
    qtbot.waitUntil(lambda: window.controller.last_outcome is not None, timeout=20_000)
    outcome = window.controller.last_outcome
    assert outcome is not None
    assert len(outcome.queued) + len(outcome.refused) == len(ids)
    assert outcome.queued == [i for i in ids if i in outcome.queued]  # list order kept
    wait_background(qtbot)
    assert not [p for p in window.findChildren(QProgressDialog) if p.isVisible()]
