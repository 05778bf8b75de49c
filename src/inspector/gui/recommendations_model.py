"""The inspection details page's recommendations as a Qt table model: one row per recommendation, in
order, with its number, who it is addressed to and its text."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from inspector.app.details_view import RECIPIENT_NAMES
from inspector.inspection.model import Recommendation

ModelIndex = QModelIndex | QPersistentModelIndex

COLUMNS = ("No.", "To", "Recommendation")
NUMBER, TO, TEXT = range(3)


class RecommendationsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[Recommendation, ...] = ()

    def set_recommendations(self, recommendations: Sequence[Recommendation]) -> None:
        rows = tuple(recommendations)
        if [r.id for r in rows] == [r.id for r in self._rows]:
            # The same recommendations in the same order, changed: the view keeps its selection and place.
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(COLUMNS) - 1))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def recommendation(self, row: int) -> Recommendation | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, recommendation_id: str | None) -> int:
        return next((n for n, r in enumerate(self._rows) if r.id == recommendation_id), -1)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        recommendation = self._rows[index.row()]
        cells = (str(index.row() + 1), RECIPIENT_NAMES[recommendation.to], recommendation.text)
        if role == Qt.ItemDataRole.DisplayRole:
            return cells[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == TEXT:
            return recommendation.text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{COLUMNS[index.column()]}: {cells[index.column()]}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            # Top-aligned: a long text wraps onto several lines beside its number.
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(COLUMNS):
            return COLUMNS[section]
        return None
