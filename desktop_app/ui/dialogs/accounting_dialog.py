"""Managers set an accounting status by hand (sent to accountant, accounted, paid)."""

from __future__ import annotations

from desktop_app.domain.actions import StatusChange, set_accounting_status
from desktop_app.domain.motif_text import MOTIF_MAX_LENGTH
from desktop_app.domain.permissions import ActionKind
from desktop_app.ui.dialogs.action_dialog import ActionDialog
from desktop_app.ui.dialogs.comment_field import CommentField
from desktop_app.ui.qt import QComboBox, QLabel, QWidget
from desktop_app.ui.texts import action_label

ACCOUNTING_KINDS = (ActionKind.SEND_TO_ACCOUNTANT, ActionKind.MARK_ACCOUNTED, ActionKind.MARK_PAID)


class AccountingDialog(ActionDialog):
    """Choose the accounting status and an optional comment."""

    def __init__(
        self,
        subject: str,
        current_status: str,
        parent: QWidget | None = None,
        *,
        motif_limit: int = MOTIF_MAX_LENGTH,
    ) -> None:
        super().__init__(
            self.tr("Statut comptable"), subject, current_status, parent, motif_limit=motif_limit
        )
        self.kind = QComboBox(self)
        for kind in ACCOUNTING_KINDS:
            self.kind.addItem(action_label(kind.value), kind.value)
        self.comment = CommentField(self, limit=motif_limit)
        for text, field, buddy in (
            (self.tr("&Statut :"), self.kind, self.kind),
            (self.tr("&Commentaire (facultatif) :"), self.comment, self.comment.edit),
        ):
            label = QLabel(text, self)
            label.setBuddy(buddy)
            self.form.addRow(label, field)

    def build(self, current_status: str) -> StatusChange:
        kind = ActionKind(self.kind.currentData())
        return set_accounting_status(
            kind, current_status, self.comment.text(), max_length=self.motif_limit
        )
