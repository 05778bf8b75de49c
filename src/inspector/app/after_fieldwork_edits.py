"""Undoable edits after fieldwork: an obligation marked done (or not), the YJB's labels, the improvement plan
received, a follow-up added, changed or deleted.

As the other edits (app/edits.py): the value before and after, written through the store with its audit row,
the snapshot changed in memory as the store reads it back (obligations done in id order; a follow-up keeps its
place when changed, one added goes last), a description for the Edit menu.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from inspector.app.edits import Edit, in_place
from inspector.app.navigator import AFTER_FIELDWORK
from inspector.inspection.model import FollowUp, ImprovementPlan, Inspection, ObligationMet, YjbOversight
from inspector.store import FrameworkIds, InspectionFile


@dataclass(frozen=True)
class ObligationEdit(Edit[ObligationMet | None]):
    """An obligation after fieldwork marked done (after: when and by whom), changed, or marked not done (None)."""

    obligation_id: str = ""
    title: str = ""  # as the content names it, for the Edit menu

    @property
    def description(self) -> str:
        if self.after is None:
            return f"Mark '{self.title}' not done"
        return f"Mark '{self.title}' done" if self.before is None else f"Change when '{self.title}' was done"

    @property
    def item_id(self) -> str:
        return AFTER_FIELDWORK

    def write(self, file: InspectionFile) -> None:
        file.set_obligation_met(self.obligation_id, self.after)

    def updated(self, inspection: Inspection, ids: FrameworkIds) -> Inspection:
        others = [m for m in inspection.obligations_met if m.obligation_id != self.obligation_id]
        met = sorted([*others, *([self.after] if self.after else [])], key=lambda m: m.obligation_id)
        return replace(inspection, obligations_met=tuple(met))


@dataclass(frozen=True)
class YjbOversightEdit(Edit[YjbOversight]):
    """The YJB's labels for the YJS, as the YJB gives them."""

    @property
    def description(self) -> str:
        return "Record the YJB's labels"

    @property
    def item_id(self) -> str:
        return AFTER_FIELDWORK

    def write(self, file: InspectionFile) -> None:
        file.set_yjb_oversight(self.after)

    def updated(self, inspection: Inspection, ids: FrameworkIds) -> Inspection:
        return replace(inspection, yjb_oversight=self.after)


@dataclass(frozen=True)
class ImprovementPlanEdit(Edit[ImprovementPlan]):

    @property
    def description(self) -> str:
        return "Clear the improvement plan's receipt" if self.after.received is None else "Record the improvement plan"

    @property
    def item_id(self) -> str:
        return AFTER_FIELDWORK

    def write(self, file: InspectionFile) -> None:
        file.set_improvement_plan(self.after)

    def updated(self, inspection: Inspection, ids: FrameworkIds) -> Inspection:
        return replace(inspection, improvement_plan=self.after)


@dataclass(frozen=True)
class FollowUpEdit(Edit[FollowUp | None]):
    """A follow-up of the improvement plan added (before None), changed, or deleted (after None)."""

    def __post_init__(self) -> None:
        if self.before is None and self.after is None:
            raise ValueError("a follow-up edit needs the follow-up before or after")

    @property
    def follow_up(self) -> FollowUp:
        found = self.after or self.before
        assert found is not None  # __post_init__
        return found

    @property
    def description(self) -> str:
        when = f"{self.follow_up.date:%d/%m/%Y}"
        if self.before is None:
            return f"Add the follow-up of {when}"
        return f"Delete the follow-up of {when}" if self.after is None else f"Change the follow-up of {when}"

    @property
    def item_id(self) -> str:
        return AFTER_FIELDWORK

    def write(self, file: InspectionFile) -> None:
        if self.after is None:
            file.delete_follow_up(self.follow_up.id)
        else:
            file.set_follow_up(self.after)

    def updated(self, inspection: Inspection, ids: FrameworkIds) -> Inspection:
        follow_ups = in_place(inspection.follow_ups, lambda f: f.id, self.follow_up.id, self.after)
        return replace(inspection, follow_ups=follow_ups)
