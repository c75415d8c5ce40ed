"""The main window: composes the inbox pane, dashboard, filter bar, list and detail pane."""

from __future__ import annotations

from dataclasses import replace

from desktop_app.domain.inboxes import Inbox
from desktop_app.domain.permissions import TARGET_STATUS, ActionKind
from desktop_app.domain.transitions import recipient_targets
from desktop_app.models.queries import InvoiceFilter, count_matching
from desktop_app.sync.events import InvoicesChanged, OutboxChanged
from desktop_app.ui.actions_controller import ActionsController
from desktop_app.ui.adapters.sync_adapter import SyncService
from desktop_app.ui.audit_controller import AuditController
from desktop_app.ui.checks_runner import ChecksRunner
from desktop_app.ui.circuit_editor import CircuitEditorController
from desktop_app.ui.dashboard import Dashboard
from desktop_app.ui.detail_pane import DetailPane
from desktop_app.ui.diagnostics import DiagnosticsController
from desktop_app.ui.engagements_controller import EngagementsController
from desktop_app.ui.event_bridge import EventBridge
from desktop_app.ui.filter_bar import FilterBar
from desktop_app.ui.inbox_pane import SHOWN_INBOXES, InboxChoice, InboxPane
from desktop_app.ui.invoice_list import InvoiceListView
from desktop_app.ui.invoice_table_model import Column
from desktop_app.ui.new_invoices import SeenTracker
from desktop_app.ui.qt import (
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QSettings,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from desktop_app.ui.saved_searches_ui import SavedSearchesController
from desktop_app.ui.status_bar import SyncStatusBar
from desktop_app.ui.structure_selector import StructureSelector
from desktop_app.ui.team_controller import TeamController
from desktop_app.ui.viewer_actions import install_viewer_actions
from desktop_app.ui.window_actions import ShortcutsFirst, WindowActions
from desktop_app.ui.window_layout import WindowPanes, first_size
from desktop_app.ui.window_secondary import SecondaryWindows
from desktop_app.ui.workers import run_in_pool

INVOICE_ACTIONS = {
    "suspend": ActionKind.SUSPEND,
    "reject": ActionKind.REJECT,
    "recycle": ActionKind.RECYCLE,
    "service_done": ActionKind.SERVICE_DONE,
    "mandate": ActionKind.MANDATE,
}
ACCOUNTING_TARGETS = {
    TARGET_STATUS[ActionKind.SEND_TO_ACCOUNTANT],
    TARGET_STATUS[ActionKind.MARK_ACCOUNTED],
    TARGET_STATUS[ActionKind.MARK_PAID],
}


class MainWindow(QMainWindow, SecondaryWindows):
    """Invoice Desk's window. ``sync`` is the facade over the sync layer."""

    language_requested = Signal(str)

    def __init__(
        self, sync: SyncService, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.sync = sync
        self.database = sync.database
        self.settings = settings
        self.setWindowTitle(self.tr("Invoice Desk — factures reçues"))
        self.bridge = EventBridge(sync.bus, self)
        self.structures = StructureSelector(self.database, settings, self)
        self.inboxes = InboxPane(self.database, self)
        self.side = QWidget(self)  # the sidebar: the structures, then the inboxes
        side = QVBoxLayout(self.side)
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(2)
        side.addWidget(self.structures)
        side.addWidget(self.inboxes, 1)
        self.dashboard = Dashboard(self.database, self)
        self._use_structures(self.structures.selection())
        self.filters = FilterBar(self)
        self.list = InvoiceListView(self.database, self)
        self.detail = DetailPane(self.database, self)
        self.result_label = QLabel(self)
        column = [(self.dashboard, 0), (self.filters, 0), (self.list, 1), (self.result_label, 0)]
        self.panes = WindowPanes(self, self.side, column, self.detail)
        self.splitter = self.panes.splitter
        self.setCentralWidget(self.splitter)
        self.status = SyncStatusBar(sync.user.profile == "sandbox", self)
        self.setStatusBar(self.status)
        self.status.attach(sync)
        self.controller = ActionsController(sync, self)
        self.engagements = EngagementsController(sync, self)
        self.audit = AuditController(self.database, self, sync.trusted_anchor_signers)
        self.window_actions = WindowActions(self)
        self.actions_by_key = self.window_actions.actions
        self._build_menus()
        self.viewer_actions = install_viewer_actions(self)
        self.circuit_editor = CircuitEditorController(
            sync, self.actions_by_key["approval_circuit"], self
        )
        self._connect()
        self.checks_runner = ChecksRunner(self)  # invoice checks after each sync
        self.diagnostics = DiagnosticsController(self)  # statuses unknown to the catalogue
        self.actions_by_key["diagnostics"].triggered.connect(self.diagnostics.show)
        self.team = TeamController(self)  # claims, internal notes, the team store's state
        self.saved_searches = SavedSearchesController(self)  # own and the team's shared ones
        self.shortcuts_first = ShortcutsFirst(self.actions_by_key, self)
        for field in (*self.filters.findChildren(QLineEdit), self.filters.within_days):
            field.installEventFilter(self.shortcuts_first)
        self.setTabOrder(self.structures, self.inboxes)
        self.setTabOrder(self.inboxes, self.filters.search)
        self.setTabOrder(self.filters.search, self.list)
        self.setTabOrder(self.list, self.detail.tabs)
        self.outbox_window: QWidget | None = None
        self.approval_window: QWidget | None = None
        self.list.restore_state(settings)
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(first_size(self))
        self._base_filter = InvoiceFilter(inbox=Inbox.TO_PROCESS)
        self.apply_filter()
        self.refresh_side()
        self._refresh_saved()
        self._update_actions()

    # -- construction --------------------------------------------------------------------------
    def _build_menus(self) -> None:
        menus: dict[str, QMenu] = {
            key: self.menuBar().addMenu(title)
            for key, title in self.window_actions.menu_titles().items()
        }
        self.menus = menus  # the menus by key (tests and helpers use these, not action.menu())
        for spec in self.window_actions.specs():
            menus[spec.menu].addAction(self.actions_by_key[spec.key])
            if spec.key in ("settings", "accounting", "add_note", "tab_history", "mark_all_seen"):
                menus[spec.menu].addSeparator()
        toolbar = self.addToolBar(self.tr("Actions"))
        toolbar.setObjectName("actions_toolbar")
        for key in ("sync", "suspend", "reject", "service_done", "mandate", "outbox", "approvals"):
            toolbar.addAction(self.actions_by_key[key])

    def _connect(self) -> None:
        a = self.actions_by_key
        a["quit"].triggered.connect(self.close)
        a["sync"].triggered.connect(self.sync.sync_now)
        a["outbox"].triggered.connect(self.show_outbox)
        a["approvals"].triggered.connect(self.show_approvals)
        a["works"].triggered.connect(self.show_works)
        for key in ("export_csv", "export_xlsx", "export_pdfs", "export_merged"):
            kind = key.removeprefix("export_")  # the controller's kinds: csv, xlsx, pdfs, merged
            a[key].triggered.connect(lambda _c=False, k=kind: self.export(k))
        a["settings"].triggered.connect(self.show_settings)
        a["import_engagements"].triggered.connect(self.engagements.choose_and_import)
        self.engagements.imported.connect(self._engagements_imported)
        a["audit_verify"].triggered.connect(self.audit.verify)
        a["audit_export"].triggered.connect(lambda: self.audit.export())
        a["shortcuts"].triggered.connect(self.show_shortcuts)
        a["guide"].triggered.connect(self.show_guide)
        a["search"].triggered.connect(self._focus_search)
        a["focus_list"].triggered.connect(self.list.setFocus)
        a["focus_inboxes"].triggered.connect(self.inboxes.setFocus)
        a["focus_structures"].triggered.connect(self._focus_structures)
        self.structures.selection_changed.connect(self._structures_chosen)
        a["tab_history"].triggered.connect(lambda: self.detail.tabs.setCurrentIndex(1))
        a["open_attachment"].triggered.connect(self._open_attachment)
        a["compare_duplicate"].triggered.connect(self.compare_duplicate)
        self.detail.compare_requested.connect(self.show_comparison)
        self.dashboard.figure_clicked.connect(self.restrict)
        self.dashboard.approvals_clicked.connect(self.show_approvals)
        self.dashboard.works_clicked.connect(self.show_works)
        a["lang_fr"].triggered.connect(lambda: self.language_requested.emit("fr"))
        a["lang_en"].triggered.connect(lambda: self.language_requested.emit("en"))
        for number, inbox in enumerate((*SHOWN_INBOXES[:6], Inbox.ALL), start=1):
            a[f"inbox_{number}"].triggered.connect(lambda _c=False, i=inbox: self._go_inbox(i))
        for key, kind in INVOICE_ACTIONS.items():
            a[key].triggered.connect(lambda _c=False, k=kind: self.run_action(k))
        a["accounting"].triggered.connect(lambda: self.run_action(ActionKind.MARK_PAID))
        self.inboxes.choice_changed.connect(self._inbox_chosen)
        self.filters.criteria_changed.connect(self.apply_filter)
        self.list.current_invoice_changed.connect(self._invoice_focused)
        self.list.activated.connect(lambda _index: self.detail.tabs.setFocus())
        self.seen = SeenTracker(self)  # new invoices: seen when they stay current or opened
        self.list.current_invoice_changed.connect(self.seen.current_changed)
        self.list.activated.connect(lambda _index: self.seen.opened())
        a["mark_seen"].triggered.connect(self.seen.mark_selection)
        a["mark_all_seen"].triggered.connect(self.seen.mark_all)
        self.list.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.list.invoice_model.ids_reset.connect(self._show_result_count)
        self.list.invoice_model.rowsInserted.connect(lambda *_: self._show_result_count())
        self.list.invoice_model.rowsRemoved.connect(lambda *_: self._show_result_count())
        self.controller.queued.connect(self.on_queued)
        self.bridge.invoices_changed.connect(self.on_invoices_changed)
        self.bridge.outbox_changed.connect(self.on_outbox_changed)
        self.bridge.sync_progress.connect(self.status.on_progress)
        self.bridge.sync_finished.connect(self.status.on_finished)
        self.bridge.sync_finished.connect(lambda _e: self.refresh_side())
        self.bridge.connection_changed.connect(self.status.on_connection)
        self.bridge.connection_changed.connect(lambda _e: self.circuit_editor.refresh())
        self.circuit_editor.saved.connect(lambda _o: self.apply_filter())  # deadlines may move
        self.circuit_editor.saved.connect(lambda _o: self.refresh_side())

    # -- filtering -----------------------------------------------------------------------------
    def _inbox_chosen(self, choice: InboxChoice) -> None:
        self._base_filter = InvoiceFilter(inbox=choice.inbox, service_id=choice.service_id)
        self.filters.set_inbox(choice.inbox)
        self.apply_filter()

    def _use_structures(self, chosen: frozenset[int] | None) -> None:
        self.inboxes.structure_ids = chosen
        self.dashboard.structure_ids = chosen

    def _structures_chosen(self, chosen: frozenset[int] | None) -> None:
        """The sidebar's structure choice changed: the list, counts and figures follow."""
        self._use_structures(chosen)
        self.apply_filter()
        self.inboxes.refresh_counts()
        self.dashboard.refresh()

    def _focus_structures(self) -> None:
        if self.structures.isVisible():
            self.structures.setFocus()
            if self.structures.currentItem() is None:
                self.structures.setCurrentRow(0)

    def _go_inbox(self, inbox: Inbox) -> None:
        self.inboxes.select_inbox(inbox)
        self.list.setFocus()

    def current_filter(self) -> InvoiceFilter:
        """Structures, inbox/service choice and the filter bar (deadlines judged on the
        list's day)."""
        return replace(
            self.filters.apply_to(self._base_filter),
            today=self.list.invoice_model.today,
            structure_ids=self.structures.selection(),
        )

    def apply_filter(self) -> None:
        """Re-run the list query (first page read at once, the rest lazily)."""
        self.list.invoice_model.set_query(self.current_filter())
        self.list.select_first()
        if self.list.invoice_model.rowCount() == 0:
            self.detail.show_invoice(None)

    def _show_result_count(self) -> None:
        """The footer's count: exact when the list is fully read, else counted in SQL (a
        background COUNT) while "N+" shows what is loaded so far."""
        model = self.list.invoice_model
        loaded = model.loaded_count()
        if not model.canFetchMore():
            self.result_label.setText(self.tr("{count} facture(s)").format(count=loaded))
            return
        self.result_label.setText(self.tr("{count}+ factures").format(count=loaded))
        criteria, database = model.criteria, self.database

        def work() -> tuple[int, bool]:  # maintained counters, else a bounded COUNT
            return database.query(count_matching, criteria)

        def show(answer: tuple[int, bool]) -> None:
            total, exact = answer
            if model.criteria != criteria:  # an older query's answer
                return
            if exact:
                self.result_label.setText(self.tr("{count} facture(s)").format(count=total))
            else:
                self.result_label.setText(self.tr("{count}+ factures").format(count=total))

        run_in_pool(work, show, owner=self)

    def _focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    def save_current_search(self) -> None:
        """Ask a name (team mode: and whether to share it) and save the current criteria."""
        self.saved_searches.save_current()

    def save_search_as(self, name: str, *, shared: bool = False) -> None:
        """Save the current criteria under ``name``."""
        self.saved_searches.save_as(name, shared=shared)

    def _refresh_saved(self) -> None:
        self.saved_searches.refresh(force=True)

    def show_saved_criteria(self, criteria: InvoiceFilter) -> None:
        """Show a saved search's invoices (its inbox and service become the base filter)."""
        self._base_filter = InvoiceFilter(inbox=criteria.inbox, service_id=criteria.service_id)
        self.filters.load(criteria)

    # -- selection and actions -----------------------------------------------------------------
    def _invoice_focused(self, invoice_id: int | None) -> None:
        self.detail.show_invoice(invoice_id)
        self._update_actions()

    def _chosen_ids(self) -> list[int]:
        selected = self.list.selected_ids()
        if selected:
            return selected
        current = self.list.current_id()
        return [] if current is None else [current]

    def _update_actions(self) -> None:
        ids = self._chosen_ids()
        statuses = set()
        for invoice_id in ids[:500]:
            row = self.list.invoice_model.row_for(invoice_id)
            if row is not None:
                statuses.add(row.status)
        targets = (
            set.intersection(*(set(recipient_targets(s)) for s in statuses)) if statuses else set()
        )
        for key, kind in INVOICE_ACTIONS.items():
            self.actions_by_key[key].setEnabled(TARGET_STATUS[kind] in targets)
        self.actions_by_key["accounting"].setEnabled(bool(targets & ACCOUNTING_TARGETS))
        self.actions_by_key["compare_duplicate"].setEnabled(
            self.detail.duplicate_pair() is not None
        )

    def run_action(self, kind: ActionKind) -> None:
        """Run ``kind`` on the selection (or the focused invoice)."""
        ids = self._chosen_ids()
        if ids:
            self.controller.run(kind, ids)

    def _engagements_imported(self, _outcome: object) -> None:
        """Show the engagement column and the new states (list, detail, dashboard)."""
        self.list.setColumnHidden(Column.ENGAGEMENT, False)
        self.apply_filter()
        self.refresh_side()
        self.detail.refresh()

    def on_queued(self, ids: list[int]) -> None:
        """Show the pending state at once on the affected rows."""
        self.list.invoice_model.refresh_ids(ids)
        self.detail.refresh()
        self._update_actions()
        self.refresh_outbox_count()

    def on_invoices_changed(self, event: InvoicesChanged) -> None:
        """A pull changed invoices: update those rows only, counts in the background."""
        ids = list(event.new_ids) + list(event.changed_ids)
        self.list.invoice_model.refresh_ids(ids)
        if self.detail.detail is not None and self.detail.detail.id in ids:
            self.detail.refresh()
        self._schedule_side_refresh()

    def on_outbox_changed(self, event: OutboxChanged) -> None:
        """An action was sent, refused or conflicted: update its invoice's row."""
        self.list.invoice_model.refresh_ids([event.invoice_id])
        if self.detail.detail is not None and self.detail.detail.id == event.invoice_id:
            self.detail.refresh()
        self.refresh_outbox_count()
        if self.outbox_window is not None:
            self.outbox_window.reload()  # type: ignore[attr-defined]

    def _schedule_side_refresh(self) -> None:
        if not hasattr(self, "_side_timer"):
            self._side_timer = QTimer(self)
            self._side_timer.setSingleShot(True)
            self._side_timer.setInterval(500)
            self._side_timer.timeout.connect(self.refresh_side)
        self._side_timer.start()

    def refresh_side(self) -> None:
        """Recount structures, inboxes and dashboard (background)."""
        self.structures.refresh()
        self.inboxes.refresh_counts()
        self.dashboard.refresh()
        self.refresh_outbox_count()

    def refresh_outbox_count(self) -> None:
        """Update the status bar's outbox figures (one COUNT, not the rows)."""
        counts = self.sync.outbox_counts()
        self.status.set_outbox_count(counts.waiting, counts.attention)

    def _open_attachment(self) -> None:
        self.detail.tabs.setCurrentIndex(2)
        self.detail.attachments.list.setFocus()
        if self.detail.attachments.list.count():
            self.detail.attachments.list.setCurrentRow(0)

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.panes.adapt(self.width())  # detail under the list on a narrow window

    def closeEvent(self, event: object) -> None:
        from desktop_app.ui.session_guards import may_quit  # actions not sent yet: asks

        if not self.circuit_editor.may_close() or not may_quit(self):
            event.ignore()  # type: ignore[attr-defined]
            return
        self.list.save_state(self.settings)
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.bridge.close()
        super().closeEvent(event)  # type: ignore[arg-type]

    def restrict(self, criteria: InvoiceFilter) -> None:
        """Show exactly ``criteria`` (used by saved searches and tests)."""
        self._base_filter = replace(criteria, text=None, statuses=frozenset(), supplier=None)
        self.filters.load(criteria)
