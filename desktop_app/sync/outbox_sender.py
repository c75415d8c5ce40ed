"""Exactly-once delivery of queued user actions (the outbox) to traiterFactureRecue.

Rules:

* rows are sent in id order per invoice; a row waiting, in conflict or needing attention
  blocks the later rows of the same invoice;
* every attempt sends the row's unchanged payload with its ``Idempotency-Key`` (harmless, but
  never relied on: Chorus Pro shows no such header); a row is marked "sending" (in its own
  transaction) before the request leaves, so a crash leaves it "sending" and start-up turns it
  into "interrupted";
* before the first attempt the platform's entry is read: its status is kept in the row
  (:class:`~desktop_app.sync.replay_check.InFlight`) and, when its last-change marker moved
  since the user acted, the row goes to "conflict" with the remote version kept (see
  :mod:`desktop_app.sync.resolution`);
* before any resend (interrupted, reset, timeout, truncated answer, 5xx, 429) the invoice's
  history decides whether the earlier attempt was applied (:mod:`~desktop_app.sync.replay_check`):
  applied -> the row is done and the evidence goes to the audit trail, nothing is resent;
  not applied -> the conflict check, then the send;
* transient failures are retried with truncated exponential back-off with jitter
  (``Retry-After`` honoured); the row's ``attempts`` counts consecutive failures;
* a functional refusal (HTTP 400 or 200 with codeRetour != 0, HTTP 403) moves the row to
  "needs_attention" with the platform's message: never retried blindly;
* a row's new state and its audit event are written in one transaction.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop_app.models.audit_store import append_event
from desktop_app.models.database import Database
from desktop_app.models.invoice_state import apply_platform_status, clear_pending
from desktop_app.models.invoices import Invoice
from desktop_app.models.outbox_store import canonical_json, mark_interrupted_at_startup
from desktop_app.models.work import BLOCKING_STATES, SENDABLE_STATES, OutboxEntry, OutboxState
from desktop_app.sync.approvals import PLATFORM_REFUSAL, route_platform_refusal
from desktop_app.sync.backoff import Backoff, retry_after_of
from desktop_app.sync.client import PlatformClient, is_transient
from desktop_app.sync.derived import refresh_derived_fields
from desktop_app.sync.errors import (
    AuthError,
    CertificateError,
    NetworkError,
    NotAttachedError,
    PlatformError,
    SyncError,
)
from desktop_app.sync.events import EventBus, OutboxChanged
from desktop_app.sync.replay_check import InFlight, Verdict, find_our_entry, status_entries

log = logging.getLogger(__name__)


@dataclass
class SendStats:
    """Outcome of one pass of the sender."""

    sent: int = 0  # rows done (answered, or found applied by an earlier attempt)
    verified: int = 0  # of which found applied in the history (done without a resend)
    conflicts: int = 0
    needs_attention: int = 0
    retries: int = 0
    done_ids: list[int] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _Row:
    id: int
    invoice_id: int
    action: str
    payload: str
    key: str
    state: str
    attempts: int
    base_marker: str | None
    number: str | None
    structure_id: int | None
    payment_request_type: str | None
    response: str | None = None
    previous_status: str | None = None
    created_at: datetime | None = None
    sent_at: datetime | None = None  # when the last attempt left

    @property
    def resend(self) -> bool:
        """True when an earlier attempt may have reached the platform."""
        return self.attempts > 0 or self.state == OutboxState.INTERRUPTED.value


AFTER_OWN = "after-own:"  # base of a row queued after our change whose marker was not read


def _now() -> datetime:
    return datetime.now(UTC)


def _target(payload: str) -> str:
    return str(json.loads(payload, parse_float=Decimal).get("nouveauStatut") or "")


def _json_text(data: dict[str, Any]) -> str:
    return canonical_json(data)


def _update(session: Session, entry_id: int, values: dict[str, Any]) -> None:
    session.execute(
        update(OutboxEntry).where(OutboxEntry.id == entry_id).values(updated_at=_now(), **values)
    )


class OutboxSender:
    """Sends due outbox rows; see the module docstring."""

    def __init__(
        self,
        client: PlatformClient,
        database: Database,
        bus: EventBus | None = None,
        *,
        backoff: Backoff | None = None,
        check_conflicts: bool = True,
        settle_s: float | None = None,
    ) -> None:
        self.client = client
        self.database = database
        self.bus = bus or EventBus()
        self.backoff = backoff or Backoff()
        self.check_conflicts = check_conflicts
        # a request whose answer never came (timeout, reset, crash) may still be running on the
        # platform: its history is read no sooner than this after it left (default: the
        # client's timeout, i.e. the platform had as long again to finish it)
        self.settle_s = settle_s if settle_s is not None else float(client.settings.timeout_s)

    # --- start-up ---

    def recover(self) -> int:
        """Rows left "sending" by a stopped app become "interrupted"; returns how many."""
        return self.database.writer.run(mark_interrupted_at_startup)

    # --- selection ---

    def due_rows(self, now: datetime | None = None) -> tuple[list[_Row], datetime | None]:
        """The first open row of each invoice when it is sendable and due; and the next due time."""
        current = now or _now()
        with self.database.read() as session:
            entries = session.execute(
                select(
                    OutboxEntry, Invoice.number, Invoice.structure_id, Invoice.payment_request_type
                )
                .outerjoin(Invoice, Invoice.id == OutboxEntry.invoice_id)
                .where(OutboxEntry.state.in_(BLOCKING_STATES))
                .order_by(OutboxEntry.id)
            ).all()
        seen: set[int] = set()
        due: list[_Row] = []
        next_due: datetime | None = None
        for entry, number, structure_id, kind in entries:
            if entry.invoice_id in seen:
                continue
            seen.add(entry.invoice_id)
            if entry.state not in SENDABLE_STATES:
                continue
            if entry.next_attempt_at is not None and entry.next_attempt_at > current:
                next_due = min(next_due or entry.next_attempt_at, entry.next_attempt_at)
                continue
            due.append(
                _Row(
                    entry.id,
                    entry.invoice_id,
                    entry.action,
                    entry.payload,
                    entry.idempotency_key,
                    entry.state,
                    entry.attempts,
                    entry.base_marker,
                    number,
                    structure_id,
                    kind,
                    entry.response,
                    entry.previous_status,
                    entry.created_at,
                    entry.sent_at,
                )
            )
        return due, next_due

    # --- one row ---

    def remote_entry(self, row: _Row) -> dict[str, Any] | None:
        """The platform's current search entry for the row's invoice (None when not visible)."""
        extra: dict[str, Any] = {}
        if row.number:
            extra["numeroFacture"] = row.number
        data = self.client.search_invoices(
            structure_id=row.structure_id,
            since=None,
            page=1,
            page_size=100,
            payment_request_type=row.payment_request_type or "FACTURE",
            extra=extra,
        )
        for entry in data.get("listeFactures") or []:
            if int(entry.get("idFacture", 0)) == row.invoice_id:
                return dict(entry)
        return None

    def _set(self, entry_id: int, **values: Any) -> None:
        self.database.writer.run(lambda session: _update(session, entry_id, values))

    def _commit(self, row: _Row, work: Any, kind: str, **details: Any) -> None:
        """``work(session)`` and the row's audit event, in one writer transaction."""

        def both(session: Session) -> None:
            work(session)
            append_event(
                session,
                actor="sync",
                kind=kind,
                invoice_id=row.invoice_id,
                details={"outbox": row.id, "action": row.action, **details},
            )

        self.database.writer.run(both)

    def _publish(self, row: _Row, state: str, message: str | None = None) -> None:
        self.bus.publish(OutboxChanged(row.id, row.invoice_id, state, message))

    def _conflict(
        self, row: _Row, remote: dict[str, Any] | None, evidence: dict[str, Any] | None = None
    ) -> None:
        snapshot = _json_text({"remote": remote}) if remote is not None else '{"remote":null}'
        marker = remote.get("dateHeureEtatCourant") if remote else None
        message = (
            f"remote status {remote.get('statut')} at {marker}"
            if remote
            else "invoice no longer visible on the platform"
        )
        values = {
            "state": OutboxState.CONFLICT.value,
            "remote_snapshot": snapshot,
            "last_error_code": "conflict",
            "last_error": message,
        }
        extra = {"evidence": evidence} if evidence is not None else {}
        self._commit(
            row, lambda s: _update(s, row.id, values), "sync.conflict", message=message, **extra
        )
        self._publish(row, OutboxState.CONFLICT.value, message)

    def _succeeded(
        self,
        row: _Row,
        answer: dict[str, Any],
        remote: dict[str, Any] | None,
        evidence: dict[str, Any] | None = None,
    ) -> None:
        target = _target(row.payload)
        marker = remote.get("dateHeureEtatCourant") if remote else None
        response = _json_text(answer)

        def work(session: Session) -> None:
            entry = session.get(OutboxEntry, row.id)
            assert entry is not None
            old_base = entry.base_marker
            entry.state = OutboxState.DONE.value
            entry.response = response
            entry.attempts = 0
            entry.next_attempt_at = None
            entry.last_error = None
            entry.last_error_code = None
            entry.sent_at = _now()
            invoice = session.get(Invoice, row.invoice_id)
            if invoice is not None:
                apply_platform_status(invoice, target, marker)
                invoice.history_synced_at = None  # the next pull fetches the new history
                session.flush()
                refresh_derived_fields(session, [row.invoice_id])
                clear_pending(session, invoice)
            # later rows of this invoice were queued against our own change: they take its
            # marker, or (marker not read) the status it set, checked when they are sent
            new_base = str(marker) if marker else f"{AFTER_OWN}{target}"
            session.execute(
                update(OutboxEntry)
                .where(
                    OutboxEntry.invoice_id == row.invoice_id,
                    OutboxEntry.id > row.id,
                    OutboxEntry.state.in_(SENDABLE_STATES),
                    OutboxEntry.base_marker.is_(old_base)
                    if old_base is None
                    else OutboxEntry.base_marker == old_base,
                )
                .values(base_marker=new_base)
            )

        extra = {"verified": evidence} if evidence is not None else {}
        self._commit(row, work, "sync.action_done", target=target, **extra)
        self._publish(row, OutboxState.DONE.value)

    def _needs_attention(self, row: _Row, exc: PlatformError) -> None:
        if exc.libelle == PLATFORM_REFUSAL:
            self._to_approval_queue(row, exc)
            return
        values = {
            "state": OutboxState.NEEDS_ATTENTION.value,
            "last_error_code": str(exc.code_retour),
            "last_error": exc.libelle,
            "response": _json_text(exc.body) if exc.body else None,
        }
        self._commit(
            row,
            lambda s: _update(s, row.id, values),
            "sync.action_refused",
            code=str(exc.code_retour),
            libelle=exc.libelle,
        )
        self._publish(row, OutboxState.NEEDS_ATTENTION.value, exc.libelle)

    def _to_approval_queue(self, row: _Row, exc: PlatformError) -> None:
        """APPROBATION_REQUISE: the platform's circuit wants an approver; queue it for one."""
        detail = _json_text(exc.body) if exc.body else exc.libelle

        def work(session: Session) -> None:
            entry = session.get(OutboxEntry, row.id)
            assert entry is not None
            entry.response = detail
            route_platform_refusal(session, entry, exc.libelle)

        self.database.writer.run(work)
        self._publish(row, OutboxState.DISCARDED.value, exc.libelle)

    def _failed_transiently(
        self, row: _Row, exc: BaseException, attempts: int, *, unanswered: bool = False
    ) -> float:
        delay = self.backoff.delay(attempts, retry_after_of(exc))
        if unanswered:  # the request may still be running: let it finish before verifying
            delay = max(delay, self.settle_s)
        code = getattr(exc, "key", type(exc).__name__)
        self._set(
            row.id,
            state=OutboxState.PENDING.value,
            next_attempt_at=_now() + timedelta(seconds=delay),
            last_error_code=str(code)[:40],
            last_error=str(exc)[:500],
        )
        self._publish(row, OutboxState.PENDING.value, str(exc)[:200])
        return delay

    def verify_earlier_attempt(self, row: _Row) -> Verdict:
        """Read the invoice's history: was an earlier attempt of ``row`` applied?"""
        payload = json.loads(row.payload, parse_float=Decimal)
        answer = self.client.recent_history(row.invoice_id)
        return find_our_entry(
            payload,
            status_entries(answer),
            InFlight.from_response(row.response),
            fallback_since=row.created_at or _now(),
            fallback_source=row.previous_status,
        )

    def _rebased(self, row: _Row, remote: dict[str, Any] | None) -> _Row:
        """A row queued after our own change whose marker was not read: when the platform
        still shows the status that change set, its current marker is the row's base."""
        base = row.base_marker
        if not base or not base.startswith(AFTER_OWN) or remote is None:
            return row
        if remote.get("statut") != base[len(AFTER_OWN) :]:
            return row  # someone moved it since our change: a conflict
        marker = remote.get("dateHeureEtatCourant")
        marker = str(marker) if marker else None
        self._set(row.id, base_marker=marker)
        return dataclasses.replace(row, base_marker=marker)

    def send_row(self, row: _Row, stats: SendStats) -> None:
        """Verify an earlier attempt, check for a conflict, then send ``row`` once (outcome
        recorded in the outbox and the audit trail)."""
        target = _target(row.payload)
        attempts = row.attempts + 1
        in_flight = False
        if row.state == OutboxState.INTERRUPTED.value and row.sent_at is not None:
            settled = row.sent_at + timedelta(seconds=self.settle_s)
            if settled > _now():  # a crash just now: the request may still be running
                self._set(row.id, next_attempt_at=settled)
                stats.retries += 1
                return
        try:
            remote = self.remote_entry(row)
            if row.resend:
                verdict = self.verify_earlier_attempt(row)
                if verdict.applied:
                    mine = remote if remote is not None and remote.get("statut") == target else None
                    self._succeeded(
                        row, {"verifiedApplied": verdict.evidence}, mine, verdict.evidence
                    )
                    stats.verified += 1
                    stats.sent += 1
                    stats.done_ids.append(row.id)
                    return
            else:
                verdict = None
            row = self._rebased(row, remote)
            moved = remote is None or remote.get("dateHeureEtatCourant") != row.base_marker
            if self.check_conflicts and row.base_marker is not None and moved:
                self._conflict(row, remote, verdict.evidence if verdict is not None else None)
                stats.conflicts += 1
                return
            values: dict[str, Any] = {
                "state": OutboxState.SENDING.value,
                "attempts": attempts,
                "sent_at": _now(),
            }
            if InFlight.from_response(row.response) is None or row.attempts == 0:
                flight = InFlight(
                    remote.get("statut") if remote else None,
                    remote.get("dateHeureEtatCourant") if remote else None,
                    _now(),
                )
                values["response"] = flight.to_json()
            self._set(row.id, **values)
            self._publish(row, OutboxState.SENDING.value)
            in_flight = True
            answer = self.client.process(row.payload.encode("utf-8"), row.key)
        except (AuthError, CertificateError):
            self._set(row.id, state=OutboxState.PENDING.value)
            raise
        except NotAttachedError as exc:
            self._needs_attention(row, exc)
            stats.needs_attention += 1
            return
        except Exception as exc:
            if is_transient(exc):
                unanswered = in_flight and isinstance(exc, NetworkError)
                self._failed_transiently(row, exc, attempts, unanswered=unanswered)
                stats.retries += 1
                return
            if isinstance(exc, PlatformError):
                self._needs_attention(row, exc)
                stats.needs_attention += 1
                return
            self._set(row.id, state=OutboxState.PENDING.value)
            raise
        try:  # learn the new marker (best effort: a failure only means a later rebase)
            remote = self.remote_entry(row)
        except SyncError as exc:
            log.info("marker after sending row %s not read: %s", row.id, exc)
            remote = None
        if remote is not None and remote.get("statut") != target:
            remote = None
        self._succeeded(row, answer, remote)
        stats.sent += 1
        stats.done_ids.append(row.id)

    # --- passes ---

    def send_due(
        self, *, cancel: threading.Event | None = None, wait_budget_s: float = 0.0
    ) -> SendStats:
        """Send every due row; keep going while the next retry falls within ``wait_budget_s``."""
        stats = SendStats()
        deadline = time.monotonic() + wait_budget_s
        while cancel is None or not cancel.is_set():
            rows, next_due = self.due_rows()
            for row in rows:
                if cancel is not None and cancel.is_set():
                    return stats
                self.send_row(row, stats)
            if rows:
                continue
            if next_due is None:
                return stats
            wait = (next_due - _now()).total_seconds()
            if time.monotonic() + wait > deadline:
                return stats
            if cancel is not None:
                if cancel.wait(max(0.0, wait)):
                    return stats
            else:
                time.sleep(max(0.0, wait))
        return stats
