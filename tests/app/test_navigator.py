"""The navigator as data: each node's state at a glance, progress counts, filters and the Go moves."""

from __future__ import annotations

from dataclasses import replace

from inspector.app.navigator import (
    Filter,
    Tone,
    navigator_nodes,
    next_prompt,
    next_unjudged,
    node_statuses,
    progress,
    visible,
)
from inspector.content import Content
from inspector.framework.items import ItemKind
from inspector.framework.model import Rating
from inspector.inspection.model import (
    Answer,
    Assignment,
    Inspection,
    KeyQuestionAnswer,
    PromptJudgement,
    StandardProposal,
    Sufficiency,
)
from inspector.rules.evaluate import evaluate


def _statuses(content: Content, inspection: Inspection) -> dict:
    evaluation = evaluate(content.framework, content.rating_scheme, content.forms, inspection)
    return node_statuses(content.framework, inspection, evaluation)


def test_nodes_are_standards_key_questions_prompts_in_document_order(content: Content) -> None:
    nodes = navigator_nodes(content.framework)
    assert [n.id for n in nodes if n.kind is not None][:4] == ["1.1", "1.1.1", "1.1.1a", "1.1.1b"]
    assert sum(n.kind is ItemKind.PROMPT for n in nodes) == 117
    assert sum(n.kind is ItemKind.KEY_QUESTION for n in nodes) == 21
    by_id = {n.id: n for n in nodes}
    assert by_id["1.2.1c"].parent == "1.2.1" and by_id["1.2.1"].parent == "1.2" and by_id["1.2"].parent is None
    assert by_id["1.2.1c"].interviews and not by_id["1.2.1c"].diversity
    assert sum(n.diversity for n in nodes) == 19


def test_states_of_the_demo(content: Content, demo: Inspection) -> None:
    statuses = _statuses(content, demo)
    assert (statuses["1.2.1c"].state, statuses["1.2.1c"].tone) == ("above", Tone.POSITIVE)
    assert (statuses["1.2.1a"].state, statuses["1.2.1a"].tone) == ("below", Tone.NEGATIVE)
    assert (statuses["1.2.3a"].state, statuses["1.2.3a"].tone) == ("below, decisive", Tone.DECISIVE)
    # Interviews below 65% (14 + 13 of 48 'yes') and judged below the line, as they support: settled.
    assert statuses["1.2.3a"].flags == ()
    assert (statuses["1.2.1"].state, statuses["1.2.1"].progress) == ("no", "5 of 5 judged")
    # 1.3.1 is answered 'yes' against the balance, with a rationale: settled, so not flagged.
    assert statuses["1.3.1"].flags == ()
    assert [node for node, status in statuses.items() if status.flags] == []  # every matter of the demo is settled
    assert (statuses["1.4"].state, statuses["1.4"].tone) == ("Good", Tone.POSITIVE)
    assert statuses["1.2"].state == "Requires improvement"
    assert statuses["1.1"].progress == "19 of 19 prompts judged"


def test_states_of_an_empty_inspection(content: Content, demo: Inspection) -> None:
    empty = replace(demo, judgements=(), answers=(), proposals=(), interviews=(), tallies=())
    statuses = _statuses(content, empty)
    assert (statuses["1.1.1a"].state, statuses["1.1.1a"].tone, statuses["1.1.1a"].to_do) == (
        "not judged", Tone.OPEN, True)
    assert (statuses["1.1.1"].state, statuses["1.1.1"].progress) == ("not answered", "0 of 8 judged")
    assert statuses["1.1"].state == "not proposed"
    # A decisive shortfall suggests 'no' at once (seed line 391), and the standard's default follows a 'no'.
    one = replace(empty, judgements=(PromptJudgement("1.1.1a", Sufficiency.BELOW, decisive=True),),
                  answers=(KeyQuestionAnswer("1.1.2", Answer.NO),))
    statuses = _statuses(content, one)
    assert (statuses["1.1.1"].state, statuses["1.1.1"].tone) == ("suggested: no", Tone.SUGGESTED)
    assert (statuses["1.1"].state, statuses["1.1"].tone) == ("default: Requires improvement", Tone.SUGGESTED)


def test_flags_for_departures_and_rules(content: Content, demo: Inspection) -> None:
    departing = replace(demo, answers=tuple(
        KeyQuestionAnswer("1.3.1", Answer.YES, "") if a.key_question_id == "1.3.1" else a for a in demo.answers))
    assert _statuses(content, departing)["1.3.1"].flags == ("rationale required",)
    above_but_decisive = replace(demo, judgements=tuple(
        PromptJudgement("1.1.1a", Sufficiency.ABOVE, True) if j.prompt_id == "1.1.1a" else j for j in demo.judgements))
    assert _statuses(content, above_but_decisive)["1.1.1a"].flags == ("decisive mark not applied",)
    # 1.1 proposed Outstanding while 2.4 is 'Requires improvement': the decision rule (seed line 103) is breached.
    outstanding = replace(demo, proposals=tuple(
        StandardProposal("1.1", Rating.OUTSTANDING, "x") if p.standard_id == "1.1" else p
        for p in demo.proposals))
    assert "breaches a decision rule" in _statuses(content, outstanding)["1.1"].flags


def test_progress_counts(content: Content, demo: Inspection) -> None:
    assert progress(content.framework, demo).text == "117 of 117 prompts judged \u00b7 21 of 21 key questions answered"
    fewer = replace(demo, judgements=demo.judgements[:84], answers=demo.answers[:15])
    counted = progress(content.framework, fewer)
    assert (counted.judged, counted.prompts, counted.answered, counted.key_questions) == (84, 117, 15, 21)
    assert counted.text.startswith("84 of 117 prompts judged")


def test_filters_show_matches_and_what_is_above_them(content: Content, demo: Inspection) -> None:
    nodes = navigator_nodes(content.framework)
    partial = replace(demo, judgements=tuple(j for j in demo.judgements if j.prompt_id != "1.3.2b"))
    statuses = _statuses(content, partial)
    assert visible(nodes, statuses, Filter.ALL) == {n.id for n in nodes}
    assert visible(nodes, statuses, Filter.UNJUDGED) == {"1.3", "1.3.2", "1.3.2b"}
    diversity = visible(nodes, statuses, Filter.DIVERSITY)
    assert {n.id for n in nodes if n.diversity} < diversity
    assert all(n.kind is not ItemKind.PROMPT or n.diversity for n in nodes if n.id in diversity)
    interviews = visible(nodes, statuses, Filter.INTERVIEWS)
    assert {i for i in interviews if len(i) == 6} == {p.id for p in content.framework.prompts if p.interview_link}
    assert visible(nodes, statuses, Filter.FINDINGS) == frozenset()  # nothing unsettled in the demo
    unexplained = replace(partial, answers=tuple(
        replace(a, rationale="") if a.key_question_id == "1.3.1" else a for a in partial.answers))
    assert visible(nodes, _statuses(content, unexplained), Filter.FINDINGS) == {"1.3", "1.3.1"}


def test_the_item_on_show_stays_in_any_filter(content: Content, demo: Inspection) -> None:
    nodes = navigator_nodes(content.framework)
    statuses = _statuses(content, demo)
    assert visible(nodes, statuses, Filter.UNJUDGED) == frozenset()
    assert visible(nodes, statuses, Filter.UNJUDGED, keep="1.1.1a") == {"1.1", "1.1.1", "1.1.1a"}


def test_assigned_to_me_follows_the_nearest_assignment(content: Content, demo: Inspection) -> None:
    assigned = replace(demo, assignments=(
        Assignment("1.2", "Priya Raman"), Assignment("1.2.3", "Daniel Okafor"), Assignment("1.3.1", "Priya Raman")))
    statuses = _statuses(content, assigned)
    assert (statuses["1.2"].assignee, statuses["1.2.3"].assignee, statuses["1.2.1"].assignee) == (
        "Priya Raman", "Daniel Okafor", "")  # beside a row: its own assignment only
    nodes = navigator_nodes(content.framework)
    shown = visible(nodes, statuses, Filter.ASSIGNED, user="Priya Raman")
    assert {"1.2", "1.2.1", "1.2.1a", "1.2.5", "1.3", "1.3.1", "1.3.1a"} <= shown
    assert not shown & {"1.2.3", "1.2.3a", "1.3.2", "1.1", "details", "interviews"}
    assert visible(nodes, statuses, Filter.ASSIGNED, user="Daniel Okafor") == {"1.2", "1.2.3", *(
        p.id for p in content.framework.prompts if p.id.startswith("1.2.3"))}
    assert visible(nodes, statuses, Filter.ASSIGNED, user="jane") == frozenset()  # nothing assigned to them


def test_next_and_previous_prompt(content: Content) -> None:
    framework = content.framework
    assert next_prompt(framework, "1.1.1a", 1) == "1.1.1b"
    assert next_prompt(framework, "1.1.1h", 1) == "1.1.2a"  # over the key question
    assert next_prompt(framework, "1.1.2a", -1) == "1.1.1h"
    assert next_prompt(framework, "1.2", 1) == "1.2.1a"  # from a standard: its first prompt
    assert next_prompt(framework, "1.2", -1) == "1.1.3f"
    assert next_prompt(framework, None, 1) == "1.1.1a"
    assert next_prompt(framework, framework.prompts[-1].id, 1) is None
    assert next_prompt(framework, "1.1.1a", -1) is None
    assert next_prompt(framework, "1.2.1c", 1, among={"1.2.1c", "1.2.3a", "1.2"}) == "1.2.3a"


def test_next_unjudged_goes_round(content: Content, demo: Inspection) -> None:
    framework = content.framework
    gaps = replace(demo, judgements=tuple(j for j in demo.judgements if j.prompt_id not in ("1.1.2b", "3.4.1a")))
    assert next_unjudged(framework, gaps, "1.1.1a") == "1.1.2b"
    assert next_unjudged(framework, gaps, "1.1.2b") == "3.4.1a"
    assert next_unjudged(framework, gaps, "4.1.1a") == "1.1.2b"  # round to the start
    assert next_unjudged(framework, gaps, None) == "1.1.2b"
    assert next_unjudged(framework, demo, "1.1.1a") is None
