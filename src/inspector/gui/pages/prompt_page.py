"""The prompt page: the prompt, the inspector's judgement (above or below the line, decisive), the
interview result it draws on, the evidence recorded against it with its editor, and the framework's
text for it.

Everything shown comes from the core's PromptView; every change is a core edit handed to `perform`,
which saves it at once. Typing in the evidence editor is saved when the field is left, on Ctrl+Return
or after a short pause, and merges into one undo step.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSettings, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
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
from inspector.app.evidence_form import EvidenceDraft, EvidenceProblem, changed_evidence, new_evidence
from inspector.app.prompt_view import SOURCE_CHOICES, TAG_CHOICES, PromptView, prompt_view, recorded
from inspector.app.session import Session
from inspector.framework.reading import item_id_from_link
from inspector.gui.evidence_model import (
    COLUMNS,
    RECORDED_COLUMN,
    REFERENCE_COLUMN,
    SOURCE_COLUMN,
    TAG_COLUMN,
    TEXT_COLUMN,
    EvidenceModel,
)
from inspector.gui.pages.framework_text import FrameworkText
from inspector.gui.pages.heading import PageHeading
from inspector.gui.pages.page import InspectionPage
from inspector.gui.pages.style import MUTED_STYLE, WARNING_STYLE, box_style
from inspector.gui.pages.text_boxes import LineBox, TextBox
from inspector.gui.pages.typing import SaveAsTyped
from inspector.gui.undo import Apply
from inspector.inspection.model import Evidence, PromptJudgement, Sufficiency

NOT_JUDGED, ABOVE, BELOW = 0, 1, 2
REFERENCE_WIDTH = 170  # wide enough for "Board minutes, Jun 2024"; longer ones wrap
RECORDED_SAMPLE = "30 Sep 2025 10:07"  # the widest second line of "Recorded"; a longer name wraps
_SUFFICIENCY = {NOT_JUDGED: None, ABOVE: Sufficiency.ABOVE, BELOW: Sufficiency.BELOW}
# Seed line 391: "One or more areas that are considered below the line may be of such importance that
# they preclude a judgement of 'yes'."
DECISIVE_HELP = ("A shortfall of such importance that it precludes a judgement of 'yes' to the key "
                 "question. Only a prompt below the line can be decisive.")


class PromptPage(InspectionPage):

    def __init__(self, perform: Apply, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._perform = perform
        self._session: Session | None = None
        self._prompt_id = ""
        self._view: PromptView | None = None
        self._editing: Evidence | None = None  # the item in the editor; None: a new item
        self._loading = False  # the page is filling its own fields: not the user's input
        self._typing = SaveAsTyped(self.commit_pending, self)

        self.heading = PageHeading()
        self.tags = QLabel()
        self.tags.setTextFormat(Qt.TextFormat.RichText)
        self.tags.setAccessibleName("Prompt tags")

        layout = self.page_column(self.heading)
        layout.addWidget(self.tags)
        layout.addWidget(self._build_judgement())
        layout.addWidget(self._build_interview())
        layout.addWidget(self._build_evidence(), 1)
        self.framework_text = FrameworkText(settings)
        self.framework_text.linkActivated.connect(self._on_link)
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
        self.notes.setStyleSheet(WARNING_STYLE)
        self.notes.setAccessibleName("Notes on the judgement")

        row = QHBoxLayout()
        row.setSpacing(18)
        for widget in (self.above, self.below, self.not_judged, self.decisive):
            row.addWidget(widget)
        row.addStretch(1)
        box = QFrame()
        box.setObjectName("judgement")
        box.setStyleSheet(box_style("judgement"))
        inner = QVBoxLayout(box)
        inner.setContentsMargins(10, 6, 10, 6)
        inner.setSpacing(4)
        inner.addLayout(row)
        inner.addWidget(self.balance)
        inner.addWidget(self.notes)
        return box

    def _build_interview(self) -> QWidget:
        self.interview_box = QFrame()
        self.interview_box.setObjectName("interviews")
        self.interview_box.setStyleSheet(box_style("interviews", "#eaf3f7", "#9cc3d5"))
        self.interview_headline = QLabel()
        self.interview_headline.setAccessibleName("Case-manager interview result")
        self.interview_flag = QLabel()
        self.interview_flag.setAccessibleName("Interview threshold")
        self.interview_flag.setStyleSheet(WARNING_STYLE)
        self.interview_detail = QLabel()
        self.interview_detail.setAccessibleName("Interview questions and the framework's wording")
        self.interview_detail.setWordWrap(True)
        self.interview_detail.setStyleSheet(MUTED_STYLE)
        self.interview_detail.setTextFormat(Qt.TextFormat.PlainText)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(self.interview_headline)
        top.addWidget(self.interview_flag)
        top.addStretch(1)
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
        self.evidence_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
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
        for column in range(len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, max(widths.get(column, 0), metrics.horizontalAdvance(COLUMNS[column])) + padding)
        header.setSectionResizeMode(TEXT_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.evidence_table.selectionModel().currentRowChanged.connect(self._on_evidence_row)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.evidence_table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_evidence)

        self.editor_title = QLabel()
        self.editor_title.setStyleSheet(MUTED_STYLE)
        self.evidence_text = TextBox()
        self.evidence_text.setAccessibleName("Evidence text")
        self.evidence_text.setTabChangesFocus(True)
        self.evidence_text.setPlaceholderText("What was seen, read or heard (Ctrl+Return to save)")
        self.evidence_text.textChanged.connect(self._on_typed)
        self._typing.watch(self.evidence_text)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            save = QShortcut(QKeySequence(keys), self.evidence_text)
            save.setContext(Qt.ShortcutContext.WidgetShortcut)
            save.activated.connect(self._save_or_add)
        self.source = QComboBox()
        self.source.setAccessibleName("Source of the evidence")
        self.source.addItems([label for _, label in SOURCE_CHOICES])
        self.source.activated.connect(self._on_choice)
        self.reference = LineBox()
        self.reference.setAccessibleName("Reference")
        self.reference.setPlaceholderText("Document, meeting or case reference")
        self.reference.textEdited.connect(self._on_typed)
        self._typing.watch(self.reference)
        self.reference.returnPressed.connect(self._save_or_add)
        self.tag = QComboBox()
        self.tag.setAccessibleName("Tag")
        self.tag.addItems([label for _, label in TAG_CHOICES])
        self.tag.activated.connect(self._on_choice)
        self.add_button = QPushButton("Add e&vidence")
        self.add_button.setAccessibleDescription("Save the new evidence item")
        self.add_button.clicked.connect(self.add_evidence)
        self.new_button = QPushButton("Ne&w item")
        self.new_button.setAccessibleDescription("Clear the editor to record a new evidence item")
        self.new_button.clicked.connect(self.start_new_evidence)
        self.delete_button = QPushButton("De&lete item")
        self.delete_button.clicked.connect(self.delete_evidence)
        self.editor_problem = QLabel()
        self.editor_problem.setStyleSheet(WARNING_STYLE)
        self.editor_problem.setAccessibleName("Problem with the evidence")

        source_label, reference_label, tag_label, text_label = (
            QLabel("&Source"), QLabel("&Reference"), QLabel("Ta&g"), QLabel("Evidence &text"))
        source_label.setBuddy(self.source)
        reference_label.setBuddy(self.reference)
        tag_label.setBuddy(self.tag)
        text_label.setBuddy(self.evidence_text)
        fields = QHBoxLayout()
        fields.setSpacing(8)
        fields.addWidget(source_label)
        fields.addWidget(self.source)
        fields.addWidget(reference_label)
        fields.addWidget(self.reference, 1)
        fields.addWidget(tag_label)
        fields.addWidget(self.tag)
        buttons = QHBoxLayout()
        buttons.addWidget(self.editor_problem, 1)
        for button in (self.new_button, self.delete_button, self.add_button):
            buttons.addWidget(button)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(text_label, self.evidence_text)
        self.evidence_text.setFixedHeight(self.evidence_text.fontMetrics().lineSpacing() * 3 + 12)

        area = QWidget()
        column = QVBoxLayout(area)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addWidget(self.evidence_label)
        column.addWidget(self.evidence_table, 1)
        column.addWidget(self.editor_title)
        column.addLayout(form)
        column.addLayout(fields)
        column.addLayout(buttons)
        return area

    # --- showing --------------------------------------------------------------------------------

    @property
    def prompt_id(self) -> str:
        return self._prompt_id

    def show_item(self, session: Session, prompt_id: str, query: str = "") -> None:
        self.commit_pending()
        self._session, self._prompt_id = session, prompt_id
        self._editing = None
        self.framework_text.show_item(session.content.framework, prompt_id, query)
        self.refresh(session)
        self._load_editor(None)

    def refresh(self, session: Session) -> None:
        self._session = session
        view = prompt_view(session.content, session.inspection, session.evaluation, self._prompt_id)
        self._view = view
        crumb = f"{view.standard}  \u203a  {view.key_question}"
        self.heading.set_item(crumb, view.heading, view.text)
        tags = []
        if view.diversity:
            tags.append('<span style="color:#ffffff; background-color:#6b3fa0;">&nbsp;Diversity prompt&nbsp;</span>')
        if view.interview is not None:
            tags.append('<span style="color:#ffffff; background-color:#1f6f8b;">&nbsp;Interviews&nbsp;</span>')
        self.tags.setText("&nbsp; ".join(tags))
        self.tags.setVisible(bool(tags))
        self._show_judgement(view)
        self._show_interview(view)
        self._show_evidence(view)
        self._set_editable(not session.read_only)

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

    def _show_evidence(self, view: PromptView) -> None:
        count = len(view.evidence)
        self.evidence_label.setText(f"Evidence ({count})" if count else "Evidence (none recorded yet)")
        self.evidence_model.set_rows(view.evidence)
        if self._editing is not None:
            row = self.evidence_model.row_of(self._editing.id)
            if row < 0:
                self._load_editor(None)  # deleted (or undone) elsewhere
                return
            current = self.evidence_model.evidence(row)
            self._select_row(row)
            if current != self._editing and not self._typing.dirty:
                self._load_editor(current)

    def _set_editable(self, editable: bool) -> None:
        for widget in (self.above, self.below, self.not_judged, self.evidence_text, self.source, self.reference,
                       self.tag, self.add_button, self.new_button, self.delete_button):
            widget.setEnabled(editable)
        if not editable:
            self.decisive.setEnabled(False)
        self.delete_button.setEnabled(editable and self._editing is not None)
        self.add_button.setVisible(self._editing is None)

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

    def start_new_evidence(self) -> None:
        self.commit_pending()
        self._loading = True
        try:
            self.evidence_table.clearSelection()
            self.evidence_table.selectionModel().clearCurrentIndex()
        finally:
            self._loading = False
        self._load_editor(None)
        self.evidence_text.setFocus(Qt.FocusReason.OtherFocusReason)

    def select_evidence(self, evidence_id: str) -> None:
        row = self.evidence_model.row_of(evidence_id)
        if row >= 0:
            self.evidence_table.setCurrentIndex(self.evidence_model.index(row, 0))
            self.evidence_table.scrollTo(self.evidence_model.index(row, 0))

    def add_evidence(self) -> bool:
        """Save the editor's fields as a new item; the editor is then ready for the next one."""
        session = self._session
        if session is None or self._editing is not None or session.read_only:
            return False
        try:
            item = new_evidence(self._prompt_id, self._draft(), session.user, session.clock())
        except EvidenceProblem as problem:
            self._show_problem(str(problem))
            return False
        self._typing.done()
        if not self._perform(EvidenceEdit(None, item)):
            self._typing.typed(save_on_pause=False)  # still to be added
            return False
        self._load_editor(None)  # the source and tag stay as they were: the next item is often alike
        return True

    def delete_evidence(self) -> None:
        if self._editing is None or (self._session and self._session.read_only):
            return
        gone = self._editing
        self._typing.done()
        if self._perform(EvidenceEdit(gone, None)):
            self._load_editor(None)

    def commit_pending(self) -> None:
        """Save what has been typed and not yet saved: changes to the item being edited, or a new item
        (typed text is never dropped: leaving a new item adds it)."""
        if not self._typing.dirty:
            return
        if self._editing is None:
            if self._draft().text.strip():
                self.add_evidence()
            return
        self._save_editing()

    def _save_or_add(self) -> None:
        if self._editing is None:
            self.add_evidence()
        else:
            self._save_editing()

    def _on_typed(self) -> None:
        if not self._loading:
            # A new item waits for Add (or for the editor to be left); changes to an item save on a pause.
            self._typing.typed(save_on_pause=self._editing is not None)

    def _on_choice(self) -> None:
        if self._editing is not None:
            self._save_editing()

    def _save_editing(self) -> None:
        before = self._editing
        if before is None:
            return
        try:
            changed = changed_evidence(before, self._draft())
        except EvidenceProblem as problem:
            self._show_problem(str(problem))
            return
        self._show_problem("")
        self._typing.done()
        if changed == before:
            return
        # Taken as the item in the editor before the window refreshes, so the refresh finds the editor
        # already showing it and leaves the text (and the cursor) alone. A refusal reloads it from the file.
        self._editing = changed
        self._perform(EvidenceEdit(before, changed))

    def _on_evidence_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._loading:
            return
        self.commit_pending()
        item = self.evidence_model.evidence(current.row()) if current.isValid() else None
        if item is not None and (self._editing is None or item.id != self._editing.id):
            self._load_editor(item)

    def _load_editor(self, item: Evidence | None) -> None:
        self._loading = True
        try:
            self._editing = item
            self._typing.done()
            # Set only what differs, so a field being typed in keeps its cursor.
            text = item.text if item else ""
            if self.evidence_text.toPlainText() != text:
                self.evidence_text.setPlainText(text)
            if self.reference.text() != (item.reference if item else ""):
                self.reference.setText(item.reference if item else "")
            if item is not None:
                # By position: item data would turn the str-valued enums into plain strings.
                self.source.setCurrentIndex([kind for kind, _ in SOURCE_CHOICES].index(item.source))
                self.tag.setCurrentIndex([tag for tag, _ in TAG_CHOICES].index(item.tag))
                self.editor_title.setText(f"Selected item, recorded by {recorded(item) or 'unknown'}: "
                                          "changes are saved as you type")
            else:
                self.editor_title.setText(f"New evidence for {self._prompt_id}")
            self._show_problem("")
        finally:
            self._loading = False
        editable = not (self._session and self._session.read_only)
        self.add_button.setVisible(item is None)
        self.delete_button.setEnabled(editable and item is not None)

    def _select_row(self, row: int) -> None:
        self._loading = True
        try:
            self.evidence_table.selectionModel().setCurrentIndex(
                self.evidence_model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        finally:
            self._loading = False

    def _draft(self) -> EvidenceDraft:
        return EvidenceDraft(
            self.evidence_text.toPlainText(), SOURCE_CHOICES[self.source.currentIndex()][0], self.reference.text(),
            TAG_CHOICES[self.tag.currentIndex()][0],
        )

    def _show_problem(self, text: str) -> None:
        self.editor_problem.setText(text)

    def _on_link(self, target: str) -> None:
        item_id = item_id_from_link(target)
        if item_id is not None:
            self.openItem.emit(item_id)
