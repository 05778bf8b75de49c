"""What the key question page shows, as plain data: the balance of its prompts, the suggested answer
and why, the inspector's answer, and whether the answer departs and so needs a rationale.

The rationale is flagged, not enforced: an answer is saved as soon as it is chosen (nothing in the
app waits for a Save), and a departure without a rationale is shown here, in the navigator and to the
ratings panel (the engine's 'rationale required' finding) until one is typed.
"""

from __future__ import annotations

from dataclasses import dataclass

from inspector.app.navigator import NodeStatus, below_thresholds, interviews_explained, prompt_status
from inspector.content import Content
from inspector.framework.items import navigator_label
from inspector.inspection.model import Answer, Inspection
from inspector.rules.evaluation import Evaluation
from inspector.rules.findings import FindingKind


@dataclass(frozen=True)
class PromptLine:
    prompt_id: str
    label: str  # "a) Does ..."
    status: NodeStatus


@dataclass(frozen=True)
class KeyQuestionView:
    key_question_id: str
    text: str
    standard: str  # "1.2 Staff"
    counts: str  # "3 above the line, 2 below, 1 not yet judged, of 6 prompts"
    prompts: tuple[PromptLine, ...]
    decisive: str  # "Decisive shortfall: 1.2.3a", or ""
    suggestion: Answer | None
    suggestion_text: str  # "Suggested answer: no"
    reason: str
    answer: Answer | None
    rationale: str
    departs: bool
    rationale_required: bool
    departure: str  # what the page says about a departure, or ""
    notes: tuple[str, ...]  # the engine's other findings about the balance


def key_question_view(
    content: Content, inspection: Inspection, evaluation: Evaluation, key_question_id: str
) -> KeyQuestionView:
    framework = content.framework
    kq = framework.key_question(key_question_id)
    balance = evaluation.key_question(key_question_id)
    thresholds = below_thresholds(evaluation)
    judgements = {j.prompt_id: j for j in inspection.judgements}
    explained = interviews_explained(evaluation, key_question_id)
    departure = ""
    if balance.departs and balance.answer and balance.suggestion:
        # The engine's RATIONALE finding (rules/balance.py) says the same to the ratings panel.
        said = f"The answer '{balance.answer.value}' departs from the suggested '{balance.suggestion.value}'"
        departure = (f"{said}: record the rationale." if balance.rationale_required
                     else f"{said}; the rationale is recorded.")
    decisive = ", ".join(balance.decisive)
    return KeyQuestionView(
        key_question_id=key_question_id,
        text=kq.text,
        standard=navigator_label(framework.standard(key_question_id[:3])),
        counts=(f"{len(balance.above)} above the line, {len(balance.below)} below, "
                f"{len(balance.unjudged)} not yet judged, of {balance.prompts} prompts"),
        prompts=tuple(
            PromptLine(p.id, navigator_label(p), prompt_status(judgements.get(p.id), thresholds.get(p.id), explained))
            for p in kq.prompts
        ),
        decisive=f"Decisive shortfall{'s' if len(balance.decisive) > 1 else ''}: {decisive}" if decisive else "",
        suggestion=balance.suggestion,
        suggestion_text=(f"Suggested answer: {balance.suggestion.value}" if balance.suggestion
                         else "No suggested answer"),
        reason=balance.reason[:1].upper() + balance.reason[1:],
        answer=balance.answer,
        rationale=balance.rationale,
        departs=balance.departs,
        rationale_required=balance.rationale_required,
        departure=departure,
        notes=tuple(f.message for f in balance.findings if f.kind is not FindingKind.RATIONALE),
    )
