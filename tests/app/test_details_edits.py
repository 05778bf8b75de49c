"""The inspection details, the diversity finding and the recommendations changed after creation: each
edit written (read back by a second, read-only opener), undone, described; details as typed checked by
the wizard's rules with one-line refusals and nothing written; the page's view and navigator status."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from inspector.app.details_edits import DetailsEdit, DiversityEdit, RecommendationEdit
from inspector.app.details_view import NOTES, details_view, recommendation_text, with_fieldwork, with_typed
from inspector.app.edits import ProposalEdit
from inspector.app.navigator import DETAILS, Tone, navigator_nodes, node_statuses
from inspector.app.session import Session
from inspector.app.wizard import (
    FIELDWORK_END,
    FIELDWORK_START,
    LEAD_INSPECTOR,
    NATION,
    RESETTLEMENT_CASES,
    TEAM,
    YJS,
    DetailsProblem,
)
from inspector.content import Content
from inspector.errors import UserError
from inspector.inspection.model import DiversityFinding, Nation, Recipient, Recommendation
from inspector.store import InspectionFile, InvalidEdit
from tests.app.conftest import Step, on_disk, replay_against_file


def audit_rows(path: Path, content: Content) -> int:
    with InspectionFile.open(path, content.framework, "reader", read_only=True,
                             rating_scheme=content.rating_scheme) as reader:
        return len(reader.audit())


# --- the details ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "typed", "expected", "description"),
    [
        (YJS, "  Southmoor   YJS ", {"yjs": "Southmoor YJS"}, "Rename the YJS"),
        (NATION, "Wales", {"nation": Nation.WALES}, "Set the nation to Wales"),
        (LEAD_INSPECTOR, "Priya Raman", {"lead_inspector": "Priya Raman"}, "Change the lead inspector"),
        (TEAM, "Ann Lee, Bo Sands;Ann Lee", {"team": ("Ann Lee", "Bo Sands")}, "Change the team"),
        (RESETTLEMENT_CASES, " 0 ", {"resettlement_cases_12_months": 0}, "Set resettlement cases to 0"),
        (RESETTLEMENT_CASES, "", {"resettlement_cases_12_months": None}, "Clear the resettlement cases"),
        (NOTES, "Fieldwork moved a week. ", {"notes": "Fieldwork moved a week. "}, "Edit the notes on the inspection"),
    ],
)
def test_a_detail_as_typed_is_written_read_back_and_undone(
    session: Session, demo_path: Path, content: Content, field: str, typed: str, expected: dict[str, object],
    description: str,
) -> None:
    before = session.inspection.details
    edit = DetailsEdit(before, with_typed(before, field, typed))
    assert {name: getattr(edit.after, name) for name in expected} == expected
    assert edit.description == description and edit.item_id == DETAILS
    session.apply(edit)
    assert on_disk(demo_path, content).details == edit.after == session.inspection.details
    session.undo(edit)
    assert on_disk(demo_path, content).details == before == session.inspection.details


def test_fieldwork_dates_change_and_may_be_not_set(session: Session, demo_path: Path, content: Content) -> None:
    before = session.inspection.details
    assert (before.fieldwork_start, before.fieldwork_end) == (date(2025, 3, 3), date(2025, 3, 7))
    later = with_fieldwork(before, FIELDWORK_END, date(2025, 3, 14))
    edit = DetailsEdit(before, later)
    assert edit.description == "Change the fieldwork dates"
    session.apply(edit)
    assert on_disk(demo_path, content).details.fieldwork_end == date(2025, 3, 14)
    unset = with_fieldwork(later, FIELDWORK_START, None)
    session.apply(DetailsEdit(later, unset))
    assert on_disk(demo_path, content).details.fieldwork_start is None
    # With the start not set, any end is in order.
    assert with_fieldwork(unset, FIELDWORK_END, date(2020, 1, 1)).fieldwork_end == date(2020, 1, 1)


@pytest.mark.parametrize(
    ("field", "typed", "message"),
    [
        (YJS, "   ", "YJS name: enter the name of the youth justice service"),
        (LEAD_INSPECTOR, "", "lead inspector: enter the lead inspector's name"),
        (RESETTLEMENT_CASES, "-1", "resettlement cases: '-1' is not a number of cases"),
        (RESETTLEMENT_CASES, "three", "resettlement cases: 'three' is not a number of cases"),
        (RESETTLEMENT_CASES, "2.5", "resettlement cases: '2.5' is not a number of cases"),
    ],
)
def test_a_bad_detail_is_refused_in_one_line_naming_the_field(field: str, typed: str, message: str,
                                                             session: Session) -> None:
    with pytest.raises(DetailsProblem) as refused:
        with_typed(session.inspection.details, field, typed)
    assert str(refused.value).startswith(message) and "\n" not in str(refused.value)
    assert refused.value.field == field


def test_fieldwork_cannot_end_before_it_starts_whichever_date_is_changed(session: Session) -> None:
    details = session.inspection.details  # 3 to 7 March 2025
    with pytest.raises(DetailsProblem, match=r"^fieldwork end: 1 March 2025 is before the fieldwork start, "
                                             r"3 March 2025$"):
        with_fieldwork(details, FIELDWORK_END, date(2025, 3, 1))
    with pytest.raises(DetailsProblem, match=r"^fieldwork start: 10 March 2025 is after the fieldwork end, "
                                             r"7 March 2025$"):
        with_fieldwork(details, FIELDWORK_START, date(2025, 3, 10))


def test_details_the_store_refuses_leave_file_and_memory_as_they_were(
    session: Session, demo_path: Path, content: Content
) -> None:
    """Past the page's checks (an edit made by hand), the store's own rule still holds."""
    before = session.inspection.details
    rows = audit_rows(demo_path, content)
    with pytest.raises(InvalidEdit):
        session.apply(DetailsEdit(before, replace(before, fieldwork_end=date(2025, 3, 1))))
    assert on_disk(demo_path, content).details == before == session.inspection.details
    assert audit_rows(demo_path, content) == rows


def test_a_details_edit_keeps_the_inspection_id(session: Session) -> None:
    before = session.inspection.details
    with pytest.raises(ValueError, match="not its id"):
        DetailsEdit(before, replace(before, id="another"))


def test_typing_in_one_field_is_one_undo_step(session: Session) -> None:
    d0 = session.inspection.details
    d1 = with_typed(d0, NOTES, "Fieldwork")
    d2 = with_typed(d1, NOTES, "Fieldwork moved")
    merged = DetailsEdit(d0, d1).merged(DetailsEdit(d1, d2))
    assert merged == DetailsEdit(d0, d2)
    # Not across fields, nor for a number or a choice.
    assert DetailsEdit(d0, d1).merged(DetailsEdit(d1, with_typed(d1, YJS, "Other YJS"))) is None
    r1 = with_typed(d0, RESETTLEMENT_CASES, "1")
    assert DetailsEdit(d0, r1).merged(DetailsEdit(r1, with_typed(r1, RESETTLEMENT_CASES, "2"))) is None
    assert DetailsEdit(d0, d2).merged(DetailsEdit(d1, d2)) is None  # not one after the other


def test_changing_several_details_at_once_says_so(session: Session) -> None:
    before = session.inspection.details
    assert DetailsEdit(before, replace(before, yjs="X", notes="y")).description == "Change the inspection details"


# --- the diversity finding --------------------------------------------------------------------------


def test_the_diversity_finding_is_written_and_undone(session: Session, demo_path: Path, content: Content) -> None:
    before = session.inspection.diversity
    assert before.sufficient is True
    insufficient = DiversityEdit(before, replace(before, sufficient=False))
    assert insufficient.description == "Record practice on diversity as insufficient"
    session.apply(insufficient)
    assert on_disk(demo_path, content).diversity == DiversityFinding(False, before.note)
    cleared = DiversityEdit(insufficient.after, DiversityFinding(None, ""))
    assert cleared.description == "Clear the diversity finding"
    session.apply(cleared)
    assert on_disk(demo_path, content).diversity == DiversityFinding()
    session.undo(cleared)
    session.undo(insufficient)
    assert on_disk(demo_path, content).diversity == before == session.inspection.diversity


def test_typing_the_diversity_note_is_one_undo_step(session: Session) -> None:
    f0 = session.inspection.diversity
    f1, f2 = replace(f0, note="Leaders"), replace(f0, note="Leaders act")
    assert DiversityEdit(f0, f1).description == "Edit the note on diversity"
    assert DiversityEdit(f0, f1).merged(DiversityEdit(f1, f2)) == DiversityEdit(f0, f2)
    f3 = replace(f2, sufficient=False)
    assert DiversityEdit(f1, f2).merged(DiversityEdit(f2, f3)) is None


# --- the recommendations ----------------------------------------------------------------------------


def ids(recommendations: tuple[Recommendation, ...]) -> list[str]:
    return [r.id for r in recommendations]


def test_a_recommendation_added_changed_and_deleted(session: Session, demo_path: Path, content: Content) -> None:
    start = session.inspection.recommendations
    assert len(start) == 4
    new = Recommendation("Publish the resettlement policy.", Recipient.YJB)
    add = RecommendationEdit.added(start, new)
    assert add.description == "Add recommendation 5 (to the YJB)"
    session.apply(add)
    assert on_disk(demo_path, content).recommendations == (*start, new)

    second = start[1]
    retext = RecommendationEdit.changed(session.inspection.recommendations, replace(second, text="Act on it."))
    assert retext.description == "Edit recommendation 2"
    session.apply(retext)
    readdress = RecommendationEdit.changed(session.inspection.recommendations, replace(second, text="Act on it.",
                                                                                       to=Recipient.MOJ))
    assert readdress.description == "Address recommendation 2 to the MoJ"
    session.apply(readdress)
    saved = on_disk(demo_path, content).recommendations
    assert ids(saved) == ids((*start, new)) and saved[1] == replace(second, text="Act on it.", to=Recipient.MOJ)

    delete = RecommendationEdit.deleted(session.inspection.recommendations, second.id)
    assert delete.description == "Delete recommendation 2"
    session.apply(delete)
    assert ids(on_disk(demo_path, content).recommendations) == ids((start[0], *start[2:], new))
    # Undoing the deletion puts it back in its place, not last.
    session.undo(delete)
    assert on_disk(demo_path, content).recommendations == session.inspection.recommendations
    assert ids(session.inspection.recommendations) == ids((*start, new))
    for edit in (readdress, retext, add):
        session.undo(edit)
    assert on_disk(demo_path, content).recommendations == start == session.inspection.recommendations


def test_a_recommendation_moved_up_and_down(session: Session, demo_path: Path, content: Content) -> None:
    start = session.inspection.recommendations
    up = RecommendationEdit.moved_by(start, start[2].id, -1)
    assert up is not None and up.description == "Move recommendation 3 up"
    session.apply(up)
    assert ids(on_disk(demo_path, content).recommendations) == ids((start[0], start[2], start[1], start[3]))
    assert up.reversed().description == "Move recommendation 2 down"
    session.undo(up)
    assert on_disk(demo_path, content).recommendations == start
    down = RecommendationEdit.moved_by(start, start[0].id, 1)
    assert down is not None and down.description == "Move recommendation 1 down"
    session.apply(down)
    assert ids(on_disk(demo_path, content).recommendations) == ids((start[1], start[0], *start[2:]))
    assert RecommendationEdit.moved_by(start, start[0].id, -1) is None
    assert RecommendationEdit.moved_by(start, start[3].id, 1) is None


def test_a_move_is_one_audit_row_with_the_new_order(session: Session, demo_path: Path, content: Content) -> None:
    start = session.inspection.recommendations
    up = RecommendationEdit.moved_by(start, start[3].id, -1)
    assert up is not None
    with InspectionFile.open(demo_path, content.framework, "reader", read_only=True,
                             rating_scheme=content.rating_scheme) as reader:
        before = len(reader.audit())
    session.apply(up)
    with InspectionFile.open(demo_path, content.framework, "reader", read_only=True,
                             rating_scheme=content.rating_scheme) as reader:
        added = reader.audit()[before:]
    assert [(e.what, e.old, e.new) for e in added] == [("recommendations order", "1, 2, 3, 4", "1, 2, 4, 3")]


def test_typing_a_new_recommendation_is_one_undo_step(session: Session) -> None:
    start = session.inspection.recommendations
    new = Recommendation("Publish", Recipient.YJS)
    add = RecommendationEdit.added(start, new)
    typed = RecommendationEdit.changed(add.after, replace(new, text="Publish the policy"))
    merged = add.merged(typed)
    assert merged == RecommendationEdit(start, typed.after)
    assert merged.description == "Add recommendation 5 (to the YJS)"
    more = RecommendationEdit.changed(typed.after, replace(new, text="Publish the policy now"))
    assert typed.merged(more) == RecommendationEdit(add.after, more.after)
    # A new recipient, or typing into another recommendation, is a step of its own.
    other = RecommendationEdit.changed(typed.after, replace(new, text="Publish the policy", to=Recipient.YJB))
    assert add.merged(other) is None
    elsewhere = RecommendationEdit.changed(typed.after, replace(start[0], text="Other"))
    assert typed.merged(elsewhere) is None
    # Typing that ends where it began is no change (the undo stack drops it), and still says what it was.
    back = RecommendationEdit.changed(more.after, new)  # "Publish" again
    assert not typed.merged(more).merged(back).changes_anything  # type: ignore[union-attr]
    assert typed.merged(more).merged(back).description == "Edit the recommendations"  # type: ignore[union-attr]


def test_a_blank_recommendation_is_refused() -> None:
    assert recommendation_text(2, "Act now ") == "Act now "
    with pytest.raises(UserError, match=r"^recommendation 2: type the recommendation, or delete it$"):
        recommendation_text(2, "  \n")


_steps = st.lists(
    st.one_of(
        st.tuples(st.just("add"), st.sampled_from(list(Recipient))),
        st.tuples(st.just("change"), st.integers(0, 50)),
        st.tuples(st.just("delete"), st.integers(0, 50)),
        st.tuples(st.just("move"), st.integers(0, 50), st.sampled_from([-1, 1])),
        st.tuples(st.just("undo")),
    ),
    min_size=1, max_size=10,
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=_steps)
def test_the_recommendations_in_memory_always_equal_the_file(
    steps: list[Step], demo_path: Path, content: Content, tmp_path_factory: pytest.TempPathFactory
) -> None:
    replay_against_file(steps, demo_path, content, tmp_path_factory.mktemp("example"), _recommendation_edit)


def _recommendation_edit(session: Session, step: Step, number: int) -> RecommendationEdit | None:
    now = session.inspection.recommendations
    if step[0] == "add":
        return RecommendationEdit.added(now, Recommendation(f"new {number}", step[1], f"added-{number}"))  # type: ignore[arg-type]
    if not now:
        return None
    pick = now[int(step[1]) % len(now)]  # type: ignore[call-overload]
    if step[0] == "change":
        return RecommendationEdit.changed(now, replace(pick, text=pick.text + "."))
    if step[0] == "delete":
        return RecommendationEdit.deleted(now, pick.id)
    return RecommendationEdit.moved_by(now, pick.id, int(step[2]))  # type: ignore[call-overload]


# --- what the page shows, and the navigator -----------------------------------------------------------


def test_the_view_says_what_the_resettlement_cases_mean_for_4_1(session: Session, content: Content) -> None:
    view = details_view(content.framework, session.inspection, session.evaluation)
    assert (view.resettlement_cases, view.team) == ("3", "Daniel Okafor, Priya Raman, Gareth Llewellyn")
    assert view.resettlement == "4.1 is rated: 3 resettlement cases in the 12 months before the inspection."
    before = session.inspection.details
    session.apply(DetailsEdit(before, with_typed(before, RESETTLEMENT_CASES, "0")))
    view = details_view(content.framework, session.inspection, session.evaluation)
    # The engine's own note on 4.1 (seed line 45).
    assert view.resettlement == "4.1 is not rated: no resettlement cases in the 12 months before the inspection."
    session.apply(DetailsEdit(session.inspection.details, with_typed(session.inspection.details,
                                                                     RESETTLEMENT_CASES, "")))
    view = details_view(content.framework, session.inspection, session.evaluation)
    assert view.resettlement.startswith("Whether 4.1 is rated is not yet known")


def test_the_view_quotes_the_document_on_diversity(session: Session, content: Content) -> None:
    view = details_view(content.framework, session.inspection, session.evaluation)
    assert view.diversity_guidance.endswith(
        "the ratings panel will challenge any proposed overall outstanding rating if we consider a YJS's practice "
        "on diversity to be insufficient.")
    assert view.diversity_place == "Introduction, Decision rules and decision guidance, Diversity, p. 3"
    assert view.diversity_findings == ()  # recorded as sufficient in the demo
    # Not recorded while the overall rating is still open: the engine says the panel will ask.
    session.apply(DiversityEdit(session.inspection.diversity, DiversityFinding()))
    proposal = session.inspection.proposal("1.1")
    session.apply(ProposalEdit(proposal, replace(proposal, proposed=None)))
    view = details_view(content.framework, session.inspection, session.evaluation)
    assert view.diversity_findings == (
        "Whether practice on diversity is sufficient is not yet recorded; the ratings panel will challenge an "
        "overall 'Outstanding' rating if it is not.",)


def test_the_navigator_has_the_details_at_the_top(content: Content, session: Session) -> None:
    nodes = navigator_nodes(content.framework)
    assert (nodes[0].id, nodes[0].label, nodes[0].kind, nodes[0].parent) == (DETAILS, "Inspection details", None, None)
    assert nodes[1].id == "1.1"
    status = node_statuses(content.framework, session.inspection, session.evaluation)[DETAILS]
    assert (status.state, status.tone, status.to_do, status.flags) == ("4.1 applies", Tone.OPEN, False, ())
    assert status.progress == "4 recommendations \u00b7 diversity sufficient"


def test_the_details_status_follows_the_resettlement_cases_and_the_diversity_finding(
    content: Content, session: Session
) -> None:
    details = session.inspection.details
    session.apply(DetailsEdit(details, replace(details, resettlement_cases_12_months=None)))
    session.apply(DiversityEdit(session.inspection.diversity, DiversityFinding()))
    status = node_statuses(content.framework, session.inspection, session.evaluation)[DETAILS]
    assert (status.state, status.to_do) == ("resettlement cases not entered", True)
    assert status.flags == ("diversity finding not recorded",)
    assert status.progress.endswith("diversity not yet recorded")
    session.apply(DetailsEdit(session.inspection.details, replace(details, resettlement_cases_12_months=0)))
    statuses = node_statuses(content.framework, session.inspection, session.evaluation)
    assert (statuses[DETAILS].state, statuses[DETAILS].to_do) == ("4.1 not rated", False)
    assert statuses["4.1"].state == "not rated"
