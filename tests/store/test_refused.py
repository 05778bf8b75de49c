"""A refused edit names the field and the problem in one line and writes nothing at all."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from inspector.content import Content
from inspector.framework.model import Rating
from inspector.inspection.model import (
    Answer,
    CaseCount,
    CommentKind,
    Evidence,
    InterviewAnswer,
    InterviewResponse,
    PanelComment,
    PanelDecision,
    PanelState,
    Recipient,
    Recommendation,
    SourceKind,
    Sufficiency,
    TalliedPercentage,
)
from inspector.store import InspectionFile, InvalidEdit, ReadOnly, create_holding
from tests.store.conftest import COUNT_1, DETAILS, EVIDENCE_1, INTERVIEW_1

Edit = Callable[[InspectionFile], None]

REFUSED: list[tuple[str, Edit, str]] = [
    ("prompt not in the framework", lambda f: f.set_sufficiency("9.9.9z", Sufficiency.ABOVE),
     "prompt id: '9.9.9z' is not a prompt in the framework"),
    ("sufficiency as a string", lambda f: f.set_sufficiency("1.2.1c", "above"),  # type: ignore[arg-type]
     "prompt 1.2.1c sufficiency: 'above' is not one of 'above', 'below'"),
    ("decisive as a number", lambda f: f.set_decisive("1.2.1c", 1),  # type: ignore[arg-type]
     "prompt 1.2.1c decisive shortfall: must be yes or no"),
    ("key question not in the framework", lambda f: f.set_answer("1.2.9", Answer.YES, ""),
     "key question id: '1.2.9' is not a key question in the framework"),
    ("proposal for a case-data standard", lambda f: f.set_proposal("2.1", Rating.GOOD, ""),
     "standard id: '2.1' is not a standard in the framework"),
    ("proposed rating as a string", lambda f: f.set_proposal("1.2", "Good", ""),  # type: ignore[arg-type]
     "standard 1.2 proposed rating: 'Good' is not one of"),
    ("case rating for a framework standard", lambda f: f.set_case_rating("1.1", Rating.GOOD),
     "case-data rating standard id: '1.1' is not a standard rated from case data (2.1, 2.2, 2.3, 2.4, 3.1, 3.2, 3.3)"),
    ("case rating for resettlement", lambda f: f.set_case_rating("4.1", Rating.GOOD),
     "is not a standard rated from case data"),
    ("more sufficient than cases", lambda f: f.set_case_count(replace(COUNT_1, sufficient=11)),
     "11 sufficient is more than the 10 cases inspected"),
    ("negative sufficient", lambda f: f.set_case_count(replace(COUNT_1, sufficient=-1)),
     "sufficient: cannot be negative"),
    ("cases as a float", lambda f: f.set_case_count(replace(COUNT_1, cases=10.0)),  # type: ignore[arg-type]
     "cases: must be a whole number"),
    ("case count for a framework standard", lambda f: f.set_case_count(CaseCount("1.4", "kq", 1, 2)),
     "case count standard id: '1.4' is not a standard rated from case data"),
    ("case count with no key question", lambda f: f.set_case_count(CaseCount("2.2", " ", 1, 2)),
     "case count key question: must name the case-inspection key question"),
    ("tally over 100", lambda f: f.set_tally("1.2.1d", TalliedPercentage("1.2.1d", Decimal("100.5"))),
     "prompt 1.2.1d tallied percentage: must be between 0 and 100 (got 100.5)"),
    ("tally below 0", lambda f: f.set_tally("1.2.1d", TalliedPercentage("1.2.1d", Decimal("-1"))),
     "must be between 0 and 100"),
    ("tally as a float", lambda f: f.set_tally("1.2.1d", TalliedPercentage("1.2.1d", 72.5)),  # type: ignore[arg-type]
     "must be an exact decimal number (not a float)"),
    ("tally not a number", lambda f: f.set_tally("1.2.1d", TalliedPercentage("1.2.1d", Decimal("NaN"))),
     "must be an exact decimal number"),
    ("tally for a prompt without interviews",
     lambda f: f.set_tally("1.1.1a", TalliedPercentage("1.1.1a", Decimal("50"))),
     "tally prompt id: 1.1.1a does not draw on case-manager interviews"),
    ("tally for another prompt", lambda f: f.set_tally("1.2.1d", TalliedPercentage("1.2.1c", Decimal("50"))),
     "tally prompt id: the tally is for 1.2.1c, not 1.2.1d"),
    ("tally with negative interviews", lambda f: f.set_tally("1.2.1d", TalliedPercentage("1.2.1d", Decimal("50"), -3)),
     "prompt 1.2.1d interviews tallied: cannot be negative (got -3)"),
    ("negative resettlement cases", lambda f: f.set_details(replace(DETAILS, resettlement_cases_12_months=-1)),
     "resettlement cases in the 12 months before fieldwork: cannot be negative (got -1)"),
    ("fieldwork ends before it starts",
     lambda f: f.set_details(replace(DETAILS, fieldwork_start=date(2026, 11, 20), fieldwork_end=date(2026, 11, 16))),
     "fieldwork end: 16 November 2026 is before fieldwork start 20 November 2026"),
    ("blank YJS", lambda f: f.set_details(replace(DETAILS, yjs="  ")), "YJS: must name the youth justice service"),
    ("nation as a string", lambda f: f.set_details(replace(DETAILS, nation="England")),  # type: ignore[arg-type]
     "nation: 'England' is not one of 'England', 'Wales'"),
    ("details of another inspection", lambda f: f.set_details(replace(DETAILS, id="other")),
     "inspection id: 'other' is not this file's inspection (inspection-1)"),
    ("evidence on an unknown prompt", lambda f: f.add_evidence(Evidence("1.2.9z", "x", SourceKind.DOCUMENT)),
     "evidence prompt id: '1.2.9z' is not a prompt in the framework"),
    ("evidence added twice", lambda f: f.add_evidence(EVIDENCE_1),
     "evidence id: 'evidence-1' is already recorded; update it instead"),
    ("evidence source as a string",
     lambda f: f.add_evidence(replace(EVIDENCE_1, id="e9", source="meeting")),  # type: ignore[arg-type]
     "evidence source: 'meeting' is not one of"),
    ("updating unknown evidence", lambda f: f.update_evidence(replace(EVIDENCE_1, id="nope")),
     "evidence id: there is no evidence 'nope' in this file"),
    ("deleting unknown evidence", lambda f: f.delete_evidence("nope"), "evidence id: there is no evidence 'nope'"),
    ("deleting an unknown interview", lambda f: f.delete_interview("nope"),
     "interview id: there is no interview 'nope'"),
    ("deleting an unknown recommendation", lambda f: f.delete_recommendation("nope"),
     "recommendation id: there is no recommendation 'nope'"),
    ("deleting an unknown case count", lambda f: f.delete_case_count("2.1", "nope"),
     "case count for 2.1 'nope': there is no case count for 2.1 'nope' in this file"),
    ("interview answering a question twice",
     lambda f: f.add_interview(replace(INTERVIEW_1, id="i9", responses=(
         ("q1", InterviewResponse(InterviewAnswer.YES)), ("q1", InterviewResponse(InterviewAnswer.NO))))),
     "interview responses: question 'q1' is answered twice"),
    ("interview answer that is not one",
     lambda f: f.add_interview(replace(INTERVIEW_1, id="i9", responses=(("q1", InterviewResponse("yes")),))),  # type: ignore[arg-type]
     "interview answer to q1: 'yes' is not one of"),
    ("interview comment that is not text",
     lambda f: f.add_interview(replace(INTERVIEW_1, id="i9", responses=(
         ("q1", InterviewResponse(InterviewAnswer.NO, 0)),))),  # type: ignore[arg-type]
     "interview comment on q1: must be text, not int"),
    ("interview comment with a control character",
     lambda f: f.add_interview(replace(INTERVIEW_1, id="i9", responses=(
         ("q1", InterviewResponse(InterviewAnswer.NO, "a\x01")),))),
     "interview comment on q1: holds a character Word cannot hold (U+0001) at position 2"),
    ("interview date with a time",
     lambda f: f.add_interview(replace(INTERVIEW_1, id="i9", date=EVIDENCE_1.recorded_at)),
     "interview date: must be a date"),
    ("recommendation recipient as a string",
     lambda f: f.set_recommendation(Recommendation("x", "YJS")),  # type: ignore[arg-type]
     "recommendation recipient: 'YJS' is not one of"),
    ("import against another framework version",
     lambda f: f.replace_all(replace(f.snapshot(), framework_version="v9"), "import"),
     "framework: the inspection was recorded against"),
    ("import with evidence twice",
     lambda f: f.replace_all(replace(f.snapshot(), evidence=(EVIDENCE_1, EVIDENCE_1)), "import"),
     "evidence id: 'evidence-1' appears twice"),
    ("import of another inspection",
     lambda f: f.replace_all(replace(f.snapshot(), details=replace(DETAILS, id="other")), "import"),
     "inspection id: 'other' is not this file's inspection"),
    ("panel decision on a standard the scheme lacks",
     lambda f: f.set_panel_decision(PanelDecision("5.1", PanelState.PROPOSED)),
     "ratings panel standard id: '5.1' is not a standard of the rating scheme (1.1, 1.2, 1.3, 1.4, 2.1, 2.2, "
     "2.3, 2.4, 3.1, 3.2, 3.3, 3.4, 4.1)"),
    ("panel decision on the overall rating", lambda f: f.set_panel_decision(PanelDecision("overall")),
     "ratings panel standard id: 'overall' is not a standard of the rating scheme"),
    ("agreed without a rating", lambda f: f.set_panel_decision(PanelDecision("1.2", PanelState.AGREED)),
     "ratings panel 1.2 agreed rating: an agreed standard needs the rating the panel agreed"),
    ("proposed with an agreed rating",
     lambda f: f.set_panel_decision(PanelDecision("2.1", PanelState.PROPOSED, Rating.GOOD)),
     "ratings panel 2.1 agreed rating: only an agreed standard has an agreed rating (2.1 is proposed)"),
    ("panel state as a string",
     lambda f: f.set_panel_decision(PanelDecision("1.2", "agreed", Rating.GOOD)),  # type: ignore[arg-type]
     "ratings panel 1.2 state: 'agreed' is not one of 'draft', 'proposed', 'agreed'"),
    ("agreed rating as a string",
     lambda f: f.set_panel_decision(PanelDecision("1.2", PanelState.AGREED, "Good")),  # type: ignore[arg-type]
     "ratings panel 1.2 agreed rating: 'Good' is not one of"),
    ("blank panel comment",
     lambda f: f.add_panel_comment(PanelComment("1.2", CommentKind.CHALLENGE, " \n ")),
     "ratings panel comment text: must say what the panel challenges or comments on"),
    ("panel comment on an unknown standard",
     lambda f: f.add_panel_comment(PanelComment("1.9", CommentKind.COMMENT, "Why?")),
     "ratings panel comment standard id: '1.9' is not a standard of the rating scheme"),
    ("panel comment kind as a string",
     lambda f: f.add_panel_comment(PanelComment("1.2", "challenge", "Why?")),  # type: ignore[arg-type]
     "ratings panel comment kind: 'challenge' is not one of 'challenge', 'comment'"),
    ("deleting an unknown panel comment", lambda f: f.delete_panel_comment("nope"),
     "ratings panel comment id: there is no ratings panel comment 'nope' in this file"),
    ("import with a panel decision twice",
     lambda f: f.replace_all(replace(f.snapshot(), panel=(PanelDecision("1.1", PanelState.PROPOSED),) * 2),
                             "import"),
     "ratings panel decision: '1.1' appears twice"),
    ("import with a bad panel decision",
     lambda f: f.replace_all(replace(f.snapshot(), panel=(PanelDecision("3.4", PanelState.AGREED),)), "import"),
     "ratings panel 3.4 agreed rating: an agreed standard needs the rating the panel agreed"),
    ("import with a bad value deep inside",
     lambda f: f.replace_all(replace(f.snapshot(), case_counts=(replace(COUNT_1, cases=-2),)), "import"),
     "cases: cannot be negative"),
    # The text gate (inspector/text.py) and SQLite's 64-bit integers, as the exchange reader has them.
    ("evidence with a lone surrogate", lambda f: f.add_evidence(replace(EVIDENCE_1, id="e9", text="Child \ud800")),
     "evidence text: holds a character Word cannot hold (U+D800) at position 7"),
    ("rationale with a control character", lambda f: f.set_answer("1.1.1", Answer.YES, "a\x01"),
     "key question 1.1.1 rationale: holds a character Word cannot hold (U+0001) at position 2"),
    ("team name with U+FFFE", lambda f: f.set_details(replace(DETAILS, team=("Ann\ufffe",))),
     "team member: holds a character Word cannot hold (U+FFFE) at position 4"),
    ("cases past SQLite's integers", lambda f: f.set_case_count(replace(COUNT_1, cases=2**63)),
     "cases: is beyond the whole numbers an inspection file can hold"),
    ("tally with a million decimal places",
     lambda f: f.set_tally("1.2.1d", TalliedPercentage("1.2.1d", Decimal("1e-999999"))),
     "prompt 1.2.1d tallied percentage: has more digits than"),
]


@pytest.mark.parametrize(("edit", "message"), [c[1:] for c in REFUSED], ids=[c[0] for c in REFUSED])
def test_refused_edit_names_the_field_and_writes_nothing(
    filled: InspectionFile, opener: Callable[..., InspectionFile], edit: Edit, message: str
) -> None:
    before, log = filled.snapshot(), filled.audit()
    with pytest.raises(InvalidEdit) as refused:
        edit(filled)
    assert message in str(refused.value)
    assert "\n" not in str(refused.value)
    assert filled.snapshot() == before
    assert filled.audit() == log
    filled.close()
    with opener(read_only=True) as again:
        assert (again.snapshot(), again.audit()) == (before, log)


def test_create_refuses_bad_details_and_leaves_nothing_behind(path: Path, content: Content) -> None:
    with pytest.raises(InvalidEdit, match="YJS: must name the youth justice service"):
        InspectionFile.create(path, content.framework, replace(DETAILS, yjs=""), "jane",
                              rating_scheme=content.rating_scheme)
    assert list(path.parent.iterdir()) == []


def test_a_read_only_file_refuses_every_edit(filled: InspectionFile, opener: Callable[..., InspectionFile]) -> None:
    before = filled.snapshot()
    with opener(read_only=True) as viewer:
        with pytest.raises(ReadOnly, match=re.escape("Leeds.yjsi is open read-only; open it for editing to change it")):
            viewer.set_sufficiency("1.2.1c", Sufficiency.BELOW)
        with pytest.raises(ReadOnly):
            viewer.replace_all(before, "import")
    assert filled.snapshot() == before


def test_create_holding_refuses_a_bad_inspection_and_leaves_nothing_behind(
    filled: InspectionFile, tmp_path: Path, content: Content
) -> None:
    bad = replace(filled.snapshot(), case_counts=(replace(COUNT_1, cases=-2),))
    target = tmp_path / "imported" / "Leeds.yjsi"
    target.parent.mkdir()
    with pytest.raises(InvalidEdit, match="cases: cannot be negative"):
        create_holding(target, content.framework, bad, "jane", "import", rating_scheme=content.rating_scheme)
    assert list(target.parent.iterdir()) == []


def test_create_holding_loads_the_whole_inspection(filled: InspectionFile, tmp_path: Path, content: Content) -> None:
    inspection = filled.snapshot()
    target = tmp_path / "Leeds copy.yjsi"
    create_holding(target, content.framework, inspection, "sam", "import", rating_scheme=content.rating_scheme)
    with InspectionFile.open(target, content.framework, "sam", read_only=True,
                             rating_scheme=content.rating_scheme) as copy:
        assert copy.snapshot() == inspection
        assert {e.reason for e in copy.audit()[1:] if e.what.startswith("evidence")} == {"import"}


def test_a_new_order_of_recommendations_must_list_each_once(filled: InspectionFile) -> None:
    second = Recommendation("Publish the plan", Recipient.YJB, id="recommendation-2")
    filled.set_recommendation(second)
    ids = ["recommendation-1", "recommendation-2"]
    before = len(filled.audit())
    for wrong in (ids[:1], [*ids, ids[0]], ["recommendation-1", "not-a-recommendation"]):
        with pytest.raises(InvalidEdit, match=r"^recommendations order: the new order must list every"):
            filled.order_recommendations(wrong)
    assert [r.id for r in filled.snapshot().recommendations] == ids and len(filled.audit()) == before
    filled.order_recommendations(list(reversed(ids)))
    assert [r.id for r in filled.snapshot().recommendations] == list(reversed(ids))
    last = filled.audit()[-1]
    assert (last.what, last.old, last.new) == ("recommendations order", "1, 2", "2, 1")
