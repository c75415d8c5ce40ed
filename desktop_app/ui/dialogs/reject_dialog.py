"""Reject an invoice: normalised motive and a comment, counted as they will be sent."""

from __future__ import annotations

from desktop_app.domain.actions import StatusChange, motif, reject
from desktop_app.domain.motif_text import MOTIF_MAX_LENGTH, motif_length
from desktop_app.ui.dialogs.action_dialog import ActionDialog
from desktop_app.ui.dialogs.comment_field import CommentField
from desktop_app.ui.dialogs.motif_combo import MotifCombo
from desktop_app.ui.qt import QLabel, QWidget


def sent_label(code: str | None) -> str:
    """The French label the platform receives at the head of ``motif`` ('' without motive)."""
    return motif(code).label("fr") if code else ""


class RejectDialog(ActionDialog):
    """The rejection form; the counter shows the length of the ``motif`` that will be sent."""

    def __init__(
        self,
        subject: str,
        current_status: str,
        parent: QWidget | None = None,
        *,
        motif_limit: int = MOTIF_MAX_LENGTH,
    ) -> None:
        super().__init__(
            self.tr("Rejeter la facture"), subject, current_status, parent, motif_limit=motif_limit
        )
        self.motif = MotifCombo("REJETEE", self)
        self.comment = CommentField(self, limit=motif_limit, measure=self.sent_length)
        self.motif.currentIndexChanged.connect(lambda _index: self.comment.refresh())
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

    def sent_length(self, comment: str) -> int:
        """Length of the ``motif`` this input sends: motive label and comment."""
        return motif_length(sent_label(self.motif.code()), comment)

    def build(self, current_status: str) -> StatusChange:
        return reject(
            current_status, self.motif.code(), self.comment.text(), max_length=self.motif_limit
        )
