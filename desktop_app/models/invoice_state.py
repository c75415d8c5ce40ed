"""The one owner of an invoice's local state: ``status``, ``inbox`` and ``pending_action``.

No other module assigns these columns (``tests/models/test_state_owner.py`` walks the source
tree and fails otherwise). ``inbox`` is never set on its own: it is derived from ``status``
(:func:`desktop_app.domain.inboxes.inbox_for_status`) each time the status changes, here or,
for the pull's bulk rows, through :func:`stored_inbox`.

``pending_action`` is the action of the invoice's first blocking outbox row
(:data:`~desktop_app.models.work.BLOCKING_STATES`), or :data:`AWAITING_APPROVAL` while an
approval request holds the action back. All functions work in the caller's transaction.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.domain.inboxes import inbox_for_status
from desktop_app.models.invoices import Invoice
from desktop_app.models.work import BLOCKING_STATES, OutboxEntry

#: ``Invoice.pending_action`` while an approval request holds the action back.
AWAITING_APPROVAL = "awaiting_approval"

#: The columns only this module assigns.
STATE_COLUMNS = frozenset({"status", "inbox", "pending_action"})


def stored_inbox(status: str) -> str:
    """The ``inbox`` column value of an invoice in ``status``."""
    return inbox_for_status(status).value


def next_pending_action(session: Session, invoice_id: int) -> str | None:
    """The action of the invoice's first blocking outbox row (None when nothing blocks)."""
    return session.scalars(
        select(OutboxEntry.action)
        .where(OutboxEntry.invoice_id == invoice_id, OutboxEntry.state.in_(BLOCKING_STATES))
        .order_by(OutboxEntry.id)
        .limit(1)
    ).first()


def set_status(invoice: Invoice, status: str) -> None:
    """The invoice is now in ``status`` (an empty code included); its inbox follows."""
    invoice.status = status
    invoice.inbox = stored_inbox(status)


def apply_platform_status(invoice: Invoice, status: str | None, marker: str | None = None) -> None:
    """The platform reports ``status`` (when given) at last-change ``marker`` (when known)."""
    if status:
        set_status(invoice, status)
    if marker:
        invoice.platform_marker = str(marker)
        invoice.status_changed_at = str(marker)


def adopt_platform_row(invoice: Invoice, row: dict[str, Any]) -> None:
    """The invoice takes the platform's version ``row`` (a ``sync.mapping.invoice_row``): its
    columns as given, the status through :func:`set_status` (``row["inbox"]`` is ignored)."""
    for name, value in row.items():
        if name not in STATE_COLUMNS:
            setattr(invoice, name, value)
    set_status(invoice, str(row.get("status") or ""))


def mark_pending(invoice: Invoice, action: str) -> None:
    """The invoice waits for ``action`` (an outbox action, or :data:`AWAITING_APPROVAL`)."""
    invoice.pending_action = action


def clear_pending(session: Session, invoice: Invoice, restore_status: str | None = None) -> None:
    """An outbox row of the invoice closed: restore ``restore_status`` (when given) and show
    the next blocking row's action, if any."""
    session.flush()  # the closed row's new state must be visible to the query below
    if restore_status:
        set_status(invoice, restore_status)
    invoice.pending_action = next_pending_action(session, invoice.id)


def end_approval_wait(invoice: Invoice, previous: str | None) -> None:
    """A refused approval request: the invoice no longer awaits approval (``previous`` back)."""
    if invoice.pending_action == AWAITING_APPROVAL:
        invoice.pending_action = previous
