"""Building Inspection values directly from the domain model (no store)."""

from __future__ import annotations

from typing import Any

from inspector.framework.model import Framework, KeyQuestion
from inspector.inspection.model import Inspection, InspectionDetails, Nation, PromptJudgement, Sufficiency


def make_inspection(framework: Framework, resettlement_cases: int | None = 3, **fields: Any) -> Inspection:
    details = InspectionDetails("Testshire Youth Justice Service", Nation.ENGLAND,
                                resettlement_cases_12_months=resettlement_cases)
    return Inspection(details, framework.id, framework.version, **fields)


_CODES = {
    "A": (Sufficiency.ABOVE, False),
    "B": (Sufficiency.BELOW, False),
    "D": (Sufficiency.BELOW, True),
    "X": (Sufficiency.ABOVE, True),
    "-": (None, False),
}


def grid(key_question: KeyQuestion, marks: str) -> tuple[PromptJudgement, ...]:
    """Prompt judgements written one character per prompt, in order, so that table rows read like the
    inspector's grid: A above the line, B below, D below and decisive, X above but marked decisive,
    - not yet judged."""
    if len(marks) != len(key_question.prompts):
        raise ValueError(f"{key_question.id} has {len(key_question.prompts)} prompts, not {len(marks)}")
    return tuple(
        PromptJudgement(p.id, *_CODES[mark]) for p, mark in zip(key_question.prompts, marks, strict=True)
    )
