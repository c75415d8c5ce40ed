"""A trail truncated on one desktop is detected against the team's copy of its anchors
(real signed anchors, real PostgreSQL; the truncation is done with sqlite3 as an intruder
with the user's rights would)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop_app.models.audit_anchors import create_anchor
from desktop_app.models.audit_store import append_event
from desktop_app.models.database import open_database
from desktop_app.sync.team_audit import check_against_team
from desktop_app.sync.team_sync import TeamSync
from tests.models.anchor_keys import make_key, self_signed
from tests.team.conftest import TeamServer

pytestmark = pytest.mark.postgres


def test_truncation_is_detected_against_the_teams_copy(team: TeamServer, tmp_path: Path):
    path = tmp_path / "cache.sqlite"
    key = make_key()
    cert = self_signed(key)
    with open_database(path) as database:
        for batch in range(3):

            def work(session, batch=batch):
                for i in range(10):
                    append_event(
                        session, actor="anne", kind="test.event", details={"n": batch * 10 + i}
                    )
                create_anchor(session, key, cert)  # type: ignore[arg-type]

            database.writer.run(work)
        assert TeamSync(database, team.dsn("clerk_anne"), "clerk_anne").sync_once().pushed == 1
        with team.connect("clerk_anne") as conn:
            assert check_against_team(conn, database) == []
    with sqlite3.connect(path) as raw:  # the last ten events and their anchor disappear
        raw.execute("DELETE FROM audit_events WHERE id > 20")
        raw.execute("DELETE FROM audit_anchors WHERE id = 3")
    with open_database(path) as database, team.connect("clerk_anne") as conn:
        problems = check_against_team(conn, database)
    assert {p.key for p in problems} == {
        "team.anchor_missing",
        "team.event_missing",
        "team.trail_shorter",
    }
    assert {p.anchor_id for p in problems} == {3}
    with team.connect("clerk_anne") as conn, pytest.raises(Exception, match="permission"):
        conn.execute("DELETE FROM team.anchor_copies")  # and the copy cannot be removed
