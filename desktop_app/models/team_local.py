"""The desktop's side of team mode, in the cache: the queue of team operations and the mirror.

* ``team_queue``: every team operation (request approval, decide, claim, release, note, shared
  search, anchor copy) is first a row here, written in the same transaction as its local
  effect, with an idempotency key (``op_key``) the team store remembers
  (``team.applied_ops``): replayed after a crash or an outage it takes effect exactly once.
* ``team_request_links``: local approval request <-> the team's ``request_key``.
* ``team_assignments`` / ``team_notes``: what the lists and the detail pane show (« pris en
  charge par … », internal notes), readable offline.
* ``team_state``: small key/value pairs (last change seen, this desktop's id).

Solo mode writes only ``team_notes`` (internal notes kept on this desktop, never queued).
"""

from __future__ import annotations

import json
import uuid
from enum import StrEnum
from typing import Any

from sqlalchemy import Boolean, CheckConstraint, Index, Integer, String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from desktop_app.models.base import Base
from desktop_app.models.types import utc_now, utc_text


class OpKind(StrEnum):
    """What a queued team operation does."""

    REQUEST = "request"
    DECIDE = "decide"
    CLAIM = "claim"
    RELEASE = "release"
    NOTE = "note"
    SEARCH = "search"
    ANCHORS = "anchors"


class OpState(StrEnum):
    """Life of a queued operation."""

    PENDING = "pending"  # not yet confirmed by the team store
    DONE = "done"  # applied (or answered: conflict, refusal) and its answer applied here
    FAILED = "failed"  # the store refused it for good (``last_error`` says why)


class TeamQueueOp(Base):
    """One team operation waiting for (or answered by) the team store."""

    __tablename__ = "team_queue"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    op_key: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    payload: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(10), default=OpState.PENDING.value)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    created_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[str] = mapped_column(String(32))
    done_at: Mapped[str | None] = mapped_column(String(32))
    result: Mapped[str | None] = mapped_column(Text)
    last_error: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        CheckConstraint("state IN ('pending','done','failed')", name="team_op_state_known"),
        Index("ix_team_queue_state", "state", "id"),
    )

    def body(self) -> dict[str, Any]:
        """The decoded payload."""
        value: dict[str, Any] = json.loads(self.payload)
        return value


class TeamRequestLink(Base):
    """A local approval request and its key in the team store."""

    __tablename__ = "team_request_links"

    request_key: Mapped[str] = mapped_column(String(36), primary_key=True)
    local_request_id: Mapped[int] = mapped_column(Integer, unique=True)


class TeamAssignment(Base):
    """Who took an invoice in hand (« pris en charge par … »), as last known."""

    __tablename__ = "team_assignments"

    invoice_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    claimed_by: Mapped[str] = mapped_column(String(200))
    claimed_at: Mapped[str] = mapped_column(String(32))
    confirmed: Mapped[bool] = mapped_column(Boolean, default=False)  # seen in the store


class TeamNote(Base):
    """An internal note on an invoice (never sent to the platform)."""

    __tablename__ = "team_notes"

    note_key: Mapped[str] = mapped_column(String(36), primary_key=True)
    invoice_id: Mapped[int] = mapped_column(Integer, index=True)
    author: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[str] = mapped_column(String(32))
    body: Mapped[str] = mapped_column(Text)
    confirmed: Mapped[bool] = mapped_column(Boolean, default=False)


class TeamState(Base):
    """Key/value state of team mode on this desktop."""

    __tablename__ = "team_state"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


def enqueue_op(session: Session, kind: OpKind, body: dict[str, Any], user: str) -> TeamQueueOp:
    """Add a team operation to the queue in the caller's transaction (key: a new UUID)."""
    op = TeamQueueOp(
        op_key=str(uuid.uuid4()),
        kind=kind.value,
        payload=json.dumps(body, sort_keys=True, default=str),
        state=OpState.PENDING.value,
        attempts=0,
        created_by=user,
        created_at=utc_text(utc_now()),
    )
    session.add(op)
    session.flush()
    return op


def pending_ops(session: Session, limit: int = 200) -> list[TeamQueueOp]:
    """Operations not yet confirmed, oldest first."""
    return list(
        session.scalars(
            select(TeamQueueOp)
            .where(TeamQueueOp.state == OpState.PENDING.value)
            .order_by(TeamQueueOp.id)
            .limit(limit)
        )
    )


def get_state(session: Session, key: str) -> str | None:
    """A ``team_state`` value (``None`` when unset)."""
    row = session.get(TeamState, key)
    return row.value if row else None


def set_state(session: Session, key: str, value: str) -> None:
    """Set a ``team_state`` value in the caller's transaction."""
    row = session.get(TeamState, key)
    if row is None:
        session.add(TeamState(key=key, value=value))
    else:
        row.value = value


def desktop_id(session: Session) -> str:
    """This cache's stable identity in the team store (made on first use)."""
    found = get_state(session, "desktop_id")
    if found is None:
        found = str(uuid.uuid4())
        set_state(session, "desktop_id", found)
    return found


def claims_of(session: Session, invoice_ids: list[int]) -> dict[int, str]:
    """Who took each of ``invoice_ids`` in hand (only claimed ones; empty in solo mode)."""
    if not invoice_ids:
        return {}
    query = select(TeamAssignment.invoice_id, TeamAssignment.claimed_by).where(
        TeamAssignment.invoice_id.in_(invoice_ids)
    )
    return {int(invoice_id): str(by) for invoice_id, by in session.execute(query)}
