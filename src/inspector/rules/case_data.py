"""Domain two and three ratings (2.1-2.4, 3.1-3.3): entered directly, or derived from case counts.

These standards are rated from the case inspections, not from the framework; the rule that turns
counts into a rating is HMIP's published methodology (standards/rating-scheme.yaml), not the seed.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Literal

from inspector.framework.model import Rating
from inspector.framework.rating_scheme import RatingScheme, SchemeStandard
from inspector.inspection.model import CaseCount, Inspection
from inspector.rules.findings import Finding, FindingKind
from inspector.rules.percentages import percent, reaches, shown

DerivedFrom = Literal["entered", "case counts"]


@dataclass(frozen=True)
class KeyQuestionCount:
    key_question: str
    sufficient: int
    cases: int
    percent: Fraction


@dataclass(frozen=True)
class CaseRating:
    standard_id: str
    title: str
    rating: Rating | None  # the rating that counts: entered if entered, else derived
    derived_from: DerivedFrom | None
    derived: Rating | None  # what the counts give, when they give anything
    counts: tuple[KeyQuestionCount, ...]
    lowest: KeyQuestionCount | None  # the lowest-scoring key question the derived rating comes from
    findings: tuple[Finding, ...]


def case_ratings(scheme: RatingScheme, inspection: Inspection) -> tuple[CaseRating, ...]:
    return tuple(
        case_rating(s, scheme, inspection) for s in scheme.standards if s.rated_from == "case_data"
    )


def case_rating(standard: SchemeStandard, scheme: RatingScheme, inspection: Inspection) -> CaseRating:
    standard_id = standard.id
    entered = inspection.case_rating(standard_id)
    recorded = inspection.case_counts_for(standard_id)
    counts, refusal = _checked(recorded)
    findings: list[Finding] = []
    if refusal:
        findings.append(Finding(FindingKind.NOTE, f"{standard_id}: the case counts give no rating: {refusal}."))
    # rating-scheme.yaml, case_data_rule: "A domain two or domain three standard rated from case data
    # takes the band of its lowest-scoring key question: the percentage of inspected cases judged
    # sufficient on that key question."
    lowest = min(counts, key=lambda c: c.percent) if counts else None
    derived = case_data_band(lowest.percent, scheme) if lowest else None
    if entered is not None:
        # An entered rating is the inspector's (or the case-inspection team's) decision and wins; the
        # counts are shown beside it.
        if lowest is not None and derived is not None and derived != entered:
            findings.append(Finding(
                FindingKind.NOTE,
                f"{standard_id}: the entered rating '{entered.value}' differs from the case counts, which give "
                f"'{derived.value}' (lowest key question: {lowest.key_question}, "
                f"{shown(lowest.percent)}); the entered rating is used.",
            ))
        return CaseRating(standard_id, standard.title, entered, "entered", derived, counts, lowest, tuple(findings))
    if derived is not None:
        return CaseRating(standard_id, standard.title, derived, "case counts", derived, counts, lowest, tuple(findings))
    return CaseRating(standard_id, standard.title, None, None, None, counts, None, tuple(findings))


def case_data_band(value: Fraction, scheme: RatingScheme) -> Rating:
    """rating-scheme.yaml, case_data_bands: each rating from its `from_percent` (inclusive) up to the
    next threshold (exclusive): under 50 Inadequate, 50-64 Requires improvement, 65-79 Good, 80 and
    over Outstanding. The thresholds start at 0, so every percentage gets a rating. A threshold is reached
    as framework.yaml reads the percentage bands' lower bounds (`reaches`)."""
    reached = [b for b in scheme.case_data_bands if reaches(value, b.from_percent)]
    return max(reached, key=lambda b: b.from_percent).rating


def _checked(recorded: tuple[CaseCount, ...]) -> tuple[tuple[KeyQuestionCount, ...], str]:
    """The counts as percentages, or the reason they cannot be used (the engine refuses rather than
    guess: a percentage of no cases does not exist)."""
    seen: set[str] = set()
    counts: list[KeyQuestionCount] = []
    for count in recorded:
        label = count.key_question
        if label in seen:
            return (), f"key question '{label}' is counted twice"
        seen.add(label)
        if count.cases <= 0:
            return (), (f"key question '{label}' has {count.cases} cases, and a percentage of no cases "
                        "cannot be worked out")
        if not 0 <= count.sufficient <= count.cases:
            return (), f"key question '{label}' has {count.sufficient} sufficient of {count.cases} cases"
        counts.append(KeyQuestionCount(label, count.sufficient, count.cases, percent(count.sufficient, count.cases)))
    return tuple(counts), ""
