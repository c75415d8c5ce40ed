"""``invoice-desk gui``: open the cache, start the sandbox profile, show the window."""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

from desktop_app.models.database import Database, default_database_path
from desktop_app.resource_paths import resource_path
from desktop_app.ui.adapters.sync_adapter import SyncService
from desktop_app.ui.cache_repair import open_cache
from desktop_app.ui.errors import install_excepthook, setup_logging, show_error
from desktop_app.ui.i18n import install_language, message_for
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.qt import (
    QApplication,
    QCoreApplication,
    QIcon,
    QInputDialog,
    QLineEdit,
    QSettings,
    Qt,
    QTimer,
)
from desktop_app.ui.single_instance import SingleInstance
from desktop_app.ui.theme import apply_theme

log = logging.getLogger(__name__)
ORGANIZATION = "InvoiceDesk"
APPLICATION = "Invoice Desk"


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with names, high-DPI policy and theme."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication(argv or [sys.argv[0]])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setWindowIcon(QIcon(str(resource_path("icons", "invoice-desk.svg"))))
    app.setDesktopFileName("invoice-desk")
    apply_theme(app)
    return app


class Session:
    """The running app: cache, sync facade and the window (rebuilt on language change)."""

    def __init__(self, database: Database, settings: QSettings, sync: SyncService) -> None:
        self.database = database
        self.settings = settings
        self.sync = sync
        self.window: MainWindow | None = None

    def show_window(self) -> MainWindow:
        """Create and show the main window, with the session's guards: a failed
        authentication opens the settings, certificate/password reminders."""
        from desktop_app.ui.session_guards import AuthFailureGuard, Reminders

        window = MainWindow(self.sync, self.settings)
        window.language_requested.connect(self.switch_language)
        window.show()
        window.auth_guard = AuthFailureGuard(window, self.settings)  # type: ignore[attr-defined]
        window.reminders = Reminders(window, self.settings)  # type: ignore[attr-defined]
        self.window = window
        return window

    def switch_language(self, language: str) -> MainWindow:
        """Install ``language`` and rebuild the window in it."""
        self.settings.setValue("ui/language", language)
        install_language(language)
        old = self.window
        place = (old.current_filter(), old.list.current_id()) if old is not None else None
        window = self.show_window()
        if place is not None:
            restore_place(window, *place)
        if old is not None:
            from desktop_app.ui.session_guards import allow_close

            allow_close(old)  # the new window takes over: no pending-actions question
            old.close()
            old.deleteLater()
        return window


def password_prompt(sync: SyncService) -> Callable[[Path, bool], str | None]:
    """Asks the certificate password on the GUI thread (before the window, or from the
    settings); says when it is kept for this session only (no keyring)."""

    def ask(path: Path, failed: bool) -> str | None:
        lines = [
            QCoreApplication.translate("App", "Mot de passe du certificat {name} :").format(
                name=path.name
            )
        ]
        if failed:
            lines.insert(0, QCoreApplication.translate("App", "Mot de passe incorrect."))
        if not sync.secrets.keyring_available():
            lines.append(
                QCoreApplication.translate(
                    "App",
                    "Le trousseau du système n'est pas disponible : ce mot de passe est gardé "
                    "pour cette session seulement.",
                )
            )
        value, ok = QInputDialog.getText(
            None,  # type: ignore[arg-type,unused-ignore]  # before the window
            QCoreApplication.translate("App", "Certificat"),
            "\n".join(lines),
            QLineEdit.EchoMode.Password,
        )
        return value if ok else None

    return ask


def run(args: argparse.Namespace) -> int:
    """Entry point of the window."""
    app = make_application()
    setup_logging()
    install_excepthook()
    settings = QSettings(ORGANIZATION, "InvoiceDesk")
    install_language(args.language or str(settings.value("ui/language", "fr")))
    instance = SingleInstance(args.database or default_database_path())
    if not instance.claim():
        print("Invoice Desk est déjà ouvert sur ce cache : sa fenêtre est au premier plan.")
        return 0
    database = open_cache(args.database)
    if database is None:
        return 1
    terminated = stop_on_termination_signals(app)
    sync = SyncService(database)
    sync.ask_before_quit = True
    sync.password_prompt = password_prompt(sync)
    try:
        sync.prepare_identity(args.profile)  # who is working, before any window
        if not args.no_sync:
            sync.start(args.profile)
        from desktop_app.ui.first_run import maybe_run_first_run

        maybe_run_first_run(sync, settings)
        if terminated:
            return 0
        session = Session(database, settings, sync)
        session.show_window()
        instance.activated.connect(lambda: bring_forward(session.window))
        from desktop_app.ui.notifications import Notifier

        notifier = Notifier(sync.bus, settings, user=sync.user.name, database=database)
        code = app.exec() if not terminated else 0
        notifier.close()
        return int(code)
    except Exception:
        show_error(message_for("app.start_failed"), traceback.format_exc())
        return 1
    finally:
        instance.release()
        sync.stop()  # also stops the embedded sandbox, whatever the way the app ends
        database.close()


def restore_place(window: MainWindow, criteria: object, invoice_id: int | None) -> None:
    """Show the same list and the same invoice in a rebuilt window (language switch): the
    selection used to jump to the first row."""
    window.restrict(criteria)  # type: ignore[arg-type]
    if invoice_id is None:
        return
    tries = [0]

    def select() -> None:
        if window.list.select_invoice(invoice_id):
            return
        if tries[0] < 40:  # the list loads in the background
            tries[0] += 1
            QTimer.singleShot(50, select)

    QTimer.singleShot(0, select)


def bring_forward(window: MainWindow | None) -> None:
    """Show ``window`` in front (a second launch asked for it)."""
    if window is None:
        return
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


def stop_on_termination_signals(app: QApplication) -> list[int]:
    """SIGTERM / SIGINT / SIGHUP end every event loop (a dialog's too), so the normal
    shutdown runs and the sandbox stops; the returned list gets the signal received."""
    received: list[int] = []

    def stop(number: int, _frame: object) -> None:
        log.info("signal %s: shutting down", number)
        received.append(number)
        app.exit(0)

    for name in ("SIGTERM", "SIGINT", "SIGHUP"):
        number = getattr(signal, name, None)
        if number is not None:
            signal.signal(number, stop)
    ticker = QTimer(app)  # Python runs signal handlers only when it gets the hand back
    ticker.timeout.connect(lambda: None)
    ticker.start(250)
    return received
