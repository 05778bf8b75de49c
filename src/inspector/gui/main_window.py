"""The main window: framework navigator on the left, reading pane on the right, search above the
navigator.

Everything shown comes from the core: the tree from FrameworkModel, the document from
`reading.reading_html`, the hits from `search.SearchIndex`. This class wires widgets together,
handles keys and focus, and remembers its layout.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QItemSelectionModel, QModelIndex, QSettings, Qt, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QFont, QKeySequence, QShortcut, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMenu,
    QSplitter,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from inspector.app.shortcuts_view import TITLE, ShortcutRow
from inspector.content import content_root
from inspector.framework.items import FRAMEWORK_ID, find_item, item_ids, navigator_label
from inspector.framework.model import Framework
from inspector.framework.reading import HIT_ANCHOR, item_id_from_link, reading_html
from inspector.framework.search import SearchHit, SearchIndex
from inspector.framework.sections import Section
from inspector.gui import settings as keys
from inspector.gui.colours import follow_palette, reading_style
from inspector.gui.delegates import SearchHitDelegate, TaggedItemDelegate
from inspector.gui.dialogs import APP_TITLE
from inspector.gui.framework_model import FrameworkModel
from inspector.gui.help_dialogs import AboutDialog, ShortcutsDialog, show_about, show_shortcuts
from inspector.gui.results_model import SearchResultsModel
from inspector.gui.shortcuts import window_rows

WINDOW_TITLE = "HMIP youth justice inspection"
# Fits a 1366×768 laptop screen (the inspectors' usual kit) with room for the taskbar.
DEFAULT_SIZE = (1280, 720)
MINIMUM_SIZE = (760, 480)
NAVIGATOR_WIDTH = 430
READING_POINT_SIZE = 11
READING_SIZES = (9, 10, 11, 12, 13, 14, 16, 18, 20)
DOCUMENT_MARGIN = 20


class MainWindow(QMainWindow):
    def __init__(self, framework: Framework, settings: QSettings, parent: QWidget | None = None, *,
                 content_folder: Path | None = None) -> None:
        super().__init__(parent)
        self._framework = framework
        # The content folder the framework was read from (Help > About); by default the one the app would load.
        self._content_folder = content_folder or content_root()
        self._settings = settings
        self._index = SearchIndex(framework)
        self._labels = {i: navigator_label(find_item(framework, i)) for i in item_ids(framework)}
        self._query = ""
        self._shown_item: str | None = None
        # Set while a search hit selects its tree row, so the row's first render scrolls to the hit.
        self._pending_focus: Section | None = None

        self.setWindowTitle(WINDOW_TITLE)
        self.setMinimumSize(*MINIMUM_SIZE)
        self._build_widgets()
        self._build_actions()
        self._build_status_bar(framework)
        self._restore_state()
        # Arrow keys should move through the framework as soon as the window opens.
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- construction -------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        side = self._build_side()
        self._build_reading_pane()
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.setChildrenCollapsible(False)
        self.main_splitter.addWidget(side)
        self.main_splitter.addWidget(self.reading_pane)
        self.main_splitter.setStretchFactor(0, 0)
        self.main_splitter.setStretchFactor(1, 1)
        self.main_splitter.setSizes([NAVIGATOR_WIDTH, DEFAULT_SIZE[0] - NAVIGATOR_WIDTH])
        self.setCentralWidget(self.main_splitter)

        QWidget.setTabOrder(self.search_field, self.results_view)
        QWidget.setTabOrder(self.results_view, self.tree)
        QWidget.setTabOrder(self.tree, self.reading_pane)

        # Escape clears the search; with nothing to clear it goes back to the navigator.
        for widget in (self.search_field, self.results_view):
            escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), widget)
            escape.setContext(Qt.ShortcutContext.WidgetShortcut)
            escape.setWhatsThis("Clear the search; with none, back to the navigator")  # Help > Keyboard shortcuts
            escape.activated.connect(self._on_escape)
        down = QShortcut(QKeySequence(Qt.Key.Key_Down), self.search_field)
        down.setContext(Qt.ShortcutContext.WidgetShortcut)
        down.setWhatsThis("From the search to its results")
        down.activated.connect(self._focus_results)

    def _build_side(self) -> QWidget:
        """Search field, results (shown while searching) and the navigator tree."""
        self.search_field = QLineEdit()
        self.search_field.setPlaceholderText("Search the framework (Ctrl+F)")
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setAccessibleName("Search the framework")
        self.search_field.setAccessibleDescription(
            "Type words to find; every word must appear. Put a phrase in double quotes. "
            "Press Down for the results, Escape to clear."
        )
        self.search_field.textChanged.connect(self._on_query_changed)
        self.search_field.returnPressed.connect(self._open_first_hit)
        search_label = QLabel("&Search")
        search_label.setBuddy(self.search_field)

        self.results_model = SearchResultsModel(self)
        self.results_view = QListView()
        self.results_view.setModel(self.results_model)
        self.results_view.setItemDelegate(SearchHitDelegate(self.results_view))
        self.results_view.setAccessibleName("Search results")
        self.results_view.setUniformItemSizes(True)
        self.results_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results_view.selectionModel().currentChanged.connect(self._on_result_current)
        self.results_view.activated.connect(self._on_result_activated)
        self.results_count = QLabel()
        self.results_count.setAccessibleName("Number of search results")
        self.results_panel = QWidget()
        results_layout = QVBoxLayout(self.results_panel)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.setSpacing(4)
        results_layout.addWidget(self.results_count)
        results_layout.addWidget(self.results_view)
        self.results_panel.hide()

        self.tree_model = FrameworkModel(self._framework, self)
        self.tree = QTreeView()
        self.tree.setModel(self.tree_model)
        self.tree.setItemDelegate(TaggedItemDelegate(self.tree))
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAccessibleName("Framework navigator")
        self.tree.setAccessibleDescription(
            "Standards, key questions and prompts. Arrow keys move; Right and Left open and close."
        )
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.selectionModel().currentChanged.connect(self._on_tree_current)
        for row in range(self.tree_model.rowCount()):
            self.tree.expand(self.tree_model.index(row, 0))

        self.side_splitter = QSplitter(Qt.Orientation.Vertical)
        self.side_splitter.setChildrenCollapsible(False)
        self.side_splitter.addWidget(self.results_panel)
        self.side_splitter.addWidget(self.tree)
        self.side_splitter.setStretchFactor(0, 2)
        self.side_splitter.setStretchFactor(1, 3)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 8, 4, 8)
        side_layout.setSpacing(6)
        side_layout.addWidget(search_label)
        side_layout.addWidget(self.search_field)
        side_layout.addWidget(self.side_splitter, 1)
        return side

    def _build_reading_pane(self) -> None:
        self.reading_pane = QTextBrowser()
        self.reading_pane.setAccessibleName("Reading pane")
        self.reading_pane.setOpenLinks(False)  # item links select the tree; web links open outside
        self.reading_pane.anchorClicked.connect(self._on_link)
        self.reading_pane.setFrameShape(QFrame.Shape.NoFrame)
        self.reading_pane.document().setDocumentMargin(DOCUMENT_MARGIN)
        follow_palette(self.reading_pane, lambda _: self._show_again())
        # Long web addresses in the guidance would otherwise widen the page past the pane, and
        # full-width tables round a pixel over it; with wrapping anywhere, sideways scrolling is
        # never needed.
        self.reading_pane.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.reading_pane.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._set_reading_size(READING_POINT_SIZE)

    def _build_actions(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu("&File")
        self._add_action(file_menu, "&Quit", QKeySequence.StandardKey.Quit, self.close)

        edit_menu = menu.addMenu("&Edit")
        self.find_action = self._add_action(edit_menu, "&Find…", QKeySequence.StandardKey.Find, self.focus_search)
        self._add_action(edit_menu, "&Clear search", None, self.clear_search)

        view_menu = menu.addMenu("&View")
        self._add_action(view_menu, "&Next pane", QKeySequence(Qt.Key.Key_F6), lambda: self.cycle_focus(1))
        self._add_action(view_menu, "&Previous pane", QKeySequence("Shift+F6"), lambda: self.cycle_focus(-1))
        view_menu.addSeparator()
        # Ctrl+= too: on UK keyboards "+" needs Shift, and people press the unshifted key.
        larger = [QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")]
        self._add_action(view_menu, "&Larger text", larger, lambda: self._step_reading_size(1))
        smaller = QKeySequence.StandardKey.ZoomOut
        self._add_action(view_menu, "&Smaller text", smaller, lambda: self._step_reading_size(-1))
        normal = QKeySequence("Ctrl+0")
        self._add_action(view_menu, "N&ormal text size", normal, lambda: self._set_reading_size(READING_POINT_SIZE))

        help_menu = menu.addMenu("&Help")
        self._add_action(help_menu, "&Keyboard shortcuts\u2026", None, self.show_shortcuts)
        self._add_action(help_menu, f"&About {APP_TITLE}\u2026", None, self.show_about)

    def _add_action(
        self,
        menu: QMenu,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | list[QKeySequence] | None,
        slot: Callable[[], object],
    ) -> QAction:
        action = QAction(text, self)
        if isinstance(shortcut, list):
            action.setShortcuts(shortcut)
        elif shortcut is not None:
            action.setShortcut(shortcut)
        if shortcut is not None:
            # Window-wide: Ctrl+F and F6 must work whichever pane has focus.
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        self.addAction(action)
        return action

    def _build_status_bar(self, framework: Framework) -> None:
        self.framework_label = QLabel(f"{framework.title} \u2014 {framework.version}")
        self.framework_label.setAccessibleName("Framework title and version")
        self.framework_label.setToolTip(framework.source)
        self.framework_label.setContentsMargins(8, 2, 8, 2)
        self.statusBar().addWidget(self.framework_label, 1)

    # --- public operations (menu actions; also what tests drive) -------------------------------

    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def clear_search(self) -> None:
        self.search_field.clear()

    def cycle_focus(self, step: int) -> None:
        """F6 / Shift+F6: move between the panes, as in most desktop apps."""
        panes: list[QWidget] = [self.search_field]
        if self.results_panel.isVisible():
            panes.append(self.results_view)
        panes += [self.tree, self.reading_pane]
        position = next((i for i, pane in enumerate(panes) if pane.hasFocus()), -1)
        target = panes[(position + step) % len(panes)]
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def select_item(self, item_id: str) -> None:
        index = self.tree_model.index_for_id(item_id)
        if not index.isValid():
            return
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)

    def current_item(self) -> str | None:
        return self._shown_item

    # --- reacting to the user ------------------------------------------------------------------

    def _on_tree_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item_id = self.tree_model.item_id(current)
        if item_id is not None:
            focus, self._pending_focus = self._pending_focus, None
            self._render(item_id, focus)

    def _on_query_changed(self, text: str) -> None:
        self._query = text
        hits = self._index.search(text)
        self.results_model.set_hits(hits, self._labels)
        self.results_panel.setVisible(bool(text.strip()))
        self.results_count.setText(_count_text(hits))
        self._show_again()

    def _show_again(self) -> None:
        """The open item again, for new terms or in a new palette's colours, without moving the reader's place."""
        if self._shown_item is not None:
            position = self.reading_pane.verticalScrollBar().value()
            self.reading_pane.setHtml(reading_html(self._framework, self._shown_item, self._query, css=reading_style()))
            self.reading_pane.verticalScrollBar().setValue(position)

    def _on_result_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        hit = self.results_model.hit(current)
        if hit is not None:
            self._open_hit(hit)

    def _on_result_activated(self, index: QModelIndex) -> None:
        hit = self.results_model.hit(index)
        if hit is not None:
            self._open_hit(hit)
            self.reading_pane.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open_first_hit(self) -> None:
        if self.results_model.rowCount() == 0:
            return
        first = self.results_model.index(0, 0)
        self.results_view.setCurrentIndex(first)
        self._on_result_activated(first)

    def _open_hit(self, hit: SearchHit) -> None:
        index = self.tree_model.index_for_id(hit.item_id)
        if index == self.tree.currentIndex():
            self._render(hit.item_id, hit.section)
        else:
            self._pending_focus = hit.section
            self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)

    def _on_escape(self) -> None:
        if self.search_field.text():
            self.clear_search()
            self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _focus_results(self) -> None:
        if self.results_model.rowCount() == 0:
            return
        self.results_view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.results_view.currentIndex().isValid():
            self.results_view.selectionModel().setCurrentIndex(
                self.results_model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    def _on_link(self, url: QUrl) -> None:
        item_id = item_id_from_link(url.toString())
        if item_id is not None:
            self.select_item(item_id)
        elif url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)

    def shortcut_rows(self) -> list[ShortcutRow]:
        """Every key of this window as it is now: the menus', then the search's and the navigator's."""
        return window_rows(self, [], rest="Search and navigator")

    def show_shortcuts(self) -> ShortcutsDialog:
        return show_shortcuts(self, self.shortcut_rows(), f"{TITLE} in the framework browser")

    def show_about(self) -> AboutDialog:
        return show_about(self, self._framework, self._content_folder)

    # --- the reading pane ----------------------------------------------------------------------

    def _render(self, item_id: str, focus: Section | None = None) -> None:
        self._shown_item = item_id
        self.reading_pane.setHtml(reading_html(self._framework, item_id, self._query, focus, reading_style()))
        self.reading_pane.verticalScrollBar().setValue(0)
        if self._query.strip():
            if focus is not None:
                self.reading_pane.scrollToAnchor(focus.value)
            self.reading_pane.scrollToAnchor(HIT_ANCHOR)
            # scrollToAnchor puts the match on the top line; a few lines above it give context.
            bar = self.reading_pane.verticalScrollBar()
            if 0 < bar.value() < bar.maximum():
                bar.setValue(max(bar.value() - self.reading_pane.viewport().height() // 6, 0))

    def _set_reading_size(self, points: int) -> None:
        font = QFont(self.reading_pane.font())
        font.setPointSize(points)
        self.reading_pane.setFont(font)

    def _step_reading_size(self, step: int) -> None:
        current = self.reading_pane.font().pointSize()
        larger = [s for s in READING_SIZES if s > current]
        smaller = [s for s in READING_SIZES if s < current]
        if step > 0 and larger:
            self._set_reading_size(larger[0])
        elif step < 0 and smaller:
            self._set_reading_size(smaller[-1])

    # --- remembering the layout ----------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self._settings.value(keys.GEOMETRY_KEY)
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self._default_geometry()
        splitters = ((keys.MAIN_SPLITTER_KEY, self.main_splitter), (keys.SIDE_SPLITTER_KEY, self.side_splitter))
        for key, splitter in splitters:
            state = self._settings.value(key)
            if isinstance(state, QByteArray):
                splitter.restoreState(state)
        state = self._settings.value(keys.WINDOW_STATE_KEY)
        if isinstance(state, QByteArray):
            self.restoreState(state)
        size = _int(self._settings.value(keys.READING_SIZE_KEY), READING_POINT_SIZE)
        self._set_reading_size(size if size in READING_SIZES else READING_POINT_SIZE)
        item_id = str(self._settings.value(keys.CURRENT_ITEM_KEY) or FRAMEWORK_ID)
        self.select_item(item_id if item_id in self._labels else FRAMEWORK_ID)

    def _default_geometry(self) -> None:
        screen = self.screen().availableGeometry()
        width = min(DEFAULT_SIZE[0], screen.width() - 40)
        height = min(DEFAULT_SIZE[1], screen.height() - 40)
        self.resize(max(width, MINIMUM_SIZE[0]), max(height, MINIMUM_SIZE[1]))
        frame = self.frameGeometry()
        frame.moveCenter(screen.center())
        self.move(frame.topLeft())

    def save_state(self) -> None:
        self._settings.setValue(keys.GEOMETRY_KEY, self.saveGeometry())
        self._settings.setValue(keys.WINDOW_STATE_KEY, self.saveState())
        self._settings.setValue(keys.MAIN_SPLITTER_KEY, self.main_splitter.saveState())
        self._settings.setValue(keys.SIDE_SPLITTER_KEY, self.side_splitter.saveState())
        self._settings.setValue(keys.READING_SIZE_KEY, self.reading_pane.font().pointSize())
        if self._shown_item is not None:
            self._settings.setValue(keys.CURRENT_ITEM_KEY, self._shown_item)
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)


def _count_text(hits: list[SearchHit]) -> str:
    if not hits:
        return "No matches"
    items = len({h.item_id for h in hits})
    places = "1 match" if len(hits) == 1 else f"{len(hits)} matches"
    return places if items == 1 else f"{places} in {items} items"


def _int(value: object, default: int) -> int:
    try:
        return int(str(value))
    except (TypeError, ValueError):
        return default
