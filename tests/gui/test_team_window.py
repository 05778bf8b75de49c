"""Team working through the real window: the lead assigns standards on the details page, a member's
window shows "Assigned to me", the inspection is shared as an encrypted exchange file that the member's
File > Open imports, and the member's work is brought back in after the merge plan is read, as one undo
step."""

from __future__ import annotations

import re
import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from inspector.app.merge_plan_view import MergePlanView
from inspector.app.navigator import Filter
from inspector.app.report_export import export_exchange
from inspector.app.team_edits import BROUGHT_IN, UNDONE
from inspector.content import Content
from inspector.exchange.files import read_exchange_file
from inspector.gui.controller import PERSON_KEY, Controller
from inspector.gui.inspection_window import InspectionWindow
from inspector.gui.merge_plan_dialog import MergePlanDialog
from inspector.gui.navigator_model import ITEM_ID_ROLE
from inspector.gui.pages.details_page import DetailsPage
from inspector.inspection.model import Assignment, Evidence, Interview, SourceKind
from inspector.store import InspectionFile
from tests.gui.conftest import PASSPHRASE, Answers, on_disk

MEMBER = "Priya Raman"
NEW_EVIDENCE = Evidence("1.2.1a", "Two further vacancies were advertised on 5 March.", SourceKind.DOCUMENT,
                        "Recruitment tracker", MEMBER, id="6a1d2c3e-0000-4000-8000-0000000000e1")
NEW_INTERVIEW = Interview("CM-25", "case-manager-interview", "1", date(2025, 3, 4), MEMBER,
                          id="6a1d2c3e-0000-4000-8000-0000000000f1")


def _details(qtbot: QtBot, window: InspectionWindow) -> DetailsPage:
    window.show_item("details")
    page = window.pages.currentWidget()
    assert isinstance(page, DetailsPage)
    return page


def _choose(qtbot: QtBot, page: DetailsPage, scope_id: str, typed: str) -> None:
    """Pick a choice in the scope's combo as the keyboard does: focus, then type its first letters."""
    combo = page.team_part.combos[scope_id]
    combo.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClicks(combo, typed)


def _assign(path: Path, content: Content, assignments: dict[str, str]) -> None:
    with InspectionFile.open(path, content.framework, "Helen Marsh", rating_scheme=content.rating_scheme) as lead:
        for scope, member in assignments.items():
            lead.set_assignment(scope, member)


def _shown(window: InspectionWindow) -> set[str]:
    model = window.nav_filter
    found: set[str] = set()

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            found.add(str(index.data(ITEM_ID_ROLE)))
            walk(index)

    walk(QModelIndex())
    return found


def _share(window: InspectionWindow, member: str) -> None:
    menu = window.team.share_menu
    menu.aboutToShow.emit()
    (action,) = [a for a in menu.actions() if a.text() == f"{member}\u2026"]
    action.trigger()


# --- assigning ------------------------------------------------------------------------------------


def test_the_lead_assigns_standards_on_the_details_page(
    qtbot: QtBot, inspection: InspectionWindow, demo_path: Path, content: Content,
) -> None:
    page = _details(qtbot, inspection)
    assert page.team_part.combos["1.2"].currentText() == "Unassigned"
    assert [page.team_part.combos["1.2"].itemText(i) for i in range(5)] == [
        "Unassigned", "Helen Marsh", "Daniel Okafor", "Priya Raman", "Gareth Llewellyn"]
    _choose(qtbot, page, "1.2", "Pr")
    _choose(qtbot, page, "1.3", "Pr")
    assert on_disk(demo_path, content).assignments == (Assignment("1.2", MEMBER), Assignment("1.3", MEMBER))
    assert page.team_part.combos["1.3"].currentText() == MEMBER
    # A key question under an assigned standard says who covers it; one of its own goes to someone else.
    assert page.team_part.combos["1.2.1"].currentText() == f"As 1.2: {MEMBER}"
    _choose(qtbot, page, "1.2.1", "D")
    held = {a.scope_id: a.member for a in on_disk(demo_path, content).assignments}
    assert held == {"1.2": MEMBER, "1.2.1": "Daniel Okafor", "1.3": MEMBER}
    assert page.team_part.summary.text() == (
        "Priya Raman: 1.2, 1.3 \u00b7 Daniel Okafor: 1.2.1 \u00b7 4 standards unassigned")

    assert inspection.undo_action.text() == "&Undo assign 1.2.1 to Daniel Okafor"
    inspection.undo()
    inspection.undo()
    assert on_disk(demo_path, content).assignments == (Assignment("1.2", MEMBER),)
    assert page.team_part.combos["1.3"].currentText() == "Unassigned"
    inspection.redo()
    assert on_disk(demo_path, content).assignments == (Assignment("1.2", MEMBER), Assignment("1.3", MEMBER))


def test_the_team_part_by_keyboard(qtbot: QtBot, inspection: InspectionWindow) -> None:
    page = _details(qtbot, inspection)
    qtbot.keyClick(page, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)  # "Team and assignments, &by standard"
    assert inspection.focusWidget() is page.team_part.tree
    qtbot.keyClick(page.team_part.tree, Qt.Key.Key_Tab)  # then each standard's choice in turn
    assert inspection.focusWidget() is page.team_part.combos["1.1"]
    qtbot.keyClick(page.team_part.combos["1.1"], Qt.Key.Key_Tab)
    assert inspection.focusWidget() is page.team_part.combos["1.2"]


def test_unassigning_and_the_navigator_showing_the_assignee(
    qtbot: QtBot, inspection: InspectionWindow, demo_path: Path, content: Content,
) -> None:
    page = _details(qtbot, inspection)
    _choose(qtbot, page, "1.4", "G")
    index = inspection.nav_model.index_for_id("1.4")
    assert "assigned to Gareth Llewellyn" in index.data(Qt.ItemDataRole.ToolTipRole)
    qtbot.keyClick(page.team_part.combos["1.4"], Qt.Key.Key_Home)  # the first choice: unassigned
    assert on_disk(demo_path, content).assignments == ()
    assert "assigned" not in index.data(Qt.ItemDataRole.ToolTipRole)


def test_a_read_only_window_shows_the_assignments_but_cannot_change_them(
    qtbot: QtBot, controller: Controller, demo_path: Path, content: Content,
) -> None:
    _assign(demo_path, content, {"1.2": MEMBER})
    window = controller.open_path(demo_path, read_only=True)
    assert window is not None
    page = _details(qtbot, window)
    combo = page.team_part.combos["1.2"]
    assert combo.currentText() == MEMBER and not combo.isEnabled()
    assert not window.team.bring_in_action.isEnabled()


def test_assigned_to_me_shows_the_members_standards_and_key_questions(
    qtbot: QtBot, controller: Controller, answers: Answers, demo_path: Path, content: Content,
) -> None:
    _assign(demo_path, content, {"1.2": MEMBER, "1.3": MEMBER, "1.3.2": "Daniel Okafor", "3.4.1": MEMBER})
    answers.person = MEMBER  # "who are you?" on the member's laptop
    window = controller.open_path(demo_path)
    assert window is not None and window.session.user == MEMBER
    window.show_item("1.2.1a")
    window.filter_box.setCurrentIndex(list(Filter).index(Filter.ASSIGNED))
    framework = content.framework
    standard_12, standard_13 = (s for s in framework.standards if s.id in ("1.2", "1.3"))
    kq_341 = next(kq for s in framework.standards for kq in s.key_questions if kq.id == "3.4.1")
    mine = {"1.2", *(kq.id for kq in standard_12.key_questions), *(p.id for p in standard_12.prompts),
            "1.3", *(kq.id for kq in standard_13.key_questions if kq.id != "1.3.2"),
            *(p.id for kq in standard_13.key_questions if kq.id != "1.3.2" for p in kq.prompts),
            "3.4", "3.4.1", *(p.id for p in kq_341.prompts)}  # 3.4 shown above its key question
    assert _shown(window) == mine
    # Go > Next prompt keeps to them too.
    window.show_item(standard_12.prompts[-1].id)
    window.go_prompt(1)
    assert window.current_item() == standard_13.key_questions[0].prompts[0].id


# --- sharing --------------------------------------------------------------------------------------


def test_sharing_writes_the_whole_inspection_encrypted_for_the_member(
    qtbot: QtBot, inspection: InspectionWindow, answers: Answers, demo_path: Path, content: Content, tmp_path: Path,
) -> None:
    page = _details(qtbot, inspection)
    _choose(qtbot, page, "1.2", "Pr")
    answers.chosen_file = tmp_path / "for Priya.json.age"
    _share(inspection, MEMBER)
    assert answers.proposed == [demo_path.parent / "Northmoor YJS - for Priya Raman.json.age"]
    assert answers.encrypted == [answers.chosen_file]
    data = answers.chosen_file.read_bytes()
    assert data.startswith(b"age-encryption.org/v1\n") and b"Northmoor" not in data
    shared = read_exchange_file(answers.chosen_file, content, lambda file: PASSPHRASE)
    assert shared == on_disk(demo_path, content) and shared.assignments == (Assignment("1.2", MEMBER),)
    assert inspection.saved_label.text() == (
        "Shared with Priya Raman: for Priya.json.age, encrypted; pass the passphrase on another way")


def test_the_share_menu_lists_the_team_less_the_user(inspection: InspectionWindow) -> None:
    menu = inspection.team.share_menu
    menu.aboutToShow.emit()
    assert [a.text() for a in menu.actions()] == [  # the window records as the lead
        "Daniel Okafor\u2026", "Priya Raman\u2026", "Gareth Llewellyn\u2026"]


def test_cancelling_the_passphrase_shares_nothing(
    inspection: InspectionWindow, answers: Answers, tmp_path: Path,
) -> None:
    answers.chosen_file = tmp_path / "for Priya.json.age"
    answers.passphrase = None
    _share(inspection, MEMBER)
    assert not answers.chosen_file.exists() and answers.said == []


def test_the_member_opens_the_shared_file_into_an_inspection_file_beside_it(
    qtbot: QtBot, inspection: InspectionWindow, controller: Controller, answers: Answers, demo_path: Path,
    content: Content, tmp_path: Path,
) -> None:
    shared = tmp_path / "member" / "Northmoor YJS - for Priya Raman.json.age"
    shared.parent.mkdir()
    answers.chosen_file = shared
    _share(inspection, MEMBER)
    # The member's laptop: nobody has said there who they are in this inspection.
    controller.settings.remove(PERSON_KEY.format(inspection.session.inspection.details.id))
    inspection.close()
    answers.person = MEMBER
    answers.chosen_file = shared
    opened = controller.choose_and_open()  # File > Open, the shared file chosen
    assert opened is not None and answers.decrypted == [shared]
    imported = shared.with_name("Northmoor YJS - for Priya Raman.yjsi")
    assert opened.session.path == imported and opened.session.user == MEMBER
    assert on_disk(imported, content) == on_disk(demo_path, content)
    assert opened.saved_label.text() == (
        f"Imported {shared.name} into {imported.name}, which holds your work from now on")
    opened.close()

    # Opened again, it is imported under a new name: what was imported first is never overwritten.
    again = controller.open_path(shared)
    assert again is not None and again.session.path.name == "Northmoor YJS - for Priya Raman (2).yjsi"


def test_a_wrong_passphrase_is_said_in_one_line_and_nothing_is_made(
    inspection: InspectionWindow, controller: Controller, answers: Answers, tmp_path: Path,
) -> None:
    shared = tmp_path / "member" / "shared.json.age"
    shared.parent.mkdir()
    answers.chosen_file = shared
    _share(inspection, MEMBER)
    answers.passphrase = "not the passphrase"
    assert controller.open_path(shared) is None
    (said,) = answers.said
    assert said.startswith(f"{shared}: ") and "\n" not in said
    assert sorted(p.name for p in shared.parent.iterdir()) == ["shared.json.age"]


# --- bringing in ----------------------------------------------------------------------------------


def _member_copy(demo_path: Path, content: Content, folder: Path) -> tuple[Path, Evidence]:
    """The member's copy of the lead's file, with their work: an interview and an evidence item added, the
    text of one of the lead's evidence items changed (a conflict), and a judgement of their own."""
    path = folder / "Northmoor - Priya.yjsi"
    shutil.copy(demo_path, path)
    with InspectionFile.open(path, content.framework, MEMBER, rating_scheme=content.rating_scheme) as member:
        changed = replace(member.snapshot().evidence[3], text="Health attended four of eight meetings.")
        member.add_interview(NEW_INTERVIEW)
        member.add_evidence(NEW_EVIDENCE)
        member.update_evidence(changed)
        member.set_sufficiency("1.1.1a", None)
    return path, changed


def _review(qtbot: QtBot, seen: list[MergePlanDialog]):  # type: ignore[no-untyped-def]
    """Drive the real dialog: read it, then click "Bring in"."""
    def review(parent: QWidget | None, view: MergePlanView) -> bool:
        dialog = MergePlanDialog(view, parent)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        seen.append(dialog)
        qtbot.mouseClick(dialog.bring_in_button, Qt.MouseButton.LeftButton)
        return dialog.result() == MergePlanDialog.DialogCode.Accepted

    return review


def test_bringing_in_shows_the_plan_then_adds_it_all_as_one_undo_step(
    qtbot: QtBot, inspection: InspectionWindow, answers: Answers, demo_path: Path, content: Content, tmp_path: Path,
) -> None:
    before = on_disk(demo_path, content)
    member, changed = _member_copy(demo_path, content, tmp_path)
    seen: list[MergePlanDialog] = []
    answers.review_with = _review(qtbot, seen)
    answers.chosen_file = member
    steps = inspection.undo_stack.count()
    inspection.team.bring_in_action.trigger()

    (dialog,) = seen
    assert dialog.windowTitle() == "Bring in the work from Northmoor - Priya.yjsi"
    assert dialog.added_counts.text() == "1 interview, 1 evidence item, no documents, no ratings panel comments"
    assert dialog.added_lines.text() == (
        "Interview CM-25\nEvidence 1.2.1a 'Recruitment tracker'")
    assert dialog.already.text().startswith(f"{len(before.interviews)} interviews, {len(before.evidence) - 1} evidence")
    (conflict,) = dialog.conflict_boxes
    texts = [label.text() for label in conflict.findChildren(type(dialog.already))]
    assert texts[0].endswith(": differs in text") and "Yours (stays as it is)" in texts
    assert any(t.endswith(f"Text: {before.evidence[3].text}") for t in texts)
    assert any(t.endswith(f"Text: {changed.text}") for t in texts)
    assert dialog.not_merged.text() == "1 judgement differs from yours: 1.1.1a \u2014 judgements stay the lead's"

    after = on_disk(demo_path, content)
    assert after.interviews[-1] == NEW_INTERVIEW
    assert after.evidence[-2] == NEW_EVIDENCE and after.evidence[-1].text == changed.text
    assert after.evidence[3] == before.evidence[3]  # the lead's version stays
    assert after.judgements == before.judgements
    assert inspection.session.inspection == after
    assert inspection.undo_stack.count() == steps + 1
    assert inspection.saved_label.text() == "Brought in 3 items from Northmoor - Priya.yjsi"
    reasons = {entry.reason for entry in inspection.session.audit()[-3:]}
    assert reasons == {BROUGHT_IN.format(member.name)}

    assert inspection.undo_action.text() == "&Undo bring in the work from Northmoor - Priya.yjsi"
    inspection.undo()  # one step takes it all back
    assert on_disk(demo_path, content) == before == inspection.session.inspection
    assert {entry.reason for entry in inspection.session.audit()[-3:]} == {UNDONE.format(member.name)}
    inspection.redo()
    assert on_disk(demo_path, content) == after == inspection.session.inspection


def test_an_encrypted_members_file_asks_for_its_passphrase(
    qtbot: QtBot, inspection: InspectionWindow, answers: Answers, demo_path: Path, content: Content, tmp_path: Path,
) -> None:
    member, _ = _member_copy(demo_path, content, tmp_path)
    member_work = on_disk(member, content)
    sealed = tmp_path / "from Priya.json.age"
    export_exchange(member_work, sealed, PASSPHRASE)
    answers.chosen_file = sealed
    inspection.team.bring_in_action.trigger()
    assert answers.decrypted == [sealed] and len(answers.plans) == 1
    assert on_disk(demo_path, content).interviews[-1] == NEW_INTERVIEW


def test_cancelling_the_plan_brings_in_nothing(
    inspection: InspectionWindow, answers: Answers, demo_path: Path, content: Content, tmp_path: Path,
) -> None:
    before = on_disk(demo_path, content)
    member, _ = _member_copy(demo_path, content, tmp_path)
    answers.chosen_file = member
    answers.accept = False
    inspection.team.bring_in_action.trigger()
    assert len(answers.plans) == 1 and on_disk(demo_path, content) == before
    assert inspection.undo_stack.count() == 0


def test_nothing_to_bring_in_is_said_and_nothing_is_done(
    inspection: InspectionWindow, answers: Answers, demo_path: Path, content: Content, tmp_path: Path,
) -> None:
    copy = tmp_path / "same.yjsi"
    shutil.copy(demo_path, copy)
    answers.chosen_file = copy
    inspection.team.bring_in_action.trigger()
    assert answers.plans == [] and inspection.undo_stack.count() == 0
    assert inspection.saved_label.text() == (
        "Nothing to bring in from same.yjsi: everything in it is already in this inspection")


def test_another_inspection_is_refused_in_one_line(
    inspection: InspectionWindow, answers: Answers, content: Content, tmp_path: Path,
) -> None:
    other = tmp_path / "other.yjsi"
    details = replace(inspection.session.inspection.details, id="00000000-0000-4000-8000-000000000000")
    InspectionFile.create(other, content.framework, details, "Helen Marsh", rating_scheme=content.rating_scheme).close()
    answers.chosen_file = other
    inspection.team.bring_in_action.trigger()
    (said,) = answers.said
    assert "is a different inspection" in said and "\n" not in said and answers.plans == []


def test_file_menu_mnemonics_stay_unique(inspection: InspectionWindow) -> None:
    (file_menu,) = [a.menu() for a in inspection.menuBar().actions() if a.text() == "&File"]
    letters = [re.search(r"&(\w)", a.text()).group(1).lower()  # type: ignore[union-attr]
               for a in file_menu.actions() if "&" in a.text()]
    assert len(letters) == len(set(letters)), letters
    texts = [a.text() for a in file_menu.actions()]
    assert "&Share with a team member" in texts and "&Bring in a team member's work\u2026" in texts
