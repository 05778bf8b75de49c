"""The inspection window: the navigator (search, progress, filter, tree) on the left, the page for the
chosen item on the right, a quiet "Saved" in the status bar.

Every edit from a page comes through `perform`: the session saves it (or refuses it, and the window
says why and shows the file as it is), the undo stack records it, and the navigator, progress and
page are redrawn from the session's new snapshot and evaluation.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QByteArray, QModelIndex, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QResizeEvent, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from inspector.app.edits import Edit, EvidenceEdit
from inspector.app.evidence_form import drafts_line
from inspector.app.navigator import (
    AFTER_FIELDWORK,
    AUDIT,
    CASE_DATA,
    DETAILS,
    DOCUMENTS,
    INTERVIEWS,
    OVERALL,
    PANEL,
    SECTION_IDS,
    SECTIONS,
    Filter,
    navigator_nodes,
    next_prompt,
    next_unjudged,
    node_statuses,
    progress,
    visible,
)
from inspector.app.panel_edits import PanelCommentEdit, PanelDecisionEdit
from inspector.app.recent import RecentFile
from inspector.app.search import EvidenceHit, InspectionSearch
from inspector.app.session import Session
from inspector.app.shortcuts_view import ShortcutRow
from inspector.errors import UserError
from inspector.framework.items import FRAMEWORK_ID, ItemKind, find_item, item_ids, kind_of, navigator_label
from inspector.gui.app_log import show_log_folder
from inspector.gui.colours import Ink, set_ink
from inspector.gui.delegates import SearchHitDelegate
from inspector.gui.dialogs import APP_TITLE, Dialogs
from inspector.gui.help_dialogs import AboutDialog, ShortcutsDialog, show_about, show_shortcuts
from inspector.gui.navigator_delegate import StatusDelegate
from inspector.gui.navigator_model import NavigatorFilter, NavigatorModel
from inspector.gui.pages.after_fieldwork_page import AfterFieldworkPage
from inspector.gui.pages.audit_page import AuditPage
from inspector.gui.pages.case_data_page import CaseDataPage
from inspector.gui.pages.details_page import DetailsPage
from inspector.gui.pages.documents_page import DocumentsPage
from inspector.gui.pages.interviews_page import InterviewsPage
from inspector.gui.pages.key_question_page import KeyQuestionPage
from inspector.gui.pages.overview_page import OverviewPage
from inspector.gui.pages.page import InspectionPage
from inspector.gui.pages.panel_page import PanelPage
from inspector.gui.pages.parts import ElidedLabel
from inspector.gui.pages.prompt_page import PromptPage
from inspector.gui.pages.standard_page import StandardPage
from inspector.gui.print_actions import PrintActions
from inspector.gui.report_actions import ReportActions
from inspector.gui.results_model import SearchResultsModel
from inspector.gui.shortcuts import window_rows
from inspector.gui.team_actions import TeamActions
from inspector.gui.undo import EditCommand

DEFAULT_SIZE = (1280, 720)  # fits a 1366×768 laptop screen with the taskbar
MINIMUM_SIZE = (760, 480)  # as the framework browser: a half-screen window still works
NAVIGATOR_WIDTH = 420
NAVIGATOR_SHARE = 0.4  # at most this much of a narrow window (150 % on a laptop): the page needs the room
GEOMETRY_KEY = "inspection/geometry"
SPLITTER_KEY = "inspection/splitter"
FILTER_KEY = "inspection/filter"
LAST_ITEM_KEY = "inspection/lastItem/{}"  # per inspection id
PANEL_MODE_KEY = "inspection/panelMode"
FILTER_KEYS = QKeySequence("Ctrl+Shift+L")  # Go > Navigator filter
NATIVE = QKeySequence.SequenceFormat.NativeText


class Files(Protocol):
    """What the File and Help menus ask of the app (gui.controller.Controller)."""

    def new_inspection(self, parent: QWidget) -> object: ...
    def choose_and_open(self, parent: QWidget) -> object: ...
    def open_path(self, path: Path, parent: QWidget | None) -> object: ...
    def recent(self) -> list[RecentFile]: ...
    def close_to_start(self, window: QWidget) -> None: ...
    def change_person(self, window: InspectionWindow) -> None: ...
    def show_framework(self) -> object: ...
    def quit(self) -> None: ...


class InspectionWindow(QMainWindow):
    closed = Signal(QWidget)

    def __init__(self, session: Session, files: Files, settings: QSettings, dialogs: Dialogs,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._files = files
        self._settings = settings
        self._dialogs = dialogs
        framework = session.content.framework
        self._nodes = navigator_nodes(framework)
        self._labels = {i: navigator_label(find_item(framework, i)) for i in item_ids(framework)}
        self._search = InspectionSearch(framework)
        self._current: str | None = None
        self._query = ""
        self._closing = False
        self.undo_stack = QUndoStack(self)

        self.panel_mode = str(settings.value(PANEL_MODE_KEY, "false")).lower() == "true"
        self.setMinimumSize(*MINIMUM_SIZE)
        self._build_side()
        self._build_pages()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.side)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([NAVIGATOR_WIDTH, DEFAULT_SIZE[0] - NAVIGATOR_WIDTH])
        self.splitter = splitter
        self.setCentralWidget(splitter)
        self._build_status_bar()
        self._build_menus()
        self._restore_state()
        self.refresh()
        if self.current_filter() is not Filter.ALL:
            self.tree.expandAll()
        self.show_item(self._first_item())
        if kept := drafts_line(session):
            self.tell(kept)
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- construction -------------------------------------------------------------------------

    def _build_side(self) -> None:
        self.search_field = QLineEdit()
        self.search_field.setPlaceholderText("Search evidence and the framework (Ctrl+F)")
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setAccessibleName("Search evidence and the framework")
        self.search_field.textChanged.connect(self._on_query)
        self.search_field.returnPressed.connect(self._open_first_hit)
        self.results_model = SearchResultsModel(self)
        self.results_view = QListView()
        self.results_view.setModel(self.results_model)
        self.results_view.setItemDelegate(SearchHitDelegate(self.results_view))
        self.results_view.setAccessibleName("Search results")
        self.results_view.setUniformItemSizes(True)
        self.results_view.activated.connect(self._open_hit)
        self.results_view.clicked.connect(self._open_hit)
        self.results_count = QLabel()
        self.results_count.setAccessibleName("Number of search results")
        set_ink(self.results_count, Ink.MUTED)
        for widget in (self.search_field, self.results_view):
            escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), widget)
            escape.setContext(Qt.ShortcutContext.WidgetShortcut)
            escape.setWhatsThis("Clear the search and go back to the navigator")  # Help > Keyboard shortcuts
            escape.activated.connect(self._end_search)
        down = QShortcut(QKeySequence(Qt.Key.Key_Down), self.search_field)
        down.setContext(Qt.ShortcutContext.WidgetShortcut)
        down.setWhatsThis("From the search to its results")
        down.activated.connect(self._focus_results)

        self.progress_label = QLabel()
        self.progress_label.setAccessibleName("Progress")
        font = self.progress_label.font()
        font.setBold(True)
        self.progress_label.setFont(font)
        self.progress_label.setWordWrap(True)  # a narrow navigator wraps it rather than growing to hold it
        self.filter_box = QComboBox()
        self.filter_box.setAccessibleName("Show in the navigator")
        for option in Filter:
            self.filter_box.addItem(option.value)
        self.filter_box.currentIndexChanged.connect(self._on_filter)
        self.filter_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.filter_box.setMinimumContentsLength(12)  # its longest entry does not hold the navigator wide
        self.filter_box.setToolTip(f"What the navigator shows ({FILTER_KEYS.toString(NATIVE)})")
        # No mnemonic: every letter of "Show" is taken on some page, and Alt+H is the Help menu's. Go >
        # Navigator filter (Ctrl+Shift+L) comes here instead.
        show_label = QLabel("Show")
        show_label.setBuddy(self.filter_box)
        filter_row = QHBoxLayout()
        filter_row.addWidget(show_label)
        filter_row.addWidget(self.filter_box, 1)

        session = self.session
        self.nav_model = NavigatorModel(
            self._nodes,
            node_statuses(session.content.framework, session.inspection, session.evaluation, len(session.audit())),
            self,
        )
        self.nav_filter = NavigatorFilter(self)
        self.nav_filter.setSourceModel(self.nav_model)
        self.tree = QTreeView()
        self.tree.setModel(self.nav_filter)
        self.tree.setItemDelegate(StatusDelegate(self.tree))
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAccessibleName("Inspection navigator")
        self.tree.setAccessibleDescription(
            "Standards, key questions and prompts with their state. Arrow keys move; Right and Left open and close."
        )
        self.tree.selectionModel().currentChanged.connect(self._on_tree_current)
        self.tree.expandToDepth(0)

        self.side = QWidget()
        layout = QVBoxLayout(self.side)
        layout.setContentsMargins(8, 8, 4, 8)
        layout.setSpacing(6)
        layout.addWidget(self.search_field)
        layout.addWidget(self.results_count)
        layout.addWidget(self.results_view, 2)
        layout.addWidget(self.progress_label)
        layout.addLayout(filter_row)
        layout.addWidget(self.tree, 3)
        self._show_results(False)

    def _build_pages(self) -> None:
        perform, settings = self.perform, self._settings
        self.prompt_page = PromptPage(perform, settings)
        self.key_question_page = KeyQuestionPage(perform, settings)
        self.standard_page = StandardPage(perform, settings)
        self.interviews_page = InterviewsPage(perform, settings)
        self.case_data_page = CaseDataPage(perform, settings)
        self.audit_page = AuditPage()
        self.overview_page = OverviewPage()
        self.panel_page = PanelPage(perform, settings)
        self.panel_page.set_panel_mode(self.panel_mode)
        # The page of each navigator section (app.navigator.SECTIONS), by its node id.
        self._section_pages: dict[str, InspectionPage] = {
            DETAILS: DetailsPage(perform, settings),
            DOCUMENTS: DocumentsPage(perform, settings, self._dialogs.document_file),
            INTERVIEWS: self.interviews_page,
            CASE_DATA: self.case_data_page,
            AUDIT: self.audit_page,
            OVERALL: self.overview_page,
            PANEL: self.panel_page,
            AFTER_FIELDWORK: AfterFieldworkPage(perform),
        }
        assert set(self._section_pages) == SECTION_IDS, "every navigator section needs its page"
        self.pages = QStackedWidget()
        for page in (self.prompt_page, self.key_question_page, self.standard_page, *self._section_pages.values()):
            page.openItem.connect(self.show_item)
            self.pages.addWidget(page)

    def _build_status_bar(self) -> None:
        self.saved_label = QLabel(self.session.read_only_line if self.session.read_only else "")
        self.saved_label.setAccessibleName("Save status")
        set_ink(self.saved_label, Ink.MUTED)
        self.warning_label = QLabel()
        self.warning_label.setAccessibleName("Warning")
        set_ink(self.warning_label, Ink.WARNING)
        self.warning_label.hide()
        self.user_label = QLabel()
        self.user_label.setAccessibleName("User recorded in the audit log")
        self.user_label.setToolTip("Every change is recorded in the file's audit log under this name "
                                   "(File > Change who is recording\u2026)")
        self._show_user()
        self.file_label = ElidedLabel(str(self.session.path))
        self.file_label.setAccessibleName("Inspection file")
        set_ink(self.file_label, Ink.MUTED)
        bar = self.statusBar()
        bar.addWidget(self.saved_label)
        bar.addWidget(self.warning_label, 1)
        bar.addPermanentWidget(self.file_label)
        bar.addPermanentWidget(self.user_label)

    def _show_user(self) -> None:
        self.user_label.setText(f"User: {self.session.user}")

    def show_person(self) -> None:
        """Another team member records from now on: their name in the status bar, their "Assigned to me"."""
        self._show_user()
        self.refresh()
        self.tell(f"Recording as {self.session.user} from now on")

    def _build_menus(self) -> None:
        menu = self.menuBar()
        files = self._files
        file_menu = menu.addMenu("&File")
        self._add(file_menu, "&New inspection\u2026", QKeySequence.StandardKey.New, lambda: files.new_inspection(self))
        self._add(file_menu, "&Open\u2026", QKeySequence.StandardKey.Open, lambda: files.choose_and_open(self))
        self.recent_menu = file_menu.addMenu("Open &recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        self.reports = ReportActions(self, self.session, self._settings, self._dialogs,
                                     lambda: self._current_page().commit_pending())
        self.reports.add_to(file_menu, self._add)
        self.printing = PrintActions(self, self.session, self._settings, self._dialogs,
                                     lambda: self._current_page().commit_pending(), self.current_item,
                                     self._current_page, self.tell)
        self.printing.add_to(file_menu, self._add)
        file_menu.addSeparator()
        self.team = TeamActions(self, self.session, self._settings, self._dialogs, self.perform, self.tell,
                                lambda: self._current_page().commit_pending())
        self.team.add_to(file_menu, self._add)
        self.change_person_action = self._add(file_menu, "Change &who is recording\u2026", None,
                                              lambda: files.change_person(self))
        self.change_person_action.setEnabled(not self.session.read_only)
        file_menu.addSeparator()
        self._add(file_menu, "&Close", QKeySequence.StandardKey.Close, lambda: files.close_to_start(self))
        self._add(file_menu, "&Quit", QKeySequence.StandardKey.Quit, files.quit)

        edit_menu = menu.addMenu("&Edit")
        self.undo_action = self._add(edit_menu, "&Undo", QKeySequence.StandardKey.Undo, self.undo)
        self.redo_action = self._add(edit_menu, "&Redo", [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")],
                                     self.redo)
        self.undo_action.setWhatsThis("Undo the last change")  # its text names the change
        self.redo_action.setWhatsThis("Redo the change undone")
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_stack.undoTextChanged.connect(lambda text: self._name(self.undo_action, "&Undo", text))
        self.undo_stack.redoTextChanged.connect(lambda text: self._name(self.redo_action, "&Redo", text))
        edit_menu.addSeparator()
        self._add(edit_menu, "&Find\u2026", QKeySequence.StandardKey.Find, self.focus_search)

        go_menu = menu.addMenu("&Go")
        self._add(go_menu, "&Next prompt", QKeySequence("Ctrl+]"), lambda: self.go_prompt(1))
        self._add(go_menu, "&Previous prompt", QKeySequence("Ctrl+["), lambda: self.go_prompt(-1))
        self._add(go_menu, "Next prompt not yet &judged", QKeySequence("Ctrl+U"), self.go_unjudged)
        self._add(go_menu, "&Key question of this prompt", QKeySequence("Ctrl+K"), self.go_key_question)
        self._add(go_menu, "&Overall rating and what is missing", QKeySequence("Ctrl+0"),
                  lambda: self.show_item(OVERALL))
        self._add(go_menu, "&Audit trail", QKeySequence("Ctrl+Shift+A"), lambda: self.show_item(AUDIT))
        # Here rather than in a View menu: every letter of "View" is a mnemonic on the inspection details page.
        self.panel_mode_action = self._add(go_menu, "&Ratings panel mode", QKeySequence("Ctrl+Shift+P"),
                                           lambda: self.set_panel_mode(self.panel_mode_action.isChecked()))
        self.panel_mode_action.setCheckable(True)
        self.panel_mode_action.setChecked(self.panel_mode)
        go_menu.addSeparator()
        self._add(go_menu, "Na&vigator", QKeySequence("Ctrl+L"), self.focus_navigator)
        self._add(go_menu, "Navigator &filter", FILTER_KEYS, self.focus_filter)
        self._add(go_menu, "&Switch pane", QKeySequence(Qt.Key.Key_F6), self.switch_pane)

        help_menu = menu.addMenu("&Help")
        self._add(help_menu, "&Framework\u2026", QKeySequence(Qt.Key.Key_F1), files.show_framework)
        self._add(help_menu, "&Keyboard shortcuts\u2026", None, self.show_shortcuts)
        self._add(help_menu, "Show &log folder", None, show_log_folder)  # the file to send when something goes wrong
        help_menu.addSeparator()
        self._add(help_menu, f"&About {APP_TITLE}\u2026", None, self.show_about)

    def _add(self, menu: QMenu, text: str, keys: QKeySequence | QKeySequence.StandardKey | list[QKeySequence] | None,
             slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        if isinstance(keys, list):
            action.setShortcuts(keys)
        elif keys is not None:
            action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    @staticmethod
    def _name(action: QAction, base: str, text: str) -> None:
        action.setText(f"{base} {text[:1].lower()}{text[1:]}" if text else base)

    # --- edits ----------------------------------------------------------------------------------

    def perform(self, edit: Edit[object]) -> bool:
        """Save a page's edit; False when it was refused (the window has said why)."""
        if not self._apply(edit):
            return False
        if edit.changes_anything:
            self.undo_stack.push(EditCommand(edit, self._apply_again))
        return True

    def _apply(self, edit: Edit[object]) -> bool:
        if self.session.read_only:
            return False
        try:
            warning = self.session.apply(edit)
        except UserError as refused:
            # The session has re-read the file: what the window shows next is what it holds.
            self.refresh()
            self._dialogs.error(self, str(refused))
            return False
        self.saved_label.setText(f"Saved {self.session.clock().astimezone():%H:%M}")
        self.warning_label.setText(warning or "")
        self.warning_label.setVisible(bool(warning))
        self.refresh()
        return True

    def _apply_again(self, edit: Edit[object]) -> bool:
        """Undo and redo: apply, then show the item the edit belongs to."""
        applied = self._apply(edit)
        if applied:
            self.show_item(edit.item_id)
            if isinstance(edit, EvidenceEdit) and edit.after is not None:
                self.prompt_page.select_evidence(edit.after.id)
            if isinstance(edit, PanelDecisionEdit | PanelCommentEdit):
                self.panel_page.select_standard(edit.standard_id)
        return applied

    def undo(self) -> None:
        self._current_page().commit_pending()  # typing not yet saved is saved, then taken back
        self.undo_stack.undo()

    def redo(self) -> None:
        self._current_page().commit_pending()
        self.undo_stack.redo()

    # --- showing --------------------------------------------------------------------------------

    def refresh(self) -> None:
        session = self.session
        framework = session.content.framework
        statuses = node_statuses(framework, session.inspection, session.evaluation, len(session.audit()))
        wanted = self.current_filter()
        shown = None if wanted is Filter.ALL else visible(self._nodes, statuses, wanted, self._current, session.user)
        self.nav_model.update(statuses, shown)
        self.progress_label.setText(progress(framework, session.inspection).text)
        self._show_title()  # the YJS name may have changed on the details page
        if self._current is not None:
            self._current_page().refresh(session)
        if self._query.strip():
            self._run_search()

    def show_item(self, item_id: str) -> None:
        """Open the page for a standard, key question or prompt and select it in the navigator."""
        if item_id == FRAMEWORK_ID:
            self._files.show_framework()
            return
        if item_id != self._current:
            self._current_page().commit_pending()
        page = self._page_for(item_id)
        self._current = item_id
        page.show_item(self.session, item_id, self._query)
        self.pages.setCurrentWidget(page)
        if self.current_filter() is not Filter.ALL:
            self.refresh()  # keep the new item in view and let the previous one go
        index = self.nav_filter.index_for_id(item_id)
        if index.isValid() and self.tree.currentIndex() != index:
            self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)

    def set_panel_mode(self, on: bool) -> None:
        """Ratings panel mode (View menu): the ratings panel page with the panel's moves; remembered."""
        self.panel_mode = on
        self.panel_mode_action.setChecked(on)
        self._settings.setValue(PANEL_MODE_KEY, on)
        self._show_title()
        self.panel_page.set_panel_mode(on)
        self.show_item(PANEL)

    def _show_title(self) -> None:
        session = self.session
        why = f": {session.read_only_reason}" if session.read_only_reason else ""
        read_only = f" (read-only{why})" if session.read_only else ""
        panel = " \u2014 ratings panel" if self.panel_mode else ""
        self.setWindowTitle(
            f"{session.inspection.details.yjs} \u2014 {session.path.name}{read_only}{panel} \u2014 {APP_TITLE}")

    def current_item(self) -> str | None:
        return self._current

    def current_filter(self) -> Filter:
        # By position: a combo box's item data would turn the str-valued enum into a plain str.
        return list(Filter)[max(self.filter_box.currentIndex(), 0)]

    def tell(self, message: str) -> None:
        """A quiet line in the status bar (no box to dismiss)."""
        self.saved_label.setText(message)

    def _page_for(self, item_id: str) -> InspectionPage:
        if item_id in self._section_pages:
            return self._section_pages[item_id]
        kind = kind_of(item_id)
        if kind is ItemKind.PROMPT:
            return self.prompt_page
        if kind is ItemKind.KEY_QUESTION:
            return self.key_question_page
        return self.standard_page

    def _current_page(self) -> InspectionPage:
        page = self.pages.currentWidget()
        assert isinstance(page, InspectionPage)
        return page

    def _first_item(self) -> str:
        remembered = str(self._settings.value(LAST_ITEM_KEY.format(self.session.inspection.details.id)) or "")
        if remembered in SECTION_IDS or (remembered in self._labels and kind_of(remembered) is not ItemKind.FRAMEWORK):
            return remembered
        framework = self.session.content.framework
        return next_unjudged(framework, self.session.inspection, None) or framework.prompts[0].id

    def _on_tree_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item_id = self.nav_filter.item_id(current)
        if item_id is not None and item_id != self._current:
            self.show_item(item_id)

    def _on_filter(self) -> None:
        self.refresh()
        if self.current_filter() is not Filter.ALL:
            self.tree.expandAll()  # what the filter found, in full
        if self._current:
            self.tree.scrollTo(self.nav_filter.index_for_id(self._current))

    # --- the Go menu ----------------------------------------------------------------------------

    def go_prompt(self, step: int) -> None:
        target = next_prompt(self.session.content.framework, self._current, step, self._shown_ids())
        if target:
            self.show_item(target)

    def go_unjudged(self) -> None:
        target = next_unjudged(self.session.content.framework, self.session.inspection, self._current)
        if target:
            self.show_item(target)
        else:
            self.tell("Every prompt is judged")

    def go_key_question(self) -> None:
        if self._current and self._current not in SECTION_IDS and kind_of(self._current) is ItemKind.PROMPT:
            self.show_item(self._current[:5])

    def _shown_ids(self) -> frozenset[str] | None:
        wanted = self.current_filter()
        if wanted is Filter.ALL:
            return None
        statuses = node_statuses(self.session.content.framework, self.session.inspection, self.session.evaluation)
        return visible(self._nodes, statuses, wanted, user=self.session.user)

    def focus_navigator(self) -> None:
        self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_filter(self) -> None:
        """Go > Navigator filter: to the box saying what the navigator shows (Up and Down change it)."""
        self.filter_box.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def switch_pane(self) -> None:
        """F6: between the navigator and the page."""
        page = self.pages.currentWidget()
        if page is not None and (self.tree.hasFocus() or self.search_field.hasFocus() or self.results_view.hasFocus()):
            page.setFocus(Qt.FocusReason.ShortcutFocusReason)
            page.focusNextChild()
        else:
            self.focus_navigator()

    # --- the Help menu --------------------------------------------------------------------------

    def named_pages(self) -> list[tuple[str, InspectionPage]]:
        """Every page with the name Help > Keyboard shortcuts gives it, the sections' in the navigator's order."""
        pages: list[tuple[str, InspectionPage]] = [
            ("Prompt page", self.prompt_page), ("Key question page", self.key_question_page),
            ("Standard page", self.standard_page)]
        return pages + [(f"{s.label} page", self._section_pages[s.id]) for s in SECTIONS]

    def shortcut_rows(self) -> list[ShortcutRow]:
        """Every key of this window as it is now: the menus', the navigator's, then each page's own."""
        return window_rows(self, [("Navigator and search", self.side), *self.named_pages()])

    def show_shortcuts(self) -> ShortcutsDialog:
        return show_shortcuts(self, self.shortcut_rows())

    def show_about(self) -> AboutDialog:
        return show_about(self, self.session.content.framework, self.session.content.root)

    # --- search ---------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def _on_query(self, text: str) -> None:
        self._query = text
        self._show_results(bool(text.strip()))
        self._run_search()

    def _run_search(self) -> None:
        hits = self._search.search(self._query, self.session.inspection)
        self.results_model.set_hits(hits, self._labels)
        evidence = sum(isinstance(h, EvidenceHit) for h in hits)
        self.results_count.setText(
            f"{len(hits)} found: {evidence} in recorded evidence, {len(hits) - evidence} in the framework"
            if hits else "Nothing found"
        )

    def _show_results(self, shown: bool) -> None:
        self.results_view.setVisible(shown)
        self.results_count.setVisible(shown)

    def _open_hit(self, index: QModelIndex) -> None:
        hit = self.results_model.hit(index)
        if hit is None:
            return
        if hit.item_id == FRAMEWORK_ID:
            self._files.show_framework()
            return
        self.show_item(hit.item_id)
        if isinstance(hit, EvidenceHit):
            self.prompt_page.select_evidence(hit.evidence_id)

    def _open_first_hit(self) -> None:
        if self.results_model.rowCount():
            first = self.results_model.index(0, 0)
            self.results_view.setCurrentIndex(first)
            self._open_hit(first)

    def _focus_results(self) -> None:
        if self.results_model.rowCount():
            self.results_view.setFocus(Qt.FocusReason.ShortcutFocusReason)
            if not self.results_view.currentIndex().isValid():
                self.results_view.setCurrentIndex(self.results_model.index(0, 0))

    def _end_search(self) -> None:
        if self.search_field.text():
            self.search_field.clear()
        self.focus_navigator()

    # --- the File menu --------------------------------------------------------------------------

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        entries = [e for e in self._files.recent() if not e.missing]
        for entry in entries:
            action = self.recent_menu.addAction(f"{entry.yjs} \u2014 {entry.path.name}")
            action.setToolTip(str(entry.path))
            action.triggered.connect(lambda _=False, path=entry.path: self._files.open_path(path, self))
        if not entries:
            self.recent_menu.addAction("No recent inspections").setEnabled(False)

    # --- remembering and closing ----------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self._settings.value(GEOMETRY_KEY)
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self.resize(*DEFAULT_SIZE)
        state = self._settings.value(SPLITTER_KEY)
        if isinstance(state, QByteArray):
            self.splitter.restoreState(state)
        remembered = str(self._settings.value(FILTER_KEY) or "")
        self.filter_box.blockSignals(True)
        self.filter_box.setCurrentIndex(max(self.filter_box.findText(remembered), 0))
        self.filter_box.blockSignals(False)

    def save_state(self) -> None:
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self._settings.setValue(SPLITTER_KEY, self.splitter.saveState())
        self._settings.setValue(FILTER_KEY, self.filter_box.currentText())
        if self._current:
            self._settings.setValue(LAST_ITEM_KEY.format(self.session.inspection.details.id), self._current)
        self._settings.sync()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # The splitter takes a narrower window from the page alone; past NAVIGATOR_SHARE the navigator gives too.
        sizes = self.splitter.sizes()
        most = round(sum(sizes) * NAVIGATOR_SHARE)
        if len(sizes) == 2 and sizes[0] > most > 0:
            self.splitter.setSizes([most, sum(sizes) - most])

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing:
            self._closing = True
            self._current_page().commit_pending()
            self.save_state()
            self.session.close()
            self.closed.emit(self)
        super().closeEvent(event)
