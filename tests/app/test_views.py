"""What the prompt and key question pages show, worked out from the demo inspection."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal

from inspector.app.key_question_view import key_question_view
from inspector.app.prompt_view import evidence_rows, prompt_view, recorded
from inspector.content import Content
from inspector.inspection.model import (
    Answer,
    Document,
    DocumentKind,
    Evidence,
    Inspection,
    KeyQuestionAnswer,
    PromptJudgement,
    SourceKind,
    Sufficiency,
    TalliedPercentage,
)
from inspector.rules.evaluate import evaluate


def _prompt(content: Content, inspection: Inspection, prompt_id: str):  # type: ignore[no-untyped-def]
    evaluation = evaluate(content.framework, content.rating_scheme, content.forms, inspection)
    return prompt_view(content, inspection, evaluation, prompt_id)


def _key_question(content: Content, inspection: Inspection, kq_id: str):  # type: ignore[no-untyped-def]
    evaluation = evaluate(content.framework, content.rating_scheme, content.forms, inspection)
    return key_question_view(content, inspection, evaluation, kq_id)


def test_a_prompt_with_interviews(content: Content, demo: Inspection) -> None:
    view = _prompt(content, demo, "1.2.1c")
    assert view.heading == "1.2.1c"
    assert view.text == content.framework.prompt("1.2.1c").text
    assert view.standard == "1.2 Staff" and view.key_question.startswith("1.2.1 Do staffing")
    assert view.judgement == PromptJudgement("1.2.1c", Sufficiency.ABOVE)
    assert not view.decisive_allowed
    assert view.balance == ("Key question 1.2.1: 2 above the line, 3 below, 0 not yet judged; "
                            "suggested answer: no")
    interview = view.interview
    assert interview is not None
    assert interview.headline == "17 of 24 answers 'yes' (70.8%)"
    assert interview.band == "Reasonable majority"
    assert not interview.below_threshold and interview.flag == ""
    assert interview.by_question == ("17 of 24 'yes': " + content.forms.get("case-manager-interview", "1")
                                     .question("workload").text,)  # type: ignore[union-attr]
    assert "65 per cent" in interview.wording


def test_the_65_per_cent_flag(content: Content, demo: Inspection) -> None:
    interview = _prompt(content, demo, "1.2.3a").interview
    assert interview is not None
    # Supervision: 15 + 14 + 13 'yes' of 72 answers to the three questions pooled (seed lines 888 and 892).
    assert interview.below_threshold
    assert interview.flag.startswith("Below 65%: ")
    assert _prompt(content, demo, "1.2.3a").decisive_allowed


def test_a_tallied_result_on_a_band_boundary(content: Content, demo: Inspection) -> None:
    tally = _prompt(content, demo, "1.2.5e").interview
    assert tally is not None and tally.headline == "83.3% responding positively, tallied on paper from 6 interviews"
    # Exactly 80 per cent: the higher band, as framework.yaml reads the boundaries (no longer in no band).
    boundary = replace(demo, tallies=(TalliedPercentage("1.2.5e", Decimal("80"), 10),))
    boundary_view = _prompt(content, boundary, "1.2.5e").interview
    assert boundary_view is not None
    assert boundary_view.band == "Large majority" and boundary_view.notes == ()


def test_a_prompt_without_interviews_and_a_note(content: Content, demo: Inspection) -> None:
    marked = replace(demo, judgements=tuple(
        PromptJudgement("1.1.1a", Sufficiency.ABOVE, True) if j.prompt_id == "1.1.1a" else j for j in demo.judgements))
    view = _prompt(content, marked, "1.1.1a")
    assert view.interview is None
    assert view.notes == ("1.1.1a is marked as a decisive shortfall but is not judged below the line; "
                          "the mark is not applied.",)


def test_evidence_in_the_order_recorded(content: Content, demo: Inspection) -> None:
    rows = _prompt(content, demo, "1.2.1a").evidence
    assert [r.tag for r in rows] == ["Area for improvement", ""]
    assert [r.source for r in rows] == ["Case data", "Case data"]
    assert rows[0].recorded.startswith("Daniel Okafor, 4 Mar 2025 ")
    early = Evidence("1.2.1a", "first", SourceKind.DOCUMENT, recorded_at=datetime(2025, 1, 1, tzinfo=UTC), id="x")
    undated = Evidence("1.2.1a", "undated", SourceKind.DOCUMENT, id="y")
    again = evidence_rows((*demo.evidence_for("1.2.1a"), early, undated), "1.2.1a", ())
    assert [r.text for r in again][:2] == ["undated", "first"]
    assert recorded(undated) == ""


def test_an_item_on_several_prompts_shows_on_each_with_the_others_and_its_document(
    content: Content, demo: Inspection
) -> None:
    minutes = Document("Board minutes, 12 May 2024", DocumentKind.EVIDENCE_IN_ADVANCE, id="bm")
    shared = Evidence("1.1.1a", "Partners agreed the plan", SourceKind.DOCUMENT, "BM-3", also=("1.1.1d", "1.1.2b"),
                      document_id="bm", page="p. 4", id="shared")
    inspection = replace(demo, documents=(minutes,), evidence=(*demo.evidence, shared))
    rows = {prompt_id: next(r for r in _prompt(content, inspection, prompt_id).evidence if r.evidence.id == "shared")
            for prompt_id in shared.prompts}
    assert {prompt_id: row.also for prompt_id, row in rows.items()} == {
        "1.1.1a": "also 1.1.1d, 1.1.2b", "1.1.1d": "also 1.1.1a, 1.1.2b", "1.1.2b": "also 1.1.1a, 1.1.1d"}
    assert {row.cited for row in rows.values()} == {"Register: Board minutes, 12 May 2024, p. 4"}
    assert rows["1.1.1a"].where == ("BM-3", "Register: Board minutes, 12 May 2024, p. 4", "also 1.1.1d, 1.1.2b")
    alone = next(r for r in _prompt(content, inspection, "1.2.1a").evidence if r.evidence.document_id is None)
    assert (alone.also, alone.cited) == ("", "")


def test_a_reference_that_repeats_its_citation_is_said_once(content: Content, demo: Inspection) -> None:
    minutes = Document("Board minutes, 12 May 2024", DocumentKind.EVIDENCE_IN_ADVANCE, id="bm")
    repeated = Evidence("1.1.1a", "Partners agreed the plan", SourceKind.DOCUMENT, "Board minutes, 12 May 2024, p. 4",
                        document_id="bm", page="p. 4", id="repeated")
    inspection = replace(demo, documents=(minutes,), evidence=(repeated,))
    (row,) = _prompt(content, inspection, "1.1.1a").evidence
    assert row.where == ("Register: Board minutes, 12 May 2024, p. 4",)


def test_the_key_question_balance_and_suggestion(content: Content, demo: Inspection) -> None:
    view = _key_question(content, demo, "1.2.3")
    assert view.counts == "3 above the line, 1 below, 0 not yet judged, of 4 prompts"
    assert view.decisive == "Decisive shortfall: 1.2.3a"
    assert view.suggestion is Answer.NO and view.suggestion_text == "Suggested answer: no"
    assert view.reason.startswith("Decisive shortfall at 1.2.3a precludes 'yes'")
    assert [(p.prompt_id, p.status.state) for p in view.prompts][:2] == [("1.2.3a", "below, decisive"),
                                                                        ("1.2.3b", "above")]
    assert (view.answer, view.departs, view.departure) == (Answer.NO, False, "")


def test_a_departure_needs_a_rationale(content: Content, demo: Inspection) -> None:
    recorded_with = _key_question(content, demo, "1.3.1")
    assert recorded_with.departs and not recorded_with.rationale_required
    assert recorded_with.departure == "The answer 'yes' departs from the suggested 'no'; the rationale is recorded."
    without = replace(demo, answers=tuple(
        KeyQuestionAnswer("1.3.1", Answer.YES, " ") if a.key_question_id == "1.3.1" else a for a in demo.answers))
    view = _key_question(content, without, "1.3.1")
    assert view.rationale_required
    assert view.departure == "The answer 'yes' departs from the suggested 'no': record the rationale."
    assert all("rationale" not in note for note in view.notes)  # said once, by the departure line


def test_no_suggestion_while_prompts_are_unjudged(content: Content, demo: Inspection) -> None:
    partial = replace(demo, judgements=tuple(j for j in demo.judgements if j.prompt_id != "1.1.1b"))
    view = _key_question(content, partial, "1.1.1")
    assert view.suggestion is None and view.suggestion_text == "No suggested answer"
    assert view.reason == "1 of 8 prompts not yet judged: 1.1.1b"
    assert view.counts == "5 above the line, 2 below, 1 not yet judged, of 8 prompts"
