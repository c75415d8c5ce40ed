"""Dashboard (IPM5-015): invoices in progress vs finished, with their amounts."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select

from desktop_app.domain.inboxes import FINISHED_STATUSES, Inbox, inbox_for_status
from desktop_app.models.database import Database
from desktop_app.models.invoices import Invoice
from desktop_app.ui.qt import QFrame, QHBoxLayout, QLabel, QWidget
from desktop_app.ui.texts import money_text
from desktop_app.ui.workers import run_in_pool

FINISHED_INBOXES = frozenset(inbox_for_status(status) for status in FINISHED_STATUSES)


@dataclass(frozen=True, slots=True)
class DashboardFigures:
    """Counts and amounts (incl. VAT) of invoices in progress and finished."""

    in_progress: int
    in_progress_amount: Decimal
    finished: int
    finished_amount: Decimal


def read_figures(database: Database) -> DashboardFigures:
    """One grouped query over the inbox index (worker thread)."""
    query = select(Invoice.inbox, func.count(), func.sum(Invoice.amount_incl_vat)).group_by(
        Invoice.inbox
    )
    counts = [0, 0]
    amounts = [Decimal(0), Decimal(0)]
    with database.read() as session:
        for inbox, number, amount in session.execute(query):
            slot = 1 if Inbox(inbox) in FINISHED_INBOXES else 0
            counts[slot] += int(number)
            amounts[slot] += amount or Decimal(0)
    return DashboardFigures(counts[0], amounts[0], counts[1], amounts[1])


class Dashboard(QFrame):
    """Two figures side by side, refreshed in the background."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.in_progress = QLabel(self)
        self.finished = QLabel(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.in_progress)
        layout.addStretch(1)
        layout.addWidget(self.finished)
        self.figures: DashboardFigures | None = None

    def refresh(self) -> None:
        """Recompute in the background."""
        run_in_pool(lambda: read_figures(self.database), self.show_figures, owner=self)

    def show_figures(self, figures: DashboardFigures) -> None:
        """Display ``figures``."""
        self.figures = figures
        self.in_progress.setText(
            self.tr("<b>En cours</b> : {count} factures — {amount}").format(
                count=f"{figures.in_progress:,}".replace(",", "\u202f"),
                amount=money_text(figures.in_progress_amount),
            )
        )
        self.finished.setText(
            self.tr("<b>Terminées</b> : {count} factures — {amount}").format(
                count=f"{figures.finished:,}".replace(",", "\u202f"),
                amount=money_text(figures.finished_amount),
            )
        )

    def retranslate(self) -> None:
        """Re-label after a language change."""
        if self.figures is not None:
            self.show_figures(self.figures)
