"""One table model for every list: plain row objects in, columns described by small functions.

Rows come from a *source* (a function returning a page of rows, and the total). The model shows
them a batch at a time through ``canFetchMore``/``fetchMore``, so a folder with 20,000 calls opens
at once; the view asks for more as the person scrolls. Rows already in memory (a list sorted and
filtered as a whole) are shown at once, in one reset, so that a view fits and sorts them once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QFont, QIcon

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row object itself
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a value that sorts the column the way a person expects
BATCH = 200
_R = Qt.ItemDataRole
_SERVED = frozenset(int(role) for role in (
    _R.DisplayRole, _R.ToolTipRole, _R.DecorationRole, _R.ForegroundRole, _R.FontRole,
    _R.TextAlignmentRole, ROW_ROLE, SORT_ROLE))  # the roles :meth:`RecordTableModel.data` serves
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


@dataclass(frozen=True)
class Column:
    header: str
    text: Callable[[Any], str]
    sort_key: Callable[[Any], Any] | None = None
    tooltip: Callable[[Any], str] | None = None
    icon: Callable[[Any], QIcon | None] | None = None
    foreground: Callable[[Any], QBrush | None] | None = None
    bold: Callable[[Any], bool] | None = None
    header_tooltip: str = ""
    align_right: bool = False


PageLoader = Callable[[int, int], Sequence[Any]]  # (offset, limit) -> rows


class RecordTableModel(QAbstractTableModel):
    """A read-only table of row objects; editing happens in forms through the services."""

    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []
        self._total = 0
        self._loader: PageLoader | None = None
        self._given: list[Any] = []  # the rows as set, before sorting
        self._sorted_by: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
        self._keys: list[Any] | None = None  # each row's sort key, kept once a merge needs them
        self._key_of: dict[Any, Any] = {}  # id -> its row's sort key (with ``_keys``)
        self._newer: dict[Any, Any] = {}  # id -> the row merged last, not yet in ``_given``
        self._added: list[Any] = []  # rows merged in as new, not yet in ``_given``

    # ------------------------------------------------------------------ filling
    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show exactly these rows (all already in memory), at once, in the order last chosen
        with :meth:`sort` (else as given)."""
        self.beginResetModel()
        self._loader = None
        self._given = list(rows)
        self._newer, self._added = {}, []
        self._rows = self._in_order(self._given)
        self._total = len(self._rows)
        self._forget_keys()
        self.endResetModel()

    def merge_rows(self, rows: Sequence[Any]) -> None:
        """Rows added or changed since :meth:`set_rows` (matched by ``id``), put in place without
        a reset: a changed row is redrawn (or moved, if the order says so), a new one inserted
        where the order puts it (new rows count as given before the others, in the order given
        here: that is where a fresh read would list them among equals). The view keeps its place
        and selection, and a proxy looks only at these rows, not at every row again."""
        if self._loader is not None:
            raise ValueError("merge_rows needs every row in memory (set_rows)")
        if self._merged_in_place(rows):
            return
        self._forget_keys()
        by_id = {row.id: row for row in rows}
        given = [by_id.pop(item.id, item) for item in self._given_now()]
        added = [row for row in rows if row.id in by_id]  # (those left: not listed before)
        self._given = added + given
        fresh = {id(row) for row in added}
        in_order = self._in_order(self._given)
        kept = [row for row in in_order if id(row) not in fresh]
        if [row.id for row in kept] != [row.id for row in self._rows]:
            self._relayout(kept)
        else:
            for number, row in enumerate(kept):
                if row is not self._rows[number]:
                    self._rows[number] = row
                    self.dataChanged.emit(self.index(number, 0),
                                          self.index(number, len(self._columns) - 1))
        for place, row in enumerate(in_order):
            if id(row) in fresh:
                self.beginInsertRows(QModelIndex(), place, place)
                self._rows.insert(place, row)
                self._total += 1
                self.endInsertRows()

    def _merged_in_place(self, rows: Sequence[Any]) -> bool:
        """The quick way, when no changed row moves: its cost grows with the rows merged, not
        with the rows listed (a 5,000-document list took 13–45 ms a merge going over every
        row). A changed row is found by halving among the rows' sort keys (kept from one merge
        to the next, with each id's key), a new row's place too; new rows going to one place
        are inserted at once. False (nothing changed yet) when a changed row has to move."""
        key = self._key()
        if key is None:
            return False
        if self._keys is None:  # (once after each reset or sort: then kept up to date)
            self._keys = [key(item) for item in self._rows]
            self._key_of = {item.id: k for item, k in zip(self._rows, self._keys, strict=True)}
        keys, key_of = self._keys, self._key_of
        descending = self._sorted_by[1] == Qt.SortOrder.DescendingOrder
        changed: list[tuple[int, Any]] = []
        added: list[tuple[Any, Any]] = []
        for row in rows:
            new_key = key(row)
            if row.id not in key_of:
                added.append((new_key, row))
                continue
            number = self._find(row.id, key_of[row.id], descending)
            if number is None or new_key != key_of[row.id]:
                return False
            changed.append((number, row))
        for row in rows:
            self._newer[row.id] = row
        self._added[:0] = [row for _k, row in added]
        for number, row in changed:
            self._rows[number] = row
            self.dataChanged.emit(self.index(number, 0), self.index(number, len(self._columns) - 1))
        groups: dict[int, list[tuple[Any, Any]]] = {}
        for new_key, row in added:  # (the places in the rows as they are now)
            groups.setdefault(_place(keys, new_key, descending), []).append((new_key, row))
        for place in sorted(groups, reverse=True):  # (the last first: the others stay put)
            group = sorted(groups[place], key=lambda pair: pair[0], reverse=descending)
            self.beginInsertRows(QModelIndex(), place, place + len(group) - 1)
            self._rows[place:place] = [row for _k, row in group]
            keys[place:place] = [k for k, _row in group]
            key_of.update((row.id, k) for k, row in group)
            self._total += len(group)
            self.endInsertRows()
        return True

    def _find(self, record_id: Any, key: Any, descending: bool) -> int | None:
        """The row of the record with this id and sort key (the keys being kept)."""
        assert self._keys is not None
        number = _place(self._keys, key, descending)
        while number < len(self._keys) and self._keys[number] == key:
            if self._rows[number].id == record_id:
                return number
            number += 1
        return None

    def _forget_keys(self) -> None:
        self._keys, self._key_of = None, {}

    def _given_now(self) -> list[Any]:
        """The rows as given, those merged since put in (once, when an order needs them all)."""
        if self._newer or self._added:
            newer = self._newer
            self._given = [newer.get(item.id, item) for item in self._added + self._given]
            self._newer, self._added = {}, []
        return self._given

    def _key(self) -> Callable[[Any], tuple[int, Any]] | None:
        """The sort key of the column the rows are in the order of (None: as given)."""
        column = self._sorted_by[0]
        if not 0 <= column < len(self._columns):
            return None
        spec = self._columns[column]

        def key(item: Any) -> tuple[int, Any]:
            value = _sortable(spec.sort_key(item) if spec.sort_key else spec.text(item))
            return (0, value) if isinstance(value, bool | int | float) else (1, str(value))

        return key

    def _relayout(self, rows: list[Any]) -> None:
        """Show the same records in a new order, the views' selection following them."""
        self.layoutAboutToBeChanged.emit()
        before = self._rows
        self._rows = rows
        place = {row.id: number for number, row in enumerate(rows)}
        kept = self.persistentIndexList()
        self.changePersistentIndexList(kept, [
            self.index(place[before[index.row()].id], index.column()) for index in kept])
        self.layoutChanged.emit()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Put the rows in the order of ``column`` (-1: as given), here in Python: one key a
        row, where a proxy sorting them would ask for two values at each comparison (some
        120,000 calls into Python for 5,000 rows). Only a list whose rows are all here sorts."""
        self._sorted_by = (column, order)
        if self._loader is not None:
            return
        self.layoutAboutToBeChanged.emit()
        before = self._rows
        self._rows = self._in_order(self._given_now())
        self._forget_keys()
        place = {id(item): row for row, item in enumerate(self._rows)}
        kept = self.persistentIndexList()
        self.changePersistentIndexList(kept, [
            self.index(place[id(before[index.row()])], index.column()) for index in kept])
        self.layoutChanged.emit()

    def sorts_itself(self) -> bool:
        """Whether every row is here, so that :meth:`sort` puts them in order."""
        return self._loader is None

    def _in_order(self, rows: list[Any]) -> list[Any]:
        key = self._key()
        if key is None:
            return list(rows)
        return sorted(rows, key=key, reverse=self._sorted_by[1] == Qt.SortOrder.DescendingOrder)

    def set_source(self, loader: PageLoader, total: int) -> None:
        """Show rows fetched page by page from ``loader``; ``total`` says how many there are."""
        self.beginResetModel()
        self._forget_keys()
        self._loader = loader
        self._total = total
        self._rows = list(loader(0, min(BATCH, total))) if total else []
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or self._loader is None:
            return
        more = list(self._loader(len(self._rows), min(BATCH, self._total - len(self._rows))))
        if not more:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def fetch_all(self) -> None:
        while self.canFetchMore():
            self.fetchMore()

    # ------------------------------------------------------------------ reading
    @property
    def loaded_count(self) -> int:
        return len(self._rows)

    @property
    def total_count(self) -> int:
        return self._total

    def row_object(self, row: int) -> Any:
        return self._rows[row]

    def rows(self) -> list[Any]:
        return list(self._rows)

    def last_row(self) -> Any:
        """The last row fetched (None before any): where the next page starts."""
        return self._rows[-1] if self._rows else None

    def row_of_id(self, record_id: int) -> int | None:
        """The row showing the record with this id, fetching more rows until it is found."""
        if self._keys is not None and record_id in self._key_of:  # (found by halving)
            return self._find(record_id, self._key_of[record_id],
                              self._sorted_by[1] == Qt.SortOrder.DescendingOrder)
        start = 0
        while True:
            for number in range(start, len(self._rows)):
                if getattr(self._rows[number], "id", None) == record_id:
                    return number
            if not self.canFetchMore():
                return None
            start = len(self._rows)
            self.fetchMore()

    # ------------------------------------------------------------------ Qt model API
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.header
        if role == Qt.ItemDataRole.ToolTipRole and column.header_tooltip:
            return column.header_tooltip
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _SERVED or not index.isValid() or index.row() >= len(self._rows):
            return None  # (a view asks for some ten roles a cell each time it paints it)
        item = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(item)
        if role == ROW_ROLE:
            return item
        if role == SORT_ROLE:
            return _sortable(column.sort_key(item) if column.sort_key else column.text(item))
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(item) if column.tooltip else None
        if role == Qt.ItemDataRole.DecorationRole:
            return column.icon(item) if column.icon else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return column.foreground(item) if column.foreground else None
        if role == Qt.ItemDataRole.FontRole and column.bold and column.bold(item):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags


def _place(keys: list[Any], key: Any, descending: bool) -> int:
    """Where a row with ``key`` goes among rows in the order of ``keys``: before its equals."""
    low, high = 0, len(keys)
    while low < high:
        middle = (low + high) // 2
        if keys[middle] > key if descending else keys[middle] < key:
            low = middle + 1
        else:
            high = middle
    return low


def _sortable(value: Any) -> Any:
    """Qt compares sort values itself: give it strings or numbers, never None or dates."""
    if value is None:
        return ""
    if isinstance(value, bool | int | float | str):
        return value.casefold() if isinstance(value, str) else value
    if isinstance(value, tuple):
        return "\x1f".join(str(_sortable(v)) for v in value)
    return str(value)


class RecordFilterProxy(QSortFilterProxyModel):
    """Sorting by :data:`SORT_ROLE`, and filtering by a predicate over the row object."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._predicate: Callable[[Any], bool] | None = None
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A list whose rows are all in memory is sorted by its model (once, a key a row); the
        proxy then keeps the model's order and only filters."""
        source = self.sourceModel()
        if isinstance(source, RecordTableModel) and source.sorts_itself():
            super().sort(-1)
            source.sort(column, order)
            return
        super().sort(column, order)

    def set_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        self.beginFilterChange()
        self._predicate = predicate
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        if self._predicate is None:
            return True
        model = self.sourceModel()
        item = model.data(model.index(source_row, 0, source_parent), ROW_ROLE)
        return item is not None and bool(self._predicate(item))

    def row_object(self, proxy_row: int) -> Any:
        return self.data(self.index(proxy_row, 0), ROW_ROLE)
