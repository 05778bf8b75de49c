"""The documents page's tables as read-only Qt models: the register (title, kind, received, supplied by,
file, how the file stands, how many evidence items cite it) and the evidence citing the entry selected,
each row carrying the prompt it opens (ITEM_ID_ROLE). Adapters over `inspector.app.documents_view`."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QGuiApplication

from inspector.app.documents_view import Citation, DocumentRow
from inspector.app.navigator import DOCUMENTS
from inspector.gui.pages.style import warning_colour
from inspector.gui.row_table_model import RowTableModel

HEADERS = ("Title", "Kind", "Received", "Supplied by", "File", "File check", "Cited")
TITLE, KIND, RECEIVED, SUPPLIED_BY, FILE, CHECK, CITED = range(len(HEADERS))


class DocumentsModel(RowTableModel[DocumentRow]):
    headers = HEADERS
    figures = (CITED,)

    def key(self, row: DocumentRow) -> str:
        return row.document.id

    def link(self, row: DocumentRow) -> str:
        return DOCUMENTS

    def cells(self, row: DocumentRow) -> tuple[str, ...]:
        document = row.document
        return (document.title, row.kind_text, row.received_text, document.supplied_by, row.file_name,
                row.check_word, str(len(row.citations)) if row.citations else "")

    def styled(self, row: DocumentRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == CHECK and row.attention:
            # From the palette when drawn: readable on a dark theme as on a light one.
            return QBrush(warning_colour(QGuiApplication.palette()))
        if role == Qt.ItemDataRole.ToolTipRole and column in (FILE, CHECK):
            # The whole path where the column shows the name; the whole sentence where it has a word.
            return {FILE: row.document.file_path, CHECK: row.file_text}[column] or None
        return None

    def row_at(self, number: int) -> DocumentRow | None:
        return self._rows[number] if 0 <= number < len(self._rows) else None


class CitationsModel(RowTableModel[Citation]):
    headers = ("Prompt", "Page", "Evidence")

    def key(self, row: Citation) -> str:
        return row.evidence_id

    def link(self, row: Citation) -> str:
        return row.prompt_id

    def cells(self, row: Citation) -> tuple[str, ...]:
        prompts = ", ".join((row.prompt_id, *row.also))
        return prompts, row.page, row.text
