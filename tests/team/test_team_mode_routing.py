"""What the window calls (``sync.approvals.submit_action`` / ``decide``) goes through the team
store once team mode is on for the cache; without a ``team_store`` address nothing starts."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_app.domain.actions import record_mandate
from desktop_app.domain.status_types import Role
from desktop_app.models.database import Database, open_database
from desktop_app.models.invoices import Invoice
from desktop_app.models.team_local import TeamQueueOp
from desktop_app.models.work import OutboxEntry
from desktop_app.sync import approvals, team_mode
from desktop_app.sync.machine_config import ENV_OVERRIDE
from desktop_app.sync.team_ops import submit_action_team
from desktop_app.sync.team_sync import TeamSync
from tests.models.factories import invoice_values
from tests.team.conftest import STRUCTURE, TeamServer

pytestmark = pytest.mark.postgres


def _cache(path: Path) -> Database:
    database = open_database(path)

    def work(session):
        session.add(
            Invoice(
                **{
                    **invoice_values(7),
                    "status": "MISE_A_DISPOSITION",
                    "inbox": "to_process",
                    "structure_id": STRUCTURE,
                    "service_code": "FINANCES",
                    "amount_excl_vat": Decimal("4500.00"),
                }
            )
        )

    database.writer.run(work)
    return database


def test_the_windows_calls_go_through_the_team_store(team: TeamServer, tmp_path: Path) -> None:
    clerk_db, manager_db = _cache(tmp_path / "a.sqlite"), _cache(tmp_path / "b.sqlite")
    clerk = TeamSync(clerk_db, team.dsn("clerk_anne"), "clerk_anne")
    manager = TeamSync(manager_db, team.dsn("mgr_all"), "mgr_all")
    try:
        for database, link in ((clerk_db, clerk), (manager_db, manager)):
            team_mode.register(database, link)
            assert link.sync_once().online  # the team's circuit (default 1 000 €) mirrored
        invoice_id = invoice_values(7)["id"]
        change = record_mandate("MISE_A_DISPOSITION", "M-1", Decimal("4500.00"))
        submitted = approvals.submit_action(
            clerk_db, invoice_id, change, user="clerk_anne", role=Role.CLERK, day=date.today()
        ).result()
        assert submitted.request_id is not None
        assert clerk.sync_once().pushed == 1 and manager.sync_once().online
        with manager_db.read() as session:
            (request,) = approvals.pending_requests(session, "mgr_all", Role.MANAGER, date.today())
        outcome = approvals.decide(
            manager_db, [request.id], approve=True, user="mgr_all", role=Role.MANAGER
        ).result()
        assert outcome.decided == [request.id]
        with manager_db.read() as session:
            assert session.scalar(select(func.count()).select_from(OutboxEntry)) == 0
            assert (
                session.scalar(
                    select(func.count())
                    .select_from(TeamQueueOp)
                    .where(TeamQueueOp.state == "pending")
                )
                == 1
            )
        assert manager.sync_once().pushed == 1
        with manager_db.read() as session:
            assert session.scalar(select(func.count()).select_from(OutboxEntry)) == 1
    finally:
        for database in (clerk_db, manager_db):
            team_mode.stop_for(database)
            database.close()


def test_team_mode_starts_only_with_an_address(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ini = tmp_path / "config.ini"
    ini.write_text("[invoice-desk]\nprofile = mairie\n", encoding="utf-8")
    monkeypatch.setenv(ENV_OVERRIDE, str(ini))
    with open_database(tmp_path / "c.sqlite") as database:
        assert team_mode.start_for(database) is None and team_mode.link_for(database) is None
        ini.write_text(
            "[invoice-desk]\nteam_store = postgresql://127.0.0.1:1/x\n", encoding="utf-8"
        )
        link = team_mode.start_for(database)
        try:
            assert link is not None and team_mode.link_for(database) is link
            assert not link.sync_once().online  # nobody there: offline, not an error
        finally:
            team_mode.stop_for(database)
        assert team_mode.link_for(database) is None


def test_the_background_link_brings_a_colleagues_request_without_being_asked(
    team: TeamServer, tmp_path: Path
) -> None:
    """LISTEN/NOTIFY wakes the manager's link (its speed is measured in bench/team.py)."""
    clerk_db, manager_db = _cache(tmp_path / "a.sqlite"), _cache(tmp_path / "b.sqlite")
    clerk = TeamSync(clerk_db, team.dsn("clerk_anne"), "clerk_anne")
    manager = TeamSync(manager_db, team.dsn("mgr_all"), "mgr_all", poll_s=60)  # no polling
    try:
        clerk.sync_once()
        manager.start()
        change = record_mandate("MISE_A_DISPOSITION", "M-2", Decimal("4500.00"))
        submit_action_team(
            clerk_db, invoice_values(7)["id"], change, user="clerk_anne", role=Role.CLERK
        ).result()
        clerk.sync_once()

        def arrived() -> bool:
            with manager_db.read() as session:
                return bool(
                    approvals.pending_requests(session, "mgr_all", Role.MANAGER, date.today())
                )

        for _ in range(300):  # a bound, not a speed assertion
            if arrived():
                break
            manager._stop.wait(0.1)
        assert arrived()
    finally:
        manager.stop()
        clerk_db.close()
        manager_db.close()
