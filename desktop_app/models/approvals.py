"""Local configuration (entity kind, approval circuit) and the approval requests queue."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import BigInteger, CheckConstraint, Date, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.models.base import Base
from desktop_app.models.types import ExactDecimal


class StructureSetting(Base):
    """Per recipient structure: its category, which fixes the payment deadline."""

    __tablename__ = "structure_settings"

    structure_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    entity_kind: Mapped[str] = mapped_column(String(30))  # domain.deadlines.EntityKind


class ApprovalThreshold(Base):
    """Threshold (excl. VAT) per service code; ``*`` is the structure's default."""

    __tablename__ = "approval_thresholds"

    structure_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    service_code: Mapped[str] = mapped_column(String(100), primary_key=True)
    threshold: Mapped[Decimal] = mapped_column(ExactDecimal)


class ApprovalApprover(Base):
    """A login deciding approvals; ``services`` is comma-separated, empty = every service."""

    __tablename__ = "approval_approvers"

    structure_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    user: Mapped[str] = mapped_column(String(200), primary_key=True)
    services: Mapped[str] = mapped_column(Text, default="")


class ApprovalDelegation(Base):
    """An approver's power lent to ``delegate`` from ``start`` to ``end`` (inclusive)."""

    __tablename__ = "approval_delegations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    structure_id: Mapped[int] = mapped_column(BigInteger)
    delegator: Mapped[str] = mapped_column(String(200))
    delegate: Mapped[str] = mapped_column(String(200))
    start: Mapped[date] = mapped_column(Date)
    end: Mapped[date] = mapped_column(Date)


class ApprovalState(StrEnum):
    """Life of an approval request."""

    PENDING = "pending"
    APPROVED = "approved"  # the action went to the outbox under the approver's name
    REFUSED = "refused"  # the invoice is back as it was
    CANCELLED = "cancelled"


class RequestOrigin(StrEnum):
    """Why the request exists."""

    LOCAL = "local"  # the app's circuit stopped the clerk's action
    PLATFORM = "platform"  # the platform answered APPROBATION_REQUISE to a sent action


class ApprovalRequest(Base):
    """A committing action waiting for a manager; ``payload`` is the exact outbox body."""

    __tablename__ = "approval_requests"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    invoice_id: Mapped[int] = mapped_column(BigInteger)
    action: Mapped[str] = mapped_column(String(40))  # domain.permissions.ActionKind
    payload: Mapped[str] = mapped_column(Text)
    service_code: Mapped[str | None] = mapped_column(String(100))
    amount_excl_vat: Mapped[Decimal | None] = mapped_column(ExactDecimal)
    threshold: Mapped[Decimal | None] = mapped_column(ExactDecimal)
    state: Mapped[str] = mapped_column(String(20), default=ApprovalState.PENDING.value)
    origin: Mapped[str] = mapped_column(String(20), default=RequestOrigin.LOCAL.value)
    requested_by: Mapped[str | None] = mapped_column(String(200))
    requested_at: Mapped[str] = mapped_column(String(32))  # ISO timestamp, UTC
    previous_status: Mapped[str | None] = mapped_column(String(60))
    previous_pending_action: Mapped[str | None] = mapped_column(String(40))
    decided_by: Mapped[str | None] = mapped_column(String(200))
    decided_at: Mapped[str | None] = mapped_column(String(32))
    decision_mention: Mapped[str | None] = mapped_column(String(400))
    comment: Mapped[str | None] = mapped_column(Text)
    outbox_entry_id: Mapped[int | None] = mapped_column(Integer)  # queued on approval
    origin_entry_id: Mapped[int | None] = mapped_column(Integer)  # refused by the platform

    __table_args__ = (
        CheckConstraint(
            "state IN ('pending','approved','refused','cancelled')", name="state_known"
        ),
        Index("ix_approval_requests_state", "state", "id"),
        Index("ix_approval_requests_invoice", "invoice_id", "id"),
    )
