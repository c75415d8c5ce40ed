"""« Notes internes »: the detail pane's tab of an invoice's internal notes (never sent to the
platform) and the dialog that adds one. The notes come from the application service's team
surface (:class:`desktop_app.sync.team_desk.TeamDesk`): shared through the team store in team
mode, kept on this desktop in solo mode — the tab says which."""

from __future__ import annotations

from collections.abc import Callable

from desktop_app.sync.team_desk import NoteView
from desktop_app.sync.team_ops import MAX_NOTE
from desktop_app.ui.qt import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    Qt,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    Signal,
)
from desktop_app.ui.texts import timestamp_text


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class NotesView(QWidget):
    """The invoice's notes, oldest first, and « Ajouter une note… » (Ctrl+Shift+N)."""

    add_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source: Callable[[int], list[NoteView]] | None = None  # set in the window
        self.team = False
        self.notes: list[NoteView] = []
        self.where = QLabel(self)
        self.where.setWordWrap(True)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.add_button = QPushButton(self.tr("Ajouter une note…"), self)
        self.add_button.setToolTip(self.tr("Ajouter une note interne (Ctrl+Shift+N)"))
        self.add_button.clicked.connect(self.add_requested.emit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.where)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.set_team(False)

    def set_team(self, team: bool) -> None:
        """Say where notes go: the team (team mode) or this desktop only (solo mode)."""
        self.team = team
        self.where.setText(
            self.tr(
                "Notes de l'équipe, partagées par le dépôt d'équipe ; jamais envoyées à la "
                "plateforme."
            )
            if team
            else self.tr(
                "Mode solo (pas de dépôt d'équipe) : les notes restent sur ce poste et ne "
                "sont jamais envoyées à la plateforme."
            )
        )

    def show_invoice(self, invoice_id: int | None) -> int:
        """Show the notes of ``invoice_id``; returns how many there are."""
        self.notes = self.source(invoice_id) if self.source and invoice_id is not None else []
        if not self.notes:
            self.browser.setPlainText(self.tr("Aucune note interne sur cette facture."))
            return 0
        blocks = []
        for note in self.notes:
            head = self.tr("{author}, le {at}").format(
                author=note.author, at=timestamp_text(note.created_at)
            )
            blocks.append(
                f"<p><b>{_escape(head)}</b> <i>{_escape(self.where_text(note.where))}</i><br>"
                + _escape(note.body).replace("\n", "<br>")
                + "</p>"
            )
        self.browser.setHtml("".join(blocks))
        return len(self.notes)

    def where_text(self, where: str) -> str:
        """« partagée », « en attente du dépôt d'équipe », « sur ce poste seulement »."""
        texts = {
            "shared": self.tr("(partagée)"),
            "waiting": self.tr("(en attente du dépôt d'équipe)"),
            "local": self.tr("(sur ce poste seulement)"),
        }
        return texts.get(where, where)


class NoteDialog(QDialog):
    """Type an internal note; says where it goes and that the platform never sees it."""

    def __init__(self, number: str, team: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Note interne — facture {number}").format(number=number))
        self.value = ""
        explain = QLabel(
            self.tr(
                "La note est partagée avec l'équipe par le dépôt d'équipe ; la plateforme ne "
                "la voit jamais."
            )
            if team
            else self.tr(
                "Mode solo : la note reste sur ce poste ; la plateforme ne la voit jamais."
            ),
            self,
        )
        explain.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setAccessibleName(self.tr("Texte de la note"))
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b3261e")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(460, 260)

    def try_accept(self) -> None:
        """Accept a note of 1 to :data:`MAX_NOTE` characters, else say why and stay open."""
        value = self.text.toPlainText().strip()
        if not value or len(value) > MAX_NOTE:
            self.error.setText(
                self.tr("Une note doit contenir du texte (au plus {maximum} caractères).").format(
                    maximum=MAX_NOTE
                )
            )
            self.error.setVisible(True)
            return
        self.value = value
        self.accept()
