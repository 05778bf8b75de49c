"""What the standard page shows, and the proposal edit: saved, undone, merged while typing, and refused
before anything is written when it breaks a decision rule."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from inspector.app.edits import EditRefused, ProposalEdit
from inspector.app.session import Session
from inspector.app.standard_view import StandardView, standard_view
from inspector.content import Content
from inspector.framework.model import RATING_ORDER, Rating
from inspector.inspection.model import Inspection, StandardProposal
from inspector.rules.evaluate import evaluate
from tests.app.conftest import on_disk


def _view(content: Content, inspection: Inspection, standard_id: str) -> StandardView:
    evaluation = evaluate(content.framework, content.rating_scheme, content.forms, inspection)
    return standard_view(content, inspection, evaluation, standard_id)


def _proposing(inspection: Inspection, proposal: StandardProposal) -> Inspection:
    others = tuple(p for p in inspection.proposals if p.standard_id != proposal.standard_id)
    return replace(inspection, proposals=(*others, proposal))


def test_the_share_against_the_table_and_the_guidance(content: Content, demo: Inspection) -> None:
    view = _view(content, demo, "1.1")
    assert view.default is Rating.GOOD and view.default_text == "Default rating: Good"
    assert view.default_reason == "Every key question answered 'yes'."
    assert view.share_text.startswith("18 of 22 key questions and prompts positive (81.8%")
    assert view.share_text.endswith("the share falls in the 'Outstanding' column.")
    columns = {c.rating: c for c in view.characteristics}
    assert tuple(columns) == RATING_ORDER
    assert columns[Rating.OUTSTANDING].share_falls_here and not columns[Rating.GOOD].share_falls_here
    assert "over 80 per cent" in columns[Rating.OUTSTANDING].table_cell
    assert [c.rating for c in view.characteristics if c.proposed] == [Rating.GOOD]
    assert columns[Rating.GOOD].summary == content.framework.standard("1.1").characteristic(Rating.GOOD).summary \
        .replace("*", "")
    assert columns[Rating.OUTSTANDING].decision.startswith("DECISION RULE")
    (finding,) = view.findings
    assert (finding.kind, finding.source_line, finding.permitted) == ("Decision guidance", 105, True)
    assert finding.place == "Introduction, Decision rules and decision guidance, Standard 1.1 Leadership, p. 3"
    assert view.characteristics_place == "Rating characteristics, 1.1 Governance and leadership, p. 108"
    assert finding.wording.startswith("DECISION GUIDANCE- A 'Good' rating requires that typically")
    assert finding.message.startswith("The proposed 'Good' for 1.1 meets the part of the decision guidance")
    assert view.permitted and not view.rationale_required and view.departure == ""


def test_a_departure_from_the_default_needs_a_rationale(content: Content, demo: Inspection) -> None:
    recorded = _view(content, demo, "1.4")
    assert recorded.default is Rating.REQUIRES_IMPROVEMENT and recorded.proposed is Rating.GOOD
    assert recorded.departure == ("The proposed 'Good' departs from the default 'Requires improvement'; "
                                  "the rationale is recorded.")
    assert not recorded.rationale_required
    without = _view(content, _proposing(demo, StandardProposal("1.4", Rating.GOOD)), "1.4")
    assert without.rationale_required
    assert without.departure == ("The proposed 'Good' for 1.4 needs a rationale: it departs from the default "
                                 "'Requires improvement'.")


def test_the_document_gives_3_4_no_default(content: Content, demo: Inspection) -> None:
    view = _view(content, _proposing(demo, StandardProposal("3.4", Rating.GOOD)), "3.4")
    assert view.default is None and view.default_text == "No default rating"
    assert view.default_reason == "The standards document gives no default."
    assert view.notes[0].startswith("The standards document gives 3.4 no standard-level judgement")
    assert not any(c.default for c in view.characteristics)
    assert view.rationale_required
    assert "the standards document gives this standard no default to follow" in view.departure


def test_a_default_waits_for_the_answers(content: Content, demo: Inspection) -> None:
    answers = tuple(a for a in demo.answers if a.key_question_id != "1.3.2")
    view = _view(content, replace(demo, answers=answers), "1.3")
    assert view.default is None and view.default_text == "No default rating yet"
    assert view.default_reason == "Not yet answered: 1.3.2."


def test_a_rule_breaking_proposal_is_not_permitted(content: Content, demo: Inspection) -> None:
    # 2.3 is 'Good' in the demo, so 1.3 'Outstanding' breaks seed line 115.
    view = _view(content, _proposing(demo, StandardProposal("1.3", Rating.OUTSTANDING, "why")), "1.3")
    (finding,) = view.findings
    assert finding.kind == "Decision rule" and finding.source_line == 115 and not finding.permitted
    assert finding.message.startswith("The proposed 'Outstanding' for 1.3 is not permitted")
    assert not view.permitted


def test_proposal_edit_descriptions_and_merging() -> None:
    none, good = StandardProposal("1.3"), StandardProposal("1.3", Rating.GOOD)
    assert ProposalEdit(none, good).description == "Propose 'Good' for 1.3"
    assert ProposalEdit(good, none).description == "Clear the proposed rating for 1.3"
    typed = replace(good, rationale="Strong")
    more = replace(good, rationale="Strong partnerships")
    assert ProposalEdit(good, typed).description == "Edit the rationale for 1.3"
    assert ProposalEdit(good, typed).merged(ProposalEdit(typed, more)) == ProposalEdit(good, more)
    assert ProposalEdit(none, good).merged(ProposalEdit(good, typed)) is None
    with pytest.raises(ValueError):
        ProposalEdit(none, StandardProposal("1.4"))


def test_a_proposal_is_saved_and_undone(session: Session, demo_path: Path, content: Content) -> None:
    before = session.inspection.proposal("1.4")
    edit = ProposalEdit(before, replace(before, proposed=Rating.REQUIRES_IMPROVEMENT))
    session.apply(edit)
    assert on_disk(demo_path, content).proposal("1.4").proposed is Rating.REQUIRES_IMPROVEMENT
    assert session.evaluation.standard("1.4").proposed is Rating.REQUIRES_IMPROVEMENT
    session.undo(edit)
    assert on_disk(demo_path, content).proposal("1.4") == before == session.inspection.proposal("1.4")
    cleared = ProposalEdit(before, StandardProposal("1.4"))
    session.apply(cleared)
    assert on_disk(demo_path, content).proposals == session.inspection.proposals
    assert all(p.standard_id != "1.4" for p in session.inspection.proposals)


def test_a_rule_breaking_proposal_is_refused_and_nothing_is_written(
    session: Session, demo_path: Path, content: Content
) -> None:
    before = session.inspection.proposal("1.3")
    with pytest.raises(EditRefused, match=re.escape("The proposed 'Outstanding' for 1.3 is not permitted")):
        session.apply(ProposalEdit(before, replace(before, proposed=Rating.OUTSTANDING)))
    assert on_disk(demo_path, content).proposal("1.3") == before == session.inspection.proposal("1.3")
    # A guidance departure is saved: 'Inadequate' needs 2.3 and 3.3 'Inadequate' or 'Requires improvement'.
    session.apply(ProposalEdit(before, StandardProposal("1.3", Rating.INADEQUATE)))
    assert on_disk(demo_path, content).proposal("1.3").proposed is Rating.INADEQUATE
    assert session.evaluation.standard("1.3").rationale_required


def test_only_a_change_of_rating_is_checked(content: Content, demo: Inspection) -> None:
    # A proposal the ratings no longer allow (here 1.3 'Outstanding' with 2.3 'Good') keeps its rationale
    # editable; choosing it again is refused.
    outstanding = StandardProposal("1.3", Rating.OUTSTANDING)
    overtaken = _proposing(demo, outstanding)
    evaluation = evaluate(content.framework, content.rating_scheme, content.forms, overtaken)
    assert ProposalEdit(outstanding, replace(outstanding, rationale="Exceptional")).refusal(evaluation) is None
    refusal = ProposalEdit(StandardProposal("1.3", Rating.GOOD), outstanding).refusal(evaluation)
    assert refusal is not None and refusal.startswith("The proposed 'Outstanding' for 1.3 is not permitted")
