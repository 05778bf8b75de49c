"""The sufficiency balance per key question (seed line 391 and each key question's judgement)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from inspector.framework.model import Declared, Framework, KeyQuestion
from inspector.framework.rule_names import BalanceRule
from inspector.inspection.model import Answer, KeyQuestionAnswer, PromptJudgement, Sufficiency
from inspector.rules.balance import balance_rules, key_question_balance
from inspector.rules.findings import FindingKind
from tests.rules.builders import grid, make_inspection

YES, NO = Answer.YES, Answer.NO


@pytest.mark.parametrize(
    ("kq_id", "marks", "suggested"),
    [
        pytest.param("1.1.2", "AAABB", YES, id="seed-391-above-outweighs-below"),
        pytest.param("1.1.2", "AABBB", NO, id="seed-391-below-outweighs-above"),
        pytest.param("1.1.3", "AAABBB", NO, id="seed-514-even-balance-is-not-outweighing"),
        pytest.param("1.1.2", "AAAAD", NO, id="seed-391-decisive-shortfall-precludes-yes"),
        pytest.param("1.1.2", "D----", NO, id="seed-391-decisive-shortfall-before-the-rest-is-judged"),
        pytest.param("1.1.2", "AAAA-", None, id="seed-391-unjudged-prompt-no-suggestion"),
        pytest.param("1.1.2", "BBBB-", None, id="seed-391-unjudged-even-when-below-leads"),
        pytest.param("1.1.2", "AAAXB", YES, id="seed-391-decisive-mark-on-an-area-above-is-not-applied"),
        pytest.param("1.1.1", "AAAAABBB", YES, id="seed-194-1.1.1-wording-without-comma"),
        pytest.param("1.1.1", "AAAABBBB", NO, id="seed-194-1.1.1-even-balance"),
        pytest.param("1.2.5", "AAABB", YES, id="seed-1035-1.2.5-sufficient-outweighs"),
        pytest.param("1.2.5", "AABBB", NO, id="seed-1035-1.2.5-below-outweighs-above"),
        pytest.param("1.2.5", "AAAAD", NO, id="seed-1035-1.2.5-decisive-precludes-yes"),
        pytest.param("3.4.1", "AAAAABBB", YES, id="seed-2022-3.4.1-the-provision-above-outweighs"),
        pytest.param("3.4.3", "AAABBB", NO, id="seed-2383-3.4.3-even-balance"),
        pytest.param("4.1.2", "AAAAAAAA", YES, id="seed-2782-all-above"),
        pytest.param("4.1.2", "BBBBBBBB", NO, id="seed-2782-all-below"),
    ],
)
def test_suggestion(framework: Framework, kq_id: str, marks: str, suggested: Answer | None) -> None:
    kq = framework.key_question(kq_id)
    result = key_question_balance(kq, make_inspection(framework, judgements=grid(kq, marks)))
    assert result.suggestion == suggested
    assert len(result.above) == marks.count("A") + marks.count("X")
    assert len(result.below) == marks.count("B") + marks.count("D")
    assert len(result.unjudged) == marks.count("-")
    assert len(result.decisive) == marks.count("D")


def test_reason_names_the_unjudged_prompts(framework: Framework) -> None:
    kq = framework.key_question("1.1.1")
    result = key_question_balance(kq, make_inspection(framework, judgements=grid(kq, "AA-B--AB")))
    assert result.reason == "3 of 8 prompts not yet judged: 1.1.1c, 1.1.1e, 1.1.1f"


def test_decisive_shortfall_is_named(framework: Framework) -> None:
    kq = framework.key_question("1.3.2")
    result = key_question_balance(kq, make_inspection(framework, judgements=grid(kq, "AADA")))
    assert result.decisive == ("1.3.2c",)
    assert "1.3.2c" in result.reason and "precludes 'yes'" in result.reason


def test_decisive_mark_above_the_line_is_reported(framework: Framework) -> None:
    kq = framework.key_question("1.2.2")
    result = key_question_balance(kq, make_inspection(framework, judgements=grid(kq, "XAB")))
    assert result.decisive == ()
    assert [f.kind for f in result.findings] == [FindingKind.NOTE]
    assert "1.2.2a" in result.findings[0].message


def test_every_key_question_declares_the_balance_and_only_1_2_5_from_the_negative_side(framework: Framework) -> None:
    wordings = {kq.id: balance_rules(kq) for s in framework.standards for kq in s.key_questions}
    assert all(w.states_balance and w.decisive_precludes_yes for w in wordings.values())
    negative_side = sorted(k for k, w in wordings.items() if not w.yes_when_above_outweighs)
    assert negative_side == ["1.2.5"]
    assert wordings["1.2.5"].no_when_below_outweighs


def _reworded(
    kq: KeyQuestion, prompts: int | None = None, judgement: str | None = None,
    rules: tuple[BalanceRule, ...] | None = None,
) -> KeyQuestion:
    update: dict[str, object] = {}
    if prompts is not None:
        update["prompts"] = kq.prompts[:prompts]
    if judgement is not None:
        update["judgement"] = judgement
    if rules is not None:
        update["balance_rules"] = tuple(Declared[BalanceRule](name=r, source_line=kq.source_line) for r in rules)
    return kq.model_copy(update=update)


def test_even_balance_under_the_1_2_5_wording_is_left_to_the_inspector(framework: Framework) -> None:
    # 1.2.5 has five prompts, so an even balance cannot arise today; four of them can show the rule.
    kq = _reworded(framework.key_question("1.2.5"), prompts=4)
    result = key_question_balance(kq, make_inspection(framework, judgements=grid(kq, "AABB")))
    assert result.suggestion is None
    assert "even balance" in result.reason


def test_key_question_declaring_no_balance_rule_gets_no_suggestion(framework: Framework) -> None:
    kq = _reworded(framework.key_question("1.4.2"), judgement="Inspectors will weigh all the evidence gathered.",
                   rules=())
    result = key_question_balance(kq, make_inspection(framework, judgements=grid(kq, "AAA")))
    assert result.suggestion is None
    assert "states no balance rule" in result.reason


def test_decisive_shortfall_without_the_preclusion_rule_is_counted_only(framework: Framework) -> None:
    text = ("Lead inspectors should consider ... Where on balance the areas above the line outweigh those that "
            "are below, the inspector should consider a 'yes' judgement to the key question.")
    kq = _reworded(framework.key_question("1.4.2"), judgement=text, rules=(BalanceRule.YES_WHEN_ABOVE_OUTWEIGHS,))
    result = key_question_balance(kq, make_inspection(framework, judgements=grid(kq, "AAD")))
    assert result.suggestion is YES and result.decisive == ("1.4.2c",)
    assert [f.kind for f in result.findings] == [FindingKind.NOTE]
    assert "shown, not applied" in result.findings[0].message


@pytest.mark.parametrize(
    ("marks", "answer", "rationale", "departs", "required"),
    [
        pytest.param("AAABB", YES, "", False, False, id="seed-391-answer-agrees"),
        pytest.param("AAABB", NO, "", True, True, id="seed-391-answer-departs-without-rationale"),
        pytest.param("AAABB", NO, "Partnership board inquorate all year.", True, False,
                     id="seed-391-answer-departs-with-rationale"),
        pytest.param("AAAB-", NO, "", False, False, id="seed-391-no-suggestion-nothing-to-depart-from"),
        pytest.param("AAABB", None, "", False, False, id="seed-391-not-answered"),
        pytest.param("AAABB", NO, "   ", True, True, id="seed-391-blank-rationale-is-none"),
    ],
)
def test_answer_departing_from_the_suggestion(
    framework: Framework, marks: str, answer: Answer | None, rationale: str, departs: bool, required: bool
) -> None:
    kq = framework.key_question("1.1.2")
    inspection = make_inspection(
        framework, judgements=grid(kq, marks), answers=(KeyQuestionAnswer("1.1.2", answer, rationale),)
    )
    result = key_question_balance(kq, inspection)
    assert result.answer == answer
    assert result.departs is departs
    assert result.rationale_required is required
    assert (FindingKind.RATIONALE in [f.kind for f in result.findings]) is required


_mark = st.tuples(st.sampled_from([None, Sufficiency.ABOVE, Sufficiency.BELOW]), st.booleans())


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_balance_never_crashes_and_agrees_with_its_counts(framework: Framework, data: st.DataObject) -> None:
    kq = data.draw(st.sampled_from([kq for s in framework.standards for kq in s.key_questions]))
    marks = data.draw(st.lists(_mark, min_size=len(kq.prompts), max_size=len(kq.prompts)))
    answer = data.draw(st.sampled_from([None, YES, NO]))
    judgements = tuple(PromptJudgement(p.id, s, d) for p, (s, d) in zip(kq.prompts, marks, strict=True))
    inspection = make_inspection(
        framework, judgements=judgements, answers=(KeyQuestionAnswer(kq.id, answer),)
    )
    result = key_question_balance(kq, inspection)

    assert len(result.above) + len(result.below) + len(result.unjudged) == len(kq.prompts)
    assert set(result.decisive) <= set(result.below)
    assert result.suggestion in (YES, NO, None)
    if result.suggestion is YES:
        assert not result.unjudged and not result.decisive and len(result.above) > len(result.below)
    if result.suggestion is NO:
        assert result.decisive or (not result.unjudged and len(result.below) >= len(result.above))
    if result.suggestion is None:
        assert result.unjudged and not result.decisive
    assert result.departs == (answer is not None and result.suggestion is not None and answer != result.suggestion)
