"""Full and incremental pull against the real sandbox; files fetched in the background."""

from __future__ import annotations

from sqlalchemy import func, select, text

from desktop_app.domain.inboxes import inbox_for_status
from desktop_app.models.invoices import Attachment, Invoice, InvoiceDocument, StatusHistory
from desktop_app.models.work import SyncState
from desktop_app.sync.events import EventBus, InvoicesChanged, SyncProgress
from desktop_app.sync.files import DocumentFetcher
from desktop_app.sync.pull import Puller, PullOptions
from tests.sync.conftest import FAST_BACKOFF, integrity_ok, pull, snapshot


def test_full_then_incremental_pull(client, database, admin) -> None:
    bus = EventBus()
    events: list[object] = []
    bus.subscribe(events.append)
    stats = Puller(client, database, bus, PullOptions(page_size=70, backoff=FAST_BACKOFF)).run()
    status = admin.get("status")
    assert stats.new == status["invoices"]
    cached = snapshot(database)
    assert len(cached) == status["invoices"]
    by_status: dict[str, int] = {}
    for invoice_status, _marker, histories in cached.values():
        by_status[invoice_status] = by_status.get(invoice_status, 0) + 1
        assert histories >= 1
    assert by_status == status["byStatus"]
    some_id = next(iter(cached))
    platform = admin.invoice(some_id)
    assert cached[some_id][0] == platform["statut"]
    assert cached[some_id][2] == len(platform["history"])
    with database.read() as session:
        invoice = session.get(Invoice, some_id)
        assert invoice is not None and invoice.inbox == inbox_for_status(invoice.status).value
        assert invoice.platform_marker == invoice.status_changed_at
        states = session.scalars(select(SyncState)).all()
        assert states and all(s.last_success_at for s in states)
    progress = [e for e in events if isinstance(e, SyncProgress)]
    assert progress and progress[-1].done >= status["invoices"]
    changed = [e for e in events if isinstance(e, InvoicesChanged)]
    assert len(changed) == 1 and len(changed[0].new_ids) == status["invoices"]

    # nothing new: no history call, nothing changed
    again = pull(client, database)
    assert again.new == 0 and again.changed == 0 and again.history_calls == 0

    # the supplier deposits 3 invoices and completes a suspended one
    deposited = admin.supplier("deposit", 3)
    completed = admin.supplier("complete", 1)
    incremental = pull(client, database)
    assert sorted(incremental.new_ids) == sorted(deposited)
    assert incremental.changed_ids == completed
    assert snapshot(database)[completed[0]][0] == "COMPLETEE"
    assert integrity_ok(database)


def test_history_rows_are_not_duplicated(client, database) -> None:
    pull(client, database, page_size=50)
    with database.writer.engine.connect() as connection:  # forget watermarks: pull everything
        connection.execute(text("DELETE FROM sync_state"))
        connection.execute(text("UPDATE invoices SET platform_marker = NULL"))
        connection.commit()
    with database.read() as session:
        before = session.scalar(select(func.count()).select_from(StatusHistory))
    pull(client, database, page_size=50)
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(StatusHistory)) == before


def test_documents_fetched_in_background(client, database) -> None:
    pull(client, database)
    with database.read() as session:
        ids = list(session.scalars(select(Invoice.id).order_by(Invoice.id).limit(6)))
    fetcher = DocumentFetcher(client, database, backoff=FAST_BACKOFF)
    assert fetcher.fetch(ids) == 6
    with database.read() as session:
        documents = session.scalars(
            select(InvoiceDocument).where(InvoiceDocument.invoice_id.in_(ids))
        ).all()
        assert len(documents) == 6 and all(d.blob_id for d in documents)
        invoices = session.scalars(select(Invoice).where(Invoice.id.in_(ids))).all()
        assert all(i.detail_synced_at and i.file_synced_at and i.frame for i in invoices)
        attachments = session.scalars(
            select(Attachment).where(Attachment.invoice_id.in_(ids))
        ).all()
        assert all(a.blob_id is not None for a in attachments if not a.is_main)
    assert set(ids).isdisjoint(fetcher.stale_ids())
