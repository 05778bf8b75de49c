"""The ratings panel's edits through a real session on a real file: every move between the states,
allowed and refused (nothing written when refused), the audit rows, undo and redo, the reason typed as
one undo step, challenges and comments, the locking of a rating with the panel, the navigator and the
page's view."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from inspector.app.edits import CaseCountEdit, CaseRatingEdit, EditRefused, ProposalEdit
from inspector.app.navigator import CASE_DATA, PANEL, node_statuses
from inspector.app.panel_edits import PanelCommentEdit, PanelDecisionEdit
from inspector.app.panel_view import Move, panel_detail, panel_view
from inspector.app.session import Session
from inspector.app.standard_view import standard_view
from inspector.content import Content
from inspector.errors import UserError
from inspector.framework.model import Rating
from inspector.inspection.model import OVERALL, CaseCount, CommentKind, PanelDecision, PanelState, StandardProposal
from tests.app.conftest import FakeClock, on_disk

GOOD, RI, OUTSTANDING = Rating.GOOD, Rating.REQUIRES_IMPROVEMENT, Rating.OUTSTANDING


def decision(session: Session, standard_id: str) -> PanelDecision:
    return session.inspection.panel_decision(standard_id)


def proposed(session: Session, standard_id: str) -> Rating | None:
    return session.evaluation.panel_standard(standard_id).proposed


def put(session: Session, standard_id: str) -> PanelDecisionEdit:
    edit = PanelDecisionEdit.put(decision(session, standard_id), proposed(session, standard_id))
    session.apply(edit)
    return edit


def agree(session: Session, standard_id: str, rating: Rating | None = None, reason: str = "") -> PanelDecisionEdit:
    edit = PanelDecisionEdit.agreed(decision(session, standard_id), proposed(session, standard_id), rating, reason)
    session.apply(edit)
    return edit


def refused(session: Session, edit: object, path: Path, content: Content) -> str:
    """Apply an edit the rules refuse; check nothing reached the file or the log, and give the message."""
    before, rows = on_disk(path, content), len(session.audit())
    with pytest.raises(EditRefused) as refusal:
        session.apply(edit)  # type: ignore[arg-type]
    assert on_disk(path, content) == before == session.inspection
    assert len(session.audit()) == rows
    return str(refusal.value)


def test_put_agree_and_reopen_reach_the_file_with_their_audit_rows(
    session: Session, demo_path: Path, content: Content, clock: FakeClock
) -> None:
    edit = put(session, "1.2")  # the demo proposes 'Requires improvement'
    assert edit.description == "Put 1.2 to the ratings panel"
    assert on_disk(demo_path, content).panel_decision("1.2") == PanelDecision("1.2", PanelState.PROPOSED)
    assert session.evaluation.panel_standard("1.2").locked

    clock.advance(5)
    edit = agree(session, "1.2")
    assert edit.description == "Agree 1.2 as 'Requires improvement'"
    assert on_disk(demo_path, content).panel_decision("1.2") == PanelDecision("1.2", PanelState.AGREED, RI)

    clock.advance(5)
    edit = PanelDecisionEdit.reopened(decision(session, "1.2"), RI, "  New evidence on supervision came in.  ")
    assert edit.description == "Reopen 1.2"
    session.apply(edit)
    assert on_disk(demo_path, content).panel_decision("1.2") == PanelDecision(
        "1.2", PanelState.PROPOSED, reason="New evidence on supervision came in.")  # the ends trimmed

    rows = [(r.what, r.old, r.new, r.reason, r.user) for r in session.audit() if r.what.startswith("ratings panel")]
    assert rows == [
        ("ratings panel 1.2 state", None, "proposed", "", "jane"),
        ("ratings panel 1.2 state", "proposed", "agreed", "", "jane"),
        ("ratings panel 1.2 agreed rating", None, "Requires improvement", "", "jane"),
        # The reason typed for the move stands beside each change it made.
        ("ratings panel 1.2 state", "agreed", "proposed", "New evidence on supervision came in.", "jane"),
        ("ratings panel 1.2 agreed rating", "Requires improvement", None, "New evidence on supervision came in.",
         "jane"),
        ("ratings panel 1.2 reason", None, "New evidence on supervision came in.",
         "New evidence on supervision came in.", "jane"),
    ]
    assert on_disk(demo_path, content) == session.inspection


def test_a_different_rating_is_agreed_only_with_a_reason(session: Session, demo_path: Path, content: Content) -> None:
    put(session, "2.4")  # the case counts give 'Requires improvement'
    without = PanelDecisionEdit.agreed(decision(session, "2.4"), RI, GOOD, "   ")
    assert without.description == "Agree 2.4 as 'Good' (proposed 'Requires improvement')"
    assert refused(session, without, demo_path, content) == (
        "Give a reason for agreeing 'Good' when 'Requires improvement' was proposed")
    agree(session, "2.4", GOOD, "The sample was small; practice seen on fieldwork was good.")
    saved = on_disk(demo_path, content).panel_decision("2.4")
    assert saved == PanelDecision(
        "2.4", PanelState.AGREED, GOOD, "The sample was small; practice seen on fieldwork was good.")
    standard = session.evaluation.panel_standard("2.4")
    assert standard.rating is GOOD and standard.agreed_otherwise
    # The agreed rating is the one the overall rating counts.
    assert dict(session.evaluation.overall.points)["2.4"] == content.rating_scheme.points[GOOD]

    # A change of the agreed rating needs a new reason; the old one will not do.
    same = PanelDecisionEdit.agreed(decision(session, "2.4"), RI, OUTSTANDING, saved.reason)
    assert refused(session, same, demo_path, content) == (
        "Give a reason for changing the agreed rating of 2.4 from 'Good' to 'Outstanding'")
    agree(session, "2.4", OUTSTANDING, "Re-read: the reviews were exemplary.")
    assert on_disk(demo_path, content).panel_decision("2.4").agreed is OUTSTANDING


def test_the_moves_the_rules_refuse_write_nothing(
    session: Session, demo_path: Path, content: Content
) -> None:
    # Draft straight to agreed: the panel agrees only what was put to it.
    assert refused(session, PanelDecisionEdit.agreed(decision(session, "1.1"), GOOD), demo_path, content) == (
        "1.1 is not proposed: the panel can agree only a proposed rating")
    # Nothing to put: 1.1's proposal cleared.
    session.apply(ProposalEdit(session.inspection.proposal("1.1"), StandardProposal("1.1", None, "")))
    assert refused(session, PanelDecisionEdit.put(decision(session, "1.1"), None), demo_path, content) == (
        "1.1 has no rating to put to the ratings panel")
    # A departure without its rationale: the demo's 1.4 departs from its default 'Requires improvement'.
    proposal = session.inspection.proposal("1.4")
    session.apply(ProposalEdit(proposal, replace(proposal, rationale="")))
    assert refused(session, PanelDecisionEdit.put(decision(session, "1.4"), GOOD), demo_path, content) == (
        "1.4 needs a rationale for its rating: type the rationale first")
    # Seed line 115: an 'Outstanding' 1.3 needs 'Outstanding' for 2.3 and 3.3; the panel is held to it too.
    put(session, "1.3")
    outstanding = PanelDecisionEdit.agreed(decision(session, "1.3"), GOOD, OUTSTANDING, "Strong partnerships.")
    assert refused(session, outstanding, demo_path, content) == (
        "'Outstanding' for 1.3 breaks a decision rule: the ratings panel cannot agree it")
    agree(session, "1.3")
    # Agreed: reopened only with a reason, and not withdrawn.
    assert refused(session, PanelDecisionEdit.reopened(decision(session, "1.3"), GOOD, " "), demo_path, content) == (
        "Give a reason for reopening 1.3")
    assert refused(session, PanelDecisionEdit.withdrawn(decision(session, "1.3"), GOOD), demo_path, content) == (
        "1.3 is agreed by the ratings panel: the panel must reopen it before it can be withdrawn")


def test_a_rating_with_the_panel_is_locked_until_withdrawn_or_reopened(
    session: Session, demo_path: Path, content: Content
) -> None:
    put(session, "1.1")
    proposal = session.inspection.proposal("1.1")
    change = ProposalEdit(proposal, replace(proposal, proposed=RI))
    assert refused(session, change, demo_path, content) == (
        "1.1 is with the ratings panel (proposed): withdraw it before changing its rating")
    # The rationale is the lead's words, not the rating: it may still be put better.
    session.apply(ProposalEdit(proposal, replace(proposal, rationale="Put better.")))
    assert on_disk(demo_path, content).proposal("1.1").rationale == "Put better."

    put(session, "2.1")
    agree(session, "2.1")
    assert refused(session, CaseRatingEdit(None, RI, "2.1"), demo_path, content) == (
        "2.1 is agreed by the ratings panel: the panel must reopen it before it can change")
    count = session.inspection.case_counts_for("2.1")[0]
    assert refused(session, CaseCountEdit(count, replace(count, sufficient=1)), demo_path, content).startswith(
        "2.1 is agreed by the ratings panel")
    assert refused(session, CaseCountEdit(None, CaseCount("2.1", "Reviewing", 1, 2)), demo_path, content).startswith(
        "2.1 is agreed")

    session.apply(PanelDecisionEdit.withdrawn(decision(session, "1.1"), GOOD))
    assert decision(session, "1.1") == PanelDecision("1.1")  # draft: the file keeps no record
    session.apply(change)
    assert on_disk(demo_path, content).proposal("1.1").proposed is RI
    # The standard page says why its rating buttons are off.
    view = standard_view(content, session.inspection, session.evaluation, "1.1")
    assert view.locked == "" and view.panel == ""
    put(session, "1.1")
    view = standard_view(content, session.inspection, session.evaluation, "1.1")
    assert view.locked.startswith("1.1 is with the ratings panel") and view.panel == "Ratings panel: Proposed"
    assert on_disk(demo_path, content) == session.inspection


def test_undo_puts_the_standard_back_and_says_so_in_the_log(
    session: Session, demo_path: Path, content: Content
) -> None:
    put(session, "1.2")
    agreement = agree(session, "1.2", GOOD, "Supervision has improved since the sample was taken.")
    session.undo(agreement)  # straight back to proposed: no reason for reopening is asked for an undo
    assert on_disk(demo_path, content).panel_decision("1.2") == PanelDecision("1.2", PanelState.PROPOSED)
    last = session.audit()[-1]
    assert last.reason == "undone: Agree 1.2 as 'Good' (proposed 'Requires improvement')"
    session.apply(agreement)  # redo
    assert on_disk(demo_path, content).panel_decision("1.2").agreed is GOOD
    session.undo(agreement)
    session.undo(PanelDecisionEdit.put(PanelDecision("1.2"), RI))
    assert on_disk(demo_path, content).panel == () == session.inspection.panel


def test_the_reason_typed_is_one_undo_step(session: Session, demo_path: Path, content: Content) -> None:
    put(session, "2.4")
    agreement = agree(session, "2.4", GOOD, "Small sample")
    first = PanelDecisionEdit(decision(session, "2.4"), replace(decision(session, "2.4"), reason="Small sample;"), RI)
    session.apply(first)
    second = PanelDecisionEdit(first.after, replace(first.after, reason="Small sample; good practice seen."), RI)
    session.apply(second)
    assert first.description == "Edit the ratings panel's reason for 2.4"
    merged = first.merged(second)
    assert merged is not None and merged.before.reason == "Small sample" and merged.after == second.after
    assert agreement.merged(first) is None  # the agreement stays a step of its own
    # Clearing the reason of a different agreed rating is refused: it needs one.
    cleared = PanelDecisionEdit(second.after, replace(second.after, reason=""), RI)
    assert refused(session, cleared, demo_path, content).startswith("Give a reason for agreeing 'Good'")
    session.undo(merged)
    assert on_disk(demo_path, content).panel_decision("2.4").reason == "Small sample"


def test_challenges_and_comments_are_added_and_only_their_author_deletes_them(
    session: Session, demo_path: Path, content: Content, clock: FakeClock
) -> None:
    challenge = PanelCommentEdit.added("1.2", CommentKind.CHALLENGE, " Is supervision really a decisive shortfall? ",
                                       session.user, clock())
    assert challenge.description == "Add a challenge to 1.2"
    session.apply(challenge)
    overall = PanelCommentEdit.added(OVERALL, CommentKind.COMMENT, "Diversity evidence is thin.", "jane", clock())
    assert overall.description == "Add a comment to the overall rating"
    session.apply(overall)
    saved = on_disk(demo_path, content).panel_comments
    assert [(c.standard_id, c.kind, c.text, c.by, c.at) for c in saved] == [
        ("1.2", CommentKind.CHALLENGE, "Is supervision really a decisive shortfall?", "jane", clock()),
        (OVERALL, CommentKind.COMMENT, "Diversity evidence is thin.", "jane", clock()),
    ]
    assert session.evaluation.overall.comments == saved[1:]
    assert [r.what for r in session.audit()[-2:]] == [
        "ratings panel comment on 1.2", "ratings panel comment on overall"]

    someone_elses = PanelCommentEdit.deleted(saved[0], "ann")
    assert refused(session, someone_elses, demo_path, content) == "This challenge is jane's: only they can delete it"
    deletion = PanelCommentEdit.deleted(saved[0], "jane")
    assert deletion.description == "Delete the challenge on 1.2"
    session.apply(deletion)
    assert on_disk(demo_path, content).panel_comments == saved[1:]
    session.undo(deletion)  # back, last: the store adds a comment at the end
    assert on_disk(demo_path, content).panel_comments == (saved[1], saved[0]) == session.inspection.panel_comments

    blank = PanelCommentEdit.added("1.2", CommentKind.COMMENT, "   ", "jane", clock())
    with pytest.raises(UserError, match="ratings panel comment text"):
        session.apply(blank)
    assert on_disk(demo_path, content).panel_comments == (saved[1], saved[0])


def test_the_navigator_shows_the_panel(session: Session, content: Content) -> None:
    def statuses():  # type: ignore[no-untyped-def]
        return node_statuses(content.framework, session.inspection, session.evaluation)

    assert statuses()[PANEL].state == "0 of 13 agreed" and statuses()[PANEL].to_do
    put(session, "1.1")
    put(session, "2.1")
    put(session, "2.2")
    agree(session, "2.1")
    assert statuses()["1.1"].state == "Good \u00b7 proposed"
    assert statuses()[CASE_DATA].state == "7 of 7 rated \u00b7 1 agreed \u00b7 1 proposed"
    assert statuses()[PANEL].state == "1 of 13 agreed"
    for standard in session.evaluation.panel:
        if standard.state is PanelState.DRAFT:
            put(session, standard.standard_id)
    assert statuses()[PANEL].progress == "12 proposed"
    for standard in session.evaluation.panel:
        if standard.state is PanelState.PROPOSED:
            agree(session, standard.standard_id, RI if standard.standard_id == "1.1" else None,
                  "The partnership board's grip is weaker than proposed." if standard.standard_id == "1.1" else "")
    assert statuses()["1.1"].state == "Requires improvement \u00b7 agreed"
    assert session.evaluation.overall.agreed
    assert statuses()[PANEL].state == "overall agreed: Good"  # 20 of 36 points with 1.1 agreed lower
    assert not statuses()[PANEL].to_do


def test_the_page_view_offers_the_moves_by_state_and_mode(session: Session, content: Content, clock: FakeClock) -> None:
    def detail(standard_id: str, panel_mode: bool):  # type: ignore[no-untyped-def]
        return panel_detail(content, session.inspection, session.evaluation, standard_id, "jane", panel_mode)

    assert detail("1.1", False).moves == (Move.PUT,) and detail("1.1", True).moves == ()
    put(session, "1.1")
    assert detail("1.1", False).moves == (Move.WITHDRAW,)
    assert detail("1.1", True).moves == (Move.AGREE, Move.AGREE_OTHER)
    assert detail("1.1", True).agree_text == "&Agree 'Good'"
    # The findings in the seed's wording, with its line.
    guidance = detail("1.1", True).findings[0]
    assert guidance.source_line == 105 and guidance.wording.startswith("DECISION GUIDANCE- A 'Good' rating requires")
    agree(session, "1.1", RI, "The board's grip on disproportionality is weak.")
    shown = detail("1.1", True)
    assert shown.moves == (Move.AGREE_OTHER, Move.REOPEN) and shown.reason_editable
    assert shown.panel_text == ("Agreed 'Requires improvement' (proposed 'Good'): "
                                "The board's grip on disproportionality is weak.")
    assert [f.source_line for f in shown.agreed_findings] == [107]  # the guidance on 'Requires improvement'
    assert detail("1.1", False).moves == () and not detail("1.1", False).reason_editable

    session.apply(PanelCommentEdit.added("1.1", CommentKind.CHALLENGE, "Why lower?", "ann", clock()))
    session.apply(PanelCommentEdit.added("1.1", CommentKind.COMMENT, "Agreed.", "jane", clock()))
    assert [(c.line.kind, c.own) for c in detail("1.1", True).comments] == [("Challenge", False), ("Comment", True)]

    view = panel_view(content, session.evaluation)
    first, last = view.rows[0], view.rows[-1]
    assert (first.standard_id, first.proposed, first.state, first.agreed, first.challenges, first.otherwise) == (
        "1.1", "Good", "agreed", "Requires improvement", 1, True)
    assert last.standard_id == OVERALL and last.state == "not agreed"
    assert view.progress == "1 of 13 agreed \u00b7 0 proposed \u00b7 12 in draft"
    assert view.headline == f"Overall rating: {session.evaluation.overall.rating.value} (not yet agreed)"
    overall = panel_detail(content, session.inspection, session.evaluation, OVERALL, "jane", True)
    assert overall.moves == () and overall.state_text.startswith("Not yet agreed: 12 of 13 ratings still to agree")


def test_the_page_view_says_what_is_at_odds_with_the_figures(session: Session, content: Content) -> None:
    def detail(standard_id: str):  # type: ignore[no-untyped-def]
        return panel_detail(content, session.inspection, session.evaluation, standard_id, "jane", True)

    # As the ratings-panel report lists them (rules/consistency.py): 1.1's share, the diversity finding
    # beside the overall rating; nothing for a standard whose figures agree.
    (share,) = detail("1.1").flags
    assert share.startswith("The share of positive responses, 81.8% (18 of 22 key questions and prompts), falls in "
                            "the 'Outstanding' column") and share.endswith("higher than the proposed 'Good'.")
    assert detail(OVERALL).flags == ("Practice on diversity is recorded as sufficient, but 13 of the 19 diversity "
                                     "prompts are below the line (6 above).",)
    assert detail("1.2").flags == () and detail("2.2").flags == ()
    session.apply(CaseRatingEdit(None, GOOD, "2.2"))
    (counts,) = detail("2.2").flags
    assert counts.startswith("The rating entered from the case inspection, 'Good', is higher than its case counts")
