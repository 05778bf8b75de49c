"""The inspection details page: what the wizard recorded at creation, changed afterwards (the service,
nation, fieldwork dates, team, resettlement cases and what they mean for 4.1, notes), the diversity
finding with the seed's wording beside it, and the recommendations in order.

As everywhere in the window, each change is saved at once: a name when its field is left (or on
Enter), notes and the recommendation being typed as they are typed; a detail the rules refuse (an
end before the start, a blank YJS name) gives one line under the heading and the field shows the
file's value again. In the recommendations list, Insert adds one, Delete removes the one selected,
Alt+Up and Alt+Down move it.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSettings, Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspector.app.details_edits import DetailsEdit, DiversityEdit, RecommendationEdit
from inspector.app.details_view import (
    NOTES,
    RECIPIENT_NAMES,
    DetailsView,
    details_view,
    recommendation_text,
    with_fieldwork,
    with_typed,
)
from inspector.app.session import Session
from inspector.app.team_edits import AssignmentEdit
from inspector.app.team_view import team_view
from inspector.app.wizard import (
    FIELDWORK_END,
    FIELDWORK_START,
    LEAD_INSPECTOR,
    NATION,
    NATIONS,
    RESETTLEMENT_CASES,
    TEAM,
    YJS,
    DetailsProblem,
)
from inspector.errors import UserError
from inspector.gui.colours import Ink, set_ink
from inspector.gui.pages.dates import FieldworkDate, date_of, qdate, show_date
from inspector.gui.pages.heading import PageHeading
from inspector.gui.pages.page import InspectionPage
from inspector.gui.pages.parts import ProblemLine, bold_label, framed_box, muted_label, scroll_area
from inspector.gui.pages.rationale import RationaleEdit
from inspector.gui.pages.save_as_typed import SaveAsTyped
from inspector.gui.pages.team_part import TeamPart
from inspector.gui.pages.text_boxes import LineBox
from inspector.gui.recommendations_model import NUMBER, TEXT, TO, RecommendationsModel
from inspector.gui.undo import Apply
from inspector.inspection.model import Recipient, Recommendation

SUFFICIENT, INSUFFICIENT, NOT_RECORDED = 0, 1, 2
_SUFFICIENCY = {SUFFICIENT: True, INSUFFICIENT: False, NOT_RECORDED: None}
_RECIPIENTS = list(Recipient)
# The list's own keys; none is one of the window's (File, Edit, Go: Ctrl+N, Ctrl+Z, Ctrl+], ...).
ADD_KEY, DELETE_KEY = QKeySequence(Qt.Key.Key_Insert), QKeySequence(Qt.Key.Key_Delete)
UP_KEY, DOWN_KEY = QKeySequence("Alt+Up"), QKeySequence("Alt+Down")


def _fill(widget: QWidget) -> QWidget:
    """Takes the height left over, down to its minimum: its own preferred height (a text box's 192 pixels)
    would make the page taller than a 1366×768 screen and scroll."""
    widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
    return widget


class DetailsPage(InspectionPage):

    def __init__(self, perform: Apply, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(perform, parent)
        self._view: DetailsView | None = None
        self._loading = False  # showing the file's values is not an edit
        self._selected: str | None = None  # the recommendation in the editor; None: a new one
        self._notes_typing = SaveAsTyped(self._save_notes, self)
        self._note_typing = SaveAsTyped(self._save_diversity_note, self)
        self._text_typing = SaveAsTyped(self._save_text, self)

        self.heading = PageHeading()
        self.problem = ProblemLine()
        # Two columns, to fit a 1366×768 screen without scrolling: what the inspection is and the diversity
        # finding on the left, the recommendations (which want height) on the right.
        left = QVBoxLayout()
        left.setSpacing(8)
        left.addWidget(self._build_details())
        left.addWidget(self._build_diversity(), 1)
        content = QWidget()
        columns = QHBoxLayout(content)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(8)
        columns.addLayout(left, 1)
        right = QVBoxLayout()
        right.setSpacing(8)
        self.team_part = TeamPart(self._assign)
        right.addWidget(self.team_part)
        right.addWidget(self._build_recommendations(), 1)
        columns.addLayout(right, 1)
        self.scrolled = scroll_area(content)
        layout = self.page_column(self.heading)
        layout.addWidget(self.problem)
        layout.addWidget(self.scrolled, 1)
        # From the list to the one selected, then the buttons.
        for first, second in ((self.diversity_note, self.table), (self.table, self.recipient),
                              (self.recipient, self.text), (self.text, self.add_button)):
            self.setTabOrder(first, second)

    # --- construction -------------------------------------------------------------------------

    def _build_details(self) -> QWidget:
        box = framed_box("details")
        self.yjs = self._line(YJS, "Name of the youth justice service")
        self.nation = QComboBox()
        self.nation.addItems(list(NATIONS))
        self.nation.setAccessibleName("Nation")
        self.nation.currentIndexChanged.connect(self._on_nation)
        self.start = self._date(FIELDWORK_START, "Fieldwork start")
        self.end = self._date(FIELDWORK_END, "Fieldwork end")
        self.lead = self._line(LEAD_INSPECTOR, "Lead inspector")
        self.team = self._line(TEAM, "Team, names separated by commas")
        self.team.setPlaceholderText("Names, separated by commas")
        self.resettlement = self._line(RESETTLEMENT_CASES, "Resettlement cases in the 12 months before the inspection")
        self.resettlement.setPlaceholderText("not entered")
        self.resettlement.setMaximumWidth(self.resettlement.fontMetrics().horizontalAdvance("not entered") + 24)
        self.resettlement_meaning = muted_label("What the resettlement cases mean for 4.1")
        self.notes = RationaleEdit("Anything else about this inspection (saved as you type)", 2, self._notes_typing)
        self.notes.setAccessibleName("Notes on the inspection")
        # Three lines at most (it scrolls beyond): the diversity box below needs the height.
        margins = 2 * (self.notes.frameWidth() + round(self.notes.document().documentMargin()))
        self.notes.setMaximumHeight(self.notes.fontMetrics().lineSpacing() * 3 + margins + 4)

        cases = QVBoxLayout()
        cases.setSpacing(2)
        cases.addWidget(self.resettlement, 0, Qt.AlignmentFlag.AlignLeft)  # the meaning below takes the width
        cases.addWidget(self.resettlement_meaning)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setVerticalSpacing(6)
        form.addRow(self._label("&YJS name", self.yjs), self.yjs)
        form.addRow(self._label("&Nation", self.nation), self.nation)
        form.addRow(self._label("Fieldwork &start", self.start), self.start)
        form.addRow(self._label("Fieldwor&k end", self.end), self.end)
        form.addRow(self._label("&Lead inspector", self.lead), self.lead)
        form.addRow(self._label("&Team", self.team), self.team)
        # Seed line 45: 4.1 "only applies where YJSs have had one or more relevant cases in the 12 months
        # before the inspection".
        form.addRow(self._label("Resettle&ment cases", self.resettlement), cases)
        form.addRow(self._label("N&otes", self.notes), self.notes)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(10, 8, 10, 8)
        inner.setSpacing(6)
        inner.addLayout(form)
        return box

    def _build_diversity(self) -> QWidget:
        box = framed_box("diversity")
        self.guidance = muted_label("The standards document's limiting judgement on diversity")
        self.guidance.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        small = QFont(self.guidance.font())
        small.setPointSizeF(small.pointSizeF() * 0.9)  # the document's whole paragraph, beside the choice it is about
        self.guidance.setFont(small)
        self.sufficient = QRadioButton("Suffi&cient")
        self.insufficient = QRadioButton("&Insufficient")
        self.not_recorded = QRadioButton("Not yet &recorded")
        self.diversity_group = QButtonGroup(self)
        for button, ident in ((self.sufficient, SUFFICIENT), (self.insufficient, INSUFFICIENT),
                              (self.not_recorded, NOT_RECORDED)):
            self.diversity_group.addButton(button, ident)
            button.setAccessibleDescription("Whether the YJS's practice on diversity is sufficient")
        self.diversity_group.idClicked.connect(self._on_diversity)
        self.diversity_findings = QLabel()
        self.diversity_findings.setAccessibleName("What the ratings panel will ask about diversity")
        set_ink(self.diversity_findings, Ink.WARNING)
        self.diversity_findings.setWordWrap(True)
        self.diversity_note = RationaleEdit("What the finding rests on (saved as you type)", 2, self._note_typing)
        self.diversity_note.setAccessibleName("Note on diversity")
        choices = QHBoxLayout()
        choices.setSpacing(14)
        for button in (self.sufficient, self.insufficient, self.not_recorded):
            choices.addWidget(button)
        choices.addStretch(1)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(10, 8, 10, 8)
        inner.setSpacing(6)
        inner.addWidget(bold_label("Practice on diversity (not rated)"))
        inner.addWidget(self.guidance)
        inner.addLayout(choices)
        inner.addWidget(self.diversity_findings)
        note = QHBoxLayout()
        note_label = self._label("Note on di&versity", self.diversity_note)
        note_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        note.addWidget(note_label)
        note.addWidget(_fill(self.diversity_note), 1)
        inner.addLayout(note, 1)
        return box

    def _build_recommendations(self) -> QWidget:
        box = framed_box("recommendations")
        self.model = RecommendationsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(
            "Recommendations in order: Insert adds one, Delete removes it, Alt+Up and Alt+Down move it")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(self.table.fontMetrics().lineSpacing() * 6)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NUMBER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TO, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._on_row)
        for keys, slot, what in ((ADD_KEY, self.add_recommendation, "Add a recommendation"),
                                 (DELETE_KEY, self.delete_recommendation, "Delete the recommendation chosen"),
                                 (UP_KEY, lambda: self.move_recommendation(-1), "Move the recommendation up"),
                                 (DOWN_KEY, lambda: self.move_recommendation(1), "Move the recommendation down")):
            shortcut = QShortcut(keys, self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.setWhatsThis(what)  # Help > Keyboard shortcuts
            shortcut.activated.connect(slot)

        self.add_button = QPushButton("&Add recommendation")
        self.add_button.setToolTip("Insert in the list")
        self.add_button.clicked.connect(self.add_recommendation)
        self.up_button = QPushButton("Move &up")
        self.up_button.setToolTip("Alt+Up in the list")
        self.up_button.clicked.connect(lambda: self.move_recommendation(-1))
        self.down_button = QPushButton("Move do&wn")
        self.down_button.setToolTip("Alt+Down in the list")
        self.down_button.clicked.connect(lambda: self.move_recommendation(1))
        self.delete_button = QPushButton("Delete")
        self.delete_button.setToolTip("Delete in the list")
        self.delete_button.setAccessibleDescription("Delete the recommendation selected (Edit > Undo brings it back)")
        self.delete_button.clicked.connect(self.delete_recommendation)

        self.editor_title = bold_label()
        self.editor_title.setAccessibleName("Recommendation being edited")
        self.recipient = QComboBox()
        self.recipient.setAccessibleName("Recipient of the recommendation")
        for recipient in _RECIPIENTS:
            self.recipient.addItem(RECIPIENT_NAMES[recipient])
        self.recipient.currentIndexChanged.connect(self._on_recipient)
        self.text = RationaleEdit("The recommendation as it will appear in the report (saved as you type)", 3,
                                  self._text_typing)
        self.text.setAccessibleName("Text of the recommendation")
        recipient_row = QHBoxLayout()
        recipient_row.addWidget(self._label("Reci&pient", self.recipient))
        recipient_row.addWidget(self.recipient, 1)
        editor = QVBoxLayout()
        editor.setSpacing(4)
        editor.addWidget(self.editor_title)
        editor.addLayout(recipient_row)
        editor.addWidget(self._label("Te&xt", self.text))
        editor.addWidget(_fill(self.text), 1)

        self.count = muted_label("Number of recommendations")
        title_row = QHBoxLayout()
        title = bold_label("Recommen&dations", self.table)
        title_row.addWidget(title)
        title_row.addWidget(self.count, 1)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.up_button, self.down_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(10, 8, 10, 8)
        inner.setSpacing(6)
        inner.addLayout(title_row)
        inner.addWidget(_fill(self.table), 3)
        inner.addLayout(buttons)
        inner.addLayout(editor, 2)
        return box

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _line(self, field: str, name: str) -> QLineEdit:
        """A one-line detail, saved when the field is left or on Enter (checked then: a pause mid-word would
        find a name half typed)."""
        line = LineBox()
        line.setAccessibleName(name)
        line.editingFinished.connect(lambda: self._on_line(field, line))
        return line

    def _date(self, field: str, name: str) -> FieldworkDate:
        edit = FieldworkDate()
        edit.setAccessibleName(f"{name} (the lowest date, 01/01/2000, is 'not set')")
        # Saved when the field is left or on Enter, as the names are: a date typed a section at a time passes
        # through dates it is not (1 March on the way from 7 March to 1 April); or when picked in the calendar.
        edit.editingFinished.connect(lambda: self._on_date(field, edit))
        edit.calendarWidget().clicked.connect(lambda _day: self._on_date(field, edit))
        return edit

    # --- showing --------------------------------------------------------------------------------

    def show_item(self, session: Session, item_id: str, query: str = "") -> None:
        self.problem.say("")
        self.refresh(session)

    def refresh(self, session: Session) -> None:
        self._session = session
        view = details_view(session.content.framework, session.inspection, session.evaluation)
        self._view = view
        details = view.details
        self._loading = True
        try:
            self.heading.set_item(details.yjs, "Inspection details", "")
            for line, text in ((self.yjs, details.yjs), (self.lead, details.lead_inspector), (self.team, view.team),
                               (self.resettlement, view.resettlement_cases)):
                if not line.isModified() and line.text() != text:
                    line.setText(text)
                    line.setCursorPosition(0)  # a long team shows from its first name
            self.nation.setCurrentIndex(NATIONS.index(details.nation.value))
            for edit, day in ((self.start, details.fieldwork_start), (self.end, details.fieldwork_end)):
                show_date(edit, day)
                edit.near = qdate(details.fieldwork_start or details.fieldwork_end or session.clock().date())
            self.resettlement_meaning.setText(view.resettlement)
            self.notes.show_text(details.notes, False)

            place = f"\n({view.diversity_place})" if view.diversity_place else ""
            self.guidance.setText(f"{view.diversity_guidance}{place}")
            ident = next(i for i, value in _SUFFICIENCY.items() if value is view.diversity.sufficient)
            self.diversity_group.button(ident).setChecked(True)
            self.diversity_findings.setText("\n".join(view.diversity_findings))
            self.diversity_findings.setVisible(bool(view.diversity_findings))
            self.diversity_note.show_text(view.diversity.note, False)

            count = len(view.recommendations)
            self.team_part.show_view(team_view(session.content.framework, session.inspection), not session.read_only)
            self.count.setText(f"{count} in the order the report gives them" if count else "none yet")
            self.model.set_recommendations(view.recommendations)
            if self.model.row_of(self._selected) < 0:
                self._selected = None
            self._select(self._selected)
            self._show_editor()
        finally:
            self._loading = False
        editable = not session.read_only
        for box in (self.yjs, self.lead, self.team, self.resettlement, self.notes, self.diversity_note, self.text):
            box.setReadOnly(not editable)
        for widget in (self.nation, self.start, self.end, self.sufficient, self.insufficient, self.not_recorded,
                       self.recipient, self.add_button):
            widget.setEnabled(editable)
        chosen = self.model.row_of(self._selected)
        self.delete_button.setEnabled(editable and chosen >= 0)
        self.up_button.setEnabled(editable and chosen > 0)
        self.down_button.setEnabled(editable and 0 <= chosen < count - 1)

    def _select(self, recommendation_id: str | None) -> None:
        row = self.model.row_of(recommendation_id)
        selection = self.table.selectionModel()
        if row < 0:
            selection.clearSelection()
            selection.clearCurrentIndex()
            return
        index = self.model.index(row, TEXT)
        if selection.currentIndex().row() != row:
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                      | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def _show_editor(self) -> None:
        """The selected recommendation in the editor, or an empty one to add (text typed not yet saved stays)."""
        row = self.model.row_of(self._selected)
        chosen = self.model.recommendation(row)
        if chosen is None:
            self.editor_title.setText("New recommendation: added as you type")
        else:
            self.editor_title.setText(f"Recommendation {row + 1}: changes are saved as you type")
            self.recipient.setCurrentIndex(_RECIPIENTS.index(chosen.to))
        self.text.show_text(chosen.text if chosen else "", False)

    # --- the details ----------------------------------------------------------------------------

    def commit_pending(self) -> None:
        """Save what has been typed and not yet saved (before the window undoes or moves away)."""
        for field, line in ((YJS, self.yjs), (LEAD_INSPECTOR, self.lead), (TEAM, self.team),
                            (RESETTLEMENT_CASES, self.resettlement)):
            self._on_line(field, line)
        for field, edit in ((FIELDWORK_START, self.start), (FIELDWORK_END, self.end)):
            self._on_date(field, edit)
        self._save_notes()
        self._save_diversity_note()
        self._save_text(final=True)

    def _details_edit(self, field: str, change: str) -> DetailsEdit | None:
        """The edit `change` makes to one detail, or None after saying why it is refused."""
        session = self._session
        assert session is not None
        before = session.inspection.details
        try:
            after = with_typed(before, field, change)
        except DetailsProblem as refused:
            self.problem.say(str(refused))
            return None
        self.problem.say("")
        return DetailsEdit(before, after)

    def _on_line(self, field: str, line: QLineEdit) -> None:
        if self._loading or self._view is None or not line.isModified():
            return
        line.setModified(False)  # so the redraw shows the file's value
        edit = self._details_edit(field, line.text())
        if edit is not None and edit.changes_anything:
            self._perform(edit)
        else:
            # Refused, or no change ("3 " is the file's 3): the field shows what the file holds.
            self.redraw()

    def _on_nation(self) -> None:
        if not self._loading and self._view is not None:
            edit = self._details_edit(NATION, self.nation.currentText())
            if edit is not None:
                self._perform(edit)

    def _on_date(self, field: str, edit: FieldworkDate) -> None:
        session = self._session
        if self._loading or session is None:
            return
        before = session.inspection.details
        day = date_of(edit)
        try:
            after = with_fieldwork(before, field, day)
        except DetailsProblem as refused:
            self.problem.say(str(refused))
            self.refresh(session)  # the date shows the file's value again
            return
        if after != before:
            self.problem.say("")
            self._perform(DetailsEdit(before, after))

    def _save_notes(self) -> None:
        if self._notes_typing.dirty and self._session is not None:
            self._notes_typing.done()
            edit = self._details_edit(NOTES, self.notes.toPlainText())
            if edit is not None:
                self._perform(edit)

    def _assign(self, scope_id: str, member: str | None) -> None:
        session = self._session
        if session is not None and not session.read_only:
            self._perform(AssignmentEdit.of(session.inspection, scope_id, member))

    # --- diversity ------------------------------------------------------------------------------

    def _on_diversity(self, ident: int) -> None:
        session = self._session
        if self._loading or session is None:
            return
        self._save_diversity_note()
        before = session.inspection.diversity
        self._perform(DiversityEdit(before, replace(before, sufficient=_SUFFICIENCY[ident])))

    def _save_diversity_note(self) -> None:
        session = self._session
        if self._note_typing.dirty and session is not None:
            self._note_typing.done()
            before = session.inspection.diversity
            self._perform(DiversityEdit(before, replace(before, note=self.diversity_note.toPlainText())))

    # --- recommendations ------------------------------------------------------------------------

    def _recommendations(self) -> tuple[Recommendation, ...]:
        session = self._session
        assert session is not None
        return session.inspection.recommendations

    def _chosen(self) -> Recommendation | None:
        return self.model.recommendation(self.model.row_of(self._selected))

    def _on_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._loading:
            return
        chosen = self.model.recommendation(current.row())
        if chosen is None or chosen.id == self._selected:
            return
        self._save_text(final=True)  # what was typed for the recommendation being left
        self._selected = chosen.id
        self._text_typing.done()
        self.redraw()

    def add_recommendation(self) -> None:
        """An empty editor for a new recommendation, which is added once its text is typed."""
        session = self._session
        if session is None or session.read_only:
            return
        self._save_text(final=True)
        self._selected = None
        self.refresh(session)
        self.text.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def delete_recommendation(self) -> None:
        chosen = self._chosen()
        if chosen is None or self._session is None or self._session.read_only:
            return
        self._text_typing.done()  # typing into the one deleted goes with it
        row = self.model.row_of(chosen.id)
        remaining = [r for r in self._recommendations() if r.id != chosen.id]
        # The next one down (or the last) is selected, so Delete pressed again deletes on down the list.
        self._selected = remaining[min(row, len(remaining) - 1)].id if remaining else None
        if not self._perform(RecommendationEdit.deleted(self._recommendations(), chosen.id)):
            self._selected = chosen.id

    def move_recommendation(self, step: int) -> None:
        chosen = self._chosen()
        if chosen is None or self._session is None or self._session.read_only:
            return
        self._save_text(final=True)
        edit = RecommendationEdit.moved_by(self._recommendations(), chosen.id, step)
        if edit is not None:
            self._perform(edit)

    def _on_recipient(self) -> None:
        chosen = self._chosen()
        if self._loading or chosen is None:
            return  # a new recommendation takes the recipient when it is added
        to = _RECIPIENTS[self.recipient.currentIndex()]  # read first: saving the text redraws the box
        if to is not chosen.to:
            self._save_text(final=True)
            chosen = self._chosen() or chosen  # with the text just saved
            self._perform(RecommendationEdit.changed(self._recommendations(), replace(chosen, to=to)))

    def _save_text(self, final: bool = False) -> None:
        """Save the recommendation's text as typed: a new one is added with it. A blank text is left alone
        while it is being typed, and refused once the field is left."""
        session = self._session
        if not self._text_typing.dirty or session is None:
            return
        typed = self.text.toPlainText()
        chosen = self._chosen()
        if chosen is None:
            self._text_typing.done()
            if typed.strip():
                new = Recommendation(typed, _RECIPIENTS[self.recipient.currentIndex()])
                self._selected = new.id
                if not self._perform(RecommendationEdit.added(self._recommendations(), new)):
                    self._selected = None
            return
        try:
            text = recommendation_text(self.model.row_of(chosen.id) + 1, typed)
        except UserError as refused:
            if not final and self.text.hasFocus():
                return  # cleared to be typed again: wait
            self._text_typing.done()
            self.problem.say(str(refused))
            self.refresh(session)  # the text shows the file's again
            return
        self._text_typing.done()
        self.problem.say("")
        if text != chosen.text:
            self._perform(RecommendationEdit.changed(self._recommendations(), replace(chosen, text=text)))
