"""Reads of the outbox and the sync state the application service and the views need:
counts in SQL (the status bar's figures are a COUNT, not the rows), the open rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from desktop_app.models.invoices import Invoice
from desktop_app.models.work import (
    ATTENTION_STATES,
    BLOCKING_STATES,
    OutboxEntry,
    OutboxState,
    SyncState,
)

UNSENT_STATES = (OutboxState.PENDING, OutboxState.SENDING, OutboxState.INTERRUPTED)


@dataclass(frozen=True, slots=True)
class OutboxCounts:
    """Open outbox rows: still to go, and needing the clerk (refused, conflict)."""

    waiting: int
    attention: int


def outbox_counts(session: Session) -> OutboxCounts:
    """The status bar's figures, in one COUNT over the open rows."""
    attention = case((OutboxEntry.state.in_([s.value for s in ATTENTION_STATES]), 1), else_=0)
    total, flagged = session.execute(
        select(func.count(OutboxEntry.id), func.coalesce(func.sum(attention), 0)).where(
            OutboxEntry.state.in_([s.value for s in BLOCKING_STATES])
        )
    ).one()
    return OutboxCounts(int(total) - int(flagged), int(flagged))


def unsent_count(session: Session) -> int:
    """Actions still to send (pending, being sent, interrupted)."""
    found = session.scalar(
        select(func.count(OutboxEntry.id)).where(
            OutboxEntry.state.in_([s.value for s in UNSENT_STATES])
        )
    )
    return int(found or 0)


def last_success_at(session: Session) -> datetime | None:
    """When the cache was last synchronised without error (None: never)."""
    return session.scalar(select(func.max(SyncState.last_success_at)))


def open_rows(
    session: Session,
) -> list[tuple[OutboxEntry, str | None, str | None, str | None]]:
    """Open outbox rows (oldest first) with their invoice's number, supplier and status."""
    query = (
        select(OutboxEntry, Invoice.number, Invoice.supplier_name, Invoice.status)
        .join(Invoice, Invoice.id == OutboxEntry.invoice_id, isouter=True)
        .where(OutboxEntry.state.in_([s.value for s in BLOCKING_STATES]))
        .order_by(OutboxEntry.id)
    )
    return [
        (entry, number, supplier, status)
        for entry, number, supplier, status in session.execute(query)
    ]


def invoice_of_entry(session: Session, entry_id: int) -> int | None:
    """The invoice an outbox row acts on (None: no such row)."""
    entry = session.get(OutboxEntry, entry_id)
    return None if entry is None else int(entry.invoice_id)
