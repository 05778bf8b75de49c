"""The recently opened inspections as a Qt list model for the start window, drawn two lines to an
entry by the search results' delegate (the service in bold, then the file)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush

from inspector.app.recent import RecentFile
from inspector.gui.colours import colours
from inspector.gui.model_index import ModelIndex
from inspector.gui.results_model import HEADING_ROLE, ITEM_LABEL_ROLE, SNIPPET_ROLE

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class RecentFilesModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: tuple[RecentFile, ...] = ()

    def set_entries(self, entries: Sequence[RecentFile]) -> None:
        self.beginResetModel()
        self._entries = tuple(entries)
        self.endResetModel()

    def entry(self, row: int) -> RecentFile | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None:
            return None
        when = f"opened {entry.opened_at.astimezone():%d %b %Y %H:%M}"
        where = f"{entry.path} (not found)" if entry.missing else str(entry.path)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{entry.yjs}\n{where} \u00b7 {when}"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{entry.yjs}, {where}, {when}"
        if role == HEADING_ROLE:
            return entry.yjs
        if role == ITEM_LABEL_ROLE:
            return when
        if role == SNIPPET_ROLE:
            return where
        if role == Qt.ItemDataRole.ForegroundRole and entry.missing:
            return QBrush(colours().muted)
        if role == PATH_ROLE:
            return str(entry.path)
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
