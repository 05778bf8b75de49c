"""How the reports word the engine's answers and findings (shared by the builder and the appendix)."""

from __future__ import annotations

from inspector.framework.citations import cite
from inspector.framework.model import Framework
from inspector.inspection.model import Answer
from inspector.reports.model import FindingLine
from inspector.rules.findings import Finding, FindingKind

# The seed's own names for its three kinds (lines 97-99 and 129), then the engine's.
_KIND_LABELS = {
    FindingKind.RULE: "Decision rule",
    FindingKind.GUIDANCE: "Decision guidance",
    FindingKind.LIMITING: "Limiting judgement",
    FindingKind.RATIONALE: "Rationale required",
    FindingKind.INCOMPLETE: "Incomplete",
    FindingKind.NOTE: "Note",
}


def finding_lines(framework: Framework, findings: tuple[Finding, ...]) -> tuple[FindingLine, ...]:
    return tuple(
        FindingLine(f.kind.value, finding_label(framework, f), f.message, f.text) for f in findings
    )


def finding_label(framework: Framework, finding: Finding) -> str:
    """'Decision guidance (Introduction, Decision rules and decision guidance, Standard 1.1 Leadership, p. 3)':
    the kind, and where the standards document prints what the finding is about."""
    place = cite(framework, finding.source_line)
    return f"{_KIND_LABELS[finding.kind]} ({place})" if place else _KIND_LABELS[finding.kind]


def answer_shown(answer: Answer | None, otherwise: str) -> str:
    return answer.value.capitalize() if answer is not None else otherwise
