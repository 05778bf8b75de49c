"""A whole inspection through the window only, as the inspectors work it: the start window and the
new-inspection wizard, every prompt judged with the keyboard and each key question answered as its prompts
are done, the proposals on the standard pages, domain two and three, the diversity finding, every rating
put to the ratings panel, ratings panel mode, twelve ratings agreed and one agreed differently with a
reason, the overall rating agreed. Nothing here calls the session or the store: widgets, keys and menu
actions only. At the end the file is read back by a second, read-only opener."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from inspector.app.navigator import CASE_DATA, DETAILS, PANEL
from inspector.content import Content
from inspector.framework.model import Rating
from inspector.gui.controller import Controller
from inspector.gui.inspection_window import InspectionWindow
from inspector.gui.navigator_model import STATE_ROLE
from inspector.gui.new_inspection_wizard import NewInspectionWizard
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
        qtbot.waitUntil(lambda: window.undo_stack.count() > count)
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
    assert [r.reason for r in panel_rows if r.what == f"ratings panel {AGREED_OTHERWISE} agreed rating"] == [PANEL_REASON]
