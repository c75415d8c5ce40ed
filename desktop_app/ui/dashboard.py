"""Dashboard (IPM5-015): what is in progress, late, due soon, waiting — each a click away.

The figures come from :mod:`desktop_app.models.dashboard` in a worker thread; each button
opens the list filtered to exactly the invoices it counts (``figure_clicked``), the
approvals figure opens the approval queue. Buttons wrap to new rows on narrow screens.
"""

from __future__ import annotations

from desktop_app.models.dashboard import DashboardFigures, Figure, read_dashboard
from desktop_app.models.database import Database
from desktop_app.models.queries import InvoiceFilter
from desktop_app.ui.flow_layout import FlowLayout
from desktop_app.ui.i18n import inbox_name
from desktop_app.ui.qt import QFrame, QMenu, QSizePolicy, QToolButton, QWidget, Signal
from desktop_app.ui.texts import money_text
from desktop_app.ui.workers import run_in_pool


def _count(number: int) -> str:
    return f"{number:,}".replace(",", "\u202f")


class Dashboard(QFrame):
    """A strip of clickable figures, refreshed in the background."""

    figure_clicked = Signal(object)  # the InvoiceFilter of the clicked figure
    approvals_clicked = Signal()
    works_clicked = Signal(str)  # the « Travaux » box to open (see domain/works_boxes.py)

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.figures: DashboardFigures | None = None
        self.structure_ids: frozenset[int] | None = None  # the sidebar's structure choice
        self.buttons: dict[str, QToolButton] = {}
        for key in (
            "in_progress",
            "finished",
            "late",
            "due_soon",
            "waiting_supplier",
            "engagements",
            "approvals",
            "works",
            "groups",
            "services",
        ):
            button = QToolButton(self)
            button.setAutoRaise(True)
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            self.buttons[key] = button
        for key in ("works", "groups", "services"):
            self.buttons[key].setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            self.buttons[key].setMenu(QMenu(self.buttons[key]))
        self.buttons["approvals"].clicked.connect(self.approvals_clicked.emit)
        self._criteria: dict[str, InvoiceFilter] = {}
        for key in (
            "in_progress",
            "finished",
            "late",
            "due_soon",
            "waiting_supplier",
            "engagements",
        ):
            self.buttons[key].clicked.connect(lambda _=False, k=key: self._clicked(k))
        layout = FlowLayout(self, spacing=2)
        layout.setContentsMargins(6, 2, 6, 2)
        for button in self.buttons.values():
            layout.addWidget(button)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    # the old names, kept for readers of the two main figures
    @property
    def in_progress(self) -> QToolButton:
        return self.buttons["in_progress"]

    @property
    def finished(self) -> QToolButton:
        return self.buttons["finished"]

    def refresh(self) -> None:
        """Recompute in the background."""
        database, chosen = self.database, self.structure_ids

        def read() -> DashboardFigures:
            return database.query(read_dashboard, structure_ids=chosen)

        run_in_pool(read, self.show_figures, owner=self)

    def show_figures(self, figures: DashboardFigures) -> None:
        """Display ``figures`` (GUI thread)."""
        self.figures = figures
        texts = {
            "in_progress": self.tr("En cours : {count} — {amount}"),
            "finished": self.tr("Terminées : {count} — {amount}"),
            "late": self.tr("En retard : {count}"),
            "due_soon": self.tr("Échéance ≤ 5 jours : {count}"),
            "waiting_supplier": self.tr("Suspendues (attente fournisseur) : {count}"),
        }
        for key, text in texts.items():
            figure: Figure = getattr(figures, key)
            self._show(
                key,
                text.format(count=_count(figure.count), amount=money_text(figure.amount)),
                figure,
            )
        engagements = figures.engagements
        self.buttons["engagements"].setVisible(bool(engagements and engagements.count))
        if engagements is not None:
            self._show(
                "engagements",
                self.tr("Engagements à vérifier : {count}").format(count=_count(engagements.count)),
                engagements,
            )
        approvals = self.buttons["approvals"]
        approvals.setText(
            self.tr("Approbations en attente : {count}").format(
                count=_count(figures.pending_approvals)
            )
        )
        self.buttons["groups"].setText(self.tr("Par statut ▾"))
        self.buttons["services"].setText(self.tr("Par service ▾"))
        self._show_works(figures)
        self._fill_menu("groups", [(inbox_name(f.criteria.inbox), f) for f in figures.groups])
        self._fill_menu("services", [(f.label, f) for f in figures.services])

    def works_titles(self) -> dict[str, str]:
        """The dashboard's works entries (the « Travaux » boxes they open)."""
        return {
            "moe": self.tr("Pièces de travaux à vérifier (MOE) : {count} — {amount} HT"),
            "moa": self.tr("Pièces de travaux à valider (MOA) : {count} — {amount} HT"),
            "tacit": self.tr("Délais tacites en cours : {count} — {amount} HT"),
            "late": self.tr("Échéance de l'étape dépassée : {count} — {amount} HT"),
            "soon": self.tr("Échéance de l'étape ≤ 5 jours : {count} — {amount} HT"),
        }

    def _show_works(self, figures: DashboardFigures) -> None:
        """The works figures beside the invoices' deadlines; hidden without works."""
        button = self.buttons["works"]
        button.setVisible(bool(figures.works))
        counts = {c.box: c for c in figures.works}
        if not counts:
            return
        button.setText(
            self.tr("Travaux : {moe} à vérifier · {moa} à valider · {late} en retard ▾").format(
                moe=_count(counts["moe"].count),
                moa=_count(counts["moa"].count),
                late=_count(counts["late"].count),
            )
        )
        button.setToolTip(self.tr("Pièces de travaux (MOE / MOA) : cliquer pour choisir la boîte"))
        menu = button.menu()
        menu.clear()
        for box, text in self.works_titles().items():
            figure = counts[box]
            action = menu.addAction(
                text.format(count=_count(figure.count), amount=money_text(figure.amount))
            )
            action.setObjectName(f"works_box_{box}")
            action.triggered.connect(lambda _=False, b=box: self.works_clicked.emit(b))

    def _show(self, key: str, text: str, figure: Figure) -> None:
        button = self.buttons[key]
        button.setText(text)
        button.setToolTip(
            self.tr("{count} factures, {amount} TTC — cliquer pour les lister").format(
                count=_count(figure.count), amount=money_text(figure.amount)
            )
        )
        self._criteria[key] = figure.criteria

    def _fill_menu(self, key: str, entries: list[tuple[str, Figure]]) -> None:
        menu = self.buttons[key].menu()
        menu.clear()
        for name, figure in entries:
            action = menu.addAction(
                self.tr("{name} : {count} — {amount}").format(
                    name=name, count=_count(figure.count), amount=money_text(figure.amount)
                )
            )
            action.triggered.connect(lambda _=False, c=figure.criteria: self.open_list(c))

    def _clicked(self, key: str) -> None:
        criteria = self._criteria.get(key)
        if criteria is not None:
            self.open_list(criteria)

    def open_list(self, criteria: InvoiceFilter) -> None:
        """Ask the window to list exactly ``criteria``."""
        self.figure_clicked.emit(criteria)
