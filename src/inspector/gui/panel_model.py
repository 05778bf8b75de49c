"""The ratings panel page's list as a read-only Qt table: the thirteen standards and the overall rating,
with the rating put forward, the state, the rating agreed, the challenges and the departures. An adapter over
`inspector.app.panel_view`; each row carries its standard id (ITEM_ID_ROLE)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont

from inspector.app.panel_view import PanelRow
from inspector.gui.colours import colours
from inspector.gui.row_table_model import RowTableModel
from inspector.inspection.model import OVERALL

HEADERS = ("Standard", "Put forward", "State", "Agreed", "Challenges", "Departures")
STANDARD, PROPOSED, STATE, AGREED, CHALLENGES, DEPARTURES = range(len(HEADERS))


class PanelModel(RowTableModel[PanelRow]):
    headers = HEADERS
    figures = (CHALLENGES,)

    def key(self, row: PanelRow) -> str:
        return row.standard_id

    def cells(self, row: PanelRow) -> tuple[str, ...]:
        name = row.title if row.standard_id == OVERALL else f"{row.standard_id}\u2002{row.title}"
        return (name, row.proposed, row.state, row.agreed, str(row.challenges) if row.challenges else "",
                _departures(row))

    def styled(self, row: PanelRow, column: int, role: int) -> Any:
        if column == DEPARTURES and row.departures:
            if role == Qt.ItemDataRole.ToolTipRole:
                return ("Its key questions' answers and its rating that depart from the suggestion, the default or "
                        "decision guidance; select the standard to read each beside its rationale")
            if role == Qt.ItemDataRole.ForegroundRole and row.departures_unexplained:
                return QBrush(colours().warning)  # a rationale still to type
        if role == Qt.ItemDataRole.ForegroundRole and column == AGREED:
            return QBrush(colours().tone(row.tone))
        if role == Qt.ItemDataRole.FontRole and (row.standard_id == OVERALL or (column == AGREED and row.otherwise)):
            font = QFont()
            font.setBold(True)  # the overall rating, and a rating the panel changed
            return font
        return None


def _departures(row: PanelRow) -> str:
    """"1, rationale recorded"; "2, 1 without its rationale"; "" for none: a departure stays marked here after
    the navigator's flag clears."""
    if not row.departures:
        return ""
    if row.departures_unexplained:
        return f"{row.departures}, {row.departures_unexplained} without its rationale"
    return f"{row.departures}, rationale recorded"
