"""Start the desktop app: load the content whole, then open the inspection named, the demo
inspection (`--demo`), or the start window.

A content error stops the app before any window opens, with the one-line message naming the file,
the entry and the problem (the same line `inspector framework check` prints).
"""

from __future__ import annotations

import argparse
import getpass
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from inspector import owner_only
from inspector.app.places import data_folder, log_folder
from inspector.commands.gui import add_arguments
from inspector.content import load_content
from inspector.framework.errors import ContentError
from inspector.gui.app_log import log_qt_messages, log_start, log_stop
from inspector.gui.bundled_fonts import load_bundled_fonts
from inspector.gui.controller import application_controller
from inspector.gui.dialogs import Dialogs
from inspector.gui.indicators import use_clear_indicators
from inspector.gui.main_window import WINDOW_TITLE
from inspector.gui.settings import APPLICATION, ORGANISATION, open_settings
from inspector.gui.smoke_test import run_smoke_test
from inspector.gui.spelling import start_spelling, uninstall
from inspector.logs import start_logging

EXIT_CONTENT_ERROR = 2  # as the CLI
MINIMUM_UI_POINT_SIZE = 10  # some platform defaults (9 pt) are small for long reading sessions

ErrorReporter = Callable[[str], None]


def content_error_box(message: str, parent: QWidget | None = None) -> QMessageBox:
    """The message box for a content error, built but not shown (tests inspect it)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(WINDOW_TITLE)
    # Plain text: the message quotes file contents, which may hold "<" and "&".
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(f"The inspection framework could not be loaded, so the app cannot start.\n\n{message}")
    box.setInformativeText(
        "Correct the file named above, then start the app again. "
        "To check an edited folder first, run: inspector framework check FOLDER"
    )
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    return box


def show_content_error(message: str) -> None:
    content_error_box(message).exec()


def configure_application(app: QApplication) -> None:
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    font = QFont(app.font())
    if font.pointSizeF() < MINIMUM_UI_POINT_SIZE:
        font.setPointSize(MINIMUM_UI_POINT_SIZE)
        app.setFont(font)
    use_clear_indicators(app)  # Fusion's radio buttons vanish in a dark palette


def arguments_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="inspector-gui", description="open the desktop app")
    add_arguments(parser)
    return parser


def main(
    argv: Sequence[str] | None = None, *, report_error: ErrorReporter | None = None,
    dialogs: Dialogs | None = None, folder: Path | None = None,
) -> int:
    """Run the app; the exit code is 0, or 2 when the content cannot be loaded.

    `report_error` replaces the modal message box for a content error, `dialogs` every other message
    and `folder` the app's data folder (tests pass their own; the log then goes in its logs/).
    """
    # A second defence: what Qt and the libraries make (the settings file, temporary files) is owner-only
    # too, whatever the desktop's umask.
    with owner_only.umask():
        return _run(argv, report_error, dialogs, folder)


def _run(
    argv: Sequence[str] | None, report_error: ErrorReporter | None, dialogs: Dialogs | None, folder: Path | None,
) -> int:
    started = time.monotonic()
    given = list(sys.argv[1:] if argv is None else argv)
    options = arguments_parser().parse_args(given)
    start_logging(log_folder() if folder is None else folder / "logs")
    log_qt_messages()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0], *given])
    configure_application(app)
    load_bundled_fonts(app)
    log_start(app)
    try:
        content = load_content()
    except ContentError as exc:
        log_stop(EXIT_CONTENT_ERROR)  # exit code 2 says it; the message on screen names the file
        print(f"error: {exc}", file=sys.stderr)
        (report_error or show_content_error)(str(exc))
        return EXIT_CONTENT_ERROR
    if options.smoke_test:
        code = run_smoke_test(app, content, options.smoke_test_screenshot, started)
        log_stop(code)
        return code
    data = folder or data_folder()
    start_spelling(data)  # before any window: its text boxes are spell-checked
    try:
        # Who records is asked per inspection (a name from its team); the computer's login is kept beside it
        # in the audit, and stands in only where a file's team cannot be read.
        controller = application_controller(content, open_settings(), getpass.getuser(), data, dialogs)
        opened = None
        if options.file is not None:
            opened = controller.open_path(options.file)
        elif options.demo:
            opened = controller.open_demo()
        if opened is None:
            controller.show_start()
        elif options.panel:
            opened.set_panel_mode(True)
        code = int(app.exec())
    finally:
        uninstall()
    log_stop(code)
    return code


if __name__ == "__main__":
    sys.exit(main())
