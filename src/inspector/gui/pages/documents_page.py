"""The documents page: the register of documents (what the YJS sent in advance and handed over during
fieldwork), an entry form, and the evidence citing the entry selected.

Unlike the rest of the window, an entry is saved only when the inspector says so (Ctrl+Return, "Add
document" or "Save changes"), never as a field is left: a register entry is several fields that belong
together. Escape or "Discard changes" puts the form back. With changes not yet saved, the form keeps them
while another entry is chosen (the choice is refused in one line), and while the inspector is on another page.

Each file attached is read once for its SHA-256 when chosen, and again (on a worker thread: a file may be
large) when its size or time on disk changes, or on "Check files again"; the page says for each entry
whether the file is unchanged, changed since it was registered (in the palette's warning colour) or not found.
"Accept the changed file" records the file's new digest, with a reason in the audit log. In the register,
Insert starts a new entry and Delete deletes the one selected (refused while evidence cites it); in the
list of evidence citing it, Enter or a double click opens the prompt.
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSettings, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from inspector.app.document_edits import DocumentEdit
from inspector.app.document_files import FileChecks, attached_digest, check_files
from inspector.app.documents_view import (
    KIND_NAMES,
    DocumentDraft,
    DocumentRow,
    DocumentsView,
    deletion,
    documents_view,
    draft_of,
    new_draft,
    saving,
)
from inspector.app.session import Session
from inspector.errors import UserError
from inspector.gui.background import run_in_background
from inspector.gui.colours import Ink, set_ink
from inspector.gui.dialogs import ChoosePath
from inspector.gui.documents_model import FILE, SUPPLIED_BY, TITLE, CitationsModel, DocumentsModel
from inspector.gui.navigator_model import ITEM_ID_ROLE
from inspector.gui.pages.dates import FieldworkDate, date_of, qdate, show_date
from inspector.gui.pages.heading import PageHeading
from inspector.gui.pages.page import InspectionPage
from inspector.gui.pages.parts import ProblemLine, bold_label, framed_box, muted_label, row_table
from inspector.gui.pages.text_boxes import LineBox
from inspector.gui.undo import Apply

FOLDER_KEY = "inspection/documentFolder"  # where the last file attached was chosen from
_KINDS = list(KIND_NAMES)
SAVE_KEYS = (QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter"))  # the main keyboard's and the keypad's
NAME_EMS = 9  # the widest a supplier's or a file's name is shown in the register
UNSAVED = "the form has changes not yet saved: Ctrl+Return saves them, Escape discards them"


class DocumentsPage(InspectionPage):

    def __init__(self, perform: Apply, settings: QSettings, choose_file: ChoosePath,
                 parent: QWidget | None = None) -> None:
        super().__init__(perform, parent)
        self._settings = settings
        self._choose_file = choose_file
        self._view: DocumentsView | None = None
        self._checks = FileChecks()
        self._selected: str | None = None  # the entry in the form; None: a new one
        self._baseline: DocumentDraft | None = None  # the form as last shown: typing differs from it
        self._file: tuple[str, str] = ("", "")  # the form's file path and its digest when chosen
        self._loading = False

        self.heading = PageHeading()
        self.problem = ProblemLine()
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._build_register())
        lower = QWidget()
        columns = QHBoxLayout(lower)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(8)
        columns.addWidget(self._build_form(), 3)
        columns.addWidget(self._build_citations(), 2)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        layout = self.page_column(self.heading)
        layout.addWidget(self.problem)
        layout.addWidget(self.splitter, 1)
        order = (self.table, self.new_button, self.delete_button, self.check_button, self.accept_button,
                 self.title, self.kind, self.received, self.supplied_by, self.choose_button, self.remove_button,
                 self.save_button, self.discard_button, self.citations)
        for first, second in pairwise(order):
            self.setTabOrder(first, second)

    # --- construction -------------------------------------------------------------------------

    def _build_register(self) -> QWidget:
        self.model = DocumentsModel(self)
        self.table = row_table(self.model, "Register of documents: Insert adds one, Delete deletes it", TITLE, 8)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)  # a register can run long
        self.table.setMinimumHeight(self.table.fontMetrics().lineSpacing() * 5)
        for column in (SUPPLIED_BY, FILE):
            # As wide as their names up to a limit (`_fit_columns`), the tooltip having the whole: a long file
            # name must not take the title's room.
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.table.selectionModel().currentRowChanged.connect(self._on_row)
        self.table.activated.connect(lambda _index: self.title.setFocus(Qt.FocusReason.OtherFocusReason))
        for keys, slot, what in ((QKeySequence(Qt.Key.Key_Insert), self.new_document, "New document"),
                                 (QKeySequence(Qt.Key.Key_Delete), self.delete_document, "Delete the document chosen")):
            shortcut = QShortcut(keys, self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.setWhatsThis(what)  # Help > Keyboard shortcuts
            shortcut.activated.connect(slot)

        self.summary = muted_label("Number of documents registered")
        self.new_button = QPushButton("&New document")
        self.new_button.setToolTip("Insert in the register")
        self.new_button.clicked.connect(self.new_document)
        self.delete_button = QPushButton("&Delete")
        self.delete_button.setToolTip("Delete in the register")
        self.delete_button.setAccessibleDescription("Delete the entry selected (Edit > Undo brings it back)")
        self.delete_button.clicked.connect(self.delete_document)
        self.check_button = QPushButton("&Check files again")
        self.check_button.setToolTip("Read every registered file again and compare it with the file registered")
        self.check_button.clicked.connect(self.check_again)
        self.accept_button = QPushButton("Acce&pt the changed file")
        self.accept_button.setToolTip("Register the file as it is now (the audit log records it)")
        self.accept_button.clicked.connect(self.accept_changed)
        self.file_state = QLabel()
        self.file_state.setAccessibleName("Whether the selected entry's file is as registered")
        self.file_state.setWordWrap(True)

        title_row = QHBoxLayout()
        title_row.addWidget(bold_label("&Register", self.table))
        title_row.addWidget(self.summary, 1)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.delete_button, self.check_button, self.accept_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        box = QWidget()
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 4)
        inner.setSpacing(4)
        inner.addLayout(title_row)
        inner.addWidget(self.table, 1)
        inner.addLayout(buttons)
        inner.addWidget(self.file_state)
        return box

    def _build_form(self) -> QWidget:
        self.form = framed_box("document")
        self.form_title = bold_label()
        self.form_title.setAccessibleName("Entry being edited")
        self.title = LineBox()
        self.title.setAccessibleName("Title of the document")
        self.title.setPlaceholderText("As the document names itself: \u201cBoard minutes, March\u201d")
        self.kind = QComboBox()
        self.kind.setAccessibleName("Kind of document")
        for kind in _KINDS:
            self.kind.addItem(KIND_NAMES[kind])
        self.received = FieldworkDate()
        self.received.setAccessibleName("Date received (the lowest date, 01/01/2000, is 'not recorded')")
        self.received.setSpecialValueText("not recorded")
        self.supplied_by = LineBox()
        self.supplied_by.setAccessibleName("Supplied by (a role or team, not a child's name)")
        self.supplied_by.setPlaceholderText("A role or team: \u201cYJS manager\u201d")
        self.file_name = QLabel()
        self.file_name.setAccessibleName("File attached")
        self.file_name.setTextFormat(Qt.TextFormat.PlainText)
        self.choose_button = QPushButton("Choose fi&le\u2026")
        self.choose_button.clicked.connect(self.choose_file)
        self.remove_button = QPushButton("Re&move file")
        self.remove_button.clicked.connect(self.remove_file)
        self.save_button = QPushButton()
        self.save_button.setToolTip("Ctrl+Return")
        self.save_button.clicked.connect(self.save)
        self.discard_button = QPushButton("D&iscard changes")
        self.discard_button.setToolTip("Escape")
        self.discard_button.clicked.connect(self.discard)
        self.form_note = muted_label("How the form is saved")
        self.form_note.setText("Saved with Ctrl+Return, not as you leave a field.")
        shortcuts = [(key, self.save, "Save the document's entry") for key in SAVE_KEYS] + [
            (QKeySequence(Qt.Key.Key_Escape), self.discard, "Discard the changes to the entry")]
        for key, slot, what in shortcuts:
            shortcut = QShortcut(key, self.form)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.setWhatsThis(what)  # Help > Keyboard shortcuts
            shortcut.activated.connect(slot)
        for widget in (self.title, self.supplied_by):
            widget.textEdited.connect(self._show_dirty)
        self.kind.currentIndexChanged.connect(self._show_dirty)
        self.received.dateChanged.connect(self._show_dirty)

        file_row = QHBoxLayout()
        file_row.addWidget(self.file_name, 1)
        file_row.addWidget(self.choose_button)
        file_row.addWidget(self.remove_button)
        fields = QFormLayout()
        fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        fields.setVerticalSpacing(6)
        fields.addRow(self._label("&Title", self.title), self.title)
        fields.addRow(self._label("&Kind", self.kind), self.kind)
        fields.addRow(self._label("Received &on", self.received), self.received)
        fields.addRow(self._label("S&upplied by", self.supplied_by), self.supplied_by)
        fields.addRow(QLabel("File"), file_row)
        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.discard_button)
        actions.addWidget(self.form_note, 1)
        inner = QVBoxLayout(self.form)
        inner.setContentsMargins(10, 8, 10, 8)
        inner.setSpacing(6)
        inner.addWidget(self.form_title)
        inner.addLayout(fields)
        inner.addLayout(actions)
        inner.addStretch(1)
        return self.form

    def _build_citations(self) -> QWidget:
        self.citations_model = CitationsModel(self)
        self.citations = row_table(self.citations_model, "Evidence citing the entry: Enter opens the prompt",
                                   2, 8)
        self.citations.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.citations.activated.connect(self._open_citation)
        self.citations_note = muted_label("Evidence citing the entry")
        box = QWidget()
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(4)
        inner.addWidget(bold_label("Cited &by", self.citations))
        inner.addWidget(self.citations, 1)
        inner.addWidget(self.citations_note)
        return box

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    # --- showing --------------------------------------------------------------------------------

    def show_item(self, session: Session, item_id: str, query: str = "") -> None:
        self.refresh(session)

    def refresh(self, session: Session) -> None:
        self._session = session
        self._check(session)
        view = documents_view(session.inspection, self._checks)
        self._view = view
        editable = not session.read_only
        self.heading.set_item("Evidence submitted in advance and supplied during fieldwork"
                              + ("" if editable else " (read-only)"), "Documents", "")
        self.summary.setText(view.summary)
        self._loading = True
        try:
            self.model.set_rows(view.rows)
            self._fit_columns()
            if view.row(self._selected) is None and self._selected is not None:
                self._selected = None  # deleted (or its addition undone): the form starts a new entry
                self._baseline = None
            self._select(self._selected)
            self._show_form(view.row(self._selected))
        finally:
            self._loading = False
        self._show_selected(view.row(self._selected))
        for widget in (self.new_button, self.delete_button, self.accept_button, self.form):
            widget.setVisible(editable)  # read-only: the register to read, nothing to change it with

    def _fit_columns(self) -> None:
        widest = self.table.fontMetrics().horizontalAdvance("M") * NAME_EMS
        for column in (SUPPLIED_BY, FILE):
            self.table.resizeColumnToContents(column)
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), widest))

    def _check(self, session: Session) -> None:
        """Read the files not yet checked as the register names them, on a worker thread."""
        documents = self._checks.unchecked(session.inspection.documents)
        if documents:
            found = run_in_background(self, "Checking the registered files", lambda: check_files(documents))
            self._checks.record(documents, found)

    def _select(self, document_id: str | None) -> None:
        row = self.model.row_of(document_id) if document_id is not None else -1
        selection = self.table.selectionModel()
        if row < 0:
            selection.clearSelection()
            selection.clearCurrentIndex()
            return
        index = self.model.index(row, TITLE)
        if selection.currentIndex().row() != row:
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                      | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def _show_form(self, row: DocumentRow | None) -> None:
        """The entry in the form, unless the form holds changes not yet saved (they stay)."""
        session = self._session
        assert session is not None
        if self._dirty():
            return
        today = session.clock().astimezone().date()
        fresh = new_draft(session.inspection, today)
        draft = draft_of(row.document) if row else fresh
        self._baseline = draft
        self.title.setText(draft.title)
        self.title.setCursorPosition(0)
        self.kind.setCurrentIndex(_KINDS.index(draft.kind))
        show_date(self.received, draft.received)
        self.received.near = qdate(fresh.received or today)  # where typing into "not recorded" starts
        self.supplied_by.setText(draft.supplied_by)
        self.supplied_by.setCursorPosition(0)
        self._file = (draft.file_path, draft.sha256)
        self._show_dirty()

    def _show_dirty(self) -> None:
        """The form's title, file and buttons as they stand with what is typed."""
        row = self._view.row(self._selected) if self._view else None
        changed = self._dirty()
        if row is None:
            self.form_title.setText("New document")
            self.save_button.setText("&Add document")
        else:
            self.form_title.setText("Changes not yet saved" if changed else "The entry selected")
            self.save_button.setText("&Save changes")
        path = self._file[0]
        self.file_name.setText(Path(path).name if path else "No file attached")
        self.file_name.setToolTip(path)
        self.remove_button.setEnabled(bool(path))
        self.discard_button.setEnabled(changed)

    def _show_selected(self, row: DocumentRow | None) -> None:
        self.delete_button.setEnabled(row is not None)
        attention = row is not None and row.attention
        self.accept_button.setEnabled(row is not None and row.changed)
        self.file_state.setText(row.file_line if row else "")
        set_ink(self.file_state, Ink.WARNING if attention else None)
        self.file_state.setVisible(bool(self.file_state.text()))
        citations = row.citations if row else ()
        self.citations_model.set_rows(citations)
        if row is None:
            self.citations_note.setText("Choose an entry to see the evidence citing it.")
        elif citations:
            self.citations_note.setText("Enter or a double click opens the prompt.")
        else:
            self.citations_note.setText("No evidence cites this document yet.")

    # --- the form -------------------------------------------------------------------------------

    def _draft(self) -> DocumentDraft:
        return DocumentDraft(self.title.text(), _KINDS[self.kind.currentIndex()], date_of(self.received),
                             self.supplied_by.text(), *self._file)

    def _dirty(self) -> bool:
        return self._baseline is not None and self._draft() != self._baseline

    def commit_pending(self) -> None:
        """Nothing: an entry is saved only when the inspector says so; the form keeps what is typed."""

    def save(self) -> None:
        session = self._session
        if session is None or session.read_only:
            return
        existing = self._view.row(self._selected) if self._view else None
        try:
            edit = saving(self._draft(), existing.document if existing else None, session.inspection,
                          session.clock().astimezone().date())
        except UserError as refused:
            self.problem.say(str(refused))
            return
        self.problem.say("")
        after = edit.after
        assert after is not None  # saving never deletes
        if after.file_path:
            self._checks.registered(after)  # its digest was read when it was chosen
        # Refused, the form keeps what was typed (the window has said why); saved, it shows the entry as saved.
        if self._perform(edit):
            self._selected, self._baseline = after.id, None
            self.refresh(session)

    def discard(self) -> None:
        self._baseline = None
        self.problem.say("")
        self.redraw()

    def choose_file(self) -> None:
        folder = str(self._settings.value(FOLDER_KEY) or "")
        chosen = self._choose_file(self, Path(folder) if folder else Path.home())
        if chosen is None:
            return
        self._settings.setValue(FOLDER_KEY, str(chosen.parent))
        try:
            digest = run_in_background(self, "Reading the file", lambda: attached_digest(chosen))
        except UserError as refused:
            self.problem.say(str(refused))
            return
        self.problem.say("")
        self._file = (str(chosen), digest)
        self._show_dirty()

    def remove_file(self) -> None:
        self._file = ("", "")
        self._show_dirty()

    # --- the register ---------------------------------------------------------------------------

    def _on_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._loading:
            return
        row = self.model.row_at(current.row())
        chosen = row.document.id if row else None
        if chosen == self._selected:
            return
        if self._dirty():
            self.problem.say(UNSAVED)
            self._loading = True
            try:
                self._select(self._selected)  # the choice goes back to the entry being edited
            finally:
                self._loading = False
            return
        self.problem.say("")
        self._selected = chosen
        self._baseline = None
        self.redraw()

    def new_document(self) -> None:
        session = self._session
        if session is None or session.read_only:
            return
        if self._dirty():
            self.problem.say(UNSAVED)
            return
        self.problem.say("")
        self._selected = None
        self._baseline = None
        self.refresh(session)
        self.title.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def delete_document(self) -> None:
        session, row = self._session, self._view.row(self._selected) if self._view else None
        if session is None or session.read_only or row is None:
            return
        try:
            edit = deletion(session.inspection, row.document)
        except UserError as refused:
            self.problem.say(str(refused))
            return
        self.problem.say("")
        self._baseline = None  # typing into the entry deleted goes with it
        self._perform(edit)

    def check_again(self) -> None:
        self._checks.forget()
        self.redraw()

    def accept_changed(self) -> None:
        session, row = self._session, self._view.row(self._selected) if self._view else None
        if session is None or session.read_only or row is None or row.check is None or not row.changed:
            return
        if self._dirty():
            self.problem.say(UNSAVED)  # the form holds the file as it was registered: saving it would undo this
            return
        edit = DocumentEdit.accepted(row.document, row.check.digest)
        assert edit.after is not None
        self._checks.registered(edit.after)  # read just now by the check
        self._perform(edit)

    def _open_citation(self, index: QModelIndex) -> None:
        prompt_id = index.data(ITEM_ID_ROLE)
        if prompt_id:
            self.openItem.emit(str(prompt_id))
