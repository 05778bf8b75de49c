"""Screenshots of the window at 1366×768 (the inspectors' laptops), for people to look at.

Saved to the test's temporary folder, and also to $INSPECTOR_SCREENSHOT_DIR when set:

    INSPECTOR_SCREENSHOT_DIR=/tmp/shots .venv/bin/pytest tests/gui/test_screenshots.py
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from inspector.framework.markup import plain_text
from inspector.framework.model import Framework, Prompt
from inspector.framework.sections import Section
from inspector.gui.main_window import MainWindow

SCREEN = (1366, 768)
SCREENSHOT_ENV = "INSPECTOR_SCREENSHOT_DIR"


def prompt_to_show(framework: Framework) -> Prompt:
    """A prompt with the most to show: an interview link or an editorial note if the content has
    one (both are being added), else a diversity prompt."""
    for wanted in (
        lambda p: p.interview_link is not None and p.editorial_notes,
        lambda p: p.interview_link is not None,
        lambda p: bool(p.editorial_notes),
        lambda p: p.diversity,
    ):
        found = [p for p in framework.prompts if wanted(p)]
        if found:
            return found[0]
    return framework.prompts[0]


def pane_text(window: MainWindow) -> str:
    return " ".join(window.reading_pane.toPlainText().split())


def show_standard(window: MainWindow, qtbot: QtBot, framework: Framework) -> str:
    standard = framework.standards[0]
    window.select_item(standard.id)
    window.reading_pane.scrollToAnchor(Section.TABLE.value)
    return plain_text(standard.characteristics_table[0].heading)


def show_key_question(window: MainWindow, qtbot: QtBot, framework: Framework) -> str:
    kq = framework.standards[0].key_questions[0]
    window.select_item(kq.id)
    window.tree.expand(window.tree.currentIndex())
    return plain_text(kq.text)


def show_prompt(window: MainWindow, qtbot: QtBot, framework: Framework) -> str:
    prompt = prompt_to_show(framework)
    window.select_item(prompt.id)
    window.tree.setFocus()
    return plain_text(prompt.text)


def show_search(window: MainWindow, qtbot: QtBot, framework: Framework) -> str:
    window.focus_search()
    qtbot.keyClicks(window.search_field, "case managers interviews")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Down)
    qtbot.keyClick(window.results_view, Qt.Key.Key_Down)
    hit = window.results_model.hit(window.results_view.currentIndex())
    assert hit is not None
    return hit.item_id


SCENARIOS: dict[str, Callable[[MainWindow, QtBot, Framework], str]] = {
    "standard": show_standard,
    "key-question": show_key_question,
    "prompt": show_prompt,
    "search": show_search,
}


@pytest.mark.parametrize("scenario", list(SCENARIOS))
def test_screenshot(scenario: str, window: MainWindow, qtbot: QtBot, framework: Framework, tmp_path: Path) -> None:
    window.resize(*SCREEN)
    qtbot.wait(20)
    expected = SCENARIOS[scenario](window, qtbot, framework)
    qtbot.wait(20)

    image = window.grab().toImage()
    paths = [tmp_path / f"{scenario}.png"]
    if folder := os.environ.get(SCREENSHOT_ENV):
        Path(folder).mkdir(parents=True, exist_ok=True)
        paths.append(Path(folder) / f"{scenario}.png")
    for path in paths:
        assert image.save(str(path)), path

    assert (image.width(), image.height()) == SCREEN
    assert " ".join(expected.split()) in pane_text(window)
    assert _distinct_colours(image) > 20  # a rendered window, not a blank or single-colour grab


def _distinct_colours(image: QImage) -> int:
    colours = set()
    for y in range(0, image.height(), 16):
        for x in range(0, image.width(), 16):
            colours.add(image.pixel(x, y))
    return len(colours)
