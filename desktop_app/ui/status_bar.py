"""Status bar: who is working, connection (online / offline / sandbox), last and next sync,
progress during a sync."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from desktop_app.sync.events import ConnectionChanged, ConnectionState, SyncFinished, SyncProgress
from desktop_app.ui.qt import QCoreApplication, QLabel, QProgressBar, QStatusBar, QTimer, QWidget

if TYPE_CHECKING:
    from desktop_app.ui.adapters.sync_adapter import SyncService

REFRESH_MS = 1000


def role_text(role: str) -> str:
    """Translated name of a role."""
    names = {
        "clerk": QCoreApplication.translate("SettingsDialog", "Agent"),
        "manager": QCoreApplication.translate("SettingsDialog", "Responsable"),
        "admin": QCoreApplication.translate("SettingsDialog", "Administrateur"),
    }
    return names.get(role, role)


def clock_text(moment: datetime) -> str:
    """``14:05`` today, ``03/12 14:05`` another day (local time)."""
    local = moment.astimezone() if moment.tzinfo is not None else moment
    if local.date() == datetime.now().date():
        return local.strftime("%H:%M")
    return local.strftime("%d/%m %H:%M")


class SyncStatusBar(QStatusBar):
    """Listens to the event bridge's signals (connected by the main window)."""

    def __init__(self, profile_is_sandbox: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sandbox = profile_is_sandbox
        self.connection = QLabel(self)
        self.person = QLabel(self)
        self.next_sync = QLabel(self)
        self.last_sync = QLabel(self)
        self.outbox = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(200)
        self.progress.setVisible(False)
        self.addPermanentWidget(self.outbox)
        self.addPermanentWidget(self.progress)
        self.addPermanentWidget(self.last_sync)
        self.addPermanentWidget(self.next_sync)
        self.addPermanentWidget(self.connection)
        self.addPermanentWidget(self.person)
        self.state = ConnectionState.OFFLINE
        self.last_finished: datetime | None = None
        self.sync: SyncService | None = None
        self.on_connection(ConnectionChanged(ConnectionState.OFFLINE))
        self.last_sync.setText(self.tr("Jamais synchronisé"))
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)

    def attach(self, sync: SyncService) -> None:
        """Follow ``sync``: what it already knows (state, last sync from the cache), then
        the identity and the next automatic sync, refreshed every second."""
        self.sync = sync
        self.show_known(sync.state, sync.last_finished_at, sync.state_detail)
        self.refresh()
        self.timer.start()

    def refresh(self) -> None:
        """Show who is working and when the next automatic sync is due."""
        if self.sync is None:
            return
        user = self.sync.user
        name = user.display_name or user.name
        if name != user.name:
            name = f"{name} ({user.name})"
        self.person.setText(
            self.tr("{name} — {role}").format(name=name, role=role_text(user.role.value))
        )
        due = self.sync.next_sync_at
        if due is None or self.state is ConnectionState.SYNCING:
            self.next_sync.setText("")
        else:
            self.next_sync.setText(
                self.tr("Prochaine synchro : {time}").format(time=clock_text(due))
            )

    def show_known(
        self, state: ConnectionState, last_sync: datetime | None, detail: str | None = None
    ) -> None:
        """Start from what the sync layer already knows (window opened after a sync)."""
        self.on_connection(ConnectionChanged(state, detail))
        if last_sync is not None:
            self.last_finished = last_sync
            self.last_sync.setText(
                self.tr("Dernière synchro : {time}").format(time=clock_text(last_sync))
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
        self.connection.setToolTip(event.detail or "")
        if event.detail and event.state in (ConnectionState.OFFLINE, ConnectionState.AUTH_ERROR):
            self.showMessage(event.detail, 10_000)

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
            self.tr("Dernière synchro : {time}").format(time=clock_text(self.last_finished))
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
