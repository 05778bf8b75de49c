"""The framework's own text for the item on a page (the reading-pane document: guidance, evidence,
judgement, editorial notes), behind a button that shows or hides it; whether it is open is remembered.
A page whose text is the whole page shows it without the button (`collapsible=False`)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextBrowser, QToolButton, QVBoxLayout, QWidget

from inspector.framework.model import Framework
from inspector.framework.reading import reading_html
from inspector.gui.colours import follow_palette, reading_style

OPEN_KEY = "pages/frameworkTextOpen"
DOCUMENT_MARGIN = 12


class FrameworkText(QWidget):
    linkActivated = Signal(str)  # an item id the text links to ("1.2.1")

    def __init__(self, settings: QSettings, parent: QWidget | None = None, *, collapsible: bool = True) -> None:
        super().__init__(parent)
        self._settings = settings if collapsible else None
        self._shown: tuple[Framework, str, str] | None = None
        self.toggle = QToolButton()
        self.toggle.setText("Framework te&xt: guidance, evidence and judgement")
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setAccessibleName("Show the framework text")
        self.toggle.setAutoRaise(True)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName("Framework text")
        self.browser.setFrameShape(QFrame.Shape.StyledPanel)
        self.browser.document().setDocumentMargin(DOCUMENT_MARGIN)
        self.browser.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(lambda url: self.linkActivated.emit(url.toString()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toggle)
        layout.addWidget(self.browser, 1)
        self.toggle.setVisible(collapsible)
        self.toggle.setChecked(not collapsible or str(settings.value(OPEN_KEY, "false")).lower() == "true")
        self.toggle.toggled.connect(self._show_text)
        self._show_text(self.toggle.isChecked())
        follow_palette(self.browser, lambda _: self._recolour())

    def show_item(self, framework: Framework, item_id: str, query: str = "") -> None:
        self._shown = (framework, item_id, query)
        self.browser.setHtml(reading_html(framework, item_id, query, css=reading_style()))
        self.browser.verticalScrollBar().setValue(0)

    def _recolour(self) -> None:
        """The text again in the new palette's colours, at the place the reader was."""
        if self._shown is not None:
            position = self.browser.verticalScrollBar().value()
            self.browser.setHtml(reading_html(*self._shown, css=reading_style()))
            self.browser.verticalScrollBar().setValue(position)

    @property
    def is_open(self) -> bool:
        return self.toggle.isChecked()

    def _show_text(self, shown: bool) -> None:
        self.browser.setVisible(shown)
        # Closed, it keeps to the height of its button and leaves the room to the rest of the page.
        vertical = QSizePolicy.Policy.Expanding if shown else QSizePolicy.Policy.Maximum
        self.setSizePolicy(QSizePolicy.Policy.Preferred, vertical)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        if self._settings is not None:
            self._settings.setValue(OPEN_KEY, shown)
