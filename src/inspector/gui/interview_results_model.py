"""The interview results as a Qt table model: each interview-linked prompt (the engine's result), with
the questions that inform it indented under it. An adapter over `inspector.app.interviews_view`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from inspector.app.interviews_view import ResultRow
from inspector.gui.colours import colours

ModelIndex = QModelIndex | QPersistentModelIndex

HEADERS = ("Prompt / question", "Yes", "n", "%", "Band", "Below threshold", "From")
LABEL, YES, N, PERCENT, BAND, BELOW, BASIS = range(len(HEADERS))
_NUMBERS = (YES, N, PERCENT)
_QUESTION_INDENT = "\u2003\u2003"


class InterviewResultsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ResultRow] = []

    def set_rows(self, rows: Sequence[ResultRow]) -> None:
        if list(rows) == self._rows:
            return
        if len(rows) == len(self._rows):  # same prompts and questions: keep the view's place
            self._rows = list(rows)
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(HEADERS) - 1))
            return
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def result(self, row: int) -> ResultRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.result(index.row())
        if row is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return _text(row, column, indent=role == Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.ToolTipRole and column == LABEL:
            return row.label
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and row.below and column in (PERCENT, BELOW):
            return colours().warning
        if role == Qt.ItemDataRole.FontRole and row.question_id is None:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(HEADERS):
            return HEADERS[section]
        return None


def _text(row: ResultRow, column: int, *, indent: bool) -> str:
    if column == LABEL:
        return f"{_QUESTION_INDENT}{row.label}" if indent and row.question_id else row.label
    if column == YES:
        return "" if row.yes is None else str(row.yes)
    if column == N:
        return "" if row.n is None else str(row.n)
    if column == PERCENT:
        return row.percent_text
    if column == BAND:
        return row.band
    if column == BELOW:
        return row.below_text
    if column == BASIS:
        return {"interviews": "interviews", "tally": "tallied on paper"}.get(row.basis, "")
    return ""
