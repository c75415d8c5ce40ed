"""Base of the workflow dialogs: validation by the domain, messages in clear French."""

from __future__ import annotations

from collections.abc import Callable

from desktop_app.domain.actions import StatusChange
from desktop_app.domain.errors import DomainError
from desktop_app.domain.motif_text import MOTIF_MAX_LENGTH
from desktop_app.ui.i18n import message_for
from desktop_app.ui.qt import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

#: Builds the change for one invoice from its current status (raises DomainError).
ChangeBuilder = Callable[[str], StatusChange]


class ActionDialog(QDialog):
    """Title, what it applies to, a form, an error line and OK / Cancel.

    Subclasses fill :attr:`form` and implement :meth:`build`; OK validates against the first
    invoice's status and stays open with the domain's message when the input is refused.
    ``motif_limit`` is the connection profile's limit of the text sent in ``motif``.
    """

    def __init__(
        self,
        title: str,
        subject: str,
        current_status: str,
        parent: QWidget | None = None,
        *,
        motif_limit: int = MOTIF_MAX_LENGTH,
    ) -> None:
        super().__init__(parent)
        self.motif_limit = motif_limit  # the profile's limit of the text sent in ``motif``
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.current_status = current_status
        self.subject = QLabel(subject, self)
        self.subject.setWordWrap(True)
        self.form = QFormLayout()
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c0392b; font-weight: bold")
        self.error.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.subject)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.change: StatusChange | None = None

    def build(self, current_status: str) -> StatusChange:
        """The validated change for an invoice in ``current_status``."""
        raise NotImplementedError

    def builder(self) -> ChangeBuilder:
        """The dialog's input as a function of an invoice's status (for batches)."""
        return self.build

    def try_accept(self) -> None:
        """Validate; accept, or show why not."""
        try:
            self.change = self.build(self.current_status)
        except DomainError as exc:
            self.show_error(message_for(exc.key, exc.params))
            return
        self.accept()

    def show_error(self, text: str) -> None:
        """Show ``text`` under the form."""
        self.error.setText(text)
        self.error.setVisible(True)
