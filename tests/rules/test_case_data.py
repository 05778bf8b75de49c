"""Domain two and three ratings from case counts (rating-scheme.yaml, case_data_rule and case_data_bands)."""

from __future__ import annotations

from fractions import Fraction

import pytest

from inspector.framework.model import Framework, Rating
from inspector.framework.rating_scheme import RatingScheme, SchemeStandard
from inspector.inspection.model import CaseCount
from inspector.rules.case_data import case_data_band, case_rating, case_ratings
from inspector.rules.findings import FindingKind
from tests.rules.builders import make_inspection


def _scheme_standard(scheme: RatingScheme, standard_id: str) -> SchemeStandard:
    return next(s for s in scheme.standards if s.id == standard_id)


@pytest.mark.parametrize(
    ("value", "rating"),
    [
        pytest.param(Fraction(0), Rating.INADEQUATE, id="rating-scheme-0"),
        pytest.param(Fraction(4999, 100), Rating.INADEQUATE, id="rating-scheme-49.99"),
        pytest.param(Fraction(50), Rating.REQUIRES_IMPROVEMENT, id="rating-scheme-50"),
        pytest.param(Fraction(6499, 100), Rating.REQUIRES_IMPROVEMENT, id="rating-scheme-64.99"),
        pytest.param(Fraction(65), Rating.GOOD, id="rating-scheme-65"),
        pytest.param(Fraction(79), Rating.GOOD, id="rating-scheme-79"),
        pytest.param(Fraction(7999, 100), Rating.GOOD, id="rating-scheme-79.99"),
        pytest.param(Fraction(80), Rating.OUTSTANDING, id="rating-scheme-80"),
        pytest.param(Fraction(100), Rating.OUTSTANDING, id="rating-scheme-100"),
    ],
)
def test_case_data_band(scheme: RatingScheme, value: Fraction, rating: Rating) -> None:
    assert case_data_band(value, scheme) is rating


@pytest.mark.parametrize(
    ("counts", "rating", "lowest"),
    [
        pytest.param([("Assessment: desistance", 13, 20), ("Assessment: safety", 18, 20)], Rating.GOOD,
                     "Assessment: desistance", id="rating-scheme-lowest-13-of-20-is-65-good"),
        pytest.param([("Desistance", 12, 20), ("Safety", 20, 20)], Rating.REQUIRES_IMPROVEMENT, "Desistance",
                     id="rating-scheme-lowest-60-requires-improvement"),
        pytest.param([("Desistance", 7, 10), ("Safety", 8, 10), ("Keeping others safe", 16, 20)], Rating.GOOD,
                     "Desistance", id="rating-scheme-7-of-10-good"),
        pytest.param([("Desistance", 16, 20), ("Safety", 9, 10)], Rating.OUTSTANDING, "Desistance",
                     id="rating-scheme-lowest-80-outstanding"),
        pytest.param([("Desistance", 4, 10)], Rating.INADEQUATE, "Desistance", id="rating-scheme-40-inadequate"),
    ],
)
def test_rating_derived_from_the_lowest_key_question(
    framework: Framework, scheme: RatingScheme, counts: list[tuple[str, int, int]], rating: Rating, lowest: str
) -> None:
    inspection = make_inspection(framework, case_counts=tuple(CaseCount("2.1", *c) for c in counts))
    result = case_rating(_scheme_standard(scheme, "2.1"), scheme, inspection)
    assert result.rating is rating and result.derived is rating
    assert result.derived_from == "case counts"
    assert result.lowest is not None and result.lowest.key_question == lowest


def test_entered_rating_wins_and_a_disagreement_is_noted(framework: Framework, scheme: RatingScheme) -> None:
    inspection = make_inspection(
        framework, case_ratings=(("2.2", Rating.GOOD),), case_counts=(CaseCount("2.2", "Planning", 9, 20),)
    )
    result = case_rating(_scheme_standard(scheme, "2.2"), scheme, inspection)
    assert result.rating is Rating.GOOD and result.derived_from == "entered"
    assert result.derived is Rating.INADEQUATE
    [note] = result.findings
    assert "differs" in note.message and "45%" in note.message


def test_entered_rating_that_agrees_has_no_note(framework: Framework, scheme: RatingScheme) -> None:
    inspection = make_inspection(
        framework, case_ratings=(("2.2", Rating.GOOD),), case_counts=(CaseCount("2.2", "Planning", 14, 20),)
    )
    assert case_rating(_scheme_standard(scheme, "2.2"), scheme, inspection).findings == ()


@pytest.mark.parametrize(
    ("counts", "problem"),
    [
        pytest.param([("Planning", 0, 0)], "0 cases", id="zero-cases-refused"),
        pytest.param([("Planning", 12, 10)], "12 sufficient of 10 cases", id="more-sufficient-than-cases"),
        pytest.param([("Planning", -1, 10)], "-1 sufficient of 10 cases", id="negative-count"),
        pytest.param([("Planning", 5, 10), ("Planning", 6, 10)], "counted twice", id="key-question-twice"),
    ],
)
def test_unusable_counts_give_no_rating(
    framework: Framework, scheme: RatingScheme, counts: list[tuple[str, int, int]], problem: str
) -> None:
    inspection = make_inspection(framework, case_counts=tuple(CaseCount("3.2", *c) for c in counts))
    result = case_rating(_scheme_standard(scheme, "3.2"), scheme, inspection)
    assert result.rating is None and result.derived_from is None
    [note] = result.findings
    assert note.kind is FindingKind.NOTE and problem in note.message


def test_the_seven_case_data_standards(framework: Framework, scheme: RatingScheme) -> None:
    results = case_ratings(scheme, make_inspection(framework, case_ratings=(("3.3", Rating.OUTSTANDING),)))
    assert [r.standard_id for r in results] == ["2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3"]
    assert [r.rating for r in results] == [None] * 6 + [Rating.OUTSTANDING]
