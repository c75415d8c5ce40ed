"""Status bar: connection (online / offline / sandbox), last sync, progress during a sync."""

from __future__ import annotations

from datetime import datetime

from desktop_app.sync.events import ConnectionChanged, ConnectionState, SyncFinished, SyncProgress
from desktop_app.ui.qt import QLabel, QProgressBar, QStatusBar, QWidget


class SyncStatusBar(QStatusBar):
    """Listens to the event bridge's signals (connected by the main window)."""

    def __init__(self, profile_is_sandbox: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sandbox = profile_is_sandbox
        self.connection = QLabel(self)
        self.last_sync = QLabel(self)
        self.outbox = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(200)
        self.progress.setVisible(False)
        self.addPermanentWidget(self.outbox)
        self.addPermanentWidget(self.progress)
        self.addPermanentWidget(self.last_sync)
        self.addPermanentWidget(self.connection)
        self.state = ConnectionState.OFFLINE
        self.last_finished: datetime | None = None
        self.on_connection(ConnectionChanged(ConnectionState.OFFLINE))
        self.last_sync.setText(self.tr("Jamais synchronisé"))

    def show_known(self, state: ConnectionState, last_sync: datetime | None) -> None:
        """Start from what the sync layer already knows (window opened after a sync)."""
        self.on_connection(ConnectionChanged(state))
        if last_sync is not None:
            self.last_finished = last_sync
            self.last_sync.setText(
                self.tr("Dernière synchro : {time}").format(time=last_sync.strftime("%H:%M"))
            )

    def on_connection(self, event: ConnectionChanged) -> None:
        """Show the connection state."""
        self.state = event.state
        texts = {
            ConnectionState.ONLINE: self.tr("En ligne"),
            ConnectionState.OFFLINE: self.tr("Hors ligne"),
            ConnectionState.SYNCING: self.tr("Synchronisation…"),
            ConnectionState.AUTH_ERROR: self.tr("Échec d'authentification"),
        }
        text = texts.get(event.state, str(event.state))
        if self.sandbox:
            text = self.tr("{state} — bac à sable").format(state=text)
        colour = {"online": "#1e8449", "auth_error": "#c0392b"}.get(event.state.value, "")
        self.connection.setStyleSheet(f"color: {colour}" if colour else "")
        self.connection.setText(text)

    def on_progress(self, event: SyncProgress) -> None:
        """Show the progress of a running sync."""
        self.progress.setVisible(True)
        if event.total:
            self.progress.setRange(0, event.total)
            self.progress.setValue(min(event.done, event.total))
        else:
            self.progress.setRange(0, 0)

    def on_finished(self, event: SyncFinished) -> None:
        """Hide the progress, show when and how it ended."""
        self.progress.setVisible(False)
        if event.error_key:
            self.showMessage(
                self.tr("Synchronisation impossible : {reason}").format(
                    reason=event.error_message or event.error_key
                ),
                10_000,
            )
            return
        self.last_finished = datetime.now()
        self.last_sync.setText(
            self.tr("Dernière synchro : {time}").format(time=self.last_finished.strftime("%H:%M"))
        )
        self.showMessage(
            self.tr("{new} nouvelle(s), {changed} modifiée(s), {sent} action(s) envoyée(s)").format(
                new=event.new_count, changed=event.changed_count, sent=event.sent_count
            ),
            8_000,
        )

    def set_outbox_count(self, pending: int, attention: int) -> None:
        """Show how many actions wait and how many need the user."""
        if not pending and not attention:
            self.outbox.setText("")
            return
        self.outbox.setText(
            self.tr("Envois en attente : {pending} · à traiter : {attention}").format(
                pending=pending, attention=attention
            )
        )
