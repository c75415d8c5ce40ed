"""New invoices seen: the invoice that stays current in the list a moment, « Marquer comme
vues » (the selection) and « Tout marquer comme vu » (the current list) clear their "new"
flag through the one database writer; the list and the sidebar counts then follow."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from typing import TYPE_CHECKING

from desktop_app.models.seen_marks import submit_mark_all_seen, submit_mark_seen
from desktop_app.ui.errors import show_error
from desktop_app.ui.qt import QCoreApplication, QObject, QTimer, Signal
from desktop_app.ui.workers import when_done

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow


class SeenTracker(QObject):
    """Marks invoices seen for the window: the current one after :attr:`DWELL_MS`, the
    activated one at once, the selection or the whole list on request."""

    DWELL_MS = 2000  # "it stays current in the list for a couple of seconds"

    marked = Signal(list)  # ids whose flag was cleared (after the write)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.database = window.database
        self._current: int | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(self.DWELL_MS)
        self.timer.timeout.connect(self._dwelt)

    # -- triggers ------------------------------------------------------------------------------
    def current_changed(self, invoice_id: int | None) -> None:
        """The list's current invoice moved: it is seen if it stays there."""
        self._current = invoice_id
        if invoice_id is not None and self._is_new(invoice_id):
            self.timer.start()
        else:
            self.timer.stop()

    def opened(self) -> None:
        """The current invoice was opened (Enter, double click): seen at once."""
        self.timer.stop()
        current = self.window.list.current_id()
        if current is not None and self._is_new(current):
            self._submit(lambda: submit_mark_seen(self.database, [current]))

    def mark_selection(self) -> None:
        """« Marquer comme vues »: the selected invoices (or the current one)."""
        ids = self.window.list.selected_ids()
        current = self.window.list.current_id()
        if not ids and current is not None:
            ids = [current]
        if ids:
            self._submit(lambda: submit_mark_seen(self.database, ids))

    def mark_all(self) -> None:
        """« Tout marquer comme vu »: every invoice of the current list."""
        criteria = self.window.current_filter()
        self._submit(lambda: submit_mark_all_seen(self.database, criteria))

    # -- plumbing ------------------------------------------------------------------------------
    def _is_new(self, invoice_id: int) -> bool:
        row = self.window.list.invoice_model.row_for(invoice_id)
        return row is not None and row.is_new

    def _dwelt(self) -> None:
        current = self.window.list.current_id()
        # a window left in the background is not looked at: its current row stays new
        if current is not None and current == self._current and self.window.isActiveWindow():
            self._submit(lambda: submit_mark_seen(self.database, [current]))

    def _submit(self, start: Callable[[], Future[list[int]]]) -> None:
        when_done(start(), self._written, self._failed)

    def _written(self, ids: list[int]) -> None:
        if ids:
            self.window.list.invoice_model.refresh_display(ids)
            self.window.inboxes.refresh_counts()
        self.marked.emit(ids)

    def _failed(self, exc: BaseException, details: str) -> None:
        message = QCoreApplication.translate(
            "SeenTracker", "Les factures n'ont pas pu être marquées comme vues : {error}"
        ).format(error=exc)
        show_error(message, details, self.window)
