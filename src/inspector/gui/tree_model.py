"""A fixed tree of rows as a Qt item model: the plumbing both navigators share.

The framework navigator and the inspection navigator show trees whose shape never changes once
built (standards → key questions → prompts); only what a row shows changes. Subclasses give `data`
and `headerData`; this class answers Qt's structural questions.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, Qt

from inspector.gui.model_index import ModelIndex


@dataclass(eq=False)
class TreeRow:
    item_id: str
    value: Any  # what the subclass shows for this row
    row: int
    parent: TreeRow | None
    children: list[TreeRow] = field(default_factory=list)


class FixedTreeModel(QAbstractItemModel):
    def __init__(self, items: Iterable[tuple[str, str | None, Any]], parent: QObject | None = None) -> None:
        """`items`: (item id, parent item id or None, value), every parent before its children."""
        super().__init__(parent)
        self._roots: list[TreeRow] = []
        # Qt keeps only raw pointers to the rows (internalPointer): they stay referenced here.
        self._by_id: dict[str, TreeRow] = {}
        for item_id, parent_id, value in items:
            owner = self._by_id[parent_id] if parent_id else None
            siblings = owner.children if owner else self._roots
            row = TreeRow(item_id, value, len(siblings), owner)
            siblings.append(row)
            self._by_id[item_id] = row

    def index_for_id(self, item_id: str) -> QModelIndex:
        row = self._by_id.get(item_id)
        return self.createIndex(row.row, 0, row) if row else QModelIndex()

    def item_id(self, index: ModelIndex) -> str | None:
        row = self._row(index)
        return row.item_id if row else None

    def item_ids(self) -> Iterable[str]:
        return self._by_id.keys()

    # --- QAbstractItemModel -------------------------------------------------------------------

    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:
        siblings = self._children(parent)
        if column != 0 or not 0 <= row < len(siblings):
            return QModelIndex()
        return self.createIndex(row, 0, siblings[row])

    def parent(self, index: ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # the index form only, not QObject.parent()
        row = self._row(index)
        if row is None or row.parent is None:
            return QModelIndex()
        return self.createIndex(row.parent.row, 0, row.parent)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children(parent))

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 1

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _row(self, index: ModelIndex) -> TreeRow | None:
        if not index.isValid() or index.model() is not self:
            return None
        row = index.internalPointer()
        return row if isinstance(row, TreeRow) else None

    def _children(self, parent: ModelIndex) -> list[TreeRow]:
        if not parent.isValid():
            return self._roots
        row = self._row(parent)
        return row.children if row else []
