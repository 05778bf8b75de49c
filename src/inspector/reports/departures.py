"""The appendix of departures: every answer, proposed rating or decision the inspector recorded that
departs from what the engine suggests, the default or the decision guidance, with its rationale.

The introduction's decision rules and decision guidance (seed lines 97-99): "Decision rules are
non-negotiable. Decision guidance should be followed other than in defensible and evidence-based
circumstances." The panel reads each departure beside its rationale; a decision rule that is not met is
listed too, because the proposal is then not permitted.
"""

from __future__ import annotations

from inspector.framework.citations import cite
from inspector.framework.model import Framework
from inspector.reports.model import Departure
from inspector.reports.wording import answer_shown, rule_summaries, rule_summary
from inspector.rules.evaluation import Evaluation
from inspector.rules.findings import FindingKind

FROM_SUGGESTION = "From the suggested answer"
FROM_DEFAULT = "From the default rating"
FROM_GUIDANCE = "From decision guidance"
RULE_NOT_MET = "Decision rule not met: not permitted"


def departures(framework: Framework, evaluation: Evaluation) -> tuple[Departure, ...]:
    """In framework order: each standard's key questions, then the standard itself."""
    found: list[Departure] = []
    summaries = rule_summaries(framework)
    for standard in framework.standards:
        for key_question in standard.key_questions:
            balance = evaluation.key_question(key_question.id)
            if balance.departs:
                found.append(Departure(
                    where=f"Key question {key_question.id}",
                    kind=FROM_SUGGESTION,
                    what=(f"Answered '{answer_shown(balance.answer, '')}'; the balance of its prompts suggests "
                          f"'{answer_shown(balance.suggestion, '')}' ({balance.reason})"),
                    rationale=balance.rationale,
                    seed="",
                ))
        result = evaluation.standard(standard.id)
        if not result.applies or result.proposed is None:
            continue
        where = f"Standard {standard.id} {standard.title}"
        if result.departs_from_default and result.default is not None:
            found.append(Departure(
                where=where,
                kind=FROM_DEFAULT,
                what=(f"Proposed '{result.proposed.value}'; the default is '{result.default.value}' "
                      f"({result.default_reason})"),
                rationale=result.rationale,
                seed="",
            ))
        for finding in result.findings:
            if finding.met is False and finding.kind in (FindingKind.GUIDANCE, FindingKind.RULE):
                found.append(Departure(
                    where=where,
                    kind=FROM_GUIDANCE if finding.kind is FindingKind.GUIDANCE else RULE_NOT_MET,
                    what=finding.message,
                    rationale=result.rationale,
                    seed=_quoted(framework, finding.source_line, finding.text),
                    summary=rule_summary(finding, summaries),
                ))
    return tuple(found)


def _quoted(framework: Framework, line: int | None, text: str) -> str:
    """The rule or guidance as printed, after its place in the standards document."""
    place = cite(framework, line)
    return f"{place}: {text}" if place else text
