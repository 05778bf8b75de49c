"""The prompt page: the prompt, the inspector's judgement (above or below the line, decisive), the
interview result it draws on, the evidence recorded against it with its editor, and the framework's
text for it.

Everything shown comes from the core's PromptView; every change is a core edit handed to `perform`,
which saves it at once. The evidence form is one unit (app.evidence_form): Ctrl+Return or its button
saves it as one edit, Escape or Cancel gives it up, and focus moving inside it saves nothing. What is
typed meanwhile is kept in the file as a draft after a short pause and when the page is left, and comes
back into the form when the prompt (or the item) is opened again, after a crash too.
"""

from __future__ import annotations

import html
from itertools import pairwise

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspector.app.edits import EvidenceEdit, JudgementEdit
from inspector.app.evidence_form import (
    DOCUMENT_FIELD,
    DRAFT_RESTORED,
    PAGE_FIELD,
    PROMPTS_FIELD,
    TEXT_FIELD,
    EvidenceChoices,
    EvidenceDraft,
    EvidenceForm,
    EvidenceProblem,
    evidence_choices,
)
from inspector.app.prompt_view import SOURCE_CHOICES, TAG_CHOICES, PromptView, prompt_view, recorded
from inspector.app.session import Session
from inspector.errors import UserError
from inspector.gui.colours import Ink, colours, follow_style, set_ink
from inspector.gui.evidence_model import (
    COLUMNS,
    RECORDED_COLUMN,
    REFERENCE_COLUMN,
    SOURCE_COLUMN,
    TAG_COLUMN,
    TEXT_COLUMN,
    EvidenceModel,
)
from inspector.gui.pages.flow_layout import flow_row
from inspector.gui.pages.framework_text import FrameworkText
from inspector.gui.pages.heading import PageHeading
from inspector.gui.pages.page import InspectionPage
from inspector.gui.pages.prompts_line import PromptsLine
from inspector.gui.pages.style import box_style
from inspector.gui.pages.text_boxes import LineBox, TextBox
from inspector.gui.row_heights import RowsFitText
from inspector.gui.undo import Apply
from inspector.inspection.model import Evidence, PromptJudgement, Sufficiency

NOT_JUDGED, ABOVE, BELOW = 0, 1, 2
REFERENCE_WIDTH = 170  # wide enough for "Board minutes, Jun 2024"; longer ones wrap
RECORDED_SAMPLE = "30 Sep 2025 10:07"  # the widest second line of "Recorded"; a longer name wraps
DOCUMENT_CHARACTERS = 18  # the document box's least width, in characters: a longer title is cut short in it
WIDE_FORM_CHARACTERS = 90  # the evidence form's width, in average characters, for three fields to a line
TEXT_LEAST_CHARACTERS = 30  # the evidence column's room in a narrow table, in average characters
DRAFT_AFTER_MS = 800  # a pause in typing long enough to keep the form as a draft
NO_DOCUMENT = "Not in the register"
ADD_TEXT, SAVE_TEXT = "Add e&vidence", "Sa&ve changes"
_SUFFICIENCY = {NOT_JUDGED: None, ABOVE: Sufficiency.ABOVE, BELOW: Sufficiency.BELOW}
# Seed line 391: "One or more areas that are considered below the line may be of such importance that
# they preclude a judgement of 'yes'."
DECISIVE_HELP = ("A shortfall of such importance that it precludes a judgement of 'yes' to the key "
                 "question. Only a prompt below the line can be decisive.")


class PromptPage(InspectionPage):

    def __init__(self, perform: Apply, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(perform, parent)
        self._prompt_id = ""
        self._view: PromptView | None = None
        self._form: EvidenceForm | None = None  # what the evidence form holds
        self._choices: EvidenceChoices | None = None  # the prompts and register entries it offers
        self._documents: tuple[tuple[str, str], ...] = ()  # the register entries in the document box, after "none"
        self._loading = False  # the page is filling its own fields: not the user's input

        self.heading = PageHeading()
        self.tags = QLabel()
        self.tags.setTextFormat(Qt.TextFormat.RichText)
        self.tags.setAccessibleName("Prompt tags")

        layout = self.page_column(self.heading, scrolls=True)
        layout.addWidget(self.tags)
        layout.addWidget(self._build_judgement())
        layout.addWidget(self._build_interview())
        layout.addWidget(self._build_evidence(), 1)
        self.framework_text = FrameworkText(settings)
        self.framework_text.linkActivated.connect(self.open_link)
        layout.addWidget(self.framework_text, 1)

    # --- construction -------------------------------------------------------------------------

    def _build_judgement(self) -> QWidget:
        self.above = QRadioButton("&Above the line")
        self.below = QRadioButton("&Below the line")
        self.not_judged = QRadioButton("&Not yet judged")
        self.judgement_group = QButtonGroup(self)
        for button, ident in ((self.above, ABOVE), (self.below, BELOW), (self.not_judged, NOT_JUDGED)):
            self.judgement_group.addButton(button, ident)
            button.setAccessibleDescription("The prompt against the line of sufficiency")
        self.judgement_group.idClicked.connect(self._on_sufficiency)
        self.decisive = QCheckBox("&Decisive shortfall")
        self.decisive.setToolTip(DECISIVE_HELP)
        self.decisive.setAccessibleDescription(DECISIVE_HELP)
        self.decisive.clicked.connect(self._on_decisive)
        self.balance = QLabel()
        self.balance.setAccessibleName("The key question's balance")
        self.balance.setWordWrap(True)
        self.balance.setTextFormat(Qt.TextFormat.RichText)
        self.balance.linkActivated.connect(self.openItem.emit)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        set_ink(self.notes, Ink.WARNING)
        self.notes.setAccessibleName("Notes on the judgement")

        # On a narrow page (150 % on a laptop) the choices wrap rather than being cut.
        row = flow_row([self.above, self.below, self.not_judged, self.decisive], spacing=18)
        box = QFrame()
        box.setObjectName("judgement")
        box.setStyleSheet(box_style("judgement"))
        inner = QVBoxLayout(box)
        inner.setContentsMargins(10, 6, 10, 6)
        inner.setSpacing(4)
        inner.addWidget(row)
        inner.addWidget(self.balance)
        inner.addWidget(self.notes)
        return box

    def _build_interview(self) -> QWidget:
        self.interview_box = QFrame()
        self.interview_box.setObjectName("interviews")
        # The interviews tag's blue, faint: a tint over the theme's window, light or dark alike.
        follow_style(self.interview_box, lambda found: box_style(
            "interviews", found.interviews_tint.name(), found.interviews_edge.name()))
        self.interview_headline = QLabel()
        self.interview_headline.setAccessibleName("Case-manager interview result")
        self.interview_flag = QLabel()
        self.interview_flag.setAccessibleName("Interview threshold")
        set_ink(self.interview_flag, Ink.WARNING)
        self.interview_detail = QLabel()
        self.interview_detail.setAccessibleName("Interview questions and the framework's wording")
        self.interview_detail.setWordWrap(True)
        set_ink(self.interview_detail, Ink.MUTED)
        self.interview_detail.setTextFormat(Qt.TextFormat.PlainText)
        top = QHBoxLayout()
        top.setSpacing(16)
        for label in (self.interview_headline, self.interview_flag):
            label.setWordWrap(True)  # a narrow page (150 % on a laptop) wraps them rather than cutting them
        top.addWidget(self.interview_headline, 3)
        top.addWidget(self.interview_flag, 2)
        inner = QVBoxLayout(self.interview_box)
        inner.setContentsMargins(10, 6, 10, 6)
        inner.setSpacing(2)
        inner.addLayout(top)
        inner.addWidget(self.interview_detail)
        return self.interview_box

    def _build_evidence(self) -> QWidget:
        self.evidence_label = QLabel()
        font = self.evidence_label.font()
        font.setBold(True)
        self.evidence_label.setFont(font)
        self.evidence_model = EvidenceModel(self)
        self.evidence_table = QTableView()
        self.evidence_table.setModel(self.evidence_model)
        self.evidence_table.setAccessibleName("Evidence recorded for this prompt")
        self.evidence_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.evidence_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.evidence_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # The evidence is read here, so each item shows whole, wrapped, with its row as tall as it needs.
        self.evidence_table.setWordWrap(True)
        self.evidence_table.verticalHeader().hide()
        self._row_heights = RowsFitText(self.evidence_table)
        self.evidence_table.setTabKeyNavigation(False)
        # Room for a few items even with the framework text open.
        self.evidence_table.setMinimumHeight(self.evidence_table.fontMetrics().lineSpacing() * 8)
        header = self.evidence_table.horizontalHeader()
        # Widths set once from the words the columns can hold, not sized to their contents: sizing to
        # contents lays out every item's text again on each show (over 100 ms at ten times the demo).
        metrics = self.evidence_table.fontMetrics()
        padding = 3 * metrics.averageCharWidth()
        widths = {
            # "Area for improvement" wraps after "for": the evidence text needs the room more.
            TAG_COLUMN: max(metrics.horizontalAdvance(word) for _, label in TAG_CHOICES for word in label.split()),
            SOURCE_COLUMN: max(metrics.horizontalAdvance(label) for _, label in SOURCE_CHOICES),
            REFERENCE_COLUMN: REFERENCE_WIDTH - padding,
            RECORDED_COLUMN: metrics.horizontalAdvance(RECORDED_SAMPLE),
        }
        self._column_widths = {column: max(width, metrics.horizontalAdvance(COLUMNS[column])) + padding
                               for column, width in widths.items()}
        self._least_widths = {column: metrics.horizontalAdvance(COLUMNS[column]) + padding for column in widths}
        self._text_least = metrics.averageCharWidth() * TEXT_LEAST_CHARACTERS
        self._narrow = False  # the columns are narrowed to leave the evidence text its room
        for column, width in self._column_widths.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSectionResizeMode(TEXT_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.evidence_table.viewport().installEventFilter(self)
        # The row chosen (a click, the arrow keys), not the table's current cell: Tab into the table makes its
        # first row current without choosing it, and the form should stay as it is.
        self.evidence_table.selectionModel().selectionChanged.connect(self._on_evidence_chosen)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.evidence_table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.setWhatsThis("Delete the evidence item chosen")  # Help > Keyboard shortcuts
        delete.activated.connect(self.delete_evidence)

        area = QWidget()
        column = QVBoxLayout(area)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addWidget(self.evidence_label)
        column.addWidget(self.evidence_table, 1)
        column.addWidget(self._build_form())
        return area

    def _build_form(self) -> QWidget:
        """The evidence form: one unit, saved only by Ctrl+Return or its button, never by focus moving."""
        self.editor_title = QLabel()
        set_ink(self.editor_title, Ink.MUTED)
        self.editor_title.setWordWrap(True)
        self.evidence_text = TextBox()
        self.evidence_text.setAccessibleName("Evidence text")
        self.evidence_text.setTabChangesFocus(True)
        self.evidence_text.setPlaceholderText("What was seen, read or heard (Ctrl+Return to save)")
        self.evidence_text.setFixedHeight(self.evidence_text.fontMetrics().lineSpacing() * 3 + 12)
        self.reference = LineBox()
        self.reference.setAccessibleName("Reference")
        self.reference.setPlaceholderText("Meeting, case or document reference")
        self.document = QComboBox()
        self.document.setAccessibleName("Document in the register")
        self.document.addItem(NO_DOCUMENT)  # the register's entries follow (_show_documents)
        self.document.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.document.setMinimumContentsLength(DOCUMENT_CHARACTERS)
        self.document.currentTextChanged.connect(self.document.setToolTip)  # the whole title of one cut short
        self.document_page = LineBox()
        self.document_page.setAccessibleName("Page of the document")
        self.document_page.setPlaceholderText("p. 12")
        self.prompts = PromptsLine()
        self.prompts.setAccessibleName("Prompts the evidence supports")
        self.prompts.setAccessibleDescription("Prompt ids separated by commas; type an id or words of a prompt to "
                                              "choose from the framework")
        self.prompts.setPlaceholderText("This prompt and any others, e.g. 1.1.1a, 1.1.2b")
        self.source = QComboBox()
        self.source.setAccessibleName("Source of the evidence")
        self.source.addItems([label for _, label in SOURCE_CHOICES])
        self.tag = QComboBox()
        self.tag.setAccessibleName("Tag")
        self.tag.addItems([label for _, label in TAG_CHOICES])
        for box in (self.evidence_text, self.reference, self.document_page, self.prompts):
            box.textChanged.connect(self._on_form_changed)
        for combo in (self.document, self.source, self.tag):
            combo.currentIndexChanged.connect(self._on_form_changed)

        self.save_button = QPushButton(ADD_TEXT)
        self.save_button.clicked.connect(self.save_form)
        self.cancel_button = QPushButton("&Cancel")
        self.cancel_button.setAccessibleDescription("Give up what is typed in the form (Escape)")
        self.cancel_button.clicked.connect(self.cancel_form)
        self.delete_button = QPushButton("De&lete item")
        self.delete_button.clicked.connect(self.delete_evidence)
        self.editor_problem = QLabel()
        set_ink(self.editor_problem, Ink.WARNING)
        self.editor_problem.setWordWrap(True)
        self.editor_problem.setAccessibleName("Problem with the evidence")
        self.draft_note = QLabel()
        set_ink(self.draft_note, Ink.MUTED)
        self.draft_note.setAccessibleName("Draft")

        form = QWidget()
        self.form = form
        grid = QGridLayout(form)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        grid.addWidget(self.editor_title, 0, 0, 1, 2)
        self._form_grid = grid
        self._field_labels: dict[QWidget, QLabel] = {}
        for words, field in (("Ev&idence text", self.evidence_text), ("&Reference", self.reference),
                             ("Doc&ument", self.document), ("&Page", self.document_page), ("Pr&ompts", self.prompts),
                             ("&Source", self.source), ("&Tag", self.tag)):  # not Ta&g: Alt+G is the Go menu
            label = QLabel(words)
            label.setBuddy(field)
            self._field_labels[field] = label
        grid.addWidget(self._field_labels[self.evidence_text], 1, 0)
        grid.addWidget(self.evidence_text, 1, 1)
        self.document_page.setMaximumWidth(self.document_page.fontMetrics().horizontalAdvance("pp. 100-120") + 16)
        self._form_buttons = QHBoxLayout()
        self._form_buttons.addWidget(self.editor_problem, 1)
        self._form_buttons.addWidget(self.draft_note)
        for button in (self.delete_button, self.cancel_button, self.save_button):
            self._form_buttons.addWidget(button)
        self._form_lines: list[QHBoxLayout] = []
        self._form_narrow: bool | None = None  # how the fields are laid out: not yet
        self._wide_form = self.fontMetrics().averageCharWidth() * WIDE_FORM_CHARACTERS
        self._arrange_form(narrow=False)
        form.installEventFilter(self)
        order = (self.evidence_text, self.reference, self.document, self.document_page, self.prompts, self.source,
                 self.tag, self.save_button, self.cancel_button, self.delete_button)
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

        save, cancel = "Add the evidence item, or save the changes to it", "Cancel the evidence form"
        for keys, slot, what in (("Ctrl+Return", self.save_form, save), ("Ctrl+Enter", self.save_form, save),
                                 ("Escape", self._on_escape, cancel)):
            shortcut = QShortcut(QKeySequence(keys), form)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.setWhatsThis(what)  # Help > Keyboard shortcuts
            shortcut.activated.connect(slot)
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_AFTER_MS)
        self._draft_timer.timeout.connect(self.commit_pending)
        return form

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.evidence_table.viewport() and isinstance(event, QResizeEvent):
            self._fit_columns(event.size().width())
        if watched is self.form and isinstance(event, QResizeEvent):
            self._arrange_form(narrow=event.size().width() < self._wide_form)
        return False

    def _arrange_form(self, *, narrow: bool) -> None:
        """The form's fields after the text, in the order the hand goes (and Tab): where it came from, then
        what it supports. Three to a line on a wide page; on a narrow one (a laptop at 150 %) fewer, so
        none is squeezed out of sight. The first field of a line takes the room the others leave."""
        if narrow == self._form_narrow:
            return
        self._form_narrow = narrow
        grid = self._form_grid
        for line in self._form_lines:
            while line.count():
                line.takeAt(0)  # the widgets stay, to go in the new lines
            grid.removeItem(line)
            line.deleteLater()
        for field, label in self._field_labels.items():
            if field is not self.evidence_text:
                grid.removeWidget(label)  # the first of a line sits in the label column
        grid.removeItem(self._form_buttons)
        rows = (((self.reference, self.document_page), (self.document,), (self.prompts,), (self.source, self.tag))
                if narrow else
                ((self.reference, self.document, self.document_page), (self.prompts, self.source, self.tag)))
        self._form_lines = []
        for row, fields in enumerate(rows, start=2):
            line = QHBoxLayout()
            line.setSpacing(8)
            for position, field in enumerate(fields):
                label = self._field_labels[field]
                if position == 0:
                    grid.addWidget(label, row, 0)
                else:
                    line.addWidget(label)
                line.addWidget(field, 3 if position == 0 else 0)
            grid.addLayout(line, row, 1)
            self._form_lines.append(line)
        grid.addLayout(self._form_buttons, len(rows) + 2, 0, 1, 2)

    def _fit_columns(self, width: int) -> None:
        """In a narrow table (a laptop screen at 150 %) the other columns give up width in proportion, down
        to their headings', so the evidence text keeps room to be read; given room again, they take back
        their own widths (between the two, the inspector's own widths stand)."""
        wanted = sum(self._column_widths.values())
        scale = min(1.0, max(width - self._text_least, 0) / wanted)
        if scale == 1.0 and not self._narrow:
            return
        self._narrow = scale < 1.0
        header = self.evidence_table.horizontalHeader()
        for column, own in self._column_widths.items():
            header.resizeSection(column, max(round(own * scale), self._least_widths[column]))

    # --- showing --------------------------------------------------------------------------------

    @property
    def prompt_id(self) -> str:
        return self._prompt_id

    def show_item(self, session: Session, prompt_id: str, query: str = "") -> None:
        moving = session is not self._session or prompt_id != self._prompt_id
        if moving:
            self.commit_pending()  # the form of the prompt being left is kept as its draft
            self._session, self._prompt_id, self._form = session, prompt_id, None
        self.framework_text.show_item(session.content.framework, prompt_id, query)
        self.refresh(session)
        if self._form is None:
            self._open_form(None)

    def refresh(self, session: Session) -> None:
        self._session = session
        view = prompt_view(session.content, session.inspection, session.evaluation, self._prompt_id)
        self._view = view
        crumb = f"{view.standard}  \u203a  {view.key_question}"
        self.heading.set_item(crumb, view.heading, view.text)
        self._show_tags(view)
        self._show_judgement(view)
        self._show_interview(view)
        self._choices = evidence_choices(session.content.framework, session.inspection)
        self.prompts.set_prompts(self._choices.prompts)
        self._show_documents(self._choices.documents)
        self._show_evidence(view)
        self._set_editable(not session.read_only)

    def _show_tags(self, view: PromptView) -> None:
        found = colours()
        tags = []
        for shown, text, colour in ((view.diversity, "Diversity prompt", found.diversity),
                                    (view.interview is not None, "Interviews", found.interviews)):
            if shown:
                tags.append(f'<span style="color:{found.on_tone.name()}; background-color:{colour.name()};">'
                            f'&nbsp;{text}&nbsp;</span>')
        self.tags.setText("&nbsp; ".join(tags))
        self.tags.setVisible(bool(tags))

    def recolour(self) -> None:
        if self._view is not None:
            self._show_tags(self._view)

    def _show_judgement(self, view: PromptView) -> None:
        judgement = view.judgement
        ident = {None: NOT_JUDGED, Sufficiency.ABOVE: ABOVE, Sufficiency.BELOW: BELOW}[judgement.sufficiency]
        self.judgement_group.button(ident).setChecked(True)
        self.decisive.setChecked(judgement.decisive)
        self.decisive.setEnabled(view.decisive_allowed or judgement.decisive)
        kq = view.prompt_id[:5]
        self.balance.setText(f'{html.escape(view.balance)} &nbsp;<a href="{kq}">Open key question {kq}</a>')
        self.notes.setText("\n".join(view.notes))
        self.notes.setVisible(bool(view.notes))

    def _show_interview(self, view: PromptView) -> None:
        result = view.interview
        self.interview_box.setVisible(result is not None)
        if result is None:
            return
        band = f" \u2014 {result.band}" if result.band else ""
        self.interview_headline.setText(f"Case-manager interviews: {result.headline}{band}")
        self.interview_flag.setText(result.flag)
        self.interview_flag.setVisible(bool(result.flag))
        lines = [*result.by_question, f"Framework: \u201c{' '.join(result.wording.split())}\u201d", *result.notes]
        self.interview_detail.setText("\n".join(lines))

    def _show_documents(self, documents: tuple[tuple[str, str], ...]) -> None:
        if documents == self._documents:
            return
        chosen = self._document_id()
        self._documents = documents
        self._loading = True
        try:
            self.document.clear()
            self.document.addItems([NO_DOCUMENT, *(title for _, title in documents)])
            self._choose_document(chosen)
        finally:
            self._loading = False

    def _show_evidence(self, view: PromptView) -> None:
        count = len(view.evidence)
        self.evidence_label.setText(f"Evidence ({count})" if count else "Evidence (none recorded yet)")
        self.evidence_model.set_rows(view.evidence)
        form = self._form
        if form is None or form.item is None:
            return
        row = self.evidence_model.row_of(form.item.id)
        if row < 0:
            self._open_form(None)  # deleted or undone, or no longer on this prompt
            return
        self._select_row(row)
        current = self.evidence_model.evidence(row)
        if current is not None and current != form.item:
            # Changed by undo or redo: the form follows, unless it has been typed in (it then saves over it).
            typed = self._draft() != form.start
            self._form = EvidenceForm.editing(self._prompt_id, current)
            if not typed:
                self._fill(self._form.start)

    def _set_editable(self, editable: bool) -> None:
        for widget in (self.above, self.below, self.not_judged, self.evidence_text, self.reference, self.document,
                       self.document_page, self.prompts, self.source, self.tag, self.save_button, self.cancel_button):
            widget.setEnabled(editable)
        if not editable:
            self.decisive.setEnabled(False)
        self.delete_button.setEnabled(editable and self._form is not None and self._form.item is not None)

    # --- judgement ------------------------------------------------------------------------------

    def _on_sufficiency(self, ident: int) -> None:
        if self._view is None:
            return
        before = self._view.judgement
        sufficiency = _SUFFICIENCY[ident]
        # Only a prompt below the line can stay decisive (seed line 391).
        after = PromptJudgement(before.prompt_id, sufficiency, before.decisive and sufficiency is Sufficiency.BELOW)
        self._perform(JudgementEdit(before, after))

    def _on_decisive(self, checked: bool) -> None:
        if self._view is None:
            return
        before = self._view.judgement
        self._perform(JudgementEdit(before, PromptJudgement(before.prompt_id, before.sufficiency, checked)))

    # --- evidence -------------------------------------------------------------------------------

    def select_evidence(self, evidence_id: str) -> None:
        row = self.evidence_model.row_of(evidence_id)
        if row >= 0:
            self.evidence_table.setCurrentIndex(self.evidence_model.index(row, 0))
            self.evidence_table.scrollTo(self.evidence_model.index(row, 0))

    def save_form(self) -> bool:
        """Ctrl+Return or the button: the form's one edit, adding the item or saving the changes to it."""
        self.prompts.close_completion()
        session, form, choices = self._session, self._form, self._choices
        if session is None or form is None or choices is None or session.read_only:
            return False
        try:
            edit = form.edit(self._draft(), choices, session.user, session.clock())
        except EvidenceProblem as problem:
            self._show_problem(str(problem))
            self._field(problem.field).setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        if not self._perform(edit):
            return False  # the window has said why; the form keeps what was typed
        self._discard_draft(form)
        # A changed item stays in the form while the page shows it; a new one leaves the form ready for the next.
        kept = edit.after if form.item is not None and self.evidence_model.row_of(form.item.id) >= 0 else None
        self._open_form(kept)
        self.evidence_text.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def cancel_form(self) -> None:
        """Escape or Cancel: what was typed goes, draft and all; the form is ready for a new item."""
        if self._form is not None:
            self._discard_draft(self._form)
        self._open_form(None)
        self.evidence_text.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_escape(self) -> None:
        if not self.prompts.close_completion():  # Escape first closes the list of prompts, as in any box
            self.cancel_form()

    def delete_evidence(self) -> None:
        form = self._form
        if form is None or form.item is None or (self._session and self._session.read_only):
            return
        if self._perform(EvidenceEdit(form.item, None)):
            self._discard_draft(form)
            self._open_form(None)

    def commit_pending(self) -> None:
        """Keep the form as a draft, as it stands (before the window moves away, undoes or closes, and
        after a pause in typing). The form itself reaches the record only when the inspector saves it."""
        self._draft_timer.stop()
        session, form = self._session, self._form
        if session is None or form is None or session.read_only:
            return
        try:
            form.keep(session, self._draft())
        except UserError as refused:
            self._show_problem(f"Draft not kept: {refused}")

    def _discard_draft(self, form: EvidenceForm) -> None:
        self._draft_timer.stop()
        if self._session is not None:
            try:
                self._session.discard_draft(form.key)
            except UserError as refused:
                self._show_problem(f"Draft not discarded: {refused}")

    def _on_form_changed(self) -> None:
        if not self._loading and self._session is not None and not self._session.read_only:
            self._draft_timer.start()  # kept as a draft after a pause in typing

    def _on_evidence_chosen(self) -> None:
        if self._loading:
            return
        rows = self.evidence_table.selectionModel().selectedRows()
        item = self.evidence_model.evidence(rows[0].row()) if rows else None
        if item is not None and (self._form is None or self._form.item is None or item.id != self._form.item.id):
            self.commit_pending()  # the form being left is kept as its draft
            self._open_form(item)

    def _open_form(self, item: Evidence | None) -> None:
        """The form for a new item (None) or for `item`, with the draft kept for it when there is one."""
        self._draft_timer.stop()
        if item is None:
            form = EvidenceForm.new(self._prompt_id, SOURCE_CHOICES[self.source.currentIndex()][0],
                                    TAG_CHOICES[self.tag.currentIndex()][0])
        else:
            form = EvidenceForm.editing(self._prompt_id, item)
        kept = form.kept(self._session) if self._session is not None else None
        self._form = form
        self._fill(kept or form.start)
        self.draft_note.setText(DRAFT_RESTORED if kept else "")
        self._show_problem("")
        if item is None:
            self.editor_title.setText(
                f"New evidence for {self._prompt_id}: Ctrl+Return adds it, Escape clears the form")
            self._loading = True
            try:
                self.evidence_table.clearSelection()
                self.evidence_table.selectionModel().clearCurrentIndex()
            finally:
                self._loading = False
        else:
            elsewhere = f" on {item.prompt_id}" if item.prompt_id != self._prompt_id else ""
            self.editor_title.setText(f"Item recorded{elsewhere} by {recorded(item) or 'unknown'}: "
                                      "Ctrl+Return saves the changes, Escape cancels them")
            row = self.evidence_model.row_of(item.id)
            if row >= 0:
                self._select_row(row)
        self.save_button.setText(ADD_TEXT if item is None else SAVE_TEXT)
        self.save_button.setAccessibleDescription("Add the new evidence item (Ctrl+Return)" if item is None
                                                  else "Save the changes to the item (Ctrl+Return)")
        editable = not (self._session and self._session.read_only)
        self.delete_button.setVisible(item is not None)
        self.delete_button.setEnabled(editable and item is not None)

    def _fill(self, draft: EvidenceDraft) -> None:
        self._loading = True
        try:
            # Set only what differs, so a field being typed in keeps its cursor.
            if self.evidence_text.toPlainText() != draft.text:
                self.evidence_text.setPlainText(draft.text)
            for box, text in ((self.reference, draft.reference), (self.document_page, draft.page),
                              (self.prompts, draft.prompts)):
                if box.text() != text:
                    box.setText(text)
            # By position: item data would turn the str-valued enums into plain strings.
            self.source.setCurrentIndex([kind for kind, _ in SOURCE_CHOICES].index(draft.source))
            self.tag.setCurrentIndex([tag for tag, _ in TAG_CHOICES].index(draft.tag))
            self._choose_document(draft.document_id)
        finally:
            self._loading = False

    def _draft(self) -> EvidenceDraft:
        return EvidenceDraft(
            self.evidence_text.toPlainText(), SOURCE_CHOICES[self.source.currentIndex()][0], self.reference.text(),
            TAG_CHOICES[self.tag.currentIndex()][0], self.prompts.text(), self._document_id(),
            self.document_page.text(),
        )

    def _document_id(self) -> str | None:
        index = self.document.currentIndex()
        return self._documents[index - 1][0] if 1 <= index <= len(self._documents) else None

    def _choose_document(self, document_id: str | None) -> None:
        """The register entry in the combo (one no longer in the register: none)."""
        ids = [d for d, _ in self._documents]
        self.document.setCurrentIndex(ids.index(document_id) + 1 if document_id in ids else 0)

    def _field(self, name: str) -> QWidget:
        """The form's field a problem names."""
        fields: dict[str, QWidget] = {TEXT_FIELD: self.evidence_text, PROMPTS_FIELD: self.prompts,
                                      DOCUMENT_FIELD: self.document, PAGE_FIELD: self.document_page}
        return fields[name]

    def _select_row(self, row: int) -> None:
        self._loading = True
        try:
            self.evidence_table.selectionModel().setCurrentIndex(
                self.evidence_model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        finally:
            self._loading = False

    def _show_problem(self, text: str) -> None:
        self.editor_problem.setText(text)
