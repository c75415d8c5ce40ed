"""A desktop killed (SIGKILL) while it writes to the team store: every queued decision and
note reaches the store exactly once and every won approval is queued for the platform exactly
once, however many times the headless ``invoice-desk team sync`` is killed and restarted."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_app.domain.status_types import Role
from desktop_app.models.database import Database, open_database
from desktop_app.models.invoices import Invoice
from desktop_app.models.team_local import TeamQueueOp
from desktop_app.models.work import AuditEvent, OutboxEntry
from desktop_app.sync import team_store
from desktop_app.sync.approvals import pending_requests
from desktop_app.sync.team_ops import add_note, decide_team
from desktop_app.sync.team_sync import TeamSync
from tests.models.factories import invoice_values
from tests.team.conftest import STRUCTURE, TeamServer

pytestmark = pytest.mark.postgres
REPO = Path(__file__).resolve().parents[2]
COUNT = 80
KILLS = 3


def _invoices(database: Database) -> list[int]:
    ids = []

    def work(session):
        for index in range(1, COUNT + 1):
            row = {
                **invoice_values(index),
                "status": "MISE_A_DISPOSITION",
                "inbox": "to_process",
                "structure_id": STRUCTURE,
            }
            session.add(Invoice(**row))
            ids.append(int(row["id"]))

    database.writer.run(work)
    return ids


def _clerk_requests(team: TeamServer, invoice_ids: list[int]) -> None:
    with team.connect("clerk_anne") as conn:
        for invoice_id in invoice_ids:
            body = {
                "structure_id": STRUCTURE,
                "invoice_id": invoice_id,
                "invoice_number": None,
                "supplier_name": None,
                "action": "mandate",
                "payload": f'{{"idFacture": {invoice_id}}}',
                "service_code": "FINANCES",
                "amount": "45000.00",
                "threshold": "1000.00",
                "previous_status": "MISE_A_DISPOSITION",
            }
            assert team_store.apply_op(conn, str(uuid.uuid4()), "request", body)["outcome"] == "ok"


def _applied(team: TeamServer) -> int:
    with team.owner() as conn:
        return conn.execute(
            "SELECT count(*) FROM team.applied_ops WHERE login = 'mgr_all'"
        ).fetchone()[0]


def test_sigkill_during_team_writes_loses_and_doubles_nothing(
    team: TeamServer, tmp_path: Path
) -> None:
    path = tmp_path / "manager.sqlite"
    with open_database(path) as database:
        invoice_ids = _invoices(database)
        _clerk_requests(team, invoice_ids)
        assert TeamSync(database, team.dsn("mgr_all"), "mgr_all").sync_once().online
        with database.read() as session:
            requests = pending_requests(session, "mgr_all", Role.MANAGER, date.today())
        assert len(requests) == COUNT
        outcome = decide_team(
            database, [r.id for r in requests], approve=True, user="mgr_all", role=Role.MANAGER
        ).result()
        assert len(outcome.decided) == COUNT
        for invoice_id in invoice_ids:
            add_note(database, invoice_id, f"Vu pour {invoice_id}", "mgr_all").result()

    env = {**os.environ, "PYTHONPATH": str(REPO), "TEAM_DSN": team.dsn("mgr_all")}
    command = [
        sys.executable,
        "-m",
        "desktop_app",
        "team",
        "sync",
        "--once",
        "--database",
        str(path),
        "--conninfo-env",
        "TEAM_DSN",
    ]
    killed_at = []
    for kill in range(KILLS):  # each run is killed once it has written a few more operations
        target = _applied(team) + 15 + kill * 5
        child = subprocess.Popen(
            command, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        deadline = time.monotonic() + 60
        while child.poll() is None and _applied(team) < target and time.monotonic() < deadline:
            time.sleep(0.005)
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        killed_at.append(_applied(team))
    print("applied operations at each kill:", killed_at)
    assert killed_at[-1] < 2 * COUNT, "the kills came too late to test anything"
    final = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert final.returncode == 0, final.stderr

    with team.owner() as conn:
        assert conn.execute(
            "SELECT count(*), count(DISTINCT invoice_id) FROM team.approval_requests "
            "WHERE state = 'approved' AND decided_by = 'mgr_all'"
        ).fetchone() == (COUNT, COUNT)
        assert conn.execute(
            "SELECT count(*), count(DISTINCT invoice_id) FROM team.notes"
        ).fetchone() == (COUNT, COUNT)
    with open_database(path) as database, database.read() as session:
        assert (
            session.scalar(
                select(func.count()).select_from(TeamQueueOp).where(TeamQueueOp.state != "done")
            )
            == 0
        )
        queued = session.execute(
            select(OutboxEntry.invoice_id, func.count()).group_by(OutboxEntry.invoice_id)
        ).all()
        assert sorted(queued) == [(i, 1) for i in sorted(invoice_ids)]
        approved_events = session.scalar(
            select(func.count())
            .select_from(AuditEvent)
            .where(AuditEvent.kind == "approval.approved")
        )
        assert approved_events == COUNT


def test_an_answer_committed_in_the_store_but_not_here_is_applied_once_on_replay(
    team: TeamServer, tmp_path: Path
) -> None:
    """The exact window a kill can hit: the store committed, the desktop never recorded it."""
    with open_database(tmp_path / "m.sqlite") as database:
        (invoice_id,) = _invoices(database)[:1]
        _clerk_requests(team, [invoice_id])
        link = TeamSync(database, team.dsn("mgr_all"), "mgr_all")
        link.sync_once()
        with database.read() as session:
            (request,) = pending_requests(session, "mgr_all", Role.MANAGER, date.today())
        decide_team(
            database, [request.id], approve=True, user="mgr_all", role=Role.MANAGER
        ).result()
        with database.read() as session:
            (op,) = session.scalars(select(TeamQueueOp).where(TeamQueueOp.state == "pending"))
            key, kind, body = op.op_key, op.kind, op.body()
        with team.connect("mgr_all") as conn:  # the write lands, the desktop dies before
            first = team_store.apply_op(conn, key, kind, body)
        result = link.sync_once()
        assert result.pushed == 1
        with database.read() as session:
            (done,) = session.scalars(select(TeamQueueOp).where(TeamQueueOp.op_key == key))
            assert done.state == "done" and done.result is not None
            assert first == json.loads(done.result)
            assert session.scalar(select(func.count()).select_from(OutboxEntry)) == 1
