"""Administrators' editor of a structure's approval circuit and entity category (deadline).

The dialog validates as one types (messages from the domain's keys), and saves through
:func:`desktop_app.sync.team_circuit.save_settings` on a pool thread (the DB is written by its
writer thread only; in team mode the team store first, whose grants refuse
non-administrators). With the sandbox profile the circuit is the sandbox's
own (read-only here); the category stays editable. :class:`CircuitEditorController` wires the
window's « Circuit d'approbation et délais… » action (enabled for administrators only).
"""

from __future__ import annotations

from datetime import timedelta

from desktop_app.domain.approvals import ApprovalCircuit
from desktop_app.domain.circuit_validation import (
    ApproverRow,
    CircuitDraft,
    CircuitInvalid,
    CircuitIssue,
    DelegationRow,
    Section,
    ThresholdRow,
    circuit_from_draft,
    draft_from_circuit,
    draft_issues,
)
from desktop_app.domain.deadlines import EntityKind
from desktop_app.domain.errors import DomainError
from desktop_app.domain.status_types import Role
from desktop_app.sync.errors import ProfileError
from desktop_app.sync.profiles import ProfileKind
from desktop_app.sync.structure_settings import (
    SaveOutcome,
    StructureChoice,
    StructureConfiguration,
    circuit_is_local,
    known_service_codes,
    known_structures,
    load_structure_settings,
)
from desktop_app.sync.team_circuit import save_settings
from desktop_app.ui.adapters.sync_adapter import SyncService
from desktop_app.ui.circuit_tables import EditableTable
from desktop_app.ui.circuit_texts import entity_kind_label, issue_text
from desktop_app.ui.i18n import message_for
from desktop_app.ui.qt import (
    QAction,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QObject,
    QVBoxLayout,
    QWidget,
    Signal,
    is_alive,
)
from desktop_app.ui.settings_dialog import role_label
from desktop_app.ui.workers import run_in_pool

MAX_SHOWN_ISSUES = 6


def profile_kind(sync: SyncService) -> ProfileKind:
    """The kind of the profile in use (the connection's, else the settings')."""
    if sync.connection is not None:
        return sync.connection.profile.kind
    try:
        return sync.load_profiles().profile(sync.user.profile).kind
    except ProfileError:
        return ProfileKind.SANDBOX if sync.user.profile == "sandbox" else ProfileKind.CUSTOM


class CircuitEditorDialog(QDialog):
    """Structure chooser, category, thresholds, approvers, delegations; Save in background."""

    saved = Signal(object)  # SaveOutcome
    question_opened = Signal(object)  # the QMessageBox about to ask (tests answer it)

    def __init__(
        self, sync: SyncService, circuit_local: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.sync = sync
        self.circuit_local = circuit_local
        self.saving = False
        self.last_outcome: SaveOutcome | None = None
        self.issues: tuple[CircuitIssue, ...] = ()
        self.shown_structure: int | None = None
        self._loaded: tuple[CircuitDraft, EntityKind] | None = None
        self._pending: tuple[CircuitDraft, EntityKind] | None = None
        self.setWindowTitle(self.tr("Circuit d'approbation et délais de paiement"))
        self.resize(820, 720)
        self.structure = QComboBox(self)
        self.structure.setAccessibleName(self.tr("Structure"))
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Catégorie de l'entité"))
        for kind in EntityKind:
            self.kind.addItem(entity_kind_label(kind), kind.value)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.default_threshold = QLineEdit(self)
        self.default_threshold.setAccessibleName(self.tr("Seuil par défaut"))
        self.default_threshold.setPlaceholderText(self.tr("exemple : 40 000,00"))
        self.thresholds = EditableTable(
            [self.tr("Code service"), self.tr("Seuil (EUR HT)")],
            self.tr("Ajouter un seui&l"),
            self.tr("Retirer ce seuil"),
            self.tr("Seuils par service"),
            self,
        )
        self.approvers = EditableTable(
            [self.tr("Identifiant"), self.tr("Services (séparés par des virgules ; vide = tous)")],
            self.tr("Ajouter un approbateu&r"),
            self.tr("Retirer cet approbateur"),
            self.tr("Approbateurs"),
            self,
        )
        self.delegations = EditableTable(
            [self.tr("Approbateur absent"), self.tr("Délégataire"), self.tr("Du"), self.tr("Au")],
            self.tr("Ajouter une délé&gation"),
            self.tr("Retirer cette délégation"),
            self.tr("Délégations"),
            self,
        )
        self.messages = QLabel(self)
        self.messages.setWordWrap(True)
        self.messages.setObjectName("circuit_messages")
        self.messages.setStyleSheet("QLabel#circuit_messages { color: #a40000; }")
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Enregistrer"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Fermer"))
        for standard in (
            QDialogButtonBox.StandardButton.Save,
            QDialogButtonBox.StandardButton.Close,
        ):
            button = self.buttons.button(standard)  # Enter commits a cell, it never saves
            button.setAutoDefault(False)
            button.setDefault(False)
        self._layout()
        self.structure.currentIndexChanged.connect(lambda _i: self._structure_chosen())
        self.kind.currentIndexChanged.connect(lambda _i: self.validate())
        self.default_threshold.textChanged.connect(lambda _t: self.validate())
        for table in (self.thresholds, self.approvers, self.delegations):
            table.changed.connect(self.validate)
            table.set_read_only(not circuit_local)
        self.default_threshold.setReadOnly(not circuit_local)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.note.setText(self._note_text())
        self.reload_structures()

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Structure :"), self.structure)
        form.addRow(self.tr("&Catégorie (délai de paiement) :"), self.kind)
        form.addRow(self.tr("Seuil par &défaut (EUR HT) :"), self.default_threshold)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        for title, table in (
            (self.tr("Seuils par service (au-delà, un responsable décide)"), self.thresholds),
            (self.tr("Approbateurs et leurs services"), self.approvers),
            (self.tr("Délégations (absences, dates incluses)"), self.delegations),
        ):
            box = QGroupBox(title, self)
            inner = QVBoxLayout(box)
            inner.addWidget(table)
            layout.addWidget(box, 1)
        layout.addWidget(self.messages)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def _note_text(self) -> str:
        if self.circuit_local:
            return self.tr(
                "Chorus Pro n'a pas de circuit d'approbation : celui-ci est appliqué par "
                "Invoice Desk. Chaque modification est tracée dans le journal d'audit."
            )
        return self.tr(
            "Profil bac à sable : le circuit d'approbation est celui du bac à sable, qui "
            "l'applique lui-même et le renvoie à chaque connexion ; il est affiché en lecture "
            "seule. La catégorie de l'entité reste modifiable ici."
        )

    # -- loading ---------------------------------------------------------------------------
    def reload_structures(self) -> None:
        """Fill the structure chooser from the cache (keeps the current choice if present)."""
        choices = self.sync.database.query(known_structures)
        current = self.structure_id()
        self.structure.blockSignals(True)
        try:
            self.structure.clear()
            for choice in choices:
                self.structure.addItem(self._choice_text(choice), choice.id)
            index = self.structure.findData(current) if current is not None else -1
            self.structure.setCurrentIndex(max(index, 0) if choices else -1)
        finally:
            self.structure.blockSignals(False)
        self.load_current()

    def _choice_text(self, choice: StructureChoice) -> str:
        name = choice.name or self.tr("Structure {id}").format(id=choice.id)
        return self.tr("{name} ({id}) — {count} facture(s)").format(
            name=name, id=choice.id, count=choice.invoices
        )

    def structure_id(self) -> int | None:
        """The chosen structure."""
        data = self.structure.currentData()
        return int(data) if data is not None else None

    def load_current(self) -> None:
        """Show what is stored for the chosen structure."""
        sid = self.structure_id()
        if sid is None:
            self.show_configuration(None)
            return
        codes = self.sync.database.query(known_service_codes, sid)
        self.thresholds.set_completions(0, codes)
        self.approvers.set_completions(1, codes, separator=",")
        self.show_configuration(self.sync.database.query(load_structure_settings, sid))

    def show_configuration(self, configuration: StructureConfiguration | None) -> None:
        """Fill every field from ``configuration`` (defaults when None)."""
        circuit = configuration.circuit if configuration else ApprovalCircuit()
        kind = configuration.entity_kind if configuration else EntityKind.LOCAL_AUTHORITY
        draft = draft_from_circuit(circuit)
        self.kind.blockSignals(True)
        self.kind.setCurrentIndex(max(self.kind.findData(kind.value), 0))
        self.kind.blockSignals(False)
        self.default_threshold.blockSignals(True)
        self.default_threshold.setText(draft.default_threshold)
        self.default_threshold.blockSignals(False)
        self.thresholds.set_rows((t.service_code, t.amount) for t in draft.thresholds)
        self.approvers.set_rows((a.user, a.services) for a in draft.approvers)
        today = self.sync.today()
        self.delegations.set_defaults(["", "", today, today + timedelta(days=14)])
        self.delegations.set_rows(
            (d.delegator, d.delegate, d.start, d.end) for d in draft.delegations
        )
        self.status.clear()
        self.shown_structure = self.structure_id()
        self._loaded = (self.draft(), self.entity_kind())
        self.validate()

    # -- unsaved changes -------------------------------------------------------------------
    def is_dirty(self) -> bool:
        """True when the fields differ from what was loaded or last saved."""
        return self._loaded is not None and self._loaded != (self.draft(), self.entity_kind())

    def confirm_discard(self) -> bool:
        """True when nothing is unsaved, or the user agrees to drop the changes."""
        if not self.is_dirty() or self.saving:
            return not self.saving
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Modifications non enregistrées"),
            self.tr(
                "Les modifications de cette structure ne sont pas enregistrées. Les abandonner ?"
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.question_opened.emit(box)
        box.exec()
        return box.clickedButton() is box.button(QMessageBox.StandardButton.Discard)

    def _structure_chosen(self) -> None:
        if self.structure_id() == self.shown_structure:
            return
        if not self.confirm_discard():
            self.structure.blockSignals(True)
            self.structure.setCurrentIndex(max(self.structure.findData(self.shown_structure), 0))
            self.structure.blockSignals(False)
            return
        self.load_current()

    def reject(self) -> None:
        """Close (Escape, « Fermer », the title bar's button), unless changes are kept."""
        if self.confirm_discard():
            super().reject()

    # -- validation ------------------------------------------------------------------------
    def draft(self) -> CircuitDraft:
        """What the fields hold."""
        t, a, d = self.thresholds, self.approvers, self.delegations
        return CircuitDraft(
            self.default_threshold.text(),
            tuple(ThresholdRow(t.text(r, 0), t.text(r, 1)) for r in range(t.row_count())),
            tuple(ApproverRow(a.text(r, 0), a.text(r, 1)) for r in range(a.row_count())),
            tuple(
                DelegationRow(d.text(r, 0), d.text(r, 1), d.date_at(r, 2), d.date_at(r, 3))
                for r in range(d.row_count())
            ),
        )

    def entity_kind(self) -> EntityKind:
        """The chosen category."""
        return EntityKind(str(self.kind.currentData()))

    def validate(self) -> tuple[CircuitIssue, ...]:
        """Check the fields now; show the messages; Save only when valid."""
        self.issues = draft_issues(self.draft()) if self.circuit_local else ()
        texts = [issue_text(i) for i in self.issues]
        shown = texts[:MAX_SHOWN_ISSUES]
        if len(texts) > MAX_SHOWN_ISSUES:
            shown.append(
                self.tr("… et {count} autre(s) problème(s).").format(
                    count=len(texts) - MAX_SHOWN_ISSUES
                )
            )
        self.messages.setText("\n".join(shown))
        for section, table in (
            (Section.THRESHOLDS, self.thresholds),
            (Section.APPROVERS, self.approvers),
            (Section.DELEGATIONS, self.delegations),
        ):
            rows: dict[int, str] = {}
            for issue, text in zip(self.issues, texts, strict=True):
                if issue.section == section and issue.row is not None:
                    rows.setdefault(issue.row, text)
            table.mark_rows(rows)
        default_issue = next(
            (t for i, t in zip(self.issues, texts, strict=True) if i.section == Section.DEFAULT), ""
        )
        self.default_threshold.setToolTip(default_issue)
        self.save_button.setEnabled(
            not self.issues and not self.saving and self.structure_id() is not None
        )
        return self.issues

    # -- saving ----------------------------------------------------------------------------
    def save(self) -> bool:
        """Save in the background; False (nothing written) when the fields are invalid."""
        sid = self.structure_id()
        if self.saving or sid is None or self.validate():
            return False
        try:
            circuit = circuit_from_draft(self.draft()) if self.circuit_local else None
        except CircuitInvalid as exc:  # validate() just passed: only a race could get here
            self.messages.setText(issue_text(exc.issues[0]))
            return False
        kind = self.entity_kind()
        self._pending = (self.draft(), kind)
        user, role, database = self.sync.user.name, self.sync.user.role, self.sync.database
        self.saving = True
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Enregistrement…"))
        run_in_pool(
            lambda: save_settings(database, sid, circuit, kind, user=user, role=role),
            self._saved,
            self._failed,
            owner=self,
        )
        return True

    def _saved(self, outcome: SaveOutcome) -> None:
        self.saving = False
        self.last_outcome = outcome
        self._loaded = self._pending
        if self.sync.team.is_team():
            text = self.tr(
                "Enregistré dans le dépôt d'équipe pour tous les postes (journal d'audit n° "
                "{event})."
            ).format(event=outcome.event_id)
        else:
            text = self.tr("Enregistré (journal d'audit n° {event}).").format(
                event=outcome.event_id
            )
        if outcome.kind_changed:
            text += " " + self.tr("Échéances recalculées : {count} facture(s).").format(
                count=outcome.recomputed
            )
        self.status.setText(text)
        self.validate()
        self.saved.emit(outcome)

    def _failed(self, error: BaseException, _details: str) -> None:
        self.saving = False
        if isinstance(error, CircuitInvalid):
            self.status.setText(issue_text(error.issues[0]))
        elif isinstance(error, DomainError):
            self.status.setText(message_for(error.key, error.params))
        else:
            self.status.setText(
                self.tr("L'enregistrement a échoué : {error}").format(error=str(error)[:200])
            )
        self.validate()


class CircuitEditorController(QObject):
    """Enables the editor's action for administrators and opens the dialog."""

    saved = Signal(object)  # SaveOutcome

    def __init__(self, sync: SyncService, action: QAction, parent: QWidget) -> None:
        super().__init__(parent)
        self.sync = sync
        self.action = action
        self.window = parent
        self.dialog: CircuitEditorDialog | None = None
        action.triggered.connect(lambda _checked=False: self.open())
        self.refresh()

    def allowed(self) -> bool:
        """True for administrators."""
        return self.sync.user.role is Role.ADMIN

    def refresh(self) -> None:
        """Enable the action for administrators; others see why it is disabled."""
        allowed = self.allowed()
        self.action.setEnabled(allowed)
        if allowed:
            tip = self.tr("Seuils, approbateurs, délégations et catégorie de chaque structure.")
        else:
            tip = self.tr("Réservé aux administrateurs (votre rôle : {role}).").format(
                role=role_label(self.sync.user.role.value)
            )
        self.action.setToolTip(tip)
        self.action.setStatusTip(tip)
        for widget in self.action.associatedObjects():
            if isinstance(widget, QMenu):
                widget.setToolTipsVisible(True)

    def may_close(self) -> bool:
        """True unless the open editor holds unsaved edits the user chooses to keep."""
        dialog = self.dialog
        if dialog is None or not is_alive(dialog) or not dialog.isVisible():
            return True
        if not dialog.confirm_discard():
            return False
        dialog.done(QDialog.DialogCode.Rejected)  # dropped: close without asking again
        return True

    def open(self) -> CircuitEditorDialog | None:
        """Open the editor (None, with the action disabled, for non-administrators)."""
        self.refresh()
        if not self.allowed():
            return None
        if self.dialog is not None and is_alive(self.dialog) and self.dialog.isVisible():
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        if self.dialog is not None and is_alive(self.dialog):
            self.dialog.deleteLater()
        dialog = CircuitEditorDialog(
            self.sync, circuit_is_local(profile_kind(self.sync)), self.window
        )
        dialog.saved.connect(self.saved.emit)
        self.dialog = dialog
        dialog.open()
        return dialog
