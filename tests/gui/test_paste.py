"""Text pasted into the window's text boxes passes the text gate (inspector/text.py): what a Word
document cannot hold is removed as it is pasted, the status bar says so, and the clean text is what
reaches the file. Through the real widgets, pasting with Ctrl+V from the clipboard."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from inspector.app.navigator import CASE_DATA
from inspector.content import Content
from inspector.gui.inspection_window import InspectionWindow
from inspector.gui.pages.case_data_page import KEY_QUESTION
from inspector.inspection.model import Answer, KeyQuestionAnswer
from inspector.text import paste_notice
from tests.gui.conftest import on_disk

# What Word and PDFs put on the clipboard: a vertical tab for a manual line break, a form feed for a page.
PASTED = "Board minutes\x0b seen\x0c in March"
CLEAN = "Board minutes seen in March"


def paste(qtbot: QtBot, box: QWidget, text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_evidence_pasted_is_cleaned_with_a_notice_and_saved_clean(
    qtbot: QtBot, inspection: InspectionWindow, demo_path: Path, content: Content
) -> None:
    inspection.show_item("1.1.1a")
    page = inspection.prompt_page
    paste(qtbot, page.reference, "Minutes\x01 p.3")
    assert page.reference.text() == "Minutes p.3"
    assert inspection.statusBar().currentMessage() == paste_notice(1)
    paste(qtbot, page.evidence_text, PASTED)  # the form is saved by its button
    assert page.evidence_text.toPlainText() == CLEAN
    assert inspection.statusBar().currentMessage() == paste_notice(2)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    added = on_disk(demo_path, content).evidence_for("1.1.1a")[-1]
    assert (added.text, added.reference) == (CLEAN, "Minutes p.3")


def test_a_rationale_pasted_is_cleaned_and_saved_when_left(
    qtbot: QtBot, inspection: InspectionWindow, demo_path: Path, content: Content
) -> None:
    inspection.show_item("1.2.1")
    page = inspection.key_question_page
    qtbot.mouseClick(page.yes, Qt.MouseButton.LeftButton)
    paste(qtbot, page.rationale, PASTED)
    assert page.rationale.toPlainText() == CLEAN
    qtbot.keyClick(page.rationale, Qt.Key.Key_Tab)
    assert on_disk(demo_path, content).answer("1.2.1") == KeyQuestionAnswer("1.2.1", Answer.YES, CLEAN)


def test_a_name_pasted_into_a_line_is_cleaned_where_it_was_pasted(
    qtbot: QtBot, inspection: InspectionWindow, demo_path: Path, content: Content
) -> None:
    inspection.show_item("details")
    page = inspection.pages.currentWidget()
    lead = page.lead  # type: ignore[attr-defined]
    lead.selectAll()
    paste(qtbot, lead, "Priya\ufffe Raman")
    assert (lead.text(), lead.cursorPosition()) == ("Priya Raman", len("Priya Raman"))
    assert inspection.statusBar().currentMessage() == paste_notice(1)
    qtbot.keyClick(lead, Qt.Key.Key_Return)
    assert on_disk(demo_path, content).details.lead_inspector == "Priya Raman"


def test_clean_text_pastes_as_it_is_without_a_notice(qtbot: QtBot, inspection: InspectionWindow) -> None:
    inspection.show_item("1.1.1a")
    page = inspection.prompt_page
    paste(qtbot, page.evidence_text, "Line one\n\tline two — ŵ’")
    assert page.evidence_text.toPlainText() == "Line one\n\tline two — ŵ’"
    assert inspection.statusBar().currentMessage() == ""


def test_a_case_data_name_pasted_into_its_cell_is_cleaned(
    qtbot: QtBot, inspection: InspectionWindow, demo_path: Path, content: Content
) -> None:
    inspection.show_item(CASE_DATA)
    table = inspection.case_data_page.blocks["2.1"].table
    table.setFocus()
    table.setCurrentCell(0, KEY_QUESTION)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.indexWidget(table.currentIndex())
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    paste(qtbot, editor, "Desistance\x0b work")
    assert editor.text() == "Desistance work"
    assert inspection.statusBar().currentMessage() == paste_notice(1)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() is not QAbstractItemView.State.EditingState)
    names = [c.key_question for c in on_disk(demo_path, content).case_counts_for("2.1")]
    assert "Desistance work" in names and "Desistance" not in names
