"""Outbox rows written with their local change, in the caller's (single) transaction."""

from __future__ import annotations

import json
import re
import uuid
from decimal import Decimal
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop_app.models.invoice_state import mark_pending
from desktop_app.models.invoices import Invoice
from desktop_app.models.work import OutboxEntry, OutboxState


class InvoiceNotCachedError(LookupError):
    """The action names an invoice the cache does not hold."""


_SENTINEL = "\u0000decimal:"
_SENTINEL_PATTERN = re.compile(r'"\\u0000decimal:(-?[0-9]+(?:\.[0-9]+)?)"')


def _mark_decimals(value: Any) -> Any:
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"not a finite amount: {value}")
        return _SENTINEL + format(value, "f")
    if isinstance(value, str) and "\u0000" in value:
        raise ValueError("NUL character refused in a platform payload")
    if isinstance(value, float):
        raise TypeError("float refused in a platform payload: use Decimal")
    if isinstance(value, dict):
        return {key: _mark_decimals(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_mark_decimals(item) for item in value]
    return value


def canonical_json(payload: dict[str, Any]) -> str:
    """The exact body stored once and resent unchanged on every attempt.

    ``Decimal`` amounts become JSON numbers with their exact digits (never through float).
    """
    text = json.dumps(
        _mark_decimals(payload), ensure_ascii=False, separators=(",", ":"), sort_keys=True
    )
    return _SENTINEL_PATTERN.sub(r"\1", text)


def enqueue_action(
    session: Session,
    *,
    invoice_id: int,
    action: str,
    endpoint: str,
    payload: dict[str, Any],
    created_by: str | None = None,
) -> OutboxEntry:
    """Mark the invoice as pending ``action`` and add its outbox row, in ``session``'s transaction.

    The row records the platform marker the user acted on (for conflict detection) and the
    status to restore if the action is discarded.
    """
    invoice = session.get(Invoice, invoice_id)
    if invoice is None:
        raise InvoiceNotCachedError(invoice_id)
    entry = OutboxEntry(
        idempotency_key=str(uuid.uuid4()),
        invoice_id=invoice_id,
        action=action,
        endpoint=endpoint,
        payload=canonical_json(payload),
        state=OutboxState.PENDING.value,
        attempts=0,
        base_marker=invoice.platform_marker,
        previous_status=invoice.status,
        created_by=created_by,
    )
    mark_pending(invoice, action)
    session.add(entry)
    session.flush()
    return entry


def mark_interrupted_at_startup(session: Session) -> int:
    """Rows left "sending" by a stopped app become "interrupted" (resent with the same key)."""
    result = session.execute(
        update(OutboxEntry)
        .where(OutboxEntry.state == OutboxState.SENDING.value)
        .values(state=OutboxState.INTERRUPTED.value)
    )
    return int(getattr(result, "rowcount", 0) or 0)


def open_entries(session: Session, invoice_id: int | None = None) -> list[OutboxEntry]:
    """Rows not yet done or discarded, oldest first (optionally for one invoice)."""
    query = select(OutboxEntry).where(
        OutboxEntry.state.not_in([OutboxState.DONE.value, OutboxState.DISCARDED.value])
    )
    if invoice_id is not None:
        query = query.where(OutboxEntry.invoice_id == invoice_id)
    return list(session.scalars(query.order_by(OutboxEntry.id)))
