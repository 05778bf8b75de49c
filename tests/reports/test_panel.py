"""The ratings panel in the reports: each rating's state (draft, proposed, agreed), a rating agreed other
than proposed with the panel's reason, the panel's challenges and comments, and the panel's decisions in
the audit of rating changes."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from inspector.framework.model import Rating
from inspector.inspection.model import OVERALL, CommentKind, Inspection, PanelComment, PanelDecision, PanelState
from inspector.reports import RatingStatus, ReportKind
from inspector.reports.audit_trail import rating_changes
from inspector.store import InspectionFile
from tests.reports.helpers import (
    CONTENT,
    DEMO,
    FRAMEWORK,
    after_heading,
    evaluation_of,
    facts,
    rendered,
    report_of,
    rows,
    table_after,
    texts,
)

REASON = "Supervision records show monthly sessions since June."
CHALLENGE = PanelComment("1.2", CommentKind.CHALLENGE, "Is 'Requires improvement' right given the new audit?",
                         "Ann Panel", datetime(2026, 11, 30, 14, 5, tzinfo=UTC))
REMARK = PanelComment(OVERALL, CommentKind.COMMENT, "Diversity practice discussed; no challenge.", "Bo Chair")


def _agreed(inspection: Inspection) -> Inspection:
    """Every rating agreed as put forward, but 1.2 agreed 'Good' (proposed 'Requires improvement')."""
    decisions = tuple(
        PanelDecision(p.standard_id, PanelState.AGREED, Rating.GOOD, REASON) if p.standard_id == "1.2"
        else PanelDecision(p.standard_id, PanelState.AGREED, p.proposed)
        for p in evaluation_of(inspection).panel
    )
    return replace(inspection, panel=decisions, panel_comments=(CHALLENGE, REMARK))


AGREED = _agreed(DEMO)
REPORT = report_of(AGREED)
PANEL = rendered(REPORT, ReportKind.PANEL)
DRAFT = rendered(REPORT, ReportKind.DRAFT)
OTHERWISE = f"Agreed 'Good' (proposed 'Requires improvement'): {REASON}"


def test_agreed_ratings_carry_their_status_and_the_panels_reason() -> None:
    assert REPORT.details.status is RatingStatus.AGREED
    assert REPORT.details.panel == "all 13 ratings agreed by the ratings panel"
    assert REPORT.overall.agreed and REPORT.overall.score == "22 of 36"  # 1.2 counts as agreed: 'Good'
    staff = next(r for r in REPORT.summary if r.id == "1.2")
    assert (staff.rating_shown, staff.status, staff.panel) == ("Good", RatingStatus.AGREED, OTHERWISE)
    assert {r.panel for r in REPORT.summary if r.id != "1.2"} == {"Agreed"}
    section = next(s for s in REPORT.standards if s.id == "1.2")
    assert (section.status, section.rating, section.panel) == (RatingStatus.AGREED, Rating.GOOD, OTHERWISE)
    assert section.rationale == DEMO.proposal("1.2").rationale  # the lead's, for the proposal


def test_the_panel_report_shows_agreed_ratings() -> None:
    summary = rows(table_after(PANEL, "Ratings summary"))
    staff = next(r for r in summary if r[0] == "1.2")
    assert (staff[2], staff[4]) == ("Good", OTHERWISE)
    assert summary[15][4] == "Agreed"  # the overall row
    table = facts(table_after(PANEL, f"1.2 {FRAMEWORK.standard('1.2').title}"))
    assert table["Agreed rating"] == "Good" and table["Ratings panel"] == OTHERWISE
    cover = facts(PANEL.tables[0])
    assert cover["Status of the ratings"] == "Agreed (all 13 ratings agreed by the ratings panel)"
    assert cover["Overall rating from the points"] == "Good (22 of 36), agreed by the ratings panel"
    assert "Overall rating: Good, agreed by the ratings panel" in texts(PANEL)


def test_the_panel_report_lists_the_challenges_and_comments() -> None:
    assert [(g.about, [c.text for c in g.comments]) for g in REPORT.panel_comments] == [
        ("Standard 1.2: Staff", [CHALLENGE.text]), ("The overall rating", [REMARK.text])]
    following = after_heading(PANEL, "Challenges and comments from the ratings panel")
    assert following[:5] == [
        "Standard 1.2: Staff", f"Challenge: {CHALLENGE.text}", "Ann Panel, 30 Nov 2026 14:05 UTC",
        "The overall rating", f"Comment: {REMARK.text}",
    ]
    assert following[5] == "Bo Chair"
    empty = rendered(report_of(DEMO), ReportKind.PANEL)
    assert after_heading(empty, "Challenges and comments from the ratings panel")[0] == (
        "No challenges or comments recorded.")


def test_the_draft_marks_only_ratings_not_yet_agreed() -> None:
    assert not any("not yet agreed" in t for t in texts(DRAFT))
    assert after_heading(DRAFT, "1.2. Staff")[0] == "Rating: Good"
    assert "all 13 ratings agreed by the ratings panel" in " ".join(texts(DRAFT))
    partly = replace(AGREED, panel=tuple(d for d in AGREED.panel if d.standard_id != "1.4"))
    draft = rendered(report_of(partly), ReportKind.DRAFT)
    assert after_heading(draft, "1.4. Information and facilities")[0] == "Rating: Good (not yet agreed)"
    assert after_heading(draft, "1.2. Staff")[0] == "Rating: Good"
    assert rows(table_after(draft, "Ratings"))[1] == ["Overall rating", "Good (not yet agreed)"]


def test_the_status_follows_the_panel() -> None:
    proposed = report_of(replace(DEMO, panel=(PanelDecision("1.2", PanelState.PROPOSED),
                                             PanelDecision("2.1", PanelState.AGREED, Rating.GOOD))))
    assert proposed.details.status is RatingStatus.PROPOSED
    assert proposed.details.panel == "1 of 13 ratings agreed by the ratings panel"
    assert [r.panel for r in proposed.summary[:5]] == ["Draft", "Proposed", "Draft", "Draft", "Agreed"]
    reopened = report_of(replace(DEMO, panel=(PanelDecision("1.2", PanelState.PROPOSED, reason="New audit"),)))
    assert next(s for s in reopened.standards if s.id == "1.2").panel == "Proposed (reopened: New audit)"
    no_cases = replace(DEMO, details=replace(DEMO.details, resettlement_cases_12_months=0))
    all_but_4_1 = replace(_agreed(no_cases), panel_comments=())
    report = report_of(all_but_4_1)
    assert report.details.status is RatingStatus.AGREED
    assert report.details.panel == "all 12 ratings agreed by the ratings panel"
    assert next(r for r in report.summary if r.id == "4.1").panel == "Not rated"


def test_the_panels_decisions_are_in_the_audit_of_rating_changes(tmp_path: Path) -> None:
    path = tmp_path / "Northmoor.yjsi"
    with InspectionFile.create(path, CONTENT.framework, DEMO.details, "lead", rating_scheme=CONTENT.rating_scheme) as f:
        f.replace_all(DEMO, "loaded")
        f.set_panel_decision(PanelDecision("1.2", PanelState.PROPOSED), reason="put to the panel")
        f.set_panel_decision(PanelDecision("1.2", PanelState.AGREED, Rating.GOOD, REASON), reason="panel meeting")
        f.add_panel_comment(CHALLENGE)
        log = f.audit()
    changes = [(a.what, a.old, a.new) for a in rating_changes(log) if a.what.startswith("ratings panel")]
    assert changes == [
        ("ratings panel 1.2 state", "draft", "proposed"),
        ("ratings panel 1.2 state", "proposed", "agreed"),
        ("ratings panel 1.2 agreed rating", "(not set)", "Good"),
        ("ratings panel 1.2 reason", "(not set)", REASON),
    ]
