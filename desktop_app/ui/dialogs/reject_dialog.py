"""Reject an invoice: normalised motive and a comment (live counter to 2,000)."""

from __future__ import annotations

from desktop_app.domain.actions import StatusChange, reject
from desktop_app.ui.dialogs.action_dialog import ActionDialog
from desktop_app.ui.dialogs.comment_field import CommentField
from desktop_app.ui.dialogs.motif_combo import MotifCombo
from desktop_app.ui.qt import QLabel, QWidget


class RejectDialog(ActionDialog):
    """The rejection form."""

    def __init__(self, subject: str, current_status: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Rejeter la facture"), subject, current_status, parent)
        self.motif = MotifCombo("REJETEE", self)
        self.comment = CommentField(self)
        motif_label = QLabel(self.tr("&Motif :"), self)
        motif_label.setBuddy(self.motif)
        comment_label = QLabel(self.tr("&Commentaire :"), self)
        comment_label.setBuddy(self.comment.edit)
        self.form.addRow(motif_label, self.motif)
        self.form.addRow(comment_label, self.comment)
        self.form.addRow(
            QLabel(
                self.tr(
                    "Le rejet est définitif : le fournisseur devra déposer une nouvelle facture."
                ),
                self,
            )
        )
        self.motif.setFocus()

    def build(self, current_status: str) -> StatusChange:
        return reject(current_status, self.motif.code(), self.comment.text())
