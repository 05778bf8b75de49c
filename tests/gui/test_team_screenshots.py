"""Screenshots of team working, for people to look at: the details page's team part, the navigator showing
"Assigned to me" in a member's window, and the merge plan before a member's work is brought in; each in
the light palette and a dark one. Run with QT_SCALE_FACTOR=1.5 for the 150 % shots (at 1280×720, a
1920×1080 screen at 150 %), named "-150":

    INSPECTOR_SCREENSHOT_DIR=/tmp/shots .venv/bin/pytest tests/gui/test_team_screenshots.py
    QT_SCALE_FACTOR=1.5 INSPECTOR_SCREENSHOT_DIR=/tmp/shots .venv/bin/pytest tests/gui/test_team_screenshots.py
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from inspector.app.merge_plan_view import merge_plan_view
from inspector.app.navigator import Filter
from inspector.content import Content
from inspector.exchange.merge import merge
from inspector.gui.controller import Controller
from inspector.gui.inspection_window import InspectionWindow
from inspector.gui.merge_plan_dialog import MergePlanDialog
from tests.gui.conftest import on_disk
from tests.gui.test_inspection_screenshots import _over
from tests.gui.test_screenshots import SCREEN, SCREENSHOT_ENV, _distinct_colours
from tests.gui.test_team_window import MEMBER, _assign, _member_copy

SCALED = 1.5
SCALED_SCREEN = (1280, 720)  # 1920×1080 at 150 %


def _screen() -> tuple[int, int]:
    return SCALED_SCREEN if QApplication.primaryScreen().devicePixelRatio() == SCALED else SCREEN


def _dark() -> QPalette:
    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.WindowText, "#e6e6e6"),
                         (QPalette.ColorRole.Base, "#1e1e1e"), (QPalette.ColorRole.AlternateBase, "#303030"),
                         (QPalette.ColorRole.Text, "#e6e6e6"), (QPalette.ColorRole.Button, "#3a3a3a"),
                         (QPalette.ColorRole.ButtonText, "#e6e6e6"), (QPalette.ColorRole.Highlight, "#2f6fb0"),
                         (QPalette.ColorRole.HighlightedText, "#ffffff"),
                         (QPalette.ColorRole.PlaceholderText, "#9a9a9a"),
                         (QPalette.ColorRole.Mid, "#555555"), (QPalette.ColorRole.Light, "#4a4a4a"),
                         (QPalette.ColorRole.Dark, "#202020"), (QPalette.ColorRole.ToolTipBase, "#3a3a3a"),
                         (QPalette.ColorRole.ToolTipText, "#e6e6e6"), (QPalette.ColorRole.Link, "#6fb0f0")):
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture(params=["light", "dark"])
def palette(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    before = qapp.palette()
    if request.param == "dark":
        qapp.setPalette(_dark())
    yield request.param
    qapp.setPalette(before)


def _window(qtbot: QtBot, controller: Controller, path: Path) -> InspectionWindow:
    window = controller.open_path(path)
    assert window is not None
    window.resize(*_screen())
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
    controller.user = MEMBER
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
    image = SCENARIOS[scenario](qtbot, controller, demo_path, content)
    ratio = QApplication.primaryScreen().devicePixelRatio()
    name = f"{scenario}-{palette}{'-150' if ratio == SCALED else ''}.png"
    paths = [tmp_path / name]
    if folder := os.environ.get(SCREENSHOT_ENV):
        Path(folder).mkdir(parents=True, exist_ok=True)
        paths.append(Path(folder) / name)
    for path in paths:
        assert image.save(str(path)), path
    width, height = _screen()
    assert (image.width(), image.height()) == (round(width * ratio), round(height * ratio))
    assert _distinct_colours(image) > 20

