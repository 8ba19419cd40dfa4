"""A table model that sorts and filters through a listing index and fetches only rows on screen.

The model holds a :class:`~desktop.services.listing_index.ListingIndex` (ids, search texts and
sort keys, loaded by a service) and the ordered ids of the matching records. Sorting and
searching ask the index for a new id order (milliseconds at 100,000 rows); full rows are read
from the database a page at a time, when the view first paints them. No QSortFilterProxyModel
sorting over row objects.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.services.listing_index import ListingIndex
from desktop.ui.collation import cell_key

IndexSource = Callable[[], ListingIndex]
RowSource = Callable[[Sequence[int]], dict[int, Any]]
PAGE_SIZE = 200
CACHED_PAGES = 20

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    header: str
    value: Callable[[Any], Any]
    sort_key: str | None = None  # the service's sort key; None: the column cannot sort
    align_right: bool = False
    # In-memory tables: what a header click sorts by (a date, not its text); default the value.
    order_by: Callable[[Any], Any] | None = None
    # In-memory tables: the text colour of a row's cell ("#c62828", a QColor), None for the default.
    foreground: Callable[[Any], Any] | None = None


class LazyTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], index: IndexSource, rows: RowSource, parent=None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._index_source = index
        self._index: ListingIndex | None = None
        self._row_source = rows
        self._ids: Sequence[int] = ()
        self._pages: OrderedDict[int, dict[int, Any]] = OrderedDict()
        self._query = ""
        first_sortable = next((c.sort_key for c in self._columns if c.sort_key), "")
        self._sort = first_sortable or ""
        self._descending = False

    # --- Qt model interface -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        value = column.value(row)
        return "" if value is None else str(value) if not isinstance(value, int | float) else value

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section].header
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns) or not self._columns[column].sort_key:
            return
        self._sort = self._columns[column].sort_key or self._sort
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._requery()

    # --- our interface ------------------------------------------------------------------------

    @property
    def query(self) -> str:
        return self._query

    def set_query(self, query: str) -> None:
        if query != self._query:
            self._query = query
            self._requery()

    def refresh(self) -> None:
        """Reload the index from the database (after an edit or a database switch) and re-query."""
        self._index = self._index_source()
        self._requery()

    def ids_for(self, query: str) -> Sequence[int]:
        """The ids a search for ``query`` would show, in the current order (no reset)."""
        if self._index is None:
            self._index = self._index_source()
        return self._index.query(query, self._sort, self._descending)

    def _requery(self) -> None:
        if self._index is None:
            self._index = self._index_source()
        self.beginResetModel()
        self._ids = self._index.query(self._query, self._sort, self._descending)
        self._pages.clear()
        self.endResetModel()

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, record_id: int) -> int:
        try:
            return self._ids.index(record_id)
        except ValueError:
            return -1

    def row_at(self, row: int) -> Any:
        page_number = row // PAGE_SIZE
        page = self._pages.get(page_number)
        if page is None:
            page_ids = list(self._ids[page_number * PAGE_SIZE : (page_number + 1) * PAGE_SIZE])
            page = self._row_source(page_ids)
            self._pages[page_number] = page
            if len(self._pages) > CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_number)
        return page.get(self._ids[row])

    def column_index(self, sort_key: str) -> int:
        return next((i for i, c in enumerate(self._columns) if c.sort_key == sort_key), -1)


class ListTableModel(QAbstractTableModel):
    """A small table held in memory (dashboard figures, backup lists): rows replaced as a whole,
    sorted by a header click with the interface language's collation."""

    def __init__(self, columns: Sequence[Column], parent=None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []
        self._sorted_by: tuple[int, bool] | None = None

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if self._sorted_by is not None:
            self._rows.sort(key=self._key(self._sorted_by[0]), reverse=self._sorted_by[1])
        self.endResetModel()

    def _key(self, column: int) -> Callable[[Any], Any]:
        read = self._columns[column].order_by or self._columns[column].value
        # Empty cells after the filled ones (first when reversed); text in the interface
        # language's alphabetical order, without regard to case (desktop/ui/collation.py).
        return lambda row: cell_key(read(row))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a header click; the order is kept when the rows are replaced."""
        if not 0 <= column < len(self._columns):
            return
        self.layoutAboutToBeChanged.emit()
        self._sorted_by = (column, order == Qt.SortOrder.DescendingOrder)
        self._rows.sort(key=self._key(column), reverse=self._sorted_by[1])
        self.layoutChanged.emit()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground is not None:
            colour = column.foreground(self._rows[index.row()])
            return QBrush(QColor(colour)) if colour is not None else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        value = column.value(self._rows[index.row()])
        return "" if value is None else value

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._columns[section].header if 0 <= section < len(self._columns) else None
        return None
