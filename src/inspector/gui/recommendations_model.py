"""The inspection details page's recommendations as a Qt table model: one row per recommendation, in
order, with its number, who it is addressed to and its text."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt

from inspector.app.details_view import RECIPIENT_NAMES
from inspector.gui.row_table_model import RowTableModel
from inspector.inspection.model import Recommendation

COLUMNS = ("No.", "To", "Recommendation")
NUMBER, TO, TEXT = range(3)

Numbered = tuple[int, Recommendation]  # its number in the list, from 1, and the recommendation


class RecommendationsModel(RowTableModel[Numbered]):
    headers = COLUMNS

    def set_recommendations(self, recommendations: Sequence[Recommendation]) -> None:
        self.set_rows(tuple(enumerate(recommendations, 1)))

    def recommendation(self, row: int) -> Recommendation | None:
        numbered = self.row_at(row)
        return numbered[1] if numbered else None

    def key(self, row: Numbered) -> str:
        return row[1].id

    def cells(self, row: Numbered) -> tuple[str, ...]:
        number, recommendation = row
        return str(number), RECIPIENT_NAMES[recommendation.to], recommendation.text

    def accessible(self, row: Numbered, column: int, cell: str) -> str:
        return f"{COLUMNS[column]}: {cell}"

    def styled(self, row: Numbered, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole:
            # Top-aligned: a long text wraps onto several lines beside its number.
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None
