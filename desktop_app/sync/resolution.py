"""What the user can do with an outbox row the sender stopped on (conflict, needs attention).

* :func:`keep_mine` — conflict: resend the same action against the platform's new state
  (same row, same idempotency key: nothing of it reached the platform; base marker updated).
* :func:`take_theirs` — conflict: drop the action, the invoice takes the platform's version.
* :func:`discard` — any open row: drop it; the invoice's previous status is restored locally.
* :func:`fix_and_resend` — needs attention: the SAME row (so it keeps its place before the
  invoice's later actions) gets the corrected payload and a NEW idempotency key: the
  platform may have recorded the refused attempt under the old key, and a key must always
  mean one payload. The old key and payload are kept in ``last_error`` for the record.

All run on the writer thread, one transaction each; each returns the row id affected.
"""

from __future__ import annotations

import json
import uuid
from concurrent.futures import Future
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from desktop_app.models.audit_store import append_event
from desktop_app.models.database import Database
from desktop_app.models.invoice_state import adopt_platform_row, clear_pending
from desktop_app.models.invoices import Invoice
from desktop_app.models.outbox_store import canonical_json
from desktop_app.models.work import DISCARDABLE_STATES, OutboxEntry, OutboxState
from desktop_app.sync.mapping import invoice_row


class ResolutionError(ValueError):
    """The row is not in a state that allows this resolution."""


def _entry(session: Session, entry_id: int, *states: OutboxState) -> OutboxEntry:
    entry = session.get(OutboxEntry, entry_id)
    if entry is None:
        raise ResolutionError(f"outbox row {entry_id} does not exist")
    if states and entry.state not in {s.value for s in states}:
        raise ResolutionError(f"outbox row {entry_id} is {entry.state}")
    return entry


def remote_version(entry: OutboxEntry) -> dict[str, Any] | None:
    """The platform's version kept on a conflict (a search entry), or None."""
    if not entry.remote_snapshot:
        return None
    data = json.loads(entry.remote_snapshot, parse_float=Decimal)
    remote = data.get("remote") if isinstance(data, dict) else None
    return remote if isinstance(remote, dict) else None


def keep_mine(database: Database, entry_id: int, *, actor: str = "user") -> Future[int]:
    """Conflict -> pending again, acting on the platform's current marker."""

    def work(session: Session) -> int:
        entry = _entry(session, entry_id, OutboxState.CONFLICT)
        remote = remote_version(entry)
        if remote is None:
            raise ResolutionError("the invoice is no longer on the platform: take theirs")
        entry.base_marker = str(remote.get("dateHeureEtatCourant") or "") or None
        entry.state = OutboxState.PENDING.value
        entry.next_attempt_at = None
        entry.last_error = None
        entry.last_error_code = None
        _audit(session, entry, actor, "conflict.keep_mine")
        return entry.id

    return database.writer.submit(work)


def _audit(session: Session, entry: OutboxEntry, actor: str, kind: str) -> None:
    append_event(
        session,
        actor=actor,
        kind=kind,
        invoice_id=entry.invoice_id,
        details={"outbox": entry.id, "action": entry.action},
    )


def _close(session: Session, entry: OutboxEntry, restore: bool) -> None:
    entry.state = OutboxState.DISCARDED.value
    entry.next_attempt_at = None
    session.flush()
    invoice = session.get(Invoice, entry.invoice_id)
    if invoice is None:
        return
    clear_pending(session, invoice, entry.previous_status if restore else None)


def take_theirs(database: Database, entry_id: int, *, actor: str = "user") -> Future[int]:
    """Conflict -> discarded; the invoice row takes the remote version kept with the conflict.

    Its history, details and files are marked stale so that the next pull fetches them.
    """

    def work(session: Session) -> int:
        entry = _entry(session, entry_id, OutboxState.CONFLICT)
        remote = remote_version(entry)
        _close(session, entry, restore=remote is None)
        invoice = session.get(Invoice, entry.invoice_id)
        if remote is not None and invoice is not None:
            values = invoice_row(remote, datetime.now(UTC), history_synced=False)
            values.pop("id")
            # leave the marker unset so the next pull re-reads history and details
            values["platform_marker"] = None
            adopt_platform_row(invoice, values)
        _audit(session, entry, actor, "conflict.take_theirs")
        return entry.id

    return database.writer.submit(work)


def discard(database: Database, entry_id: int, *, actor: str = "user") -> Future[int]:
    """Drop an open row (pending, needs attention, conflict); restore the previous status."""

    def work(session: Session) -> int:
        entry = _entry(session, entry_id, *DISCARDABLE_STATES)
        _close(session, entry, restore=True)
        _audit(session, entry, actor, "outbox.discarded")
        return entry.id

    return database.writer.submit(work)


def fix_and_resend(
    database: Database, entry_id: int, payload: dict[str, Any], *, user: str | None = None
) -> Future[int]:
    """Correct a "needs attention" row: new payload, new key, pending again; returns its id."""

    def work(session: Session) -> int:
        entry = _entry(session, entry_id, OutboxState.NEEDS_ATTENTION)
        if int(payload.get("idFacture", entry.invoice_id)) != entry.invoice_id:
            raise ResolutionError("the corrected action names another invoice")
        previous = (
            f"refused {entry.last_error_code}: {entry.last_error}; key {entry.idempotency_key}"
        )
        entry.payload = canonical_json(payload)
        entry.idempotency_key = str(uuid.uuid4())
        entry.state = OutboxState.PENDING.value
        entry.attempts = 0
        entry.next_attempt_at = None
        entry.last_error_code = "fixed"
        entry.last_error = previous[:2000]
        invoice = session.get(Invoice, entry.invoice_id)
        if invoice is not None:
            entry.base_marker = invoice.platform_marker
        if user:
            entry.created_by = user
        _audit(session, entry, user or "user", "outbox.fixed")
        return entry.id

    return database.writer.submit(work)
