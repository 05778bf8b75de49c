"""Shared set-up for the window tests: real widgets, offscreen, settings kept out of the user's."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from inspector.content import load_content
from inspector.framework.model import Framework
from inspector.gui.app import configure_application
from inspector.gui.main_window import MainWindow


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Any QSettings opened by name (as the app does) lands in a temporary folder."""
    folder = tmp_path_factory.mktemp("settings")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    return folder


@pytest.fixture(scope="session")
def framework() -> Framework:
    return load_content().framework


@pytest.fixture
def window_settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot: QtBot, qapp: QApplication, framework: Framework, window_settings: QSettings) -> Iterator[MainWindow]:
    configure_application(qapp)
    main = MainWindow(framework, window_settings)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    # Shortcuts (Ctrl+F, F6) only reach the active window.
    qtbot.waitUntil(main.isActiveWindow)
    yield main
