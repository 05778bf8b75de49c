"""Screenshots of the documents page on the demo inspection, entries added in the set-up after the demo's
own register (files unchanged, changed since registered, gone, and none; evidence citing three of them),
the register scrolled to them, in the light and a dark palette, for people to look at at 1366×768.

Run with QT_SCALE_FACTOR=1.5 for the 150 % shots (at 1280×720, a 1920×1080 screen at 150 %, as the team
working shots are), named "-150":

    INSPECTOR_SCREENSHOT_DIR=/tmp/shots .venv/bin/pytest tests/gui/test_documents_screenshots.py
    QT_SCALE_FACTOR=1.5 INSPECTOR_SCREENSHOT_DIR=/tmp/shots .venv/bin/pytest tests/gui/test_documents_screenshots.py
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from inspector.app.document_files import file_digest
from inspector.app.edits import EvidenceEdit
from inspector.app.navigator import DOCUMENTS
from inspector.content import Content
from inspector.gui.controller import Controller
from inspector.gui.documents_model import TITLE
from inspector.gui.pages.documents_page import DocumentsPage
from inspector.inspection.model import Document, DocumentKind, Evidence, SourceKind
from tests.gui.conftest import on_disk
from tests.gui.shots import save_shot, screen_size
from tests.gui.test_documents_page import register, row_of


def test_screenshot(palette: str, qtbot: QtBot, controller: Controller, demo_path: Path, content: Content,
                    tmp_path: Path) -> None:
    papers = tmp_path / "Northmoor papers"
    papers.mkdir()
    files = {name: papers / name for name in ("Board minutes 2026-03.pdf", "Youth justice plan 2026-27.docx",
                                              "Self-assessment.xlsx", "Performance report Q2.pdf")}
    for name, path in files.items():
        path.write_text(f"{name}, as supplied")
    end = date(2026, 11, 20)
    demo = on_disk(demo_path, content)  # its own register, which its evidence cites
    demo_cited = sum(any(e.document_id == d.id for e in demo.evidence) for d in demo.documents)
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
    partnership = Document("Partnership agreement with the police", DocumentKind.OTHER, None,
                           "Police liaison officer")
    entered = (minutes, plan, assessment, report, partnership)
    register(demo_path, content, *entered)
    files["Self-assessment.xlsx"].write_text("edited after it was sent")  # changed since registered
    files["Performance report Q2.pdf"].unlink()  # moved away

    window = controller.open_path(demo_path)
    assert window is not None
    window.resize(*screen_size())
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
    rows = [row_of(page, document.title) for document in entered]
    assert rows == list(range(len(demo.documents), len(demo.documents) + len(entered)))  # after the demo's
    changed = page.model.index(rows[2], TITLE)  # the self-assessment, changed since it was sent
    page.table.setCurrentIndex(changed)
    page.table.scrollToBottom()  # the entries added, below the demo's, in view
    qtbot.wait(20)
    assert page.title.text() == assessment.title and page.table.currentIndex().row() == rows[2]
    assert page.citations_model.rowCount() == 2 and page.accept_button.isEnabled()
    shown = page.table.viewport().rect()
    assert shown.contains(page.table.visualRect(changed))  # the entry selected is in the shot
    assert page.summary.text() == (f"{len(demo.documents) + len(entered)} documents \u00b7 {demo_cited + 3} cited by "
                                   "evidence \u00b7 2 files need a look")

    save_shot(window.grab().toImage(), "documents", palette, tmp_path)
