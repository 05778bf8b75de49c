"""Where each obligation after fieldwork stands for an inspection: whether it applies, when it is due, whether
it is done (and when, by whom), and whether it is overdue. Qt-free; the window, the reports and the command
line read it alike."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from inspector.after_fieldwork.content import AfterFieldwork, Applies, Obligation
from inspector.after_fieldwork.due import weeks_after
from inspector.framework.model import Rating
from inspector.inspection.model import Inspection, ObligationMet, Recipient


class Standing(StrEnum):
    DONE = "done"
    TO_DO = "to do"
    OVERDUE = "overdue"
    NOT_YET_KNOWN = "may apply"  # a cause for concern cannot be told before there is an overall rating
    DOES_NOT_APPLY = "does not apply"


@dataclass(frozen=True)
class ObligationStatus:
    obligation: Obligation
    applies: bool | None  # None: not yet known
    why: str  # why it applies or not, in the inspectors' words
    due: date | None  # None: before publication, or fieldwork's end not set
    due_text: str  # "07/12/2026", "before publication", "2 weeks after fieldwork ends (its end is not set)"
    met: ObligationMet | None
    standing: Standing


def cause_for_concern(content: AfterFieldwork, overall: Rating | None) -> tuple[bool | None, str]:
    """Whether ratings are "likely to be a cause for concern" (seed 003 line 153), by the content's default:
    an overall rating among `cause_for_concern.overall_ratings`; None while there is no overall rating."""
    concern = content.cause_for_concern.overall_ratings
    listed = " or ".join(f"'{r.value}'" for r in concern)
    if overall is None:
        return None, f"a cause for concern if the overall rating is {listed}; there is none yet"
    if overall in concern:
        return True, f"the overall rating is '{overall.value}': a cause for concern"
    return False, f"the overall rating is '{overall.value}', not {listed}"


def _applies(obligation: Obligation, inspection: Inspection, content: AfterFieldwork,
             overall: Rating | None) -> tuple[bool | None, str]:
    if obligation.applies is Applies.CAUSE_FOR_CONCERN:
        return cause_for_concern(content, overall)
    if obligation.applies is Applies.RECOMMENDATIONS_TO_YJB_OR_MOJ:
        count = sum(r.to in (Recipient.YJB, Recipient.MOJ) for r in inspection.recommendations)
        if count:
            return True, f"{count} recommendation{'' if count == 1 else 's'} to the YJB or MoJ"
        return False, "no recommendation to the YJB or MoJ is recorded"
    return True, "every inspection"


def _due(obligation: Obligation, inspection: Inspection, content: AfterFieldwork) -> tuple[date | None, str]:
    weeks = obligation.weeks_after_fieldwork_end
    if weeks is None:
        return None, "before publication"
    end = inspection.details.fieldwork_end
    if end is None:
        return None, f"{weeks} week{'' if weeks == 1 else 's'} after fieldwork ends (its end is not set)"
    due = weeks_after(end, weeks, content.closed_days)
    return due, f"{due:%A %d/%m/%Y}"


def obligation_statuses(
    content: AfterFieldwork, inspection: Inspection, overall: Rating | None, today: date
) -> tuple[ObligationStatus, ...]:
    """Every obligation of the content, in its order. `overall`: the overall rating (agreed or not yet)."""
    found = []
    for obligation in content.obligations:
        applies, why = _applies(obligation, inspection, content, overall)
        due, due_text = _due(obligation, inspection, content)
        met = inspection.obligation_met(obligation.id)
        if met is not None:
            standing = Standing.DONE
        elif applies is False:
            standing = Standing.DOES_NOT_APPLY
        elif applies is None:
            standing = Standing.NOT_YET_KNOWN
        elif due is not None and today > due:
            standing = Standing.OVERDUE
        else:
            standing = Standing.TO_DO
        found.append(ObligationStatus(obligation, applies, why, due, due_text, met, standing))
    return tuple(found)


def unknown_obligations(content: AfterFieldwork, inspection: Inspection) -> tuple[ObligationMet, ...]:
    """Obligations the file marks done that the content no longer lists (kept, and shown as such)."""
    return tuple(m for m in inspection.obligations_met if content.obligation(m.obligation_id) is None)
