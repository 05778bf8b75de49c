"""The inspection window: the navigator's states, filters and progress after edits, the Go keys,
search across evidence and the framework, and the layout remembered between sessions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QSettings, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from inspector.app.navigator import SECTIONS, Filter
from inspector.app.search import EvidenceHit
from inspector.content import Content
from inspector.gui.controller import Controller
from inspector.gui.evidence_model import EvidenceModel
from inspector.gui.inspection_window import InspectionWindow
from inspector.gui.navigator_model import ITEM_ID_ROLE, NavigatorFilter, NavigatorModel
from inspector.gui.recent_model import RecentFilesModel
from inspector.inspection.model import Sufficiency
from tests.gui.conftest import DEMO_LEAD, on_disk


def shown_ids(window: InspectionWindow, parent: QModelIndex = QModelIndex()) -> list[str]:
    """Every id the tree's (filtered) model shows, in order."""
    model = window.nav_filter
    ids = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        ids.append(str(index.data(ITEM_ID_ROLE)))
        ids.extend(shown_ids(window, index))
    return ids


def choose_filter(qtbot: QtBot, window: InspectionWindow, wanted: Filter) -> None:
    box = window.filter_box
    box.setFocus()
    while window.current_filter() is not wanted:  # by keyboard, one option at a time
        qtbot.keyClick(box, Qt.Key.Key_Down)


# One model per test: the tester stays connected to the model it checked.


def test_the_navigator_model_passes_the_model_tester(
    qtbot: QtBot, inspection: InspectionWindow, qtmodeltester: ModelTester
) -> None:
    assert isinstance(inspection.nav_model, NavigatorModel)
    qtmodeltester.check(inspection.nav_model, force_py=True)
    inspection.show_item("1.1.1a")
    qtbot.mouseClick(inspection.prompt_page.below, Qt.MouseButton.LeftButton)  # dataChanged, checked too
    inspection.filter_box.setCurrentIndex(list(Filter).index(Filter.FINDINGS))


def test_the_filtered_navigator_passes_the_model_tester(
    qtbot: QtBot, inspection: InspectionWindow, qtmodeltester: ModelTester
) -> None:
    assert isinstance(inspection.nav_filter, NavigatorFilter)
    inspection.filter_box.setCurrentIndex(list(Filter).index(Filter.FINDINGS))
    qtmodeltester.check(inspection.nav_filter, force_py=True)
    inspection.show_item("1.1.1a")
    qtbot.mouseClick(inspection.prompt_page.below, Qt.MouseButton.LeftButton)  # rows come and go
    inspection.filter_box.setCurrentIndex(list(Filter).index(Filter.UNJUDGED))


def test_the_evidence_model_passes_the_model_tester(
    qtbot: QtBot, inspection: InspectionWindow, qtmodeltester: ModelTester
) -> None:
    inspection.show_item("1.2.1c")
    assert isinstance(inspection.prompt_page.evidence_model, EvidenceModel)
    qtmodeltester.check(inspection.prompt_page.evidence_model, force_py=True)
    qtbot.keyClicks(inspection.prompt_page.evidence_text, "Another note")
    qtbot.mouseClick(inspection.prompt_page.save_button, Qt.MouseButton.LeftButton)
    inspection.show_item("1.1.1a")


def test_the_search_results_pass_the_model_tester(
    qtbot: QtBot, inspection: InspectionWindow, qtmodeltester: ModelTester
) -> None:
    qtbot.keyClicks(inspection.search_field, "board")
    qtmodeltester.check(inspection.results_model, force_py=True)


def test_recent_model_passes_the_model_tester(
    controller: Controller, demo_path: Path, qtmodeltester: ModelTester,
) -> None:
    window = controller.open_path(demo_path)
    assert window is not None
    model = RecentFilesModel()
    model.set_entries(controller.recent())
    assert model.rowCount() == 1
    qtmodeltester.check(model, force_py=True)


def test_filters_and_states_follow_the_edits(qtbot: QtBot, inspection: InspectionWindow) -> None:
    assert len(shown_ids(inspection)) == 6 + 21 + 117 + len(SECTIONS)  # and the sections (Interviews, Audit, ...)
    choose_filter(qtbot, inspection, Filter.UNJUDGED)
    inspection.show_item("1.3.2b")
    assert shown_ids(inspection) == ["1.3", "1.3.2", "1.3.2b"]  # the page on show stays in view
    qtbot.mouseClick(inspection.prompt_page.not_judged, Qt.MouseButton.LeftButton)
    inspection.show_item("1.1.1a")  # move on: 1.3.2b stays because it is now not judged
    assert shown_ids(inspection) == ["1.1", "1.1.1", "1.1.1a", "1.3", "1.3.2", "1.3.2b"]
    inspection.show_item("1.3.2b")
    qtbot.mouseClick(inspection.prompt_page.above, Qt.MouseButton.LeftButton)
    inspection.show_item("1.3.2a")
    assert shown_ids(inspection) == ["1.3", "1.3.2", "1.3.2a"]

    choose_filter(qtbot, inspection, Filter.DIVERSITY)
    diversity = {p.id for p in inspection.session.content.framework.prompts if p.diversity}
    assert {i for i in shown_ids(inspection) if len(i) == 6} == diversity | {"1.3.2a"}  # and the page on show

    choose_filter(qtbot, inspection, Filter.INTERVIEWS)
    linked = {p.id for p in inspection.session.content.framework.prompts if p.interview_link}
    assert {i for i in shown_ids(inspection) if len(i) == 6} == linked | {"1.3.2a"}
    assert "interviews" in shown_ids(inspection)  # where they are entered

    choose_filter(qtbot, inspection, Filter.FINDINGS)
    inspection.show_item("1.2.1d")
    assert shown_ids(inspection) == ["1.2", "1.2.1", "1.2.1d"]  # every flag of the demo is settled: the page on show
    inspection.show_item("1.3.1")
    qtbot.mouseClick(inspection.key_question_page.rationale.viewport(), Qt.MouseButton.LeftButton)
    inspection.key_question_page.rationale.selectAll()
    qtbot.keyClick(inspection.key_question_page.rationale, Qt.Key.Key_Delete)
    inspection.show_item("1.2.1d")  # the rationale saved on leaving: 1.3.1's departure is flagged again
    assert shown_ids(inspection) == ["1.2", "1.2.1", "1.2.1d", "1.3", "1.3.1"]


def test_go_keys(qtbot: QtBot, inspection: InspectionWindow) -> None:
    inspection.show_item("1.1.1h")
    qtbot.keyClick(inspection.tree, Qt.Key.Key_BracketRight, Qt.KeyboardModifier.ControlModifier)
    assert inspection.current_item() == "1.1.2a"
    qtbot.keyClick(inspection.tree, Qt.Key.Key_BracketLeft, Qt.KeyboardModifier.ControlModifier)
    assert inspection.current_item() == "1.1.1h"
    inspection.show_item("3.4.1c")
    qtbot.mouseClick(inspection.prompt_page.not_judged, Qt.MouseButton.LeftButton)
    inspection.show_item("1.1.1a")
    qtbot.keyClick(inspection.tree, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    assert inspection.current_item() == "3.4.1c"
    # The tree follows, and arrow keys in it move the page.
    assert inspection.nav_filter.item_id(inspection.tree.currentIndex()) == "3.4.1c"
    inspection.tree.setFocus()
    qtbot.keyClick(inspection.tree, Qt.Key.Key_Down)
    assert inspection.current_item() == "3.4.1d"


def test_search_finds_evidence_and_opens_it(qtbot: QtBot, inspection: InspectionWindow) -> None:
    qtbot.keyClick(inspection.tree, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert inspection.search_field.hasFocus()
    qtbot.keyClicks(inspection.search_field, '"workload tool"')
    assert inspection.results_view.isVisible()
    first = inspection.results_model.hit(inspection.results_model.index(0, 0))
    assert isinstance(first, EvidenceHit) and first.item_id == "1.2.1d"
    assert inspection.results_count.text().startswith(f"{inspection.results_model.rowCount()} found: 1 in recorded")
    qtbot.keyClick(inspection.search_field, Qt.Key.Key_Return)
    assert inspection.current_item() == "1.2.1d"
    page = inspection.prompt_page
    assert page.evidence_model.evidence(page.evidence_table.currentIndex().row()).id == first.evidence_id  # type: ignore[union-attr]
    assert "workload tool" in page.evidence_text.toPlainText()
    qtbot.keyClick(inspection.search_field, Qt.Key.Key_Escape)
    assert inspection.search_field.text() == "" and not inspection.results_view.isVisible()


def test_the_status_bar_names_the_user_and_the_file(inspection: InspectionWindow, demo_path: Path) -> None:
    assert inspection.user_label.text() == f"User: {DEMO_LEAD}"
    assert inspection.file_label.text() == str(demo_path)
    assert inspection.windowTitle() == "Northmoor Youth Justice Service \u2014 Northmoor.yjsi \u2014 YJS Inspector"
    for widget in (inspection.search_field, inspection.tree, inspection.filter_box, inspection.progress_label,
                   inspection.prompt_page.above, inspection.prompt_page.evidence_table,
                   inspection.prompt_page.evidence_text, inspection.key_question_page.rationale):
        assert widget.accessibleName() or widget.text(), widget  # type: ignore[attr-defined]


def test_the_layout_and_place_are_remembered(
    qtbot: QtBot, controller: Controller, demo_path: Path, window_settings: QSettings
) -> None:
    window = controller.open_path(demo_path)
    assert window is not None
    window.resize(780, 560)  # within the offscreen screen (800×600): restoring clamps to the screen
    window.show_item("1.4.2")
    window.filter_box.setCurrentIndex(list(Filter).index(Filter.DIVERSITY))
    window.close()
    again = controller.open_path(demo_path)
    assert again is not None and again is not window
    assert (again.width(), again.height()) == (780, 560)
    assert again.current_item() == "1.4.2"
    assert again.current_filter() is Filter.DIVERSITY


def test_closing_writes_nothing_and_releases_the_file(
    controller: Controller, demo_path: Path, content: Content
) -> None:
    before = on_disk(demo_path, content)
    window = controller.open_path(demo_path)
    assert window is not None
    window.show_item("1.1.1a")
    controller.close_to_start(window)
    assert controller.windows == [] and controller.start_window is not None
    assert on_disk(demo_path, content) == before
    assert not demo_path.with_name(demo_path.name + ".lock").exists()
    again = controller.open_path(demo_path)  # not locked by the closed window
    assert again is not None and again.session.inspection.judgement("1.1.1a").sufficiency is Sufficiency.ABOVE
