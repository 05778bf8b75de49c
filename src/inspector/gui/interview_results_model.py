"""The interview results as a Qt table model: each interview-linked prompt (the engine's result), with
the questions that inform it indented under it. An adapter over `inspector.app.interviews_view`."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from inspector.app.interviews_view import ResultRow
from inspector.gui.colours import colours
from inspector.gui.row_table_model import RowTableModel

HEADERS = ("Prompt / question", "Yes", "n", "%", "Band", "Below threshold", "From")
LABEL, YES, N, PERCENT, BAND, BELOW, BASIS = range(len(HEADERS))
_QUESTION_INDENT = "\u2003\u2003"


class InterviewResultsModel(RowTableModel[ResultRow]):
    headers = HEADERS
    figures = (YES, N, PERCENT)

    def key(self, row: ResultRow) -> str:
        return f"{row.prompt_id} {row.question_id or ''}"

    def cells(self, row: ResultRow) -> tuple[str, ...]:
        return tuple(_text(row, column, indent=True) for column in range(len(HEADERS)))

    def accessible(self, row: ResultRow, column: int, cell: str) -> str:
        return _text(row, column, indent=False)

    def styled(self, row: ResultRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == LABEL:
            return row.label
        if role == Qt.ItemDataRole.ForegroundRole and row.below and column in (PERCENT, BELOW):
            return colours().warning
        if role == Qt.ItemDataRole.FontRole and row.question_id is None:
            font = QFont()
            font.setBold(True)
            return font
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
