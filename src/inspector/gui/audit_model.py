"""The audit trail as a Qt table model: When, Who, What, Change, Reason, one change a row. An adapter
over `inspector.app.audit_view`; texts are made when a row is drawn, so thousands of rows cost nothing
until they are scrolled to."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt

from inspector.app.audit_view import AuditChange
from inspector.framework.terms import fold
from inspector.gui.row_table_model import RowTableModel

HEADERS = ("When", "Who", "What", "Change", "Reason")
WHEN, WHO, WHAT, CHANGE, REASON = range(len(HEADERS))
_TEXT: tuple[Callable[[AuditChange], str], ...] = (
    lambda c: c.when, lambda c: c.user, lambda c: c.what, lambda c: c.change, lambda c: c.reason,
)


_NEWEST_FIRST = (WHEN, Qt.SortOrder.DescendingOrder)  # as the view hands the rows over


class AuditModel(RowTableModel[AuditChange]):
    headers = HEADERS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._order = _NEWEST_FIRST

    def set_rows(self, rows: Sequence[AuditChange]) -> None:
        """The matching rows, newest first; shown in the order the table is sorted by."""
        super().set_rows(rows if self._order == _NEWEST_FIRST else _sorted(rows, *self._order))

    def row_holding(self, entry_id: int) -> int | None:
        """Where the change holding that row of the log is listed, if it is (a run of typing holds the
        rows from its first to its last)."""
        return next((n for n, row in enumerate(self._rows) if row.first.id <= entry_id <= row.last.id), None)

    def key(self, row: AuditChange) -> str:
        return str(row.first.id)

    def cells(self, row: AuditChange) -> tuple[str, ...]:
        return tuple(text(row) for text in _TEXT)

    def accessible(self, row: AuditChange, column: int, cell: str) -> str:
        return cell

    def styled(self, row: AuditChange, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            # Who: the computer account kept beside the name. What: the label as logged, with the record's
            # whole id; the change and reason in full. An empty tip is none.
            account = f"from the computer account {row.last.login}" if row.last.login else ""
            tips = {WHO: account, WHAT: row.last.what, CHANGE: "\n".join(row.wording.lines), REASON: row.reason}
            return tips.get(column, "")
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(HEADERS):
            return
        self.layoutAboutToBeChanged.emit()
        kept = self.persistentIndexList()  # the view's current row and selection follow their rows
        ids = [self._rows[index.row()].first.id for index in kept]
        self._order = (column, order)
        self._put(tuple(_sorted(self._rows, column, order)))
        place = {row.first.id: number for number, row in enumerate(self._rows)}
        moved = [self.index(place[i], index.column()) for i, index in zip(ids, kept, strict=True)]
        self.changePersistentIndexList(kept, moved)
        self.layoutChanged.emit()


def _sorted(rows: Sequence[AuditChange], column: int, order: Qt.SortOrder) -> list[AuditChange]:
    """By the log's order for When (two changes in one minute keep theirs), by the text otherwise, and
    then by when."""
    descending = order == Qt.SortOrder.DescendingOrder
    by_time = sorted(rows, key=lambda r: r.first.id, reverse=descending)
    if column == WHEN:
        return by_time
    text = _TEXT[column]
    return sorted(by_time, key=lambda r: fold(text(r)), reverse=descending)
