"""Spell-checking in the window's text boxes (gui/spelling.py, gui/pages/text_boxes.py) through real
widgets and the real en-GB dictionary: misspelt words underlined once the worker has answered, suggestions,
"Add to dictionary" and "Ignore" on the context menu; a stub checker shows the window's thread never asks
the checker anything. The Qt-free part: tests/test_spelling.py."""

from __future__ import annotations

import os
import stat
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from inspector.app.places import personal_words_file
from inspector.gui.colours import colours
from inspector.gui.dialogs import Dialogs
from inspector.gui.inspection_window import InspectionWindow
from inspector.gui.new_inspection_wizard import NewInspectionWizard
from inspector.gui.pages.rationale import RationaleEdit
from inspector.gui.pages.save_as_typed import SaveAsTyped
from inspector.gui.pages.text_boxes import TextBox
from inspector.gui.spelling import ADD, IGNORE, LOOKING, Spelling, install, uninstall
from inspector.spelling import PersonalWords, SpellService, find_dictionary
from inspector.spelling import dictionary as dictionary_module
from inspector.spelling.service import OFF

needs_dictionary = pytest.mark.skipif(find_dictionary() is None,
                                      reason="no en-GB dictionary (apt-get install hunspell-en-gb)")
WAIT_MS = 20_000  # the first test of a run reads the dictionary (a few seconds)


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def spelling(data: Path) -> Iterator[Spelling]:
    """The app's spelling as gui/app.py installs it, started at once, with the real dictionary."""
    installed = install(SpellService(PersonalWords(personal_words_file(data))))
    installed.service.start()
    yield installed
    uninstall()


@pytest.fixture
def spelled(spelling: Spelling, inspection: InspectionWindow) -> InspectionWindow:
    """The demo inspection's window, built with the spelling installed."""
    return inspection


def underlined(box: TextBox) -> list[str]:
    """The words the highlighter has underlined, in every paragraph."""
    found = []
    block = box.document().firstBlock()
    while block.isValid():
        for span in block.layout().formats():
            assert span.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
            assert span.format.underlineColor() == colours().warning
            found.append(block.text()[span.start:span.start + span.length])
        block = block.next()
    return found


def type_into(qtbot: QtBot, box: QWidget, text: str) -> None:
    """As a hand does: the box's window active, the box with the focus, then the keys."""
    box.window().activateWindow()
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    qtbot.keyClicks(box, text)


def at_word(box: TextBox, word: str) -> QPoint:
    """The middle of `word`'s first letters in the box's viewport, where a right click would be."""
    cursor = QTextCursor(box.document())
    cursor.setPosition(box.toPlainText().index(word) + 2)
    return box.cursorRect(cursor).center()


def open_menu(qtbot: QtBot, box: TextBox, word: str) -> QMenu:
    """A right click on `word`: the context menu as the box pops it up."""
    point = at_word(box, word)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, box.viewport().mapToGlobal(point))
    QApplication.sendEvent(box.viewport(), event)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    return menu


def texts(menu: QMenu) -> list[str]:
    return [action.text() for action in menu.actions()]


@needs_dictionary
def test_misspellings_and_us_spellings_are_underlined_in_the_evidence_text_and_british_ones_not(
        qtbot: QtBot, spelled: InspectionWindow) -> None:
    spelled.show_item("1.1.1a")
    box = spelled.prompt_page.evidence_text
    type_into(qtbot, box, "The plan was recieved by the organisaton: its behaviour and organisation were noted, "
                          "the color and behavior not. The YJS and MoJ met on 1.2.1a at https://www.gov.uk/x ")
    qtbot.waitUntil(lambda: underlined(box) == ["recieved", "organisaton", "color", "behavior"], timeout=WAIT_MS)
    # Underlining is no typing: the form has nothing more to save than what was typed.
    assert box.toPlainText().startswith("The plan was recieved")


@needs_dictionary
def test_the_context_menu_offers_suggestions_and_one_replaces_the_word(
        qtbot: QtBot, spelled: InspectionWindow) -> None:
    spelled.show_item("1.1.1a")
    box = spelled.prompt_page.evidence_text
    type_into(qtbot, box, "The plan was recieved. ")
    qtbot.waitUntil(lambda: underlined(box) == ["recieved"], timeout=WAIT_MS)
    menu = open_menu(qtbot, box, "recieved")
    assert LOOKING in texts(menu) or "received" in texts(menu)
    qtbot.waitUntil(lambda: "received" in texts(menu), timeout=WAIT_MS)
    shown = texts(menu)
    assert LOOKING not in shown
    assert shown[shown.index(ADD) + 1] == IGNORE
    assert shown.index("received") < shown.index(ADD) < shown.index("&Undo\tCtrl+Z")  # Qt's own items follow
    next(a for a in menu.actions() if a.text() == "received").trigger()
    menu.close()
    assert box.toPlainText() == "The plan was received. "
    qtbot.waitUntil(lambda: underlined(box) == [])
    box.undo()  # one step
    assert box.toPlainText() == "The plan was recieved. "


@needs_dictionary
def test_add_to_dictionary_writes_the_personal_word_list_and_the_underline_goes(
        qtbot: QtBot, spelled: InspectionWindow, data: Path) -> None:
    spelled.show_item("1.1.1a")
    box = spelled.prompt_page.evidence_text
    type_into(qtbot, box, "Seen at Wexcombe, and the Wexcombe-based team. ")
    qtbot.waitUntil(lambda: underlined(box) == ["Wexcombe", "Wexcombe-based"], timeout=WAIT_MS)
    menu = open_menu(qtbot, box, "Wexcombe")
    next(a for a in menu.actions() if a.text() == ADD).trigger()
    menu.close()
    qtbot.waitUntil(lambda: underlined(box) == [], timeout=WAIT_MS)

    path = personal_words_file(data)
    assert path.read_text(encoding="utf-8") == "Wexcombe\n"
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    # Another box, and the next session, know it too.
    other = TextBox()
    qtbot.addWidget(other)
    other.setPlainText("Wexcombe was recieved. ")
    qtbot.waitUntil(lambda: underlined(other) == ["recieved"], timeout=WAIT_MS)
    assert "Wexcombe" in PersonalWords(path)


@needs_dictionary
def test_ignore_takes_the_underline_away_for_the_session_and_writes_nothing(
        qtbot: QtBot, spelling: Spelling, data: Path) -> None:
    box = TextBox()
    qtbot.addWidget(box)
    box.show()
    box.setPlainText("Thornlea and Thornlea again were recieved.")
    qtbot.waitUntil(lambda: underlined(box) == ["Thornlea", "Thornlea", "recieved"], timeout=WAIT_MS)
    menu = box.context_menu(at_word(box, "Thornlea"))
    next(a for a in menu.actions() if a.text() == IGNORE).trigger()
    qtbot.waitUntil(lambda: underlined(box) == ["recieved"])
    assert not personal_words_file(data).exists()


@needs_dictionary
def test_a_correct_word_and_a_read_only_box_have_no_spelling_in_their_menu(qtbot: QtBot, spelling: Spelling) -> None:
    box = TextBox()
    qtbot.addWidget(box)
    box.setPlainText("The organisation was recieved.")
    qtbot.waitUntil(lambda: underlined(box) == ["recieved"], timeout=WAIT_MS)
    assert texts(box.context_menu(at_word(box, "organisation")))[0] == "&Undo\tCtrl+Z"
    keyboard = box.textCursor()
    keyboard.setPosition(box.toPlainText().index("recieved") + 3)
    box.setTextCursor(keyboard)
    assert ADD in texts(box.context_menu(QPoint(0, 0), at_cursor=True))  # the Menu key: the word at the cursor
    box.setReadOnly(True)  # a read-only session's: underlined, but nothing to change it with
    assert underlined(box) == ["recieved"]
    assert ADD not in texts(box.context_menu(at_word(box, "recieved")))


@needs_dictionary
def test_the_word_being_typed_is_underlined_once_the_cursor_leaves_it(qtbot: QtBot, spelling: Spelling) -> None:
    box = TextBox()
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    type_into(qtbot, box, "The plan was recieved")
    qtbot.waitUntil(lambda: spelling.service.known("was") is True, timeout=WAIT_MS)
    qtbot.wait(100)
    assert underlined(box) == []  # the cursor is still in it: not even checked, nor were "re", "rec"…
    assert spelling.service.known("recieved") is spelling.service.known("reciev") is None
    qtbot.keyClick(box, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: underlined(box) == ["recieved"], timeout=WAIT_MS)
    qtbot.keyClick(box, Qt.Key.Key_Left)
    qtbot.keyClick(box, Qt.Key.Key_Left)  # back into the word: it keeps its underline until typed in
    qtbot.keyClick(box, Qt.Key.Key_Home)
    assert underlined(box) == ["recieved"]
    # A word typed then left by a click elsewhere (the cursor moves, nothing typed): checked then.
    qtbot.keyClick(box, Qt.Key.Key_End)
    qtbot.keyClicks(box, "and organisaton")
    box.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.waitUntil(lambda: underlined(box) == ["recieved", "organisaton"], timeout=WAIT_MS)
    # Into a misspelt word without typing (a click, to put it right): it keeps its underline; typing in it
    # takes the underline away until it is left.
    inside = box.textCursor()
    inside.setPosition(box.toPlainText().index("recieved") + 5)  # after "recie"
    box.setTextCursor(inside)
    assert underlined(box) == ["recieved", "organisaton"]
    qtbot.keyClick(box, Qt.Key.Key_Backspace)
    qtbot.keyClick(box, Qt.Key.Key_Backspace)
    qtbot.keyClicks(box, "ei")
    assert underlined(box) == ["organisaton"] and "received" in box.toPlainText()
    box.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.waitUntil(lambda: spelling.service.known("received") is True, timeout=WAIT_MS)
    assert underlined(box) == ["organisaton"]


@needs_dictionary
def test_an_underline_arriving_is_not_typing_in_a_rationale(qtbot: QtBot, spelling: Spelling) -> None:
    saved: list[str] = []
    holder = QWidget()
    qtbot.addWidget(holder)
    typing = SaveAsTyped(lambda: saved.append("saved"), holder)
    rationale = RationaleEdit("Why", 2, typing)
    rationale.setParent(holder)
    rationale.show_text("The plan was recieved.", required=False)
    qtbot.waitUntil(lambda: underlined(rationale) == ["recieved"], timeout=WAIT_MS)
    assert not typing.dirty and saved == []


class RecordingChecker:
    """Stands in for the dictionary: slow, and notes which thread asks it anything."""

    def __init__(self) -> None:
        self.threads: set[threading.Thread] = set()
        self.words: list[str] = []

    def correct(self, word: str) -> bool:
        self.threads.add(threading.current_thread())
        self.words.append(word)
        threading.Event().wait(0.02)  # spylls is slow; the window must not notice
        return word != "recieved"

    def suggestions(self, word: str) -> list[str]:
        self.threads.add(threading.current_thread())
        threading.Event().wait(0.2)
        return ["received"]


def test_typing_never_waits_on_the_checker_it_asks_only_the_worker(qtbot: QtBot, tmp_path: Path) -> None:
    checker = RecordingChecker()
    stub = install(SpellService(PersonalWords(tmp_path / "words.txt"), load=lambda: checker))
    try:
        stub.service.start()
        box = TextBox()
        qtbot.addWidget(box)
        box.show()
        type_into(qtbot, box, "The plan was recieved by all the partners of the board. ")
        qtbot.waitUntil(lambda: underlined(box) == ["recieved"], timeout=WAIT_MS)
        menu = box.context_menu(at_word(box, "recieved"))
        assert LOOKING in texts(menu)  # the menu does not wait for the suggestions either
        qtbot.waitUntil(lambda: "received" in texts(menu), timeout=WAIT_MS)
        # Each word once typed, not its beginnings ("pl", "pla"), and only ever on the worker.
        assert set(checker.words) == {"The", "plan", "was", "recieved", "by", "all", "the", "partners", "of",
                                      "board"}
        assert checker.threads and threading.main_thread() not in checker.threads
    finally:
        uninstall()


def test_without_a_dictionary_nothing_is_underlined_and_the_menu_is_qts(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(dictionary_module.DICTIONARY_ENV, str(tmp_path))
    monkeypatch.setattr(dictionary_module, "SYSTEM_FOLDERS", ())
    off = install(SpellService(PersonalWords(tmp_path / "words.txt")))
    try:
        off.service.start()
        qtbot.waitUntil(lambda: off.service.state == OFF)
        box = TextBox()
        qtbot.addWidget(box)
        box.setPlainText("The plan was recieved.")
        QApplication.processEvents()
        assert underlined(box) == []
        assert texts(box.context_menu(at_word(box, "recieved")))[0] == "&Undo\tCtrl+Z"
    finally:
        uninstall()


def test_boxes_made_with_no_spelling_installed_and_the_team_list_check_nothing(
        qtbot: QtBot, spelling: Spelling, tmp_path: Path) -> None:
    assert TextBox().spelling is not None
    assert TextBox(spelling=False).spelling is None
    wizard = NewInspectionWizard(tmp_path, Dialogs())
    qtbot.addWidget(wizard)
    assert wizard.team.spelling is None  # names, one a line
    uninstall()
    assert TextBox().spelling is None
