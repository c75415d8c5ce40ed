"""Shared saved searches and the entity's circuit through a real team store (PostgreSQL of
tests/team/conftest.py, one role per person) and real desktops (separate caches):

* a search shared on desktop A appears on desktop B marked with its owner, a private one does
  not; made while the store is away it waits in the queue and lands exactly once; renamed or
  deleted on A, B follows;
* nobody can rename, change or delete another person's search, not even by connecting
  straight to the database (row-level security), nor write the circuit or a payment category
  unless administrator (grants);
* the administrator's circuit and payment category, saved on A, are what B's approval queue
  and deadlines follow after B's team sync (B's invoices from a real sandbox), and what the
  server lets B decide by; a clerk's save is refused by the server and changes nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from psycopg import errors
from sqlalchemy import func, select

from desktop_app.domain.approvals import ApprovalCircuit, Approver
from desktop_app.domain.deadlines import EntityKind
from desktop_app.domain.errors import PermissionDenied
from desktop_app.domain.inboxes import Inbox
from desktop_app.domain.permissions import ApprovalPolicy
from desktop_app.domain.status_types import Role
from desktop_app.models.approvals import StructureSetting
from desktop_app.models.database import Database, open_database
from desktop_app.models.invoices import Invoice
from desktop_app.models.queries import InvoiceFilter
from desktop_app.models.team_local import TeamQueueOp
from desktop_app.sandbox.launcher import SandboxProcess
from desktop_app.sync import team_mode, team_store
from desktop_app.sync.approvals import load_circuit, pending_requests
from desktop_app.sync.structure_settings import load_structure_settings
from desktop_app.sync.team_circuit import save_settings
from desktop_app.sync.team_ops import decide_team
from desktop_app.sync.team_searches import TeamSearches
from desktop_app.sync.team_sync import TeamSync
from tests.sync.conftest import make_client, pull
from tests.sync.conftest import sandbox as sandbox
from tests.team.conftest import CEILINGS, STRUCTURE, TeamServer

pytestmark = pytest.mark.postgres
BIG = InvoiceFilter(inbox=Inbox.ALL, amount_min=Decimal("10000.00"))


@dataclass
class Desk:
    """One desktop: its own cache and its person's team link."""

    login: str
    database: Database
    team: TeamSync

    def searches(self) -> TeamSearches:
        return TeamSearches(self.database, self.login, self.login)

    def names(self) -> list[tuple[str, str, bool]]:
        return [(e.name, e.owner, e.own) for e in self.searches().list()]


@pytest.fixture
def open_desk(tmp_path: Path, team: TeamServer) -> Iterator:
    made: list[Desk] = []

    def make(login: str, dsn: str | None = None) -> Desk:
        database = open_database(tmp_path / f"{login}-{len(made)}" / "cache.sqlite")
        desk = Desk(login, database, TeamSync(database, dsn or team.dsn(login), login))
        made.append(desk)
        return desk

    yield make
    for desk in made:
        team_mode.stop_for(desk.database)
        desk.team.stop()
        desk.database.close()


def _store_rows(team: TeamServer) -> list[tuple[str, str, bool]]:
    with team.owner() as conn:
        return conn.execute(
            "SELECT owner, name, shared FROM team.saved_searches ORDER BY owner, name"
        ).fetchall()


def test_a_search_shared_on_one_desktop_appears_on_the_other_marked_with_its_owner(
    open_desk, team: TeamServer
) -> None:
    closed = team.dsn("clerk_anne").replace(f"port={team.cluster.port}", "port=1")  # no one
    a = open_desk("clerk_anne", closed)
    b = open_desk("clerk_bruno")

    a.searches().save("Grosses factures", BIG, shared=True).result()
    a.searches().save("Mes brouillons", InvoiceFilter(inbox=Inbox.SUSPENDED)).result()
    assert not a.team.sync_once().online  # the store is out of reach: both wait here
    assert a.team.pending_count() == 2
    assert a.names() == [
        ("Grosses factures", "clerk_anne", True),
        ("Mes brouillons", "clerk_anne", True),
    ]

    a.team.use_conninfo(team.dsn("clerk_anne"))  # back online
    assert a.team.sync_once().pushed == 2
    assert a.team.sync_once().pushed == 0  # exactly once
    with a.database.read() as session:
        ops = list(session.scalars(select(TeamQueueOp)))
    for op in ops:  # a replay of the same keys (a desktop killed before it marked them done)
        with team.connect("clerk_anne") as conn:
            team_store.apply_op(conn, op.op_key, op.kind, op.body())
    assert _store_rows(team) == [
        ("clerk_anne", "Grosses factures", True),
        ("clerk_anne", "Mes brouillons", False),
    ]

    assert b.team.sync_once().online
    entries = b.searches().list()
    assert [(e.name, e.owner, e.own) for e in entries] == [
        ("Grosses factures", "clerk_anne", False)
    ]  # the private one stays Anne's
    assert entries[0].criteria == BIG  # the same criteria, amounts exact

    (own,) = [e for e in a.searches().list() if e.name == "Grosses factures"]
    assert own.shared
    a.searches().rename(own.id, "Factures > 10 000 €").result()
    assert a.team.sync_once().pushed == 1
    b.team.sync_once()
    assert b.names() == [("Factures > 10 000 €", "clerk_anne", False)]

    (renamed,) = [e for e in a.searches().list() if e.shared]
    a.searches().delete(renamed.id).result()
    a.team.sync_once()
    b.team.sync_once()
    assert b.names() == []
    assert _store_rows(team) == [("clerk_anne", "Mes brouillons", False)]


def test_nobody_changes_another_persons_search_even_straight_through_the_driver(
    open_desk, team: TeamServer
) -> None:
    a = open_desk("clerk_anne")
    a.searches().save("Grosses factures", BIG, shared=True).result()
    a.team.sync_once()
    before = _store_rows(team)

    with team.connect("clerk_bruno") as conn:  # bypassing the app: row-level security
        assert (
            conn.execute(
                "UPDATE team.saved_searches SET name = 'à moi', query = '{}' "
                "WHERE owner = 'clerk_anne'"
            ).rowcount
            == 0
        )
        assert conn.execute("DELETE FROM team.saved_searches").rowcount == 0
    with team.connect("clerk_bruno") as conn, pytest.raises(errors.InsufficientPrivilege):
        conn.execute(
            "INSERT INTO team.saved_searches (owner, name, query) VALUES ('clerk_anne', 'x', '{}')"
        )
    with team.connect("mgr_all") as conn:  # a manager neither
        assert conn.execute("DELETE FROM team.saved_searches").rowcount == 0

    for body in (  # the app's own operations, as Bruno, naming Anne's search
        {"name": "Grosses factures", "delete": True},
        {"name": "Volée", "rename_from": "Grosses factures"},
    ):
        with team.connect("clerk_bruno") as conn:
            team_store.apply_op(conn, str(uuid.uuid4()), "search", body)
    assert _store_rows(team) == before == [("clerk_anne", "Grosses factures", True)]


@pytest.mark.parametrize("login", ["clerk_anne", "mgr_all"])
def test_only_an_administrator_writes_the_circuit_or_a_payment_category(
    team: TeamServer, login: str
) -> None:
    circuit = ApprovalCircuit(ApprovalPolicy(Decimal("1.00")), (Approver(login),))
    with team.connect(login) as conn:
        with pytest.raises(errors.InsufficientPrivilege):
            team_store.store_circuit(conn, STRUCTURE, circuit, entity_kind="state")
        with pytest.raises(errors.InsufficientPrivilege):
            team_store.store_entity_kind(conn, STRUCTURE, "state")
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("UPDATE team.approvers SET max_amount = NULL")
    with team.owner() as conn:
        (found,) = team_store.fetch_circuits(conn)
    assert found.entity_kind == "public_health" and found.max_amounts == CEILINGS


@pytest.mark.sandbox
def test_the_administrators_circuit_is_what_every_desktop_follows(
    open_desk, team: TeamServer, sandbox: SandboxProcess
) -> None:
    admin = open_desk("admin_carole")
    manager = open_desk("mgr_tech")  # approves TECHNIQUE only (up to 50 000 €, IT's ceiling)
    clerk = open_desk("clerk_anne")
    platform = make_client(sandbox, user="manager")
    try:
        pull(platform, manager.database)
    finally:
        platform.close()
    with manager.database.read() as session:
        invoice = session.scalars(
            select(Invoice)
            .where(Invoice.structure_id.is_not(None), Invoice.amount_excl_vat > Decimal("100"))
            .order_by(Invoice.id)
        ).first()
        assert invoice is not None
        sid = int(invoice.structure_id or 0)
        deadline_before = invoice.payment_deadline
    with team.owner() as conn:  # as IT left it: mgr_tech approves TECHNIQUE only, up to 50 000 €
        team_store.store_circuit(
            conn,
            sid,
            ApprovalCircuit(
                ApprovalPolicy(Decimal("100.00")),
                (Approver("mgr_all"), Approver("mgr_tech", frozenset({"TECHNIQUE"}))),
            ),
            entity_kind="local_authority",
            max_amounts={"mgr_tech": Decimal("50000.00")},
        )
    with team.connect("clerk_anne") as conn:  # a colleague's request for that invoice
        conn.execute(
            """INSERT INTO team.approval_requests (request_key, structure_id, invoice_id,
                 action, payload, service_code, amount_excl_vat)
               VALUES (%s, %s, %s, 'MANDATEMENT', '{}', 'VOIRIE', %s)""",
            (str(uuid.uuid4()), sid, invoice.id, Decimal("1500.00")),
        )
    assert manager.team.sync_once().online
    with manager.database.read() as session:
        assert pending_requests(session, "mgr_tech", Role.MANAGER, date.today()) == []
        (request,) = pending_requests(
            session, "mgr_tech", Role.MANAGER, date.today(), all_users=True
        )

    # The clerk's desktop believes its person is an administrator: the server says no.
    team_mode.register(clerk.database, clerk.team)
    refused = ApprovalCircuit(ApprovalPolicy(Decimal("1.00")), (Approver("clerk_anne"),))
    with pytest.raises(PermissionDenied) as denied:
        save_settings(
            clerk.database, sid, refused, EntityKind.STATE, user="clerk_anne", role=Role.ADMIN
        )
    assert denied.value.key == "team.circuit_denied"
    with clerk.database.read() as session:
        assert session.scalar(select(func.count()).select_from(StructureSetting)) == 0

    # The administrator opens every service to mgr_tech and changes the category.
    team_mode.register(admin.database, admin.team)
    opened = ApprovalCircuit(
        ApprovalPolicy(Decimal("100.00")), (Approver("mgr_all"), Approver("mgr_tech"))
    )
    outcome = save_settings(
        admin.database, sid, opened, EntityKind.PUBLIC_HEALTH, user="admin_carole", role=Role.ADMIN
    )
    assert outcome.circuit_changed and outcome.kind_changed
    with team.owner() as conn:
        (mine,) = [c for c in team_store.fetch_circuits(conn) if c.structure_id == sid]
    assert set(mine.circuit.approvers) == set(opened.approvers)
    assert mine.entity_kind == "public_health" and mine.max_amounts == {
        "mgr_tech": Decimal("50000.00")
    }  # IT's ceiling kept: the editor does not show ceilings

    assert manager.team.sync_once().online  # B follows the team's copy
    with manager.database.read() as session:
        assert set(load_circuit(session, sid).approvers) == set(opened.approvers)
        assert load_structure_settings(session, sid).entity_kind is EntityKind.PUBLIC_HEALTH
        (queued,) = pending_requests(session, "mgr_tech", Role.MANAGER, date.today())
        assert queued.id == request.id
        moved = session.get(Invoice, invoice.id)
        if deadline_before is not None:  # 30 days for a town hall, 50 for a hospital
            assert moved.payment_deadline != deadline_before
    decided = decide_team(
        manager.database, [request.id], approve=True, user="mgr_tech", role=Role.MANAGER
    ).result()
    assert decided.decided == [request.id]
    assert manager.team.sync_once().pushed == 1
    with team.owner() as conn:  # the server let mgr_tech decide by the team's circuit
        assert conn.execute(
            "SELECT state, decided_by FROM team.approval_requests WHERE invoice_id = %s",
            (invoice.id,),
        ).fetchall() == [("approved", "mgr_tech")]

    team.cluster.stop()  # the administrator cannot edit the entity's circuit alone, offline
    try:
        with pytest.raises(Exception) as offline:
            save_settings(
                admin.database, sid, opened, EntityKind.STATE, user="admin_carole", role=Role.ADMIN
            )
        assert getattr(offline.value, "key", None) == "team.circuit_offline"
        with admin.database.read() as session:
            assert load_structure_settings(session, sid).entity_kind is EntityKind.PUBLIC_HEALTH
    finally:
        team.cluster.start()
