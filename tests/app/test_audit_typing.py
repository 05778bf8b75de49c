"""Text saved as it is typed is one change on the audit trail page: one field, one person, one reason,
each save within a minute of the one before, read as the first save's old value → the last's new one.
Every save is still in the file's log and listed when asked for."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from inspector.app.audit_view import AuditFilter, AuditTrail, item_names
from inspector.app.edits import AnswerEdit, JudgementEdit
from inspector.app.session import Session
from inspector.content import Content
from inspector.inspection.model import PromptJudgement, Sufficiency
from inspector.store import AuditEntry, InspectionFile
from tests.app.conftest import FakeClock

MONDAY = datetime(2030, 3, 4, 9, 15, tzinfo=UTC)


def type_rationale(session: Session, clock: FakeClock, *texts: str, seconds: float = 10) -> None:
    """Key question 1.3.2's rationale saved after each text, `seconds` apart, as the page saves typing."""
    for text in texts:
        answer = session.inspection.answer("1.3.2")
        session.apply(AnswerEdit(answer, replace(answer, rationale=text)))
        clock.now += timedelta(seconds=seconds)


def trail_of(session: Session) -> AuditTrail:
    trail = AuditTrail(item_names(session.content.framework), UTC)
    trail.update(session.audit())
    return trail


def test_saves_while_typing_are_one_change_and_every_save_lists_each(
    session: Session, content: Content, clock: FakeClock, demo_path: Path
) -> None:
    clock.now = MONDAY
    assert session.inspection.answer("1.3.2").rationale == ""  # the demo gives none: not set
    type_rationale(session, clock, "Part", "Partership", "Partnership gaps")  # a typo on the way
    trail = trail_of(session)
    (typed,) = trail.matching(AuditFilter("1.3.2 rationale", user="jane"))
    assert typed.saves == 3 and typed.first.old is None and typed.last.new == "Partnership gaps"
    assert typed.change == "(not set) \u2192 \u201cPartnership gaps\u201d"
    assert typed.wording.lines == ("Old: (not set)", "New: Partnership gaps")
    assert typed.when == "4 Mar 2030 09:15"  # the last save's time
    assert "Typed in 3 saves at 09:15; tick Every save to see each." in typed.detail.splitlines()
    # Found by the words it ends with, not by those typed on the way.
    assert trail.matching(AuditFilter("partership", user="jane")) == []
    every = trail.matching(AuditFilter("1.3.2 rationale", user="jane"), every_save=True)
    assert [row.last.new for row in every] == ["Partnership gaps", "Partership", "Part"]
    assert trail.matching(AuditFilter("partership", user="jane"), every_save=True) == every[:2]  # new, then old
    assert trail.total == trail.listed(every_save=True) == trail.listed(every_save=False) + 2
    assert trail.count_text(1) == f"1 of {trail.listed(every_save=False):,} changes"
    assert trail.count_text(trail.total, every_save=True) == f"{trail.total:,} changes"
    with InspectionFile.open(demo_path, content.framework, "reader", read_only=True,
                             rating_scheme=content.rating_scheme) as reader:
        assert [e.new for e in reader.audit()[-3:]] == ["Part", "Partership", "Partnership gaps"]  # all kept


def test_a_pause_another_field_or_a_later_read_keep_the_runs_right(
    session: Session, clock: FakeClock
) -> None:
    clock.now = MONDAY
    type_rationale(session, clock, "Part", seconds=61)  # more than a minute: the next is a new change
    type_rationale(session, clock, "Partner")
    trail = trail_of(session)  # read now: the run goes on as the log grows
    type_rationale(session, clock, "Partnership")
    session.apply(JudgementEdit(session.inspection.judgement("1.1.1a"), PromptJudgement("1.1.1a", Sufficiency.BELOW)))
    type_rationale(session, clock, "Partnership gaps")  # after another field: a change of its own
    assert trail.update(session.audit())
    shown = [(c.what, c.first.old, c.last.new, c.saves) for c in trail.matching(AuditFilter(user="jane"))]
    assert shown == [
        ("key question 1.3.2 rationale", "Partnership", "Partnership gaps", 1),
        ("prompt 1.1.1a sufficiency", "above", "below", 1),
        ("key question 1.3.2 rationale", "Part", "Partnership", 2),
        ("key question 1.3.2 rationale", None, "Part", 1),
    ]


def entry(number: int, user: str = "jane", seconds: float = 0, reason: str = "", old: str | None = None,
          new: str = "") -> AuditEntry:
    return AuditEntry(number, MONDAY + timedelta(seconds=seconds), user, "standard 1.1 rationale",
                      old if old is not None else "x" * (number - 1), new or "x" * number, reason)


def test_another_person_reason_or_value_and_a_value_cleared_or_set_start_a_new_change() -> None:
    trail = AuditTrail({})
    trail.update([
        entry(1), entry(2, seconds=5),  # one run
        entry(3, user="helen", seconds=10),  # another person
        entry(4, user="helen", seconds=15, reason="panel asked"),  # another reason
        entry(5, user="helen", seconds=20, reason="panel asked", old="something else"),  # not from the last value
        entry(6, user="helen", seconds=10, reason="panel asked", old="xxxxx"),  # earlier than the last (clock moved)
        entry(7, user="helen", seconds=11, reason="panel asked", old="xxxxxx", new="y"),
        AuditEntry(8, MONDAY + timedelta(seconds=12), "helen", "standard 1.1 rationale", "y", None, "panel asked"),
        AuditEntry(9, MONDAY + timedelta(seconds=13), "helen", "standard 1.1 rationale", None, "z", "panel asked"),
    ])
    # Cleared (8) and set again (9): each a change of its own, never run into the typing before it.
    assert [(c.first.id, c.last.id) for c in reversed(trail.matching(AuditFilter()))] == [
        (1, 2), (3, 3), (4, 4), (5, 5), (6, 7), (8, 8), (9, 9)]
