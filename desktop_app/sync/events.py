"""Events the sync layer publishes (new invoices, status changes, outbox outcomes, progress).

No Qt here: the UI subscribes through one signal bridge that re-emits on the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

log = logging.getLogger(__name__)


class ConnectionState(StrEnum):
    """What the status bar shows."""

    ONLINE = "online"
    OFFLINE = "offline"
    SYNCING = "syncing"
    AUTH_ERROR = "auth_error"


@dataclass(frozen=True, slots=True)
class InvoicesChanged:
    """Invoices were inserted or updated in the cache by a pull (ids only)."""

    new_ids: tuple[int, ...] = ()
    changed_ids: tuple[int, ...] = ()
    # (invoice id, supplier name, old status or None, new status) for notifications
    status_changes: tuple[tuple[int, str, str | None, str], ...] = ()


@dataclass(frozen=True, slots=True)
class OutboxChanged:
    """An outbox row changed state (pending, sending, done, needs_attention, conflict...)."""

    entry_id: int
    invoice_id: int
    state: str
    message: str | None = None


@dataclass(frozen=True, slots=True)
class SyncProgress:
    """Progress of a pull; ``total`` is None while unknown."""

    done: int
    total: int | None
    phase: str = "pull"
    eta_seconds: float | None = None


@dataclass(frozen=True, slots=True)
class SyncFinished:
    """A sync run ended (``error_key`` set when it failed)."""

    new_count: int = 0
    changed_count: int = 0
    sent_count: int = 0
    error_key: str | None = None
    error_message: str | None = None


@dataclass(frozen=True, slots=True)
class ConnectionChanged:
    """The connection state changed."""

    state: ConnectionState
    detail: str | None = None


@dataclass(frozen=True, slots=True)
class CertificateExpiring:
    """The client certificate expires soon (30 days or less): remind the user."""

    days_left: int
    not_after: str
    message_key: str = "cert.expires_soon"


@dataclass(frozen=True, slots=True)
class TeamNoticeRaised:
    """The team store answered something the person must be told (``key``: a team notice
    key of :mod:`desktop_app.sync.team_results`; ``params``: who, when, the invoice's number)."""

    key: str
    invoice_id: int | None = None
    params: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class TeamLinkChanged:
    """The team store link's state: ``state`` is ``online``, ``offline``, ``password`` (a
    password is needed or was refused) or ``refused`` (schema, role, certificate);
    ``error_key`` says why (``team.*`` message key), ``pending`` counts queued operations."""

    state: str
    error_key: str | None = None
    pending: int = 0


SyncEvent = (
    InvoicesChanged
    | OutboxChanged
    | SyncProgress
    | SyncFinished
    | ConnectionChanged
    | CertificateExpiring
    | TeamNoticeRaised
    | TeamLinkChanged
)
Subscriber = Callable[[SyncEvent], None]


@dataclass
class EventBus:
    """Thread-safe publish/subscribe; subscribers run on the publishing thread."""

    _subscribers: list[Subscriber] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def subscribe(self, subscriber: Subscriber) -> Callable[[], None]:
        """Register ``subscriber``; returns a function that unsubscribes it."""
        with self._lock:
            self._subscribers.append(subscriber)

        def unsubscribe() -> None:
            with self._lock:
                if subscriber in self._subscribers:
                    self._subscribers.remove(subscriber)

        return unsubscribe

    def publish(self, event: SyncEvent) -> None:
        """Deliver ``event`` to every subscriber; one failing subscriber does not stop others."""
        with self._lock:
            subscribers = list(self._subscribers)
        for subscriber in subscribers:
            try:
                subscriber(event)
            except Exception:
                log.exception("event subscriber failed on %s", type(event).__name__)
