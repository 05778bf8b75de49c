"""The after-fieldwork page as plain data: the lead's obligations once fieldwork ends (the memorandum between
HMIP, the YJB and MoJ: seed 003) with their due dates and whether each is done, when and by whom; the YJB's
own labels for the YJS, kept apart from HMIP's ratings; the improvement plan and its follow-ups.

What the obligations are, when each is due and whether it applies come from `inspector.after_fieldwork`
(standards/after-fieldwork.yaml); this module words them for the window, dates in UK form.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from inspector.after_fieldwork.content import AfterFieldwork
from inspector.after_fieldwork.obligations import (
    ObligationStatus,
    Standing,
    cause_for_concern,
    obligation_statuses,
    unknown_obligations,
)
from inspector.app.session import Session
from inspector.framework.model import Rating
from inspector.inspection.model import FollowUp, ImprovementPlan, Inspection, ObligationMet, YjbOversight
from inspector.store import team_of

# Said wherever the YJB's labels are shown: they are the YJB's classification, not an inspection rating.
YJB_LABEL_NOTE = ("The YJB's own labels, as the YJB gives them in its oversight of the service: not HMIP "
                  "ratings, and never read as one.")
NOT_KNOWN = "not known"


def uk_date(day: date | None, missing: str = "not recorded") -> str:
    return f"{day:%d/%m/%Y}" if day is not None else missing


def done_line(met: ObligationMet | None) -> str:
    """"Done on 07/12/2026 by Helen Marsh" (and its note), or "Not done"."""
    if met is None:
        return "Not done"
    note = f": {met.note}" if met.note else ""
    return f"Done on {uk_date(met.done_on)} by {met.done_by}{note}"


@dataclass(frozen=True)
class ObligationRow:
    status: ObligationStatus
    wording: tuple[tuple[str, str], ...]  # (the memorandum's words, where they are: "…(2019), paragraph 5.15")

    @property
    def id(self) -> str:
        return self.status.obligation.id

    @property
    def title(self) -> str:
        return self.status.obligation.title

    @property
    def due_line(self) -> str:
        return f"Due: {self.status.due_text}"

    @property
    def standing_line(self) -> str:
        """What stands, and why it applies or not: "Overdue (due Monday 07/12/2026) · the overall rating is …"."""
        standing = self.status.standing
        if standing is Standing.DONE:
            return done_line(self.status.met)
        return f"{_sentence(standing.value)[:-1]} \u00b7 {self.status.why}"


@dataclass(frozen=True)
class FollowUpRow:
    follow_up: FollowUp

    @property
    def line(self) -> str:
        f = self.follow_up
        note = f": {f.note}" if f.note else ""
        by = f" (recorded by {f.recorded_by})" if f.recorded_by else ""
        return f"{uk_date(f.date)} \u00b7 {f.how}{note}{by}"


@dataclass(frozen=True)
class AfterFieldworkView:
    heading: str
    crumb: str
    concern_line: str  # whether ratings are a cause for concern, by the content's default
    due_rule: str  # how due dates are worked out
    obligations: tuple[ObligationRow, ...]
    unknown: tuple[str, ...]  # obligations marked done that the content no longer lists, as lines
    yjb: YjbOversight
    yjb_line: str
    priority_choices: tuple[str, ...]  # "" (not known) first
    quadrant_choices: tuple[str, ...]
    yjb_wording: tuple[tuple[str, str], ...]
    plan: ImprovementPlan
    plan_line: str
    plan_wording: tuple[tuple[str, str], ...]
    follow_ups: tuple[FollowUpRow, ...]
    follow_up_kinds: tuple[str, ...]
    team: tuple[str, ...]
    fieldwork_end: date | None

    def obligation(self, obligation_id: str) -> ObligationRow:
        return next(row for row in self.obligations if row.id == obligation_id)


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] + "."


def due_rule(content: AfterFieldwork) -> str:
    return ("Due dates count whole weeks of 7 days from the last day of fieldwork; one that falls on a Saturday, a "
            "Sunday or a bank holiday moves to the next working day (the memorandum says nothing of weekends). "
            f"Cause for concern: an overall rating of {_listed(content)}.")


def _listed(content: AfterFieldwork) -> str:
    return " or ".join(f"'{r.value}'" for r in content.cause_for_concern.overall_ratings)


def yjb_line(yjb: YjbOversight) -> str:
    if not (yjb.priority_status or yjb.quadrant):
        return "The YJB's labels are not recorded."
    parts = [f"Priority status: {yjb.priority_status or NOT_KNOWN}", f"quadrant: {yjb.quadrant or NOT_KNOWN}"]
    if yjb.as_of is not None:
        parts.append(f"as of {uk_date(yjb.as_of)}")
    if yjb.recorded_by:
        parts.append(f"recorded by {yjb.recorded_by}")
    return " \u00b7 ".join(parts)


def plan_line(plan: ImprovementPlan) -> str:
    if plan.received is None:
        return "The improvement plan is not yet received."
    by = f" (recorded by {plan.recorded_by})" if plan.recorded_by else ""
    return f"Improvement plan received on {uk_date(plan.received)}{by}."


def build_view(
    content: AfterFieldwork, inspection: Inspection, rating: Rating | None, today: date
) -> AfterFieldworkView:
    """`rating`: the overall rating, agreed or not yet (None while there is none); `today` tells what is overdue."""
    statuses = obligation_statuses(content, inspection, rating, today)
    rows = tuple(
        ObligationRow(s, tuple((q.text, content.cite(q)) for q in s.obligation.quotes)) for s in statuses
    )
    unknown = tuple(f"{m.obligation_id}: {done_line(m)} (no longer among the obligations in the content)"
                    for m in unknown_obligations(content, inspection))
    yjb = inspection.yjb_oversight
    labels = content.yjb_oversight
    # A label recorded that the content no longer offers stays a choice: it is what the file holds.
    priorities = tuple(dict.fromkeys(("", *labels.priority_statuses, yjb.priority_status)))
    quadrants = tuple(dict.fromkeys(("", *labels.quadrants, yjb.quadrant)))
    kinds = tuple(dict.fromkeys((*content.improvement_plan.follow_up_kinds, *(f.how for f in inspection.follow_ups))))
    return AfterFieldworkView(
        heading="After fieldwork",
        crumb="What the memorandum between HMIP, the YJB and MoJ asks once fieldwork ends",
        concern_line=_sentence(cause_for_concern(content, rating)[1]),
        due_rule=due_rule(content),
        obligations=rows,
        unknown=unknown,
        yjb=yjb,
        yjb_line=yjb_line(yjb),
        priority_choices=priorities,
        quadrant_choices=quadrants,
        yjb_wording=tuple((q.text, content.cite(q)) for q in labels.quotes),
        plan=inspection.improvement_plan,
        plan_line=plan_line(inspection.improvement_plan),
        plan_wording=tuple((q.text, content.cite(q)) for q in content.improvement_plan.quotes),
        follow_ups=tuple(FollowUpRow(f) for f in inspection.follow_ups),
        follow_up_kinds=kinds,
        team=team_of(inspection.details),
        fieldwork_end=inspection.details.fieldwork_end,
    )


def after_fieldwork_view(session: Session) -> AfterFieldworkView:
    return build_view(session.content.after_fieldwork, session.inspection, session.evaluation.overall.rating,
                      session.clock().astimezone().date())
