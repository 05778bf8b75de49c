"""Screenshots of the documents page on the demo inspection, a register entered in the set-up (files
unchanged, changed since registered, gone, and none; evidence citing three of them), in the light and a
dark palette, for people to look at at 1366×768.

Run with QT_SCALE_FACTOR=1.5 for the 150 % shots (at 1280×720, a 1920×1080 screen at 150 %, as the team
working shots are), named "-150":

    INSPECTOR_SCREENSHOT_DIR=/tmp/shots .venv/bin/pytest tests/gui/test_documents_screenshots.py
    QT_SCALE_FACTOR=1.5 INSPECTOR_SCREENSHOT_DIR=/tmp/shots .venv/bin/pytest tests/gui/test_documents_screenshots.py
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from inspector.app.document_files import file_digest
from inspector.app.edits import EvidenceEdit
from inspector.app.navigator import DOCUMENTS
from inspector.content import Content
from inspector.gui.controller import Controller
from inspector.gui.documents_model import TITLE
from inspector.gui.pages.documents_page import DocumentsPage
from inspector.inspection.model import Document, DocumentKind, Evidence, SourceKind
from tests.gui.test_documents_page import register
from tests.gui.test_screenshots import SCREEN, SCREENSHOT_ENV, _distinct_colours

SCALED = 1.5
SCALED_SCREEN = (1280, 720)  # 1920×1080 at 150 %
_DARK = {
    QPalette.ColorRole.Window: "#2b2b2b", QPalette.ColorRole.WindowText: "#e8e8e8",
    QPalette.ColorRole.Base: "#1f1f1f", QPalette.ColorRole.AlternateBase: "#2b2b2b",
    QPalette.ColorRole.Text: "#e8e8e8", QPalette.ColorRole.Button: "#383838",
    QPalette.ColorRole.ButtonText: "#e8e8e8", QPalette.ColorRole.Highlight: "#2f65ca",
    QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.PlaceholderText: "#9a9a9a",
    QPalette.ColorRole.Link: "#7cacf8", QPalette.ColorRole.ToolTipBase: "#383838",
    QPalette.ColorRole.ToolTipText: "#e8e8e8", QPalette.ColorRole.Light: "#505050",
    QPalette.ColorRole.Midlight: "#404040", QPalette.ColorRole.Mid: "#303030",
    QPalette.ColorRole.Dark: "#202020", QPalette.ColorRole.Shadow: "#101010",
}


@pytest.fixture(params=["light", "dark"])
def palette(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The app's palette for the shot (a dark theme as Windows 11 and GNOME give it), put back after."""
    kept = QPalette(qapp.palette())
    if request.param == "dark":
        dark = QPalette(kept)
        for role, colour in _DARK.items():
            dark.setColor(role, QColor(colour))
        for role in (QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
            dark.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))  # greyed, as a dark theme greys
        qapp.setPalette(dark)
    yield request.param
    qapp.setPalette(kept)


def test_screenshot(palette: str, qtbot: QtBot, controller: Controller, demo_path: Path, content: Content,
                    tmp_path: Path) -> None:
    papers = tmp_path / "Northmoor papers"
    papers.mkdir()
    files = {name: papers / name for name in ("Board minutes 2026-03.pdf", "Youth justice plan 2026-27.docx",
                                              "Self-assessment.xlsx", "Performance report Q2.pdf")}
    for name, path in files.items():
        path.write_text(f"{name}, as supplied")
    end = date(2026, 11, 20)
    minutes, plan, assessment, report = (
        Document("Board minutes, March 2026", DocumentKind.EVIDENCE_IN_ADVANCE, date(2026, 10, 20),
                 "YJS manager", str(files["Board minutes 2026-03.pdf"]),
                 file_digest(files["Board minutes 2026-03.pdf"])),
        Document("Youth justice plan 2026 to 2027", DocumentKind.EVIDENCE_IN_ADVANCE, date(2026, 10, 20),
                 "YJS manager", str(files["Youth justice plan 2026-27.docx"]),
                 file_digest(files["Youth justice plan 2026-27.docx"])),
        Document("Self-assessment against the standards", DocumentKind.EVIDENCE_IN_ADVANCE, date(2026, 10, 27),
                 "Head of service", str(files["Self-assessment.xlsx"]), file_digest(files["Self-assessment.xlsx"])),
        Document("Quarterly performance report", DocumentKind.DURING_FIELDWORK, end, "Performance officer",
                 str(files["Performance report Q2.pdf"]), file_digest(files["Performance report Q2.pdf"])),
    )
    register(demo_path, content, minutes, plan, assessment, report,
             Document("Partnership agreement with the police", DocumentKind.OTHER, None, "Police liaison officer"))
    files["Self-assessment.xlsx"].write_text("edited after it was sent")  # changed since registered
    files["Performance report Q2.pdf"].unlink()  # moved away

    window = controller.open_path(demo_path)
    assert window is not None
    ratio = window.devicePixelRatio()
    screen = SCALED_SCREEN if ratio == SCALED else SCREEN
    window.resize(*screen)
    qtbot.waitExposed(window)
    for prompt_id, page in (("1.1.1a", "p. 4"), ("1.1.2b", "item 6"), ("1.2.1c", "pp. 12-13")):
        window.perform(EvidenceEdit(None, Evidence(prompt_id, "The board reviewed the plan's actions and "
                                                   "asked for a report on education outcomes.", SourceKind.DOCUMENT,
                                                   document_id=minutes.id, page=page)))
    window.perform(EvidenceEdit(None, Evidence("1.1.1b", "Priorities agreed with partners", SourceKind.DOCUMENT,
                                               document_id=plan.id)))
    for prompt_id, page in (("1.1.3a", "section 2"), ("1.4.4b", "")):
        window.perform(EvidenceEdit(None, Evidence(prompt_id, "The YJS judges its own oversight of casework as "
                                                   "requiring improvement.", SourceKind.DOCUMENT,
                                                   document_id=assessment.id, page=page)))
    window.show_item(DOCUMENTS)
    page = window.pages.currentWidget()
    assert isinstance(page, DocumentsPage)
    page.table.setCurrentIndex(page.model.index(2, TITLE))  # the self-assessment, changed since it was sent
    qtbot.wait(20)
    assert page.citations_model.rowCount() == 2 and page.accept_button.isEnabled()
    assert page.summary.text() == "5 documents \u00b7 3 cited by evidence \u00b7 2 files need a look"

    image = window.grab().toImage()
    name = f"documents-{palette}" + ("" if ratio == 1 else f"-{round(ratio * 100)}")
    paths = [tmp_path / f"{name}.png"]
    if folder := os.environ.get(SCREENSHOT_ENV):
        Path(folder).mkdir(parents=True, exist_ok=True)
        paths.append(Path(folder) / f"{name}.png")
    for path in paths:
        assert image.save(str(path)), path
    assert (image.width(), image.height()) == (round(screen[0] * ratio), round(screen[1] * ratio))
    assert _distinct_colours(image) > 20
