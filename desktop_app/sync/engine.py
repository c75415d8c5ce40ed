"""SyncEngine: one run (pull, send the outbox, confirm, fetch documents) and the background
schedule. No Qt: everything the UI needs arrives as events on the :class:`EventBus`.

Network work uses a small thread pool (inside the pull and the document fetcher); database
writes only go through the single writer. Offline is a normal state: a network failure
publishes ``ConnectionChanged(OFFLINE)`` and the next run retries.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.models.database import Database
from desktop_app.sync.audit_anchoring import DEFAULT_EVERY, anchor_if_due
from desktop_app.sync.backoff import Backoff
from desktop_app.sync.client import PlatformClient
from desktop_app.sync.errors import (
    AuthError,
    CertificateError,
    NetworkError,
    SyncCancelled,
    SyncError,
    TransientPlatformError,
)
from desktop_app.sync.events import (
    CertificateExpiring,
    ConnectionChanged,
    ConnectionState,
    EventBus,
    SyncFinished,
)
from desktop_app.sync.files import DocumentFetcher
from desktop_app.sync.outbox_sender import OutboxSender
from desktop_app.sync.pull import Puller, PullOptions
from desktop_app.sync.works import WorksSync

log = logging.getLogger(__name__)


@dataclass
class EngineOptions:
    """What a run does."""

    files: str = "background"  # none | lazy | background
    file_format: str = "XML"
    pull: PullOptions = field(default_factory=PullOptions)
    outbox_backoff: Backoff = field(default_factory=Backoff)
    outbox_wait_budget_s: float = 0.0
    check_conflicts: bool = True
    anchor_every: int = DEFAULT_EVERY  # audit events between signed anchors (certificate mode)
    signers_file: Path | None = None  # where anchor signers are remembered (audit_signers)
    works: bool = False  # pull works statements and send MOE/MOA actions (sync/works.py)


class SyncEngine:
    """Runs syncs on demand or in the background; see the module docstring."""

    def __init__(
        self,
        database: Database,
        client: PlatformClient,
        bus: EventBus | None = None,
        options: EngineOptions | None = None,
    ) -> None:
        self.database = database
        self.client = client
        self.bus = bus or EventBus()
        self.options = options or EngineOptions()
        self.cancel_event = threading.Event()
        self._run_lock = threading.Lock()
        self._trigger = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._recovered = False
        self.state = ConnectionState.OFFLINE
        self.sender = OutboxSender(
            client,
            database,
            self.bus,
            backoff=self.options.outbox_backoff,
            check_conflicts=self.options.check_conflicts,
        )

    # --- state ---

    def _set_state(self, state: ConnectionState, detail: str | None = None) -> None:
        if state != self.state or detail:
            self.state = state
            self.bus.publish(ConnectionChanged(state, detail))

    def _retrying(self, exc: BaseException, delay_s: float) -> None:
        """A call of the run failed and waits to be retried: the platform is unreachable now,
        so say so at once (the run ends ONLINE if a retry gets through)."""
        if isinstance(exc, NetworkError | TransientPlatformError):
            self._set_state(ConnectionState.OFFLINE, exc.user_message())

    def warn_certificate(self, days_left: int, not_after: str) -> None:
        """Publish the certificate expiry reminder."""
        self.bus.publish(CertificateExpiring(days_left, not_after))

    # --- one run ---

    def run_once(self, *, cancel: threading.Event | None = None) -> SyncFinished:
        """Pull, send due outbox rows, confirm what was sent, fetch documents, then sign an
        audit anchor over events not yet anchored (certificate mode). Never raises a
        platform/network error: the outcome is in the returned (and published) event."""
        cancel = cancel or self.cancel_event
        with self._run_lock:
            result = self._run(cancel)
            try:
                self._anchor(end_of_run=True)
            except BaseException:
                self.bus.publish(result)  # the run's outcome still reaches the UI
                raise
        self.bus.publish(result)
        return result

    def _anchor(self, *, end_of_run: bool = False) -> None:
        """Sign an audit anchor when due; only with a certificate key (none in PISTE mode)."""
        anchor_if_due(
            self.database,
            self.client.settings.identity,
            self.options.anchor_every,
            end_of_run=end_of_run,
            signers_file=self.options.signers_file,
        )

    def _run(self, cancel: threading.Event) -> SyncFinished:
        self._set_state(ConnectionState.SYNCING)
        try:
            if not self._recovered:
                self.sender.recover()
                self._recovered = True
            puller = Puller(
                self.client, self.database, self.bus, self.options.pull, cancel, self._retrying
            )
            stats = puller.run()
            self._anchor()
            sent = self.sender.send_due(
                cancel=cancel, wait_budget_s=self.options.outbox_wait_budget_s
            )
            self._anchor()
            if sent.sent:  # let the platform confirm our changes right away
                confirm = Puller(
                    self.client, self.database, self.bus, self.options.pull, cancel, self._retrying
                )
                stats.add(confirm.run())
            if self.options.works:  # works invoices (MOE / MOA): off unless enabled
                WorksSync(self.client, self.database, cancel).run()
            if self.options.files == "background":
                DocumentFetcher(
                    self.client,
                    self.database,
                    fmt=self.options.file_format,
                    backoff=self.options.pull.backoff,
                    cancel=cancel,
                ).fetch_pending()
        except SyncCancelled as exc:
            self._set_state(ConnectionState.ONLINE)
            return SyncFinished(error_key=exc.key, error_message=str(exc))
        except (NetworkError, TransientPlatformError) as exc:
            self._set_state(ConnectionState.OFFLINE, exc.user_message())
            return SyncFinished(error_key=exc.key, error_message=exc.user_message())
        except (AuthError, CertificateError) as exc:
            self._set_state(ConnectionState.AUTH_ERROR, exc.user_message())
            return SyncFinished(error_key=exc.key, error_message=exc.user_message())
        except SyncError as exc:
            self._set_state(ConnectionState.ONLINE)
            log.warning("sync run failed: %s", exc)
            return SyncFinished(error_key=exc.key, error_message=exc.user_message())
        self._set_state(ConnectionState.ONLINE)
        return SyncFinished(stats.new, stats.changed, sent.sent)

    # --- background ---

    def trigger(self) -> None:
        """Ask for a run as soon as possible (e.g. the user pressed "Synchronise")."""
        self._trigger.set()

    def start_background(self, interval_s: float = 300.0) -> None:
        """Run every ``interval_s`` seconds (and on :meth:`trigger`) on a daemon thread."""
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop.clear()
        self._thread = threading.Thread(
            target=self._loop, args=(interval_s,), name="sync-engine", daemon=True
        )
        self._thread.start()
        self.trigger()

    def _loop(self, interval_s: float) -> None:
        while not self._stop.is_set():
            self._trigger.wait(interval_s)
            self._trigger.clear()
            if self._stop.is_set():
                break
            self.cancel_event.clear()
            try:
                self.run_once()
            except Exception:  # a bug must not kill the schedule; it is logged in full
                log.exception("unexpected failure in a background sync run")

    def stop(self, timeout: float | None = 30.0) -> None:
        """Cancel the current run and stop the schedule."""
        self._stop.set()
        self.cancel_event.set()
        self._trigger.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def on_event(self, callback: Callable[..., None]) -> Callable[[], None]:
        """Subscribe ``callback`` to every event (returns the unsubscribe function)."""
        return self.bus.subscribe(callback)
