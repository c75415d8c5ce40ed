"""The main window's secondary windows and one-shot tasks: comparison, outbox, approvals,
exports, settings, shortcuts (a mixin of :class:`~desktop_app.ui.main_window.MainWindow`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from desktop_app.ui.qt import QWidget

if TYPE_CHECKING:
    from desktop_app.models.database import Database
    from desktop_app.models.queries import InvoiceFilter
    from desktop_app.ui.adapters.sync_adapter import SyncService
    from desktop_app.ui.detail_pane import DetailPane
    from desktop_app.ui.qt import QSettings
    from desktop_app.ui.window_actions import WindowActions


class SecondaryWindows:
    """Opens the windows and dialogs reached from the menus."""

    sync: SyncService
    database: Database
    settings: QSettings
    detail: DetailPane
    window_actions: WindowActions
    outbox_window: QWidget | None
    approval_window: QWidget | None

    def _parent(self) -> QWidget:
        assert isinstance(self, QWidget)
        return self

    def current_filter(self) -> InvoiceFilter:  # provided by the window
        raise NotImplementedError

    def _chosen_ids(self) -> list[int]:  # provided by the window
        raise NotImplementedError

    def on_queued(self, ids: list[int]) -> None:  # provided by the window
        raise NotImplementedError

    def compare_duplicate(self) -> None:
        """Side by side with the original of the shown duplicate or re-deposit."""
        pair = self.detail.duplicate_pair()
        if pair is not None:
            self.show_comparison(*pair)

    def show_comparison(self, original_id: int, other_id: int) -> QWidget:
        """Open the side-by-side view of two invoices."""
        from desktop_app.ui.duplicate_dialog import DuplicateDialog

        dialog = DuplicateDialog(self.database, original_id, other_id, self._parent())
        self.comparison = dialog
        dialog.show()
        return dialog

    def show_outbox(self) -> None:
        """Open the outbox view."""
        from desktop_app.ui.outbox_view import OutboxView

        if self.outbox_window is None:
            self.outbox_window = OutboxView(self.sync, self._parent())
        self.outbox_window.reload()  # type: ignore[attr-defined]
        self.outbox_window.show()
        self.outbox_window.activateWindow()

    def show_approvals(self) -> QWidget:
        """Open the approval queue."""
        from desktop_app.ui.approval_queue import ApprovalQueueView

        if self.approval_window is None:
            view = ApprovalQueueView(self.sync, self._parent())
            view.decided.connect(self.on_queued)
            self.approval_window = view
        self.approval_window.reload()  # type: ignore[attr-defined]
        self.approval_window.show()
        self.approval_window.activateWindow()
        return self.approval_window

    def show_works(self, box: str | None = None) -> QWidget:
        """Open the « Travaux » window (works statements, MOE / MOA actions), on ``box``
        when given (the dashboard's works figures)."""
        from desktop_app.ui.works_window import WorksWindow

        window = getattr(self, "works_window", None)
        if window is None:
            window = WorksWindow(self.sync, self._parent())
            self.works_window: QWidget | None = window
        else:
            window.reload()
        if isinstance(box, str):
            window.show_box(box)
        window.show()
        window.activateWindow()
        return window

    def export(self, kind: str, target: str | None = None) -> object:
        """Export the list (csv, xlsx) or the selection's PDFs (pdfs, merged)."""
        from desktop_app.ui.export_controller import ExportController

        controller = ExportController(self.database, self._parent())
        self.last_export: Any = controller
        return controller.run(kind, self.current_filter(), self._chosen_ids(), target)

    def show_settings(self) -> None:
        """Open the settings dialog."""
        from desktop_app.ui.i18n import current_language
        from desktop_app.ui.settings_dialog import SettingsDialog

        before = current_language()
        SettingsDialog(self.sync, self.settings, self._parent()).exec()
        chosen = str(self.settings.value("ui/language", before))
        if chosen != before:  # applied at once, as the Langue menu does
            self._parent().language_requested.emit(chosen)  # type: ignore[attr-defined]

    def show_guide(self) -> None:
        """Open the user guide at the section of the focused part (F1)."""
        from desktop_app.ui.user_guide import open_guide, section_for

        window = self._parent()
        open_guide(window, section_for(window.focusWidget()))

    def show_shortcuts(self) -> None:
        """Open the keyboard shortcuts list."""
        from desktop_app.ui.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self.window_actions, self._parent()).exec()
