"""The framework as a Qt item model for the navigator tree: standards → key questions → prompts.

An adapter only: labels, tags and ids come from the core (`inspector.framework.items`). The
framework item ("Introduction and overall rules") is the first top-level row so that everything
the reading pane can show, and every search hit, has a row to select.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt

from inspector.framework.items import Tag, find_item, item_ids, navigator_label, navigator_tags, parent_id
from inspector.framework.model import Framework
from inspector.gui.model_index import ModelIndex
from inspector.gui.navigator_model import ITEM_ID_ROLE
from inspector.gui.tree_model import FixedTreeModel

TAGS_ROLE = Qt.ItemDataRole.UserRole + 2  # tuple of tag labels, for the delegate to draw


@dataclass(frozen=True)
class _Shown:
    label: str
    tags: tuple[Tag, ...]


class FrameworkModel(FixedTreeModel):
    def __init__(self, framework: Framework, parent: QObject | None = None) -> None:
        items = []
        for item_id in item_ids(framework):
            item = find_item(framework, item_id)
            items.append((item_id, parent_id(item_id), _Shown(navigator_label(item), navigator_tags(item))))
        super().__init__(items, parent)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self._row(index)
        if row is None:
            return None
        node: _Shown = row.value
        if role == Qt.ItemDataRole.DisplayRole:
            return node.label
        if role == Qt.ItemDataRole.ToolTipRole:
            # Labels are elided in a narrow tree; the tooltip gives the whole question.
            return "\n".join([node.label, *(tag.description for tag in node.tags)])
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ", ".join([node.label, *(tag.description for tag in node.tags)])
        if role == ITEM_ID_ROLE:
            return row.item_id
        if role == TAGS_ROLE:
            return tuple(tag.label for tag in node.tags)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and section == 0 and role == Qt.ItemDataRole.DisplayRole:
            return "Framework"
        return None
