"""Reads behind the invoice list: id pages with sort keys, display rows, outbox states."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.models.invoices import Invoice
from desktop_app.models.queries import (
    InvoiceFilter,
    SortKey,
    invoice_ids_query,
    planned_ids_query,
    text_hits_are_dense,
)
from desktop_app.models.team_local import claims_of
from desktop_app.models.work import OutboxEntry, OutboxState


@dataclass(frozen=True, slots=True)
class InvoiceRow:
    """What one list row shows (plain values, safe to keep on the GUI thread)."""

    id: int
    number: str
    supplier_name: str
    service: str
    deposit_date: date | None
    issue_date: date | None
    amount_incl_vat: Decimal | None
    currency: str
    status: str
    pending_action: str | None
    outbox_state: str | None
    possible_duplicate: bool
    payment_deadline: date | None = None
    deadline_state: str | None = None
    deadline_balance: int | None = None  # frozen days left while suspended
    is_new: bool = False  # created by a pull, not yet seen (revision 0005)
    engagement_state: str | None = None  # domain EngagementState (revision 0007)
    claimed_by: str | None = None  # team mode: « pris en charge par … » (revision 0008)


def sort_column(sort: SortKey) -> Any:
    """The ORM column behind ``sort``."""
    return getattr(Invoice, sort.value)


def next_id_page(
    session: Session,
    criteria: InvoiceFilter,
    sort: SortKey,
    descending: bool,
    offset: int,
    limit: int,
    dense_text: bool | None,
) -> tuple[list[tuple[int, Any]], bool]:
    """One id page and the full-text strategy it used (decided here on the first page, when
    ``dense_text`` is None, then passed back for the next pages of the same query)."""
    dense = text_hits_are_dense(session, criteria) if dense_text is None else dense_text
    return fetch_id_page(session, criteria, sort, descending, offset, limit, dense), dense


def fetch_id_page(
    session: Session,
    criteria: InvoiceFilter,
    sort: SortKey,
    descending: bool,
    offset: int,
    limit: int,
    dense_text: bool | None = None,
) -> list[tuple[int, Any]]:
    """``(id, sort key)`` of one page of matching invoices, in display order."""
    ids = planned_ids_query(session, criteria, sort, descending, dense_text)
    query = ids.add_columns(sort_column(sort))
    return [(int(row[0]), row[1]) for row in session.execute(query.offset(offset).limit(limit))]


def matching_among(
    session: Session, criteria: InvoiceFilter, sort: SortKey, ids: list[int]
) -> dict[int, Any]:
    """Of ``ids``, those matching ``criteria``, with their sort key."""
    if not ids:
        return {}
    query = (
        invoice_ids_query(criteria, sort, True)
        .add_columns(sort_column(sort))
        .where(Invoice.id.in_(ids))
        .order_by(None)
    )
    return {int(row[0]): row[1] for row in session.execute(query)}


def latest_outbox_states(session: Session, ids: list[int]) -> dict[int, str]:
    """State of the newest outbox row of each invoice in ``ids`` (if any)."""
    if not ids:
        return {}
    newest = (
        select(func.max(OutboxEntry.id))
        .where(OutboxEntry.invoice_id.in_(ids))
        .group_by(OutboxEntry.invoice_id)
    )
    query = select(OutboxEntry.invoice_id, OutboxEntry.state).where(OutboxEntry.id.in_(newest))
    return {int(invoice_id): str(state) for invoice_id, state in session.execute(query)}


_DISPLAY_COLUMNS = (
    Invoice.id,
    Invoice.number,
    Invoice.supplier_name,
    Invoice.service_name,
    Invoice.service_code,
    Invoice.deposit_date,
    Invoice.issue_date,
    Invoice.amount_incl_vat,
    Invoice.currency,
    Invoice.status,
    Invoice.pending_action,
    Invoice.possible_duplicate,
    Invoice.payment_deadline,
    Invoice.deadline_state,
    Invoice.deadline_balance,
    Invoice.is_new,
    Invoice.engagement_state,
)


def fetch_display_rows(session: Session, ids: list[int]) -> dict[int, InvoiceRow]:
    """Display rows for ``ids`` (two queries, only the shown columns: no ORM objects)."""
    if not ids:
        return {}
    states = latest_outbox_states(session, ids)
    claims = claims_of(session, ids)
    rows: dict[int, InvoiceRow] = {}
    query = select(*_DISPLAY_COLUMNS).where(Invoice.id.in_(ids))
    for inv in session.execute(query):
        state = states.get(inv.id)
        if (
            state in (OutboxState.DONE.value, OutboxState.DISCARDED.value)
            and not inv.pending_action
        ):
            state = state if state == OutboxState.DONE.value else None
        rows[inv.id] = InvoiceRow(
            id=inv.id,
            number=inv.number,
            supplier_name=inv.supplier_name,
            service=inv.service_name or inv.service_code or "",
            deposit_date=inv.deposit_date,
            issue_date=inv.issue_date,
            amount_incl_vat=inv.amount_incl_vat,
            currency=inv.currency,
            status=inv.status,
            pending_action=inv.pending_action,
            outbox_state=state,
            possible_duplicate=bool(inv.possible_duplicate),
            payment_deadline=inv.payment_deadline,
            deadline_state=inv.deadline_state,
            deadline_balance=inv.deadline_balance,
            is_new=bool(inv.is_new),
            engagement_state=inv.engagement_state,
            claimed_by=claims.get(inv.id),
        )
    return rows
