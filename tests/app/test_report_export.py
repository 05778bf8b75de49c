"""What the window exports, without the window: the outputs and their names, the inputs read from the
open session, the file name proposed and the folder, the preview, and the files written (read back with
python-docx and the exchange reader), refusals in one line with nothing written."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, timedelta
from pathlib import Path

import docx
import pytest

from inspector.app.edits import AnswerEdit
from inspector.app.report_export import (
    REPORTS,
    Output,
    export,
    export_folder,
    export_preview,
    file_name,
    file_title,
    make_preview,
    proposed_name,
    take_inputs,
)
from inspector.app.session import Session
from inspector.content import Content
from inspector.errors import UserError
from inspector.exchange.files import read_exchange_file
from inspector.reports import ReportKind, ReportTemplates
from tests.app.conftest import FakeClock


@pytest.fixture(scope="module")
def templates(content: Content) -> ReportTemplates:
    return content.report_templates


def _texts(path: Path) -> str:
    document = docx.Document(str(path))
    header = "\n".join(p.text for s in document.sections for p in s.header.paragraphs)
    body = "\n".join(p.text for p in document.paragraphs)
    cells = "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    return "\n".join((header, body, cells))


def test_the_outputs_are_the_two_reports_and_the_exchange_file() -> None:
    assert [o.label for o in Output] == ["ratings-panel report", "publication draft", "exchange file"]
    assert [o.report_kind() for o in REPORTS] == [ReportKind.PANEL, ReportKind.DRAFT]
    assert [o.suffix for o in Output] == [".docx", ".docx", ".json.age"]  # the window encrypts it, always


def test_a_report_is_named_by_its_template_title(templates: ReportTemplates) -> None:
    # report_templates/templates.yaml: "Ratings panel report", "Inspection report, draft for editing"
    assert file_title(Output.PANEL, templates) == "ratings panel report"
    assert file_title(Output.DRAFT, templates) == "inspection report, draft for editing"
    assert file_title(Output.EXCHANGE, None) == "exchange file"


def test_the_file_name_shortens_the_service_and_leaves_out_what_windows_refuses() -> None:
    day = date(2026, 11, 23)
    assert file_name("Northmoor Youth Justice Service", "ratings panel report", day, ".docx") == (
        "Northmoor YJS - ratings panel report - 2026-11-23.docx")
    assert file_name('Ynys Môn / Gwynedd "YJS"?', "exchange file", day, ".json") == (
        "Ynys Môn Gwynedd YJS - exchange file - 2026-11-23.json")


RATIONALE = "Agreed at the team meeting on the Thursday."


def _give_a_rationale(session: Session) -> None:
    before = next(a for a in session.inspection.answers if a.key_question_id == "1.1.1")
    session.apply(AnswerEdit(before, replace(before, rationale=RATIONALE)))


def test_the_inputs_are_read_from_the_session(session: Session, clock: FakeClock, templates: ReportTemplates) -> None:
    _give_a_rationale(session)
    inputs = take_inputs(session)
    assert inputs.inspection is session.inspection and inputs.evaluation is session.evaluation
    assert inputs.audit == session.audit() and inputs.audit[-1].new is not None
    assert RATIONALE in inputs.audit[-1].new
    assert inputs.produced == clock.now
    assert proposed_name(inputs, Output.PANEL, templates) == "Northmoor YJS - ratings panel report - 2026-11-23.docx"
    assert proposed_name(inputs, Output.EXCHANGE, None) == "Northmoor YJS - exchange file - 2026-11-23.json.age"


def test_the_folder_is_the_one_remembered_while_it_is_there(tmp_path: Path) -> None:
    inspection_file = tmp_path / "work" / "Northmoor.yjsi"
    assert export_folder(None, inspection_file) == tmp_path / "work"
    assert export_folder(str(tmp_path), inspection_file) == tmp_path
    assert export_folder(str(tmp_path / "gone"), inspection_file) == tmp_path / "work"


@pytest.mark.parametrize("output", REPORTS)
def test_a_report_is_written_and_word_can_read_it(
    session: Session, templates: ReportTemplates, tmp_path: Path, output: Output
) -> None:
    _give_a_rationale(session)
    inputs = take_inputs(session)
    target = tmp_path / proposed_name(inputs, output, templates)
    assert export(inputs, output, templates, target) == target
    text = _texts(target)
    assert "Northmoor Youth Justice Service" in text
    assert RATIONALE in text if output is Output.PANEL else True  # the draft shows no rationales
    assert "the inspection file Northmoor.yjsi" in text  # made from the open file, with its audit log
    assert "DRAFT" in text if output is Output.PANEL else "draft" in text.lower()
    assert docx.Document(str(target)).core_properties.title.startswith(templates.get(output.report_kind()).title)


def test_the_work_after_the_inputs_runs_on_another_thread(
    session: Session, templates: ReportTemplates, tmp_path: Path
) -> None:
    inputs = take_inputs(session)
    written: list[Path] = []
    worker = threading.Thread(target=lambda: written.append(
        export(inputs, Output.PANEL, templates, tmp_path / "panel.docx")))
    worker.start()
    worker.join()
    assert written == [tmp_path / "panel.docx"] and "DRAFT" in _texts(written[0])


def test_the_preview_is_the_document_as_html_and_exports_as_it_was_read(
    session: Session, templates: ReportTemplates, clock: FakeClock, tmp_path: Path
) -> None:
    preview = make_preview(take_inputs(session), Output.PANEL, templates)
    assert preview.title == "Ratings panel report \u2014 Northmoor Youth Justice Service"
    local = clock.now.astimezone()
    assert preview.banner.startswith(f"DRAFT: made 23 November 2026 at {local:%H:%M} from the inspection file "
                                     "Northmoor.yjsi.")
    assert "Northmoor Youth Justice Service" in preview.html and "1.1 Governance and leadership" in preview.html
    assert preview.file_name == "Northmoor YJS - ratings panel report - 2026-11-23.docx"
    clock.advance(60)  # exported later: still the document that was read
    target = export_preview(preview, tmp_path / preview.file_name)
    assert target.read_bytes() == preview.docx
    made = docx.Document(str(target)).core_properties.created
    assert made is not None and made.replace(tzinfo=UTC) == clock.now - timedelta(minutes=60)


def test_the_exchange_file_holds_the_inspection_encrypted(session: Session, content: Content, tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    target = export(take_inputs(session), Output.EXCHANGE, None, folder / "northmoor.json.age", "kestrel-lane")
    assert target.read_bytes().startswith(b"age-encryption.org/v1\n")
    assert session.inspection.details.yjs.encode() not in target.read_bytes()
    assert read_exchange_file(target, content, lambda file: "kestrel-lane") == session.inspection
    assert [p.name for p in folder.iterdir()] == ["northmoor.json.age"]  # no plaintext beside it


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    yield folder
    folder.chmod(0o755)


def test_refusals_are_one_line_and_write_nothing(
    session: Session, templates: ReportTemplates, read_only_folder: Path, tmp_path: Path
) -> None:
    inputs = take_inputs(session)
    cases: list[tuple[Output, Path, str]] = [
        (Output.PANEL, read_only_folder / "panel.docx", "cannot be written to; export to another folder"),
        (Output.DRAFT, tmp_path / "draft.pdf", "a report's file name must end in .docx"),
        (Output.EXCHANGE, tmp_path / "northmoor.docx", "an encrypted exchange file's name must end in .json.age"),
        (Output.EXCHANGE, tmp_path / "northmoor.json", "an encrypted exchange file's name must end in .json.age"),
        (Output.EXCHANGE, tmp_path / "nowhere" / "n.json.age", "does not exist"),
    ]
    for output, target, problem in cases:
        with pytest.raises(UserError) as refused:
            export(inputs, output, templates, target, "kestrel-lane")
        assert problem in str(refused.value) and "\n" not in str(refused.value)
    assert list(read_only_folder.iterdir()) == []
    assert not [p for p in tmp_path.iterdir() if p.suffix in (".docx", ".pdf", ".json", ".age", ".partial")]


def test_a_broken_template_is_found_when_first_wanted(content: Content, tmp_path: Path) -> None:
    # Not at start-up (Content.validate: loading them takes 0.1 s); at the first preview or export.
    copy = tmp_path / "content"
    for folder in ("standards", "forms", "report_templates"):
        source = content.root / folder
        for path in source.rglob("*"):
            if path.is_file():
                (copy / folder / path.relative_to(source)).parent.mkdir(parents=True, exist_ok=True)
                (copy / folder / path.relative_to(source)).write_bytes(path.read_bytes())
    (copy / "report_templates" / "panel-report.docx").write_bytes(b"not a Word document")
    edited = Content(copy)
    edited.validate()
    with pytest.raises(UserError, match=r"panel-report\.docx: file: is not a Word document that can be read"):
        _ = edited.report_templates
