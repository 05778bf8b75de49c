"""The overview page as data, against the real engine: the thirteen ratings in scheme order with their
points, the total, band and overall rating, every finding, and what is still missing, in order, each
linked to a navigator item; the navigator's Overall node; both on the demo and on a fresh inspection,
and as edits go through the session."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from inspector.app.edits import AnswerEdit, JudgementEdit, ProposalEdit
from inspector.app.navigator import CASE_DATA, DETAILS, OVERALL, Tone, navigator_nodes, node_statuses
from inspector.app.overview_view import OverviewView, overview_view
from inspector.app.panel_edits import PanelDecisionEdit
from inspector.app.panel_view import panel_view
from inspector.app.session import Session
from inspector.content import Content
from inspector.framework.model import Rating
from inspector.inspection.model import (
    Answer,
    Inspection,
    InspectionDetails,
    KeyQuestionAnswer,
    Nation,
    PromptJudgement,
    StandardProposal,
    Sufficiency,
)
from inspector.rules.evaluate import evaluate
from tests.app.conftest import FakeClock


def view_of(session: Session) -> OverviewView:
    return overview_view(session.content, session.inspection, session.evaluation)


def view_of_inspection(content: Content, inspection: Inspection) -> OverviewView:
    return overview_view(content, inspection, evaluate(content.framework, content.rating_scheme, content.forms,
                                                        inspection))


@pytest.fixture()
def fresh(tmp_path: Path, content: Content, clock: FakeClock) -> Iterator[Session]:
    """A new inspection with nothing recorded (not even the number of resettlement cases)."""
    made = Session.create(tmp_path / "Fresh.yjsi", content, InspectionDetails("Eastmoor YJS", Nation.ENGLAND), "jane",
                          clock=clock)
    yield made
    made.close()


def navigator_ids(content: Content) -> set[str]:
    return {node.id for node in navigator_nodes(content.framework)}


def test_the_thirteen_ratings_add_up_to_the_total_on_the_demo(content: Content, session: Session) -> None:
    view = view_of(session)
    scheme = content.rating_scheme
    assert [r.summary.id for r in view.rows] == [s.id for s in scheme.standards]
    assert len(view.rows) == 13
    evaluation = session.evaluation
    for row, standard in zip(view.rows, scheme.standards, strict=True):
        if standard.rated_from == "case_data":
            rating = evaluation.case_rating(standard.id).rating
            assert row.link == CASE_DATA
        else:
            rating = evaluation.standard(standard.id).proposed
            assert row.link == standard.id
        assert rating is not None and row.summary.rating_shown == rating.value
        # rating-scheme.yaml's points; 4.1 sits outside the twelve (seed line 43).
        assert row.summary.points == (str(scheme.points[rating]) if standard.counts_to_overall else "Not counted")
    score = sum(int(r.summary.points) for r in view.rows if r.summary.points != "Not counted")
    overall = evaluation.overall
    assert score == overall.score and overall.rating is not None
    assert view.overall.score == f"{score} of {scheme.points[Rating.OUTSTANDING] * 12}"
    assert view.headline == f"Overall rating: {overall.rating.value} (not yet agreed)"
    assert view.summary.startswith(f"{view.overall.score} points \u00b7 band from the points: "
                                   f"{overall.band_from_points.value} \u00b7 4.1: ")
    assert view.tone is (Tone.POSITIVE if overall.rating in (Rating.GOOD, Rating.OUTSTANDING) else Tone.NEGATIVE)
    assert view.capped_text == "" and not view.overall.capped
    # The demo is complete: nothing is missing.
    assert view.missing == ()


def test_every_finding_is_listed_with_its_kind_seed_line_and_item(content: Content, session: Session) -> None:
    evaluation = session.evaluation
    every = [
        *evaluation.overall.findings, *evaluation.findings,
        *(f for s in evaluation.standards for f in s.findings),
        *(f for k in evaluation.key_questions for f in k.findings),
        *(f for r in evaluation.interview_results for f in r.findings),
        *(f for c in evaluation.case_ratings for f in c.findings),
    ]
    view = view_of(session)
    assert sorted(f.line.message for f in view.findings) == sorted(f.message for f in every)
    guidance = next(f for f in view.findings if f.where == "1.1")
    assert guidance.line.label == (
        "Decision guidance (Introduction, Decision rules and decision guidance, Standard 1.1 Leadership, p. 3)")
    assert guidance.link == "1.1"
    assert guidance.line.seed_text.startswith("DECISION GUIDANCE- A 'Good' rating requires that typically")
    assert {f.link for f in view.findings} - {None} <= navigator_ids(content)


def test_a_fresh_inspection_lists_what_is_missing_in_order(content: Content, fresh: Session) -> None:
    view = view_of(fresh)
    assert [r.summary.rating_shown for r in view.rows] == (
        ["Not yet proposed"] * 4 + ["Not yet known"] * 7 + ["Not yet proposed"] * 2)
    assert [r.summary.points for r in view.rows] == ["\u2013"] * 12 + ["Not counted"]
    assert view.overall.score == "No score yet" and view.headline == "Overall rating: Not yet known"
    assert view.summary.startswith("No score yet: 12 of 12 counted standards not yet rated \u00b7 4.1: Not yet known")
    assert view.tone is Tone.OPEN

    framework = content.framework
    standards = framework.standards
    key_questions = [kq for s in standards for kq in s.key_questions]
    expected = [
        *((f"{s.id} {s.title}: {len(s.prompts)} of {len(s.prompts)} prompts not yet judged", s.prompts[0].id)
          for s in standards),
        *((f"Key question {kq.id} not yet answered", kq.id) for kq in key_questions),
        *((f"{s.id} {s.title}: no rating proposed", s.id) for s in standards),
        *((f"{c.id} {c.title}: no rating (enter one, or the case counts)", CASE_DATA)
          for c in content.rating_scheme.standards if c.rated_from == "case_data"),
    ]
    missing = [(m.text, m.link) for m in view.missing]
    assert missing[:len(expected)] == expected
    resettlement, diversity = view.missing[len(expected):]
    assert resettlement.text.startswith("Resettlement cases in the 12 months before the inspection: not entered")
    assert diversity.text == "Whether practice on diversity is sufficient: not recorded"
    assert resettlement.link == diversity.link == DETAILS  # both are recorded with the inspection's details
    assert {m.link for m in view.missing} <= navigator_ids(content)
    assert {r.link for r in view.rows} <= navigator_ids(content)


def test_the_missing_list_follows_the_edits(content: Content, fresh: Session) -> None:
    first = content.framework.standards[0]
    a, b = first.prompts[0].id, first.prompts[1].id
    fresh.apply(JudgementEdit(PromptJudgement(a), PromptJudgement(a, Sufficiency.ABOVE)))
    item = view_of(fresh).missing[0]
    n = len(first.prompts)
    assert (item.text, item.link) == (f"{first.id} {first.title}: {n - 1} of {n} prompts not yet judged", b)

    kq = first.key_questions[0]
    unanswered = f"Key question {kq.id} not yet answered"  # one prompt judged: the engine suggests nothing yet
    assert unanswered in [m.text for m in view_of(fresh).missing]
    before = len(view_of(fresh).missing)
    fresh.apply(AnswerEdit(KeyQuestionAnswer(kq.id), KeyQuestionAnswer(kq.id, Answer.YES, "the plan is strong")))
    assert unanswered not in [m.text for m in view_of(fresh).missing]
    assert len(view_of(fresh).missing) == before - 1


def test_a_departure_without_its_rationale_is_missing(content: Content, session: Session) -> None:
    recorded = session.inspection.proposal("1.4")  # Good against the default 'Requires improvement'
    assert recorded.rationale
    session.apply(ProposalEdit(recorded, replace(recorded, rationale="")))
    (item,) = view_of(session).missing
    assert item.link == "1.4"
    assert item.text == next(f.message for f in session.evaluation.standard("1.4").findings
                             if f.kind.value == "rationale required")
    answer = session.inspection.answer("1.3.1")  # 'yes' against the suggested 'no'
    session.apply(AnswerEdit(answer, replace(answer, rationale="")))
    assert [m.link for m in view_of(session).missing] == ["1.3.1", "1.4"]
    assert view_of(session).missing[0].text.startswith("The answer 'yes' to 1.3.1 departs from the suggested 'no'")
    assert node_statuses(content.framework, session.inspection, session.evaluation)["1.4"].flags == (
        "rationale required",)
    assert view_of(session).rows[3].flags == ("rationale required",)  # the navigator's flags, on 1.4's row


def test_resettlement_not_applying_is_not_rated_and_not_missing(content: Content, demo: Inspection) -> None:
    none = replace(demo, details=replace(demo.details, resettlement_cases_12_months=0), proposals=tuple(
        p for p in demo.proposals if p.standard_id != "4.1"), judgements=tuple(
        j for j in demo.judgements if not j.prompt_id.startswith("4.1")))
    view = view_of_inspection(content, none)
    last = view.rows[-1].summary
    assert (last.id, last.rating_shown, last.points) == ("4.1", "Not rated", "Not counted")
    assert last.basis == "No resettlement cases in the 12 months before fieldwork"
    # Seed line 45: 4.1 "only applies where YJSs have had one or more relevant cases".
    assert view.missing == ()
    assert view.summary.endswith("4.1: Not rated: no resettlement cases in the 12 months before the inspection "
                                 "(not counted in the score)")


def outstanding(demo: Inspection, resettlement: Rating) -> Inspection:
    """Every counted standard 'Outstanding' and 4.1 as given, straight into a snapshot (the engine's input)."""
    scheme_case = ("2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3")
    proposals = tuple(StandardProposal(s, Rating.OUTSTANDING, "evidence") for s in ("1.1", "1.2", "1.3", "1.4", "3.4"))
    return replace(demo, case_counts=(), case_ratings=tuple((s, Rating.OUTSTANDING) for s in scheme_case),
                   proposals=(*proposals, StandardProposal("4.1", resettlement, "evidence")))


def test_the_overall_rating_capped_by_the_decision_rule_on_4_1(content: Content, demo: Inspection) -> None:
    capped = outstanding(demo, Rating.INADEQUATE)
    evaluation = evaluate(content.framework, content.rating_scheme, content.forms, capped)
    view = overview_view(content, capped, evaluation)
    assert view.overall.band == "Outstanding" and view.overall.capped
    # Seed line 125: an 'Inadequate' 4.1 rules out an overall 'Outstanding'.
    assert view.headline == "Overall rating: Good (not yet agreed)"
    assert view.capped_text.startswith("The points give 'Outstanding', but 4.1 is rated 'Inadequate'")
    rule = next(f for f in view.findings if f.where == "Overall" and f.line.kind == "rule")
    assert rule.line.label == (
        "Decision rule (Introduction, Decision rules and decision guidance, Standard 4.1 Resettlement, p. 3)")
    status = node_statuses(content.framework, capped, evaluation)[OVERALL]
    assert (status.state, status.tone, status.to_do) == ("Good", Tone.POSITIVE, False)
    assert status.flags == ("capped by the decision rule on 4.1",)
    assert status.progress == "36 of 36 points"

    not_capped = outstanding(demo, Rating.GOOD)
    evaluation = evaluate(content.framework, content.rating_scheme, content.forms, not_capped)
    assert overview_view(content, not_capped, evaluation).capped_text == ""
    assert node_statuses(content.framework, not_capped, evaluation)[OVERALL].state == "Outstanding"


def test_the_navigator_overall_node(content: Content, session: Session, fresh: Session) -> None:
    nodes = navigator_nodes(content.framework)
    node = next(n for n in nodes if n.id == OVERALL)
    assert node.label == "Overall" and node.kind is None and node.parent is None
    overall = session.evaluation.overall
    assert overall.rating is not None
    status = node_statuses(content.framework, session.inspection, session.evaluation)[OVERALL]
    assert (status.state, status.to_do, status.flags) == (overall.rating.value, False, ())
    assert status.progress == f"{overall.score} of {overall.maximum} points"

    status = node_statuses(content.framework, fresh.inspection, fresh.evaluation)[OVERALL]
    assert (status.state, status.tone, status.to_do) == ("no score yet", Tone.OPEN, True)
    fresh.apply(ProposalEdit(StandardProposal("3.4"), StandardProposal("3.4", Rating.GOOD, "strong panel work")))
    status = node_statuses(content.framework, fresh.inspection, fresh.evaluation)[OVERALL]
    assert (status.state, status.to_do) == ("1 of 12 rated", True)


def test_the_headline_says_whether_the_ratings_panel_has_agreed_the_overall_rating(
    content: Content, session: Session
) -> None:
    def headline() -> str:
        view = view_of(session)
        assert view.headline == panel_view(content, session.evaluation).headline  # the two pages say the same
        return view.headline

    overall = session.evaluation.overall.rating
    assert overall is not None and headline() == f"Overall rating: {overall.value} (not yet agreed)"
    rated = [s for s in session.evaluation.panel if s.applies]
    for standard in rated:
        session.apply(PanelDecisionEdit.put(session.inspection.panel_decision(standard.standard_id), standard.proposed))
    assert headline() == f"Overall rating: {overall.value} (not yet agreed)"  # put to the panel, not agreed
    for standard in rated[:-1]:
        session.apply(PanelDecisionEdit.agreed(session.inspection.panel_decision(standard.standard_id),
                                               standard.proposed))
    assert headline() == f"Overall rating: {overall.value} (not yet agreed)"  # one still to agree
    last = rated[-1]
    session.apply(PanelDecisionEdit.agreed(session.inspection.panel_decision(last.standard_id), last.proposed))
    assert session.evaluation.overall.agreed
    assert headline() == f"Overall rating agreed: {overall.value}"
