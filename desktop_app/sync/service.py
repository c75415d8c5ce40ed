"""The application service: the one surface the window and the command line use to work
with the platform and the cache. Connection, engine, identity, queued actions (futures of the
one writer; nothing here waits on them), outbox fixes and conflicts, counts. Qt-free: outcomes
are events on the bus and message keys (the sync layer's catalogue gives the texts)."""

from __future__ import annotations

import dataclasses
import json
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.domain.actions import StatusChange
from desktop_app.domain.status_types import Role
from desktop_app.models import outbox_queries
from desktop_app.models.audit_signers import signers_path_beside, trusted_fingerprints
from desktop_app.models.database import Database
from desktop_app.models.outbox_queries import OutboxCounts
from desktop_app.models.work import BLOCKING_STATES, OutboxState
from desktop_app.sync import approvals, identity, resolution, team_mode
from desktop_app.sync.actions import WireOptions, process_payload
from desktop_app.sync.approvals import Submitted
from desktop_app.sync.credentials import (
    PasswordPrompt,
    PasswordReminder,
    SecretStore,
    password_reminder,
    unlock_certificate,
)
from desktop_app.sync.errors import SyncError, user_message
from desktop_app.sync.events import (
    CertificateExpiring,
    ConnectionChanged,
    ConnectionState,
    EventBus,
    OutboxChanged,
    SyncFinished,
)
from desktop_app.sync.identity import Identity
from desktop_app.sync.liveness import DEFAULT_EVERY_S, ONLINE_EVERY_S, LivenessWatch
from desktop_app.sync.profiles import ConnectionProfile, ProfileKind, Settings, load_settings
from desktop_app.sync.sandbox_door import SandboxManager
from desktop_app.sync.team_desk import TeamDesk
from desktop_app.sync.works_service import WorksOperations

if TYPE_CHECKING:  # the HTTP client and the engine load at the first connection (cold start)
    from desktop_app.sync.client import PlatformClient
    from desktop_app.sync.connection import Connection
    from desktop_app.sync.engine import EngineOptions, SyncEngine

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
    """Who is working (from :class:`Identity`): ``name`` is the login the audit records."""

    name: str
    role: Role
    profile: str
    display_name: str | None = None
    source: str | None = None

    @classmethod
    def of(cls, who: Identity, profile: str) -> UserInfo:
        """The user of ``who`` on ``profile``."""
        return cls(who.login, who.role, profile, who.display_name, who.source.value)


def _parse(text: str | None) -> dict[str, Any] | None:
    if not text:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return {"raw": text}
    return value if isinstance(value, dict) else {"value": value}


class AppService(WorksOperations):
    """The application service (the window's ``SyncService`` is this, with its language)."""

    OPEN_STATES = BLOCKING_STATES  # the rows that block an invoice are the ones listed

    def __init__(
        self,
        database: Database,
        bus: EventBus | None = None,
        settings_path: Path | None = None,
        secrets: SecretStore | None = None,
        language: Callable[[], str] | None = None,
    ) -> None:
        self.database = database
        self.language = language or (lambda: "fr")  # the texts of messages sent with events
        self.bus = bus or EventBus()
        self.settings_path = settings_path
        self.signers_file = signers_path_beside(settings_path)
        self.secrets = secrets or SecretStore()
        self.sandbox = SandboxManager()
        self.engine: SyncEngine | None = None
        self.connection: Connection | None = None
        self.user = UserInfo.of(identity.sandbox_demo("clerk"), "sandbox")
        self.wire = WireOptions(ipm5=True)  # the sandbox profile's traiterFactureRecue shape
        self.state = ConnectionState.OFFLINE
        self.state_detail: str | None = None
        self.password_prompt: PasswordPrompt | None = None
        self._starter: threading.Thread | None = None
        self._runner: threading.Thread | None = None
        self._restarter: threading.Thread | None = None
        self.last_finished: SyncFinished | None = None
        self._last_finished_at: datetime | None = None
        self.next_sync_at: datetime | None = None
        self.interval_s: float | None = None
        self.certificate_warning: CertificateExpiring | None = None
        self.password_warning: PasswordReminder | None = None
        self.fixed_today: date | None = None
        self.liveness: LivenessWatch | None = None
        self.probe_every_s = DEFAULT_EVERY_S
        self.probe_online_every_s = ONLINE_EVERY_S
        self.ask_before_quit = False  # the app sets it: closing with actions unsent asks
        self.bus.subscribe(self._remember)
        self.team = TeamDesk(
            database, self.bus, lambda: self.secrets, lambda: (self.user.name, self.user.role)
        )

    def _remember(self, event: object) -> None:
        """Keep the latest connection state and sync outcome (for windows opened later)."""
        if isinstance(event, ConnectionChanged):
            self.state = event.state
            self.state_detail = event.detail
        elif isinstance(event, SyncFinished):
            self.last_finished = event
            now = datetime.now(UTC)
            if not event.error_key:
                self._last_finished_at = now
            if self.interval_s is not None:
                self.next_sync_at = now + timedelta(seconds=self.interval_s)
        elif isinstance(event, CertificateExpiring):
            self.certificate_warning = event

    @property
    def last_finished_at(self) -> datetime | None:
        """When the cache was last synchronised (this session, else what the cache records)."""
        if self._last_finished_at is not None:
            return self._last_finished_at
        with self.database.read() as session:
            return outbox_queries.last_success_at(session)

    def pending_count(self) -> int:
        """Actions still to send (pending, being sent, interrupted)."""
        with self.database.read() as session:
            return outbox_queries.unsent_count(session)

    def outbox_counts(self) -> OutboxCounts:
        """Open actions still to go and those needing the user (one COUNT)."""
        with self.database.read() as session:
            return outbox_queries.outbox_counts(session)

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
                    self.interval_s = float(interval)
                    self.engine.start_background(float(interval))
                    self._watch()
            except SyncError as exc:
                state = (
                    ConnectionState.AUTH_ERROR
                    if exc.key.startswith(("cert.", "auth.", "profile."))
                    else ConnectionState.OFFLINE
                )
                if exc.key == "cert.expired":  # the last reminder: expired, what to do
                    self.bus.publish(CertificateExpiring(-1, str(exc.params.get("not_after"))))
                self._publish_state(state, exc.user_message(self.language()))
            except Exception:  # the window must open whatever happens here
                log.exception("sync start failed")
                self._publish_state(
                    ConnectionState.OFFLINE, user_message("sync.start_failed", self.language())
                )

        self._starter = threading.Thread(target=work, name="sync-start", daemon=True)
        self._starter.start()

    def prepare_identity(self, profile: str | None = None) -> Identity:
        """Establish who is working before the window opens (GUI thread: the certificate
        password may be asked through :attr:`password_prompt`). Never raises: a certificate
        that cannot be opened leaves the OS account, and the connection then says why."""
        try:
            chosen = self.load_profiles().profile(profile)
        except SyncError as exc:
            log.warning("profile unreadable, identity from the OS account: %s", exc.key)
            who = identity.from_os_account()
            self.user = UserInfo.of(who, profile or "sandbox")
            return who
        certificate = None
        if chosen.certificate_path:
            try:
                certificate = unlock_certificate(
                    Path(chosen.certificate_path),
                    self.secrets,
                    prompt=self.password_prompt,
                    remember=True,  # as an import: the keyring when there is one
                ).certificate
            except SyncError as exc:
                log.info("certificate not opened before the window: %s", exc.key)
        who = self._identity_of(chosen, certificate)
        self.user = UserInfo.of(who, chosen.name)
        self._track_password(chosen)
        return who

    def _track_password(self, chosen: ConnectionProfile) -> None:
        """The technical account's password reminder (None: not due, or date unknown)."""
        self.password_warning = (
            password_reminder(date.fromisoformat(chosen.password_set_on), self.today())
            if chosen.password_set_on and chosen.kind is not ProfileKind.SANDBOX
            else None
        )

    def _identity_of(self, chosen: ConnectionProfile, certificate: Any) -> Identity:
        if chosen.kind is ProfileKind.SANDBOX and certificate is None:
            return identity.sandbox_demo(chosen.sandbox_user)
        who = identity.establish(certificate)
        if chosen.kind is ProfileKind.SANDBOX and who.login in identity.DEMO_USERS:
            return dataclasses.replace(who, display_name=identity.DEMO_USERS[who.login][0])
        return who

    def connect(self, profile: str | None = None) -> None:
        """Open the connection of ``profile`` and build the engine (blocking)."""
        from desktop_app.sync.connection import open_connection
        from desktop_app.sync.sandbox_door import import_sandbox_configuration
        from desktop_app.sync.works import works_enabled

        settings = self.load_profiles()
        chosen = settings.profile(profile)
        on_gui = threading.current_thread() is threading.main_thread()
        connection = open_connection(
            chosen,
            self.secrets,
            sandbox=self.sandbox,
            prompt=self.password_prompt if on_gui else None,  # never a dialog off the GUI thread
        )
        self.use_client(connection.client, chosen.files, profile=chosen.name)
        self.wire = chosen.wire()
        self.connection = connection
        if chosen.kind is ProfileKind.SANDBOX:
            try:
                import_sandbox_configuration(self.database, self.sandbox.info(chosen))
            except SyncError as exc:  # the demo still runs with the default rules
                log.warning("sandbox approval configuration not imported: %s", exc)
        certificate = connection.identity.certificate if connection.identity else None
        self.user = UserInfo.of(self._identity_of(chosen, certificate), chosen.name)
        self.enable_works(
            works_enabled(chosen.works, chosen.kind is ProfileKind.SANDBOX, self.user.name)
        )
        self._track_password(chosen)
        self.start_team()
        if connection.warning is not None:
            self.bus.publish(
                CertificateExpiring(connection.warning.days_left, connection.warning.not_after)
            )

    def start_team(self) -> None:
        """Start the team link when the machine configuration names a team store (none in
        solo mode); its state and notices then come as events."""
        team_mode.start_for(self.database, self.secrets, self.bus)

    def _watch(self) -> None:
        """Probe the platform between runs (offline told within seconds, outbox on return)."""
        if self.liveness is None:
            self.liveness = LivenessWatch(
                self._probe,
                lambda: self.state,
                self._publish_state,
                self.send_soon,
                self.probe_every_s,
                self.probe_online_every_s,
            )
        self.liveness.start()

    def _probe(self) -> None:
        engine = self.engine
        if engine is not None:
            engine.client.probe()

    def send_soon(self) -> None:
        """Run a sync at once (an action was queued, or the platform is back)."""
        engine = self.engine
        if engine is not None and self.interval_s is not None:
            engine.trigger()
        else:
            self.sync_now()

    def use_client(
        self,
        client: PlatformClient,
        files: str = "background",
        *,
        profile: str = "sandbox",
        options: EngineOptions | None = None,
    ) -> SyncEngine:
        """Sync through ``client``: the one place an engine is built (the window's
        connection, the command line, tests with a sandbox's connect info). ``options``
        (the command line's page size, back-off...) get this machine's audit signers file."""
        from desktop_app.sync.engine import EngineOptions, SyncEngine

        options = dataclasses.replace(
            options or EngineOptions(), files=files, signers_file=self.signers_file
        )
        self.engine = SyncEngine(self.database, client, self.bus, options)
        self.user = dataclasses.replace(self.user, profile=profile)
        return self.engine

    def wait_started(self, timeout: float = 60.0) -> None:
        """Wait for :meth:`start`'s (or :meth:`restart`'s) connection attempt to finish."""
        if self._restarter is not None:
            self._restarter.join(timeout)
        if self._starter is not None:
            self._starter.join(timeout)

    def sync_now(self) -> None:
        """Run a synchronisation now, on a worker thread; the outcome comes as events."""
        engine = self.engine
        if engine is None:
            self.bus.publish(
                SyncFinished(
                    error_key="sync.not_connected",
                    error_message=user_message("sync.not_connected", self.language()),
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

    def disconnect(self) -> None:
        """Stop the engine and the probe, close the connection (the sandbox keeps running)."""
        if self.liveness is not None:
            self.liveness.stop()
        if self.engine is not None:
            self.engine.stop()
        self.wait_idle(30)
        if self.connection is not None:
            self.connection.close()
        self.engine = None
        self.connection = None
        self.next_sync_at = None

    def apply_settings(self, profile: str | None = None) -> None:
        """The settings were saved: the identity follows at once; a running connection is
        reopened with them (nothing connects when the sync was never started)."""
        if self._starter is None:
            self.prepare_identity(profile)
        else:
            self.restart(profile)
        if self.state is ConnectionState.AUTH_ERROR:  # being retried with the new settings
            self._publish_state(ConnectionState.OFFLINE, None)
        else:  # who-dependent views (status bar, circuit editor) refresh
            self._publish_state(self.state, self.state_detail)

    def restart(self, profile: str | None = None) -> None:
        """Reconnect with the saved settings (profile, certificate or demo user changed):
        the identity follows at once (calling thread), the connection in the background."""
        self.prepare_identity(profile)
        previous = self._starter

        def work() -> None:
            if previous is not None:
                previous.join(60)
            self.disconnect()
            self.start(profile)

        self._restarter = threading.Thread(target=work, name="sync-restart", daemon=True)
        self._restarter.start()

    def stop(self) -> None:
        """Stop the engine, close the connection, stop a sandbox started here."""
        self.disconnect()
        team_mode.stop_for(self.database)
        self.sandbox.stop()

    def _publish_state(self, state: ConnectionState, detail: str | None = None) -> None:
        self.state = state
        self.bus.publish(ConnectionChanged(state, detail))

    # -- actions ---------------------------------------------------------------------------
    def queue(self, invoice_id: int, change: StatusChange) -> Future[Submitted]:
        """Queue a validated action, or make it an approval request (the entity's circuit);
        a queued action leaves at once when connected."""
        future = approvals.submit_action(
            self.database,
            invoice_id,
            change,
            user=self.user.name,
            role=self.user.role,
            day=self.today(),
            wire=self.wire,
        )
        future.add_done_callback(self._send_if_queued)
        return future

    def _send_if_queued(self, future: Future[Any]) -> None:
        if future.exception() is None and self.engine is not None and self.interval_s:
            self.send_soon()

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
        future = approvals.decide(
            self.database,
            request_ids,
            approve=approve,
            user=self.user.name,
            role=self.user.role,
            comment=comment,
            day=self.today(),
        )
        future.add_done_callback(self._send_if_queued)
        return future

    def outbox_rows(self) -> list[OutboxRow]:
        """Rows still open (pending, needs attention, conflict...), oldest first."""
        with self.database.read() as session:
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
                for entry, number, supplier, status in outbox_queries.open_rows(session)
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
            invoice_id = outbox_queries.invoice_of_entry(session, entry_id)
        if invoice_id is None:
            raise LookupError(entry_id)
        return invoice_id

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
