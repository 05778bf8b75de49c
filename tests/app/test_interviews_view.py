"""The interviews page as data, and its edits through the session: the form, the interviews, the
results per prompt and per question against the engine, the tallies, and what reaches the file."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest

from inspector.app.edits import InterviewEdit, TallyEdit
from inspector.app.interviews_view import (
    answered,
    current_form,
    interviews_view,
    new_interview,
    next_reference,
    parse_tally,
)
from inspector.app.navigator import INTERVIEWS, navigator_nodes, node_statuses
from inspector.app.session import Session
from inspector.content import Content
from inspector.errors import UserError
from inspector.forms.model import Forms
from inspector.inspection.model import Inspection, InterviewAnswer, InterviewResponse, TalliedPercentage
from inspector.rules.evaluate import evaluate
from inspector.store import InvalidEdit
from tests.app.conftest import on_disk


def test_the_form_is_the_newest_version(content: Content) -> None:
    form = current_form(content.forms)
    assert form is not None and form.id == "case-manager-interview"
    newer = [form.model_copy(update={"version": v}) for v in ("9", "10", "2")]
    picked = current_form(Forms((form, *newer)))
    assert picked is not None and picked.version == "10"  # numbers compare as numbers
    assert current_form(Forms()) is None


def test_the_demo_interviews_and_results(content: Content, demo: Inspection) -> None:
    evaluation = evaluate(content.framework, content.rating_scheme, content.forms, demo)
    view = interviews_view(content, demo, evaluation)
    assert len(view.interviews) == 24
    first = view.interviews[0]
    assert first.reference == "CM-01" and first.answered == first.questions == 14
    assert first.text.startswith("CM-01 \u00b7 ")
    prompts = [row for row in view.results if row.question_id is None]
    assert [row.prompt_id for row in prompts] == [r.prompt_id for r in evaluation.interview_results]
    # Every prompt row is the engine's result, as it stands.
    for row in prompts:
        result = evaluation.interview_result(row.prompt_id)
        assert (row.yes, row.n, row.percent, row.below) == (
            result.yes, result.n, result.percent, result.below_threshold)
    supervision = next(row for row in prompts if row.prompt_id == "1.2.3a")
    assert (supervision.yes, supervision.n) == (42, 72)  # 15 + 14 + 13 of 3 x 24
    assert supervision.percent_text == "58.3%" and supervision.below and supervision.below_text == "below 65%"
    # ... and under it, each informing question on its own.
    questions = [row for row in view.results if row.prompt_id == "1.2.3a" and row.question_id]
    assert [(q.question_id, q.yes, q.n) for q in questions] == [
        ("management-oversight", 15, 24), ("supervision-regular", 14, 24), ("supervision-quality", 13, 24)]
    assert questions[0].percent == Fraction(15 * 100, 24) and questions[0].below  # 62.5%
    assert [q.band for q in questions] == ["Too few", "Too few", "Too few"]  # 62.5%, 58.3%, 54.2%
    tallied = next(line for line in view.tallies if line.prompt_id == "1.2.5e")
    assert tallied.used and tallied.tally == demo.tally("1.2.5e")
    assert next(row for row in prompts if row.prompt_id == "1.2.5e").basis == "tally"


def test_the_next_reference_follows_the_highest(demo: Inspection) -> None:
    assert next_reference(demo) == "CM-25"
    odd = replace(demo, interviews=(replace(demo.interviews[0], reference="CM-7"),
                                    replace(demo.interviews[1], reference="Mrs Smith")))
    assert next_reference(odd) == "CM-08"
    assert next_reference(replace(demo, interviews=())) == "CM-01"


def test_a_new_interview_is_dated_within_the_fieldwork_week(content: Content, demo: Inspection) -> None:
    start, end = demo.details.fieldwork_start, demo.details.fieldwork_end
    assert start is not None and end is not None and start < end
    inside = start + (end - start) / 2
    assert new_interview(content, demo, inside, "jane").date == inside  # today, during fieldwork
    assert new_interview(content, demo, end + timedelta(days=30), "jane").date == end  # typed up afterwards
    assert new_interview(content, demo, start - timedelta(days=1), "jane").date == start
    no_dates = replace(demo, details=replace(demo.details, fieldwork_start=None, fieldwork_end=None))
    assert new_interview(content, no_dates, end + timedelta(days=30), "jane").date == end + timedelta(days=30)


def test_answering_keeps_form_order_and_comments(content: Content, demo: Inspection) -> None:
    form = current_form(content.forms)
    assert form is not None
    blank = new_interview(content, demo, date(2026, 11, 23), "jane")
    assert (blank.reference, blank.inspector, blank.responses) == ("CM-25", "jane", ())
    later, first = form.questions[3].id, form.questions[0].id
    done = answered(answered(blank, form, later, InterviewAnswer.NO), form, first, InterviewAnswer.YES)
    assert [q for q, _ in done.responses] == [first, later]
    commented = answered(done, form, later, None, "Supervision is often cancelled")
    assert commented.response(later) == InterviewResponse(InterviewAnswer.NO, "Supervision is often cancelled")
    response = answered(commented, form, later, InterviewAnswer.YES).response(later)
    assert response.comment == "Supervision is often cancelled"
    cleared = answered(answered(commented, form, later, None, ""), form, later, None)
    assert cleared.response(later) is None


@pytest.mark.parametrize(("percent", "interviews", "problem"), [
    ("abc", "", "tallied percentage for 1.2.5e: 'abc' is not a number"),
    ("101", "", "tallied percentage for 1.2.5e: must be between 0 and 100 (got 101)"),
    ("60", "0", "interviews tallied for 1.2.5e: must be a whole number above 0 (got 0)"),
    ("60", "x", "interviews tallied for 1.2.5e: must be a whole number above 0 (got x)"),
])
def test_a_bad_tally_is_refused_in_one_line(percent: str, interviews: str, problem: str) -> None:
    with pytest.raises(UserError) as refused:
        parse_tally("1.2.5e", percent, interviews)
    assert str(refused.value) == problem


def test_a_tally_as_typed() -> None:
    assert parse_tally("1.2.5e", " 72.5 % ", "20") == TalliedPercentage("1.2.5e", Decimal("72.5"), 20)
    assert parse_tally("1.2.5e", "", "") is None


def test_interview_edits_reach_the_file_and_undo(session: Session, demo_path: Path, content: Content) -> None:
    blank = new_interview(content, session.inspection, date(2026, 11, 23), "jane")
    session.apply(InterviewEdit(None, blank))
    form = current_form(content.forms)
    assert form is not None
    answer = InterviewEdit(blank, answered(blank, form, "workload", InterviewAnswer.NO))
    session.apply(answer)
    assert on_disk(demo_path, content) == session.inspection
    assert session.inspection.interviews[-1].response("workload") == InterviewResponse(InterviewAnswer.NO)
    # The engine counts it: 17 of 24 'yes' becomes 17 of 25.
    assert session.evaluation.interview_result("1.2.1c").n == 25
    assert node_statuses(content.framework, session.inspection, session.evaluation)[INTERVIEWS].state == "25 recorded"
    assert answer.description == "Answer interview CM-25"
    session.undo(answer)
    session.undo(InterviewEdit(None, blank))
    assert len(on_disk(demo_path, content).interviews) == 24 == len(session.inspection.interviews)
    # Deleting one in the middle and undoing it: the snapshot and the file still agree on the order.
    middle = session.inspection.interviews[5]
    delete = InterviewEdit(middle, None)
    session.apply(delete)
    assert delete.description == "Delete interview CM-06"
    session.undo(delete)
    assert on_disk(demo_path, content) == session.inspection


def test_typing_the_reference_merges_but_answers_do_not(content: Content, demo: Inspection) -> None:
    form = current_form(content.forms)
    assert form is not None
    one = demo.interviews[0]
    typed = [replace(one, reference=r) for r in ("CM-1", "CM-1a")]
    merged = InterviewEdit(one, typed[0]).merged(InterviewEdit(typed[0], typed[1]))
    assert merged == InterviewEdit(one, typed[1])
    answered_once = answered(typed[1], form, "workload", InterviewAnswer.NOT_ASKED)
    assert InterviewEdit(one, typed[1]).merged(InterviewEdit(typed[1], answered_once)) is None


def test_tally_edits_reach_the_file(session: Session, demo_path: Path, content: Content) -> None:
    before = session.inspection.tally("1.2.5e")
    tally = TalliedPercentage("1.2.5e", Decimal("50"), 10)
    edit = TallyEdit(before, tally, "1.2.5e")
    session.apply(edit)
    assert on_disk(demo_path, content) == session.inspection
    assert session.evaluation.interview_result("1.2.5e").percent == 50
    session.apply(TallyEdit(tally, None, "1.2.5e"))
    assert on_disk(demo_path, content).tally("1.2.5e") is None
    session.undo(TallyEdit(tally, None, "1.2.5e"))
    assert on_disk(demo_path, content) == session.inspection


def test_the_store_refuses_a_tally_for_a_prompt_without_interviews(session: Session, demo_path: Path,
                                                                   content: Content) -> None:
    with pytest.raises(InvalidEdit, match="does not draw on case-manager interviews"):
        session.apply(TallyEdit(None, TalliedPercentage("1.1.1a", Decimal("50")), "1.1.1a"))
    assert on_disk(demo_path, content) == session.inspection


def test_the_navigator_has_an_interviews_node_after_the_standards(content: Content) -> None:
    nodes = navigator_nodes(content.framework)
    # Followed by the domain two and three node (tests/app/test_case_data_view.py).
    place = [n.id for n in nodes].index(INTERVIEWS)
    assert place > max(i for i, n in enumerate(nodes) if n.kind is not None)
    assert nodes[place].parent is None and nodes[place].kind is None
