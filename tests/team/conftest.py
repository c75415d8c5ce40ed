"""A real PostgreSQL cluster per test session (initdb in a temporary folder, started and
stopped here: never a mock or SQLite standing in for it), the team schema applied by the same
code as ``invoice-desk team init``, and one database role per person."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

import psycopg
import pytest

from bench.pg_cluster import Cluster, start_cluster
from desktop_app.domain.approvals import ApprovalCircuit, Approver, Delegation
from desktop_app.domain.permissions import ApprovalPolicy
from desktop_app.sync import team_store
from desktop_app.sync.team_admin import add_person, apply_schema, create_database

pytestmark = pytest.mark.postgres

PASSWORD = "s3cret-for-tests"  # a throwaway cluster's test password
STRUCTURE = 26_073_617
#: The people of the tests' entity: login -> role.
PEOPLE = {
    "clerk_anne": "clerk",
    "clerk_bruno": "clerk",
    "mgr_tech": "manager",  # approves TECHNIQUE only, up to 50 000 €
    "mgr_all": "manager",  # approves every service, no ceiling
    "mgr_deputy": "manager",  # approves nothing himself; mgr_all's delegate this week
    "mgr_lapsed": "manager",  # mgr_all's delegate last month only
    "admin_carole": "admin",
}
CIRCUIT = ApprovalCircuit(
    ApprovalPolicy(Decimal("1000.00"), {"TECHNIQUE": Decimal("5000.00")}),
    (Approver("mgr_tech", frozenset({"TECHNIQUE"})), Approver("mgr_all")),
    (
        Delegation(
            "mgr_all",
            "mgr_deputy",
            date.today() - timedelta(days=2),
            date.today() + timedelta(days=5),
        ),
        Delegation(
            "mgr_all",
            "mgr_lapsed",
            date.today() - timedelta(days=40),
            date.today() - timedelta(days=10),
        ),
    ),
)
CEILINGS = {"mgr_tech": Decimal("50000.00")}


@dataclass
class TeamServer:
    """The session's cluster and its team database."""

    cluster: Cluster
    dbname: str

    @property
    def owner_dsn(self) -> str:
        return self.cluster.superuser_dsn(self.dbname)

    def dsn(self, login: str) -> str:
        return self.cluster.tcp_dsn(login, PASSWORD, self.dbname)

    def connect(self, login: str) -> psycopg.Connection:
        """The person's own connection, straight through the driver (no app code)."""
        return psycopg.connect(self.dsn(login))

    def owner(self) -> psycopg.Connection:
        return psycopg.connect(self.owner_dsn)


def fresh_database(cluster: Cluster, name: str | None = None) -> TeamServer:
    """A new team database on ``cluster``: schema applied, people and circuit set up."""
    dbname = name or f"team_{uuid.uuid4().hex[:8]}"
    create_database(cluster.superuser_dsn(), dbname)
    server = TeamServer(cluster, dbname)
    apply_schema(server.owner_dsn)
    with server.owner() as conn:
        for login, role in PEOPLE.items():
            add_person(conn, login, role, PASSWORD)
        team_store.store_circuit(
            conn, STRUCTURE, CIRCUIT, entity_kind="public_health", max_amounts=CEILINGS
        )
    return server


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    """One throwaway PostgreSQL cluster for the whole session."""
    cluster = start_cluster()
    try:
        yield cluster
    finally:
        cluster.remove()


@pytest.fixture
def team(pg_cluster: Cluster) -> TeamServer:
    """A fresh team database per test (same cluster)."""
    return fresh_database(pg_cluster)
