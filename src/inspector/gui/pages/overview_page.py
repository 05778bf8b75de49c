"""The overview page: the overall rating in large type with the points and the band, the thirteen
ratings (Enter or a double click opens a standard, or the domain two and three page), what is still
missing (Enter or a click opens the item that deals with it), and every finding of the engine.

Read-only: the page changes nothing; it is redrawn from the session after every edit made elsewhere.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QVBoxLayout, QWidget

from inspector.app.overview_view import FindingRow, OverviewView, overview_view
from inspector.app.session import Session
from inspector.gui.colours import Ink, colours, set_ink, tone_ink
from inspector.gui.navigator_model import ITEM_ID_ROLE
from inspector.gui.overview_model import FLAGS, STANDARD, MissingModel, RatingsModel
from inspector.gui.pages.heading import PageHeading
from inspector.gui.pages.page import InspectionPage
from inspector.gui.pages.parts import (
    bold_label,
    fit_height,
    framed_box,
    muted_label,
    overall_labels,
    row_table,
    scroll_area,
)

HEADLINE_SCALE = 1.6
NOTHING_MISSING = "Nothing is missing: every prompt is judged, every key question answered and every rating known."


class OverviewPage(InspectionPage):

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.view: OverviewView | None = None
        self.heading = PageHeading()

        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(6)
        column.addWidget(self._build_summary())
        # Each caption's mnemonic (Alt+R, Alt+M, Alt+I) moves to its part.
        self.ratings_caption = bold_label("&Ratings", self._build_ratings())
        self.missing_caption = bold_label("What is still &missing", self._build_missing())
        self.findings_caption = bold_label("F&indings", self._build_findings())
        for caption, part in ((self.ratings_caption, self.ratings), (self.missing_caption, self.missing_part),
                              (self.findings_caption, self.findings)):
            column.addWidget(caption)
            column.addWidget(part)
        column.addStretch(1)

        self.scroll_box = scroll_area(body)
        self.page_column(self.heading).addWidget(self.scroll_box, 1)

    # --- construction -------------------------------------------------------------------------

    def _build_summary(self) -> QWidget:
        box = framed_box("overall")
        self.headline, self.summary = overall_labels(HEADLINE_SCALE)
        self.capped = QLabel()
        self.capped.setAccessibleName("Decision rule on the overall rating")
        set_ink(self.capped, Ink.WARNING)
        self.capped.setWordWrap(True)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(10, 8, 10, 8)
        inner.setSpacing(2)
        inner.addWidget(self.headline)
        inner.addWidget(self.summary)
        inner.addWidget(self.capped)
        return box

    def _build_ratings(self) -> QWidget:
        self.ratings_model = RatingsModel(self)
        table = row_table(self.ratings_model, "The thirteen ratings (Enter opens the standard)", STANDARD, 8)
        table.activated.connect(self._open)
        table.selectionModel().currentChanged.connect(lambda index, _: self._follow(table, index))
        self.ratings = table
        return table

    def _build_missing(self) -> QWidget:
        self.missing_model = MissingModel(self)
        self.missing = QListView()
        self.missing.setModel(self.missing_model)
        self.missing.setAccessibleName("What is still missing (Enter or a click opens it)")
        self.missing.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.missing.setUniformItemSizes(True)
        self.missing.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.missing.setSpacing(2)
        self.missing.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        self.missing.activated.connect(self._open)
        self.missing.clicked.connect(self._open)
        self.missing.selectionModel().currentChanged.connect(lambda index, _: self._follow(self.missing, index))
        self.nothing_missing = muted_label("What is still missing")
        self.nothing_missing.setText(NOTHING_MISSING)
        self.missing_part = QWidget()
        inner = QVBoxLayout(self.missing_part)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.missing)
        inner.addWidget(self.nothing_missing)
        return self.missing

    def _build_findings(self) -> QWidget:
        self.findings = QLabel()
        self.findings.setAccessibleName("Findings of the rules engine (Tab moves between the links)")
        self.findings.setTextFormat(Qt.TextFormat.RichText)
        self.findings.setWordWrap(True)
        self.findings.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.findings.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.findings.linkActivated.connect(self.openItem.emit)
        return self.findings

    # --- showing --------------------------------------------------------------------------------

    def show_item(self, session: Session, item_id: str, query: str = "") -> None:
        self.refresh(session)

    def refresh(self, session: Session) -> None:
        view = overview_view(session.content, session.inspection, session.evaluation)
        self.view = view
        self.heading.set_item("The thirteen ratings, the points and the overall rating; what is still missing",
                              "Overall", "")
        self.headline.setText(view.headline)
        set_ink(self.headline, tone_ink(view.tone))
        self.summary.setText(view.summary)
        self.capped.setText(view.capped_text)
        self.capped.setVisible(bool(view.capped_text))
        self.ratings_model.set_rows(view.rows)
        self.ratings.setColumnHidden(FLAGS, not self.ratings_model.has_flags())
        fit_height(self.ratings)
        self.missing_model.set_items(view.missing)
        self.missing_caption.setText(f"What is still &missing ({len(view.missing)})")
        self.missing.setVisible(bool(view.missing))
        self.nothing_missing.setVisible(not view.missing)
        fit_height(self.missing)
        self.findings_caption.setText(f"F&indings ({len(view.findings)})")
        self.findings.setText(_findings_html(view.findings))

    def recolour(self) -> None:
        if self.view is not None:
            self.findings.setText(_findings_html(self.view.findings))

    def _follow(self, view: QAbstractItemView, index: QModelIndex) -> None:
        """Keep the current row in sight as the arrow keys move it: the lists are as tall as their rows,
        so it is the page that scrolls."""
        body = self.scroll_box.widget()  # the page's body, set when the page is made
        if index.isValid() and body is not None:
            rect = view.visualRect(index)
            centre = view.viewport().mapTo(body, rect.center())
            self.scroll_box.ensureVisible(centre.x(), centre.y(), 0, rect.height())

    def _open(self, index: QModelIndex) -> None:
        link = index.data(ITEM_ID_ROLE)
        if link:
            self.openItem.emit(str(link))


def _findings_html(findings: tuple[FindingRow, ...]) -> str:
    """Each finding: where (a link to the item), its kind and seed line, the message, the seed's wording."""
    if not findings:
        return f"<p style='color: {colours().muted.name()}'>No findings.</p>"
    parts = []
    for row in findings:
        where = escape(row.where)
        if row.link:
            where = f"<a href='{escape(row.link)}'>{where}</a>"
        line = row.line
        seed = f"<br><i>{escape(line.seed_text)}</i>" if line.seed_text else ""
        parts.append(f"<p><b>{where}</b> \u00b7 {escape(line.label)}<br>{escape(line.message)}{seed}</p>")
    return "".join(parts)
