"""The application service: Qt-free, the command line builds its engine through it, its counts
come from SQL, its actions are futures nobody waits on (against the real HTTPS sandbox)."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

from desktop_app.domain.actions import mark_service_done
from desktop_app.domain.status_types import Role
from desktop_app.models.database import Database
from desktop_app.models.invoices import Invoice
from desktop_app.sandbox.launcher import SandboxProcess
from desktop_app.sync.client import PlatformClient
from desktop_app.sync.events import OutboxChanged, SyncFinished
from desktop_app.sync.service import AppService

from .conftest import pull


def test_the_service_imports_no_qt() -> None:
    code = (
        "import sys, desktop_app.sync.service, desktop_app.sync.cli;print('PySide6' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "False"


def test_the_command_line_syncs_through_the_service(
    sandbox: SandboxProcess, tmp_path: Path
) -> None:
    connect = tmp_path / "connect.json"
    connect.write_text(json.dumps(sandbox.info, default=str), encoding="utf-8")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop_app",
            "sync",
            "--connect-file",
            str(connect),
            "--database",
            str(tmp_path / "cache.sqlite"),
            "--files",
            "none",
            "--quiet",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("sync ok:"), done.stdout


def test_queued_action_counted_and_sent_by_the_service(
    client: PlatformClient, database: Database
) -> None:
    pull(client, database)
    with database.read() as session:
        invoice = (  # below every approval threshold: queued, not an approval request
            session.query(Invoice)
            .filter(Invoice.status == "MISE_A_DISPOSITION")
            .filter(Invoice.amount_excl_vat < Decimal(1000))
            .first()
        )
        assert invoice is not None
        invoice_id = invoice.id
    service = AppService(database, language=lambda: "en")
    events: list[object] = []
    service.bus.subscribe(events.append)
    assert service.outbox_counts().waiting == 0
    service.sync_now()  # not connected yet: a message key and its text, no exception
    finished = [e for e in events if isinstance(e, SyncFinished)]
    assert finished[-1].error_key == "sync.not_connected"
    assert finished[-1].error_message == "Not connected to the platform yet."
    future = service.queue(invoice_id, mark_service_done("MISE_A_DISPOSITION", Role.CLERK))
    assert future.result(timeout=30).request_id is None  # a test may wait; the window never does
    counts = service.outbox_counts()
    assert (counts.waiting, counts.attention) == (1, 0)
    assert service.pending_count() == 1
    assert [row.invoice_id for row in service.outbox_rows()] == [invoice_id]
    service.use_client(client, "none")
    service.sync_now()
    service.wait_idle(120)
    assert service.outbox_counts().waiting == 0
    assert any(isinstance(e, OutboxChanged) and e.state == "done" for e in events)
