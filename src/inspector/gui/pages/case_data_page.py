"""The domain two and three page: one block per standard rated from case data (2.1-2.4, 3.1-3.3), with
the rating box ("From case counts" or a rating entered directly), the case counts per key question
and the rating the counts give beside them.

The counts are typed in a small table: key question, sufficient, cases (the percentage is worked out);
the last row adds a key question once all three are typed; clearing a key question's name deletes its
count. As everywhere in the window, each change is saved at once; a count that cannot be right
(more sufficient than inspected, no cases) is refused with a one-line message and nothing is written.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector.app.case_data_view import CaseStandardView, case_data_view, parse_count
from inspector.app.edits import CaseCountEdit, CaseRatingEdit
from inspector.app.session import Session
from inspector.errors import UserError
from inspector.framework.model import Rating
from inspector.gui.colours import Ink, set_ink
from inspector.gui.pages.heading import PageHeading
from inspector.gui.pages.page import InspectionPage
from inspector.gui.pages.parts import ProblemLine, bold_label, muted_label, scroll_area
from inspector.gui.pages.style import box_style
from inspector.gui.pages.text_boxes import LineBoxDelegate
from inspector.gui.undo import Apply
from inspector.inspection.model import CaseCount

FROM_COUNTS = "From case counts"
KEY_QUESTION, SUFFICIENT, CASES, PERCENT = range(4)
ADD_HINT = "Add key question"


class CountTable(QTableWidget):
    """One standard's counts, one key question a row, and a last row to add one."""

    def __init__(self, standard_id: str, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setHorizontalHeaderLabels(["Key question", "Sufficient", "Cases", "%"])
        self.setAccessibleName(f"Case counts for {standard_id}: key question, sufficient, cases; the last row adds one")
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        triggers = QAbstractItemView.EditTrigger
        # Typing over a cell, F2 or a double click edit it; Tab and the arrows only move.
        self.setEditTriggers(triggers.AnyKeyPressed | triggers.EditKeyPressed | triggers.DoubleClicked)
        self.setTabKeyNavigation(True)
        self.setItemDelegate(LineBoxDelegate(self))  # a name pasted in passes the text gate
        self.setWordWrap(False)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(KEY_QUESTION, QHeaderView.ResizeMode.Stretch)
        for column in (SUFFICIENT, CASES):
            header.resizeSection(column, 80)
        # Wide enough for the add row's hint, which it holds.
        header.resizeSection(PERCENT, self.fontMetrics().horizontalAdvance(ADD_HINT) + 24)

    def fit_rows(self) -> None:
        """As tall as its rows: the page scrolls, not each table."""
        height = self.horizontalHeader().height() + sum(self.rowHeight(r) for r in range(self.rowCount()))
        self.setFixedHeight(height + 2 * self.frameWidth())


class StandardBlock(QFrame):
    """One standard: its title, the rating box, the counts and what they give."""

    def __init__(self, standard_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.standard_id = standard_id
        name = f"case{standard_id.replace('.', '_')}"
        self.setObjectName(name)
        self.setStyleSheet(box_style(name))
        self.title = bold_label()
        self.title.setWordWrap(True)
        self.rating = QComboBox()
        self.rating.setAccessibleName(f"Rating for {standard_id}: from case counts, or entered directly")
        self.rating.addItem(FROM_COUNTS, "")
        for rating in Rating:
            self.rating.addItem(rating.value, rating.value)  # Qt keeps a str enum as its plain string
        self.derived = muted_label(f"Rating the case counts give for {standard_id}")
        self.table = CountTable(standard_id)
        self.notes = QLabel()
        self.notes.setAccessibleName(f"Notes on {standard_id}")
        set_ink(self.notes, Ink.WARNING)
        self.notes.setWordWrap(True)
        label = QLabel("&Rating")
        label.setBuddy(self.rating)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.rating)
        top.addWidget(self.derived, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(self.notes)


class CaseDataPage(InspectionPage):

    def __init__(self, perform: Apply, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(perform, parent)
        self._views: dict[str, CaseStandardView] = {}
        self._loading = False
        self.blocks: dict[str, StandardBlock] = {}

        self.heading = PageHeading()
        self.problem = ProblemLine()
        self.list = QWidget()
        self.list_layout = QVBoxLayout(self.list)
        self.list_layout.setContentsMargins(0, 0, 8, 0)
        self.list_layout.setSpacing(8)
        self.list_layout.addStretch(1)
        self.scroll = scroll_area(self.list)
        layout = self.page_column(self.heading)
        layout.addWidget(self.problem)
        layout.addWidget(self.scroll, 1)

    # --- showing --------------------------------------------------------------------------------

    def show_item(self, session: Session, item_id: str, query: str = "") -> None:
        self.problem.say("")
        self.refresh(session)

    def refresh(self, session: Session) -> None:
        self._session = session
        views = case_data_view(session.inspection, session.evaluation)
        self._views = {v.standard_id: v for v in views}
        rated = sum(1 for v in views if v.rating is not None)
        self.heading.set_item(
            f"Standards rated from the case inspections: {rated} of {len(views)} rated", "Domain two and three", "")
        for view in views:
            self._block(view.standard_id)
            self._show_standard(view)

    def _block(self, standard_id: str) -> StandardBlock:
        block = self.blocks.get(standard_id)
        if block is None:
            block = StandardBlock(standard_id)
            block.rating.currentIndexChanged.connect(lambda _index, s=standard_id: self._on_rating(s))
            block.table.itemChanged.connect(lambda item, s=standard_id: self._on_count(s, item.row()))
            self.list_layout.insertWidget(self.list_layout.count() - 1, block)  # before the stretch
            self.blocks[standard_id] = block
        return block

    def _fill(self, block: StandardBlock, view: CaseStandardView, read_only: bool) -> None:
        rating = view.rating.value if view.rating else "not rated"
        how = {"entered": "entered", "case counts": "from the case counts", None: ""}[view.derived_from]
        block.title.setText(f"{view.standard_id}\u2002{view.title} \u2014 {rating}{f' ({how})' if how else ''}")
        block.rating.setCurrentIndex(block.rating.findData(view.entered.value) if view.entered else 0)
        block.rating.setEnabled(not read_only)
        block.derived.setText(view.derived_text)
        block.notes.setText("\n".join(view.notes))
        block.notes.setVisible(bool(view.notes))
        table = block.table
        here = (table.currentRow(), table.currentColumn())
        table.setRowCount(len(view.counts) + 1)
        for row, count in enumerate(view.counts):
            texts = (count.key_question, str(count.sufficient), str(count.cases), count.percent_text)
            for column, text in enumerate(texts):
                table.setItem(row, column, _cell(text, editable=column != PERCENT and not read_only, bold=count.lowest,
                                                 number=column != KEY_QUESTION))
            if count.lowest:
                table.item(row, PERCENT).setToolTip("The lowest key question: the counts give its band")
        add = len(view.counts)
        table.setItem(add, KEY_QUESTION, _cell("", editable=not read_only))
        table.item(add, KEY_QUESTION).setToolTip(ADD_HINT)
        table.item(add, KEY_QUESTION).setData(Qt.ItemDataRole.AccessibleTextRole, ADD_HINT)
        for column in (SUFFICIENT, CASES):
            table.setItem(add, column, _cell("", editable=not read_only, number=True))
        table.setItem(add, PERCENT, _cell(ADD_HINT if not read_only else "", editable=False, muted=True))
        table.fit_rows()
        if here[0] >= 0:
            table.setCurrentCell(min(here[0], table.rowCount() - 1), here[1])

    # --- editing --------------------------------------------------------------------------------

    def commit_pending(self) -> None:
        """Save a count still being typed (before undo, or leaving the page)."""
        for block in self.blocks.values():
            table = block.table
            editor = table.indexWidget(table.currentIndex())
            if editor is not None:
                table.commitData(editor)
                table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def _on_rating(self, standard_id: str) -> None:
        view = self._views.get(standard_id)
        if self._loading or view is None:
            return
        data = self.blocks[standard_id].rating.currentData()
        chosen = Rating(data) if data else None
        if chosen != view.entered:
            self._perform(CaseRatingEdit(view.entered, chosen, standard_id))

    def _on_count(self, standard_id: str, row: int) -> None:
        view = self._views.get(standard_id)
        if self._loading or view is None:
            return
        table = self.blocks[standard_id].table
        label, sufficient, cases = (
            table.item(row, c).text() if table.item(row, c) else "" for c in (KEY_QUESTION, SUFFICIENT, CASES))
        before: CaseCount | None = None
        if row < len(view.counts):
            line = view.counts[row]
            before = CaseCount(standard_id, line.key_question, line.sufficient, line.cases)
            if not label.strip():  # the name cleared: the count goes
                self.problem.say("")
                self._perform(CaseCountEdit(before, None))
                return
        elif not (label.strip() and sufficient.strip() and cases.strip()):
            return  # the add row waits for all three
        try:
            after = parse_count(standard_id, label, sufficient, cases)
            if any(c.key_question == after.key_question for c in view.counts[:row] + view.counts[row + 1:]):
                raise UserError(f"case count for {standard_id} ({after.key_question}): that key question is "
                                "already counted")
        except UserError as refused:
            self.problem.say(str(refused))
            self._show_standard(view)
            return
        self.problem.say("")
        if after != before:
            self._perform(CaseCountEdit(before, after))

    def _show_standard(self, view: CaseStandardView) -> None:
        """One standard's block as the file holds it (so a refused count leaves nothing behind)."""
        session = self._session
        assert session is not None
        self._loading = True
        try:
            self._fill(self.blocks[view.standard_id], view, session.read_only)
        finally:
            self._loading = False

def _cell(
    text: str, *, editable: bool, bold: bool = False, muted: bool = False, number: bool = False,
) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
    item.setFlags(flags | Qt.ItemFlag.ItemIsEditable if editable else flags)
    if bold:
        font = item.font()
        font.setBold(True)
        item.setFont(font)
    if muted:
        item.setForeground(Qt.GlobalColor.gray)
    return item
