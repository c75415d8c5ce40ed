"""Who may do what, decided by PostgreSQL (grants and row-level security), checked by
connecting as each person's own role straight through the driver, bypassing the app."""

from __future__ import annotations

import uuid
from decimal import Decimal

import pytest
from psycopg import errors

from desktop_app.models.team_schema import TeamSchemaError
from desktop_app.sync import team_store
from desktop_app.sync.team_admin import apply_schema
from tests.team.conftest import CIRCUIT, STRUCTURE, TeamServer

pytestmark = pytest.mark.postgres


def _request(
    team: TeamServer,
    *,
    service: str = "TECHNIQUE",
    amount: str = "20000.00",
    invoice: int | None = None,
    login: str = "clerk_anne",
) -> str:
    key = str(uuid.uuid4())
    with team.connect(login) as conn:
        conn.execute(
            """INSERT INTO team.approval_requests (request_key, structure_id, invoice_id, action,
                 payload, service_code, amount_excl_vat) VALUES (%s, %s, %s, 'MANDATEMENT',
                 '{}', %s, %s)""",
            (key, STRUCTURE, invoice or uuid.uuid4().int % 10**9, service, Decimal(amount)),
        )
    return key


def _decide(team: TeamServer, login: str, key: str, state: str = "approved") -> int:
    """Rows the person's UPDATE changed (0: row-level security filtered it out)."""
    with team.connect(login) as conn:
        cursor = conn.execute(
            "UPDATE team.approval_requests SET state = %s WHERE request_key = %s",
            (state, key),
        )
        return cursor.rowcount


def _state(team: TeamServer, key: str) -> tuple:
    with team.owner() as conn:
        return conn.execute(
            "SELECT state, decided_by, decided_at IS NOT NULL FROM team.approval_requests "
            "WHERE request_key = %s",
            (key,),
        ).fetchone()


def test_a_clerk_cannot_record_a_decision(team: TeamServer) -> None:
    key = _request(team)
    with pytest.raises(errors.InsufficientPrivilege):
        _decide(team, "clerk_anne", key)
    assert _state(team, key) == ("pending", None, False)


def test_a_clerk_cannot_request_in_someone_elses_name(team: TeamServer) -> None:
    with team.connect("clerk_anne") as conn, pytest.raises(errors.InsufficientPrivilege):
        conn.execute(
            """INSERT INTO team.approval_requests (request_key, structure_id, invoice_id, action,
                 payload, amount_excl_vat, requested_by) VALUES (%s, %s, 1, 'MANDATEMENT', '{}',
                 10, 'clerk_bruno')""",
            (str(uuid.uuid4()), STRUCTURE),
        )


def test_a_manager_decides_only_for_their_services_and_up_to_their_ceiling(
    team: TeamServer,
) -> None:
    other_service = _request(team, service="VOIRIE")
    above_ceiling = _request(team, amount="60000.00")
    within = _request(team, amount="20000.00")
    assert _decide(team, "mgr_tech", other_service) == 0
    assert _decide(team, "mgr_tech", above_ceiling) == 0
    assert _decide(team, "mgr_tech", within) == 1
    assert _state(team, other_service)[0] == _state(team, above_ceiling)[0] == "pending"
    assert _state(team, within) == ("approved", "mgr_tech", True)
    assert _decide(team, "mgr_all", above_ceiling) == 1  # no ceiling, every service


def test_delegations_count_only_within_their_dates(team: TeamServer) -> None:
    lapsed_try, deputy_try = _request(team, service="VOIRIE"), _request(team, service="VOIRIE")
    assert _decide(team, "mgr_lapsed", lapsed_try) == 0
    assert _decide(team, "mgr_deputy", deputy_try) == 1
    assert _state(team, deputy_try)[1] == "mgr_deputy"


def test_the_decider_and_the_time_are_the_servers_not_the_clients(team: TeamServer) -> None:
    key = _request(team)
    with team.connect("mgr_all") as conn, pytest.raises(errors.InsufficientPrivilege):
        conn.execute(  # no column grant on decided_by
            "UPDATE team.approval_requests SET state='approved', decided_by='mgr_tech' "
            "WHERE request_key = %s",
            (key,),
        )
    with team.connect("mgr_all") as conn, pytest.raises(errors.InsufficientPrivilege):
        conn.execute(
            "UPDATE team.approval_requests SET amount_excl_vat = 1 WHERE request_key = %s", (key,)
        )
    assert _state(team, key)[0] == "pending"


def test_a_decided_request_cannot_be_decided_again(team: TeamServer) -> None:
    key = _request(team)
    assert _decide(team, "mgr_all", key, "refused") == 1
    assert _decide(team, "mgr_tech", key, "approved") == 0  # not pending: out of the policy
    assert _state(team, key)[:2] == ("refused", "mgr_all")


def test_only_administrators_edit_the_circuit(team: TeamServer) -> None:
    for login in ("clerk_anne", "mgr_all"):
        with team.connect(login) as conn, pytest.raises(errors.InsufficientPrivilege):
            team_store.store_circuit(conn, STRUCTURE, CIRCUIT)
    with team.connect("admin_carole") as conn:
        team_store.store_circuit(conn, STRUCTURE, CIRCUIT, entity_kind="state")
        (circuit,) = team_store.fetch_circuits(conn)
    assert circuit.entity_kind == "state" and circuit.circuit.policy == CIRCUIT.policy
    assert set(circuit.circuit.approvers) == set(CIRCUIT.approvers)
    assert set(circuit.circuit.delegations) == set(CIRCUIT.delegations)


def test_claims_notes_and_anchor_copies_are_in_ones_own_name_and_append_only(
    team: TeamServer,
) -> None:
    with team.connect("clerk_anne") as conn:
        conn.execute(
            "INSERT INTO team.assignments (invoice_id, claim_key) VALUES (7, %s)",
            (str(uuid.uuid4()),),
        )
        conn.execute(
            "INSERT INTO team.notes (note_key, invoice_id, body) VALUES (%s, 7, 'vu')",
            (str(uuid.uuid4()),),
        )
        conn.execute(
            "INSERT INTO team.anchor_copies (desktop_id, anchor_id, last_event_id, last_hash, "
            "event_count, signed_at, signer_fingerprint, signature) "
            "VALUES ('d1', 1, 10, 'h', 10, 't', 'f', 's')"
        )
    with team.connect("clerk_bruno") as conn:
        assert conn.execute("DELETE FROM team.assignments WHERE invoice_id = 7").rowcount == 0
    for statement in (
        "UPDATE team.notes SET body = 'changé'",
        "DELETE FROM team.notes",
        "DELETE FROM team.anchor_copies",
        "UPDATE team.anchor_copies SET event_count = 1",
        "INSERT INTO team.notes (note_key, invoice_id, body, author) "
        "VALUES (gen_random_uuid(), 7, 'x', 'clerk_anne')",
    ):
        with team.connect("clerk_bruno") as conn, pytest.raises(errors.InsufficientPrivilege):
            conn.execute(statement)
    with team.connect("mgr_all") as conn:  # a manager may release an absent clerk's claim
        assert conn.execute("DELETE FROM team.assignments WHERE invoice_id = 7").rowcount == 1


def test_private_saved_searches_stay_private(team: TeamServer) -> None:
    with team.connect("clerk_anne") as conn:
        for name, shared in (("mine", False), ("ours", True)):
            conn.execute(
                "INSERT INTO team.saved_searches (name, query, shared) VALUES (%s, '{}', %s)",
                (name, shared),
            )
    with team.connect("clerk_bruno") as conn:
        assert [s["name"] for s in team_store.fetch_saved_searches(conn)] == ["ours"]
        assert conn.execute("DELETE FROM team.saved_searches").rowcount == 0


def test_a_person_without_a_role_in_the_team_reads_nothing(team: TeamServer) -> None:
    with team.owner() as conn:
        conn.execute("DROP ROLE IF EXISTS outsider")
        conn.execute("CREATE ROLE outsider LOGIN PASSWORD 's3cret-for-tests'")
        conn.execute(f'GRANT CONNECT ON DATABASE "{team.dbname}" TO outsider')
    with team.connect("outsider") as conn, pytest.raises(errors.InsufficientPrivilege):
        conn.execute("SELECT * FROM team.approval_requests")


def test_conflicts_are_the_databases_and_the_loser_is_told_who_and_when(
    team: TeamServer,
) -> None:
    key = _request(team, service="VOIRIE")
    body = {"request_key": key, "approve": True, "mention": None, "comment": None}
    with team.connect("mgr_all") as first, team.connect("mgr_deputy") as second:
        won = team_store.apply_op(first, str(uuid.uuid4()), "decide", body)
        lost = team_store.apply_op(second, str(uuid.uuid4()), "decide", {**body, "approve": False})
    assert won["outcome"] == "ok" and won["by"] == "mgr_all"
    assert lost["outcome"] == "conflict"
    assert (lost["by"], lost["at"], lost["state"]) == ("mgr_all", won["at"], "approved")
    with team.connect("clerk_anne") as anne, team.connect("clerk_bruno") as bruno:
        first_claim = team_store.apply_op(anne, str(uuid.uuid4()), "claim", {"invoice_id": 9})
        second_claim = team_store.apply_op(bruno, str(uuid.uuid4()), "claim", {"invoice_id": 9})
    assert first_claim["outcome"] == "ok"
    assert second_claim == {"outcome": "conflict", "by": "clerk_anne", "at": first_claim["at"]}


def test_a_replayed_operation_takes_effect_once_and_gives_the_same_answer(
    team: TeamServer,
) -> None:
    op_key, note = (
        str(uuid.uuid4()),
        {"note_key": str(uuid.uuid4()), "invoice_id": 5, "body": "Relancer le fournisseur"},
    )
    with team.connect("clerk_anne") as conn:
        first = team_store.apply_op(conn, op_key, "note", note)
        again = team_store.apply_op(conn, op_key, "note", note)
        denied = team_store.apply_op(
            conn, str(uuid.uuid4()), "decide", {"request_key": _request(team), "approve": True}
        )
    assert first == again and first["outcome"] == "ok"
    assert denied["outcome"] == "denied"
    with team.owner() as conn:
        assert conn.execute("SELECT count(*) FROM team.notes").fetchone() == (1,)


def test_a_newer_schema_is_refused(team: TeamServer) -> None:
    with team.owner() as conn:
        conn.execute("UPDATE team.alembic_version SET version_num = 't9999'")
    with pytest.raises(TeamSchemaError) as raised:
        team_store.connect(team.dsn("clerk_anne")).close()
    assert raised.value.key == "team.too_new"
    with pytest.raises(TeamSchemaError):  # nor does IT's init write into it
        apply_schema(team.owner_dsn)
