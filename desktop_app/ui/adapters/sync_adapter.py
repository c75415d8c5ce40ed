"""The one place the UI calls the sync layer: connection, engine, outbox fixes, conflicts."""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop_app.domain.actions import StatusChange
from desktop_app.domain.status_types import Role
from desktop_app.models.audit_signers import signers_path_beside, trusted_fingerprints
from desktop_app.models.database import Database
from desktop_app.models.invoices import Invoice
from desktop_app.models.work import OutboxEntry, OutboxState
from desktop_app.sync import approvals, resolution
from desktop_app.sync.actions import WireOptions, process_payload
from desktop_app.sync.approvals import Submitted
from desktop_app.sync.client import PlatformClient
from desktop_app.sync.connection import Connection, open_connection
from desktop_app.sync.credentials import PasswordPrompt, SecretStore
from desktop_app.sync.engine import EngineOptions, SyncEngine
from desktop_app.sync.errors import SyncError
from desktop_app.sync.events import (
    CertificateExpiring,
    ConnectionChanged,
    ConnectionState,
    EventBus,
    OutboxChanged,
    SyncFinished,
)
from desktop_app.sync.profiles import ProfileKind, Settings, load_settings
from desktop_app.sync.sandbox_door import SandboxManager, import_sandbox_configuration
from desktop_app.ui.i18n import current_language

log = logging.getLogger(__name__)


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
    last_error_code: str | None = None  # codeRetour of a refusal, a message key, or "fixed"


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

    def __init__(
        self,
        database: Database,
        bus: EventBus | None = None,
        settings_path: Path | None = None,
        secrets: SecretStore | None = None,
    ) -> None:
        self.database = database
        self.bus = bus or EventBus()
        self.settings_path = settings_path
        self.signers_file = signers_path_beside(settings_path)
        self.secrets = secrets or SecretStore()
        self.sandbox = SandboxManager()
        self.engine: SyncEngine | None = None
        self.connection: Connection | None = None
        self.user = UserInfo(name="clerk", role=Role.CLERK, profile="sandbox")
        self.wire = WireOptions(ipm5=True)  # the sandbox profile's traiterFactureRecue shape
        self.state = ConnectionState.OFFLINE
        self.password_prompt: PasswordPrompt | None = None
        self._starter: threading.Thread | None = None
        self._runner: threading.Thread | None = None
        self.last_finished: SyncFinished | None = None
        self.last_finished_at: datetime | None = None
        self.fixed_today: date | None = None
        self.bus.subscribe(self._remember)

    def _remember(self, event: object) -> None:
        """Keep the latest connection state and sync outcome (for windows opened later)."""
        if isinstance(event, ConnectionChanged):
            self.state = event.state
        elif isinstance(event, SyncFinished):
            self.last_finished = event
            if not event.error_key:
                self.last_finished_at = datetime.now()

    def trusted_anchor_signers(self) -> frozenset[str] | None:
        """Certificates that signed audit anchors on this machine (None: none yet)."""
        return trusted_fingerprints(self.signers_file)

    # -- engine ----------------------------------------------------------------------------
    def load_profiles(self) -> Settings:
        """The connection settings (built-in, machine presets, the user's file)."""
        return load_settings(self.settings_path)

    def start(self, profile: str | None = None, *, background: bool = True) -> None:
        """Connect with ``profile`` (the sandbox starts if needed) and sync in the background.

        Runs on a thread so the window shows at once; failures arrive as
        ``ConnectionChanged`` events with the sync layer's readable message.
        """

        def work() -> None:
            try:
                self.connect(profile)
                if background and self.engine is not None:
                    interval = self.connection.profile.interval_s if self.connection else 300
                    self.engine.start_background(float(interval))
            except SyncError as exc:
                state = (
                    ConnectionState.AUTH_ERROR
                    if exc.key.startswith("cert.")
                    else ConnectionState.OFFLINE
                )
                self._publish_state(state, exc.user_message(current_language()))
            except Exception as exc:  # the window must open whatever happens here
                log.exception("sync start failed")
                self._publish_state(ConnectionState.OFFLINE, str(exc)[:200])

        self._starter = threading.Thread(target=work, name="sync-start", daemon=True)
        self._starter.start()

    def connect(self, profile: str | None = None) -> None:
        """Open the connection of ``profile`` and build the engine (blocking)."""
        settings = self.load_profiles()
        chosen = settings.profile(profile)
        connection = open_connection(
            chosen, self.secrets, sandbox=self.sandbox, prompt=self.password_prompt
        )
        self.use_client(connection.client, chosen.files, profile=chosen.name)
        self.wire = chosen.wire()
        self.connection = connection
        if chosen.kind is ProfileKind.SANDBOX:
            try:
                import_sandbox_configuration(self.database, self.sandbox.info(chosen))
            except SyncError as exc:  # the demo still runs with the default rules
                log.warning("sandbox approval configuration not imported: %s", exc)
        user = chosen.sandbox_user if chosen.kind is ProfileKind.SANDBOX else "user"
        self.user = UserInfo(name=user, role=_role_of(user), profile=chosen.name)
        if connection.warning is not None:
            self.bus.publish(
                CertificateExpiring(connection.warning.days_left, connection.warning.not_after)
            )

    def use_client(
        self, client: PlatformClient, files: str = "background", *, profile: str = "sandbox"
    ) -> SyncEngine:
        """Sync through ``client`` (tests pass one built from a sandbox's connect info)."""
        options = EngineOptions(files=files, signers_file=self.signers_file)
        self.engine = SyncEngine(self.database, client, self.bus, options)
        self.user = UserInfo(name=self.user.name, role=self.user.role, profile=profile)
        return self.engine

    def wait_started(self, timeout: float = 60.0) -> None:
        """Wait for :meth:`start`'s connection attempt to finish."""
        if self._starter is not None:
            self._starter.join(timeout)

    def sync_now(self) -> None:
        """Run a synchronisation now, on a worker thread; the outcome comes as events."""
        engine = self.engine
        if engine is None:
            self.bus.publish(
                SyncFinished(
                    error_key="sync.not_connected",
                    error_message=_not_connected_message(),
                )
            )
            return
        if self._runner is not None and self._runner.is_alive():
            return
        self._runner = threading.Thread(target=engine.run_once, name="sync-now", daemon=True)
        self._runner.start()

    def wait_idle(self, timeout: float = 60.0) -> None:
        """Wait for a :meth:`sync_now` run to finish."""
        if self._runner is not None:
            self._runner.join(timeout)

    def stop(self) -> None:
        """Stop the engine, close the connection, stop a sandbox started here."""
        if self.engine is not None:
            self.engine.stop()
        self.wait_idle(30)
        if self.connection is not None:
            self.connection.close()
        self.engine = None
        self.connection = None
        self.sandbox.stop()

    def _publish_state(self, state: ConnectionState, detail: str | None = None) -> None:
        self.state = state
        self.bus.publish(ConnectionChanged(state, detail))

    # -- actions ---------------------------------------------------------------------------
    def queue(self, invoice_id: int, change: StatusChange) -> Future[Submitted]:
        """Queue a validated action, or make it an approval request (the entity's circuit)."""
        return approvals.submit_action(
            self.database,
            invoice_id,
            change,
            user=self.user.name,
            role=self.user.role,
            day=self.today(),
            wire=self.wire,
        )

    def today(self) -> date:
        """The day approval rules are judged on (tests may fix it)."""
        return self.fixed_today or date.today()

    def approval_requests(self) -> list[approvals.RequestView]:
        """Pending requests the current user may decide today."""
        with self.database.read() as session:
            return approvals.pending_requests(session, self.user.name, self.user.role, self.today())

    def pending_approval_count(self) -> int:
        """Every pending request, whoever decides it."""
        with self.database.read() as session:
            return len(
                approvals.pending_requests(
                    session, self.user.name, self.user.role, self.today(), all_users=True
                )
            )

    def decide(
        self, request_ids: list[int], *, approve: bool, comment: str | None
    ) -> Future[approvals.DecisionOutcome]:
        """Approve (queue under the current user's name) or refuse requests."""
        return approvals.decide(
            self.database,
            request_ids,
            approve=approve,
            user=self.user.name,
            role=self.user.role,
            comment=comment,
            day=self.today(),
        )

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
                    remote_snapshot=resolution.remote_version(entry)
                    or _parse(entry.remote_snapshot),
                    current_status=status,
                    previous_status=entry.previous_status,
                    last_error_code=entry.last_error_code,
                )
                for entry, number, supplier, status in session.execute(query)
            ]

    def _announce(
        self, entry_id: int, invoice_id: int, state: str
    ) -> Callable[[Future[int]], None]:
        def callback(future: Future[int]) -> None:
            if future.exception() is None:
                self.bus.publish(OutboxChanged(entry_id, invoice_id, state))

        return callback

    def _invoice_of(self, entry_id: int) -> int:
        with self.database.read() as session:
            entry = session.get(OutboxEntry, entry_id)
            if entry is None:
                raise LookupError(entry_id)
            return int(entry.invoice_id)

    def discard(self, entry_id: int) -> Future[int]:
        """Give up an action: the invoice goes back to its previous status."""
        invoice_id = self._invoice_of(entry_id)
        future = resolution.discard(self.database, entry_id, actor=self.user.name)
        future.add_done_callback(self._announce(entry_id, invoice_id, OutboxState.DISCARDED.value))
        return future

    def resolve_conflict(self, entry_id: int, keep_mine: bool) -> Future[int]:
        """Keep mine (resend against their current version) or take theirs (drop mine)."""
        invoice_id = self._invoice_of(entry_id)
        if keep_mine:
            future = resolution.keep_mine(self.database, entry_id, actor=self.user.name)
            state = OutboxState.PENDING.value
        else:
            future = resolution.take_theirs(self.database, entry_id, actor=self.user.name)
            state = OutboxState.DISCARDED.value
        future.add_done_callback(self._announce(entry_id, invoice_id, state))
        return future

    def fix_and_resend(self, entry_id: int, invoice_id: int, change: StatusChange) -> Future[int]:
        """Correct a refused action (same row, new payload and key), pending again."""
        future = resolution.fix_and_resend(
            self.database,
            entry_id,
            process_payload(invoice_id, change, self.wire),
            user=self.user.name,
        )
        future.add_done_callback(self._announce(entry_id, invoice_id, OutboxState.PENDING.value))
        return future


def _role_of(user: str) -> Role:
    lowered = user.lower()
    if "admin" in lowered:
        return Role.ADMIN
    if "manager" in lowered or "responsable" in lowered:
        return Role.MANAGER
    return Role.CLERK


def _not_connected_message() -> str:
    from desktop_app.ui.qt import QCoreApplication

    return QCoreApplication.translate("SyncService", "Pas encore connecté à la plateforme.")
