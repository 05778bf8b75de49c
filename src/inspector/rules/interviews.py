"""Case-manager interview results for each prompt that draws on them.

From the recorded interviews: every 'yes' or 'no' answer to a question that informs the prompt ("not
asked" left out), as an exact percentage. Without interview answers for the prompt, a percentage
tallied on paper is used. The percentage is then placed in the framework's bands exactly as the seed
prints them, and compared with the prompt's threshold ("below 65 per cent").
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Literal

from inspector.forms.model import Forms
from inspector.framework.model import Framework, InterviewStrength, PercentageBand, Prompt
from inspector.inspection.model import Inspection, InterviewAnswer
from inspector.rules.findings import Finding, FindingKind
from inspector.rules.percentages import band_for, band_gap_note, first_line, percent, shown

Basis = Literal["interviews", "tally"]


@dataclass(frozen=True)
class QuestionCount:
    question_id: str
    yes: int
    answered: int  # 'yes' plus 'no'


@dataclass(frozen=True)
class InterviewResult:
    prompt_id: str
    strength: InterviewStrength
    wording: str  # the seed's sentence, verbatim, for the UI ("below 65%: would support a negative judgement")
    threshold_percent: int | None
    basis: Basis | None  # None: nothing recorded yet
    yes: int | None
    n: int | None  # answers counted (interviews: 'yes' plus 'no'; tally: the interviews it covers, if given)
    percent: Fraction | None
    band: PercentageBand | None
    by_question: tuple[QuestionCount, ...]
    findings: tuple[Finding, ...]

    @property
    def below_threshold(self) -> bool:
        """Below the seed's threshold, e.g. line 888: "where less than a reasonable majority (below 65 per
        cent) respond positively ...". Never true for a prompt whose link sets no threshold."""
        return self.percent is not None and self.threshold_percent is not None and self.percent < self.threshold_percent


def interview_results(framework: Framework, forms: Forms, inspection: Inspection) -> tuple[InterviewResult, ...]:
    return tuple(
        interview_result(p, framework, forms, inspection) for p in framework.prompts if p.interview_link is not None
    )


def interview_result(prompt: Prompt, framework: Framework, forms: Forms, inspection: Inspection) -> InterviewResult:
    link = prompt.interview_link
    if link is None:
        raise ValueError(f"prompt {prompt.id} does not draw on case-manager interviews")
    by_question = _count_answers(prompt.id, forms, inspection)
    answered = sum(q.answered for q in by_question)
    tally = inspection.tally(prompt.id)
    findings: list[Finding] = []
    basis: Basis | None = None
    yes: int | None = None
    n: int | None = None
    value: Fraction | None = None
    if answered:
        basis, yes, n = "interviews", sum(q.yes for q in by_question), answered
        value = percent(yes, answered)
        if tally is not None:
            findings.append(Finding(
                FindingKind.NOTE,
                f"{prompt.id}: a tallied {tally.percent}% is also recorded; the {answered} recorded interview "
                f"answers are used instead.",
            ))
    elif tally is not None:
        if 0 <= tally.percent <= 100 and (tally.interviews is None or tally.interviews > 0):
            basis, n, value = "tally", tally.interviews, Fraction(tally.percent)
        else:
            findings.append(Finding(
                FindingKind.NOTE,
                f"{prompt.id}: the tallied percentage ({tally.percent}% of {tally.interviews} interviews) is not "
                "a percentage of interviews held; it is not used.",
            ))
    band = band_for(value, framework) if value is not None else None
    if value is not None and band is None:
        note = band_gap_note(value, framework)
        findings.append(Finding(
            FindingKind.NOTE,
            f"{prompt.id}: {shown(value)} falls in none of the seed's percentage bands; the engine does not pick one. "
            + (note.note if note else ""),
            first_line(note) if note else None,
        ))
    return InterviewResult(
        prompt.id, link.strength, link.wording, link.threshold_percent, basis, yes, n, value, band, by_question,
        tuple(findings),
    )


def _count_answers(prompt_id: str, forms: Forms, inspection: Inspection) -> tuple[QuestionCount, ...]:
    """'yes' and 'no' answers per informing question, over every interview whose form is loaded
    (interviews on unknown forms are reported once for the whole inspection, by the evaluation)."""
    yes: dict[str, int] = {}
    answered: dict[str, int] = {}
    for interview in inspection.interviews:
        form = forms.get(interview.form_id, interview.form_version)
        if form is None:
            continue
        for question in form.informing(prompt_id):
            response = interview.response(question.id)
            if response is None or response.answer is InterviewAnswer.NOT_ASKED:
                continue
            answered[question.id] = answered.get(question.id, 0) + 1
            if response.answer is InterviewAnswer.YES:
                yes[question.id] = yes.get(question.id, 0) + 1
    return tuple(QuestionCount(q, yes.get(q, 0), n) for q, n in answered.items())
