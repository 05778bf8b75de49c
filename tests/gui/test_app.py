"""Starting the app: a broken content folder stops it with the one-line error, before any window."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from inspector.content import CONTENT_ENV, content_root, standards_folder
from inspector.gui import app
from inspector.gui.main_window import MainWindow
from inspector.gui.settings import APPLICATION


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


def test_good_content_opens_the_window(qapp: QApplication, qtbot: QtBot, isolated_settings: Path) -> None:
    titles: list[str] = []

    def look_then_close() -> None:
        for window in open_windows(qapp):
            titles.append(window.windowTitle())
            window.close()  # as the user would: the window saves its layout
        # exit(), not quit(): quit() marks the whole QApplication as closing, after which no
        # window in this test process could become active again.
        QApplication.exit(0)

    qapp.setQuitOnLastWindowClosed(False)
    try:
        QTimer.singleShot(100, look_then_close)
        assert app.main([]) == 0
    finally:
        qapp.setQuitOnLastWindowClosed(True)
    assert titles == ["HMIP youth justice inspection"]
    # Closed windows are freed (WA_DeleteOnClose) ...
    qtbot.waitUntil(lambda: not [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow)])
    # ... after saving their layout in the test folder, not the user's.
    assert list(isolated_settings.rglob(f"{APPLICATION}.conf")) or list(isolated_settings.rglob(f"{APPLICATION}.ini"))
