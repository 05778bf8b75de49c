"""No report can be cut short: every standard, key question and appendix reaches the .docx, read back
with python-docx for both kinds; a document that would lack any of it is refused and nothing written."""

from __future__ import annotations

import re
import zipfile
from dataclasses import replace
from pathlib import Path

import docx
import pytest

from inspector.errors import UserError
from inspector.reports import ReportKind, export_report, load_templates
from inspector.reports import templates as templates_module
from inspector.reports.templates import TEMPLATES_FOLDER
from tests.hostile.helpers import Folder
from tests.reports.helpers import CONTENT, DEMO, TEMPLATES, rendered, report_of, texts

REPORT = report_of(DEMO)


def _heading_texts(document: docx.document.Document) -> list[str]:
    return [p.text for p in document.paragraphs if p.style is not None and p.style.name.startswith("Heading")]


def _in_order(wanted: list[str], found: list[str]) -> list[str]:
    """The entries of `wanted` not found, each within an entry of `found` after the previous one's."""
    position, missing = 0, []
    for text in wanted:
        hit = next((i for i in range(position, len(found)) if text in found[i]), None)
        if hit is None:
            missing.append(text)
        else:
            position = hit + 1
    return missing


def test_the_panel_report_has_every_standard_key_question_and_both_appendices() -> None:
    headings = _heading_texts(rendered(REPORT, ReportKind.PANEL))
    wanted = [text for s in REPORT.standards for text in (s.title, *(kq.text for kq in s.key_questions))]
    assert len(wanted) == 6 + sum(len(s.key_questions) for s in REPORT.standards)
    assert _in_order([*wanted, "Appendix A", "Appendix B"], headings) == []
    assert headings[-2:] == ["Appendix A: departures from defaults, guidance and suggestions",
                             "Appendix B: audit of rating changes"]


def test_the_panel_report_lists_every_departure() -> None:
    paragraphs = [p.text for t in rendered(REPORT, ReportKind.PANEL).tables for r in t.rows for c in r.cells
                  for p in c.paragraphs]
    assert REPORT.departures
    assert _in_order([d.what for d in REPORT.departures], paragraphs) == []


def test_the_draft_has_every_standard_with_its_strengths_and_areas_for_improvement() -> None:
    document = rendered(REPORT, ReportKind.DRAFT)
    headings = _heading_texts(document)
    standards = [s for d in REPORT.publication.domains for s in d.standards]
    assert len(standards) == 13
    assert _in_order([s.title for s in standards], headings) == []
    bullets = [p.text for p in document.paragraphs if p.style.name == "List Bullet"]
    assert bullets == [text for s in standards for text in (*s.strengths, *s.improvements)]


def _template_root(tmp_path: Path, replace_in_body: tuple[bytes, bytes]) -> Path:
    """A copy of the content root whose panel template has one edit made in its body XML."""
    root = tmp_path / "content"
    folder = root / TEMPLATES_FOLDER
    folder.mkdir(parents=True)
    source = CONTENT.root / TEMPLATES_FOLDER
    (folder / "templates.yaml").write_bytes((source / "templates.yaml").read_bytes())
    (folder / "publication-draft.docx").write_bytes((source / "publication-draft.docx").read_bytes())
    with zipfile.ZipFile(source / "panel-report.docx") as old, \
            zipfile.ZipFile(folder / "panel-report.docx", "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            data = old.read(item)
            if item.filename == "word/document.xml":
                assert replace_in_body[0] in data
                data = data.replace(*replace_in_body)
            new.writestr(item, data)
    return root


def test_a_template_that_leaves_a_standard_out_is_refused_and_nothing_written(tmp_path: Path) -> None:
    root = _template_root(tmp_path, (b"report.standards %}", b"report.standards[:-1] %}"))
    template = load_templates(root).get(ReportKind.PANEL)
    before = Folder.of(tmp_path)
    with pytest.raises(UserError) as refused:
        export_report(REPORT, template, tmp_path / "panel.docx")
    assert str(refused.value).endswith("template: the report made from it lacks standard 4.1; nothing was written")
    assert Folder.of(tmp_path) == before


def test_a_key_question_left_out_is_named(tmp_path: Path) -> None:
    root = _template_root(tmp_path, (b"s.key_questions %}", b"s.key_questions[:2] %}"))
    with pytest.raises(UserError, match=re.escape("lacks key question 1.1.3; nothing was written")):
        export_report(REPORT, load_templates(root).get(ReportKind.PANEL), tmp_path / "panel.docx")


def test_a_filled_in_body_word_cannot_read_is_refused_not_cut_short(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> None:
    # What docxtpl's recovering parser once turned into 26 paragraphs of 402 with no error: text the
    # gate would have refused, here let through by a filter that keeps everything.
    monkeypatch.setattr(templates_module, "_finalize", lambda value: "" if value is None else str(value))
    templates_module.environment.cache_clear()  # the process's environment, made again with that filter
    request.addfinalizer(templates_module.environment.cache_clear)  # and again after, without it
    first = REPORT.standards[0].key_questions[0]
    broken = replace(REPORT, standards=(
        replace(REPORT.standards[0], key_questions=(replace(first, rationale="Cuthbert \x01 Ellsworth"),
                                                    *REPORT.standards[0].key_questions[1:])),
        *REPORT.standards[1:],
    ))
    before = Folder.of(tmp_path)
    with pytest.raises(UserError) as refused:
        export_report(broken, TEMPLATES.get(ReportKind.PANEL), tmp_path / "panel.docx")
    message = str(refused.value)
    assert "gives a document Word cannot read" in message and "\n" not in message
    # Words no path holds (a worktree named "after-fieldwork" once made "after" a false alarm).
    assert "Cuthbert" not in message and "Ellsworth" not in message
    assert Folder.of(tmp_path) == before


def test_a_vertical_tab_in_an_older_file_is_dropped_and_the_report_whole() -> None:
    first = REPORT.standards[0]
    report = replace(REPORT, standards=(replace(first, rationale="one\x0btwo"), *REPORT.standards[1:]))
    document = rendered(report, ReportKind.PANEL)
    assert len(document.paragraphs) == len(rendered(REPORT, ReportKind.PANEL).paragraphs)
    assert any("onetwo" in text for text in texts(document))


def test_a_template_that_leaves_the_consistency_flags_out_is_refused(tmp_path: Path) -> None:
    root = _template_root(tmp_path, (b"for f in report.flags %}", b"for f in report.flags[:0] %}"))
    assert REPORT.flags  # the demo has two
    with pytest.raises(UserError, match=r"lacks consistency flag 1 \(1.1 Governance and leadership\); nothing"):
        export_report(REPORT, load_templates(root).get(ReportKind.PANEL), tmp_path / "panel.docx")
