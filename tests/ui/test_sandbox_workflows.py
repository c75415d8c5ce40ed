"""End to end against the real sandbox (HTTPS on 127.0.0.1): act in the window, sync, and see
the platform's new status in the history; outbox needs-attention and conflict resolution."""

from __future__ import annotations

import sqlite3
import ssl
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from desktop_app.domain.inboxes import Inbox
from desktop_app.domain.permissions import ActionKind
from desktop_app.domain.status_types import Role
from desktop_app.models.database import Database, open_database
from desktop_app.models.queries import InvoiceFilter
from desktop_app.sandbox.launcher import SandboxProcess, start_sandbox_process
from desktop_app.sync.client import PlatformClient
from desktop_app.sync.sandbox_door import settings_from_connect_info
from desktop_app.ui.adapters.sync_adapter import SyncService, UserInfo
from desktop_app.ui.i18n import status_label
from desktop_app.ui.invoice_table_model import Column
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.qt import QMessageBox, QSettings

from .conftest import answer_dialogs, make_window, wait_background

pytestmark = [pytest.mark.sandbox, pytest.mark.slow]


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxProcess]:
    process = start_sandbox_process(tmp_path_factory.mktemp("sandbox"), invoices=300, seed=5)
    try:
        yield process
    finally:
        process.stop()


def admin_post(sandbox: SandboxProcess, path: str, body: dict[str, Any]) -> Any:
    info = sandbox.info
    with httpx.Client(
        base_url=info["apiBase"],
        verify=ssl.create_default_context(cafile=str(info["caCert"])),
        headers={info["adminHeader"]: info["adminToken"]},
        timeout=30,
    ) as http:
        response = http.post("/sandbox/admin/" + path, json=body)
        response.raise_for_status()
        return response.json()


@pytest.fixture
def synced(
    qtbot: Any, sandbox: SandboxProcess, tmp_path: Path
) -> Iterator[tuple[MainWindow, Database]]:
    database = open_database(tmp_path / "cache.sqlite")
    sync = SyncService(database, settings_path=tmp_path / "connection.json")
    settings_, _ = settings_from_connect_info(sandbox.info, user="clerk", timeout_s=15)
    sync.use_client(PlatformClient(settings_), files="none")
    assert sync.engine is not None
    first = sync.engine.run_once()
    assert first.error_key is None, first.error_message
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    window = make_window(qtbot, sync, settings)
    yield window, database
    window.close()
    sync.stop()
    wait_background(qtbot)
    database.close()


def pick(window: MainWindow, status: str, max_excl: int = 40_000) -> int:
    with sqlite3.connect(window.database.path) as conn:
        row = conn.execute(
            "SELECT id FROM invoices WHERE status = ? AND amount_excl_vat <= ? "
            "AND pending_action IS NULL ORDER BY id LIMIT 1",
            (status, max_excl * 10_000),
        ).fetchone()
    assert row is not None, f"no {status} invoice in the sandbox"
    window.restrict(InvoiceFilter(inbox=Inbox.ALL, statuses=frozenset({status})))
    model = window.list.invoice_model
    while model.row_of(row[0]) is None and model.canFetchMore():
        model.fetchMore()
    assert window.list.select_invoice(row[0])  # not QTableView.selectRow: see conftest
    assert window.list.selected_ids() == [row[0]]
    return int(row[0])


def sync_and_wait(window: MainWindow, qtbot: Any) -> None:
    with qtbot.waitSignal(window.bridge.sync_finished, timeout=60_000) as blocker:
        window.actions_by_key["sync"].trigger()
    assert blocker.args[0].error_key is None, blocker.args[0].error_message
    wait_background(qtbot)


def sync_cell(window: MainWindow, invoice_id: int) -> str:
    model = window.list.invoice_model
    if model.row_of(invoice_id) is None:
        window.restrict(InvoiceFilter(inbox=Inbox.ALL))
        while model.row_of(invoice_id) is None and model.canFetchMore():
            model.fetchMore()
    row = model.row_of(invoice_id)
    return "" if row is None else str(model.data(model.index(row, Column.SYNC)))


def history_statuses(window: MainWindow) -> list[str]:
    table = window.detail.history
    return [table.item(r, 1).text() for r in range(table.rowCount()) if table.item(r, 1)]


@pytest.mark.parametrize(
    ("kind", "status", "target"),
    [
        (ActionKind.REJECT, "MISE_A_DISPOSITION", "REJETEE"),
        (ActionKind.SUSPEND, "MISE_A_DISPOSITION", "SUSPENDUE"),
        (ActionKind.SERVICE_DONE, "MISE_A_DISPOSITION", "SERVICE_FAIT"),
        (ActionKind.MANDATE, "SERVICE_FAIT", "MANDATEE"),
    ],
)
def test_action_reaches_the_platform(
    synced: tuple[MainWindow, Database], qtbot: Any, kind: ActionKind, status: str, target: str
) -> None:
    window, _db = synced
    invoice_id = pick(window, status)

    def fill(dialog: Any) -> None:
        if isinstance(dialog, QMessageBox):  # "reject definitively?" -> yes
            dialog.accept()
            return
        if hasattr(dialog, "motif"):
            dialog.motif.setCurrentIndex(1)
        if hasattr(dialog, "number"):
            dialog.number.setText("M-2026-77")
        dialog.comment.set_text("Contrôle effectué par le service.")
        dialog.try_accept()

    answer_dialogs(window.controller, fill)
    window.run_action(kind)
    wait_background(qtbot)  # the writer's answer comes back to the window
    assert sync_cell(window, invoice_id) == "En attente d'envoi"
    sync_and_wait(window, qtbot)
    window.restrict(InvoiceFilter(inbox=Inbox.ALL, text=None))
    window.detail.show_invoice(invoice_id)
    detail = window.detail.detail
    assert detail is not None
    assert detail.status == target and detail.pending_action is None
    assert window.detail.fields["status"].text() == status_label(target)
    assert "En attente" not in window.detail.state.text()
    with sqlite3.connect(window.database.path) as conn:
        state = conn.execute(
            "SELECT state FROM outbox WHERE invoice_id = ? ORDER BY id DESC", (invoice_id,)
        ).fetchone()[0]
    assert state == "done"


def test_platform_approval_refusal_goes_to_the_approval_queue(
    synced: tuple[MainWindow, Database], qtbot: Any
) -> None:
    window, _db = synced
    # The window believes the user is a manager (no local circuit configured: managers
    # decide); the platform knows the clerk's certificate: service done above 40,000 EUR
    # excl. VAT is refused (403 / 20020 APPROBATION_REQUISE) -> the approval queue.
    window.sync.user = UserInfo(name="clerk", role=Role.MANAGER, profile="sandbox")
    with sqlite3.connect(window.database.path) as conn:
        row = conn.execute(
            "SELECT id FROM invoices WHERE status = 'MISE_A_DISPOSITION' "
            "AND amount_excl_vat > 400000000 ORDER BY id LIMIT 1"
        ).fetchone()
    if row is None:
        pytest.skip("no invoice above the threshold in this sandbox")
    invoice_id = int(row[0])
    window.restrict(InvoiceFilter(inbox=Inbox.ALL, statuses=frozenset({"MISE_A_DISPOSITION"})))
    model = window.list.invoice_model
    while model.row_of(invoice_id) is None and model.canFetchMore():
        model.fetchMore()
    window.list.select_invoice(invoice_id)
    answer_dialogs(window.controller, lambda d: d.try_accept())
    window.run_action(ActionKind.SERVICE_DONE)
    wait_background(qtbot)  # the writer's answer comes back to the window
    sync_and_wait(window, qtbot)
    assert sync_cell(window, invoice_id) == "En attente d'approbation"
    assert window.sync.outbox_rows() == []  # not left in needs_attention
    with sqlite3.connect(window.database.path) as conn:
        origin, state, entry_state, code = conn.execute(
            "SELECT r.origin, r.state, o.state, o.last_error_code FROM approval_requests r "
            "JOIN outbox o ON o.id = r.origin_entry_id WHERE r.invoice_id = ?",
            (invoice_id,),
        ).fetchone()
    assert (origin, state, entry_state, code) == (
        "platform",
        "pending",
        "discarded",
        "APPROBATION_REQUISE",
    )
    window.detail.show_invoice(invoice_id)
    assert window.detail.detail is not None
    assert window.detail.detail.status == "MISE_A_DISPOSITION"
    assert "approbation" in window.detail.state.text()


def test_conflict_shows_both_versions_and_keep_mine(
    synced: tuple[MainWindow, Database], qtbot: Any, sandbox: SandboxProcess
) -> None:
    window, _db = synced
    # The supplier completes a suspended invoice on the platform; we have not synced yet and
    # reject it from our (older) version: the sender sees the invoice moved -> conflict.
    completed = admin_post(sandbox, "supplier", {"action": "complete", "count": 1})["ids"]
    assert completed
    invoice_id = int(completed[0])
    window.restrict(InvoiceFilter(inbox=Inbox.ALL, statuses=frozenset({"SUSPENDUE"})))
    model = window.list.invoice_model
    while model.row_of(invoice_id) is None and model.canFetchMore():
        model.fetchMore()
    assert model.row_of(invoice_id) is not None
    window.list.select_invoice(invoice_id)

    def fill(dialog: Any) -> None:
        if isinstance(dialog, QMessageBox):  # "reject definitively?" -> yes
            dialog.accept()
            return
        dialog.motif.setCurrentIndex(1)
        dialog.comment.set_text("Pièce toujours manquante.")
        dialog.try_accept()

    answer_dialogs(window.controller, fill)
    window.run_action(ActionKind.REJECT)
    wait_background(qtbot)  # the writer's answer comes back to the window
    sync_and_wait(window, qtbot)
    assert sync_cell(window, invoice_id) == "Conflit"
    window.show_outbox()
    outbox = window.outbox_window
    assert outbox is not None
    entry = outbox.selected()
    assert entry is not None and entry.state == "conflict"
    assert "REJETEE" in outbox.mine.toPlainText() or "Rejetée" in outbox.mine.toPlainText()
    assert status_label("COMPLETEE") in outbox.theirs.toPlainText()
    assert outbox.keep_mine_button.isEnabled() and outbox.take_theirs_button.isEnabled()
    outbox.keep_mine_button.click()
    qtbot.waitUntil(lambda: outbox.selected() is not None and outbox.selected().state == "pending")
    sync_and_wait(window, qtbot)
    window.detail.show_invoice(invoice_id)
    assert window.detail.detail is not None and window.detail.detail.status == "REJETEE"


def test_history_shows_the_platform_entry_after_an_action(
    synced: tuple[MainWindow, Database], qtbot: Any
) -> None:
    window, _db = synced
    invoice_id = pick(window, "SERVICE_FAIT")

    def fill(dialog: Any) -> None:
        dialog.number.setText("M-2026-78")
        dialog.try_accept()

    answer_dialogs(window.controller, fill)
    window.run_action(ActionKind.MANDATE)
    wait_background(qtbot)  # the writer's answer comes back to the window
    sync_and_wait(window, qtbot)
    window.detail.show_invoice(invoice_id)
    assert status_label("MANDATEE") in history_statuses(window)
    detail = window.detail.detail
    assert detail is not None
    last = next(h for h in reversed(detail.history) if h.status == "MANDATEE")
    assert last.source == "platform" and last.mandate_number == "M-2026-78"


def test_image_follows_the_invoice_after_an_action_is_sent(
    synced: tuple[MainWindow, Database], qtbot: Any
) -> None:
    """Seen in a real window: after a suspension sent at once, the fields showed the next
    invoice and the image the suspended one."""
    window, _db = synced
    window.restrict(InvoiceFilter(inbox=Inbox.TO_PROCESS))
    qtbot.waitUntil(lambda: window.list.model().rowCount() > 2, timeout=10_000)
    preview = window.detail.preview
    window.list.select_row(0)
    qtbot.waitUntil(lambda: preview.renders >= 1, timeout=20_000)
    window.list.select_row(1)
    qtbot.waitUntil(lambda: preview.renders >= 2, timeout=20_000)

    def fill(dialog: Any) -> None:
        dialog.motif.setCurrentIndex(1)
        dialog.comment.set_text("Il manque le bon de livraison.")
        dialog.try_accept()

    answer_dialogs(window.controller, fill)
    window.run_action(ActionKind.SUSPEND)
    wait_background(qtbot)  # the writer's answer comes back to the window
    sync_and_wait(window, qtbot)
    for _ in range(5):
        qtbot.wait(300)
        wait_background(qtbot)
    shown = window.detail.detail
    assert shown is not None
    qtbot.waitUntil(lambda: preview.document.pageCount() >= 1, timeout=20_000)
    text = preview.document.getAllText(0).text()
    assert shown.number in text, (shown.number, text[:120])
