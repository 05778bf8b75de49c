"""The interviews page through its real widgets, keyboard only: Ctrl+Shift+N or Insert, the reference typed, Y/N/X per
question; what reached the file (read by a second, read-only opener), the results against the engine,
the tallies, and undo."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from inspector.app.navigator import INTERVIEWS
from inspector.content import Content
from inspector.gui.inspection_window import InspectionWindow
from inspector.gui.interview_results_model import BAND, BELOW, LABEL, PERCENT, YES, N
from inspector.gui.navigator_model import STATE_ROLE
from inspector.gui.pages.interviews_page import ANSWER, AnswerGrid
from inspector.inspection.model import InterviewAnswer, InterviewResponse, TalliedPercentage
from inspector.rules.percentages import shown
from tests.gui.conftest import DEMO_LEAD, on_disk
from tests.gui.keys import bindings

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier


def open_page(qtbot: QtBot, inspection: InspectionWindow) -> None:
    """To the Interviews node with the keyboard: typing its name in the navigator."""
    inspection.focus_navigator()
    qtbot.keyClicks(inspection.tree, "Interviews")
    assert inspection.current_item() == INTERVIEWS
    assert inspection.pages.currentWidget() is inspection.interviews_page


def test_an_interview_entered_with_the_keyboard_reaches_the_file(
    qtbot: QtBot, inspection: InspectionWindow, demo_path: Path, content: Content
) -> None:
    open_page(qtbot, inspection)
    page = inspection.interviews_page
    assert inspection.nav_model.index_for_id(INTERVIEWS).data(STATE_ROLE) == "24 recorded"
    qtbot.keyClick(inspection.tree, Qt.Key.Key_N, CTRL_SHIFT)  # a new interview, from the navigator too
    assert page.reference.hasFocus() and page.reference.text() == "CM-25"
    qtbot.keyClicks(page.reference, "CM-31")
    qtbot.keyClick(page.reference, Qt.Key.Key_Tab)  # to the date: the reference is saved
    assert page.date.hasFocus()
    for _ in range(3):  # Tab moves through the day, month and year, then on to the inspector
        qtbot.keyClick(page.date, Qt.Key.Key_Tab)
    assert page.inspector.hasFocus() and page.inspector.text() == DEMO_LEAD
    qtbot.keyClick(page.inspector, Qt.Key.Key_Tab)
    assert page.grid.hasFocus() and page.grid.currentRow() == 0
    for key in (Qt.Key.Key_Y, Qt.Key.Key_N, Qt.Key.Key_X, Qt.Key.Key_Y):
        qtbot.keyClick(page.grid, key)
    assert page.grid.currentRow() == 4  # each answer moves to the next question

    saved = on_disk(demo_path, content).interviews[-1]
    # Today is after the demo's fieldwork week: the new interview is dated its last day.
    last_day = inspection.session.inspection.details.fieldwork_end
    assert last_day is not None and last_day < inspection.session.clock().astimezone().date()
    assert (saved.reference, saved.inspector, saved.date) == ("CM-31", DEMO_LEAD, last_day)
    form = content.forms.get(saved.form_id, saved.form_version)
    assert form is not None
    assert [(q, r.answer) for q, r in saved.responses] == [
        (form.questions[0].id, InterviewAnswer.YES), (form.questions[1].id, InterviewAnswer.NO),
        (form.questions[2].id, InterviewAnswer.NOT_ASKED), (form.questions[3].id, InterviewAnswer.YES)]
    assert page.grid.item(1, ANSWER).text() == "No"
    assert inspection.nav_model.index_for_id(INTERVIEWS).data(STATE_ROLE) == "25 recorded"
    assert page.interview_list.currentItem().text().startswith("CM-31 \u00b7 ")

    # A comment on the current question, typed and left with Tab.
    page.grid.setCurrentCell(1, 0)
    page.comment.setFocus()
    qtbot.keyClicks(page.comment, "Caseload of 14")
    qtbot.keyClick(page.comment, Qt.Key.Key_Tab)
    assert on_disk(demo_path, content).interviews[-1].response(form.questions[1].id) == InterviewResponse(
        InterviewAnswer.NO, "Caseload of 14")

    # Undo takes back the steps one by one: the comment, the four answers, the reference, the interview.
    for _ in range(6):
        inspection.undo()
    assert on_disk(demo_path, content).interviews[-1].reference == "CM-25"
    inspection.undo()
    assert len(on_disk(demo_path, content).interviews) == 24
    assert inspection.nav_model.index_for_id(INTERVIEWS).data(STATE_ROLE) == "24 recorded"
    assert inspection.current_item() == INTERVIEWS


def test_the_results_table_is_the_engines(
    qtbot: QtBot, inspection: InspectionWindow, qtmodeltester: ModelTester
) -> None:
    open_page(qtbot, inspection)
    page = inspection.interviews_page
    model = page.results_model
    qtmodeltester.check(model)
    evaluation = inspection.session.evaluation
    rows = {model.index(r, LABEL).data(Qt.ItemDataRole.AccessibleTextRole): r for r in range(model.rowCount())}
    for result in evaluation.interview_results:
        row = next(r for label, r in rows.items() if label.startswith(f"{result.prompt_id}  "))
        assert model.index(row, YES).data() == ("" if result.yes is None else str(result.yes))
        assert model.index(row, N).data() == ("" if result.n is None else str(result.n))
        assert model.index(row, PERCENT).data() == (shown(result.percent) if result.percent is not None else "")
        assert model.index(row, BAND).data() == (result.band.name if result.band else "")
        assert bool(model.index(row, BELOW).data()) == result.below_threshold
    supervision = next(r for label, r in rows.items() if label.startswith("1.2.3a  "))
    assert model.index(supervision, BELOW).data() == "below 65%"

    # Answering 'no' to supervision in a new interview moves the engine's count, and the table with it.
    page.grid.setFocus()
    qtbot.keyClick(page.grid, Qt.Key.Key_N, CTRL_SHIFT)
    qtbot.keyClick(page.reference, Qt.Key.Key_Tab)
    form = page._form
    assert form is not None
    row = next(i for i, q in enumerate(form.questions) if q.id == "supervision-regular")
    page.grid.setFocus()
    page.grid.setCurrentCell(row, 0)
    qtbot.keyClick(page.grid, Qt.Key.Key_N)
    assert model.index(supervision, N).data() == "73" == str(inspection.session.evaluation.interview_result("1.2.3a").n)


def test_a_tally_is_set_and_a_bad_one_refused(
    qtbot: QtBot, inspection: InspectionWindow, demo_path: Path, content: Content
) -> None:
    open_page(qtbot, inspection)
    page = inspection.interviews_page
    page.tally_prompt.setCurrentIndex(page.tally_prompt.findData("1.2.5e"))
    assert page.tally_note.text().startswith("Used:")
    page.tally_percent.setFocus()
    page.tally_percent.selectAll()
    qtbot.keyClicks(page.tally_percent, "250")
    qtbot.keyClick(page.tally_percent, Qt.Key.Key_Return)
    assert page.problem.isVisible() and page.problem.text() == (
        "Tallied percentage for 1.2.5e: must be between 0 and 100 (got 250)")
    before = on_disk(demo_path, content).tally("1.2.5e")
    page.tally_percent.selectAll()
    qtbot.keyClicks(page.tally_percent, "55.5")
    page.tally_count.selectAll()
    qtbot.keyClicks(page.tally_count, "12")
    qtbot.keyClick(page.tally_count, Qt.Key.Key_Return)
    assert not page.problem.isVisible()
    assert on_disk(demo_path, content).tally("1.2.5e") == TalliedPercentage("1.2.5e", Decimal("55.5"), 12)
    inspection.undo()
    assert on_disk(demo_path, content).tally("1.2.5e") == before


def test_delete_and_its_undo(qtbot: QtBot, inspection: InspectionWindow, demo_path: Path, content: Content) -> None:
    open_page(qtbot, inspection)
    page = inspection.interviews_page
    page.interview_list.setFocus()
    page.interview_list.setCurrentRow(2)
    qtbot.keyClick(page.interview_list, Qt.Key.Key_Delete)
    assert [i.reference for i in on_disk(demo_path, content).interviews][:3] == ["CM-01", "CM-02", "CM-04"]
    inspection.undo()
    on_file = on_disk(demo_path, content)
    assert len(on_file.interviews) == 24 and on_file == inspection.session.inspection


def test_insert_in_the_list_adds_one_and_ctrl_n_stays_new_inspection(
    qtbot: QtBot, inspection: InspectionWindow, demo_path: Path, content: Content
) -> None:
    open_page(qtbot, inspection)
    page = inspection.interviews_page
    page.interview_list.setFocus()
    qtbot.keyClick(page.interview_list, Qt.Key.Key_Insert)
    assert page.reference.hasFocus() and page.reference.text() == "CM-25"
    assert len(on_disk(demo_path, content).interviews) == 25
    # Ctrl+N is File > New inspection here too, and nothing else: the page shows its own key.
    new_inspection = [b.what for b in bindings(inspection) if b.keys == "Ctrl+N"]
    assert new_inspection == ["action '&New inspection\u2026'"]
    assert "Ctrl+Shift+N" in page.new_button.toolTip()
    page.interview_list.setCurrentRow(-1)
    inspection.show_item(INTERVIEWS)


def test_the_grid_takes_only_plain_answer_keys(qtbot: QtBot) -> None:
    grid = AnswerGrid()
    qtbot.addWidget(grid)
    grid.setRowCount(2)
    given: list[object] = []
    grid.answer.connect(lambda row, answer: given.append((row, answer)))
    grid.setCurrentCell(0, 0)
    qtbot.keyClick(grid, Qt.Key.Key_Y, CTRL)
    qtbot.keyClick(grid, Qt.Key.Key_Q)
    assert given == []
    qtbot.keyClick(grid, Qt.Key.Key_N)
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    assert given == [(0, InterviewAnswer.NO), (1, None)]


def test_typing_then_moving_to_another_interview_saves_the_typing(
    qtbot: QtBot, inspection: InspectionWindow, demo_path: Path, content: Content
) -> None:
    open_page(qtbot, inspection)
    page = inspection.interviews_page
    page.interview_list.setFocus()
    page.interview_list.setCurrentRow(0)
    page.inspector.setFocus()
    page.inspector.selectAll()
    qtbot.keyClicks(page.inspector, "Sam Okoro")
    page.interview_list.setFocus()
    qtbot.keyClick(page.interview_list, Qt.Key.Key_Down)
    assert on_disk(demo_path, content).interviews[0].inspector == "Sam Okoro"
    assert page.interview_list.currentRow() == 1  # the move is kept, not undone by the save
    assert page.reference.text() == "CM-02"


def test_at_125_per_cent_the_fields_and_the_results_keep_their_words(
    qtbot: QtBot, inspection: InspectionWindow
) -> None:
    """A 1366×768 laptop at 125 % gives the window 1093×614: the reference and inspector still show whole,
    and the results' prompt column is not squeezed to a few letters by the worded columns."""
    inspection.resize(1093, 614)
    open_page(qtbot, inspection)
    page = inspection.interviews_page
    qtbot.wait(20)
    for box in (page.reference, page.inspector):
        assert box.width() >= box.fontMetrics().horizontalAdvance(box.text()) + 8
    label = page.results.columnWidth(0)
    assert label >= 15 * page.results.fontMetrics().horizontalAdvance("M")
