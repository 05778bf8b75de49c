"""Read-only rich text in one of several side-by-side columns whose width the row decides: the text
laid out once per text and width, drawn as a word-wrapped QLabel draws it.

A QLabel lays its whole text out again for every size question: twice for each height-for-width (at the
width asked, then back at its own) and some nine times for its size hints. The standard page's four
characteristic columns (up to 4,500 characters each) sit in a scroll area whose nested layouts ask such
questions some 150 times a show: over 100 ms a show, the most of any page (benchmarks/window-results.md).
Here the text is a document laid out at the column's width when the text or the width changes; its
height at that width is read from it, and a height at any other width (asked once, before the row has
settled) from a copy.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QTextOption, QWheelEvent
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextEdit, QWidget

# What changes the text's measurements besides the text itself.
_REMEASURE = frozenset({QEvent.Type.FontChange, QEvent.Type.StyleChange})


class ColumnText(QTextEdit):

    def __init__(self, narrowest: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._narrowest = narrowest
        self._text = ""
        self._heights: dict[int, int] = {}
        self.setReadOnly(True)  # selectable by mouse, as the label was; never a tab stop
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # as high as its text
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrapMode(QTextOption.WrapMode.WordWrap)  # a label's wrapping, a label's margins
        self.document().setDocumentMargin(0)
        self.document().setUndoRedoEnabled(False)
        # The column's background (the base, or a tint of it) shows through.
        self.viewport().setAutoFillBackground(False)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        if text == self._text:
            return  # the same text laid out again would change nothing
        self._text = text
        self._heights.clear()
        self.setHtml(text)
        self.updateGeometry()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        if width not in self._heights:
            document = self.document()
            if width != document.textWidth():  # not the width it is laid out at: measure a copy
                document = document.clone()
                document.setTextWidth(width)
            self._heights[width] = math.ceil(document.size().height())
        return self._heights[width]

    def sizeHint(self) -> QSize:
        # As narrow as the row allows (the row shares its width out), as high as the text at its width.
        return QSize(self._narrowest, self.heightForWidth(max(self.width(), self._narrowest)))

    def minimumSizeHint(self) -> QSize:
        return QSize(self._narrowest, 0)  # the height is the height for the width given

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()  # as high as its text, it never scrolls: the wheel scrolls the page it is on

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in _REMEASURE:
            self._heights.clear()
        super().changeEvent(event)
