"""Why a team link is not online, from what libpq really says (a real cluster: a missing
password, a wrong one, an unknown role, nobody listening), and the state the window shows."""

from __future__ import annotations

import psycopg
import pytest

from bench.pg_cluster import Cluster, free_port
from desktop_app.sync.team_mode import link_event
from desktop_app.sync.team_sync import TeamSyncResult, offline_reason
from tests.team.conftest import PASSWORD, TeamServer

pytestmark = pytest.mark.postgres


def _reason(conninfo: str) -> str:
    with pytest.raises(psycopg.OperationalError) as caught:
        psycopg.connect(conninfo, connect_timeout=3)
    return offline_reason(caught.value)


def test_libpq_failures_become_message_keys(team: TeamServer, pg_cluster: Cluster) -> None:
    base = f"host=127.0.0.1 port={pg_cluster.port} dbname={team.dbname} sslmode=disable"
    assert _reason(f"{base} user=clerk_anne password=") == "team.password_needed"
    assert _reason(f"{base} user=clerk_anne password=wrong") == "team.password_refused"
    nobody = f"host=127.0.0.1 port={free_port()} dbname=x user=clerk_anne password={PASSWORD}"
    assert _reason(nobody) == "team.unreachable"


@pytest.mark.parametrize(
    ("error", "state"),
    [
        ("team.password_needed", "password"),
        ("team.password_refused", "password"),
        ("team.unreachable", "offline"),
        ("team.too_old", "refused"),
        ("team.no_role", "refused"),
    ],
)
def test_the_window_state_of_each_reason(error: str, state: str) -> None:
    event = link_event(TeamSyncResult(False, error=error), pending=3)
    assert (event.state, event.error_key, event.pending) == (state, error, 3)
    assert link_event(TeamSyncResult(True), pending=0).state == "online"
