"""The overview page's two lists as read-only Qt models: the thirteen ratings (a table) and what is
still missing (a list). Adapters over `inspector.app.overview_view`; each row carries the navigator
item it opens (ITEM_ID_ROLE)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QGuiApplication

from inspector.app.overview_view import MissingItem, RatingRow
from inspector.gui.navigator_delegate import FLAG_COLOUR, TONE_COLOURS
from inspector.gui.navigator_model import ITEM_ID_ROLE

ModelIndex = QModelIndex | QPersistentModelIndex

HEADERS = ("Standard", "Domain", "Rating", "From", "Points", "Needs attention")
STANDARD, DOMAIN, RATING, BASIS, POINTS, FLAGS = range(len(HEADERS))


class RatingsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[RatingRow, ...] = ()

    def set_rows(self, rows: Sequence[RatingRow]) -> None:
        rows = tuple(rows)
        if rows == self._rows:
            return
        if [r.summary.id for r in rows] == [r.summary.id for r in self._rows]:
            # The same thirteen standards with new ratings: the view keeps its current row.
            self._rows = rows
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(HEADERS) - 1))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def has_flags(self) -> bool:
        return any(row.flags for row in self._rows)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _cells(row)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.summary.basis if column == BASIS else _cells(row)[column]  # the reports' full sentence
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{row.summary.id}, {HEADERS[column]}: {_cells(row)[column] or 'nothing'}"
        if role == Qt.ItemDataRole.ForegroundRole and column == RATING:
            return QBrush(TONE_COLOURS[row.tone])
        if role == Qt.ItemDataRole.ForegroundRole and column == FLAGS:
            return QBrush(FLAG_COLOUR)  # the navigator's "!" red
        if role == Qt.ItemDataRole.TextAlignmentRole and column == POINTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ITEM_ID_ROLE:
            return row.link
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(HEADERS):
            return HEADERS[section]
        return None


def _cells(row: RatingRow) -> tuple[str, ...]:
    s = row.summary
    return (f"{s.id}\u2002{s.title}", s.domain, s.rating_shown, row.source, s.points, "; ".join(row.flags))


class MissingModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: tuple[MissingItem, ...] = ()

    def set_items(self, items: Sequence[MissingItem]) -> None:
        items = tuple(items)
        if items == self._items:
            return
        self.beginResetModel()
        self._items = items
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return item.text
        if role == Qt.ItemDataRole.ForegroundRole:
            return QGuiApplication.palette().link()  # each item opens what it names
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{item.text}\nEnter or click to open it"
        if role == ITEM_ID_ROLE:
            return item.link
        return None
