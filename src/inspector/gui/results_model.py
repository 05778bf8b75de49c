"""Search hits as a Qt list model, for the results list under the search field."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt

from inspector.framework.search import SearchHit
from inspector.gui.model_index import ModelIndex

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
HEADING_ROLE = Qt.ItemDataRole.UserRole + 2  # "1.1.1a · Guidance": the delegate's first line
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 3
ITEM_LABEL_ROLE = Qt.ItemDataRole.UserRole + 4  # the hit's item as the navigator names it


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self._labels: dict[str, str] = {}

    def set_hits(self, hits: Sequence[SearchHit], labels: dict[str, str]) -> None:
        """Replace the results; `labels` names each hit's item for tooltips ("a) Does the…")."""
        self.beginResetModel()
        self._hits = list(hits)
        self._labels = labels
        self.endResetModel()

    def hit(self, index: ModelIndex) -> SearchHit | None:
        return self._hits[index.row()] if index.isValid() and index.row() < len(self._hits) else None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        hit = self.hit(index)
        if hit is None:
            return None
        heading = f"{hit.item_id} \u00b7 {hit.field}"
        label = self._labels.get(hit.item_id, hit.item_id)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{heading}\n{hit.snippet}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{label}\n{hit.field}: {hit.snippet}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{label}, {hit.field}: {hit.snippet}"
        if role == ITEM_LABEL_ROLE:
            return label
        if role == HIT_ROLE:
            return hit
        if role == HEADING_ROLE:
            return heading
        if role == SNIPPET_ROLE:
            return hit.snippet
        return None
