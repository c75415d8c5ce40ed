"""A comment box with a live "n / 2 000" counter of the text that will be sent."""

from __future__ import annotations

from collections.abc import Callable

from desktop_app.domain.motif_text import MOTIF_MAX_LENGTH
from desktop_app.ui.qt import QLabel, QPlainTextEdit, QVBoxLayout, QWidget


def _grouped(number: int) -> str:
    return f"{number:,}".replace(",", "\u202f")


class CommentField(QWidget):
    """Plain-text comment; the counter turns red past the limit.

    ``measure(comment)`` gives the length of what the platform will receive (the composed
    ``motif``: motive label, this comment, requested attachments); without it the trimmed
    comment is counted. Call :meth:`refresh` when another part of that text changes.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        limit: int = MOTIF_MAX_LENGTH,
        measure: Callable[[str], int] | None = None,
    ) -> None:
        super().__init__(parent)
        self.limit = limit
        self.measure = measure
        self.edit = QPlainTextEdit(self)
        self.edit.setTabChangesFocus(True)
        self.edit.setMinimumHeight(90)
        self.counter = QLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.counter)
        self.edit.textChanged.connect(self.refresh)
        self.refresh()

    def text(self) -> str:
        """The comment as typed."""
        return self.edit.toPlainText()

    def set_text(self, text: str) -> None:
        """Replace the comment."""
        self.edit.setPlainText(text)

    def length(self) -> int:
        """What the counter shows: the length of the text that will be sent."""
        if self.measure is not None:
            return self.measure(self.edit.toPlainText())
        return len(self.edit.toPlainText().strip())

    def over_limit(self) -> bool:
        """True when the text to send is longer than the limit."""
        return self.length() > self.limit

    def refresh(self) -> None:
        """Recount (the comment, or the motive / attachments it is sent with, changed)."""
        length = self.length()
        self.counter.setText(
            self.tr("{length} / {max} caractères envoyés").format(
                length=_grouped(length), max=_grouped(self.limit)
            )
        )
        self.counter.setStyleSheet("color: #c0392b" if length > self.limit else "")
