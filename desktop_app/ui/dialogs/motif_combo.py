"""A chooser of the normalised motives applicable to one target status."""

from __future__ import annotations

from desktop_app.domain.actions import motifs_for
from desktop_app.ui.i18n import current_language
from desktop_app.ui.qt import QComboBox, QWidget


class MotifCombo(QComboBox):
    """Motives of ``target_status`` (from the contract); first entry asks to choose."""

    def __init__(self, target_status: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem(self.tr("— Choisir un motif —"), None)
        for motif in motifs_for(target_status):
            self.addItem(motif.label(current_language()), motif.code)
            self.setItemData(self.count() - 1, motif.description, 3)  # tooltip role

    def code(self) -> str | None:
        """Chosen motive code, or None."""
        value = self.currentData()
        return str(value) if value else None

    def select_code(self, code: str) -> None:
        """Choose ``code``."""
        self.setCurrentIndex(max(0, self.findData(code)))
