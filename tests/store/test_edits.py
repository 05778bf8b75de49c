"""Every edit: what reaches the file (snapshot, and a fresh open), and the audit rows it writes."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from inspector.framework.model import Rating
from inspector.inspection.model import (
    Answer,
    CaseCount,
    DiversityFinding,
    Evidence,
    Inspection,
    InterviewAnswer,
    InterviewResponse,
    KeyQuestionAnswer,
    PromptJudgement,
    Recipient,
    Recommendation,
    SourceKind,
    StandardProposal,
    Sufficiency,
    TalliedPercentage,
)
from inspector.store import AuditEntry, InspectionFile
from tests.store.conftest import COUNT_1, DETAILS, EVIDENCE_1, INTERVIEW_1, RECOMMENDATION_1

Edit = Callable[[InspectionFile], None]
Expect = Callable[[Inspection], Inspection]
Row = tuple[str, Any, Any]  # what, old, new (a dict is compared with the JSON value parsed)

EVIDENCE_2 = Evidence("1.4.2b", "Interview rooms are safe", SourceKind.OBSERVATION, id="evidence-2")
INTERVIEW_2 = replace(INTERVIEW_1, reference="CM-02", responses=(), id="interview-2")
RECOMMENDATION_2 = Recommendation("Publish the disproportionality analysis", Recipient.LOCAL_AUTHORITY, id="rec-2")
COUNT_2 = CaseCount("3.1", "Does assessment focus on desistance?", 9, 12)
NO_SUPERVISION = (("q1", InterviewResponse(InterviewAnswer.NO, "no supervision")),)
EVIDENCE_1_JSON = {
    "prompt_id": "1.2.1c", "text": "Caseloads seen in the team meeting", "source": "meeting", "reference": "M3",
    "recorded_by": "jane", "recorded_at": "2026-11-17T09:15:00+00:00", "tag": "strength",
}
INTERVIEW_1_JSON = {
    "reference": "CM-01", "form_id": "case-manager", "form_version": "1", "date": "2026-11-18", "inspector": "jane",
    "responses": [["q1", "yes", "good supervision"], ["q2", "not asked", ""]],
}

CASES: list[tuple[str, Edit, Expect, list[Row]]] = [
    (
        "details: fieldwork dates and team",
        lambda f: f.set_details(replace(DETAILS, fieldwork_start=date(2026, 11, 16), fieldwork_end=date(2026, 11, 20),
                                        team=("Sam", "Ali"), resettlement_cases_12_months=2), "panel"),
        lambda i: replace(i, details=replace(i.details, fieldwork_start=date(2026, 11, 16),
                                             fieldwork_end=date(2026, 11, 20), team=("Sam", "Ali"),
                                             resettlement_cases_12_months=2)),
        [("inspection details: fieldwork start", None, "2026-11-16"),
         ("inspection details: fieldwork end", None, "2026-11-20"),
         ("inspection details: team", None, '["Sam", "Ali"]'),
         ("inspection details: resettlement cases in the 12 months before fieldwork", None, "2")],
    ),
    (
        "recommendation added",
        lambda f: f.set_recommendation(RECOMMENDATION_2, "panel"),
        lambda i: replace(i, recommendations=(RECOMMENDATION_1, RECOMMENDATION_2)),
        [("recommendation rec-2", None, {"text": "Publish the disproportionality analysis", "to": "local authority"})],
    ),
    (
        "recommendation replaced by id",
        lambda f: f.set_recommendation(replace(RECOMMENDATION_1, to=Recipient.YJB), "panel"),
        lambda i: replace(i, recommendations=(replace(RECOMMENDATION_1, to=Recipient.YJB),)),
        [("recommendation recommendation-1", {"text": "Review staffing levels", "to": "YJS"},
          {"text": "Review staffing levels", "to": "YJB"})],
    ),
    (
        "recommendation deleted",
        lambda f: f.delete_recommendation("recommendation-1", "panel"),
        lambda i: replace(i, recommendations=()),
        [("recommendation recommendation-1", {"text": "Review staffing levels", "to": "YJS"}, None)],
    ),
    (
        "sufficiency set on a new prompt",
        lambda f: f.set_sufficiency("1.2.1c", Sufficiency.BELOW, "panel"),
        lambda i: replace(i, judgements=(*i.judgements, PromptJudgement("1.2.1c", Sufficiency.BELOW))),
        [("prompt 1.2.1c sufficiency", None, "below")],
    ),
    (
        "sufficiency changed",
        lambda f: f.set_sufficiency("1.1.1a", Sufficiency.BELOW, "panel"),
        lambda i: replace(i, judgements=(PromptJudgement("1.1.1a", Sufficiency.BELOW),)),
        [("prompt 1.1.1a sufficiency", "above", "below")],
    ),
    (
        "sufficiency cleared: the judgement is back to its defaults and not listed",
        lambda f: f.set_sufficiency("1.1.1a", None, "panel"),
        lambda i: replace(i, judgements=()),
        [("prompt 1.1.1a sufficiency", "above", None)],
    ),
    (
        "decisive shortfall marked",
        lambda f: f.set_decisive("1.1.1a", True, "panel"),
        lambda i: replace(i, judgements=(PromptJudgement("1.1.1a", Sufficiency.ABOVE, True),)),
        [("prompt 1.1.1a decisive shortfall", None, "yes")],
    ),
    (
        "evidence added",
        lambda f: f.add_evidence(EVIDENCE_2, "panel"),
        lambda i: replace(i, evidence=(EVIDENCE_1, EVIDENCE_2)),
        [("evidence evidence-2 (1.4.2b)", None,
          {"prompt_id": "1.4.2b", "text": "Interview rooms are safe", "source": "observation", "reference": "",
           "recorded_by": "", "recorded_at": None, "tag": None})],
    ),
    (
        "evidence updated and moved to another prompt",
        lambda f: f.update_evidence(replace(EVIDENCE_1, prompt_id="1.2.1d", tag=None), "panel"),
        lambda i: replace(i, evidence=(replace(EVIDENCE_1, prompt_id="1.2.1d", tag=None),)),
        [("evidence evidence-1 (1.2.1d)", EVIDENCE_1_JSON, {**EVIDENCE_1_JSON, "prompt_id": "1.2.1d", "tag": None})],
    ),
    (
        "evidence deleted",
        lambda f: f.delete_evidence("evidence-1", "panel"),
        lambda i: replace(i, evidence=()),
        [("evidence evidence-1 (1.2.1c)", EVIDENCE_1_JSON, None)],
    ),
    (
        "answer and rationale changed",
        lambda f: f.set_answer("1.1.1", Answer.NO, "Board rarely meets", "panel"),
        lambda i: replace(i, answers=(KeyQuestionAnswer("1.1.1", Answer.NO, "Board rarely meets"),)),
        [("key question 1.1.1 answer", "yes", "no"),
         ("key question 1.1.1 rationale", "Board attendance is strong", "Board rarely meets")],
    ),
    (
        "answer given on a second key question, listed in framework order",
        lambda f: f.set_answer("1.4.2", Answer.YES, "", "panel"),
        lambda i: replace(i, answers=(*i.answers, KeyQuestionAnswer("1.4.2", Answer.YES))),
        [("key question 1.4.2 answer", None, "yes")],
    ),
    (
        "proposal on an earlier standard is listed first",
        lambda f: f.set_proposal("1.2", Rating.OUTSTANDING, "All above the line", "panel"),
        lambda i: replace(
            i, proposals=(*i.proposals, StandardProposal("1.2", Rating.OUTSTANDING, "All above the line"))
        ),
        [("standard 1.2 proposed rating", None, "Outstanding"), ("standard 1.2 rationale", None, "All above the line")],
    ),
    (
        "proposal withdrawn",
        lambda f: f.set_proposal("1.1", None, "", "panel"),
        lambda i: replace(i, proposals=()),
        [("standard 1.1 proposed rating", "Good", None),
         ("standard 1.1 rationale", "Most prompts above the line", None)],
    ),
    (
        "diversity finding",
        lambda f: f.set_diversity(DiversityFinding(False, "No analysis of disproportionality"), "panel"),
        lambda i: replace(i, diversity=DiversityFinding(False, "No analysis of disproportionality")),
        [("diversity: sufficient", None, "no"), ("diversity: note", None, "No analysis of disproportionality")],
    ),
    (
        "interview added",
        lambda f: f.add_interview(INTERVIEW_2, "panel"),
        lambda i: replace(i, interviews=(INTERVIEW_1, INTERVIEW_2)),
        [("interview interview-2 (CM-02)", None, {**INTERVIEW_1_JSON, "reference": "CM-02", "responses": []})],
    ),
    (
        "interview response changed",
        lambda f: f.update_interview(replace(INTERVIEW_1, responses=NO_SUPERVISION), "panel"),
        lambda i: replace(i, interviews=(replace(INTERVIEW_1, responses=NO_SUPERVISION),)),
        [("interview interview-1 (CM-01)", INTERVIEW_1_JSON,
          {**INTERVIEW_1_JSON, "responses": [["q1", "no", "no supervision"]]})],
    ),
    (
        "interview deleted",
        lambda f: f.delete_interview("interview-1", "panel"),
        lambda i: replace(i, interviews=()),
        [("interview interview-1 (CM-01)", INTERVIEW_1_JSON, None)],
    ),
    (
        "tally changed, kept exactly",
        lambda f: f.set_tally("1.2.1d", TalliedPercentage("1.2.1d", Decimal("64.50"), 31), "panel"),
        lambda i: replace(i, tallies=(TalliedPercentage("1.2.1d", Decimal("64.50"), 31),)),
        [("prompt 1.2.1d interview tally", {"percent": "50", "interviews": 8}, {"percent": "64.50", "interviews": 31})],
    ),
    (
        "tally cleared",
        lambda f: f.set_tally("1.2.1d", None, "panel"),
        lambda i: replace(i, tallies=()),
        [("prompt 1.2.1d interview tally", {"percent": "50", "interviews": 8}, None)],
    ),
    (
        "case rating entered for a later standard",
        lambda f: f.set_case_rating("3.1", Rating.INADEQUATE, "panel"),
        lambda i: replace(i, case_ratings=(("2.1", Rating.GOOD), ("3.1", Rating.INADEQUATE))),
        [("standard 3.1 rating from case data", None, "Inadequate")],
    ),
    (
        "case rating cleared",
        lambda f: f.set_case_rating("2.1", None, "panel"),
        lambda i: replace(i, case_ratings=()),
        [("standard 2.1 rating from case data", "Good", None)],
    ),
    (
        "case count added",
        lambda f: f.set_case_count(COUNT_2, "panel"),
        lambda i: replace(i, case_counts=(COUNT_1, COUNT_2)),
        [(f"standard 3.1 case count: {COUNT_2.key_question}", None, {"sufficient": 9, "cases": 12})],
    ),
    (
        "case count replaced in place",
        lambda f: f.set_case_count(replace(COUNT_1, sufficient=7), "panel"),
        lambda i: replace(i, case_counts=(replace(COUNT_1, sufficient=7),)),
        [(f"standard 2.1 case count: {COUNT_1.key_question}", {"sufficient": 5, "cases": 10},
          {"sufficient": 7, "cases": 10})],
    ),
    (
        "case count deleted",
        lambda f: f.delete_case_count("2.1", COUNT_1.key_question, "panel"),
        lambda i: replace(i, case_counts=()),
        [(f"standard 2.1 case count: {COUNT_1.key_question}", {"sufficient": 5, "cases": 10}, None)],
    ),
]


def _as_rows(entries: list[AuditEntry]) -> list[Row]:
    def value(text: str | None) -> Any:
        if text is not None and text.startswith("{"):
            return json.loads(text)
        return text

    return [(e.what, value(e.old), value(e.new)) for e in entries]


@pytest.mark.parametrize(("edit", "expect", "rows"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_edit_reaches_the_file_and_the_audit_log(
    filled: InspectionFile, opener: Callable[..., InspectionFile], edit: Edit, expect: Expect, rows: list[Row]
) -> None:
    before = filled.snapshot()
    logged = len(filled.audit())

    edit(filled)

    expected = expect(before)
    assert expected != before
    assert filled.snapshot() == expected
    new_entries = filled.audit()[logged:]
    assert _as_rows(new_entries) == rows
    assert {(e.user, e.reason) for e in new_entries} == {("jane", "panel")}
    filled.close()
    with opener(read_only=True) as again:
        assert again.snapshot() == expected
        assert _as_rows(again.audit()[logged:]) == rows


def test_base_content_reads_back(filled: InspectionFile) -> None:
    snap = filled.snapshot()
    assert snap.details == DETAILS
    assert snap.evidence == (EVIDENCE_1,)
    assert snap.interviews == (INTERVIEW_1,)
    assert snap.tally("1.2.1d") == TalliedPercentage("1.2.1d", Decimal("50"), 8)
    assert snap.case_counts_for("2.1") == (COUNT_1,)
    assert snap.judgement("1.1.1a").sufficiency is Sufficiency.ABOVE


def test_audit_rows_carry_user_time_and_reason(filled: InspectionFile, clock: Any) -> None:
    clock.advance(3)
    filled.set_sufficiency("1.3.1a", Sufficiency.ABOVE, "seen in the partnership board minutes")
    last = filled.audit()[-1]
    assert (last.user, last.at, last.reason) == ("jane", clock.now, "seen in the partnership board minutes")
    assert last.at.tzinfo is not None and last.at.utcoffset().total_seconds() == 0  # type: ignore[union-attr]


NO_CHANGE: list[tuple[str, Edit]] = [
    ("same sufficiency again", lambda f: f.set_sufficiency("1.1.1a", Sufficiency.ABOVE)),
    ("clearing an unjudged prompt", lambda f: f.set_sufficiency("1.4.1a", None)),
    ("decisive false on an unjudged prompt", lambda f: f.set_decisive("1.4.1a", False)),
    ("same answer and rationale", lambda f: f.set_answer("1.1.1", Answer.YES, "Board attendance is strong")),
    ("evidence updated to itself", lambda f: f.update_evidence(EVIDENCE_1)),
    ("same details", lambda f: f.set_details(DETAILS)),
    ("same tally", lambda f: f.set_tally("1.2.1d", TalliedPercentage("1.2.1d", Decimal("50"), 8))),
    ("clearing a case rating never set", lambda f: f.set_case_rating("2.4", None)),
    ("the same inspection loaded whole", lambda f: f.replace_all(f.snapshot(), "import")),
]


@pytest.mark.parametrize("edit", [c[1] for c in NO_CHANGE], ids=[c[0] for c in NO_CHANGE])
def test_an_edit_that_changes_nothing_writes_no_audit_row(filled: InspectionFile, edit: Edit) -> None:
    before, logged = filled.snapshot(), len(filled.audit())
    edit(filled)
    assert filled.snapshot() == before
    assert len(filled.audit()) == logged


def test_replace_all_loads_a_whole_inspection_with_one_audit_row_per_changed_value(
    filled: InspectionFile, opener: Callable[..., InspectionFile]
) -> None:
    before = filled.snapshot()
    logged = len(filled.audit())
    imported = replace(
        before,
        judgements=(PromptJudgement("1.2.1c", Sufficiency.BELOW, True),
                    PromptJudgement("1.3.1a"),  # at its defaults: not stored
                    ),
        evidence=(EVIDENCE_2, EVIDENCE_1),
        tallies=(),
    )
    filled.replace_all(imported, "imported from a team member's file")

    stored = filled.snapshot()
    assert stored == replace(imported, judgements=(PromptJudgement("1.2.1c", Sufficiency.BELOW, True),))
    whats = [e.what for e in filled.audit()[logged:]]
    assert sorted(whats) == sorted([
        "prompt 1.1.1a sufficiency", "prompt 1.2.1c sufficiency", "prompt 1.2.1c decisive shortfall",
        "evidence evidence-2 (1.4.2b)", "prompt 1.2.1d interview tally",
    ])
    assert {e.reason for e in filled.audit()[logged:]} == {"imported from a team member's file"}
    filled.close()
    with opener(read_only=True) as again:
        assert again.snapshot() == stored
