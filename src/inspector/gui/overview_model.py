"""The overview page's two lists as read-only Qt models: the thirteen ratings (a table) and what is
still missing (a list). Adapters over `inspector.app.overview_view`; each row carries the navigator
item it opens (ITEM_ID_ROLE)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QGuiApplication

from inspector.app.overview_view import MissingItem, RatingRow
from inspector.gui.colours import colours
from inspector.gui.model_index import ModelIndex
from inspector.gui.navigator_model import ITEM_ID_ROLE
from inspector.gui.row_table_model import RowTableModel

HEADERS = ("Standard", "Domain", "Rating", "From", "Points", "Needs attention")
STANDARD, DOMAIN, RATING, BASIS, POINTS, FLAGS = range(len(HEADERS))


class RatingsModel(RowTableModel[RatingRow]):
    headers = HEADERS
    figures = (POINTS,)

    def has_flags(self) -> bool:
        return any(row.flags for row in self._rows)

    def key(self, row: RatingRow) -> str:
        return row.summary.id

    def link(self, row: RatingRow) -> str:
        return row.link

    def cells(self, row: RatingRow) -> tuple[str, ...]:
        s = row.summary
        return (f"{s.id}\u2002{s.title}", s.domain, s.rating_shown, row.source, s.points, "; ".join(row.flags))

    def styled(self, row: RatingRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == BASIS:
            return row.summary.basis  # the reports' full sentence
        if role == Qt.ItemDataRole.ForegroundRole and column == RATING:
            return QBrush(colours().tone(row.tone))
        if role == Qt.ItemDataRole.ForegroundRole and column == FLAGS:
            return QBrush(colours().decisive)  # the navigator's "!" red
        return None


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
