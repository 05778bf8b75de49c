"""What the inspection window asks of every page: show an item, redraw from the session after an
edit, save typing not yet saved, and ask the window to open another item."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from inspector.app.session import Session


class InspectionPage(QWidget):
    openItem = Signal(str)  # a link on the page to another navigator item

    def page_column(self, heading: QWidget, spacing: int = 8) -> QVBoxLayout:
        """The page's own layout, with the margins every page keeps and the heading at the top."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(spacing)
        layout.addWidget(heading)
        return layout

    def show_item(self, session: Session, item_id: str, query: str = "") -> None:
        raise NotImplementedError

    def refresh(self, session: Session) -> None:
        """Redraw from the session's snapshot and evaluation (after any edit, undo or refusal)."""
        raise NotImplementedError

    def commit_pending(self) -> None:
        """Save what has been typed and not yet saved (before the window moves away or undoes)."""
