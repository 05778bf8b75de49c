"""The top of a page: where the item sits (muted), then its id and text, wrapped."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from inspector.gui.colours import Ink, set_ink

HEADING_SCALE = 1.25


class PageHeading(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.crumb = QLabel()
        self.crumb.setAccessibleName("Where this is in the framework")
        set_ink(self.crumb, Ink.MUTED)
        self.crumb.setTextFormat(Qt.TextFormat.PlainText)
        self.crumb.setWordWrap(True)
        self.title = QLabel()
        self.title.setAccessibleName("Heading")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * HEADING_SCALE)
        font.setBold(True)
        self.title.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.crumb)
        layout.addWidget(self.title)

    def set_item(self, crumb: str, item_id: str, text: str) -> None:
        self.crumb.setText(crumb)
        self.title.setText(f"{item_id}\u2002{text}")
