"""The one place the UI calls the sync layer: engine, outbox fixes, conflicts, profiles.

Where this build's sync package offers an operation, it is used; until then the outbox
operations are done here through the single writer (never directly on the file) and the
connection is reported offline.
"""

from __future__ import annotations

import importlib
import json
import logging
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.domain.actions import StatusChange
from desktop_app.domain.status_types import Role
from desktop_app.models.database import Database
from desktop_app.models.invoices import Invoice
from desktop_app.models.work import OutboxEntry, OutboxState
from desktop_app.sync.actions import queue_status_change
from desktop_app.sync.events import (
    ConnectionChanged,
    ConnectionState,
    EventBus,
    OutboxChanged,
    SyncFinished,
)

log = logging.getLogger(__name__)


def _optional(module: str) -> Any:
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("desktop_app"):
            return None
        raise


@dataclass(frozen=True, slots=True)
class OutboxRow:
    """An outbox row as the outbox view shows it."""

    id: int
    invoice_id: int
    invoice_number: str
    supplier_name: str
    action: str
    state: str
    attempts: int
    last_error: str | None
    payload: dict[str, Any]
    remote_snapshot: dict[str, Any] | None
    current_status: str | None
    previous_status: str | None


@dataclass(frozen=True, slots=True)
class UserInfo:
    """Who is working, as the profile or certificate says."""

    name: str
    role: Role
    profile: str


def _parse(text: str | None) -> dict[str, Any] | None:
    if not text:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return {"raw": text}
    return value if isinstance(value, dict) else {"value": value}


class SyncService:
    """Facade over the sync layer used by every UI part."""

    OPEN_STATES = (
        OutboxState.PENDING.value,
        OutboxState.SENDING.value,
        OutboxState.INTERRUPTED.value,
        OutboxState.NEEDS_ATTENTION.value,
        OutboxState.CONFLICT.value,
    )

    def __init__(self, database: Database, bus: EventBus | None = None) -> None:
        self.database = database
        self.bus = bus or EventBus()
        self.engine: Any = None
        self.user = UserInfo(name="demo", role=Role.CLERK, profile="sandbox")
        self.connection = ConnectionState.OFFLINE
        self.last_sync: Any = None

    # -- engine ----------------------------------------------------------------------------
    def start(self, profile: str = "sandbox") -> bool:
        """Start background sync on ``profile``; False when this build has no engine."""
        engine_module = _optional("desktop_app.sync.engine")
        if engine_module is None or not hasattr(engine_module, "SyncEngine"):
            self._set_connection(ConnectionState.OFFLINE, "sync.unavailable")
            return False
        self.engine = engine_module.SyncEngine(self.database, self.bus)
        self.engine.start_background()
        return True

    def sync_now(self) -> None:
        """Ask for an immediate synchronisation."""
        if self.engine is None:
            self.bus.publish(SyncFinished(error_key="sync.unavailable"))
            return
        self.engine.run_once()

    def stop(self) -> None:
        """Stop the engine (on quit)."""
        if self.engine is not None and hasattr(self.engine, "stop"):
            self.engine.stop()
        self.engine = None

    def _set_connection(self, state: ConnectionState, detail: str | None = None) -> None:
        self.connection = state
        self.bus.publish(ConnectionChanged(state, detail))

    # -- actions ---------------------------------------------------------------------------
    def queue(self, invoice_id: int, change: StatusChange) -> Future[str]:
        """Queue a validated action (local change + outbox row)."""
        return queue_status_change(self.database, invoice_id, change, user=self.user.name)

    def outbox_rows(self) -> list[OutboxRow]:
        """Rows still open (pending, needs attention, conflict...), oldest first."""
        with self.database.read() as session:
            query = (
                select(OutboxEntry, Invoice.number, Invoice.supplier_name, Invoice.status)
                .join(Invoice, Invoice.id == OutboxEntry.invoice_id, isouter=True)
                .where(OutboxEntry.state.in_(self.OPEN_STATES))
                .order_by(OutboxEntry.id)
            )
            return [
                OutboxRow(
                    id=entry.id,
                    invoice_id=entry.invoice_id,
                    invoice_number=number or str(entry.invoice_id),
                    supplier_name=supplier or "",
                    action=entry.action,
                    state=entry.state,
                    attempts=entry.attempts,
                    last_error=entry.last_error,
                    payload=_parse(entry.payload) or {},
                    remote_snapshot=_parse(entry.remote_snapshot),
                    current_status=status,
                    previous_status=entry.previous_status,
                )
                for entry, number, supplier, status in session.execute(query)
            ]

    def _announce(self, entry_id: int, state: str) -> Callable[[Future[int]], None]:
        def callback(future: Future[int]) -> None:
            if future.exception() is None:
                self.bus.publish(OutboxChanged(entry_id, future.result(), state))

        return callback

    def discard(self, entry_id: int) -> Future[int]:
        """Give up an action: the invoice keeps its platform status."""
        api = getattr(_optional("desktop_app.sync.outbox"), "discard", None)
        if api is not None:
            return api(self.database, entry_id, bus=self.bus)  # type: ignore[no-any-return]

        def work(session: Session) -> int:
            entry = session.get(OutboxEntry, entry_id)
            if entry is None:
                raise LookupError(entry_id)
            entry.state = OutboxState.DISCARDED.value
            invoice = session.get(Invoice, entry.invoice_id)
            if invoice is not None:
                invoice.pending_action = None
            return entry.invoice_id

        future = self.database.writer.submit(work)
        future.add_done_callback(self._announce(entry_id, OutboxState.DISCARDED.value))
        return future

    def resolve_conflict(self, entry_id: int, keep_mine: bool) -> Future[int]:
        """Keep mine (resend against their current version) or take theirs (discard mine)."""
        api = getattr(_optional("desktop_app.sync.outbox"), "resolve_conflict", None)
        if api is not None:
            return api(self.database, entry_id, keep_mine=keep_mine, bus=self.bus)  # type: ignore[no-any-return]
        if not keep_mine:
            return self.discard(entry_id)

        def work(session: Session) -> int:
            entry = session.get(OutboxEntry, entry_id)
            if entry is None:
                raise LookupError(entry_id)
            invoice = session.get(Invoice, entry.invoice_id)
            entry.base_marker = invoice.platform_marker if invoice is not None else None
            entry.state = OutboxState.PENDING.value
            entry.next_attempt_at = None
            return entry.invoice_id

        future = self.database.writer.submit(work)
        future.add_done_callback(self._announce(entry_id, OutboxState.PENDING.value))
        return future

    def fix_and_resend(self, entry_id: int, invoice_id: int, change: StatusChange) -> Future[str]:
        """Replace a refused action by a corrected one (new row, new idempotency key)."""
        self.discard(entry_id).result(timeout=30)
        return self.queue(invoice_id, change)
