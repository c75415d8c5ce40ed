"""Suspend an invoice: motive, comment, and the missing attachments asked of the supplier."""

from __future__ import annotations

from desktop_app.domain.actions import StatusChange, suspend
from desktop_app.domain.motif_text import MOTIF_MAX_LENGTH, motif_length
from desktop_app.ui.dialogs.action_dialog import ActionDialog
from desktop_app.ui.dialogs.comment_field import CommentField
from desktop_app.ui.dialogs.motif_combo import MotifCombo
from desktop_app.ui.dialogs.reject_dialog import sent_label
from desktop_app.ui.qt import QLabel, QPlainTextEdit, QWidget


class SuspendDialog(ActionDialog):
    """The suspension form; motive, comment and requested attachments all travel in ``motif``,
    and the counter shows the length of that whole text."""

    def __init__(
        self,
        subject: str,
        current_status: str,
        parent: QWidget | None = None,
        *,
        motif_limit: int = MOTIF_MAX_LENGTH,
    ) -> None:
        super().__init__(
            self.tr("Suspendre la facture"),
            subject,
            current_status,
            parent,
            motif_limit=motif_limit,
        )
        self.motif = MotifCombo("SUSPENDUE", self)
        self.attachments = QPlainTextEdit(self)
        self.comment = CommentField(self, limit=motif_limit, measure=self.sent_length)
        self.attachments.setTabChangesFocus(True)
        self.attachments.setPlaceholderText(
            self.tr("Une pièce par ligne, par exemple : bon de livraison signé")
        )
        self.attachments.setMaximumHeight(80)
        self.motif.currentIndexChanged.connect(lambda _index: self.comment.refresh())
        self.attachments.textChanged.connect(self.comment.refresh)
        labels = (
            (self.tr("&Motif :"), self.motif),
            (self.tr("&Commentaire :"), self.comment.edit),
            (self.tr("&Pièces demandées :"), self.attachments),
        )
        for (text, buddy), field in zip(
            labels, (self.motif, self.comment, self.attachments), strict=True
        ):
            label = QLabel(text, self)
            label.setBuddy(buddy)
            self.form.addRow(label, field)
        self.setTabOrder(self.motif, self.comment.edit)  # the form's order, not creation's
        self.setTabOrder(self.comment.edit, self.attachments)
        self.motif.setFocus()

    def requested(self) -> list[str]:
        """The attachments listed, one per line."""
        return [line for line in self.attachments.toPlainText().splitlines() if line.strip()]

    def sent_length(self, comment: str) -> int:
        """Length of the ``motif`` this input sends: label, comment, requested attachments."""
        return motif_length(sent_label(self.motif.code()), comment, self.requested())

    def build(self, current_status: str) -> StatusChange:
        return suspend(
            current_status,
            self.motif.code(),
            self.comment.text(),
            self.requested(),
            max_length=self.motif_limit,
        )
