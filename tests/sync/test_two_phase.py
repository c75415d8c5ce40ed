"""Two-phase pull: metadata first (usable inbox), then the history backlog."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import func, select, text

from desktop_app.models.invoices import Invoice, StatusHistory
from desktop_app.sync.cache_writes import store_histories
from desktop_app.sync.events import EventBus, InvoicesChanged, SyncProgress
from desktop_app.sync.pull import Puller, PullOptions
from tests.sync.conftest import FAST_BACKOFF, integrity_ok, pull, snapshot


def _backlog(database) -> int:
    with database.read() as session:
        return int(
            session.scalar(
                select(func.count()).select_from(Invoice).where(Invoice.history_synced_at.is_(None))
            )
            or 0
        )


def test_metadata_phase_alone_gives_a_complete_inbox_then_history_drains(
    client, database, admin
) -> None:
    bus = EventBus()
    events: list[object] = []
    bus.subscribe(events.append)
    options = PullOptions(page_size=120, backoff=FAST_BACKOFF, history=False)
    puller = Puller(client, database, bus, options)
    stats = puller.run()
    total = admin.get("status")["invoices"]
    assert stats.new == total and stats.history_calls == 0
    assert puller.metadata_seconds is not None
    assert _backlog(database) == total  # every invoice waits for its history
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(StatusHistory)) == 0
        platform = client.search_invoices(structure_id=None, since=None)["listeFactures"][0]
        invoice = session.get(Invoice, platform["idFacture"])
    assert invoice is not None
    # raw bulk path, read back through the ORM types: exact decimals, dates, booleans
    assert isinstance(invoice.amount_incl_vat, Decimal)
    assert invoice.amount_incl_vat == platform["montantTTC"]
    assert invoice.deposit_date == date.fromisoformat(platform["dateDepot"])
    assert isinstance(invoice.deposit_date, date) and isinstance(invoice.downloaded, bool)
    assert invoice.status == platform["statut"] and invoice.updated_at.tzinfo is not None
    assert [e for e in events if isinstance(e, InvoicesChanged)]
    assert {e.phase for e in events if isinstance(e, SyncProgress)} == {"metadata"}

    events.clear()
    assert Puller(client, database, bus, options).drain_history() == total
    assert _backlog(database) == 0
    history = [e for e in events if isinstance(e, SyncProgress)]
    assert history and {e.phase for e in history} == {"history"}
    assert history[-1].done == history[-1].total == total
    assert all(count >= 1 for _s, _m, count in snapshot(database).values())
    assert integrity_ok(database)


def test_changed_invoice_goes_back_to_the_backlog_and_gets_its_history(
    client, database, admin
) -> None:
    pull(client, database)
    assert _backlog(database) == 0
    completed = admin.supplier("complete", 1)
    before = snapshot(database)[completed[0]][2]
    stats = pull(client, database)
    assert stats.changed_ids == completed and stats.history_calls == 1
    status, _marker, histories = snapshot(database)[completed[0]]
    assert status == "COMPLETEE" and histories == before + 1
    assert _backlog(database) == 0
    # nothing new: no history call at all
    assert pull(client, database).history_calls == 0


def test_history_fetched_for_an_old_marker_leaves_the_invoice_in_the_backlog(
    client, database
) -> None:
    pull(client, database)
    with database.read() as session:
        invoice_id, marker = session.execute(
            select(Invoice.id, Invoice.platform_marker).order_by(Invoice.id).limit(1)
        ).one()
    with database.writer.engine.connect() as connection:  # a newer search moved the marker
        connection.execute(
            text(
                "UPDATE invoices SET platform_marker = 'moved', history_synced_at = NULL "
                "WHERE id = :id"
            ),
            {"id": invoice_id},
        )
        connection.commit()
    database.writer.run(
        lambda s: store_histories(s, [], [("2026-01-01T00:00:00.000000Z", invoice_id, marker)])
    )
    with database.read() as session:
        assert session.get(Invoice, invoice_id).history_synced_at is None  # still stale
    assert Puller(client, database, options=PullOptions(backoff=FAST_BACKOFF)).drain_history() == 1
