"""The ratings panel in the rules: which moves between draft, proposed and agreed are allowed, what a
locked standard refuses, and the overall rating read from the agreed ratings."""

from __future__ import annotations

from dataclasses import replace

import pytest

from inspector.content import Content
from inspector.demo import load_demo
from inspector.framework.model import Rating
from inspector.inspection.model import (
    OVERALL,
    CommentKind,
    Inspection,
    InspectionDetails,
    Nation,
    PanelComment,
    PanelDecision,
    PanelState,
)
from inspector.rules.evaluate import evaluate, evaluation_to_json, format_evaluation
from inspector.rules.evaluation import Evaluation
from inspector.rules.findings import Finding, FindingKind
from inspector.rules.panel import PanelStandard, locked_refusal, transition_refusal
from inspector.rules.ratings import proposed_ratings, standard_ratings

DRAFT, PROPOSED, AGREED = PanelState.DRAFT, PanelState.PROPOSED, PanelState.AGREED
GOOD, RI, OUTSTANDING, INADEQUATE = Rating.GOOD, Rating.REQUIRES_IMPROVEMENT, Rating.OUTSTANDING, Rating.INADEQUATE
BROKEN = Finding(FindingKind.RULE, "The decision rule is not met.", 103, "DECISION RULE- …", met=False)
NEEDS_RATIONALE = Finding(FindingKind.RATIONALE, "The proposed 'Good' for 1.2 needs a rationale.", 125)


def _standard(after: PanelDecision, proposed: Rating | None = GOOD, findings: tuple[Finding, ...] = (),
              agreed_findings: tuple[Finding, ...] = ()) -> PanelStandard:
    """1.2 as the evaluation after the move sees it."""
    return PanelStandard("1.2", "Staff", True, after.state, proposed, after.agreed, after.reason, "", (), findings,
                         agreed_findings)


TRANSITIONS = [
    # (name, before, after, proposed, findings, agreed findings, refusal)
    ("put to the panel", PanelDecision("1.2"), PanelDecision("1.2", PROPOSED), GOOD, (), (), None),
    ("put to the panel without a rating", PanelDecision("1.2"), PanelDecision("1.2", PROPOSED), None, (), (),
     "1.2 has no rating to put to the ratings panel"),
    ("put to the panel breaking a decision rule", PanelDecision("1.2"), PanelDecision("1.2", PROPOSED), GOOD,
     (BROKEN,), (), "1.2 breaks a decision rule: it cannot be put to the panel"),
    ("put to the panel without the rationale it needs", PanelDecision("1.2"), PanelDecision("1.2", PROPOSED), GOOD,
     (NEEDS_RATIONALE,), (), "1.2 needs a rationale for its rating: type the rationale first"),
    ("withdrawn", PanelDecision("1.2", PROPOSED), PanelDecision("1.2"), GOOD, (), (), None),
    ("agreed as proposed", PanelDecision("1.2", PROPOSED), PanelDecision("1.2", AGREED, GOOD), GOOD, (), (), None),
    ("agreed otherwise without a reason", PanelDecision("1.2", PROPOSED), PanelDecision("1.2", AGREED, RI), GOOD,
     (), (), "Give a reason for agreeing 'Requires improvement' when 'Good' was proposed"),
    ("agreed otherwise with a blank reason", PanelDecision("1.2", PROPOSED), PanelDecision("1.2", AGREED, RI, "  "),
     GOOD, (), (), "Give a reason for agreeing 'Requires improvement' when 'Good' was proposed"),
    ("agreed otherwise with a reason", PanelDecision("1.2", PROPOSED),
     PanelDecision("1.2", AGREED, RI, "Supervision is irregular"), GOOD, (), (), None),
    ("agreed otherwise breaking a decision rule", PanelDecision("1.2", PROPOSED),
     PanelDecision("1.2", AGREED, OUTSTANDING, "Strong work"), GOOD, (), (BROKEN,),
     "'Outstanding' for 1.2 breaks a decision rule: the ratings panel cannot agree it"),
    ("agreed as proposed when the proposal now breaks a rule", PanelDecision("1.2", PROPOSED),
     PanelDecision("1.2", AGREED, GOOD), GOOD, (BROKEN,), (),
     "'Good' for 1.2 breaks a decision rule: the ratings panel cannot agree it"),
    ("agreed without a rating", PanelDecision("1.2", PROPOSED), PanelDecision("1.2", AGREED), GOOD, (), (),
     "Choose the rating the ratings panel agreed for 1.2"),
    ("agreed with nothing put forward", PanelDecision("1.2", PROPOSED), PanelDecision("1.2", AGREED, GOOD), None,
     (), (), "1.2 has no rating put to the ratings panel to agree"),
    ("agreed from draft", PanelDecision("1.2"), PanelDecision("1.2", AGREED, GOOD), GOOD, (), (),
     "1.2 is not proposed: the panel can agree only a proposed rating"),
    ("reopened without a reason", PanelDecision("1.2", AGREED, GOOD), PanelDecision("1.2", PROPOSED), GOOD, (), (),
     "Give a reason for reopening 1.2"),
    ("reopened with the old reason", PanelDecision("1.2", AGREED, RI, "Supervision is irregular"),
     PanelDecision("1.2", PROPOSED, reason="Supervision is irregular"), GOOD, (), (),
     "Give a reason for reopening 1.2"),
    ("reopened with a reason", PanelDecision("1.2", AGREED, GOOD),
     PanelDecision("1.2", PROPOSED, reason="New audit results"), GOOD, (), (), None),
    ("agreed rating changed without a new reason", PanelDecision("1.2", AGREED, RI, "Supervision is irregular"),
     PanelDecision("1.2", AGREED, INADEQUATE, "Supervision is irregular"), GOOD, (), (),
     "Give a reason for changing the agreed rating of 1.2 from 'Requires improvement' to 'Inadequate'"),
    ("agreed rating changed back to the proposal without a reason", PanelDecision("1.2", AGREED, RI, "Irregular"),
     PanelDecision("1.2", AGREED, GOOD), GOOD, (), (),
     "Give a reason for changing the agreed rating of 1.2 from 'Requires improvement' to 'Good'"),
    ("agreed rating changed with a reason", PanelDecision("1.2", AGREED, GOOD),
     PanelDecision("1.2", AGREED, RI, "Second look at the audit"), GOOD, (), (), None),
    ("agreed reason reworded", PanelDecision("1.2", AGREED, RI, "Irregular"),
     PanelDecision("1.2", AGREED, RI, "Supervision is irregular"), GOOD, (), (), None),
    ("agreed reason removed from a different rating", PanelDecision("1.2", AGREED, RI, "Irregular"),
     PanelDecision("1.2", AGREED, RI), GOOD, (), (),
     "Give a reason for agreeing 'Requires improvement' when 'Good' was proposed"),
    ("withdrawn once agreed", PanelDecision("1.2", AGREED, GOOD), PanelDecision("1.2"), GOOD, (), (),
     "1.2 is agreed by the ratings panel: the panel must reopen it before it can be withdrawn"),
    ("reopen reason reworded", PanelDecision("1.2", PROPOSED, reason="New audit"),
     PanelDecision("1.2", PROPOSED, reason="New audit results"), GOOD, (), (), None),
]


@pytest.mark.parametrize(("before", "after", "proposed", "findings", "agreed_findings", "refusal"),
                         [t[1:] for t in TRANSITIONS], ids=[t[0] for t in TRANSITIONS])
def test_transitions(before: PanelDecision, after: PanelDecision, proposed: Rating | None,
                     findings: tuple[Finding, ...], agreed_findings: tuple[Finding, ...], refusal: str | None) -> None:
    assert transition_refusal(before, after, _standard(after, proposed, findings, agreed_findings)) == refusal


def test_a_move_names_one_standard() -> None:
    with pytest.raises(ValueError, match="one standard"):
        transition_refusal(PanelDecision("1.1"), PanelDecision("1.2", PROPOSED), _standard(PanelDecision("1.2")))


# --- on real evaluations -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo(content: Content) -> Inspection:
    return load_demo(content)


def _evaluate(content: Content, inspection: Inspection) -> Evaluation:
    return evaluate(content.framework, content.rating_scheme, content.forms, inspection)


def _with_panel(inspection: Inspection, *decisions: PanelDecision, **details: object) -> Inspection:
    return replace(inspection, panel=decisions, details=replace(inspection.details, **details))


def _all_agreed(inspection: Inspection, content: Content, *, skip: str = "") -> Inspection:
    proposed = _evaluate(content, inspection).panel
    return _with_panel(inspection, *(PanelDecision(p.standard_id, AGREED, p.proposed) for p in proposed
                                     if p.standard_id != skip and p.proposed is not None))


def test_each_scheme_standard_is_put_forward_from_its_source(content: Content, demo: Inspection) -> None:
    comment = PanelComment("1.2", CommentKind.CHALLENGE, "Is supervision regular?", "Ann Panel")
    evaluation = _evaluate(content, replace(demo, panel_comments=(comment,)))
    assert [p.standard_id for p in evaluation.panel] == [s.id for s in content.rating_scheme.standards]
    for p in evaluation.panel:
        assert p.state is DRAFT and not p.locked and p.agreed is None and p.rating == p.proposed
    staff = evaluation.panel_standard("1.2")
    assert staff.proposed == demo.proposal("1.2").proposed and staff.rationale == demo.proposal("1.2").rationale
    assert staff.findings == evaluation.standard("1.2").findings
    assert staff.comments == staff.challenges == (comment,)
    planning = evaluation.panel_standard("2.2")
    assert planning.proposed == evaluation.case_rating("2.2").rating and planning.rationale == ""
    assert planning.findings == evaluation.case_rating("2.2").findings


def test_the_overall_rating_uses_the_agreed_ratings(content: Content, demo: Inspection) -> None:
    before = _evaluate(content, demo)
    assert before.overall.score == 21 and before.panel_standard("2.2").proposed is RI
    agreed = _evaluate(content, _with_panel(demo, PanelDecision("2.2", AGREED, GOOD, "Plans were reviewed")))
    assert agreed.overall.score == 22 and dict(agreed.overall.points)["2.2"] == 2
    planning = agreed.panel_standard("2.2")
    assert (planning.proposed, planning.agreed, planning.rating) == (RI, GOOD, GOOD)
    assert planning.agreed_otherwise and planning.locked
    # The case-data rating itself is the lead's, unchanged.
    assert agreed.case_rating("2.2").rating is RI
    ratings = standard_ratings(content.rating_scheme, _with_panel(demo, PanelDecision("2.2", AGREED, GOOD, "x")),
                               agreed.case_ratings)
    assert ratings["2.2"] is GOOD
    assert proposed_ratings(content.rating_scheme, demo, agreed.case_ratings)["2.2"] is RI


def test_a_different_agreed_rating_is_held_to_the_decision_rules(content: Content, demo: Inspection) -> None:
    # Seed line 103: 'Outstanding' for 1.1 needs every domain two and three rating 'Good' or better; the demo
    # has 2.2 and 2.4 at 'Requires improvement'.
    inspection = _with_panel(demo, PanelDecision("1.1", AGREED, OUTSTANDING, "Exceptional leadership"))
    governance = _evaluate(content, inspection).panel_standard("1.1")
    assert [f.source_line for f in governance.agreed_findings] == [103] and not governance.permitted
    refusal = transition_refusal(PanelDecision("1.1", PROPOSED), inspection.panel_decision("1.1"), governance)
    assert refusal == "'Outstanding' for 1.1 breaks a decision rule: the ratings panel cannot agree it"
    as_proposed = _evaluate(content, _with_panel(demo, PanelDecision("1.1", AGREED, GOOD))).panel_standard("1.1")
    assert as_proposed.agreed_findings == () and as_proposed.permitted


def test_agreed_overall_needs_every_counted_standard_and_4_1_where_it_applies(
    content: Content, demo: Inspection
) -> None:
    assert demo.details.resettlement_cases_12_months and not _evaluate(content, demo).overall.agreed
    everything = _all_agreed(demo, content)
    assert _evaluate(content, everything).overall.agreed
    assert not _evaluate(content, _all_agreed(demo, content, skip="4.1")).overall.agreed
    assert not _evaluate(content, _all_agreed(demo, content, skip="3.3")).overall.agreed
    proposed_only = replace(everything, panel=tuple(
        replace(d, state=PROPOSED, agreed=None) if d.standard_id == "1.4" else d for d in everything.panel))
    assert not _evaluate(content, proposed_only).overall.agreed
    # No resettlement cases: 4.1 is not rated (seed line 45) and not needed; not yet known: it may be.
    no_cases = _all_agreed(demo, content, skip="4.1")
    assert _evaluate(content, replace(no_cases, details=replace(no_cases.details, resettlement_cases_12_months=0))
                     ).overall.agreed
    unknown = replace(everything, details=replace(everything.details, resettlement_cases_12_months=None))
    assert not _evaluate(content, unknown).overall.agreed


def test_an_agreed_4_1_has_no_rating_once_it_does_not_apply(content: Content, demo: Inspection) -> None:
    inspection = _with_panel(demo, PanelDecision("4.1", AGREED, INADEQUATE, "x"), resettlement_cases_12_months=0)
    evaluation = _evaluate(content, inspection)
    resettlement = evaluation.panel_standard("4.1")
    assert not resettlement.applies and resettlement.proposed is None
    assert evaluation.overall.resettlement.rating is None


def test_locked_standards_say_why(content: Content, demo: Inspection) -> None:
    evaluation = _evaluate(content, _with_panel(demo, PanelDecision("1.2", PROPOSED),
                                                PanelDecision("2.1", AGREED, GOOD)))
    assert locked_refusal("1.3", evaluation) is None
    assert locked_refusal("1.2", evaluation) == (
        "1.2 is with the ratings panel (proposed): withdraw it before changing its rating")
    assert locked_refusal("2.1", evaluation) == (
        "2.1 is agreed by the ratings panel: the panel must reopen it before it can change")


def test_the_views_show_the_panel(content: Content, demo: Inspection) -> None:
    inspection = replace(
        _with_panel(demo, PanelDecision("1.2", PROPOSED), PanelDecision("2.2", AGREED, GOOD, "Plans were reviewed")),
        panel_comments=(PanelComment("1.2", CommentKind.CHALLENGE, "Is supervision regular?", "Ann Panel"),
                        PanelComment(OVERALL, CommentKind.COMMENT, "Diversity discussed.")),
    )
    evaluation = _evaluate(content, inspection)
    data = evaluation_to_json(evaluation)
    assert data["panel"]["2.2"] == {
        "state": "agreed", "proposed": "Requires improvement", "agreed": "Good", "rating": "Good",
        "reason": "Plans were reviewed", "locked": True, "permitted": True, "agreed_findings": [], "comments": [],
    }
    assert [c["text"] for c in data["panel"]["1.2"]["comments"]] == ["Is supervision regular?"]
    assert data["overall"]["agreed"] is False and data["overall"]["comments"][0]["kind"] == "comment"
    text = format_evaluation(evaluation, content.framework)
    assert "  1.2 Staff: proposed (Requires improvement)\n      [challenge] Ann Panel: Is supervision regular?" in text
    assert "  2.2 Planning: agreed (Requires improvement); agreed: Good; reason: Plans were reviewed" in text
    assert "  1.3 Partnerships and services: draft (Good)" in text
    assert "  the overall rating\n      [comment] Diversity discussed." in text
    agreed = _evaluate(content, _all_agreed(demo, content))
    assert "agreed by the ratings panel" in format_evaluation(agreed, content.framework)


def test_an_empty_inspection_has_nothing_to_put_forward(content: Content) -> None:
    inspection = Inspection(InspectionDetails("Testshire YJS", Nation.ENGLAND), content.framework.id,
                            content.framework.version)
    evaluation = _evaluate(content, inspection)
    assert all(p.proposed is None and p.state is DRAFT for p in evaluation.panel)
    assert not evaluation.overall.agreed
    refusal = transition_refusal(PanelDecision("3.4"), PanelDecision("3.4", PROPOSED), evaluation.panel_standard("3.4"))
    assert refusal == "3.4 has no rating to put to the ratings panel"

