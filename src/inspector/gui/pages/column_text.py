"""Word-wrapped rich text in one of several side-by-side columns whose width the layout decides, that
measures itself once per text and width.

QLabel lays its whole text out again for every size question: twice for each height-for-width (at the
width asked, then back at its own) and some nine times for its size hints (the width it would like, the
narrowest, one line), although a column's width is set by its row, not by its text. The standard page's
four characteristic columns sit in a scroll area whose nested layouts ask some 150 times per show at a
handful of widths, each a layout of up to 4,500 characters: over 100 ms a show
(benchmarks/window-results.md). Here the width asked for is the column's narrowest and each height is
worked out once.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QLabel, QWidget

# What changes a label's measurements besides its text (a style sheet reaching it, a new font).
_REMEASURE = frozenset({QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.ContentsRectChange})


class ColumnText(QLabel):

    def __init__(self, narrowest: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._narrowest = narrowest
        self._heights: dict[int, int] = {}
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

    def setText(self, text: str) -> None:
        if text == self.text():
            return  # QLabel would lay the same text out and paint it again
        self._heights.clear()
        super().setText(text)

    def heightForWidth(self, width: int) -> int:
        if width not in self._heights:
            self._heights[width] = super().heightForWidth(width)
        return self._heights[width]

    def sizeHint(self) -> QSize:
        # As wide as the row allows, so as high as it is at the width it has.
        return QSize(self._narrowest, self.heightForWidth(max(self.width(), self._narrowest)))

    def minimumSizeHint(self) -> QSize:
        return QSize(self._narrowest, 0)  # the height is the height for the width given

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in _REMEASURE:
            self._heights.clear()
        super().changeEvent(event)
