"""Undoable edits of team working: who covers a standard or key question (the lead shares the work out),
and a team member's work brought into the lead's file in one step.

As the other edits (app/edits.py): the value before and after, written through the store with its audit
rows, the snapshot changed in memory as the store would read it back, a description for the Edit menu.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TypeVar

from inspector.app.edits import Edit, keyed
from inspector.app.navigator import DETAILS, INTERVIEWS, PANEL
from inspector.exchange.apply import apply_merge, remove_merge
from inspector.exchange.merge import MergePlan
from inspector.inspection.model import Assignment, Document, Evidence, Inspection, Interview, PanelComment
from inspector.store import FrameworkIds, InspectionFile

BROUGHT_IN = "brought in from {}"  # the audit log's reason for each item a merge adds; {} the member's file
UNDONE = "undone: " + BROUGHT_IN  # and for each one its undo removes


@dataclass(frozen=True)
class AssignmentEdit(Edit[Assignment | None]):
    """A standard or key question assigned to a member of the team (after), or to nobody (after None)."""

    scope_id: str

    def __post_init__(self) -> None:
        if any(a is not None and a.scope_id != self.scope_id for a in (self.before, self.after)):
            raise ValueError("an assignment edit changes one standard's or key question's assignment")

    @classmethod
    def of(cls, inspection: Inspection, scope_id: str, member: str | None) -> AssignmentEdit:
        """The edit giving `scope_id` to `member` (None: to nobody) from what the snapshot holds."""
        before = next((a for a in inspection.assignments if a.scope_id == scope_id), None)
        return cls(before, Assignment(scope_id, member) if member is not None else None, scope_id)

    @property
    def description(self) -> str:
        if self.after is None:
            return f"Unassign {self.scope_id}"
        return f"Assign {self.scope_id} to {self.after.member}"

    @property
    def item_id(self) -> str:
        return DETAILS  # the details page's team part

    def write(self, file: InspectionFile) -> None:
        file.set_assignment(self.scope_id, self.after.member if self.after is not None else None)

    def updated(self, inspection: Inspection, ids: FrameworkIds) -> Inspection:
        assignments = keyed(inspection.assignments, lambda a: a.scope_id, self.scope_id, self.after, ids.scopes)
        return replace(inspection, assignments=assignments)


Added = TypeVar("Added", Document, Interview, Evidence, PanelComment)


@dataclass(frozen=True)
class MergeEdit(Edit[MergePlan | None]):
    """A team member's work brought in (before None, after the plan) or taken back out (after None): every
    document, interview, evidence item and ratings panel comment the plan adds, in one transaction and so one
    undo step. `source`: the member's file name, which the Edit menu and the audit log name."""

    source: str

    def __post_init__(self) -> None:
        if (self.before is None) == (self.after is None):
            raise ValueError("a merge edit brings a plan in or takes it back out")

    @property
    def plan(self) -> MergePlan:
        plan = self.after or self.before
        assert plan is not None  # __post_init__
        return plan

    @property
    def bringing_in(self) -> bool:
        return self.after is not None

    @property
    def description(self) -> str:
        if self.bringing_in:
            return f"Bring in the work from {self.source}"
        return f"Take back the work from {self.source}"

    @property
    def item_id(self) -> str:
        """Where the work shows: the first prompt it adds evidence to, else the interviews, the ratings
        panel or the details."""
        plan = self.plan
        if plan.evidence_to_add:
            return plan.evidence_to_add[0].prompt_id
        if plan.interviews_to_add:
            return INTERVIEWS
        return PANEL if plan.comments_to_add else DETAILS

    def write(self, file: InspectionFile) -> None:
        if self.bringing_in:
            apply_merge(file, self.plan, BROUGHT_IN.format(self.source))
        else:
            remove_merge(file, self.plan, UNDONE.format(self.source))

    def updated(self, inspection: Inspection, ids: FrameworkIds) -> Inspection:
        # As the store reads them back: each kind in the order added, the plan's items last.
        plan, adding = self.plan, self.bringing_in
        return replace(
            inspection,
            documents=_with(inspection.documents, plan.documents_to_add, adding),
            interviews=_with(inspection.interviews, plan.interviews_to_add, adding),
            evidence=_with(inspection.evidence, plan.evidence_to_add, adding),
            panel_comments=_with(inspection.panel_comments, plan.comments_to_add, adding),
        )


def _with(records: tuple[Added, ...], items: tuple[Added, ...], adding: bool) -> tuple[Added, ...]:
    """`records` with `items` added last, or with them (by id) removed."""
    if adding:
        return records + items
    gone = {item.id for item in items}
    return tuple(r for r in records if r.id not in gone)
