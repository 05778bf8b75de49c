"""A word-wrapped label that remembers its height for each width until its text, font or style changes.

QLabel lays its whole text out twice for every height-for-width question (at the width asked, then back
at its own), and a page's layouts ask a word-wrapped label some twenty-five times a show at a few
widths: the standard page's decision-rule findings, a few hundred characters of rich text, cost some
6 ms a show that way.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget

# What changes a label's measurements besides its text (a style sheet reaching it, a new font).
_REMEASURE = frozenset({QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.ContentsRectChange})


class MeasuredLabel(QLabel):

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._heights: dict[int, int] = {}
        self.setWordWrap(True)

    def setText(self, text: str) -> None:
        if text == self.text():
            return  # QLabel would lay the same text out and paint it again
        self._heights.clear()
        super().setText(text)

    def heightForWidth(self, width: int) -> int:
        if width not in self._heights:
            self._heights[width] = super().heightForWidth(width)
        return self._heights[width]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in _REMEASURE:
            self._heights.clear()
        super().changeEvent(event)
