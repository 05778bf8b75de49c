"""Rows as tall as their wrapped text, laid out again only where something changed.

A vertical header in ResizeToContents mode lays out every row's text again whenever anything changes, so
adding one evidence item to a prompt with 100 re-wrapped all 100 (about half the time of the addition at
ten times the demo's size). Here a new row is sized alone, changed rows alone, and every row only when
the model is reset or the columns' widths change (the window resized, coalesced into one pass).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView

from inspector.gui.model_index import ModelIndex


class RowsFitText(QObject):
    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self._table = table
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # sized here instead
        model = table.model()
        model.modelReset.connect(self._all)
        model.layoutChanged.connect(self._all)
        model.rowsInserted.connect(self._inserted)
        model.dataChanged.connect(self._changed)
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self._all)
        table.horizontalHeader().sectionResized.connect(self._pending.start)

    def _inserted(self, _parent: ModelIndex, first: int, last: int) -> None:
        self._fit(first, last)

    def _changed(self, top_left: ModelIndex, bottom_right: ModelIndex, _roles: object = ()) -> None:
        self._fit(top_left.row(), bottom_right.row())

    def _fit(self, first: int, last: int) -> None:
        for row in range(first, last + 1):
            self._table.resizeRowToContents(row)

    def _all(self) -> None:
        self._table.resizeRowsToContents()
