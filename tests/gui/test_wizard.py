"""Creating an inspection through the wizard, by typing, with each page refusing a wrong field."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QWizard
from pytestqt.qtbot import QtBot

from inspector.content import Content
from inspector.gui.controller import Controller
from inspector.gui.new_inspection_wizard import NewInspectionWizard
from inspector.inspection.model import InspectionDetails, Nation
from tests.gui.conftest import Answers, on_disk


def drive_the_wizard(steps: Callable[[NewInspectionWizard], None], problems: list[BaseException]) -> None:
    """Run `steps` on the wizard once it is up (it is modal: exec() runs until it closes)."""

    def look() -> None:
        wizard = QApplication.activeModalWidget()
        if not isinstance(wizard, NewInspectionWizard):
            QTimer.singleShot(20, look)
            return
        try:
            steps(wizard)
        except BaseException as exc:  # recorded, and the wizard closed, so the test does not hang
            problems.append(exc)
            wizard.reject()

    QTimer.singleShot(0, look)


def retype(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field, text)


def test_a_new_inspection_typed_into_the_wizard(
    qtbot: QtBot, controller: Controller, tmp_path: Path, content: Content, answers: Answers
) -> None:
    folder = tmp_path / "inspections"
    folder.mkdir()
    answers.chosen_folder = folder
    problems: list[BaseException] = []

    def steps(wizard: NewInspectionWizard) -> None:
        next_button = wizard.button(QWizard.WizardButton.NextButton)
        service = wizard.service_page
        qtbot.keyClicks(wizard.yjs, "Leeds Youth Justice Service")
        wizard.nation.setFocus()
        qtbot.keyClick(wizard.nation, Qt.Key.Key_Down)  # England -> Wales
        qtbot.keyClicks(wizard.start, "3/3/2025")
        qtbot.keyClicks(wizard.end, "1/3/2025")
        qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
        assert wizard.currentPage() is service
        assert service.problem.text() == "Fieldwork end: 1 March 2025 is before the fieldwork start, 3 March 2025"
        assert wizard.focusWidget() is wizard.end  # the cursor is put in the wrong field
        retype(qtbot, wizard.end, "7/3/2025")
        qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)

        team = wizard.team_page
        assert wizard.currentPage() is team
        qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
        assert team.problem.text() == "Lead inspector: enter the lead inspector's name"
        qtbot.keyClicks(wizard.lead, "Jane Inspector")
        qtbot.keyClicks(wizard.team, "Ann Other")
        qtbot.keyClick(wizard.team, Qt.Key.Key_Return)
        qtbot.keyClicks(wizard.team, "Sam Smith")
        qtbot.keyClicks(wizard.resettlement, "-1")
        qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
        assert team.problem.text().startswith("Resettlement cases: '-1' is not a number of cases")
        retype(qtbot, wizard.resettlement, "0")
        qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)

        files = wizard.file_page
        assert wizard.currentPage() is files
        assert files.file_name.text() == "Leeds Youth Justice Service 2025-03.yjsi"
        qtbot.mouseClick(files.browse, Qt.MouseButton.LeftButton)  # the folder dialog answers `folder`
        assert files.folder.text() == str(folder)
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)

    drive_the_wizard(steps, problems)
    start = controller.show_start()
    qtbot.mouseClick(start.new_button, Qt.MouseButton.LeftButton)
    assert problems == []

    path = folder / "Leeds Youth Justice Service 2025-03.yjsi"
    (window,) = controller.windows
    assert window.session.path == path
    details = on_disk(path, content).details
    assert details == InspectionDetails(
        "Leeds Youth Justice Service", Nation.WALES, date(2025, 3, 3), date(2025, 3, 7), "Jane Inspector",
        ("Ann Other", "Sam Smith"), 0, id=details.id,
    )
    assert window.progress_label.text().startswith("0 of 117 prompts judged")
    assert window.current_item() == "1.1.1a"  # the first prompt to judge


def test_a_file_that_exists_is_never_replaced(
    qtbot: QtBot, controller: Controller, tmp_path: Path, answers: Answers
) -> None:
    taken = tmp_path / "Leeds.yjsi"
    taken.write_text("someone else's file")
    problems: list[BaseException] = []

    def steps(wizard: NewInspectionWizard) -> None:
        for field, text in ((wizard.yjs, "Leeds"), (wizard.start, "3/3/2025"), (wizard.end, "7/3/2025")):
            qtbot.keyClicks(field, text)
        wizard.next()
        qtbot.keyClicks(wizard.lead, "Jane")
        wizard.next()
        files = wizard.file_page
        retype(qtbot, files.folder, str(tmp_path))
        retype(qtbot, files.file_name, "Leeds")
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
        assert wizard.isVisible()
        assert files.problem.text() == f"File name: Leeds.yjsi already exists in {tmp_path}; choose another name"
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)

    drive_the_wizard(steps, problems)
    assert controller.new_inspection() is None
    assert problems == []
    assert taken.read_text() == "someone else's file" and controller.windows == []
