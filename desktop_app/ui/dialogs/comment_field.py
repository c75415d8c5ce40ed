"""A comment box with a live "n / 2,000" counter."""

from __future__ import annotations

from desktop_app.domain.motif_catalog import COMMENT_MAX_LENGTH
from desktop_app.ui.qt import QLabel, QPlainTextEdit, QVBoxLayout, QWidget


class CommentField(QWidget):
    """Plain-text comment; the counter turns red past the limit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QPlainTextEdit(self)
        self.edit.setTabChangesFocus(True)
        self.edit.setMinimumHeight(90)
        self.counter = QLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.counter)
        self.edit.textChanged.connect(self._update)
        self._update()

    def text(self) -> str:
        """The comment as typed."""
        return self.edit.toPlainText()

    def set_text(self, text: str) -> None:
        """Replace the comment."""
        self.edit.setPlainText(text)

    def _update(self) -> None:
        length = len(self.edit.toPlainText().strip())
        self.counter.setText(
            self.tr("{length} / {max} caractères").format(
                length=f"{length:,}".replace(",", "\u202f"),
                max=f"{COMMENT_MAX_LENGTH:,}".replace(",", "\u202f"),
            )
        )
        self.counter.setStyleSheet("color: #c0392b" if length > COMMENT_MAX_LENGTH else "")
