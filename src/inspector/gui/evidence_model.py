"""The prompt page's evidence as a Qt table model: one row per item, as the core's EvidenceRow."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from inspector.app.prompt_view import EvidenceRow
from inspector.inspection.model import Evidence

ModelIndex = QModelIndex | QPersistentModelIndex

COLUMNS = ("Tag", "Source", "Reference", "Evidence", "Recorded")
TAG_COLUMN = COLUMNS.index("Tag")
SOURCE_COLUMN = COLUMNS.index("Source")
REFERENCE_COLUMN = COLUMNS.index("Reference")
TEXT_COLUMN = COLUMNS.index("Evidence")
RECORDED_COLUMN = COLUMNS.index("Recorded")
EVIDENCE_ROLE = Qt.ItemDataRole.UserRole + 1
_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole,
                    EVIDENCE_ROLE})


class EvidenceModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[EvidenceRow, ...] = ()
        self._cells: tuple[tuple[str, ...], ...] = ()  # each row's cells, worked out once per set_rows

    def set_rows(self, rows: Sequence[EvidenceRow]) -> None:
        rows = tuple(rows)
        cells = tuple(_cells(row) for row in rows)
        if rows and [r.evidence.id for r in rows] == [r.evidence.id for r in self._rows]:
            # The same items, changed: the view keeps its selection (the item being edited).
            self._rows, self._cells = rows, cells
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(COLUMNS) - 1))
            return
        old = [r.evidence.id for r in self._rows]
        if old and [r.evidence.id for r in rows[:len(old)]] == old:
            # Items added at the end (the form's Ctrl+Return): only the new rows are laid out, not every
            # row's wrapped text again (about half the time of adding an item at 100 items).
            changed = cells[:len(old)] != self._cells
            self.beginInsertRows(QModelIndex(), len(old), len(rows) - 1)
            self._rows, self._cells = rows, cells
            self.endInsertRows()
            if changed:
                self.dataChanged.emit(self.index(0, 0), self.index(len(old) - 1, len(COLUMNS) - 1))
            return
        self.beginResetModel()
        self._rows, self._cells = rows, cells
        self.endResetModel()

    def evidence(self, row: int) -> Evidence | None:
        return self._rows[row].evidence if 0 <= row < len(self._rows) else None

    def row_of(self, evidence_id: str) -> int:
        return next((n for n, row in enumerate(self._rows) if row.evidence.id == evidence_id), -1)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The table sizes its rows to their text, so every role of every cell is asked for on each show
        # (some 7,000 calls at 80 items): the roles not served are answered before any work.
        if role not in _ROLES or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        cells = self._cells[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cells[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return cells[index.column()] or None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{COLUMNS[index.column()]}: {cells[index.column()] or 'none'}"
        if role == EVIDENCE_ROLE:
            return self._rows[index.row()].evidence
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(COLUMNS):
            return COLUMNS[section]
        return None


def _cells(row: EvidenceRow) -> tuple[str, ...]:
    # The reference column says where the item came from (EvidenceRow.where), a line each.
    return row.tag, row.source, "\n".join(row.where), row.text, row.recorded.replace(", ", "\n", 1)
