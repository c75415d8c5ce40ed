"""The attachments list. What the app can show (PDF, image, XML invoice: judged by the bytes,
not the declared name) opens in its own viewer; harmless documents go to the system's
application after confirmation, with a clear message when there is none; the rest is only
saved in a private folder."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from desktop_app.models.database import Database
from desktop_app.models.detail_rows import AttachmentInfo, attachment_content
from desktop_app.ui.adapters.documents_adapter import (
    PreviewUnavailable,
    content_info,
    render_document,
)
from desktop_app.ui.i18n import current_language
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
    is_alive,
)
from desktop_app.ui.viewer_content import image_pdf
from desktop_app.ui.viewer_window import ViewerWindow, open_viewer

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


def save_attachment(
    database: Database, attachment_id: int, extension: str | None = None
) -> Path | None:
    """Write the attachment into the private folder (mode 0600), named with ``extension``
    (the detected type's) or else the declared one; None when not downloaded."""
    found = database.query(attachment_content, attachment_id)
    if found is None:
        return None
    designation, declared, data = found
    return _write_private(designation, extension or declared, attachment_id, data)


def _write_private(
    designation: str, extension: str | None, attachment_id: int, data: bytes
) -> Path:
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
        self.tell = self._tell  # idem, for the messages
        self.open_url = QDesktopServices.openUrl  # the system launcher (absent in CI)
        self.last_opened: Path | None = None
        self.viewers: list[ViewerWindow] = []

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

    def _tell(self, title: str, text: str) -> None:
        QMessageBox.information(self, title, text)

    def open_selected(self) -> None:
        """Open the selected attachment: in the app's viewer when it can show its content,
        else (after confirmation) with the system's application, else save it privately."""
        item = self.list.currentItem()
        if item is None:
            return
        info: AttachmentInfo = item.data(Qt.ItemDataRole.UserRole)
        found = self.database.query(attachment_content, info.id) if info.available else None
        if found is None:
            self.tell(
                self.tr("Pièce jointe"),
                self.tr(
                    "Cette pièce n'est pas encore téléchargée ; "
                    "elle le sera à la prochaine synchronisation."
                ),
            )
            return
        data = found[2]
        detected = content_info(data)
        pdf = self._viewable(detected.kind, data, info.designation)
        if pdf is not None:
            self.viewers = [v for v in self.viewers if is_alive(v) and v.isVisible()]
            self.viewers.append(open_viewer(pdf, info.designation, self.window()))
            self.last_opened = None
            return
        if detected.kind == "system":
            self._open_with_system(info, detected.extension, data)
        else:
            self._save_only(info, data, detected.mime)

    def _viewable(self, kind: str, data: bytes, name: str) -> bytes | None:
        """The PDF the viewer shows for ``data``, or None when the app cannot show it."""
        if kind == "pdf":
            return data
        if kind == "image":
            return image_pdf(data, name)
        if kind == "invoice_xml":
            try:
                return render_document(data, current_language())
            except PreviewUnavailable:
                return None  # unreadable invoice: the system may still show the XML
        return None

    def _open_with_system(self, info: AttachmentInfo, extension: str | None, data: bytes) -> None:
        question = self.tr(
            "Ouvrir « {name} » avec l'application de votre système ? "
            "Le fichier est copié dans un dossier privé."
        ).format(name=info.designation)
        if not self.confirm(self.tr("Pièce jointe"), question):
            return
        path = _write_private(info.designation, extension, info.id, data)
        self.last_opened = path
        if not self.open_url(QUrl.fromLocalFile(str(path))):
            self.tell(
                self.tr("Pièce jointe"),
                self.tr(
                    "Aucune application de ce poste ne sait ouvrir « {name} ». "
                    "Le fichier a été enregistré ici :\n{path}"
                ).format(name=info.designation, path=str(path)),
            )

    def _save_only(self, info: AttachmentInfo, data: bytes, mime: str) -> None:
        question = self.tr(
            "Le contenu de « {name} » ({mime}) n'est pas ouvert automatiquement. "
            "L'enregistrer dans un dossier privé et afficher ce dossier ?"
        ).format(name=info.designation, mime=mime)
        if not self.confirm(self.tr("Pièce jointe"), question):
            return
        # never a name the system would run: an archive stays an archive, the rest is ".bin"
        extension = "zip" if mime == "application/zip" else "bin"
        path = _write_private(info.designation, extension, info.id, data)
        self.last_opened = path
        if not self.open_url(QUrl.fromLocalFile(str(path.parent))):
            self.tell(
                self.tr("Pièce jointe"),
                self.tr(
                    "Aucun gestionnaire de fichiers n'a pu afficher le dossier. "
                    "Le fichier a été enregistré ici :\n{path}"
                ).format(path=str(path)),
            )
