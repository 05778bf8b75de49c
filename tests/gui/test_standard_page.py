"""The standard page through its real widgets: the default and the share, the proposal as radio
buttons, the characteristics with the proposed one highlighted, the decision-rule findings, the
rationale a departure needs, undo, and a rule-breaking proposal refused with nothing written."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from inspector.content import Content
from inspector.framework.model import Rating
from inspector.gui.colours import colours
from inspector.gui.inspection_window import InspectionWindow
from inspector.gui.pages.standard_page import StandardPage
from inspector.inspection.model import StandardProposal
from tests.gui.conftest import Answers, on_disk
from tests.gui.test_key_question_page import flags


def highlighted(page: StandardPage) -> list[bool]:
    """Which characteristic columns are drawn as the proposed one (the background beside the text)."""
    return [box.grab().toImage().pixelColor(4, box.height() // 2) == colours().proposed_tint
            for box in page.columns]


def test_the_default_the_share_and_the_characteristics(inspection: InspectionWindow) -> None:
    inspection.show_item("1.1")
    page = inspection.standard_page
    assert inspection.pages.currentWidget() is page
    assert page.default.text() == "Default rating: Good"
    assert page.share.text().endswith("the share falls in the 'Outstanding' column.")
    assert page.rating_buttons[Rating.GOOD].isChecked()
    assert [box.rating.text() for box in page.columns] == ["Outstanding", "Good", "Requires improvement",
                                                           "Inadequate"]
    assert highlighted(page) == [False, True, False, False]
    assert page.columns[0].marks.text() == "The share falls here"
    assert page.columns[1].marks.text() == "Proposed \u00b7 Default"
    assert "over 80 per cent" in page.columns[0].body.text()
    assert page.findings.isVisible() and "Decision guidance" in page.findings.text()
    assert "(Introduction, Decision rules and decision guidance, Standard 1.1 Leadership, p. 3)" in page.findings.text()
    assert page.characteristics_place.text() == "Rating characteristics, 1.1 Governance and leadership, p. 108"


def test_3_4_shows_the_document_gives_no_default(inspection: InspectionWindow) -> None:
    inspection.show_item("3.4")
    page = inspection.standard_page
    assert page.default.text() == "No default rating"
    assert page.notes.isVisible() and page.notes.text().startswith(
        "The standards document gives 3.4 no standard-level judgement")


def test_proposing_a_departure_flags_it_until_a_rationale_is_typed(
    qtbot: QtBot, inspection: InspectionWindow, demo_path: Path, content: Content
) -> None:
    inspection.show_item("1.2")  # default 'Requires improvement', proposed 'Requires improvement'
    page = inspection.standard_page
    qtbot.mouseClick(page.rating_buttons[Rating.GOOD], Qt.MouseButton.LeftButton)
    saved = on_disk(demo_path, content).proposal("1.2")
    assert saved.proposed is Rating.GOOD  # saved at once, with the rationale it had
    assert highlighted(page) == [False, True, False, False]
    page.rationale.clear()  # the old rationale no longer fits; clearing it is typing too
    page.commit_pending()
    assert on_disk(demo_path, content).proposal("1.2") == StandardProposal("1.2", Rating.GOOD)
    assert page.departure.text() == ("The proposed 'Good' for 1.2 needs a rationale: it departs from the "
                                     "default 'Requires improvement'.")
    assert colours().warning.name() in page.rationale.styleSheet()
    assert "rationale required" in flags(inspection, "1.2")

    qtbot.mouseClick(page.rationale.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.rationale, "Supervision is being rebuilt")
    qtbot.keyClick(page.rationale, Qt.Key.Key_Tab)  # leaving the field saves it
    assert on_disk(demo_path, content).proposal("1.2") == StandardProposal(
        "1.2", Rating.GOOD, "Supervision is being rebuilt")
    assert page.departure.text().endswith("the rationale is recorded.") and page.rationale.styleSheet() == ""
    assert "rationale required" not in flags(inspection, "1.2")

    inspection.undo()  # the typing, then the cleared rationale, then the rating
    inspection.undo()
    inspection.undo()
    assert on_disk(demo_path, content).proposal("1.2").proposed is Rating.REQUIRES_IMPROVEMENT
    assert page.rating_buttons[Rating.REQUIRES_IMPROVEMENT].isChecked()
    assert page.rationale.toPlainText() == on_disk(demo_path, content).proposal("1.2").rationale != ""


def test_a_rule_breaking_proposal_is_refused_and_nothing_is_written(
    qtbot: QtBot, inspection: InspectionWindow, demo_path: Path, content: Content, answers: Answers
) -> None:
    inspection.show_item("1.3")  # 2.3 and 3.3 are 'Good' in the demo's case data
    page = inspection.standard_page
    before = on_disk(demo_path, content).proposal("1.3")
    count = inspection.undo_stack.count()
    qtbot.mouseClick(page.rating_buttons[Rating.OUTSTANDING], Qt.MouseButton.LeftButton)
    assert answers.said and answers.said[-1].startswith("The proposed 'Outstanding' for 1.3 is not permitted")
    assert on_disk(demo_path, content).proposal("1.3") == before
    assert page.rating_buttons[Rating.GOOD].isChecked()  # the previous rating stays
    assert inspection.undo_stack.count() == count
    # 'Inadequate' departs from decision guidance only: saved, and flagged until a rationale is typed.
    qtbot.mouseClick(page.rating_buttons[Rating.INADEQUATE], Qt.MouseButton.LeftButton)
    assert on_disk(demo_path, content).proposal("1.3").proposed is Rating.INADEQUATE
    assert "departs from the decision guidance" in page.findings.text()


def test_not_proposed_clears_the_rating(qtbot: QtBot, inspection: InspectionWindow, demo_path: Path,
                                        content: Content) -> None:
    inspection.show_item("1.4")
    page = inspection.standard_page
    qtbot.mouseClick(page.rating_buttons[None], Qt.MouseButton.LeftButton)
    assert on_disk(demo_path, content).proposal("1.4").proposed is None
    assert highlighted(page) == [False, False, False, False]
    assert inspection.undo_stack.undoText() == "Clear the proposed rating for 1.4"


def test_the_wheel_over_a_characteristic_scrolls_the_page_and_never_sticks(qtbot: QtBot,
                                                                         inspection: InspectionWindow) -> None:
    """The columns are as high as their text on a page that scrolls as a whole: the wheel over one scrolls
    the page, down to its end and back, and no column scrolls on its own."""
    inspection.show_item("1.1")
    page = inspection.standard_page
    qtbot.wait(10)
    bar = page.page_scroll.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    for column in page.columns:
        assert column.body.verticalScrollBar().maximum() == 0  # nothing of it hidden to scroll to
        assert column.body.height() >= column.body.heightForWidth(column.body.width())
    body = page.columns[2].body
    for _ in range(60):  # down past the end: the page's bar reaches its end, the column's stays
        over_a_column = body.viewport().mapTo(inspection, QPoint(20, 20))
        if not inspection.rect().contains(over_a_column):
            break
        QTest.wheelEvent(inspection.windowHandle(), QPointF(over_a_column), QPoint(0, -120))  # as the mouse sends it
    assert bar.value() > 0 and body.verticalScrollBar().value() == 0
    viewport = page.page_scroll.viewport()
    over_the_page = viewport.mapTo(inspection, viewport.rect().center())  # over a column, or the rationale
    for _ in range(60):
        QTest.wheelEvent(inspection.windowHandle(), QPointF(over_the_page), QPoint(0, 120))
    assert bar.value() == 0


def test_the_findings_show_above_the_columns(inspection: InspectionWindow, qtbot: QtBot) -> None:
    """At 1366×768 the decision-rule findings show whole without scrolling: they come before the columns."""
    inspection.show_item("1.1")
    page = inspection.standard_page
    qtbot.wait(10)
    viewport = page.page_scroll.viewport()
    bottom = page.findings.mapTo(viewport, QPoint(0, page.findings.height()))
    assert page.findings.isVisible() and bottom.y() <= viewport.height()
    assert page.findings.mapTo(viewport, QPoint(0, 0)).y() < page.columns[0].mapTo(viewport, QPoint(0, 0)).y()
