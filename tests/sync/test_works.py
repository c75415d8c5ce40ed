"""Works invoices against the real sandbox over TLS (its own HTTPS server, in a child
process): the MOE and MOA demo users pull their statements and act through the works
outbox exactly once; an account without works role makes one call and pulls nothing."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select, update

from desktop_app.domain.works_circuit import WorksAction, WorksStep, step_of
from desktop_app.models import works as store
from desktop_app.models.database import Database
from desktop_app.sandbox.launcher import SandboxProcess
from desktop_app.sync.service import AppService
from desktop_app.sync.works import WORKS_PROCESS, WorksSync, works_enabled
from tests.sync.conftest import make_client


def _service(database: Database, sandbox: SandboxProcess, user: str) -> AppService:
    service = AppService(database)
    service.use_client(make_client(sandbox, user=user), "none")
    service.enable_works(True)
    return service


def _school(service: AppService) -> list[store.StatementView]:
    return service.contract_statements("2026-TRX-014")


def test_works_run_only_when_enabled_and_roles_exist(
    sandbox: SandboxProcess, database: Database
) -> None:
    assert not works_enabled(None, True, "clerk")
    assert works_enabled(None, True, "moe") and not works_enabled(None, False, "moe")
    assert works_enabled(True, False, "anyone")
    with make_client(sandbox, user="clerk") as client:
        before = client.calls
        stats = WorksSync(client, database).run()
        assert client.calls - before == 1  # the works space only: no role, no search
    assert stats.structures == 0
    with database.read() as session:
        assert store.statements(session) == []


def test_two_interim_statements_and_a_dgd_through_moe_and_moa(
    sandbox: SandboxProcess, tmp_path_factory: pytest.TempPathFactory
) -> None:
    from desktop_app.models.database import open_database

    with (
        open_database(tmp_path_factory.mktemp("moe") / "c.sqlite") as moe_db,
        open_database(tmp_path_factory.mktemp("moa") / "c.sqlite") as moa_db,
    ):
        moe = _service(moe_db, sandbox, "moe")
        assert moe.engine is not None
        moe.engine.run_once()
        school = _school(moe)
        assert [s.rank for s in school] == [1, 2, 3]
        assert all(s.roles == {"MOE"} and step_of(s.status) is WorksStep.MOE_CHECK for s in school)
        assert school[0].history and school[0].history[0]["statut"] == "MISE_A_DISPOSITION_MOE"
        for item in school:
            moe.queue_works_action(
                item.id,
                WorksAction.MOE_VALIDATE,
                "Vérifié",
                item.amount_excl_vat - 500,
                actor="moe",
            ).result(10)
        assert all(s.pending_action == "moe_validate" for s in _school(moe))
        moe.engine.run_once()
        school = _school(moe)
        assert [s.status for s in school] == ["TRANSMISE_MOA"] * 3
        assert [s.pending_action for s in school] == [None] * 3
        assert school[0].amount_moe == Decimal("47500.00")

        moa = _service(moa_db, sandbox, "moa")
        assert moa.engine is not None
        moa.engine.run_once()
        school = _school(moa)
        assert all(step_of(s.status) is WorksStep.MOA_VALIDATION for s in school)
        for item in school:
            moa.queue_works_action(item.id, WorksAction.MOA_VALIDATE, "", actor="moa").result(10)
        moa.engine.run_once()
        school = _school(moa)
        assert [s.status for s in school] == ["PRISE_EN_COMPTE_MOA"] * 3
        assert school[2].amount_moa == Decimal("11800.00")  # the MOE's amount, kept
        assert [p["statut"] for p in school[2].history][-1] == "PRISE_EN_COMPTE_MOA"
        with moa_db.read() as session:
            sent = session.scalars(select(store.WorksActionRow)).all()
        assert [r.state for r in sent] == [store.SENT] * 3 and all(r.attempts == 1 for r in sent)


def test_a_lost_answer_is_found_in_the_history_not_resent(
    sandbox: SandboxProcess, database: Database
) -> None:
    """The MOA's refusal landed but the answer was lost (the row stayed ``sending``): the
    next run sees our passage in the statement's history and closes the row."""
    service = _service(database, sandbox, "moa")
    assert service.engine is not None
    service.engine.run_once()
    road = next(
        s for s in service.contract_statements("2026-TRX-021") if s.status == "TRANSMISE_MOA"
    )
    entry_id = service.queue_works_action(
        road.id, WorksAction.MOA_REFUSE, "Métrés à justifier", actor="moa"
    ).result(10)
    with database.read() as session:
        row = session.get(store.WorksActionRow, entry_id)
        assert row is not None
        body = {
            "idFactureTravaux": road.id,
            "roleUtilisateur": "MOA",
            "action": "REFUSER",
            "commentaire": "Métrés à justifier",
        }
    with make_client(sandbox, user="moa") as other:
        other.call_raw(WORKS_PROCESS, body, idempotency_key="another-key")  # it landed
    database.writer.run(
        lambda s: s.execute(
            update(store.WorksActionRow)
            .where(store.WorksActionRow.id == entry_id)
            .values(state=store.SENDING, attempts=1)
        )
    )
    with make_client(sandbox, user="moa") as client:
        stats = WorksSync(client, database).run()
    assert stats.confirmed_without_resend == 1 and stats.sent == 0
    with database.read() as session:
        row = session.get(store.WorksActionRow, entry_id)
        assert row is not None and row.state == store.SENT and row.attempts == 1
        statement = session.get(store.WorksStatement, road.id)
        assert statement is not None and statement.works_status == "REFUSEE_MOA"
        refusals = [p for p in statement.passages() if p["statut"] == "REFUSEE_MOA"]
    assert len(refusals) == 1  # exactly once on the platform


def test_a_refused_action_is_told_and_nothing_is_lost(
    sandbox: SandboxProcess, database: Database
) -> None:
    """The statement moved on the platform after the cache read it: the action fails with the
    platform's reason and the statement is refreshed."""
    service = _service(database, sandbox, "moe")
    assert service.engine is not None
    service.engine.run_once()
    road = next(
        s
        for s in service.contract_statements("2026-TRX-021")
        if s.status == "ABSENCE_VALIDATION_MOE_DELAI_REGLEMENTAIRE"
    )
    # the MOE's deadline passed: only the MOA may act; the cache is told otherwise
    database.writer.run(
        lambda s: s.execute(
            update(store.WorksStatement)
            .where(store.WorksStatement.id == road.id)
            .values(works_status="MISE_A_DISPOSITION_MOE")
        )
    )
    service.queue_works_action(road.id, WorksAction.MOE_VALIDATE, "", actor="moe").result(10)
    service.engine.run_once()
    with database.read() as session:
        rows = store.actions_of(session, road.id)
        statement = session.get(store.WorksStatement, road.id)
    assert [r.state for r in rows] == [store.FAILED] and rows[0].error == "works.step"
    assert statement is not None
    assert statement.works_status == "ABSENCE_VALIDATION_MOE_DELAI_REGLEMENTAIRE"
