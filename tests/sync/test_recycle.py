"""Recycling to another service, against the real sandbox over TLS (its own HTTPS server, in a
child process): sent through the outbox once, the platform shows the new service in search,
consult and history, and a lost answer is found in the history instead of being resent."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from desktop_app.domain.actions import recycle
from desktop_app.domain.motif_text import recycle_target_line
from desktop_app.models.database import Database
from desktop_app.models.invoices import Invoice, Service
from desktop_app.models.work import OutboxEntry, OutboxState
from desktop_app.sandbox.launcher import SandboxProcess
from desktop_app.sync.actions import queue_status_change
from desktop_app.sync.derived import refresh_after_pull
from desktop_app.sync.outbox_sender import OutboxSender
from desktop_app.sync.replay_check import InFlight
from tests.sync.conftest import FAST_BACKOFF, Admin, make_client, pull


def _candidate(database: Database, used: set[int]) -> tuple[int, str, str, str]:
    """(invoice id, its service code, another service's code and name of its structure)."""
    with database.read() as session:
        rows = session.execute(
            select(Invoice.id, Invoice.structure_id, Invoice.service_code)
            .where(Invoice.status == "MISE_A_DISPOSITION")
            .where(Invoice.amount_excl_vat < Decimal("10000"))
            .order_by(Invoice.id)
        ).all()
        for invoice_id, structure_id, code in rows:
            if invoice_id in used:
                continue
            other = session.execute(
                select(Service.code, Service.name)
                .where(Service.structure_id == structure_id, Service.code != code)
                .order_by(Service.code)
            ).first()
            if other is not None:
                used.add(invoice_id)
                return invoice_id, str(code), str(other[0]), str(other[1])
    raise AssertionError("no invoice with another service in its structure")


USED: set[int] = set()


def _row(database: Database) -> OutboxEntry:
    with database.read() as session:
        row = session.scalars(select(OutboxEntry).order_by(OutboxEntry.id.desc())).first()
        assert row is not None
        return row


@pytest.fixture
def chorus_like(admin: Admin) -> Iterator[None]:
    """The platform ignores Idempotency-Key: a resend would be a second recycle."""
    assert admin.post("settings", {"idempotency": False})["idempotency"] is False
    yield
    admin.post("settings", {"idempotency": True})


def test_recycle_reaches_the_new_service_once(
    sandbox: SandboxProcess, admin: Admin, database: Database
) -> None:
    with make_client(sandbox, user="clerk") as client:
        pull(client, database)
        invoice, old_code, new_code, new_name = _candidate(database, USED)
        change = recycle(
            "MISE_A_DISPOSITION",
            "CODE_ROUTAGE_ERR",
            "Commande passée par un autre service",
            target_service_code=new_code,
            target_service_name=new_name,
            current_service_code=old_code,
        )
        queue_status_change(database, invoice, change).result()
        row = _row(database)
        assert recycle_target_line(new_code, new_name) in row.payload
        stats = OutboxSender(client, database, backoff=FAST_BACKOFF, settle_s=0).send_due()
        assert (stats.sent, stats.needs_attention, stats.conflicts) == (1, 0, 0)
        assert _row(database).state == OutboxState.DONE.value
        consult = client.consult(invoice)
        history = client.history(invoice)
        pull(client, database)
    detail = admin.invoice(invoice)
    assert detail["appliedRecipientChanges"]["A_RECYCLER"] == 1
    shown = str(consult).replace("'", '"')
    assert f'"codeServiceExecutant": "{new_code}"' in shown
    entries = history["historiquesDesStatuts"]["histoStatut"]
    codes = [e["histoStatutCode"] for e in entries]
    assert codes[-3:] == ["A_RECYCLER", "DEPOSEE", "MISE_A_DISPOSITION"], codes
    assert any(new_code in str(e.get("histoStatutCommentaire")) for e in entries)
    with database.read() as session:
        cached = session.get(Invoice, invoice)
        assert cached is not None
        assert (cached.service_code, cached.status) == (new_code, "MISE_A_DISPOSITION")


def test_lost_recycle_answer_is_found_in_the_history(
    sandbox: SandboxProcess, admin: Admin, database: Database, chorus_like: None
) -> None:
    """The recycle landed but its answer was lost (crash while sending): the invoice is now
    MISE_A_DISPOSITION in another service, not at A_RECYCLER, so only the history can tell.
    The sender finds the A_RECYCLER entry and does not recycle again."""
    with make_client(sandbox, user="clerk") as client:
        pull(client, database)
        invoice, old_code, new_code, new_name = _candidate(database, USED)
        change = recycle(
            "MISE_A_DISPOSITION",
            "CODE_ROUTAGE_ERR",
            "Mauvais service (réponse perdue)",
            target_service_code=new_code,
            target_service_name=new_name,
            current_service_code=old_code,
        )
        queue_status_change(database, invoice, change).result()
        row = _row(database)
        first_attempt = datetime.now(UTC)
        client.process(row.payload.encode(), row.idempotency_key)  # it landed, answer lost
        flight = InFlight("MISE_A_DISPOSITION", row.base_marker, first_attempt)

        def crashed(session):  # the state a crash after the "sending" commit leaves
            session.execute(
                update(OutboxEntry)
                .where(OutboxEntry.id == row.id)
                .values(
                    state=OutboxState.INTERRUPTED.value,
                    attempts=1,
                    sent_at=first_attempt,
                    response=flight.to_json(),
                )
            )

        database.writer.run(crashed)
        stats = OutboxSender(client, database, backoff=FAST_BACKOFF, settle_s=0).send_due()
    assert (stats.sent, stats.verified, stats.needs_attention) == (1, 1, 0)
    assert _row(database).state == OutboxState.DONE.value
    detail = admin.invoice(invoice)
    assert detail["appliedRecipientChanges"]["A_RECYCLER"] == 1  # not recycled twice


def test_pull_learns_which_structures_require_an_engagement_number(
    sandbox: SandboxProcess, database: Database
) -> None:
    """consulterStructure ``parametres`` (nested, as go-choruspro's recorded answer) is read
    at each pull; an invoice without a number in a structure that requires one is flagged."""
    from desktop_app.models.engagements import StructureRequirement

    with make_client(sandbox, user="manager") as client:
        pull(client, database)
        answers = {
            sid: client.call_raw(
                "/cpro/structures/v1/consulter", {"idStructureCPP": sid, "codeLangue": "FR"}
            )["parametres"]
            for sid in (s["idStructureCPP"] for s in client.structures())
        }
    with database.read() as session:
        stored = {r.structure_id: r for r in session.scalars(select(StructureRequirement))}
        assert set(stored) == set(answers)
        for sid, params in answers.items():
            assert stored[sid].engagement_required is bool(params["numeroEJDoitEtreRenseigne"])
            assert stored[sid].service_required is bool(params["codeServiceDoitEtreRenseigne"])
        required = [sid for sid, r in stored.items() if r.engagement_required]
        flagged = session.scalars(
            select(Invoice).where(Invoice.engagement_state == "missing")
        ).all()
        for invoice in flagged:
            assert invoice.structure_id in required and not invoice.engagement_number
        without = session.scalars(
            select(Invoice.id).where(
                Invoice.structure_id.in_(required), Invoice.engagement_number.is_(None)
            )
        ).all()
        assert len(flagged) == len(without)
        assert required, "the sandbox's State structure requires an engagement number"
        victim = session.scalar(
            select(Invoice.id).where(Invoice.structure_id == required[0]).limit(1)
        )
    # the sandbox's suppliers always give a number: one arrives without (as a real one may)

    def blank(session) -> None:
        session.execute(update(Invoice).where(Invoice.id == victim).values(engagement_number=None))

    database.writer.run(blank)
    refresh_after_pull(database, [victim])  # what the pull runs on the invoices it changed
    with database.read() as session:
        assert session.get(Invoice, victim).engagement_state == "missing"
