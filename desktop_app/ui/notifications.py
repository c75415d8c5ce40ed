"""System tray notifications for new invoices and status changes from sync, grouped."""

from __future__ import annotations

from collections import Counter

from desktop_app.sync.events import EventBus, InvoicesChanged
from desktop_app.ui.event_bridge import EventBridge
from desktop_app.ui.i18n import status_label
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


def notification_text(events: list[InvoicesChanged]) -> tuple[str, str] | None:
    """Title and body grouping ``events``; suppliers are named (IPM5-028). None if nothing new."""
    new_ids: set[int] = set()
    changes: dict[int, tuple[str, str | None, str]] = {}
    for event in events:
        new_ids.update(event.new_ids)
        for invoice_id, supplier, old, new in event.status_changes:
            changes[invoice_id] = (supplier, old, new)
    if not new_ids and not changes:
        return None
    translate = QCoreApplication.translate
    lines: list[str] = []
    suppliers = Counter(s for i, (s, old, _n) in changes.items() if i in new_ids or old is None)
    if new_ids:
        named = ", ".join(
            translate("Notifications", "{supplier} ({count})").format(supplier=s, count=n)
            for s, n in suppliers.most_common(3)
        )
        line = translate("Notifications", "{count} nouvelle(s) facture(s)").format(
            count=len(new_ids)
        )
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
    title = translate("Notifications", "Invoice Desk — factures reçues")
    return title, "\n".join(lines)


class Notifier(QObject):
    """Collects InvoicesChanged for a moment, then shows one grouped tray message."""

    GROUP_MS = 1500

    def __init__(self, bus: EventBus, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.bridge = EventBridge(bus, self)
        self.bridge.invoices_changed.connect(self._collect)
        self.pending: list[InvoicesChanged] = []
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

    def _collect(self, event: InvoicesChanged) -> None:
        if not self.enabled():
            return
        self.pending.append(event)
        self.timer.start()

    def flush(self) -> None:
        """Show what was collected as one message."""
        events, self.pending = self.pending, []
        text = notification_text(events)
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
