"""What the running session watches for the user: a failed authentication opens the settings
with its reason (never a dead end), certificate and technical-account password reminders,
and quitting with actions not yet sent."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.sync.credentials import certificate_stage
from desktop_app.sync.events import CertificateExpiring, ConnectionChanged, ConnectionState
from desktop_app.ui.qt import QMessageBox, QObject, QSettings, QTimer, QWidget

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.settings_dialog import SettingsDialog


class AuthFailureGuard(QObject):
    """On ``AUTH_ERROR`` (at start or later) open the settings with the reason."""

    def __init__(self, window: MainWindow, settings: QSettings) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.dialog: SettingsDialog | None = None
        self.last_failure: str | None = None
        window.bridge.connection_changed.connect(self.on_connection)
        sync = window.sync
        if sync.state is ConnectionState.AUTH_ERROR:
            self.last_failure = sync.state_detail or ""
            QTimer.singleShot(0, lambda: self.open(sync.state_detail))

    def on_connection(self, event: ConnectionChanged) -> None:
        """Open the settings once per failure (not again for each run repeating it)."""
        if event.state is not ConnectionState.AUTH_ERROR:
            self.last_failure = None
        elif event.detail != self.last_failure or self.last_failure is None:
            self.last_failure = event.detail or ""
            QTimer.singleShot(0, lambda: self.open(event.detail))

    def open(self, reason: str | None) -> SettingsDialog | None:
        """The settings dialog, showing ``reason`` (window-modal, not blocking)."""
        if self.dialog is not None and self.dialog.isVisible():
            return self.dialog
        from desktop_app.ui.settings_dialog import SettingsDialog

        self.dialog = SettingsDialog(
            self.window.sync,
            self.settings,
            self.window,
            reason=reason or self.tr("la plateforme a refusé l'authentification."),
        )
        self.dialog.open()
        return self.dialog


class Reminders(QObject):
    """Certificate expiry (30, 15, 7 days) and technical account password (15 days ahead)
    reminders, each shown once per stage (remembered in the settings)."""

    def __init__(self, window: MainWindow, settings: QSettings) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.shown: list[str] = []
        self.box: QMessageBox | None = None
        window.bridge.certificate_expiring.connect(self.on_certificate)
        window.bridge.connection_changed.connect(lambda _e: self.check_password())
        if window.sync.certificate_warning is not None:
            self.on_certificate(window.sync.certificate_warning)
        self.check_password()

    def on_certificate(self, event: CertificateExpiring) -> None:
        """Remind at 30, 15 and 7 days (and when expired), once each."""
        stage = certificate_stage(event.days_left)
        if stage is None or not self._first(f"reminders/certificate/{event.not_after}", stage):
            return
        day = _french_date(event.not_after)
        if stage == 0:
            text = self.tr(
                "Votre certificat a expiré le {day} : la plateforme refuse la connexion. "
                "Demandez un nouveau certificat à votre service informatique (ou à votre "
                "autorité de certification), puis importez-le dans Fichier › Paramètres."
            ).format(day=day)
        else:
            text = self.tr(
                "Votre certificat expire dans {days} jour(s), le {day}. Demandez dès maintenant "
                "son renouvellement à votre service informatique (ou à votre autorité de "
                "certification), puis importez le nouveau fichier dans Fichier › Paramètres."
            ).format(days=event.days_left, day=day)
        self._show(self.tr("Certificat bientôt expiré"), text)

    def check_password(self) -> None:
        """Remind 15 days before the technical account's password expires (and once gone)."""
        warning = self.window.sync.password_warning
        if warning is None:
            return
        stage = 0 if warning.days_left < 0 else 15
        if not self._first(f"reminders/password/{warning.expires_on.isoformat()}", stage):
            return
        day = _french_date(warning.expires_on.isoformat())
        if stage == 0:
            text = self.tr(
                "Le mot de passe du compte technique Chorus Pro a expiré le {day}. Changez-le "
                "sur Chorus Pro, puis indiquez la date du changement dans Fichier › Paramètres."
            ).format(day=day)
        else:
            text = self.tr(
                "Le mot de passe du compte technique Chorus Pro expire dans {days} jour(s), le "
                "{day}. Changez-le sur Chorus Pro avant cette date, puis indiquez la date du "
                "changement dans Fichier › Paramètres."
            ).format(days=warning.days_left, day=day)
        self._show(self.tr("Mot de passe du compte technique"), text)

    def _first(self, key: str, stage: int) -> bool:
        if str(self.settings.value(key, "")) == str(stage):
            return False
        self.settings.setValue(key, str(stage))
        return True

    def _show(self, title: str, text: str) -> None:
        self.shown.append(text)
        self.window.statusBar().showMessage(text, 60_000)
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok)
        box.setParent(self.window, box.windowFlags())
        box.setModal(False)
        box.show()
        self.box = box


def _french_date(iso: str) -> str:
    year, month, day = iso[:10].split("-")
    return f"{day}/{month}/{year}"


class QuitGuard(QObject):
    """Asks before quitting with actions not yet sent; may send them first."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.confirmed = False
        self.sending = False
        self.box: QMessageBox | None = None
        self.last_error: str | None = None

    def may_close(self) -> bool:
        """True when the window may close now (nothing pending, or the user said quit)."""
        sync = self.window.sync
        if self.confirmed or not sync.ask_before_quit:
            return True
        if self.sending:
            return False
        pending = sync.pending_count()
        if pending == 0:
            return True
        choice = self.ask(pending)
        if choice == "quit":
            self.confirmed = True
            return True
        if choice == "send":
            self.send_then_close()
        return False

    def ask(self, pending: int) -> str:
        """``send``, ``quit`` or ``cancel`` (a modal question)."""
        sync = self.window.sync
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Actions en attente"))
        box.setText(
            self.tr("{count} action(s) n'ont pas encore été envoyées à la plateforme.").format(
                count=pending
            )
        )
        online = sync.state in (ConnectionState.ONLINE, ConnectionState.SYNCING)
        info = (
            self.tr("Envoyer maintenant : Invoice Desk les envoie, puis se ferme.")
            if online
            else self.tr("Vous êtes hors ligne : l'envoi sera tenté, sans garantie.")
        )
        if self.last_error:
            info = f"{self.last_error}\n{info}"
        box.setInformativeText(
            info + "\n" + self.tr("Quitter quand même : elles partiront au prochain démarrage.")
        )
        send = box.addButton(self.tr("&Envoyer maintenant"), QMessageBox.ButtonRole.AcceptRole)
        leave = box.addButton(
            self.tr("&Quitter quand même"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(self.tr("&Annuler"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(send)
        self.box = box
        box.exec()
        clicked = box.clickedButton()
        self.box = None
        if clicked is send:
            return "send"
        return "quit" if clicked is leave else "cancel"

    def send_then_close(self) -> None:
        """Send at once; close when the run ends (or ask again if actions remain)."""
        self.sending = True
        self.window.statusBar().showMessage(self.tr("Envoi des actions en attente…"))
        self.window.bridge.sync_finished.connect(self._after_send)
        self.window.sync.send_soon()

    def _after_send(self, event: object) -> None:
        self.window.bridge.sync_finished.disconnect(self._after_send)
        self.sending = False
        self.last_error = getattr(event, "error_message", None)
        QTimer.singleShot(0, self.window.close)


def may_quit(window: QWidget) -> bool:
    """The close-event hook of the main window."""
    guard = getattr(window, "quit_guard", None)
    if guard is None:
        guard = QuitGuard(window)  # type: ignore[arg-type]
        window.quit_guard = guard  # type: ignore[attr-defined]
    return bool(guard.may_close())


def allow_close(window: QWidget) -> None:
    """Let ``window`` close without the pending-actions question (language switch)."""
    guard = getattr(window, "quit_guard", None) or QuitGuard(window)  # type: ignore[arg-type]
    guard.confirmed = True
    window.quit_guard = guard  # type: ignore[attr-defined]
