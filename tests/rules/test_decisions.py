"""Decision rules and decision guidance for 1.1 (seed lines 103-111) and 1.3 (seed lines 115-121), decided
as soon as the ratings known so far decide them."""

from __future__ import annotations

import pytest

from inspector.framework.model import Framework, Rating
from inspector.framework.rating_scheme import RatingScheme
from inspector.inspection.model import Inspection, StandardProposal
from inspector.rules.case_data import case_ratings
from inspector.rules.decisions import CHECKS, RelatedRatings, Verdict, verdict
from inspector.rules.findings import Finding, FindingKind
from inspector.rules.ratings import standard_ratings
from inspector.rules.standard import StandardResult, standard_result
from tests.rules.builders import make_inspection
from tests.seed import normalise, seed_lines

OUT, GOOD, RI, INAD = Rating.OUTSTANDING, Rating.GOOD, Rating.REQUIRES_IMPROVEMENT, Rating.INADEQUATE
CASE_STANDARDS = ("2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3")


def evaluate_standard(
    framework: Framework, scheme: RatingScheme, standard_id: str, proposed: Rating | None,
    domain_two_three: str, rationale: str = "",
) -> StandardResult:
    """domain_two_three: one letter per rating of 2.1-2.4, 3.1-3.3 and then 3.4 (O, G, R, I, or - for none)."""
    letters = {"O": OUT, "G": GOOD, "R": RI, "I": INAD}
    given = dict(zip((*CASE_STANDARDS, "3.4"), domain_two_three, strict=True))
    case = tuple((sid, letters[given[sid]]) for sid in CASE_STANDARDS if given[sid] != "-")
    proposals = [StandardProposal(standard_id, proposed, rationale)]
    if given["3.4"] != "-":
        proposals.append(StandardProposal("3.4", letters[given["3.4"]], "Proposed by the lead inspector."))
    inspection = make_inspection(framework, case_ratings=case, proposals=tuple(proposals))
    return _result(framework, scheme, standard_id, inspection)


def _result(framework: Framework, scheme: RatingScheme, standard_id: str, inspection: Inspection) -> StandardResult:
    ratings = standard_ratings(scheme, inspection, case_ratings(scheme, inspection))
    return standard_result(framework.standard(standard_id), framework, scheme, inspection, ratings)


def decision_finding(result: StandardResult) -> Finding:
    [finding] = [f for f in result.findings if f.kind in (FindingKind.RULE, FindingKind.GUIDANCE)]
    return finding


@pytest.mark.parametrize(
    ("standard_id", "proposed", "ratings", "kind", "met", "line"),
    [
        # 1.1 against all domain two and three ratings: 2.1 2.2 2.3 2.4 3.1 3.2 3.3 3.4
        pytest.param("1.1", OUT, "GGOGGGOG", FindingKind.RULE, True, 103, id="seed-103-all-good-or-better"),
        pytest.param("1.1", OUT, "GGOGGGRG", FindingKind.RULE, False, 103, id="seed-103-one-ri-not-permitted"),
        pytest.param("1.1", OUT, "GGGGGGGR", FindingKind.RULE, False, 103, id="seed-103-3.4-counts-as-domain-three"),
        pytest.param("1.1", GOOD, "GGGGGGRR", FindingKind.GUIDANCE, True, 105, id="seed-105-75-per-cent-good"),
        pytest.param("1.1", GOOD, "GGGGGOOO", FindingKind.GUIDANCE, True, 105,
                     id="seed-105-all-good-is-a-reasonable-majority"),
        pytest.param("1.1", GOOD, "GGGGGRRR", FindingKind.GUIDANCE, False, 105, id="seed-105-62.5-per-cent-departs"),
        pytest.param("1.1", GOOD, "GGGGGGGI", FindingKind.GUIDANCE, False, 105, id="seed-105-an-inadequate-departs"),
        pytest.param("1.1", RI, "GGGRRRRR", FindingKind.GUIDANCE, True, 107, id="seed-107-fewer-than-half-rest-ri"),
        pytest.param("1.1", RI, "GGGRRRII", FindingKind.GUIDANCE, False, 107, id="seed-107-remainder-60-per-cent-ri"),
        pytest.param("1.1", RI, "GGGGRRRR", FindingKind.GUIDANCE, False, 107, id="seed-107-exactly-half-good"),
        pytest.param("1.1", INAD, "GGIIIIRR", FindingKind.GUIDANCE, True, 111,
                     id="seed-111-more-than-half-rest-inadequate"),
        pytest.param("1.1", INAD, "GGIIIRRR", FindingKind.GUIDANCE, False, 111,
                     id="seed-111-exactly-half-rest-inadequate"),
        # 1.3 against 2.3 and 3.3 (the other ratings are set so that they are complete, and do not matter)
        pytest.param("1.3", OUT, "IIOIIIOI", FindingKind.RULE, True, 115, id="seed-115-both-outstanding"),
        pytest.param("1.3", OUT, "OOOOOOGO", FindingKind.RULE, False, 115, id="seed-115-3.3-good-not-permitted"),
        pytest.param("1.3", GOOD, "IIGIIIRI", FindingKind.GUIDANCE, True, 117, id="seed-117-good-and-ri"),
        pytest.param("1.3", GOOD, "GGOGGGGG", FindingKind.GUIDANCE, False, 117,
                     id="seed-117-outstanding-2.3-as-printed"),
        pytest.param("1.3", RI, "GGRGGGIG", FindingKind.GUIDANCE, False, 119, id="seed-119-an-inadequate-departs"),
        pytest.param("1.3", RI, "GGRGGGGG", FindingKind.GUIDANCE, True, 119, id="seed-119-ri-and-good"),
        pytest.param("1.3", INAD, "GGIGGGRG", FindingKind.GUIDANCE, True, 121, id="seed-121-inadequate-and-ri"),
        pytest.param("1.3", INAD, "GGGGGGIG", FindingKind.GUIDANCE, False, 121, id="seed-121-good-departs"),
    ],
)
def test_decision_rule_for_the_proposal(
    framework: Framework, scheme: RatingScheme, standard_id: str, proposed: Rating, ratings: str,
    kind: FindingKind, met: bool, line: int,
) -> None:
    result = evaluate_standard(framework, scheme, standard_id, proposed, ratings)
    finding = decision_finding(result)
    assert finding.kind is kind and finding.met is met and finding.source_line == line
    assert finding.permitted is (met or kind is FindingKind.GUIDANCE)
    assert result.permitted is finding.permitted
    assert "cannot be worked out from yes/no answers" in finding.message
    # The finding carries the seed's wording verbatim (whitespace and markup aside).
    assert normalise(finding.text)[:120] in normalise(" ".join(seed_lines()[line - 1:line + 2]))
    # A departure from guidance needs a rationale; none was given here.
    assert result.rationale_required is (kind is FindingKind.GUIDANCE and not met)


def test_guidance_departure_with_a_rationale(framework: Framework, scheme: RatingScheme) -> None:
    result = evaluate_standard(framework, scheme, "1.1", GOOD, "GGGGGRRR", rationale="Strong leadership.")
    assert decision_finding(result).met is False
    assert not result.rationale_required


def test_message_explains_with_the_data(framework: Framework, scheme: RatingScheme) -> None:
    message = decision_finding(evaluate_standard(framework, scheme, "1.1", GOOD, "GGGRRRRR")).message
    assert "3 of 8 are 'Good' or 'Outstanding' (37.5%" in message
    assert "2.1 Good" in message and "3.4 Requires improvement" in message
    assert "fit the decision rule or guidance for 'Requires improvement'." in message


def test_ratings_that_fit_no_rule_are_said_so(framework: Framework, scheme: RatingScheme) -> None:
    message = decision_finding(evaluate_standard(framework, scheme, "1.1", GOOD, "GGGGRRII")).message
    assert "for none of the four ratings" in message


@pytest.mark.parametrize(
    ("standard_id", "ratings", "missing"),
    [
        pytest.param("1.1", "GGGGGGG-", "3.4", id="seed-103-needs-3.4"),
        pytest.param("1.1", "-GGGGGGG", "2.1", id="seed-103-needs-2.1"),
        pytest.param("1.3", "GG-GGG-G", "2.3, 3.3", id="seed-115-needs-2.3-and-3.3"),
    ],
)
def test_undecided_rules_give_a_note_not_a_finding(
    framework: Framework, scheme: RatingScheme, standard_id: str, ratings: str, missing: str
) -> None:
    result = evaluate_standard(framework, scheme, standard_id, OUT, ratings)
    assert [f.kind for f in result.findings] == [FindingKind.INCOMPLETE]
    assert result.findings[0].message.endswith(f"{missing}.")
    assert result.permitted


# Every decision rule and guidance the content declares, with one rating still missing (the '-'): ratings
# that already break it, whatever the missing one turns out to be (and which known ratings break it);
# ratings it depends on the missing one for; and the rating for the missing one that then meets it.
RULE_CASES = [
    # 1.1 against 2.1 2.2 2.3 2.4 3.1 3.2 3.3 3.4
    pytest.param("1.1", OUT, "GGRGGGG-", "2.3 is 'Requires improvement'", "GGGGGGG-", "G",
                 id="seed-103-one-below-good-breaks-it"),
    pytest.param("1.1", GOOD, "GGGGGGI-", "3.3 is 'Inadequate'", "GGGGGGR-", "G", id="seed-105-an-inadequate"),
    pytest.param("1.1", GOOD, "GGRRRGG-", "2.3, 2.4 and 3.1 are 'Requires improvement'", "GGGGGRR-", "O",
                 id="seed-105-no-reasonable-majority-even-if-3.4-is-good"),
    pytest.param("1.1", RI, "GGGGRRR-", "2.1, 2.2, 2.3 and 2.4 are 'Good'", "GGGRRRR-", "R",
                 id="seed-107-half-good-already"),
    pytest.param("1.1", INAD, "GGGGIII-", "2.1, 2.2, 2.3 and 2.4 are 'Good'", "GGIIIRR-", "I",
                 id="seed-111-half-good-already"),
    pytest.param("1.1", INAD, "GGRRRRI-", "2.3, 2.4, 3.1 and 3.2 are 'Requires improvement'", "GGIIIRR-", "I",
                 id="seed-111-not-more-than-half-of-the-rest-inadequate-even-if-3.4-is"),
    # 1.3 against 2.3 and 3.3 (3.3 missing; the others do not matter)
    pytest.param("1.3", OUT, "GGGGGG-G", "2.3 is 'Good'", "GGOGGG-G", "O", id="seed-115-2.3-good"),
    pytest.param("1.3", GOOD, "GGOGGG-G", "2.3 is 'Outstanding'", "GGGGGG-G", "R", id="seed-117-2.3-outstanding"),
    pytest.param("1.3", RI, "GGIGGG-G", "2.3 is 'Inadequate'", "GGRGGG-G", "G", id="seed-119-2.3-inadequate"),
    pytest.param("1.3", INAD, "GGGGGG-G", "2.3 is 'Good'", "GGIGGG-G", "R", id="seed-121-2.3-good"),
]


def test_every_declared_rule_has_cases(framework: Framework) -> None:
    declared = {(s.id, r.rating) for s in framework.standards for r in s.decision_rules if r.applies_to == "standard"}
    assert {(p.values[0], p.values[1]) for p in RULE_CASES} == declared
    checked = {(s.id, r.rating) for s in framework.standards for r in s.decision_rules if r.check is not None}
    assert checked == declared


@pytest.mark.parametrize(("standard_id", "proposed", "broken", "breakers", "pending", "fill"), RULE_CASES)
def test_a_rule_is_decided_as_soon_as_it_can_be(
    framework: Framework, scheme: RatingScheme, standard_id: str, proposed: Rating, broken: str, breakers: str,
    pending: str, fill: str,
) -> None:
    missing = "3.4" if standard_id == "1.1" else "3.3"
    rule = next(r for r in framework.standard(standard_id).decision_rules if r.rating == proposed)

    # Broken already: the known ratings rule it out, whatever the missing one is.
    finding = decision_finding(evaluate_standard(framework, scheme, standard_id, proposed, broken))
    assert finding.met is False and finding.source_line == rule.source_line
    assert f"broken: {breakers}, whatever {missing} turns out to be" in finding.message
    assert f"{missing} not yet known" in finding.message
    assert finding.permitted is (rule.kind.value == "guidance")

    # Not yet decidable: one value of the missing rating would meet it, another would break it.
    result = evaluate_standard(framework, scheme, standard_id, proposed, pending)
    assert [f.kind for f in result.findings if f.kind is not FindingKind.RATIONALE] == [FindingKind.INCOMPLETE]
    assert result.findings[0].message.endswith(f"checked once these ratings are known: {missing}.")
    assert result.permitted

    # Met once known.
    finding = decision_finding(evaluate_standard(framework, scheme, standard_id, proposed, pending.replace("-", fill)))
    assert finding.met is True and "whatever" not in finding.message


def test_met_before_the_last_rating_when_no_value_of_it_could_break_it(
    framework: Framework, scheme: RatingScheme
) -> None:
    # Seed line 107: 2 of 8 'Good' at most 3 of 8 whatever 3.4 is, and the rest stay mostly 'Requires improvement'.
    finding = decision_finding(evaluate_standard(framework, scheme, "1.1", RI, "GGRRRRR-"))
    assert finding.met is True
    assert "meets the part of the decision guidance on the ratings, whatever 3.4 turns out to be." in finding.message
    assert "2 of 7 known are 'Good' or 'Outstanding'" in finding.message


def test_a_broken_rule_says_what_may_still_fit(framework: Framework, scheme: RatingScheme) -> None:
    message = decision_finding(evaluate_standard(framework, scheme, "1.1", OUT, "GGRGGGG-")).message
    assert "Depending on 3.4, they may fit the decision rule or guidance for 'Good'." in message
    assert "not permitted: the decision rule is broken: 2.3 is 'Requires improvement'" in message


def test_1_3_ignores_ratings_other_than_2_3_and_3_3(framework: Framework, scheme: RatingScheme) -> None:
    result = evaluate_standard(framework, scheme, "1.3", OUT, "--O---O-")
    assert decision_finding(result).met is True


def test_no_proposal_yet(framework: Framework, scheme: RatingScheme) -> None:
    result = evaluate_standard(framework, scheme, "1.1", None, "GGGGGGGG")
    assert [f.kind for f in result.findings] == [FindingKind.INCOMPLETE]
    assert "No rating is proposed for 1.1 yet" in result.findings[0].message


@pytest.mark.parametrize("standard_id", ["1.2", "1.4", "3.4", "4.1"])
def test_standards_without_decision_rules(framework: Framework, scheme: RatingScheme, standard_id: str) -> None:
    result = evaluate_standard(framework, scheme, standard_id, OUT, "IIIIIIII", rationale="Exceptional.")
    decision_kinds = (FindingKind.RULE, FindingKind.GUIDANCE, FindingKind.INCOMPLETE)
    assert not [f for f in result.findings if f.kind in decision_kinds]


@pytest.mark.parametrize(
    ("rating", "ratings", "met"),
    [
        # Eight ratings never give exactly 65 per cent, so the boundary is shown on longer lists.
        pytest.param(GOOD, "G" * 13 + "R" * 7, True, id="seed-105-13-of-20-is-a-reasonable-majority"),
        pytest.param(GOOD, "G" * 12 + "R" * 8, False, id="seed-105-12-of-20-is-not"),
        pytest.param(RI, "G" * 7 + "R" * 13 + "I" * 7, True, id="seed-107-13-of-20-remainder-ri"),
        pytest.param(RI, "G" * 7 + "R" * 12 + "I" * 8, False, id="seed-107-12-of-20-remainder-ri"),
    ],
)
def test_reasonable_majority_boundary(framework: Framework, rating: Rating, ratings: str, met: bool) -> None:
    letters = {"G": GOOD, "R": RI, "I": INAD}
    related = RelatedRatings(tuple((f"x{i}", letters[r]) for i, r in enumerate(ratings)))
    rule = next(r for r in framework.standard("1.1").decision_rules if r.rating == rating)
    assert rule.check is not None
    assert verdict(CHECKS[rule.check].condition, related, framework) is (Verdict.MET if met else Verdict.BROKEN)
