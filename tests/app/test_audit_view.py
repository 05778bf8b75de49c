"""The audit trail page as data, on a real file after real edits through the session: every kind of
change classified with the item it opens, the filters (words, who, kind, dates and all together), newest
first, the changes in words, the session reading only new rows, and the navigator's Audit node.
Typing joined into one change: tests/app/test_audit_typing.py; the wording: tests/app/test_audit_wording.py."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest

from inspector.app.after_fieldwork_edits import FollowUpEdit, ObligationEdit
from inspector.app.audit_view import (
    AuditFilter,
    AuditTrail,
    ChangeKind,
    classify,
    item_names,
)
from inspector.app.document_edits import DocumentEdit
from inspector.app.edits import (
    AnswerEdit,
    CaseCountEdit,
    CaseRatingEdit,
    EvidenceEdit,
    InterviewEdit,
    JudgementEdit,
    ProposalEdit,
    TallyEdit,
)
from inspector.app.interviews_view import new_interview
from inspector.app.navigator import (
    AFTER_FIELDWORK,
    AUDIT,
    CASE_DATA,
    DETAILS,
    DOCUMENTS,
    INTERVIEWS,
    PANEL,
    Tone,
    navigator_nodes,
    node_statuses,
)
from inspector.app.session import Session
from inspector.app.team_edits import AssignmentEdit
from inspector.content import Content
from inspector.framework.model import Rating
from inspector.inspection.model import (
    Answer,
    CaseCount,
    Document,
    DocumentKind,
    Evidence,
    FollowUp,
    ObligationMet,
    PromptJudgement,
    SourceKind,
    Sufficiency,
    TalliedPercentage,
)
from inspector.store import InspectionFile
from tests.app.conftest import FakeClock

# Days well away from today's, on which the demo file itself was made.
MONDAY = datetime(2030, 3, 4, 9, 15, tzinfo=UTC)
TUESDAY = datetime(2030, 3, 5, 14, 40, tzinfo=UTC)


def trail_of(session: Session) -> AuditTrail:
    trail = AuditTrail(item_names(session.content.framework), UTC)
    trail.update(session.audit())
    return trail


def file_audit(path: Path, content: Content) -> list:  # type: ignore[type-arg]
    with InspectionFile.open(path, content.framework, "reader", read_only=True,
                             rating_scheme=content.rating_scheme) as reader:
        return reader.audit()


def make_every_kind_of_edit(session: Session, content: Content, clock: FakeClock) -> None:
    """On Monday: a judgement, evidence, an answer, a rationale for a proposal; on Tuesday: an interview,
    a tally, a case rating, a case count and a document registered."""
    clock.now = MONDAY
    inspection = session.inspection
    session.apply(JudgementEdit(inspection.judgement("1.1.1a"), PromptJudgement("1.1.1a", Sufficiency.BELOW)))
    session.apply(EvidenceEdit(None, Evidence("1.2.1c", "Plans seen at the Board meeting", SourceKind.MEETING,
                                              recorded_by="jane", recorded_at=MONDAY)))
    answer = session.inspection.answer("1.3.2")
    session.apply(AnswerEdit(answer, replace(answer, answer=Answer.NO, rationale="Partnership gaps")))
    proposal = session.inspection.proposal("1.1")
    session.apply(ProposalEdit(proposal, replace(proposal, rationale="Strong governance, as the Board minutes show")))
    clock.now = TUESDAY
    session.apply(InterviewEdit(None, new_interview(content, session.inspection, TUESDAY.date(), "jane")))
    session.apply(TallyEdit(session.inspection.tally("1.2.5e"), TalliedPercentage("1.2.5e", Decimal(70)), "1.2.5e"))
    session.apply(CaseRatingEdit(session.inspection.case_rating("2.1"), Rating.INADEQUATE, "2.1"))
    session.apply(CaseCountEdit(None, CaseCount("2.1", "Reviewing", 19, 20)))
    session.apply(DocumentEdit(None, Document("Youth justice plan", DocumentKind.EVIDENCE_IN_ADVANCE)))
    session.apply(AssignmentEdit.of(session.inspection, "1.2", session.inspection.details.team[0]))


def test_the_session_reads_only_new_rows_and_has_the_whole_log(
    session: Session, demo_path: Path, content: Content, clock: FakeClock
) -> None:
    before = session.audit()
    assert list(before) == file_audit(demo_path, content)
    make_every_kind_of_edit(session, content, clock)
    after = session.audit()
    assert list(after) == file_audit(demo_path, content)
    assert after[:len(before)] == before and len(after) > len(before)
    with InspectionFile.open(demo_path, content.framework, "reader", read_only=True,
                             rating_scheme=content.rating_scheme) as reader:
        assert reader.audit(since=before[-1].id) == list(after[len(before):])


def test_every_kind_of_change_is_classified_with_the_item_it_opens(
    session: Session, content: Content, clock: FakeClock
) -> None:
    first_new = len(session.audit())
    make_every_kind_of_edit(session, content, clock)
    met = ObligationMet("submission-to-secretary-of-state", TUESDAY.date(), session.inspection.details.lead_inspector)
    session.apply(ObligationEdit(None, met, obligation_id=met.obligation_id, title="Submission"))
    session.apply(FollowUpEdit(None, FollowUp(TUESDAY.date(), "visit")))
    trail = trail_of(session)
    made = [(row.last.what.split(" ")[0], row.kind, row.item_id) for row in reversed(trail.matching(AuditFilter()))]
    assert made[first_new:] == [
        ("prompt", ChangeKind.JUDGEMENTS, "1.1.1a"),
        ("evidence", ChangeKind.EVIDENCE, "1.2.1c"),
        ("key", ChangeKind.ANSWERS, "1.3.2"),  # the answer
        ("key", ChangeKind.ANSWERS, "1.3.2"),  # and its rationale
        ("standard", ChangeKind.PROPOSALS, "1.1"),
        ("interview", ChangeKind.INTERVIEWS, INTERVIEWS),
        ("prompt", ChangeKind.INTERVIEWS, INTERVIEWS),  # a tally is entered on the interviews page
        ("standard", ChangeKind.CASE_DATA, CASE_DATA),
        ("standard", ChangeKind.CASE_DATA, CASE_DATA),
        ("document", ChangeKind.DOCUMENTS, DOCUMENTS),  # entered on the documents page
        ("1.2", ChangeKind.DETAILS, DETAILS),  # "1.2 assigned to", on the details page's team part
        ("after", ChangeKind.AFTER_FIELDWORK, AFTER_FIELDWORK),  # an obligation done
        ("improvement", ChangeKind.AFTER_FIELDWORK, AFTER_FIELDWORK),  # a follow-up of the plan
    ]
    # The import that made the demo file: created, its details, diversity and recommendations.
    assert [(row.kind, row.item_id) for row in reversed(trail.matching(AuditFilter()))][:2] == [
        (ChangeKind.FILE_FORMAT, None), (ChangeKind.DETAILS, DETAILS)]
    assert all(row.kind is not None for row in trail.matching(AuditFilter()))
    # The demo's register of documents, entered by the import, opens the documents page.
    registered = [row for row in trail.matching(AuditFilter()) if row.last.what.startswith("document ")]
    assert len(registered) == len(session.inspection.documents) > 0
    assert {(row.kind, row.item_id) for row in registered} == {(ChangeKind.DOCUMENTS, DOCUMENTS)}
    assert trail.kinds() == tuple(kind for kind in ChangeKind if kind is not ChangeKind.PANEL)
    assert trail.users() == ("helen", "jane")


@pytest.mark.parametrize(("what", "kind", "item"), [
    ("file format", ChangeKind.FILE_FORMAT, None),  # store/schema.py: a file upgraded when opened
    ("diversity: note", ChangeKind.DETAILS, DETAILS),
    ("recommendation 5d0c", ChangeKind.DETAILS, DETAILS),
    ("prompt 1.2.1c decisive shortfall", ChangeKind.JUDGEMENTS, "1.2.1c"),
    # store/records.py's ratings panel labels: each opens the ratings panel page.
    ("ratings panel 1.2 agreed rating", ChangeKind.PANEL, PANEL),
    ("ratings panel comment on overall", ChangeKind.PANEL, PANEL),
    ("document 5d0c", ChangeKind.DOCUMENTS, DOCUMENTS),  # store/records.py's register entry
    ("something the store does not write", None, None),
])
def test_labels_the_demo_does_not_make(what: str, kind: ChangeKind | None, item: str | None) -> None:
    assert classify(what) == (kind, item)


def test_the_words_are_looked_for_in_what_the_values_and_the_reason(
    session: Session, content: Content, clock: FakeClock
) -> None:
    make_every_kind_of_edit(session, content, clock)
    trail = trail_of(session)
    # Jane's new evidence text and proposal rationale (the demo's own evidence mentions boards too).
    board = trail.matching(AuditFilter("board", user="jane"))
    assert [row.last.what for row in board] == ["standard 1.1 rationale", board[1].last.what]
    assert {row.user for row in trail.matching(AuditFilter("board"))} == {"helen", "jane"}
    assert board[1].kind is ChangeKind.EVIDENCE and board[0].first.id > board[1].first.id  # newest first
    assert [row.kind for row in trail.matching(AuditFilter('"board meeting" PLANS'))] == [ChangeKind.EVIDENCE]
    assert [row.what for row in trail.matching(AuditFilter("1.1.1a sufficiency"))] == [
        "prompt 1.1.1a sufficiency"] * 2  # the import set it, the edit changed it
    assert trail.matching(AuditFilter("nothing-like-this")) == []
    # The reason of the rows the import wrote (the file's creation, before it, has none).
    imported = trail.matching(AuditFilter("demo for tests"))
    assert len(imported) > 300 and {row.reason for row in imported} == {"demo for tests"}


def test_who_kind_and_dates_filter_and_combine(session: Session, content: Content, clock: FakeClock) -> None:
    make_every_kind_of_edit(session, content, clock)
    trail = trail_of(session)
    everything = trail.matching(AuditFilter())
    assert [row.first.id for row in everything] == sorted((row.first.id for row in everything), reverse=True)
    jane = trail.matching(AuditFilter(user="jane"))
    assert len(jane) == 11 and {row.user for row in jane} == {"jane"}
    assert len(trail.matching(AuditFilter(user="helen"))) == len(everything) - 11
    assert [row.what for row in trail.matching(AuditFilter(user="jane", kind=ChangeKind.CASE_DATA))] == [
        "standard 2.1 case count: Reviewing", "standard 2.1 rating from case data"]
    monday, tuesday = MONDAY.date(), TUESDAY.date()
    assert len(trail.matching(AuditFilter(start=monday, end=monday))) == 5
    assert len(trail.matching(AuditFilter(start=tuesday))) == 6
    assert len(trail.matching(AuditFilter(end=monday))) == len(everything) - 6
    assert trail.matching(AuditFilter(start=date(2030, 3, 6))) == []
    both = AuditFilter("rationale", user="jane", kind=ChangeKind.ANSWERS, start=monday, end=tuesday)
    assert [row.what for row in trail.matching(both)] == ["key question 1.3.2 rationale"]
    assert trail.matching(replace(both, start=tuesday)) == []
    assert trail.count_text(1) == f"1 of {len(everything):,} changes"
    assert trail.count_text(len(everything)) == f"{len(everything):,} changes"


def test_a_to_date_before_the_from_date_is_named_and_lists_nothing(session: Session) -> None:
    wanted = AuditFilter(start=date(2030, 3, 5), end=date(2030, 3, 4))
    assert wanted.problem == "To: the date is before the From date"
    assert trail_of(session).matching(wanted) == []
    assert AuditFilter(start=date(2030, 3, 4), end=date(2030, 3, 4)).problem is None


def test_dates_are_the_laptops_local_days(session: Session, clock: FakeClock) -> None:
    """An edit at 23:30 UTC on 4 March is on 5 March an hour east of Greenwich."""
    clock.now = datetime(2030, 3, 4, 23, 30, tzinfo=UTC)
    session.apply(JudgementEdit(session.inspection.judgement("1.1.1b"), PromptJudgement("1.1.1b", Sufficiency.BELOW)))
    east = AuditTrail(item_names(session.content.framework), timezone(timedelta(hours=1)))
    east.update(session.audit())
    (row,) = east.matching(AuditFilter(start=date(2030, 3, 5)))
    assert row.when == "5 Mar 2030 00:30" and row.item_id == "1.1.1b"


def test_changes_read_as_words_and_the_detail_says_what_opens(
    session: Session, content: Content, clock: FakeClock
) -> None:
    make_every_kind_of_edit(session, content, clock)
    trail = trail_of(session)
    (evidence,) = trail.matching(AuditFilter("plans", kind=ChangeKind.EVIDENCE))
    assert evidence.what == "evidence on 1.2.1c"  # no id: the prompt, and the text in the change
    assert evidence.change == "added \u201cPlans seen at the Board meeting\u201d"
    assert evidence.when == "4 Mar 2030 09:15"
    # The prompt is in the label; empty fields (the reference, the tag) are left out.
    assert evidence.detail.splitlines() == [
        "evidence on 1.2.1c \u2014 jane, 4 Mar 2030 09:15", "Added.", "text: Plans seen at the Board meeting",
        "source: meeting", "recorded by: jane", "recorded at: 4 Mar 2030 09:15",
        "Enter or a double click opens 1.2.1c.",
    ]
    (interview,) = trail.matching(AuditFilter(kind=ChangeKind.INTERVIEWS, user="jane", text="CM-25"))
    assert (interview.what, interview.change) == ("interview CM-25", "added")
    assert interview.detail.endswith("opens Interviews.")
    (tally,) = trail.matching(AuditFilter("1.2.5e", kind=ChangeKind.INTERVIEWS, user="jane"))
    assert (tally.what, tally.change) == ("prompt 1.2.5e interview tally", "83.3% of 6 interviews \u2192 70%")
    (count,) = trail.matching(AuditFilter("case count", user="jane"))
    assert count.change == "(not set) \u2192 19 of 20 sufficient"
    (answer,) = trail.matching(AuditFilter("1.3.2 answer", user="jane"))
    assert (answer.what, answer.change) == ("key question 1.3.2 answer", "yes \u2192 no")
    assert answer.detail.splitlines()[1:3] == ["Old: yes", "New: no"]


def test_no_change_shows_json_or_a_whole_id(session: Session, content: Content, clock: FakeClock) -> None:
    """Every row the demo's import and the edits wrote: nothing the store keeps as JSON reaches the page."""
    make_every_kind_of_edit(session, content, clock)
    changes = trail_of(session).matching(AuditFilter())
    assert len(changes) > 300
    for change in changes:
        shown = f"{change.what}\n{change.change}\n{change.detail}"
        assert not any(mark in shown for mark in ('{"', '["', '":', "prompt_id", "recorded_by")), shown
        assert not re.search(r"[0-9a-f]{8}-[0-9a-f]{4}-", shown), shown


def test_rows_are_built_once_as_the_log_grows(session: Session, clock: FakeClock) -> None:
    trail = trail_of(session)
    total = trail.total
    assert not trail.update(session.audit())  # nothing new
    session.apply(JudgementEdit(session.inspection.judgement("1.1.1a"), PromptJudgement("1.1.1a", Sufficiency.BELOW)))
    assert trail.update(session.audit()) and trail.total == total + 1
    assert trail.matching(AuditFilter())[0].what == "prompt 1.1.1a sufficiency"


def test_the_audit_node_is_last_and_counts_the_changes(session: Session, content: Content) -> None:
    nodes = navigator_nodes(content.framework)
    assert (nodes[-1].id, nodes[-1].label, nodes[-1].kind, nodes[-1].parent) == (AUDIT, "Audit", None, None)
    status = node_statuses(content.framework, session.inspection, session.evaluation, len(session.audit()))[AUDIT]
    assert (status.state, status.tone, status.to_do) == (f"{len(session.audit()):,} changes recorded", Tone.OPEN, False)
    statuses = node_statuses(content.framework, session.inspection, session.evaluation, 1)
    assert statuses[AUDIT].state == "1 change recorded"
