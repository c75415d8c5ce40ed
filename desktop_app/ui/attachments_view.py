"""The attachments list, opened safely: private temp folder, known safe types, confirmation."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from desktop_app.models.database import Database
from desktop_app.ui.detail_data import AttachmentInfo, attachment_content
from desktop_app.ui.qt import (
    QDesktopServices,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    Qt,
    QUrl,
    QVBoxLayout,
    QWidget,
)

#: Types handed to the system viewer (after confirmation); others are only saved.
SAFE_EXTENSIONS = frozenset({"pdf", "png", "jpg", "jpeg", "gif", "txt", "csv"})
_UNSAFE_CHARS = re.compile(r"[^\w .()-]+", re.UNICODE)
_private_dir: dict[str, Path] = {}


def private_temp_dir() -> Path:
    """A folder only the user can read, created once per run."""
    if "path" not in _private_dir:
        _private_dir["path"] = Path(tempfile.mkdtemp(prefix="invoice-desk-"))
        os.chmod(_private_dir["path"], 0o700)
    return _private_dir["path"]


def safe_file_name(designation: str, extension: str | None, attachment_id: int) -> str:
    """A harmless file name: no path parts, no odd characters, the known extension."""
    stem = _UNSAFE_CHARS.sub("_", Path(designation).name).strip(" .")[:80] or "piece"
    ext = (extension or "").lower().lstrip(".")
    ext = re.sub(r"[^a-z0-9]", "", ext)[:8]
    if ext and stem.lower().endswith(f".{ext}"):
        stem = stem[: -len(ext) - 1]
    return f"{attachment_id}-{stem}.{ext}" if ext else f"{attachment_id}-{stem}"


def save_attachment(database: Database, attachment_id: int) -> Path | None:
    """Write the attachment into the private folder (mode 0600); None when not downloaded."""
    with database.read() as session:
        found = attachment_content(session, attachment_id)
    if found is None:
        return None
    designation, extension, data = found
    target = private_temp_dir() / safe_file_name(designation, extension, attachment_id)
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    return target


class AttachmentsView(QWidget):
    """List of attachments with an "Open" button."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.list = QListWidget(self)
        self.open_button = QPushButton(self.tr("Ou&vrir la pièce"), self)
        self.open_button.clicked.connect(self.open_selected)
        self.list.itemActivated.connect(lambda _item: self.open_selected())
        self.empty = QLabel(self.tr("Aucune pièce jointe."), self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.confirm = self._ask  # replaced in tests by an answer function
        self.last_opened: Path | None = None

    def show_attachments(self, attachments: tuple[AttachmentInfo, ...]) -> None:
        """Fill the list."""
        self.list.clear()
        for info in attachments:
            size = self.tr("{size} Ko").format(size=max(1, (info.size or 0) // 1024))
            if info.available:
                text = self.tr("{name} ({size})").format(name=info.designation, size=size)
            else:
                text = self.tr("{name} (pas encore téléchargée)").format(name=info.designation)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, info)
            self.list.addItem(item)
        self.empty.setVisible(not attachments)
        self.open_button.setEnabled(bool(attachments))

    def _ask(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def open_selected(self) -> None:
        """Save the selected attachment privately; hand safe types to the system viewer."""
        item = self.list.currentItem()
        if item is None:
            return
        info: AttachmentInfo = item.data(Qt.ItemDataRole.UserRole)
        if not info.available:
            QMessageBox.information(
                self,
                self.tr("Pièce jointe"),
                self.tr(
                    "Cette pièce n'est pas encore téléchargée ; "
                    "elle le sera à la prochaine synchronisation."
                ),
            )
            return
        ext = (info.extension or "").lower().lstrip(".")
        safe = ext in SAFE_EXTENSIONS
        if safe:
            question = self.tr(
                "Ouvrir « {name} » avec la visionneuse du système ? "
                "Le fichier est copié dans un dossier privé."
            ).format(name=info.designation)
        else:
            question = self.tr(
                "Le type « {ext} » n'est pas ouvert automatiquement. "
                "Enregistrer « {name} » dans un dossier privé et l'afficher ?"
            ).format(ext=ext or "?", name=info.designation)
        if not self.confirm(self.tr("Pièce jointe"), question):
            return
        path = save_attachment(self.database, info.id)
        self.last_opened = path
        if path is None:
            return
        target = path if safe else path.parent
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
