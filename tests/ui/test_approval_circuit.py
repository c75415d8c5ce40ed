"""Role tests through the app against the real sandbox (HTTPS on 127.0.0.1): a clerk's
over-threshold service-done becomes an approval request; the approver approves in the queue
and the action reaches the platform exactly once; a delegate may approve within the
delegation dates only, and the sandbox agrees with the app's domain rules."""

from __future__ import annotations

import sqlite3
import ssl
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

from desktop_app.domain.actions import mark_service_done
from desktop_app.domain.permissions import ActionKind
from desktop_app.domain.status_types import Role
from desktop_app.models.database import Database, open_database
from desktop_app.sandbox.launcher import SandboxProcess, start_sandbox_process
from desktop_app.sync.approvals import load_circuit
from desktop_app.sync.client import PlatformClient
from desktop_app.sync.errors import PlatformError
from desktop_app.sync.sandbox_door import import_sandbox_configuration, settings_from_connect_info
from desktop_app.ui.adapters.sync_adapter import SyncService, UserInfo
from desktop_app.ui.approval_queue import ApprovalQueueView
from desktop_app.ui.qt import QSettings

from .conftest import answer_dialogs, make_window, wait_background

pytestmark = [pytest.mark.sandbox]
TOWN_HALL = 25_010_001


class Admin:
    def __init__(self, info: dict[str, Any]) -> None:
        self.http = httpx.Client(
            base_url=info["apiBase"],
            verify=ssl.create_default_context(cafile=str(info["caCert"])),
            headers={info["adminHeader"]: info["adminToken"]},
            timeout=30,
        )

    def get(self, path: str) -> Any:
        response = self.http.get("/sandbox/admin/" + path)
        response.raise_for_status()
        return response.json()

    def post(self, path: str, body: dict[str, Any]) -> Any:
        response = self.http.post("/sandbox/admin/" + path, json=body)
        response.raise_for_status()
        return response.json()


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxProcess]:
    process = start_sandbox_process(tmp_path_factory.mktemp("sandbox"), invoices=300, seed=7)
    try:
        yield process
    finally:
        process.stop()


@pytest.fixture
def admin(sandbox: SandboxProcess) -> Iterator[Admin]:
    helper = Admin(sandbox.info)
    yield helper
    helper.post("settings", {"today": None})
    helper.http.close()


def _service(database: Database, sandbox: SandboxProcess, user: str) -> SyncService:
    sync = SyncService(database)
    settings, _ = settings_from_connect_info(sandbox.info, user=user, timeout_s=15)
    sync.use_client(PlatformClient(settings), files="none")
    role = Role.MANAGER if user.startswith("manager") else Role.CLERK
    sync.user = UserInfo(name=user, role=role, profile="sandbox")
    return sync


@pytest.fixture
def cache(tmp_path: Path, sandbox: SandboxProcess) -> Iterator[Database]:
    database = open_database(tmp_path / "cache.sqlite")
    assert import_sandbox_configuration(database, sandbox.info) >= 1
    clerk = _service(database, sandbox, "clerk")
    assert clerk.engine is not None
    outcome = clerk.engine.run_once()
    assert outcome.error_key is None, outcome.error_message
    clerk.stop()
    yield database
    database.close()


def _over_threshold(database: Database, exclude: frozenset[int] = frozenset()) -> tuple[int, str]:
    with database.read() as session:
        circuit = load_circuit(session, TOWN_HALL)
    with sqlite3.connect(database.path) as conn:
        rows = conn.execute(
            "SELECT id, service_code, amount_excl_vat FROM invoices WHERE structure_id = ? "
            "AND status = 'MISE_A_DISPOSITION' ORDER BY id",
            (TOWN_HALL,),
        ).fetchall()
    for invoice_id, service, scaled in rows:
        amount = Decimal(scaled) / 10_000
        if invoice_id not in exclude and amount > circuit.policy.threshold_for(service):
            return int(invoice_id), str(service)
    pytest.skip("no town-hall invoice above its service threshold")


def test_clerk_request_approved_by_manager_reaches_the_platform_once(
    qtbot: Any, cache: Database, sandbox: SandboxProcess, admin: Admin, tmp_path: Path
) -> None:
    invoice_id, _service_code = _over_threshold(cache)
    clerk = _service(cache, sandbox, "clerk")
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    window = make_window(qtbot, clerk, settings)
    answer_dialogs(window.controller, lambda d: d.try_accept())
    window.controller.apply(
        ActionKind.SERVICE_DONE,
        window.controller.targets([invoice_id]),
        lambda status: mark_service_done(status, Role.CLERK),
    )
    qtbot.waitUntil(lambda: window.controller.last_outcome is not None, timeout=10_000)
    outcome = window.controller.last_outcome
    assert outcome is not None and outcome.awaiting_approval == [invoice_id]
    assert clerk.outbox_rows() == []  # nothing for the platform yet
    window.detail.show_invoice(invoice_id)
    assert "approbation" in window.detail.state.text()
    # the clerk cannot decide it: the queue is empty for them
    assert clerk.approval_requests() == []
    window.close()
    wait_background(qtbot)
    clerk.stop()

    manager = _service(cache, sandbox, "manager")
    window = make_window(qtbot, manager, settings)
    view = window.show_approvals()
    assert isinstance(view, ApprovalQueueView)
    assert [r.invoice_id for r in view.requests] == [invoice_id]
    view.table.selectRow(0)  # (the approval table, not the invoice list)
    view.comment.setPlainText("Conforme au bon de commande.")
    assert view.decide_selected(True)
    qtbot.waitUntil(lambda: view.last_outcome is not None, timeout=10_000)
    assert view.last_outcome is not None and view.last_outcome.decided
    rows = manager.outbox_rows()
    assert [(r.invoice_id, r.action) for r in rows] == [(invoice_id, "service_done")]
    assert manager.engine is not None
    manager.engine.run_once()
    manager.engine.run_once()  # a second pass must not send it again
    record = admin.get(f"invoices/{invoice_id}")
    assert record["statut"] == "SERVICE_FAIT"
    assert [h["code"] for h in record["history"]].count("SERVICE_FAIT") == 1
    assert len(record["approvals"]) == 1, record["approvals"]  # one decision recorded
    with sqlite3.connect(cache.path) as conn:
        kinds = [k for (k,) in conn.execute("SELECT kind FROM audit_events ORDER BY id")]
        created_by = conn.execute(
            "SELECT created_by FROM outbox WHERE invoice_id = ?", (invoice_id,)
        ).fetchone()[0]
    assert created_by == "manager"
    assert kinds.index("approval.requested") < kinds.index("approval.approved")
    assert "sync.action_done" in kinds
    window.close()
    wait_background(qtbot)
    manager.stop()


def test_delegate_decides_only_within_the_delegation_dates(
    cache: Database, sandbox: SandboxProcess, admin: Admin
) -> None:
    config = next(s for s in admin.get("approvals")["structures"] if s["idStructure"] == TOWN_HALL)
    delegation = next(d for d in config["delegations"] if d["delegate"] == "delegate")
    start, end = date.fromisoformat(delegation["start"]), date.fromisoformat(delegation["end"])
    first, _ = _over_threshold(cache)
    second, _ = _over_threshold(cache, frozenset({first}))
    clerk = _service(cache, sandbox, "clerk")
    for invoice_id in (first, second):
        submitted = clerk.queue(invoice_id, mark_service_done("MISE_A_DISPOSITION", Role.CLERK))
        assert submitted.result(timeout=30).request_id is not None
    delegate = _service(cache, sandbox, "delegate")
    # the day after the delegation: the app hides the requests and refuses a decision ...
    delegate.fixed_today = end + timedelta(days=1)
    assert delegate.approval_requests() == []
    refused = delegate.decide([1], approve=True, comment=None).result(timeout=30)
    assert refused.decided == [] and refused.refused[0][1] == "permission.not_approver"
    # ... and the sandbox refuses the same action sent directly, bypassing the app
    admin.post("settings", {"today": (end + timedelta(days=1)).isoformat()})
    assert delegate.engine is not None
    client = delegate.engine.client
    body = f'{{"idFacture":{second},"nouveauStatut":"SERVICE_FAIT"}}'.encode()
    with pytest.raises(PlatformError) as raised:
        client.process(body, "direct-delegate-outside")
    assert raised.value.libelle == "APPROBATION_REQUISE"
    # within the dates both agree: the app lists and approves, the platform accepts it
    delegate.fixed_today = start
    admin.post("settings", {"today": start.isoformat()})
    requests = delegate.approval_requests()
    assert {r.invoice_id for r in requests} == {first, second}
    outcome = delegate.decide(
        [r.id for r in requests if r.invoice_id == first], approve=True, comment="Absence"
    ).result(timeout=30)
    assert len(outcome.decided) == 1
    assert delegate.engine.sender.send_due().sent == 1
    record = admin.get(f"invoices/{first}")
    assert record["statut"] == "SERVICE_FAIT"
    assert any(
        (a or {}).get("mention") == "delegate pour manager" for a in record.get("approvals", [])
    ), record.get("approvals")
    delegate.stop()
    clerk.stop()
