"""Whole inspections through the window only, as the inspectors work them. First the lead alone: the start
window and the new-inspection wizard, every prompt judged with the keyboard and each key question answered
as its prompts are done, the proposals on the standard pages, domain two and three, the diversity finding,
every rating put to the ratings panel, ratings panel mode, twelve ratings agreed and one agreed differently
with a reason, the overall rating agreed. Then the team week: the lead shares out 1.2 and 1.3 and the
inspection, a team member on her own laptop records under her own name (one evidence item on two prompts, an
interview) and shares it back, and the lead brings it in. Nothing here calls the session or the store:
widgets, keys and menu actions only. At the end each file is read back by a second, read-only opener."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from inspector.app.navigator import AUDIT, CASE_DATA, DETAILS, INTERVIEWS, PANEL, Filter
from inspector.app.recent import RecentFiles
from inspector.content import Content
from inspector.framework.model import Rating
from inspector.gui.audit_model import CHANGE, WHO
from inspector.gui.controller import Controller
from inspector.gui.inspection_window import InspectionWindow
from inspector.gui.navigator_model import STATE_ROLE
from inspector.gui.new_inspection_wizard import NewInspectionWizard
from inspector.gui.pages.details_page import DetailsPage
from inspector.inspection.model import Answer, PanelState, Sufficiency
from inspector.rules.evaluate import evaluate
from inspector.store import InspectionFile
from tests.gui.conftest import Answers
from tests.gui.test_panel_page import choose, press
from tests.gui.test_wizard import drive_the_wizard

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier

DECISIVE = {"1.2.3a", "4.1.2b"}  # below the line and decisive: their key questions are answered 'no'
DEPARTURE = "1.4.3"  # answered 'no' against the suggested 'yes', with a rationale
# What each standard page proposes, and the rationale typed where one is required: 1.4 departs from its
# default ('Requires improvement' once 1.4.3 is 'no'); the seed gives 3.4 no default at all.
PROPOSALS = {
    "1.1": (Qt.Key.Key_D, ""),
    "1.2": (Qt.Key.Key_I, ""),
    "1.3": (Qt.Key.Key_D, ""),
    "1.4": (Qt.Key.Key_D, "A replacement ICT system is procured; the rest of 1.4 is strong."),
    "3.4": (Qt.Key.Key_D, "A strong joint decision-making panel and sound policy."),
    "4.1": (Qt.Key.Key_I, ""),
}
AGREED_OTHERWISE = "2.4"  # the panel agrees 'Requires improvement' where the lead put forward 'Good'
PANEL_REASON = "Reviews seen on fieldwork rarely responded to changes in the child's circumstances."


def new_inspection(qtbot: QtBot, controller: Controller, folder: Path) -> InspectionWindow:
    """The start window's New inspection…, and the wizard typed into."""
    problems: list[BaseException] = []

    def steps(wizard: NewInspectionWizard) -> None:
        qtbot.keyClicks(wizard.yjs, "Leeds Youth Justice Service")
        qtbot.keyClicks(wizard.start, "3/3/2025")
        qtbot.keyClicks(wizard.end, "7/3/2025")
        qtbot.keyClick(wizard, Qt.Key.Key_Return)  # Next
        assert wizard.currentPage() is wizard.team_page
        qtbot.keyClicks(wizard.lead, "Jane Inspector")
        qtbot.keyClicks(wizard.team, "Ann Other")
        qtbot.keyClicks(wizard.resettlement, "2")  # 4.1 applies (seed line 45)
        qtbot.keyClick(wizard, Qt.Key.Key_Return)
        qtbot.mouseClick(wizard.file_page.browse, Qt.MouseButton.LeftButton)  # answered with `folder`
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)

    drive_the_wizard(steps, problems)
    start = controller.show_start()
    qtbot.mouseClick(start.new_button, Qt.MouseButton.LeftButton)
    assert problems == []
    (window,) = controller.windows
    window.resize(1366, 768)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def click(qtbot: QtBot, window: InspectionWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier = ALT) -> None:
    """A key on the page in front; a mnemonic clicks its button after a short animation, so wait for the
    edit to reach the undo stack."""
    count = window.undo_stack.count()
    qtbot.keyClick(window.pages.currentWidget(), key, modifiers)
    qtbot.waitUntil(lambda: window.undo_stack.count() > count)


def go(qtbot: QtBot, window: InspectionWindow, typed: str, item_id: str) -> None:
    """Ctrl+L to the navigator and the item's name typed (after a pause, as the tree takes letters typed
    quickly one after another as one name)."""
    qtbot.wait(QApplication.keyboardInputInterval() + 20)
    qtbot.keyClick(window.pages.currentWidget(), Qt.Key.Key_L, CTRL)
    qtbot.keyClicks(window.tree, typed)
    assert window.current_item() == item_id


def type_rationale(qtbot: QtBot, window: InspectionWindow, text: str) -> None:
    """Alt+R to the rationale, typed, and Tab away: leaving the field saves it."""
    qtbot.keyClick(window.pages.currentWidget(), Qt.Key.Key_R, ALT)
    field = window.focusWidget()
    qtbot.keyClicks(field, text)
    count = window.undo_stack.count()
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: window.undo_stack.count() > count)


def test_a_whole_inspection_from_the_wizard_to_an_agreed_overall_rating(
    qtbot: QtBot, controller: Controller, tmp_path: Path, content: Content, answers: Answers
) -> None:
    folder = tmp_path / "inspections"
    folder.mkdir()
    answers.chosen_folder = folder
    window = new_inspection(qtbot, controller, folder)
    path = window.session.path
    assert path == folder / "Leeds Youth Justice Service 2025-03.yjsi"
    framework = content.framework

    # Fieldwork: each prompt judged, each key question answered once its prompts are, each standard proposed
    # once its key questions are; Ctrl+U on to the next prompt not yet judged.
    for standard in framework.standards:
        for kq in standard.key_questions:
            for prompt in kq.prompts:
                assert window.current_item() == prompt.id
                if prompt.id in DECISIVE:
                    click(qtbot, window, Qt.Key.Key_B)  # &Below the line
                    click(qtbot, window, Qt.Key.Key_D)  # &Decisive shortfall
                else:
                    click(qtbot, window, Qt.Key.Key_A)  # &Above the line
                if prompt is not kq.prompts[-1]:
                    qtbot.keyClick(window.pages.currentWidget(), Qt.Key.Key_U, CTRL)
            qtbot.keyClick(window.pages.currentWidget(), Qt.Key.Key_K, CTRL)  # Go > Key question of this prompt
            assert window.current_item() == kq.id
            if kq.id == DEPARTURE:
                click(qtbot, window, Qt.Key.Key_O)  # N&o
                type_rationale(qtbot, window, "Staff lose case records to the council's failing ICT every week.")
            else:
                click(qtbot, window, Qt.Key.Key_U)  # &Use the suggested answer
            if kq is not standard.key_questions[-1]:
                qtbot.keyClick(window.pages.currentWidget(), Qt.Key.Key_U, CTRL)  # Go > Next prompt not yet judged
        go(qtbot, window, f"{standard.id} {standard.title}", standard.id)
        key, rationale = PROPOSALS[standard.id]
        click(qtbot, window, key)
        if rationale:
            assert window.standard_page.departure.isVisible()  # the rationale is asked for
            type_rationale(qtbot, window, rationale)
        qtbot.keyClick(window.pages.currentWidget(), Qt.Key.Key_U, CTRL)
    assert window.saved_label.text() == "Every prompt is judged"
    assert window.progress_label.text() == "117 of 117 prompts judged \u00b7 21 of 21 key questions answered"

    # Domain two and three: a rating entered for each of the seven, typed into its box.
    go(qtbot, window, "Domain two", CASE_DATA)
    for block in window.case_data_page.blocks.values():
        block.rating.setFocus()
        count = window.undo_stack.count()
        qtbot.keyClicks(block.rating, "G")  # Good
        qtbot.waitUntil(lambda count=count: window.undo_stack.count() > count)
    assert window.nav_model.index_for_id(CASE_DATA).data(STATE_ROLE) == "7 of 7 rated"

    # The diversity finding on the inspection details page.
    go(qtbot, window, "Inspection details", DETAILS)
    click(qtbot, window, Qt.Key.Key_C)  # Suffi&cient

    # Every rating put to the ratings panel, then ratings panel mode: twelve agreed, one agreed differently.
    go(qtbot, window, "Ratings panel", PANEL)
    page = window.panel_page
    ids = [s.id for s in content.rating_scheme.standards]
    for standard_id in ids:
        choose(qtbot, page, standard_id)
        press(qtbot, window, page, Qt.Key.Key_P)  # Put to the &panel
    assert page.progress.text() == "0 of 13 agreed \u00b7 13 proposed \u00b7 0 in draft"
    qtbot.keyClick(window.tree, Qt.Key.Key_P, CTRL_SHIFT)  # Go > Ratings panel mode
    assert window.windowTitle().endswith("\u2014 ratings panel \u2014 YJS Inspector")
    for standard_id in ids:
        choose(qtbot, page, standard_id)
        if standard_id != AGREED_OTHERWISE:
            press(qtbot, window, page, Qt.Key.Key_A)  # &Agree
            continue
        qtbot.keyClick(page, Qt.Key.Key_D, ALT)  # Agree a &different rating…
        qtbot.waitUntil(page.form.isVisible)
        qtbot.keyClicks(page.form_rating, "R")  # Requires improvement
        qtbot.keyClick(page, Qt.Key.Key_N, ALT)  # Reaso&n
        qtbot.keyClicks(page.form_reason, PANEL_REASON)
        press(qtbot, window, page, Qt.Key.Key_T)  # Agree &this rating
    assert answers.said == []  # nothing was refused on the way
    assert page.headline.text() == "Overall rating agreed: Good"
    assert window.nav_model.index_for_id(PANEL).data(STATE_ROLE) == "overall agreed: Good"
    assert window.nav_model.index_for_id(CASE_DATA).data(STATE_ROLE) == "7 of 7 rated \u00b7 7 agreed"
    assert window.nav_model.index_for_id("1.4").data(STATE_ROLE) == "Good \u00b7 agreed"
    window.close()

    # What the file holds, read back by a second, read-only opener.
    with InspectionFile.open(path, framework, "reader", read_only=True, rating_scheme=content.rating_scheme) as reader:
        saved, audit = reader.snapshot(), reader.audit()
    assert saved.details.yjs == "Leeds Youth Justice Service" and saved.details.resettlement_cases_12_months == 2
    assert len(saved.judgements) == 117
    assert {j.prompt_id for j in saved.judgements if j.sufficiency is Sufficiency.BELOW and j.decisive} == DECISIVE
    assert len(saved.answers) == 21 and saved.answer(DEPARTURE).answer is Answer.NO
    assert saved.answer(DEPARTURE).rationale.startswith("Staff lose case records")
    assert {p.standard_id: p.proposed for p in saved.proposals} == {
        "1.1": Rating.GOOD, "1.2": Rating.REQUIRES_IMPROVEMENT, "1.3": Rating.GOOD, "1.4": Rating.GOOD,
        "3.4": Rating.GOOD, "4.1": Rating.REQUIRES_IMPROVEMENT}
    assert saved.proposal("3.4").rationale == PROPOSALS["3.4"][1]
    assert dict(saved.case_ratings) == dict.fromkeys(("2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3"), Rating.GOOD)
    assert saved.diversity.sufficient is True
    assert [d.state for d in saved.panel] == [PanelState.AGREED] * 13
    assert saved.panel_decision(AGREED_OTHERWISE).agreed is Rating.REQUIRES_IMPROVEMENT
    assert saved.panel_decision(AGREED_OTHERWISE).reason == PANEL_REASON
    evaluation = evaluate(framework, content.rating_scheme, content.forms, saved)
    assert evaluation.overall.agreed and evaluation.overall.rating is Rating.GOOD
    panel_rows = [r for r in audit if r.what.startswith("ratings panel")]
    assert [r.new for r in panel_rows if r.what.endswith(" state")] == ["proposed"] * 13 + ["agreed"] * 13
    assert {r.user for r in panel_rows} == {"Jane Inspector"}  # the lead, as "who are you?" was answered
    reasons = [r.reason for r in panel_rows if r.what == f"ratings panel {AGREED_OTHERWISE} agreed rating"]
    assert reasons == [PANEL_REASON]


MEMBER = "Ann Other"  # the team the wizard was given: the lead, Jane Inspector, and Ann Other
MEMBER_EVIDENCE = "Supervision records show monthly sessions for every case manager."


def share(window: InspectionWindow, member: str) -> None:
    """File > Share with a team member > the member…"""
    menu = window.team.share_menu
    menu.aboutToShow.emit()
    (action,) = [a for a in menu.actions() if a.text() == f"{member}\u2026"]
    action.trigger()


def test_the_team_week_shared_out_recorded_by_a_member_and_brought_back_in(
    qtbot: QtBot, controller: Controller, tmp_path: Path, content: Content, answers: Answers
) -> None:
    folder = tmp_path / "lead"
    folder.mkdir()
    answers.chosen_folder = folder
    lead = new_inspection(qtbot, controller, folder)
    lead_file = lead.session.path
    assert lead.session.user == "Jane Inspector" and answers.teams_offered == [("Jane Inspector", MEMBER)]

    # The lead shares out 1.2 and 1.3 on the details page, then the inspection, encrypted.
    go(qtbot, lead, "Inspection details", DETAILS)
    details = lead.pages.currentWidget()
    assert isinstance(details, DetailsPage)
    for scope in ("1.2", "1.3"):
        combo = details.team_part.combos[scope]
        combo.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.keyClicks(combo, "Ann")
    outbox = tmp_path / "to Ann"
    outbox.mkdir()
    answers.chosen_file = outbox / "Leeds - for Ann Other.json.age"
    share(lead, MEMBER)
    assert answers.chosen_file.read_bytes().startswith(b"age-encryption.org/v1\n")

    # Ann's laptop: her own settings and data folder; File > Open of the shared file makes her own copy.
    member_answers = Answers(person=MEMBER, chosen_file=answers.chosen_file)
    laptop = tmp_path / "ann's laptop"
    member_side = Controller(content, QSettings(str(laptop / "settings.ini"), QSettings.Format.IniFormat),
                             login="ann", recent=RecentFiles(laptop / "recent.json"), data_folder=laptop,
                             dialogs=member_answers.dialogs())
    try:
        start = member_side.show_start()
        qtbot.mouseClick(start.open_button, Qt.MouseButton.LeftButton)
        (member,) = member_side.windows
        member.activateWindow()  # shortcuts reach the active window only
        qtbot.waitUntil(member.isActiveWindow)
        assert member.session.user == MEMBER and member_answers.teams_offered == [("Jane Inspector", MEMBER)]
        member.filter_box.setCurrentIndex(list(Filter).index(Filter.ASSIGNED))
        assert member.current_filter() is Filter.ASSIGNED

        # One evidence item on two prompts, 1.2.2a and 1.3.1a, the form filled in the hand's order.
        member.show_item("1.2.2a")
        page = member.prompt_page
        page.evidence_text.setFocus()
        qtbot.keyClicks(page.evidence_text, MEMBER_EVIDENCE)
        qtbot.keyClick(page.evidence_text, Qt.Key.Key_Tab)
        qtbot.keyClicks(page.reference, "Supervision log")
        page.prompts.setFocus()
        page.prompts.end(False)
        qtbot.keyClicks(page.prompts, ", 1.3.1a")
        qtbot.keyClick(page.prompts, Qt.Key.Key_Return, CTRL)  # Add evidence (the list of prompts offered closes)
        assert member_answers.said == []

        # An interview, typed on the interviews page: its interviewer is Ann.
        member.show_item(INTERVIEWS)
        interviews = member.interviews_page
        qtbot.keyClick(interviews.interview_list, Qt.Key.Key_N, CTRL_SHIFT)
        assert interviews.inspector.text() == MEMBER
        qtbot.keyClicks(interviews.reference, "CM-01")
        qtbot.keyClick(interviews.reference, Qt.Key.Key_Tab)
        for _ in range(4):  # the date's day, month and year, then the inspector
            qtbot.keyClick(member.focusWidget(), Qt.Key.Key_Tab)
        qtbot.keyClick(interviews.inspector, Qt.Key.Key_Tab)
        qtbot.keyClick(interviews.grid, Qt.Key.Key_Y)

        # Ann shares her work with the lead.
        inbox = tmp_path / "to Jane"
        inbox.mkdir()
        member_answers.chosen_file = inbox / "Leeds - for Jane Inspector.json.age"
        share(member, "Jane Inspector")
        member.close()
    finally:
        member_side.quit()

    # The lead brings Ann's work in: the plan first, then one step.
    lead.activateWindow()
    qtbot.waitUntil(lead.isActiveWindow)
    answers.chosen_file = member_answers.chosen_file
    before = lead.undo_stack.count()
    lead.team.bring_in_action.trigger()
    (plan,) = answers.plans
    assert plan.added_counts == "1 interview, 1 evidence item, no documents, no ratings panel comments"
    assert lead.undo_stack.count() == before + 1  # brought in as one step
    lead.show_item("1.3.1a")
    assert MEMBER_EVIDENCE in [e.text for e in lead.session.inspection.evidence_for("1.3.1a")]
    lead.show_item(AUDIT)
    who = [lead.audit_page.model.index(row, WHO).data() for row in range(lead.audit_page.model.rowCount())]
    change = [lead.audit_page.model.index(row, CHANGE).data() for row in range(lead.audit_page.model.rowCount())]
    assert set(who) == {"Jane Inspector"}  # who changed the lead's file: the lead, bringing the work in
    assert any(MEMBER in text for text in change)  # and who recorded what was brought in
    lead.close()

    # The lead's file, read back: Ann's item on both prompts and her interview, under her name.
    with InspectionFile.open(lead_file, content.framework, "reader", read_only=True,
                             rating_scheme=content.rating_scheme) as reader:
        saved, audit = reader.snapshot(), reader.audit()
    (item,) = [e for e in saved.evidence if e.text == MEMBER_EVIDENCE]
    assert (item.prompts, item.reference, item.recorded_by) == (("1.2.2a", "1.3.1a"), "Supervision log", MEMBER)
    (interview,) = saved.interviews
    assert (interview.reference, interview.inspector) == ("CM-01", MEMBER)
    start, end = saved.details.fieldwork_start, saved.details.fieldwork_end
    assert start is not None and end is not None and start <= interview.date <= end  # dated in fieldwork
    assert {a.scope_id: a.member for a in saved.assignments} == {"1.2": MEMBER, "1.3": MEMBER}
    brought = [r for r in audit if r.reason.startswith("brought in from")]
    assert brought and {r.user for r in brought} == {"Jane Inspector"}
    assert {r.user for r in audit} == {"Jane Inspector"}
