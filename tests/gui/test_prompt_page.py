"""The prompt page through its real widgets: judgement by mouse and keyboard, the evidence form (one unit,
saved only by Ctrl+Return or its button, kept as a draft meanwhile), the interview result, and what
reached the file (read by a second, read-only opener)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from inspector.content import Content
from inspector.gui.controller import Controller
from inspector.gui.evidence_model import REFERENCE_COLUMN
from inspector.gui.inspection_window import InspectionWindow
from inspector.gui.navigator_model import STATE_ROLE
from inspector.inspection.model import Document, DocumentKind, EvidenceTag, PromptJudgement, SourceKind, Sufficiency
from inspector.store import InspectionFile
from tests.gui.conftest import DEMO_LEAD, Answers, on_disk


def state(window: InspectionWindow, item_id: str) -> str:
    return str(window.nav_model.index_for_id(item_id).data(STATE_ROLE))


def test_judging_by_mouse_reaches_the_file(
    qtbot: QtBot, inspection: InspectionWindow, demo_path: Path, content: Content
) -> None:
    inspection.show_item("1.1.1a")
    page = inspection.prompt_page
    assert inspection.pages.currentWidget() is page and page.above.isChecked()
    assert not page.decisive.isEnabled()  # only a prompt below the line can be decisive

    qtbot.mouseClick(page.below, Qt.MouseButton.LeftButton)
    assert on_disk(demo_path, content).judgement("1.1.1a") == PromptJudgement("1.1.1a", Sufficiency.BELOW)
    assert page.decisive.isEnabled()
    qtbot.mouseClick(page.decisive, Qt.MouseButton.LeftButton)
    assert on_disk(demo_path, content).judgement("1.1.1a") == PromptJudgement("1.1.1a", Sufficiency.BELOW, True)
    assert state(inspection, "1.1.1a") == "below, decisive"
    # A decisive shortfall precludes 'yes' (seed line 391): the key question's suggestion follows at once.
    assert state(inspection, "1.1.1") == "yes"
    assert "suggested answer: no" in page.balance.text()
    assert inspection.saved_label.text().startswith("Saved ")  # quietly, with the time

    qtbot.mouseClick(page.above, Qt.MouseButton.LeftButton)  # leaving 'below' clears the mark
    assert on_disk(demo_path, content).judgement("1.1.1a") == PromptJudgement("1.1.1a", Sufficiency.ABOVE)
    assert not page.decisive.isChecked()


def test_judging_by_keyboard_and_the_progress_count(
    qtbot: QtBot, inspection: InspectionWindow, demo_path: Path, content: Content
) -> None:
    inspection.show_item("1.2.1c")
    page = inspection.prompt_page
    assert inspection.progress_label.text().startswith("117 of 117 prompts judged")
    page.above.setFocus()
    # A mnemonic "clicks" the button after its short press animation.
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # "&Not yet judged"
    qtbot.waitUntil(lambda: inspection.undo_stack.count() == 1)
    assert on_disk(demo_path, content).judgement("1.2.1c").sufficiency is None
    assert inspection.progress_label.text().startswith("116 of 117 prompts judged")
    assert state(inspection, "1.2.1c") == "not judged"
    assert state(inspection, "1.2.1") == "no"
    qtbot.keyClick(page, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)  # "&Below the line"
    qtbot.waitUntil(lambda: inspection.undo_stack.count() == 2)
    qtbot.keyClick(page, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # "&Decisive shortfall"
    qtbot.waitUntil(lambda: inspection.undo_stack.count() == 3)
    assert on_disk(demo_path, content).judgement("1.2.1c") == PromptJudgement("1.2.1c", Sufficiency.BELOW, True)
    assert inspection.progress_label.text().startswith("117 of 117")


def test_the_interview_result_and_its_65_per_cent_flag(inspection: InspectionWindow) -> None:
    inspection.show_item("1.2.1c")
    page = inspection.prompt_page
    assert page.interview_box.isVisible()
    assert page.interview_headline.text() == ("Case-manager interviews: 17 of 24 answers 'yes' (70.8%) "
                                              "\u2014 Reasonable majority")
    assert not page.interview_flag.isVisible()
    inspection.show_item("1.2.3a")
    assert page.interview_flag.isVisible() and page.interview_flag.text().startswith("Below 65%: ")
    inspection.show_item("1.1.1a")
    assert not page.interview_box.isVisible()


def type_into(qtbot: QtBot, box: QWidget, text: str) -> None:
    """As a hand does: into the box, then the keys (the form's shortcuts go where the focus is)."""
    box.setFocus()
    qtbot.keyClicks(box, text)


def save(qtbot: QtBot, box: QWidget) -> None:
    qtbot.keyClick(box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def drafts_on_disk(path: Path, content: Content) -> dict[str, dict[str, str]]:
    with InspectionFile.open(path, content.framework, "reader", read_only=True,
                             rating_scheme=content.rating_scheme) as reader:
        return reader.drafts()


def test_text_tab_reference_ctrl_return_saves_one_item_with_its_reference(
    qtbot: QtBot, inspection: InspectionWindow, demo_path: Path, content: Content
) -> None:
    """The issue's own order: the text, Tab, the reference, Ctrl+Return."""
    inspection.show_item("1.1.1a")
    page = inspection.prompt_page
    before = on_disk(demo_path, content)
    page.evidence_text.setFocus()
    type_into(qtbot, page.evidence_text, "Partners agreed the plan's priorities")
    qtbot.keyClick(page.evidence_text, Qt.Key.Key_Tab)
    assert page.reference.hasFocus()
    type_into(qtbot, page.reference, "Board minutes 12/5/24")
    assert on_disk(demo_path, content) == before  # the text box was left: nothing saved half-way
    save(qtbot, page.reference)

    added = [e for e in on_disk(demo_path, content).evidence if e not in before.evidence]
    assert [(e.text, e.reference, e.prompts, e.recorded_by) for e in added] == [
        ("Partners agreed the plan's priorities", "Board minutes 12/5/24", ("1.1.1a",), DEMO_LEAD)]
    assert inspection.undo_stack.count() == 1
    # Ready for the next item, where the hand is.
    assert page.evidence_text.toPlainText() == page.reference.text() == "" and page.evidence_text.hasFocus()
    assert page.prompts.text() == "1.1.1a"


def test_focus_moving_through_the_form_never_saves(
    qtbot: QtBot, inspection: InspectionWindow, demo_path: Path, content: Content
) -> None:
    inspection.show_item("1.1.1a")
    page = inspection.prompt_page
    before = on_disk(demo_path, content)
    page.evidence_text.setFocus()
    type_into(qtbot, page.evidence_text, "Seen at the board")
    for _ in range(9):  # every field and button of the form, and on out of it
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    for _ in range(9):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    page.tag.setFocus()
    qtbot.keyClick(page.tag, Qt.Key.Key_Down)  # a choice is part of the form too
    page.evidence_table.setFocus()
    assert on_disk(demo_path, content).evidence == before.evidence
    assert inspection.undo_stack.count() == 0
    assert page.evidence_text.toPlainText() == "Seen at the board"


def test_adding_editing_tagging_and_deleting_evidence(
    qtbot: QtBot, inspection: InspectionWindow, demo_path: Path, content: Content
) -> None:
    inspection.show_item("1.1.1a")
    page = inspection.prompt_page
    before = len(on_disk(demo_path, content).evidence_for("1.1.1a"))
    assert not page.delete_button.isVisible()  # nothing to delete in a new item

    # Add: type the text and reference, choose the source and tag with the keyboard, press the button.
    type_into(qtbot, page.evidence_text, "Partnership plan signed off by all partners")
    type_into(qtbot, page.reference, "Plan p.3")
    page.source.setFocus()
    qtbot.keyClick(page.source, Qt.Key.Key_Down)  # Document -> Meeting
    page.tag.setFocus()
    qtbot.keyClick(page.tag, Qt.Key.Key_Down)  # No tag -> Strength
    assert page.save_button.text() == "Add e&vidence"
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    items = on_disk(demo_path, content).evidence_for("1.1.1a")
    assert len(items) == before + 1
    added = items[-1]
    assert (added.text, added.reference, added.source, added.tag, added.recorded_by) == (
        "Partnership plan signed off by all partners", "Plan p.3", SourceKind.MEETING, EvidenceTag.STRENGTH, DEMO_LEAD)
    assert page.evidence_text.toPlainText() == ""  # ready for the next item
    assert (page.source.currentText(), page.tag.currentText()) == ("Meeting", "Strength")  # the next is often alike
    assert page.evidence_model.rowCount() == before + 1

    # Edit: select it, type more, choose another tag: nothing is saved until "Save changes".
    row = page.evidence_model.row_of(added.id)
    page.evidence_table.setFocus()
    page.evidence_table.setCurrentIndex(page.evidence_model.index(row, 0))
    assert page.evidence_text.toPlainText() == added.text
    assert page.save_button.text() == "Sa&ve changes" and page.delete_button.isVisible()
    page.evidence_text.setFocus()
    page.evidence_text.moveCursor(page.evidence_text.textCursor().MoveOperation.End)
    type_into(qtbot, page.evidence_text, " in May 2024")
    qtbot.keyClick(page.evidence_text, Qt.Key.Key_Tab)
    page.tag.setFocus()
    qtbot.keyClick(page.tag, Qt.Key.Key_Down)  # Strength -> Area for improvement
    assert next(e for e in on_disk(demo_path, content).evidence if e.id == added.id) == added
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    changed = next(e for e in on_disk(demo_path, content).evidence if e.id == added.id)
    assert (changed.text, changed.tag) == ("Partnership plan signed off by all partners in May 2024",
                                           EvidenceTag.AREA_FOR_IMPROVEMENT)
    assert page.evidence_model.index(row, 0).data() == "Area for improvement"
    assert page.evidence_text.toPlainText() == changed.text  # still the item, as saved

    # Delete with the Delete key in the table.
    page.evidence_table.setFocus()
    qtbot.keyClick(page.evidence_table, Qt.Key.Key_Delete)
    assert added.id not in {e.id for e in on_disk(demo_path, content).evidence}
    assert page.evidence_model.rowCount() == before


def test_evidence_needs_text(qtbot: QtBot, inspection: InspectionWindow, demo_path: Path, content: Content) -> None:
    inspection.show_item("1.1.1a")
    page = inspection.prompt_page
    before = on_disk(demo_path, content)
    type_into(qtbot, page.reference, "Plan p.3")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.editor_problem.text() == "evidence text: type what was seen, read or heard"
    assert page.evidence_text.hasFocus()  # where the problem is
    assert on_disk(demo_path, content) == before


def test_an_unknown_prompt_is_said_in_one_line_and_nothing_is_saved(
    qtbot: QtBot, inspection: InspectionWindow, demo_path: Path, content: Content
) -> None:
    inspection.show_item("1.1.1a")
    page = inspection.prompt_page
    before = on_disk(demo_path, content)
    type_into(qtbot, page.evidence_text, "Seen at the board")
    page.prompts.setFocus()
    page.prompts.end(False)
    type_into(qtbot, page.prompts, ", 1.9.9z")
    page.prompts.prompt_completer.popup().hide()  # nothing in the framework matches: the popup is empty
    save(qtbot, page.prompts)
    assert page.editor_problem.text() == "prompts: 1.9.9z is not a prompt of the framework"
    assert page.prompts.hasFocus()
    assert on_disk(demo_path, content) == before


def test_an_item_on_two_prompts_shows_on_both_and_is_one_item_on_disk(
    qtbot: QtBot, inspection: InspectionWindow, demo_path: Path, content: Content
) -> None:
    inspection.show_item("1.1.1a")
    page = inspection.prompt_page
    before = on_disk(demo_path, content)
    type_into(qtbot, page.evidence_text, "The board minutes record partners agreeing the plan")
    # The prompts line completes the id being typed from the framework: 1.1.2a, then 1.1.2b.
    page.prompts.setFocus()
    page.prompts.end(False)
    type_into(qtbot, page.prompts, ", 1.1.2")
    popup = page.prompts.prompt_completer.popup()
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert page.prompts.text() == "1.1.1a, 1.1.2b"
    save(qtbot, page.prompts)

    after = on_disk(demo_path, content)
    (added,) = [e for e in after.evidence if e not in before.evidence]
    assert len(after.evidence) == len(before.evidence) + 1  # one item, on both prompts
    assert (added.prompt_id, added.also) == ("1.1.1a", ("1.1.2b",))
    row = page.evidence_model.row_of(added.id)
    assert page.evidence_model.index(row, REFERENCE_COLUMN).data() == "also 1.1.2b"
    inspection.show_item("1.1.2b")
    row = page.evidence_model.row_of(added.id)
    assert row >= 0 and page.evidence_model.index(row, REFERENCE_COLUMN).data() == "also 1.1.1a"
    assert page.evidence_model.evidence(row) == added


def test_a_draft_survives_going_to_another_prompt_and_back(
    qtbot: QtBot, inspection: InspectionWindow, demo_path: Path, content: Content
) -> None:
    inspection.show_item("1.1.1a")
    page = inspection.prompt_page
    before = on_disk(demo_path, content)
    type_into(qtbot, page.evidence_text, "Seen at the board")
    type_into(qtbot, page.reference, "Board minutes 12/5/24")
    qtbot.keyClick(page.reference, Qt.Key.Key_BracketRight, Qt.KeyboardModifier.ControlModifier)  # next prompt
    assert inspection.current_item() == "1.1.1b"
    assert page.evidence_text.toPlainText() == "" and page.draft_note.text() == ""
    assert on_disk(demo_path, content) == before  # leaving the prompt saves nothing to the record
    assert drafts_on_disk(demo_path, content)["evidence:1.1.1a"]["reference"] == "Board minutes 12/5/24"

    qtbot.keyClick(page.evidence_text, Qt.Key.Key_BracketLeft, Qt.KeyboardModifier.ControlModifier)
    assert inspection.current_item() == "1.1.1a"
    assert (page.evidence_text.toPlainText(), page.reference.text()) == ("Seen at the board", "Board minutes 12/5/24")
    assert page.draft_note.text() == "Unsaved draft restored"
    page.evidence_text.setFocus()
    save(qtbot, page.evidence_text)
    assert on_disk(demo_path, content).evidence_for("1.1.1a")[-1].reference == "Board minutes 12/5/24"
    assert drafts_on_disk(demo_path, content) == {} and page.draft_note.text() == ""


def test_a_draft_is_kept_after_a_pause_and_given_up_with_escape(
    qtbot: QtBot, inspection: InspectionWindow, demo_path: Path, content: Content
) -> None:
    inspection.show_item("1.1.1a")
    page = inspection.prompt_page
    before = on_disk(demo_path, content)
    type_into(qtbot, page.evidence_text, "Seen at the board")
    qtbot.waitUntil(lambda: "evidence:1.1.1a" in drafts_on_disk(demo_path, content), timeout=3000)
    page.prompts.end(False)
    type_into(qtbot, page.prompts, ", 1.2")
    assert page.prompts.prompt_completer.popup().isVisible()
    qtbot.keyClick(page.prompts.prompt_completer.popup(), Qt.Key.Key_Escape)  # first, the list of prompts closes
    assert not page.prompts.prompt_completer.popup().isVisible()
    assert page.evidence_text.toPlainText() == "Seen at the board"
    qtbot.keyClick(page.prompts, Qt.Key.Key_Escape)
    assert page.evidence_text.toPlainText() == "" and page.prompts.text() == "1.1.1a"
    assert drafts_on_disk(demo_path, content) == {} and on_disk(demo_path, content) == before


def test_a_draft_survives_closing_the_file_without_saving(
    qtbot: QtBot, controller: Controller, inspection: InspectionWindow, demo_path: Path, content: Content
) -> None:
    inspection.show_item("1.1.1a")
    page = inspection.prompt_page
    type_into(qtbot, page.evidence_text, "Seen at the board")
    type_into(qtbot, page.reference, "Board minutes 12/5/24")
    controller.close_to_start(inspection)  # at once: no pause for the draft to be kept
    assert "evidence:1.1.1a" in drafts_on_disk(demo_path, content)

    reopened = controller.open_path(demo_path)
    assert reopened is not None and reopened.current_item() == "1.1.1a"
    page = reopened.prompt_page
    assert (page.evidence_text.toPlainText(), page.reference.text()) == ("Seen at the board", "Board minutes 12/5/24")
    assert page.draft_note.text() == "Unsaved draft restored"


def test_on_opening_the_window_says_which_prompts_hold_unsaved_evidence(
    qtbot: QtBot, inspection: InspectionWindow, controller: Controller, demo_path: Path,
) -> None:
    inspection.show_item("1.2.1c")
    type_into(qtbot, inspection.prompt_page.evidence_text, "Seen at the team meeting")
    inspection.show_item("1.1.1a")
    page = inspection.prompt_page
    page.evidence_table.setCurrentIndex(page.evidence_model.index(0, REFERENCE_COLUMN))  # an item opened to change
    type_into(qtbot, page.evidence_text, " Confirmed by the chair.")
    inspection.show_item("1.3.1a")
    controller.close_to_start(inspection)

    reopened = controller.open_path(demo_path)
    assert reopened is not None and reopened.current_item() == "1.3.1a"
    assert reopened.saved_label.text() == "Unsaved evidence kept on 1.2.1c, 1.1.1a: open the prompt to add it"


CRASHING = """
import os, sys, time
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from inspector.app.recent import RecentFiles
from inspector.content import load_content
from inspector.gui.controller import Controller
from inspector.gui.dialogs import Dialogs
path, folder = Path(sys.argv[1]), Path(sys.argv[2])
app = QApplication([])
controller = Controller(load_content(), QSettings(str(folder / "crash.ini"), QSettings.Format.IniFormat),
                        login="jane", recent=RecentFiles(folder / "recent.json"), data_folder=folder,
                        dialogs=Dialogs(person=lambda parent, team: team[0]))
window = controller.open_path(path)
window.show_item("1.1.1a")
QTest.keyClicks(window.prompt_page.evidence_text, "Typed before the crash")
while not window.session.draft("evidence:1.1.1a"):
    QTest.qWait(50)  # the pause in typing keeps the draft
print("kept", flush=True)
time.sleep(60)
"""


def test_a_draft_survives_a_crash(
    qtbot: QtBot, controller: Controller, demo_path: Path, content: Content, tmp_path: Path
) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=os.pathsep.join(sys.path))
    child = subprocess.Popen([sys.executable, "-c", CRASHING, str(demo_path), str(tmp_path)], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "kept"
    finally:
        child.kill()  # as a crash: nothing closes the file
        child.wait(timeout=30)
    window = controller.open_path(demo_path)
    assert window is not None
    window.show_item("1.1.1a")
    assert window.prompt_page.evidence_text.toPlainText() == "Typed before the crash"
    assert window.prompt_page.draft_note.text() == "Unsaved draft restored"


def test_editing_an_item_saves_once_and_undo_takes_it_back(
    qtbot: QtBot, inspection: InspectionWindow, demo_path: Path, content: Content
) -> None:
    inspection.show_item("1.2.1c")
    page = inspection.prompt_page
    original = on_disk(demo_path, content)
    page.evidence_table.setCurrentIndex(page.evidence_model.index(0, 0))
    page.evidence_text.setFocus()
    page.evidence_text.moveCursor(page.evidence_text.textCursor().MoveOperation.End)
    type_into(qtbot, page.evidence_text, " More.")
    qtbot.keyClick(page.evidence_text, Qt.Key.Key_Tab)
    page.reference.end(False)  # Tab selected the reference: typed on to its end, not over it
    type_into(qtbot, page.reference, " (notes)")
    assert on_disk(demo_path, content) == original
    save(qtbot, page.reference)
    item = on_disk(demo_path, content).evidence_for("1.2.1c")[0]
    assert item.text.endswith(" More.") and item.reference.endswith(" (notes)")
    assert inspection.undo_stack.count() == 1
    assert drafts_on_disk(demo_path, content) == {}

    # Escape gives up a change: the form shows the item as saved.
    type_into(qtbot, page.evidence_text, " Not this.")
    qtbot.keyClick(page.evidence_text, Qt.Key.Key_Escape)
    assert on_disk(demo_path, content).evidence_for("1.2.1c")[0] == item
    assert page.evidence_text.toPlainText() == ""  # a new item again

    inspection.undo_stack.undo()
    assert on_disk(demo_path, content) == original
    assert page.evidence_model.evidence(0) == original.evidence_for("1.2.1c")[0]


def test_the_register_entry_and_page_reach_the_file(
    qtbot: QtBot, controller: Controller, demo_path: Path, content: Content
) -> None:
    minutes = Document("Management board minutes, 12 May 2024", DocumentKind.EVIDENCE_IN_ADVANCE, id="bm")
    with InspectionFile.open(demo_path, content.framework, "helen", rating_scheme=content.rating_scheme) as file:
        file.set_document(minutes)
    window = controller.open_path(demo_path)
    assert window is not None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # the keys go where the focus is
    window.show_item("1.1.1a")
    page = window.prompt_page
    register = [d.title for d in on_disk(demo_path, content).documents]
    assert register[-1] == minutes.title  # entered last, after the demo's own register
    assert [page.document.itemText(n) for n in range(page.document.count())] == ["Not in the register", *register]
    type_into(qtbot, page.evidence_text, "Partners agreed the plan")
    page.document.setFocus()
    qtbot.keyClick(page.document, Qt.Key.Key_End)  # the last entry: the minutes
    qtbot.keyClick(page.document, Qt.Key.Key_Tab)
    assert page.document_page.hasFocus()
    type_into(qtbot, page.document_page, "p. 4")
    save(qtbot, page.document_page)
    added = on_disk(demo_path, content).evidence_for("1.1.1a")[-1]
    assert (added.text, added.document_id, added.page) == ("Partners agreed the plan", "bm", "p. 4")
    row = page.evidence_model.row_of(added.id)
    reference = page.evidence_model.index(row, REFERENCE_COLUMN).data()
    assert reference == "Register: Management board minutes, 12 May 2024, p. 4"


def test_undo_and_redo_restore_the_file(
    qtbot: QtBot, inspection: InspectionWindow, demo_path: Path, content: Content
) -> None:
    original = on_disk(demo_path, content)
    inspection.show_item("1.1.1a")
    page = inspection.prompt_page
    qtbot.mouseClick(page.below, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.evidence_text, "Attendance poor")
    qtbot.keyClick(page.evidence_text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    first = page.evidence_model.evidence(0)
    assert first is not None
    page.evidence_table.setFocus()
    page.evidence_table.setCurrentIndex(page.evidence_model.index(0, 0))
    qtbot.keyClick(page.evidence_table, Qt.Key.Key_Delete)
    changed = on_disk(demo_path, content)
    assert changed != original
    assert inspection.undo_action.text() == "&Undo delete evidence from 1.1.1a"

    for _ in range(3):
        qtbot.keyClick(inspection, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    restored = on_disk(demo_path, content)
    # Undoing a deletion adds the item back at the end of the file; the page shows it in its place.
    assert Counter(restored.evidence) == Counter(original.evidence)
    assert restored.judgements == original.judgements
    assert page.below.isChecked() is False and page.above.isChecked()
    assert page.evidence_model.evidence(0) == first

    for _ in range(3):
        qtbot.keyClick(
            inspection, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    again = on_disk(demo_path, content)
    assert again.judgements == changed.judgements and Counter(again.evidence) == Counter(changed.evidence)
    assert not inspection.redo_action.isEnabled()


def test_a_refused_write_is_said_and_the_page_shows_the_file(
    qtbot: QtBot, inspection: InspectionWindow, demo_path: Path, content: Content, answers: Answers
) -> None:
    inspection.show_item("1.1.1a")
    page = inspection.prompt_page
    inspection.session._file._db.execute("PRAGMA query_only = ON")  # the test stands in for a full disk
    qtbot.mouseClick(page.below, Qt.MouseButton.LeftButton)
    assert answers.said == ["the edit was not saved to Northmoor.yjsi: the disk or folder cannot be written to; "
                            "the file is as it was before the edit"]
    assert page.above.isChecked() and not page.below.isChecked()
    assert inspection.undo_stack.count() == 0
    assert on_disk(demo_path, content).judgement("1.1.1a").sufficiency is Sufficiency.ABOVE


def test_rows_fit_their_text_when_added_and_when_the_window_narrows(
    qtbot: QtBot, inspection: InspectionWindow,
) -> None:
    inspection.show_item("1.1.1a")
    page = inspection.prompt_page
    table = page.evidence_table

    def fitted() -> bool:
        return all(table.rowHeight(row) == table.sizeHintForRow(row) for row in range(page.evidence_model.rowCount()))

    type_into(qtbot, page.evidence_text, "The board minutes record partners agreeing the plan, " * 6)
    save(qtbot, page.evidence_text)
    qtbot.waitUntil(fitted)
    tall = table.rowHeight(page.evidence_model.rowCount() - 1)
    assert tall > 2 * table.fontMetrics().lineSpacing()  # the new row wraps its long text, whole
    inspection.resize(900, 768)
    qtbot.waitUntil(lambda: table.rowHeight(page.evidence_model.rowCount() - 1) > tall)
    qtbot.waitUntil(fitted)
