"""The one bridge from the sync layer's event bus to Qt: events re-emitted on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable

from desktop_app.sync.events import (
    CertificateExpiring,
    ConnectionChanged,
    EventBus,
    InvoicesChanged,
    OutboxChanged,
    SyncEvent,
    SyncFinished,
    SyncProgress,
    TeamLinkChanged,
    TeamNoticeRaised,
)
from desktop_app.ui.qt import QObject, Signal


class EventBridge(QObject):
    """Subscribes to an :class:`EventBus`; each event becomes a queued Qt signal.

    Signals emitted from a worker thread reach slots of GUI objects through Qt's queued
    connections, so every handler runs on the GUI thread.
    """

    event_received = Signal(object)
    invoices_changed = Signal(object)
    outbox_changed = Signal(object)
    sync_progress = Signal(object)
    sync_finished = Signal(object)
    connection_changed = Signal(object)
    certificate_expiring = Signal(object)
    team_notice = Signal(object)
    team_link_changed = Signal(object)

    def __init__(self, bus: EventBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self.event_received.connect(self._dispatch)
        self._unsubscribe: Callable[[], None] | None = bus.subscribe(self.event_received.emit)

    def _dispatch(self, event: SyncEvent) -> None:
        if isinstance(event, InvoicesChanged):
            self.invoices_changed.emit(event)
        elif isinstance(event, OutboxChanged):
            self.outbox_changed.emit(event)
        elif isinstance(event, SyncProgress):
            self.sync_progress.emit(event)
        elif isinstance(event, SyncFinished):
            self.sync_finished.emit(event)
        elif isinstance(event, ConnectionChanged):
            self.connection_changed.emit(event)
        elif isinstance(event, CertificateExpiring):
            self.certificate_expiring.emit(event)
        elif isinstance(event, TeamNoticeRaised):
            self.team_notice.emit(event)
        elif isinstance(event, TeamLinkChanged):
            self.team_link_changed.emit(event)

    def close(self) -> None:
        """Stop listening to the bus."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
