"""The prompt page through its real widgets: judgement by mouse and keyboard, the evidence editor, the
interview result, and what reached the file (read by a second, read-only opener)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from inspector.content import Content
from inspector.gui.inspection_window import InspectionWindow
from inspector.gui.navigator_model import STATE_ROLE
from inspector.inspection.model import EvidenceTag, PromptJudgement, SourceKind, Sufficiency
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


def test_adding_editing_tagging_and_deleting_evidence(
    qtbot: QtBot, inspection: InspectionWindow, demo_path: Path, content: Content
) -> None:
    inspection.show_item("1.1.1a")
    page = inspection.prompt_page
    before = len(on_disk(demo_path, content).evidence_for("1.1.1a"))

    # Add: type the text and reference, choose the source and tag with the keyboard, press the button.
    qtbot.keyClicks(page.evidence_text, "Partnership plan signed off by all partners")
    qtbot.keyClicks(page.reference, "Plan p.3")
    page.source.setFocus()
    qtbot.keyClick(page.source, Qt.Key.Key_Down)  # Document -> Meeting
    page.tag.setFocus()
    qtbot.keyClick(page.tag, Qt.Key.Key_Down)  # No tag -> Strength
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    items = on_disk(demo_path, content).evidence_for("1.1.1a")
    assert len(items) == before + 1
    added = items[-1]
    assert (added.text, added.reference, added.source, added.tag, added.recorded_by) == (
        "Partnership plan signed off by all partners", "Plan p.3", SourceKind.MEETING, EvidenceTag.STRENGTH, DEMO_LEAD)
    assert page.evidence_text.toPlainText() == ""  # ready for the next item
    assert page.evidence_model.rowCount() == before + 1

    # Edit: select it, type more, leave the field: saved.
    row = page.evidence_model.row_of(added.id)
    page.evidence_table.setFocus()
    page.evidence_table.setCurrentIndex(page.evidence_model.index(row, 0))
    assert page.evidence_text.toPlainText() == added.text
    page.evidence_text.setFocus()
    page.evidence_text.moveCursor(page.evidence_text.textCursor().MoveOperation.End)
    qtbot.keyClicks(page.evidence_text, " in May 2024")
    qtbot.keyClick(page.evidence_text, Qt.Key.Key_Tab)
    changed = next(e for e in on_disk(demo_path, content).evidence if e.id == added.id)
    assert changed.text == "Partnership plan signed off by all partners in May 2024"

    # Tag: choose 'Area for improvement' in the tag box: saved at once.
    page.tag.setFocus()
    qtbot.keyClick(page.tag, Qt.Key.Key_Down)
    tagged = next(e for e in on_disk(demo_path, content).evidence if e.id == added.id)
    assert tagged.tag is EvidenceTag.AREA_FOR_IMPROVEMENT
    assert page.evidence_model.index(row, 0).data() == "Area for improvement"

    # Delete with the Delete key in the table.
    page.evidence_table.setFocus()
    qtbot.keyClick(page.evidence_table, Qt.Key.Key_Delete)
    assert added.id not in {e.id for e in on_disk(demo_path, content).evidence}
    assert page.evidence_model.rowCount() == before


def test_evidence_needs_text(qtbot: QtBot, inspection: InspectionWindow, demo_path: Path, content: Content) -> None:
    inspection.show_item("1.1.1a")
    page = inspection.prompt_page
    before = on_disk(demo_path, content)
    qtbot.keyClicks(page.reference, "Plan p.3")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.editor_problem.text() == "evidence text: type what was seen, read or heard"
    assert on_disk(demo_path, content) == before


def test_typed_new_evidence_is_added_when_the_prompt_is_left(
    qtbot: QtBot, inspection: InspectionWindow, demo_path: Path, content: Content
) -> None:
    inspection.show_item("1.1.1a")
    qtbot.keyClicks(inspection.prompt_page.evidence_text, "Seen at the board")
    qtbot.keyClick(inspection.prompt_page.evidence_text, Qt.Key.Key_BracketRight, Qt.KeyboardModifier.ControlModifier)
    assert inspection.current_item() == "1.1.1b"
    assert [e.text for e in on_disk(demo_path, content).evidence_for("1.1.1a")][-1] == "Seen at the board"


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
        qtbot.keyClick(inspection, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    again = on_disk(demo_path, content)
    assert again.judgements == changed.judgements and Counter(again.evidence) == Counter(changed.evidence)
    assert not inspection.redo_action.isEnabled()


def test_typing_is_one_undo_step(qtbot: QtBot, inspection: InspectionWindow, demo_path: Path, content: Content) -> None:
    inspection.show_item("1.2.1c")
    page = inspection.prompt_page
    original = on_disk(demo_path, content)
    page.evidence_table.setCurrentIndex(page.evidence_model.index(0, 0))
    page.evidence_text.setFocus()
    for word in (" More.", " And more."):
        qtbot.keyClicks(page.evidence_text, word)
        page.commit_pending()  # as the pause in typing would
    assert on_disk(demo_path, content) != original
    assert inspection.undo_stack.count() == 1
    inspection.undo()
    assert on_disk(demo_path, content) == original


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
