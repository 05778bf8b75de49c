"""The audit trail as a Qt table model: When, Who, What, Change, Reason, one change a row. An adapter
over `inspector.app.audit_view`; texts are made when a row is drawn, so thousands of rows cost nothing
until they are scrolled to."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from inspector.app.audit_view import AuditChange
from inspector.framework.terms import fold

ModelIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the table's parent index: its rows have no children

HEADERS = ("When", "Who", "What", "Change", "Reason")
WHEN, WHO, WHAT, CHANGE, REASON = range(len(HEADERS))
_TEXT: tuple[Callable[[AuditChange], str], ...] = (
    lambda c: c.when, lambda c: c.user, lambda c: c.what, lambda c: c.change, lambda c: c.reason,
)


_NEWEST_FIRST = (WHEN, Qt.SortOrder.DescendingOrder)  # as the view hands the rows over


class AuditModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AuditChange] = []
        self._order = _NEWEST_FIRST

    def set_rows(self, rows: Sequence[AuditChange]) -> None:
        """The matching rows, newest first; shown in the order the table is sorted by."""
        self.beginResetModel()
        self._rows = list(rows) if self._order == _NEWEST_FIRST else _sorted(rows, *self._order)
        self.endResetModel()

    def row(self, row: int) -> AuditChange | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, entry_id: int) -> int | None:
        """Where the change holding that row of the log is listed, if it is (a run of typing holds the
        rows from its first to its last)."""
        return next((n for n, row in enumerate(self._rows) if row.first.id <= entry_id <= row.last.id), None)

    def rowCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row(index.row()) if index.isValid() else None
        if row is None or not 0 <= index.column() < len(HEADERS):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return _TEXT[index.column()](row)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (WHO, WHAT, CHANGE, REASON):
            # Who: the computer account kept beside the name. What: the label as logged, with the record's
            # whole id; the change and reason in full.
            account = f"from the computer account {row.last.login}" if row.last.login else ""
            tips = {WHO: account, WHAT: row.last.what, CHANGE: "\n".join(row.wording.lines), REASON: row.reason}
            return tips[index.column()] or None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(HEADERS):
            return HEADERS[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(HEADERS):
            return
        self.layoutAboutToBeChanged.emit()
        kept = self.persistentIndexList()  # the view's current row and selection follow their rows
        ids = [self._rows[index.row()].first.id for index in kept]
        self._order = (column, order)
        self._rows = _sorted(self._rows, column, order)
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
