"""Reads behind the invoice list: id pages with sort keys, display rows, outbox states."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from desktop_app.models.invoices import Invoice
from desktop_app.models.queries import (
    InvoiceFilter,
    SortKey,
    invoice_ids_query,
    planned_ids_query,
    text_hits_are_dense,
)
from desktop_app.models.types import from_scaled
from desktop_app.models.work import OutboxState


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


_ROWS_SQL = (
    "SELECT i.id, i.number, i.supplier_name, i.service_name, i.service_code, i.deposit_date,"
    " i.issue_date, i.amount_incl_vat, i.currency, i.status, i.pending_action,"
    " i.possible_duplicate, i.payment_deadline, i.deadline_state, i.deadline_balance, i.is_new,"
    " i.engagement_state,"
    " (SELECT o.state FROM outbox o WHERE o.invoice_id = i.id ORDER BY o.id DESC LIMIT 1),"
    " (SELECT a.claimed_by FROM team_assignments a WHERE a.invoice_id = i.id)"
    " FROM invoices i WHERE i.id IN ({marks})"
)
_SETTLED = (OutboxState.DONE.value, OutboxState.DISCARDED.value)


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def fetch_display_rows(session: Session, ids: list[int]) -> dict[int, InvoiceRow]:
    """Display rows for ``ids``: one statement (the newest outbox state and the team claim
    as sub-selects, by their indexes), only the shown columns, plain SQL text. The list
    reads a page of these on each paint of new rows: building SQLAlchemy statements cost
    more than SQLite's answer (issue 17); dates and amounts are read as the ORM types store
    them (ISO days, 10^-4 integer units)."""
    if not ids:
        return {}
    sql = _ROWS_SQL.format(marks=", ".join("?" * len(ids)))
    rows: dict[int, InvoiceRow] = {}
    for row in session.connection().exec_driver_sql(sql, tuple(ids)):
        (invoice_id, number, supplier, service_name, service_code, deposit, issued, amount,
         currency, status, pending, duplicate, deadline, clock, balance, new, engagement,
         state, claimed) = row  # fmt: skip
        if state in _SETTLED and not pending:
            state = state if state == OutboxState.DONE.value else None
        rows[invoice_id] = InvoiceRow(
            id=invoice_id,
            number=number,
            supplier_name=supplier,
            service=service_name or service_code or "",
            deposit_date=_day(deposit),
            issue_date=_day(issued),
            amount_incl_vat=None if amount is None else from_scaled(amount),
            currency=currency,
            status=status,
            pending_action=pending,
            outbox_state=state,
            possible_duplicate=bool(duplicate),
            payment_deadline=_day(deadline),
            deadline_state=clock,
            deadline_balance=balance,
            is_new=bool(new),
            engagement_state=engagement,
            claimed_by=claimed,
        )
    return rows
