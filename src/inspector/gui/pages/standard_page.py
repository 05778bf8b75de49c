"""The standard page, for now: the standard's status (rating, default, prompts judged, anything
flagged) above its framework text. The proposal, the default and the decision rules get their own
controls in the next slice of issue 4."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from inspector.app.navigator import node_statuses
from inspector.app.session import Session
from inspector.framework.reading import item_id_from_link
from inspector.gui.pages.framework_text import FrameworkText
from inspector.gui.pages.heading import PageHeading
from inspector.gui.pages.style import WARNING_STYLE


class StandardPage(QWidget):
    openItem = Signal(str)

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._standard_id = ""
        self.heading = PageHeading()
        self.status = QLabel()
        self.status.setAccessibleName("The standard's status")
        self.status.setWordWrap(True)
        self.flags = QLabel()
        self.flags.setAccessibleName("Needs attention")
        self.flags.setStyleSheet(WARNING_STYLE)
        self.flags.setWordWrap(True)
        self.framework_text = FrameworkText(settings, collapsible=False)  # here the text is the page
        self.framework_text.linkActivated.connect(self._on_link)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.status)
        layout.addWidget(self.flags)
        layout.addWidget(self.framework_text, 1)

    @property
    def standard_id(self) -> str:
        return self._standard_id

    def show_item(self, session: Session, standard_id: str, query: str = "") -> None:
        self._standard_id = standard_id
        self.framework_text.show_item(session.content.framework, standard_id, query)
        self.refresh(session)

    def refresh(self, session: Session) -> None:
        framework = session.content.framework
        standard = framework.standard(self._standard_id)
        self.heading.set_item("Standard", standard.id, standard.title)
        status = node_statuses(framework, session.inspection, session.evaluation)[standard.id]
        self.status.setText(f"{status.state[:1].upper()}{status.state[1:]} \u00b7 {status.progress}")
        self.flags.setText("; ".join(status.flags).capitalize())
        self.flags.setVisible(bool(status.flags))

    def commit_pending(self) -> None:
        """Nothing is typed on this page yet."""

    def _on_link(self, target: str) -> None:
        item_id = item_id_from_link(target)
        if item_id is not None:
            self.openItem.emit(item_id)
