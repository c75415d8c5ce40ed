"""The list of keyboard shortcuts (F1)."""

from __future__ import annotations

from desktop_app.ui.qt import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QKeySequence,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from desktop_app.ui.window_actions import WindowActions


class ShortcutsDialog(QDialog):
    """Every window action with its shortcut, plus the list's own keys."""

    def __init__(self, actions: WindowActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Raccourcis clavier"))
        self.resize(560, 620)
        rows: list[tuple[str, str]] = []
        for spec in actions.specs():
            action = actions.actions[spec.key]
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if shortcut:
                rows.append((action.text().replace("&", ""), shortcut))
        rows += [
            (self.tr("Parcourir la liste"), self.tr("Flèches, Page préc./suiv., Début/Fin")),
            (self.tr("Sélection multiple"), self.tr("Maj + flèches, Ctrl + Espace")),
            (self.tr("Ouvrir le détail"), self.tr("Entrée")),
            (self.tr("Zone suivante / précédente"), self.tr("Tab / Maj + Tab")),
        ]
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Raccourci")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 300)
        for row, (name, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(name))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
