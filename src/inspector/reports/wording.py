"""How the reports word the engine's answers and findings (shared by the builder and the appendix)."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from inspector.framework.citations import cite
from inspector.framework.model import Framework
from inspector.inspection.model import Answer
from inspector.reports.model import FindingLine
from inspector.rules.findings import Finding, FindingKind

# A decision rule's plain-words summary by the seed line it starts on (rule_summaries).
Summaries = Mapping[int, str]
NO_SUMMARIES: Summaries = MappingProxyType({})

# The seed's own names for its three kinds (lines 97-99 and 129), then the engine's.
_KIND_LABELS = {
    FindingKind.RULE: "Decision rule",
    FindingKind.GUIDANCE: "Decision guidance",
    FindingKind.LIMITING: "Limiting judgement",
    FindingKind.RATIONALE: "Rationale required",
    FindingKind.INCOMPLETE: "Incomplete",
    FindingKind.NOTE: "Note",
}


def rule_summaries(framework: Framework) -> Summaries:
    """Each decision rule's and guidance's summary (standards/*.yaml, `summary:`), by its source line: the
    engine's findings name the rule they are about by that line."""
    rules = (*framework.overall_decision_rules, *(r for s in framework.standards for r in s.decision_rules))
    return MappingProxyType({r.source_line: r.summary for r in rules})


def finding_lines(
    framework: Framework, findings: tuple[Finding, ...], summaries: Summaries = NO_SUMMARIES,
) -> tuple[FindingLine, ...]:
    """The findings as the panel reads them; one about a decision rule or guidance carries the rule's summary
    (from `summaries`) beside the standards document's wording."""
    return tuple(
        FindingLine(f.kind.value, finding_label(framework, f), f.message, f.text, rule_summary(f, summaries))
        for f in findings
    )


def rule_summary(finding: Finding, summaries: Summaries) -> str:
    """The plain-words summary of the rule the finding quotes; "" for the engine's own findings."""
    if not finding.text or finding.source_line is None:
        return ""
    return summaries.get(finding.source_line, "")


def finding_label(framework: Framework, finding: Finding) -> str:
    """'Decision guidance (Introduction, Decision rules and decision guidance, Standard 1.1 Leadership, p. 3)':
    the kind, and where the standards document prints what the finding is about."""
    place = cite(framework, finding.source_line)
    return f"{_KIND_LABELS[finding.kind]} ({place})" if place else _KIND_LABELS[finding.kind]


def answer_shown(answer: Answer | None, otherwise: str) -> str:
    return answer.value.capitalize() if answer is not None else otherwise
