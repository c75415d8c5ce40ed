"""Exactly-once against a platform that ignores Idempotency-Key (the sandbox's chorus-like
mode: a resend is a real second traiterFactureRecue). Counted on the platform's side."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, update

import desktop_app.sync.outbox_sender as sender_module
from bench.exactly_once import fault_run
from desktop_app.domain.actions import suspend
from desktop_app.models.database import Database
from desktop_app.models.invoices import Invoice
from desktop_app.models.work import AuditEvent, OutboxEntry, OutboxState
from desktop_app.sandbox.launcher import SandboxProcess
from desktop_app.sync.actions import queue_status_change
from desktop_app.sync.outbox_sender import OutboxSender
from desktop_app.sync.replay_check import InFlight
from tests.sync.conftest import FAST_BACKOFF, Admin, make_client, pull


@pytest.fixture(scope="module", autouse=True)
def chorus_like(admin: Admin) -> Iterator[None]:
    assert admin.post("settings", {"idempotency": False})["idempotency"] is False
    yield
    admin.post("settings", {"idempotency": True})


def _available(database: Database, count: int, used: set[int]) -> list[int]:
    with database.read() as session:
        ids = session.scalars(
            select(Invoice.id).where(Invoice.status == "MISE_A_DISPOSITION").order_by(Invoice.id)
        )
        found = [i for i in ids if i not in used][:count]
    used.update(found)
    return found


USED: set[int] = set()


def _row(database: Database) -> OutboxEntry:
    with database.read() as session:
        row = session.scalars(select(OutboxEntry).order_by(OutboxEntry.id.desc())).first()
        assert row is not None
        return row


def _crashed_while_sending(database: Database, row: OutboxEntry, first_attempt: datetime) -> None:
    """The state a crash after the "sending" commit leaves, after start-up recovery: the
    in-flight record written before the request, state interrupted. (Written directly here;
    the real SIGKILL is in tests/sync/test_kill_resume.py.)"""
    flight = InFlight("MISE_A_DISPOSITION", row.base_marker, first_attempt)

    def work(session):
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

    database.writer.run(work)


def _events(database: Database, kind: str) -> list[dict]:
    with database.read() as session:
        events = session.scalars(select(AuditEvent).where(AuditEvent.kind == kind))
        return [json.loads(e.details) for e in events]


def test_lost_answer_is_found_in_the_history_and_not_resent(
    sandbox: SandboxProcess, admin: Admin, database: Database
) -> None:
    with make_client(sandbox, user="manager") as client:
        pull(client, database)
        (invoice,) = _available(database, 1, USED)
        change = suspend("MISE_A_DISPOSITION", "CMD_ERR", "Bon de commande illisible (perdu)")
        queue_status_change(database, invoice, change).result()
        row = _row(database)
        first_attempt = datetime.now(UTC)
        client.process(row.payload.encode(), row.idempotency_key)  # it landed, answer lost
        _crashed_while_sending(database, row, first_attempt)
        stats = OutboxSender(client, database, backoff=FAST_BACKOFF, settle_s=0).send_due()
    assert (stats.sent, stats.verified, stats.needs_attention) == (1, 1, 0)
    assert _row(database).state == OutboxState.DONE.value
    assert admin.invoice(invoice)["appliedRecipientChanges"]["SUSPENDUE"] == 1  # not resent
    (done,) = [e for e in _events(database, "sync.action_done") if e["outbox"] == row.id]
    entry = done["verified"]["entry"]
    assert entry["after"] == "MISE_A_DISPOSITION"
    assert set(entry["matched"]) == {"motif"}  # Chorus Pro's shape: the motive is in motif


def test_same_status_set_by_someone_else_is_not_taken_for_ours(
    sandbox: SandboxProcess, admin: Admin, database: Database
) -> None:
    """Our first attempt never left; meanwhile a colleague suspended with another motive."""
    with make_client(sandbox, user="manager") as client:
        pull(client, database)
        (invoice,) = _available(database, 1, USED)
        change = suspend("MISE_A_DISPOSITION", "CMD_ERR", "Bon de commande illisible (moi)")
        queue_status_change(database, invoice, change).result()
        row = _row(database)
        _crashed_while_sending(database, row, datetime.now(UTC) - timedelta(seconds=5))
        with make_client(sandbox, user="clerk") as colleague:
            colleague.call_raw(
                "/cpro/factures/v1/traiter/recue",
                {
                    "idFacture": invoice,
                    "nouveauStatut": "SUSPENDUE",
                    "motif": "Pièce justificative absente",
                    "codeMotif": "JUSTIF_ABS",
                    "commentaire": "Devis manquant",
                },
            )
        stats = OutboxSender(client, database, backoff=FAST_BACKOFF, settle_s=0).send_due()
    assert (stats.sent, stats.conflicts) == (0, 1)
    assert _row(database).state == OutboxState.CONFLICT.value
    assert admin.invoice(invoice)["appliedRecipientChanges"]["SUSPENDUE"] == 1  # theirs only
    (conflict,) = [e for e in _events(database, "sync.conflict") if e["outbox"] == row.id]
    (rejected,) = conflict["evidence"]["rejected"]
    assert "motif differs" in rejected["why"]


def test_state_and_audit_event_are_one_transaction(
    sandbox: SandboxProcess, admin: Admin, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failure between the row's new state and its audit event leaves neither; the resend
    then finds the change in the platform's history (nothing applied twice)."""
    with make_client(sandbox, user="manager") as client:
        pull(client, database)
        (invoice,) = _available(database, 1, USED)
        change = suspend("MISE_A_DISPOSITION", "CMD_ERR", "Bon de commande illisible (audit)")
        queue_status_change(database, invoice, change).result()
        row = _row(database)

        def broken(*_args, **_kwargs):
            raise RuntimeError("injected: the audit append fails")

        monkeypatch.setattr(sender_module, "append_event", broken)
        sender = OutboxSender(client, database, backoff=FAST_BACKOFF, settle_s=0)
        with pytest.raises(RuntimeError, match="injected"):
            sender.send_due()
        after_failure = _row(database)
        assert after_failure.state == OutboxState.SENDING.value  # not "done"
        assert not [e for e in _events(database, "sync.action_done") if e["outbox"] == row.id]
        with database.read() as session:
            assert session.get(Invoice, invoice).pending_action is not None
        monkeypatch.undo()
        sender.recover()  # the start-up after the crash
        assert sender.send_due().verified == 1
    assert _row(database).state == OutboxState.DONE.value
    assert len([e for e in _events(database, "sync.action_done") if e["outbox"] == row.id]) == 1
    assert admin.invoice(invoice)["appliedRecipientChanges"]["SUSPENDUE"] == 1


def test_thirty_percent_faults_nothing_lost_or_doubled(sandbox: SandboxProcess, tmp_path) -> None:
    """One run of the bench's fault experiment (bench/exactly_once.py runs three)."""
    tally = fault_run(sandbox, tmp_path, 0, invoices=6)
    assert (tally.lost, tally.doubled, tally.not_done) == (0, 0, 0), tally.details
    assert tally.actions == 7
