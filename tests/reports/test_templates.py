"""Templates are content: a broken one stops with one line naming the template file and the problem."""

from __future__ import annotations

import shutil
from io import BytesIO
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from inspector.framework.errors import ContentError
from inspector.reports import ReportKind, load_templates, render_docx
from inspector.reports.templates import INDEX_FILE, TEMPLATES_FOLDER
from tests.reports.helpers import CONTENT, DEMO, report_of


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """A copy of the content's report_templates/ to break."""
    shutil.copytree(CONTENT.root / TEMPLATES_FOLDER, tmp_path / TEMPLATES_FOLDER)
    return tmp_path


def _refused(root: Path) -> str:
    with pytest.raises(ContentError) as caught:
        load_templates(root)
    message = str(caught.value)
    assert "\n" not in message
    return message


def _docx_with(path: Path, *paragraphs: str) -> None:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(path)


def _bare_template(path: Path, first: str, *, standards: str = "report.standards") -> None:
    """A template with `first` and then only what completeness.py requires of a panel report."""
    document = docx.Document()
    document.add_paragraph(first)
    document.add_paragraph("{%p for f in report.flags %}")
    document.add_paragraph("{{ f.line }}")
    document.add_paragraph("{%p endfor %}")
    document.add_paragraph(f"{{%p for s in {standards} %}}")
    document.add_heading("{{ s.title }}", 1)
    document.add_paragraph("{%p for kq in s.key_questions %}")
    document.add_heading("{{ kq.text }}", 2)
    document.add_paragraph("{%p endfor %}")
    document.add_paragraph("{%p endfor %}")
    document.add_paragraph("{%p for d in report.departures %}")
    document.add_paragraph("{{ d.what }}")
    document.add_paragraph("{%p endfor %}")
    document.add_paragraph("{{ report.created }}")
    document.add_paragraph("{%p for c in report.rating_changes or () %}")
    document.add_paragraph("{{ c.what }}")
    document.add_paragraph("{%p endfor %}")
    document.save(path)


def test_the_shipped_templates_load(root: Path) -> None:
    templates = load_templates(root)
    assert set(templates.by_kind) == set(ReportKind)
    assert templates.get(ReportKind.PANEL).path.name == "panel-report.docx"


def test_a_missing_template_is_named(root: Path) -> None:
    (root / TEMPLATES_FOLDER / "panel-report.docx").unlink()
    assert _refused(root) == f"{root / TEMPLATES_FOLDER / 'panel-report.docx'}: file: is missing"


def test_a_missing_index_is_named(root: Path) -> None:
    (root / TEMPLATES_FOLDER / INDEX_FILE).unlink()
    assert _refused(root).endswith(f"{INDEX_FILE}: file: is missing")


@pytest.mark.parametrize("content", [b"not a zip file at all", b""])
def test_a_file_that_is_not_a_word_document_is_named(root: Path, content: bytes) -> None:
    (root / TEMPLATES_FOLDER / "publication-draft.docx").write_bytes(content)
    message = _refused(root)
    assert message.startswith(f"{root / TEMPLATES_FOLDER / 'publication-draft.docx'}: file: is not a Word document")


def test_a_truncated_word_document_is_named(root: Path) -> None:
    path = root / TEMPLATES_FOLDER / "panel-report.docx"
    path.write_bytes(path.read_bytes()[:4000])
    assert "panel-report.docx: file: is not a Word document that can be read" in _refused(root)


def test_a_tag_with_a_syntax_error_is_named_with_its_paragraph(root: Path) -> None:
    _docx_with(root / TEMPLATES_FOLDER / "panel-report.docx", "Ratings panel report",
               "Lead inspector: {{ report.details.lead_inspector }", "{%p for s in report.standards %}")
    message = _refused(root)
    assert message.startswith(f"{root / TEMPLATES_FOLDER / 'panel-report.docx'}: tag near '")
    assert "is not valid (" in message


def test_an_unclosed_loop_is_refused(root: Path) -> None:
    _docx_with(root / TEMPLATES_FOLDER / "panel-report.docx", "{%p for s in report.standards %}", "{{ s.title }}")
    message = _refused(root)
    assert "panel-report.docx" in message and "is not valid" in message and "endfor" in message


def test_a_name_the_report_does_not_have_is_refused(root: Path) -> None:
    _docx_with(root / TEMPLATES_FOLDER / "publication-draft.docx", "{{ reprot.details.yjs }}")
    assert _refused(root).endswith("publication-draft.docx: template: uses 'reprot'; a template can use only 'report'")


def test_a_field_the_report_does_not_have_is_refused_when_filled_in(root: Path) -> None:
    _docx_with(root / TEMPLATES_FOLDER / "publication-draft.docx", "{{ report.details.yjss }}")
    template = load_templates(root).get(ReportKind.DRAFT)
    with pytest.raises(ContentError) as caught:
        template.fill(report_of(DEMO))
    assert str(caught.value).startswith(f"{template.path}: template: cannot be filled in (")
    assert "yjss" in str(caught.value)


@pytest.mark.parametrize(("index", "problem"), [
    ("templates:\n  - {kind: panel, file: panel-report.docx, title: Panel}\n",
     "templates: names no template for draft"),
    ("templates:\n  - {kind: panel, file: panel-report.docx, title: Panel}\n"
     "  - {kind: panel, file: publication-draft.docx, title: Again}\n",
     "template panel: is named twice"),
    ("templates:\n  - {kind: summary, file: panel-report.docx, title: Panel}\n",
     "templates #1, field 'kind': Input should be 'panel' or 'draft'"),
    ("templates:\n  - {kind: panel, file: ../elsewhere.docx, title: Panel}\n",
     "templates #1, field 'file': String should match pattern"),
    ("templates: [\n", "is not valid YAML"),
])
def test_a_broken_index_is_named(root: Path, index: str, problem: str) -> None:
    (root / TEMPLATES_FOLDER / INDEX_FILE).write_text(index, encoding="utf-8")
    message = _refused(root)
    assert message.startswith(str(root / TEMPLATES_FOLDER / INDEX_FILE))
    assert problem in message


def test_a_bare_template_still_gets_the_marking_properties_and_field_update(root: Path) -> None:
    # No title, no header, no contents: what the code guarantees does not depend on the template. It
    # still shows every part of the report, which the code also guarantees (completeness.py).
    _bare_template(root / TEMPLATES_FOLDER / "panel-report.docx", "Panel: {{ report.details.yjs }}")
    document = docx.Document(BytesIO(render_docx(report_of(DEMO), load_templates(root).get(ReportKind.PANEL))))
    assert [p.text for p in document.paragraphs][:2] == ["DRAFT", "Panel: Northmoor Youth Justice Service"]
    assert document.sections[0].header.paragraphs[0].text.startswith("DRAFT")
    assert document.core_properties.author == "Helen Marsh"
    assert document.settings.element.find(qn("w:updateFields")) is not None
