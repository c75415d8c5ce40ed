"""The approval queue: requests the current user may decide, approved or refused in batch."""

from __future__ import annotations

from desktop_app.sync.approvals import DecisionOutcome, RequestView
from desktop_app.ui.adapters.sync_adapter import SyncService
from desktop_app.ui.errors import show_error
from desktop_app.ui.i18n import message_for
from desktop_app.ui.qt import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from desktop_app.ui.texts import action_label, money_text, timestamp_text
from desktop_app.ui.workers import when_done


class ApprovalQueueView(QDialog):
    """Lists pending requests (multi-selection); approve or refuse with one comment."""

    decided = Signal(object)  # list of invoice ids whose request was decided

    def __init__(self, sync: SyncService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sync = sync
        self.setWindowTitle(self.tr("Approbations en attente"))
        self.resize(1000, 520)
        self.requests: list[RequestView] = []
        self.last_outcome: DecisionOutcome | None = None  # the last decision, once written
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(self)
        self.table.setColumnCount(7)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Facture"),
                self.tr("Fournisseur"),
                self.tr("Action"),
                self.tr("Service"),
                self.tr("Montant HT"),
                self.tr("Seuil HT"),
                self.tr("Demandée par"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Demandes d'approbation"))
        self.comment = QPlainTextEdit(self)
        self.comment.setPlaceholderText(self.tr("Commentaire (obligatoire pour un refus)"))
        self.comment.setTabChangesFocus(True)
        self.comment.setMaximumHeight(80)
        comment_label = QLabel(self.tr("&Commentaire"), self)
        comment_label.setBuddy(self.comment)
        self.approve_button = QPushButton(self.tr("&Approuver la sélection"), self)
        self.refuse_button = QPushButton(self.tr("&Refuser la sélection"), self)
        self.refresh_button = QPushButton(self.tr("Ac&tualiser"), self)
        self.close_button = QPushButton(self.tr("&Fermer"), self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.approve_button, self.refuse_button, self.refresh_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(comment_label)
        layout.addWidget(self.comment)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.approve_button.clicked.connect(lambda: self.decide_selected(True))
        self.refuse_button.clicked.connect(lambda: self.decide_selected(False))
        self.refresh_button.clicked.connect(self.reload)
        self.close_button.clicked.connect(self.close)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.reload()

    def reload(self) -> None:
        """Re-read the requests the current user may decide today."""
        self.requests = self.sync.approval_requests()
        self.intro.setText(
            self.tr(
                "{count} demande(s) que {user} peut décider aujourd'hui "
                "(seuils, approbateurs et délégations de l'entité)."
            ).format(count=len(self.requests), user=self.sync.user.name)
        )
        self.table.setRowCount(len(self.requests))
        for row, request in enumerate(self.requests):
            values = [
                request.invoice_number,
                request.supplier_name,
                action_label(request.action),
                request.service_code or "",
                money_text(request.amount_excl_vat),
                money_text(request.threshold),
                self.tr("{user}, le {when}").format(
                    user=request.requested_by or "?", when=timestamp_text(request.requested_at)
                ),
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column in (4, 5):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        if self.requests:
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> list[RequestView]:
        """The selected requests."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.requests[r] for r in rows if r < len(self.requests)]

    def _update_buttons(self) -> None:
        chosen = bool(self.selected())
        self.approve_button.setEnabled(chosen)
        self.refuse_button.setEnabled(chosen)

    def decide_selected(self, approve: bool) -> bool:
        """Approve or refuse the selection with the comment (a refusal needs one); False
        when nothing was asked. The writer's outcome arrives later (:attr:`last_outcome`,
        :attr:`decided`): the window never waits on a write."""
        chosen = self.selected()
        if not chosen:
            return False
        comment = self.comment.toPlainText().strip() or None
        if not approve and comment is None:
            self.message.setText(self.tr("Indiquez le motif du refus en commentaire."))
            self.comment.setFocus()
            return False
        self.last_outcome = None
        future = self.sync.decide([r.id for r in chosen], approve=approve, comment=comment)
        when_done(
            future,
            lambda outcome: self._decided(chosen, approve, outcome),
            lambda exc, details: show_error(str(exc), details, self),
        )
        return True

    def _decided(self, chosen: list[RequestView], approve: bool, outcome: DecisionOutcome) -> None:
        self.last_outcome = outcome
        decided = [r.invoice_id for r in chosen if r.id in outcome.decided]
        if self.sync.team.is_team():  # the team store decides who was first
            text = self.tr(
                "{count} décision(s) transmise(s) au dépôt d'équipe : elles prennent effet dès "
                "qu'il les confirme (une décision déjà prise par un collègue vous sera signalée)."
            ).format(count=len(outcome.decided))
        else:
            text = (
                self.tr("{count} demande(s) approuvée(s) : actions mises en file d'envoi.")
                if approve
                else self.tr("{count} demande(s) refusée(s).")
            ).format(count=len(outcome.decided))
        if outcome.refused:
            text += " " + "; ".join(message_for(key, {}) for _id, key in outcome.refused[:3])
        self.message.setText(text)
        self.comment.clear()
        self.decided.emit(decided)
        self.reload()
