"""Team working's edits, without a window: assignments and a member's work brought in, each written
through the store with the snapshot in memory equal to what the file holds, undone and redone."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from inspector.app.navigator import DETAILS, INTERVIEWS, PANEL
from inspector.app.session import Session
from inspector.app.team_edits import BROUGHT_IN, UNDONE, AssignmentEdit, MergeEdit
from inspector.content import Content
from inspector.exchange.merge import MergePlan, merge
from inspector.inspection.model import (
    Assignment,
    CommentKind,
    Document,
    DocumentKind,
    Evidence,
    Inspection,
    PanelComment,
    SourceKind,
)
from inspector.store import InvalidEdit
from tests.app.conftest import on_disk

DOCUMENT = Document("Recruitment tracker", DocumentKind.DURING_FIELDWORK, id="6a1d2c3e-0000-4000-8000-0000000000d1")
CITING = Evidence("1.2.1a", "Two further vacancies were advertised.", SourceKind.DOCUMENT, "Tracker", "Priya Raman",
                  id="6a1d2c3e-0000-4000-8000-0000000000e1", document_id=DOCUMENT.id, page="p. 4")
COMMENT = PanelComment("1.2", CommentKind.COMMENT, "Supervision is now monthly.", "Priya Raman",
                       id="6a1d2c3e-0000-4000-8000-0000000000c1")


def test_assigning_and_unassigning_a_standard(session: Session, demo_path: Path, content: Content) -> None:
    edit = AssignmentEdit.of(session.inspection, "1.2", "Priya Raman")
    assert (edit.description, edit.item_id) == ("Assign 1.2 to Priya Raman", DETAILS)
    session.apply(edit)
    session.apply(AssignmentEdit.of(session.inspection, "1.1.2", "Daniel Okafor"))
    session.apply(AssignmentEdit.of(session.inspection, "1.1", "Helen Marsh"))
    # In framework order, as the store reads them back.
    assert session.inspection.assignments == (
        Assignment("1.1", "Helen Marsh"), Assignment("1.1.2", "Daniel Okafor"), Assignment("1.2", "Priya Raman"))
    assert session.inspection == on_disk(demo_path, content)

    cleared = AssignmentEdit.of(session.inspection, "1.2", None)
    assert cleared.description == "Unassign 1.2"
    session.apply(cleared)
    assert [a.scope_id for a in on_disk(demo_path, content).assignments] == ["1.1", "1.1.2"]
    session.undo(cleared)
    assert session.inspection == on_disk(demo_path, content)
    assert session.inspection.assignments[-1] == Assignment("1.2", "Priya Raman")


def test_only_a_member_of_the_team_is_assigned(session: Session, demo_path: Path, content: Content) -> None:
    before = on_disk(demo_path, content)
    refusal = re.escape("1.2 assigned to: is not the lead inspector or a member of the team")
    with pytest.raises(InvalidEdit, match=refusal):
        session.apply(AssignmentEdit.of(session.inspection, "1.2", "Someone Else"))
    assert session.inspection == before == on_disk(demo_path, content)


def test_an_assignment_edit_is_of_one_scope() -> None:
    with pytest.raises(ValueError, match="one standard's or key question's"):
        AssignmentEdit(Assignment("1.2", "A"), Assignment("1.3", "A"), "1.2")


def _member(demo: Inspection) -> Inspection:
    """The member's copy: a document with evidence citing it, a panel comment, one evidence item changed."""
    changed = replace(demo.evidence[0], text="Changed by the member.")
    evidence = (changed, *demo.evidence[1:], CITING)
    return replace(demo, evidence=evidence, documents=(*demo.documents, DOCUMENT),
                   panel_comments=(*demo.panel_comments, COMMENT))


def test_bringing_in_and_taking_back_keep_memory_and_file_alike(
    session: Session, demo_path: Path, content: Content, demo: Inspection,
) -> None:
    original = on_disk(demo_path, content)
    plan = merge(session.inspection, _member(demo))
    assert len(plan.evidence_to_add) == 2  # the new item and the member's copy of the changed one
    edit = MergeEdit(None, plan, "Northmoor - Priya.yjsi")
    assert edit.description == "Bring in the work from Northmoor - Priya.yjsi"
    assert edit.item_id == plan.evidence_to_add[0].prompt_id
    session.apply(edit)
    brought = on_disk(demo_path, content)
    assert session.inspection == brought
    assert brought.documents[-1] == DOCUMENT
    assert brought.evidence[-2:] == plan.evidence_to_add == (CITING, plan.conflicts[0].copy)
    assert brought.panel_comments[-1] == COMMENT
    rows = session.audit()[-4:]
    assert {r.reason for r in rows} == {BROUGHT_IN.format("Northmoor - Priya.yjsi")}

    back = edit.reversed()
    assert back.description == "Take back the work from Northmoor - Priya.yjsi"
    session.apply(back)  # the citing evidence goes before its document, all in one transaction
    assert session.inspection == original == on_disk(demo_path, content)
    assert {r.reason for r in session.audit()[-4:]} == {UNDONE.format("Northmoor - Priya.yjsi")}
    session.apply(edit)
    assert session.inspection == brought == on_disk(demo_path, content)


def test_a_merge_edit_names_where_its_work_shows() -> None:
    comment_only = MergePlan(added_comments=(COMMENT,))
    assert MergeEdit(None, comment_only, "f").item_id == PANEL
    assert MergeEdit(None, MergePlan(added_documents=(DOCUMENT,)), "f").item_id == DETAILS
    with pytest.raises(ValueError, match="brings a plan in or takes it back out"):
        MergeEdit(comment_only, comment_only, "f")


def test_bringing_in_interviews_only_shows_the_interviews(session: Session, demo: Inspection) -> None:
    interview = replace(demo.interviews[0], id="6a1d2c3e-0000-4000-8000-0000000000a1", reference="CM-99")
    plan = merge(session.inspection, replace(demo, interviews=(*demo.interviews, interview)))
    edit = MergeEdit(None, plan, "f")
    assert edit.item_id == INTERVIEWS
    session.apply(edit)
    assert session.inspection.interviews[-1] == interview
