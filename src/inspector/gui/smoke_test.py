"""`inspector gui --smoke-test`: prove that this installation works, with no one at the keyboard.

It opens a copy of the demo inspection (in a temporary folder: the user's files, settings and recent
list are not touched) in the real inspection window, waits until the window has painted a standard's
page, saves a screenshot if asked, exports the ratings-panel report through the window's own export code
on a worker thread, checks the Word file, has a text box spell-check a misspelt word with the en-GB
dictionary (when one is found: the bundle must carry it, packaging/smoke-test checks the summary says so),
and exits 0 with a one-line summary. Anything wrong is one
line on stderr, "smoke test failed: <reason>", and exit code 1. The offline bundle is tested with it
(packaging/smoke-test), as is the source tree (tests/test_smoke_test.py).
"""

from __future__ import annotations

import logging
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from PySide6.QtCore import QEvent, QEventLoop, QObject, QSettings
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget

from inspector.app.places import personal_words_file
from inspector.app.report_export import Output, export, take_inputs
from inspector.content import Content, bundle_folder
from inspector.gui.background import run_in_background
from inspector.gui.controller import application_controller
from inspector.gui.dialogs import Dialogs
from inspector.gui.inspection_window import InspectionWindow
from inspector.gui.pages.text_boxes import TextBox
from inspector.gui.spelling import Spelling, install, uninstall
from inspector.spelling import PersonalWords, SpellService, find_dictionary

SCREEN_SIZE = (1366, 768)  # the inspectors' laptops
PAINT_TIMEOUT_S = 30.0
SPELLING_TIMEOUT_S = 60.0  # reading the dictionary takes a few seconds
MISSPELT = "The plan was recieved and its behaviour reviewed."  # one misspelt word, then a British spelling
USER = "smoke test"

log = logging.getLogger(__name__)


class SmokeTestFailed(Exception):
    """What went wrong, in one line."""


def run_smoke_test(app: QApplication, content: Content, screenshot: Path | None, started: float) -> int:
    """Run the smoke test; 0 when it passed. `started` is time.monotonic() when the app began."""
    try:
        summary = _run(app, content, screenshot, started)
    except Exception as exc:  # every failure is the test's answer, not a crash
        log.error("smoke test failed", exc_info=True)
        reason = str(exc) if isinstance(exc, SmokeTestFailed) else f"{type(exc).__name__}: {exc}"
        print(f"smoke test failed: {reason}", file=sys.stderr)
        return 1
    log.info("smoke test passed")
    print(summary, flush=True)
    return 0


def _run(app: QApplication, content: Content, screenshot: Path | None, started: float) -> str:
    with tempfile.TemporaryDirectory(prefix="inspector-smoke-") as temp:
        folder = Path(temp)
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        spelling = install(SpellService(PersonalWords(personal_words_file(folder))))
        try:
            controller = application_controller(content, settings, USER, folder, _no_one_to_ask())
            window = controller.open_demo()
            if window is None:
                raise SmokeTestFailed("the demo inspection did not open")
            try:
                return _check_window(app, window, content, screenshot, folder, started, spelling)
            finally:
                window.close()  # lets go of the file's lock before its folder is removed
        finally:
            uninstall()


def _check_window(app: QApplication, window: InspectionWindow, content: Content, screenshot: Path | None,
                  folder: Path, started: float, spelling: Spelling) -> str:
    if not QFontDatabase.families():  # the window would paint, in boxes instead of letters
        raise SmokeTestFailed("no font was found, so the window's text cannot be drawn")
    window.resize(*SCREEN_SIZE)
    window.show_item(content.framework.standards[0].id)
    _wait_for_paint(app, window)
    painted = time.monotonic() - started
    # Read by packaging/measure-start as the moment the window was first painted.
    print(f"smoke test: window painted after {painted:.2f} s", flush=True)
    if screenshot is not None:
        screenshot.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(screenshot)):
            raise SmokeTestFailed(f"the screenshot could not be saved to {screenshot}")
    target = folder / "ratings-panel report.docx"
    inputs = take_inputs(window.session)
    run_in_background(window, "Exporting the ratings-panel report\u2026",
                      lambda: export(inputs, Output.PANEL, content.report_templates, target))
    size, paragraphs = _check_report(target, inputs.inspection.details.yjs)
    checked = _check_spelling(app, spelling)
    shot = f", screenshot {screenshot}" if screenshot is not None else ""
    return (f"smoke test passed: window painted in {painted:.2f} s ({app.platformName()}{shot}), ratings-panel "
            f"report exported ({size:,} bytes, {paragraphs} paragraphs), {checked}, "
            f"in {time.monotonic() - started:.2f} s")


def _check_spelling(app: QApplication, spelling: Spelling) -> str:
    """A text box underlines the one misspelt word of MISSPELT once the worker has checked it; what the
    summary says of it."""
    base = find_dictionary()
    if base is None:
        return "spelling off (no en-GB dictionary)"
    bundle = bundle_folder()
    where = "bundled" if bundle is not None and base.is_relative_to(bundle) else "system"
    spelling.service.start()  # the window has painted: now the dictionary is read
    box = TextBox()
    box.setPlainText(MISSPELT)
    deadline = time.monotonic() + SPELLING_TIMEOUT_S
    while not (underlined := _underlined(box)):
        if not spelling.service.available:
            raise SmokeTestFailed("the en-GB dictionary was found but could not be read (see the log)")
        if time.monotonic() > deadline:
            raise SmokeTestFailed(f"no misspelt word was underlined within {SPELLING_TIMEOUT_S:g} s")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    if underlined != ["recieved"]:
        raise SmokeTestFailed(f"the spell-checker underlined {underlined}, not just 'recieved'")
    return f"spell-checked with the {where} en-GB dictionary"


def _underlined(box: TextBox) -> list[str]:
    text = box.toPlainText()
    return [text[r.start:r.start + r.length] for r in box.document().firstBlock().layout().formats()]


class _PaintWatch(QObject):
    """Notes the first paint event that reaches the window."""

    def __init__(self) -> None:
        super().__init__()
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def _wait_for_paint(app: QApplication, window: QWidget) -> None:
    watch = _PaintWatch()
    window.installEventFilter(watch)
    try:
        window.show()
        deadline = time.monotonic() + PAINT_TIMEOUT_S
        while not watch.painted:
            if time.monotonic() > deadline:
                raise SmokeTestFailed(f"the window was not painted within {PAINT_TIMEOUT_S:g} s "
                                      f"(platform {app.platformName()})")
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        app.processEvents()  # the rest of the paint pass
    finally:
        window.removeEventFilter(watch)


def _check_report(path: Path, yjs: str) -> tuple[int, int]:
    """The report's size and paragraph count, once it is known to be a Word document about the demo."""
    if not path.is_file() or path.stat().st_size == 0:
        raise SmokeTestFailed(f"the ratings-panel report was not written to {path}")
    if not zipfile.is_zipfile(path):
        raise SmokeTestFailed(f"{path.name} is not a Word document")
    from docx import Document  # here: python-docx is not needed to start the app

    document = Document(str(path))
    text = "\n".join(p.text for p in document.paragraphs)
    if yjs not in text:
        raise SmokeTestFailed(f"{path.name} does not name the inspection's YJS")
    return path.stat().st_size, len(document.paragraphs)


def _no_one_to_ask() -> Dialogs:
    """Any message or question means something went wrong: it fails the test with what it said. "Who are
    you?" is answered: the demo's lead inspector."""

    def fail(_parent: object, message: str, *_rest: object) -> None:
        raise SmokeTestFailed(message)

    return Dialogs(error=fail, ask=fail, open_file=fail, document_file=fail, folder=fail,  # type: ignore[arg-type]  # one failure answers every question
                   save_file=fail, person=lambda _parent, team: team[0])  # type: ignore[arg-type]  # as above
