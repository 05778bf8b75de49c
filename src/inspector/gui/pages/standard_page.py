"""The standard page: the default rating and why, the share of positive responses against the
characteristics table, the proposed rating (four choices and 'not proposed'), the four rating
characteristics side by side with the proposed one highlighted (cited by their place in the standards
document), the decision-rule findings in the document's wording, and the rationale.

A rating is saved the moment it is chosen, unless it breaks a decision rule: then the window says why
and the previous rating stays. A departure from the default or from decision guidance is saved and
flagged (here in red, in the navigator, and to the ratings panel) until a rationale is typed; the
rationale is saved as it is typed.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from inspector.app.edits import Keep, ProposalEdit
from inspector.app.session import Session
from inspector.app.standard_view import CharacteristicColumn, DecisionFinding, StandardView, standard_view
from inspector.framework.model import RATING_ORDER, Rating
from inspector.gui.colours import Colours, Ink, colours, follow_style, set_ink
from inspector.gui.pages.choice_page import ChoicePage
from inspector.gui.pages.column_text import ColumnText
from inspector.gui.pages.flow_layout import flow_row
from inspector.gui.pages.framework_text import FrameworkText
from inspector.gui.pages.heading import PageHeading
from inspector.gui.pages.measured_label import MeasuredLabel
from inspector.gui.pages.parts import bold_label, framed_box, muted_label
from inspector.gui.pages.style import box_style
from inspector.gui.undo import Apply
from inspector.inspection.model import StandardProposal

NOT_PROPOSED = len(RATING_ORDER)
_RATINGS: dict[int, Rating | None] = {**dict(enumerate(RATING_ORDER)), NOT_PROPOSED: None}
_IDS = {rating: ident for ident, rating in _RATINGS.items()}
_LABELS = {
    Rating.OUTSTANDING: "&Outstanding",
    Rating.GOOD: "Goo&d",  # Alt+G is the Go menu's
    Rating.REQUIRES_IMPROVEMENT: "Requires &improvement",
    Rating.INADEQUATE: "I&nadequate",
}


def column_style(found: Colours) -> str:
    """One style sheet, set once (and again only when the palette changes); the proposed column is marked
    by a property (a style sheet set again would re-polish the box and everything in it, and have its text
    measured again). The columns are on the base, the proposed one a tint of the accent over it."""
    return (box_style("characteristic", background="palette(base)")
            + box_style('characteristic[proposed="true"]', found.proposed_tint.name(), found.proposed_edge.name()))


COLUMN_WIDTH = 180  # four columns fit beside the navigator at 1366 pixels; a narrower page has two to a row
COLUMN_MARGIN = 8
COLUMN_SPACING = 6


class CharacteristicBox(QFrame):
    """One rating's characteristics: the rating, what marks it (proposed, default, the share), the
    table row's figure, the summary, the printed decision rule and the text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("characteristic")
        follow_style(self, column_style)
        self.setMinimumWidth(COLUMN_WIDTH)
        self.rating = bold_label()
        self.marks = QLabel()
        set_ink(self.marks, Ink.ACCENT, bold=True)
        self.body = ColumnText(COLUMN_WIDTH - 2 * (COLUMN_MARGIN + 1))  # inside the margins and the border
        layout = QVBoxLayout(self)
        layout.setContentsMargins(COLUMN_MARGIN, 6, COLUMN_MARGIN, 6)
        layout.setSpacing(2)
        layout.addWidget(self.rating)
        layout.addWidget(self.marks)
        layout.addWidget(self.body, 1)

    def sizeHint(self) -> QSize:
        # The width the row gave it (so the row's layouts ask the text's height at no new width), as
        # high as its text is at that width.
        width = max(self.width(), COLUMN_WIDTH)
        return QSize(width, self.heightForWidth(width))

    def show_column(self, column: CharacteristicColumn) -> None:
        self.rating.setText(column.rating.value)
        marks = [word for word, on in (("Proposed", column.proposed), ("Default", column.default),
                                       ("The share falls here", column.share_falls_here)) if on]
        self.marks.setText(" \u00b7 ".join(marks))
        self.marks.setVisible(bool(marks))
        table = f"<p>Table: {html.escape(column.table_cell)}</p>" if column.table_cell else ""
        decision = f"<p><b>{html.escape(column.decision)}</b></p>" if column.decision else ""
        self.body.setText(f"{table}<p><i>{html.escape(column.summary)}</i></p>{decision}{column.text_html}")
        if self.property("proposed") is not column.proposed:
            self.setProperty("proposed", column.proposed)
            self.style().polish(self)  # the box only, by its property
        name = f"{column.rating.value} characteristics"
        self.setAccessibleName(f"{name} (proposed)" if column.proposed else name)
        self.body.setAccessibleName(name)


class CharacteristicColumns(QWidget):
    """The four columns side by side, or two by two on a page too narrow for four (150 % on a laptop)."""

    def __init__(self, columns: tuple[CharacteristicBox, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._columns = columns
        self._per_row = 0
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(COLUMN_SPACING)
        self._arrange(len(columns))

    def _arrange(self, per_row: int) -> None:
        if per_row == self._per_row:
            return
        self._per_row = per_row
        for column in self._columns:
            self._grid.removeWidget(column)
        for place, column in enumerate(self._columns):
            self._grid.addWidget(column, place // per_row, place % per_row)
        for index in range(len(self._columns)):
            self._grid.setColumnStretch(index, 1 if index < per_row else 0)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(2 * COLUMN_WIDTH + COLUMN_SPACING, hint.height())  # two to a row at the narrowest

    def resizeEvent(self, event: QResizeEvent) -> None:
        four = len(self._columns) * COLUMN_WIDTH + (len(self._columns) - 1) * COLUMN_SPACING
        self._arrange(len(self._columns) if event.size().width() >= four else 2)
        super().resizeEvent(event)


class StandardPage(ChoicePage[Rating | None]):

    def __init__(self, perform: Apply, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(perform, parent)
        self._standard_id = ""
        self._view: StandardView | None = None

        self.heading = PageHeading()
        # The page scrolls as a whole, the columns at their full height in it: the wheel over a column scrolls
        # the page and a column never scrolls on its own. The findings and the rationale come before the
        # columns, so they show without scrolling past them.
        layout = self.page_column(self.heading, spacing=6, scrolls=True)
        layout.addWidget(self._build_default())
        layout.addWidget(self._build_proposal())
        layout.addWidget(self._build_findings())
        layout.addWidget(self._build_rationale())
        layout.addWidget(self._build_characteristics())
        self.framework_text = FrameworkText(settings)
        self.framework_text.linkActivated.connect(self.open_link)
        layout.addWidget(self.framework_text, 1)
        layout.addStretch(0)

    def _build_default(self) -> QWidget:
        box = framed_box("default")
        self.default = bold_label()
        self.default.setAccessibleName("Default rating")
        self.default_reason = muted_label("Why this default")
        self.share = muted_label("Share of positive responses against the characteristics table")
        inner = QVBoxLayout(box)
        inner.setContentsMargins(10, 6, 10, 6)
        inner.setSpacing(2)
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.default)
        row.addWidget(self.default_reason, 1)
        inner.addLayout(row)
        inner.addWidget(self.share)
        return box

    def _build_proposal(self) -> QWidget:
        self.rating_group = QButtonGroup(self)
        self.rating_buttons: dict[Rating | None, QRadioButton] = {}
        label = bold_label("Proposed rating:")
        for ident, rating in _RATINGS.items():
            button = QRadioButton(_LABELS[rating] if rating is not None else "No&t proposed")
            button.setAccessibleDescription("The rating you propose for the standard")
            self.rating_group.addButton(button, ident)
            self.rating_buttons[rating] = button
        self.panel_line = QLabel()  # where the rating stands with the ratings panel
        self.panel_line.setAccessibleName("Ratings panel")
        set_ink(self.panel_line, Ink.MUTED)
        self.rating_group.idClicked.connect(lambda ident: self.choose(_RATINGS[ident]))
        # On a narrow page (150 % on a laptop) the choices wrap rather than being cut.
        return flow_row([label, *self.rating_buttons.values(), self.panel_line])

    def _build_characteristics(self) -> QWidget:
        self.columns = tuple(CharacteristicBox() for _ in RATING_ORDER)
        self.characteristics = CharacteristicColumns(self.columns)
        self.characteristics.setAccessibleName("Rating characteristics")
        # Where the document prints them, so the inspector can turn to the page.
        self.characteristics_place = muted_label("Where the rating characteristics are in the standards document")
        area = QWidget()
        column = QVBoxLayout(area)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.characteristics_place)
        column.addWidget(self.characteristics, 1)
        return area

    def _build_findings(self) -> QWidget:
        self.findings = MeasuredLabel()
        self.findings.setAccessibleName("Decision rules and guidance")
        self.findings.setTextFormat(Qt.TextFormat.RichText)
        self.findings.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes = muted_label("Notes on the rating")
        area = QWidget()
        column = QVBoxLayout(area)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.findings)
        column.addWidget(self.notes)
        return area

    def _build_rationale(self) -> QWidget:
        area = self.rationale_part(
            "Why you propose this rating; required when it departs from the default or the decision guidance", 3,
            "the default or the guidance")
        # Above the columns, it keeps to a few lines rather than taking the room they would show in.
        self.rationale.setMaximumHeight(self.rationale.fontMetrics().lineSpacing() * 6 + 12)
        return area

    # --- showing --------------------------------------------------------------------------------

    @property
    def standard_id(self) -> str:
        return self._standard_id

    def show_item(self, session: Session, standard_id: str, query: str = "") -> None:
        self.commit_pending()
        self._standard_id = standard_id
        self._typing.done()
        self.framework_text.show_item(session.content.framework, standard_id, query)
        self.page_scroll.verticalScrollBar().setValue(0)
        self.refresh(session)

    def refresh(self, session: Session) -> None:
        view = standard_view(session.content, session.inspection, session.evaluation, self._standard_id)
        self._view = view
        self.heading.set_item("Standard", view.standard_id, view.title)
        self.default.setText(view.default_text)
        self.default_reason.setText(view.default_reason)
        self.share.setText(view.share_text)
        self.characteristics_place.setText(view.characteristics_place)
        for box, column in zip(self.columns, view.characteristics, strict=True):
            box.show_column(column)
        self.rating_buttons[view.proposed].setChecked(True)
        self._show_findings(view)
        self.findings.setVisible(bool(view.findings))
        self.notes.setText("\n".join(view.notes))
        self.notes.setVisible(bool(view.notes))
        self.show_rationale(view.rationale, view.rationale_required, view.departure)
        editable = not session.read_only and view.applies
        for widget in (*self.rating_buttons.values(), self.rationale):
            widget.setEnabled(editable)
        self.panel_line.setText(view.panel)
        self.panel_line.setVisible(bool(view.panel))
        for button in self.rating_buttons.values():  # a rating with the ratings panel is the panel's
            button.setEnabled(editable and not view.locked)
            button.setToolTip(view.locked)

    def _show_findings(self, view: StandardView) -> None:
        self.findings.setText("".join(finding_html(f) for f in view.findings))

    def recolour(self) -> None:
        if self._view is not None:
            self._show_findings(self._view)

    # --- editing --------------------------------------------------------------------------------

    def choice_edit(self, choice: Rating | Keep | None, rationale: str | None) -> ProposalEdit | None:
        view = self._view
        if view is None:
            return None
        return ProposalEdit.changing(StandardProposal(view.standard_id, view.proposed, view.rationale), choice,
                                     rationale)


def finding_html(finding: DecisionFinding) -> str:
    line = f" ({html.escape(finding.place)})" if finding.place else ""
    message = html.escape(finding.message)
    if not finding.permitted:  # a broken decision rule needs attention
        message = f"<span style='color: {colours().warning.name()}'>{message}</span>"
    return (f"<p style='margin: 0 0 4px 0'><b>{html.escape(finding.kind)}</b>{line}: "
            f"<i>{html.escape(finding.wording)}</i><br>{message}</p>")
