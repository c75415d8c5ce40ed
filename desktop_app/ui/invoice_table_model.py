"""The invoice list model: row ids only, fetched lazily in pages; rows read by id pages."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable
from datetime import date
from enum import IntEnum
from typing import Any

from desktop_app.domain.money import Money
from desktop_app.models.database import Database
from desktop_app.models.list_rows import (
    InvoiceRow,
    fetch_display_rows,
    matching_among,
    next_id_page,
)
from desktop_app.models.queries import InvoiceFilter, SortKey
from desktop_app.models.work import ATTENTION_STATES
from desktop_app.ui.engagement_texts import state_label, state_meaning, suggestion
from desktop_app.ui.i18n import status_label
from desktop_app.ui.qt import (
    QAbstractTableModel,
    QBrush,
    QColor,
    QCoreApplication,
    QFont,
    QIcon,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QPainter,
    QPersistentModelIndex,
    QPixmap,
    Qt,
    Signal,
)
from desktop_app.ui.team_texts import with_claim
from desktop_app.ui.texts import date_text, outbox_state_label

AnyIndex = QModelIndex | QPersistentModelIndex
_UNSET = object()  # a cell role not worked out yet (None is a value: "nothing to show")
INVOICE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class Column(IntEnum):
    """Columns of the list, in default order."""

    NUMBER = 0
    SUPPLIER = 1
    SERVICE = 2
    DEPOSIT_DATE = 3
    ISSUE_DATE = 4
    AMOUNT = 5
    STATUS = 6
    SYNC = 7
    DEADLINE = 8
    ENGAGEMENT = 9


_COLUMNS = tuple(Column)
_ID_ROLE = int(INVOICE_ID_ROLE)
_HANDLED_ROLES = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.AccessibleTextRole,
        INVOICE_ID_ROLE,
    )
)

SORTABLE: dict[Column, SortKey] = {
    Column.NUMBER: SortKey.NUMBER,
    Column.SUPPLIER: SortKey.SUPPLIER,
    Column.DEPOSIT_DATE: SortKey.DEPOSIT_DATE,
    Column.ISSUE_DATE: SortKey.ISSUE_DATE,
    Column.AMOUNT: SortKey.AMOUNT,
    Column.STATUS: SortKey.STATUS_CHANGED,
    Column.DEADLINE: SortKey.PAYMENT_DEADLINE,
}
SOON_DAYS = 5  # "due soon" colour: within this many days
LATE_COLOUR = "#c0392b"
SOON_COLOUR = "#d35400"
NEW_COLOUR = "#1f6fd1"  # the "●" of a new (unseen) invoice
_new_marker: list[QIcon] = []  # drawn once, when first asked (needs the GUI application)


def new_marker() -> QIcon:
    """The blue dot shown before the number of a new invoice."""
    if not _new_marker:
        pixmap = QPixmap(12, 12)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(NEW_COLOUR))
        painter.drawEllipse(2, 2, 8, 8)
        painter.end()
        _new_marker.append(QIcon(pixmap))
    return _new_marker[0]


def new_label() -> str:
    """« Nouvelle »: the tooltip and spoken label of a new invoice."""
    return QCoreApplication.translate("InvoiceTableModel", "Nouvelle")


def column_title(column: Column) -> str:
    """Header text of ``column`` (translated)."""
    titles = {
        Column.NUMBER: QCoreApplication.translate("InvoiceTableModel", "Numéro"),
        Column.SUPPLIER: QCoreApplication.translate("InvoiceTableModel", "Fournisseur"),
        Column.SERVICE: QCoreApplication.translate("InvoiceTableModel", "Service"),
        Column.DEPOSIT_DATE: QCoreApplication.translate("InvoiceTableModel", "Dépôt"),
        Column.ISSUE_DATE: QCoreApplication.translate("InvoiceTableModel", "Émission"),
        Column.AMOUNT: QCoreApplication.translate("InvoiceTableModel", "Montant TTC"),
        Column.STATUS: QCoreApplication.translate("InvoiceTableModel", "Statut"),
        Column.SYNC: QCoreApplication.translate("InvoiceTableModel", "Envoi"),
        Column.DEADLINE: QCoreApplication.translate("InvoiceTableModel", "Échéance légale"),
        Column.ENGAGEMENT: QCoreApplication.translate("InvoiceTableModel", "Engagement"),
    }
    return titles[column]


def _key(value: Any) -> tuple[int, Any]:
    # SQLite orders NULL before any value.
    return (0, 0) if value is None else (1, value)


class InvoiceTableModel(QAbstractTableModel):
    """Holds the matching invoice ids (paged in on demand) and a bounded cache of rows."""

    ID_PAGE = 200
    ROW_PAGE = 64
    ROW_CACHE_MAX = 4000
    CELL_CACHE_MAX = 50_000

    ids_reset = Signal()
    row_leaving = Signal(int, bool)  # (row, the invoice comes back elsewhere), before removal
    ids_refreshed = Signal()  # after :meth:`refresh_ids` moved, inserted or removed rows

    def __init__(self, database: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self.database = database
        self.criteria = InvoiceFilter()
        self.sort_key = SortKey.DEPOSIT_DATE
        self.descending = True
        self._ids: list[int] = []
        self._keys: list[Any] = []
        self._row_of: dict[int, int] | None = None
        self._exhausted = True
        self._dense_text: bool | None = None  # full-text strategy of the current query
        self._cache: OrderedDict[int, InvoiceRow] = OrderedDict()
        self.rows_fetched = 0  # display rows read from the cache file (for tests)
        self.id_pages_fetched = 0
        self._cells: dict[tuple[int, int, int], Any] = {}  # (invoice id, column, role)
        self._today: date | None = None

    # -- loading ---------------------------------------------------------------------------
    def set_query(
        self,
        criteria: InvoiceFilter,
        sort_key: SortKey | None = None,
        descending: bool | None = None,
    ) -> None:
        """Show the invoices matching ``criteria``: the first page is read at once."""
        self.beginResetModel()
        self.criteria = criteria
        if sort_key is not None:
            self.sort_key = sort_key
        if descending is not None:
            self.descending = descending
        self._ids, self._keys = [], []
        self._row_of = None
        self._cache.clear()
        self._cells.clear()
        self._exhausted = False
        self._dense_text = None
        self._append_ids(self._fetch_ids())
        self.endResetModel()
        self.ids_reset.emit()

    def _fetch_ids(self) -> list[tuple[int, Any]]:
        """The next id page (a short one ends the list); the full-text strategy is decided
        once per query, not per page."""
        page, self._dense_text = self.database.query(
            next_id_page,
            self.criteria,
            self.sort_key,
            self.descending,
            len(self._ids),
            self.ID_PAGE,
            self._dense_text,
        )
        self.id_pages_fetched += 1
        if len(page) < self.ID_PAGE:
            self._exhausted = True
        return page

    def _append_ids(self, page: list[tuple[int, Any]]) -> None:
        self._ids.extend(invoice_id for invoice_id, _ in page)
        self._keys.extend(key for _, key in page)
        self._row_of = None

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        page = self._fetch_ids()
        if not page:
            return
        first = len(self._ids)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._append_ids(page)
        self.endInsertRows()

    def _row(self, row: int) -> InvoiceRow | None:
        invoice_id = self._ids[row]
        cached = self._cache.get(invoice_id)
        if cached is not None:
            self._cache.move_to_end(invoice_id)
            return cached
        start = max(0, row - 8)
        wanted = [i for i in self._ids[start : row + self.ROW_PAGE] if i not in self._cache]
        rows = self.database.query(fetch_display_rows, wanted)
        self.rows_fetched += len(rows)
        self._cache.update(rows)
        while len(self._cache) > self.ROW_CACHE_MAX:
            self._cache.popitem(last=False)
        return self._cache.get(invoice_id)

    # -- Qt model API ------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_title(Column(section))
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every role of every visible cell on each paint: unhandled roles leave
        # at once, through a set of plain ints (comparing with Qt's enum members is slow),
        # and a cell's value, once worked out, is kept until its invoice or the list changes
        # (a repaint formats no amount, translates no status again).
        if role not in _HANDLED_ROLES or not index.isValid():
            return None
        position = index.row()
        if position >= len(self._ids):
            return None
        if role == _ID_ROLE:
            return self._ids[position]
        return self._cached_cell(self._ids[position], position, index.column(), role)

    def _cached_cell(self, invoice_id: int, position: int, column: int, role: int) -> Any:
        """A cell's value for ``role``, worked out once until its invoice or the list changes."""
        key = (invoice_id, column, role)
        cells = self._cells
        value = cells.get(key, _UNSET)
        if value is _UNSET:
            value = self._cell(position, column, role)
            if len(cells) >= self.CELL_CACHE_MAX:
                cells.clear()
            cells[key] = value
        return value

    def multiData(
        self,
        index: AnyIndex,
        roleDataSpan: QModelRoleDataSpan | QModelRoleData,
    ) -> None:
        """Every role a delegate asks of one cell, in one call: Qt crosses into Python once
        per visible cell instead of once per role and cell (issue 17, painting)."""
        wanted = [roleDataSpan] if isinstance(roleDataSpan, QModelRoleData) else roleDataSpan
        if not index.isValid():
            return
        position, column = index.row(), index.column()
        if position >= len(self._ids):
            return
        invoice_id = self._ids[position]
        # data()'s steps, once per cell instead of once per role (same cache, same values)
        for role_data in wanted:  # type: ignore[union-attr]  # the stubs lack the span's iterator
            role = role_data.role()
            if role not in _HANDLED_ROLES:
                continue
            if role == _ID_ROLE:
                role_data.setData(invoice_id)
                continue
            value = self._cached_cell(invoice_id, position, column, role)
            if value is not None:
                role_data.setData(value)

    @property
    def today(self) -> date | None:
        """The day deadlines are counted from (None: the machine's date)."""
        return self._today

    @today.setter
    def today(self, day: date | None) -> None:
        self._today = day
        self._cells.clear()

    def _cell(self, position: int, column_number: int, role: int) -> Any:
        row = self._row(position)
        if row is None:
            return None
        column = _COLUMNS[column_number]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == Column.AMOUNT:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == Qt.ItemDataRole.FontRole:
            if row.pending_action or row.is_new:
                font = QFont()
                font.setItalic(bool(row.pending_action))
                font.setBold(row.is_new)
                return font
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            return new_marker() if row.is_new and column == Column.NUMBER else None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if row.is_new and column == Column.NUMBER:  # what a screen reader says of the dot
                return f"{new_label()}, {row.number}"
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == Column.DEADLINE:
                return self._deadline_brush(row)
            if column == Column.SYNC and row.outbox_state in ATTENTION_STATES:
                return QBrush(QColor("#c0392b"))
            if column == Column.ENGAGEMENT and row.engagement_state not in (None, "found"):
                return QBrush(QColor("#c0392b"))
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.NUMBER and (row.possible_duplicate or row.is_new):
                tips = [new_label()] if row.is_new else []
                if row.possible_duplicate:
                    tips.append(QCoreApplication.translate("InvoiceTableModel", "Doublon possible"))
                return " · ".join(tips)
            if column == Column.ENGAGEMENT and row.engagement_state:
                return " ".join(
                    (state_meaning(row.engagement_state), suggestion(row.engagement_state))
                ).strip()
            if column == Column.SYNC and row.claimed_by:  # the list cell may be elided
                return self._display(row, column)
            if column == Column.DEADLINE and row.payment_deadline is not None:
                return QCoreApplication.translate(
                    "InvoiceTableModel", "Délai global de paiement : {date}"
                ).format(date=date_text(row.payment_deadline))
            return None
        if column == Column.DEADLINE:
            return self.deadline_text(row)
        return self._display(row, column)

    def days_left(self, row: InvoiceRow) -> int | None:
        """Days until the deadline (negative when late) while the clock runs."""
        if row.deadline_state != "running" or row.payment_deadline is None:
            return None
        return (row.payment_deadline - (self.today or date.today())).days

    def deadline_text(self, row: InvoiceRow) -> str:
        """``12 j``, ``3 j de retard``, ``suspendu (18 j)`` or empty."""
        translate = QCoreApplication.translate
        if row.deadline_state == "suspended":
            return translate("InvoiceTableModel", "suspendu ({days} j)").format(
                days=row.deadline_balance if row.deadline_balance is not None else "?"
            )
        left = self.days_left(row)
        if left is None:
            return ""
        if left < 0:
            return translate("InvoiceTableModel", "{days} j de retard").format(days=-left)
        return translate("InvoiceTableModel", "{days} j").format(days=left)

    def _deadline_brush(self, row: InvoiceRow) -> QBrush | None:
        left = self.days_left(row)
        if left is None:
            return None
        if left < 0:
            return QBrush(QColor(LATE_COLOUR))
        if left <= SOON_DAYS:
            return QBrush(QColor(SOON_COLOUR))
        return None

    @staticmethod
    def _display(row: InvoiceRow, column: Column) -> str:
        if column == Column.NUMBER:
            return row.number
        if column == Column.SUPPLIER:
            return row.supplier_name
        if column == Column.SERVICE:
            return row.service
        if column == Column.DEPOSIT_DATE:
            return date_text(row.deposit_date)
        if column == Column.ISSUE_DATE:
            return date_text(row.issue_date)
        if column == Column.AMOUNT:
            if row.amount_incl_vat is None:
                return ""
            return Money(row.amount_incl_vat, row.currency).format_fr()
        if column == Column.STATUS:
            return status_label(row.status)
        if column == Column.ENGAGEMENT:
            return state_label(row.engagement_state)
        return with_claim(outbox_state_label(row.outbox_state, row.pending_action), row.claimed_by)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORTABLE.get(Column(column))
        if key is None:
            return
        self.set_query(self.criteria, key, order == Qt.SortOrder.DescendingOrder)

    # -- helpers -----------------------------------------------------------------------------
    def invoice_id(self, row: int) -> int | None:
        """Invoice id at ``row``."""
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, invoice_id: int) -> int | None:
        """Row of ``invoice_id`` among loaded rows."""
        if self._row_of is None:
            self._row_of = {value: row for row, value in enumerate(self._ids)}
        return self._row_of.get(invoice_id)

    def loaded_count(self) -> int:
        """Ids held so far."""
        return len(self._ids)

    def row_for(self, invoice_id: int) -> InvoiceRow | None:
        """The display row of a loaded ``invoice_id`` (read with its page if needed)."""
        row = self.row_of(invoice_id)
        return None if row is None else self._row(row)

    def cached_row(self, invoice_id: int) -> InvoiceRow | None:
        """The cached display row of ``invoice_id`` (no read)."""
        return self._cache.get(invoice_id)

    def _insert_position(self, invoice_id: int, key: Any) -> int | None:
        target = (_key(key), invoice_id)
        lo, hi = 0, len(self._ids)
        while lo < hi:
            mid = (lo + hi) // 2
            other = (_key(self._keys[mid]), self._ids[mid])
            before = target > other if self.descending else target < other
            if before:
                hi = mid
            else:
                lo = mid + 1
        if lo == len(self._ids) and not self._exhausted:
            return None  # beyond what is loaded: a later page brings it
        return lo

    def refresh_display(self, ids: Iterable[int]) -> None:
        """Invoices ``ids`` changed in a way that moves no row (seen, say): their loaded rows
        are read again when next painted."""
        rows = []
        self._cells.clear()
        for invoice_id in ids:
            self._cache.pop(invoice_id, None)
            row = self.row_of(invoice_id)
            if row is not None:
                rows.append(row)
        spans = [(min(rows), max(rows))] if len(rows) > 200 else [(r, r) for r in rows]
        for first, last in spans:  # one signal for a whole list marked seen
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(Column) - 1))

    def refresh_ids(self, ids: Iterable[int]) -> None:
        """Invoices ``ids`` changed in the cache: update, move, insert or remove their rows only."""
        wanted = sorted(set(ids))
        if not wanted:
            return
        matching = self.database.query(matching_among, self.criteria, self.sort_key, wanted)
        self._cells.clear()
        for invoice_id in wanted:
            self._cache.pop(invoice_id, None)
            row = self.row_of(invoice_id)
            if row is not None:
                if invoice_id in matching and _key(matching[invoice_id]) == _key(self._keys[row]):
                    self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
                    continue
                self.row_leaving.emit(row, invoice_id in matching)
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._ids[row]
                del self._keys[row]
                self._row_of = None
                self.endRemoveRows()
            if invoice_id in matching:
                position = self._insert_position(invoice_id, matching[invoice_id])
                if position is None:
                    continue
                self.beginInsertRows(QModelIndex(), position, position)
                self._ids.insert(position, invoice_id)
                self._keys.insert(position, matching[invoice_id])
                self._row_of = None
                self.endInsertRows()
        self.ids_refreshed.emit()
