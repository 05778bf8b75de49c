"""The store's package API answers what the app asks of it: whether a record is blank, in the same
sense the file uses when it keeps no row for it."""

from __future__ import annotations

from collections.abc import Callable

from inspector.framework.model import Rating
from inspector.inspection.model import Answer, KeyQuestionAnswer, PromptJudgement, StandardProposal, Sufficiency
from inspector.store import InspectionFile, is_blank


def test_a_record_is_blank_exactly_when_the_file_keeps_no_row_for_it(
    make: Callable[..., InspectionFile],
) -> None:
    with make() as f:
        f.set_sufficiency("1.1.1a", Sufficiency.BELOW)
        f.set_answer("1.1.1", Answer.NO, "")
        f.set_proposal("1.1", None, "Good partnership work, but")
        f.set_answer("1.2.1", Answer.YES, "")
        f.set_answer("1.2.1", None, "")  # set, then cleared: back at its defaults
        kept = f.snapshot()
    records = [PromptJudgement("1.1.1a", Sufficiency.BELOW), PromptJudgement("1.1.1b"),
               KeyQuestionAnswer("1.1.1", Answer.NO), KeyQuestionAnswer("1.2.1"), KeyQuestionAnswer("1.3.1", None, " "),
               StandardProposal("1.1", None, "Good partnership work, but"), StandardProposal("1.2"),
               StandardProposal("1.3", Rating.GOOD)]
    assert [is_blank(r) for r in records] == [False, True, False, True, False, False, True, False]
    stored = (*kept.judgements, *kept.answers, *kept.proposals)
    assert stored == tuple(r for r in records[:1] + records[2:3] + records[5:6])
