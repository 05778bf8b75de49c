"""Inspector text reaches the document exactly as typed: markup characters, quotes, Welsh letters, line
breaks, very long notes; characters XML cannot hold are dropped rather than spoil the file; empty
sections say that nothing was recorded."""

from __future__ import annotations

from dataclasses import replace

import pytest

from inspector.inspection.model import (
    DiversityFinding,
    Evidence,
    EvidenceTag,
    Recipient,
    Recommendation,
    SourceKind,
)
from inspector.reports import ReportKind, docx_to_html, render_docx
from tests.reports.helpers import DEMO, TEMPLATES, after_heading, facts, rendered, report_of, table_after, texts

AWKWARD = "Caseloads <20> & rising: \"too many\", 'far too many' — Ysgol Gŵyr & Llŷn ŵ ŷ Ŵ Ŷ; {{ not a tag }} {% no %}"
LONG = ("The board's minutes record the same action, unassigned, at every meeting. " * 70)[:5000]


def _awkward_inspection() -> object:
    evidence = (
        Evidence("1.1.1a", AWKWARD, SourceKind.DOCUMENT, reference="Plan <v2> & annex", recorded_by="Siân Prŷs",
                 tag=EvidenceTag.STRENGTH),
        Evidence("1.1.1a", LONG, SourceKind.MEETING, tag=EvidenceTag.AREA_FOR_IMPROVEMENT),
        Evidence("1.1.1b", "First line\nsecond line", SourceKind.MEETING, tag=EvidenceTag.STRENGTH),
        Evidence("1.1.1c", "Pasted from Word\x0b with a vertical tab\x0c and a form feed", SourceKind.DOCUMENT,
                 tag=EvidenceTag.STRENGTH),
    )
    proposals = tuple(replace(p, rationale=AWKWARD) if p.standard_id == "1.1" else p for p in DEMO.proposals)
    return replace(
        DEMO,
        details=replace(DEMO.details, yjs="Gwasanaeth Cyfiawnder Ieuenctid Ynys Môn & <Gwynedd>",
                        lead_inspector="Rhiannon Ŵyn"),
        evidence=evidence, proposals=proposals,
        diversity=DiversityFinding(True, LONG),
        recommendations=(Recommendation(AWKWARD, Recipient.MOJ),),
    )


REPORT = report_of(_awkward_inspection())  # type: ignore[arg-type]
PANEL = rendered(REPORT, ReportKind.PANEL)
DRAFT = rendered(REPORT, ReportKind.DRAFT)


@pytest.mark.parametrize("kind", list(ReportKind))
def test_markup_quotes_and_welsh_letters_come_through_as_typed(kind: ReportKind) -> None:
    document = PANEL if kind is ReportKind.PANEL else DRAFT
    everything = texts(document)
    assert AWKWARD in everything  # the evidence, and (panel) the rationale
    assert LONG in everything  # a 5,000-character note, whole
    assert "First line\nsecond line" in everything  # a line break, not a lost newline
    assert "Pasted from Word with a vertical tab and a form feed" in everything
    assert document.core_properties.title.endswith("Gwasanaeth Cyfiawnder Ieuenctid Ynys Môn & <Gwynedd>")
    assert document.core_properties.author == "Rhiannon Ŵyn"


def test_the_panel_shows_the_awkward_rationale_and_source_verbatim() -> None:
    assert facts(table_after(PANEL, "1.1 Governance and leadership"))["Rationale"] == AWKWARD
    assert "1.1.1a; document: Plan <v2> & annex; recorded by Siân Prŷs" in texts(PANEL)
    assert PANEL.sections[0].header.paragraphs[0].text.endswith(
        "Gwasanaeth Cyfiawnder Ieuenctid Ynys Môn & <Gwynedd> | Ratings panel report")


def test_empty_sections_say_nothing_was_recorded() -> None:
    # This inspection's evidence is all on 1.1.1, so 1.1.2 has none.
    block = after_heading(
        PANEL, "1.1.2 " + "Do the partnership arrangements actively support effective service delivery?")
    assert "No evidence tagged as a strength recorded." in block
    assert "No evidence tagged as an area for improvement recorded." in block
    # Nor has standard 1.2 any, in the draft, which gathers a standard's evidence from all its prompts.
    draft_block = after_heading(DRAFT, "1.2. Staff")
    start = draft_block.index("Strengths")
    assert draft_block[start:start + 4] == [
        "Strengths", "[Editor: no evidence for this standard was tagged as a strength.]", "Areas for improvement",
        "[Editor: no evidence for this standard was tagged as an area for improvement.]"]


def test_the_preview_escapes_inspector_text() -> None:
    html = docx_to_html(render_docx(REPORT, TEMPLATES.get(ReportKind.PANEL)))
    assert "Caseloads &lt;20&gt; &amp; rising: &quot;too many&quot;" in html
    assert "<20>" not in html and "Gŵyr" in html and "First line<br>second line" in html
