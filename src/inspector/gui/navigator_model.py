"""The inspection navigator as a Qt tree model, and the filter in front of it.

An adapter over `inspector.app.navigator`: the nodes are fixed for a framework; their statuses, and
which of them the filter shows (the core's `visible`), are replaced after every edit with one
dataChanged per changed row, so the view keeps its place and the proxy re-filters only those rows.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QSortFilterProxyModel, Qt

from inspector.app.navigator import NavigatorNode, NodeStatus
from inspector.gui.model_index import ModelIndex
from inspector.gui.tree_model import FixedTreeModel

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATE_ROLE = Qt.ItemDataRole.UserRole + 2  # "below, decisive"
TONE_ROLE = Qt.ItemDataRole.UserRole + 3  # Tone's value (Qt would hand the str-valued enum back as a plain str)
FLAGS_ROLE = Qt.ItemDataRole.UserRole + 4  # tuple of flag texts
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 5  # "5 of 8 judged"
SHOWN_ROLE = Qt.ItemDataRole.UserRole + 6  # SHOWN or HIDDEN, what the filter proxy matches
ASSIGNEE_ROLE = Qt.ItemDataRole.UserRole + 7  # the team member assigned ("": none of its own)
SHOWN, HIDDEN = "shown", "hidden"


class NavigatorModel(FixedTreeModel):
    def __init__(self, nodes: tuple[NavigatorNode, ...], statuses: dict[str, NodeStatus],
                 parent: QObject | None = None) -> None:
        super().__init__(((node.id, node.parent, node) for node in nodes), parent)
        self._statuses = statuses
        self._visible: frozenset[str] | None = None  # None: every row

    def update(self, statuses: dict[str, NodeStatus], visible: frozenset[str] | None) -> None:
        old_statuses, old_visible = self._statuses, self._visible
        self._statuses, self._visible = statuses, visible
        for item_id in self.item_ids():
            shown_before = old_visible is None or item_id in old_visible
            shown_now = visible is None or item_id in visible
            if old_statuses.get(item_id) != statuses.get(item_id) or shown_before != shown_now:
                index = self.index_for_id(item_id)
                self.dataChanged.emit(index, index)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self._row(index)
        if row is None:
            return None
        node: NavigatorNode = row.value
        status = self._statuses.get(node.id)
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
        if role == ASSIGNEE_ROLE:
            return status.assignee
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(_parts(node, status))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ", ".join(_parts(node, status))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and section == 0 and role == Qt.ItemDataRole.DisplayRole:
            return "Inspection"
        return None


def _parts(node: NavigatorNode, status: NodeStatus) -> list[str]:
    assigned = f"assigned to {status.assignee}" if status.assignee else ""
    return [part for part in (node.label, _state_line(status), assigned, *status.flags) if part]


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
