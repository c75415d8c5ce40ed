"""Cached invoices, their status history, attachments, file contents and parsed documents."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop_app.models.base import Base
from desktop_app.models.types import ExactDecimal, UtcDateTime, utc_now


class Structure(Base):
    """A recipient structure (SIRET) the account receives invoices for."""

    __tablename__ = "structures"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)  # idStructureCPP
    siret: Mapped[str] = mapped_column(String(14))
    name: Mapped[str] = mapped_column(String(200))
    services: Mapped[list[Service]] = relationship(back_populates="structure")


class Service(Base):
    """A service of a structure (service exécutant)."""

    __tablename__ = "services"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)  # idService
    structure_id: Mapped[int] = mapped_column(ForeignKey("structures.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(100))
    name: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    structure: Mapped[Structure] = relationship(back_populates="services")


class Invoice(Base):
    """One received invoice as last seen on the platform, plus local processing state."""

    __tablename__ = "invoices"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)  # idFacture
    number: Mapped[str] = mapped_column(String(100))
    invoice_type: Mapped[str] = mapped_column(String(20))  # FACTURE / AVOIR / ACOMPTE
    payment_request_type: Mapped[str] = mapped_column(String(20), default="FACTURE")
    frame: Mapped[str | None] = mapped_column(String(60))  # codeCadreFacturation
    syntax: Mapped[str | None] = mapped_column(String(20))  # UBL / CII / FACTURX / PIVOT...
    deposit_mode: Mapped[str | None] = mapped_column(String(40))
    supplier_name: Mapped[str] = mapped_column(String(200), default="")
    supplier_code: Mapped[str | None] = mapped_column(String(40))  # SIRET or other identifier
    supplier_id_type: Mapped[str | None] = mapped_column(String(20))
    supplier_vat_id: Mapped[str | None] = mapped_column(String(40))
    structure_id: Mapped[int | None] = mapped_column(BigInteger)
    structure_code: Mapped[str | None] = mapped_column(String(40))
    structure_name: Mapped[str | None] = mapped_column(String(200))
    service_id: Mapped[int | None] = mapped_column(BigInteger)
    service_code: Mapped[str | None] = mapped_column(String(100))
    service_name: Mapped[str | None] = mapped_column(String(200))
    engagement_number: Mapped[str | None] = mapped_column(String(100))  # numeroBonCommande
    contract_number: Mapped[str | None] = mapped_column(String(100))  # numeroMarche
    issue_date: Mapped[date | None] = mapped_column(Date)
    deposit_date: Mapped[date | None] = mapped_column(Date)
    due_date: Mapped[date | None] = mapped_column(Date)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    amount_excl_vat: Mapped[Decimal | None] = mapped_column(ExactDecimal)
    amount_vat: Mapped[Decimal | None] = mapped_column(ExactDecimal)
    amount_incl_vat: Mapped[Decimal | None] = mapped_column(ExactDecimal)
    amount_due: Mapped[Decimal | None] = mapped_column(ExactDecimal)
    status: Mapped[str] = mapped_column(String(60))
    inbox: Mapped[str] = mapped_column(String(20))  # domain.inboxes.Inbox, derived from status
    status_changed_at: Mapped[str | None] = mapped_column(String(40))  # dateHeureEtatCourant
    status_comment: Mapped[str | None] = mapped_column(Text)
    # The platform's last-change marker: an action queued against an older marker is a conflict.
    platform_marker: Mapped[str | None] = mapped_column(String(40))
    downloaded: Mapped[bool] = mapped_column(Boolean, default=False)
    replaces_rejected_id: Mapped[int | None] = mapped_column(BigInteger)  # IPM5-019
    replaces_rejected_number: Mapped[str | None] = mapped_column(String(100))
    possible_duplicate: Mapped[bool] = mapped_column(Boolean, default=False)  # IPM5-034
    pending_action: Mapped[str | None] = mapped_column(String(40))  # shown at once after acting
    # Created by a pull and not yet seen by the user (revision 0005); see sync.pull.
    is_new: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))
    local_notes: Mapped[str | None] = mapped_column(Text)
    # Derived by desktop_app.sync.derived (payment deadline, duplicates), revision 0003.
    received_on: Mapped[date | None] = mapped_column(Date)  # made available to the recipient
    suspended_on: Mapped[date | None] = mapped_column(Date)  # first suspension
    resumed_on: Mapped[date | None] = mapped_column(Date)  # completion after it
    settled_on: Mapped[date | None] = mapped_column(Date)  # paid or rejected: clock stopped
    payment_deadline: Mapped[date | None] = mapped_column(Date)  # None while suspended/stopped
    deadline_state: Mapped[str | None] = mapped_column(String(12))  # domain ClockState
    deadline_balance: Mapped[int | None] = mapped_column(Integer)  # frozen days while suspended
    duplicate_key: Mapped[str | None] = mapped_column(String(200))  # supplier|number|year
    duplicate_of_id: Mapped[int | None] = mapped_column(BigInteger)  # the earlier same invoice
    # Against the imported engagements (domain EngagementState), revision 0007.
    engagement_state: Mapped[str | None] = mapped_column(String(16))
    detail_synced_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    history_synced_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    file_synced_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now, onupdate=utc_now)

    history: Mapped[list[StatusHistory]] = relationship(
        back_populates="invoice", cascade="all, delete-orphan", order_by="StatusHistory.occurred_at"
    )
    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="invoice", cascade="all, delete-orphan"
    )

    __table_args__ = (
        # the amount and supplier ride along: filters in an inbox are checked in the index
        Index(
            "ix_invoices_inbox_deposit",
            "inbox",
            "deposit_date",
            "id",
            "amount_incl_vat",
            "supplier_name",
        ),
        Index("ix_invoices_service_inbox_deposit", "service_id", "inbox", "deposit_date", "id"),
        Index("ix_invoices_service_deposit", "service_id", "deposit_date", "id"),
        # the structure selector's counts and lists (revision 0009)
        Index("ix_invoices_structure_inbox", "structure_id", "inbox", "deposit_date", "id"),
        Index("ix_invoices_status_deposit", "status", "deposit_date", "id"),
        Index("ix_invoices_supplier", "supplier_name", "id"),
        Index("ix_invoices_supplier_code_number", "supplier_code", "number"),
        Index("ix_invoices_issue_date", "issue_date", "id"),
        Index("ix_invoices_amount", "amount_incl_vat", "id"),
        Index("ix_invoices_deposit_date", "deposit_date", "id"),
        Index("ix_invoices_status_changed_id", "status_changed_at", "id"),
        Index("ix_invoices_number", "number", "id"),
        Index("ix_invoices_deadline", "deadline_state", "payment_deadline", "id"),
        Index("ix_invoices_payment_deadline", "payment_deadline", "id"),
        Index("ix_invoices_duplicate_key", "duplicate_key", "id"),
        # partial: the statistics of a column nearly always NULL called a full index useless
        Index(
            "ix_invoices_replaced_by",
            "replaces_rejected_id",
            "id",
            sqlite_where=text("replaces_rejected_id IS NOT NULL"),
        ),
        Index("ix_invoices_new", "inbox", "service_id", sqlite_where=text("is_new = 1")),
        Index("ix_invoices_engagement", "engagement_state", "deposit_date", "id"),
    )


class StatusHistory(Base):
    """One status passage (histoStatut), from the platform or recorded locally."""

    __tablename__ = "status_history"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id", ondelete="CASCADE"))
    platform_entry_id: Mapped[int | None] = mapped_column(BigInteger)  # histoStatutId
    status: Mapped[str] = mapped_column(String(60))
    occurred_at: Mapped[str] = mapped_column(String(40))  # histoStatutDatePassage, as given
    author: Mapped[str | None] = mapped_column(String(200))
    motif_code: Mapped[str | None] = mapped_column(String(40))
    motif: Mapped[str | None] = mapped_column(String(300))
    comment: Mapped[str | None] = mapped_column(Text)
    mandate_number: Mapped[str | None] = mapped_column(String(50))
    mandate_amount: Mapped[Decimal | None] = mapped_column(ExactDecimal)
    source: Mapped[str] = mapped_column(String(10), default="platform")  # platform | local

    invoice: Mapped[Invoice] = relationship(back_populates="history")

    __table_args__ = (
        UniqueConstraint("invoice_id", "platform_entry_id"),
        Index("ix_status_history_invoice", "invoice_id", "occurred_at"),
    )


class Blob(Base):
    """File content, stored once by SHA-256 outside the invoice rows."""

    __tablename__ = "blobs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)


class Attachment(Base):
    """An attachment's metadata (pièce jointe); its bytes, once fetched, live in ``blobs``."""

    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id", ondelete="CASCADE"))
    platform_attachment_id: Mapped[int | None] = mapped_column(BigInteger)  # pieceJointeId
    designation: Mapped[str] = mapped_column(String(200))
    extension: Mapped[str | None] = mapped_column(String(10))
    type_code: Mapped[str | None] = mapped_column(String(40))
    mime_type: Mapped[str | None] = mapped_column(String(100))
    size: Mapped[int | None] = mapped_column(Integer)
    is_main: Mapped[bool] = mapped_column(Boolean, default=False)
    blob_id: Mapped[int | None] = mapped_column(ForeignKey("blobs.id"))

    invoice: Mapped[Invoice] = relationship(back_populates="attachments")

    __table_args__ = (
        UniqueConstraint("invoice_id", "platform_attachment_id"),
        Index("ix_attachments_invoice", "invoice_id"),
    )


class InvoiceDocument(Base):
    """The invoice's structured file and what the documents layer read from it."""

    __tablename__ = "invoice_documents"

    invoice_id: Mapped[int] = mapped_column(
        ForeignKey("invoices.id", ondelete="CASCADE"), primary_key=True
    )
    file_format: Mapped[str] = mapped_column(String(20))  # PIVOT / XML / PDF as downloaded
    syntax: Mapped[str | None] = mapped_column(String(20))  # detected from content
    blob_id: Mapped[int | None] = mapped_column(ForeignKey("blobs.id"))
    parsed_json: Mapped[str | None] = mapped_column(Text)
    parse_error_key: Mapped[str | None] = mapped_column(String(80))
    parse_error: Mapped[str | None] = mapped_column(Text)
    parsed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
