"""Shared set-up for the window tests: real widgets, offscreen, settings, recent files and the app's
data folder kept out of the user's; message boxes replaced by recorded answers."""

from __future__ import annotations

import gc
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QPalette
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from inspector.app.merge_plan_view import MergePlanView
from inspector.app.recent import RecentFiles
from inspector.app.restore import RestoreOffer
from inspector.content import Content, load_content
from inspector.demo import load_demo
from inspector.exchange.files import create_inspection_file
from inspector.framework.model import Framework
from inspector.gui.app import configure_application
from inspector.gui.controller import Controller
from inspector.gui.dialogs import Dialogs
from inspector.gui.inspection_window import InspectionWindow
from inspector.gui.main_window import MainWindow
from inspector.inspection.model import Inspection
from inspector.store import InspectionFile
from tests.gui.shots import dark_palette


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Any QSettings opened by name (as the app does), the log and the data folder land in a temporary folder."""
    folder = tmp_path_factory.mktemp("settings")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    # The app's log and data folders (platformdirs) too: a test never writes to the user's own.
    monkeypatch.setenv("XDG_STATE_HOME", str(folder / "state"))
    monkeypatch.setenv("XDG_DATA_HOME", str(folder / "data"))
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


# --- the inspection window --------------------------------------------------------------------------


PASSPHRASE = "correct horse battery staple"
# Who the window records as on the demo: "who are you?" is answered with the first name offered, its lead.
DEMO_LEAD = "Helen Marsh"


@dataclass
class Answers:
    """Stands in for the message boxes and file dialogs: records what the app said and asked, and
    answers as the test sets it to."""

    said: list[str] = field(default_factory=list)
    asked: list[str] = field(default_factory=list)
    accept: bool = True
    chosen_file: Path | None = None
    chosen_folder: Path | None = None
    proposed: list[Path] = field(default_factory=list)  # the names offered by "Export…"
    passphrase: str | None = PASSPHRASE  # typed twice for an exchange file's export; None: cancelled
    encrypted: list[Path] = field(default_factory=list)  # the files a passphrase was asked for
    offers: list[RestoreOffer] = field(default_factory=list)  # the backups offered for a damaged file
    # Answers the restore offer in place of the dialog (a test may drive the real one); by default the
    # backup offered first is taken when `accept`, else the offer is cancelled.
    restore_with: Callable[[QWidget | None, RestoreOffer], Path | None] | None = None
    # "Who are you?": the name given (None: the first offered, the lead inspector; "": cancelled); the
    # teams offered.
    person: str | None = None
    teams_offered: list[tuple[str, ...]] = field(default_factory=list)
    decrypted: list[Path] = field(default_factory=list)  # the files a passphrase was asked for to read them
    plans: list[MergePlanView] = field(default_factory=list)  # the merge plans shown before bringing work in
    # Answers the merge plan in place of the dialog (a test may drive the real one); by default `accept`.
    review_with: Callable[[QWidget | None, MergePlanView], bool] | None = None
    # The print dialog: when `accept` and this is set, the printer chosen prints to this PDF file (a test
    # never reaches a real printer: without it, the dialog is cancelled); the printers set up, in order.
    print_file: Path | None = None
    printers: list[QPrinter] = field(default_factory=list)

    def dialogs(self) -> Dialogs:
        def ask(parent: object, message: str, action: str) -> bool:
            self.asked.append(f"{message} [{action}]")
            return self.accept

        def save_file(parent: object, proposed: Path) -> Path | None:
            self.proposed.append(proposed)
            return self.chosen_file

        def restore(parent: QWidget | None, offer: RestoreOffer) -> Path | None:
            self.offers.append(offer)
            if self.restore_with is not None:
                return self.restore_with(parent, offer)
            return offer.rows[offer.default].path if self.accept and offer.default is not None else None

        def new_passphrase(parent: object, target: Path) -> str | None:
            self.encrypted.append(target)
            return self.passphrase

        def person(parent: object, team: tuple[str, ...]) -> str | None:
            self.teams_offered.append(team)
            return team[0] if self.person is None else self.person or None

        def passphrase(parent: object, source: Path) -> str | None:
            self.decrypted.append(source)
            return self.passphrase

        def review_merge(parent: QWidget | None, view: MergePlanView) -> bool:
            self.plans.append(view)
            return self.review_with(parent, view) if self.review_with is not None else self.accept

        def print_setup(parent: QWidget | None, printer: QPrinter) -> bool:
            self.printers.append(printer)
            if not self.accept or self.print_file is None:
                return False
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(self.print_file))
            return True

        return Dialogs(
            error=lambda parent, message: self.said.append(message), ask=ask, new_passphrase=new_passphrase,
            open_file=lambda parent, start: self.chosen_file, document_file=lambda parent, start: self.chosen_file,
            work_file=lambda parent, start: self.chosen_file,
            folder=lambda parent, start: self.chosen_folder, save_file=save_file, restore=restore, person=person,
            passphrase=passphrase, review_merge=review_merge, print_setup=print_setup,
        )


@pytest.fixture(params=["light", "dark"])
def palette(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The app's palette for a screenshot, light or dark (tests/gui/shots.py), put back after."""
    kept = QPalette(qapp.palette())
    if request.param == "dark":
        qapp.setPalette(dark_palette(kept))
    yield request.param
    qapp.setPalette(kept)


@pytest.fixture(scope="session")
def content() -> Content:
    return load_content()


@pytest.fixture(scope="session")
def demo_source(content: Content, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo inspection in a file, made once; each test works on its own copy."""
    path = tmp_path_factory.mktemp("demo") / "Northmoor.yjsi"
    create_inspection_file(path, load_demo(content), content, "helen", "demo for tests")
    return path


@pytest.fixture()
def demo_path(demo_source: Path, tmp_path: Path) -> Path:
    path = tmp_path / "work" / "Northmoor.yjsi"
    path.parent.mkdir()
    shutil.copy(demo_source, path)
    return path


@pytest.fixture()
def answers() -> Answers:
    return Answers()


@pytest.fixture()
def controller(
    qapp: QApplication, content: Content, window_settings: QSettings, tmp_path: Path, answers: Answers
) -> Iterator[Controller]:
    configure_application(qapp)
    data = tmp_path / "data"
    made = Controller(content, window_settings, login="jane", recent=RecentFiles(data / "recent.json"),
                      data_folder=data, dialogs=answers.dialogs())
    yield made
    made.quit()


@pytest.fixture()
def inspection(qtbot: QtBot, controller: Controller, demo_path: Path) -> InspectionWindow:
    """The demo inspection open for editing, active, at the laptop's screen size."""
    window = controller.open_path(demo_path)
    assert window is not None
    qtbot.waitExposed(window)
    window.resize(1366, 768)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def on_disk(path: Path, content: Content) -> Inspection:
    """What reached the file, read by a second, read-only opener."""
    with InspectionFile.open(path, content.framework, "reader", read_only=True,
                             rating_scheme=content.rating_scheme) as reader:
        return reader.snapshot()


@pytest.fixture(autouse=True)
def qt_garbage_freed_here() -> Iterator[None]:
    """Windows left in reference cycles (a page holding its window, the wizard its pages) are freed after
    each test, on this thread: left to Python's collector, they may be freed on a worker thread in a later
    test (`gui/background.py` opening a file), and Qt crashes on an object destroyed off its own thread."""
    yield
    gc.collect()
