"""The register of documents as data and its edits through a real session on a real file: entries added,
changed and deleted (refused in one line while evidence cites them), the form's checks, the evidence
citing each entry, files checked against the digest registered, a changed file accepted with its reason
in the audit log, undo and redo, and the navigator's Documents node."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from inspector.app.document_edits import ACCEPTED, DocumentEdit
from inspector.app.document_files import CHUNK, FileChecks, FileState, attached_digest, check_file, file_digest
from inspector.app.documents_view import (
    NOT_CHECKED,
    DocumentDraft,
    DocumentRow,
    deletion,
    documents_view,
    draft_of,
    new_draft,
    saving,
)
from inspector.app.edits import EvidenceEdit
from inspector.app.navigator import DOCUMENTS, navigator_nodes, node_statuses
from inspector.app.session import Session
from inspector.content import Content
from inspector.errors import UserError
from inspector.inspection.model import Document, DocumentKind, Evidence, Inspection, SourceKind
from inspector.rules.evaluate import evaluate
from tests.app.conftest import on_disk

IN_ADVANCE, DURING = DocumentKind.EVIDENCE_IN_ADVANCE, DocumentKind.DURING_FIELDWORK


def today(session: Session) -> date:
    return session.clock().astimezone().date()


def add(session: Session, title: str, **fields: object) -> Document:
    draft = replace(new_draft(session.inspection, today(session)), title=title, **fields)  # type: ignore[arg-type]
    edit = saving(draft, None, session.inspection, today(session))
    session.apply(edit)
    assert edit.after is not None
    return edit.after


def cite(session: Session, document: Document, prompt_id: str, page: str = "") -> Evidence:
    evidence = Evidence(prompt_id, "Minutes record the plan's review\nand more", SourceKind.DOCUMENT,
                        document_id=document.id, page=page)
    session.apply(EvidenceEdit(None, evidence))
    return evidence


def entry(session: Session, checks: FileChecks, document: Document) -> DocumentRow:
    """The register's row of that entry, wherever the demo's own register puts it."""
    row = documents_view(session.inspection, checks).row(document.id)
    assert row is not None
    return row


def test_a_new_entry_is_received_within_the_fieldwork_week(demo: Inspection) -> None:
    start, end = demo.details.fieldwork_start, demo.details.fieldwork_end
    assert start is not None and end is not None
    assert new_draft(demo, date(2000, 1, 3)).received == start
    assert new_draft(demo, date(2099, 1, 3)).received == end
    assert new_draft(demo, start).kind is DURING and new_draft(demo, start).title == ""


def test_entries_added_changed_and_deleted_reach_the_file(session: Session, demo_path: Path, content: Content) -> None:
    demo = session.inspection.documents  # the demo's own register: entries added come after it
    assert demo and on_disk(demo_path, content).documents == demo
    minutes = add(session, "  Board minutes, March ", kind=IN_ADVANCE, supplied_by=" YJS manager ")
    assert (minutes.title, minutes.supplied_by) == ("Board minutes, March", "YJS manager")  # trimmed
    plan = add(session, "Youth justice plan")
    assert on_disk(demo_path, content).documents == (*demo, minutes, plan) == session.inspection.documents
    edit = saving(replace(draft_of(minutes), title="Board minutes, April"), minutes, session.inspection,
                  today(session))
    assert edit.description == "Edit document 'Board minutes, April'"
    session.apply(edit)
    changed = replace(minutes, title="Board minutes, April")
    assert on_disk(demo_path, content).documents == (*demo, changed, plan)  # in its place
    removal = deletion(session.inspection, plan)
    assert removal.description == "Delete document 'Youth justice plan'"
    session.apply(removal)
    assert on_disk(demo_path, content).documents == (*demo, changed)
    session.undo(removal)
    session.undo(edit)
    assert on_disk(demo_path, content).documents == session.inspection.documents == (*demo, minutes, plan)
    state = node_statuses(content.framework, session.inspection, session.evaluation)[DOCUMENTS].state
    assert state == f"{len(demo) + 2} registered"


def test_the_form_refuses_in_one_line_naming_the_field(session: Session) -> None:
    minutes = add(session, "Board minutes")
    blank = new_draft(session.inspection, today(session))
    cases = {
        "document title: type what the document is": replace(blank, title="   "),
        "document title: another document in the register has this title": replace(blank, title="board MINUTES "),
        "date received: cannot be after today": replace(blank, title="Plan", received=date(2099, 1, 1)),
    }
    for message, draft in cases.items():
        with pytest.raises(UserError) as refused:
            saving(draft, None, session.inspection, today(session))
        assert str(refused.value) == message
    # An entry keeps its own title when saved again (the demo's as the one added).
    for existing in (session.inspection.documents[0], minutes):
        assert saving(draft_of(existing), existing, session.inspection, today(session)).changes_anything is False


def test_a_cited_entry_lists_its_evidence_and_cannot_be_deleted(session: Session, demo_path: Path,
                                                                content: Content) -> None:
    demo = session.inspection.documents
    minutes = add(session, "Board minutes")
    first = cite(session, minutes, "1.1.1a", "p. 4")
    cite(session, minutes, "1.2.1c")
    row = documents_view(session.inspection, FileChecks()).row(minutes.id)
    assert row is not None
    assert [(c.prompt_id, c.page, c.text) for c in row.citations] == [
        ("1.1.1a", "p. 4", "Minutes record the plan's review"), ("1.2.1c", "", "Minutes record the plan's review")]
    with pytest.raises(UserError) as refused:
        deletion(session.inspection, minutes)
    assert str(refused.value) == "the document is cited by 2 evidence items; change what they cite first"
    # The store refuses it too, whatever asks.
    with pytest.raises(UserError):
        session.apply(DocumentEdit(minutes, None))
    assert on_disk(demo_path, content).documents == (*demo, minutes)
    session.apply(EvidenceEdit(first, None))
    with pytest.raises(UserError, match="cited by 1 evidence item;"):
        deletion(session.inspection, minutes)


def test_files_are_checked_against_the_digest_registered(session: Session, tmp_path: Path, demo_path: Path,
                                                         content: Content) -> None:
    path = tmp_path / "minutes.txt"
    path.write_bytes(b"x" * (CHUNK * 2 + 5))  # across chunks
    digest = attached_digest(path)
    assert digest == file_digest(path) == hashlib.sha256(path.read_bytes()).hexdigest()
    demo = session.inspection.documents  # the demo's register: no files attached, most of it cited
    cited = sum(any(e.document_id == d.id for e in session.inspection.evidence) for d in demo)
    minutes = add(session, "Board minutes", file_path=str(path), sha256=digest)
    plan = add(session, "Youth justice plan")
    checks = FileChecks()
    view = documents_view(session.inspection, checks)
    # The demo's entries have no file; a file not yet read; no file.
    assert [row.file_text for row in view.rows] == [""] * len(demo) + [NOT_CHECKED, ""]
    assert checks.unchecked(session.inspection.documents) == (minutes,)
    checks.record((minutes,), {minutes.id: check_file(minutes)})
    view = documents_view(session.inspection, checks)
    row = entry(session, checks, minutes)
    assert row.file_text == "file unchanged" and not row.attention and row.file_name == "minutes.txt"
    assert view.summary == f"{len(demo) + 2} documents \u00b7 {cited} cited by evidence"  # nothing cites the two

    path.write_bytes(b"edited")
    assert entry(session, checks, minutes).file_text == "file unchanged"  # until checked again
    assert checks.unchecked(session.inspection.documents) == (minutes,)  # its size says it is to be read again
    checks.forget()
    checks.record((minutes,), {minutes.id: check_file(minutes)})
    row = entry(session, checks, minutes)
    assert row.file_text == "file changed since it was registered" and row.attention and row.check_word == "changed"
    assert documents_view(session.inspection, checks).summary.endswith("1 file needs a look")

    accepting = DocumentEdit.accepted(minutes, row.check.digest)  # type: ignore[union-attr]
    assert accepting.description == "Accept the changed file of 'Board minutes'"
    session.apply(accepting)
    assert session.inspection.document(minutes.id).sha256 == hashlib.sha256(b"edited").hexdigest()  # type: ignore[union-attr]
    assert on_disk(demo_path, content).documents == session.inspection.documents
    assert session.audit()[-1].reason == ACCEPTED
    assert checks.unchecked(session.inspection.documents) == (session.inspection.document(minutes.id),)  # new digest
    session.undo(accepting)
    assert session.audit()[-1].reason == f"undone: {ACCEPTED}"
    assert session.inspection.documents == (*demo, minutes, plan)

    path.unlink()
    assert check_file(minutes).state is FileState.MISSING
    checks.forget()
    checks.record((minutes,), {minutes.id: check_file(minutes)})
    assert entry(session, checks, minutes).file_line == (
        "minutes.txt: file not found. If it has moved, choose it again where it is now.")
    assert check_file(plan).state is FileState.NONE
    with pytest.raises(UserError) as refused:
        attached_digest(path)
    assert str(refused.value) == "document file: the file chosen was not found"  # never the file's name
    assert check_file(replace(minutes, file_path=str(tmp_path))).state is FileState.UNREADABLE  # a folder


def test_an_edit_is_one_entry(session: Session) -> None:
    minutes = add(session, "Board minutes")
    with pytest.raises(ValueError):
        DocumentEdit(None, None)
    with pytest.raises(ValueError):
        DocumentEdit(minutes, Document("Board minutes", IN_ADVANCE))
    assert DocumentEdit(None, minutes).description == "Add document 'Board minutes'"
    assert DocumentEdit(None, minutes).item_id == DOCUMENTS


def test_the_navigator_node_sits_before_the_interviews(content: Content, demo: Inspection) -> None:
    nodes = navigator_nodes(content.framework)
    ids = [n.id for n in nodes]
    assert ids[ids.index("overall") + 1:ids.index("overall") + 3] == [DOCUMENTS, "interviews"]
    assert nodes[ids.index(DOCUMENTS)].label == "Documents"
    empty = replace(demo, documents=())
    evaluation = evaluate(content.framework, content.rating_scheme, content.forms, empty)
    assert node_statuses(content.framework, empty, evaluation)[DOCUMENTS].state == "none registered"
    assert documents_view(empty, FileChecks()).summary == "No documents registered yet"


def test_a_draft_is_the_form_as_typed(demo: Inspection) -> None:
    document = Document("Plan", IN_ADVANCE, date(2026, 1, 5), "YJS manager", "/x/plan.pdf", "a" * 64)
    assert draft_of(document) == DocumentDraft("Plan", IN_ADVANCE, date(2026, 1, 5), "YJS manager", "/x/plan.pdf",
                                               "a" * 64)
