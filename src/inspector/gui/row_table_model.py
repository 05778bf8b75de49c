"""A read-only Qt table of a page's rows (the overview's ratings, the ratings panel's list): one frozen
row a line, its cells as text, named to a screen reader by its key, carrying the navigator item it
opens (ITEM_ID_ROLE). A subclass says what its rows hold and how any cell is coloured or set."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from inspector.gui.model_index import ModelIndex
from inspector.gui.navigator_model import ITEM_ID_ROLE

Row = TypeVar("Row")


class RowTableModel(QAbstractTableModel, Generic[Row]):
    headers: tuple[str, ...] = ()
    figures: tuple[int, ...] = ()  # the columns of numbers, aligned right

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[Row, ...] = ()
        # Each row's cells, worked out when the row is first drawn: thousands of rows (the audit trail) cost
        # nothing until they are scrolled to.
        self._cells: list[tuple[str, ...] | None] = []

    # --- what a subclass says -------------------------------------------------------------------

    def key(self, row: Row) -> str:
        """Which line this is (a standard id): the same keys in the same order are the same lines."""
        raise NotImplementedError

    def link(self, row: Row) -> str:
        """The navigator item the line opens."""
        return self.key(row)

    def cells(self, row: Row) -> tuple[str, ...]:
        raise NotImplementedError

    def accessible(self, row: Row, column: int, cell: str) -> str:
        """What a screen reader says for a cell: which line, which column, what it holds."""
        return f"{self.key(row)}, {self.headers[column]}: {cell or 'nothing'}"

    def styled(self, row: Row, column: int, role: int) -> Any:
        """A cell's colour, font or tool tip where it is not the plain text; None for the plain text."""
        return None

    # --- the model ------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Row]) -> None:
        rows = tuple(rows)
        if rows == self._rows:
            return
        old = [self.key(r) for r in self._rows]
        new = [self.key(r) for r in rows]
        if new == old:
            # The same lines in new states: the view keeps its current row.
            self._put(rows)
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(self.headers) - 1))
            return
        if old and new[: len(old)] == old:
            # Lines added at the end (an evidence item saved): only the new lines are laid out, not every
            # line's wrapped text again.
            changed = rows[: len(old)] != self._rows
            self.beginInsertRows(QModelIndex(), len(old), len(rows) - 1)
            self._put(rows)
            self.endInsertRows()
            if changed:
                self.dataChanged.emit(self.index(0, 0), self.index(len(old) - 1, len(self.headers) - 1))
            return
        self.beginResetModel()
        self._put(rows)
        self.endResetModel()

    def _put(self, rows: tuple[Row, ...]) -> None:
        """The rows held from now on (a subclass that reorders them tells the views itself)."""
        self._rows = rows
        self._cells = [None] * len(rows)

    def _cells_of(self, number: int) -> tuple[str, ...]:
        cells = self._cells[number]
        if cells is None:
            cells = self._cells[number] = self.cells(self._rows[number])
        return cells

    def row_at(self, number: int) -> Row | None:
        return self._rows[number] if 0 <= number < len(self._rows) else None

    def row_of(self, key: str | None) -> int:
        return next((n for n, r in enumerate(self._rows) if self.key(r) == key), -1)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        number, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells_of(number)[column]
        row = self._rows[number]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.accessible(row, column, self._cells_of(number)[column])
        if role == ITEM_ID_ROLE:
            return self.link(row)
        styled = self.styled(row, column, role)
        if styled is not None:
            return styled
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._cells_of(number)[column] or None  # a cell the column's width shortens, whole
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.figures:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.headers):
            return self.headers[section]
        return None
