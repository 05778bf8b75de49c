"""File > Print and File > Print to PDF through the real window: the page on show as a document (the
prompt's heading, judgement and evidence), a page printed as it is drawn, the ratings-panel report with
page numbers, Ctrl+P through the print dialog (answered by the test, printing to a PDF file); the PDF
owner-only; cancelling writes nothing; a read-only inspection prints too."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from inspector.app.navigator import DETAILS, OVERALL, PANEL
from inspector.app.report_export import Output
from inspector.gui.controller import Controller
from inspector.gui.inspection_window import InspectionWindow
from inspector.gui.print_actions import PAGE
from inspector.owner_only import FILE_MODE
from tests.gui.conftest import Answers

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler) is not installed")


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    """The usual 0o022, so the PDF's mode is the one it is given, not the umask's."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def text_of(pdf: Path) -> str:
    """The PDF's text, as a reader copying it out would get it (lines joined, so wrapping does not matter)."""
    assert pdf.read_bytes().startswith(b"%PDF-")
    done = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
    return " ".join(done.stdout.split())


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def menu_texts(inspection: InspectionWindow) -> list[str]:
    file_menu = inspection.menuBar().actions()[0].menu()
    return [a.text() for a in file_menu.actions() if not a.isSeparator()]


def test_the_file_menu_offers_print_and_print_to_pdf(inspection: InspectionWindow) -> None:
    texts = menu_texts(inspection)
    assert "Pr&int" in texts and "Print to P&DF" in texts
    letters = [t[t.index("&") + 1].lower() for t in texts if "&" in t]
    assert len(letters) == len(set(letters)), texts  # every mnemonic of the File menu its own
    printing = inspection.printing
    assert printing.print_actions[PAGE].shortcut().matches(Qt.Key.Key_P | Qt.KeyboardModifier.ControlModifier)
    for actions in (printing.print_actions, printing.pdf_actions):
        assert [a.text() for a in actions.values()] == [
            "This &page\u2026", "The &ratings-panel report\u2026", "The publication &draft\u2026"]


def test_print_to_pdf_of_the_prompt_page(inspection: InspectionWindow, answers: Answers, tmp_path: Path) -> None:
    inspection.show_item("1.2.3a")
    answers.chosen_file = tmp_path / "prompt.pdf"
    inspection.printing.pdf_actions[PAGE].trigger()
    assert answers.proposed[-1].name.startswith("Northmoor YJS - Prompt 1.2.3a - ")
    assert answers.proposed[-1].suffix == ".pdf"
    text = text_of(answers.chosen_file)
    prompt = inspection.session.content.framework.prompt("1.2.3a")
    assert "1.2.3a" in text and " ".join(prompt.text.split())[:60] in text  # the heading, the prompt's own words
    assert "Below the line, a decisive shortfall" in text  # the judgement
    assert "Evidence (" in text and "Case-manager interviews" in text
    assert "Prompt 1.2.3a \u2014 Northmoor Youth Justice Service" in text and "Page 1 of" in text  # the footer
    assert mode(answers.chosen_file) == FILE_MODE  # owner-only, whatever the umask
    assert inspection.saved_label.text() == "Printed Prompt 1.2.3a to prompt.pdf"
    assert answers.said == []


def test_key_question_standard_overview_and_panel_pages_print_as_documents(
    inspection: InspectionWindow, answers: Answers, tmp_path: Path
) -> None:
    expected = {"1.3.1": "Answer: Yes", "1.4": "Proposed rating", OVERALL: "The thirteen ratings",
                PANEL: "Put forward"}
    for item, words in expected.items():
        inspection.show_item(item)
        answers.chosen_file = tmp_path / f"{item}.pdf"
        inspection.printing.pdf_actions[PAGE].trigger()
        assert words in text_of(answers.chosen_file), item


def test_a_page_without_a_document_prints_as_drawn(inspection: InspectionWindow, answers: Answers,
                                                   tmp_path: Path) -> None:
    inspection.show_item(DETAILS)
    answers.chosen_file = tmp_path / "details.pdf"
    inspection.printing.pdf_actions[PAGE].trigger()
    assert answers.proposed[-1].name.startswith("Northmoor YJS - Inspection details - ")
    text = text_of(answers.chosen_file)
    assert "Northmoor Youth Justice Service" in text  # the page's own fields, as drawn
    assert "Inspection details \u2014 Northmoor Youth Justice Service" in text and "Page 1 of 1" in text
    assert mode(answers.chosen_file) == FILE_MODE


def test_print_to_pdf_of_the_ratings_panel_report_with_page_numbers(
    inspection: InspectionWindow, answers: Answers, tmp_path: Path
) -> None:
    answers.chosen_file = tmp_path / "panel.pdf"
    assert inspection.printing.pdf_report(Output.PANEL) == answers.chosen_file
    assert answers.proposed[-1].name.startswith("Northmoor YJS - ratings panel report - ")
    text = text_of(answers.chosen_file)
    assert "Ratings panel report" in text and "Northmoor Youth Justice Service" in text
    pages = int(text.split("Page 1 of ")[1].split()[0])
    assert pages > 3 and f"Page {pages} of {pages}" in text
    assert mode(answers.chosen_file) == FILE_MODE


def test_ctrl_p_prints_the_page_through_the_print_dialog(
    qtbot: QtBot, inspection: InspectionWindow, answers: Answers, tmp_path: Path
) -> None:
    inspection.show_item("1.2.3a")
    inspection.focus_navigator()
    answers.print_file = tmp_path / "printed.pdf"
    qtbot.keyClick(inspection.tree, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    (printer,) = answers.printers
    assert printer.docName() == "Prompt 1.2.3a \u2014 Northmoor Youth Justice Service"
    assert "1.2.3a" in text_of(answers.print_file)
    assert inspection.saved_label.text() == "Printed Prompt 1.2.3a on printed.pdf"


def test_printing_the_publication_draft(inspection: InspectionWindow, answers: Answers, tmp_path: Path) -> None:
    answers.print_file = tmp_path / "draft.pdf"
    inspection.printing.print_actions[Output.DRAFT].trigger()
    assert "Inspection report" in text_of(answers.print_file)


def test_cancelling_writes_nothing(inspection: InspectionWindow, answers: Answers, tmp_path: Path) -> None:
    inspection.show_item("1.2.3a")
    answers.chosen_file = None  # the file dialog cancelled
    assert inspection.printing.pdf_page() is None
    assert inspection.printing.pdf_report(Output.PANEL) is None
    answers.accept = False  # the print dialog cancelled
    answers.print_file = tmp_path / "never.pdf"
    assert inspection.printing.print_page() is False
    assert inspection.printing.print_report(Output.PANEL) is False
    assert list(tmp_path.glob("*.pdf")) == [] and not answers.print_file.exists()
    assert answers.said == []


def test_a_read_only_inspection_prints(
    qtbot: QtBot, controller: Controller, demo_path: Path, answers: Answers, tmp_path: Path
) -> None:
    window = controller.open_path(demo_path, read_only=True)
    assert isinstance(window, InspectionWindow) and window.session.read_only
    window.show_item("1.2.3a")
    answers.chosen_file = tmp_path / "read-only.pdf"
    assert window.printing.pdf_page() == answers.chosen_file
    assert "1.2.3a" in text_of(answers.chosen_file)
    answers.chosen_file = tmp_path / "read-only-panel.pdf"
    assert window.printing.pdf_report(Output.PANEL) == answers.chosen_file
    assert "Ratings panel report" in text_of(answers.chosen_file)
    window.close()
