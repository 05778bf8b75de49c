"""The sufficiency balance of a key question: prompts above and below the line, and a suggested answer.

The inspector answers the key question; the engine counts, suggests and explains. Every key
question's judgement text in the seed states the balance rule, but not all in the same words, so each
key question declares the parts of the rule its text states (`balance_rules`, names from
framework/rule_names.py) and the engine applies those, whatever the text's wording.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from inspector.framework.model import KeyQuestion
from inspector.framework.rule_names import BalanceRule
from inspector.inspection.model import Answer, Inspection, Sufficiency
from inspector.rules.findings import Finding, FindingKind


@dataclass(frozen=True)
class BalanceRules:
    """Which parts of the balance rule a key question declares."""

    yes_when_above_outweighs: bool
    no_when_below_outweighs: bool
    decisive_precludes_yes: bool

    @property
    def states_balance(self) -> bool:
        return self.yes_when_above_outweighs or self.no_when_below_outweighs


def balance_rules(key_question: KeyQuestion) -> BalanceRules:
    declared = {d.name for d in key_question.balance_rules}
    return BalanceRules(
        yes_when_above_outweighs=BalanceRule.YES_WHEN_ABOVE_OUTWEIGHS in declared,
        no_when_below_outweighs=BalanceRule.NO_WHEN_BELOW_OUTWEIGHS in declared,
        decisive_precludes_yes=BalanceRule.DECISIVE_SHORTFALL_PRECLUDES_YES in declared,
    )


@dataclass(frozen=True)
class KeyQuestionBalance:
    key_question_id: str
    source_line: int
    rules: BalanceRules  # the parts of the balance rule the key question declares
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
    rules = balance_rules(key_question)
    if decisive and not rules.decisive_precludes_yes:
        findings.append(Finding(
            FindingKind.NOTE,
            f"The judgement text of {key_question.id} does not say that an area below the line can preclude "
            f"'yes'; the decisive shortfall at {', '.join(decisive)} is shown, not applied.",
            key_question.source_line,
        ))
    suggestion, reason = _suggest(key_question, rules, above, below, unjudged, decisive)
    recorded = inspection.answer(key_question.id)
    balance = KeyQuestionBalance(
        key_question_id=key_question.id,
        source_line=key_question.source_line,
        rules=rules,
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
    rules: BalanceRules,
    above: list[str],
    below: list[str],
    unjudged: list[str],
    decisive: list[str],
) -> tuple[Answer | None, str]:
    total = len(above) + len(below) + len(unjudged)
    counts = f"{len(above)} of {total} prompts above the line, {len(below)} below"
    if decisive and rules.decisive_precludes_yes:
        # Seed line 391: "One or more areas that are considered below the line may be of such importance
        # that they preclude a judgement of 'yes'." The inspector has recorded that one is, so 'yes' is
        # precluded whatever the remaining prompts turn out to be: 'no' is suggested at once.
        return Answer.NO, f"decisive shortfall at {', '.join(decisive)} precludes 'yes' ({counts})"
    if unjudged:
        return None, f"{len(unjudged)} of {total} prompts not yet judged: {', '.join(unjudged)}"
    if not rules.states_balance:
        return None, (
            f"{counts}; the judgement text of {key_question.id} states no balance rule, "
            "so the engine suggests no answer"
        )
    if len(above) > len(below):
        # Seed line 391: "Where on balance the areas above the line outweigh those that are below, the
        # inspector should consider a 'yes' judgement to the key question." 1.2.5 (the only key
        # question stating the rule from the negative side) opens "In deciding whether to answer 'yes'
        # ... whether those aspects that are judged sufficient outweigh those that are not" (seed line 1035).
        return Answer.YES, f"{counts}: above outweighs below"
    if len(below) > len(above) or rules.yes_when_above_outweighs:
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
