"""People, not logins: the window asks "who are you?" once per computer and inspection, remembers the
answer, and that name is on what is recorded and on every audit row, the computer account beside it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from inspector.content import Content
from inspector.gui.controller import Controller
from inspector.gui.inspection_window import InspectionWindow
from inspector.inspection.model import Sufficiency
from inspector.store import InspectionFile, InvalidEdit
from inspector.store.audit import computer_account
from tests.gui.conftest import DEMO_LEAD, Answers

TEAM = (DEMO_LEAD, "Daniel Okafor", "Priya Raman", "Gareth Llewellyn")  # the demo's, lead first


def _open(controller: Controller, path: Path, qtbot: QtBot) -> InspectionWindow:
    window = controller.open_path(path)
    assert window is not None
    qtbot.waitExposed(window)
    return window


def _judge_below(window: InspectionWindow, qtbot: QtBot, prompt: str) -> None:
    window.show_item(prompt)
    qtbot.mouseClick(window.prompt_page.above, Qt.MouseButton.LeftButton)  # so that 'below' is a change
    qtbot.mouseClick(window.prompt_page.below, Qt.MouseButton.LeftButton)


def test_the_name_chosen_is_on_the_record_and_remembered(
    qtbot: QtBot, controller: Controller, answers: Answers, demo_path: Path, content: Content,
) -> None:
    answers.person = "Priya Raman"
    window = _open(controller, demo_path, qtbot)
    assert answers.teams_offered == [TEAM]
    assert window.session.user == "Priya Raman" and window.user_label.text() == "User: Priya Raman"
    _judge_below(window, qtbot, "1.3.1a")
    window.close()
    qtbot.waitUntil(lambda: not controller.windows)

    # Asked once per computer and inspection: the second opening does not ask again.
    window = _open(controller, demo_path, qtbot)
    assert answers.teams_offered == [TEAM] and window.session.user == "Priya Raman"
    window.close()
    qtbot.waitUntil(lambda: not controller.windows)

    with InspectionFile.open(demo_path, content.framework, "reader", read_only=True,
                             rating_scheme=content.rating_scheme) as reader:
        row = [r for r in reader.audit() if r.what == "prompt 1.3.1a sufficiency"][-1]
    assert (row.new, row.user, row.login) == ("below", "Priya Raman", computer_account())  # the login beside the name


def test_cancelling_the_question_opens_nothing(
    qtbot: QtBot, controller: Controller, answers: Answers, demo_path: Path, content: Content,
) -> None:
    answers.person = ""
    assert controller.open_path(demo_path) is None
    assert controller.windows == [] and answers.said == []
    # Nothing was taken: the file opens for editing afterwards.
    with InspectionFile.open(demo_path, content.framework, "reader", rating_scheme=content.rating_scheme):
        pass


def test_a_name_no_longer_in_the_team_is_asked_again(
    qtbot: QtBot, controller: Controller, answers: Answers, demo_path: Path, content: Content,
) -> None:
    answers.person = "Gareth Llewellyn"
    _open(controller, demo_path, qtbot).close()
    qtbot.waitUntil(lambda: not controller.windows)
    with InspectionFile.open(demo_path, content.framework, DEMO_LEAD, rating_scheme=content.rating_scheme) as f:
        details = f.snapshot().details
        f.set_details(replace(details, team=details.team[:2]))  # Gareth leaves the team
    answers.person = None
    window = _open(controller, demo_path, qtbot)
    assert answers.teams_offered == [TEAM, TEAM[:3]]
    assert window.session.user == DEMO_LEAD


def test_file_change_who_is_recording_asks_again_and_remembers(
    qtbot: QtBot, controller: Controller, answers: Answers, demo_path: Path, content: Content,
) -> None:
    window = _open(controller, demo_path, qtbot)
    assert window.session.user == DEMO_LEAD
    answers.person = ""  # cancelled: nothing changes
    window.change_person_action.trigger()
    assert window.session.user == DEMO_LEAD and answers.teams_offered == [TEAM, TEAM]
    answers.person = "Daniel Okafor"
    window.change_person_action.trigger()
    assert window.session.user == "Daniel Okafor" and window.user_label.text() == "User: Daniel Okafor"
    assert window.saved_label.text() == "Recording as Daniel Okafor from now on"
    _judge_below(window, qtbot, "1.2.1a")
    window.close()
    qtbot.waitUntil(lambda: not controller.windows)
    answers.person = None
    window = _open(controller, demo_path, qtbot)
    assert window.session.user == "Daniel Okafor" and len(answers.teams_offered) == 3  # remembered, not asked
    row = [r for r in window.session.audit() if r.what == "prompt 1.2.1a sufficiency"][-1]
    assert (row.new, row.user) == ("below", "Daniel Okafor")


def test_the_store_records_only_under_a_name_from_the_team(demo_path: Path, content: Content) -> None:
    with InspectionFile.open(demo_path, content.framework, DEMO_LEAD, rating_scheme=content.rating_scheme) as f:
        f.act_as("Priya Raman")
        f.set_sufficiency("1.3.1b", Sufficiency.ABOVE)
        f.set_sufficiency("1.3.1b", Sufficiency.BELOW)
        with pytest.raises(InvalidEdit, match="who is recording: is not the lead inspector or a member of the team"):
            f.act_as("root")
        f.set_sufficiency("1.3.1b", Sufficiency.ABOVE)
        rows = [r for r in f.audit() if r.what == "prompt 1.3.1b sufficiency"][-2:]
    assert [(r.new, r.user) for r in rows] == [("below", "Priya Raman"), ("above", "Priya Raman")]
