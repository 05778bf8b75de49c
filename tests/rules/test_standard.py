"""Standard level: the default rating (seed line 177 and its siblings), 3.4 without a default, the share
of positive responses against 1.1's table row (seed lines 3454-3456), and the proposal."""

from __future__ import annotations

from fractions import Fraction

import pytest

from inspector.framework.model import Framework, Rating
from inspector.framework.rating_scheme import RatingScheme
from inspector.inspection.model import (
    Answer,
    Inspection,
    KeyQuestionAnswer,
    PromptJudgement,
    StandardProposal,
    Sufficiency,
)
from inspector.rules.case_data import case_ratings
from inspector.rules.findings import FindingKind
from inspector.rules.ratings import standard_ratings
from inspector.rules.share import column_for, percentage_row, standard_share
from inspector.rules.standard import StandardResult, standard_result
from tests.rules.builders import make_inspection

Y, N, RI, GOOD = Answer.YES, Answer.NO, Rating.REQUIRES_IMPROVEMENT, Rating.GOOD


def result_for(framework: Framework, scheme: RatingScheme, standard_id: str, inspection: Inspection) -> StandardResult:
    ratings = standard_ratings(scheme, inspection, case_ratings(scheme, inspection))
    return standard_result(framework.standard(standard_id), framework, scheme, inspection, ratings)


def answers(framework: Framework, standard_id: str, given: list[Answer | None]) -> tuple[KeyQuestionAnswer, ...]:
    kqs = framework.standard(standard_id).key_questions
    return tuple(KeyQuestionAnswer(kq.id, a) for kq, a in zip(kqs, given, strict=True))


@pytest.mark.parametrize(
    ("standard_id", "given", "default", "reason"),
    [
        pytest.param("1.1", [Y, N, None], RI, "answered 'no': 1.1.2", id="seed-177-one-no-gives-ri-even-with-gaps"),
        pytest.param("1.1", [N, N, N], RI, "answered 'no': 1.1.1, 1.1.2, 1.1.3", id="seed-177-all-no"),
        pytest.param("1.1", [Y, Y, Y], GOOD, "every key question answered 'yes'", id="seed-177-all-yes-good-reading"),
        pytest.param("1.1", [Y, Y, None], None, "not yet answered: 1.1.3", id="seed-177-missing-answer-no-default"),
        pytest.param("1.2", [Y, Y, Y, Y, N], RI, "answered 'no': 1.2.5", id="seed-650-1.2"),
        pytest.param("1.3", [Y, Y, Y], GOOD, "every key question answered 'yes'", id="seed-1160-1.3"),
        pytest.param("1.4", [Y, N, Y, Y], RI, "answered 'no': 1.4.2", id="seed-1538-1.4-adopt-wording"),
        pytest.param("4.1", [N, Y, Y], RI, "answered 'no': 4.1.1", id="seed-2556-4.1"),
    ],
)
def test_default(
    framework: Framework, scheme: RatingScheme, standard_id: str, given: list[Answer | None],
    default: Rating | None, reason: str,
) -> None:
    inspection = make_inspection(framework, answers=answers(framework, standard_id, given))
    result = result_for(framework, scheme, standard_id, inspection)
    assert result.has_default_rule
    assert result.default is default
    assert result.default_reason == reason


@pytest.mark.parametrize(
    ("given", "proposed", "rationale", "departs", "required"),
    [
        pytest.param([Y, N, Y], RI, "", False, False, id="seed-177-proposal-follows-default"),
        pytest.param([Y, N, Y], GOOD, "", True, True, id="seed-177-override-to-good-needs-rationale"),
        pytest.param([Y, N, Y], GOOD, "Strong board; 1.1.2 shortfall minor.", True, False,
                     id="seed-177-override-with-rationale"),
        pytest.param([Y, Y, Y], Rating.INADEQUATE, "", True, True, id="seed-177-departs-from-good-reading"),
        pytest.param([Y, Y, None], GOOD, "", False, False, id="seed-177-no-default-yet-nothing-to-depart-from"),
    ],
)
def test_proposal_against_the_default(
    framework: Framework, scheme: RatingScheme, given: list[Answer | None], proposed: Rating,
    rationale: str, departs: bool, required: bool,
) -> None:
    inspection = make_inspection(
        framework, answers=answers(framework, "1.2", [*given, Y, Y]),
        proposals=(StandardProposal("1.2", proposed, rationale),),
    )
    result = result_for(framework, scheme, "1.2", inspection)
    assert result.proposed is proposed
    assert result.departs_from_default is departs
    assert result.rationale_required is required


@pytest.mark.parametrize(
    ("proposal", "required"),
    [
        pytest.param(StandardProposal("3.4", GOOD), True, id="editorial-1984-3.4-proposal-without-rationale"),
        pytest.param(StandardProposal("3.4", RI, "Joint decision panel not yet embedded."), False,
                     id="editorial-1984-3.4-proposal-with-rationale"),
        pytest.param(StandardProposal("3.4"), False, id="editorial-1984-3.4-nothing-proposed"),
    ],
)
def test_3_4_has_no_default(
    framework: Framework, scheme: RatingScheme, proposal: StandardProposal, required: bool
) -> None:
    inspection = make_inspection(framework, answers=answers(framework, "3.4", [N, N, N]), proposals=(proposal,))
    result = result_for(framework, scheme, "3.4", inspection)
    assert not result.has_default_rule
    assert result.default is None and not result.departs_from_default
    notes = [f for f in result.findings if f.kind is FindingKind.NOTE]
    assert len(notes) == 1 and "no standard-level judgement" in notes[0].message
    assert result.rationale_required is required


def test_only_3_4_lacks_the_default_rule(framework: Framework, scheme: RatingScheme) -> None:
    inspection = make_inspection(framework)
    results = [result_for(framework, scheme, s.id, inspection) for s in framework.standards]
    assert [r.standard_id for r in results if not r.has_default_rule] == ["3.4"]


@pytest.mark.parametrize(
    ("cases", "applies"),
    [pytest.param(0, False, id="seed-45-no-resettlement-cases-not-rated"),
     pytest.param(1, True, id="seed-45-one-case-applies"),
     pytest.param(None, True, id="seed-45-not-yet-entered-evaluated")],
)
def test_4_1_applies_only_with_resettlement_cases(
    framework: Framework, scheme: RatingScheme, cases: int | None, applies: bool
) -> None:
    inspection = make_inspection(framework, resettlement_cases=cases, proposals=(StandardProposal("4.1", GOOD),))
    result = result_for(framework, scheme, "4.1", inspection)
    assert result.applies is applies
    assert (result.proposed is None) is (not applies)


def positive_items(framework: Framework, standard_id: str, positive: int, outstanding: int = 0) -> Inspection:
    """The first `positive` of the standard's key questions then prompts positive, the last `outstanding`
    left open, the rest negative."""
    standard = framework.standard(standard_id)
    items: list[str] = [kq.id for kq in standard.key_questions] + [p.id for p in standard.prompts]
    answered, judged = [], []
    for index, item in enumerate(items):
        is_open = index >= len(items) - outstanding
        good = index < positive
        if item in {kq.id for kq in standard.key_questions}:
            answered.append(KeyQuestionAnswer(item, None if is_open else (Y if good else N)))
        else:
            sufficiency = Sufficiency.ABOVE if good else Sufficiency.BELOW
            judged.append(PromptJudgement(item, None if is_open else sufficiency))
    return make_inspection(framework, answers=tuple(answered), judgements=tuple(judged))


@pytest.mark.parametrize(
    ("positive", "column"),
    [
        pytest.param(22, Rating.OUTSTANDING, id="seed-3454-100-over-80"),
        pytest.param(18, Rating.OUTSTANDING, id="seed-3454-81.8-over-80"),
        pytest.param(17, GOOD, id="seed-3454-77.3-at-least-65"),
        pytest.param(15, GOOD, id="seed-3454-68.2-at-least-65"),
        pytest.param(14, RI, id="seed-3454-63.6-at-least-50"),
        pytest.param(11, RI, id="seed-3454-50-at-least-50"),
        pytest.param(10, None, id="seed-3454-45.5-no-column"),
        pytest.param(9, None, id="seed-3454-40.9-no-column"),
        pytest.param(8, Rating.INADEQUATE, id="seed-3456-36.4-40-or-lower"),
        pytest.param(0, Rating.INADEQUATE, id="seed-3456-0"),
    ],
)
def test_share_against_the_1_1_table_row(framework: Framework, positive: int, column: Rating | None) -> None:
    share = standard_share(framework.standard("1.1"), positive_items(framework, "1.1", positive))
    assert share.total == 22  # three key questions and 19 prompts, not the heading's 11
    assert share.positive == positive and share.percent == Fraction(positive * 100, 22)
    assert share.column is column
    if column is None:
        assert "falls in no column" in share.explanation


@pytest.mark.parametrize(
    ("value", "column"),
    [
        pytest.param(Fraction(8001, 100), Rating.OUTSTANDING, id="seed-3454-80.01"),
        pytest.param(Fraction(80), GOOD, id="seed-3454-exactly-80-is-not-over-80"),
        pytest.param(Fraction(65), GOOD, id="seed-3454-65"),
        pytest.param(Fraction(6499, 100), RI, id="seed-3454-64.99"),
        pytest.param(Fraction(50), RI, id="seed-3454-50"),
        pytest.param(Fraction(49), None, id="seed-3454-49-gap"),
        pytest.param(Fraction(41), None, id="seed-3454-41-gap"),
        pytest.param(Fraction(4001, 100), None, id="seed-3454-40.01-gap"),
        pytest.param(Fraction(40), Rating.INADEQUATE, id="seed-3456-40-or-lower"),
    ],
)
def test_share_boundaries(framework: Framework, value: Fraction, column: Rating | None) -> None:
    found = percentage_row(framework.standard("1.1"))
    assert found is not None
    assert column_for(value, found[1]) is column


def test_share_is_not_compared_until_everything_is_judged(framework: Framework) -> None:
    share = standard_share(framework.standard("1.1"), positive_items(framework, "1.1", 18, outstanding=2))
    assert share.outstanding == 2 and share.column is None
    assert "2 not yet answered or judged" in share.explanation


def test_only_1_1_has_a_percentage_row(framework: Framework) -> None:
    assert [s.id for s in framework.standards if percentage_row(s)] == ["1.1"]
    share = standard_share(framework.standard("1.2"), positive_items(framework, "1.2", 26))
    assert share.percent == 100 and share.row is None and share.column is None
