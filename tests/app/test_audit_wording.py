"""Audit changes in people's words: an interview's life through the session (added, answered, an answer
changed, a comment, the date and inspector, removed), and each value the store keeps as JSON (evidence
with fields the store added later and one it may add, recommendations, tallies, case counts, ratings
panel comments, the team) read as "field old → new", never as JSON."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone

from inspector.app.audit_view import AuditFilter, AuditTrail, ChangeKind, item_names
from inspector.app.audit_wording import word
from inspector.app.edits import InterviewEdit
from inspector.app.interviews_view import answered, current_form, new_interview
from inspector.app.session import Session
from inspector.content import Content
from inspector.inspection.model import Interview, InterviewAnswer
from tests.app.conftest import FakeClock

MONDAY = datetime(2030, 3, 4, 9, 15, tzinfo=UTC)
EVIDENCE = "evidence 3ad95355-1c2e-4d5f-8a9b-0c1d2e3f4a5b (1.2.1c)"


def compact(value: object) -> str:
    """As the store writes a record (store/records.py `_compact`)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def test_an_interview_reads_as_its_reference_and_each_answer(
    session: Session, content: Content, clock: FakeClock
) -> None:
    form = current_form(content.forms)
    assert form is not None
    first_new = len(session.audit())
    clock.now = MONDAY

    def save(before: Interview | None, after: Interview | None) -> Interview | None:
        session.apply(InterviewEdit(before, after))
        clock.advance(5)  # apart: each its own change, not one run of typing
        return after

    interview = save(None, replace(new_interview(content, session.inspection, MONDAY.date(), "jane"),
                                   date=MONDAY.date()))
    assert interview is not None
    reference = interview.reference
    interview = save(interview, answered(interview, form, "workload", InterviewAnswer.YES))
    assert interview is not None
    interview = save(interview, answered(interview, form, "workload", InterviewAnswer.NO))
    assert interview is not None
    interview = save(interview, answered(interview, form, "workload", None, "Caseload of 14"))
    assert interview is not None
    interview = save(interview, replace(interview, date=date(2030, 3, 5), inspector="Helen Marsh"))
    save(interview, None)

    trail = AuditTrail(item_names(content.framework), UTC)
    trail.update(session.audit())
    made = trail.matching(AuditFilter(kind=ChangeKind.INTERVIEWS))[:len(session.audit()) - first_new]
    assert {change.what for change in made} == {f"interview {reference}"}
    assert [change.change for change in reversed(made)] == [
        "added",
        "workload (no answer) \u2192 yes",
        "workload yes \u2192 no",
        "workload comment (not set) \u2192 \u201cCaseload of 14\u201d",
        "date 4 Mar 2030 \u2192 5 Mar 2030; inspector jane \u2192 Helen Marsh",
        "removed",
    ]
    added, removed = made[-1], made[0]
    assert added.detail.splitlines()[1:] == [
        "Added.", f"form: {form.id}", f"form version: {form.version}", "date: 4 Mar 2030", "inspector: jane",
        "Enter or a double click opens Interviews.",
    ]
    # What it held when it was removed, answers and comments included.
    assert "workload: no \u2014 \u201cCaseload of 14\u201d" in removed.detail.splitlines()
    assert trail.matching(AuditFilter("caseload"))[0] is removed  # found by the words shown


def test_evidence_changes_name_each_field_known_or_not() -> None:
    before = {"prompt_id": "1.2.1c", "text": "Minutes of the board", "source": "meeting", "reference": "",
              "recorded_by": "jane", "recorded_at": "2030-03-04T09:15:00+00:00", "tag": None}
    after = {**before, "tag": "strength", "also": ["1.2.1d", "1.3.1a"], "page": "4",
             "document_id": "0acf0f2d-70f2-5fea-8b93-9272da72d362", "colour": "amber"}  # one no store writes yet
    changed = word(EVIDENCE, compact(before), compact(after), UTC)
    assert changed.subject == "evidence on 1.2.1c"
    assert changed.summary == (
        "\u201cMinutes of the board\u201d: tag (not set) \u2192 strength; "
        "also supports (not set) \u2192 1.2.1d, 1.3.1a; "
        "page (not set) \u2192 4; document (not set) \u2192 0acf0f2d\u2026; colour (not set) \u2192 amber"
    )
    assert changed.lines[0] == "tag: (not set) \u2192 strength"
    # The text changed: no need to name it again before the change.
    typed = word(EVIDENCE, compact(before), compact({**before, "text": "Minutes of the management board"}), UTC)
    assert typed.summary == "text \u201cMinutes of the board\u201d \u2192 \u201cMinutes of the management board\u201d"
    # Recorded times in the laptop's zone; a long text cut short in the summary, whole in the detail.
    long_text = "The partnership board has met every quarter since 2023 and its minutes show it acts"
    east = word(EVIDENCE, None, compact({**before, "text": long_text}), timezone(timedelta(hours=1)))
    assert east.summary == "added \u201cThe partnership board has met every quarter since\u2026\u201d"
    assert f"text: {long_text}" in east.lines and "recorded at: 4 Mar 2030 10:15" in east.lines
    assert "reference: " not in "\n".join(east.lines)  # empty fields left out
    assert word(EVIDENCE, compact(before), None).summary == "removed \u201cMinutes of the board\u201d"


def test_the_other_records_the_store_keeps_as_json() -> None:
    recommendation = "recommendation d38cf12b-41f8-5a63-b225-3817ddf29fb4"
    to_yjs = compact({"text": "Act on disproportionality", "to": "YJS"})
    moved = word(recommendation, to_yjs, compact({"text": "Act on disproportionality", "to": "local authority"}))
    assert (moved.subject, moved.summary) == (
        "recommendation", "\u201cAct on disproportionality\u201d: to YJS \u2192 local authority")
    assert word(recommendation, None, to_yjs).summary == "added \u201cAct on disproportionality\u201d"
    tally = word("prompt 1.2.5e interview tally", compact({"percent": "72.5", "interviews": 8}),
                 compact({"percent": "70", "interviews": None}))
    assert (tally.summary, tally.lines) == (
        "72.5% of 8 interviews \u2192 70%", ("Old: 72.5% of 8 interviews", "New: 70%"))
    count = word("standard 2.1 case count: Reviewing", compact({"sufficient": 3, "cases": 4}), None)
    assert (count.subject, count.summary) == (
        "standard 2.1 case count: Reviewing", "3 of 4 sufficient \u2192 (removed)")
    comment = word("ratings panel comment on 1.2", None, compact(
        {"kind": "challenge", "text": "Why not Good?", "by": "jane", "at": "2030-03-05T14:40:00+00:00"}), UTC)
    assert (comment.subject, comment.summary) == ("ratings panel comment on 1.2", "added \u201cWhy not Good?\u201d")
    assert comment.lines == ("Added.", "kind: challenge", "text: Why not Good?", "by: jane", "at: 5 Mar 2030 14:40")
    team = word("inspection details: team", compact(["Helen Marsh"]), compact(["Helen Marsh", "Daniel Okafor"]))
    assert team.summary == "Helen Marsh \u2192 Helen Marsh, Daniel Okafor"


def test_plain_values_dates_and_labels_the_wording_does_not_know() -> None:
    assert word("prompt 1.1.1a sufficiency", None, "below").summary == "(not set) \u2192 below"
    assert word("prompt 1.1.1a sufficiency", "below", None).summary == "below \u2192 (removed)"
    assert word("inspection details: fieldwork start", "2030-03-04", "2030-03-11").summary == (
        "4 Mar 2030 \u2192 11 Mar 2030")
    rationale = word("standard 1.1 rationale", None, "Strong governance")
    assert rationale.summary == "(not set) \u2192 \u201cStrong governance\u201d"  # words quoted, the arrow plain
    rating = word("standard 2.3 rating from case data", "Good", "Requires improvement")
    assert rating.summary == "Good \u2192 Requires improvement"  # a choice, not words someone wrote
    assert rationale.lines == ("Old: (not set)", "New: Strong governance")
    # Text that only looks like JSON, or a date, is shown as typed.
    assert word("diversity: note", None, "[draft] {to check}").lines[1] == "New: [draft] {to check}"
    assert word("diversity: note", None, "2030-13-45").lines[1] == "New: 2030-13-45"
    # A record under a label this module does not know: its id cut short, its fields by name.
    unknown = word("register 0acf0f2d-70f2-5fea-8b93-9272da72d362", compact({"title": "Plan", "pages": 4}),
                   compact({"title": "Plan", "pages": 5}))
    assert (unknown.subject, unknown.summary) == ("register 0acf0f2d\u2026", "pages 4 \u2192 5")
