"""The sidebar's structure selector: a user attached to several structures (SIRET) — a
university and its sites — sees them all combined (the default), one, or several, each with
its count; every list, count, dashboard figure and export follows the choice (in SQL, through
``InvoiceFilter.structure_ids``), and the choice is remembered across restarts.

Keyboard: Space ticks or unticks the current row (« Toutes les structures » ticks all or
none), Enter keeps only the current structure (on « Toutes », all of them). Shown only when
the cache knows at least two structures."""

from __future__ import annotations

from desktop_app.models.database import Database
from desktop_app.models.structure_queries import StructureCount, structure_counts
from desktop_app.ui.qt import (
    QAbstractItemView,
    QKeyEvent,
    QListWidget,
    QListWidgetItem,
    QResizeEvent,
    QSettings,
    Qt,
    QWidget,
    Signal,
)
from desktop_app.ui.workers import run_in_pool

SETTINGS_KEY = "sidebar/structures"
ALL = "all"  # the stored value of "every structure, combined"
MAX_ROWS = 6  # beyond, the selector scrolls (the inboxes keep the sidebar)
ID_ROLE = Qt.ItemDataRole.UserRole


def selection_text(chosen: frozenset[int] | None) -> str:
    """How a choice is stored: ``all`` or the ids, comma-separated (empty: none)."""
    return ALL if chosen is None else ",".join(str(i) for i in sorted(chosen))


def selection_from_text(text: object) -> frozenset[int] | None:
    """The choice :func:`selection_text` stored (anything unreadable: all)."""
    value = str(text if text is not None else ALL).strip()
    if value == ALL:
        return None
    try:
        return frozenset(int(part) for part in value.split(",") if part.strip())
    except ValueError:
        return None


def _n(number: int) -> str:
    return f"{number:,}".replace(",", "\u202f")


class StructureSelector(QListWidget):
    """Checkable rows: « Toutes les structures (N) », then one per structure (N)."""

    selection_changed = Signal(object)  # frozenset[int] | None (None: all, combined)

    def __init__(
        self, database: Database, settings: QSettings | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.settings = settings
        self.setAccessibleName(self.tr("Structures"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)  # names shortened by _fit_text
        self.structures: list[StructureCount] = []
        stored = settings.value(SETTINGS_KEY, ALL) if settings is not None else ALL
        self._chosen: frozenset[int] | None = selection_from_text(stored)
        self._filling = False
        self.all_item = QListWidgetItem(self)
        self.all_item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.all_item.setFlags(self.all_item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        self.rows_by_id: dict[int, QListWidgetItem] = {}
        self.itemChanged.connect(self._item_changed)
        self.itemDoubleClicked.connect(self._only_item)
        self.setVisible(False)
        self._relabel()

    # -- the choice ----------------------------------------------------------------------------
    def selection(self) -> frozenset[int] | None:
        """The chosen structures; None when all are (or when fewer than two are known)."""
        if len(self.structures) < 2:
            return None
        return self._chosen

    def set_selection(self, chosen: frozenset[int] | None) -> None:
        """Choose ``chosen`` (None: all combined); remembered, and announced when it changes."""
        known = {s.id for s in self.structures}
        if chosen is not None and known and chosen >= known:
            chosen = None  # every structure ticked: the same as "all", new ones included
        before = self.selection()
        self._chosen = chosen
        if self.settings is not None:
            self.settings.setValue(SETTINGS_KEY, selection_text(chosen))
        self._show_checks()
        if self.selection() != before:
            self.selection_changed.emit(self.selection())

    def only(self, structure_id: int | None) -> None:
        """Keep only ``structure_id`` (None: all of them)."""
        self.set_selection(None if structure_id is None else frozenset({structure_id}))

    def _item_changed(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        if item is self.all_item:
            checked = item.checkState() == Qt.CheckState.Checked
            self.set_selection(None if checked else frozenset())
            return
        ticked = frozenset(
            sid for sid, row in self.rows_by_id.items() if row.checkState() == Qt.CheckState.Checked
        )
        self.set_selection(ticked)

    def _only_item(self, item: QListWidgetItem) -> None:
        structure_id = item.data(ID_ROLE)
        self.only(int(structure_id) if structure_id is not None else None)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self._only_item(self.currentItem())
            return
        super().keyPressEvent(event)

    # -- counts --------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Recount per structure in the background; rows update when done."""
        database = self.database

        def work() -> list[StructureCount]:
            return database.query(structure_counts)

        run_in_pool(work, self.show_structures, owner=self)

    def show_structures(self, structures: list[StructureCount]) -> None:
        """Rows for ``structures`` (shown when there are at least two)."""
        before = self.selection()
        self._filling = True  # new rows, texts and ticks are not the clerk's choice
        try:
            self._place_rows(structures)
        finally:
            self._filling = False
        self._relabel()
        self.setVisible(len(structures) >= 2)
        self._fit_height()
        if self.selection() != before:
            self.selection_changed.emit(self.selection())

    def _place_rows(self, structures: list[StructureCount]) -> None:
        self.structures = list(structures)
        known = {s.id for s in structures}
        for sid in [sid for sid in self.rows_by_id if sid not in known]:
            self.takeItem(self.row(self.rows_by_id.pop(sid)))
        for position, structure in enumerate(structures, start=1):
            item = self.rows_by_id.get(structure.id)
            if item is None:
                item = QListWidgetItem()
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsUserCheckable
                )
                item.setData(ID_ROLE, structure.id)
                self.rows_by_id[structure.id] = item
                self.insertItem(position, item)
            elif self.row(item) != position:
                self.takeItem(self.row(item))
                self.insertItem(position, item)

    def _show_checks(self) -> None:
        filling, self._filling = self._filling, True
        try:
            chosen = self._chosen
            for sid, item in self.rows_by_id.items():
                ticked = chosen is None or sid in chosen
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            if chosen is None:
                state = Qt.CheckState.Checked
            elif not chosen & set(self.rows_by_id):
                state = Qt.CheckState.Unchecked
            else:
                state = Qt.CheckState.PartiallyChecked
            self.all_item.setCheckState(state)
        finally:
            self._filling = filling

    def _relabel(self) -> None:
        filling, self._filling = self._filling, True  # a new text is no new choice
        try:
            self._set_texts()
        finally:
            self._filling = filling
        self._show_checks()

    def _set_texts(self) -> None:
        total = sum(s.total for s in self.structures)
        label = self.tr("Toutes les structures ({count})").format(count=_n(total))
        name = label.rsplit(" (", 1)[0]
        self.all_item.setText(self._fit_text(name, _n(total), label))
        self.all_item.setData(Qt.ItemDataRole.AccessibleTextRole, label)
        self.all_item.setToolTip(
            self.tr("Les factures de toutes vos structures, ensemble (Entrée)")
        )
        for structure in self.structures:
            item = self.rows_by_id[structure.id]
            name = structure.name or self.tr("Structure {id}").format(id=structure.id)
            item.setText(self._fit_text(name, _n(structure.total)))
            whole = self.tr("{name} ({count})").format(name=name, count=_n(structure.total))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, whole)
            item.setToolTip(
                self.tr(
                    "{name}\nSIRET {siret} — {count} facture(s), dont {todo} à traiter\n"
                    "Espace : cocher ou décocher · Entrée : uniquement cette structure"
                ).format(
                    name=name,
                    siret=structure.siret or "—",
                    count=_n(structure.total),
                    todo=_n(structure.to_process),
                )
            )

    def _fit_text(self, name: str, count: str, whole: str | None = None) -> str:
        """« name (count) », the name shortened with « … » so that the count stays in view
        in the sidebar's width (the whole name is in the tooltip)."""
        full = whole or self.tr("{name} ({count})").format(name=name, count=count)
        metrics = self.fontMetrics()
        room = self.viewport().width() - metrics.height() - 14  # the check box and margins
        if room <= 0 or metrics.horizontalAdvance(full) <= room:
            return full
        tail = full[len(name) :] if full.startswith(name) else f" ({count})"
        short = metrics.elidedText(
            name, Qt.TextElideMode.ElideRight, room - metrics.horizontalAdvance(tail)
        )
        return f"{short}{tail}"

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relabel()

    def _fit_height(self) -> None:
        rows = min(self.count(), MAX_ROWS)
        height = self.sizeHintForRow(0) if self.count() else self.fontMetrics().height() + 6
        self.setFixedHeight(rows * max(height, 1) + 2 * self.frameWidth() + 2)

    def retranslate(self) -> None:
        """Re-label after a language change."""
        self._relabel()
