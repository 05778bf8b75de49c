"""The framework as a Qt item model for the navigator tree: standards → key questions → prompts.

An adapter only: labels, tags and ids come from the core (`inspector.framework.items`). The
framework item ("Introduction and overall rules") is the first top-level row so that everything
the reading pane can show, and every search hit, has a row to select.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QObject, Qt

from inspector.framework.items import Tag, find_item, item_ids, navigator_label, navigator_tags, parent_id
from inspector.framework.model import Framework

ModelIndex = QModelIndex | QPersistentModelIndex

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
TAGS_ROLE = Qt.ItemDataRole.UserRole + 2  # tuple of tag labels, for the delegate to draw


@dataclass(eq=False)
class _Node:
    item_id: str
    label: str
    tags: tuple[Tag, ...]
    row: int
    parent: _Node | None
    children: list[_Node] = field(default_factory=list)


class FrameworkModel(QAbstractItemModel):
    def __init__(self, framework: Framework, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._roots: list[_Node] = []
        # Every node stays referenced here: Qt holds only raw pointers to them (internalPointer).
        self._by_id: dict[str, _Node] = {}
        for item_id in item_ids(framework):
            item = find_item(framework, item_id)
            above = parent_id(item_id)
            owner = self._by_id[above] if above else None
            siblings = owner.children if owner else self._roots
            node = _Node(item_id, navigator_label(item), navigator_tags(item), len(siblings), owner)
            siblings.append(node)
            self._by_id[item_id] = node

    # --- lookups for the window -----------------------------------------------------------------

    def index_for_id(self, item_id: str) -> QModelIndex:
        node = self._by_id.get(item_id)
        return self.createIndex(node.row, 0, node) if node else QModelIndex()

    def item_id(self, index: ModelIndex) -> str | None:
        node = self._node(index)
        return node.item_id if node else None

    # --- QAbstractItemModel -------------------------------------------------------------------

    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        siblings = self._children(parent)
        if row >= len(siblings):
            return QModelIndex()
        return self.createIndex(row, 0, siblings[row])

    def parent(self, index: ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        node = self._node(index)
        if node is None or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.parent.row, 0, node.parent)

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

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self._node(index)
        if node is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return node.label
        if role == Qt.ItemDataRole.ToolTipRole:
            # Labels are elided in a narrow tree; the tooltip gives the whole question.
            return "\n".join([node.label, *(tag.description for tag in node.tags)])
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ", ".join([node.label, *(tag.description for tag in node.tags)])
        if role == ITEM_ID_ROLE:
            return node.item_id
        if role == TAGS_ROLE:
            return tuple(tag.label for tag in node.tags)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and section == 0 and role == Qt.ItemDataRole.DisplayRole:
            return "Framework"
        return None

    def _node(self, index: ModelIndex) -> _Node | None:
        if not index.isValid() or index.model() is not self:
            return None
        node = index.internalPointer()
        return node if isinstance(node, _Node) else None

    def _children(self, parent: ModelIndex) -> list[_Node]:
        if not parent.isValid():
            return self._roots
        node = self._node(parent)
        return node.children if node else []
