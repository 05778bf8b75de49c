"""The ratings panel's records in the inspection file: decisions and comments saved with their audit
rows, read back in order, and a file of format 1 (before the panel) upgraded with its data kept."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from inspector.framework.model import Rating
from inspector.inspection.model import OVERALL, CommentKind, PanelComment, PanelDecision, PanelState
from inspector.store import InspectionFile
from tests.store.conftest import FakeClock

AGREED_OTHERWISE = PanelDecision("2.2", PanelState.AGREED, Rating.REQUIRES_IMPROVEMENT, "Two of five plans reviewed")
CHALLENGE = PanelComment("1.2", CommentKind.CHALLENGE, "Is 'Good' borne out by the supervision audit?", "Ann Panel",
                         datetime(2026, 11, 30, 14, 5, tzinfo=UTC), id="comment-1")
REMARK = PanelComment(OVERALL, CommentKind.COMMENT, "Diversity practice discussed at length.", "Bo Chair",
                      id="comment-2")


def test_decisions_read_back_in_scheme_order_and_draft_removes_the_record(filled: InspectionFile) -> None:
    filled.set_panel_decision(PanelDecision("4.1", PanelState.PROPOSED))
    filled.set_panel_decision(AGREED_OTHERWISE)
    filled.set_panel_decision(PanelDecision("1.1", PanelState.AGREED, Rating.GOOD))
    snapshot = filled.snapshot()
    assert [d.standard_id for d in snapshot.panel] == ["1.1", "2.2", "4.1"]
    assert snapshot.panel_decision("2.2") == AGREED_OTHERWISE
    assert snapshot.panel_decision("3.4") == PanelDecision("3.4")  # no record: draft

    filled.set_panel_decision(PanelDecision("4.1"))  # withdrawn: back to draft
    assert [d.standard_id for d in filled.snapshot().panel] == ["1.1", "2.2"]
    rows = filled._db.execute("SELECT standard_id, state, agreed, reason FROM panel_decisions ORDER BY 1").fetchall()
    assert rows == [("1.1", "agreed", "Good", ""), ("2.2", "agreed", "Requires improvement", AGREED_OTHERWISE.reason)]


def test_every_panel_change_has_its_audit_rows(filled: InspectionFile, clock: FakeClock) -> None:
    start = len(filled.audit())
    filled.set_panel_decision(PanelDecision("2.2", PanelState.PROPOSED), reason="put to the panel")
    clock.advance(5)
    filled.set_panel_decision(AGREED_OTHERWISE, reason="panel meeting")
    filled.set_panel_decision(PanelDecision("2.2", PanelState.PROPOSED, reason="New case data"), reason="reopened")
    rows = [(e.what, e.old, e.new, e.reason) for e in filled.audit()[start:]]
    assert rows == [
        ("ratings panel 2.2 state", None, "proposed", "put to the panel"),
        ("ratings panel 2.2 state", "proposed", "agreed", "panel meeting"),
        ("ratings panel 2.2 agreed rating", None, "Requires improvement", "panel meeting"),
        ("ratings panel 2.2 reason", None, "Two of five plans reviewed", "panel meeting"),
        ("ratings panel 2.2 state", "agreed", "proposed", "reopened"),
        ("ratings panel 2.2 agreed rating", "Requires improvement", None, "reopened"),
        ("ratings panel 2.2 reason", "Two of five plans reviewed", "New case data", "reopened"),
    ]
    assert filled.audit()[start + 1].at == clock.now


def test_comments_keep_their_order_and_are_audited_when_added_and_deleted(filled: InspectionFile) -> None:
    start = len(filled.audit())
    filled.add_panel_comment(CHALLENGE)
    filled.add_panel_comment(REMARK)
    assert filled.snapshot().panel_comments == (CHALLENGE, REMARK)
    assert filled.snapshot().panel_comments_on("1.2") == (CHALLENGE,)
    filled.delete_panel_comment(CHALLENGE.id, reason="answered at the meeting")
    assert filled.snapshot().panel_comments == (REMARK,)
    rows = [(e.what, e.old, e.new, e.reason) for e in filled.audit()[start:]]
    recorded = ('{"kind":"challenge","text":"Is \'Good\' borne out by the supervision audit?","by":"Ann Panel",'
                '"at":"2026-11-30T14:05:00+00:00"}')
    assert rows == [
        ("ratings panel comment on 1.2", None, recorded, ""),
        ("ratings panel comment on overall", None,
         '{"kind":"comment","text":"Diversity practice discussed at length.","by":"Bo Chair","at":null}', ""),
        ("ratings panel comment on 1.2", recorded, None, "answered at the meeting"),
    ]


def test_a_comment_cannot_be_added_twice(filled: InspectionFile) -> None:
    filled.add_panel_comment(CHALLENGE)
    with pytest.raises(Exception, match="ratings panel comment id: 'comment-1' is already recorded"):
        filled.add_panel_comment(replace(CHALLENGE, text="Another text"))
    assert filled.snapshot().panel_comments == (CHALLENGE,)


def test_replace_all_writes_and_audits_the_panel(filled: InspectionFile) -> None:
    start = len(filled.audit())
    imported = replace(filled.snapshot(), panel=(AGREED_OTHERWISE,), panel_comments=(CHALLENGE, REMARK))
    filled.replace_all(imported, "imported")
    assert filled.snapshot() == imported
    whats = [e.what for e in filled.audit()[start:]]
    assert whats == ["ratings panel 2.2 state", "ratings panel 2.2 agreed rating", "ratings panel 2.2 reason",
                     "ratings panel comment on 1.2", "ratings panel comment on overall"]
