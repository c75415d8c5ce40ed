"""« Travaux »: the works statements by step and role, the contract's statements side by
side with cumulative amounts and each step's deadline, and the MOE / MOA actions.

Reads and queues through the application service (``sync``): no HTTP here.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from desktop_app.domain.errors import DomainError
from desktop_app.domain.transitions import status_info
from desktop_app.domain.works_boxes import BOXES, Placed, in_box
from desktop_app.domain.works_circuit import (
    StatementAmounts,
    WorksAction,
    allowed_actions,
    cumulative,
)
from desktop_app.domain.works_deadlines import deadline_of
from desktop_app.ui.i18n import current_language
from desktop_app.ui.qt import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from desktop_app.ui.works_history import WorksHistoryTable


def _money(value: Decimal | None) -> str:
    if value is None:
        return "—"
    text = f"{value:,.2f}"
    if current_language().startswith("fr"):
        text = text.replace(",", "\u202f").replace(".", ",")
    return text


class WorksActionDialog(QDialog):
    """The comment (and, when validating, the amount kept) of an MOE / MOA action."""

    def __init__(self, title: str, validating: bool, amount: Decimal, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        form = QFormLayout(self)
        self.amount = QLineEdit(self)
        self.amount.setText(f"{amount:.2f}".replace(".", ","))
        if validating:
            form.addRow(self.tr("Montant retenu HT :"), self.amount)
        self.comment = QPlainTextEdit(self)
        self.comment.setPlaceholderText(
            self.tr("Commentaire (obligatoire pour un refus)")
            if not validating
            else self.tr("Commentaire (facultatif)")
        )
        form.addRow(self.tr("Commentaire :"), self.comment)
        self.validating = validating
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def chosen_amount(self) -> Decimal | None:
        """The amount typed (None when refusing); raises ValueError when unreadable."""
        if not self.validating:
            return None
        text = self.amount.text().strip().replace("\u202f", "").replace(" ", "").replace(",", ".")
        try:
            return Decimal(text).quantize(Decimal("0.01"))
        except InvalidOperation:
            raise ValueError(self.amount.text()) from None


class WorksWindow(QWidget):
    """The works inbox (see the module docstring)."""

    def __init__(self, sync: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.sync = sync
        self.setObjectName("WorksWindow")
        self.setWindowTitle(self.tr("Travaux — circuit MOE / MOA"))
        self.resize(1200, 700)
        self.statements: list[Any] = []
        self.shown: list[Any] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.box = QComboBox(self)
        for key, text in zip(BOXES, self._box_titles(), strict=True):
            self.box.addItem(text, key)
        self.box.currentIndexChanged.connect(lambda _i: self._fill())
        box_label = QLabel(self.tr("&Boîte :"), self)
        box_label.setBuddy(self.box)
        top.addWidget(box_label)
        top.addWidget(self.box)
        self.summary = QLabel(self)
        top.addWidget(self.summary, 1)
        self.refresh_button = QPushButton(self.tr("&Actualiser"), self)
        self.refresh_button.clicked.connect(self.reload)
        top.addWidget(self.refresh_button)
        layout.addLayout(top)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.table = self._table(
            [
                self.tr("N°"),
                self.tr("Marché"),
                self.tr("Pièce"),
                self.tr("Statut"),
                self.tr("Fournisseur"),
                self.tr("Montant HT"),
                self.tr("Échéance de l'étape"),
                self.tr("Jours restants"),
            ]
        )
        self.table.itemSelectionChanged.connect(self._show_current)
        splitter.addWidget(self.table)
        lower = QWidget(self)
        below = QVBoxLayout(lower)
        below.setContentsMargins(0, 0, 0, 0)
        self.contract_label = QLabel(lower)
        self.contract_label.setWordWrap(True)
        below.addWidget(self.contract_label)
        self.contract = self._table(
            [
                self.tr("Rang"),
                self.tr("N°"),
                self.tr("Pièce"),
                self.tr("Statut"),
                self.tr("Demandé HT"),
                self.tr("Retenu HT"),
                self.tr("Cumul demandé"),
                self.tr("Cumul retenu"),
                self.tr("Délai de l'étape"),
            ]
        )
        below.addWidget(self.contract)
        history_label = QLabel(self.tr("&Historique de la pièce :"), lower)
        self.history = WorksHistoryTable(lower)
        history_label.setBuddy(self.history)
        below.addWidget(history_label)
        below.addWidget(self.history)
        self.deadline_label = QLabel(lower)
        self.deadline_label.setWordWrap(True)
        below.addWidget(self.deadline_label)
        buttons = QHBoxLayout()
        self.buttons: dict[WorksAction, QPushButton] = {}
        for action, text in self._action_titles().items():
            button = QPushButton(text, lower)
            button.clicked.connect(lambda _c=False, a=action: self.act(a))
            buttons.addWidget(button)
            self.buttons[action] = button
        buttons.addStretch(1)
        below.addLayout(buttons)
        splitter.addWidget(lower)
        layout.addWidget(splitter, 1)
        self.reload()

    def _box_titles(self) -> list[str]:
        return [
            self.tr("À vérifier (MOE)"),
            self.tr("À valider (MOA)"),
            self.tr("Délais tacites en cours"),
            self.tr("Échéance de l'étape dépassée"),
            self.tr("Échéance de l'étape ≤ 5 jours"),
            self.tr("Toutes les pièces de travaux"),
        ]

    def _action_titles(self) -> dict[WorksAction, str]:
        return {
            WorksAction.MOE_VALIDATE: self.tr("&Valider (MOE)…"),
            WorksAction.MOE_REFUSE: self.tr("&Refuser (MOE)…"),
            WorksAction.MOA_VALIDATE: self.tr("Valider (M&OA)…"),
            WorksAction.MOA_REFUSE: self.tr("Re&fuser (MOA)…"),
        }

    def _kind_text(self, kind: str) -> str:
        texts = {
            "PROJET_DECOMPTE_MENSUEL": self.tr("Projet de décompte mensuel"),
            "ETAT_ACOMPTE": self.tr("État d'acompte"),
            "ETAT_ACOMPTE_VALIDE": self.tr("État d'acompte validé"),
            "PROJET_DECOMPTE_FINAL": self.tr("Projet de décompte final"),
            "DECOMPTE_GENERAL_DEFINITIF": self.tr("Décompte général et définitif"),
        }
        return texts.get(kind, kind)

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers), self)
        table.setHorizontalHeaderLabels(headers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    # --- data ---

    def today(self) -> date:
        return self.sync.today()  # type: ignore[no-any-return]

    def reload(self) -> None:
        """Read the cached statements again."""
        self.statements = self.sync.works_statements()
        self._fill()

    def show_box(self, box: str) -> None:
        """Show the box ``box`` (a key of :data:`BOXES`; the dashboard's entries)."""
        index = self.box.findData(box)
        if index >= 0:
            self.box.setCurrentIndex(index)

    def _in_box(self, item: Any, box: str) -> bool:
        placed = Placed(item.status, item.kind, item.frame, item.deposit_date, item.roles)
        return in_box(placed, box, self.today())

    def _fill(self) -> None:
        box = str(self.box.currentData())
        self.shown = [s for s in self.statements if self._in_box(s, box)]
        language = current_language()
        self.table.setRowCount(len(self.shown))
        for row, item in enumerate(self.shown):
            deadline = deadline_of(item.status, item.kind, item.frame, item.deposit_date)
            left = "" if deadline is None else str(deadline.days_left(self.today()))
            values = [
                item.number,
                item.contract,
                self._kind_text(item.kind),
                status_info(item.status).label(language)
                if self._known(item.status)
                else item.status,
                item.supplier_name,
                _money(item.amount_excl_vat),
                "" if deadline is None else deadline.due.strftime("%d/%m/%Y"),
                left,
            ]
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if column in (5, 7):
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()
        counts = {b: sum(self._in_box(s, b) for s in self.statements) for b in BOXES}
        self.summary.setText(
            self.tr(
                "À vérifier : {moe} · à valider : {moa} · délais tacites : {tacit} · "
                "en retard : {late}"
            ).format(**counts)
        )
        if self.shown:
            self.table.selectRow(0)
        else:
            self._show_current()

    @staticmethod
    def _known(code: str) -> bool:
        try:
            status_info(code)
        except KeyError:
            return False
        return True

    def current(self) -> Any | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.shown):
            return None
        return self.shown[rows[0].row()]

    def _show_current(self) -> None:
        item = self.current()
        for action, button in self.buttons.items():
            button.setEnabled(
                item is not None
                and item.pending_action is None
                and action in allowed_actions(item.status, item.roles)
            )
        if item is None:
            self.contract.setRowCount(0)
            self.history.setRowCount(0)
            self.contract_label.setText(self.tr("Aucune pièce de travaux dans cette boîte."))
            self.deadline_label.clear()
            return
        self.contract_label.setText(
            self.tr("Marché {contract} — {label} — {supplier}").format(
                contract=item.contract, label=item.contract_label, supplier=item.supplier_name
            )
        )
        others = self.sync.contract_statements(item.contract)
        lines = cumulative(
            [StatementAmounts(s.id, s.rank, s.amount_excl_vat, self._kept(s)) for s in others]
        )
        by_id = {s.id: s for s in others}
        language = current_language()
        self.contract.setRowCount(len(lines))
        for row, line in enumerate(lines):
            statement = by_id[line.statement_id]
            deadline = deadline_of(
                statement.status, statement.kind, statement.frame, statement.deposit_date
            )
            values = [
                str(line.rank),
                statement.number,
                self._kind_text(statement.kind),
                status_info(statement.status).label(language)
                if self._known(statement.status)
                else statement.status,
                _money(line.proposed),
                _money(line.validated),
                _money(line.proposed_total),
                _money(line.validated_total),
                "" if deadline is None else f"{deadline.due:%d/%m/%Y} ({deadline.source})",
            ]
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if statement.id == item.id:
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                self.contract.setItem(row, column, cell)
        self.contract.resizeColumnsToContents()
        self.history.show_passages(item.history)
        self.deadline_label.setText(self._deadline_text(item))

    @staticmethod
    def _kept(statement: Any) -> Decimal | None:
        kept: Decimal | None = statement.amount_moa
        return kept if kept is not None else statement.amount_moe

    def _deadline_text(self, item: Any) -> str:
        if item.pending_action is not None:
            return self.tr("Action en attente d'envoi à Chorus Pro.")
        deadline = deadline_of(item.status, item.kind, item.frame, item.deposit_date)
        if deadline is None:
            return self.tr("Aucun délai en cours pour cette pièce.")
        left = deadline.days_left(self.today())
        text = self.tr("Échéance de l'étape : {due} ({source}).").format(
            due=f"{deadline.due:%d/%m/%Y}", source=deadline.source
        )
        if left < 0:
            return text + " " + self.tr("Dépassée de {days} jour(s).").format(days=-left)
        return text + " " + self.tr("{days} jour(s) restant(s).").format(days=left)

    # --- actions ---

    def act(self, action: WorksAction) -> None:
        """Ask the comment (and amount), then queue the action."""
        item = self.current()
        if item is None:
            return
        validating = action in (WorksAction.MOE_VALIDATE, WorksAction.MOA_VALIDATE)
        dialog = WorksActionDialog(
            self._action_titles()[action].replace("&", "").rstrip("…"),
            validating,
            self._kept(item) or item.amount_excl_vat,
            self,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            amount = dialog.chosen_amount()
        except ValueError as exc:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("« {value} » n'est pas un montant (exemple : 1 234,56).").format(
                    value=str(exc)
                ),
            )
            return
        try:
            future = self.sync.queue_works_action(
                item.id, action, dialog.comment.toPlainText(), amount, actor=self.sync.user.name
            )
            future.result(10)
        except DomainError as exc:
            QMessageBox.warning(self, self.windowTitle(), self.error_text(exc.key))
            return
        self.reload()

    def error_text(self, key: str) -> str:
        """The user's sentence for a works refusal."""
        texts = {
            "works.comment_required": self.tr(
                "Un refus doit être motivé : saisissez un commentaire."
            ),
            "works.comment_too_long": self.tr("Le commentaire est trop long."),
            "works.amount_invalid": self.tr("Le montant doit être positif, au centime près."),
            "works.role": self.tr("Votre compte n'a pas ce rôle sur les marchés de travaux."),
            "works.step": self.tr("Cette action n'est pas possible à cette étape."),
            "works.pending": self.tr("Une action est déjà en attente d'envoi pour cette pièce."),
        }
        return texts.get(key, self.tr("Action impossible ({key}).").format(key=key))
