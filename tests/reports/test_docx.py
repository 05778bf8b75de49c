"""The Word documents, read back with python-docx: headings, the ratings table, every standard's section,
the appendices, the properties and the markings, checked against the inspection and the evaluation."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx.document import Document
from docx.oxml.ns import qn

from inspector.exchange.files import create_inspection_file
from inspector.framework.model import Rating
from inspector.inspection.model import Sufficiency
from inspector.reports import ReportKind, build_report, read_report_source
from inspector.store import InspectionFile
from tests.reports.helpers import (
    CONTENT,
    DEMO,
    FRAMEWORK,
    PRODUCED,
    after_heading,
    evaluation_of,
    facts,
    headings,
    rendered,
    report_of,
    rows,
    table_after,
    texts,
)

REPORT = report_of(DEMO)
EVALUATION = evaluation_of(DEMO)
PANEL = rendered(REPORT, ReportKind.PANEL)
DRAFT = rendered(REPORT, ReportKind.DRAFT)


def _standard_heading(standard_id: str) -> str:
    return f"{standard_id} {FRAMEWORK.standard(standard_id).title}"


def test_panel_headings_are_the_sections_and_a_heading_per_standard_and_key_question() -> None:
    assert headings(PANEL, 1) == [
        "Ratings summary", "What the ratings panel should check", "Challenges and comments from the ratings panel",
        *[_standard_heading(s.id) for s in FRAMEWORK.standards],
        "Domain two and three ratings from case data", "Diversity", "Recommendations",
        "Appendix A: departures from defaults, guidance and suggestions", "Appendix B: audit of rating changes",
    ]
    # Each standard's findings are a heading beside its key questions (finishing.py closes the template's
    # gap from Heading 1 to Heading 3), and so is each recipient of recommendations.
    assert headings(PANEL, 2) == [
        *[h for s in FRAMEWORK.standards for h in ("Decision rules and findings",
                                                    *(f"{kq.id} {kq.text}" for kq in s.key_questions))],
        "Case-inspection key questions",  # under the case-data ratings, every key question's percentage
        "The YJS should:", "The local authority should:", "The Youth Justice Board should:"]
    title = next(p for p in PANEL.paragraphs if p.style.name == "Title")
    assert title.text == "Ratings panel report"


def test_the_ratings_summary_table_matches_the_evaluation() -> None:
    table = rows(table_after(PANEL, "Ratings summary"))
    assert table[0] == ["Standard", "Title", "Rating", "Where the rating comes from", "Ratings panel", "Points"]
    body, total, band = table[1:14], table[14], table[15]
    assert [r[0] for r in body] == [s.id for s in CONTENT.rating_scheme.standards]
    points = dict(EVALUATION.overall.points)
    for standard_id, title, rating, basis, panel, shown in body:
        assert panel == "Draft"  # the demo has put nothing to the ratings panel
        scheme = next(s for s in CONTENT.rating_scheme.standards if s.id == standard_id)
        assert title == scheme.title
        expected = (EVALUATION.case_rating(standard_id).rating if scheme.rated_from == "case_data"
                    else EVALUATION.standard(standard_id).proposed)
        assert rating == expected.value  # type: ignore[union-attr]
        assert shown == (str(points[standard_id]) if scheme.counts_to_overall else "Not counted")
        assert basis
    assert (total[0], total[-1]) == ("Total", f"{EVALUATION.overall.score} of 36")
    assert (band[0], band[2]) == ("Overall", EVALUATION.overall.band_from_points.value)  # type: ignore[union-attr]
    assert "Overall rating: Good" in texts(PANEL)


def test_every_standards_section_shows_rating_default_departure_rationale_and_balances() -> None:
    document_texts = texts(PANEL)
    for section in REPORT.standards:
        result = EVALUATION.standard(section.id)
        table = facts(table_after(PANEL, _standard_heading(section.id)))
        assert table["Draft rating"] == result.proposed.value  # type: ignore[union-attr]
        assert table["Ratings panel"] == "Draft"
        assert table["Default rating"] == f"{section.default_shown} ({result.default_reason})"
        assert table["Departs from the default"] == ("Yes" if result.departs_from_default else "No")
        assert table["Rationale"] == result.rationale
        assert table["Share of positive responses"] == result.share.explanation
        for finding in result.findings:
            assert any(finding.message in t for t in document_texts)
        for kq in FRAMEWORK.standard(section.id).key_questions:
            balance = EVALUATION.key_question(kq.id)
            answers = facts(table_after(PANEL, f"{kq.id} {kq.text}"))
            assert answers["Answer"].startswith(balance.answer.value.capitalize())  # type: ignore[union-attr]
            assert answers["Suggested by the balance"] == balance.suggestion.value.capitalize()  # type: ignore[union-attr]
            assert answers["Balance of the prompts"] == balance.reason
    departed = facts(table_after(PANEL, "1.3.1 " + FRAMEWORK.key_question("1.3.1").text))
    assert departed["Answer"] == "Yes (departs from the suggestion)"


def test_the_prompt_tables_and_the_evidence_are_all_there() -> None:
    document_texts = texts(PANEL)
    judgements = {r[0]: r[2] for t in PANEL.tables for r in rows(t) if len(r) == 3 and r[0].count(".") == 2}
    for prompt in FRAMEWORK.prompts:
        judgement = DEMO.judgement(prompt.id)
        expected = {Sufficiency.ABOVE: "Above the line", Sufficiency.BELOW: "Below the line"}[judgement.sufficiency]  # type: ignore[index]
        assert judgements[prompt.id].startswith(expected)
    assert judgements["1.2.3a"] == "Below the line: decisive shortfall"
    tagged = [e for e in DEMO.evidence if e.tag is not None]
    assert all(e.text in document_texts for e in tagged)
    untagged = [e for e in DEMO.evidence if e.tag is None]
    assert not any(e.text in document_texts for e in untagged)
    assert "Case-manager interviews" in document_texts


def test_the_departures_appendix_lists_each_departure_with_its_rationale() -> None:
    table = rows(table_after(PANEL, "Appendix A: departures from defaults, guidance and suggestions"))
    assert table[0] == ["Where", "Departure", "Rationale"]
    assert [(r[0], r[2]) for r in table[1:]] == [(d.where, d.rationale) for d in REPORT.departures]
    assert table[1][1].startswith("From the suggested answer: Answered 'Yes'")


def test_an_exchange_file_report_says_it_has_no_audit() -> None:
    following = after_heading(PANEL, "Appendix B: audit of rating changes")
    assert following[0].startswith("This report was made from the exchange file test.json, which "
                                                "carries no audit log.")


def test_the_audit_of_rating_changes_comes_from_the_inspection_file(tmp_path: Path) -> None:
    path = tmp_path / "northmoor.yjsi"
    create_inspection_file(path, DEMO, CONTENT, "Helen Marsh", "imported from C:\\Shared\\northmoor.json.age")
    with InspectionFile.open(path, FRAMEWORK, "Helen Marsh", rating_scheme=CONTENT.rating_scheme) as opened:
        opened.set_proposal("1.4", Rating.REQUIRES_IMPROVEMENT, "The panel upheld the default.",
                            reason="ratings panel, 12 March")
        opened.set_sufficiency("1.1.1a", Sufficiency.BELOW, reason="not a rating")
    with InspectionFile.open(path, FRAMEWORK, "Priya Raman", rating_scheme=CONTENT.rating_scheme) as opened:
        opened.set_case_rating("2.3", Rating.REQUIRES_IMPROVEMENT, reason="case inspection moderated")
    source = read_report_source(path, CONTENT, "Daniel Okafor")
    assert source.description == "the inspection file northmoor.yjsi"
    report = build_report(FRAMEWORK, CONTENT.rating_scheme, CONTENT.forms, source.inspection, audit=source.audit,
                          source=source.description, produced=PRODUCED)
    assert report.rating_changes is not None
    # The load is one line, not a row per value; the changes since are the rows, each with who made it.
    assert report.created.startswith("Inspection created from northmoor.json.age by Helen Marsh on ")
    changes = [(c.user, c.what, c.old, c.new, c.reason) for c in report.rating_changes]
    assert changes == [
        ("Helen Marsh", "standard 1.4 proposed rating", "Good", "Requires improvement", "ratings panel, 12 March"),
        ("Helen Marsh", "standard 1.4 rationale", DEMO.proposal("1.4").rationale, "The panel upheld the default.",
         "ratings panel, 12 March"),
        ("Priya Raman", "standard 2.3 rating from case data", "Good", "Requires improvement",
         "case inspection moderated"),
    ]

    document = rendered(report, ReportKind.PANEL)
    appendix = after_heading(document, "Appendix B: audit of rating changes")
    assert appendix[0] == report.created
    table = rows(table_after(document, "Appendix B: audit of rating changes"))
    assert table[0] == ["When", "Who", "What", "From", "To", "Reason"]
    assert [r[1:] for r in table[1:]] == [list(c) for c in changes]


def _header_text(document: Document) -> str:
    return document.sections[0].header.paragraphs[0].text


def test_the_panel_report_is_marked_draft_on_the_cover_and_in_the_header() -> None:
    assert _header_text(PANEL) == "DRAFT    Northmoor Youth Justice Service | Ratings panel report"
    cover = [p.text for p in PANEL.paragraphs[:3]]
    assert cover == ["Ratings panel report", "DRAFT", "Northmoor Youth Justice Service"]
    assert "DRAFT" not in _header_text(DRAFT)


def test_properties_fields_and_language() -> None:
    props = PANEL.core_properties
    assert props.title == "Ratings panel report: Northmoor Youth Justice Service"
    assert props.author == props.last_modified_by == "Helen Marsh"
    assert props.created == PRODUCED and props.language == "en-GB"
    assert DRAFT.core_properties.title == "Inspection report, draft for editing: Northmoor Youth Justice Service"
    for document in (PANEL, DRAFT):
        settings = document.settings.element
        assert settings.find(qn("w:updateFields")).get(qn("w:val")) == "true"
        defaults = document.styles.element.find(qn("w:docDefaults"))
        assert defaults.find(f".//{qn('w:lang')}").get(qn("w:val")) == "en-GB"
        names = {s.name for s in document.styles}
        assert {"Title", "Heading 1", "Heading 2", "Heading 3", "Report Table", "TOC 1"} <= names
        footer = document.sections[0].footer.paragraphs[0]._p
        assert [i.text.strip() for i in footer.iter(qn("w:instrText"))] == ["PAGE", "NUMPAGES"]


def test_the_contents_are_filled_in_and_update_when_opened() -> None:
    entries = [p for p in PANEL.paragraphs if p.style.name == "TOC 1"]
    assert [p.text for p in entries] == headings(PANEL, 1)
    first = entries[0]._p
    assert "TOC" in "".join(i.text for i in first.iter(qn("w:instrText")))
    assert first.find(f".//{qn('w:fldChar')}").get(qn("w:dirty")) == "true"
    draft_entries = [p.text for p in DRAFT.paragraphs if p.style.name in ("TOC 1", "TOC 2")]
    assert draft_entries == [p.text for p in DRAFT.paragraphs if p.style.name in ("Heading 1", "Heading 2")]


def test_the_publication_draft_has_each_standards_rating_and_its_strengths_and_areas_for_improvement() -> None:
    # tests/reports/test_publication.py checks the draft's shape and wording in detail.
    assert headings(DRAFT, 1) == [
        "Foreword", "Ratings", "Recommendations", "Contextual facts", "Diversity", "1. Organisational delivery",
        "2. Court disposals", "3. Out-of-court disposals", "4. Resettlement", "Annexe 1: Methodology",
        "Annexe 2: Inspection data"]
    assert headings(DRAFT, 2)[:13] == [f"{s.id}. {s.title}" for s in CONTENT.rating_scheme.standards]
    for section in REPORT.standards:
        assert after_heading(DRAFT, f"{section.id}. {section.title}")[0] == (
            f"Rating: {section.rating_shown} (not yet agreed)")
    ratings = rows(table_after(DRAFT, "Ratings"))
    assert ratings[1] == ["Overall rating", "Good (not yet agreed)"]
    shown = [r for r in ratings[2:] if r[0] != r[1]]  # a domain's row is one merged cell
    assert [r[1] for r in shown] == [f"{r.rating_shown} (not yet agreed)" for r in REPORT.summary]
    assert [p.text for p in DRAFT.paragraphs if p.style.name == "List Number"][:2] == [
        r.text for r in DEMO.recommendations[:2]]


def test_the_draft_carries_a_comment_for_the_editor() -> None:
    comments = list(DRAFT.comments)
    assert len(comments) == 1
    assert comments[0].author == "YJS Inspector"
    assert ("Ratings: draft (not yet put to the ratings panel); a rating the panel has not yet agreed is marked "
            "'not yet agreed'.") in comments[0].text
    assert list(PANEL.comments) == []


@pytest.mark.parametrize("kind", list(ReportKind))
def test_no_jinja_tag_survives(kind: ReportKind) -> None:
    document = PANEL if kind is ReportKind.PANEL else DRAFT
    everything = "\n".join(texts(document))
    assert "{{" not in everything and "{%" not in everything and "%}" not in everything
