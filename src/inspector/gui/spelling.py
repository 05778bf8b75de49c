"""The window's side of spell-checking (inspector.spelling): misspelt words underlined with a red wave in
the text boxes (gui/pages/text_boxes.py's TextBox: evidence text, rationales, the panel's reasons,
recommendations, the diversity note), and on their context menu the suggestions, "Add to dictionary" and
"Ignore".

Nothing here waits on the checker. The highlighter reads the service's answers so far and hands it the
words not checked yet; the worker's answer arrives on this thread as a signal, and only the paragraphs
holding a word found misspelt are highlighted again. The word being typed is neither checked nor underlined
until the cursor leaves it (nor are its beginnings, "org", "orga", checked on the way). Suggestions are
asked for when the menu opens; it says "Looking for suggestions…" until they come (about a second for a
word not seen before).

One service for the app (`start_spelling`, from gui/app.py); boxes made while none is installed (the tests
of other pages) check nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QSyntaxHighlighter, QTextBlock, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QMenu, QPlainTextEdit

from inspector.app.places import personal_words_file
from inspector.gui.colours import colours
from inspector.spelling import PersonalWords, SpellService, words
from inspector.spelling.words import ParagraphWords

KEPT_PARAGRAPHS = 200  # paragraphs whose words are kept between edits, per box
START_AFTER_MS = 1000  # the dictionary is read once the window is up, not while it is being built
LOOKING = "Looking for suggestions\u2026"
NO_SUGGESTIONS = "No suggestions"
ADD = "&Add to dictionary"
IGNORE = "&Ignore"


class _Relay(QObject):
    """Brings the worker's answers to the window's thread (queued: emitted there, received here)."""

    checked = Signal(object)  # frozenset[str]: words found misspelt, or added, or ignored
    suggested = Signal(str, object)  # the word, its suggestions (list[str])


class Spelling:
    """The app's spelling service with the signals its answers come by."""

    def __init__(self, service: SpellService) -> None:
        self.service = service
        self.relay = _Relay()
        service.listen(self.relay.checked.emit, self.relay.suggested.emit)
        self._start = QTimer(self.relay)
        self._start.setSingleShot(True)
        self._start.timeout.connect(service.start)

    def start_later(self, delay_ms: int = START_AFTER_MS) -> None:
        self._start.start(delay_ms)

    def close(self) -> None:
        self._start.stop()
        self.service.close()


_installed: Spelling | None = None


def install(service: SpellService) -> Spelling:
    """Make `service` the one the text boxes made from now on use."""
    global _installed
    uninstall()
    _installed = Spelling(service)
    return _installed


def uninstall() -> None:
    global _installed
    if _installed is not None:
        _installed.close()
        _installed = None


def installed() -> Spelling | None:
    return _installed


def start_spelling(data: Path) -> Spelling:
    """The app's spelling, its personal word list in the data folder `data`; the worker starts (and reads
    the dictionary) a moment after the window has opened."""
    spelling = install(SpellService(PersonalWords(personal_words_file(data))))
    spelling.start_later()
    return spelling


def misspelt_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    fmt.setUnderlineColor(colours().warning)  # the palette's warning red, readable in light and dark
    return fmt


class SpellingHighlighter(QSyntaxHighlighter):
    """Underlines the misspelt words of one box."""

    def __init__(self, editor: QPlainTextEdit, spelling: Spelling) -> None:
        super().__init__(editor.document())
        self._editor = editor
        self._spelling = spelling
        self._service = spelling.service
        self._format = misspelt_format()
        # A word not checked or underlined because the cursor is in it (document positions).
        self._held: tuple[int, int] | None = None
        self._paragraphs: dict[int, ParagraphWords] = {}  # by block number: a guess, checked by its text
        self._quiet = False  # highlighting again, not after an edit
        spelling.relay.checked.connect(self._on_checked)
        editor.cursorPositionChanged.connect(self._on_cursor)

    def highlightBlock(self, text: str) -> None:
        service = self._service
        if not text or not service.available:
            return
        block = self.currentBlock()
        begins = block.position()
        held = self._held
        if held is not None and begins <= held[0] <= begins + len(text):
            self._held = None
        at = self._editor.textCursor().position() - begins if self._editor.hasFocus() else -1
        number = block.blockNumber()
        paragraph = self._paragraphs.get(number)
        if paragraph is None:
            if len(self._paragraphs) >= KEPT_PARAGRAPHS:
                self._paragraphs.clear()
            paragraph = self._paragraphs[number] = ParagraphWords()
        correct = service.checked
        unknown = []
        for start, end, word in paragraph.update(text):
            if correct.get(word):  # most words: one look-up
                continue
            ok = service.known(word)
            if ok:
                continue
            if start < at <= end and (not self._quiet or held == (begins + start, begins + end)):
                # Being typed (an edit, not a text just shown with the cursor at its start, nor a click into
                # a word): checked, or underlined, once left.
                self._held = (begins + start, begins + end)
            elif ok is None:
                unknown.append(word)
            else:
                self.setFormat(start, end - start, self._format)
        if unknown:
            service.request(unknown)

    def release(self) -> None:
        """Check or underline the word the cursor was in (the cursor has left it, or the box)."""
        held, self._held = self._held, None
        if held is not None:
            self._quietly(self.document().findBlock(held[0]))

    def _on_cursor(self) -> None:
        held = self._held
        if held is not None and not held[0] < self._editor.textCursor().position() <= held[1]:
            self.release()

    def _on_checked(self, changed: frozenset[str]) -> None:
        block = self.document().firstBlock()
        while block.isValid():
            text = block.text()
            if any(word in text for word in changed):
                self._quietly(block)
            block = block.next()

    def _quietly(self, block: QTextBlock) -> None:
        """Highlight `block` again without the document saying its contents changed: a box's textChanged
        means typing to the pages (saved as typed), and this is none."""
        document = self.document()
        was = document.blockSignals(True)
        self._quiet = True
        try:
            self.rehighlightBlock(block)
        finally:
            self._quiet = False
            document.blockSignals(was)

    # --- the context menu ---------------------------------------------------------------------------

    def misspelt_at(self, cursor: QTextCursor) -> tuple[int, int, str] | None:
        """The misspelt word at `cursor` (document positions and the word), if there is one."""
        block = cursor.block()
        offset = cursor.position() - block.position()
        for start, end, word in words(block.text()):
            if start <= offset <= end:
                if self._service.known(word) is False:
                    return block.position() + start, block.position() + end, word
                return None
        return None

    def add_actions(self, menu: QMenu, cursor: QTextCursor) -> None:
        """Put the suggestions, "Add to dictionary" and "Ignore" at the top of `menu` when the word at `cursor`
        is misspelt (none in a box that cannot be edited: a read-only session's)."""
        if self._editor.isReadOnly():
            return
        found = self.misspelt_at(cursor)
        if found is not None:
            _SpellingMenu(menu, self._editor, self._spelling, *found)


class _SpellingMenu(QObject):
    """The spelling part of one context menu; a child of the menu, so an answer that comes after the menu
    has gone is not delivered."""

    def __init__(self, menu: QMenu, editor: QPlainTextEdit, spelling: Spelling, start: int, end: int,
                 word: str) -> None:
        super().__init__(menu)
        self._menu = menu
        self._editor = editor
        self._word = word
        self._span = (start, end)
        service = spelling.service
        first = menu.actions()[0] if menu.actions() else None
        self._placeholder = QAction(LOOKING, menu)
        self._placeholder.setEnabled(False)
        menu.insertAction(first, self._placeholder)  # type: ignore[arg-type]  # None: at the end; Qt takes it, PySide6's stubs do not
        self._end = menu.insertSeparator(first)  # type: ignore[arg-type]  # None: at the end; Qt takes it, PySide6's stubs do not
        add = QAction(ADD, menu)
        add.triggered.connect(lambda: service.add(word))
        ignore = QAction(IGNORE, menu)
        ignore.triggered.connect(lambda: service.ignore(word))
        menu.insertActions(first, [add, ignore])  # type: ignore[arg-type]  # None: at the end; Qt takes it, PySide6's stubs do not
        if first is not None:
            menu.insertSeparator(first)
        suggestions = service.suggestions(word)
        if suggestions is None:
            spelling.relay.suggested.connect(self._on_suggested)
        else:
            self._show(suggestions)

    def _on_suggested(self, word: str, suggestions: list[str]) -> None:
        if word == self._word:
            self._show(suggestions)

    def _show(self, suggestions: list[str]) -> None:
        if not suggestions:
            self._placeholder.setText(NO_SUGGESTIONS)
            return
        bold = QFont(self._menu.font())
        bold.setBold(True)
        actions = []
        for suggestion in suggestions:
            action = QAction(suggestion.replace("&", "&&"), self._menu)
            action.setFont(bold)
            action.triggered.connect(lambda _checked=False, s=suggestion: self._replace(s))
            actions.append(action)
        self._menu.insertActions(self._placeholder, actions)
        self._menu.removeAction(self._placeholder)
        self._placeholder.setVisible(False)

    def _replace(self, suggestion: str) -> None:
        start, end = self._span
        cursor = QTextCursor(self._editor.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        if cursor.selectedText() != self._word:  # the text has changed since the menu opened
            return
        cursor.insertText(suggestion)  # one undo step
        self._editor.setTextCursor(cursor)
