"""The preview's HTML read from the XML directly is the HTML python-docx's reading gave (the old converter,
kept in benchmarks/ to measure against), and it comes in pages that never cut a list or a table."""

from __future__ import annotations

import re
from io import BytesIO

import docx
import pytest
from benchmarks.docx_html_before import page_html
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from inspector.reports import ReportKind, render_docx
from inspector.reports.html import docx_to_html, open_pages
from tests.reports.helpers import DEMO, TEMPLATES, report_of

REPORT = report_of(DEMO)
DOCUMENTS = {kind: render_docx(REPORT, TEMPLATES.get(kind)) for kind in ReportKind}


def _before(data: bytes) -> str:
    return page_html(docx.Document(BytesIO(data)))


@pytest.mark.parametrize("kind", list(ReportKind))
def test_the_demos_reports_give_the_html_they_gave_through_python_docx(kind: ReportKind) -> None:
    assert docx_to_html(DOCUMENTS[kind]) == _before(DOCUMENTS[kind])


def _awkward() -> bytes:
    """What the templates do not use yet but a template edited in Word may: cells merged across and down,
    a table in a cell, a link, runs set not bold, breaks of each kind, a tab, a non-breaking hyphen, lists
    of both kinds one after the other, a heading in a table and an empty heading."""
    document = docx.Document()
    document.add_heading("Awkward", level=1)
    p = document.add_paragraph()
    p.add_run("not bold").bold = False
    p.add_run(" bold").bold = True
    p.add_run(" italic\tafter a tab").italic = True
    run = p.add_run("before a page break")
    run.add_break(WD_BREAK.PAGE)
    run.add_text("after it")
    run.add_break()
    run.add_text("after a line break")
    p._p.append(parse_xml(f'<w:hyperlink {nsdecls("w")} w:anchor="x"><w:r><w:t>a link</w:t></w:r>'
                          "<w:r><w:rPr><w:b w:val=\"off\"/></w:rPr><w:noBreakHyphen/><w:t>on</w:t></w:r>"
                          "</w:hyperlink>"))
    for text, style in (("one", "List Bullet"), ("two", "List Number"), ("three", "List Number"),
                        ("between", None), ("four", "List Number"), ("five", "List Bullet")):
        document.add_paragraph(text, style=style)
    document.add_heading("", level=2)
    table = document.add_table(rows=4, cols=3)
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row.cells):
            cell.text = f"r{r}c{c}"
    table.cell(0, 0).merge(table.cell(0, 1))  # across
    table.cell(1, 2).merge(table.cell(3, 2))  # down three rows
    table.cell(2, 0).add_table(rows=1, cols=2).cell(0, 1).paragraphs[0].add_run("nested")
    table.cell(3, 1).paragraphs[0].style = document.styles["Heading 2"]
    document.add_heading("After the table", level=2)
    out = BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_document_with_what_a_template_may_hold_gives_the_same_html() -> None:
    data = _awkward()
    html = docx_to_html(data)
    assert html == _before(data)
    # The document does hold what it was made to hold.
    assert "<b> bold</b>" in html and "not bold" in html and "before a page break" in html
    assert "after it<br>after a line break" in html and "a link-on" in html
    assert html.count("r1c2") == 3  # the cell merged down shows in each of its rows, as python-docx gives it
    assert "<td><p" in html and "nested" in html and '<ol start="3">' in html


@pytest.mark.parametrize("kind", list(ReportKind))
def test_the_pages_make_the_whole_page_and_never_cut_a_list_or_a_table(kind: ReportKind) -> None:
    pages = open_pages(DOCUMENTS[kind])
    parts = list(pages.pages(page_chars=2_000))
    assert len(parts) > 10
    assert pages.head + "".join(p.html for p in parts) + pages.TAIL == docx_to_html(DOCUMENTS[kind])
    for part in parts:
        for tag in ("ul", "ol", "table", "tr", "li"):
            assert len(re.findall(f"<{tag}[ >]", part.html)) == part.html.count(f"</{tag}>"), tag
    done = [p.blocks_done for p in parts]
    assert done == sorted(done) and done[-1] == pages.blocks and len(set(done)) == len(done)
    if kind is ReportKind.PANEL:
        assert parts[0].html.startswith('<div class="header"><b>DRAFT    </b>')


def test_the_contents_on_the_first_pages_link_to_headings_on_later_ones() -> None:
    parts = list(open_pages(DOCUMENTS[ReportKind.PANEL]).pages(page_chars=2_000))
    holding = next(i for i, p in enumerate(parts) if '<ul class="contents">' in p.html)
    last = re.findall(r'<a href="#(h\d+)">', parts[holding].html)[-1]
    assert any(f'id="{last}"' in p.html for p in parts[holding + 1:])
