"""Certify the service done (optional comment); also used for a batch of invoices."""

from __future__ import annotations

from desktop_app.domain.actions import StatusChange, mark_service_done
from desktop_app.ui.dialogs.action_dialog import ActionDialog
from desktop_app.ui.dialogs.comment_field import CommentField
from desktop_app.ui.qt import QLabel, QWidget


class ServiceDoneDialog(ActionDialog):
    """The service-done form."""

    def __init__(self, subject: str, current_status: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Constater le service fait"), subject, current_status, parent)
        self.comment = CommentField(self)
        label = QLabel(self.tr("&Commentaire (facultatif) :"), self)
        label.setBuddy(self.comment.edit)
        self.form.addRow(label, self.comment)
        self.comment.edit.setFocus()

    def build(self, current_status: str) -> StatusChange:
        return mark_service_done(current_status, self.comment.text())
