"""Two desktops (separate caches, platform identities and database roles) against one real
sandbox and one real team store: a clerk's mandate above the threshold on desktop A reaches
the manager's queue on desktop B, is approved there and reaches the platform exactly once
(counted by the sandbox); the team store is stopped twice on the way and nothing is lost."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_app.domain.actions import record_mandate
from desktop_app.domain.approvals import ApprovalCircuit, Approver
from desktop_app.domain.permissions import ApprovalPolicy
from desktop_app.domain.status_types import Role
from desktop_app.models.approvals import ApprovalRequest
from desktop_app.models.database import Database, open_database
from desktop_app.models.invoices import Invoice
from desktop_app.models.team_local import TeamAssignment, TeamNote, TeamQueueOp
from desktop_app.models.work import OutboxEntry
from desktop_app.sandbox.launcher import SandboxProcess
from desktop_app.sync import team_store
from desktop_app.sync.approvals import pending_requests
from desktop_app.sync.client import PlatformClient
from desktop_app.sync.outbox_sender import OutboxSender
from desktop_app.sync.team_admin import add_person
from desktop_app.sync.team_ops import add_note, claim, decide_team, submit_action_team
from desktop_app.sync.team_sync import TeamSync
from tests.sync.conftest import FAST_BACKOFF, Admin, make_client, pull
from tests.sync.conftest import admin as admin
from tests.sync.conftest import sandbox as sandbox
from tests.team.conftest import PASSWORD, TeamServer

pytestmark = [pytest.mark.postgres, pytest.mark.sandbox]
THRESHOLD = Decimal("40000")  # the sandbox's own default threshold: both circuits agree


@dataclass
class Desktop:
    """One app instance: its own cache, platform identity and team role."""

    login: str
    role: Role
    database: Database
    platform: PlatformClient
    team: TeamSync

    def sync_platform(self) -> None:
        pull(self.platform, self.database)

    def send_outbox(self) -> int:
        sender = OutboxSender(self.platform, self.database, backoff=FAST_BACKOFF, settle_s=0)
        return sender.send_due().sent

    def count(self, model: type, *where: object) -> int:
        with self.database.read() as session:
            return int(session.scalar(select(func.count()).select_from(model).where(*where)))


@pytest.fixture
def desktops(
    sandbox: SandboxProcess,
    team: TeamServer,
    tmp_path: Path,
) -> Iterator[tuple[Desktop, Desktop]]:
    with team.owner() as conn:
        add_person(conn, "clerk", "clerk", PASSWORD)
        add_person(conn, "manager", "manager", PASSWORD)
    made = []
    for login, role in (("clerk", Role.CLERK), ("manager", Role.MANAGER)):
        database = open_database(tmp_path / login / "cache.sqlite")
        made.append(
            Desktop(
                login,
                role,
                database,
                make_client(sandbox, user=login),
                TeamSync(database, team.dsn(login), login),
            )
        )
    yield made[0], made[1]
    for desktop in made:
        desktop.team.stop()
        desktop.platform.close()
        desktop.database.close()


def _big_invoice(desktop: Desktop) -> Invoice:
    with desktop.database.read() as session:
        found = session.scalars(
            select(Invoice)
            .where(Invoice.status == "MISE_A_DISPOSITION", Invoice.amount_excl_vat > THRESHOLD)
            .order_by(Invoice.id)
        ).first()
    assert found is not None, "the sandbox data set has no invoice above the threshold"
    return found


def test_a_clerks_request_is_approved_on_another_desktop_and_sent_once(
    desktops: tuple[Desktop, Desktop],
    team: TeamServer,
    admin: Admin,
) -> None:
    a, b = desktops
    a.sync_platform()
    b.sync_platform()
    invoice = _big_invoice(a)
    with team.connect("admin_carole") as conn:  # the entity's circuit, edited once for all
        team_store.store_circuit(
            conn,
            int(invoice.structure_id or 0),
            ApprovalCircuit(ApprovalPolicy(THRESHOLD), (Approver("manager"),)),
            entity_kind="local_authority",
        )
    assert a.team.sync_once().online and b.team.sync_once().online  # circuits mirrored

    change = record_mandate("MISE_A_DISPOSITION", "M-2026-0042", invoice.amount_excl_vat)
    submitted = submit_action_team(
        a.database, invoice.id, change, user="clerk", role=Role.CLERK, day=date.today()
    ).result()
    assert submitted.request_id is not None and submitted.outbox_key is None
    claim(a.database, invoice.id, "clerk").result()
    add_note(a.database, invoice.id, "Montant vérifié avec le bon de commande", "clerk").result()

    team.cluster.stop()  # the team store goes away: the clerk's work waits in the queue
    assert not a.team.sync_once().online
    assert a.count(TeamQueueOp, TeamQueueOp.state == "pending") == 3
    team.cluster.start()
    assert a.team.sync_once().pushed == 3

    assert b.team.sync_once().online  # B sees the request, the claim and the note
    with b.database.read() as session:
        (request,) = pending_requests(session, "manager", Role.MANAGER, date.today())
        assert request.invoice_id == invoice.id and request.requested_by == "clerk"
        assert session.get(TeamAssignment, invoice.id).claimed_by == "clerk"
        (note,) = session.scalars(select(TeamNote).where(TeamNote.invoice_id == invoice.id))
        assert note.author == "clerk" and note.confirmed

    outcome = decide_team(
        b.database, [request.id], approve=True, user="manager", role=Role.MANAGER
    ).result()
    assert outcome.decided == [request.id]
    team.cluster.stop()  # gone again before the decision got through
    assert not b.team.sync_once().online
    assert b.count(OutboxEntry) == 0  # nothing is sent before the store says we won
    team.cluster.start()
    assert b.team.sync_once().pushed == 1
    assert b.count(OutboxEntry, OutboxEntry.invoice_id == invoice.id) == 1

    result = a.team.sync_once()  # A learns who decided, and sends nothing itself
    assert [n.key for n in result.notices] == ["team.decided_elsewhere"]
    assert result.notices[0].params["by"] == "manager"
    with a.database.read() as session:
        mine = session.get(ApprovalRequest, submitted.request_id)
        assert (mine.state, mine.decided_by) == ("approved", "manager")
        assert session.get(Invoice, invoice.id).pending_action is None

    assert a.send_outbox() == 0
    assert b.send_outbox() == 1
    for desktop in (a, b):  # replays change nothing
        desktop.team.sync_once()
        desktop.send_outbox()
    assert b.count(OutboxEntry) == 1 and a.count(OutboxEntry) == 0
    assert admin.invoice(invoice.id)["appliedRecipientChanges"].get("MANDATEE") == 1
    with team.owner() as conn:
        assert conn.execute(
            "SELECT state, decided_by FROM team.approval_requests WHERE invoice_id = %s",
            (invoice.id,),
        ).fetchall() == [("approved", "manager")]
