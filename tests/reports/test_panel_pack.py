"""The ratings-panel report as a chair works from it, read back with python-docx: the dates on the cover,
decision guidance in plain words with the seed's wording beneath, what the panel should check (the
consistency flags) where it applies and not where it does not, and every case-inspection key question."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from docx.document import Document

from inspector.framework.model import Rating
from inspector.inspection.model import DiversityFinding, Inspection, StandardProposal
from inspector.reports import ReportKind
from tests.reports.helpers import (
    DEMO,
    FRAMEWORK,
    SCHEME,
    after_heading,
    is_heading,
    rendered,
    report_of,
    rows,
    table_after,
    texts,
)

REPORT = report_of(DEMO)
PANEL = rendered(REPORT, ReportKind.PANEL)
CHECK = "What the ratings panel should check"


def _section(document: Document, heading: str) -> list[str]:
    """The paragraphs after a heading, up to the next heading of level 1."""
    paragraphs = document.paragraphs
    start = next(i for i, p in enumerate(paragraphs) if p.text == heading and is_heading(p))
    out = []
    for p in paragraphs[start + 1:]:
        if p.style is not None and p.style.name == "Heading 1":
            break
        out.append(p.text)
    return out


def _styled(document: Document, style: str) -> list[str]:
    return [p.text for p in document.paragraphs if p.style is not None and p.style.name == style]


# --- the dates line --------------------------------------------------------------------------------

def test_the_cover_says_when_it_was_made_and_the_fieldwork() -> None:
    cover = [p.text for p in PANEL.paragraphs[:5]]
    assert cover[:4] == ["Ratings panel report", "DRAFT", "Northmoor Youth Justice Service",
                         "Made on 23 November 2026 \u00b7 fieldwork 3\u20137 March 2025"]


@pytest.mark.parametrize(("start", "end", "line"), [
    (date(2025, 2, 28), date(2025, 3, 3), "fieldwork 28 February \u2013 3 March 2025"),
    (date(2024, 12, 30), date(2025, 1, 3), "fieldwork 30 December 2024 \u2013 3 January 2025"),
    (date(2025, 3, 3), date(2025, 3, 3), "fieldwork 3 March 2025"),
    (date(2025, 3, 3), None, "fieldwork from 3 March 2025"),
    (None, None, "fieldwork dates not yet entered"),
])
def test_the_fieldwork_on_the_dates_line(start: date | None, end: date | None, line: str) -> None:
    details = replace(DEMO.details, fieldwork_start=start, fieldwork_end=end)
    assert report_of(replace(DEMO, details=details)).details.dates == f"Made on 23 November 2026 \u00b7 {line}"


# --- decision guidance in plain words, the seed's wording beneath ------------------------------------

def test_decision_guidance_is_summarised_with_the_seeds_wording_quoted_beneath() -> None:
    (finding,) = next(s for s in REPORT.standards if s.id == "1.1").findings
    rule = next(r for r in FRAMEWORK.standard("1.1").decision_rules if r.source_line == 105)
    assert finding.summary == rule.summary and finding.seed_text == rule.text
    section = _section(PANEL, "1.1 Governance and leadership")
    at = section.index(f"{finding.label}: {rule.summary}")  # the bullet: the guidance in plain words
    assert section[at + 1] == finding.message  # what the engine found
    assert section[at + 2] == f"\u201c{rule.text}\u201d"  # the seed's wording, verbatim
    assert not any(text.startswith(f"{finding.label}: DECISION") for text in texts(PANEL))


def test_the_overall_rules_are_summarised_too() -> None:
    # 4.1 'Inadequate' with an overall 'Outstanding' from the points brings in the decision rule on 4.1.
    proposals = tuple(StandardProposal(p.standard_id, Rating.INADEQUATE if p.standard_id == "4.1"
                                       else Rating.OUTSTANDING, p.rationale) for p in DEMO.proposals)
    case_ratings = tuple((s.id, Rating.OUTSTANDING) for s in SCHEME.standards if s.rated_from == "case_data")
    report = report_of(replace(DEMO, proposals=proposals, case_ratings=case_ratings))
    assert report.overall.capped
    rule = FRAMEWORK.overall_decision_rules[0]
    lines = {f.seed_text: f.summary for f in report.overall.findings}
    assert lines.get(rule.text) == rule.summary
    assert any(text.endswith(rule.summary) for text in _section(rendered(report, ReportKind.PANEL),
                                                                 "Ratings summary"))


def test_a_departure_from_guidance_gives_its_summary_in_the_appendix() -> None:
    departing = replace(DEMO, case_ratings=tuple((s, Rating.REQUIRES_IMPROVEMENT if s == "2.3" else r)
                                                 for s, r in DEMO.case_ratings))
    report = report_of(departing)
    departure = next(d for d in report.departures if d.where.startswith("Standard 1.1"))
    rule = next(r for r in FRAMEWORK.standard("1.1").decision_rules if r.source_line == 105)
    assert departure.summary == rule.summary
    table = rows(table_after(rendered(report, ReportKind.PANEL),
                             "Appendix A: departures from defaults, guidance and suggestions"))
    cell = next(r[1] for r in table if r[0].startswith("Standard 1.1"))
    assert cell.index(rule.summary) < cell.index(departure.what) < cell.index(rule.text)


# --- what the ratings panel should check --------------------------------------------------------------

def test_the_demos_flags_are_listed_after_the_summary() -> None:
    assert [(f.kind, f.about) for f in REPORT.flags] == [("share of positive responses", "1.1"),
                                                          ("diversity", "diversity")]
    listed = [text for text in _section(PANEL, CHECK) if text in {f.line for f in REPORT.flags}]
    assert listed == [f.line for f in REPORT.flags]
    # and each beside what it is about
    assert f"At odds with the figures: {REPORT.flags[0].message}" in _section(PANEL, "1.1 Governance and leadership")
    assert f"At odds with the figures: {REPORT.flags[1].message}" in _section(PANEL, "Diversity")


def test_the_demo_has_no_case_count_flag() -> None:
    assert not any(f.kind == "case counts" for f in REPORT.flags)
    assert not any("is higher than its case counts give" in t or "is lower than its case counts give" in t
                   for t in texts(PANEL))


def _with_case_rating_at_odds(inspection: Inspection) -> Inspection:
    # 2.2's counts give 'Requires improvement' (12 of 20 keeping the child safe, 60%); 'Good' is entered.
    return replace(inspection, case_ratings=(*inspection.case_ratings, ("2.2", Rating.GOOD)))


def test_an_entered_rating_at_odds_with_its_counts_is_flagged() -> None:
    report = report_of(_with_case_rating_at_odds(DEMO))
    flag = report.flags[-1]
    assert (flag.kind, flag.about) == ("case counts", "2.2")
    assert flag.message == ("the rating entered from the case inspection, 'Good', is higher than its case counts "
                            "give, 'Requires improvement' (lowest key question: Keeping the child safe, 12 of 20 "
                            "cases sufficient, 60%).")
    document = rendered(report, ReportKind.PANEL)
    assert flag.line in _section(document, CHECK)
    assert flag.line in _section(document, "Domain two and three ratings from case data")
    # said once: the engine's note to the same effect is not repeated beneath the flag
    assert not any("differs from the case counts" in text for text in texts(document))


def _consistent(inspection: Inspection) -> Inspection:
    proposals = tuple(replace(p, proposed=Rating.OUTSTANDING) if p.standard_id == "1.1" else p
                      for p in inspection.proposals)
    return replace(inspection, proposals=proposals, diversity=DiversityFinding(False, "Not yet."))


def test_nothing_at_odds_says_what_was_checked() -> None:
    report = report_of(_consistent(DEMO))
    assert report.flags == ()
    document = rendered(report, ReportKind.PANEL)
    section = _section(document, CHECK)
    assert any(text.startswith("Nothing at odds: ") for text in section)
    assert "6 of the 19 diversity prompts above the line, 13 below." in _section(document, "Diversity")
    assert not any(text.startswith("At odds with the figures") for text in texts(document))
    assert _styled(document, "Flag") == []


# --- every case-inspection key question ---------------------------------------------------------------

def test_every_case_inspection_key_question_has_its_percentage() -> None:
    table = rows(table_after(PANEL, "Case-inspection key questions"))
    assert table[0] == ["Standard", "Key question", "Cases sufficient", "Percentage", "Gives"]
    body = table[1:]
    assert len(body) == len(DEMO.case_counts) == 9
    for count, row in zip(DEMO.case_counts, body, strict=True):
        percent = 100 * count.sufficient / count.cases
        shown = f"{percent:.1f}".rstrip("0").rstrip(".") + "%"
        assert row[1].removesuffix(" (lowest)") == count.key_question
        assert row[2:4] == [f"{count.sufficient} of {count.cases}", shown]
    assert [r[0] for r in body if r[0]] == ["2.1 Assessment", "2.2 Planning", "3.1 Assessment"]
    # the lowest of each standard, which its rating from the counts takes
    assert [r[1] for r in body if r[1].endswith(" (lowest)")] == [
        "Keeping other people safe (lowest)", "Keeping the child safe (lowest)", "Keeping other people safe (lowest)"]
    assert [r[4] for r in body[3:6]] == ["Outstanding", "Requires improvement", "Good"]  # 2.2: 80%, 60%, 70%


def test_the_case_ratings_say_what_the_counts_give() -> None:
    table = rows(table_after(PANEL, "Domain two and three ratings from case data"))
    assert table[0][-1] == "The case counts give"
    given = {r[0]: r[-1] for r in table[1:]}
    assert given == {"2.1": "Good", "2.2": "Requires improvement", "2.3": "No case counts recorded",
                     "2.4": "No case counts recorded", "3.1": "Good", "3.2": "No case counts recorded",
                     "3.3": "No case counts recorded"}


def test_no_case_counts_says_so() -> None:
    document = rendered(report_of(replace(DEMO, case_counts=())), ReportKind.PANEL)
    following = after_heading(document, "Case-inspection key questions")
    assert following[0] == "No case counts recorded."
