"""What the inspection details page shows, as plain data, and the checks on a detail as typed there.

A detail typed on the page is checked by the wizard's own rules (app/wizard.py), so one place says
that the YJS must be named, that fieldwork cannot end before it starts and that resettlement cases
are a whole number; what the number means for 4.1 is the engine's (rules/ratings.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from inspector.app.wizard import (
    FIELDWORK_START,
    LEAD_INSPECTOR,
    NATION,
    RESETTLEMENT_CASES,
    TEAM,
    YJS,
    check_fieldwork,
    lead_inspector_name,
    parse_nation,
    parse_resettlement_cases,
    team_names,
    yjs_name,
)
from inspector.errors import UserError
from inspector.framework.citations import cite
from inspector.framework.model import DecisionKind, Framework
from inspector.inspection.model import DiversityFinding, Inspection, InspectionDetails, Recipient, Recommendation
from inspector.rules.evaluation import Evaluation
from inspector.rules.findings import FindingKind
from inspector.rules.ratings import RESETTLEMENT, resettlement_applies

NOTES = "notes"  # the free-text notes on the inspection (the wizard does not ask for them)

# As the page lists them; the report groups recommendations in this order (reports/builder.py).
RECIPIENT_NAMES = {
    Recipient.YJS: "YJS",
    Recipient.LOCAL_AUTHORITY: "Local authority",
    Recipient.YJB: "YJB",
    Recipient.MOJ: "MoJ",
}


@dataclass(frozen=True)
class DetailsView:
    details: InspectionDetails
    team: str  # one line: "Daniel Okafor, Priya Raman"
    resettlement_cases: str  # as the field shows it: "3", or "" when not entered
    resettlement: str  # what the number means for 4.1
    diversity: DiversityFinding
    diversity_guidance: str  # the standards document's limiting judgement on diversity, verbatim
    diversity_place: str  # where the document prints it: "Introduction, ..., Diversity, p. 3"
    diversity_findings: tuple[str, ...]  # the engine's findings on diversity and the overall rating
    recommendations: tuple[Recommendation, ...]


def details_view(framework: Framework, inspection: Inspection, evaluation: Evaluation) -> DetailsView:
    details = inspection.details
    limiting = next((r for r in framework.overall_decision_rules if r.kind is DecisionKind.LIMITING), None)
    cases = details.resettlement_cases_12_months
    return DetailsView(
        details=details,
        team=", ".join(details.team),
        resettlement_cases="" if cases is None else str(cases),
        resettlement=_resettlement(inspection, evaluation),
        diversity=inspection.diversity,
        diversity_guidance=limiting.text if limiting else "",
        diversity_place=cite(framework, limiting.source_line) if limiting else "",
        diversity_findings=tuple(
            f.message for f in evaluation.overall.findings
            if limiting is not None and f.source_line == limiting.source_line
        ),
        recommendations=inspection.recommendations,
    )


def _resettlement(inspection: Inspection, evaluation: Evaluation) -> str:
    """What the number of resettlement cases means for 4.1. Seed line 45: "the stand-alone resettlement
    standard only applies where YJSs have had one or more relevant cases in the 12 months before the
    inspection"."""
    applies = resettlement_applies(inspection)
    if applies is None:
        return f"Whether {RESETTLEMENT} is rated is not yet known: enter the number of cases, 0 if there were none."
    if not applies:
        # The engine's own words, as the standard's page gives them.
        notes = [f.message for f in evaluation.standard(RESETTLEMENT).findings if f.kind is FindingKind.NOTE]
        return notes[0] if notes else f"{RESETTLEMENT} is not rated."
    cases = inspection.details.resettlement_cases_12_months
    return f"{RESETTLEMENT} is rated: {cases} resettlement case{'' if cases == 1 else 's'} in the 12 months before " \
           "the inspection."


# --- a detail as typed ------------------------------------------------------------------------------

_TYPED: dict[str, Callable[[InspectionDetails, str], InspectionDetails]] = {
    YJS: lambda d, typed: replace(d, yjs=yjs_name(typed)),
    NATION: lambda d, typed: replace(d, nation=parse_nation(typed)),
    LEAD_INSPECTOR: lambda d, typed: replace(d, lead_inspector=lead_inspector_name(typed)),
    TEAM: lambda d, typed: replace(d, team=team_names(typed)),
    RESETTLEMENT_CASES: lambda d, typed: replace(d, resettlement_cases_12_months=parse_resettlement_cases(typed)),
    NOTES: lambda d, typed: replace(d, notes=typed),  # as typed: trimming would move the cursor
}


def with_typed(details: InspectionDetails, field: str, typed: str) -> InspectionDetails:
    """The details with one field as typed on the page (a field named as the wizard names it), or
    DetailsProblem naming the field; the other fields are not checked again."""
    return _TYPED[field](details, typed)


def with_fieldwork(details: InspectionDetails, field: str, day: date | None) -> InspectionDetails:
    """The details with the fieldwork start or end (None: not set) changed, or DetailsProblem when the
    fieldwork would end before it starts."""
    if field == FIELDWORK_START:
        start, end = day, details.fieldwork_end
    else:
        start, end = details.fieldwork_start, day
    check_fieldwork(start, end, field)
    return replace(details, fieldwork_start=start, fieldwork_end=end)


def recommendation_text(number: int, typed: str) -> str:
    """A recommendation's text as typed (kept as typed); a blank one is refused, as deleting is meant."""
    if not typed.strip():
        raise UserError(f"recommendation {number}: type the recommendation, or delete it")
    return typed
