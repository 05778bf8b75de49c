"""Team merge: new entries added, identical ones skipped, conflicts kept in both versions and reported."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from inspector.demo import load_demo
from inspector.errors import UserError
from inspector.exchange.apply import apply_merge, remove_merge
from inspector.exchange.merge import MEMBER_MARK, format_plan, merge
from inspector.framework.model import Rating
from inspector.inspection.model import (
    OVERALL,
    CommentKind,
    Document,
    DocumentKind,
    Evidence,
    EvidenceTag,
    Inspection,
    Interview,
    InterviewAnswer,
    InterviewResponse,
    PanelComment,
    PanelDecision,
    PanelState,
    SourceKind,
)
from inspector.store import InspectionFile
from tests.exchange.strategies import CONTENT

DEMO = load_demo(CONTENT)
NEW_EVIDENCE = Evidence("1.2.1a", "Two further vacancies were advertised on 5 March.", SourceKind.DOCUMENT,
                        "Recruitment tracker", "Priya Raman", tag=EvidenceTag.AREA_FOR_IMPROVEMENT)
NEW_INTERVIEW = Interview("CM-25", "case-manager-interview", "1", date(2025, 2, 28), "Priya Raman",
                          (("workload", InterviewResponse(InterviewAnswer.NO, "Sixteen cases.")),))


def _member() -> Inspection:
    """The lead's inspection as a team member returns it: one interview and one evidence item added,
    one evidence item's text and tag changed, one interview's answer changed."""
    changed_evidence = replace(DEMO.evidence[3], text="Health attended four of eight meetings.", tag=None)
    first = DEMO.interviews[0]
    changed_interview = replace(first, responses=((first.responses[0][0], InterviewResponse(InterviewAnswer.NO)),
                                                  *first.responses[1:]))
    evidence = tuple(changed_evidence if e.id == changed_evidence.id else e for e in DEMO.evidence)
    interviews = (changed_interview, *DEMO.interviews[1:])
    return replace(DEMO, evidence=(*evidence, NEW_EVIDENCE), interviews=(*interviews, NEW_INTERVIEW))


def test_new_entries_are_added_and_identical_ones_skipped() -> None:
    plan = merge(DEMO, _member())
    assert plan.added_evidence == (NEW_EVIDENCE,)
    assert plan.added_interviews == (NEW_INTERVIEW,)
    assert len(plan.skipped_evidence) == len(DEMO.evidence) - 1
    assert len(plan.skipped_interviews) == len(DEMO.interviews) - 1


def test_a_conflict_keeps_both_versions_and_says_what_differs() -> None:
    plan = merge(DEMO, _member())
    by_kind = {c.kind: c for c in plan.conflicts}
    assert set(by_kind) == {"evidence", "interview"}
    evidence = by_kind["evidence"]
    assert evidence.lead == DEMO.evidence[3]
    assert evidence.differences == ("text", "tag")
    assert evidence.copy.id not in {e.id for e in DEMO.evidence}
    assert evidence.copy.reference == DEMO.evidence[3].reference + MEMBER_MARK
    assert replace(evidence.copy, id=evidence.member.id, reference=evidence.member.reference) == evidence.member
    interview = by_kind["interview"]
    assert interview.differences == (f"responses to {DEMO.interviews[0].responses[0][0]}",)
    assert interview.copy.reference == "CM-01" + MEMBER_MARK
    assert evidence.copy in plan.evidence_to_add and interview.copy in plan.interviews_to_add
    summary = format_plan(plan)
    assert "interviews: 1 added, 23 already there (skipped), 1 in conflict" in summary
    assert f"evidence {DEMO.evidence[3].prompt_id} '{DEMO.evidence[3].reference}' (id {DEMO.evidence[3].id}): " \
           f"differs in text; tag; member's version added as id {evidence.copy.id}" in summary


def test_merging_the_same_member_again_changes_nothing() -> None:
    member = _member()
    plan = merge(DEMO, member)
    merged = replace(DEMO, evidence=DEMO.evidence + plan.evidence_to_add,
                     interviews=DEMO.interviews + plan.interviews_to_add)
    again = merge(merged, member)
    assert again.conflicts == () and again.added_evidence == () and again.added_interviews == ()
    assert len(again.skipped_evidence) == len(member.evidence)


def test_a_member_who_changes_the_same_entry_again_gives_a_second_copy() -> None:
    member = _member()
    plan = merge(DEMO, member)
    merged = replace(DEMO, evidence=DEMO.evidence + plan.evidence_to_add)
    edited_again = replace(member, evidence=tuple(
        replace(e, text="Health attended five of eight meetings.") if e.id == DEMO.evidence[3].id else e
        for e in member.evidence))
    second = merge(merged, edited_again)
    (conflict,) = [c for c in second.conflicts if c.kind == "evidence"]
    assert conflict.copy.id not in {e.id for e in merged.evidence}


@pytest.mark.parametrize(("change", "message"), [
    pytest.param(lambda i: replace(i, framework_version="v3.3"), "uses framework", id="other-framework"),
    pytest.param(lambda i: replace(i, details=replace(i.details, id="00000000-0000-4000-8000-000000000000")),
                 "is a different inspection", id="other-inspection"),
])
def test_files_that_cannot_be_merged_are_refused(change, message: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UserError, match=message):
        merge(DEMO, change(DEMO))


def test_applying_a_plan_writes_audited_additions_only(tmp_path: Path) -> None:
    path = tmp_path / "lead.yjsi"
    with InspectionFile.create(path, CONTENT.framework, DEMO.details, "lead", rating_scheme=CONTENT.rating_scheme) as f:
        f.replace_all(DEMO, "loaded")
        before = len(f.audit())
        plan = merge(f.snapshot(), _member())
        apply_merge(f, plan, "merged from member.json")
        after = f.snapshot()
        new_rows = f.audit()[before:]
    assert {e.id for e in after.evidence} == {e.id for e in DEMO.evidence} | {e.id for e in plan.evidence_to_add}
    assert set(after.interviews) == set(DEMO.interviews) | set(plan.interviews_to_add)
    assert set(DEMO.evidence) <= set(after.evidence)  # the lead's versions are untouched
    assert len(new_rows) == 4 and {r.reason for r in new_rows} == {"merged from member.json"}
    assert all(r.old is None for r in new_rows)


def test_removing_a_plan_takes_back_exactly_what_it_added(tmp_path: Path) -> None:
    path = tmp_path / "lead.yjsi"
    document = Document("Recruitment tracker", DocumentKind.OTHER, id="6a1d2c3e-0000-4000-8000-00000000000d")
    citing = replace(NEW_EVIDENCE, id="6a1d2c3e-0000-4000-8000-00000000000e", document_id=document.id, page="4")
    member = replace(_member(), documents=(*DEMO.documents, document), evidence=(*_member().evidence, citing),
                     panel_comments=(MEMBER_COMMENT,))
    with InspectionFile.create(path, CONTENT.framework, DEMO.details, "lead", rating_scheme=CONTENT.rating_scheme) as f:
        f.replace_all(DEMO, "loaded")
        plan = merge(f.snapshot(), member)
        apply_merge(f, plan, "merged from member.json")
        before = len(f.audit())
        remove_merge(f, plan, "undone: merged from member.json")  # the citing evidence goes before its document
        assert f.snapshot() == DEMO
        rows = f.audit()[before:]
    assert len(rows) == 7 and {r.reason for r in rows} == {"undone: merged from member.json"}
    assert all(r.new is None for r in rows)


LEAD_CHALLENGE = PanelComment("1.2", CommentKind.CHALLENGE, "Is supervision regular?", "Ann Panel",
                              id="6a1d2c3e-0000-4000-8000-000000000001")
MEMBER_COMMENT = PanelComment(OVERALL, CommentKind.COMMENT, "Diversity discussed at length.", "Bo Chair",
                              id="6a1d2c3e-0000-4000-8000-000000000002")


def test_panel_comments_merge_by_id_and_decisions_stay_the_leads(tmp_path: Path) -> None:
    lead = replace(DEMO, panel=(PanelDecision("1.2", PanelState.PROPOSED),), panel_comments=(LEAD_CHALLENGE,))
    edited = replace(LEAD_CHALLENGE, text="Is supervision regular and recorded?")
    member = replace(DEMO, panel=(PanelDecision("1.2", PanelState.AGREED, Rating.GOOD),),
                     panel_comments=(edited, MEMBER_COMMENT))
    plan = merge(lead, member)
    assert plan.added_comments == (MEMBER_COMMENT,) and plan.skipped_comments == ()
    (conflict,) = plan.conflicts
    assert (conflict.kind, conflict.lead, conflict.differences) == ("ratings panel comment", LEAD_CHALLENGE, ("text",))
    assert conflict.copy.text == edited.text + MEMBER_MARK and conflict.copy.id != edited.id
    assert plan.comments_to_add == (MEMBER_COMMENT, conflict.copy)
    summary = format_plan(plan)
    assert "ratings panel comments: 1 added, 0 already there (skipped), 1 in conflict" in summary
    assert (f"ratings panel challenge on 1.2 'Is supervision regular?' (id {LEAD_CHALLENGE.id}): differs in text; "
            f"member's version added as id {conflict.copy.id}") in summary

    path = tmp_path / "lead.yjsi"
    with InspectionFile.create(path, CONTENT.framework, DEMO.details, "lead", rating_scheme=CONTENT.rating_scheme) as f:
        f.replace_all(lead, "loaded")
        apply_merge(f, plan, "merged from member.json")
        after = f.snapshot()
    assert after.panel == lead.panel  # the member's decision is not merged
    assert after.panel_comments == (LEAD_CHALLENGE, MEMBER_COMMENT, conflict.copy)
    again = merge(after, member)
    assert again.conflicts == () and again.added_comments == () and len(again.skipped_comments) == 2


def test_the_summary_names_what_the_member_holds_that_was_not_merged() -> None:
    judged = [j for j in DEMO.judgements if j.sufficiency is not None][:3]
    flipped = {j.prompt_id: replace(j, decisive=not j.decisive) for j in judged}
    member = replace(
        DEMO,
        details=replace(DEMO.details, team=("Priya Raman",), notes="Fieldwork ended early."),
        judgements=tuple(flipped.get(j.prompt_id, j) for j in DEMO.judgements),
        answers=DEMO.answers[1:],  # the member has not answered the first key question
        proposals=tuple(replace(p, rationale="More to say.") if n == 0 else p for n, p in enumerate(DEMO.proposals)),
        panel=(PanelDecision("1.2", PanelState.PROPOSED),),
    )
    plan = merge(DEMO, member)
    assert {n.kind: n.which for n in plan.not_merged} == {
        "details": ("team", "notes"),
        "judgements": tuple(flipped),
        "key question answers": (DEMO.answers[0].key_question_id,),
        "proposals": (DEMO.proposals[0].standard_id,),
        "panel decisions": ("1.2",),
    }
    summary = format_plan(plan)
    assert f"3 judgements differ from yours: {', '.join(flipped)} — judgements stay the lead's" in summary
    assert (f"1 key question answer differs from yours: {DEMO.answers[0].key_question_id} — key question answers "
            "stay the lead's") in summary
    assert "the inspection details differ from yours in team, notes — they stay the lead's" in summary
    assert "1 ratings panel decision differs from yours: 1.2 — ratings panel decisions stay the lead's" in summary
    assert merge(DEMO, DEMO).not_merged == ()


def test_a_long_list_of_differences_is_shortened() -> None:
    member = replace(DEMO, judgements=(), tallies=(), case_ratings=(), case_counts=(),
                     diversity=replace(DEMO.diversity, sufficient=None))
    plan = merge(DEMO, member)
    kinds = {n.kind: n.which for n in plan.not_merged}
    assert len(kinds["judgements"]) == len(DEMO.judgements) > 8
    assert kinds["diversity"] == ("sufficient",)
    assert set(kinds["case data"]) == {s for s, _ in DEMO.case_ratings} | {c.standard_id for c in DEMO.case_counts}
    summary = format_plan(plan)
    first = ", ".join(j.prompt_id for j in DEMO.judgements[:8])
    assert f"{len(DEMO.judgements)} judgements differ from yours: {first}, … — judgements stay the lead's" in summary
    assert "the diversity finding differs from yours in sufficient — it stays the lead's" in summary


def test_a_merge_failing_on_its_second_item_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "lead.yjsi"
    with InspectionFile.create(path, CONTENT.framework, DEMO.details, "lead", rating_scheme=CONTENT.rating_scheme) as f:
        f.replace_all(DEMO, "loaded")
    InspectionFile.open(path, CONTENT.framework, "lead", rating_scheme=CONTENT.rating_scheme).close()  # its backup
    before = path.read_bytes()
    backups_before = sorted(p.name for p in (tmp_path / "lead.yjsi.backups").iterdir())
    add = InspectionFile.add_evidence
    calls: list[str] = []

    def second_fails(self: InspectionFile, evidence: Evidence, reason: str = "") -> None:
        calls.append(evidence.id)
        if len(calls) == 2:
            raise UserError("refused for the test")
        add(self, evidence, reason)

    monkeypatch.setattr(InspectionFile, "add_evidence", second_fails)
    with InspectionFile.open(path, CONTENT.framework, "lead", rating_scheme=CONTENT.rating_scheme) as f:
        plan = merge(f.snapshot(), _member())
        assert len(plan.interviews_to_add) == 2 and len(plan.evidence_to_add) == 2
        with pytest.raises(UserError, match="refused for the test"):
            apply_merge(f, plan, "merged from member.json")
        assert f.snapshot() == DEMO  # the two interviews and the first evidence item went too
    assert path.read_bytes() == before
    assert sorted(p.name for p in (tmp_path / "lead.yjsi.backups").iterdir()) == backups_before


def test_the_first_backup_after_a_merge_holds_what_it_brought_in(tmp_path: Path) -> None:
    path = tmp_path / "lead.yjsi"
    with InspectionFile.create(path, CONTENT.framework, DEMO.details, "lead", rating_scheme=CONTENT.rating_scheme) as f:
        f.replace_all(DEMO, "loaded")
        apply_merge(f, merge(f.snapshot(), _member()), "merged from member.json")
        merged = f.snapshot()
    # All in the same second: the newest is the one of the most edits.
    newest = max((tmp_path / "lead.yjsi.backups").iterdir(), key=lambda b: int(b.stem.rsplit(" ", 1)[1]))
    with InspectionFile.open(newest, CONTENT.framework, "lead", read_only=True,
                             rating_scheme=CONTENT.rating_scheme) as backup:
        assert backup.snapshot() == merged
