"""Aide › Diagnostics: what came from the platform that the application does not know.

Lists the lifecycle statuses unknown to the catalogue (a private platform of the 2026 reform
may send statuses Chorus Pro's catalogue does not have): the code as sent, the platform's
label when it gave one, where it was seen, when, and how many cached invoices are in it now.
The controller also feeds :func:`desktop_app.ui.i18n.set_platform_status_labels`, so the list
and the detail show « label (CODE) » for such a status instead of a bare code.
"""

from __future__ import annotations

from typing import Any

from desktop_app.models.database import Database
from desktop_app.models.unknown_statuses import UnknownStatusRow, load_unknown_statuses
from desktop_app.ui.i18n import set_platform_status_labels
from desktop_app.ui.qt import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QObject,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from desktop_app.ui.texts import timestamp_text

CODE, LABEL, SEEN_IN, FIRST, LAST, COUNT = range(6)


class DiagnosticsDialog(QDialog):
    """A window (not modal) listing the unknown statuses."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Diagnostics"))
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Code"),
                self.tr("Libellé de la plateforme"),
                self.tr("Vu dans"),
                self.tr("Première fois"),
                self.tr("Dernière fois"),
                self.tr("Factures"),
            ]
        )
        self.table.setAccessibleName(self.tr("Statuts inconnus du catalogue"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LABEL, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(760, 360)

    def show_rows(self, rows: list[UnknownStatusRow]) -> None:
        """Fill the table (and say so when there is nothing)."""
        if rows:
            self.intro.setText(
                self.tr(
                    "Statuts reçus de la plateforme que le catalogue de l'application ne "
                    "connaît pas (par exemple ceux d'une plateforme de dématérialisation "
                    "partenaire depuis la réforme de 2026). Les factures les gardent tels "
                    "qu'envoyés, dans la boîte « Autres » ; signalez-les au support."
                )
            )
        else:
            self.intro.setText(self.tr("Aucun statut inconnu reçu de la plateforme."))
        seen_in = {"search": self.tr("statut courant"), "history": self.tr("historique")}
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            values = [
                row.code,
                row.label or self.tr("(aucun libellé transmis)"),
                seen_in.get(row.seen_in, row.seen_in),
                timestamp_text(row.first_seen_at.isoformat()),
                timestamp_text(row.last_seen_at.isoformat()),
                str(row.invoices_now),
            ]
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == COUNT:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(index, column, item)


class DiagnosticsController(QObject):
    """Owned by the main window: labels refreshed after each sync, the dialog on demand."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.database: Database = window.database
        self.dialog: DiagnosticsDialog | None = None
        window.bridge.sync_finished.connect(lambda _event: self.refresh())
        self.refresh()

    def refresh(self) -> list[UnknownStatusRow]:
        """Re-read the unknown statuses (a small table), update labels and an open dialog."""
        rows = load_unknown_statuses(self.database)
        set_platform_status_labels({row.code: row.label for row in rows})
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.show_rows(rows)
        return rows

    def show(self) -> None:
        """Open (or raise) the diagnostics window."""
        if self.dialog is None:
            self.dialog = DiagnosticsDialog(self.window)
        was_open = self.dialog.isVisible()
        self.dialog.show_rows(self.refresh())
        self.dialog.show()
        if was_open:  # already open behind the window: bring it forward
            self.dialog.raise_()
            self.dialog.activateWindow()
