"""The status history table: each passage with its meaning, author, motive, comment, mandate.

Three columns so that it fits the detail pane of a 1366-pixel screen without sideways
scrolling: the date, the status, and the details (meaning, author, motive, comment, mandate)
wrapped on as many lines as they need; every cell's tooltip holds its whole text."""

from __future__ import annotations

from desktop_app.models.detail_rows import HistoryEntry
from desktop_app.ui.i18n import status_label, status_meaning
from desktop_app.ui.qt import (
    QAbstractItemView,
    QHeaderView,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)
from desktop_app.ui.texts import money_text, timestamp_text

DATE, STATUS, DETAILS = range(3)
STATUS_MAX_WIDTH = 115
MEANING_ROLE = Qt.ItemDataRole.UserRole


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(text)
    item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return item


class HistoryView(QTableWidget):
    """Read-only table of :class:`HistoryEntry` rows, newest last."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Statut"), self.tr("Détails")])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(DETAILS, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self.resizeRowsToContents())

    def _details(self, entry: HistoryEntry) -> str:
        lines = [status_meaning(entry.status)]
        if entry.author:
            lines.append(self.tr("Auteur : {author}").format(author=entry.author))
        if entry.motif:
            lines.append(self.tr("Motif : {motif}").format(motif=entry.motif))
        if entry.comment:
            lines.append(self.tr("Commentaire : {comment}").format(comment=entry.comment))
        if entry.mandate_number:
            amount = money_text(entry.mandate_amount) if entry.mandate_amount else ""
            lines.append(
                self.tr("Mandat : {number} — {amount}").format(
                    number=entry.mandate_number, amount=amount
                )
            )
        return "\n".join(line for line in lines if line)

    def show_history(self, entries: tuple[HistoryEntry, ...], pending_label: str = "") -> None:
        """Fill the table; ``pending_label`` adds a last row for an action not yet confirmed."""
        self.setRowCount(0)
        for entry in entries:
            row = self.rowCount()
            self.insertRow(row)
            status = _item(status_label(entry.status))
            meaning = status_meaning(entry.status)
            status.setToolTip(f"{status.text()}\n{meaning}" if meaning else status.text())
            details = _item(self._details(entry))
            details.setData(MEANING_ROLE, status_meaning(entry.status))
            # the day above the time: a narrow first column leaves the details room to wrap
            self.setItem(row, DATE, _item(timestamp_text(entry.occurred_at).replace(" ", "\n", 1)))
            self.setItem(row, STATUS, status)
            self.setItem(row, DETAILS, details)
        if pending_label:
            row = self.rowCount()
            self.insertRow(row)
            self.setItem(row, DATE, _item(self.tr("(en attente)")))
            self.setItem(row, STATUS, _item(pending_label))
        self._fit_columns()

    def _fit_columns(self) -> None:
        self.resizeColumnToContents(STATUS)
        header = self.horizontalHeader()
        title = header.fontMetrics().horizontalAdvance(self.tr("Statut"))
        width = min(STATUS_MAX_WIDTH, self.columnWidth(STATUS))
        self.setColumnWidth(STATUS, max(width, title + 24))
        self.resizeRowsToContents()

    def resizeEvent(self, event: object) -> None:
        """Rows grow or shrink with the wrapped details."""
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.resizeRowsToContents()

    def showEvent(self, event: object) -> None:
        """Row heights for the width the tab really has once shown."""
        super().showEvent(event)  # type: ignore[arg-type]
        self.resizeRowsToContents()

    def meanings(self) -> list[str]:
        """The meaning shown on each row."""
        return [
            str(item.data(MEANING_ROLE) or "") if (item := self.item(row, DETAILS)) else ""
            for row in range(self.rowCount())
        ]
