"""Runs the invoice checks in the background: at start-up and after each sync run.

When a run checked something and the list shows « factures avec anomalies », the list is
filtered again (the outcome is stored, the filter is SQL). One run at a time; a request that
arrives during a run makes it run once more at its end.
"""

from __future__ import annotations

import logging
from typing import Any

from desktop_app.ui.adapters.checks_adapter import CheckRun, check_all
from desktop_app.ui.qt import QObject, QTimer, Signal
from desktop_app.ui.workers import run_in_pool

log = logging.getLogger(__name__)


class ChecksRunner(QObject):
    """Owned by the main window; ``finished`` carries each run's :class:`CheckRun`."""

    finished = Signal(object)

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self._running = False
        self._again = False
        window.bridge.sync_finished.connect(lambda _event: self.run())
        QTimer.singleShot(0, self.run)

    def run(self) -> None:
        """Check what needs it (files downloaded since the last run, or new rules)."""
        if self._running:
            self._again = True
            return
        self._running = True
        database = self.window.database
        run_in_pool(lambda: check_all(database), self._done, self._failed, owner=self)

    def _done(self, outcome: CheckRun) -> None:
        self._running = False
        if outcome.checked and self.window.filters.anomalies.isChecked():
            self.window.apply_filter()
        self.finished.emit(outcome)
        if self._again:
            self._again = False
            self.run()

    def _failed(self, exc: BaseException, details: str) -> None:
        self._running = False
        log.error("invoice checks failed: %s\n%s", exc, details)
