"""The open inspection: every edit reaches the file at once, the in-memory snapshot always equals what
the file holds, undo puts the file back, and a refused write leaves both as they were."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from inspector.app.edits import AnswerEdit, Edit, EvidenceEdit, JudgementEdit
from inspector.app.session import Session
from inspector.content import Content
from inspector.inspection.model import (
    Answer,
    Evidence,
    EvidenceTag,
    InspectionDetails,
    KeyQuestionAnswer,
    Nation,
    PromptJudgement,
    SourceKind,
    Sufficiency,
)
from inspector.store import InspectionFile, NotSaved, ReadOnly
from tests.app.conftest import FakeClock, Step, on_disk, replay_against_file


def test_an_edit_reaches_the_file_and_the_evaluation_at_once(
    session: Session, demo_path: Path, content: Content,
) -> None:
    before = session.inspection.judgement("1.2.1c")
    assert before.sufficiency is Sufficiency.ABOVE
    assert session.evaluation.key_question("1.2.1").above == ("1.2.1b", "1.2.1c")
    session.apply(JudgementEdit(before, PromptJudgement("1.2.1c", Sufficiency.BELOW)))

    assert session.inspection.judgement("1.2.1c").sufficiency is Sufficiency.BELOW
    assert session.evaluation.key_question("1.2.1").below == ("1.2.1a", "1.2.1c", "1.2.1d", "1.2.1e")
    assert on_disk(demo_path, content) == session.inspection
    with InspectionFile.open(demo_path, content.framework, "reader", read_only=True,
                             rating_scheme=content.rating_scheme) as reader:
        last = reader.audit()[-1]  # the audit log names who made it
    assert (last.user, last.what, last.old, last.new) == ("jane", "prompt 1.2.1c sufficiency", "above", "below")


def test_undo_puts_the_file_back(session: Session, demo_path: Path, content: Content) -> None:
    original = on_disk(demo_path, content)
    item = Evidence("1.2.1c", "Three workers had over 20 cases", SourceKind.CASE_DATA, "Caseload return",
                    recorded_by="jane", recorded_at=session.clock(), id="new-1")
    edits: list[Edit[object]] = [
        JudgementEdit(session.inspection.judgement("1.2.3a"), PromptJudgement("1.2.3a", Sufficiency.ABOVE)),
        EvidenceEdit(None, item),
        EvidenceEdit(item, replace(item, tag=EvidenceTag.AREA_FOR_IMPROVEMENT)),
        AnswerEdit(session.inspection.answer("1.2.1"), KeyQuestionAnswer("1.2.1", Answer.YES, "")),
    ]
    for edit in edits:
        session.apply(edit)
        assert on_disk(demo_path, content) == session.inspection
    for edit in reversed(edits):
        session.undo(edit)
        assert on_disk(demo_path, content) == session.inspection
    assert session.inspection == original


def test_leaving_below_clears_the_decisive_mark_first(session: Session) -> None:
    before = session.inspection.judgement("1.2.3a")
    assert before == PromptJudgement("1.2.3a", Sufficiency.BELOW, decisive=True)
    session.apply(JudgementEdit(before, PromptJudgement("1.2.3a", Sufficiency.ABOVE)))
    log = [(e.what, e.new) for e in session._file.audit()[-2:]]
    assert log == [("prompt 1.2.3a decisive shortfall", None), ("prompt 1.2.3a sufficiency", "above")]
    session.apply(JudgementEdit(session.inspection.judgement("1.2.3a"), before))
    log = [(e.what, e.new) for e in session._file.audit()[-2:]]
    assert log == [("prompt 1.2.3a sufficiency", "below"), ("prompt 1.2.3a decisive shortfall", "yes")]


def test_a_write_the_disk_refuses_leaves_memory_and_file_as_they_were(
    session: Session, demo_path: Path, content: Content
) -> None:
    before = session.inspection
    session._file._db.execute("PRAGMA query_only = ON")  # the test stands in for a read-only disk
    edit = JudgementEdit(before.judgement("1.1.1a"), PromptJudgement("1.1.1a", Sufficiency.BELOW))
    with pytest.raises(NotSaved, match="the disk or folder cannot be written to"):
        session.apply(edit)
    assert session.inspection == before == on_disk(demo_path, content)
    session._file._db.execute("PRAGMA query_only = OFF")
    session.apply(edit)
    assert on_disk(demo_path, content).judgement("1.1.1a").sufficiency is Sufficiency.BELOW


def test_a_failed_backup_is_a_warning_the_edit_is_kept(
    session: Session, demo_path: Path, content: Content, clock: FakeClock
) -> None:
    folder = demo_path.with_name(demo_path.name + ".backups")
    shutil.rmtree(folder)
    folder.write_text("a file where the backup folder should be")
    clock.advance(10)  # a backup falls due with the next edit
    edit = JudgementEdit(session.inspection.judgement("1.1.1a"), PromptJudgement("1.1.1a", Sufficiency.BELOW))
    warning = session.apply(edit)
    assert warning is not None and warning.startswith("the edit was saved, but a backup could not be written")
    assert session.inspection.judgement("1.1.1a").sufficiency is Sufficiency.BELOW
    assert on_disk(demo_path, content) == session.inspection


def test_a_read_only_session_writes_nothing(demo_path: Path, content: Content) -> None:
    before = on_disk(demo_path, content)
    session = Session.open(demo_path, content, "jane", read_only=True)
    try:
        edit = JudgementEdit(before.judgement("1.1.1a"), PromptJudgement("1.1.1a", Sufficiency.BELOW))
        with pytest.raises(ReadOnly):
            session.apply(edit)
        assert session.inspection == before == on_disk(demo_path, content)
    finally:
        session.close()


def test_a_new_inspection(tmp_path: Path, content: Content) -> None:
    details = InspectionDetails("Leeds YJS", Nation.ENGLAND, lead_inspector="Jane", id="leeds")
    session = Session.create(tmp_path / "Leeds.yjsi", content, details, "jane")
    try:
        assert session.inspection.details == details
        assert session.evaluation.key_question("1.1.1").unjudged[0] == "1.1.1a"
        assert session.path == tmp_path / "Leeds.yjsi"
    finally:
        session.close()


# --- the in-memory snapshot follows the store's rules exactly --------------------------------------

PROMPTS = ("1.1.1a", "1.1.1b", "4.1.3f", "1.2.5e")
KEY_QUESTIONS = ("1.1.1", "3.4.2", "4.1.3")
_judgements = st.builds(
    PromptJudgement, st.sampled_from(PROMPTS), st.sampled_from([None, Sufficiency.ABOVE, Sufficiency.BELOW]),
    st.booleans(),
)
_answers = st.builds(
    KeyQuestionAnswer, st.sampled_from(KEY_QUESTIONS), st.sampled_from([None, Answer.YES, Answer.NO]),
    st.sampled_from(["", "Because the board acted", "  "]),
)
# ("judgement", record) | ("answer", record) | ("add", n) | ("change", n, tag) | ("delete", n) | ("undo",)
_steps = st.lists(
    st.one_of(
        st.tuples(st.just("judgement"), _judgements),
        st.tuples(st.just("answer"), _answers),
        st.tuples(st.just("add"), st.integers(0, 3)),
        st.tuples(st.just("change"), st.integers(0, 200), st.sampled_from([*EvidenceTag, None])),
        st.tuples(st.just("delete"), st.integers(0, 200)),
        st.tuples(st.just("undo")),
    ),
    min_size=1, max_size=12,
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=_steps)
def test_the_snapshot_in_memory_always_equals_the_file(
    steps: list[Step], demo_path: Path, content: Content, tmp_path_factory: pytest.TempPathFactory
) -> None:
    replay_against_file(steps, demo_path, content, tmp_path_factory.mktemp("example"), _edit)


def _edit(session: Session, step: tuple[object, ...], number: int) -> Edit[object] | None:
    snapshot = session.inspection
    kind = step[0]
    if kind == "judgement":
        after = step[1]
        assert isinstance(after, PromptJudgement)
        return JudgementEdit(snapshot.judgement(after.prompt_id), after)
    if kind == "answer":
        after = step[1]
        assert isinstance(after, KeyQuestionAnswer)
        return AnswerEdit(snapshot.answer(after.key_question_id), after)
    if kind == "add":
        prompt = PROMPTS[int(step[1])]  # type: ignore[call-overload]
        return EvidenceEdit(None, Evidence(prompt, f"note {number}", SourceKind.MEETING, id=f"added-{number}"))
    if kind in ("change", "delete") and snapshot.evidence:
        item = snapshot.evidence[int(step[1]) % len(snapshot.evidence)]  # type: ignore[call-overload]
        if kind == "delete":
            return EvidenceEdit(item, None)
        return EvidenceEdit(item, replace(item, tag=step[2], text=item.text + "."))  # type: ignore[arg-type]
    return None
