"""Cache: SQLAlchemy 2 models, Alembic migrations, single database writer."""

from desktop_app.models.approvals import (
    ApprovalApprover,
    ApprovalDelegation,
    ApprovalRequest,
    ApprovalState,
    ApprovalThreshold,
    RequestOrigin,
    StructureSetting,
)
from desktop_app.models.audit_anchors import AuditAnchor
from desktop_app.models.base import Base
from desktop_app.models.counters import InboxCounter
from desktop_app.models.engagements import EngagementRow, StructureRequirement
from desktop_app.models.invoice_checks import InvoiceCheck
from desktop_app.models.invoices import (
    Attachment,
    Blob,
    Invoice,
    InvoiceDocument,
    Service,
    StatusHistory,
    Structure,
)
from desktop_app.models.team_local import TeamQueueOp  # noqa: F401 - registers the tables
from desktop_app.models.unknown_statuses import UnknownStatus
from desktop_app.models.work import AuditEvent, OutboxEntry, OutboxState, SavedSearch, SyncState
from desktop_app.models.works import WorksActionRow, WorksStatement  # noqa: F401 - tables

__all__ = [
    "ApprovalApprover",
    "ApprovalDelegation",
    "ApprovalRequest",
    "ApprovalState",
    "ApprovalThreshold",
    "Attachment",
    "AuditAnchor",
    "AuditEvent",
    "Base",
    "Blob",
    "EngagementRow",
    "InboxCounter",
    "Invoice",
    "InvoiceCheck",
    "InvoiceDocument",
    "OutboxEntry",
    "OutboxState",
    "RequestOrigin",
    "SavedSearch",
    "Service",
    "StatusHistory",
    "Structure",
    "StructureRequirement",
    "StructureSetting",
    "SyncState",
    "UnknownStatus",
]
