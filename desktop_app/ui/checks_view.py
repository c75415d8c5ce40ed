"""The « Contrôles » tab: what the EN 16931 and public-sector rules found in the invoice file.

Two columns so it fits the detail pane of a 1366-pixel screen: the rule (severity, official
identifier, where) and the finding (the sentence with the invoice's own values, the tolerance,
the source), wrapped; the values are never corrected, only compared.
"""

from __future__ import annotations

from desktop_app.models.database import Database
from desktop_app.ui.adapters.checks_adapter import CheckedInvoice, check_now, load_checks
from desktop_app.ui.i18n import current_language
from desktop_app.ui.qt import (
    QAbstractItemView,
    QColor,
    QHeaderView,
    QLabel,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from desktop_app.ui.workers import run_in_pool

RULE, FINDING = range(2)
ERROR_COLOUR = "#b3261e"


def _item(text: str, tooltip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(tooltip or text)
    item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return item


class ChecksView(QWidget):
    """Findings of one invoice; ``counted`` tells the pane how many errors and warnings."""

    counted = Signal(int, int)  # (errors, warnings); (-1, -1) when not checked

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.invoice_id: int | None = None
        self.outcome = CheckedInvoice(checked=False)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Règle"), self.tr("Constat")])
        self.table.setAccessibleName(self.tr("Contrôles de la facture"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(RULE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FINDING, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        note = QLabel(
            self.tr(
                "Les montants sont ceux de la facture, jamais corrigés. Règles EN 16931 "
                "(arrondi au centime, tolérance indiquée pour chaque règle) et règles du "
                "secteur public (SIRET, code service, engagement)."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(mid)")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)

    def show_invoice(self, invoice_id: int | None) -> None:
        """Show the stored findings of ``invoice_id``; check it first if it has not been."""
        self.invoice_id = invoice_id
        if invoice_id is None:
            self._show(CheckedInvoice(checked=False), downloaded=False)
            return
        outcome = load_checks(self.database, invoice_id, current_language())
        self._show(outcome, downloaded=True)
        if not outcome.checked:
            wanted = invoice_id
            run_in_pool(
                lambda: check_now(self.database, wanted),
                on_done=lambda found: self._reload(wanted, bool(found)),
                owner=self,
            )

    def _reload(self, invoice_id: int, downloaded: bool) -> None:
        if invoice_id != self.invoice_id:
            return
        self._show(load_checks(self.database, invoice_id, current_language()), downloaded)

    def _summary_text(self, outcome: CheckedInvoice, downloaded: bool) -> str:
        if not outcome.checked:
            if not downloaded:
                return self.tr("Le fichier de la facture n'est pas encore téléchargé.")
            return self.tr("Contrôle en cours…")
        if outcome.read_error:
            return self.tr(
                "Le fichier de la facture n'a pas pu être lu : aucun contrôle possible "
                "(l'aperçu dit pourquoi)."
            )
        if not outcome.rows:
            return self.tr(
                "Aucune anomalie : les totaux, la TVA et les mentions obligatoires sont cohérents."
            )
        return self.tr("{errors} anomalie(s), {warnings} avertissement(s).").format(
            errors=outcome.errors, warnings=outcome.warnings
        )

    def _show(self, outcome: CheckedInvoice, downloaded: bool) -> None:
        self.outcome = outcome
        self.summary.setText(self._summary_text(outcome, downloaded))
        error = outcome.checked and (outcome.errors > 0 or outcome.read_error is not None)
        self.summary.setStyleSheet(f"color: {ERROR_COLOUR}" if error else "")
        self.table.setRowCount(len(outcome.rows))
        for index, row in enumerate(outcome.rows):
            rule_text = f"{row.severity}\n{row.rule}" + (f"\n{row.where}" if row.where else "")
            details = row.text
            if row.tolerance:
                details += "\n" + self.tr("Tolérance : {tolerance}").format(tolerance=row.tolerance)
            if row.suggested:
                details += "\n" + row.suggested
            rule_item = _item(rule_text, row.source)
            finding_item = _item(details)
            if row.is_error:
                rule_item.setForeground(QColor(ERROR_COLOUR))
            self.table.setItem(index, RULE, rule_item)
            self.table.setItem(index, FINDING, finding_item)
        self.table.resizeRowsToContents()
        self.table.setVisible(bool(outcome.rows))
        if outcome.checked:
            self.counted.emit(outcome.errors, outcome.warnings)
        else:
            self.counted.emit(-1, -1)
