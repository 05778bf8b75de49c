"""The prompt page's evidence as a Qt table model: one row per item, as the core's EvidenceRow."""

from __future__ import annotations

from inspector.app.prompt_view import EvidenceRow
from inspector.gui.row_table_model import RowTableModel
from inspector.inspection.model import Evidence

COLUMNS = ("Tag", "Source", "Reference", "Evidence", "Recorded")
TAG_COLUMN = COLUMNS.index("Tag")
SOURCE_COLUMN = COLUMNS.index("Source")
REFERENCE_COLUMN = COLUMNS.index("Reference")
TEXT_COLUMN = COLUMNS.index("Evidence")
RECORDED_COLUMN = COLUMNS.index("Recorded")


class EvidenceModel(RowTableModel[EvidenceRow]):
    headers = COLUMNS

    def evidence(self, row: int) -> Evidence | None:
        line = self.row_at(row)
        return line.evidence if line else None

    def key(self, row: EvidenceRow) -> str:
        return row.evidence.id

    def cells(self, row: EvidenceRow) -> tuple[str, ...]:
        # The reference column says where the item came from (EvidenceRow.where), a line each.
        return row.tag, row.source, "\n".join(row.where), row.text, row.recorded.replace(", ", "\n", 1)

    def accessible(self, row: EvidenceRow, column: int, cell: str) -> str:
        return f"{COLUMNS[column]}: {cell or 'none'}"
