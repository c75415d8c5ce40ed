"""System tray notifications for new invoices and status changes from sync, grouped."""

from __future__ import annotations

from collections import Counter

from desktop_app.models.database import Database
from desktop_app.models.invoice_reads import service_codes_of
from desktop_app.models.work import ATTENTION_STATES, OutboxState
from desktop_app.sync.events import (
    ConnectionChanged,
    ConnectionState,
    EventBus,
    InvoicesChanged,
    OutboxChanged,
)
from desktop_app.ui.event_bridge import EventBridge
from desktop_app.ui.i18n import status_label
from desktop_app.ui.notification_prefs import (
    APPROVALS,
    NEW_INVOICES,
    OUTBOX_OUTCOMES,
    STATUS_CHANGES,
    NotificationPrefs,
    load_prefs,
)
from desktop_app.ui.qt import (
    QApplication,
    QCoreApplication,
    QObject,
    QSettings,
    QStyle,
    QSystemTrayIcon,
    QTimer,
)

SETTING = "notifications/enabled"


def notification_text(
    events: list[InvoicesChanged],
    prefs: NotificationPrefs | None = None,
    services: dict[int, str | None] | None = None,
    outcomes: list[OutboxChanged] | None = None,
) -> tuple[str, str] | None:
    """Title and body grouping ``events`` as the user's ``prefs`` ask (events, services);
    suppliers are named (IPM5-028). None if nothing to say."""
    chosen = prefs or NotificationPrefs()
    known = services or {}
    new_ids: set[int] = set()
    changes: dict[int, tuple[str, str | None, str]] = {}
    for event in events:
        new_ids.update(i for i in event.new_ids if chosen.covers(known.get(i)))
        for invoice_id, supplier, old, new in event.status_changes:
            if chosen.covers(known.get(invoice_id)):
                changes[invoice_id] = (supplier, old, new)
    if not chosen.wants(NEW_INVOICES):
        changes = {i: c for i, c in changes.items() if i not in new_ids}
        new_ids = set()
    if not chosen.wants(STATUS_CHANGES):
        changes = {i: c for i, c in changes.items() if i in new_ids}
    extra = _outcome_lines(outcomes or [], chosen, known)
    if not new_ids and not changes and not extra:
        return None
    translate = QCoreApplication.translate
    lines: list[str] = []
    suppliers = Counter(s for i, (s, old, _n) in changes.items() if i in new_ids or old is None)
    if new_ids:
        named = ", ".join(
            translate("Notifications", "{supplier} ({count})").format(supplier=s, count=n)
            for s, n in suppliers.most_common(3)
        )
        line = new_invoices_line(len(new_ids))
        lines.append(
            translate("Notifications", "{line} : {suppliers}").format(line=line, suppliers=named)
            if named
            else line
        )
    moved = [
        (s, new) for i, (s, old, new) in changes.items() if i not in new_ids and old is not None
    ]
    for supplier, new in moved[:4]:
        lines.append(
            translate("Notifications", "{supplier} : {status}").format(
                supplier=supplier, status=status_label(new)
            )
        )
    if len(moved) > 4:
        lines.append(
            translate("Notifications", "… et {count} autre(s) changement(s)").format(
                count=len(moved) - 4
            )
        )
    lines.extend(extra)
    title = translate("Notifications", "Invoice Desk — factures reçues")
    return title, "\n".join(lines)


def new_invoices_line(count: int) -> str:
    """« 1 nouvelle facture », « 12 nouvelles factures »."""
    translate = QCoreApplication.translate
    if count == 1:
        return translate("Notifications", "1 nouvelle facture")
    return translate("Notifications", "{count} nouvelles factures").format(count=count)


def _outcome_lines(
    outcomes: list[OutboxChanged], prefs: NotificationPrefs, services: dict[int, str | None]
) -> list[str]:
    translate = QCoreApplication.translate
    done = attention = approvals = 0
    for event in outcomes:
        if not prefs.covers(services.get(event.invoice_id)):
            continue
        if event.message == "APPROBATION_REQUISE":
            approvals += 1
        elif event.state == OutboxState.DONE:
            done += 1
        elif event.state in ATTENTION_STATES:
            attention += 1
    lines = []
    if prefs.wants(OUTBOX_OUTCOMES) and done:
        lines.append(translate("Notifications", "{count} action(s) envoyée(s)").format(count=done))
    if prefs.wants(OUTBOX_OUTCOMES) and attention:
        lines.append(
            translate("Notifications", "{count} action(s) à corriger").format(count=attention)
        )
    if prefs.wants(APPROVALS) and approvals:
        lines.append(
            translate("Notifications", "{count} action(s) en attente d'approbation").format(
                count=approvals
            )
        )
    return lines


class Notifier(QObject):
    """One grouped tray message per sync run: what a run brings (new invoices, status
    changes, outbox outcomes) is collected from its start (``SYNCING``) to its end
    (``SyncFinished``) and shown then; events outside a run wait :attr:`GROUP_MS`."""

    GROUP_MS = 1500
    RUN_MAX_MS = 15 * 60 * 1000

    def __init__(
        self,
        bus: EventBus,
        settings: QSettings,
        parent: QObject | None = None,
        *,
        user: str = "",
        database: Database | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.user = user
        self.database = database
        self.bridge = EventBridge(bus, self)
        self.bridge.invoices_changed.connect(self._collect)
        self.bridge.outbox_changed.connect(self._collect_outcome)
        self.bridge.connection_changed.connect(self._connection)
        self.bridge.sync_finished.connect(lambda _event: self._run_ended())
        self.in_sync = False  # a run is under way: its events wait for its end
        self.run_guard = QTimer(self)  # a run that never reports its end still gets shown
        self.run_guard.setSingleShot(True)
        self.run_guard.setInterval(self.RUN_MAX_MS)
        self.run_guard.timeout.connect(self._run_ended)
        self.pending: list[InvoicesChanged] = []
        self.outcomes: list[OutboxChanged] = []
        self.shown: list[tuple[str, str]] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(self.GROUP_MS)
        self.timer.timeout.connect(self.flush)
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            app = QApplication.instance()
            icon = (
                app.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogInfoView)
                if isinstance(app, QApplication)
                else None
            )
            self.tray = QSystemTrayIcon(icon, self) if icon is not None else None
            if self.tray is not None:
                self.tray.show()

    def enabled(self) -> bool:
        """False when the user turned notifications off."""
        return str(self.settings.value(SETTING, "true")).lower() == "true"

    def _connection(self, event: ConnectionChanged) -> None:
        if event.state is ConnectionState.SYNCING:
            self.in_sync = True
            self.timer.stop()  # anything pending joins this run's message
            self.run_guard.start()

    def _run_ended(self) -> None:
        self.in_sync = False
        self.timer.stop()
        self.run_guard.stop()
        self.flush()

    def _wait(self) -> None:
        if not self.in_sync:
            self.timer.start()

    def _collect(self, event: InvoicesChanged) -> None:
        if not self.enabled():
            return
        self.pending.append(event)
        self._wait()

    def _collect_outcome(self, event: OutboxChanged) -> None:
        if not self.enabled() or event.state in (OutboxState.PENDING, OutboxState.SENDING):
            return
        self.outcomes.append(event)
        self._wait()

    def _services(self, ids: set[int]) -> dict[int, str | None]:
        if self.database is None or not ids:
            return {}
        return service_codes_of(self.database, ids)

    def flush(self) -> None:
        """Show what was collected as one message, as the user's preferences ask."""
        events, self.pending = self.pending, []
        outcomes, self.outcomes = self.outcomes, []
        prefs = load_prefs(self.settings, self.user)
        ids = {i for e in events for i in (*e.new_ids, *(c[0] for c in e.status_changes))}
        ids |= {o.invoice_id for o in outcomes}
        services = self._services(ids) if prefs.services else {}
        text = notification_text(events, prefs, services, outcomes)
        if text is None or not self.enabled():
            return
        self.shown.append(text)
        if self.tray is not None:
            self.tray.showMessage(text[0], text[1], QSystemTrayIcon.MessageIcon.Information, 8000)

    def close(self) -> None:
        """Stop listening and remove the tray icon."""
        self.bridge.close()
        if self.tray is not None:
            self.tray.hide()
