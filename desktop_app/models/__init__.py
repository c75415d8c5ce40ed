"""Cache: SQLAlchemy 2 models, Alembic migrations, single database writer."""

from desktop_app.models.base import Base
from desktop_app.models.invoices import (
    Attachment,
    Blob,
    Invoice,
    InvoiceDocument,
    Service,
    StatusHistory,
    Structure,
)
from desktop_app.models.work import AuditEvent, OutboxEntry, OutboxState, SavedSearch, SyncState

__all__ = [
    "Attachment",
    "AuditEvent",
    "Base",
    "Blob",
    "Invoice",
    "InvoiceDocument",
    "OutboxEntry",
    "OutboxState",
    "SavedSearch",
    "Service",
    "StatusHistory",
    "Structure",
    "SyncState",
]
