"""The inspection details page through its real widgets, with the keyboard: details typed and checked,
4.1 rated or not by the resettlement cases (in the navigator too), the diversity finding, the
recommendations added, edited, moved and deleted; what reached the file (read by a second, read-only
opener), refusals in one line with the file's value shown again, and undo from the Edit menu."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QDateEdit, QLabel, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from inspector.app.navigator import DETAILS
from inspector.content import Content
from inspector.gui.controller import Controller
from inspector.gui.inspection_window import InspectionWindow
from inspector.gui.navigator_model import FLAGS_ROLE, PROGRESS_ROLE, STATE_ROLE
from inspector.gui.pages.details_page import DetailsPage
from inspector.gui.recommendations_model import TEXT
from inspector.inspection.model import Nation, Recipient
from inspector.store import InspectionFile
from tests.gui.conftest import on_disk

ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier


def open_page(qtbot: QtBot, inspection: InspectionWindow) -> DetailsPage:
    """To the Inspection details node with the keyboard: the navigator's first row, above the standards."""
    inspection.focus_navigator()
    qtbot.keyClick(inspection.tree, Qt.Key.Key_Home)
    assert inspection.current_item() == DETAILS
    page = inspection.pages.currentWidget()
    assert isinstance(page, DetailsPage)
    return page


def retype(qtbot: QtBot, field: QWidget, text: str) -> None:
    """Into the field, everything in it selected and typed over."""
    field.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field, text)


def state(inspection: InspectionWindow, item_id: str, role: int = STATE_ROLE) -> object:
    return inspection.nav_model.index_for_id(item_id).data(role)


def audit_rows(path: Path, content: Content) -> int:
    with InspectionFile.open(path, content.framework, "reader", read_only=True,
                             rating_scheme=content.rating_scheme) as reader:
        return len(reader.audit())


def test_the_yjs_name_typed_reaches_the_file_and_undoes_from_the_edit_menu(
    qtbot: QtBot, inspection: InspectionWindow, demo_path: Path, content: Content
) -> None:
    page = open_page(qtbot, inspection)
    assert page.yjs.text() == "Northmoor Youth Justice Service"
    retype(qtbot, page.yjs, "Southmoor  Youth Justice Service ")
    assert on_disk(demo_path, content).details.yjs == "Northmoor Youth Justice Service"  # not while typing
    qtbot.keyClick(page.yjs, Qt.Key.Key_Tab)  # leaving the field saves it
    assert on_disk(demo_path, content).details.yjs == "Southmoor Youth Justice Service"
    assert page.yjs.text() == "Southmoor Youth Justice Service"  # as the file has it
    assert page.heading.crumb.text() == "Southmoor Youth Justice Service"
    assert inspection.windowTitle() == "Southmoor Youth Justice Service \u2014 Northmoor.yjsi \u2014 YJS Inspector"
    assert inspection.undo_action.text() == "&Undo rename the YJS"
    inspection.undo_action.trigger()
    assert on_disk(demo_path, content).details.yjs == "Northmoor Youth Justice Service"
    assert page.yjs.text() == "Northmoor Youth Justice Service"
    assert inspection.windowTitle().startswith("Northmoor Youth Justice Service \u2014 ")


def test_the_window_title_follows_the_yjs_name_in_ratings_panel_mode(
    qtbot: QtBot, inspection: InspectionWindow
) -> None:
    inspection.set_panel_mode(True)
    page = open_page(qtbot, inspection)
    retype(qtbot, page.yjs, "Eastmoor Youth Justice Service")
    qtbot.keyClick(page.yjs, Qt.Key.Key_Return)
    assert inspection.windowTitle() == ("Eastmoor Youth Justice Service \u2014 Northmoor.yjsi \u2014 ratings panel "
                                        "\u2014 YJS Inspector")


def test_a_blank_yjs_name_is_refused_and_the_field_shows_the_file_again(
    qtbot: QtBot, inspection: InspectionWindow, demo_path: Path, content: Content
) -> None:
    page = open_page(qtbot, inspection)
    rows = audit_rows(demo_path, content)
    retype(qtbot, page.yjs, "   ")
    qtbot.keyClick(page.yjs, Qt.Key.Key_Return)
    assert page.problem.isVisible()
    assert page.problem.text() == "YJS name: enter the name of the youth justice service"
    assert page.yjs.text() == "Northmoor Youth Justice Service"
    assert audit_rows(demo_path, content) == rows  # nothing written


def test_no_resettlement_cases_means_4_1_is_not_rated(
    qtbot: QtBot, inspection: InspectionWindow, demo_path: Path, content: Content
) -> None:
    page = open_page(qtbot, inspection)
    assert state(inspection, DETAILS) == "4.1 applies" and state(inspection, "4.1") != "not rated"
    rated = state(inspection, "4.1")
    assert page.resettlement_meaning.text() == (
        "4.1 is rated: 3 resettlement cases in the 12 months before the inspection.")
    retype(qtbot, page.resettlement, "0")
    qtbot.keyClick(page.resettlement, Qt.Key.Key_Return)
    assert on_disk(demo_path, content).details.resettlement_cases_12_months == 0
    assert state(inspection, "4.1") == "not rated"
    assert state(inspection, DETAILS) == "4.1 not rated"
    assert page.resettlement_meaning.text() == (
        "4.1 is not rated: no resettlement cases in the 12 months before the inspection.")
    assert inspection.undo_action.text() == "&Undo set resettlement cases to 0"

    retype(qtbot, page.resettlement, "")  # not known yet
    qtbot.keyClick(page.resettlement, Qt.Key.Key_Return)
    assert on_disk(demo_path, content).details.resettlement_cases_12_months is None
    assert state(inspection, DETAILS) == "resettlement cases not entered"

    inspection.undo_action.trigger()
    inspection.undo_action.trigger()
    assert on_disk(demo_path, content).details.resettlement_cases_12_months == 3
    assert state(inspection, "4.1") == rated and page.resettlement.text() == "3"


def test_a_count_that_is_not_a_whole_number_is_refused(
    qtbot: QtBot, inspection: InspectionWindow, demo_path: Path, content: Content
) -> None:
    page = open_page(qtbot, inspection)
    rows = audit_rows(demo_path, content)
    retype(qtbot, page.resettlement, "2.5")
    qtbot.keyClick(page.resettlement, Qt.Key.Key_Tab)
    assert page.problem.text().startswith("Resettlement cases: '2.5' is not a number of cases;")
    assert "\n" not in page.problem.text()
    assert page.resettlement.text() == "3"
    assert audit_rows(demo_path, content) == rows
    retype(qtbot, page.resettlement, "4")  # the next good value clears the problem
    qtbot.keyClick(page.resettlement, Qt.Key.Key_Tab)
    assert not page.problem.isVisible() and on_disk(demo_path, content).details.resettlement_cases_12_months == 4


def type_date(qtbot: QtBot, edit: QDateEdit, text: str) -> None:
    """Tabbed into (the day selected), the digits typed (each part moves on to the next), then Enter."""
    edit.previousInFocusChain().setFocus(Qt.FocusReason.TabFocusReason)
    edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(edit, text.replace("/", ""))
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_fieldwork_dates_typed_and_an_end_before_the_start_refused(
    qtbot: QtBot, inspection: InspectionWindow, demo_path: Path, content: Content
) -> None:
    page = open_page(qtbot, inspection)
    rows = audit_rows(demo_path, content)
    type_date(qtbot, page.end, "01/03/2025")
    assert page.problem.text() == "Fieldwork end: 1 March 2025 is before the fieldwork start, 3 March 2025"
    assert page.end.date().toString("dd/MM/yyyy") == "07/03/2025"  # the file's value again
    assert audit_rows(demo_path, content) == rows
    type_date(qtbot, page.end, "14/03/2025")
    saved = on_disk(demo_path, content).details
    assert (saved.fieldwork_start.isoformat(), saved.fieldwork_end.isoformat()) == (  # type: ignore[union-attr]
        "2025-03-03", "2025-03-14")
    assert not page.problem.isVisible()
    assert inspection.undo_action.text() == "&Undo change the fieldwork dates"
    type_date(qtbot, page.start, "17/03/2025")
    assert page.problem.text() == "Fieldwork start: 17 March 2025 is after the fieldwork end, 14 March 2025"
    assert on_disk(demo_path, content).details.fieldwork_start.isoformat() == "2025-03-03"  # type: ignore[union-attr]
    type_date(qtbot, page.start, "01/01/2000")  # the lowest date: not set
    assert on_disk(demo_path, content).details.fieldwork_start is None
    assert page.start.text() == "not set" and not page.problem.isVisible()
    type_date(qtbot, page.start, "10/03/2025")  # typed over 'not set'
    assert on_disk(demo_path, content).details.fieldwork_start.isoformat() == "2025-03-10"  # type: ignore[union-attr]
    inspection.undo_action.trigger()
    inspection.undo_action.trigger()
    assert page.start.text() == "03/03/2025"


def test_nation_team_lead_and_notes(
    qtbot: QtBot, inspection: InspectionWindow, demo_path: Path, content: Content
) -> None:
    page = open_page(qtbot, inspection)
    page.nation.setFocus()
    qtbot.keyClick(page.nation, Qt.Key.Key_Down)
    assert on_disk(demo_path, content).details.nation is Nation.WALES
    retype(qtbot, page.team, "Ann Lee, Bo Sands; Ann Lee")
    qtbot.keyClick(page.team, Qt.Key.Key_Tab)
    assert on_disk(demo_path, content).details.team == ("Ann Lee", "Bo Sands")
    assert page.team.text() == "Ann Lee, Bo Sands"
    retype(qtbot, page.lead, "Priya Raman")
    qtbot.keyClick(page.lead, Qt.Key.Key_Return)
    assert on_disk(demo_path, content).details.lead_inspector == "Priya Raman"

    retype(qtbot, page.notes, "Fieldwork moved")
    qtbot.waitUntil(lambda: on_disk(demo_path, content).details.notes == "Fieldwork moved")  # saved on a pause
    qtbot.keyClicks(page.notes, " a week")
    qtbot.keyClick(page.notes, Qt.Key.Key_Tab)  # and when the field is left
    assert on_disk(demo_path, content).details.notes == "Fieldwork moved a week"
    assert inspection.undo_action.text() == "&Undo edit the notes on the inspection"
    inspection.undo_action.trigger()  # the typing is one step
    assert on_disk(demo_path, content).details.notes.startswith("Fictional inspection")
    assert page.notes.toPlainText().startswith("Fictional inspection")


def test_the_diversity_finding_with_the_keyboard(
    qtbot: QtBot, inspection: InspectionWindow, demo_path: Path, content: Content
) -> None:
    page = open_page(qtbot, inspection)
    assert page.sufficient.isChecked()
    assert "will challenge any proposed overall outstanding rating" in page.guidance.text()
    page.yjs.setFocus()
    qtbot.keyClick(page.yjs, Qt.Key.Key_I, ALT)  # &Insufficient (a mnemonic clicks after a short press)
    qtbot.waitUntil(lambda: on_disk(demo_path, content).diversity.sufficient is False)
    assert inspection.undo_action.text() == "&Undo record practice on diversity as insufficient"
    qtbot.keyClick(page.yjs, Qt.Key.Key_R, ALT)  # Not yet &recorded
    qtbot.waitUntil(lambda: on_disk(demo_path, content).diversity.sufficient is None)
    assert state(inspection, DETAILS, FLAGS_ROLE) == ("diversity finding not recorded",)
    assert str(state(inspection, DETAILS, PROGRESS_ROLE)).endswith("diversity not yet recorded")

    qtbot.keyClick(page.yjs, Qt.Key.Key_V, ALT)  # Note on di&versity
    assert page.diversity_note.hasFocus()
    qtbot.keyClick(page.diversity_note, Qt.Key.Key_End, CTRL)
    qtbot.keyClicks(page.diversity_note, " Checked again.")
    qtbot.keyClick(page.diversity_note, Qt.Key.Key_Tab)
    assert on_disk(demo_path, content).diversity.note.endswith("(see 1.1.2d, 1.1.3d, 1.3.1c). Checked again.")
    inspection.undo_action.trigger()
    inspection.undo_action.trigger()
    inspection.undo_action.trigger()
    assert on_disk(demo_path, content).diversity.sufficient is True and page.sufficient.isChecked()


def texts(path: Path, content: Content) -> list[str]:
    return [r.text for r in on_disk(path, content).recommendations]


def test_recommendations_added_edited_moved_and_deleted_with_the_keyboard(
    qtbot: QtBot, inspection: InspectionWindow, demo_path: Path, content: Content
) -> None:
    page = open_page(qtbot, inspection)
    start = texts(demo_path, content)
    assert page.model.rowCount() == 4 and page.count.text() == "4 in the order the report gives them"

    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Insert)  # a new one: the cursor in its text
    assert page.text.hasFocus() and page.editor_title.text().startswith("New recommendation")
    qtbot.keyClicks(page.text, "Publish the resettlement policy.")
    qtbot.keyClick(page.text, Qt.Key.Key_Tab)  # leaving the text adds it
    assert texts(demo_path, content) == [*start, "Publish the resettlement policy."]
    assert on_disk(demo_path, content).recommendations[-1].to is Recipient.YJS
    assert page.model.rowCount() == 5 and page.table.currentIndex().row() == 4
    assert inspection.undo_action.text() == "&Undo add recommendation 5 (to the YJS)"

    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Up, ALT)
    qtbot.keyClick(page.table, Qt.Key.Key_Up, ALT)
    assert texts(demo_path, content) == [*start[:2], "Publish the resettlement policy.", *start[2:]]
    assert page.table.currentIndex().row() == 2  # the selection follows it
    assert page.model.index(2, TEXT).data() == "Publish the resettlement policy."

    page.recipient.setFocus()
    qtbot.keyClick(page.recipient, Qt.Key.Key_Down)  # YJS -> local authority
    assert on_disk(demo_path, content).recommendations[2].to is Recipient.LOCAL_AUTHORITY
    page.text.setFocus()
    qtbot.keyClick(page.text, Qt.Key.Key_End, CTRL)
    qtbot.keyClicks(page.text, " Now.")
    qtbot.keyClick(page.text, Qt.Key.Key_Tab)
    assert texts(demo_path, content)[2] == "Publish the resettlement policy. Now."

    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Up)  # to the second
    assert page.editor_title.text().startswith("Recommendation 2")
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert texts(demo_path, content) == [start[0], "Publish the resettlement policy. Now.", *start[2:]]
    assert page.table.currentIndex().row() == 1  # the next one down
    assert inspection.undo_action.text() == "&Undo delete recommendation 2"
    inspection.undo_action.trigger()  # back in its place
    assert texts(demo_path, content) == [*start[:2], "Publish the resettlement policy. Now.", *start[2:]]
    for _ in range(5):
        inspection.undo_action.trigger()
    assert texts(demo_path, content) == start
    assert page.model.rowCount() == 4


def test_a_recommendation_cleared_is_refused_once_left(
    qtbot: QtBot, inspection: InspectionWindow, demo_path: Path, content: Content
) -> None:
    page = open_page(qtbot, inspection)
    start = texts(demo_path, content)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)  # the first selected (Down from none, then on)
    row = page.table.currentIndex().row()
    retype(qtbot, page.text, " ")
    qtbot.keyClick(page.text, Qt.Key.Key_Tab)
    assert page.problem.text() == f"Recommendation {row + 1}: type the recommendation, or delete it"
    assert page.text.toPlainText() == start[row]
    assert texts(demo_path, content) == start


def test_the_recommendations_model(qtmodeltester: ModelTester, qtbot: QtBot, inspection: InspectionWindow) -> None:
    page = open_page(qtbot, inspection)
    qtmodeltester.check(page.model)
    assert page.model.index(3, 1).data() == "YJB"


def test_every_control_has_a_name_and_mnemonics_do_not_clash(qtbot: QtBot, inspection: InspectionWindow) -> None:
    page = open_page(qtbot, inspection)
    menus = {re.search(r"&(\w)", a.text()).group(1).lower()  # type: ignore[union-attr]
             for a in inspection.menuBar().actions()}
    letters = [re.search(r"&(\w)", w.text()).group(1).lower()  # type: ignore[union-attr]
               for w in page.findChildren(QLabel) + page.findChildren(QAbstractButton) if "&" in w.text()]
    assert len(letters) == len(set(letters)) and not set(letters) & menus, sorted(letters)
    controls = (page.yjs, page.nation, page.start, page.end, page.lead, page.team, page.resettlement, page.notes,
                page.diversity_note, page.table, page.recipient, page.text)
    assert all(w.accessibleName() for w in controls)
    buttons = (page.sufficient, page.insufficient, page.not_recorded, page.add_button, page.up_button,
               page.down_button, page.delete_button)
    assert all(b.text() for b in buttons)


def test_read_only_nothing_can_be_changed(
    qtbot: QtBot, controller: Controller, demo_path: Path, content: Content
) -> None:
    window = controller.open_path(demo_path, read_only=True)
    assert window is not None
    window.show_item(DETAILS)
    page = window.pages.currentWidget()
    assert isinstance(page, DetailsPage)
    assert page.yjs.isReadOnly() and page.text.isReadOnly() and not page.start.isEnabled()
    assert not page.add_button.isEnabled() and not page.insufficient.isEnabled()
    rows = audit_rows(demo_path, content)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 0))
    assert page.editor_title.text().startswith("Recommendation 1")
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.keyClick(page.table, Qt.Key.Key_Down, ALT)
    assert audit_rows(demo_path, content) == rows and page.model.rowCount() == 4
