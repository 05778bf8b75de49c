"""The after-fieldwork page as data and its edits through a real session on a real file: obligations with
their due dates and whether they apply, marked done and undone with who and when in the audit log, the YJB's
labels kept apart from HMIP's ratings, the improvement plan and its follow-ups, and the navigator's node."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from inspector.after_fieldwork.obligations import Standing
from inspector.app.after_fieldwork_edits import FollowUpEdit, ImprovementPlanEdit, ObligationEdit, YjbOversightEdit
from inspector.app.after_fieldwork_view import YJB_LABEL_NOTE, after_fieldwork_view, build_view
from inspector.app.navigator import AFTER_FIELDWORK, navigator_nodes, node_statuses
from inspector.app.session import Session
from inspector.content import Content
from inspector.framework.model import Rating
from inspector.inspection.model import FollowUp, ImprovementPlan, Inspection, ObligationMet, Recipient, YjbOversight
from inspector.store import InvalidEdit
from tests.app.conftest import on_disk

INDICATIVE = "indicative-rating-to-yjb"


def test_the_demos_obligations_stand_by_its_rating_its_recommendations_and_its_fieldwork(session: Session) -> None:
    view = after_fieldwork_view(session)
    standing = {row.id: (row.status.standing, row.status.due) for row in view.obligations}
    # Overall 'Good': no cause for concern; one recommendation to the YJB; fieldwork ended Friday 7 March 2025.
    assert standing == {
        INDICATIVE: (Standing.DOES_NOT_APPLY, date(2025, 3, 21)),
        "embargoed-report-to-yjb": (Standing.DOES_NOT_APPLY, None),
        "recommendations-for-comment": (Standing.TO_DO, None),
        "submission-to-secretary-of-state": (Standing.TO_DO, None),
    }
    assert view.obligation(INDICATIVE).due_line == "Due: Friday 21/03/2025"
    assert view.obligation(INDICATIVE).standing_line == (
        "Does not apply \u00b7 the overall rating is 'Good', not 'Requires improvement' or 'Inadequate'")
    assert view.obligation("recommendations-for-comment").standing_line == (
        "To do \u00b7 1 recommendation to the YJB or MoJ")
    text, where = view.obligation(INDICATIVE).wording[0]
    assert text.startswith("If ratings are likely to be a cause for concern, HMIP shares the indicative")
    assert where == "the memorandum of understanding between HMIP, the YJB and MoJ (2019), paragraph 5.15"
    assert view.concern_line == "The overall rating is 'Good', not 'Requires improvement' or 'Inadequate'."


@pytest.mark.parametrize(("rating", "standing"), [
    (Rating.REQUIRES_IMPROVEMENT, Standing.OVERDUE), (Rating.INADEQUATE, Standing.OVERDUE),
    (Rating.GOOD, Standing.DOES_NOT_APPLY), (None, Standing.NOT_YET_KNOWN),
])
def test_a_cause_for_concern_is_the_contents_default(
    content: Content, demo: Inspection, rating: Rating | None, standing: Standing
) -> None:
    view = build_view(content.after_fieldwork, demo, rating, date(2025, 3, 24))
    assert view.obligation(INDICATIVE).status.standing is standing
    on_the_day = build_view(content.after_fieldwork, demo, rating, date(2025, 3, 21))
    if standing is Standing.OVERDUE:  # due on the Friday: overdue from the Saturday, not on the day
        assert on_the_day.obligation(INDICATIVE).status.standing is Standing.TO_DO


def test_no_recommendation_to_the_yjb_or_moj_and_no_fieldwork_end(content: Content, demo: Inspection) -> None:
    bare = replace(demo, recommendations=tuple(r for r in demo.recommendations if r.to is Recipient.YJS),
                   details=replace(demo.details, fieldwork_end=None))
    view = build_view(content.after_fieldwork, bare, Rating.INADEQUATE, date(2025, 3, 24))
    assert view.obligation("recommendations-for-comment").status.standing is Standing.DOES_NOT_APPLY
    assert view.obligation(INDICATIVE).due_line == "Due: 2 weeks after fieldwork ends (its end is not set)"
    assert view.obligation(INDICATIVE).status.standing is Standing.TO_DO


def test_an_obligation_marked_done_and_undone_is_in_the_file_and_its_audit_log(
    session: Session, demo_path: Path, content: Content
) -> None:
    met = ObligationMet("submission-to-secretary-of-state", date(2025, 4, 14), "Priya Raman", "copied to YJB and MoJ")
    edit = ObligationEdit(None, met, obligation_id=met.obligation_id, title="Submission to the Secretary of State")
    assert edit.description == "Mark 'Submission to the Secretary of State' done"
    session.apply(edit)
    view = after_fieldwork_view(session)
    assert view.obligation(met.obligation_id).standing_line == (
        "Done on 14/04/2025 by Priya Raman: copied to YJB and MoJ")
    assert on_disk(demo_path, content).obligations_met == (met,)
    row = session.audit()[-1]
    assert (row.what, row.user, row.old) == ("after fieldwork: submission-to-secretary-of-state done", "jane", None)
    assert '"done_by":"Priya Raman"' in (row.new or "")
    session.undo(edit)
    assert session.inspection.obligations_met == () == on_disk(demo_path, content).obligations_met
    assert node_statuses(content.framework, session.inspection, session.evaluation)[AFTER_FIELDWORK].state == (
        "no obligation done yet")


def test_who_must_be_one_of_the_team(session: Session, demo_path: Path, content: Content) -> None:
    met = ObligationMet(INDICATIVE, date(2025, 3, 21), "Someone Else")
    with pytest.raises(InvalidEdit, match="indicative-rating-to-yjb done by: is not the lead inspector or a member"):
        session.apply(ObligationEdit(None, met, obligation_id=INDICATIVE, title="Indicative rating"))
    assert on_disk(demo_path, content).obligations_met == () == session.inspection.obligations_met


def test_the_yjb_labels_the_plan_and_its_follow_ups(session: Session, demo_path: Path, content: Content) -> None:
    labels = content.after_fieldwork.yjb_oversight
    yjb = YjbOversight(labels.priority_statuses[0], labels.quadrants[2], date(2025, 1, 10), "Helen Marsh")
    session.apply(YjbOversightEdit(YjbOversight(), yjb))
    plan = ImprovementPlan(date(2025, 6, 2), "Helen Marsh")
    session.apply(ImprovementPlanEdit(ImprovementPlan(), plan))
    first = FollowUp(date(2025, 9, 1), "update asked for", "six months on", "Daniel Okafor")
    second = FollowUp(date(2026, 3, 2), "visit", "", "Helen Marsh")
    for follow_up in (first, second):
        session.apply(FollowUpEdit(None, follow_up))
    view = after_fieldwork_view(session)
    assert view.yjb_line == ("Priority status: Priority service \u00b7 quadrant: Performance Quadrant three: "
                             "Improvement needed \u00b7 as of 10/01/2025 \u00b7 recorded by Helen Marsh")
    assert "not HMIP ratings" in YJB_LABEL_NOTE
    assert view.plan_line == "Improvement plan received on 02/06/2025 (recorded by Helen Marsh)."
    assert [r.line for r in view.follow_ups] == [
        "01/09/2025 \u00b7 update asked for: six months on (recorded by Daniel Okafor)",
        "02/03/2026 \u00b7 visit (recorded by Helen Marsh)",
    ]
    session.undo(FollowUpEdit(None, first))  # the first deleted: the second keeps its place
    held = on_disk(demo_path, content)
    assert (held.yjb_oversight, held.improvement_plan, held.follow_ups) == (yjb, plan, (second,))
    assert held == session.inspection
    status = node_statuses(content.framework, session.inspection, session.evaluation)[AFTER_FIELDWORK]
    assert status.progress == "improvement plan received 02/06/2025 \u00b7 1 follow-up"
    # The YJB's labels are no HMIP rating: the overall rating and every standard's are as they were.
    assert session.evaluation.overall.rating is Rating.GOOD


def test_the_node_comes_after_the_ratings_panel(content: Content) -> None:
    ids = [n.id for n in navigator_nodes(content.framework)]
    assert ids[-3:] == ["panel", AFTER_FIELDWORK, "audit"]
