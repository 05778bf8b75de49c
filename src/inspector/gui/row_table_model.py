"""A read-only Qt table of a page's rows (the overview's ratings, the ratings panel's list): one frozen
row a line, its cells as text, named to a screen reader by its key, carrying the navigator item it
opens (ITEM_ID_ROLE). A subclass says what its rows hold and how any cell is coloured or set."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from inspector.gui.navigator_model import ITEM_ID_ROLE

ModelIndex = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")


class RowTableModel(QAbstractTableModel, Generic[Row]):
    headers: tuple[str, ...] = ()
    figures = -1  # the column of numbers, aligned right

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[Row, ...] = ()

    # --- what a subclass says -------------------------------------------------------------------

    def key(self, row: Row) -> str:
        """Which line this is (a standard id): the same keys in the same order are the same lines."""
        raise NotImplementedError

    def link(self, row: Row) -> str:
        """The navigator item the line opens."""
        return self.key(row)

    def cells(self, row: Row) -> tuple[str, ...]:
        raise NotImplementedError

    def styled(self, row: Row, column: int, role: int) -> Any:
        """A cell's colour, font or tool tip where it is not the plain text; None for the plain text."""
        return None

    # --- the model ------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Row]) -> None:
        rows = tuple(rows)
        if rows == self._rows:
            return
        if [self.key(r) for r in rows] == [self.key(r) for r in self._rows]:
            # The same lines in new states: the view keeps its current row.
            self._rows = rows
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(self.headers) - 1))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_of(self, key: str) -> int:
        return next((n for n, r in enumerate(self._rows) if self.key(r) == key), -1)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cells(row)[column]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self.key(row)}, {self.headers[column]}: {self.cells(row)[column] or 'nothing'}"
        if role == ITEM_ID_ROLE:
            return self.link(row)
        styled = self.styled(row, column, role)
        if styled is not None:
            return styled
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.cells(row)[column]  # a cell the column's width shortens, whole
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.figures:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.headers):
            return self.headers[section]
        return None
