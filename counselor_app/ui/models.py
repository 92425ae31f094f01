"""A table model over plain rows from the services, for every list and every table of a dialog.

Columns are declared (:class:`Column`): the text, and optionally its alignment, sort key, text and background
colour, tooltip, bold, and a check box (read-only, or ticked by the user with ``on_check``). Filtering is done on
the plain rows before they reach the model (ui/list_page.py), which is faster than a QSortFilterProxyModel over
30,000 rows and keeps the rows' order and selection in one place.

Sorting: a view with sorting enabled (``sortable(table)``) calls ``RowsModel.sort``, which orders the plain Python
rows by each column's sort key, computed once per row and sort (30,000 students in well under a frame's worth of
a second: bench/bench_student_list.py). The rows keep that order when they are replaced (a filter, a refresh); a
third click on the header goes back to the order the service gave.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, Callable, Sequence

from counselor_app.domain.search import sort_key
from counselor_app.ui.qt import QAbstractTableModel, QColor, QFont, QModelIndex, QObject, Qt

_DIGITS = re.compile(r"(\d+)")
DISPLAY, ALIGNMENT, CHECK, TOOLTIP = (int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.TextAlignmentRole),
                                      int(Qt.ItemDataRole.CheckStateRole), int(Qt.ItemDataRole.ToolTipRole))
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def name_key(name: str) -> tuple[tuple[str, str], ...] | None:
    """People's names in pinyin order, character by character: every 陈 (chen) before every 程 (cheng), whatever
    their given names, and 张 apart from 章 (both zhang); a surname read as people read it (曾 under Z). Empty
    names have no key (sorted last)."""
    return tuple(map(_char_key, name)) if name else None


@lru_cache(maxsize=None)
def _char_key(char: str) -> tuple[str, str]:
    return sort_key(char), char


def natural_key(value: Any) -> tuple:
    """Numbers as numbers, text with its digit runs as numbers (七年级(2)班 before 七年级(10)班)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return (0, value)
    text = str(value)
    if text.isdigit() and text.isascii():   # student numbers: what _DIGITS.split would give, 10x faster
        return (1, ("", int(text), ""))
    parts = _DIGITS.split(text.casefold())
    return (1, tuple(int(p) if i % 2 else p for i, p in enumerate(parts)))


@dataclass(frozen=True)
class Column:
    """One column: its header and what it shows of a row. Every callable takes the row (a plain service row)."""
    header: str
    value: Callable[[Any], Any]
    align_right: bool = False                      # numbers; ``align`` for anything else (Qt.AlignmentFlag)
    sort_key: Callable[[Any], Any] | None = None   # default: natural_key of the value; empty values sort last
    colour: Callable[[Any], str | None] | None = None       # text colour ("#b3261e"), None: the usual
    background: Callable[[Any], str | None] | None = None   # cell background, None: the usual
    tooltip: Callable[[Any], str | None] | None = None      # a cell's tooltip (a long text, why it is red)
    bold: Callable[[Any], bool] | None = None
    checked: Callable[[Any], bool | None] | None = None     # a check box in the cell; None: no box in that row
    on_check: Callable[[Any, bool], None] | None = None     # the user may tick it: (row, ticked) when they do
    align: Any = None                                       # Qt.AlignmentFlag (horizontal), e.g. AlignCenter
    header_tip: str = ""                                    # the header's tooltip


class RowsModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []
        self._given: list[Any] = []   # the rows in the order the service gave them
        self.sort_column = -1
        self.sort_order = Qt.SortOrder.AscendingOrder

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._given = list(rows)
        self.rows = self._sorted(self._given)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def values_changed(self) -> None:
        """What the columns show changed for the same rows (data a column reads arrived): show and sort again."""
        self.set_rows(self._given)

    def row_at(self, index: QModelIndex) -> Any:
        return self.rows[index.row()] if index.isValid() else None

    def set_header(self, column: int, header: str) -> None:
        """Rename a column (e.g. 年级 or 院系, by the kind of school)."""
        if self.columns[column].header != header:
            self.columns[column] = replace(self.columns[column], header=header)
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, column, column)

    # -- sorting ----------------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [self.rows[i.row()] if i.isValid() and i.row() < len(self.rows) else None for i in persistent]
        self.rows = self._sorted(self._given)
        if persistent:   # the selection follows its rows
            where = {id(r): n for n, r in enumerate(self.rows)}
            self.changePersistentIndexList(persistent, [
                self.index(where[id(r)], i.column()) if r is not None and id(r) in where else QModelIndex()
                for i, r in zip(persistent, held)])
        self.layoutChanged.emit()

    def _sorted(self, rows: list[Any]) -> list[Any]:
        if not 0 <= self.sort_column < len(self.columns) or len(rows) < 2:
            return list(rows)
        col = self.columns[self.sort_column]
        key = col.sort_key or (lambda r: _value_key(col.value(r)))
        keyed = [(key(r), r) for r in rows]
        filled = [kr for kr in keyed if kr[0] is not None]
        filled.sort(key=lambda kr: kr[0], reverse=self.sort_order == Qt.SortOrder.DescendingOrder)
        return [r for _k, r in filled] + [r for k, r in keyed if k is None]   # empty cells last either way

    # -- Qt's model interface ---------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        col = self.columns[index.column()]
        if role == DISPLAY:   # by far the most asked: first, and nothing else computed for it
            value = col.value(self.rows[index.row()])
            return "" if value is None else str(value)
        if role == ALIGNMENT:
            if col.align_right:
                return _RIGHT
            return None if col.align is None else int(col.align | Qt.AlignmentFlag.AlignVCenter)
        reader = _READERS.get(role)
        return None if reader is None else reader(col, self.rows[index.row()])

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid():
            col = self.columns[index.column()]
            if col.on_check is not None and col.checked is not None \
                    and col.checked(self.rows[index.row()]) is not None:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: QModelIndex, value: Any, role: int = CHECK) -> bool:  # noqa: N802 - Qt's name
        """A check box ticked or unticked by the user: the column's ``on_check`` decides what it means."""
        if not index.isValid() or role != CHECK:
            return False
        col = self.columns[index.column()]
        row = self.rows[index.row()]
        if col.on_check is None or col.checked is None or col.checked(row) is None:
            return False
        col.on_check(row, _state(value) == Qt.CheckState.Checked)
        self.dataChanged.emit(index, index.siblingAtColumn(index.column()), [role])
        return True

    def headerData(self, section: int, orientation, role: int = DISPLAY) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == DISPLAY:
                return self.columns[section].header
            if role == TOOLTIP and self.columns[section].header_tip:
                return self.columns[section].header_tip
        return None


@lru_cache(maxsize=64)
def _colour(name: str) -> QColor:
    return QColor(name)


@lru_cache(maxsize=1)
def _bold_font() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def _state(value: Any) -> Qt.CheckState:
    return value if isinstance(value, Qt.CheckState) else Qt.CheckState(int(value))


def _read_colour(attr: str):
    def read(col: Column, row: Any):
        fn = getattr(col, attr)
        name = fn(row) if fn is not None else None
        return _colour(name) if name else None
    return read


def _read_check(col: Column, row: Any):
    if col.checked is None:
        return None
    ticked = col.checked(row)
    return None if ticked is None else Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked


# the other roles a column may answer, each read only when Qt asks for it
_READERS: dict[int, Callable[[Column, Any], Any]] = {
    int(Qt.ItemDataRole.ForegroundRole): _read_colour("colour"),
    int(Qt.ItemDataRole.BackgroundRole): _read_colour("background"),
    TOOLTIP: lambda col, row: (col.tooltip(row) or None) if col.tooltip is not None else None,
    int(Qt.ItemDataRole.FontRole): lambda col, row: _bold_font() if col.bold is not None and col.bold(row) else None,
    CHECK: _read_check,
}


def _value_key(value: Any):
    return None if value is None or value == "" else natural_key(value)


def sortable(table) -> None:
    """Let a row_table's header sort its RowsModel: click for ascending, again for descending, a third time for
    the service's order. Nothing is sorted until the user clicks."""
    header = table.horizontalHeader()
    header.setSortIndicatorClearable(True)
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)
