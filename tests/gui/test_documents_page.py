"""The documents page through its real widgets, with the keyboard: an entry added through the form and
saved with Ctrl+Return (never as a field is left), edited, undone; a file attached (answered through the
Answers fixture), then changed on disk and the page saying so in the palette's warning colour, the change
accepted; deletion refused in one line while evidence cites the entry; the evidence citing it opening its
prompt; the read-only register with no form; the mnemonics and the tab order."""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from inspector.app.document_edits import ACCEPTED
from inspector.app.edits import EvidenceEdit
from inspector.app.navigator import DOCUMENTS
from inspector.content import Content
from inspector.gui.controller import Controller
from inspector.gui.documents_model import CHECK, CITED, FILE, TITLE
from inspector.gui.inspection_window import InspectionWindow
from inspector.gui.navigator_model import STATE_ROLE
from inspector.gui.pages.documents_page import DocumentsPage
from inspector.gui.pages.style import warning_colour
from inspector.inspection.model import Document, DocumentKind, Evidence, SourceKind
from inspector.store import InspectionFile
from tests.gui.conftest import Answers, on_disk
from tests.gui.shots import dark_palette

ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier


def open_page(qtbot: QtBot, inspection: InspectionWindow) -> DocumentsPage:
    """To the Documents node with the keyboard: typing its name in the navigator."""
    inspection.focus_navigator()
    qtbot.keyClicks(inspection.tree, "Documents")
    assert inspection.current_item() == DOCUMENTS
    page = inspection.pages.currentWidget()
    assert isinstance(page, DocumentsPage)
    return page


def register(path: Path, content: Content, *documents: Document) -> None:
    """Entries put in the file before the window opens it, after the demo's own register."""
    with InspectionFile.open(path, content.framework, "helen", rating_scheme=content.rating_scheme) as file:
        for document in documents:
            file.set_document(document)


def opened(qtbot: QtBot, controller: Controller, path: Path, read_only: bool = False) -> InspectionWindow:
    """As the `inspection` fixture opens the demo: active (shortcuts reach only the active window)."""
    window = controller.open_path(path, read_only=read_only)
    assert window is not None
    qtbot.waitExposed(window)
    window.resize(1366, 768)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def cell(page: DocumentsPage, row: int, column: int) -> str:
    return str(page.model.index(row, column).data())


def row_of(page: DocumentsPage, title: str) -> int:
    """The register's row showing the entry of that title (found by it, not by where the demo's end)."""
    rows = [row for row in range(page.model.rowCount()) if cell(page, row, TITLE) == title]
    assert len(rows) == 1, (title, rows)
    return rows[0]


def save_with_keys(qtbot: QtBot, page: DocumentsPage, field: QWidget) -> None:
    qtbot.keyClick(field, Qt.Key.Key_Return, CTRL)


def test_an_entry_typed_in_the_form_is_saved_with_ctrl_return_and_undone(
    qtbot: QtBot, inspection: InspectionWindow, demo_path: Path, content: Content
) -> None:
    before = on_disk(demo_path, content).documents  # the demo's own register
    assert before
    page = open_page(qtbot, inspection)
    assert page.model.rowCount() == len(before) and page.form_title.text() == "New document"
    assert page.save_button.text() == "&Add document"
    end = inspection.session.inspection.details.fieldwork_end
    assert end is not None and page.received.date().toPython() == end  # today is after the fieldwork week
    qtbot.keyClick(page.table, Qt.Key.Key_T, ALT)  # &Title
    assert page.title.hasFocus()
    qtbot.keyClicks(page.title, "Board minutes, March")
    qtbot.keyClick(page.title, Qt.Key.Key_Tab)  # leaving a field saves nothing
    assert page.kind.hasFocus() and on_disk(demo_path, content).documents == before
    assert page.form_title.text() == "New document" and page.discard_button.isEnabled()
    qtbot.keyClicks(page.kind, "E")  # Evidence in advance
    qtbot.keyClick(page.kind, Qt.Key.Key_Tab)
    assert page.received.hasFocus()
    for _ in range(3):  # day, month and year, then on to who supplied it
        qtbot.keyClick(page.received, Qt.Key.Key_Tab)
    assert page.supplied_by.hasFocus()
    qtbot.keyClicks(page.supplied_by, "YJS manager")
    save_with_keys(qtbot, page, page.supplied_by)

    *kept, saved = on_disk(demo_path, content).documents  # added after the demo's register
    assert tuple(kept) == before
    assert (saved.title, saved.kind, saved.received, saved.supplied_by, saved.file_path) == (
        "Board minutes, March", DocumentKind.EVIDENCE_IN_ADVANCE, end, "YJS manager", "")
    added = len(before)
    assert page.model.rowCount() == len(before) + 1
    assert cell(page, added, TITLE) == "Board minutes, March" and page.table.currentIndex().row() == added
    assert page.save_button.text() == "&Save changes" and page.form_title.text() == "The entry selected"
    assert inspection.nav_model.index_for_id(DOCUMENTS).data(STATE_ROLE) == f"{len(before) + 1} registered"
    assert inspection.undo_stack.undoText() == "Add document 'Board minutes, March'"

    # Edited: the supplier changed, saved with the button's mnemonic.
    page.supplied_by.setFocus()
    page.supplied_by.selectAll()
    qtbot.keyClicks(page.supplied_by, "Head of service")
    assert page.form_title.text() == "Changes not yet saved"
    count = inspection.undo_stack.count()
    qtbot.keyClick(page.supplied_by, Qt.Key.Key_S, ALT)  # &Save changes
    qtbot.waitUntil(lambda: inspection.undo_stack.count() > count)
    assert on_disk(demo_path, content).document(saved.id).supplied_by == "Head of service"  # type: ignore[union-attr]

    inspection.undo()
    assert on_disk(demo_path, content).document(saved.id).supplied_by == "YJS manager"  # type: ignore[union-attr]
    assert page.supplied_by.text() == "YJS manager"  # the form follows the file
    inspection.undo()
    assert on_disk(demo_path, content).documents == before and page.model.rowCount() == len(before)
    assert page.form_title.text() == "New document" and page.title.text() == ""


def test_a_refused_entry_says_why_in_one_line_and_keeps_the_typing(
    qtbot: QtBot, inspection: InspectionWindow, demo_path: Path, content: Content
) -> None:
    before = on_disk(demo_path, content).documents
    page = open_page(qtbot, inspection)
    page.supplied_by.setFocus()
    qtbot.keyClicks(page.supplied_by, "YJS manager")
    save_with_keys(qtbot, page, page.supplied_by)
    assert page.problem.isVisible() and page.problem.text() == "Document title: type what the document is"
    assert page.supplied_by.text() == "YJS manager" and on_disk(demo_path, content).documents == before
    qtbot.keyClick(page.supplied_by, Qt.Key.Key_Escape)  # discarded
    assert page.supplied_by.text() == "" and not page.problem.isVisible()


def test_another_entry_is_not_chosen_over_changes_not_yet_saved(
    qtbot: QtBot, controller: Controller, demo_path: Path, content: Content
) -> None:
    minutes = Document("Board minutes", DocumentKind.EVIDENCE_IN_ADVANCE)
    register(demo_path, content, minutes, Document("Youth justice plan", DocumentKind.EVIDENCE_IN_ADVANCE))
    window = opened(qtbot, controller, demo_path)
    page = open_page(qtbot, window)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(row_of(page, "Board minutes"), TITLE))
    assert page.title.text() == "Board minutes"
    page.title.setFocus()
    qtbot.keyClick(page.title, Qt.Key.Key_End)
    qtbot.keyClicks(page.title, " (signed)")
    page.table.setCurrentIndex(page.model.index(row_of(page, "Youth justice plan"), TITLE))
    assert page.table.currentIndex().row() == row_of(page, "Board minutes")
    assert page.title.text() == "Board minutes (signed)"
    assert page.problem.text().startswith("The form has changes not yet saved: Ctrl+Return saves them")
    qtbot.keyClick(page.new_button, Qt.Key.Key_N, ALT)  # &New document: refused too
    assert page.title.text() == "Board minutes (signed)"
    # ... and kept while the inspector is on another page.
    window.show_item("1.1.1a")
    window.show_item(DOCUMENTS)
    assert page.title.text() == "Board minutes (signed)"
    assert on_disk(demo_path, content).document(minutes.id).title == "Board minutes"  # type: ignore[union-attr]
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert on_disk(demo_path, content).document(minutes.id).title == "Board minutes (signed)"  # type: ignore[union-attr]
    assert page.table.currentIndex().row() == row_of(page, "Board minutes (signed)")  # still the one chosen
    page.table.setCurrentIndex(page.model.index(row_of(page, "Youth justice plan"), TITLE))
    assert page.title.text() == "Youth justice plan" and not page.problem.isVisible()


def test_a_file_attached_then_changed_on_disk_is_said_and_accepted(
    qtbot: QtBot, inspection: InspectionWindow, demo_path: Path, content: Content, answers: Answers, tmp_path: Path
) -> None:
    minutes = tmp_path / "papers" / "minutes.txt"
    minutes.parent.mkdir()
    minutes.write_text("Board minutes, 4 March")
    answers.chosen_file = minutes
    before = on_disk(demo_path, content).documents
    page = open_page(qtbot, inspection)
    page.title.setFocus()
    qtbot.keyClicks(page.title, "Board minutes")
    qtbot.keyClick(page.title, Qt.Key.Key_L, ALT)  # Choose fi&le…
    qtbot.waitUntil(lambda: page.file_name.text() == "minutes.txt")
    assert page.remove_button.isEnabled() and on_disk(demo_path, content).documents == before  # not saved yet
    save_with_keys(qtbot, page, page.title)
    *kept, saved = on_disk(demo_path, content).documents
    assert tuple(kept) == before and saved.title == "Board minutes"
    assert (saved.file_path, saved.sha256) == (str(minutes), hashlib.sha256(minutes.read_bytes()).hexdigest())
    row = row_of(page, "Board minutes")
    assert (cell(page, row, FILE), cell(page, row, CHECK)) == ("minutes.txt", "unchanged")
    assert page.file_state.text() == "minutes.txt: file unchanged." and not page.accept_button.isEnabled()

    # Changed in place, its size and time put back: only reading it again finds that.
    times = minutes.stat()
    minutes.write_text("Board minutes, 4 MARCH")
    os.utime(minutes, ns=(times.st_atime_ns, times.st_mtime_ns))
    inspection.show_item("1.1.1a")
    inspection.show_item(DOCUMENTS)
    assert cell(page, row, CHECK) == "unchanged"
    qtbot.keyClick(page.table, Qt.Key.Key_C, ALT)  # &Check files again
    qtbot.waitUntil(lambda: cell(page, row, CHECK) == "changed")
    assert page.model.index(row, CHECK).data(Qt.ItemDataRole.ToolTipRole) == "file changed since it was registered"
    brush = page.model.index(row, CHECK).data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(brush, QBrush) and brush.color() == warning_colour(page.palette())
    assert page.file_state.text() == ("minutes.txt: file changed since it was registered. If it is still the document "
                                      "the evidence cites, accept it; if not, put the registered one back.")
    light = warning_colour(page.palette())
    assert page.file_state.palette().color(QPalette.ColorRole.WindowText) == light
    # A dark theme chosen while the window is open: the warning is redrawn in a red readable on it.
    kept = QPalette(QApplication.palette())
    QApplication.setPalette(dark_palette(kept))
    try:
        qtbot.waitUntil(lambda: warning_colour(QApplication.palette()) != light)
        qtbot.waitUntil(lambda: page.file_state.palette().color(QPalette.ColorRole.WindowText)
                        == warning_colour(QApplication.palette()))
    finally:
        QApplication.setPalette(kept)
    assert page.summary.text().endswith("1 file needs a look")

    count = inspection.undo_stack.count()
    qtbot.keyClick(page.table, Qt.Key.Key_P, ALT)  # Acce&pt the changed file
    qtbot.waitUntil(lambda: inspection.undo_stack.count() > count)
    accepted = on_disk(demo_path, content).document(saved.id)
    assert accepted is not None and accepted.sha256 == hashlib.sha256(minutes.read_bytes()).hexdigest()
    assert inspection.session.audit()[-1].reason == ACCEPTED
    assert cell(page, row, CHECK) == "unchanged" and not page.accept_button.isEnabled()

    # Changed as files are (a new size or time), then gone: seen at the page's next redraw, unasked.
    minutes.write_text("Board minutes, 4 March, corrected again")
    inspection.show_item("1.1.1a")
    inspection.show_item(DOCUMENTS)
    assert cell(page, row, CHECK) == "changed"
    minutes.unlink()
    inspection.show_item("1.1.1a")
    inspection.show_item(DOCUMENTS)
    assert cell(page, row, CHECK) == "not found" and page.model.index(row, CHECK).data(Qt.ItemDataRole.ForegroundRole)


def test_a_cited_entry_lists_its_evidence_opens_its_prompt_and_is_not_deleted(
    qtbot: QtBot, controller: Controller, demo_path: Path, content: Content
) -> None:
    minutes = Document("Board minutes", DocumentKind.EVIDENCE_IN_ADVANCE)
    demo = [d.title for d in on_disk(demo_path, content).documents]
    register(demo_path, content, minutes, Document("Youth justice plan", DocumentKind.EVIDENCE_IN_ADVANCE))
    window = opened(qtbot, controller, demo_path)
    for prompt_id, page_number in (("1.1.1a", "p. 4"), ("1.2.1c", "")):
        window.perform(EvidenceEdit(None, Evidence(prompt_id, "The plan was reviewed", SourceKind.DOCUMENT,
                                                   document_id=minutes.id, page=page_number)))
    page = open_page(qtbot, window)
    entered = row_of(page, "Board minutes"), row_of(page, "Youth justice plan")
    assert tuple(cell(page, row, CITED) for row in entered) == ("2", "")
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(entered[0], TITLE))
    assert page.citations_model.rowCount() == 2
    assert [str(page.citations_model.index(r, 1).data()) for r in range(2)] == ["p. 4", ""]

    rows = len(window.session.audit())
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert page.problem.text() == "The document is cited by 2 evidence items; change what they cite first"
    registered = [*demo, "Board minutes", "Youth justice plan"]
    assert len(window.session.audit()) == rows
    assert [d.title for d in on_disk(demo_path, content).documents] == registered

    page.citations.setFocus()
    page.citations.setCurrentIndex(page.citations_model.index(1, 0))
    qtbot.keyClick(page.citations, Qt.Key.Key_Return)
    assert window.current_item() == "1.2.1c"
    window.show_item(DOCUMENTS)  # the entry still chosen; a double click opens the other
    first = page.citations.visualRect(page.citations_model.index(0, 0)).center()
    qtbot.mouseClick(page.citations.viewport(), Qt.MouseButton.LeftButton, pos=first)  # as a double click begins
    qtbot.mouseDClick(page.citations.viewport(), Qt.MouseButton.LeftButton, pos=first)
    assert window.current_item() == "1.1.1a"

    # The entry nothing cites is deleted, and comes back with undo.
    window.show_item(DOCUMENTS)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(row_of(page, "Youth justice plan"), TITLE))
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert [d.title for d in on_disk(demo_path, content).documents] == [*demo, "Board minutes"]
    assert page.model.rowCount() == len(demo) + 1
    window.undo()
    assert [d.title for d in on_disk(demo_path, content).documents] == registered


def test_read_only_the_register_shows_no_form(
    qtbot: QtBot, controller: Controller, demo_path: Path, content: Content
) -> None:
    register(demo_path, content, Document("Board minutes", DocumentKind.EVIDENCE_IN_ADVANCE))
    registered = on_disk(demo_path, content).documents  # the demo's register and the minutes
    window = opened(qtbot, controller, demo_path, read_only=True)
    window.show_item(DOCUMENTS)
    page = window.pages.currentWidget()
    assert isinstance(page, DocumentsPage)
    assert page.model.rowCount() == len(registered) and page.heading.crumb.text().endswith("(read-only)")
    assert not page.form.isVisible() and not page.new_button.isVisible() and not page.delete_button.isVisible()
    assert page.check_button.isVisible()  # reading the files changes nothing
    rows = len(window.session.audit())
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(row_of(page, "Board minutes"), TITLE))  # nothing cites it
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.keyClick(page.table, Qt.Key.Key_Insert)
    assert len(window.session.audit()) == rows and page.model.rowCount() == len(registered)
    assert on_disk(demo_path, content).documents == registered


def test_mnemonics_are_unique_and_tab_follows_the_page(qtbot: QtBot, inspection: InspectionWindow) -> None:
    page = open_page(qtbot, inspection)
    menus = {re.search(r"&(\w)", a.text()).group(1).lower()  # type: ignore[union-attr]
             for a in inspection.menuBar().actions()}
    letters = [re.search(r"&(\w)", w.text()).group(1).lower()  # type: ignore[union-attr]
               for w in page.findChildren(QLabel) + page.findChildren(QAbstractButton) if "&" in w.text()]
    assert len(letters) == len(set(letters)) and not set(letters) & menus, sorted(letters)
    assert "s" not in letters  # "&Save changes" takes the place of "&Add document"
    controls = (page.table, page.title, page.kind, page.received, page.supplied_by, page.citations)
    assert all(w.accessibleName() for w in controls)
    page.table.setFocus()  # the register's first entry becomes the current one, as a list does
    first = inspection.session.inspection.documents[0]  # the demo's, with no file attached
    assert page.table.currentIndex().row() == 0 and page.title.text() == first.title and not first.file_path
    seen = []
    for _ in range(12):
        qtbot.keyClick(QWidget.focusWidget(page) or page, Qt.Key.Key_Tab)  # type: ignore[arg-type]
        seen.append(page.focusWidget())
    # Delete has the entry to act on; Accept and Remove file (no file) and Discard (nothing typed) are greyed,
    # and skipped. The date takes a Tab for each of its day, month and year.
    assert page.delete_button.isEnabled()
    assert not (page.accept_button.isEnabled() or page.remove_button.isEnabled() or page.discard_button.isEnabled())
    assert seen == [page.new_button, page.delete_button, page.check_button, page.title, page.kind,
                    *[page.received] * 3, page.supplied_by, page.choose_button, page.save_button, page.citations]


def test_the_models(qtmodeltester: ModelTester, controller: Controller, demo_path: Path, content: Content,
                    qtbot: QtBot) -> None:
    minutes = Document("Board minutes", DocumentKind.EVIDENCE_IN_ADVANCE)
    register(demo_path, content, minutes)
    window = opened(qtbot, controller, demo_path)
    window.perform(EvidenceEdit(None, Evidence("1.1.1a", "The plan", SourceKind.DOCUMENT, document_id=minutes.id)))
    page = open_page(qtbot, window)
    page.table.setCurrentIndex(page.model.index(row_of(page, "Board minutes"), TITLE))
    assert page.citations_model.rowCount() == 1
    qtmodeltester.check(page.model, force_py=True)
    qtmodeltester.check(page.citations_model, force_py=True)
