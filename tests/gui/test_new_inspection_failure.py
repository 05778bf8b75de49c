"""A new inspection that fails part-way through being made (here its first backup cannot be written)
is one line in a message, and leaves nothing behind: no inspection file, partial, lock or backup."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from inspector.gui.controller import Controller
from inspector.gui.new_inspection_wizard import NewInspectionWizard
from tests.gui.conftest import Answers
from tests.gui.test_wizard import drive_the_wizard, retype


def test_a_new_inspection_whose_backup_fails_leaves_nothing(
    qtbot: QtBot, controller: Controller, tmp_path: Path, answers: Answers
) -> None:
    folder = tmp_path / "inspections"
    folder.mkdir()
    backups = controller.data_folder / "Backups"
    backups.parent.mkdir(parents=True, exist_ok=True)
    backups.write_text("a file where the app's backup folder should be")
    problems: list[BaseException] = []

    def steps(wizard: NewInspectionWizard) -> None:
        for field, text in ((wizard.yjs, "Leeds"), (wizard.start, "3/3/2025"), (wizard.end, "7/3/2025")):
            qtbot.keyClicks(field, text)
        wizard.next()
        qtbot.keyClicks(wizard.lead, "Jane")
        wizard.next()
        retype(qtbot, wizard.file_page.folder, str(folder))
        retype(qtbot, wizard.file_page.file_name, "Leeds")
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)

    drive_the_wizard(steps, problems)
    assert controller.new_inspection() is None
    assert problems == []
    (said,) = answers.said
    assert said.startswith(f"{folder / 'Leeds.yjsi'} could not be created: its first backup could not be written (")
    assert said.endswith("); nothing was written") and "\n" not in said
    assert list(folder.iterdir()) == [] and controller.windows == []
    assert backups.read_text() == "a file where the app's backup folder should be"
