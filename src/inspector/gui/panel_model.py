"""The ratings panel page's list as a read-only Qt table: the thirteen standards and the overall rating,
with the rating put forward, the state, the rating agreed and the challenges. An adapter over
`inspector.app.panel_view`; each row carries its standard id (ITEM_ID_ROLE)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont

from inspector.app.panel_view import PanelRow
from inspector.gui.navigator_delegate import TONE_COLOURS
from inspector.gui.navigator_model import ITEM_ID_ROLE
from inspector.inspection.model import OVERALL

ModelIndex = QModelIndex | QPersistentModelIndex

HEADERS = ("Standard", "Put forward", "State", "Agreed", "Challenges")
STANDARD, PROPOSED, STATE, AGREED, CHALLENGES = range(len(HEADERS))


class PanelModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[PanelRow, ...] = ()

    def set_rows(self, rows: Sequence[PanelRow]) -> None:
        rows = tuple(rows)
        if rows == self._rows:
            return
        if [r.standard_id for r in rows] == [r.standard_id for r in self._rows]:
            # The same standards in new states: the view keeps its current row.
            self._rows = rows
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(HEADERS) - 1))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_of(self, standard_id: str) -> int:
        return next((n for n, r in enumerate(self._rows) if r.standard_id == standard_id), -1)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return _cells(row)[column]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{row.standard_id}, {HEADERS[column]}: {_cells(row)[column] or 'nothing'}"
        if role == Qt.ItemDataRole.ForegroundRole and column == AGREED:
            return QBrush(TONE_COLOURS[row.tone])
        if role == Qt.ItemDataRole.FontRole and (row.standard_id == OVERALL or column == AGREED and row.otherwise):
            font = QFont()
            font.setBold(True)  # the overall rating, and a rating the panel changed
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == CHALLENGES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ITEM_ID_ROLE:
            return row.standard_id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(HEADERS):
            return HEADERS[section]
        return None


def _cells(row: PanelRow) -> tuple[str, ...]:
    name = row.title if row.standard_id == OVERALL else f"{row.standard_id}\u2002{row.title}"
    return (name, row.proposed, row.state, row.agreed, str(row.challenges) if row.challenges else "")
