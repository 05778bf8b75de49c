"""The standard-level decision rules and decision guidance of 1.1 and 1.3, checked against the
domain two and three ratings.

Seed line 97: "Decision rules are non-negotiable. Decision guidance should be followed other than in
defensible and evidence-based circumstances." Each rule also asks that "judgements against the
qualitative key questions and prompts are 'Outstanding' [or 'Good', ...] as assessed against the
domain one Rules and Guidance": yes/no answers and above/below judgements do not say how good the work
is, so the engine checks only the part about the ratings and says so in every finding.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from inspector.framework.model import DecisionKind, DecisionRule, Framework, Rating, Standard
from inspector.framework.rating_scheme import RatingScheme
from inspector.rules.findings import Finding, FindingKind, from_decision_rule
from inspector.rules.percentages import named_band, percent, shown

GOOD_OR_BETTER = frozenset({Rating.OUTSTANDING, Rating.GOOD})
_QUALITATIVE = (
    "The rule's part on judgements against the qualitative key questions and prompts cannot be worked out "
    "from yes/no answers; the ratings panel weighs it."
)


@dataclass(frozen=True)
class RelatedRatings:
    """The ratings a standard's decision rules look at, all known."""

    ratings: tuple[tuple[str, Rating], ...]
    reasonable_majority: int  # the lower bound of the framework's 'Reasonable majority' band

    def count(self, *wanted: Rating) -> int:
        return sum(1 for _, r in self.ratings if r in wanted)

    @property
    def size(self) -> int:
        return len(self.ratings)

    @property
    def good_or_better(self) -> int:
        return self.count(*GOOD_OR_BETTER)

    def listing(self) -> str:
        return ", ".join(f"{sid} {r.value}" for sid, r in self.ratings)


Check = Callable[[RelatedRatings], tuple[bool, str]]


# --- 1.1: "all domain two and three ratings" (seed lines 103-111) ---------------------------------

def _all_good(r: RelatedRatings) -> tuple[bool, str]:
    # Seed line 103: "An 'Outstanding' rating requires that all domain two and three ratings are 'Good' or
    # 'Outstanding' ..."
    return r.good_or_better == r.size, f"{r.good_or_better} of {r.size} are 'Good' or 'Outstanding'"


def _reasonable_majority_good(r: RelatedRatings) -> tuple[bool, str]:
    # Seed line 105: "A 'Good' rating requires that typically a reasonable majority of domain two and three
    # ratings are 'Good' or 'Outstanding' with no 'Inadequate' ratings ..." 'A reasonable majority are'
    # is read as at least the band's lower bound (65 per cent): a large majority is also at least a
    # reasonable majority, so 'all Good' must not fail this test.
    share = percent(r.good_or_better, r.size)
    inadequate = r.count(Rating.INADEQUATE)
    met = share >= r.reasonable_majority and inadequate == 0
    return met, (
        f"{r.good_or_better} of {r.size} are 'Good' or 'Outstanding' ({shown(share)}; a reasonable majority is "
        f"{r.reasonable_majority}% or more) and {inadequate} 'Inadequate'"
    )


def _fewer_than_half_good_mostly_ri(r: RelatedRatings) -> tuple[bool, str]:
    # Seed line 107: "A 'Requires improvement' rating is usually consistent with a) fewer than half 'Good' or
    # 'Outstanding' domain two and three ratings and typically a reasonable majority of the remainder being
    # 'Requires Improvement' rather than 'Inadequate' ..."
    remainder = r.size - r.good_or_better
    ri = r.count(Rating.REQUIRES_IMPROVEMENT)
    fewer_than_half = 2 * r.good_or_better < r.size
    mostly_ri = remainder > 0 and percent(ri, remainder) >= r.reasonable_majority
    share = f" ({shown(percent(ri, remainder))})" if remainder else ""
    return fewer_than_half and mostly_ri, (
        f"{r.good_or_better} of {r.size} are 'Good' or 'Outstanding'; of the other {remainder}, {ri} are "
        f"'Requires improvement'{share}"
    )


def _fewer_than_half_good_mostly_inadequate(r: RelatedRatings) -> tuple[bool, str]:
    # Seed line 111: "An 'Inadequate' rating is usually consistent with a) less than half of domain two and
    # three ratings being 'Good' or 'Outstanding' and more than half of the remaining ratings being
    # 'Inadequate' ..."
    remainder = r.size - r.good_or_better
    inadequate = r.count(Rating.INADEQUATE)
    met = 2 * r.good_or_better < r.size and 2 * inadequate > remainder
    return met, (
        f"{r.good_or_better} of {r.size} are 'Good' or 'Outstanding'; of the other {remainder}, {inadequate} are "
        "'Inadequate'"
    )


# --- 1.3: "both 2.3 and 3.3" (seed lines 115-121) -------------------------------------------------

def _both(*allowed: Rating) -> Check:
    names = " or ".join(f"'{a.value}'" for a in allowed)

    def check(r: RelatedRatings) -> tuple[bool, str]:
        met = r.count(*allowed) == r.size
        return met, f"{'both are' if met else 'not both are'} {names}"

    return check


def _domain_two_and_three(scheme: RatingScheme) -> tuple[str, ...]:
    # Seed line 103: "all domain two and three ratings". 3.4 (out-of-court disposal policy and provision)
    # is a domain three standard in the rating scheme, so it is one of them; it is rated from the
    # framework (the inspector's proposal) rather than from case data.
    return tuple(s.id for s in scheme.standards if s.domain in (2, 3))


@dataclass(frozen=True)
class StandardChecks:
    related: Callable[[RatingScheme], tuple[str, ...]]
    checks: dict[Rating, Check]


CHECKS: dict[str, StandardChecks] = {
    "1.1": StandardChecks(_domain_two_and_three, {
        Rating.OUTSTANDING: _all_good,
        Rating.GOOD: _reasonable_majority_good,
        Rating.REQUIRES_IMPROVEMENT: _fewer_than_half_good_mostly_ri,
        Rating.INADEQUATE: _fewer_than_half_good_mostly_inadequate,
    }),
    "1.3": StandardChecks(lambda _scheme: ("2.3", "3.3"), {
        # Seed line 115: "An 'Outstanding' rating for 1.3 requires an 'Outstanding' rating for both 2.3 and 3.3"
        Rating.OUTSTANDING: _both(Rating.OUTSTANDING),
        # Seed line 117: "A 'Good' rating for 1.3 requires a 'Good' or 'Requires Improvement' rating for both
        # 2.3 and 3.3". Applied as printed: an 'Outstanding' 2.3 or 3.3 does not meet it.
        Rating.GOOD: _both(Rating.GOOD, Rating.REQUIRES_IMPROVEMENT),
        # Seed line 119: "... a 'Good' or 'Requires Improvement' rating for both 2.3 and 3.3 but not with any
        # 'Inadequate' ratings"
        Rating.REQUIRES_IMPROVEMENT: _both(Rating.GOOD, Rating.REQUIRES_IMPROVEMENT),
        # Seed line 121: "... an 'Inadequate' or 'Requires improvement' rating for both 2.3 and 3.3"
        Rating.INADEQUATE: _both(Rating.INADEQUATE, Rating.REQUIRES_IMPROVEMENT),
    }),
}


@dataclass(frozen=True)
class DecisionOutcome:
    findings: tuple[Finding, ...]
    guidance_departure: bool  # the proposal departs from decision guidance: it needs a rationale


def check_decision_rules(
    standard: Standard,
    framework: Framework,
    scheme: RatingScheme,
    ratings: dict[str, Rating | None],
    proposed: Rating | None,
) -> DecisionOutcome:
    """The finding for the decision rule or guidance on the proposed rating, with the data behind it."""
    rules = tuple(r for r in standard.decision_rules if r.applies_to == "standard")
    if not rules:
        return DecisionOutcome((), False)
    first = min(r.source_line for r in rules)  # the findings cite where the rules are printed
    spec = CHECKS.get(standard.id)
    if spec is None:
        return DecisionOutcome((Finding(
            FindingKind.NOTE,
            f"{standard.id} has decision rules that the engine does not check; the ratings panel applies them.",
            first,
        ),), False)
    related_ids = spec.related(scheme)
    missing = [sid for sid in related_ids if ratings.get(sid) is None]
    if missing:
        return DecisionOutcome((Finding(
            FindingKind.INCOMPLETE,
            f"The decision rules for {standard.id} are checked once these ratings are known: {', '.join(missing)}.",
            first,
        ),), False)
    if proposed is None:
        return DecisionOutcome((Finding(
            FindingKind.INCOMPLETE,
            f"No rating is proposed for {standard.id} yet; its decision rules are checked against the proposal.",
            first,
        ),), False)
    related = RelatedRatings(
        tuple((sid, r) for sid in related_ids if (r := ratings[sid]) is not None),
        _reasonable_majority(framework),
    )
    rule = next((r for r in rules if r.rating == proposed), None)
    if rule is None:
        return DecisionOutcome((), False)
    met, detail = spec.checks[proposed](related)
    fits = _fitting(rules, spec, related)
    message = _message(standard, rule, proposed, related, met, detail, fits)
    departure = rule.kind is DecisionKind.GUIDANCE and not met
    return DecisionOutcome((from_decision_rule(rule, message, met),), departure)


def _message(
    standard: Standard,
    rule: DecisionRule,
    proposed: Rating,
    related: RelatedRatings,
    met: bool,
    detail: str,
    fits: list[Rating],
) -> str:
    data = f"Ratings: {related.listing()}: {detail}."
    fitting = (
        f" The ratings fit the decision rule or guidance for {' and '.join(repr(f.value) for f in fits)}."
        if fits else " The ratings fit the decision rule or guidance for none of the four ratings."
    )
    if met:
        verdict = (f"The proposed '{proposed.value}' for {standard.id} meets the part of the {_kind(rule)} "
                   "on the ratings.")
        fitting = ""
    elif rule.kind is DecisionKind.RULE:
        verdict = f"The proposed '{proposed.value}' for {standard.id} is not permitted: the decision rule is not met."
    else:
        verdict = (
            f"The proposed '{proposed.value}' for {standard.id} departs from the decision guidance; a departure "
            "needs a defensible, evidence-based rationale."
        )
    return f"{verdict} {data}{fitting} {_QUALITATIVE}"


def _fitting(rules: tuple[DecisionRule, ...], spec: StandardChecks, related: RelatedRatings) -> list[Rating]:
    return [r.rating for r in rules if r.rating in spec.checks and spec.checks[r.rating](related)[0]]


def _kind(rule: DecisionRule) -> str:
    return "decision rule" if rule.kind is DecisionKind.RULE else "decision guidance"


def _reasonable_majority(framework: Framework) -> int:
    # Seed line 3148: "Reasonable majority = 65-79 per cent".
    minimum = named_band(framework, "Reasonable majority").minimum
    if minimum is None:
        raise ValueError("the 'Reasonable majority' band has no lower bound")
    return minimum
