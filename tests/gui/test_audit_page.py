"""The audit trail page through its real widgets: edits made in the window appear at the top in words,
the filter typed, the who and kind boxes and the dates narrow the list, Enter opens the item a change was
made to, undo while the page is shown adds its row, typing shown as one change until Every save is
ticked, sorting by When, and the model tester."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from inspector.app.audit_view import ChangeKind
from inspector.app.edits import AnswerEdit, EvidenceEdit, JudgementEdit
from inspector.app.navigator import AUDIT
from inspector.content import Content
from inspector.gui.audit_model import CHANGE, WHAT, WHEN, WHO
from inspector.gui.inspection_window import InspectionWindow
from inspector.gui.navigator_model import STATE_ROLE
from inspector.gui.pages.audit_page import ANY_DATE, AuditPage
from inspector.inspection.model import (
    Evidence,
    PromptJudgement,
    SourceKind,
    Sufficiency,
)
from inspector.store import InspectionFile
from inspector.store.audit import computer_account
from tests.gui.conftest import DEMO_LEAD

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def logged(path: Path, content: Content) -> int:
    """How many changes the file's audit log holds, read by a second, read-only opener."""
    with InspectionFile.open(path, content.framework, "reader", read_only=True,
                             rating_scheme=content.rating_scheme) as reader:
        return len(reader.audit())


def shown(page: AuditPage, column: int = WHAT) -> list[str]:
    model = page.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def edit_in_the_window(inspection: InspectionWindow) -> None:
    """Two changes as the prompt page makes them: 1.1.1a below the line, evidence added to 1.2.1c."""
    assert inspection.perform(JudgementEdit(inspection.session.inspection.judgement("1.1.1a"),
                                            PromptJudgement("1.1.1a", Sufficiency.BELOW)))
    assert inspection.perform(EvidenceEdit(None, Evidence("1.2.1c", "Minutes of the management board",
                                                          SourceKind.MEETING, recorded_by=DEMO_LEAD)))


def open_page(qtbot: QtBot, inspection: InspectionWindow) -> AuditPage:
    """Go > Audit trail, by its shortcut."""
    qtbot.keyClick(inspection.tree, Qt.Key.Key_A, CTRL_SHIFT)
    assert inspection.current_item() == AUDIT and inspection.pages.currentWidget() is inspection.audit_page
    return inspection.audit_page


def test_the_audit_node_is_last_and_lists_every_change_newest_first(
    qtbot: QtBot, inspection: InspectionWindow, demo_path: Path, content: Content
) -> None:
    inspection.focus_navigator()
    qtbot.keyClick(inspection.tree, Qt.Key.Key_End)
    assert inspection.current_item() == AUDIT
    page = inspection.audit_page
    total = logged(demo_path, content)
    assert inspection.nav_model.index_for_id(AUDIT).data(STATE_ROLE) == f"{total:,} changes recorded"
    assert page.model.rowCount() == total and page.count.text() == f"{total:,} changes"
    assert shown(page)[-1] == "inspection file"  # the oldest: the file made
    assert page.table.currentIndex().row() == 0 and page.detail.text().startswith(shown(page)[0])

    edit_in_the_window(inspection)  # the navigator counts them at once, wherever the window is
    assert inspection.nav_model.index_for_id(AUDIT).data(STATE_ROLE) == f"{total + 2:,} changes recorded"


def test_edits_appear_at_the_top_and_the_filter_finds_them(
    qtbot: QtBot, inspection: InspectionWindow, demo_path: Path, content: Content
) -> None:
    inspection.show_item("1.1.1a")
    edit_in_the_window(inspection)
    page = open_page(qtbot, inspection)
    total = logged(demo_path, content)
    added = inspection.session.inspection.evidence[-1].id
    assert shown(page)[:2] == ["evidence on 1.2.1c", "prompt 1.1.1a sufficiency"]
    assert shown(page, CHANGE)[:2] == ["added \u201cMinutes of the management board\u201d", "above \u2192 below"]
    assert page.model.index(0, WHAT).data(Qt.ItemDataRole.ToolTipRole) == f"evidence {added} (1.2.1c)"
    assert shown(page, WHO)[:2] == [DEMO_LEAD, DEMO_LEAD]
    # The person is who; the computer account they used is kept beside the name, not in its place.
    account = computer_account()
    assert account is not None and account != DEMO_LEAD
    assert page.model.index(0, WHO).data(Qt.ItemDataRole.ToolTipRole) == f"from the computer account {account}"

    qtbot.keyClick(page, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # "Fi&lter"
    assert page.filter_field.hasFocus() and QApplication.activePopupWidget() is None  # not the File menu
    # Every word, any case: the demo's register has a "Management Board" document, but no minutes of one.
    qtbot.keyClicks(page.filter_field, "management BOARD minutes")
    assert [row.split(" ")[0] for row in shown(page)] == ["evidence"]
    assert page.count.text() == f"1 of {total:,} changes"
    page.filter_field.clear()
    qtbot.keyClicks(page.filter_field, "1.1.1a sufficiency")
    assert shown(page) == ["prompt 1.1.1a sufficiency"] * 2  # the demo's judgement and the edit
    assert page.count.text() == f"2 of {total:,} changes"


def test_who_kind_and_dates_narrow_the_list(
    qtbot: QtBot, inspection: InspectionWindow, demo_path: Path, content: Content
) -> None:
    edit_in_the_window(inspection)
    page = open_page(qtbot, inspection)
    assert [page.user_box.itemText(i) for i in range(page.user_box.count())] == ["Anyone", "helen", DEMO_LEAD]
    page.user_box.setFocus()
    qtbot.keyClick(page.user_box, Qt.Key.Key_End)  # the last: the lead inspector
    assert shown(page, WHO) == [DEMO_LEAD, DEMO_LEAD]
    page.kind_box.setFocus()
    qtbot.keyClicks(page.kind_box, ChangeKind.EVIDENCE.value)  # a combo box finds an item by typing
    assert page.kind_box.currentText() == "Evidence"
    assert len(shown(page)) == 1 and shown(page)[0].startswith("evidence ")

    qtbot.keyClick(page.user_box, Qt.Key.Key_Home)  # Anyone again: every evidence item
    evidence = len(inspection.session.inspection.evidence)
    assert len(shown(page)) == evidence  # each added once and none changed since

    today = date.today()
    assert page.start_date.text() == ANY_DATE
    page.start_date.setDate(QDate(today.year, today.month, today.day).addDays(1))
    assert shown(page) == [] and page.count.text().startswith("0 of ")
    page.start_date.setDate(QDate(today.year, today.month, today.day).addDays(-1))
    page.end_date.setDate(QDate(today.year, today.month, today.day).addDays(-2))
    assert page.problem.isVisible() and page.problem.text() == "To: the date is before the From date"
    assert shown(page) == []
    page.end_date.setFocus()
    qtbot.keyClick(page.end_date, Qt.Key.Key_Delete)  # back to any date
    assert page.end_date.text() == ANY_DATE
    assert not page.problem.isVisible() and len(shown(page)) == evidence


def test_enter_on_a_change_opens_its_prompt(qtbot: QtBot, inspection: InspectionWindow) -> None:
    edit_in_the_window(inspection)
    page = open_page(qtbot, inspection)
    qtbot.keyClicks(page.filter_field, "1.1.1a")
    qtbot.keyClick(page.filter_field, Qt.Key.Key_Return)  # to the list, on the newest
    assert page.table.hasFocus() and page.model.row_at(page.table.currentIndex().row()).user == DEMO_LEAD
    assert page.detail.text().endswith("Enter or a double click opens 1.1.1a.")
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert inspection.current_item() == "1.1.1a" and inspection.pages.currentWidget() is inspection.prompt_page

    open_page(qtbot, inspection)
    page.filter_field.clear()
    qtbot.keyClicks(page.filter_field, "inspection file")  # the file's creation belongs to no item
    page.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert inspection.current_item() == AUDIT and "opens" not in page.detail.text()


def test_undo_while_the_page_is_shown_adds_its_row_and_keeps_the_selection(
    qtbot: QtBot, inspection: InspectionWindow, demo_path: Path, content: Content
) -> None:
    edit_in_the_window(inspection)
    page = open_page(qtbot, inspection)
    page.table.setCurrentIndex(page.model.index(1, 0))  # the judgement
    chosen = page.model.row_at(1)
    assert chosen is not None and chosen.what == "prompt 1.1.1a sufficiency"
    inspection.undo()  # the evidence goes: one more change, at the top
    total = logged(demo_path, content)
    assert page.model.rowCount() == total and shown(page)[0].startswith("evidence ")
    assert page.model.row_at(page.table.currentIndex().row()) == chosen
    assert inspection.current_item() == "1.2.1c"  # undo shows the item it changed, as everywhere


def test_sorting_by_when_and_the_model_tester(
    qtbot: QtBot, inspection: InspectionWindow, qtmodeltester: ModelTester
) -> None:
    edit_in_the_window(inspection)
    page = open_page(qtbot, inspection)
    newest = shown(page)[0]
    page.table.setCurrentIndex(page.model.index(0, 0))
    header = page.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(WHEN) + 5, header.height() // 2))
    assert shown(page)[0] == "inspection file" and shown(page)[-1] == newest  # oldest first now
    assert page.model.row_at(page.table.currentIndex().row()).what == newest  # the selection follows its row
    page.model.sort(WHO, Qt.SortOrder.AscendingOrder)
    assert shown(page, WHO)[0] == "helen" and shown(page, WHO)[-1] == DEMO_LEAD
    qtmodeltester.check(page.model)


def type_rationale(inspection: InspectionWindow, *texts: str) -> None:
    """Key question 1.3.2's rationale saved after each text, as the page saves typing (quickly: one run)."""
    for text in texts:
        answer = inspection.session.inspection.answer("1.3.2")
        assert inspection.perform(AnswerEdit(answer, replace(answer, rationale=text)))


def test_typing_is_one_change_until_every_save_is_ticked(
    qtbot: QtBot, inspection: InspectionWindow, demo_path: Path, content: Content, tmp_path: Path
) -> None:
    type_rationale(inspection, "Part", "Partership", "Partnership gaps")
    page = open_page(qtbot, inspection)
    total = logged(demo_path, content)
    assert page.model.rowCount() == total - 2 and page.count.text() == f"{total - 2:,} changes"
    assert (shown(page)[0], shown(page, CHANGE)[0]) == (
        "key question 1.3.2 rationale", "(not set) \u2192 \u201cPartnership gaps\u201d")
    assert page.model.index(0, CHANGE).data(Qt.ItemDataRole.ToolTipRole) == "Old: (not set)\nNew: Partnership gaps"
    assert "Typed in 3 saves" in page.detail.text()
    qtbot.keyClicks(page.filter_field, "CM-0")  # nine interviews added, each listing its answers
    assert page.count.text() == f"9 of {total - 2:,} changes"
    assert page.detail.text().splitlines()[1:3] == ["Added.", "form: case-manager-interview"]
    qtbot.waitUntil(lambda: page.detail_area.verticalScrollBar().maximum() > 0)  # too long for its room
    page.grab().save(str(tmp_path / "audit.png"))
    page.filter_field.clear()
    page.table.setCurrentIndex(page.model.index(0, 0))  # the typing again

    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # "Every &save"
    qtbot.waitUntil(page.every_save.isChecked)  # a mnemonic clicks the box as the mouse would, a moment later
    assert page.model.rowCount() == total and page.count.text() == f"{total:,} changes"
    assert shown(page, CHANGE)[:3] == [
        "\u201cPartership\u201d \u2192 \u201cPartnership gaps\u201d", "\u201cPart\u201d \u2192 \u201cPartership\u201d",
        "(not set) \u2192 \u201cPart\u201d"]
    assert page.table.currentIndex().row() == 2  # the change chosen before: its first save
    assert "Typed in" not in page.detail.text()
    qtbot.keyClicks(page.filter_field, "partership")
    assert len(shown(page)) == 2
    page.every_save.setChecked(False)
    assert shown(page) == []  # typed on the way only: the change reads as it ended
