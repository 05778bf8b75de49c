"""The key question page through its real widgets: the balance, the suggestion and why, the answer,
and the rationale a departure needs (flagged until typed; the answer itself is saved at once)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from inspector.app.navigator import PANEL
from inspector.content import Content
from inspector.gui.colours import colours
from inspector.gui.inspection_window import InspectionWindow
from inspector.gui.navigator_model import FLAGS_ROLE
from inspector.gui.panel_model import DEPARTURES
from inspector.inspection.model import Answer, KeyQuestionAnswer
from tests.gui.conftest import on_disk


def flags(window: InspectionWindow, item_id: str) -> tuple[str, ...]:
    return tuple(window.nav_model.index_for_id(item_id).data(FLAGS_ROLE) or ())


def test_the_balance_and_the_suggestion(inspection: InspectionWindow, qtmodeltester: ModelTester) -> None:
    inspection.show_item("1.2.3")
    page = inspection.key_question_page
    assert inspection.pages.currentWidget() is page
    assert page.counts.text() == "3 above the line, 1 below, 0 not yet judged, of 4 prompts"
    assert page.decisive.text() == "Decisive shortfall: 1.2.3a" and page.decisive.isVisible()
    assert page.suggestion.text() == "Suggested answer: no"
    assert page.reason.text().startswith("Decisive shortfall at 1.2.3a precludes 'yes'")
    model = page.prompts_model
    assert [model.index(row, 1).data() for row in range(model.rowCount())] == [
        "below, decisive", "above", "above", "above"]
    assert page.no.isChecked() and not page.departure.isVisible()
    qtmodeltester.check(model)


def test_departing_without_a_rationale_is_flagged_until_one_is_typed(
    qtbot: QtBot, inspection: InspectionWindow, demo_path: Path, content: Content
) -> None:
    inspection.show_item("1.2.1")
    page = inspection.key_question_page
    qtbot.mouseClick(page.yes, Qt.MouseButton.LeftButton)
    # The answer is saved at once ...
    assert on_disk(demo_path, content).answer("1.2.1") == KeyQuestionAnswer("1.2.1", Answer.YES, "")
    # ... and the departure is flagged: on the page, on the field, in the navigator.
    assert page.departure.isVisible()
    assert page.departure.text() == "The answer 'yes' departs from the suggested 'no': record the rationale."
    assert colours().warning.name() in page.rationale.styleSheet()
    assert flags(inspection, "1.2.1") == ("rationale required",)

    qtbot.mouseClick(page.rationale.viewport(), Qt.MouseButton.LeftButton)  # into the field, as the user would
    qtbot.keyClicks(page.rationale, "Workloads are high but actively managed")
    qtbot.keyClick(page.rationale, Qt.Key.Key_Tab)  # leaving the field saves it
    assert on_disk(demo_path, content).answer("1.2.1") == KeyQuestionAnswer(
        "1.2.1", Answer.YES, "Workloads are high but actively managed")
    assert page.departure.text() == "The answer 'yes' departs from the suggested 'no'; the rationale is recorded."
    assert page.rationale.styleSheet() == ""
    assert flags(inspection, "1.2.1") == ()  # settled: the flag clears
    assert inspection.undo_stack.count() == 2


def test_the_flag_clears_with_the_rationale_and_the_panel_still_sees_the_departure(
    qtbot: QtBot, inspection: InspectionWindow
) -> None:
    inspection.show_item("1.2.1")
    page = inspection.key_question_page
    qtbot.mouseClick(page.yes, Qt.MouseButton.LeftButton)  # 'yes' against the suggested 'no'
    assert flags(inspection, "1.2.1") == ("rationale required",)
    inspection.show_item(PANEL)
    panel = inspection.panel_page
    panel.select_standard("1.2")
    row = panel.model.row_of("1.2")
    assert panel.model.index(row, DEPARTURES).data() == "1, 1 without its rationale"
    assert "Departed from the suggested answer, rationale not yet recorded" in panel.departures.text()

    inspection.show_item("1.2.1")
    qtbot.mouseClick(page.rationale.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.rationale, "Caseloads are high & rising, but managed")
    qtbot.keyClick(page.rationale, Qt.Key.Key_Tab)  # leaving the field saves it
    # The navigator's "!" goes: nothing about 1.2.1 needs attention now.
    assert flags(inspection, "1.2.1") == ()
    assert flags(inspection, "1.2") == ()
    # The ratings panel keeps the mark, beside the rationale.
    inspection.show_item(PANEL)
    panel.select_standard("1.2")
    assert panel.selected == "1.2" and panel.departures.isVisible()
    assert panel.model.index(row, DEPARTURES).data() == "1, rationale recorded"
    text = panel.departures.text()
    assert "Departed from the suggested answer, rationale recorded" in text
    assert "Key question 1.2.1: Answered &#x27;Yes&#x27;; the balance of its prompts suggests &#x27;No&#x27;" in text
    assert "Caseloads are high &amp; rising, but managed" in text  # as typed, escaped


def test_use_the_suggested_answer(
    qtbot: QtBot, inspection: InspectionWindow, demo_path: Path, content: Content,
) -> None:
    inspection.show_item("1.3.1")
    page = inspection.key_question_page
    assert page.departure.isVisible() and page.use_suggestion.isEnabled()
    qtbot.mouseClick(page.use_suggestion, Qt.MouseButton.LeftButton)
    assert on_disk(demo_path, content).answer("1.3.1").answer is Answer.NO
    assert not page.departure.isVisible() and not page.use_suggestion.isEnabled()
    assert page.no.isChecked()


def test_the_rationale_is_saved_after_a_pause_in_typing(
    qtbot: QtBot, inspection: InspectionWindow, demo_path: Path, content: Content
) -> None:
    inspection.show_item("1.1.1")
    page = inspection.key_question_page
    qtbot.mouseClick(page.rationale.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.rationale, "Clear vision")
    qtbot.waitUntil(lambda: on_disk(demo_path, content).answer("1.1.1").rationale == "Clear vision", timeout=5000)
    assert page.rationale.hasFocus() and page.rationale.toPlainText() == "Clear vision"


def test_a_prompt_opens_from_the_balance(qtbot: QtBot, inspection: InspectionWindow) -> None:
    inspection.show_item("1.2.3")
    page = inspection.key_question_page
    page.prompts.setFocus()
    page.prompts.setCurrentIndex(page.prompts_model.index(0, 0))
    qtbot.keyClick(page.prompts, Qt.Key.Key_Return)
    assert inspection.current_item() == "1.2.3a"
    assert inspection.pages.currentWidget() is inspection.prompt_page
    qtbot.keyClick(inspection, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)  # Go > Key question
    assert inspection.current_item() == "1.2.3"
