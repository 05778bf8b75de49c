"""Case-manager interview results per prompt: exact percentages, the bands as framework.yaml reads them, the 65 per
cent threshold."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest

from inspector.forms.model import Forms
from inspector.framework.model import Framework, InterviewStrength
from inspector.inspection.model import (
    Interview,
    InterviewAnswer,
    InterviewResponse,
    TalliedPercentage,
)
from inspector.rules.interviews import interview_result, interview_results
from tests.rules.builders import make_inspection

FORM = ("case-manager-interview", "1")


def answered(
    question: str, yes: int, no: int, not_asked: int = 0, form: tuple[str, str] = FORM
) -> tuple[Interview, ...]:
    """One interview per answer, each answering only `question`."""
    answers = [InterviewAnswer.YES] * yes + [InterviewAnswer.NO] * no + [InterviewAnswer.NOT_ASKED] * not_asked
    return tuple(
        Interview(f"CM-{i:02d}", form[0], form[1], responses=((question, InterviewResponse(a)),))
        for i, a in enumerate(answers, start=1)
    )


@pytest.mark.parametrize(
    ("prompt_id", "question", "yes", "no", "percent", "band", "below"),
    [
        pytest.param("1.2.1c", "workload", 13, 7, 65, "Reasonable majority", False,
                     id="seed-714-13-of-20-is-65-not-below"),
        pytest.param("1.2.1c", "workload", 12, 8, 60, "Too few", True, id="seed-714-12-of-20-is-below-65"),
        pytest.param("1.2.4a", "training-needs", 7, 3, 70, "Reasonable majority", False, id="seed-975-7-of-10"),
        pytest.param("1.3.2a", "desistance-services", 64, 36, 64, "Too few", True, id="seed-1338-64-per-cent"),
        pytest.param("1.3.3a", "specialist-mainstream-access", 79, 21, 79, "Reasonable majority", False,
                     id="seed-1420-79-per-cent"),
        pytest.param("1.4.3a", "ict", 16, 4, 80, "Large majority", False,
                     id="seed-3146-3148-80-per-cent-large-majority"),
        pytest.param("1.2.1d", "management-oversight", 17, 3, 85, "Large majority", False, id="seed-729-85-per-cent"),
        pytest.param("1.2.4d", "promotion-reward", 1, 9, 10, "Minority", False,
                     id="seed-1023-no-threshold-never-below"),
    ],
)
def test_result_from_interviews(
    framework: Framework, forms: Forms, prompt_id: str, question: str, yes: int, no: int,
    percent: int, band: str | None, below: bool,
) -> None:
    inspection = make_inspection(framework, interviews=answered(question, yes, no))
    result = interview_result(framework.prompt(prompt_id), framework, forms, inspection)
    assert result.basis == "interviews"
    assert (result.yes, result.n) == (yes, yes + no)
    assert result.percent == percent
    assert (result.band.name if result.band else None) == band
    assert result.below_threshold is below


def test_not_asked_is_left_out(framework: Framework, forms: Forms) -> None:
    inspection = make_inspection(framework, interviews=answered("workload", 13, 7, not_asked=5))
    result = interview_result(framework.prompt("1.2.1c"), framework, forms, inspection)
    assert (result.yes, result.n, result.percent) == (13, 20, Fraction(65))


def test_exactly_80_per_cent_is_a_large_majority_without_a_note(framework: Framework, forms: Forms) -> None:
    # framework.yaml's boundary reading (editorial note on seed lines 3146-3152): 16 of 20 reaches 80.
    inspection = make_inspection(framework, interviews=answered("ict", 16, 4))
    result = interview_result(framework.prompt("1.4.3a"), framework, forms, inspection)
    assert result.band is not None and result.band.name == "Large majority"
    assert result.findings == ()


def test_answers_to_every_informing_question_are_pooled(framework: Framework, forms: Forms) -> None:
    # 1.2.3a is informed by management oversight (seed line 888) and the two supervision questions (line 892).
    interviews = (answered("management-oversight", 3, 1) + answered("supervision-regular", 2, 2)
                  + answered("supervision-quality", 1, 1, not_asked=1))
    inspection = make_inspection(framework, interviews=interviews)
    result = interview_result(framework.prompt("1.2.3a"), framework, forms, inspection)
    assert (result.yes, result.n) == (6, 10)
    assert {(q.question_id, q.yes, q.answered) for q in result.by_question} == {
        ("management-oversight", 3, 4), ("supervision-regular", 2, 4), ("supervision-quality", 1, 2)}
    # The same management-oversight answers also count for 1.2.1d.
    other = interview_result(framework.prompt("1.2.1d"), framework, forms, inspection)
    assert (other.yes, other.n) == (3, 4)


@pytest.mark.parametrize(
    ("tallied", "band", "below"),
    [
        pytest.param(Decimal(65), "Reasonable majority", False, id="tally-65-not-below"),
        pytest.param(Decimal("64.5"), "Too few", True, id="seed-3148-3150-tally-64.5-too-few-below"),
        pytest.param(Decimal("64.99"), "Too few", True, id="tally-64.99-below"),
        pytest.param(Decimal("80.5"), "Large majority", False, id="seed-3146-tally-80.5"),
    ],
)
def test_result_from_a_tally(
    framework: Framework, forms: Forms, tallied: Decimal, band: str | None, below: bool
) -> None:
    inspection = make_inspection(framework, tallies=(TalliedPercentage("1.3.2a", tallied, 18),))
    result = interview_result(framework.prompt("1.3.2a"), framework, forms, inspection)
    assert result.basis == "tally" and result.n == 18
    assert result.percent == Fraction(tallied)
    assert (result.band.name if result.band else None) == band
    assert result.below_threshold is below


def test_interviews_win_over_a_tally_with_a_note(framework: Framework, forms: Forms) -> None:
    inspection = make_inspection(
        framework, interviews=answered("workload", 9, 1), tallies=(TalliedPercentage("1.2.1c", Decimal(40)),)
    )
    result = interview_result(framework.prompt("1.2.1c"), framework, forms, inspection)
    assert result.basis == "interviews" and result.percent == 90
    assert any("tallied 40%" in f.message for f in result.findings)


@pytest.mark.parametrize(
    "tallied",
    [pytest.param(Decimal(120), id="seed-3146-tally-over-100-not-used"),
     pytest.param(Decimal(-1), id="seed-3152-tally-below-0-not-used")],
)
def test_impossible_tally_is_not_used(framework: Framework, forms: Forms, tallied: Decimal) -> None:
    inspection = make_inspection(framework, tallies=(TalliedPercentage("1.2.1c", tallied),))
    result = interview_result(framework.prompt("1.2.1c"), framework, forms, inspection)
    assert result.percent is None and not result.below_threshold
    assert "not used" in result.findings[0].message


def test_interviews_on_an_unknown_form_are_not_counted(framework: Framework, forms: Forms) -> None:
    unknown = ("case-manager-interview", "99")
    inspection = make_inspection(framework, interviews=answered("workload", 5, 0, form=unknown))
    result = interview_result(framework.prompt("1.2.1c"), framework, forms, inspection)
    assert result.basis is None and result.percent is None


def test_every_linked_prompt_has_a_result_carrying_the_seed_wording(framework: Framework, forms: Forms) -> None:
    results = interview_results(framework, forms, make_inspection(framework))
    linked = [p for p in framework.prompts if p.interview_link]
    assert [r.prompt_id for r in results] == [p.id for p in linked]
    for result, prompt in zip(results, linked, strict=True):
        assert prompt.interview_link is not None
        assert result.wording == prompt.interview_link.wording
        assert result.strength == prompt.interview_link.strength
        assert result.basis is None and not result.below_threshold
    strength = {r.prompt_id: r.strength for r in results}
    assert strength["1.2.1d"] is InterviewStrength.WOULD_RESULT
    assert strength["1.3.2a"] is InterviewStrength.WOULD_SUPPORT
