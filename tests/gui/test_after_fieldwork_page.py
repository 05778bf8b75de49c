"""The after-fieldwork page through its real widgets: opened from the navigator, an obligation marked done (on
a day, by a team member) and undone, the YJB's labels recorded apart from HMIP's ratings, the improvement plan
received and a follow-up added; what reaches the file each time; screenshots light and dark."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from inspector.app.after_fieldwork_view import YJB_LABEL_NOTE
from inspector.app.navigator import AFTER_FIELDWORK
from inspector.content import Content
from inspector.gui.inspection_window import InspectionWindow
from inspector.gui.navigator_model import STATE_ROLE
from inspector.gui.pages.after_fieldwork_page import AfterFieldworkPage
from tests.gui.conftest import DEMO_LEAD, on_disk
from tests.gui.shots import save_shot, screen_size

SUBMISSION = "submission-to-secretary-of-state"


def open_page(qtbot: QtBot, inspection: InspectionWindow) -> AfterFieldworkPage:
    """To the After fieldwork node with the keyboard: typing its name in the navigator."""
    inspection.focus_navigator()
    qtbot.keyClicks(inspection.tree, "After fieldwork")
    assert inspection.current_item() == AFTER_FIELDWORK
    page = inspection.pages.currentWidget()
    assert isinstance(page, AfterFieldworkPage)
    return page


def test_an_obligation_marked_done_then_undone(
    qtbot: QtBot, inspection: InspectionWindow, demo_path: Path, content: Content
) -> None:
    page = open_page(qtbot, inspection)
    box = next(b for b in page.boxes if b.obligation_id == SUBMISSION)
    assert box.standing.text().startswith("To do")
    assert box.due.text() == "Due: before publication"
    indicative = next(b for b in page.boxes if b.obligation_id == "indicative-rating-to-yjb")
    assert indicative.due.text() == "Due: Friday 21/03/2025"  # the demo's fieldwork ended Friday 7 March 2025
    assert box.done_by.currentText() == DEMO_LEAD  # who is recording, by default
    box.done_on.setDate(QDate(2025, 4, 14))
    box.done_by.setCurrentText("Priya Raman")
    qtbot.keyClicks(box.note, "copied to YJB and MoJ")
    qtbot.mouseClick(box.mark, Qt.MouseButton.LeftButton)

    assert box.standing.text() == "Done on 14/04/2025 by Priya Raman: copied to YJB and MoJ"
    assert box.mark.text() == "Mark not done" and not box.done_on.isEnabled()
    held = on_disk(demo_path, content).obligation_met(SUBMISSION)
    assert held is not None and (held.done_on, held.done_by) == (date(2025, 4, 14), "Priya Raman")
    row = inspection.session.audit()[-1]
    assert (row.what, row.user) == (f"after fieldwork: {SUBMISSION} done", DEMO_LEAD)
    assert inspection.nav_model.index_for_id(AFTER_FIELDWORK).data(STATE_ROLE) == "1 obligation done"

    qtbot.keyClick(inspection, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert on_disk(demo_path, content).obligation_met(SUBMISSION) is None
    assert box.standing.text().startswith("To do") and box.mark.text() == "Mark done"


def test_the_yjb_labels_and_the_improvement_plan(
    qtbot: QtBot, inspection: InspectionWindow, demo_path: Path, content: Content
) -> None:
    page = open_page(qtbot, inspection)
    assert page.yjb_note.text() == YJB_LABEL_NOTE
    labels = content.after_fieldwork.yjb_oversight
    page.priority.setCurrentText(labels.priority_statuses[0])
    page.quadrant.setCurrentText(labels.quadrants[2])
    page.as_of.setDate(QDate(2025, 1, 10))
    qtbot.mouseClick(page.record_yjb, Qt.MouseButton.LeftButton)
    page.received.setDate(QDate(2025, 6, 2))
    qtbot.mouseClick(page.record_plan, Qt.MouseButton.LeftButton)
    page.follow_up_on.setDate(QDate(2025, 9, 1))
    page.follow_up_how.setCurrentText("update asked for")
    qtbot.keyClicks(page.follow_up_note, "six months on")
    qtbot.mouseClick(page.add_follow_up, Qt.MouseButton.LeftButton)

    held = on_disk(demo_path, content)
    assert (held.yjb_oversight.priority_status, held.yjb_oversight.quadrant) == (
        "Priority service", "Performance Quadrant three: Improvement needed")
    assert held.yjb_oversight.recorded_by == DEMO_LEAD
    assert (held.improvement_plan.received, held.improvement_plan.recorded_by) == (date(2025, 6, 2), DEMO_LEAD)
    assert [(f.date, f.how, f.note) for f in held.follow_ups] == [
        (date(2025, 9, 1), "update asked for", "six months on")]
    assert page.plan_line.text() == f"Improvement plan received on 02/06/2025 (recorded by {DEMO_LEAD})."
    assert page.follow_ups.item(0).text() == (
        f"01/09/2025 \u00b7 update asked for: six months on (recorded by {DEMO_LEAD})")
    # The YJB's quadrant is its own label: the overall rating HMIP's engine gives is untouched.
    assert inspection.session.evaluation.overall.rating is not None
    assert inspection.session.evaluation.overall.rating.value == "Good"

    page.follow_ups.setCurrentRow(0)
    qtbot.mouseClick(page.delete_follow_up, Qt.MouseButton.LeftButton)
    assert on_disk(demo_path, content).follow_ups == () and page.follow_ups.count() == 0
    qtbot.keyClick(inspection, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(on_disk(demo_path, content).follow_ups) == 1 and page.follow_ups.count() == 1


def test_screenshots(palette: str, qtbot: QtBot, inspection: InspectionWindow, tmp_path: Path) -> None:
    page = open_page(qtbot, inspection)
    box = page.boxes[-1]
    box.done_on.setDate(QDate(2025, 4, 14))
    qtbot.mouseClick(box.mark, Qt.MouseButton.LeftButton)
    inspection.resize(*screen_size())
    save_shot(inspection.grab().toImage(), "after-fieldwork", palette, tmp_path)
    # Scrolled to the YJB's labels and the improvement plan, below the obligations.
    page.page_scroll.ensureWidgetVisible(page.record_plan)
    save_shot(inspection.grab().toImage(), "after-fieldwork-plan", palette, tmp_path)
