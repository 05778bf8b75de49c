"""Consistency flags (rules/consistency.py): each on an inspection built to trigger it, and not where the
figures agree with what was recorded."""

from __future__ import annotations

from dataclasses import replace

import pytest

from inspector.content import Content
from inspector.demo import load_demo
from inspector.framework.model import Framework, Rating
from inspector.inspection.model import (
    Answer,
    CaseCount,
    DiversityFinding,
    Inspection,
    KeyQuestionAnswer,
    PanelDecision,
    PanelState,
    PromptJudgement,
    StandardProposal,
    Sufficiency,
)
from inspector.rules.consistency import DIVERSITY, ConsistencyFlag, FlagKind, consistency_flags
from inspector.rules.evaluate import evaluate
from tests.rules.builders import grid, make_inspection


@pytest.fixture(scope="module")
def demo(content: Content) -> Inspection:
    return load_demo(content)


def _flags(content: Content, inspection: Inspection, kind: FlagKind | None = None) -> list[ConsistencyFlag]:
    evaluation = evaluate(content.framework, content.rating_scheme, content.forms, inspection)
    return [f for f in consistency_flags(content.framework, inspection, evaluation) if kind is None or f.kind is kind]


def _proposing(inspection: Inspection, standard_id: str, rating: Rating) -> Inspection:
    others = tuple(p for p in inspection.proposals if p.standard_id != standard_id)
    return replace(inspection, proposals=(*others, StandardProposal(standard_id, rating, "As recorded.")))


def _standard_1_1(framework: Framework, marks: tuple[str, str, str], proposed: Rating) -> Inspection:
    standard = framework.standard("1.1")
    judgements = tuple(j for kq, m in zip(standard.key_questions, marks, strict=True) for j in grid(kq, m))
    answers = tuple(KeyQuestionAnswer(kq.id, Answer.YES, "Answered so.") for kq in standard.key_questions)
    return make_inspection(framework, judgements=judgements, answers=answers,
                           proposals=(StandardProposal("1.1", proposed, "As recorded."),))


# --- the share of positive responses against the rating characteristics' column ------------------------

def test_the_demo_share_falls_in_a_higher_column_than_its_proposal(content: Content, demo: Inspection) -> None:
    # 1.1: 3 key questions 'yes' and 15 of 19 prompts above the line, 18 of 22 (81.8%): over 80 per cent.
    (flag,) = _flags(content, demo, FlagKind.SHARE)
    assert (flag.about, flag.title) == ("1.1", "1.1 Governance and leadership")
    assert flag.message == (
        "the share of positive responses, 81.8% (18 of 22 key questions and prompts), falls in the 'Outstanding' "
        "column of the rating characteristics ('Three key questions and 11 prompts'), higher than the proposed "
        "'Good'.")


def test_a_share_in_a_lower_column_than_the_proposal(content: Content) -> None:
    # 3 'yes' and 5 of 19 prompts above: 8 of 22 (36.4%), '40 per cent or lower'.
    inspection = _standard_1_1(content.framework, ("AAAABBBB", "ABBBB", "BBBBBB"), Rating.GOOD)
    (flag,) = _flags(content, inspection, FlagKind.SHARE)
    assert "36.4% (8 of 22 key questions and prompts), falls in the 'Inadequate' column" in flag.message
    assert flag.message.endswith("lower than the proposed 'Good'.")


def test_no_share_flag_where_the_column_is_the_rating(content: Content, demo: Inspection) -> None:
    assert _flags(content, _proposing(demo, "1.1", Rating.OUTSTANDING), FlagKind.SHARE) == []
    inspection = _standard_1_1(content.framework, ("AAAAAABB", "AAAAB", "AAAABB"), Rating.GOOD)  # 17 of 22: 77.3%
    assert _flags(content, inspection, FlagKind.SHARE) == []


def test_no_share_flag_until_everything_is_answered_and_judged(content: Content) -> None:
    inspection = _standard_1_1(content.framework, ("AAAAAAAA", "AAAAA", "AAAAA-"), Rating.GOOD)
    assert _flags(content, inspection, FlagKind.SHARE) == []


def test_no_share_flag_in_the_gap_the_row_leaves_between_40_and_50_per_cent(content: Content) -> None:
    # 3 'yes' and 7 of 19 prompts above: 10 of 22 (45.5%), in no column.
    inspection = _standard_1_1(content.framework, ("AAAAABBB", "ABBBB", "ABBBBB"), Rating.REQUIRES_IMPROVEMENT)
    assert _flags(content, inspection, FlagKind.SHARE) == []


def test_the_share_is_compared_with_the_rating_the_panel_agreed(content: Content, demo: Inspection) -> None:
    agreed = replace(demo, panel=(PanelDecision("1.1", PanelState.AGREED, Rating.OUTSTANDING, "The figures."),))
    assert _flags(content, agreed, FlagKind.SHARE) == []
    agreed_lower = replace(demo, panel=(
        PanelDecision("1.1", PanelState.AGREED, Rating.REQUIRES_IMPROVEMENT, "Attendance."),))
    (flag,) = _flags(content, agreed_lower, FlagKind.SHARE)
    assert flag.message.endswith("higher than the agreed 'Requires improvement'.")


# --- diversity ---------------------------------------------------------------------------------------

def _diversity_prompts(framework: Framework) -> list[str]:
    return [p.id for p in framework.prompts if p.diversity]


def _judged(inspection: Inspection, marks: dict[str, Sufficiency | None]) -> Inspection:
    kept = tuple(j for j in inspection.judgements if j.prompt_id not in marks)
    return replace(inspection, judgements=(*kept, *(PromptJudgement(p, s) for p, s in marks.items())))


def test_the_demo_diversity_finding_is_at_odds_with_its_prompts(content: Content, demo: Inspection) -> None:
    (flag,) = _flags(content, demo, FlagKind.DIVERSITY)
    assert (flag.about, flag.title) == (DIVERSITY, "Diversity")
    assert flag.message == ("practice on diversity is recorded as sufficient, but 13 of the 19 diversity prompts "
                            "are below the line (6 above).")


def test_insufficient_while_most_diversity_prompts_are_above_the_line(content: Content, demo: Inspection) -> None:
    prompts = _diversity_prompts(content.framework)
    marks: dict[str, Sufficiency | None] = {p: Sufficiency.ABOVE for p in prompts}
    marks[prompts[0]] = Sufficiency.BELOW
    marks[prompts[1]] = None
    inspection = replace(_judged(demo, marks), diversity=DiversityFinding(False, "Not enough yet."))
    (flag,) = _flags(content, inspection, FlagKind.DIVERSITY)
    assert flag.message == ("practice on diversity is recorded as insufficient, but 17 of the 19 diversity prompts "
                            "are above the line (1 below, 1 not yet judged).")


def test_no_diversity_flag_where_the_finding_agrees_or_is_not_recorded(content: Content, demo: Inspection) -> None:
    assert _flags(content, replace(demo, diversity=DiversityFinding(False)), FlagKind.DIVERSITY) == []
    assert _flags(content, replace(demo, diversity=DiversityFinding(None)), FlagKind.DIVERSITY) == []
    prompts = _diversity_prompts(content.framework)
    even: dict[str, Sufficiency | None] = {p: Sufficiency.ABOVE if n % 2 else Sufficiency.BELOW
                                           for n, p in enumerate(prompts[:-1])}
    even[prompts[-1]] = None  # 9 above, 9 below: neither outweighs the other
    for sufficient in (True, False):
        balanced = replace(_judged(demo, even), diversity=DiversityFinding(sufficient))
        assert _flags(content, balanced, FlagKind.DIVERSITY) == []


# --- a rating entered from the case inspection against its case counts --------------------------------

def test_the_demo_has_no_entered_rating_at_odds_with_its_counts(content: Content, demo: Inspection) -> None:
    # 2.3, 2.4, 3.2 and 3.3 are entered without counts; 2.1, 2.2 and 3.1 come from their counts.
    assert _flags(content, demo, FlagKind.CASE_COUNTS) == []


@pytest.mark.parametrize(("entered", "compared"), [
    (Rating.OUTSTANDING, "higher"),
    (Rating.INADEQUATE, "lower"),
])
def test_an_entered_rating_at_odds_with_its_counts(content: Content, entered: Rating, compared: str) -> None:
    counts = (CaseCount("2.1", "Desistance", 18, 20), CaseCount("2.1", "Keeping the child safe", 13, 20))
    inspection = make_inspection(content.framework, case_counts=counts, case_ratings=(("2.1", entered),))
    (flag,) = _flags(content, inspection, FlagKind.CASE_COUNTS)
    assert (flag.about, flag.title) == ("2.1", "2.1 Assessment")
    assert flag.message == (
        f"the rating entered from the case inspection, '{entered.value}', is {compared} than its case counts give, "
        "'Good' (lowest key question: Keeping the child safe, 13 of 20 cases sufficient, 65%).")


def test_no_case_flag_where_the_entered_rating_is_what_the_counts_give(content: Content) -> None:
    counts = (CaseCount("2.2", "Desistance", 12, 20),)  # 60%: 'Requires improvement'
    same = make_inspection(content.framework, case_counts=counts, case_ratings=(("2.2", Rating.REQUIRES_IMPROVEMENT),))
    assert _flags(content, same, FlagKind.CASE_COUNTS) == []
    derived = make_inspection(content.framework, case_counts=counts)
    assert _flags(content, derived, FlagKind.CASE_COUNTS) == []


def test_the_flags_come_in_the_reports_order(content: Content, demo: Inspection) -> None:
    inspection = replace(demo, case_ratings=(*demo.case_ratings, ("3.1", Rating.INADEQUATE)))
    assert [(f.kind, f.about) for f in _flags(content, inspection)] == [
        (FlagKind.SHARE, "1.1"), (FlagKind.DIVERSITY, DIVERSITY), (FlagKind.CASE_COUNTS, "3.1")]
