"""Reports and exports from the inspection window's File menu, through the real window: the file question
answered, the file written and read back (python-docx, the exchange reader), the status line, the
preview window (non-modal, the document as HTML, DRAFT and when, Export…, Escape), refusals in one line
with nothing written, a broken template found at the first export, and the window kept painting while
the worker thread runs."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from inspector.app.recent import RecentFiles
from inspector.app.report_export import Output
from inspector.content import Content
from inspector.exchange.files import read_exchange_file
from inspector.gui.controller import Controller
from inspector.gui.inspection_window import InspectionWindow
from inspector.gui.report_actions import EXPORT_FOLDER_KEY
from inspector.gui.report_preview import ReportPreview
from tests.gui.conftest import PASSPHRASE, Answers, on_disk

YJS = "Northmoor Youth Justice Service"


def _today() -> str:
    return datetime.now().astimezone().date().isoformat()


def _word_text(path: Path) -> str:
    document = docx.Document(str(path))
    header = [p.text for s in document.sections for p in s.header.paragraphs]
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    return "\n".join([*header, *(p.text for p in document.paragraphs), *cells])


def _preview(qtbot: QtBot, window: InspectionWindow, output: Output) -> ReportPreview:
    window.reports.preview_actions[output].trigger()
    previews = [w for w in window.findChildren(ReportPreview) if w.isVisible()]
    assert len(previews) == 1
    qtbot.waitExposed(previews[0])
    return previews[0]


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    yield folder
    folder.chmod(0o755)


def test_ctrl_e_exports_the_ratings_panel_report_where_the_inspector_chooses(
    qtbot: QtBot, inspection: InspectionWindow, answers: Answers, demo_path: Path, tmp_path: Path,
    window_settings: QSettings,
) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    answers.chosen_file = folder / "Northmoor panel.docx"
    qtbot.keyClick(inspection, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)

    # Offered beside the inspection file, named for the service, the report and the day.
    assert answers.proposed == [demo_path.parent / f"Northmoor YJS - ratings panel report - {_today()}.docx"]
    text = _word_text(answers.chosen_file)
    assert YJS in text and "DRAFT" in text and "the inspection file Northmoor.yjsi" in text
    assert answers.said == []
    status = inspection.reports.exported_label
    assert status.isVisible() and status.text().startswith("Exported to Northmoor panel.docx")
    assert "Open folder" in status.text() and status.toolTip() == str(answers.chosen_file)

    # The folder is remembered for the next export, of either kind.
    assert window_settings.value(EXPORT_FOLDER_KEY) == str(folder)
    answers.chosen_file = None  # the inspector cancels
    inspection.reports.export_actions[Output.DRAFT].trigger()
    assert answers.proposed[-1] == folder / f"Northmoor YJS - inspection report, draft for editing - {_today()}.docx"
    assert sorted(p.name for p in folder.iterdir()) == ["Northmoor panel.docx"]


def test_the_publication_draft_and_the_exchange_file_are_exported_from_the_menu(
    qtbot: QtBot, inspection: InspectionWindow, answers: Answers, content: Content, demo_path: Path, tmp_path: Path
) -> None:
    answers.chosen_file = tmp_path / "draft.docx"
    inspection.reports.export_actions[Output.DRAFT].trigger()
    assert "Rating: " in _word_text(answers.chosen_file)  # the draft's wording under each standard
    assert YJS in _word_text(answers.chosen_file)

    answers.chosen_file = tmp_path / "northmoor.json.age"
    inspection.reports.export_actions[Output.EXCHANGE].trigger()
    assert answers.proposed[-1].name == f"Northmoor YJS - exchange file - {_today()}.json.age"
    assert answers.encrypted == [answers.chosen_file]  # the passphrase was asked for, for this file
    assert answers.chosen_file.read_bytes().startswith(b"age-encryption.org/v1\n")
    opened = read_exchange_file(answers.chosen_file, content, lambda file: PASSPHRASE)
    assert opened == on_disk(demo_path, content)
    assert inspection.reports.exported_label.text().startswith("Exported to northmoor.json.age")


def test_cancelling_the_passphrase_exports_nothing(
    inspection: InspectionWindow, answers: Answers, tmp_path: Path
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    answers.chosen_file = folder / "northmoor.json.age"
    answers.passphrase = None
    inspection.reports.export_actions[Output.EXCHANGE].trigger()
    assert answers.encrypted == [answers.chosen_file] and answers.said == []
    assert list(folder.iterdir()) == [] and not inspection.reports.exported_label.isVisible()


def test_typing_not_yet_saved_is_in_the_report_and_evidence_not_yet_added_is_not(
    qtbot: QtBot, inspection: InspectionWindow, answers: Answers, tmp_path: Path
) -> None:
    inspection.show_item("1.1.1a")
    # The evidence form is saved only when the inspector adds the item: until then it is a draft.
    qtbot.keyClicks(inspection.prompt_page.evidence_text, "Board minutes name the youth justice lead")
    inspection.show_item("1.2.1")
    page = inspection.key_question_page
    page.rationale.setFocus()
    page.rationale.moveCursor(page.rationale.textCursor().MoveOperation.End)
    qtbot.keyClicks(page.rationale, " Caseloads checked again on the second visit.")
    answers.chosen_file = tmp_path / "panel.docx"
    qtbot.keyClick(inspection, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    text = _word_text(answers.chosen_file)
    assert "Caseloads checked again on the second visit." in text
    assert "Board minutes name the youth justice lead" not in text


def test_the_preview_shows_the_report_beside_the_window_and_exports_what_was_read(
    qtbot: QtBot, inspection: InspectionWindow, answers: Answers, content: Content, tmp_path: Path
) -> None:
    preview = _preview(qtbot, inspection, Output.PANEL)
    assert not preview.isModal()
    assert preview.windowTitle().startswith(f"Ratings panel report \u2014 {YJS} (preview)")
    assert preview.banner.text().startswith("DRAFT: made ")
    assert "from the inspection file Northmoor.yjsi" in preview.banner.text()
    shown = preview.browser.toPlainText()
    assert YJS in shown
    for standard in content.framework.standards:
        assert f"{standard.id} {standard.title}" in shown
    assert preview.browser.accessibleName() == "The ratings-panel report"

    # The inspection window still takes keys while the preview is open.
    inspection.activateWindow()
    qtbot.waitUntil(inspection.isActiveWindow)
    qtbot.keyClick(inspection, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(inspection.search_field, "board")
    assert inspection.search_field.text() == "board" and preview.isVisible()

    answers.chosen_file = tmp_path / "as read.docx"
    qtbot.mouseClick(preview.export_button, Qt.MouseButton.LeftButton)
    assert answers.proposed == [inspection.session.path.parent / preview.preview.file_name]
    assert answers.chosen_file.read_bytes() == preview.preview.docx
    assert "DRAFT" in _word_text(answers.chosen_file)
    assert inspection.reports.exported_label.text().startswith("Exported to as read.docx")

    preview.activateWindow()
    qtbot.waitUntil(preview.isActiveWindow)
    qtbot.keyClick(preview.browser, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not preview.isVisible())


def test_the_draft_preview_has_its_own_title(qtbot: QtBot, inspection: InspectionWindow) -> None:
    preview = _preview(qtbot, inspection, Output.DRAFT)
    assert preview.windowTitle().startswith(f"Inspection report, draft for editing \u2014 {YJS}")
    assert "Areas for improvement" in preview.browser.toPlainText()
    qtbot.mouseClick(preview.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not preview.isVisible())


def test_a_read_only_folder_is_refused_in_one_line_and_nothing_is_written(
    qtbot: QtBot, inspection: InspectionWindow, answers: Answers, read_only_folder: Path
) -> None:
    answers.chosen_file = read_only_folder / "panel.docx"
    qtbot.keyClick(inspection, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert answers.said == [f"{answers.chosen_file}: the folder {read_only_folder} cannot be written to; export to "
                            "another folder"]
    assert list(read_only_folder.iterdir()) == []
    assert not inspection.reports.exported_label.isVisible()


def test_the_window_keeps_processing_events_while_the_report_is_made(
    qtbot: QtBot, inspection: InspectionWindow, answers: Answers, tmp_path: Path
) -> None:
    during: list[bool] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: during.append(
        any(t.name == "inspector-background" and t.is_alive() for t in threading.enumerate())))
    timer.start()
    answers.chosen_file = tmp_path / "panel.docx"
    qtbot.keyClick(inspection, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    timer.stop()
    assert answers.chosen_file.exists()
    assert any(during), "no timer fired while the worker thread made the report"


@pytest.fixture
def broken_templates(content: Content, tmp_path: Path) -> Content:
    copy = tmp_path / "content"
    for folder in ("standards", "forms", "report_templates"):
        for path in (content.root / folder).rglob("*"):
            if path.is_file():
                target = copy / path.relative_to(content.root)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(path.read_bytes())
    (copy / "report_templates" / "panel-report.docx").write_bytes(b"not a Word document")
    return Content(copy)


def test_a_broken_template_is_said_at_the_first_export_before_any_file_is_chosen(
    qtbot: QtBot, qapp: QApplication, broken_templates: Content, window_settings: QSettings, demo_path: Path,
    answers: Answers, tmp_path: Path,
) -> None:
    controller = Controller(broken_templates, window_settings, login="jane",
                            recent=RecentFiles(tmp_path / "recent.json"), data_folder=tmp_path / "data",
                            dialogs=answers.dialogs())
    try:
        window = controller.open_path(demo_path)
        assert window is not None
        window.reports.export_actions[Output.PANEL].trigger()
        window.reports.preview_actions[Output.DRAFT].trigger()
        problem = "panel-report.docx: file: is not a Word document that can be read"
        assert len(answers.said) == 2 and all(problem in said and "\n" not in said for said in answers.said)
        assert answers.proposed == [] and window.findChildren(ReportPreview) == []
        answers.chosen_file = tmp_path / "northmoor.json.age"
        window.reports.export_actions[Output.EXCHANGE].trigger()  # needs no template
        assert answers.chosen_file.exists()
    finally:
        controller.quit()


def test_the_file_menu_offers_them_with_mnemonics(inspection: InspectionWindow) -> None:
    texts = [a.text() for a in (*inspection.reports.preview_actions.values(),
                                *inspection.reports.export_actions.values())]
    assert texts == ["&Preview ratings-panel report", "Pre&view publication draft",
                     "&Export ratings-panel report\u2026", "Expor&t publication draft\u2026",
                     "E&xport exchange file\u2026"]
    assert inspection.reports.export_actions[Output.PANEL].shortcut().toString() == "Ctrl+E"
