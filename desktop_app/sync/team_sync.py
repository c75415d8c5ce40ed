"""The team store link of one desktop: push the queue, pull the changes, listen for more.

:meth:`TeamSync.sync_once` sends every queued operation (oldest first; each answer applied
locally in the transaction that marks it done) and then reads what changed since the last
change seen (``team.change_log``). :meth:`TeamSync.start` runs that in a thread, woken by
PostgreSQL ``NOTIFY invoice_desk_team`` (``LISTEN``), with a short poll as a safety net and a
reconnect after an outage: nothing is lost while the store is away, the queue just waits.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import psycopg
from sqlalchemy import select

from desktop_app.domain.approvals import ApprovalCircuit
from desktop_app.domain.errors import DomainError, PermissionDenied
from desktop_app.models.database import Database
from desktop_app.models.team_local import TeamQueueOp, get_state, pending_ops, set_state
from desktop_app.models.team_schema import TeamSchemaError
from desktop_app.sync import team_store
from desktop_app.sync.team_ops import queue_anchor_copy
from desktop_app.sync.team_results import Snapshot, TeamNotice, apply_result, apply_snapshot

log = logging.getLogger(__name__)
CIRCUIT_TABLES = frozenset({"structures", "thresholds", "approvers", "delegations"})
#: Errors that mean "the store is not reachable now": the queue waits and we retry.
OFFLINE = (psycopg.OperationalError, psycopg.InterfaceError)
#: libpq's words (English, as the server and libpq write them) -> what the person is told.
_REASONS = (
    ("no password supplied", "team.password_needed"),
    ("password authentication failed", "team.password_refused"),
    ("does not exist", "team.no_role"),  # role or database unknown to the server
    ("no pg_hba.conf entry", "team.not_allowed"),
    ("permission denied", "team.not_allowed"),
    ("certificate", "team.certificate"),
    ("ssl", "team.certificate"),
    ("gssapi", "team.kerberos"),
)
#: Reasons that need the person (a password), not just the network back.
PASSWORD_REASONS = frozenset({"team.password_needed", "team.password_refused"})


def offline_reason(exc: BaseException) -> str:
    """The message key of a failed connection (``team.unreachable`` when nothing better)."""
    text = str(exc).lower()
    for words, key in _REASONS:
        if words in text:
            return key
    return "team.unreachable"


@dataclass(frozen=True, slots=True)
class TeamSyncResult:
    """One round: online or not, operations answered, changes read, notices for the user."""

    online: bool
    pushed: int = 0
    changes: int = 0
    notices: tuple[TeamNotice, ...] = ()
    error: str | None = None


class TeamSync:
    """One desktop's link to the team store as one person (their own database role)."""

    def __init__(
        self,
        database: Database,
        conninfo: str,
        user: str,
        *,
        poll_s: float = 2.0,
        on_notice: Callable[[TeamNotice], None] | None = None,
        on_changed: Callable[[tuple[int, ...]], None] | None = None,
        on_status: Callable[[TeamSyncResult], None] | None = None,
    ) -> None:
        self.database = database
        self.conninfo = conninfo
        self.user = user
        self.poll_s = poll_s
        self.on_notice = on_notice
        self.on_changed = on_changed  # invoice ids whose team state (claims, requests) changed
        self.on_status = on_status  # each round's outcome (the window's team indicator)
        self.last_result: TeamSyncResult | None = None
        self._touched: set[int] = set()
        self._conn: psycopg.Connection[Any] | None = None
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._reconnect = threading.Event()  # the listener reconnects (new conninfo)
        self._thread: threading.Thread | None = None
        self._circuits_loaded = False  # re-read once per process (a sandbox import may differ)

    # -- one round ---------------------------------------------------------------------------

    def _connection(self) -> psycopg.Connection[Any]:
        if self._conn is None or self._conn.closed:
            self._conn = team_store.connect(self.conninfo)
        return self._conn

    def _drop(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(*OFFLINE):  # closing a dead connection
                self._conn.close()
        self._conn = None

    def push(self) -> tuple[int, list[TeamNotice]]:
        """Send queued operations until the queue is empty (raises when offline)."""
        conn = self._connection()
        self.database.writer.run(lambda s: queue_anchor_copy(s, self.user))
        pushed, notices = 0, list[TeamNotice]()
        while True:
            with self.database.read() as session:
                batch = [(op.id, op.op_key, op.kind, op.body()) for op in pending_ops(session)]
            if not batch:
                return pushed, notices
            for op_id, op_key, kind, body in batch:
                result = team_store.apply_op(conn, op_key, kind, body)
                if isinstance(body.get("invoice_id"), int):
                    self._touched.add(body["invoice_id"])
                notice = self.database.writer.run(
                    lambda s, i=op_id, r=result: apply_result(s, i, r)  # type: ignore[misc]
                )
                pushed += 1
                if notice is not None:
                    notices.append(notice)

    def pull(self) -> tuple[int, list[TeamNotice]]:
        """Read what changed since the last change seen and mirror it (raises when offline)."""
        conn = self._connection()
        with self.database.read() as session:
            seen = get_state(session, "last_seq")
        first = seen is None or not self._circuits_loaded  # the team's circuit wins locally
        changes = team_store.changes_since(conn, int(seen or 0))
        if not first and not changes.tables:
            return 0, []
        snapshot = Snapshot(
            requests=team_store.fetch_requests(conn, changes.invoice_ids),
            assignments=(
                team_store.fetch_assignments(conn)
                if first or "assignments" in changes.tables
                else None
            ),
            notes=(
                team_store.fetch_notes(conn, changes.invoice_ids)
                if "notes" in changes.tables
                else []
            ),
            circuits=(
                team_store.fetch_circuits(conn)
                if first or changes.tables & CIRCUIT_TABLES
                else None
            ),
            searches=(
                team_store.fetch_saved_searches(conn)
                if first or "saved_searches" in changes.tables
                else None
            ),
            login=self.user,
        )

        def work(session: Any) -> list[TeamNotice]:
            notices = apply_snapshot(session, snapshot)
            set_state(session, "last_seq", str(changes.last_seq))
            return notices

        notices: list[TeamNotice] = self.database.writer.run(work)
        self._circuits_loaded = True
        self._touched.update(changes.invoice_ids)
        return len(changes.tables), notices

    def sync_once(self) -> TeamSyncResult:
        """Push then pull; an unreachable store is an answer (``online=False``), not an error."""
        result = self._sync_once()
        self.last_result = result
        if self.on_status is not None:
            self.on_status(result)
        return result

    def use_conninfo(self, conninfo: str) -> None:
        """Connect with ``conninfo`` from now on (a password typed in the window)."""
        with self._lock:
            self.conninfo = conninfo
            self._drop()
        self._reconnect.set()
        self.wake()

    def _sync_once(self) -> TeamSyncResult:
        with self._lock:
            for attempt in (1, 2):  # a connection the server dropped (restart) is retried once
                reused = self._conn is not None and not self._conn.closed
                try:
                    pushed, pushed_notices = self.push()
                    changes, pulled_notices = self.pull()
                    break
                except OFFLINE as exc:
                    self._drop()
                    if attempt == 1 and reused:
                        continue
                    return TeamSyncResult(False, error=offline_reason(exc))
                except TeamSchemaError as exc:
                    self._drop()
                    return TeamSyncResult(False, error=exc.key)
        notices = (*pushed_notices, *pulled_notices)
        for notice in notices:
            log.info("team notice %s on invoice %s", notice.key, notice.invoice_id)
            if self.on_notice is not None:
                self.on_notice(notice)
        touched, self._touched = tuple(sorted(self._touched)), set()
        if touched and self.on_changed is not None:
            self.on_changed(touched)
        return TeamSyncResult(True, pushed, changes, notices)

    def store_settings(
        self, structure_id: int, circuit: ApprovalCircuit | None, entity_kind: str
    ) -> None:
        """Write one structure's circuit (``None``: its payment category only) to the team
        store now, as this person: raises ``team.circuit_denied`` when the server refuses
        (not an administrator) and ``team.circuit_offline`` when it cannot be reached."""
        with self._lock:
            for attempt in (1, 2):  # a connection the server dropped (restart) is retried once
                reused = self._conn is not None and not self._conn.closed
                try:
                    conn = self._connection()
                    if circuit is None:
                        team_store.store_entity_kind(conn, structure_id, entity_kind)
                    else:
                        team_store.store_circuit(
                            conn, structure_id, circuit, entity_kind=entity_kind
                        )
                    break
                except team_store.DENIALS as exc:
                    raise PermissionDenied(
                        "team.circuit_denied", user=self.user, detail=str(exc)[:200]
                    ) from exc
                except OFFLINE as exc:
                    self._drop()
                    if attempt == 1 and reused:
                        continue
                    raise DomainError("team.circuit_offline", reason=offline_reason(exc)) from exc
                except TeamSchemaError as exc:
                    self._drop()
                    raise DomainError("team.circuit_offline", reason=exc.key) from exc
        self.wake()

    def pending_count(self) -> int:
        """Operations still waiting for the store."""
        with self.database.read() as session:
            return len(
                session.scalars(select(TeamQueueOp.id).where(TeamQueueOp.state == "pending")).all()
            )

    # -- background thread ------------------------------------------------------------------

    def wake(self) -> None:
        """Something was queued: push it without waiting for the next poll."""
        self._wake.set()

    def start(self) -> None:
        """Run in a thread until :meth:`stop`, woken by NOTIFY, polling every ``poll_s``."""
        self._thread = threading.Thread(target=self._run, name="team-sync", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop the thread and close the connections."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout=10)
        with self._lock:
            self._drop()

    def _run(self) -> None:
        listener: psycopg.Connection[Any] | None = None
        while not self._stop.is_set():
            try:
                if listener is not None and self._reconnect.is_set():
                    listener.close()
                self._reconnect.clear()
                if listener is None or listener.closed:
                    listener = psycopg.connect(self.conninfo, autocommit=True)
                    listener.execute("LISTEN invoice_desk_team")
                self.sync_once()
                self._wait(listener)
            except OFFLINE as exc:
                if listener is not None:
                    listener.close()
                listener = None
                if not self.sync_once().online:  # tell why (the listener failed first)
                    log.info("team store offline: %s", offline_reason(exc))
                self._wait_offline(offline_reason(exc))
            except Exception:  # pragma: no cover - logged and retried, never silent
                log.exception("team sync round failed")
                self._stop.wait(self.poll_s)
        if listener is not None:
            listener.close()

    def _wait_offline(self, reason: str) -> None:
        """Before the next attempt: a refused password waits for a new one (or a minute),
        an unreachable store is tried again within a second or two."""
        pause = 60.0 if reason in PASSWORD_REASONS else min(self.poll_s, 1.0)
        self._wake.clear()
        waited = 0.0
        while waited < pause and not self._stop.is_set() and not self._wake.is_set():
            self._stop.wait(0.2)
            waited += 0.2

    def _wait(self, listener: psycopg.Connection[Any]) -> None:
        """Until a notification, a local wake-up, the poll interval or stop."""
        waited = 0.0
        step = 0.2
        self._wake.clear()
        while waited < self.poll_s and not self._stop.is_set() and not self._wake.is_set():
            for _ in listener.notifies(timeout=step, stop_after=1):
                return
            waited += step
