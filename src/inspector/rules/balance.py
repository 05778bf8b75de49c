"""The sufficiency balance of a key question: prompts above and below the line, and a suggested answer.

The inspector answers the key question; the engine counts, suggests and explains. Every key
question's judgement text in the seed states the balance rule, but not all in the same words, so the
rule is read from each key question's own text (`balance_wording`) rather than assumed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from inspector.framework.model import KeyQuestion
from inspector.inspection.model import Answer, Inspection, Sufficiency
from inspector.rules.findings import Finding, FindingKind

# Seed line 391 (and each key question's judgement): "Where on balance the areas above the line
# outweigh those that are below, the inspector should consider a 'yes' judgement to the key question."
_YES_WHEN_ABOVE_OUTWEIGHS = "where on balance the areas above the line outweigh those that are below"
# Seed line 1035, key question 1.2.5 only: "Where on balance the areas below the line outweigh
# those that are above, the lead inspector should consider a negative judgement."
_NO_WHEN_BELOW_OUTWEIGHS = "where on balance the areas below the line outweigh those that are above"
# Seed line 391: "One or more areas that are considered below the line may be of such importance that
# they preclude a judgement of 'yes'."
_DECISIVE_PRECLUDES_YES = "may be of such importance that they preclude a judgement of 'yes'"


@dataclass(frozen=True)
class BalanceWording:
    """Which parts of the balance rule a key question's judgement text states."""

    yes_when_above_outweighs: bool
    no_when_below_outweighs: bool
    decisive_precludes_yes: bool

    @property
    def states_balance(self) -> bool:
        return self.yes_when_above_outweighs or self.no_when_below_outweighs


def balance_wording(judgement: str) -> BalanceWording:
    text = re.sub(r"\s+", " ", judgement.replace("\u2019", "'")).lower()
    return BalanceWording(
        yes_when_above_outweighs=_YES_WHEN_ABOVE_OUTWEIGHS in text,
        no_when_below_outweighs=_NO_WHEN_BELOW_OUTWEIGHS in text,
        decisive_precludes_yes=_DECISIVE_PRECLUDES_YES in text,
    )


@dataclass(frozen=True)
class KeyQuestionBalance:
    key_question_id: str
    source_line: int
    wording: BalanceWording
    above: tuple[str, ...]  # prompt ids judged above the line of sufficiency
    below: tuple[str, ...]
    unjudged: tuple[str, ...]
    decisive: tuple[str, ...]  # decisive shortfalls: below the line and marked decisive
    suggestion: Answer | None
    reason: str
    answer: Answer | None  # the inspector's own answer, separate from the suggestion
    rationale: str
    findings: tuple[Finding, ...]

    @property
    def prompts(self) -> int:
        return len(self.above) + len(self.below) + len(self.unjudged)

    @property
    def departs(self) -> bool:
        """The inspector's answer differs from the engine's suggestion."""
        return self.answer is not None and self.suggestion is not None and self.answer != self.suggestion

    @property
    def rationale_required(self) -> bool:
        return self.departs and not self.rationale.strip()


def key_question_balance(key_question: KeyQuestion, inspection: Inspection) -> KeyQuestionBalance:
    above: list[str] = []
    below: list[str] = []
    unjudged: list[str] = []
    decisive: list[str] = []
    findings: list[Finding] = []
    for prompt in key_question.prompts:
        judgement = inspection.judgement(prompt.id)
        if judgement.sufficiency is Sufficiency.ABOVE:
            above.append(prompt.id)
        elif judgement.sufficiency is Sufficiency.BELOW:
            below.append(prompt.id)
        else:
            unjudged.append(prompt.id)
        if judgement.decisive and judgement.sufficiency is Sufficiency.BELOW:
            decisive.append(prompt.id)
        elif judgement.decisive:
            # Only an area "below the line" can preclude a yes (seed line 391); a decisive mark on
            # anything else is shown, not applied.
            findings.append(Finding(
                FindingKind.NOTE,
                f"{prompt.id} is marked as a decisive shortfall but is not judged below the line; "
                "the mark is not applied.",
                prompt.source_line,
            ))
    wording = balance_wording(key_question.judgement)
    if decisive and not wording.decisive_precludes_yes:
        findings.append(Finding(
            FindingKind.NOTE,
            f"The judgement text of {key_question.id} does not say that an area below the line can preclude "
            f"'yes'; the decisive shortfall at {', '.join(decisive)} is shown, not applied.",
            key_question.source_line,
        ))
    suggestion, reason = _suggest(key_question, wording, above, below, unjudged, decisive)
    recorded = inspection.answer(key_question.id)
    balance = KeyQuestionBalance(
        key_question_id=key_question.id,
        source_line=key_question.source_line,
        wording=wording,
        above=tuple(above),
        below=tuple(below),
        unjudged=tuple(unjudged),
        decisive=tuple(decisive),
        suggestion=suggestion,
        reason=reason,
        answer=recorded.answer,
        rationale=recorded.rationale,
        findings=tuple(findings),
    )
    if balance.rationale_required and balance.answer and balance.suggestion:
        return replace(balance, findings=(*balance.findings, Finding(
            FindingKind.RATIONALE,
            f"The answer '{balance.answer.value}' to {key_question.id} departs from the suggested "
            f"'{balance.suggestion.value}' ({reason}); record the rationale.",
            key_question.source_line,
        )))
    return balance


def _suggest(
    key_question: KeyQuestion,
    wording: BalanceWording,
    above: list[str],
    below: list[str],
    unjudged: list[str],
    decisive: list[str],
) -> tuple[Answer | None, str]:
    total = len(above) + len(below) + len(unjudged)
    counts = f"{len(above)} of {total} prompts above the line, {len(below)} below"
    if decisive and wording.decisive_precludes_yes:
        # Seed line 391: "One or more areas that are considered below the line may be of such importance
        # that they preclude a judgement of 'yes'." The inspector has recorded that one is, so 'yes' is
        # precluded whatever the remaining prompts turn out to be: 'no' is suggested at once.
        return Answer.NO, f"decisive shortfall at {', '.join(decisive)} precludes 'yes' ({counts})"
    if unjudged:
        return None, f"{len(unjudged)} of {total} prompts not yet judged: {', '.join(unjudged)}"
    if not wording.states_balance:
        return None, (
            f"{counts}; the judgement text of {key_question.id} states no balance rule, "
            "so the engine suggests no answer"
        )
    if len(above) > len(below):
        # Seed line 391: "Where on balance the areas above the line outweigh those that are below, the
        # inspector should consider a 'yes' judgement to the key question." 1.2.5 (the only key
        # question stating the rule from the negative side) opens "In deciding whether to answer 'yes'
        # ... whether those aspects that are judged sufficient outweigh those that are not".
        return Answer.YES, f"{counts}: above outweighs below"
    if len(below) > len(above) or wording.yes_when_above_outweighs:
        # Below outweighs above: 'no' under either wording. On an even balance the usual wording gives
        # 'no' too, because 'yes' needs the areas above the line to outweigh those below.
        return Answer.NO, f"{counts}: above does not outweigh below"
    # An even balance under 1.2.5's wording: "Where on balance the areas below the line outweigh those
    # that are above, the lead inspector should consider a negative judgement" — they do not, and the
    # areas above do not outweigh those below either; the text decides neither way.
    return None, (
        f"{counts}: an even balance; the judgement text of {key_question.id} calls for a negative judgement "
        "only where the areas below the line outweigh those above, so the answer is left to the inspector"
    )
