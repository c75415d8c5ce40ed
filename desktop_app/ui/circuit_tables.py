"""Editable tables of the circuit editor: a table with its Add / Remove buttons."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from desktop_app.ui.qt import (
    QAbstractItemView,
    QBrush,
    QColor,
    QCompleter,
    QDate,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)

INVALID_BACKGROUND = QColor(255, 226, 226)


class CompletingDelegate(QStyledItemDelegate):
    """A text cell that completes known words inline as the user types (any case): the rest
    of the word appears selected, Enter or → keeps it, typing on replaces it. No popup takes
    the focus; free text stays allowed. With ``separator`` the cell holds a list (``A, B``)
    and the word being typed after the last separator is completed."""

    def __init__(self, parent: QWidget | None = None, separator: str | None = None) -> None:
        super().__init__(parent)
        self.words: list[str] = []
        self.separator = separator

    def createEditor(self, parent: QWidget, option: Any, index: Any) -> QWidget:
        editor = QLineEdit(parent)
        if self.separator is None:
            completer = QCompleter(self.words, editor)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
            editor.setCompleter(completer)
        else:
            state = {"length": 0}
            editor.textEdited.connect(lambda text: self._complete_last(editor, text, state))
        return editor

    def _complete_last(self, editor: QLineEdit, text: str, state: dict[str, int]) -> None:
        grew = len(text) > state["length"]
        state["length"] = len(text)
        if not grew or editor.cursorPosition() != len(text) or self.separator is None:
            return  # only while typing at the end, never while deleting
        last = text.rpartition(self.separator)[2]
        typed = last.lstrip()
        if not typed:
            return
        match = next((w for w in self.words if w.casefold().startswith(typed.casefold())), None)
        if match is None or len(match) == len(typed):
            return
        start = len(text) - len(typed)
        editor.setText(text[:start] + match)
        editor.setSelection(len(text), len(match) - len(typed))

    def _known(self, typed: str) -> str:
        spelled = {word.casefold(): word for word in self.words}
        return spelled.get(typed.strip().casefold(), typed)

    def setModelData(self, editor: QWidget, model: Any, index: Any) -> None:
        """Store known words as they are spelled (``eco`` completed to ``ecoLES`` -> ``ECOLES``)."""
        if isinstance(editor, QLineEdit):
            text = editor.text()
            if self.separator is None:
                value = self._known(text)
            else:
                parts = [self._known(part.strip()) for part in text.split(self.separator)]
                value = f"{self.separator} ".join(part for part in parts if part)
            model.setData(index, value, Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


class EditableTable(QWidget):
    """Rows of text (or date) cells, edited in place; ``changed`` after any edit."""

    changed = Signal()

    def __init__(
        self,
        headers: Sequence[str],
        add_text: str,
        remove_text: str,
        accessible_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(headers), self)
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.setAccessibleName(accessible_name)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(True)
        self.add_button = QPushButton(add_text, self)
        self.remove_button = QPushButton(remove_text, self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self.add_row(edit=True))
        self.remove_button.clicked.connect(self.remove_current)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        self.table.currentCellChanged.connect(lambda *_: self._update_buttons())
        self._read_only = False
        self._defaults: list[str | date] = ["" for _ in headers]
        self.set_read_only(False)

    def set_completions(
        self, column: int, words: Sequence[str], separator: str | None = None
    ) -> None:
        """Propose ``words`` while a cell of ``column`` is edited (a list with ``separator``)."""
        delegate = self.table.itemDelegateForColumn(column)
        if not isinstance(delegate, CompletingDelegate):
            delegate = CompletingDelegate(self.table, separator)
            self.table.setItemDelegateForColumn(column, delegate)
        delegate.words = list(words)

    def set_defaults(self, values: Sequence[str | date]) -> None:
        """Values of a new row."""
        self._defaults = list(values)

    def set_read_only(self, read_only: bool) -> None:
        """Shown only (no edit, no add or remove) when ``read_only``."""
        self._read_only = read_only
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers
            if read_only
            else QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.add_button.setEnabled(not read_only)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(not self._read_only and self.table.currentRow() >= 0)

    def set_rows(self, rows: Iterable[Sequence[str | date]]) -> None:
        """Replace every row (no ``changed`` per cell; one at the end)."""
        self.table.blockSignals(True)
        try:
            self.table.setRowCount(0)
            for values in rows:
                self._append(values)
        finally:
            self.table.blockSignals(False)
        self._update_buttons()
        self.changed.emit()

    def _append(self, values: Sequence[str | date]) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, value in enumerate(values):
            item = QTableWidgetItem()
            if isinstance(value, date):
                item.setData(Qt.ItemDataRole.EditRole, QDate(value.year, value.month, value.day))
            else:
                item.setText(value)
            self.table.setItem(row, column, item)
        return row

    def add_row(self, values: Sequence[str | date] | None = None, *, edit: bool = False) -> int:
        """Append a row (the defaults unless ``values``); start editing its first cell."""
        self.table.blockSignals(True)
        try:
            row = self._append(list(values) if values is not None else self._defaults)
        finally:
            self.table.blockSignals(False)
        self.table.setCurrentCell(row, 0)
        self._update_buttons()
        self.changed.emit()
        if edit:
            self.table.setFocus()
            item = self.table.item(row, 0)
            if item is not None:
                self.table.editItem(item)
        return row

    def remove_current(self) -> None:
        """Remove the current row."""
        row = self.table.currentRow()
        if self._read_only or row < 0:
            return
        self.table.removeRow(row)
        self._update_buttons()
        self.changed.emit()
        self.table.setFocus()

    def row_count(self) -> int:
        """How many rows."""
        return self.table.rowCount()

    def text(self, row: int, column: int) -> str:
        """A cell's text (empty when none)."""
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def date_at(self, row: int, column: int) -> date:
        """A date cell's value."""
        item = self.table.item(row, column)
        value = item.data(Qt.ItemDataRole.EditRole) if item is not None else None
        if isinstance(value, QDate) and value.isValid():
            return date(value.year(), value.month(), value.day())
        if isinstance(value, date):
            return value
        raise ValueError(f"no date in row {row}, column {column}")

    def mark_rows(self, messages: dict[int, str]) -> None:
        """Tint the rows with a problem and give them the message as tooltip."""
        self.table.blockSignals(True)
        try:
            for row in range(self.table.rowCount()):
                message = messages.get(row)
                for column in range(self.table.columnCount()):
                    item = self.table.item(row, column)
                    if item is None:
                        continue
                    item.setBackground(QBrush(INVALID_BACKGROUND) if message else QBrush())
                    item.setToolTip(message or "")
        finally:
            self.table.blockSignals(False)
