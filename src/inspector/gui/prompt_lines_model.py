"""The key question page's prompts and their judgements as a Qt table model (the core's PromptLine)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from inspector.app.key_question_view import PromptLine
from inspector.gui.colours import colours

ModelIndex = QModelIndex | QPersistentModelIndex

COLUMNS = ("Prompt", "Judgement", "Needs attention")
FLAGS_COLUMN = 2
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class PromptLinesModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: tuple[PromptLine, ...] = ()

    def set_lines(self, lines: Sequence[PromptLine]) -> None:
        if tuple(lines) == self._lines:
            return
        same_prompts = [line.prompt_id for line in lines] == [line.prompt_id for line in self._lines]
        if len(lines) == len(self._lines) and same_prompts:
            # Same prompts, new judgements: the view keeps its current row.
            self._lines = tuple(lines)
            self.dataChanged.emit(self.index(0, 0), self.index(len(lines) - 1, len(COLUMNS) - 1))
            return
        self.beginResetModel()
        self._lines = tuple(lines)
        self.endResetModel()

    def has_flags(self) -> bool:
        return any(line.status.flags for line in self._lines)

    def prompt_id(self, row: int) -> str | None:
        return self._lines[row].prompt_id if 0 <= row < len(self._lines) else None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        cells = (line.label, line.status.state, "; ".join(line.status.flags))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return cells[index.column()]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{line.prompt_id}: {cells[index.column()] or 'nothing'}"
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 1:
            return QBrush(colours().tone(line.status.tone))
        if role == ITEM_ID_ROLE:
            return line.prompt_id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(COLUMNS):
            return COLUMNS[section]
        return None
