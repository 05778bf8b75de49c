"""The key question page: the balance of its prompts (counts, which are above and below, decisive
shortfalls), the suggested answer and why, the inspector's answer and the rationale.

An answer is saved the moment it is chosen. One that departs from the suggestion without a rationale
is flagged (here in red, in the navigator, and to the ratings panel as the engine's 'rationale
required' finding) until a rationale is typed; the rationale is saved as it is typed.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSettings
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFrame,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspector.app.edits import AnswerEdit, Keep
from inspector.app.key_question_view import KeyQuestionView, key_question_view
from inspector.app.session import Session
from inspector.gui.colours import Ink, set_ink
from inspector.gui.pages.choice_page import ChoicePage
from inspector.gui.pages.flow_layout import flow_row
from inspector.gui.pages.framework_text import FrameworkText
from inspector.gui.pages.heading import PageHeading
from inspector.gui.pages.style import box_style
from inspector.gui.prompt_lines_model import FLAGS_COLUMN, PromptLinesModel
from inspector.gui.undo import Apply
from inspector.inspection.model import Answer, KeyQuestionAnswer

NOT_ANSWERED, YES, NO = 0, 1, 2
_ANSWERS = {NOT_ANSWERED: None, YES: Answer.YES, NO: Answer.NO}
_IDS = {answer: ident for ident, answer in _ANSWERS.items()}


class KeyQuestionPage(ChoicePage[Answer | None]):

    def __init__(self, perform: Apply, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(perform, parent)
        self._kq_id = ""
        self._view: KeyQuestionView | None = None

        self.heading = PageHeading()
        layout = self.page_column(self.heading)
        layout.addWidget(self._build_balance())
        layout.addWidget(self._build_answer(), 1)
        self.framework_text = FrameworkText(settings)
        self.framework_text.linkActivated.connect(self.open_link)
        layout.addWidget(self.framework_text, 1)

    def _build_balance(self) -> QWidget:
        box = QFrame()
        box.setObjectName("balance")
        box.setStyleSheet(box_style("balance"))
        self.counts = QLabel()
        self.counts.setAccessibleName("Balance of the prompts")
        font = self.counts.font()
        font.setBold(True)
        self.counts.setFont(font)
        self.decisive = QLabel()
        self.decisive.setAccessibleName("Decisive shortfalls")
        set_ink(self.decisive, Ink.WARNING)
        self.prompts_model = PromptLinesModel(self)
        self.prompts = QTableView()
        self.prompts.setModel(self.prompts_model)
        self.prompts.setAccessibleName("Prompts and their judgements (Enter opens a prompt)")
        self.prompts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.prompts.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.prompts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.prompts.setWordWrap(False)
        self.prompts.setTabKeyNavigation(False)
        self.prompts.verticalHeader().hide()
        header = self.prompts.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.prompts.activated.connect(self._open_prompt)
        self.prompts.doubleClicked.connect(self._open_prompt)
        self.suggestion = QLabel()
        self.suggestion.setAccessibleName("Suggested answer")
        self.suggestion.setFont(font)
        self.reason = QLabel()
        self.reason.setAccessibleName("Why this answer is suggested")
        self.reason.setWordWrap(True)
        set_ink(self.reason, Ink.MUTED)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setAccessibleName("Notes on the balance")
        set_ink(self.notes, Ink.MUTED)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(10, 8, 10, 8)
        inner.setSpacing(4)
        inner.addWidget(self.counts)
        inner.addWidget(self.decisive)
        inner.addWidget(self.prompts)
        inner.addWidget(self.suggestion)
        inner.addWidget(self.reason)
        inner.addWidget(self.notes)
        return box

    def _build_answer(self) -> QWidget:
        self.yes = QRadioButton("&Yes")
        self.no = QRadioButton("N&o")
        self.not_answered = QRadioButton("No&t answered")
        self.answer_group = QButtonGroup(self)
        for button, ident in ((self.yes, YES), (self.no, NO), (self.not_answered, NOT_ANSWERED)):
            self.answer_group.addButton(button, ident)
            button.setAccessibleDescription("Your answer to the key question")
        self.answer_group.idClicked.connect(lambda ident: self.choose(_ANSWERS[ident]))
        self.use_suggestion = QPushButton("&Use the suggested answer")
        self.use_suggestion.clicked.connect(self._answer_as_suggested)
        answer_label = QLabel("Your answer:")
        font = answer_label.font()
        font.setBold(True)
        answer_label.setFont(font)
        row = flow_row([answer_label, self.yes, self.no, self.not_answered, self.use_suggestion], spacing=18)
        return self.rationale_part("Why you answer as you do; required when the answer departs from the suggestion",
                                   4, "the suggestion", above=row)

    # --- showing --------------------------------------------------------------------------------

    @property
    def key_question_id(self) -> str:
        return self._kq_id

    def show_item(self, session: Session, key_question_id: str, query: str = "") -> None:
        self.commit_pending()
        self._session, self._kq_id = session, key_question_id
        self._typing.done()
        self.framework_text.show_item(session.content.framework, key_question_id, query)
        self.refresh(session)

    def refresh(self, session: Session) -> None:
        self._session = session
        view = key_question_view(session.content, session.inspection, session.evaluation, self._kq_id)
        self._view = view
        self.heading.set_item(view.standard, view.key_question_id, view.text)
        self.counts.setText(view.counts)
        self.decisive.setText(view.decisive)
        self.decisive.setVisible(bool(view.decisive))
        self.prompts_model.set_rows(view.prompts)
        self.prompts.setColumnHidden(FLAGS_COLUMN, not self.prompts_model.has_flags())
        self._fit_prompts()
        self.suggestion.setText(view.suggestion_text)
        self.reason.setText(view.reason)
        self.notes.setText("\n".join(view.notes))
        self.notes.setVisible(bool(view.notes))
        self.answer_group.button(_IDS[view.answer]).setChecked(True)
        self.show_rationale(view.rationale, view.rationale_required, view.departure)
        editable = not session.read_only
        for widget in (self.yes, self.no, self.not_answered, self.rationale):
            widget.setEnabled(editable)
        self.use_suggestion.setEnabled(editable and view.suggestion is not None and view.answer != view.suggestion)

    def _fit_prompts(self) -> None:
        """As tall as its rows (a key question has at most nine prompts): no scrolling, no empty space."""
        table = self.prompts
        rows = sum(table.rowHeight(row) for row in range(self.prompts_model.rowCount()))
        table.setFixedHeight(table.horizontalHeader().sizeHint().height() + rows + 2 * table.frameWidth())

    # --- editing --------------------------------------------------------------------------------

    def choice_edit(self, choice: Answer | Keep | None, rationale: str | None) -> AnswerEdit | None:
        view = self._view
        if view is None:
            return None
        return AnswerEdit.changing(KeyQuestionAnswer(view.key_question_id, view.answer, view.rationale), choice,
                                   rationale)

    def _answer_as_suggested(self) -> None:
        if self._view is not None and self._view.suggestion is not None:
            self.choose(self._view.suggestion)

    def _open_prompt(self, index: QModelIndex) -> None:
        prompt_id = self.prompts_model.prompt_id(index.row())
        if prompt_id:
            self.openItem.emit(prompt_id)
