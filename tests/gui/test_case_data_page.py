"""The domain two and three page through its real widgets: a rating chosen in the box, counts typed
into the table (changed, added on the last row, deleted by clearing the name), what reached the file
(read by a second, read-only opener), the derived rating beside, bad counts refused, and undo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from inspector.app.navigator import CASE_DATA
from inspector.content import Content
from inspector.framework.model import Rating
from inspector.gui.inspection_window import InspectionWindow
from inspector.gui.navigator_model import STATE_ROLE
from inspector.gui.pages.case_data_page import CASES, KEY_QUESTION, PERCENT, SUFFICIENT, CaseDataPage, CountTable
from inspector.inspection.model import CaseCount
from tests.gui.conftest import on_disk


def open_page(qtbot: QtBot, inspection: InspectionWindow) -> CaseDataPage:
    """To the Domain two and three node with the keyboard: typing its name in the navigator."""
    inspection.focus_navigator()
    qtbot.keyClicks(inspection.tree, "Domain two")
    assert inspection.current_item() == CASE_DATA
    assert inspection.pages.currentWidget() is inspection.case_data_page
    return inspection.case_data_page


def type_into(qtbot: QtBot, table: CountTable, row: int, column: int, text: str) -> None:
    """Select the cell, F2, clear it, type and press Enter, as the inspector does."""
    table.setFocus()
    table.setCurrentCell(row, column)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.indexWidget(table.currentIndex())
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits the editor's text and closes it from the event loop.
    qtbot.waitUntil(lambda: table.state() is not QAbstractItemView.State.EditingState)


def test_a_rating_chosen_in_the_box_reaches_the_file_and_undoes(
    qtbot: QtBot, inspection: InspectionWindow, demo_path: Path, content: Content
) -> None:
    page = open_page(qtbot, inspection)
    assert inspection.nav_model.index_for_id(CASE_DATA).data(STATE_ROLE) == "7 of 7 rated"
    block = page.blocks["2.1"]
    assert block.rating.currentText() == "From case counts"
    assert block.derived.text() == "From case counts: Good (lowest: Keeping other people safe, 65%)"
    assert not block.notes.isVisible()

    block.rating.setFocus()
    block.rating.setCurrentIndex(block.rating.findText("Inadequate"))
    assert on_disk(demo_path, content).case_rating("2.1") is Rating.INADEQUATE
    assert "differs from the case counts" in block.notes.text() and block.notes.isVisible()
    assert "Inadequate (entered)" in block.title.text()

    entered = page.blocks["2.3"]  # entered Good in the demo; back to the counts, which are none
    entered.rating.setCurrentIndex(entered.rating.findText("From case counts"))
    assert on_disk(demo_path, content).case_rating("2.3") is None
    assert inspection.nav_model.index_for_id(CASE_DATA).data(STATE_ROLE) == "6 of 7 rated"

    inspection.undo()
    inspection.undo()
    saved = on_disk(demo_path, content)
    assert saved.case_rating("2.1") is None and saved.case_rating("2.3") is Rating.GOOD
    assert block.rating.currentText() == "From case counts" and entered.rating.currentText() == "Good"


def test_counts_typed_reach_the_file_and_give_the_rating(
    qtbot: QtBot, inspection: InspectionWindow, demo_path: Path, content: Content
) -> None:
    page = open_page(qtbot, inspection)
    block = page.blocks["2.1"]
    table = block.table
    assert table.rowCount() == 4  # three key questions and the row that adds one
    type_into(qtbot, table, 0, SUFFICIENT, "8")  # Desistance: 8 of 20, 40%
    assert on_disk(demo_path, content).case_counts_for("2.1")[0] == CaseCount("2.1", "Desistance", 8, 20)
    assert table.item(0, PERCENT).text() == "40%" and table.item(0, PERCENT).font().bold()
    # rating-scheme.yaml: under 50 Inadequate.
    assert block.derived.text() == "From case counts: Inadequate (lowest: Desistance, 40%)"

    type_into(qtbot, table, 3, KEY_QUESTION, "Reviewing")  # the add row waits for all three
    assert len(on_disk(demo_path, content).case_counts_for("2.1")) == 3
    type_into(qtbot, table, 3, SUFFICIENT, "19")
    type_into(qtbot, table, 3, CASES, "20")
    assert on_disk(demo_path, content).case_counts_for("2.1")[-1] == CaseCount("2.1", "Reviewing", 19, 20)
    assert table.rowCount() == 5 and table.item(3, PERCENT).text() == "95%"

    type_into(qtbot, table, 0, KEY_QUESTION, "")  # clearing the name deletes the count
    assert [c.key_question for c in on_disk(demo_path, content).case_counts_for("2.1")] == [
        "Keeping the child safe", "Keeping other people safe", "Reviewing"]
    assert block.derived.text() == "From case counts: Good (lowest: Keeping other people safe, 65%)"

    inspection.undo()  # the deletion: the count comes back, last (the store adds a count at the end)
    inspection.undo()  # the added count
    assert on_disk(demo_path, content).case_counts_for("2.1") == (
        CaseCount("2.1", "Keeping the child safe", 14, 20), CaseCount("2.1", "Keeping other people safe", 13, 20),
        CaseCount("2.1", "Desistance", 8, 20))
    assert [table.item(r, KEY_QUESTION).text() for r in range(table.rowCount())] == [
        "Keeping the child safe", "Keeping other people safe", "Desistance", ""]
    assert on_disk(demo_path, content) == inspection.session.inspection


def test_bad_counts_are_refused_in_one_line_and_nothing_is_written(
    qtbot: QtBot, inspection: InspectionWindow, demo_path: Path, content: Content
) -> None:
    page = open_page(qtbot, inspection)
    table = page.blocks["3.1"].table
    before = on_disk(demo_path, content)
    type_into(qtbot, table, 0, SUFFICIENT, "13")  # of 12 cases
    assert page.problem.isVisible()
    assert page.problem.text() == ("Case count for 3.1 (Desistance): 13 sufficient is more than the 12 cases inspected")
    type_into(qtbot, table, 1, CASES, "0")
    assert "cases must be above 0" in page.problem.text() and "\n" not in page.problem.text()
    type_into(qtbot, table, 2, KEY_QUESTION, "Desistance")  # the name of another count
    assert "already counted" in page.problem.text()
    assert on_disk(demo_path, content) == before
    # The table shows what the file holds again.
    shown = [(table.item(r, KEY_QUESTION).text(), table.item(r, SUFFICIENT).text(), table.item(r, CASES).text())
             for r in range(3)]
    assert shown == [(c.key_question, str(c.sufficient), str(c.cases)) for c in before.case_counts_for("3.1")]
    type_into(qtbot, table, 2, SUFFICIENT, "7")  # a good count clears the message
    assert not page.problem.isVisible()
    assert on_disk(demo_path, content).case_counts_for("3.1")[2] == CaseCount("3.1", "Keeping other people safe", 7, 12)


def test_the_count_tables_pass_the_model_tester(
    qtbot: QtBot, inspection: InspectionWindow, qtmodeltester: ModelTester
) -> None:
    page = open_page(qtbot, inspection)
    for block in page.blocks.values():
        qtmodeltester.check(block.table.model())
