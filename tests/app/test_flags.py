"""The navigator's flags mean something: each is raised while its matter needs attention and clears once it
is settled (a rationale typed, a judgement matching the interview result, the ratings panel's agreement),
one test per kind of flag (app/navigator.py). A departure settled by its rationale stays visible to the
ratings panel (app/panel_view.py), even after its flag clears."""

from __future__ import annotations

from dataclasses import replace

from inspector.app.navigator import (
    ABOVE_INTERVIEWS_BELOW,
    BREACHES_RULE,
    CAPPED,
    DECISIVE_NOT_APPLIED,
    DEPARTS_FROM_GUIDANCE,
    DETAILS,
    DIVERSITY_NOT_RECORDED,
    INTERVIEWS_BELOW,
    LIMITING,
    OVERALL,
    RATIONALE_REQUIRED,
    NodeStatus,
    node_statuses,
)
from inspector.app.panel_view import panel_detail, panel_view
from inspector.app.prompt_view import prompt_view
from inspector.content import Content
from inspector.framework.model import Rating
from inspector.inspection.model import (
    Answer,
    DiversityFinding,
    Inspection,
    KeyQuestionAnswer,
    PanelDecision,
    PanelState,
    PromptJudgement,
    StandardProposal,
    Sufficiency,
)
from inspector.rules.evaluate import evaluate
from inspector.rules.evaluation import Evaluation


def evaluation_of(content: Content, inspection: Inspection) -> Evaluation:
    return evaluate(content.framework, content.rating_scheme, content.forms, inspection)


def statuses(content: Content, inspection: Inspection) -> dict[str, NodeStatus]:
    return node_statuses(content.framework, inspection, evaluation_of(content, inspection))


def flags(content: Content, inspection: Inspection, item_id: str) -> tuple[str, ...]:
    return statuses(content, inspection)[item_id].flags


def judged(
    inspection: Inspection, prompt_id: str, sufficiency: Sufficiency | None, decisive: bool = False,
) -> Inspection:
    others = tuple(j for j in inspection.judgements if j.prompt_id != prompt_id)
    return replace(inspection, judgements=(*others, PromptJudgement(prompt_id, sufficiency, decisive)))


def answered(inspection: Inspection, kq_id: str, answer: Answer | None, rationale: str) -> Inspection:
    others = tuple(a for a in inspection.answers if a.key_question_id != kq_id)
    return replace(inspection, answers=(*others, KeyQuestionAnswer(kq_id, answer, rationale)))


def proposed(inspection: Inspection, standard_id: str, rating: Rating | None, rationale: str) -> Inspection:
    others = tuple(p for p in inspection.proposals if p.standard_id != standard_id)
    return replace(inspection, proposals=(*others, StandardProposal(standard_id, rating, rationale)))


def agreed(content: Content, inspection: Inspection, *standard_ids: str) -> Inspection:
    """The ratings panel has agreed each standard at the rating put forward."""
    evaluation = evaluation_of(content, inspection)
    decisions = {d.standard_id: d for d in inspection.panel}
    for sid in standard_ids:
        decisions[sid] = PanelDecision(sid, PanelState.AGREED, evaluation.panel_standard(sid).proposed)
    return replace(inspection, panel=tuple(decisions.values()))


def test_the_demo_has_nothing_unsettled(content: Content, demo: Inspection) -> None:
    assert {i: s.flags for i, s in statuses(content, demo).items() if s.flags} == {}


# --- prompts ----------------------------------------------------------------------------------------------


def test_interviews_below_the_threshold_until_the_judgement_matches_or_the_difference_is_explained(
    content: Content, demo: Inspection
) -> None:
    # 1.2.3a: 27 of 48 interview answers 'yes', below the 65% of seed line 888.
    assert demo.judgement("1.2.3a").sufficiency is Sufficiency.BELOW
    assert flags(content, demo, "1.2.3a") == ()  # judged below, as the interviews support: settled
    unjudged = judged(demo, "1.2.3a", None)
    assert flags(content, unjudged, "1.2.3a") == (INTERVIEWS_BELOW.format(65),) == ("interviews below 65%",)
    above = answered(judged(demo, "1.2.3a", Sufficiency.ABOVE), "1.2.3", Answer.NO, "")
    assert flags(content, above, "1.2.3a") == (ABOVE_INTERVIEWS_BELOW.format(65),)
    view = prompt_view(content, above, evaluation_of(content, above), "1.2.3a")
    assert "Judged above the line though the interviews are below 65%: say why in the rationale of key " \
           "question 1.2.3." in view.notes
    # The reason for the difference, recorded where the inspector says why they answer as they do.
    explained = answered(above, "1.2.3", Answer.NO, "Interviews predate the new workload tool")
    assert flags(content, explained, "1.2.3a") == ()
    view = prompt_view(content, explained, evaluation_of(content, explained), "1.2.3a")
    assert "Judged above the line though the interviews are below 65%; the rationale of key question 1.2.3 " \
           "is recorded." in view.notes
    # Judged below again: settled whatever the rationale.
    assert flags(content, judged(above, "1.2.3a", Sufficiency.BELOW), "1.2.3a") == ()


def test_a_decisive_mark_on_a_prompt_above_the_line_until_taken_off_or_judged_below(
    content: Content, demo: Inspection
) -> None:
    marked = judged(demo, "1.1.1a", Sufficiency.ABOVE, decisive=True)
    assert flags(content, marked, "1.1.1a") == (DECISIVE_NOT_APPLIED,)
    assert flags(content, judged(demo, "1.1.1a", Sufficiency.ABOVE), "1.1.1a") == ()
    assert flags(content, judged(demo, "1.1.1a", Sufficiency.BELOW, decisive=True), "1.1.1a") == ()


# --- key questions ----------------------------------------------------------------------------------------


def test_a_key_question_departing_from_the_suggestion_until_its_rationale_is_typed(
    content: Content, demo: Inspection
) -> None:
    departing = answered(demo, "1.3.1", Answer.YES, "")  # 'yes' against the suggested 'no'
    assert flags(content, departing, "1.3.1") == (RATIONALE_REQUIRED,)
    settled = answered(demo, "1.3.1", Answer.YES, "Partnership working is strong despite the gaps")
    assert flags(content, settled, "1.3.1") == ()
    # Whitespace is no rationale.
    assert flags(content, answered(demo, "1.3.1", Answer.YES, "  \n"), "1.3.1") == (RATIONALE_REQUIRED,)
    # The ratings panel still sees the departure, now with its rationale: on 1.3's row and in its detail.
    evaluation = evaluation_of(content, settled)
    row = next(r for r in panel_view(content, evaluation).rows if r.standard_id == "1.3")
    assert row.departures == 1
    detail = panel_detail(content, settled, evaluation, "1.3", "Helen Marsh", False)
    (mark,) = detail.departures
    assert mark.where == "Key question 1.3.1"
    assert mark.rationale == "Partnership working is strong despite the gaps" and not mark.rationale_required
    # Answered as suggested: no departure of the key question's (1.3's 'Good' now departs from its default).
    as_suggested = answered(demo, "1.3.1", Answer.NO, "")
    evaluation = evaluation_of(content, as_suggested)
    marks = panel_detail(content, as_suggested, evaluation, "1.3", "Helen Marsh", False).departures
    assert [m.where for m in marks] == ["Standard 1.3"]


# --- standards --------------------------------------------------------------------------------------------


def test_a_standard_departing_from_its_default_until_its_rationale_is_typed(content: Content, demo: Inspection) -> None:
    good = demo.proposal("1.4")  # 'Good' against the default 'Requires improvement', with a rationale
    assert good.proposed is Rating.GOOD and good.rationale and flags(content, demo, "1.4") == ()
    bare = proposed(demo, "1.4", Rating.GOOD, "")
    assert flags(content, bare, "1.4") == (RATIONALE_REQUIRED,)
    evaluation = evaluation_of(content, demo)
    (mark,) = (d for d in panel_detail(content, demo, evaluation, "1.4", "Helen Marsh", False).departures
               if d.where.startswith("Standard"))
    assert mark.rationale == good.rationale


def test_a_standard_departing_from_decision_guidance_until_its_rationale_is_typed(
    content: Content, demo: Inspection
) -> None:
    # 1.3 'Inadequate' while 2.3 and 3.3 are 'Good': the guidance of seed line 121 is not met.
    departing = proposed(demo, "1.3", Rating.INADEQUATE, "")
    assert set(flags(content, departing, "1.3")) == {DEPARTS_FROM_GUIDANCE, RATIONALE_REQUIRED}
    settled = proposed(demo, "1.3", Rating.INADEQUATE, "The partnership has collapsed since the case sample")
    assert flags(content, settled, "1.3") == ()


def test_a_standard_breaching_a_decision_rule_until_the_rating_no_longer_breaches_it(
    content: Content, demo: Inspection
) -> None:
    # 1.1 'Outstanding' while not every domain two and three rating is 'Good' or better (seed line 103): a
    # rationale does not settle it, "Decision rules are non-negotiable" (seed line 97).
    breaching = proposed(demo, "1.1", Rating.OUTSTANDING, "A very strong board")
    assert BREACHES_RULE in flags(content, breaching, "1.1")
    assert BREACHES_RULE not in flags(content, proposed(demo, "1.1", Rating.GOOD, "A strong board"), "1.1")


# --- the overall rating and the details -------------------------------------------------------------------


def outstanding(demo: Inspection, resettlement: Rating, diversity: bool | None = True) -> Inspection:
    """Every counted standard 'Outstanding' and 4.1 as given."""
    case = tuple((s, Rating.OUTSTANDING) for s in ("2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3"))
    proposals = tuple(StandardProposal(s, Rating.OUTSTANDING, "evidence") for s in ("1.1", "1.2", "1.3", "1.4", "3.4"))
    return replace(demo, case_counts=(), case_ratings=case, proposals=(*proposals, StandardProposal("4.1", resettlement,
                   "evidence")), diversity=DiversityFinding(diversity))


def every_rating_agreed(content: Content, inspection: Inspection) -> Inspection:
    return agreed(content, inspection, *(s.id for s in content.rating_scheme.standards))


def test_the_cap_of_the_decision_rule_on_4_1_until_the_panel_agrees_the_overall_rating(
    content: Content, demo: Inspection
) -> None:
    capped = outstanding(demo, Rating.INADEQUATE)
    assert flags(content, capped, OVERALL) == (CAPPED,) == ("capped by the decision rule on 4.1",)
    assert flags(content, every_rating_agreed(content, capped), OVERALL) == ()
    assert flags(content, outstanding(demo, Rating.GOOD), OVERALL) == ()


def test_the_limiting_judgement_on_diversity_until_the_panel_agrees_the_overall_rating(
    content: Content, demo: Inspection
) -> None:
    # Seed line 129: the panel "will challenge any proposed overall outstanding rating" where diversity is
    # insufficient.
    challenged = outstanding(demo, Rating.GOOD, diversity=False)
    assert flags(content, challenged, OVERALL) == (LIMITING,)
    assert flags(content, every_rating_agreed(content, challenged), OVERALL) == ()
    assert flags(content, outstanding(demo, Rating.GOOD, diversity=True), OVERALL) == ()


def test_the_diversity_finding_until_it_is_recorded(content: Content, demo: Inspection) -> None:
    assert flags(content, replace(demo, diversity=DiversityFinding(None)), DETAILS) == (DIVERSITY_NOT_RECORDED,)
    assert flags(content, replace(demo, diversity=DiversityFinding(False)), DETAILS) == ()
    assert flags(content, replace(demo, diversity=DiversityFinding(True)), DETAILS) == ()
