"""Case-manager interview results for each prompt that draws on them.

From the recorded interviews: every 'yes' or 'no' answer to a question that informs the prompt ("not
asked" left out), as an exact percentage. Without interview answers for the prompt, a percentage
tallied on paper is used. The percentage is then placed in the framework's bands exactly as the seed
prints them, and compared with the prompt's threshold ("below 65 per cent").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction
from typing import Literal

from inspector.forms.model import Forms
from inspector.framework.model import Framework, InterviewStrength, PercentageBand, Prompt
from inspector.inspection.model import Inspection, Interview, InterviewAnswer
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
    by_question = _answer_counts(forms, inspection.interviews).get(prompt.id, ())
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
            f"{prompt.id}: {shown(value)} falls in none of the standards document's percentage bands; the engine does not pick one. "
            + (note.note if note else ""),
            first_line(note) if note else None,
        ))
    return InterviewResult(
        prompt.id, link.strength, link.wording, link.threshold_percent, basis, yes, n, value, band, by_question,
        tuple(findings),
    )


Counts = Mapping[str, tuple[QuestionCount, ...]]  # by prompt id

# The last count and what it was made from. The session evaluates after every edit, and most edits (a
# judgement, a rationale, a rating) leave the interviews alone: the snapshot is immutable and an edit
# keeps the tuples it does not touch, so the very same `interviews` tuple (and forms) means the very
# same answers. Counting 1,000 interviews again took three quarters of an evaluation (benchmarks/).
# One entry, replaced whole, so a count made on another thread is never half-read.
_last: tuple[Forms, tuple[Interview, ...], Counts] | None = None


def _answer_counts(forms: Forms, interviews: tuple[Interview, ...]) -> Counts:
    global _last
    last = _last
    if last is not None and last[0] is forms and last[1] is interviews:
        return last[2]
    counts = _count_answers(forms, interviews)
    _last = (forms, interviews, counts)
    return counts


def _count_answers(forms: Forms, interviews: tuple[Interview, ...]) -> Counts:
    """'yes' and 'no' answers per informing question, for every prompt at once, over every interview
    whose form is loaded (interviews on unknown forms are reported once for the whole inspection, by
    the evaluation). One pass: each answer is read once and counted for every prompt its question
    informs; a prompt's questions come in the order they are first answered."""
    counts: dict[str, dict[str, list[int]]] = {}  # prompt id -> question id -> [yes, answered]
    # Per form: each question with the counts of the prompts it informs (each prompt once), worked out
    # at the form's first interview rather than at every one.
    plans: dict[tuple[str, str], tuple[tuple[str, tuple[dict[str, list[int]], ...]], ...]] = {}
    # Looked up once: reading an enum member off its class costs about 0.1 µs, 15,000 times at 10×.
    yes_answer, not_asked = InterviewAnswer.YES, InterviewAnswer.NOT_ASKED
    for interview in interviews:
        key = (interview.form_id, interview.form_version)
        plan = plans.get(key)
        if plan is None:
            form = forms.get(*key)
            plan = plans[key] = () if form is None else tuple(
                (q.id, tuple(counts.setdefault(p, {}) for p in dict.fromkeys(q.informs))) for q in form.questions
            )
        for question_id, prompts in plan:
            response = interview.response(question_id)
            if response is None or response.answer is not_asked:
                continue
            yes = response.answer is yes_answer
            for by_question in prompts:
                count = by_question.get(question_id)
                if count is None:
                    count = by_question[question_id] = [0, 0]
                count[0] += yes
                count[1] += 1
    return {
        prompt_id: tuple(QuestionCount(q, yes, answered) for q, (yes, answered) in by_question.items())
        for prompt_id, by_question in counts.items()
    }
