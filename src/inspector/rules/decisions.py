"""The standard-level decision rules and decision guidance of 1.1 and 1.3, checked against the
domain two and three ratings, and decided as soon as the ratings known so far decide them.

Seed line 97: "Decision rules are non-negotiable. Decision guidance should be followed other than in
defensible and evidence-based circumstances." Each rule also asks that "judgements against the
qualitative key questions and prompts are 'Outstanding' [or 'Good', ...] as assessed against the
domain one Rules and Guidance": yes/no answers and above/below judgements do not say how good the work
is, so the engine checks only the part about the ratings and says so in every finding.

The part about the ratings is written below as data: a few `Share` conditions per rule ("all", "a
reasonable majority", "fewer than half", "more than half of the rest", "no") over the ratings the
standard's rules look at. Each condition counts ratings, so while some are not yet known the engine can
try every way the missing ones could turn out: the rule is *broken* when none of them would meet it,
*met* when all of them would (once every rating is known, exactly when the ratings meet it), and
*pending* otherwise.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from inspector.framework.model import RATING_ORDER, DecisionKind, DecisionRule, Framework, Rating, Standard
from inspector.framework.rating_scheme import RatingScheme
from inspector.framework.rule_names import DecisionCheck
from inspector.rules.findings import Finding, FindingKind, from_decision_rule
from inspector.rules.percentages import named_band, percent, reaches, shown

# In the order the seed names them, for the findings' wording.
GOOD_OR_BETTER = (Rating.GOOD, Rating.OUTSTANDING)
BELOW_GOOD = (Rating.REQUIRES_IMPROVEMENT, Rating.INADEQUATE)
_QUALITATIVE = (
    "The rule's part on judgements against the qualitative key questions and prompts cannot be worked out "
    "from yes/no answers; the ratings panel weighs it."
)

Counts = tuple[int, int, int, int]  # how many ratings are Outstanding, Good, Requires improvement, Inadequate


class Verdict(str, Enum):
    MET = "met"
    BROKEN = "broken"
    PENDING = "not yet decidable"


class Comparison(str, Enum):
    AT_LEAST = "at least"
    MORE_THAN = "more than"
    FEWER_THAN = "fewer than"
    AT_MOST = "at most"

    @property
    def wants_more(self) -> bool:
        """More of the wanted ratings helps: the others count against the condition."""
        return self in (Comparison.AT_LEAST, Comparison.MORE_THAN)


@dataclass(frozen=True)
class BandBound:
    """The lower bound of one of the framework's percentage bands, e.g. 'Reasonable majority' (65)."""

    name: str


@dataclass(frozen=True)
class Share:
    """`comparison` `threshold` per cent of the ratings in `among` are `wanted`: "all ... are 'Good' or
    'Outstanding'" is at least 100 per cent of every rating. A share of no ratings is not met."""

    wanted: tuple[Rating, ...]
    comparison: Comparison
    threshold: int | BandBound
    among: tuple[Rating, ...] = RATING_ORDER

    def bound(self, framework: Framework) -> int:
        if isinstance(self.threshold, BandBound):
            return named_band(framework, self.threshold.name).from_percent
        return self.threshold

    def parts(self, counts: Counts) -> tuple[int, int]:
        """(wanted, of) among the counted ratings."""
        of = sum(n for r, n in zip(RATING_ORDER, counts, strict=True) if r in self.among)
        wanted = sum(n for r, n in zip(RATING_ORDER, counts, strict=True) if r in self.among and r in self.wanted)
        return wanted, of

    def holds(self, counts: Counts, bound: int) -> bool:
        wanted, of = self.parts(counts)
        if of == 0:
            return False
        value = percent(wanted, of)
        if self.comparison is Comparison.AT_LEAST:
            return reaches(value, bound)  # framework.yaml's boundary reading: 65 is a reasonable majority
        if self.comparison is Comparison.MORE_THAN:
            return value > bound
        if self.comparison is Comparison.FEWER_THAN:
            return value < bound
        return value <= bound

    @property
    def against(self) -> frozenset[Rating]:
        """The ratings that count against the condition: a known one of these is what breaks it."""
        if self.comparison.wants_more:
            return frozenset(r for r in self.among if r not in self.wanted)
        return frozenset(r for r in self.among if r in self.wanted)


Condition = tuple[Share, ...]  # all must hold


@dataclass(frozen=True)
class Check:
    """A check a standard-level decision rule can declare (`check`, framework/rule_names.py): the ratings it
    looks at and its condition on them (the content's rule gives the wording, kind, rating and seed line)."""

    related: Callable[[RatingScheme], tuple[str, ...]]
    condition: Condition


def _domain_two_and_three(scheme: RatingScheme) -> tuple[str, ...]:
    # Seed line 103: "all domain two and three ratings". 3.4 (out-of-court disposal policy and provision)
    # is a domain three standard in the rating scheme, so it is one of them; it is rated from the
    # framework (the inspector's proposal) rather than from case data.
    return tuple(s.id for s in scheme.standards if s.domain in (2, 3))


# Seed lines 105 and 107: "a reasonable majority". 'A reasonable majority are' is read as at least the band's
# lower bound (65 per cent, seed line 3148): a large majority is also at least a reasonable majority, so
# 'all Good' must not fail the test.
_REASONABLE_MAJORITY = BandBound("Reasonable majority")
_FEWER_THAN_HALF_GOOD = Share(GOOD_OR_BETTER, Comparison.FEWER_THAN, 50)


def _2_3_and_3_3(_scheme: RatingScheme) -> tuple[str, ...]:
    return ("2.3", "3.3")


def _both(*allowed: Rating) -> Check:
    # "for both 2.3 and 3.3": every one of the two ratings is one of `allowed`.
    return Check(_2_3_and_3_3, (Share(allowed, Comparison.AT_LEAST, 100),))


CHECKS: dict[DecisionCheck, Check] = {
    # Seed line 103: "An 'Outstanding' rating requires that all domain two and three ratings are 'Good' or
    # 'Outstanding' ..."
    DecisionCheck.ALL_GOOD_OR_BETTER: Check(_domain_two_and_three, (Share(GOOD_OR_BETTER, Comparison.AT_LEAST, 100),)),
    # Seed line 105: "A 'Good' rating requires that typically a reasonable majority of domain two and three
    # ratings are 'Good' or 'Outstanding' with no 'Inadequate' ratings ..."
    DecisionCheck.MAJORITY_GOOD_NONE_INADEQUATE: Check(_domain_two_and_three, (
        Share(GOOD_OR_BETTER, Comparison.AT_LEAST, _REASONABLE_MAJORITY),
        Share((Rating.INADEQUATE,), Comparison.AT_MOST, 0),
    )),
    # Seed line 107: "A 'Requires improvement' rating is usually consistent with a) fewer than half 'Good' or
    # 'Outstanding' domain two and three ratings and typically a reasonable majority of the remainder being
    # 'Requires Improvement' rather than 'Inadequate' ..."
    DecisionCheck.UNDER_HALF_GOOD_REST_REQUIRES_IMPROVEMENT: Check(_domain_two_and_three, (
        _FEWER_THAN_HALF_GOOD,
        Share((Rating.REQUIRES_IMPROVEMENT,), Comparison.AT_LEAST, _REASONABLE_MAJORITY, BELOW_GOOD),
    )),
    # Seed line 111: "An 'Inadequate' rating is usually consistent with a) less than half of domain two and
    # three ratings being 'Good' or 'Outstanding' and more than half of the remaining ratings being
    # 'Inadequate' ..."
    DecisionCheck.UNDER_HALF_GOOD_REST_INADEQUATE: Check(_domain_two_and_three, (
        _FEWER_THAN_HALF_GOOD,
        Share((Rating.INADEQUATE,), Comparison.MORE_THAN, 50, BELOW_GOOD),
    )),
    # Seed line 115: "An 'Outstanding' rating for 1.3 requires an 'Outstanding' rating for both 2.3 and 3.3"
    DecisionCheck.BOTH_OUTSTANDING: _both(Rating.OUTSTANDING),
    # Seed line 117: "A 'Good' rating for 1.3 requires a 'Good' or 'Requires Improvement' rating for both 2.3 and
    # 3.3". Applied as printed: an 'Outstanding' 2.3 or 3.3 does not meet it. Seed line 119 ('Requires
    # improvement'): "... a 'Good' or 'Requires Improvement' rating for both 2.3 and 3.3 but not with any
    # 'Inadequate' ratings"
    DecisionCheck.BOTH_GOOD_OR_REQUIRES_IMPROVEMENT: _both(Rating.GOOD, Rating.REQUIRES_IMPROVEMENT),
    # Seed line 121: "... an 'Inadequate' or 'Requires improvement' rating for both 2.3 and 3.3"
    DecisionCheck.BOTH_INADEQUATE_OR_REQUIRES_IMPROVEMENT: _both(Rating.INADEQUATE, Rating.REQUIRES_IMPROVEMENT),
}


@dataclass(frozen=True)
class RelatedRatings:
    """The ratings a standard's decision rules look at, in the rating scheme's order; None: not yet known."""

    ratings: tuple[tuple[str, Rating | None], ...]

    @property
    def known(self) -> tuple[tuple[str, Rating], ...]:
        return tuple((sid, r) for sid, r in self.ratings if r is not None)

    @property
    def missing(self) -> tuple[str, ...]:
        return tuple(sid for sid, r in self.ratings if r is None)

    @property
    def counts(self) -> Counts:
        known = [r for _, r in self.known]
        o, g, ri, i = (known.count(r) for r in RATING_ORDER)
        return o, g, ri, i

    def listing(self) -> str:
        return ", ".join(f"{sid} {r.value if r else 'not yet known'}" for sid, r in self.ratings)


def verdict(condition: Condition, related: RelatedRatings, framework: Framework) -> Verdict:
    """Met, broken or not yet decidable, over every value the missing ratings could take."""
    return _verdict(condition, tuple(s.bound(framework) for s in condition), related.counts, len(related.missing))


@lru_cache(maxsize=4096)
def _verdict(condition: Condition, bounds: tuple[int, ...], counts: Counts, missing: int) -> Verdict:
    # The conditions only count ratings, so which standard is missing does not matter, only how many:
    # every way of sharing them among the four ratings is tried (at most 165 for eight missing).
    seen: set[bool] = set()
    for completed in _completions(counts, missing):
        seen.add(all(share.holds(completed, bound) for share, bound in zip(condition, bounds, strict=True)))
        if len(seen) == 2:
            return Verdict.PENDING
    return Verdict.MET if True in seen else Verdict.BROKEN


def _completions(counts: Counts, missing: int) -> Iterator[Counts]:
    o, g, ri, i = counts
    for extra_o in range(missing + 1):
        for extra_g in range(missing - extra_o + 1):
            for extra_ri in range(missing - extra_o - extra_g + 1):
                extra_i = missing - extra_o - extra_g - extra_ri
                yield o + extra_o, g + extra_g, ri + extra_ri, i + extra_i


def breaking(condition: Condition, related: RelatedRatings, framework: Framework) -> tuple[tuple[str, Rating], ...]:
    """The known ratings that break a broken condition: those counting against each part that is broken on
    its own (against every part, when only the parts together are broken)."""
    alone = [s for s in condition if verdict((s,), related, framework) is Verdict.BROKEN] or list(condition)
    against = frozenset[Rating]().union(*(s.against for s in alone))
    return tuple((sid, r) for sid, r in related.known if r in against)


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
    # Each rule's declared check, by the rating the rule is about. Should one rule declare none, the engine
    # checks none of the standard's rules rather than some of them.
    checks = {r.rating: _Checked(CHECKS[r.check], scheme, ratings) for r in rules if r.check is not None}
    if len(checks) < len(rules):
        return DecisionOutcome((Finding(
            FindingKind.NOTE,
            f"{standard.id} has decision rules that the engine does not check; the ratings panel applies them.",
            first,
        ),), False)
    if proposed is None:
        return DecisionOutcome((Finding(
            FindingKind.INCOMPLETE,
            f"No rating is proposed for {standard.id} yet; its decision rules are checked against the proposal.",
            first,
        ),), False)
    rule = next((r for r in rules if r.rating == proposed), None)
    if rule is None:
        return DecisionOutcome((), False)
    checked = checks[proposed]
    outcome = checked.verdict(framework)
    if outcome is Verdict.PENDING:
        return DecisionOutcome((Finding(
            FindingKind.INCOMPLETE,
            f"The decision rules for {standard.id} are checked once these ratings are known: "
            f"{', '.join(checked.related.missing)}.",
            first,
        ),), False)
    message = _message(standard, rule, proposed, checked, outcome, framework, checks)
    departure = rule.kind is DecisionKind.GUIDANCE and outcome is Verdict.BROKEN
    return DecisionOutcome((from_decision_rule(rule, message, outcome is Verdict.MET),), departure)


class _Checked:
    """A declared check against the ratings it looks at, as far as they are known."""

    def __init__(self, check: Check, scheme: RatingScheme, ratings: dict[str, Rating | None]) -> None:
        self.condition = check.condition
        self.related = RelatedRatings(tuple((sid, ratings.get(sid)) for sid in check.related(scheme)))

    def verdict(self, framework: Framework) -> Verdict:
        return verdict(self.condition, self.related, framework)


def _message(
    standard: Standard,
    rule: DecisionRule,
    proposed: Rating,
    checked: _Checked,
    outcome: Verdict,
    framework: Framework,
    checks: dict[Rating, _Checked],
) -> str:
    condition, related = checked.condition, checked.related
    whatever = f", whatever {_joined(related.missing)} {_turn(related.missing)} out to be" if related.missing else ""
    if outcome is Verdict.MET:
        verdict_text = (f"The proposed '{proposed.value}' for {standard.id} meets the part of the {_kind(rule)} "
                        f"on the ratings{whatever}.")
        fitting = ""
    else:
        broken = f"broken: {_breakers(breaking(condition, related, framework))}{whatever}"
        if rule.kind is DecisionKind.RULE:
            verdict_text = (f"The proposed '{proposed.value}' for {standard.id} is not permitted: the decision rule "
                            f"is {broken}.")
        else:
            verdict_text = (
                f"The proposed '{proposed.value}' for {standard.id} departs from the decision guidance ({broken}); "
                "a departure needs a defensible, evidence-based rationale."
            )
        fitting = _fitting(checks, framework)
    details = "; ".join(_detail(share, related, framework) for share in condition)
    return f"{verdict_text} Ratings: {related.listing()}: {details}.{fitting} {_QUALITATIVE}"


def _detail(share: Share, related: RelatedRatings, framework: Framework) -> str:
    """'6 of 8 are 'Good' or 'Outstanding' (75%; needs at least 65%)', over the ratings known so far."""
    wanted, of = share.parts(related.counts)
    known = " known" if related.missing else ""
    names = _names(share.wanted)
    verb = "is" if wanted == 1 else "are"
    counted = (f"{wanted} of {of}{known} {verb} {names}" if share.among == RATING_ORDER
               else f"of the {of}{known} {_names(share.among)}, {wanted} {verb} {names}")
    bound = share.bound(framework)
    if bound in (0, 100) or of == 0:
        return counted
    return f"{counted} ({shown(percent(wanted, of))}; needs {share.comparison.value} {bound}%)"


def _fitting(checks: dict[Rating, _Checked], framework: Framework) -> str:
    verdicts = {rating: checked.verdict(framework) for rating, checked in checks.items()}
    fits = [r for r in RATING_ORDER if verdicts.get(r) is Verdict.MET]
    still = [r for r in RATING_ORDER if verdicts.get(r) is Verdict.PENDING]
    text = f" The ratings fit the decision rule or guidance for {_quoted(fits)}." if fits else (
        "" if still else " The ratings fit the decision rule or guidance for none of the four ratings.")
    if still:
        # The ratings the still-open checks wait for (the same ones, where the checks look at the same ratings).
        missing = list(dict.fromkeys(sid for r in still for sid in checks[r].related.missing))
        text += (f" Depending on {_joined(missing)}, they may fit the decision rule or guidance for "
                 f"{_quoted(still)}.")
    return text


def _breakers(known: tuple[tuple[str, Rating], ...]) -> str:
    """'2.3 is 'Requires improvement'', '2.1 and 3.2 are 'Requires improvement', 3.1 is 'Inadequate''."""
    parts = []
    for rating in RATING_ORDER:
        ids = [sid for sid, r in known if r is rating]
        if ids:
            parts.append(f"{_joined(ids)} {'is' if len(ids) == 1 else 'are'} '{rating.value}'")
    return ", ".join(parts)


def _names(ratings: tuple[Rating, ...]) -> str:
    return " or ".join(f"'{r.value}'" for r in ratings)


def _quoted(ratings: list[Rating]) -> str:
    return _joined([f"'{r.value}'" for r in ratings])


def _joined(ids: tuple[str, ...] | list[str]) -> str:
    return ids[0] if len(ids) == 1 else f"{', '.join(ids[:-1])} and {ids[-1]}"


def _turn(ids: tuple[str, ...]) -> str:
    return "turns" if len(ids) == 1 else "turn"


def _kind(rule: DecisionRule) -> str:
    return "decision rule" if rule.kind is DecisionKind.RULE else "decision guidance"
