"""Labels that never cut their text: elided with the full text in a tooltip, or wrapped wide
enough for their longest word."""

from __future__ import annotations

from desktop_app.ui.qt import QLabel, QSize, QSizePolicy, Qt, QWidget


class ElidedLabel(QLabel):
    """One line; when too narrow it ends with « … » and its tooltip holds the whole text."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._full = ""
        self.setText(text)

    def setText(self, text: str) -> None:
        """Show ``text`` (elided to the width)."""
        self._full = text
        self._elide()

    def full_text(self) -> str:
        """The text before eliding."""
        return self._full

    def sizeHint(self) -> QSize:
        """Wide enough for the whole text."""
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + 4, hint.height())

    def minimumSizeHint(self) -> QSize:
        """A few characters; the rest is elided."""
        return QSize(self.fontMetrics().horizontalAdvance("M…") * 2, super().sizeHint().height())

    def resizeEvent(self, event: object) -> None:
        """Elide again to the new width."""
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, self.width())
        super().setText(shown)
        self.setToolTip(self._full if shown != self._full else "")


def longest_word_width(label: QLabel) -> int:
    """Pixels of the widest unbreakable word of ``label``'s text."""
    metrics = label.fontMetrics()
    words = label.text().split()
    return max((metrics.horizontalAdvance(word) for word in words), default=0)


def fit_wrapped(label: QLabel, cap: int = 220) -> None:
    """A wrapped label at least as wide as its longest word (up to ``cap`` pixels)."""
    label.setMinimumWidth(min(cap, longest_word_width(label) + 2))
