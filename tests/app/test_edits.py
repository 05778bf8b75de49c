"""Edits as values: what each says it does, its reverse, and which typing merges into one undo step."""

from __future__ import annotations

from dataclasses import replace

import pytest

from inspector.app.edits import AnswerEdit, EvidenceEdit, JudgementEdit, ProposalEdit
from inspector.framework.model import Rating
from inspector.inspection.model import (
    Answer,
    Evidence,
    EvidenceTag,
    KeyQuestionAnswer,
    PromptJudgement,
    SourceKind,
    StandardProposal,
    Sufficiency,
)

NONE = PromptJudgement("1.2.1c")
ABOVE = PromptJudgement("1.2.1c", Sufficiency.ABOVE)
BELOW = PromptJudgement("1.2.1c", Sufficiency.BELOW)
DECISIVE = PromptJudgement("1.2.1c", Sufficiency.BELOW, decisive=True)
ITEM = Evidence("1.2.1c", "Caseloads of 20", SourceKind.MEETING, "M3", id="e1")


@pytest.mark.parametrize(
    ("before", "after", "said"),
    [
        (NONE, BELOW, "Set 1.2.1c below the line"),
        (BELOW, ABOVE, "Set 1.2.1c above the line"),
        (ABOVE, NONE, "Clear the judgement of 1.2.1c"),
        (BELOW, DECISIVE, "Mark 1.2.1c as a decisive shortfall"),
        (DECISIVE, BELOW, "Clear the decisive shortfall on 1.2.1c"),
        (ABOVE, DECISIVE, "Set 1.2.1c below the line as a decisive shortfall"),
        (DECISIVE, ABOVE, "Set 1.2.1c above the line"),
    ],
)
def test_judgement_descriptions(before: PromptJudgement, after: PromptJudgement, said: str) -> None:
    edit = JudgementEdit(before, after)
    assert edit.description == said
    assert edit.item_id == "1.2.1c"
    assert edit.reversed() == JudgementEdit(after, before)


@pytest.mark.parametrize(
    ("before", "after", "said"),
    [
        (None, ITEM, "Add evidence to 1.2.1c"),
        (ITEM, None, "Delete evidence from 1.2.1c"),
        (ITEM, replace(ITEM, tag=EvidenceTag.STRENGTH), "Tag evidence on 1.2.1c as a strength"),
        (ITEM, replace(ITEM, tag=EvidenceTag.AREA_FOR_IMPROVEMENT),
         "Tag evidence on 1.2.1c as an area for improvement"),
        (replace(ITEM, tag=EvidenceTag.STRENGTH), ITEM, "Remove the tag from evidence on 1.2.1c"),
        (ITEM, replace(ITEM, source=SourceKind.CASE_DATA), "Set the source of evidence on 1.2.1c to case data"),
        (ITEM, replace(ITEM, text="Caseloads of 25"), "Edit evidence on 1.2.1c"),
        (ITEM, replace(ITEM, text="x", tag=EvidenceTag.STRENGTH), "Edit evidence on 1.2.1c"),
        (ITEM, replace(ITEM, tag=EvidenceTag.STRENGTH, also=("1.2.1d",)), "Edit evidence on 1.2.1c"),
        (ITEM, replace(ITEM, page="p. 4"), "Edit evidence on 1.2.1c"),
    ],
)
def test_evidence_descriptions(before: Evidence | None, after: Evidence | None, said: str) -> None:
    edit = EvidenceEdit(before, after)
    assert edit.description == said
    assert edit.item_id == "1.2.1c"


def test_answer_descriptions() -> None:
    blank, yes = KeyQuestionAnswer("1.2.1"), KeyQuestionAnswer("1.2.1", Answer.YES)
    assert AnswerEdit(blank, yes).description == "Answer 1.2.1 'yes'"
    assert AnswerEdit(yes, blank).description == "Clear the answer to 1.2.1"
    assert AnswerEdit(yes, replace(yes, rationale="because")).description == "Edit the rationale for 1.2.1"
    assert AnswerEdit(blank, yes).item_id == "1.2.1"


def test_an_edit_is_about_one_record() -> None:
    with pytest.raises(ValueError):
        JudgementEdit(NONE, PromptJudgement("1.2.1d", Sufficiency.ABOVE))
    with pytest.raises(ValueError):
        EvidenceEdit(None, None)
    with pytest.raises(ValueError):
        EvidenceEdit(ITEM, replace(ITEM, id="e2"))
    with pytest.raises(ValueError):
        AnswerEdit(KeyQuestionAnswer("1.2.1"), KeyQuestionAnswer("1.2.2", Answer.NO))


def test_typing_merges_but_choices_do_not() -> None:
    yes = KeyQuestionAnswer("1.2.1", Answer.YES)
    rationale_1 = AnswerEdit(yes, replace(yes, rationale="Becau"))
    rationale_2 = AnswerEdit(rationale_1.after, replace(yes, rationale="Because"))
    assert rationale_1.merged(rationale_2) == AnswerEdit(yes, rationale_2.after)
    assert rationale_1.merged(AnswerEdit(rationale_1.after, replace(rationale_1.after, answer=Answer.NO))) is None
    assert JudgementEdit(NONE, BELOW).merged(JudgementEdit(BELOW, DECISIVE)) is None
    # The evidence form is saved once, when the inspector says so: each save is its own undo step.
    typed = EvidenceEdit(ITEM, replace(ITEM, text="Caseloads of 25"))
    assert typed.merged(EvidenceEdit(typed.after, replace(ITEM, text="Caseloads of 25", reference="M4"))) is None


def test_typing_back_to_where_it_began_changes_nothing() -> None:
    yes = KeyQuestionAnswer("1.2.1", Answer.YES, "Because")
    there = AnswerEdit(yes, replace(yes, rationale="Because of"))
    back = AnswerEdit(there.after, yes)
    merged = there.merged(back)
    assert merged is not None and not merged.changes_anything


def test_changing_changes_only_what_it_is_given() -> None:
    before = KeyQuestionAnswer("1.2.1", Answer.YES, "managed")
    assert AnswerEdit.changing(before, Answer.NO).after == KeyQuestionAnswer("1.2.1", Answer.NO, "managed")
    assert AnswerEdit.changing(before, rationale="typed").after == KeyQuestionAnswer("1.2.1", Answer.YES, "typed")
    assert AnswerEdit.changing(before, None, "").after == KeyQuestionAnswer("1.2.1", None, "")
    proposal = StandardProposal("1.1", Rating.GOOD, "")
    assert ProposalEdit.changing(proposal, Rating.INADEQUATE).after == StandardProposal("1.1", Rating.INADEQUATE, "")
    assert ProposalEdit.changing(proposal).after == proposal
