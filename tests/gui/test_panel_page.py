"""The ratings panel page through its real widgets, by keyboard: a standard chosen in the list, put to
the panel, ratings panel mode switched on (Ctrl+Shift+P), a rating agreed, another agreed differently
(refused without a reason, saved with one), one reopened, a challenge added and deleted; what reached the
file, read back by a second, read-only opener; the standard page locked; undo; the mode remembered and
`inspector gui --panel`; the list through Qt's model tester."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from inspector import cli
from inspector.app.navigator import PANEL
from inspector.app.panel_view import Move
from inspector.content import Content
from inspector.framework.model import Rating
from inspector.gui import app
from inspector.gui.controller import Controller
from inspector.gui.inspection_window import PANEL_MODE_KEY, InspectionWindow
from inspector.gui.navigator_model import STATE_ROLE
from inspector.gui.pages.panel_page import PanelPage
from inspector.inspection.model import CommentKind, PanelDecision, PanelState
from tests.gui.conftest import DEMO_LEAD, Answers, on_disk
from tests.gui.test_app import _run_and_look

ALT = Qt.KeyboardModifier.AltModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def open_page(qtbot: QtBot, inspection: InspectionWindow) -> PanelPage:
    """To the Ratings panel node with the keyboard: typing its name in the navigator."""
    inspection.focus_navigator()
    qtbot.keyClicks(inspection.tree, "Ratings panel")
    assert inspection.current_item() == PANEL and inspection.pages.currentWidget() is inspection.panel_page
    return inspection.panel_page


def choose(qtbot: QtBot, page: PanelPage, standard_id: str) -> None:
    """Alt+S to the list, then the arrow keys to the standard's row."""
    qtbot.keyClick(page, Qt.Key.Key_S, ALT)
    assert page.table.hasFocus()
    target = page.model.row_of(standard_id)
    while page.table.currentIndex().row() != target:
        key = Qt.Key.Key_Down if page.table.currentIndex().row() < target else Qt.Key.Key_Up
        qtbot.keyClick(page.table, key)
    assert page.selected == standard_id


def press(qtbot: QtBot, inspection: InspectionWindow, page: PanelPage, letter: Qt.Key) -> None:
    """A mnemonic "clicks" its button after the short press animation: wait for the edit to be pushed."""
    count = inspection.undo_stack.count()
    qtbot.keyClick(page, letter, ALT)
    qtbot.waitUntil(lambda: inspection.undo_stack.count() == count + 1)


def test_put_to_the_panel_then_agreed_in_panel_mode(
    qtbot: QtBot, inspection: InspectionWindow, demo_path: Path, content: Content, answers: Answers,
    window_settings: object,
) -> None:
    page = open_page(qtbot, inspection)
    assert not page.panel_mode and not inspection.windowTitle().count("ratings panel")
    assert [m for m, b in page.move_buttons.items() if b.isVisible()] == [Move.PUT]
    choose(qtbot, page, "1.2")
    assert page.detail_title.text() == "1.2\u2002Staff \u2014 Draft: with the lead inspector"
    press(qtbot, inspection, page, Qt.Key.Key_P)  # Put to the &panel
    assert on_disk(demo_path, content).panel_decision("1.2") == PanelDecision("1.2", PanelState.PROPOSED)
    assert inspection.undo_stack.undoText() == "Put 1.2 to the ratings panel"
    assert [m for m, b in page.move_buttons.items() if b.isVisible()] == [Move.WITHDRAW]
    assert inspection.nav_model.index_for_id("1.2").data(STATE_ROLE) == "Requires improvement \u00b7 proposed"
    choose(qtbot, page, "2.4")
    press(qtbot, inspection, page, Qt.Key.Key_P)
    assert page.model.index(page.model.row_of("2.4"), 2).data() == "proposed"

    # The standard page: the rating with the panel is locked, and says why.
    inspection.show_item("1.2")
    standard = inspection.standard_page
    assert standard.panel_line.text() == "Ratings panel: Proposed"
    assert not standard.rating_buttons[Rating.GOOD].isEnabled()
    assert standard.rating_buttons[Rating.GOOD].toolTip() == (
        "1.2 is with the ratings panel (proposed): withdraw it before changing its rating")

    qtbot.keyClick(inspection.tree, Qt.Key.Key_P, CTRL_SHIFT)  # Go > Ratings panel mode
    assert page.panel_mode and inspection.pages.currentWidget() is page
    assert inspection.windowTitle().endswith("\u2014 ratings panel \u2014 YJS Inspector")
    assert str(window_settings.value(PANEL_MODE_KEY)).lower() == "true"  # type: ignore[attr-defined]
    choose(qtbot, page, "1.2")
    assert [m for m, b in page.move_buttons.items() if b.isVisible()] == [Move.AGREE, Move.AGREE_OTHER]
    assert page.move_buttons[Move.AGREE].text() == "&Agree 'Requires improvement'"
    press(qtbot, inspection, page, Qt.Key.Key_A)
    assert on_disk(demo_path, content).panel_decision("1.2") == PanelDecision("1.2", PanelState.AGREED,
                                                                              Rating.REQUIRES_IMPROVEMENT)

    # A different rating for 2.4: refused without a reason, nothing written; saved with one.
    choose(qtbot, page, "2.4")
    qtbot.keyClick(page, Qt.Key.Key_D, ALT)  # Agree a &different rating…
    qtbot.waitUntil(page.form.isVisible)
    assert page.form_rating.hasFocus() and page.form_rating.currentText() == "Outstanding"
    qtbot.keyClick(page.form_rating, Qt.Key.Key_Down)  # Outstanding -> Good
    assert page.form_rating.currentText() == "Good"
    before = on_disk(demo_path, content)
    qtbot.keyClick(page, Qt.Key.Key_T, ALT)  # Agree &this rating
    qtbot.waitUntil(lambda: len(answers.said) == 1)
    assert answers.said == ["Give a reason for agreeing 'Good' when 'Requires improvement' was proposed"]
    assert on_disk(demo_path, content) == before and page.form.isVisible()
    qtbot.keyClick(page, Qt.Key.Key_N, ALT)  # Reaso&n
    qtbot.keyClicks(page.form_reason, "The sample was small; the reviews seen on fieldwork were good.")
    press(qtbot, inspection, page, Qt.Key.Key_T)
    assert on_disk(demo_path, content).panel_decision("2.4") == PanelDecision(
        "2.4", PanelState.AGREED, Rating.GOOD, "The sample was small; the reviews seen on fieldwork were good.")
    assert not page.form.isVisible()
    assert page.panel_text.text() == ("Agreed 'Good' (proposed 'Requires improvement'): "
                                      "The sample was small; the reviews seen on fieldwork were good.")
    assert inspection.undo_stack.undoText() == "Agree 2.4 as 'Good' (proposed 'Requires improvement')"

    # Reopen 1.2 with a reason; undo from the Edit menu agrees it again and shows it.
    choose(qtbot, page, "1.2")
    qtbot.keyClick(page, Qt.Key.Key_R, ALT)  # &Reopen…
    qtbot.waitUntil(page.form.isVisible)
    assert page.form_reason.hasFocus() and not page.form_rating.isVisible()
    qtbot.keyClicks(page.form_reason, "Supervision audit received after the panel met.")
    press(qtbot, inspection, page, Qt.Key.Key_T)
    assert on_disk(demo_path, content).panel_decision("1.2") == PanelDecision(
        "1.2", PanelState.PROPOSED, reason="Supervision audit received after the panel met.")
    assert page.stored_reason.isVisible()  # the panel may put its reason better, as typed
    qtbot.keyClick(page, Qt.Key.Key_O, ALT)  # The panel's reas&on
    assert page.stored_reason.hasFocus()
    qtbot.keyClick(page.stored_reason, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.stored_reason, " It shows")
    qtbot.keyClicks(page.stored_reason, " weaker oversight.")
    choose(qtbot, page, "2.1")  # leaving the standard saves the typing, as one step
    assert on_disk(demo_path, content).panel_decision("1.2").reason == (
        "Supervision audit received after the panel met. It shows weaker oversight.")
    assert inspection.undo_stack.undoText() == "Edit the ratings panel's reason for 1.2"
    inspection.undo()
    assert on_disk(demo_path, content).panel_decision("1.2").reason == "Supervision audit received after the panel met."
    inspection.undo()
    assert on_disk(demo_path, content).panel_decision("1.2").state is PanelState.AGREED
    assert inspection.current_item() == PANEL and page.selected == "1.2"
    assert on_disk(demo_path, content) == inspection.session.inspection


def test_a_challenge_is_added_and_its_author_deletes_it(
    qtbot: QtBot, inspection: InspectionWindow, demo_path: Path, content: Content
) -> None:
    page = open_page(qtbot, inspection)
    choose(qtbot, page, "1.3")
    qtbot.keyClick(page, Qt.Key.Key_X, ALT)  # Te&xt
    assert page.comment_text.hasFocus()
    qtbot.keyClicks(page.comment_text, "Is 'Good' safe when 2.3 and 3.3 differ?")
    press(qtbot, inspection, page, Qt.Key.Key_L)  # Add as cha&llenge
    (saved,) = on_disk(demo_path, content).panel_comments
    assert (saved.standard_id, saved.kind, saved.text, saved.by) == (
        "1.3", CommentKind.CHALLENGE, "Is 'Good' safe when 2.3 and 3.3 differ?", DEMO_LEAD)
    assert page.comment_text.text() == "" and page.comments.count() == 1
    assert page.comments.item(0).text().startswith("Challenge: Is 'Good' safe")
    assert page.model.index(page.model.row_of("1.3"), 4).data() == "1"
    choose(qtbot, page, "overall")
    qtbot.keyClick(page, Qt.Key.Key_X, ALT)
    qtbot.keyClicks(page.comment_text, "Diversity evidence is thin.")
    press(qtbot, inspection, page, Qt.Key.Key_M)  # Add as co&mment
    assert [c.standard_id for c in on_disk(demo_path, content).panel_comments] == ["1.3", "overall"]

    choose(qtbot, page, "1.3")
    qtbot.keyClick(page, Qt.Key.Key_C, ALT)  # Challenges and &comments
    assert page.comments.hasFocus() and page.delete_comment.isEnabled()
    qtbot.keyClick(page.comments, Qt.Key.Key_Delete)
    assert [c.standard_id for c in on_disk(demo_path, content).panel_comments] == ["overall"]
    assert page.comments.count() == 0


def test_the_list_passes_the_model_tester(
    qtbot: QtBot, inspection: InspectionWindow, qtmodeltester: ModelTester
) -> None:
    page = open_page(qtbot, inspection)
    choose(qtbot, page, "1.1")
    press(qtbot, inspection, page, Qt.Key.Key_P)
    qtmodeltester.check(page.model)
    assert page.model.rowCount() == 14 and page.model.index(13, 0).data() == "Overall rating"


def test_every_control_has_a_name_and_mnemonics_do_not_clash(qtbot: QtBot, inspection: InspectionWindow) -> None:
    page = open_page(qtbot, inspection)
    menus = {re.search(r"&(\w)", a.text()).group(1).lower()  # type: ignore[union-attr]
             for a in inspection.menuBar().actions()}
    texts = [b.text() for b in page.findChildren(QAbstractButton)] + [
        label.text() for label in page.findChildren(QLabel) if label.buddy() is not None]
    letters = [re.search(r"&(\w)", text).group(1).lower() for text in texts if "&" in text]  # type: ignore[union-attr]
    letters.append("s")  # Alt+S: the list
    assert len(letters) == len(set(letters)) and not set(letters) & menus, sorted(letters)
    controls = (page.table, *page.move_buttons.values(), page.form_rating, page.form_reason, page.form_confirm,
                page.form_cancel, page.stored_reason, page.comments, page.comment_text, page.add_challenge,
                page.add_comment, page.delete_comment)
    assert all(w.accessibleName() for w in controls)


def test_the_mode_is_remembered_and_inspector_gui_panel_opens_in_it(
    qtbot: QtBot, controller: Controller, demo_path: Path, qapp: QApplication, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = controller.open_path(demo_path)
    assert window is not None
    window.set_panel_mode(True)
    window.close()
    again = controller.open_path(demo_path)
    assert again is not None and again.panel_mode and again.panel_mode_action.isChecked()
    assert again.windowTitle().endswith("ratings panel \u2014 YJS Inspector")
    again.close()

    seen = _run_and_look(qapp, ["--panel", str(demo_path)], tmp_path / "data", Answers())
    assert [(path, title.endswith("\u2014 ratings panel \u2014 YJS Inspector")) for _, title, path in seen] == [
        (demo_path, True)]
    handed: list[list[str]] = []
    monkeypatch.setattr(app, "main", lambda given: handed.append(list(given)) or 0)
    assert cli.main(["gui", "--panel", "Leeds.yjsi"]) == 0
    assert handed == [["Leeds.yjsi", "--panel"]]


def test_what_is_at_odds_with_the_figures_is_shown_beside_the_rating(
    qtbot: QtBot, inspection: InspectionWindow
) -> None:
    page = open_page(qtbot, inspection)
    choose(qtbot, page, "1.1")
    assert page.flags.isVisibleTo(page)
    assert page.flags.accessibleName() == "At odds with the figures"
    assert "falls in the 'Outstanding' column" in page.flags.text()
    choose(qtbot, page, "1.2")
    assert not page.flags.isVisibleTo(page)
    choose(qtbot, page, "overall")
    assert "13 of the 19 diversity prompts are below the line" in page.flags.text()
