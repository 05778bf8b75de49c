"""The report model says what the inspection and the engine say: every standard, every rating, every
departure, nothing invented."""

from __future__ import annotations

from dataclasses import replace

from inspector.framework.model import Rating
from inspector.inspection.model import (
    Document,
    DocumentKind,
    Evidence,
    EvidenceTag,
    InspectionDetails,
    Nation,
    SourceKind,
    StandardProposal,
)
from inspector.reports import RatingStatus
from inspector.reports.departures import FROM_DEFAULT, FROM_GUIDANCE, FROM_SUGGESTION, RULE_NOT_MET
from inspector.reports.model import EvidenceItem
from tests.reports.helpers import DEMO, FRAMEWORK, SCHEME, evaluation_of, report_of, with_proposal

REPORT = report_of(DEMO)
EVALUATION = evaluation_of(DEMO)


def test_the_summary_has_the_thirteen_standards_with_their_points() -> None:
    assert [r.id for r in REPORT.summary] == [s.id for s in SCHEME.standards]
    assert len(REPORT.summary) == 13
    points = dict(EVALUATION.overall.points)
    for row in REPORT.summary:
        scheme_standard = next(s for s in SCHEME.standards if s.id == row.id)
        if scheme_standard.rated_from == "case_data":
            assert row.rating_shown == EVALUATION.case_rating(row.id).rating.value  # type: ignore[union-attr]
        else:
            assert row.rating_shown == EVALUATION.standard(row.id).proposed.value  # type: ignore[union-attr]
        assert row.points == (str(points[row.id]) if scheme_standard.counts_to_overall else "Not counted")
    assert sum(int(r.points) for r in REPORT.summary if r.points.isdigit()) == EVALUATION.overall.score == 21
    assert REPORT.overall.score == "21 of 36"
    assert REPORT.overall.band == REPORT.overall.rating_shown == "Good"
    assert REPORT.overall.resettlement.startswith("Requires improvement")


def test_every_standard_has_its_rating_default_rationale_and_key_questions() -> None:
    assert [s.id for s in REPORT.standards] == ["1.1", "1.2", "1.3", "1.4", "3.4", "4.1"]
    for section in REPORT.standards:
        result = EVALUATION.standard(section.id)
        assert section.status is RatingStatus.DRAFT and section.panel == "Draft"  # nothing put to the panel
        assert section.rating == result.proposed
        assert section.rating_shown == result.proposed.value  # type: ignore[union-attr]
        assert section.rationale == DEMO.proposal(section.id).rationale
        assert section.departs_from_default == result.departs_from_default
        assert section.share == result.share.explanation
        standard = FRAMEWORK.standard(section.id)
        assert [k.id for k in section.key_questions] == [k.id for k in standard.key_questions]
        for kq in section.key_questions:
            balance = EVALUATION.key_question(kq.id)
            assert (kq.above, kq.below, kq.unjudged) == (len(balance.above), len(balance.below), len(balance.unjudged))
            assert kq.balance == balance.reason
            assert [p.id for p in kq.prompts] == [p.id for p in FRAMEWORK.key_question(kq.id).prompts]
    assert REPORT.standards[3].default_shown == "Requires improvement" and REPORT.standards[3].rating_shown == "Good"
    assert REPORT.standards[4].default_shown == "None"  # 3.4: the seed gives no default


def test_key_evidence_is_the_tagged_evidence_in_the_inspectors_words() -> None:
    for section in REPORT.standards:
        for kq in section.key_questions:
            # Prompt by prompt, an item on several of the key question's prompts once, where it first appears.
            prompts = FRAMEWORK.key_question(kq.id).prompts
            recorded = list({e.id: e for p in prompts for e in DEMO.evidence_for(p.id)}.values())
            assert [e.text for e in kq.strengths] == [e.text for e in recorded if e.tag is EvidenceTag.STRENGTH]
            assert [e.text for e in kq.improvements] == [
                e.text for e in recorded if e.tag is EvidenceTag.AREA_FOR_IMPROVEMENT]
            assert kq.untagged == sum(1 for e in recorded if e.tag is None)
    first = REPORT.standards[0].key_questions[0].strengths[0]
    assert first.cited == "1.1.1a; document: Youth Justice Plan 2024–26, pp. 4–9; recorded by Helen Marsh"


def test_the_demos_shared_items_are_quoted_under_each_key_question_they_support() -> None:
    key_questions = {kq.id: kq for s in REPORT.standards for kq in s.key_questions}
    needs = next(e for e in DEMO.evidence if e.prompt_id == "1.3.1a" and e.tag is EvidenceTag.STRENGTH)
    assert needs.also == ("1.1.1a",)
    for kq in ("1.1.1", "1.3.1"):
        (quoted,) = [e for e in key_questions[kq].strengths if e.text == needs.text]
        assert quoted.cited == ("1.3.1a, 1.1.1a; document: Youth justice needs analysis 2024, sections 2–4; "
                                "recorded by Priya Raman")
    # The May minutes, on 1.1.1a and 1.1.1d and untagged, are one of 1.1.1's untagged items, and one of 1.1.3's.
    on_prompts = {kq: sum(1 for p in FRAMEWORK.key_question(kq).prompts
                          for e in DEMO.evidence_for(p.id) if e.tag is None) for kq in ("1.1.1", "1.1.3")}
    assert (key_questions["1.1.1"].untagged, on_prompts["1.1.1"]) == (2, 3)
    assert (key_questions["1.1.3"].untagged, on_prompts["1.1.3"]) == (1, 1)
    improvements = [e.cited for e in key_questions["1.4.4"].improvements]
    assert ("1.1.2d, 1.4.4e; document: Board minutes, June 2024 – January 2025; cites Board minutes, January 2025, "
            "p. 5; recorded by Helen Marsh") in improvements


def test_an_item_on_two_prompts_of_a_key_question_is_quoted_and_counted_once() -> None:
    minutes = Document("Management board minutes, May 2024", DocumentKind.EVIDENCE_IN_ADVANCE, id="doc-minutes")
    shared = Evidence("1.1.1a", "The board challenged the plan's targets.", SourceKind.DOCUMENT,
                      tag=EvidenceTag.STRENGTH, also=("1.1.1d", "1.1.2b"), document_id=minutes.id, page="p. 3")
    untagged = Evidence("1.1.1b", "Partners attend.", SourceKind.MEETING, also=("1.1.1c",))
    inspection = replace(DEMO, documents=(minutes,), evidence=(shared, untagged))
    report = report_of(inspection)
    first, second = report.standards[0].key_questions[:2]
    assert [e.text for e in first.strengths] == [shared.text] and first.untagged == 1
    assert [e.text for e in second.strengths] == [shared.text]  # 1.1.2b is the second key question's
    assert first.strengths[0].cited == (
        "1.1.1a, 1.1.1d, 1.1.2b; document; cites Management board minutes, May 2024, p. 3")



def test_a_reference_that_is_the_citation_is_said_once() -> None:
    def cited(reference: str, document: str) -> str:
        return EvidenceItem(("1.1.1a",), "Text.", "document", reference, "Helen Marsh", "strength", document).cited
    assert cited("Board minutes, May 2024, p. 4", "Board minutes, May 2024, p. 4") == (
        "1.1.1a; document: Board minutes, May 2024, p. 4; recorded by Helen Marsh")
    assert cited("Board minutes", "Board minutes, May 2024, p. 4") == (
        "1.1.1a; document: Board minutes; cites Board minutes, May 2024, p. 4; recorded by Helen Marsh")
    assert cited("", "Board minutes, May 2024, p. 4") == (
        "1.1.1a; document; cites Board minutes, May 2024, p. 4; recorded by Helen Marsh")

def test_interview_results_sit_with_their_key_question() -> None:
    staff = next(s for s in REPORT.standards if s.id == "1.2")
    workload = next(k for k in staff.key_questions if k.id == "1.2.1")
    lines = {i.prompt_id: i for i in workload.interviews}
    assert lines["1.2.1c"].result == "70.8% (17 of 24 answers)" and lines["1.2.1c"].band == "reasonable majority"
    assert lines["1.2.1d"].consequence == "Below 65%: would result in a negative judgement"
    assert lines["1.2.1c"].consequence == "Not below 65%"
    tallied = next(i for k in staff.key_questions for i in k.interviews if i.prompt_id == "1.2.5e")
    assert tallied.result == "83.3% (tallied on paper over 6 interviews)"
    resettlement = next(s for s in REPORT.standards if s.id == "4.1")
    untested = next(i for k in resettlement.key_questions for i in k.interviews if i.prompt_id == "4.1.2e")
    assert FRAMEWORK.prompt("4.1.2e").interview_link.threshold_percent is None  # type: ignore[union-attr]
    assert untested.consequence.startswith("No threshold: ")


def test_the_departures_are_the_demos_two_with_their_rationales() -> None:
    assert [(d.where, d.kind) for d in REPORT.departures] == [
        ("Key question 1.3.1", FROM_SUGGESTION),
        ("Standard 1.4 Information and facilities", FROM_DEFAULT),
    ]
    assert REPORT.departures[0].rationale == DEMO.answer("1.3.1").rationale
    assert "Answered 'Yes'; the balance of its prompts suggests 'No'" in REPORT.departures[0].what
    assert REPORT.departures[1].rationale == DEMO.proposal("1.4").rationale


def test_guidance_and_rule_departures_are_listed_with_the_seed() -> None:
    # An 'Inadequate' domain two rating: 1.1's 'Good' departs from the guidance (seed line 105: "with no
    # 'Inadequate' ratings"); 1.3 proposed 'Outstanding' breaks the rule (line 115).
    inspection = replace(DEMO, case_ratings=(*DEMO.case_ratings[:-1], ("3.3", Rating.INADEQUATE)))
    inspection = with_proposal(inspection, "1.3", proposed=Rating.OUTSTANDING, rationale="")
    report = report_of(inspection)
    found = {(d.where[:12], d.kind): d for d in report.departures}
    guidance = found[("Standard 1.1", FROM_GUIDANCE)]
    assert guidance.seed.startswith(
        "Introduction, Decision rules and decision guidance, Standard 1.1 Leadership, p. 3: "
        "DECISION GUIDANCE- A 'Good' rating requires")
    assert guidance.rationale == DEMO.proposal("1.1").rationale
    rule = found[("Standard 1.3", RULE_NOT_MET)]
    assert rule.seed.startswith(
        "Introduction, Decision rules and decision guidance, Standard 1.3 Partnerships and Services, p. 3: "
        "DECISION RULE-")
    assert rule.rationale == ""
    partnerships = next(s for s in report.standards if s.id == "1.3")
    assert not partnerships.permitted
    assert any(f.kind == "rationale required" for f in partnerships.findings)


def test_an_inspection_with_nothing_decided_says_so_rather_than_guess() -> None:
    empty = replace(DEMO, judgements=(), answers=(), proposals=(), case_ratings=(), case_counts=(), evidence=(),
                    recommendations=(), interviews=(), tallies=(),
                    details=InspectionDetails("Ynys Môn YJS", Nation.WALES, id=DEMO.details.id))
    report = report_of(empty)
    assert {r.rating_shown for r in report.summary if r.id in ("1.1", "3.4")} == {"Not yet proposed"}
    assert {r.rating_shown for r in report.summary if r.id.startswith("2.")} == {"Not yet known"}
    assert {r.points for r in report.summary} == {"–", "Not counted"}
    assert report.overall.score == "No score yet" and "1.1" in report.overall.missing
    assert report.details.fieldwork == report.details.resettlement_cases == "Not yet entered"
    assert report.departures == () and report.recommendations == ()
    assert all(not kq.strengths and not kq.improvements for s in report.standards for kq in s.key_questions)
    assert report.standards[0].key_questions[0].answer == "Not yet answered"


def test_resettlement_without_cases_is_not_rated() -> None:
    inspection = replace(DEMO, details=replace(DEMO.details, resettlement_cases_12_months=0))
    report = report_of(inspection)
    row = next(r for r in report.summary if r.id == "4.1")
    assert (row.rating_shown, row.points) == ("Not rated", "Not counted")
    assert row.basis == "No resettlement cases in the 12 months before fieldwork"
    section = next(s for s in report.standards if s.id == "4.1")
    assert (section.applies, section.rating_shown, section.default_shown) == (False, "Not rated", "Not rated")
    assert report.overall.resettlement.startswith("Not rated")


def test_details_and_groupings() -> None:
    details = REPORT.details
    assert (details.fieldwork, details.lead_inspector, details.produced_on) == (
        "3 to 7 March 2025", "Helen Marsh", "23 November 2026")
    assert [g.recipient for g in REPORT.recommendations] == [
        "The YJS", "The local authority", "The Youth Justice Board"]
    assert [(d.name, [s.id for s in d.standards], [c.id for c in d.case_ratings]) for d in REPORT.domains] == [
        ("Domain one", ["1.1", "1.2", "1.3", "1.4"], []),
        ("Domain two", [], ["2.1", "2.2", "2.3", "2.4"]),
        ("Domain three", ["3.4"], ["3.1", "3.2", "3.3"]),
        ("Resettlement", ["4.1"], []),
    ]
    assert REPORT.diversity.judgement == "Sufficient" and REPORT.diversity.note == DEMO.diversity.note
    assert [p.id for p in REPORT.diversity.prompts] == [p.id for p in FRAMEWORK.prompts if p.diversity]
    assert REPORT.rating_changes is None  # from an exchange file: no audit log


def test_fieldwork_dates_in_uk_style() -> None:
    from datetime import date

    def fieldwork(start: date | None, end: date | None) -> str:
        details = replace(DEMO.details, fieldwork_start=start, fieldwork_end=end)
        return report_of(replace(DEMO, details=details)).details.fieldwork

    assert fieldwork(date(2025, 2, 28), date(2025, 3, 4)) == "28 February to 4 March 2025"
    assert fieldwork(date(2024, 12, 30), date(2025, 1, 3)) == "30 December 2024 to 3 January 2025"
    assert fieldwork(date(2025, 3, 3), None) == "From 3 March 2025"
    assert fieldwork(date(2025, 3, 3), date(2025, 3, 3)) == "3 March 2025"


def test_a_proposal_with_no_rating_keeps_its_rationale_out_of_the_departures() -> None:
    inspection = replace(DEMO, proposals=(StandardProposal("1.4", None, "still deciding"),))
    report = report_of(inspection)
    assert [d.kind for d in report.departures] == [FROM_SUGGESTION]
    assert next(s for s in report.standards if s.id == "1.4").rating_shown == "Not yet proposed"
