"""The evidence form as plain data: its fields checked and turned into one item (on several prompts,
citing the register), each bad field said in one line naming it, and its draft kept in the file."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from inspector.app.evidence_form import (
    EvidenceChoices,
    EvidenceDraft,
    EvidenceForm,
    EvidenceProblem,
    changed_evidence,
    completing,
    draft_fields,
    draft_from_fields,
    evidence_choices,
    item_draft,
    new_evidence,
)
from inspector.app.session import Session
from inspector.content import Content
from inspector.inspection.model import Document, DocumentKind, EvidenceTag, Inspection, SourceKind
from inspector.store import InspectionFile

AT = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
MINUTES = Document("Board minutes, 12 May 2024", DocumentKind.EVIDENCE_IN_ADVANCE, id="bm")


@pytest.fixture()
def choices(content: Content, demo: Inspection) -> EvidenceChoices:
    return evidence_choices(content.framework, replace(demo, documents=(MINUTES,)))


def test_a_new_item_from_the_form(choices: EvidenceChoices) -> None:
    draft = EvidenceDraft("  Board minutes show it  ", SourceKind.DOCUMENT, " BM-3 ", EvidenceTag.STRENGTH, "1.1.1a")
    item = new_evidence("1.1.1a", draft, choices, "jane", AT)
    assert (item.prompt_id, item.text, item.reference, item.recorded_by, item.recorded_at, item.tag, item.also) == (
        "1.1.1a", "Board minutes show it", "BM-3", "jane", AT, EvidenceTag.STRENGTH, ())
    changed = changed_evidence(item, replace(draft, text="Minutes", tag=None), choices)
    assert (changed.id, changed.recorded_by, changed.text, changed.tag) == (item.id, "jane", "Minutes", None)


def test_an_item_on_several_prompts_citing_the_register(choices: EvidenceChoices) -> None:
    # Typed in any order, any case, with commas or spaces; kept in framework order, each once.
    draft = EvidenceDraft("Partners agreed the plan", SourceKind.DOCUMENT, prompts="1.1.2B 1.1.1a,1.1.1d; 1.1.2b",
                          document_id="bm", page=" p. 4 ")
    item = new_evidence("1.1.1a", draft, choices, "jane", AT)
    assert (item.prompt_id, item.also, item.prompts) == ("1.1.1a", ("1.1.1d", "1.1.2b"), ("1.1.1a", "1.1.1d", "1.1.2b"))
    assert (item.document_id, item.page) == ("bm", "p. 4")
    # Without the prompt it was typed on, it is recorded on the first named, in framework order.
    moved = new_evidence("1.1.1a", replace(draft, prompts="1.2.1c, 1.1.2b"), choices, "jane", AT)
    assert (moved.prompt_id, moved.also) == ("1.1.2b", ("1.2.1c",))
    # A change keeps the prompt it was recorded on while it is still named.
    assert changed_evidence(item, replace(draft, prompts="1.1.2b, 1.1.1a"), choices).prompts == ("1.1.1a", "1.1.2b")
    assert item_draft(item) == replace(draft, prompts="1.1.1a, 1.1.1d, 1.1.2b", page="p. 4")


@pytest.mark.parametrize(
    ("change", "said"),
    [
        ({"text": "   "}, "evidence text: type what was seen, read or heard"),
        ({"prompts": "1.1.1a, 1.9.9z"}, "prompts: 1.9.9z is not a prompt of the framework"),
        ({"prompts": " , "}, "prompts: name the prompts it supports"),
        ({"page": "p. 4"}, "page: choose the document it is a page of"),
        ({"document_id": "gone"}, "document: is no longer in the register"),
    ],
)
def test_each_bad_field_is_one_line_naming_it(choices: EvidenceChoices, change: dict[str, str], said: str) -> None:
    draft = replace(EvidenceDraft("Seen", SourceKind.MEETING, prompts="1.1.1a"), **change)
    with pytest.raises(EvidenceProblem) as refused:
        new_evidence("1.1.1a", draft, choices, "jane", AT)
    assert str(refused.value) == said


def test_the_word_being_completed() -> None:
    assert completing("1.1.1a, 1.1.2") == ("1.1.1a, ", "1.1.2")
    assert completing("1.1.1a workl") == ("1.1.1a ", "workl")
    assert completing("1.1.1a, ") == ("1.1.1a, ", "")


def test_a_draft_as_the_file_keeps_it() -> None:
    draft = EvidenceDraft("Seen", SourceKind.MEETING, "M3", EvidenceTag.AREA_FOR_IMPROVEMENT, "1.1.1a, 1.1.2b", "bm",
                          "p. 4")
    start = EvidenceDraft("", SourceKind.DOCUMENT, prompts="1.1.1a")
    assert draft_from_fields(draft_fields(draft), start) == draft
    assert draft_from_fields(draft_fields(replace(draft, tag=None, document_id=None)), start) == replace(
        draft, tag=None, document_id=None)
    # A field missing, or a choice this version does not know, keeps the form's own value.
    assert draft_from_fields({"text": "Seen", "source": "telepathy"}, start) == replace(start, text="Seen")


def test_a_form_keeps_its_draft_until_saved_or_given_up(session: Session, demo_path: Path, content: Content) -> None:
    new = EvidenceForm.new("1.1.1a", SourceKind.MEETING, None)
    assert new.key == "evidence:1.1.1a" and new.kept(session) is None
    typed = replace(new.start, text="Seen at the board", reference="Board minutes 12/5/24")
    new.keep(session, typed)
    assert new.kept(session) == typed
    with InspectionFile.open(demo_path, content.framework, "reader", read_only=True,
                             rating_scheme=content.rating_scheme) as reader:
        assert reader.drafts() == {"evidence:1.1.1a": draft_fields(typed)}  # in the file at once
        audited = len(reader.audit())
    new.keep(session, new.start)  # typed back to how it opened: nothing to keep
    assert new.kept(session) is None

    item = session.inspection.evidence_for("1.2.1c")[0]
    editing = EvidenceForm.editing("1.2.1c", item)
    assert editing.key == f"evidence:{item.id}"
    editing.keep(session, replace(editing.start, text="More"))
    session.discard_draft(editing.key)
    assert editing.kept(session) is None
    with InspectionFile.open(demo_path, content.framework, "reader", read_only=True,
                             rating_scheme=content.rating_scheme) as reader:
        assert reader.drafts() == {} and len(reader.audit()) == audited  # a draft is not the record


def test_a_read_only_session_keeps_no_drafts(demo_path: Path, content: Content) -> None:
    with InspectionFile.open(demo_path, content.framework, "jane", rating_scheme=content.rating_scheme) as file:
        file.save_draft("evidence:1.1.1a", {"text": "Seen"})
    session = Session.open(demo_path, content, "bob", read_only=True)
    try:
        form = EvidenceForm.new("1.1.1a", SourceKind.MEETING, None)
        assert form.kept(session) is None  # another's typing is theirs
        form.keep(session, replace(form.start, text="Mine"))
        session.discard_draft(form.key)
    finally:
        session.close()
    with InspectionFile.open(demo_path, content.framework, "reader", read_only=True,
                             rating_scheme=content.rating_scheme) as reader:
        assert reader.drafts() == {"evidence:1.1.1a": {"text": "Seen"}}


def test_the_form_saves_one_edit(session: Session, choices: EvidenceChoices) -> None:
    new = EvidenceForm.new("1.1.1a", SourceKind.MEETING, EvidenceTag.STRENGTH)
    added = new.edit(replace(new.start, text="Seen"), choices, session.user, AT)
    assert added.before is None and added.after is not None
    assert (added.after.prompt_id, added.after.source, added.after.tag, added.after.recorded_by) == (
        "1.1.1a", SourceKind.MEETING, EvidenceTag.STRENGTH, "jane")
    editing = EvidenceForm.editing("1.1.1a", added.after)
    changed = editing.edit(replace(editing.start, reference="BM-3"), choices, session.user, AT)
    assert changed.before == added.after and changed.after == replace(added.after, reference="BM-3")
