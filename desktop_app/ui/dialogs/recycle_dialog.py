"""Recycle an invoice to the right service: a searchable list of the entity's services, the
motive and a comment, counted as the ``motif`` that will be sent (the target named in it)."""

from __future__ import annotations

from desktop_app.domain.actions import StatusChange, motif, recycle
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.motif_text import MOTIF_MAX_LENGTH, motif_length, recycle_target_line
from desktop_app.models.structure_queries import ServiceChoice
from desktop_app.ui.dialogs.action_dialog import ActionDialog
from desktop_app.ui.dialogs.comment_field import CommentField
from desktop_app.ui.dialogs.motif_combo import MotifCombo
from desktop_app.ui.qt import QLabel, QLineEdit, QListWidget, QListWidgetItem, Qt, QWidget

#: the motive proposed first: a wrong service is Chorus Pro's usual reason to recycle
DEFAULT_MOTIF = "CODE_ROUTAGE_ERR"


class RecycleDialog(ActionDialog):
    """The recycling form; OK needs a chosen service other than the current one."""

    def __init__(
        self,
        subject: str,
        current_status: str,
        services: list[ServiceChoice],
        current_service: str,
        parent: QWidget | None = None,
        *,
        motif_limit: int = MOTIF_MAX_LENGTH,
    ) -> None:
        super().__init__(
            self.tr("Recycler vers un autre service"),
            subject,
            current_status,
            parent,
            motif_limit=motif_limit,
        )
        self.current_service = current_service
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Code ou nom du service"))
        self.services = QListWidget(self)
        self.services.setMinimumHeight(140)
        for service in services:
            if service.code == current_service or not service.active:
                continue
            item = QListWidgetItem(service.text(), self.services)
            item.setData(Qt.ItemDataRole.UserRole, service)
        self.search.textChanged.connect(self._filter)
        self.motif = MotifCombo("A_RECYCLER", self)
        self.motif.select_code(DEFAULT_MOTIF)
        self.comment = CommentField(self, limit=motif_limit, measure=self.sent_length)
        self.motif.currentIndexChanged.connect(lambda _index: self.comment.refresh())
        self.services.currentItemChanged.connect(lambda *_: self.comment.refresh())
        current = QLabel(current_service or self.tr("(aucun)"), self)
        search_label = QLabel(self.tr("Rechercher un &service :"), self)
        search_label.setBuddy(self.search)
        list_label = QLabel(self.tr("Service &destinataire :"), self)
        list_label.setBuddy(self.services)
        motif_label = QLabel(self.tr("&Motif :"), self)
        motif_label.setBuddy(self.motif)
        comment_label = QLabel(self.tr("&Commentaire :"), self)
        comment_label.setBuddy(self.comment.edit)
        self.form.addRow(self.tr("Service actuel :"), current)
        self.form.addRow(search_label, self.search)
        self.form.addRow(list_label, self.services)
        self.form.addRow(motif_label, self.motif)
        self.form.addRow(comment_label, self.comment)
        note = QLabel(
            self.tr(
                "La facture passe « À recycler » : le fournisseur la ré-achemine vers le "
                "service choisi, qui la reçoit ; elle quitte votre boîte si ce n'est pas "
                "votre service."
            ),
            self,
        )
        note.setWordWrap(True)
        self.form.addRow(note)
        self.search.setFocus()

    def _filter(self, text: str) -> None:
        """Show the services whose code or name contains ``text`` (case-insensitive)."""
        needle = text.strip().casefold()
        first: QListWidgetItem | None = None
        for row in range(self.services.count()):
            item = self.services.item(row)
            hidden = bool(needle) and needle not in item.text().casefold()
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        current = self.services.currentItem()
        if first is not None and (current is None or current.isHidden()):
            self.services.setCurrentItem(first)

    def chosen(self) -> ServiceChoice | None:
        """The highlighted service, or None."""
        item = self.services.currentItem()
        if item is None or item.isHidden():
            return None
        value = item.data(Qt.ItemDataRole.UserRole)
        return value if isinstance(value, ServiceChoice) else None

    def choose(self, code: str) -> bool:
        """Highlight the service ``code`` (tests and keyboard users typing it)."""
        for row in range(self.services.count()):
            item = self.services.item(row)
            value = item.data(Qt.ItemDataRole.UserRole)
            if isinstance(value, ServiceChoice) and value.code == code:
                self.services.setCurrentItem(item)
                return True
        return False

    def sent_length(self, comment: str) -> int:
        """Length of the ``motif`` this input sends: label, comment and the target line."""
        code = self.motif.code()
        head = motif_length(motif(code).label("fr") if code else "", comment)
        service = self.chosen()
        if service is None:
            return head
        return head + (1 if head else 0) + len(recycle_target_line(service.code, service.name))

    def build(self, current_status: str) -> StatusChange:
        service = self.chosen()
        if service is None:
            raise ValidationError("validation.recycle_service_required")
        return recycle(
            current_status,
            self.motif.code(),
            self.comment.text(),
            target_service_code=service.code,
            target_service_name=service.name,
            current_service_code=self.current_service,
            max_length=self.motif_limit,
        )
