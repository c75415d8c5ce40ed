"""Record the mandate: its number and amount (exact, French or plain writing)."""

from __future__ import annotations

from decimal import Decimal

from desktop_app.domain.actions import StatusChange, record_mandate
from desktop_app.domain.motif_text import MOTIF_MAX_LENGTH
from desktop_app.ui.dialogs.action_dialog import ActionDialog
from desktop_app.ui.dialogs.comment_field import CommentField
from desktop_app.ui.qt import QLabel, QLineEdit, QWidget


class MandateDialog(ActionDialog):
    """The mandate form; the amount is prefilled with the invoice's amount due."""

    def __init__(
        self,
        subject: str,
        current_status: str,
        default_amount: Decimal | None = None,
        parent: QWidget | None = None,
        *,
        motif_limit: int = MOTIF_MAX_LENGTH,
    ) -> None:
        super().__init__(
            self.tr("Enregistrer le mandatement"),
            subject,
            current_status,
            parent,
            motif_limit=motif_limit,
        )
        self.number = QLineEdit(self)
        self.number.setMaxLength(60)
        self.amount = QLineEdit(self)
        self.amount.setPlaceholderText(self.tr("ex. 1 234,56"))
        if default_amount is not None:
            self.amount.setText(f"{default_amount:.2f}".replace(".", ","))
        self.comment = CommentField(self, limit=motif_limit)
        for text, field, buddy in (
            (self.tr("&Numéro de mandat :"), self.number, self.number),
            (self.tr("&Montant (EUR) :"), self.amount, self.amount),
            (self.tr("&Commentaire (facultatif) :"), self.comment, self.comment.edit),
        ):
            label = QLabel(text, self)
            label.setBuddy(buddy)
            self.form.addRow(label, field)
        self.number.setFocus()

    def build(self, current_status: str) -> StatusChange:
        return record_mandate(
            current_status,
            self.number.text(),
            self.amount.text(),
            comment=self.comment.text(),
            max_length=self.motif_limit,
        )
