"""The interviews page: the case-manager interviews recorded (New with Ctrl+Shift+N or Insert, Delete), the entry form
for the one selected, the results per prompt and question, and the percentages tallied on paper.

Entry is made for the keyboard: Ctrl+Shift+N (while the page shows; Ctrl+N is File > New inspection), or Insert
in the list, adds an interview with the next reference, today's date (or the
nearest day of the fieldwork week) and the user, and puts the cursor in the reference; Tab moves on to the
questions, where Y, N and X answer 'yes', 'no' and 'not asked' and move to the next question (Delete takes an
answer away). As everywhere in the window, each change is saved at once; typed fields when they are left.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QDate, QSettings, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector.app.edits import InterviewEdit, TallyEdit
from inspector.app.interviews_view import InterviewsView, answered, form_of, interviews_view, new_interview, parse_tally
from inspector.app.session import Session
from inspector.errors import UserError
from inspector.forms.model import InterviewForm
from inspector.gui.colours import Ink, set_ink
from inspector.gui.interview_results_model import BAND, BASIS, BELOW, LABEL, InterviewResultsModel
from inspector.gui.pages.heading import PageHeading
from inspector.gui.pages.page import InspectionPage
from inspector.gui.pages.parts import ProblemLine, bold_label, framed_box, muted_label
from inspector.gui.pages.text_boxes import LineBox
from inspector.gui.shortcuts import NATIVE, page_shortcut
from inspector.gui.undo import Apply
from inspector.inspection.model import Interview, InterviewAnswer

ANSWER_KEYS = {
    Qt.Key.Key_Y: InterviewAnswer.YES, Qt.Key.Key_N: InterviewAnswer.NO, Qt.Key.Key_X: InterviewAnswer.NOT_ASKED,
}
ANSWER_WORDS = {InterviewAnswer.YES: "Yes", InterviewAnswer.NO: "No", InterviewAnswer.NOT_ASKED: "Not asked"}
# Anywhere on the page, as Insert in the list: not Ctrl+N, which is File > New inspection in every window.
NEW_INTERVIEW = QKeySequence("Ctrl+Shift+N")
QUESTION, ANSWER, COMMENT = range(3)
LIST_SHARE = 0.4  # at most this much of the page for the list of interviews, however long its lines


class AnswerGrid(QTableWidget):
    """The questions of the form, one a row: Y, N or X answers the current row and moves down."""

    answer = Signal(int, object)  # row, InterviewAnswer or None (taken away)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setHorizontalHeaderLabels(["Question", "Answer", "Comment"])
        self.setAccessibleName("Questions: Y yes, N no, X not asked, Delete takes the answer away")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setWordWrap(True)  # a question shows whole, on two lines where the grid is narrow
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QUESTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ANSWER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COMMENT, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COMMENT, 160)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row = self.currentRow()
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)
        key = Qt.Key(event.key())
        if row >= 0 and plain and key in ANSWER_KEYS:
            self.answer.emit(row, ANSWER_KEYS[key])
            self.setCurrentCell(min(row + 1, self.rowCount() - 1), QUESTION)
            return
        if row >= 0 and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.answer.emit(row, None)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: object) -> None:  # type: ignore[override]
        super().focusInEvent(event)  # type: ignore[arg-type]
        if self.currentRow() < 0 and self.rowCount():
            self.setCurrentCell(0, QUESTION)  # Tab into the grid lands on the first question


class InterviewsPage(InspectionPage):

    def __init__(self, perform: Apply, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(perform, parent)
        self._view: InterviewsView | None = None
        self._selected: str | None = None  # the interview id in the entry form
        self._form: InterviewForm | None = None  # the question set on the grid
        self._loading = False

        self.heading = PageHeading()
        layout = self.page_column(self.heading)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._build_entry())
        self.splitter.addWidget(self._build_results())
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout.addWidget(self.splitter, 1)

    # --- construction -------------------------------------------------------------------------

    def _build_entry(self) -> QWidget:
        self.interview_list = QListWidget()
        self.interview_list.setAccessibleName(
            "Interviews recorded (Insert or Ctrl+Shift+N adds one, Delete removes it)")
        self.interview_list.currentItemChanged.connect(self._on_list_current)
        # From anywhere in the window (the navigator too) while this page shows, as a label's mnemonic.
        page_shortcut(NEW_INTERVIEW, self, self.add_interview, "New interview", Qt.ShortcutContext.WindowShortcut)
        page_shortcut(Qt.Key.Key_Insert, self.interview_list, self.add_interview, "New interview")
        page_shortcut(Qt.Key.Key_Delete, self.interview_list, self.delete_interview, "Delete the interview chosen")
        self.new_button = QPushButton("&New interview")
        self.new_button.setToolTip(f"{NEW_INTERVIEW.toString(NATIVE)}, or Insert in the list")
        self.new_button.clicked.connect(self.add_interview)
        self.delete_button = QPushButton("&Delete")
        self.delete_button.clicked.connect(self.delete_interview)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        self.count = QLabel()
        self.count.setAccessibleName("Number of interviews recorded")
        set_ink(self.count, Ink.MUTED)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.count)
        side_layout.addWidget(self.interview_list, 1)
        side_layout.addLayout(buttons)

        self.reference = LineBox()
        self.reference.setAccessibleName("Reference (anonymous: never the case manager's name)")
        self.reference.setPlaceholderText("CM-01")
        self.reference.editingFinished.connect(self.commit_pending)
        self.date = QDateEdit()
        self.date.setAccessibleName("Date of the interview")
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.date.setCalendarPopup(True)
        self.date.dateChanged.connect(self._on_date)
        self.inspector = LineBox()
        self.inspector.setAccessibleName("Inspector who held the interview")
        self.inspector.editingFinished.connect(self.commit_pending)
        fields = QFormLayout()
        fields.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.setSpacing(12)
        # Wide enough for "CM-24" and a name whatever the scaling: the boxes give way last.
        self.reference.setMinimumWidth(self.reference.fontMetrics().horizontalAdvance("CM-000") + 16)
        self.inspector.setMinimumWidth(self.inspector.fontMetrics().horizontalAdvance("Gareth Llewellyn") + 16)
        for text, widget in (("&Reference", self.reference), ("D&ate", self.date), ("&Inspector", self.inspector)):
            label = QLabel(text)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget, 1 if widget is not self.date else 0)
        fields.addRow(row)
        self.grid = AnswerGrid()
        self.grid.answer.connect(self._on_answer)
        self.grid.currentCellChanged.connect(lambda *_: self._show_comment())
        self.comment = LineBox()
        self.comment.setAccessibleName("Comment on the current question")
        self.comment.setPlaceholderText("What the case manager said, if worth noting (saved when you leave the field)")
        self.comment.editingFinished.connect(self.commit_pending)
        self.question_text = QLabel()
        self.question_text.setAccessibleName("The current question in full")
        self.question_text.setWordWrap(True)
        comment_label = QLabel("Co&mment")
        comment_label.setBuddy(self.comment)
        comment_row = QHBoxLayout()
        comment_row.addWidget(comment_label)
        comment_row.addWidget(self.comment, 1)
        self.form_note = muted_label("Question set")
        entry = QWidget()
        entry_layout = QVBoxLayout(entry)
        entry_layout.setContentsMargins(0, 0, 0, 0)
        entry_layout.setSpacing(4)
        entry_layout.addLayout(fields)
        entry_layout.addWidget(self.form_note)
        entry_layout.addWidget(self.grid, 1)
        entry_layout.addWidget(self.question_text)
        entry_layout.addLayout(comment_row)

        area = QSplitter(Qt.Orientation.Horizontal)
        self.entry_splitter = area
        self._list_width = 0  # what the longest line of the list needs
        area.setChildrenCollapsible(False)
        area.addWidget(side)
        area.addWidget(entry)
        area.setStretchFactor(1, 1)
        area.setSizes([300, 600])
        self.setTabOrder(self.interview_list, self.new_button)
        self.setTabOrder(self.new_button, self.delete_button)
        self.setTabOrder(self.delete_button, self.reference)
        self.setTabOrder(self.reference, self.date)
        self.setTabOrder(self.date, self.inspector)
        self.setTabOrder(self.inspector, self.grid)
        self.setTabOrder(self.grid, self.comment)
        return area

    def _build_results(self) -> QWidget:
        box = framed_box("results")
        title = bold_label("Results by prompt and question")
        self.results_model = InterviewResultsModel(self)
        self.results = QTableView()
        self.results.setModel(self.results_model)
        self.results.setAccessibleName("Interview results: yes, n, percentage, band and threshold")
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setWordWrap(True)  # a prompt or question shows whole, wrapped
        self.results.setTabKeyNavigation(False)
        self.results.verticalHeader().hide()
        self.results.verticalHeader().setMinimumSectionSize(self.results.fontMetrics().height() + 8)
        self.results.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LABEL, QHeaderView.ResizeMode.Stretch)
        # The worded columns wrap in a width of their own, so on a narrow or scaled screen (125 %, 150 %) the
        # prompt and question keep the room rather than being squeezed to a few letters by them.
        em = self.results.fontMetrics().horizontalAdvance("M")
        for column, ems in ((BAND, 9), (BELOW, 10), (BASIS, 9)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, ems * em)

        self.tally_prompt = QComboBox()
        self.tally_prompt.setAccessibleName("Prompt to tally")
        self.tally_prompt.currentIndexChanged.connect(self._show_tally)
        self.tally_percent = QLineEdit()
        self.tally_percent.setAccessibleName("Tallied percentage responding positively")
        self.tally_percent.setPlaceholderText("%")
        self.tally_percent.setMaximumWidth(80)
        self.tally_count = QLineEdit()
        self.tally_count.setAccessibleName("Number of interviews tallied")
        self.tally_count.setPlaceholderText("interviews")
        self.tally_count.setMaximumWidth(90)
        self.tally_set = QPushButton("Set &tally")
        self.tally_set.clicked.connect(self.set_tally)
        self.tally_percent.returnPressed.connect(self.set_tally)
        self.tally_count.returnPressed.connect(self.set_tally)
        self.tally_note = QLabel()
        self.tally_note.setAccessibleName("Whether the tally is used")
        set_ink(self.tally_note, Ink.MUTED)
        tally_label = QLabel("Tallied on &paper:")
        tally_label.setBuddy(self.tally_prompt)
        tally_row = QHBoxLayout()
        tally_row.addWidget(tally_label)
        tally_row.addWidget(self.tally_prompt, 1)
        tally_row.addWidget(self.tally_percent)
        tally_row.addWidget(QLabel("% of"))
        tally_row.addWidget(self.tally_count)
        tally_row.addWidget(self.tally_set)
        self.problem = ProblemLine()

        inner = QVBoxLayout(box)
        inner.setContentsMargins(10, 8, 10, 8)
        inner.setSpacing(4)
        inner.addWidget(title)
        inner.addWidget(self.results, 1)
        inner.addLayout(tally_row)
        inner.addWidget(self.tally_note)
        inner.addWidget(self.problem)
        return box

    # --- showing --------------------------------------------------------------------------------

    def show_item(self, session: Session, item_id: str, query: str = "") -> None:
        self.commit_pending()
        self.refresh(session)

    def refresh(self, session: Session) -> None:
        self._session = session
        view = interviews_view(session.content, session.inspection, session.evaluation)
        self._view = view
        form = view.form
        self.heading.set_item(
            f"{form.title} form, version {form.version}: {len(form.questions)} questions" if form
            else "No case-manager interview form is loaded from forms/", "Interviews", "")
        self.count.setText(f"{len(view.interviews)} interview{'s' if len(view.interviews) != 1 else ''} recorded")
        self._loading = True
        try:
            self._fill_list(view)
            self._fill_entry()
            self._fill_tallies(view)
        finally:
            self._loading = False
        self.results_model.set_rows(view.results)
        editable = not session.read_only
        self.new_button.setEnabled(editable and form is not None)
        self.tally_set.setEnabled(editable)
        for widget in (self.tally_percent, self.tally_count):
            widget.setReadOnly(not editable)

    def _fill_list(self, view: InterviewsView) -> None:
        ids = [line.interview_id for line in view.interviews]
        texts = [line.text for line in view.interviews]
        if self._selected not in ids:
            self._selected = ids[-1] if ids else None
        items = (self.interview_list.item(i) for i in range(self.interview_list.count()))
        listed = [item.data(Qt.ItemDataRole.UserRole) for item in items]
        if listed != ids:
            self.interview_list.clear()
            for interview_id, text in zip(ids, texts, strict=True):
                item = QListWidgetItem(text)
                item.setToolTip(text)
                item.setData(Qt.ItemDataRole.UserRole, interview_id)
                self.interview_list.addItem(item)
        for row, (interview_id, text) in enumerate(zip(ids, texts, strict=True)):
            item = self.interview_list.item(row)
            if item.text() != text:  # a thousand lines at 10x: set only what an edit changed
                item.setText(text)
                item.setToolTip(text)
            if interview_id == self._selected:
                self.interview_list.setCurrentRow(row)
        # As wide as its longest line (the inspector's name last), so that a name is not cut, where the page
        # has the room (at 1366×768); a narrower page (150 %) keeps the form its room and scrolls the list.
        frame = 2 * self.interview_list.frameWidth() + self.interview_list.verticalScrollBar().sizeHint().width()
        self._list_width = max(self.interview_list.sizeHintForColumn(0), 0) + frame + 4
        self._fit_list()

    def _fit_list(self) -> None:
        sizes = self.entry_splitter.sizes()
        total = sum(sizes)
        wanted = min(self._list_width, round(total * LIST_SHARE))
        if len(sizes) == 2 and total > 0 and sizes[0] < wanted:
            self.entry_splitter.setSizes([wanted, total - wanted])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_list()

    def _interview(self) -> Interview | None:
        if self._session is None or self._selected is None:
            return None
        return next((i for i in self._session.inspection.interviews if i.id == self._selected), None)

    def _fill_entry(self) -> None:
        session, interview = self._session, self._interview()
        assert session is not None
        form = form_of(session.content.forms, interview) if interview else None
        editable = interview is not None and not session.read_only
        for widget in (self.reference, self.date, self.inspector, self.grid, self.comment, self.delete_button):
            widget.setEnabled(editable)
        if interview is None:
            self.reference.clear()
            self.inspector.clear()
            self.grid.setRowCount(0)
            self.form_note.setText(f"No interview selected: {NEW_INTERVIEW.toString(NATIVE)} adds one.")
            self._form = None
            return
        if not self.reference.isModified():
            self.reference.setText(interview.reference)
        if not self.inspector.isModified():
            self.inspector.setText(interview.inspector)
        self.date.setDate(QDate(interview.date) if interview.date else self.date.minimumDate())
        if form is None:
            self.form_note.setText(f"The question set {interview.form_id} version {interview.form_version} is not "
                                   "loaded: this interview cannot be answered here.")
            self.grid.setRowCount(0)
            self._form = None
            return
        self.form_note.setText("Keys: Y yes \u00b7 N no \u00b7 X not asked (each moves on) \u00b7 Delete clears")
        if self._form != form:
            self._form = form
            self.grid.setRowCount(len(form.questions))
            for row, question in enumerate(form.questions):
                item = QTableWidgetItem(question.text)
                item.setToolTip(f"{question.text}\nInforms {', '.join(question.informs)}")
                self.grid.setItem(row, QUESTION, item)
        for row, question in enumerate(form.questions):
            response = interview.response(question.id)
            self.grid.setItem(row, ANSWER, QTableWidgetItem(ANSWER_WORDS[response.answer] if response else ""))
            self.grid.setItem(row, COMMENT, QTableWidgetItem(response.comment if response else ""))
        self._show_comment()

    def _fill_tallies(self, view: InterviewsView) -> None:
        ids = [line.prompt_id for line in view.tallies]
        if [self.tally_prompt.itemData(i) for i in range(self.tally_prompt.count())] != ids:
            self.tally_prompt.clear()
            for line in view.tallies:
                self.tally_prompt.addItem(line.label, line.prompt_id)
        self._show_tally()

    def _show_tally(self) -> None:
        if self._view is None or self.tally_prompt.currentIndex() < 0:
            return
        line = self._view.tallies[self.tally_prompt.currentIndex()]
        tally = line.tally
        self.tally_percent.setText(str(tally.percent) if tally else "")
        self.tally_count.setText(str(tally.interviews) if tally and tally.interviews is not None else "")
        if tally is None:
            self.tally_note.setText("No tally: enter the percentage and the number of interviews, or leave both empty.")
        elif line.used:
            self.tally_note.setText("Used: no interview answers are recorded for this prompt.")
        else:
            self.tally_note.setText("Not used: the interview answers recorded for this prompt count instead.")

    def _show_comment(self) -> None:
        row = self.grid.currentRow()
        form = self._form
        if form is not None and 0 <= row < len(form.questions):
            question = form.questions[row]
            # The grid cuts long questions short; the one being answered is read here in full.
            self.question_text.setText(f"{row + 1} of {len(form.questions)}: {question.text} "
                                       f"(informs {', '.join(question.informs)})")
        else:
            self.question_text.clear()
        if self.comment.isModified():
            return
        item = self.grid.item(row, COMMENT) if row >= 0 else None
        self.comment.setText(item.text() if item else "")

    # --- editing --------------------------------------------------------------------------------

    def add_interview(self) -> None:
        session = self._session
        if session is None or session.read_only:
            return
        self.commit_pending()
        try:
            interview = new_interview(session.content, session.inspection, session.clock().astimezone().date(),
                                      session.user)
        except UserError as refused:
            self.problem.say(str(refused))
            return
        self._selected = interview.id
        if self._perform(InterviewEdit(None, interview)):
            self.reference.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.reference.selectAll()  # type over the suggestion, or Tab to keep it

    def delete_interview(self) -> None:
        interview = self._interview()
        if interview is not None:
            self._perform(InterviewEdit(interview, None))

    def _on_list_current(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if self._loading or current is None:
            return
        chosen = current.data(Qt.ItemDataRole.UserRole)
        self.commit_pending()  # what was typed for the interview being left (the page is redrawn)
        self._selected = chosen
        if self._view is not None:
            self._loading = True
            try:
                self._fill_list(self._view)
                self._fill_entry()
            finally:
                self._loading = False

    def _on_answer(self, row: int, answer: InterviewAnswer | None) -> None:
        interview, form = self._interview(), self._form
        if interview is None or form is None:
            return
        self.commit_pending()
        self._save(interview, answered(interview, form, form.questions[row].id, answer))

    def _on_date(self, value: QDate) -> None:
        interview = self._interview()
        if self._loading or interview is None:
            return
        self._save(interview, replace(interview, date=value.toPython()))

    def commit_pending(self) -> None:
        """Save the reference, inspector and comment as typed so far."""
        interview = self._interview()
        if interview is None:
            return
        typed = interview
        if self.reference.isModified() or self.inspector.isModified():
            typed = replace(typed, reference=self.reference.text().strip(), inspector=self.inspector.text().strip())
        row = self.grid.currentRow()
        if self.comment.isModified() and self._form is not None and 0 <= row < len(self._form.questions):
            typed = answered(typed, self._form, self._form.questions[row].id, None, self.comment.text().strip())
        for field in (self.reference, self.inspector, self.comment):
            field.setModified(False)
        self._save(interview, typed)

    def _save(self, before: Interview, after: Interview) -> None:
        if before != after:
            self._perform(InterviewEdit(before, after))

    def set_tally(self) -> None:
        if self._view is None or self.tally_prompt.currentIndex() < 0:
            return
        line = self._view.tallies[self.tally_prompt.currentIndex()]
        try:
            tally = parse_tally(line.prompt_id, self.tally_percent.text(), self.tally_count.text())
        except UserError as refused:
            self.problem.say(str(refused))
            return
        self.problem.say("")
        if tally != line.tally:
            self._perform(TallyEdit(line.tally, tally, line.prompt_id))
