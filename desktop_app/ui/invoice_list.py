"""The invoice list view: lazy model, sortable headers, chosen columns and widths remembered."""

from __future__ import annotations

from desktop_app.models.database import Database
from desktop_app.ui.invoice_table_model import (
    INVOICE_ID_ROLE,
    SORTABLE,
    Column,
    InvoiceTableModel,
    column_title,
)
from desktop_app.ui.qt import (
    QAbstractItemView,
    QAction,
    QHeaderView,
    QItemSelectionModel,
    QMenu,
    QModelIndex,
    QPoint,
    QSettings,
    Qt,
    QTableView,
    QWidget,
    Signal,
)

SETTINGS_KEY = "list/header"


class InvoiceListView(QTableView):
    """Rows of invoices; emits :attr:`current_invoice_changed` with the focused invoice id."""

    current_invoice_changed = Signal(object)  # int | None

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.invoice_model = InvoiceTableModel(database, self)
        self.setModel(self.invoice_model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.setAccessibleName(self.tr("Liste des factures"))
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(Column.DEPOSIT_DATE, Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(self._sort_requested)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        for column, width in (
            (Column.NUMBER, 105),  # number to amount fit the list's 580 px at 1366 px
            (Column.SUPPLIER, 150),  # (window_layout.LIST_READING), beside a readable invoice
            (Column.SERVICE, 100),
            (Column.DEPOSIT_DATE, 85),
            (Column.ISSUE_DATE, 85),
            (Column.AMOUNT, 115),
            (Column.STATUS, 170),
            (Column.DEADLINE, 150),
            (Column.ENGAGEMENT, 140),
        ):
            self.setColumnWidth(column, width)
        self.setColumnHidden(Column.ISSUE_DATE, True)
        # shown once engagements are imported (main window), or from the header's menu
        self.setColumnHidden(Column.ENGAGEMENT, True)
        header = self.horizontalHeader()  # the legal deadline reads best beside the amount
        header.moveSection(header.visualIndex(Column.DEADLINE), header.visualIndex(Column.STATUS))
        self.invoice_model.ids_reset.connect(self._after_reset)
        self.invoice_model.row_leaving.connect(self._row_leaving)
        self.invoice_model.ids_refreshed.connect(self._after_refresh)
        self._follow: int | None = None  # the current invoice, moving to another row
        self._announced: int | None = None  # the last current invoice told to the window
        self._selection_connected = False
        self._connect_selection()

    def _connect_selection(self) -> None:
        selection = self.selectionModel()
        selection.currentRowChanged.connect(self._current_row_changed)

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._follow is not None:
            return  # Qt's own move while the current row is removed: it comes back below
        self._announce(current.data(INVOICE_ID_ROLE) if current.isValid() else None)

    def _announce(self, invoice_id: int | None) -> None:
        self._announced = invoice_id
        self.current_invoice_changed.emit(invoice_id)

    # -- the selection the program sets --------------------------------------------------
    def select_row(self, row: int) -> None:
        """Make ``row`` the current and only selected row. Never through Qt's
        :meth:`setCurrentIndex` / :meth:`selectRow`, which follow the keyboard modifiers of
        the moment: with Shift or Ctrl down (a Ctrl+Shift shortcut, Ctrl+1…, or a modifier
        the application still believes is down) they extended or toggled the selection, and
        the next action ran on two invoices the clerk never selected together."""
        index = self.invoice_model.index(row, 0)
        if not index.isValid():
            return
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.selectionModel().setCurrentIndex(index, flags)
        self.scrollTo(index)

    def select_invoice(self, invoice_id: int) -> bool:
        """Select ``invoice_id`` alone when it is among the loaded rows."""
        row = self.invoice_model.row_of(invoice_id)
        if row is None:
            return False
        self.select_row(row)
        return True

    def _row_leaving(self, row: int, comes_back: bool) -> None:
        """The current row is being removed (an action sent it out of this list, a sync
        changed it): the next invoice becomes current and selected, so the fields, the image
        and the highlighted row stay one invoice. An invoice that only moves stays current."""
        current = self.currentIndex()
        if not current.isValid() or current.row() != row:
            return
        if comes_back:
            if self._follow is None:
                self._follow = self.invoice_model.invoice_id(row)
            return
        count = self.invoice_model.rowCount()
        target = row + 1 if row + 1 < count else row - 1
        if target >= 0:
            self.select_row(target)  # then Qt keeps it through the removal

    def _after_refresh(self) -> None:
        followed, self._follow = self._follow, None
        if followed is not None and not self.select_invoice(followed):
            last = self.invoice_model.rowCount() - 1  # it moved beyond the loaded rows
            self.select_row(max(0, min(self.currentIndex().row(), last)))
        current = self.currentIndex()
        if current.isValid() and not self.selectionModel().hasSelection():
            self.select_row(current.row())  # the focused row is the highlighted one
        shown = self.current_id()
        if followed is not None and shown != self._announced:
            self._announce(shown)

    def _after_reset(self) -> None:
        if self.invoice_model.rowCount() == 0:
            self._announce(None)

    def _sort_requested(self, section: int, order: Qt.SortOrder) -> None:
        if Column(section) not in SORTABLE:
            header = self.horizontalHeader()
            header.blockSignals(True)
            key_column = next(c for c, k in SORTABLE.items() if k is self.invoice_model.sort_key)
            header.setSortIndicator(
                key_column,
                Qt.SortOrder.DescendingOrder
                if self.invoice_model.descending
                else Qt.SortOrder.AscendingOrder,
            )
            header.blockSignals(False)
            return
        self.invoice_model.sort(section, order)

    def _header_menu(self, position: QPoint) -> None:
        menu = self._columns_menu()
        menu.exec(self.horizontalHeader().mapToGlobal(position))

    def _columns_menu(self) -> QMenu:
        menu = QMenu(self.tr("Colonnes"), self)
        for column in Column:
            action = QAction(column_title(column), menu)
            action.setCheckable(True)
            action.setChecked(not self.isColumnHidden(column))
            action.setEnabled(column is not Column.NUMBER)
            action.toggled.connect(
                lambda checked, col=column: self.setColumnHidden(col, not checked)
            )
            menu.addAction(action)
        return menu

    def selected_ids(self) -> list[int]:
        """Ids of the selected rows, in list order."""
        rows = sorted(index.row() for index in self.selectionModel().selectedRows())
        return [i for row in rows if (i := self.invoice_model.invoice_id(row)) is not None]

    def current_id(self) -> int | None:
        """Id of the focused row."""
        index = self.currentIndex()
        return self.invoice_model.invoice_id(index.row()) if index.isValid() else None

    def select_first(self) -> None:
        """Focus the first row."""
        if self.invoice_model.rowCount():
            self.select_row(0)

    def save_state(self, settings: QSettings) -> None:
        """Remember column order, widths and visibility."""
        settings.setValue(SETTINGS_KEY, self.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        """Restore what :meth:`save_state` kept."""
        state = settings.value(SETTINGS_KEY)
        if state is not None:
            self.horizontalHeader().restoreState(state)
