"""Consistency flags: where a rating or finding the inspectors recorded is at odds with the figures beside
it, for the ratings panel to see before it agrees the rating.

These are not decision rules: the seed makes none of them, nothing is refused and no rationale is asked
for. Each says, in plain words, what was recorded and what the figures say, and the panel weighs it:

- the share of positive responses (key questions answered 'yes' and prompts above the line) falls in a
  higher or lower column of the standard's rating characteristics than the rating it carries (share.py:
  only a table row that gives percentages has columns to fall in, today 1.1's);
- the diversity finding is at odds with the diversity prompts: practice recorded as sufficient while more
  of the introduction's diversity prompts are judged below the line than above it, or insufficient while
  more are above than below (the balance the key questions use, balance.py: one side outweighs the other);
- a domain two or three rating entered from the case inspection differs from the rating its case counts
  give (case_data.py: the band of the lowest-scoring key question).

Pure: computed from the evaluation and the inspection it is of.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from inspector.framework.model import RATING_ORDER, Framework, Rating
from inspector.inspection.model import Inspection, PanelState
from inspector.rules.evaluation import Evaluation
from inspector.rules.percentages import shown

DIVERSITY = "diversity"  # what a diversity flag is about (the others name a standard)


class FlagKind(str, Enum):
    SHARE = "share of positive responses"
    DIVERSITY = "diversity"
    CASE_COUNTS = "case counts"


@dataclass(frozen=True)
class ConsistencyFlag:
    kind: FlagKind
    about: str  # the standard's id ("1.1", "2.3"), or DIVERSITY
    title: str  # "1.1 Governance and leadership", "Diversity"
    message: str  # what was recorded and what the figures say, in plain words

    @property
    def line(self) -> str:
        """"1.1 Governance and leadership: the share ..." as one line."""
        return f"{self.title}: {self.message}"


def consistency_flags(
    framework: Framework, inspection: Inspection, evaluation: Evaluation
) -> tuple[ConsistencyFlag, ...]:
    """The framework's standards in order, then diversity, then the case-data standards in the rating
    scheme's order."""
    return (*share_flags(evaluation), *diversity_flags(framework, inspection, evaluation),
            *case_count_flags(evaluation))


def _compared(recorded: Rating, figures: Rating) -> str:
    """'higher' or 'lower': where `recorded` stands against what the figures give (Outstanding highest)."""
    return "higher" if RATING_ORDER.index(recorded) < RATING_ORDER.index(figures) else "lower"


def share_flags(evaluation: Evaluation) -> tuple[ConsistencyFlag, ...]:
    flags = []
    for result in evaluation.standards:
        share = result.share
        panel = evaluation.panel_standard(result.standard_id)
        rating = panel.rating
        if not result.applies or rating is None or share.column is None or share.column == rating:
            continue
        state = "agreed" if panel.state is PanelState.AGREED else "proposed"
        heading = f" ('{share.row.heading}')" if share.row is not None else ""
        flags.append(ConsistencyFlag(
            FlagKind.SHARE, result.standard_id, f"{result.standard_id} {result.title}",
            f"the share of positive responses, {shown(share.percent)} ({share.positive} of {share.total} key "
            f"questions and prompts), falls in the '{share.column.value}' column of the rating characteristics"
            f"{heading}, {_compared(share.column, rating)} than the {state} '{rating.value}'.",
        ))
    return tuple(flags)


def diversity_flags(
    framework: Framework, inspection: Inspection, evaluation: Evaluation
) -> tuple[ConsistencyFlag, ...]:
    sufficient = inspection.diversity.sufficient
    if sufficient is None:
        return ()
    above = below = unjudged = 0
    for standard in framework.standards:
        for key_question in standard.key_questions:
            balance = evaluation.key_question(key_question.id)
            for prompt in key_question.prompts:
                if not prompt.diversity:
                    continue
                if prompt.id in balance.above:
                    above += 1
                elif prompt.id in balance.below:
                    below += 1
                else:
                    unjudged += 1
    total = above + below + unjudged
    if sufficient and below > above:
        counted = f"{below} of the {total} diversity prompts are below the line ({above} above"
    elif not sufficient and above > below:
        counted = f"{above} of the {total} diversity prompts are above the line ({below} below"
    else:
        return ()
    counted += f", {unjudged} not yet judged)" if unjudged else ")"
    recorded = "sufficient" if sufficient else "insufficient"
    return (ConsistencyFlag(
        FlagKind.DIVERSITY, DIVERSITY, "Diversity",
        f"practice on diversity is recorded as {recorded}, but {counted}.",
    ),)


def case_count_flags(evaluation: Evaluation) -> tuple[ConsistencyFlag, ...]:
    flags = []
    for case in evaluation.case_ratings:
        entered, derived, lowest = case.rating, case.derived, case.lowest
        if case.derived_from != "entered" or entered is None or derived is None or lowest is None or derived == entered:
            continue
        flags.append(ConsistencyFlag(
            FlagKind.CASE_COUNTS, case.standard_id, f"{case.standard_id} {case.title}",
            f"the rating entered from the case inspection, '{entered.value}', is {_compared(entered, derived)} than "
            f"its case counts give, '{derived.value}' (lowest key question: {lowest.key_question}, "
            f"{lowest.sufficient} of {lowest.cases} cases sufficient, {shown(lowest.percent)}).",
        ))
    return tuple(flags)
