"""Outbox against the real sandbox: exactly once under 30% faults, conflicts, resolutions."""

from __future__ import annotations

import json

from sqlalchemy import select

from desktop_app.domain.actions import mark_service_done, reject, suspend
from desktop_app.models.database import open_database
from desktop_app.models.invoices import Invoice
from desktop_app.models.outbox_store import enqueue_action, open_entries
from desktop_app.models.work import OutboxEntry, OutboxState
from desktop_app.sync.actions import PROCESS_ENDPOINT, queue_status_change
from desktop_app.sync.backoff import Backoff
from desktop_app.sync.engine import EngineOptions, SyncEngine
from desktop_app.sync.events import EventBus, OutboxChanged
from desktop_app.sync.outbox_sender import OutboxSender
from desktop_app.sync.pull import PullOptions
from desktop_app.sync.resolution import discard, fix_and_resend, keep_mine, take_theirs
from tests.sync.conftest import FAST_BACKOFF, integrity_ok, make_client, pull, snapshot

FAULTS = "rate=0.3,kinds=5xx,429,reset,slow,truncate,seed=11,slow_s=0.8,retry_after=1"


def _ids_in(database, status: str, count: int) -> list[int]:
    with database.read() as session:
        return list(
            session.scalars(
                select(Invoice.id).where(Invoice.status == status).order_by(Invoice.id).limit(count)
            )
        )


def _rows(database) -> list[OutboxEntry]:
    with database.read() as session:
        return list(session.scalars(select(OutboxEntry).order_by(OutboxEntry.id)))


def test_every_action_applied_exactly_once_under_faults(sandbox, admin, tmp_path) -> None:
    with (
        open_database(tmp_path / "cache.sqlite") as database,
        make_client(sandbox, user="manager") as client,
    ):
        pull(client, database)
        done_ids = _ids_in(database, "MISE_A_DISPOSITION", 10)
        suspend_ids = _ids_in(database, "COMPLETEE", 2) or done_ids[-2:]
        done_ids = [i for i in done_ids if i not in suspend_ids]
        expected: dict[int, str] = {}
        for invoice_id in done_ids:
            queue_status_change(database, invoice_id, mark_service_done("MISE_A_DISPOSITION"))
            expected[invoice_id] = "SERVICE_FAIT"
        for invoice_id in suspend_ids:
            change = suspend("COMPLETEE", "CMD_ERR", "Bon de commande illisible")
            queue_status_change(database, invoice_id, change).result()
            expected[invoice_id] = "SUSPENDUE"
        # the second action on one invoice waits for the first (order per invoice)
        first = done_ids[0]
        queue_status_change(
            database, first, reject("SERVICE_FAIT", "MONTANTTOTAL_ERR", "Total faux")
        ).result()

        before = {i: admin.invoice(i)["appliedRecipientChanges"] for i in expected}
        admin.faults(FAULTS)
        try:
            options = EngineOptions(
                files="none",
                pull=PullOptions(page_size=100, backoff=FAST_BACKOFF),
                outbox_backoff=Backoff(base_s=0.05, cap_s=0.5),
                outbox_wait_budget_s=3.0,
            )
            with make_client(sandbox, user="manager", timeout_s=0.5) as faulty:
                engine = SyncEngine(database, faulty, options=options)
                for _ in range(25):
                    engine.run_once()
                    with database.read() as session:
                        if not open_entries(session):
                            break
            stats = admin.get("faults")
        finally:
            admin.faults(None)
        assert sum(v for k, v in stats.items() if k != "config" and isinstance(v, int)) or stats
        rows = _rows(database)
        assert [r.state for r in rows] == [OutboxState.DONE.value] * len(rows), [
            (r.state, r.last_error_code, r.last_error, r.attempts) for r in rows
        ]
        for invoice_id, target in expected.items():
            applied = admin.invoice(invoice_id)["appliedRecipientChanges"]
            assert applied.get(target, 0) - before[invoice_id].get(target, 0) == 1, invoice_id
        rejected = admin.invoice(first)["appliedRecipientChanges"].get("REJETEE", 0)
        assert rejected - before[first].get("REJETEE", 0) == 1
        # the cache converges to the platform's state
        pull(client, database)
        with open_database(tmp_path / "ref.sqlite") as reference:
            pull(client, reference)
            assert snapshot(database) == snapshot(reference)
        with database.read() as session:
            assert all(i.pending_action is None for i in session.scalars(select(Invoice)))
        assert integrity_ok(database)


def test_conflict_when_supplier_completes_offline_action(sandbox, admin, tmp_path) -> None:
    admin.post("settings", {"laxTransitions": True})
    try:
        with (
            open_database(tmp_path / "c.sqlite") as database,
            make_client(sandbox, user="manager") as client,
        ):
            pull(client, database)
            suspended = _ids_in(database, "SUSPENDUE", 50)
            assert len(suspended) >= 2
            # offline: the clerk rejects every suspended invoice
            for invoice_id in suspended:
                change = reject("COMPLETEE", "NON_CONFORME", "Facture non conforme")
                queue_status_change(database, invoice_id, change).result()
            completed = admin.supplier("complete", 2)
            assert set(completed) <= set(suspended)
            bus = EventBus()
            events: list[object] = []
            bus.subscribe(events.append)
            sender = OutboxSender(client, database, bus, backoff=FAST_BACKOFF)
            stats = sender.send_due()
            assert stats.conflicts == 2
            by_invoice = {r.invoice_id: r for r in _rows(database)}
            for invoice_id in completed:
                row = by_invoice[invoice_id]
                assert "REJETEE" not in admin.invoice(invoice_id)["appliedRecipientChanges"]
                assert row.state == OutboxState.CONFLICT.value
                remote = json.loads(row.remote_snapshot)["remote"]
                assert remote["statut"] == "COMPLETEE"
                assert json.loads(row.payload)["nouveauStatut"] == "REJETEE"  # mine kept too
            assert any(isinstance(e, OutboxChanged) and e.state == "conflict" for e in events)
            # still nothing sent on another pass
            assert sender.send_due().sent == 0
            keep, theirs = completed
            take_theirs(database, by_invoice[theirs].id).result()
            keep_mine(database, by_invoice[keep].id).result()
            assert sender.send_due().sent == 1
            assert admin.invoice(keep)["appliedRecipientChanges"]["REJETEE"] == 1
            assert "REJETEE" not in admin.invoice(theirs)["appliedRecipientChanges"]
            with database.read() as session:
                invoice = session.get(Invoice, theirs)
                assert invoice is not None
                assert invoice.status == "COMPLETEE" and invoice.pending_action is None
            pull(client, database)
            assert snapshot(database)[keep][0] == "REJETEE"
    finally:
        admin.post("settings", {"laxTransitions": False})


def test_refused_action_needs_attention_then_fix_or_discard(sandbox, admin, tmp_path) -> None:
    with (
        open_database(tmp_path / "r.sqlite") as database,
        make_client(sandbox, user="manager") as client,
    ):
        pull(client, database)
        first, second = _ids_in(database, "MANDATEE", 2)
        rows = []
        for invoice_id in (first, second):  # MANDATEE -> SERVICE_FAIT is refused (20002)

            def work(session, invoice_id=invoice_id):
                entry = enqueue_action(
                    session,
                    invoice_id=invoice_id,
                    action="SERVICE_DONE",
                    endpoint=PROCESS_ENDPOINT,
                    payload={"idFacture": invoice_id, "nouveauStatut": "SERVICE_FAIT"},
                )
                return entry.id

            rows.append(database.writer.run(work))
        sender = OutboxSender(client, database, backoff=FAST_BACKOFF)
        assert sender.send_due().needs_attention == 2
        states = {r.id: r for r in _rows(database)}
        assert states[rows[0]].state == OutboxState.NEEDS_ATTENTION.value
        assert states[rows[0]].last_error_code == "20002"
        assert states[rows[0]].last_error == "STATUT_CIBLE_NON_AUTORISE"
        assert sender.send_due().sent == 0  # never retried blindly
        old_key = states[rows[0]].idempotency_key
        fixed = {
            "idFacture": first,
            "nouveauStatut": "REJETEE",
            "motif": "Erreur",
            "codeMotif": "MONTANTTOTAL_ERR",
            "commentaire": "Montant faux",
        }
        assert fix_and_resend(database, rows[0], fixed).result() == rows[0]
        discard(database, rows[1]).result()
        assert sender.send_due().sent == 1
        after = {r.id: r for r in _rows(database)}
        assert after[rows[0]].state == OutboxState.DONE.value
        assert after[rows[0]].idempotency_key != old_key
        assert after[rows[1]].state == OutboxState.DISCARDED.value
        assert admin.invoice(first)["appliedRecipientChanges"].get("REJETEE") == 1
        with database.read() as session:
            restored = session.get(Invoice, second)
            assert restored is not None
            assert restored.status == "MANDATEE" and restored.pending_action is None


def test_interrupted_row_is_resent_with_same_key(sandbox, admin, tmp_path) -> None:
    with (
        open_database(tmp_path / "i.sqlite") as database,
        make_client(sandbox, user="manager") as client,
    ):
        pull(client, database)
        (invoice_id,) = _ids_in(database, "MISE_A_DISPOSITION", 1)
        key = queue_status_change(
            database, invoice_id, mark_service_done("MISE_A_DISPOSITION")
        ).result()
        # the request reached the platform, then the app died before recording the answer
        client.process(_rows(database)[-1].payload.encode("utf-8"), key)
        database.writer.run(
            lambda s: s.execute(
                OutboxEntry.__table__.update()
                .where(OutboxEntry.idempotency_key == key)
                .values(state="sending", attempts=1)
            )
        )
    with (
        open_database(tmp_path / "i.sqlite") as database,
        make_client(sandbox, user="manager") as client,
    ):
        sender = OutboxSender(client, database, backoff=FAST_BACKOFF)
        assert sender.recover() == 1
        assert sender.send_due().sent == 1
        assert admin.invoice(invoice_id)["appliedRecipientChanges"].get("SERVICE_FAIT") == 1
        assert _rows(database)[-1].state == OutboxState.DONE.value
