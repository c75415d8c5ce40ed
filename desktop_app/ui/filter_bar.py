"""Search and filter bar above the list: text, status, supplier, date and amount ranges.
Its second part is a flow layout: on a narrow window it wraps to more rows."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from desktop_app.domain.errors import DomainError
from desktop_app.domain.inboxes import Inbox, inbox_for_status
from desktop_app.domain.money import parse_amount
from desktop_app.domain.transitions import all_statuses
from desktop_app.models.queries import InvoiceFilter
from desktop_app.ui.date_field import DateField
from desktop_app.ui.engagement_texts import filter_choices
from desktop_app.ui.flow_layout import FlowLayout
from desktop_app.ui.i18n import current_language, message_for, status_label
from desktop_app.ui.qt import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)

DEADLINE_ANY, DEADLINE_LATE, DEADLINE_SOON, DEADLINE_URGENT = "any", "late", "soon", "urgent"


def _group(parent: QWidget, *widgets: QWidget) -> QWidget:
    """``widgets`` side by side, kept together when the bar wraps (a label with its field)."""
    box = QWidget(parent)
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(4)
    for widget in widgets:
        row.addWidget(widget)
    return box


def _amount_text(amount: Decimal | None) -> str:
    """An amount as typed in the current language (decimal comma in French)."""
    if amount is None:
        return ""
    text = format(amount, "f")
    return text if current_language() == "en" else text.replace(".", ",")


class FilterBar(QWidget):
    """Emits :attr:`criteria_changed` (debounced) with the fields' part of the filter."""

    criteria_changed = Signal()
    save_requested = Signal()
    saved_chosen = Signal(int)  # saved search id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Rechercher (numéro, fournisseur, engagement…)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Recherche"))
        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("Statut"))
        self.supplier = QLineEdit(self)
        self.supplier.setPlaceholderText(self.tr("Fournisseur"))
        self.date_from = DateField(self)
        self.date_to = DateField(self)
        self.amount_min = QLineEdit(self)
        self.amount_min.setPlaceholderText(self.tr("Montant min."))
        self.amount_max = QLineEdit(self)
        self.amount_max.setPlaceholderText(self.tr("Montant max."))
        for field in (self.amount_min, self.amount_max):
            field.setMinimumWidth(90)
            field.setMaximumWidth(120)
        self.supplier.setMinimumWidth(130)
        self.status.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.status.setMinimumContentsLength(14)
        self.saved = QComboBox(self)
        self.saved.setAccessibleName(self.tr("Recherches enregistrées"))
        self.saved.setMinimumContentsLength(10)
        self.saved.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.save_button = QPushButton(self.tr("Enre&gistrer"), self)
        self.clear_button = QPushButton(self.tr("&Effacer"), self)
        self.deadline = QComboBox(self)
        self.deadline.setAccessibleName(self.tr("Échéance"))
        self.deadline.addItem(self.tr("Toutes échéances"), DEADLINE_ANY)
        self.deadline.addItem(self.tr("En retard"), DEADLINE_LATE)
        self.deadline.addItem(self.tr("Échéance sous N jours"), DEADLINE_SOON)
        self.deadline.addItem(self.tr("En retard ou sous N jours"), DEADLINE_URGENT)
        self.deadline_label = QLabel(self.tr("Échéa&nce"), self)
        self.deadline_label.setBuddy(self.deadline)
        self.within_days = QSpinBox(self)
        self.within_days.setRange(0, 365)
        self.within_days.setValue(5)
        self.within_days.setSuffix(self.tr(" j"))
        self.within_days.setAccessibleName(self.tr("Nombre de jours"))
        self.within_days.setEnabled(False)
        self.duplicates = QCheckBox(self.tr("Dou&blons possibles"), self)
        self.anomalies = QCheckBox(self.tr("Facture&s avec anomalies"), self)
        self.anomalies.setToolTip(
            self.tr("Factures dont les contrôles EN 16931 ou secteur public ont trouvé une erreur")
        )
        self.engagement = QComboBox(self)
        self.engagement.setAccessibleName(self.tr("Engagement"))
        for label, states in filter_choices():
            self.engagement.addItem(label, ",".join(sorted(states)))
        self.engagement_label = QLabel(self.tr("Engagement &juridique"), self)
        self.engagement_label.setBuddy(self.engagement)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #c0392b")
        self.error.setVisible(False)
        self.from_label = QLabel(self.tr("&Du"), self)
        self.from_label.setBuddy(self.date_from)
        self.to_label = QLabel(self.tr("a&u"), self)
        self.to_label.setBuddy(self.date_to)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top_widgets: tuple[QWidget, ...] = (
            self.search,
            self.saved,
            self.save_button,
            self.clear_button,
        )
        for top_widget in top_widgets:
            top.addWidget(top_widget)
        top.setStretch(0, 1)
        self.search.setMinimumWidth(140)
        outer.addLayout(top)
        self.flow = FlowLayout(spacing=6)  # wraps to more rows on a narrow window
        outer.addLayout(self.flow)
        flow_widgets: tuple[QWidget, ...] = (
            self.status,
            self.supplier,
            _group(self, self.from_label, self.date_from, self.to_label, self.date_to),
            _group(self, self.amount_min, self.amount_max),
            _group(self, self.deadline_label, self.deadline, self.within_days),
            self.duplicates,
            self.anomalies,
            _group(self, self.engagement_label, self.engagement),
            self.error,
        )
        for flow_widget in flow_widgets:
            self.flow.addWidget(flow_widget)
        self._fill_statuses(Inbox.ALL)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._emit_if_valid)
        for line in (self.search, self.supplier, self.amount_min, self.amount_max):
            line.textChanged.connect(self._timer.start)
            line.returnPressed.connect(self.apply_now)
        self.status.currentIndexChanged.connect(self._timer.start)
        self.deadline.currentIndexChanged.connect(self._deadline_changed)
        self.within_days.valueChanged.connect(self._timer.start)
        self.duplicates.toggled.connect(self._timer.start)
        self.anomalies.toggled.connect(self._timer.start)
        self.engagement.currentIndexChanged.connect(self._timer.start)
        self.date_from.changed.connect(self._timer.start)
        self.date_to.changed.connect(self._timer.start)
        for date_field in (self.date_from, self.date_to):
            date_field.line.returnPressed.connect(self.apply_now)
        self.save_button.clicked.connect(self.save_requested.emit)
        self.clear_button.clicked.connect(self.clear)
        self.saved.activated.connect(self._saved_activated)

    def _fill_statuses(self, inbox: Inbox) -> None:
        current = self.status.currentData()
        self.status.blockSignals(True)
        self.status.clear()
        self.status.addItem(self.tr("Tous les statuts"), None)
        for info in all_statuses():
            if inbox in (Inbox.ALL,) or inbox_for_status(info.code) is inbox:
                self.status.addItem(status_label(info.code), info.code)
        index = self.status.findData(current)
        self.status.setCurrentIndex(max(0, index))
        self.status.blockSignals(False)

    def _deadline_changed(self) -> None:
        choice = self.deadline.currentData()
        self.within_days.setEnabled(choice in (DEADLINE_SOON, DEADLINE_URGENT))
        self._timer.start()

    def set_deadline(self, choice: str, days: int | None = None) -> None:
        """Choose a deadline filter (``any``, ``late``, ``soon``, ``urgent``) and apply it."""
        if days is not None:
            self.within_days.setValue(days)
        self.deadline.setCurrentIndex(max(0, self.deadline.findData(choice)))
        self.apply_now()

    def _deadline_fields(self) -> tuple[bool, int | None]:
        choice = self.deadline.currentData()
        late = choice in (DEADLINE_LATE, DEADLINE_URGENT)
        within = self.within_days.value() if choice in (DEADLINE_SOON, DEADLINE_URGENT) else None
        return late, within

    def set_inbox(self, inbox: Inbox) -> None:
        """Offer only the statuses of ``inbox``."""
        self._fill_statuses(inbox)

    def apply_now(self) -> None:
        """Apply without waiting for the debounce."""
        self._timer.stop()
        self._emit_if_valid()

    def _emit_if_valid(self) -> None:
        problem = self.problem()
        self.error.setText(problem)
        self.error.setVisible(bool(problem))
        if not problem:
            self.criteria_changed.emit()

    def problem(self) -> str:
        """Why the fields cannot be applied (empty when they can)."""
        for field in (self.date_from, self.date_to):
            if not field.is_valid():
                return self.tr("Date invalide : {text} (jj/mm/aaaa)").format(text=field.line.text())
        try:
            self._amounts()
        except DomainError as exc:
            return message_for(exc.key, exc.params)
        return ""

    def _amounts(self) -> tuple[Decimal | None, Decimal | None]:
        low = self.amount_min.text().strip()
        high = self.amount_max.text().strip()
        return (parse_amount(low) if low else None, parse_amount(high) if high else None)

    def apply_to(self, criteria: InvoiceFilter) -> InvoiceFilter:
        """``criteria`` with this bar's fields (invalid amounts are left out)."""
        try:
            low, high = self._amounts()
        except DomainError:
            low, high = None, None
        status = self.status.currentData()
        late, within = self._deadline_fields()
        return replace(
            criteria,
            text=self.search.text().strip() or None,
            statuses=frozenset({status}) if status else frozenset(),
            supplier=self.supplier.text().strip() or None,
            date_from=self.date_from.value(),
            date_to=self.date_to.value(),
            amount_min=low,
            amount_max=high,
            late=late,
            due_within_days=within,
            possible_duplicates=self.duplicates.isChecked(),
            with_anomalies=self.anomalies.isChecked(),
            engagement_states=frozenset(
                filter(None, str(self.engagement.currentData()).split(","))
            ),
        )

    def load(self, criteria: InvoiceFilter) -> None:
        """Show ``criteria``'s fields (from a saved search) and apply them."""
        widgets = (
            self.search,
            self.supplier,
            self.amount_min,
            self.amount_max,
            self.status,
            self.deadline,
            self.within_days,
            self.duplicates,
            self.anomalies,
            self.engagement,
        )
        for widget in widgets:
            widget.blockSignals(True)
        self.search.setText(criteria.text or "")
        self.supplier.setText(criteria.supplier or "")
        self.amount_min.setText(_amount_text(criteria.amount_min))
        self.amount_max.setText(_amount_text(criteria.amount_max))
        self._fill_statuses(criteria.inbox)
        status = next(iter(criteria.statuses), None)
        self.status.setCurrentIndex(max(0, self.status.findData(status)))
        if criteria.due_within_days is not None:
            self.within_days.setValue(criteria.due_within_days)
        choice = DEADLINE_ANY
        if criteria.late:
            choice = DEADLINE_URGENT if criteria.due_within_days is not None else DEADLINE_LATE
        elif criteria.due_within_days is not None:
            choice = DEADLINE_SOON
        self.deadline.setCurrentIndex(max(0, self.deadline.findData(choice)))
        self.within_days.setEnabled(choice in (DEADLINE_SOON, DEADLINE_URGENT))
        self.duplicates.setChecked(criteria.possible_duplicates)
        self.anomalies.setChecked(criteria.with_anomalies)
        self.engagement.setCurrentIndex(
            max(0, self.engagement.findData(",".join(sorted(criteria.engagement_states))))
        )
        for widget in widgets:
            widget.blockSignals(False)
        for field, value in (
            (self.date_from, criteria.date_from),
            (self.date_to, criteria.date_to),
        ):
            field.blockSignals(True)
            field.set_value(value)
            field.blockSignals(False)
        self.apply_now()

    def clear(self) -> None:
        """Empty every field."""
        self.load(InvoiceFilter(inbox=Inbox.ALL))

    def set_saved(self, entries: list[tuple[int, str]]) -> None:
        """Fill the saved-search chooser."""
        self.saved.blockSignals(True)
        self.saved.clear()
        self.saved.addItem(self.tr("Recherches enregistrées…"), None)
        for search_id, name in entries:
            self.saved.addItem(name, search_id)
        self.saved.blockSignals(False)

    def _saved_activated(self, index: int) -> None:
        search_id = self.saved.itemData(index)
        if search_id is not None:
            self.saved_chosen.emit(int(search_id))
