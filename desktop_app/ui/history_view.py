"""The status history table: each passage with its meaning, author, motive, comment, mandate."""

from __future__ import annotations

from desktop_app.ui.detail_data import HistoryEntry
from desktop_app.ui.i18n import status_label, status_meaning
from desktop_app.ui.qt import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)
from desktop_app.ui.texts import money_text, timestamp_text


class HistoryView(QTableWidget):
    """Read-only table of :class:`HistoryEntry` rows, newest last."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 7, parent)
        self.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Statut"),
                self.tr("Signification"),
                self.tr("Auteur"),
                self.tr("Motif"),
                self.tr("Commentaire"),
                self.tr("Mandat"),
            ]
        )
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(True)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.setColumnWidth(0, 120)
        self.setColumnWidth(1, 170)
        self.setColumnWidth(2, 260)
        self.setColumnWidth(5, 220)

    def show_history(self, entries: tuple[HistoryEntry, ...], pending_label: str = "") -> None:
        """Fill the table; ``pending_label`` adds a last row for an action not yet confirmed."""
        self.setRowCount(0)
        for entry in entries:
            row = self.rowCount()
            self.insertRow(row)
            status = QTableWidgetItem(status_label(entry.status))
            status.setToolTip(status_meaning(entry.status))
            mandate = ""
            if entry.mandate_number:
                mandate = self.tr("{number} — {amount}").format(
                    number=entry.mandate_number,
                    amount=money_text(entry.mandate_amount) if entry.mandate_amount else "",
                )
            cells = [
                QTableWidgetItem(timestamp_text(entry.occurred_at)),
                status,
                QTableWidgetItem(status_meaning(entry.status)),
                QTableWidgetItem(entry.author or ""),
                QTableWidgetItem(entry.motif or ""),
                QTableWidgetItem(entry.comment or ""),
                QTableWidgetItem(mandate),
            ]
            for column, item in enumerate(cells):
                self.setItem(row, column, item)
        if pending_label:
            row = self.rowCount()
            self.insertRow(row)
            self.setItem(row, 0, QTableWidgetItem(self.tr("(en attente)")))
            self.setItem(row, 1, QTableWidgetItem(pending_label))
        self.resizeRowsToContents()

    def meanings(self) -> list[str]:
        """The meaning shown on each row."""
        return [
            item.text() if (item := self.item(row, 2)) is not None else ""
            for row in range(self.rowCount())
        ]
