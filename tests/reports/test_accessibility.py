"""Both reports are accessible Word documents, read from their XML: the title and the language (en-GB)
in the properties, the styles and the settings; heading levels without gaps; every table's first row a
header row that repeats on each page; alt text on every picture; nothing told by colour alone. And
LibreOffice exports them as tagged PDF (a structure tree a screen reader follows)."""

from __future__ import annotations

import re
import shutil
import subprocess
from itertools import pairwise
from pathlib import Path

import docx
import pytest
from docx.document import Document
from docx.oxml.ns import qn

from inspector.reports import ReportKind, export_report
from inspector.reports.finishing import _close_heading_gaps, heading_level
from tests.reports.helpers import DEMO, TEMPLATES, rendered, report_of

REPORT = report_of(DEMO)
DOCUMENTS = {kind: rendered(REPORT, kind) for kind in ReportKind}
TITLES = {ReportKind.PANEL: "Ratings panel report: Northmoor Youth Justice Service",
          ReportKind.DRAFT: "Inspection report, draft for editing: Northmoor Youth Justice Service"}
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
TAGGED_PDF = 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}'


def _heading_levels(document: Document) -> list[int]:
    names = {s.style_id: s.name or "" for s in document.styles}
    levels = []
    for p in document.element.body.iter(qn("w:p")):
        level = heading_level(names.get(p.style, "")) if p.style else None
        if level is not None:
            levels.append(level)
    return levels


@pytest.mark.parametrize("kind", list(ReportKind))
def test_the_title_and_the_language_are_set(kind: ReportKind) -> None:
    document = DOCUMENTS[kind]
    assert document.core_properties.title == TITLES[kind]
    assert document.core_properties.language == "en-GB"
    styles = document.styles.element
    default = styles.find(qn("w:docDefaults")).find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
    assert default.get(qn("w:val")) == "en-GB"
    assert {lang.get(qn("w:val")) for lang in styles.iter(qn("w:lang"))} == {"en-GB"}
    assert {lang.get(qn("w:val")) for lang in document.settings.element.iter(qn("w:themeFontLang"))} == {"en-GB"}
    assert {lang.get(qn("w:val")) for lang in document.element.body.iter(qn("w:lang"))} <= {"en-GB"}


@pytest.mark.parametrize("kind", list(ReportKind))
def test_the_headings_are_real_and_without_gaps(kind: ReportKind) -> None:
    levels = _heading_levels(DOCUMENTS[kind])
    assert levels[0] == 1 and len(levels) > 20
    assert all(level <= before + 1 for before, level in pairwise(levels))
    assert {1, 2, 3} <= set(levels)


def test_a_template_with_a_gap_gets_headings_one_level_apart() -> None:
    document = docx.Document()
    for level in (1, 3, 4, 4, 3, 2, 4, 1, 2):
        document.add_heading(f"Level {level}", level)
    _close_heading_gaps(document)
    assert _heading_levels(document) == [1, 2, 3, 3, 2, 2, 3, 1, 2]


@pytest.mark.parametrize("kind", list(ReportKind))
def test_every_tables_first_row_is_a_header_row_repeated_on_each_page(kind: ReportKind) -> None:
    tables = list(DOCUMENTS[kind].element.body.iter(qn("w:tbl")))
    assert len(tables) > 5
    for table in tables:
        first = table.find(qn("w:tr"))
        assert first.trPr is not None and first.trPr.find(qn("w:tblHeader")) is not None
        for later in table.findall(qn("w:tr"))[1:]:
            assert later.trPr is None or later.trPr.find(qn("w:tblHeader")) is None


@pytest.mark.parametrize("kind", list(ReportKind))
def test_every_picture_has_alt_text(kind: ReportKind) -> None:
    document = DOCUMENTS[kind]
    pictures = list(document.element.body.iter(qn("wp:docPr")))
    assert len(pictures) == (1 if kind is ReportKind.DRAFT else 0)  # the draft's chart
    for picture in pictures:
        assert len(picture.get("descr", "").strip()) > 50


def test_nothing_is_told_by_colour_alone() -> None:
    # The draft's notes to the editor are brown and italic, and say what they are in their words.
    draft = DOCUMENTS[ReportKind.DRAFT]
    notes = [p.text for p in draft.paragraphs if p.style.name == "Editor Note"]
    assert len(notes) > 10
    assert all(n.startswith("[Editor: ") and n.endswith("]") for n in notes)
    # The panel report's red marking is the word DRAFT; no other run of either report is coloured by hand.
    for kind, document in DOCUMENTS.items():
        coloured = [r for r in document.element.body.iter(qn("w:r"))
                    if (c := r.find(f"{qn('w:rPr')}/{qn('w:color')}")) is not None and c.get(qn("w:val")) != "auto"]
        assert {"".join(t.text for t in r.iter(qn("w:t"))) for r in coloured} <= ({"DRAFT"} if kind is ReportKind.PANEL
                                                                                   else set())
    # A table cell shaded other than by the table's style (the draft's domain rows) names what it is.
    shaded = [tc for tc in draft.element.body.iter(qn("w:tc"))
              if tc.find(f"{qn('w:tcPr')}/{qn('w:shd')}") is not None]
    assert {"".join(t.text for t in tc.iter(qn("w:t"))).split(":")[0] for tc in shaded} == {
        "Domain one", "Domain two", "Domain three", "Resettlement (rated separately, not counted in the score)"}


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed; scripts/setup installs it "
                                           "when run as root")
@pytest.mark.parametrize("kind", list(ReportKind))
def test_libreoffice_exports_a_tagged_pdf(tmp_path: Path, kind: ReportKind) -> None:
    document = tmp_path / f"{kind.value}.docx"
    export_report(REPORT, TEMPLATES.get(kind), document)
    profile = tmp_path / "profile"  # a LibreOffice profile of its own: no clash with one already running
    subprocess.run(
        [str(SOFFICE), f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", TAGGED_PDF,
         "--outdir", str(tmp_path), str(document)],
        check=True, capture_output=True, timeout=300,
    )
    pdf = (tmp_path / f"{kind.value}.pdf").read_bytes()
    assert b"/StructTreeRoot" in pdf
    assert b"/MarkInfo" in pdf and re.search(rb"/Marked\s*true", pdf)
    assert re.search(rb"/Lang\s*\(en-GB\)", pdf)
    title = f"FEFF{TITLES[kind].encode('utf-16-be').hex().upper()}".encode()  # the title as the PDF's Info has it
    assert b"/Title<" + title + b">" in pdf
    assert re.search(rb"/S\s*/H1", pdf) and re.search(rb"/S\s*/H2", pdf)  # the headings' levels
    assert re.search(rb"/S\s*/TH", pdf)  # the tables' header cells
    if kind is ReportKind.DRAFT:  # the chart, with its alt text
        assert re.search(rb"/S\s*/Figure", pdf) and b"/Alt" in pdf
