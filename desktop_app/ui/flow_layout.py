"""A layout that places its items left to right and wraps to a new row when the width runs
out (Qt's "Flow Layout" example, in Python): the filter bar fits a 1024 px wide window."""

from __future__ import annotations

from desktop_app.ui.qt import QLayout, QLayoutItem, QPoint, QRect, QSize, Qt, QWidget


class FlowLayout(QLayout):
    """Items in rows, wrapping; its height follows the width it is given."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override,unused-ignore]  # 6.8 stubs
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """One row holding everything."""
        width, height = 0, 0
        for item in self._visible():
            hint = item.sizeHint()
            width += hint.width() + self._spacing
            height = max(height, hint.height())
        return QSize(max(0, width - self._spacing), height)

    def minimumSize(self) -> QSize:
        """As wide as the widest item (everything else wraps)."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        return size

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        x, y, row_height = rect.x(), rect.y(), 0
        for item in self._visible():
            hint = item.sizeHint()
            next_x = x + hint.width()
            if next_x > rect.right() + 1 and row_height > 0:
                x, y = rect.x(), y + row_height + self._spacing
                next_x, row_height = x + hint.width(), 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x = next_x + self._spacing
            row_height = max(row_height, hint.height())
        return y + row_height - rect.y()
