"""The overview page through its real widgets: opened from the navigator and with Ctrl+0, the numbers
shown against the engine's evaluation, Enter on a rating or a missing item opening it, a click on a
missing item, the page redrawn after edits made on other pages (what reached the file read back by a
second, read-only opener), and both models through Qt's model tester."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from inspector.app.navigator import CASE_DATA, OVERALL
from inspector.app.overview_view import overview_view
from inspector.app.session import Session
from inspector.content import Content
from inspector.framework.model import Rating
from inspector.gui.controller import Controller
from inspector.gui.inspection_window import InspectionWindow
from inspector.gui.navigator_model import ITEM_ID_ROLE, STATE_ROLE
from inspector.gui.overview_model import FLAGS, POINTS, RATING, STANDARD, MissingModel, RatingsModel
from inspector.gui.pages.overview_page import OverviewPage
from inspector.inspection.model import Inspection, InspectionDetails, Nation
from inspector.rules.evaluate import evaluate
from tests.gui.conftest import on_disk

CTRL = Qt.KeyboardModifier.ControlModifier


def open_from_navigator(inspection: InspectionWindow) -> OverviewPage:
    inspection.focus_navigator()
    inspection.tree.setCurrentIndex(inspection.nav_filter.index_for_id(OVERALL))
    assert inspection.current_item() == OVERALL
    assert inspection.pages.currentWidget() is inspection.overview_page
    return inspection.overview_page


def row_of(model: RatingsModel, standard_id: str) -> int:
    return next(
        r for r in range(model.rowCount()) if model.index(r, STANDARD).data().startswith(f"{standard_id}\u2002"))


def press_enter_on(qtbot: QtBot, view: QAbstractItemView, index: QModelIndex) -> None:
    view.setFocus()
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_Return)


def test_the_numbers_shown_are_the_evaluations(qtbot: QtBot, inspection: InspectionWindow) -> None:
    page = open_from_navigator(inspection)
    evaluation = inspection.session.evaluation
    overall = evaluation.overall
    assert overall.rating is not None and overall.band_from_points is not None
    assert page.headline.text() == f"Overall rating: {overall.rating.value} (not yet agreed)"
    assert page.summary.text().startswith(
        f"{overall.score} of {overall.maximum} points \u00b7 band from the points: {overall.band_from_points.value}")
    assert not page.capped.isVisible()
    node = inspection.nav_model.index_for_id(OVERALL)
    assert node.data(STATE_ROLE) == overall.rating.value

    model = page.ratings_model
    assert model.rowCount() == 13
    points = dict(overall.points)
    for standard in inspection.session.content.rating_scheme.standards:
        row = row_of(model, standard.id)
        rating = (evaluation.case_rating(standard.id).rating if standard.rated_from == "case_data"
                  else evaluation.standard(standard.id).proposed)
        assert rating is not None and model.index(row, RATING).data() == rating.value
        shown = model.index(row, POINTS).data()
        assert shown == (str(points[standard.id]) if standard.counts_to_overall else "Not counted")
    assert sum(int(model.index(r, POINTS).data()) for r in range(12)) == overall.score
    # The demo is complete.
    assert page.nothing_missing.isVisible() and not page.missing.isVisible()
    assert page.missing_caption.text() == "What is still &missing (0)"


def test_ctrl_0_opens_the_overview_and_enter_on_a_rating_opens_its_page(
    qtbot: QtBot, inspection: InspectionWindow
) -> None:
    inspection.show_item("1.2.1c")
    qtbot.keyClick(inspection, Qt.Key.Key_0, CTRL)
    assert inspection.current_item() == OVERALL and inspection.pages.currentWidget() is inspection.overview_page
    page = inspection.overview_page
    press_enter_on(qtbot, page.ratings, page.ratings_model.index(row_of(page.ratings_model, "1.2"), RATING))
    assert inspection.current_item() == "1.2" and inspection.pages.currentWidget() is inspection.standard_page

    qtbot.keyClick(inspection, Qt.Key.Key_0, CTRL)
    press_enter_on(qtbot, page.ratings, page.ratings_model.index(row_of(page.ratings_model, "2.2"), STANDARD))
    assert inspection.current_item() == CASE_DATA and inspection.pages.currentWidget() is inspection.case_data_page


def test_an_edit_on_another_page_redraws_the_overview(
    qtbot: QtBot, inspection: InspectionWindow, demo_path: Path, content: Content
) -> None:
    page = open_from_navigator(inspection)
    score = inspection.session.evaluation.overall.score
    assert score is not None
    row = row_of(page.ratings_model, "2.2")
    assert page.ratings_model.index(row, RATING).data() == "Requires improvement"

    inspection.show_item(CASE_DATA)
    block = inspection.case_data_page.blocks["2.2"]
    block.rating.setFocus()
    block.rating.setCurrentIndex(block.rating.findText("Good"))
    assert on_disk(demo_path, content).case_rating("2.2") is Rating.GOOD

    qtbot.keyClick(inspection, Qt.Key.Key_0, CTRL)
    assert page.ratings_model.index(row, RATING).data() == "Good"
    assert page.ratings_model.index(row, POINTS).data() == str(content.rating_scheme.points[Rating.GOOD])
    assert page.summary.text().startswith(f"{score + 1} of 36 points")

    inspection.undo()  # shows the domain two and three page again; the overview follows the file
    assert on_disk(demo_path, content).case_rating("2.2") is None
    qtbot.keyClick(inspection, Qt.Key.Key_0, CTRL)
    assert page.summary.text().startswith(f"{score} of 36 points")


def test_a_prompt_unjudged_on_its_page_is_missing_and_enter_opens_it(
    qtbot: QtBot, inspection: InspectionWindow, demo_path: Path, content: Content
) -> None:
    inspection.show_item("1.2.1c")
    prompt_page = inspection.prompt_page
    qtbot.mouseClick(prompt_page.not_judged, Qt.MouseButton.LeftButton)
    assert on_disk(demo_path, content).judgement("1.2.1c").sufficiency is None

    qtbot.keyClick(inspection, Qt.Key.Key_0, CTRL)
    page = inspection.overview_page
    assert page.missing.isVisible() and not page.nothing_missing.isVisible()
    first = page.missing_model.index(0, 0)
    assert first.data() == "1.2 Staff: 1 of 21 prompts not yet judged"
    assert page.missing_caption.text() == "What is still &missing (1)"

    press_enter_on(qtbot, page.missing, first)
    assert inspection.current_item() == "1.2.1c" and inspection.pages.currentWidget() is prompt_page

    qtbot.mouseClick(prompt_page.above, Qt.MouseButton.LeftButton)  # judged again: nothing is missing
    qtbot.keyClick(inspection, Qt.Key.Key_0, CTRL)
    assert page.missing_model.rowCount() == 0 and page.nothing_missing.isVisible()


def test_a_click_on_a_missing_rationale_opens_the_standard(
    qtbot: QtBot, inspection: InspectionWindow, demo_path: Path, content: Content
) -> None:
    inspection.show_item("1.4")  # 'Good' against the default 'Requires improvement', with a rationale
    rationale = inspection.standard_page.rationale
    rationale.setFocus()
    rationale.selectAll()
    qtbot.keyClick(rationale, Qt.Key.Key_Delete)
    qtbot.keyClick(inspection, Qt.Key.Key_0, CTRL)  # leaving the page saves what was typed
    assert on_disk(demo_path, content).proposal("1.4").rationale == ""

    page = inspection.overview_page
    assert page.ratings_model.index(row_of(page.ratings_model, "1.4"), FLAGS).data() == "rationale required"
    assert not page.ratings.isColumnHidden(FLAGS)
    item = page.missing_model.index(0, 0)
    assert item.data().startswith("The proposed 'Good' for 1.4 needs a rationale") and item.data(ITEM_ID_ROLE) == "1.4"
    page.missing.scrollTo(item)
    qtbot.mouseClick(page.missing.viewport(), Qt.MouseButton.LeftButton, pos=page.missing.visualRect(item).center())
    assert inspection.current_item() == "1.4" and inspection.pages.currentWidget() is inspection.standard_page


def test_the_findings_name_their_kind_place_and_link(qtbot: QtBot, inspection: InspectionWindow) -> None:
    page = open_from_navigator(inspection)
    text = page.findings.text()
    assert "<a href='1.1'>1.1</a>" in text
    assert ("Decision guidance (Introduction, Decision rules and decision guidance, Standard 1.1 Leadership, p. 3)"
            in text)
    assert "DECISION GUIDANCE- A &#x27;Good&#x27; rating requires that typically" in text
    assert page.findings_caption.text() == f"F&indings ({len(page.view.findings) if page.view else 0})"
    page.findings.setFocus()
    qtbot.keyClick(page.findings, Qt.Key.Key_Tab)  # to the first link in the findings
    qtbot.keyClick(page.findings, Qt.Key.Key_Return)
    first = page.view.findings[0].link if page.view else None
    assert first is not None and inspection.current_item() == first


def test_both_models_pass_the_model_tester(qtmodeltester: ModelTester, content: Content) -> None:
    framework = content.framework
    fresh = Inspection(InspectionDetails("Eastmoor YJS", Nation.ENGLAND), framework.id, framework.version)
    view = overview_view(content, fresh, evaluate(framework, content.rating_scheme, content.forms, fresh))
    ratings, missing = RatingsModel(), MissingModel()
    ratings.set_rows(view.rows)
    missing.set_items(view.missing)
    assert ratings.rowCount() == 13 and missing.rowCount() == len(view.missing) > 40
    qtmodeltester.check(ratings)
    qtmodeltester.check(missing)
    qtmodeltester.check(ratings, force_py=True)
    qtmodeltester.check(missing, force_py=True)


def test_a_fresh_inspection_lists_what_is_missing_and_the_page_follows_the_keys(
    qtbot: QtBot, controller: Controller, content: Content, tmp_path: Path
) -> None:
    path = tmp_path / "Eastmoor.yjsi"
    Session.create(path, content, InspectionDetails("Eastmoor YJS", Nation.ENGLAND), "jane").close()
    window = controller.open_path(path)
    assert window is not None
    window.resize(1366, 768)
    qtbot.waitExposed(window)
    page = open_from_navigator(window)
    assert page.headline.text() == "Overall rating: Not yet known"
    assert window.nav_model.index_for_id(OVERALL).data(STATE_ROLE) == "no score yet"
    assert [page.ratings_model.index(r, RATING).data() for r in (0, 4)] == ["Not yet proposed", "Not yet known"]
    assert page.ratings.isColumnHidden(FLAGS)  # nothing to flag yet: the titles get the room
    missing = page.missing_model
    assert missing.rowCount() > 40 and missing.index(0, 0).data(ITEM_ID_ROLE) == "1.1.1a"

    # The page grows to the list's height once the event loop has laid it out.
    body = page.scroll_box.widget()
    qtbot.waitUntil(lambda: body.height() >= page.missing.mapTo(body, page.missing.rect().bottomLeft()).y())
    page.missing.setFocus()
    page.missing.setCurrentIndex(missing.index(0, 0))
    qtbot.keyClick(page.missing, Qt.Key.Key_End)  # the last item is below the fold: the page scrolls to it
    last = page.missing.currentIndex()
    assert last.row() == missing.rowCount() - 1
    shown = page.scroll_box.viewport().rect()
    centre = page.missing.viewport().mapTo(page.scroll_box.viewport(), page.missing.visualRect(last).center())
    assert page.scroll_box.verticalScrollBar().value() > 0 and shown.contains(centre)
    qtbot.keyClick(page.missing, Qt.Key.Key_Return)
    assert window.current_item() == last.data(ITEM_ID_ROLE)
