"""What the engine tells the inspector and the ratings panel: one finding per point, with its source."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from inspector.framework.model import DecisionRule


class FindingKind(str, Enum):
    # The three kinds the seed defines (lines 97-99 and 129): "Decision rules are non-negotiable.
    # Decision guidance should be followed other than in defensible and evidence-based circumstances."
    RULE = "rule"
    GUIDANCE = "guidance"
    LIMITING = "limiting"
    # The engine's own: a departure recorded without the rationale it needs; data a rule needs that
    # is not yet recorded; anything else the panel should see (a missing default, counts that disagree).
    RATIONALE = "rationale required"
    INCOMPLETE = "incomplete"
    NOTE = "note"


@dataclass(frozen=True)
class Finding:
    kind: FindingKind
    message: str
    source_line: int | None = None
    # For rule, guidance and limiting findings: the seed's wording, verbatim from the framework.
    text: str = ""
    # For rule and guidance findings: whether the data meets the computable part of the rule.
    met: bool | None = None

    @property
    def permitted(self) -> bool:
        """False only for a decision rule the data breaches: "Decision rules are non-negotiable"."""
        return not (self.kind is FindingKind.RULE and self.met is False)


def from_decision_rule(rule: DecisionRule, message: str, met: bool | None = None) -> Finding:
    return Finding(FindingKind(rule.kind.value), message, rule.source_line, rule.text, met)
