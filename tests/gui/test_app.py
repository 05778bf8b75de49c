"""Starting the app: a broken content folder stops it with the one-line error, before any window."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot

from inspector import cli
from inspector.app.places import DEMO_FILE
from inspector.content import CONTENT_ENV, content_root, standards_folder
from inspector.gui import app
from inspector.gui.inspection_window import InspectionWindow
from inspector.gui.main_window import MainWindow
from inspector.gui.settings import APPLICATION
from inspector.gui.start_window import StartWindow
from tests.gui.conftest import Answers


def broken_content(tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the content with the first standard's statement removed: (root, broken file)."""
    root = tmp_path / "content"
    shutil.copytree(standards_folder(content_root()), root / "standards")
    broken = root / "standards" / "1.1.yaml"
    data = yaml.safe_load(broken.read_text(encoding="utf-8"))
    del data["statement"]
    broken.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return root, broken


def open_windows(qapp: QApplication) -> list[MainWindow]:
    return [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]


def test_broken_content_returns_2_with_the_one_line_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication, capsys: pytest.CaptureFixture[str]
) -> None:
    root, broken = broken_content(tmp_path)
    monkeypatch.setenv(CONTENT_ENV, str(root))
    reported: list[str] = []

    assert app.main([], report_error=reported.append) == 2

    assert len(reported) == 1
    message = reported[0]
    assert "\n" not in message
    assert message.startswith(f"{broken}: ")
    assert "statement" in message and "is required but missing" in message
    assert not open_windows(qapp)
    assert message in capsys.readouterr().err


def test_broken_content_shows_a_critical_message_box(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> None:
    root, broken = broken_content(tmp_path)
    monkeypatch.setenv(CONTENT_ENV, str(root))
    seen: list[tuple[QMessageBox.Icon, str]] = []

    def answer_the_box() -> None:
        # The real, modal box: read it and close it as a user would.
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        if not boxes:
            QTimer.singleShot(20, answer_the_box)
            return
        box = boxes[0]
        assert box.isModal()
        seen.append((box.icon(), box.text()))
        box.button(QMessageBox.StandardButton.Close).click()

    QTimer.singleShot(0, answer_the_box)
    assert app.main([]) == 2

    assert len(seen) == 1
    icon, text = seen[0]
    assert icon == QMessageBox.Icon.Critical
    lines = text.splitlines()
    one_line = next(line for line in lines if line.startswith(str(broken)))
    assert "statement" in one_line and "is required but missing" in one_line
    assert not open_windows(qapp)


def test_message_box_shows_markup_literally(qapp: QApplication) -> None:
    box = app.content_error_box("standards/x.yaml: key question 1.1.1: text '<b>' & more")
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert "'<b>' & more" in box.text()
    assert box.icon() == QMessageBox.Icon.Critical


def _run_and_look(
    qapp: QApplication, argv: list[str], folder: Path, answers: Answers,
) -> list[tuple[type, str, Path | None]]:
    """Run the app's main with `argv`; just after it starts, note the visible windows (kind, title, file)
    and close them."""
    seen: list[tuple[type, str, Path | None]] = []

    def look_then_close() -> None:
        windows = [w for w in qapp.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]
        if not windows:  # still opening (making the demo takes a moment)
            QTimer.singleShot(50, look_then_close)
            return
        for window in windows:
            path = window.session.path if isinstance(window, InspectionWindow) else None
            seen.append((type(window), window.windowTitle(), path))
        for window in windows:
            window.close()  # as the user would: the windows save their layout
        # exit(), not quit(): quit() marks the whole QApplication as closing, after which no
        # window in this test process could become active again.
        QApplication.exit(0)

    qapp.setQuitOnLastWindowClosed(False)
    try:
        QTimer.singleShot(100, look_then_close)
        assert app.main(argv, dialogs=answers.dialogs(), folder=folder) == 0
    finally:
        qapp.setQuitOnLastWindowClosed(True)
    return seen


def test_no_file_shows_the_start_window(
    qapp: QApplication, qtbot: QtBot, isolated_settings: Path, tmp_path: Path,
) -> None:
    seen = _run_and_look(qapp, [], tmp_path / "data", Answers())
    assert seen == [(StartWindow, "YJS Inspector", None)]
    # Closed windows are freed (WA_DeleteOnClose).
    qtbot.waitUntil(lambda: not [w for w in qapp.topLevelWidgets() if isinstance(w, StartWindow)])


def test_demo_opens_the_demo_inspection(qapp: QApplication, isolated_settings: Path, tmp_path: Path) -> None:
    seen = _run_and_look(qapp, ["--demo"], tmp_path / "data", Answers())
    assert [(kind, path) for kind, _, path in seen] == [(InspectionWindow, tmp_path / "data" / DEMO_FILE)]
    assert seen[0][1].startswith("Northmoor Youth Justice Service")
    # The window saved its layout in the test folder, not the user's.
    assert list(isolated_settings.rglob(f"{APPLICATION}.conf")) or list(isolated_settings.rglob(f"{APPLICATION}.ini"))


def test_a_file_opens_that_inspection(qapp: QApplication, tmp_path: Path, demo_path: Path) -> None:
    seen = _run_and_look(qapp, [str(demo_path)], tmp_path / "data", Answers())
    assert [(kind, path) for kind, _, path in seen] == [(InspectionWindow, demo_path)]


def test_a_file_that_cannot_be_opened_is_said_and_the_start_window_shown(qapp: QApplication, tmp_path: Path) -> None:
    answers = Answers()
    seen = _run_and_look(qapp, [str(tmp_path / "missing.yjsi")], tmp_path / "data", answers)
    assert answers.said == [f"{tmp_path / 'missing.yjsi'} is not an inspection file: there is no such file"]
    assert [kind for kind, _, _ in seen] == [StartWindow]


@pytest.mark.parametrize(
    ("command", "argv"),
    [(["gui"], []), (["gui", "--demo"], ["--demo"]), (["gui", "Leeds.yjsi"], ["Leeds.yjsi"]),
     (["gui", "Leeds.yjsi", "--demo"], ["Leeds.yjsi", "--demo"])],
)
def test_the_inspector_gui_command_hands_its_arguments_to_the_app(
    monkeypatch: pytest.MonkeyPatch, command: list[str], argv: list[str]
) -> None:
    handed: list[list[str]] = []
    monkeypatch.setattr(app, "main", lambda given: handed.append(list(given)) or 0)
    assert cli.main(command) == 0
    assert handed == [argv]
    assert app.arguments_parser().parse_args(argv).demo == ("--demo" in argv)
