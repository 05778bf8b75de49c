"""The rules a content entry can declare: closed lists of names, each implemented in `inspector.rules`.

A key question names its balance rules, a standard its default rule and each decision rule the check on
the ratings that applies to it, with the seed line that states the rule; a characteristics-table row of
positive responses gives its figures, each with how it reads. The engine goes by the name,
never by the wording of the content's prose, so a methodology editor who rewords a judgement text leaves
its rules as they were; a name not listed here is refused at load, and `inspector framework check` lists
the rules it recognised for each standard. tests/test_seed_crosscheck.py proves each declaration stands on
the seed's wording at the line it cites.
"""

from __future__ import annotations

from enum import StrEnum


class BalanceRule(StrEnum):
    """A part of a key question's balance rule (rules/balance.py)."""

    # Seed line 391 (and each key question's judgement but 1.2.5's): "Where on balance the areas above the
    # line outweigh those that are below, the inspector should consider a 'yes' judgement to the key question."
    YES_WHEN_ABOVE_OUTWEIGHS = "yes-when-above-outweighs"
    # Seed line 1035, key question 1.2.5 only: "Where on balance the areas below the line outweigh those that
    # are above, the lead inspector should consider a negative judgement."
    NO_WHEN_BELOW_OUTWEIGHS = "no-when-below-outweighs"
    # Seed line 391: "One or more areas that are considered below the line may be of such importance that
    # they preclude a judgement of 'yes'."
    DECISIVE_SHORTFALL_PRECLUDES_YES = "decisive-shortfall-precludes-yes"


class DefaultRule(StrEnum):
    """A standard's default rating (rules/standard.py)."""

    # Seed line 177 (and 650, 1160, 2556; 1538 for 1.4 says "adopt"): "Lead inspectors should make an initial
    # default judgement of 'Requires improvement' in relation to the standard if one or more of the key
    # questions is answered 'no'."
    REQUIRES_IMPROVEMENT_IF_ANY_NO = "requires-improvement-if-any-no"


class DecisionCheck(StrEnum):
    """The part of a standard-level decision rule or guidance on the ratings (rules/decisions.py)."""

    # Seed line 103: "all domain two and three ratings are 'Good' or 'Outstanding'"
    ALL_GOOD_OR_BETTER = "domain-two-and-three-all-good-or-outstanding"
    # Seed line 105: "a reasonable majority of domain two and three ratings are 'Good' or 'Outstanding' with no
    # 'Inadequate' ratings"
    MAJORITY_GOOD_NONE_INADEQUATE = "domain-two-and-three-reasonable-majority-good-none-inadequate"
    # Seed line 107: "fewer than half 'Good' or 'Outstanding' domain two and three ratings and typically a
    # reasonable majority of the remainder being 'Requires Improvement' rather than 'Inadequate'"
    UNDER_HALF_GOOD_REST_REQUIRES_IMPROVEMENT = "domain-two-and-three-under-half-good-rest-requires-improvement"
    # Seed line 111: "less than half of domain two and three ratings being 'Good' or 'Outstanding' and more
    # than half of the remaining ratings being 'Inadequate'"
    UNDER_HALF_GOOD_REST_INADEQUATE = "domain-two-and-three-under-half-good-rest-inadequate"
    # Seed line 115: "an 'Outstanding' rating for both 2.3 and 3.3"
    BOTH_OUTSTANDING = "2.3-and-3.3-both-outstanding"
    # Seed lines 117 and 119: "a 'Good' or 'Requires Improvement' rating for both 2.3 and 3.3"
    BOTH_GOOD_OR_REQUIRES_IMPROVEMENT = "2.3-and-3.3-both-good-or-requires-improvement"
    # Seed line 121: "an 'Inadequate' or 'Requires improvement' rating for both 2.3 and 3.3"
    BOTH_INADEQUATE_OR_REQUIRES_IMPROVEMENT = "2.3-and-3.3-both-inadequate-or-requires-improvement"


class ShareReading(StrEnum):
    """How a figure in a characteristics-table row of positive responses reads (rules/share.py)."""

    # Seed lines 3454-3456: "over 80 per cent" (Outstanding), "65 per cent" (Good), "50 per cent" (Requires
    # improvement), "40 per cent or lower" (Inadequate). A bare figure is read as "at least": 65 per cent of
    # the key questions and prompts, or more.
    OVER = "over"
    AT_LEAST = "at least"
    OR_LOWER = "or lower"
