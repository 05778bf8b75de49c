"""The record after fieldwork as the ratings-panel report shows it: each obligation of the memorandum between
HMIP, the YJB and MoJ (seed 003) with its due date and where it stands, the YJB's own labels (said to be the
YJB's, never an HMIP rating), the improvement plan and its follow-ups. Dates in UK long form."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from inspector.after_fieldwork.content import AfterFieldwork
from inspector.after_fieldwork.obligations import ObligationStatus, cause_for_concern, obligation_statuses
from inspector.framework.model import Rating
from inspector.inspection.model import Inspection
from inspector.reports.model import long_date

YJB_LABELS_NOTE = "These are the YJB's own labels from its oversight of the service, not HMIP ratings."


@dataclass(frozen=True)
class ObligationLine:
    title: str
    wording: str  # the memorandum's words, quoted, with where they are
    due: str  # "21 March 2025", "before publication"
    standing: str  # "Done on 14 April 2025 by Priya Raman", "To do: 1 recommendation to the YJB or MoJ"


@dataclass(frozen=True)
class AfterFieldworkSection:
    concern: str  # whether ratings are a cause for concern, by the content's default
    obligations: tuple[ObligationLine, ...]
    yjb: str  # "Priority status: Priority service; performance quadrant: …; as of 10 January 2025", or not recorded
    yjb_note: str
    plan: str  # "Received on 2 June 2025 (recorded by Helen Marsh)", or "Not yet received"
    follow_ups: tuple[str, ...]  # "1 September 2025: update asked for (six months on), recorded by Daniel Okafor"


def _standing(status: ObligationStatus) -> str:
    met = status.met
    if met is not None:
        note = f" ({met.note})" if met.note else ""
        return f"Done on {long_date(met.done_on)} by {met.done_by}{note}"
    return f"{status.standing.value[:1].upper()}{status.standing.value[1:]}: {status.why}"


def _due(status: ObligationStatus) -> str:
    if status.due is not None:
        return long_date(status.due)
    return status.due_text


def after_fieldwork_section(
    content: AfterFieldwork, inspection: Inspection, overall: Rating | None, today: date
) -> AfterFieldworkSection:
    statuses = obligation_statuses(content, inspection, overall, today)
    yjb, plan = inspection.yjb_oversight, inspection.improvement_plan
    if yjb.priority_status or yjb.quadrant:
        parts = [f"Priority status: {yjb.priority_status or 'not known'}",
                 f"performance quadrant: {yjb.quadrant or 'not known'}"]
        if yjb.as_of is not None:
            parts.append(f"as of {long_date(yjb.as_of)}")
        yjb_line = "; ".join(parts)
    else:
        yjb_line = "The YJB's labels are not recorded."
    if plan.received is not None:
        by = f" (recorded by {plan.recorded_by})" if plan.recorded_by else ""
        plan_line = f"Received on {long_date(plan.received)}{by}."
    else:
        plan_line = "Not yet received."
    follow_ups = tuple(
        f"{long_date(f.date)}: {f.how}{f' ({f.note})' if f.note else ''}"
        f"{f', recorded by {f.recorded_by}' if f.recorded_by else ''}"
        for f in inspection.follow_ups
    )
    concern = cause_for_concern(content, overall)[1]
    return AfterFieldworkSection(
        concern=concern[:1].upper() + concern[1:] + ".",
        obligations=tuple(
            ObligationLine(
                s.obligation.title,
                " ".join(f"\u201c{q.text}\u201d ({content.cite(q)})" for q in s.obligation.quotes),
                _due(s), _standing(s),
            )
            for s in statuses
        ),
        yjb=yjb_line,
        yjb_note=YJB_LABELS_NOTE,
        plan=plan_line,
        follow_ups=follow_ups,
    )

