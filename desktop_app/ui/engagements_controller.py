"""File > Import engagements: pick the export, import it off the GUI thread, say what came of it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop_app.documents.engagements_file import import_engagement_file
from desktop_app.domain.engagements import EngagementError
from desktop_app.models.engagements import ImportOutcome
from desktop_app.ui.adapters.sync_adapter import SyncService
from desktop_app.ui.engagement_texts import import_error_text, state_label
from desktop_app.ui.errors import handle_exception
from desktop_app.ui.qt import QFileDialog, QMessageBox, QObject, QWidget, Signal
from desktop_app.ui.workers import run_in_pool


class EngagementsController(QObject):
    """Runs one import at a time; ``imported`` carries the outcome once stored."""

    imported = Signal(object)  # ImportOutcome
    dialog_opened = Signal(object)  # message boxes, before exec (tests drive them)

    def __init__(self, sync: SyncService, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.sync = sync
        self.parent_widget = parent_widget
        self.running = False
        self.last_outcome: ImportOutcome | None = None
        self.last_error: str | None = None

    def choose_and_import(self) -> None:
        """Ask for the file, then import it."""
        if self.running:
            return
        name, _pattern = QFileDialog.getOpenFileName(
            self.parent_widget,
            self.tr("Importer les engagements juridiques"),
            "",
            self.tr("Engagements (*.csv *.txt *.xlsx);;Tous les fichiers (*)"),
        )
        if name:
            self.start(Path(name))

    def start(self, path: Path) -> None:
        """Import ``path`` on a pool thread (the writer stores it in one transaction)."""
        self.running = True
        user = self.sync.user.name

        def work() -> ImportOutcome:
            return import_engagement_file(self.sync.database, path, user=user)

        run_in_pool(work, self._done, self._failed, owner=self)

    def _done(self, outcome: Any) -> None:
        self.running = False
        self.last_outcome = outcome
        self.last_error = None
        counts = "\n".join(
            self.tr("• {state} : {count}").format(state=state_label(state), count=count)
            for state, count in sorted(outcome.counts.items())
        )
        self.imported.emit(outcome)
        self._tell(
            QMessageBox.Icon.Information,
            self.tr("{count} engagement(s) importé(s). Rapprochement des factures :").format(
                count=outcome.stored
            )
            + ("\n" + counts if counts else ""),
        )

    def _failed(self, exc: BaseException, details: str) -> None:
        self.running = False
        if not isinstance(exc, EngagementError):
            handle_exception(type(exc), exc, exc.__traceback__)
            return
        self.last_error = exc.key
        self._tell(QMessageBox.Icon.Warning, import_error_text(exc.key, dict(exc.params)))

    def _tell(self, icon: QMessageBox.Icon, text: str) -> None:
        box = QMessageBox(icon, self.tr("Engagements"), text, parent=self.parent_widget)
        self.dialog_opened.emit(box)
        box.exec()
