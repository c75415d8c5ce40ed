"""Side by side: an invoice and the one it may duplicate (or the rejected one it replaces)."""

from __future__ import annotations

from desktop_app.models.database import Database
from desktop_app.models.detail_rows import InvoiceDetail, load_detail
from desktop_app.ui.i18n import status_label
from desktop_app.ui.qt import (
    QAbstractItemView,
    QBrush,
    QColor,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from desktop_app.ui.texts import date_text, money_text

DIFFERENT = "#fdebd0"


class DuplicateDialog(QDialog):
    """Compares two cached invoices field by field; differing values are highlighted."""

    def __init__(
        self, database: Database, original_id: int, other_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Comparer deux factures"))
        self.resize(820, 520)
        self.original = database.query(load_detail, original_id)
        self.other = database.query(load_detail, other_id)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setColumnCount(2)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Facture d'origine"), self.tr("Facture reçue ensuite")]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Comparaison des deux factures"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.differences: list[str] = []
        self._fill()

    def _rows(self, detail: InvoiceDetail | None) -> list[tuple[str, str]]:
        if detail is None:
            return []
        return [
            (self.tr("Identifiant plateforme"), str(detail.id)),
            (self.tr("Numéro"), detail.number),
            (self.tr("Fournisseur"), detail.supplier_name),
            (self.tr("SIRET / identifiant"), detail.supplier_code or ""),
            (self.tr("Émise le"), date_text(detail.issue_date)),
            (self.tr("Déposée le"), date_text(detail.deposit_date)),
            (self.tr("Montant HT"), money_text(detail.amount_excl_vat, detail.currency)),
            (self.tr("Montant TTC"), money_text(detail.amount_incl_vat, detail.currency)),
            (self.tr("Service"), detail.service_code or ""),
            (self.tr("Engagement"), detail.engagement_number or ""),
            (self.tr("Statut"), status_label(detail.status)),
        ]

    def _fill(self) -> None:
        left, right = self._rows(self.original), self._rows(self.other)
        if not left or not right:
            self.summary.setText(self.tr("Une des deux factures n'est pas dans le cache."))
            return
        self.table.setRowCount(len(left))
        self.table.setVerticalHeaderLabels([label for label, _ in left])
        for row, ((label, mine), (_label, theirs)) in enumerate(zip(left, right, strict=True)):
            for column, value in enumerate((mine, theirs)):
                item = QTableWidgetItem(value)
                if mine != theirs and row > 0:
                    item.setBackground(QBrush(QColor(DIFFERENT)))
                self.table.setItem(row, column, item)
            if mine != theirs and row > 0:
                self.differences.append(label)
        if (
            self.other is not None
            and self.original is not None
            and (self.other.replaces_rejected_id == self.original.id)
        ):
            text = self.tr("Redépôt de la facture rejetée {number}.").format(
                number=self.original.number
            )
        else:
            text = self.tr("Même fournisseur, même numéro, même année : doublon possible.")
        if self.differences:
            text += " " + self.tr("Différences : {fields}.").format(
                fields=", ".join(self.differences)
            )
        else:
            text += " " + self.tr("Aucune différence hormis l'identifiant et le dépôt.")
        self.summary.setText(text)
