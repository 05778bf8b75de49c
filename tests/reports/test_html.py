"""The preview: the same document as HTML, without Qt."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from inspector.errors import UserError
from inspector.reports import ReportKind, docx_to_html, render_docx
from tests.reports.helpers import DEMO, FRAMEWORK, TEMPLATES, report_of

REPORT = report_of(DEMO)
PANEL = docx_to_html(render_docx(REPORT, TEMPLATES.get(ReportKind.PANEL)))


def test_headings_tables_lists_and_the_header_are_shown() -> None:
    assert PANEL.startswith("<!DOCTYPE html>") and '<html lang="en-GB">' in PANEL
    assert '<h1 class="title">Ratings panel report</h1>' in PANEL
    h1 = re.findall(r'<h1 id="h\d+">(.*?)</h1>', PANEL)
    assert [f"{s.id} {s.title}" for s in FRAMEWORK.standards] == h1[3:9]
    h2 = re.findall(r'<h2 id="h\d+">(.*?)</h2>', PANEL)
    assert len([h for h in h2 if h[:1].isdigit()]) == sum(len(s.key_questions) for s in FRAMEWORK.standards)
    assert '<div class="header"><b>DRAFT    </b>Northmoor Youth Justice Service | Ratings panel report</div>' in PANEL
    summary = PANEL[PANEL.index("Ratings summary</h1>"):]
    assert summary.index("<table>") < summary.index("<th>") < summary.index("Governance and leadership")
    assert "<li>" in PANEL and "<ul>" in PANEL
    assert f"<b>Overall rating: </b>{REPORT.overall.rating_shown}" in PANEL


def test_the_contents_link_to_the_headings() -> None:
    contents = PANEL[PANEL.index('<ul class="contents">'):]
    contents = contents[:contents.index("</ul>")]
    links = re.findall(r'<a href="#(h\d+)">(.*?)</a>', contents)
    assert [text for _, text in links][:4] == [
        "Ratings summary", "What the ratings panel should check", "Challenges and comments from the ratings panel",
        "1.1 Governance and leadership"]
    for anchor, text in links:
        assert re.search(rf'<h[12] id="{anchor}">{re.escape(text)}</h[12]>', PANEL)


def test_a_file_on_disk_and_the_draft(tmp_path: Path) -> None:
    path = tmp_path / "draft.docx"
    path.write_bytes(render_docx(REPORT, TEMPLATES.get(ReportKind.DRAFT)))
    html = docx_to_html(path)
    assert "<h2 id=" in html and "Rating: </b>Good" in html
    assert "DRAFT" not in html


def test_something_that_is_not_a_document_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.docx"
    path.write_text("not a document", encoding="utf-8")
    with pytest.raises(UserError, match=re.escape("notes.docx cannot be shown: it is not a Word document")):
        docx_to_html(path)


def test_the_drafts_numbered_recommendations_and_its_chart_by_its_alt_text() -> None:
    html = docx_to_html(render_docx(REPORT, TEMPLATES.get(ReportKind.DRAFT)))
    assert '<ol start="1"><li>Make sure every member of staff' in html
    assert '<ol start="3"><li>Agree a protocol' in html  # numbered on under the next recipient
    assert ('<p class="picture">[Picture: Bar chart of the percentage of inspected cases judged sufficient for each '
            'key question') in html
