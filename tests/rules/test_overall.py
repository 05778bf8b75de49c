"""The overall rating: points and bands (rating-scheme.yaml), 4.1's decision rule (seed line 125), its
applicability (seed line 45) and the diversity limiting judgement (seed line 129)."""

from __future__ import annotations

import pytest

from inspector.framework.model import Framework, Rating
from inspector.framework.rating_scheme import RatingScheme
from inspector.inspection.model import DiversityFinding, Inspection, StandardProposal
from inspector.rules.case_data import case_ratings
from inspector.rules.findings import FindingKind
from inspector.rules.overall import Overall, overall
from inspector.rules.ratings import standard_ratings
from tests.rules.builders import make_inspection

LETTERS = {"O": Rating.OUTSTANDING, "G": Rating.GOOD, "R": Rating.REQUIRES_IMPROVEMENT, "I": Rating.INADEQUATE}


def rated(
    framework: Framework, scheme: RatingScheme, counted: str, four_one: Rating | None = None,
    resettlement_cases: int | None = 3, diversity: bool | None = True,
) -> Inspection:
    """counted: one letter per counted standard in scheme order (1.1-1.4, 2.1-2.4, 3.1-3.4), '-' for none."""
    proposals, case = [], []
    for standard, letter in zip(scheme.counted, counted, strict=True):
        if letter == "-":
            continue
        if standard.rated_from == "case_data":
            case.append((standard.id, LETTERS[letter]))
        else:
            proposals.append(StandardProposal(standard.id, LETTERS[letter], "Rationale recorded."))
    proposals.append(StandardProposal("4.1", four_one, "Rationale recorded."))
    return make_inspection(
        framework, resettlement_cases=resettlement_cases, proposals=tuple(proposals), case_ratings=tuple(case),
        diversity=DiversityFinding(diversity),
    )


def overall_of(framework: Framework, scheme: RatingScheme, inspection: Inspection) -> Overall:
    ratings = standard_ratings(scheme, inspection, case_ratings(scheme, inspection))
    return overall(framework, scheme, inspection, ratings)


@pytest.mark.parametrize(
    ("counted", "score", "band"),
    [
        pytest.param("IIIIIIIIIIII", 0, "Inadequate", id="rating-scheme-0"),
        pytest.param("RRRRRRIIIIII", 6, "Inadequate", id="rating-scheme-6-top-of-inadequate"),
        pytest.param("GRRRRRIIIIII", 7, "Requires improvement", id="rating-scheme-7"),
        pytest.param("OOOOOOIIIIII", 18, "Requires improvement", id="rating-scheme-18"),
        pytest.param("OOOOOORIIIII", 19, "Good", id="rating-scheme-19"),
        pytest.param("GGGGGGGGGGGG", 24, "Good", id="rating-scheme-all-good-24"),
        pytest.param("OOOOOOGGGGGG", 30, "Good", id="rating-scheme-30"),
        pytest.param("OOOOOOOGGGGG", 31, "Outstanding", id="rating-scheme-31"),
        pytest.param("OOOOOOOOOOOO", 36, "Outstanding", id="rating-scheme-36"),
    ],
)
def test_points_and_band(framework: Framework, scheme: RatingScheme, counted: str, score: int, band: str) -> None:
    result = overall_of(framework, scheme, rated(framework, scheme, counted, Rating.GOOD))
    assert result.score == score and result.maximum == 36
    assert result.band_from_points is Rating(band) and result.rating is Rating(band)
    assert result.incomplete == () and not result.capped


def test_4_1_is_not_counted(framework: Framework, scheme: RatingScheme) -> None:
    best = overall_of(framework, scheme, rated(framework, scheme, "GGGGGGGGGGGG", Rating.OUTSTANDING))
    worst = overall_of(framework, scheme, rated(framework, scheme, "GGGGGGGGGGGG", Rating.INADEQUATE))
    assert best.score == worst.score == 24
    assert [sid for sid, _ in best.points] == [s.id for s in scheme.counted]
    assert "4.1" not in dict(best.points)


@pytest.mark.parametrize(
    ("counted", "four_one", "band", "rating"),
    [
        pytest.param("OOOOOOOOOOOO", Rating.INADEQUATE, Rating.OUTSTANDING, Rating.GOOD,
                     id="seed-125-capped-below-outstanding"),
        pytest.param("OOOOOOOGGGGG", Rating.INADEQUATE, Rating.OUTSTANDING, Rating.GOOD, id="seed-125-capped-at-31"),
        pytest.param("OOOOOOOOOOOO", Rating.REQUIRES_IMPROVEMENT, Rating.OUTSTANDING, Rating.OUTSTANDING,
                     id="seed-125-ri-does-not-cap"),
        pytest.param("GGGGGGGGGGGG", Rating.INADEQUATE, Rating.GOOD, Rating.GOOD, id="seed-125-nothing-to-cap"),
    ],
)
def test_resettlement_decision_rule(
    framework: Framework, scheme: RatingScheme, counted: str, four_one: Rating, band: Rating, rating: Rating
) -> None:
    result = overall_of(framework, scheme, rated(framework, scheme, counted, four_one))
    assert result.band_from_points is band and result.rating is rating
    rules = [f for f in result.findings if f.kind is FindingKind.RULE]
    assert result.capped is (band != rating)
    assert len(rules) == (1 if result.capped else 0)
    if rules:
        assert rules[0].source_line == 125 and not rules[0].permitted
        assert "(4.1) is unable to achieve an outstanding overall rating" in rules[0].text


@pytest.mark.parametrize(
    ("cases", "four_one", "status", "capped"),
    [
        pytest.param(0, Rating.INADEQUATE, "not rated", False, id="seed-45-no-cases-not-rated-no-cap"),
        pytest.param(None, Rating.INADEQUATE, "not yet known", False, id="seed-45-cases-not-entered"),
        pytest.param(2, None, "not yet proposed", False, id="seed-45-applies-not-proposed"),
        pytest.param(2, Rating.INADEQUATE, "rated", True, id="seed-45-applies-inadequate-caps"),
    ],
)
def test_resettlement_status(
    framework: Framework, scheme: RatingScheme, cases: int | None, four_one: Rating | None, status: str, capped: bool
) -> None:
    result = overall_of(framework, scheme, rated(framework, scheme, "OOOOOOOOOOOO", four_one, resettlement_cases=cases))
    assert result.resettlement.status == status
    assert result.capped is capped
    if status in ("not yet known", "not yet proposed"):
        [note] = [f for f in result.findings if f.kind is FindingKind.INCOMPLETE]
        assert "would rule 'Outstanding' out" in note.message and note.source_line == 125


@pytest.mark.parametrize(
    ("counted", "diversity", "kinds"),
    [
        pytest.param("OOOOOOOOOOOO", False, [FindingKind.LIMITING], id="seed-129-outstanding-insufficient-diversity"),
        pytest.param("OOOOOOOOOOOO", True, [], id="seed-129-outstanding-sufficient-diversity"),
        pytest.param("OOOOOOOOOOOO", None, [FindingKind.INCOMPLETE], id="seed-129-outstanding-diversity-not-recorded"),
        pytest.param("GGGGGGGGGGGG", False, [], id="seed-129-good-is-not-challenged"),
    ],
)
def test_diversity_limiting_judgement(
    framework: Framework, scheme: RatingScheme, counted: str, diversity: bool | None, kinds: list[FindingKind]
) -> None:
    result = overall_of(framework, scheme, rated(framework, scheme, counted, Rating.GOOD, diversity=diversity))
    assert [f.kind for f in result.findings] == kinds
    assert result.rating is result.band_from_points  # a challenge, not a cap
    if kinds == [FindingKind.LIMITING]:
        assert result.findings[0].source_line == 129 and result.findings[0].text.startswith("LIMITING JUDGEMENT")


def test_a_capped_rating_is_not_challenged_on_diversity(framework: Framework, scheme: RatingScheme) -> None:
    inspection = rated(framework, scheme, "OOOOOOOOOOOO", Rating.INADEQUATE, diversity=False)
    result = overall_of(framework, scheme, inspection)
    assert [f.kind for f in result.findings] == [FindingKind.RULE]


def test_missing_standards_leave_the_overall_incomplete(framework: Framework, scheme: RatingScheme) -> None:
    result = overall_of(framework, scheme, rated(framework, scheme, "GGGG-GGGGGG-", Rating.GOOD))
    assert result.score is None and result.rating is None and result.band_from_points is None
    assert result.incomplete == ("2.1", "3.4")
    assert dict(result.points)["2.1"] is None and dict(result.points)["1.1"] == 2
    incomplete = [f for f in result.findings if f.kind is FindingKind.INCOMPLETE]
    assert incomplete[0].message == "No overall score yet: no rating for 2.1, 3.4."
