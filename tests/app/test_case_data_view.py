"""The domain two and three page as data, and its edits through the session: the ratings entered and
derived against the engine, the counts with their percentages, the checks on a count as typed, the
navigator node, and what reaches the file."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

from inspector.app.case_data_view import CountLine, case_data_view, parse_count
from inspector.app.edits import CaseCountEdit, CaseRatingEdit
from inspector.app.navigator import CASE_DATA, INTERVIEWS, navigator_nodes, node_statuses
from inspector.app.session import Session
from inspector.content import Content
from inspector.errors import UserError
from inspector.framework.model import Rating
from inspector.inspection.model import CaseCount
from tests.app.conftest import on_disk


def view_of(session: Session, standard_id: str):  # type: ignore[no-untyped-def]
    return next(v for v in case_data_view(session.inspection, session.evaluation) if v.standard_id == standard_id)


def test_every_case_data_standard_is_shown_with_its_counts_and_derived_rating(session: Session) -> None:
    views = case_data_view(session.inspection, session.evaluation)
    assert [v.standard_id for v in views] == ["2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3"]
    first = views[0]  # the demo counts 15, 14 and 13 of 20: the lowest is 65%
    assert first.entered is None and first.derived_from == "case counts"
    assert [(c.key_question, c.percent) for c in first.counts] == [
        ("Desistance", Fraction(75)), ("Keeping the child safe", Fraction(70)),
        ("Keeping other people safe", Fraction(65)),
    ]
    assert [c.lowest for c in first.counts] == [False, False, True]
    # rating-scheme.yaml: 65-79 Good.
    assert first.rating is Rating.GOOD and first.derived is Rating.GOOD
    assert first.derived_text == "From case counts: Good (lowest: Keeping other people safe, 65%)"
    entered = views[2]  # 2.3: entered Good, no counts
    assert entered.entered is Rating.GOOD and entered.derived_from == "entered" and entered.counts == ()
    assert entered.derived_text == "From case counts: no rating yet"


def test_an_entered_rating_wins_and_the_difference_is_noted(
    session: Session, demo_path: Path, content: Content,
) -> None:
    session.apply(CaseRatingEdit(None, Rating.INADEQUATE, "2.1"))
    view = view_of(session, "2.1")
    assert view.entered is Rating.INADEQUATE and view.rating is Rating.INADEQUATE and view.derived is Rating.GOOD
    assert len(view.notes) == 1 and "differs from the case counts" in view.notes[0]
    assert on_disk(demo_path, content) == session.inspection
    assert on_disk(demo_path, content).case_rating("2.1") is Rating.INADEQUATE
    session.undo(CaseRatingEdit(None, Rating.INADEQUATE, "2.1"))
    assert view_of(session, "2.1").rating is Rating.GOOD and view_of(session, "2.1").notes == ()
    assert on_disk(demo_path, content) == session.inspection


def test_clearing_an_entered_rating_rates_from_the_counts(session: Session, demo_path: Path, content: Content) -> None:
    edit = CaseRatingEdit(Rating.GOOD, None, "2.3")
    assert edit.description == "Rate 2.3 from the case counts"
    session.apply(edit)
    assert view_of(session, "2.3").rating is None
    assert on_disk(demo_path, content) == session.inspection
    assert node_statuses(content.framework, session.inspection, session.evaluation)[CASE_DATA].state == "6 of 7 rated"


def test_counts_are_added_changed_renamed_and_deleted_in_the_file(session: Session, demo_path: Path,
                                                                  content: Content) -> None:
    added = CaseCount("2.3", "Desistance", 9, 20)
    session.apply(CaseCountEdit(None, added))
    view = view_of(session, "2.3")
    assert view.derived is Rating.INADEQUATE and view.rating is Rating.GOOD  # 45%: under 50; the entered rating wins
    assert on_disk(demo_path, content) == session.inspection

    changed = CaseCount("2.1", "Desistance", 8, 20)  # now the lowest: 40%
    session.apply(CaseCountEdit(CaseCount("2.1", "Desistance", 15, 20), changed))
    assert view_of(session, "2.1").counts[0] == CountLine(
        "Desistance", 8, 20, Fraction(40), True)
    assert view_of(session, "2.1").rating is Rating.INADEQUATE
    assert on_disk(demo_path, content) == session.inspection

    renamed = CaseCount("2.1", "Desistance work", 8, 20)
    session.apply(CaseCountEdit(changed, renamed))
    assert [c.key_question for c in view_of(session, "2.1").counts] == [
        "Keeping the child safe", "Keeping other people safe", "Desistance work"]
    assert on_disk(demo_path, content) == session.inspection

    session.apply(CaseCountEdit(renamed, None))
    assert len(view_of(session, "2.1").counts) == 2
    assert on_disk(demo_path, content) == session.inspection
    session.undo(CaseCountEdit(renamed, None))
    assert on_disk(demo_path, content) == session.inspection
    assert [c.key_question for c in view_of(session, "2.1").counts][-1] == "Desistance work"


def test_typing_one_count_merges_into_one_undo_step() -> None:
    first = CaseCountEdit(CaseCount("2.1", "Desistance", 15, 20), CaseCount("2.1", "Desistance", 10, 20))
    second = CaseCountEdit(first.after, CaseCount("2.1", "Desistance", 10, 12))
    assert first.merged(second) == CaseCountEdit(first.before, second.after)
    renamed = CaseCountEdit(second.after, CaseCount("2.1", "Other", 10, 12))
    assert second.merged(renamed) is None
    assert second.description == "Count 10 of 12 cases for 2.1 'Desistance'"


@pytest.mark.parametrize(("sufficient", "cases", "problem"), [
    ("21", "20", "21 sufficient is more than the 20 cases inspected"),
    ("0", "0", "cases must be above 0"),
    ("x", "20", "sufficient must be a whole number"),
    ("5", "-3", "cases must be a whole number"),
])
def test_bad_counts_are_refused_in_one_line(sufficient: str, cases: str, problem: str) -> None:
    with pytest.raises(UserError, match=problem) as refused:
        parse_count("2.1", "Desistance", sufficient, cases)
    assert "\n" not in str(refused.value) and "2.1 (Desistance)" in str(refused.value)


def test_a_count_as_typed() -> None:
    assert parse_count("3.1", "  Desistance ", " 4", "12 ") == CaseCount("3.1", "Desistance", 4, 12)
    with pytest.raises(UserError, match="needs a name"):
        parse_count("3.1", " ", "4", "12")


def test_the_navigator_has_a_case_data_node_after_the_interviews(content: Content, session: Session) -> None:
    nodes = navigator_nodes(content.framework)
    ids = [n.id for n in nodes]
    assert ids.index(CASE_DATA) == ids.index(INTERVIEWS) + 1
    case_data = nodes[ids.index(CASE_DATA)]
    assert case_data.label == "Domain two and three" and case_data.kind is None and case_data.parent is None
    status = node_statuses(content.framework, session.inspection, session.evaluation)[CASE_DATA]
    assert status.state == "7 of 7 rated" and not status.to_do
