"""The key question page's prompts and their judgements as a Qt table model (the core's PromptLine); each
row carries the prompt it opens (ITEM_ID_ROLE)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from inspector.app.key_question_view import PromptLine
from inspector.gui.colours import colours
from inspector.gui.row_table_model import RowTableModel

COLUMNS = ("Prompt", "Judgement", "Needs attention")
JUDGEMENT, FLAGS_COLUMN = 1, 2


class PromptLinesModel(RowTableModel[PromptLine]):
    headers = COLUMNS

    def has_flags(self) -> bool:
        return any(line.status.flags for line in self._rows)

    def prompt_id(self, row: int) -> str | None:
        line = self.row_at(row)
        return line.prompt_id if line else None

    def key(self, row: PromptLine) -> str:
        return row.prompt_id

    def cells(self, row: PromptLine) -> tuple[str, ...]:
        return row.label, row.status.state, "; ".join(row.status.flags)

    def accessible(self, row: PromptLine, column: int, cell: str) -> str:
        return f"{row.prompt_id}: {cell or 'nothing'}"

    def styled(self, row: PromptLine, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == JUDGEMENT:
            return QBrush(colours().tone(row.status.tone))
        return None
