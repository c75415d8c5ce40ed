"""Local work: the outbox of user actions, sync watermarks, audit trail, saved searches."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import BigInteger, CheckConstraint, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.models.base import Base
from desktop_app.models.types import UtcDateTime, utc_now


class OutboxState(StrEnum):
    """Life of an outbox row. Only PENDING and INTERRUPTED rows are picked by the sender."""

    PENDING = "pending"
    SENDING = "sending"
    INTERRUPTED = "interrupted"  # was SENDING when the app stopped: resend with the same key
    DONE = "done"
    NEEDS_ATTENTION = "needs_attention"  # 4xx validation answer: the user fixes or discards
    CONFLICT = "conflict"  # the platform changed the invoice since the user acted
    DISCARDED = "discarded"


#: Rows the sender picks up (when due).
SENDABLE_STATES = frozenset({OutboxState.PENDING, OutboxState.INTERRUPTED})
#: Open rows: each blocks the invoice's later rows, sets its ``pending_action`` and is listed
#: in the outbox window.
BLOCKING_STATES = frozenset(
    {
        OutboxState.PENDING,
        OutboxState.INTERRUPTED,
        OutboxState.SENDING,
        OutboxState.NEEDS_ATTENTION,
        OutboxState.CONFLICT,
    }
)
#: Rows stopped until the user acts (fix, keep mine, take theirs, discard).
ATTENTION_STATES = frozenset({OutboxState.NEEDS_ATTENTION, OutboxState.CONFLICT})
#: Rows the user may discard (a row being sent may not).
DISCARDABLE_STATES = BLOCKING_STATES - {OutboxState.SENDING}


class OutboxEntry(Base):
    """A user action waiting to reach the platform exactly once.

    ``payload`` is the exact JSON body sent on every attempt, with ``idempotency_key``.
    """

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    idempotency_key: Mapped[str] = mapped_column(String(64), unique=True)
    invoice_id: Mapped[int] = mapped_column(BigInteger)
    action: Mapped[str] = mapped_column(String(40))  # domain.permissions.ActionKind
    endpoint: Mapped[str] = mapped_column(String(200))  # contract path, e.g. traiter/recue
    payload: Mapped[str] = mapped_column(Text)  # exact JSON body
    state: Mapped[str] = mapped_column(String(20), default=OutboxState.PENDING.value)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_error_code: Mapped[str | None] = mapped_column(String(40))
    last_error: Mapped[str | None] = mapped_column(Text)
    base_marker: Mapped[str | None] = mapped_column(String(40))  # platform marker when acted
    previous_status: Mapped[str | None] = mapped_column(String(60))  # restored on discard
    remote_snapshot: Mapped[str | None] = mapped_column(Text)  # their version, on conflict
    response: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now, onupdate=utc_now)
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime)

    __table_args__ = (
        CheckConstraint(
            "state IN ('pending','sending','interrupted','done','needs_attention',"
            "'conflict','discarded')",
            name="state_known",
        ),
        Index("ix_outbox_state_next", "state", "next_attempt_at", "id"),
        Index("ix_outbox_invoice", "invoice_id", "id"),
    )


class SyncState(Base):
    """Per structure and payment-request type, how far the incremental pull has come."""

    __tablename__ = "sync_state"

    structure_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    payment_request_type: Mapped[str] = mapped_column(String(20), primary_key=True)
    # Highest dateHeureEtatCourant fully stored; the next pull starts there minus an overlap.
    watermark: Mapped[str | None] = mapped_column(String(40))
    last_success_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)


class AuditEvent(Base):
    """Append-only audit trail; each event holds the hash of the previous one."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    occurred_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    actor: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(60))
    invoice_id: Mapped[int | None] = mapped_column(BigInteger)
    details: Mapped[str] = mapped_column(Text, default="{}")  # canonical JSON
    previous_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)
    signature: Mapped[str | None] = mapped_column(Text)  # periodic anchor signed by the user

    __table_args__ = (Index("ix_audit_events_invoice", "invoice_id", "id"),)


class SavedSearch(Base):
    """A named set of list filters a user keeps."""

    __tablename__ = "saved_searches"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    owner: Mapped[str] = mapped_column(String(200), default="")
    name: Mapped[str] = mapped_column(String(200))
    criteria: Mapped[str] = mapped_column(Text)  # JSON of the filter
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)

    __table_args__ = (Index("uq_saved_searches_owner_name", "owner", "name", unique=True),)
