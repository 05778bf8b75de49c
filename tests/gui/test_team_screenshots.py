"""Screenshots of team working, for people to look at: the details page's team part, the navigator showing
"Assigned to me" in a member's window, and the merge plan before a member's work is brought in; each in
the light palette and a dark one. Run with QT_SCALE_FACTOR=1.5 for the 150 % shots (at 1280×720, a
1920×1080 screen at 150 %), named "-150":

    INSPECTOR_SCREENSHOT_DIR=/tmp/shots .venv/bin/pytest tests/gui/test_team_screenshots.py
    QT_SCALE_FACTOR=1.5 INSPECTOR_SCREENSHOT_DIR=/tmp/shots .venv/bin/pytest tests/gui/test_team_screenshots.py
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from inspector.app.merge_plan_view import merge_plan_view
from inspector.app.navigator import Filter
from inspector.content import Content
from inspector.exchange.merge import merge
from inspector.gui.controller import PERSON_KEY, Controller
from inspector.gui.inspection_window import InspectionWindow
from inspector.gui.merge_plan_dialog import MergePlanDialog
from tests.gui.conftest import on_disk
from tests.gui.shots import save_shot, screen_size
from tests.gui.test_inspection_screenshots import _over
from tests.gui.test_team_window import MEMBER, _assign, _member_copy


def _window(qtbot: QtBot, controller: Controller, path: Path) -> InspectionWindow:
    window = controller.open_path(path)
    assert window is not None
    window.resize(*screen_size())
    qtbot.waitExposed(window)
    return window


def details(qtbot: QtBot, controller: Controller, path: Path, content: Content) -> QImage:
    _assign(path, content, {"1.2": MEMBER, "1.3": MEMBER, "1.1": "Helen Marsh", "1.2.3": "Daniel Okafor"})
    window = _window(qtbot, controller, path)
    window.show_item("details")
    part = window.pages.currentWidget().team_part  # type: ignore[attr-defined]
    part.tree.expandItem(part.tree.topLevelItem(1))  # 1.2's key questions, one of them Daniel's
    qtbot.wait(20)
    return window.grab().toImage()


def navigator(qtbot: QtBot, controller: Controller, path: Path, content: Content) -> QImage:
    _assign(path, content, {"1.2": MEMBER, "1.3.1": MEMBER, "1.2.3": "Daniel Okafor", "1.1": "Helen Marsh"})
    controller.settings.setValue(PERSON_KEY.format(on_disk(path, content).details.id), MEMBER)  # who, remembered
    window = _window(qtbot, controller, path)
    window.show_item("1.2.1a")
    window.filter_box.setCurrentIndex(list(Filter).index(Filter.ASSIGNED))
    qtbot.wait(20)
    return window.grab().toImage()


def merge_plan(qtbot: QtBot, controller: Controller, path: Path, content: Content) -> QImage:
    member, _ = _member_copy(path, content, path.parent.parent)
    window = _window(qtbot, controller, path)
    view = merge_plan_view(merge(window.session.inspection, on_disk(member, content)), member.name)
    dialog = MergePlanDialog(view, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(20)
    return _over(window.grab().toImage(), dialog)


SCENARIOS: dict[str, Callable[[QtBot, Controller, Path, Content], QImage]] = {
    "team-details": details,
    "team-navigator-assigned": navigator,
    "team-merge-plan": merge_plan,
}


@pytest.mark.parametrize("scenario", list(SCENARIOS))
def test_screenshot(scenario: str, palette: str, qtbot: QtBot, controller: Controller, demo_path: Path,
                    content: Content, tmp_path: Path) -> None:
    save_shot(SCENARIOS[scenario](qtbot, controller, demo_path, content), scenario, palette, tmp_path)
