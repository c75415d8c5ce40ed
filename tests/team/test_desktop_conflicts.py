"""Conflicts between desktops, decided by the database and told to the loser: two managers
approve the same request (one action queued, on the winner's desktop only; the other is told
who and when), two clerks claim the same invoice (the second sees the first's claim)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_app.domain.actions import record_mandate
from desktop_app.domain.status_types import Role
from desktop_app.models.approvals import ApprovalRequest
from desktop_app.models.team_local import TeamAssignment
from desktop_app.models.work import OutboxEntry
from desktop_app.sync.approvals import pending_requests
from desktop_app.sync.team_ops import claim, decide_team, submit_action_team
from desktop_app.sync.team_sync import TeamSync
from tests.models.factories import invoice_values
from tests.team.conftest import TeamServer
from tests.team.test_team_mode_routing import _cache

pytestmark = pytest.mark.postgres
INVOICE = invoice_values(7)["id"]


def _outbox(database) -> int:
    with database.read() as session:
        return int(session.scalar(select(func.count()).select_from(OutboxEntry)))


def test_two_managers_one_wins_the_other_is_told(team: TeamServer, tmp_path: Path) -> None:
    caches = {name: _cache(tmp_path / f"{name}.sqlite") for name in ("a", "b", "c")}
    links = {
        "a": TeamSync(caches["a"], team.dsn("clerk_anne"), "clerk_anne"),
        "b": TeamSync(caches["b"], team.dsn("mgr_all"), "mgr_all"),
        "c": TeamSync(caches["c"], team.dsn("mgr_deputy"), "mgr_deputy"),  # delegate this week
    }
    try:
        for link in links.values():
            link.sync_once()
        change = record_mandate("MISE_A_DISPOSITION", "M-7", Decimal("4500.00"))
        submit_action_team(
            caches["a"], INVOICE, change, user="clerk_anne", role=Role.CLERK
        ).result()
        links["a"].sync_once()
        for name, login in (("b", "mgr_all"), ("c", "mgr_deputy")):
            links[name].sync_once()
            with caches[name].read() as session:
                (request,) = pending_requests(session, login, Role.MANAGER, date.today())
            outcome = decide_team(
                caches[name], [request.id], approve=True, user=login, role=Role.MANAGER
            ).result()
            assert outcome.decided == [request.id]  # both queued while offline of each other
        won = links["b"].sync_once()
        lost = links["c"].sync_once()
        assert won.notices == ()
        (notice,) = lost.notices
        assert notice.key == "team.decided_elsewhere" and notice.params["by"] == "mgr_all"
        assert notice.params["at"]
        assert (_outbox(caches["b"]), _outbox(caches["c"]), _outbox(caches["a"])) == (1, 0, 0)
        with caches["c"].read() as session:
            (request,) = session.scalars(select(ApprovalRequest))
            assert (request.state, request.decided_by) == ("approved", "mgr_all")
    finally:
        for database in caches.values():
            database.close()


def test_the_second_clerk_sees_the_first_ones_claim(team: TeamServer, tmp_path: Path) -> None:
    anne_db, bruno_db = _cache(tmp_path / "anne.sqlite"), _cache(tmp_path / "bruno.sqlite")
    anne = TeamSync(anne_db, team.dsn("clerk_anne"), "clerk_anne")
    refreshed: list[tuple[int, ...]] = []  # what the window's list would refresh
    bruno = TeamSync(bruno_db, team.dsn("clerk_bruno"), "clerk_bruno", on_changed=refreshed.append)
    try:
        claim(anne_db, INVOICE, "clerk_anne").result()
        claim(bruno_db, INVOICE, "clerk_bruno").result()  # neither knew of the other
        assert anne.sync_once().notices == ()
        (notice,) = bruno.sync_once().notices
        assert notice.key == "team.claimed_by_other" and notice.params["by"] == "clerk_anne"
        assert refreshed == [(INVOICE,)]
        for database in (anne_db, bruno_db):
            with database.read() as session:
                assert session.get(TeamAssignment, INVOICE).claimed_by == "clerk_anne"
        with pytest.raises(Exception, match="claimed_by_other"):  # now refused at once
            claim(bruno_db, INVOICE, "clerk_bruno").result()
    finally:
        anne_db.close()
        bruno_db.close()
