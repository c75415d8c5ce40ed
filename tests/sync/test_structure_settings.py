"""Saving a structure's circuit and entity kind on a real cache file: admins only, validated,
one transaction with a chained audit event, deadlines recomputed when the kind changes."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.domain.actions import mark_service_done
from desktop_app.domain.approvals import ApprovalCircuit, Approver, Delegation
from desktop_app.domain.circuit_validation import CircuitInvalid
from desktop_app.domain.deadlines import EntityKind
from desktop_app.domain.errors import PermissionDenied
from desktop_app.domain.permissions import ApprovalPolicy
from desktop_app.domain.status_types import Role
from desktop_app.models import Invoice, StatusHistory
from desktop_app.models.audit_store import verify_trail
from desktop_app.models.database import Database, open_database
from desktop_app.models.work import AuditEvent
from desktop_app.sync.approvals import load_circuit, store_sandbox_configuration, submit_action
from desktop_app.sync.derived import refresh_after_pull
from desktop_app.sync.profiles import ProfileKind
from desktop_app.sync.structure_settings import (
    AUDIT_KIND,
    circuit_is_local,
    known_structures,
    load_structure_settings,
    save_structure_settings,
)
from tests.models.factories import invoice_values

HOSPITAL = 26_073_617
OTHER = 31_000_001
RECEIVED = date(2026, 3, 2)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    with open_database(tmp_path / "cache.sqlite") as database:
        yield database


def _add(db: Database, index: int, **values: Any) -> int:
    row = {
        **invoice_values(index),
        "status": "MISE_A_DISPOSITION",
        "inbox": "to_process",
        "deposit_date": RECEIVED,
        "invoice_type": "FACTURE",
        "structure_name": "CHU de Démo",
        **values,
    }

    def work(session: Session) -> int:
        session.add(Invoice(**row))
        return int(row["id"])

    return db.writer.run(work)


def _deadline(db: Database, invoice_id: int) -> date | None:
    with db.read() as session:
        return session.scalar(select(Invoice.payment_deadline).where(Invoice.id == invoice_id))


CIRCUIT = ApprovalCircuit(
    ApprovalPolicy(Decimal("1000.00"), {"TECHNIQUE": Decimal("250000.50")}),
    (Approver("dupont", frozenset({"TECHNIQUE"})), Approver("martin")),
    (Delegation("dupont", "leroy", date(2026, 7, 1), date(2026, 7, 31)),),
)


def test_a_clerk_or_manager_is_refused_and_nothing_is_written(db: Database) -> None:
    for role in (Role.CLERK, Role.MANAGER):
        with pytest.raises(PermissionDenied) as caught:
            save_structure_settings(
                db, HOSPITAL, CIRCUIT, EntityKind.PUBLIC_HEALTH, user="clerk", role=role
            )
        assert caught.value.key == "permission.admin_only"
    with sqlite3.connect(db.path) as conn:
        for table in ("approval_thresholds", "structure_settings", "audit_events"):
            assert conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone() == (0,)


def test_an_invalid_circuit_or_kind_is_refused(db: Database) -> None:
    bad = ApprovalCircuit(ApprovalPolicy(Decimal("10.001")), (Approver("a"), Approver("a")))
    with pytest.raises(CircuitInvalid) as caught:
        save_structure_settings(db, HOSPITAL, bad, "state", user="admin", role=Role.ADMIN)
    assert [i.key for i in caught.value.issues] == [
        "validation.threshold_precision",
        "validation.approver_duplicate",
    ]
    with pytest.raises(CircuitInvalid):
        save_structure_settings(db, HOSPITAL, CIRCUIT, "hospital", user="admin", role=Role.ADMIN)
    with sqlite3.connect(db.path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM audit_events").fetchone() == (0,)


def test_saved_circuit_round_trips_and_is_audited_in_the_chain(db: Database) -> None:
    _add(db, 1)
    first = save_structure_settings(
        db, HOSPITAL, CIRCUIT, EntityKind.LOCAL_AUTHORITY, user="admin", role=Role.ADMIN
    )
    assert (first.circuit_changed, first.kind_changed, first.recomputed) == (True, False, 0)
    with db.read() as session:
        stored = load_structure_settings(session, HOSPITAL)
        assert load_circuit(session, HOSPITAL) == stored.circuit
    assert stored.circuit.policy == CIRCUIT.policy
    assert set(stored.circuit.approvers) == set(CIRCUIT.approvers)
    assert stored.circuit.delegations == CIRCUIT.delegations
    assert (stored.entity_kind, stored.kind_stored) == (EntityKind.LOCAL_AUTHORITY, True)

    second = save_structure_settings(
        db, HOSPITAL, ApprovalCircuit(), EntityKind.STATE, user="admin2", role=Role.ADMIN
    )
    with db.read() as session:
        events = list(session.scalars(select(AuditEvent).order_by(AuditEvent.id)))
        trail = verify_trail(session)
        assert (trail.event_count, trail.problem) == (2, None)
    assert [e.id for e in events] == [first.event_id, second.event_id]
    assert events[1].previous_hash == events[0].hash
    assert [(e.kind, e.actor) for e in events] == [(AUDIT_KIND, "admin"), (AUDIT_KIND, "admin2")]
    details = json.loads(events[1].details)
    assert details["structure_id"] == HOSPITAL
    assert details["old"]["entity_kind"] == "local_authority"
    assert details["old"]["circuit"]["default_threshold"] == "1000.00"
    assert details["old"]["circuit"]["thresholds"] == {"TECHNIQUE": "250000.50"}
    assert details["old"]["circuit"]["approvers"][0] == {
        "user": "dupont",
        "services": ["TECHNIQUE"],
    }
    assert details["new"] == {
        "entity_kind": "state",
        "circuit": {
            "default_threshold": "40000",
            "thresholds": {},
            "approvers": [],
            "delegations": [],
        },
    }


def test_a_saved_threshold_changes_what_needs_approval(db: Database) -> None:
    small, later = _add(db, 5000), _add(db, 5008)  # 5,000.25 and 5,008.25 EUR excl. VAT
    day = date(2026, 3, 10)
    change = mark_service_done("MISE_A_DISPOSITION")
    before = submit_action(db, small, change, user="clerk", role=Role.CLERK, day=day).result(10)
    assert before.outbox_key is not None and before.request_id is None  # under 40,000

    circuit = ApprovalCircuit(ApprovalPolicy(Decimal("5000.00")), (Approver("martin"),))
    save_structure_settings(
        db, HOSPITAL, circuit, EntityKind.LOCAL_AUTHORITY, user="admin", role=Role.ADMIN
    )
    after = submit_action(db, later, change, user="clerk", role=Role.CLERK, day=day).result(10)
    assert after.outbox_key is None and after.request_id is not None
    with sqlite3.connect(db.path) as conn:
        row = conn.execute(
            "SELECT invoice_id, state, threshold FROM approval_requests WHERE id = ?",
            (after.request_id,),
        ).fetchone()
    assert row == (later, "pending", 5000 * 10_000)  # threshold stored in 10^-4 units
    # the approver may decide it; the threshold is exactly the saved one
    by_martin = submit_action(
        db, _add(db, 5016), change, user="martin", role=Role.MANAGER, day=day
    ).result(10)
    assert by_martin.outbox_key is not None


def test_kind_change_recomputes_the_deadlines_of_that_structure_only(db: Database) -> None:
    mine, other = _add(db, 1), _add(db, 2, structure_id=OTHER, structure_name="Mairie")
    refresh_after_pull(db, [mine, other])
    assert _deadline(db, mine) == RECEIVED + timedelta(days=30)
    outcome = save_structure_settings(
        db, HOSPITAL, None, EntityKind.PUBLIC_HEALTH, user="admin", role=Role.ADMIN
    )
    assert (outcome.kind_changed, outcome.recomputed, outcome.circuit_changed) == (True, 1, False)
    assert _deadline(db, mine) == RECEIVED + timedelta(days=50)
    assert _deadline(db, other) == RECEIVED + timedelta(days=30)
    with db.read() as session:
        event = session.get(AuditEvent, outcome.event_id)
        assert event is not None
        details = json.loads(event.details)
    assert details["old"]["entity_kind"] is None  # nothing was stored: the default applied
    assert details["new"]["entity_kind"] == "public_health"
    assert details["recomputed_deadlines"] == 1 and details["circuit_saved"] is False
    back = save_structure_settings(
        db, HOSPITAL, None, EntityKind.PUBLIC_ENTERPRISE, user="admin", role=Role.ADMIN
    )
    assert back.recomputed == 1
    assert _deadline(db, mine) == RECEIVED + timedelta(days=60)


def test_structures_offered_and_sandbox_rules_stand(db: Database) -> None:
    _add(db, 1)
    _add(db, 2)
    _add(db, 3, structure_id=OTHER, structure_name="Mairie de Démo")
    overview = {
        "structures": [
            {
                "idStructure": 42,
                "designationStructure": "CHU sandbox",
                "defaultThreshold": "7000",
                "approvers": [{"login": "manager", "services": []}],
            }
        ]
    }
    assert store_sandbox_configuration(db, overview) == 1
    with db.read() as session:
        choices = known_structures(session)
        sandbox_side = load_structure_settings(session, 42)
    assert [(c.id, c.name, c.invoices) for c in choices] == [
        (HOSPITAL, "CHU de Démo", 2),
        (OTHER, "Mairie de Démo", 1),
        (42, "", 0),
    ]
    assert sandbox_side.entity_kind is EntityKind.PUBLIC_HEALTH
    # sandbox profile: only the kind is saved, the sandbox's circuit is kept as it is
    save_structure_settings(db, 42, None, EntityKind.STATE, user="admin", role=Role.ADMIN)
    with db.read() as session:
        kept = load_structure_settings(session, 42)
    assert kept.circuit == sandbox_side.circuit and kept.entity_kind is EntityKind.STATE
    assert not circuit_is_local(ProfileKind.SANDBOX)
    assert all(circuit_is_local(k) for k in ProfileKind if k is not ProfileKind.SANDBOX)


def _deadline_columns(db: Database) -> list[tuple[Any, ...]]:
    with sqlite3.connect(db.path) as conn:
        return conn.execute(
            "SELECT id, received_on, suspended_on, resumed_on, settled_on, payment_deadline, "
            "deadline_state, deadline_balance FROM invoices ORDER BY id"
        ).fetchall()


def test_kind_recompute_matches_a_full_derivation(db: Database) -> None:
    history = [
        [("MISE_A_DISPOSITION", "2026-03-02T08:00:00Z")],
        [("MISE_A_DISPOSITION", "2026-03-02T08:00:00Z"), ("SUSPENDUE", "2026-03-12T08:00:00Z")],
        [
            ("MISE_A_DISPOSITION", "2026-01-05T08:00:00Z"),
            ("SUSPENDUE", "2026-01-20T08:00:00Z"),
            ("COMPLETEE", "2026-02-10T08:00:00Z"),
        ],
        [
            ("MISE_A_DISPOSITION", "2026-01-05T08:00:00Z"),
            ("MISE_EN_PAIEMENT", "2026-03-20T08:00:00Z"),
        ],
        [],
    ]
    ids = []
    for n, entries in enumerate(history):
        invoice_id = _add(db, 10 + n, status=entries[-1][0] if entries else "MISE_A_DISPOSITION")

        def work(session: Session, invoice_id: int = invoice_id, entries: Any = entries) -> None:
            for k, (status, stamp) in enumerate(entries):
                session.add(
                    StatusHistory(
                        invoice_id=invoice_id,
                        platform_entry_id=k + 1,
                        status=status,
                        occurred_at=stamp,
                    )
                )

        db.writer.run(work)
        ids.append(invoice_id)
    credit_note = _add(db, 20, invoice_type="AVOIR")
    refresh_after_pull(db, [*ids, credit_note])
    never = _add(db, 21)  # stored after the last derivation: goes through the full path
    assert {r[0]: r[6] for r in _deadline_columns(db)}[never] is None
    for kind in (EntityKind.PUBLIC_HEALTH, EntityKind.PUBLIC_ENTERPRISE, EntityKind.STATE):
        outcome = save_structure_settings(db, HOSPITAL, None, kind, user="admin", role=Role.ADMIN)
        assert outcome.recomputed == len(ids) + 2
        fast = _deadline_columns(db)
        refresh_after_pull(db, [*ids, credit_note, never])  # the reference, same stored kind
        assert _deadline_columns(db) == fast
    assert {r[6] for r in fast} == {"running", "suspended", "stopped"}


@pytest.mark.parametrize(
    ("designation", "kind"),
    [
        ("CENTRE HOSPITALIER DE DEMO", EntityKind.PUBLIC_HEALTH),
        ("CHU de Démo", EntityKind.PUBLIC_HEALTH),
        ("COMMUNE DE DEMO-SUR-RHONE", None),
    ],
)
def test_sandbox_structures_get_their_payment_category(
    db: Database, designation: str, kind: EntityKind | None
) -> None:
    overview = {
        "structures": [
            {"idStructure": 77, "designationStructure": designation, "defaultThreshold": "40000"}
        ]
    }
    store_sandbox_configuration(db, overview)
    with db.read() as session:
        stored = load_structure_settings(session, 77)
    assert stored.kind_stored is (kind is not None)
    if kind is not None:
        assert stored.entity_kind is kind
