"""The saved searches of the window's filter bar: save, rename, delete, choose.

Everything goes through the service's Qt-free surface
(:meth:`desktop_app.sync.team_desk.TeamDesk.searches`). In solo mode this is what the window
did before (a name asked, the search kept in the cache). In team mode the save dialog also
offers « Partager avec l'équipe », and the chooser lists, after one's own searches (« · partagée »
when shared), the ones colleagues share, marked with their owner, refreshed at every round of
the team link. « Renommer » and « Supprimer » apply to the search last chosen, and only to one's
own: a colleague's shared search can be used, not changed (the team store refuses it too).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.domain.errors import DomainError
from desktop_app.sync.team_searches import SearchEntry, TeamSearches
from desktop_app.ui.errors import show_error
from desktop_app.ui.i18n import message_for
from desktop_app.ui.qt import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QObject,
    QWidget,
)
from desktop_app.ui.workers import when_done

if TYPE_CHECKING:
    from desktop_app.models.queries import InvoiceFilter
    from desktop_app.ui.main_window import MainWindow


class SaveSearchDialog(QDialog):
    """Team mode's « Enregistrer la recherche »: its name, and whether the team sees it."""

    def __init__(self, parent: QWidget, name: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("save_search_dialog")
        self.setWindowTitle(self.tr("Enregistrer la recherche"))
        layout = QFormLayout(self)
        self.name = QLineEdit(name, self)
        self.name.setMaxLength(200)
        self.name.setAccessibleName(self.tr("Nom de la recherche"))
        layout.addRow(self.tr("&Nom de la recherche :"), self.name)
        self.shared = QCheckBox(self.tr("&Partager avec l'équipe (partagée)"), self)
        self.shared.setToolTip(
            self.tr("Vos collègues la verront dans leurs recherches, marquée de votre nom.")
        )
        layout.addRow(self.shared)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)


class SavedSearchesController(QObject):
    """Wires « Enregistrer / Renommer / Supprimer la recherche » and the chooser."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.entries: dict[int, SearchEntry] = {}
        self.current: SearchEntry | None = None  # last chosen in the chooser
        self._shown: tuple[tuple[int, str, str, bool, bool], ...] | None = None
        actions = window.actions_by_key
        actions["save_search"].triggered.connect(self.save_current)
        actions["rename_search"].triggered.connect(self.rename_current)
        actions["delete_search"].triggered.connect(self.delete_current)
        window.filters.save_requested.connect(self.save_current)
        window.filters.saved_chosen.connect(self.load)
        window.bridge.team_link_changed.connect(lambda _e: self.refresh())
        window.bridge.connection_changed.connect(lambda _e: self.refresh())

    def surface(self) -> TeamSearches:
        return self.window.sync.team.searches(self.window.sync.user.name)

    # -- the chooser -------------------------------------------------------------------------
    def label(self, entry: SearchEntry) -> str:
        """What the chooser shows for ``entry``."""
        if not entry.own:
            return self.tr("{name} — de {owner}").format(name=entry.name, owner=entry.owner)
        if entry.shared:
            return self.tr("{name} · partagée").format(name=entry.name)
        return entry.name

    def refresh(self, *, force: bool = False) -> None:
        """Re-read the searches; the chooser is rebuilt only when they changed."""
        entries = self.surface().list()
        shown = tuple((e.id, e.name, e.owner, e.own, e.shared) for e in entries)
        if shown == self._shown and not force:
            return
        self._shown = shown
        self.entries = {e.id: e for e in entries}
        if self.current is not None:
            self.current = next(
                (e for e in entries if (e.own, e.owner, e.name) == self._key(self.current)),
                self.entries.get(self.current.id) if self.current.own else None,
            )
        self.window.filters.set_saved([(e.id, self.label(e)) for e in entries])
        self.update_actions()

    @staticmethod
    def _key(entry: SearchEntry) -> tuple[bool, str, str]:
        return (entry.own, entry.owner, entry.name)

    def load(self, search_id: int) -> None:
        """Show the chosen search's invoices."""
        entry = self.entries.get(search_id)
        if entry is None:
            return
        self.current = entry
        self.update_actions()
        self.window.show_saved_criteria(entry.criteria)

    def update_actions(self) -> None:
        """« Renommer » / « Supprimer » for one's own chosen search only (tooltips say why)."""
        own = self.current is not None and self.current.own
        for key in ("rename_search", "delete_search"):
            action = self.window.actions_by_key[key]
            action.setEnabled(own)
            if own:
                tip = self.tr("S'applique à la recherche « {name} ».").format(
                    name=self.current.name if self.current else ""
                )
            elif self.current is not None:
                tip = self.tr(
                    "« {name} » est partagée par {owner} : seul son auteur peut la modifier."
                ).format(name=self.current.name, owner=self.current.owner)
            else:
                tip = self.tr("Choisissez d'abord une de vos recherches enregistrées.")
            action.setToolTip(tip)
            action.setStatusTip(tip)

    # -- save, rename, delete ----------------------------------------------------------------
    def save_current(self) -> None:
        """Ask a name (and, in team mode, whether to share it) and save the current criteria."""
        if not self.window.sync.team.is_team():
            name, ok = QInputDialog.getText(
                self.window,
                self.tr("Enregistrer la recherche"),
                self.tr("Nom de la recherche :"),
            )
            if ok and name.strip():
                self.save_as(name.strip())
            return
        dialog = SaveSearchDialog(self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.name.text().strip():
            self.save_as(dialog.name.text().strip(), shared=dialog.shared.isChecked())

    def save_as(
        self, name: str, *, shared: bool = False, criteria: InvoiceFilter | None = None
    ) -> None:
        """Save ``criteria`` (the list's current ones) under ``name``."""
        chosen = criteria if criteria is not None else self.window.current_filter()
        try:
            future = self.surface().save(name, chosen, shared=shared)
        except DomainError as exc:
            self._tell(exc)
            return
        when_done(future, lambda _id: self.refresh(force=True), self._failed)

    def rename_current(self) -> None:
        """Rename the chosen search (one's own)."""
        entry = self.current
        if entry is None or not entry.own:
            return
        name, ok = QInputDialog.getText(
            self.window,
            self.tr("Renommer la recherche"),
            self.tr("Nouveau nom de « {name} » :").format(name=entry.name),
            QLineEdit.EchoMode.Normal,
            entry.name,
        )
        if not ok:
            return
        try:
            future = self.surface().rename(entry.id, name)
        except DomainError as exc:
            self._tell(exc)
            return
        when_done(future, lambda _n: self.refresh(force=True), self._failed)

    def delete_current(self) -> None:
        """Delete the chosen search (one's own), once the person confirms."""
        entry = self.current
        if entry is None or not entry.own:
            return
        text = self.tr("Supprimer la recherche « {name} » ?").format(name=entry.name)
        if entry.shared:
            text += " " + self.tr("Elle disparaîtra aussi chez vos collègues.")
        answer = QMessageBox.question(
            self.window,
            self.tr("Supprimer la recherche"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.current = None

        def done(_name: str) -> None:
            self.refresh(force=True)

        when_done(self.surface().delete(entry.id), done, self._failed)

    def _failed(self, error: BaseException, _details: str) -> None:
        if isinstance(error, DomainError):
            self._tell(error)
            self.refresh(force=True)
            return
        show_error(
            self.tr("La recherche n'a pas pu être enregistrée : {error}").format(
                error=str(error)[:200]
            ),
            _details,
            self.window,
        )

    def _tell(self, error: DomainError) -> None:
        QMessageBox.warning(
            self.window, self.tr("Recherches enregistrées"), message_for(error.key, error.params)
        )
