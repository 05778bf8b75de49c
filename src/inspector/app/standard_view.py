"""What the standard page shows, as plain data: the default rating and why, the share of positive
responses against the characteristics table, the four rating characteristics with the proposed one
marked, the inspector's proposal and rationale, and the engine's decision-rule findings in the standards
document's own wording, each cited by its place in the document.

A proposal that breaks a decision rule is refused before it is written (`ProposalEdit.refusal`); one
that departs from the default or from decision guidance is saved and flagged here, in the navigator and
to the ratings panel (the engine's 'rationale required' finding) until a rationale is typed.
"""

from __future__ import annotations

from dataclasses import dataclass

from inspector.content import Content
from inspector.framework.citations import cite, cite_characteristics
from inspector.framework.markup import plain_text, to_html
from inspector.framework.model import RATING_ORDER, DecisionKind, Framework, Rating
from inspector.framework.sections import DECISION_KIND_LABELS
from inspector.inspection.model import Inspection, PanelState
from inspector.reports.builder import panel_shown
from inspector.rules.evaluation import Evaluation
from inspector.rules.findings import Finding, FindingKind
from inspector.rules.panel import locked_refusal
from inspector.rules.share import percentage_row
from inspector.rules.standard import StandardResult

DECISION_KINDS = frozenset({FindingKind.RULE, FindingKind.GUIDANCE, FindingKind.LIMITING})


@dataclass(frozen=True)
class CharacteristicColumn:
    rating: Rating
    summary: str  # the seed's italic one-line summary, without markup
    decision: str  # the bold decision rule or guidance printed with it, or ""
    text_html: str  # the characteristics themselves
    table_cell: str  # the cell of the table row that gives percentages ("over 80 per cent"), or ""
    proposed: bool
    default: bool
    share_falls_here: bool


@dataclass(frozen=True)
class DecisionFinding:
    kind: str  # "Decision rule", "Decision guidance" or "Limiting judgement"
    wording: str  # the standards document's wording, verbatim
    source_line: int | None
    place: str  # where the document prints it: "Introduction, Decision rules and decision guidance, ..., p. 3"
    message: str  # what the engine found
    permitted: bool  # False: a decision rule the proposal breaks


@dataclass(frozen=True)
class StandardView:
    standard_id: str
    title: str
    applies: bool  # False: 4.1 with no resettlement cases, not rated
    default: Rating | None
    default_text: str  # "Default rating: Requires improvement"
    default_reason: str  # "Answered 'no': 1.2.1, 1.2.3."
    share_text: str  # the positive share and where it falls in the table
    characteristics: tuple[CharacteristicColumn, ...]  # Outstanding, Good, Requires improvement, Inadequate
    characteristics_place: str  # "Rating characteristics, 1.1 Governance and leadership, p. 108"
    proposed: Rating | None
    rationale: str
    findings: tuple[DecisionFinding, ...]
    notes: tuple[str, ...]  # the engine's other findings (no default, ratings not yet known)
    permitted: bool
    rationale_required: bool
    departure: str  # what the page says about a departure and its rationale, or ""
    panel: str  # where the rating stands with the ratings panel, as the reports word it; "" in draft
    locked: str  # why the rating may not change now (with the ratings panel, or agreed), or ""


def standard_view(content: Content, inspection: Inspection, evaluation: Evaluation, standard_id: str) -> StandardView:
    standard = content.framework.standard(standard_id)
    result = evaluation.standard(standard_id)
    panel = evaluation.panel_standard(standard_id)
    share = result.share
    found = percentage_row(standard)
    row = found[0] if found is not None else None
    return StandardView(
        standard_id=standard.id,
        title=standard.title,
        applies=result.applies,
        default=result.default,
        default_text=_default_text(result),
        default_reason=f"{result.default_reason[:1].upper()}{result.default_reason[1:]}.",
        share_text=share.explanation[:1].upper() + share.explanation[1:],
        characteristics=tuple(
            CharacteristicColumn(
                rating=c.rating,
                summary=plain_text(c.summary),
                decision=plain_text(c.decision),
                text_html=to_html(c.text),
                table_cell=plain_text(row.cell(c.rating)) if row is not None else "",
                proposed=c.rating is result.proposed,
                default=c.rating is result.default,
                share_falls_here=c.rating is share.column,
            )
            for c in (standard.characteristic(rating) for rating in RATING_ORDER)
        ),
        characteristics_place=cite_characteristics(content.framework, standard.id),
        proposed=result.proposed,
        rationale=result.rationale,
        findings=tuple(decision_finding(content.framework, f) for f in result.findings if f.kind in DECISION_KINDS),
        notes=tuple(f.message for f in result.findings
                    if f.kind not in DECISION_KINDS and f.kind is not FindingKind.RATIONALE),
        permitted=result.permitted,
        rationale_required=result.rationale_required,
        departure=_departure(result),
        panel=f"Ratings panel: {panel_shown(panel)}" if panel.state is not PanelState.DRAFT else "",
        locked=locked_refusal(standard_id, evaluation) or "",
    )


def _default_text(result: StandardResult) -> str:
    if not result.applies:
        return "Not rated"
    if result.default is not None:
        return f"Default rating: {result.default.value}"
    return "No default rating" if not result.has_default_rule else "No default rating yet"


def decision_finding(framework: Framework, finding: Finding) -> DecisionFinding:
    return DecisionFinding(
        kind=DECISION_KIND_LABELS[DecisionKind(finding.kind.value)],
        wording=plain_text(finding.text),
        source_line=finding.source_line,
        place=cite(framework, finding.source_line),
        message=finding.message,
        permitted=finding.permitted,
    )


def _departure(result: StandardResult) -> str:
    required = next((f for f in result.findings if f.kind is FindingKind.RATIONALE), None)
    if required is not None:
        return required.message  # the engine says the same to the ratings panel
    if result.proposed is None:
        return ""
    departs = [f"from the default '{result.default.value}'"] if result.departs_from_default and result.default else []
    if any(f.kind is FindingKind.GUIDANCE and f.met is False for f in result.findings):
        departs.append("from the decision guidance")
    if not departs:
        return ""
    return f"The proposed '{result.proposed.value}' departs {' and '.join(departs)}; the rationale is recorded."
