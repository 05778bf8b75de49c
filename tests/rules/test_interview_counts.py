"""Interview answers counted once for every prompt, and the count reused while the interviews are the same:
equal to counting each prompt on its own, on random inspections, and never stale."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from inspector.forms.model import Forms, InterviewForm, Question
from inspector.framework.model import Framework
from inspector.inspection.model import (
    Inspection,
    Interview,
    InterviewAnswer,
    InterviewResponse,
    PromptJudgement,
    Sufficiency,
    TalliedPercentage,
)
from inspector.rules.interviews import InterviewResult, QuestionCount, interview_results
from tests.rules.builders import make_inspection


def counted_prompt_by_prompt(prompt_id: str, forms: Forms, inspection: Inspection) -> tuple[QuestionCount, ...]:
    """The straightforward count: every interview again for each prompt, its informing questions in form order."""
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


@st.composite
def forms_and_inspections(draw: st.DrawFn, framework: Framework, forms: Forms) -> tuple[Forms, Inspection]:
    """The real form and a second version of it: some of its questions, in another order, informing other
    prompts (a prompt sometimes named twice); interviews on either, or on a form that is not loaded, each
    answering some questions (and some no form has) in any order."""
    form = next(iter(forms))
    linked = [p.id for p in framework.prompts if p.interview_link]
    questions = draw(st.permutations(form.questions))[: draw(st.integers(1, len(form.questions)))]
    other = InterviewForm(id=form.id, version="2", title=form.title, source=form.source, questions=tuple(
        Question(id=q.id, text=q.text, informs=tuple(draw(st.lists(st.sampled_from(linked), min_size=1, max_size=3))))
        for q in questions))
    question_ids = [q.id for q in form.questions] + ["not-on-any-form"]
    interviews = draw(st.lists(st.builds(
        lambda version, answers: Interview("CM", form.id, version, responses=tuple(
            (q, InterviewResponse(a)) for q, a in answers)),
        st.sampled_from([form.version, "2", "99"]),
        st.lists(st.tuples(st.sampled_from(question_ids), st.sampled_from(list(InterviewAnswer))), max_size=12),
    ), max_size=15))
    return Forms((form, other)), make_inspection(framework, interviews=tuple(interviews))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_counting_once_equals_counting_each_prompt(framework: Framework, forms: Forms, data: st.DataObject) -> None:
    loaded, inspection = data.draw(forms_and_inspections(framework, forms))
    results = interview_results(framework, loaded, inspection)
    for result in results:
        expected = counted_prompt_by_prompt(result.prompt_id, loaded, inspection)
        assert result.by_question == expected  # the same counts, the questions in the same order
        answered = sum(q.answered for q in expected)
        assert (result.yes, result.n) == ((sum(q.yes for q in expected), answered) if answered else (None, None))


def workload(*answers: InterviewAnswer) -> tuple[Interview, ...]:
    return tuple(Interview(f"CM-{i}", "case-manager-interview", "1", responses=(("workload", InterviewResponse(a)),))
                 for i, a in enumerate(answers))


def result_for(prompt_id: str, framework: Framework, forms: Forms, inspection: Inspection) -> InterviewResult:
    return next(r for r in interview_results(framework, forms, inspection) if r.prompt_id == prompt_id)


def test_an_edit_that_leaves_the_interviews_reuses_their_count(framework: Framework, forms: Forms) -> None:
    before = make_inspection(framework, interviews=workload(InterviewAnswer.YES, InterviewAnswer.NO))
    first = interview_results(framework, forms, before)
    # A judgement edit makes a new snapshot around the very same interviews tuple.
    after = replace(before, judgements=(PromptJudgement("1.1.1a", Sufficiency.BELOW),))
    second = interview_results(framework, forms, after)
    assert second == first
    assert all(a.by_question is b.by_question for a, b in zip(first, second, strict=True))  # not counted again


def test_a_changed_interview_or_tally_is_never_answered_from_the_last_count(framework: Framework, forms: Forms) -> None:
    before = make_inspection(framework, interviews=workload(InterviewAnswer.YES, InterviewAnswer.NO))
    assert result_for("1.2.1c", framework, forms, before).percent == 50
    one_more = replace(before, interviews=(*before.interviews, *workload(InterviewAnswer.YES)))
    assert result_for("1.2.1c", framework, forms, one_more).n == 3
    # Back to the first snapshot's own tuple: its answers, not the last count's.
    assert result_for("1.2.1c", framework, forms, before).n == 2
    # Tallies are read afresh: the same interviews with a tally for a prompt they do not inform.
    tallied = replace(before, tallies=(TalliedPercentage("1.3.2a", Decimal(40), 10),))
    assert result_for("1.3.2a", framework, forms, tallied).percent == 40
    # Other forms loaded (none here): the same interviews are counted against them.
    assert result_for("1.2.1c", framework, Forms(), before).n is None
