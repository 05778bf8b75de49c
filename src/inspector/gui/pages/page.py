"""What the inspection window asks of every page: show an item, redraw from the session after an
edit, save typing not yet saved, and ask the window to open another item."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from inspector.app.edits import Edit
from inspector.app.session import Session
from inspector.framework.reading import item_id_from_link
from inspector.gui.undo import Apply


class InspectionPage(QWidget):
    openItem = Signal(str)  # a link on the page to another navigator item

    def __init__(self, perform: Apply | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._apply = perform  # None: a page that only shows (the overview, the audit trail)
        self._session: Session | None = None  # the inspection shown, once the window has shown an item

    def _perform(self, edit: Edit[object]) -> bool:
        """Write `edit` through the window, which refreshes every page; False if it was refused."""
        if self._apply is None:
            raise TypeError(f"{type(self).__name__} only shows; it makes no edits")
        return self._apply(edit)

    def page_column(self, heading: QWidget, spacing: int = 8, *, scrolls: bool = False) -> QVBoxLayout:
        """The page's own layout, with the margins every page keeps and the heading at the top. `scrolls`:
        in a window too short to hold it all (a laptop at 150 %), the column scrolls up and down rather than
        having its parts drawn over one another; it keeps the page's width, as a page that does not scroll."""
        holder: QWidget = self
        if scrolls:
            area = QScrollArea()
            area.setWidgetResizable(True)
            area.setFrameShape(QFrame.Shape.NoFrame)
            area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            holder = QWidget()
            holder.setMinimumWidth(1)  # a width of its own: the scroll area then sizes it to the page's width
            area.setWidget(holder)
            self.page_scroll = area
            outer = QVBoxLayout(self)
            outer.setContentsMargins(0, 0, 0, 0)
            outer.addWidget(area)
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(spacing)
        layout.addWidget(heading)
        return layout

    def open_link(self, target: str) -> None:
        """A link in the page's text (the framework's, a finding's): open the navigator item it names."""
        item_id = item_id_from_link(target)
        if item_id is not None:
            self.openItem.emit(item_id)

    def show_item(self, session: Session, item_id: str, query: str = "") -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self.recolour()
        super().changeEvent(event)

    def recolour(self) -> None:
        """Show again what carries colours of its own (rich text made with gui/colours.py's), after the
        palette changed (a theme switched while the app runs)."""

    def refresh(self, session: Session) -> None:
        """Redraw from the session's snapshot and evaluation (after any edit, undo or refusal)."""
        raise NotImplementedError

    def redraw(self) -> None:
        """Show again what the file holds (after a refusal, or a choice that changes what the page shows)."""
        if self._session is not None:
            self.refresh(self._session)

    def commit_pending(self) -> None:
        """Save what has been typed and not yet saved (before the window moves away or undoes)."""
