"""Certify the service done (optional comment); also used for a batch of invoices."""

from __future__ import annotations

from desktop_app.domain.actions import StatusChange, mark_service_done
from desktop_app.domain.motif_text import MOTIF_MAX_LENGTH
from desktop_app.ui.dialogs.action_dialog import ActionDialog
from desktop_app.ui.dialogs.comment_field import CommentField
from desktop_app.ui.qt import QLabel, QWidget


class ServiceDoneDialog(ActionDialog):
    """The service-done form."""

    def __init__(
        self,
        subject: str,
        current_status: str,
        parent: QWidget | None = None,
        *,
        motif_limit: int = MOTIF_MAX_LENGTH,
    ) -> None:
        super().__init__(
            self.tr("Constater le service fait"),
            subject,
            current_status,
            parent,
            motif_limit=motif_limit,
        )
        self.comment = CommentField(self, limit=motif_limit)
        label = QLabel(self.tr("&Commentaire (facultatif) :"), self)
        label.setBuddy(self.comment.edit)
        self.form.addRow(label, self.comment)
        self.comment.edit.setFocus()

    def build(self, current_status: str) -> StatusChange:
        return mark_service_done(current_status, self.comment.text(), max_length=self.motif_limit)
