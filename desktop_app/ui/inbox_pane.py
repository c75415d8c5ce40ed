"""Left pane: inboxes by status group and by service, each with a live count."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.domain.inboxes import Inbox
from desktop_app.models.database import Database
from desktop_app.models.sidebar_counts import Counts, read_counts
from desktop_app.ui.i18n import inbox_name
from desktop_app.ui.qt import QAbstractItemView, Qt, QTreeWidget, QTreeWidgetItem, QWidget, Signal
from desktop_app.ui.workers import run_in_pool

SHOWN_INBOXES = (
    Inbox.TO_PROCESS,
    Inbox.SUSPENDED,
    Inbox.REJECTED,
    Inbox.SERVICE_DONE,
    Inbox.MANDATED,
    Inbox.PAID,
    Inbox.OTHER,
    Inbox.ALL,
)


@dataclass(frozen=True, slots=True)
class InboxChoice:
    """What the clerk picked in the pane."""

    inbox: Inbox
    service_id: int | None = None


class InboxPane(QTreeWidget):
    """Tree of inboxes and services; emits :attr:`choice_changed`."""

    choice_changed = Signal(object)  # InboxChoice
    counts_updated = Signal(object)  # Counts

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.setHeaderHidden(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAccessibleName(self.tr("Boîtes de réception"))
        self.inbox_root = QTreeWidgetItem(self, [self.tr("Boîtes")])
        self.service_root = QTreeWidgetItem(self, [self.tr("Par service")])
        for root in (self.inbox_root, self.service_root):
            root.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.inbox_items: dict[Inbox, QTreeWidgetItem] = {}
        for inbox in SHOWN_INBOXES:
            item = QTreeWidgetItem(self.inbox_root, [inbox_name(inbox)])
            item.setData(0, Qt.ItemDataRole.UserRole, InboxChoice(inbox))
            self.inbox_items[inbox] = item
        self.service_items: dict[int, QTreeWidgetItem] = {}
        self.counts: Counts | None = None
        self.structure_ids: frozenset[int] | None = None  # the sidebar's structure choice
        self.expandAll()
        self.currentItemChanged.connect(self._current_changed)
        self.setCurrentItem(self.inbox_items[Inbox.TO_PROCESS])

    def _current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if current is None:
            return
        choice = current.data(0, Qt.ItemDataRole.UserRole)
        if isinstance(choice, InboxChoice):
            self.choice_changed.emit(choice)

    def current_choice(self) -> InboxChoice:
        """The selected inbox (À traiter when a group header is selected)."""
        item = self.currentItem()
        choice = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return choice if isinstance(choice, InboxChoice) else InboxChoice(Inbox.TO_PROCESS)

    def select_inbox(self, inbox: Inbox) -> None:
        """Select ``inbox`` and emit :attr:`choice_changed`, even when it is already the
        current item (the list may show a saved search meanwhile: Alt+1 goes back)."""
        item = self.inbox_items[inbox]
        if self.currentItem() is item:
            self._current_changed(item, None)
        else:
            self.setCurrentItem(item)

    def refresh_counts(self) -> None:
        """Recount in the background; labels update when done."""
        database, chosen = self.database, self.structure_ids
        run_in_pool(lambda: read_counts(database, chosen), self._show_counts, owner=self)

    def _show_counts(self, counts: Counts) -> None:
        self.counts = counts
        total = sum(counts.by_inbox.values())
        total_new = sum(counts.new_by_inbox.values())
        for inbox, item in self.inbox_items.items():
            number = total if inbox is Inbox.ALL else counts.by_inbox.get(inbox.value, 0)
            new = total_new if inbox is Inbox.ALL else counts.new_by_inbox.get(inbox.value, 0)
            item.setText(0, self._label(inbox_name(inbox), number, new))
            item.setToolTip(0, self._new_tip(new))
            item.setHidden(inbox is Inbox.OTHER and number == 0)
        known = set()
        for service_id, name, number in counts.services:
            known.add(service_id)
            service_item = self.service_items.get(service_id)
            if service_item is None:
                service_item = QTreeWidgetItem(self.service_root)
                service_item.setData(
                    0, Qt.ItemDataRole.UserRole, InboxChoice(Inbox.ALL, service_id)
                )
                self.service_items[service_id] = service_item
            service_item.setText(
                0, self.tr("{name} ({count})").format(name=name, count=self._n(number))
            )
        for service_id in list(self.service_items):
            if service_id not in known:
                item = self.service_items.pop(service_id)
                self.service_root.removeChild(item)
        self.counts_updated.emit(counts)

    def _label(self, name: str, number: int, new: int) -> str:
        """« À traiter (150) », or « À traiter (150 · 12 nouv.) » while some are unseen."""
        if not new:
            return self.tr("{name} ({count})").format(name=name, count=self._n(number))
        return self.tr("{name} ({count} · {new} nouv.)").format(
            name=name, count=self._n(number), new=self._n(new)
        )

    def _new_tip(self, new: int) -> str:
        if not new:
            return ""
        if new == 1:
            return self.tr("1 nouvelle facture, pas encore vue")
        return self.tr("{new} nouvelles factures, pas encore vues").format(new=self._n(new))

    @staticmethod
    def _n(number: int) -> str:
        return f"{number:,}".replace(",", "\u202f")

    def retranslate(self) -> None:
        """Re-label after a language change."""
        self.inbox_root.setText(0, self.tr("Boîtes"))
        self.service_root.setText(0, self.tr("Par service"))
        if self.counts is not None:
            self._show_counts(self.counts)
        else:
            for inbox, item in self.inbox_items.items():
                item.setText(0, inbox_name(inbox))
