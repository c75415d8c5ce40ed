"""The outbox: actions waiting, refused (fix and resend, or discard), in conflict (resolve)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from desktop_app.domain.actions import motifs_for
from desktop_app.domain.motif_text import split_motif
from desktop_app.domain.permissions import ActionKind
from desktop_app.ui.actions_controller import ActionsController
from desktop_app.ui.adapters.sync_adapter import OutboxRow, SyncService
from desktop_app.ui.i18n import status_label
from desktop_app.ui.qt import (
    QAbstractItemView,
    QCoreApplication,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from desktop_app.ui.refusal_texts import outbox_message
from desktop_app.ui.texts import action_label, money_text, outbox_state_label, timestamp_text
from desktop_app.ui.workers import when_done


def describe_mine(payload: dict[str, Any] | None) -> str:
    """The queued action, field by field, in words."""
    if not payload:
        return ""
    translate = QCoreApplication.translate
    lines = [
        translate("OutboxView", "Statut demandé : {status}").format(
            status=status_label(str(payload.get("nouveauStatut") or ""))
        )
    ]
    if payload.get("motif"):  # the text the platform keeps (label, comment, attachments)
        lines.append(translate("OutboxView", "Motif : {motif}").format(motif=payload["motif"]))
    if payload.get("numeroDPMandat") and payload.get("montantDPMandat") is not None:
        lines.append(
            translate("OutboxView", "Mandat : {number} — {amount}").format(
                number=payload["numeroDPMandat"],
                amount=money_text(Decimal(str(payload["montantDPMandat"]))),
            )
        )
    elif payload.get("numeroDPMandat"):
        lines.append(
            translate("OutboxView", "Mandat : {number}").format(number=payload["numeroDPMandat"])
        )
    return "\n".join(lines)


def describe_theirs(remote: dict[str, Any] | None) -> str:
    """The platform's version of the invoice kept with the conflict, in words."""
    if not remote:
        return ""
    translate = QCoreApplication.translate
    lines = [
        translate("OutboxView", "Statut : {status}").format(
            status=status_label(str(remote.get("statut") or ""))
        ),
        translate("OutboxView", "Depuis le : {when}").format(
            when=timestamp_text(str(remote.get("dateHeureEtatCourant") or ""))
        ),
    ]
    if remote.get("commentaireEtatCourant"):
        lines.append(
            translate("OutboxView", "Commentaire : {comment}").format(
                comment=remote["commentaireEtatCourant"]
            )
        )
    if remote.get("montantTTC") is not None:
        lines.append(
            translate("OutboxView", "Montant TTC : {amount}").format(
                amount=money_text(Decimal(str(remote["montantTTC"])))
            )
        )
    return "\n".join(lines)


class OutboxView(QDialog):
    """Non-modal window listing open outbox rows, with the fix / discard / resolve buttons."""

    changed = Signal()

    def __init__(self, sync: SyncService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sync = sync
        self.setWindowTitle(self.tr("Envois en attente"))
        self.resize(980, 560)
        self.rows: list[OutboxRow] = []
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Facture"),
                self.tr("Fournisseur"),
                self.tr("Action"),
                self.tr("État"),
                self.tr("Essais"),
                self.tr("Message de la plateforme"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(1, 180)
        self.table.setColumnWidth(2, 130)
        self.table.setColumnWidth(3, 130)
        self.mine = QPlainTextEdit(self)
        self.mine.setReadOnly(True)
        self.theirs = QPlainTextEdit(self)
        self.theirs.setReadOnly(True)
        versions = QWidget(self)
        grid = QGridLayout(versions)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("<b>Ma version</b> (action en attente)"), versions), 0, 0)
        grid.addWidget(QLabel(self.tr("<b>Leur version</b> (plateforme)"), versions), 0, 1)
        grid.addWidget(self.mine, 1, 0)
        grid.addWidget(self.theirs, 1, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(versions)
        self.fix_button = QPushButton(self.tr("&Corriger et renvoyer…"), self)
        self.discard_button = QPushButton(self.tr("&Abandonner"), self)
        self.keep_mine_button = QPushButton(self.tr("&Garder ma version"), self)
        self.take_theirs_button = QPushButton(self.tr("&Prendre la leur"), self)
        self.close_button = QPushButton(self.tr("&Fermer"), self)
        buttons = QHBoxLayout()
        for button in (
            self.fix_button,
            self.discard_button,
            self.keep_mine_button,
            self.take_theirs_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        self.empty = QLabel(self.tr("Aucun envoi en attente."), self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.table.currentCellChanged.connect(lambda *_: self._selection_changed())
        self.fix_button.clicked.connect(self.fix_selected)
        self.discard_button.clicked.connect(self.discard_selected)
        self.keep_mine_button.clicked.connect(lambda: self.resolve_selected(keep_mine=True))
        self.take_theirs_button.clicked.connect(lambda: self.resolve_selected(keep_mine=False))
        self.close_button.clicked.connect(self.close)
        self.controller = ActionsController(sync, self)
        self.reload()

    def reload(self) -> None:
        """Re-read open rows."""
        current = self.selected()
        self.rows = self.sync.outbox_rows()
        self.table.setRowCount(len(self.rows))
        for row, entry in enumerate(self.rows):
            cells = [
                entry.invoice_number,
                entry.supplier_name,
                action_label(entry.action),
                outbox_state_label(entry.state),
                str(entry.attempts),
                self._message(entry),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if entry.state in ("needs_attention", "conflict") and column == 3:
                    item.setForeground(Qt.GlobalColor.red)
                self.table.setItem(row, column, item)
        self.empty.setVisible(not self.rows)
        index = next((i for i, r in enumerate(self.rows) if current and r.id == current.id), 0)
        if self.rows:
            self.table.setCurrentCell(index, 0)
        self._selection_changed()

    def _message(self, entry: OutboxRow) -> str:
        if entry.state == "conflict":
            remote = entry.remote_snapshot or {}
            return self.tr(
                "La facture a changé sur la plateforme ({status}) depuis votre action."
            ).format(status=status_label(str(remote.get("statut") or entry.current_status or "")))
        return outbox_message(entry.last_error_code, entry.last_error)

    def selected(self) -> OutboxRow | None:
        """The highlighted row."""
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def select_entry(self, entry_id: int) -> None:
        """Highlight the row of outbox entry ``entry_id``."""
        for row, entry in enumerate(self.rows):
            if entry.id == entry_id:
                self.table.setCurrentCell(row, 0)

    def _selection_changed(self) -> None:
        entry = self.selected()
        state = entry.state if entry else None
        self.mine.setPlainText(describe_mine(entry.payload) if entry else "")
        theirs = ""
        if entry is not None and entry.remote_snapshot:
            theirs = describe_theirs(entry.remote_snapshot)
        elif entry is not None and entry.state == "conflict":
            theirs = self.tr("Statut actuel : {status}").format(
                status=status_label(entry.current_status)
            )
        self.theirs.setPlainText(theirs)
        self.fix_button.setEnabled(state == "needs_attention")
        self.discard_button.setEnabled(
            state in ("pending", "interrupted", "needs_attention", "conflict")
        )
        self.keep_mine_button.setEnabled(state == "conflict")
        self.take_theirs_button.setEnabled(state == "conflict")

    def _after(self, _result: object) -> None:
        self.reload()
        self.changed.emit()

    def discard_selected(self) -> None:
        """Give up the selected action."""
        entry = self.selected()
        if entry is not None:
            when_done(self.sync.discard(entry.id), self._after)

    def resolve_selected(self, keep_mine: bool) -> None:
        """Resolve the selected conflict."""
        entry = self.selected()
        if entry is not None and entry.state == "conflict":
            when_done(self.sync.resolve_conflict(entry.id, keep_mine), self._after)

    def fix_selected(self) -> None:
        """Reopen the action's dialog, then replace the refused action by the corrected one."""
        entry = self.selected()
        if entry is None or entry.state != "needs_attention":
            return
        kind = ActionKind(entry.action)
        targets = self.controller.targets([entry.invoice_id])
        if not targets:
            return
        dialog = self.controller._dialog(kind, targets)
        self._prefill(dialog, entry)
        self.controller.dialog_opened.emit(dialog)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.change is None:
            return
        when_done(self.sync.fix_and_resend(entry.id, entry.invoice_id, dialog.change), self._after)

    @staticmethod
    def _prefill(dialog: Any, entry: OutboxRow) -> None:
        """The refused input back in the dialog, read from ``motif`` (the text sent; the IPM5
        ``codeMotif`` is used when the profile sent it)."""
        payload = entry.payload
        target = str(payload.get("nouveauStatut") or "")
        by_label = {m.label("fr"): m.code for m in motifs_for(target)}
        label, comment, requested = split_motif(str(payload.get("motif") or ""), list(by_label))
        code = payload.get("codeMotif") or by_label.get(label)
        if hasattr(dialog, "motif") and code:
            dialog.motif.select_code(str(code))
        if hasattr(dialog, "comment") and comment:
            dialog.comment.set_text(comment)
        if hasattr(dialog, "attachments") and requested:
            dialog.attachments.setPlainText("\n".join(requested))
        if hasattr(dialog, "number") and payload.get("numeroDPMandat"):
            dialog.number.setText(str(payload["numeroDPMandat"]))
