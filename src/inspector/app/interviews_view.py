"""What the interviews page shows, as plain data: the question set interviews are entered against,
the interviews recorded, the results per interview-linked prompt and per question (from the engine's
interview results), and the percentages tallied on paper.

The results are the engine's (rules/interviews.py): a prompt's percentage is every 'yes' or 'no'
answer to the questions that inform it, 'not asked' left out; the page adds nothing of its own but the
same count for each question on its own, so the inspector sees which question pulls a prompt down.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from fractions import Fraction

from inspector.content import Content
from inspector.errors import UserError
from inspector.forms.model import Forms, InterviewForm
from inspector.inspection.model import Inspection, Interview, InterviewAnswer, InterviewResponse, TalliedPercentage
from inspector.rules.evaluation import Evaluation
from inspector.rules.percentages import band_for, percent, reaches, shown

FORM_ID = "case-manager-interview"
REFERENCE_PREFIX = "CM-"  # anonymous references: never the case manager's name
_REFERENCE_NUMBER = re.compile(rf"^{REFERENCE_PREFIX}(\d+)$")


@dataclass(frozen=True)
class InterviewLine:
    interview_id: str
    reference: str
    date: date | None
    inspector: str
    answered: int  # questions answered 'yes', 'no' or 'not asked'
    questions: int

    @property
    def text(self) -> str:
        when = f"{self.date:%d/%m/%Y}" if self.date else "no date"
        who = self.inspector or "no inspector"
        reference = self.reference or "(no reference)"
        return f"{reference} \u00b7 {when} \u00b7 {self.answered}/{self.questions} \u00b7 {who}"


@dataclass(frozen=True)
class ResultRow:
    """One line of the results table: a prompt (its result as the engine gives it) or one of the
    questions that inform it (that question's answers alone)."""

    prompt_id: str
    question_id: str | None  # None: the prompt's own row
    label: str
    yes: int | None
    n: int | None
    percent: Fraction | None
    band: str  # the seed's band name, or "" (none yet, or in a gap the seed leaves)
    threshold: int | None
    below: bool
    basis: str  # "interviews", "tally" or "" (prompt rows only)

    @property
    def percent_text(self) -> str:
        return shown(self.percent) if self.percent is not None else ""

    @property
    def below_text(self) -> str:
        return f"below {self.threshold}%" if self.below else ""


@dataclass(frozen=True)
class TallyLine:
    prompt_id: str
    label: str
    tally: TalliedPercentage | None
    used: bool  # the engine uses it (there are no recorded interview answers for the prompt)


@dataclass(frozen=True)
class InterviewsView:
    form: InterviewForm | None  # the question set new interviews are entered against
    interviews: tuple[InterviewLine, ...]
    results: tuple[ResultRow, ...]
    tallies: tuple[TallyLine, ...]


def current_form(forms: Forms) -> InterviewForm | None:
    """The newest version of the case-manager interview form, or None when forms/ has none."""
    versions = [form for form in forms if form.id == FORM_ID]
    return max(versions, key=lambda form: _version_key(form.version)) if versions else None


def form_of(forms: Forms, interview: Interview) -> InterviewForm | None:
    """The question set the interview was answered against (it keeps its version when a newer one comes)."""
    return forms.get(interview.form_id, interview.form_version)


def _version_key(version: str) -> tuple[tuple[int, int | str], ...]:
    # '10' is newer than '9': numeric parts compare as numbers.
    return tuple((0, int(part)) if part.isdigit() else (1, part) for part in version.split("."))


def next_reference(inspection: Inspection) -> str:
    """The reference to suggest for a new interview: one past the highest "CM-nn" so far."""
    numbers = [int(m.group(1)) for i in inspection.interviews if (m := _REFERENCE_NUMBER.match(i.reference))]
    return f"{REFERENCE_PREFIX}{max(numbers, default=0) + 1:02d}"


def new_interview(content: Content, inspection: Inspection, on: date, inspector: str) -> Interview:
    """A blank interview on the current form, with the next reference, ready to be answered, dated `on`
    (today) or, when that is outside the fieldwork week, its nearest day: interviews are "undertaken during
    the inspection fieldwork weeks" (Standards, domain one, p. 5), and one typed up afterwards was held in them."""
    form = current_form(content.forms)
    if form is None:
        raise UserError(f"interview form: no '{FORM_ID}' question set is loaded from forms/")
    return Interview(next_reference(inspection), form.id, form.version, in_fieldwork(on, inspection), inspector)


def in_fieldwork(on: date, inspection: Inspection) -> date:
    """`on`, or the nearest day of the fieldwork week when it falls outside it."""
    start, end = inspection.details.fieldwork_start, inspection.details.fieldwork_end
    if start is not None and on < start:
        return start
    if end is not None and on > end:
        return end
    return on


def answered(interview: Interview, form: InterviewForm, question_id: str, answer: InterviewAnswer | None,
             comment: str | None = None) -> Interview:
    """The interview with one question answered (None: the answer taken away), the responses kept in
    form order; `comment` None keeps the question's comment as it is."""
    responses = dict(interview.responses)
    old = responses.get(question_id)
    kept_comment = old.comment if comment is None and old is not None else (comment or "")
    if answer is None and not kept_comment:
        responses.pop(question_id, None)
    else:
        # A comment needs a response to hang on; without an answer yet it waits as 'not asked'.
        responses[question_id] = InterviewResponse(answer or (old.answer if old else InterviewAnswer.NOT_ASKED),
                                                   kept_comment)
    order = {q.id: place for place, q in enumerate(form.questions)}
    pairs = sorted(responses.items(), key=lambda pair: order.get(pair[0], len(order)))
    return Interview(interview.reference, interview.form_id, interview.form_version, interview.date,
                     interview.inspector, tuple(pairs), interview.id)


def parse_tally(prompt_id: str, percent_text: str, interviews_text: str) -> TalliedPercentage | None:
    """A tally as typed; both fields empty clears it. One-line errors name the field."""
    percent_text, interviews_text = percent_text.strip().rstrip("%").strip(), interviews_text.strip()
    if not percent_text and not interviews_text:
        return None
    try:
        value = Decimal(percent_text)
    except InvalidOperation:
        raise UserError(f"tallied percentage for {prompt_id}: {percent_text!r} is not a number") from None
    # Seed line 3144: "the following percentage boundaries apply" - a percentage, so 0 to 100.
    if not value.is_finite() or not Decimal(0) <= value <= Decimal(100):
        raise UserError(f"tallied percentage for {prompt_id}: must be between 0 and 100 (got {percent_text})")
    count = None
    if interviews_text:
        if not interviews_text.isdigit() or int(interviews_text) == 0:
            raise UserError(
                f"interviews tallied for {prompt_id}: must be a whole number above 0 (got {interviews_text})")
        count = int(interviews_text)
    return TalliedPercentage(prompt_id, value, count)


def interviews_view(content: Content, inspection: Inspection, evaluation: Evaluation) -> InterviewsView:
    framework, forms = content.framework, content.forms
    lines = []
    for interview in inspection.interviews:
        form = form_of(forms, interview)
        lines.append(InterviewLine(interview.id, interview.reference, interview.date, interview.inspector,
                                   len(interview.responses), len(form.questions) if form else 0))
    form = current_form(forms)
    results: list[ResultRow] = []
    tallies: list[TallyLine] = []
    for result in evaluation.interview_results:
        prompt = framework.prompt(result.prompt_id)
        results.append(ResultRow(
            prompt.id, None, f"{prompt.id}  {prompt.text}", result.yes, result.n, result.percent,
            result.band.name if result.band else "", result.threshold_percent, result.below_threshold,
            result.basis or "",
        ))
        counted = {count.question_id: count for count in result.by_question}
        for question in form.informing(prompt.id) if form else ():
            count = counted.get(question.id)
            value = percent(count.yes, count.answered) if count and count.answered else None
            band = band_for(value, framework) if value is not None else None
            # The prompt's own threshold, e.g. seed line 888: "where less than a reasonable majority (below 65
            # per cent) respond positively"; shown per question so the one pulling the prompt down stands out.
            threshold = result.threshold_percent
            results.append(ResultRow(
                prompt.id, question.id, question.text, count.yes if count else None, count.answered if count else None,
                value, band.name if band else "", threshold,
                value is not None and threshold is not None and not reaches(value, threshold), "",
            ))
        tallies.append(TallyLine(prompt.id, f"{prompt.id}  {prompt.text}", inspection.tally(prompt.id),
                                 result.basis == "tally"))
    return InterviewsView(form, tuple(lines), tuple(results), tuple(tallies))
