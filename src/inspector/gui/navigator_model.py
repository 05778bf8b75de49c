"""The inspection navigator as a Qt tree model, and the filter in front of it.

An adapter over `inspector.app.navigator`: the nodes are fixed for a framework; their statuses, and
which of them the filter shows (the core's `visible`), are replaced after every edit with one
dataChanged per changed row, so the view keeps its place and the proxy re-filters only those rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from inspector.app.navigator import NavigatorNode, NodeStatus

ModelIndex = QModelIndex | QPersistentModelIndex

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATE_ROLE = Qt.ItemDataRole.UserRole + 2  # "below, decisive"
TONE_ROLE = Qt.ItemDataRole.UserRole + 3  # Tone's value (Qt would hand the str-valued enum back as a plain str)
FLAGS_ROLE = Qt.ItemDataRole.UserRole + 4  # tuple of flag texts
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 5  # "5 of 8 judged"
SHOWN_ROLE = Qt.ItemDataRole.UserRole + 6  # SHOWN or HIDDEN, what the filter proxy matches
SHOWN, HIDDEN = "shown", "hidden"


@dataclass(eq=False)
class _Row:
    node: NavigatorNode
    row: int
    parent: _Row | None
    children: list[_Row] = field(default_factory=list)


class NavigatorModel(QAbstractItemModel):
    def __init__(self, nodes: tuple[NavigatorNode, ...], statuses: dict[str, NodeStatus],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._roots: list[_Row] = []
        # Qt keeps raw pointers to these rows (internalPointer): they stay referenced here.
        self._by_id: dict[str, _Row] = {}
        for node in nodes:
            owner = self._by_id[node.parent] if node.parent else None
            siblings = owner.children if owner else self._roots
            row = _Row(node, len(siblings), owner)
            siblings.append(row)
            self._by_id[node.id] = row
        self._statuses = statuses
        self._visible: frozenset[str] | None = None  # None: every row

    def update(self, statuses: dict[str, NodeStatus], visible: frozenset[str] | None) -> None:
        old_statuses, old_visible = self._statuses, self._visible
        self._statuses, self._visible = statuses, visible
        for item_id in self._by_id:
            shown_before = old_visible is None or item_id in old_visible
            shown_now = visible is None or item_id in visible
            if old_statuses.get(item_id) != statuses.get(item_id) or shown_before != shown_now:
                index = self.index_for_id(item_id)
                self.dataChanged.emit(index, index)

    def index_for_id(self, item_id: str) -> QModelIndex:
        row = self._by_id.get(item_id)
        return self.createIndex(row.row, 0, row) if row else QModelIndex()

    def item_id(self, index: ModelIndex) -> str | None:
        row = self._row(index)
        return row.node.id if row else None

    # --- QAbstractItemModel -------------------------------------------------------------------

    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:
        siblings = self._children(parent)
        if column != 0 or not 0 <= row < len(siblings):
            return QModelIndex()
        return self.createIndex(row, 0, siblings[row])

    def parent(self, index: ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
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

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self._row(index)
        if row is None:
            return None
        node, status = row.node, self._statuses.get(row.node.id)
        if role == Qt.ItemDataRole.DisplayRole:
            return node.label
        if role == ITEM_ID_ROLE:
            return node.id
        if role == SHOWN_ROLE:
            return SHOWN if self._visible is None or node.id in self._visible else HIDDEN
        if status is None:
            return None
        if role == STATE_ROLE:
            return status.state
        if role == TONE_ROLE:
            return status.tone.value
        if role == FLAGS_ROLE:
            return status.flags
        if role == PROGRESS_ROLE:
            return status.progress
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(part for part in (node.label, _state_line(status), *status.flags) if part)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ", ".join(part for part in (node.label, _state_line(status), *status.flags) if part)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and section == 0 and role == Qt.ItemDataRole.DisplayRole:
            return "Inspection"
        return None

    def _row(self, index: ModelIndex) -> _Row | None:
        if not index.isValid() or index.model() is not self:
            return None
        row = index.internalPointer()
        return row if isinstance(row, _Row) else None

    def _children(self, parent: ModelIndex) -> list[_Row]:
        if not parent.isValid():
            return self._roots
        row = self._row(parent)
        return row.children if row else []


def _state_line(status: NodeStatus) -> str:
    return f"{status.state} ({status.progress})" if status.progress else status.state


class NavigatorFilter(QSortFilterProxyModel):
    """Shows the rows the model marks SHOWN. Re-filtering follows the model's dataChanged, so it needs
    no call of its own (QSortFilterProxyModel's dynamic filtering)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setFilterRole(SHOWN_ROLE)
        self.setFilterFixedString(SHOWN)
        self.setDynamicSortFilter(True)

    def item_id(self, index: ModelIndex) -> str | None:
        value = index.data(ITEM_ID_ROLE) if index.isValid() else None
        return str(value) if value is not None else None

    def index_for_id(self, item_id: str) -> QModelIndex:
        source = self.sourceModel()
        assert isinstance(source, NavigatorModel)
        return self.mapFromSource(source.index_for_id(item_id))
