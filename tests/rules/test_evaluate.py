"""The whole engine: evaluate(), its JSON and text views, and properties over random inspections."""

from __future__ import annotations

import json
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from inspector.forms.model import Forms
from inspector.framework.model import RATING_ORDER, Framework, Rating
from inspector.framework.rating_scheme import RatingScheme
from inspector.inspection.model import (
    Answer,
    CaseCount,
    DiversityFinding,
    Inspection,
    Interview,
    InterviewAnswer,
    InterviewResponse,
    KeyQuestionAnswer,
    PromptJudgement,
    StandardProposal,
    Sufficiency,
    TalliedPercentage,
)
from inspector.rules.evaluate import evaluate, evaluation_to_json, format_evaluation
from inspector.rules.findings import FindingKind
from tests.rules.builders import grid, make_inspection


def sample(framework: Framework, resettlement_cases: int = 0) -> Inspection:
    kq = framework.key_question("1.1.2")
    workload = tuple(
        Interview(f"CM-{i:02d}", "case-manager-interview", "1",
                  responses=(("workload", InterviewResponse(InterviewAnswer.YES if i % 3 else InterviewAnswer.NO)),))
        for i in range(1, 4)
    )
    return make_inspection(
        framework,
        resettlement_cases=resettlement_cases,
        judgements=grid(kq, "AAABD"),
        answers=(KeyQuestionAnswer("1.1.2", Answer.YES),),
        proposals=(StandardProposal("4.1", Rating.INADEQUATE),),
        interviews=workload,
        case_ratings=(("2.1", Rating.GOOD),),
        case_counts=(CaseCount("2.2", "Planning: desistance", 13, 20),),
    )


def test_json_has_the_agreed_shape(framework: Framework, scheme: RatingScheme, forms: Forms) -> None:
    data = evaluation_to_json(evaluate(framework, scheme, forms, sample(framework)))
    json.dumps(data)  # plain JSON
    kq = data["key_questions"]["1.1.2"]
    assert {"suggested", "answer", "above", "below", "unjudged", "decisive", "reason"} <= kq.keys()
    assert (kq["suggested"], kq["answer"], kq["above"], kq["below"], kq["unjudged"], kq["decisive"]) == (
        "no", "yes", 3, 2, 0, ["1.1.2e"])
    assert kq["departs"] is True and kq["rationale_required"] is True
    standard = data["standards"]["1.1"]
    assert {"default", "rating", "share", "findings"} <= standard.keys()
    assert data["standards"]["4.1"]["rating"] == "Not rated"
    assert data["standards"]["4.1"]["default"] == "Not rated"
    result = data["interview_results"]["1.2.1c"]
    assert {"n", "percent", "band", "below_threshold"} <= result.keys()
    assert (result["n"], result["percent"], result["band"], result["below_threshold"]) == (
        3, 66.7, "reasonable majority", False)
    assert (data["case_ratings"]["2.1"]["rating"], data["case_ratings"]["2.1"]["derived_from"]) == ("Good", "entered")
    planning = data["case_ratings"]["2.2"]
    assert (planning["rating"], planning["derived_from"]) == ("Good", "case counts")
    assert planning["lowest"] == {"key_question": "Planning: desistance", "percent": 65.0}
    assert data["case_ratings"]["2.3"]["rating"] is None
    over = data["overall"]
    assert {"score", "max", "rating", "band_from_points", "incomplete", "findings"} <= over.keys()
    assert over["score"] is None and over["max"] == 36 and "1.1" in over["incomplete"]
    assert over["resettlement"] == {"status": "not rated", "rating": "Not rated"}
    for finding in [f for s in data["standards"].values() for f in s["findings"]] + over["findings"]:
        assert {"kind", "message", "source_line"} <= finding.keys()


def test_text_view_reads_plainly(framework: Framework, scheme: RatingScheme, forms: Forms) -> None:
    text = format_evaluation(evaluate(framework, scheme, forms, sample(framework)), framework)
    assert "  1.1.2  suggested: no; answer: yes (departs from the suggestion)" in text
    assert "decisive shortfall at 1.1.2e precludes 'yes'" in text
    assert "  1.2.1c  66.7% (2 of 3; reasonable majority)" in text
    assert "  2.2 Planning: Good (from case counts); lowest key question: Planning: desistance, 65%" in text
    assert "  4.1 resettlement: Not rated (not counted in the score)" in text
    assert "[rationale required]" in text


def test_snapshot_references_the_content_lacks_are_named(
    framework: Framework, scheme: RatingScheme, forms: Forms
) -> None:
    inspection = make_inspection(
        framework,
        judgements=(PromptJudgement("1.1.9z", Sufficiency.ABOVE),),
        answers=(KeyQuestionAnswer("7.7.7", Answer.YES),),
        proposals=(StandardProposal("2.1", Rating.GOOD),),
        tallies=(TalliedPercentage("1.1.1a", Decimal(70)),),
        case_ratings=(("1.2", Rating.GOOD),),
        interviews=(
            Interview("CM-01", "case-manager-interview", "0.9"),
            Interview("CM-02", "case-manager-interview", "1",
                      responses=(("pets", InterviewResponse(InterviewAnswer.YES)),)),
        ),
    )
    messages = [f.message for f in evaluate(framework, scheme, forms, inspection).findings]
    assert all(f.kind is FindingKind.NOTE for f in evaluate(framework, scheme, forms, inspection).findings)
    for expected in ("1.1.9z, which is not a prompt", "7.7.7, which is not a key question",
                     "2.1, which is not a standard of the framework", "1.1.1a, which does not draw on interviews",
                     "1.2, which is not rated from case data", "CM-01 uses form case-manager-interview version 0.9",
                     "CM-02 answers question 'pets'"):
        assert any(expected in m for m in messages), expected


def test_framework_version_mismatch_is_noted(framework: Framework, scheme: RatingScheme, forms: Forms) -> None:
    inspection = Inspection(make_inspection(framework).details, framework.id, "v3.3, 2023")
    [note] = evaluate(framework, scheme, forms, inspection).findings
    assert "v3.3, 2023" in note.message and framework.version in note.message


# --- properties over random inspections -----------------------------------------------------------

_ratings = st.one_of(st.none(), st.sampled_from(RATING_ORDER))


@st.composite
def inspections(draw: st.DrawFn, framework: Framework, scheme: RatingScheme, forms: Forms) -> Inspection:
    prompts = framework.prompts
    marks = draw(st.lists(
        st.tuples(st.sampled_from([None, Sufficiency.ABOVE, Sufficiency.BELOW]), st.booleans()),
        min_size=len(prompts), max_size=len(prompts)))
    kqs = [kq for s in framework.standards for kq in s.key_questions]
    answers = draw(st.lists(st.tuples(st.sampled_from([None, Answer.YES, Answer.NO]), st.sampled_from(["", "Why."])),
                            min_size=len(kqs), max_size=len(kqs)))
    rationales = st.sampled_from(["", "Why."])
    proposals = [StandardProposal(s.id, draw(_ratings), draw(rationales)) for s in framework.standards]
    case_ids = [s.id for s in scheme.standards if s.rated_from == "case_data"]
    case_ratings = [(sid, r) for sid in case_ids if (r := draw(_ratings)) is not None]
    case_counts = draw(st.lists(st.builds(
        CaseCount, st.sampled_from(case_ids), st.sampled_from(["desistance", "safety", "others"]),
        st.integers(-1, 30), st.integers(0, 30)), max_size=6))
    form = next(iter(forms))
    interviews = draw(st.lists(st.builds(
        lambda answers: Interview("CM", form.id, form.version, responses=tuple(
            (q.id, InterviewResponse(a)) for q, a in zip(form.questions, answers, strict=False))),
        st.lists(st.sampled_from(list(InterviewAnswer)), max_size=len(form.questions))), max_size=12))
    linked = [p.id for p in prompts if p.interview_link]
    tallies = draw(st.lists(st.builds(
        TalliedPercentage, st.sampled_from(linked),
        st.decimals(min_value=-5, max_value=105, places=2, allow_nan=False, allow_infinity=False),
        st.one_of(st.none(), st.integers(0, 40))), max_size=3))
    return make_inspection(
        framework,
        resettlement_cases=draw(st.one_of(st.none(), st.integers(-1, 5))),
        judgements=tuple(PromptJudgement(p.id, s, d) for p, (s, d) in zip(prompts, marks, strict=True)),
        answers=tuple(KeyQuestionAnswer(kq.id, a, r) for kq, (a, r) in zip(kqs, answers, strict=True)),
        proposals=tuple(proposals),
        case_ratings=tuple(case_ratings),
        case_counts=tuple(case_counts),
        interviews=tuple(interviews),
        tallies=tuple(tallies),
        diversity=DiversityFinding(draw(st.sampled_from([None, True, False]))),
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_any_inspection_evaluates_consistently(
    framework: Framework, scheme: RatingScheme, forms: Forms, data: st.DataObject
) -> None:
    inspection = data.draw(inspections(framework, scheme, forms))
    evaluation = evaluate(framework, scheme, forms, inspection)
    json.dumps(evaluation_to_json(evaluation))
    assert format_evaluation(evaluation, framework).endswith("\n")

    for k in evaluation.key_questions:
        assert k.suggestion in (Answer.YES, Answer.NO, None)
        if k.suggestion is Answer.YES:
            assert not k.unjudged and not k.decisive and len(k.above) > len(k.below)
        elif k.suggestion is Answer.NO:
            assert k.decisive or (not k.unjudged and len(k.below) >= len(k.above))
        else:
            assert k.unjudged and not k.decisive

    o = evaluation.overall
    assert o.maximum == 36
    assert (o.score is None) == bool(o.incomplete)
    if o.score is not None:
        assert 0 <= o.score <= 36
        assert o.score == sum(p for _, p in o.points if p is not None)
        [band] = [b for b in scheme.overall_bands if b.minimum <= o.score <= b.maximum]
        assert o.band_from_points is band.rating
        capped = band.rating is Rating.OUTSTANDING and o.resettlement.rating is Rating.INADEQUATE
        assert o.rating is (Rating.GOOD if capped else band.rating)
    else:
        assert o.rating is None and o.band_from_points is None
    for result in evaluation.interview_results:
        if result.percent is not None:
            assert 0 <= result.percent <= 100
            threshold = result.threshold_percent
            assert result.below_threshold == (threshold is not None and result.percent < threshold)
