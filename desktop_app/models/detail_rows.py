"""Reads behind the detail pane: one invoice, its history, attachments and queued actions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.models.invoices import Attachment, Blob, Invoice, StatusHistory
from desktop_app.models.queries import replaced_by as replaced_by_query
from desktop_app.models.work import OutboxEntry


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One status passage."""

    status: str
    occurred_at: str
    author: str | None
    motif: str | None
    comment: str | None
    mandate_number: str | None
    mandate_amount: Decimal | None
    source: str


@dataclass(frozen=True, slots=True)
class AttachmentInfo:
    """An attachment's metadata."""

    id: int
    designation: str
    extension: str | None
    mime_type: str | None
    size: int | None
    available: bool


@dataclass(frozen=True, slots=True)
class QueuedAction:
    """An outbox row of the invoice."""

    id: int
    action: str
    state: str
    last_error: str | None
    last_error_code: str | None = None


@dataclass(frozen=True, slots=True)
class InvoiceDetail:
    """Everything the detail pane shows."""

    id: int
    number: str
    invoice_type: str
    frame: str | None
    syntax: str | None
    supplier_name: str
    supplier_code: str | None
    supplier_id_type: str | None
    supplier_vat_id: str | None
    structure_name: str | None
    service_code: str | None
    service_name: str | None
    engagement_number: str | None
    contract_number: str | None
    issue_date: date | None
    deposit_date: date | None
    due_date: date | None
    currency: str
    amount_excl_vat: Decimal | None
    amount_vat: Decimal | None
    amount_incl_vat: Decimal | None
    amount_due: Decimal | None
    status: str
    status_changed_at: str | None
    status_comment: str | None
    pending_action: str | None
    possible_duplicate: bool
    replaces_rejected_number: str | None
    updated_marker: str
    received_on: date | None = None
    suspended_on: date | None = None
    resumed_on: date | None = None
    settled_on: date | None = None
    payment_deadline: date | None = None
    deadline_state: str | None = None
    deadline_balance: int | None = None
    duplicate_of: tuple[int, str] | None = None  # (id, number) of the earlier same invoice
    replaces_rejected_id: int | None = None
    replaced_by: tuple[tuple[int, str], ...] = ()  # re-deposits of this rejected invoice
    history: tuple[HistoryEntry, ...] = ()
    attachments: tuple[AttachmentInfo, ...] = ()
    actions: tuple[QueuedAction, ...] = ()
    engagement_state: str | None = None  # against the imported engagements (revision 0007)


def load_detail(session: Session, invoice_id: int) -> InvoiceDetail | None:
    """The invoice ``invoice_id`` as plain values, or None when not cached."""
    inv = session.get(Invoice, invoice_id)
    if inv is None:
        return None
    history = session.scalars(
        select(StatusHistory)
        .where(StatusHistory.invoice_id == invoice_id)
        .order_by(StatusHistory.occurred_at, StatusHistory.id)
    )
    attachments = session.scalars(
        select(Attachment).where(Attachment.invoice_id == invoice_id).order_by(Attachment.id)
    )
    actions = session.scalars(
        select(OutboxEntry).where(OutboxEntry.invoice_id == invoice_id).order_by(OutboxEntry.id)
    )
    duplicate_of = None
    if inv.duplicate_of_id is not None:
        number = session.scalar(select(Invoice.number).where(Invoice.id == inv.duplicate_of_id))
        duplicate_of = (inv.duplicate_of_id, number or str(inv.duplicate_of_id))
    replaced_by = tuple(replaced_by_query(session, invoice_id))
    return InvoiceDetail(
        received_on=inv.received_on,
        suspended_on=inv.suspended_on,
        resumed_on=inv.resumed_on,
        settled_on=inv.settled_on,
        payment_deadline=inv.payment_deadline,
        deadline_state=inv.deadline_state,
        deadline_balance=inv.deadline_balance,
        duplicate_of=duplicate_of,
        replaces_rejected_id=inv.replaces_rejected_id,
        replaced_by=replaced_by,
        id=inv.id,
        number=inv.number,
        invoice_type=inv.invoice_type,
        frame=inv.frame,
        syntax=inv.syntax,
        supplier_name=inv.supplier_name,
        supplier_code=inv.supplier_code,
        supplier_id_type=inv.supplier_id_type,
        supplier_vat_id=inv.supplier_vat_id,
        structure_name=inv.structure_name,
        service_code=inv.service_code,
        service_name=inv.service_name,
        engagement_number=inv.engagement_number,
        engagement_state=inv.engagement_state,
        contract_number=inv.contract_number,
        issue_date=inv.issue_date,
        deposit_date=inv.deposit_date,
        due_date=inv.due_date,
        currency=inv.currency,
        amount_excl_vat=inv.amount_excl_vat,
        amount_vat=inv.amount_vat,
        amount_incl_vat=inv.amount_incl_vat,
        amount_due=inv.amount_due,
        status=inv.status,
        status_changed_at=inv.status_changed_at,
        status_comment=inv.status_comment,
        pending_action=inv.pending_action,
        possible_duplicate=bool(inv.possible_duplicate),
        replaces_rejected_number=inv.replaces_rejected_number,
        updated_marker=f"{inv.platform_marker}|{inv.file_synced_at}|{inv.status}",
        history=tuple(
            HistoryEntry(
                status=h.status,
                occurred_at=h.occurred_at,
                author=h.author,
                motif=h.motif,
                comment=h.comment,
                mandate_number=h.mandate_number,
                mandate_amount=h.mandate_amount,
                source=h.source,
            )
            for h in history
        ),
        attachments=tuple(
            AttachmentInfo(
                id=a.id,
                designation=a.designation,
                extension=a.extension,
                mime_type=a.mime_type,
                size=a.size,
                available=a.blob_id is not None,
            )
            for a in attachments
        ),
        actions=tuple(
            QueuedAction(
                id=e.id,
                action=e.action,
                state=e.state,
                last_error=e.last_error,
                last_error_code=e.last_error_code,
            )
            for e in actions
        ),
    )


def attachment_content(
    session: Session, attachment_id: int
) -> tuple[str, str | None, bytes] | None:
    """``(designation, extension, bytes)`` of a downloaded attachment."""
    row = session.execute(
        select(Attachment.designation, Attachment.extension, Blob.content)
        .join(Blob, Blob.id == Attachment.blob_id)
        .where(Attachment.id == attachment_id)
    ).first()
    if row is None:
        return None
    return str(row[0]), row[1], bytes(row[2])
