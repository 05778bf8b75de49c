"""Undoable edits to the inspection details, the diversity finding and the recommendations, made on the
inspection details page after the wizard has created the file.

As the other edits (app/edits.py): the value before and after, written through the store, the
snapshot changed in memory as the store would read it back, a description for the Edit menu, and
typing saved as it goes merged into one undo step.

The recommendations are one ordered list (the report prints them in this order within each
recipient), so their edit holds the whole list before and after: deletions, changes and additions are
written one by one, then the store puts the whole list in order in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from functools import partial
from typing import TYPE_CHECKING

from inspector.app.edits import Edit, write_each
from inspector.app.navigator import DETAILS
from inspector.inspection.model import DiversityFinding, Inspection, InspectionDetails, Recommendation
from inspector.store import FrameworkIds, InspectionFile

if TYPE_CHECKING:
    from _typeshed import DataclassInstance


def _changed(before: DataclassInstance, after: DataclassInstance) -> set[str]:
    """The names of the dataclass fields that differ."""
    return {f.name for f in fields(before) if getattr(before, f.name) != getattr(after, f.name)}


# --- the details ------------------------------------------------------------------------------------

# What each detail's change says in the Edit menu ("Undo Change the fieldwork dates").
_DETAIL_WORDS = {
    "yjs": "Rename the YJS",
    "nation": "Change the nation",
    "fieldwork_start": "Change the fieldwork dates",
    "fieldwork_end": "Change the fieldwork dates",
    "lead_inspector": "Change the lead inspector",
    "team": "Change the team",
    "notes": "Edit the notes on the inspection",
}
# Saved as typed (notes on a pause; the names when the field is left): later typing merges into one undo step.
_TYPED_DETAILS = {"yjs", "lead_inspector", "team", "notes"}


@dataclass(frozen=True)
class DetailsEdit(Edit[InspectionDetails]):
    """The inspection's details: the YJS, nation, fieldwork dates, team, resettlement cases and notes."""

    def __post_init__(self) -> None:
        # A file holds one inspection for good: its id is how a team member's file is matched to the lead's.
        if self.before.id != self.after.id:
            raise ValueError("a details edit changes this inspection's details, not its id")

    @property
    def description(self) -> str:
        changed = _changed(self.before, self.after)
        if changed == {"resettlement_cases_12_months"}:
            cases = self.after.resettlement_cases_12_months
            return "Clear the resettlement cases" if cases is None else f"Set resettlement cases to {cases}"
        if changed == {"nation"}:
            return f"Set the nation to {self.after.nation.value}"
        words = {_DETAIL_WORDS.get(name, "") for name in changed}
        return words.pop() if len(words) == 1 and "" not in words else "Change the inspection details"

    @property
    def item_id(self) -> str:
        return DETAILS

    def write(self, file: InspectionFile) -> None:
        file.set_details(self.after)

    def updated(self, inspection: Inspection, ids: FrameworkIds) -> Inspection:
        return replace(inspection, details=self.after)

    def merged(self, later: Edit[object]) -> DetailsEdit | None:
        if not (isinstance(later, DetailsEdit) and later.before == self.after):
            return None
        mine, theirs = _changed(self.before, self.after), _changed(later.before, later.after)
        if len(mine) == 1 and mine == theirs and mine <= _TYPED_DETAILS:
            return DetailsEdit(self.before, later.after)
        return None


# --- the diversity finding --------------------------------------------------------------------------


@dataclass(frozen=True)
class DiversityEdit(Edit[DiversityFinding]):
    """Whether practice on diversity is sufficient, and the note on it. Seed line 129: the ratings panel
    "will challenge any proposed overall outstanding rating if we consider a YJS's practice on diversity to
    be insufficient"."""

    @property
    def description(self) -> str:
        if self.before.sufficient != self.after.sufficient:
            if self.after.sufficient is None:
                return "Clear the diversity finding"
            return f"Record practice on diversity as {'sufficient' if self.after.sufficient else 'insufficient'}"
        return "Edit the note on diversity"

    @property
    def item_id(self) -> str:
        return DETAILS

    def write(self, file: InspectionFile) -> None:
        file.set_diversity(self.after)

    def updated(self, inspection: Inspection, ids: FrameworkIds) -> Inspection:
        return replace(inspection, diversity=self.after)

    def merged(self, later: Edit[object]) -> DiversityEdit | None:
        # The note is saved as it is typed: one undo step takes back the typing.
        if (
            isinstance(later, DiversityEdit) and later.before == self.after
            and self.before.sufficient == self.after.sufficient == later.after.sufficient
        ):
            return DiversityEdit(self.before, later.after)
        return None


# --- the recommendations ----------------------------------------------------------------------------


@dataclass(frozen=True)
class RecommendationEdit(Edit[tuple[Recommendation, ...]]):
    """One change to the recommendations, held as the whole list before and after: one added (last),
    changed, deleted or moved (`moved`: the one the inspector moved, so the Edit menu says "up" or
    "down" as they did). Make it with `added`, `changed`, `deleted` or `moved_by`."""

    moved: str = ""

    def __post_init__(self) -> None:
        for records in (self.before, self.after):
            if len({r.id for r in records}) != len(records):
                raise ValueError("each recommendation appears once")

    @classmethod
    def added(cls, recommendations: tuple[Recommendation, ...], new: Recommendation) -> RecommendationEdit:
        return cls(recommendations, (*recommendations, new))

    @classmethod
    def changed(cls, recommendations: tuple[Recommendation, ...], new: Recommendation) -> RecommendationEdit:
        return cls(recommendations, tuple(new if r.id == new.id else r for r in recommendations))

    @classmethod
    def deleted(cls, recommendations: tuple[Recommendation, ...], gone: str) -> RecommendationEdit:
        return cls(recommendations, tuple(r for r in recommendations if r.id != gone))

    @classmethod
    def moved_by(cls, recommendations: tuple[Recommendation, ...], which: str, step: int) -> RecommendationEdit | None:
        """`which` moved `step` places (-1 up, 1 down), or None at either end."""
        order = list(recommendations)
        here = next(i for i, r in enumerate(order) if r.id == which)
        there = here + step
        if not 0 <= there < len(order):
            return None
        order.insert(there, order.pop(here))
        return cls(recommendations, tuple(order), moved=which)

    @property
    def description(self) -> str:
        before, after = self.before, self.after
        numbers = {r.id: n for n, r in enumerate(before, 1)}
        new = [r for r in after if r.id not in numbers]
        if new:
            return f"Add recommendation {len(after)} (to {_to(new[0])})"
        kept = {r.id for r in after}
        gone = [r for r in before if r.id not in kept]
        if gone:
            return f"Delete recommendation {numbers[gone[0].id]}"
        if [r.id for r in before] != [r.id for r in after]:
            which = self.moved or next(a.id for b, a in zip(before, after, strict=True) if a.id != b.id)
            place = [r.id for r in after].index(which) + 1
            return f"Move recommendation {numbers[which]} {'up' if place < numbers[which] else 'down'}"
        pair = next(((b, a) for b, a in zip(before, after, strict=True) if b != a), None)
        if pair is None:  # typing merged back to where it began: the undo stack drops it
            return "Edit the recommendations"
        old, changed = pair
        if _changed(old, changed) == {"to"}:
            return f"Address recommendation {numbers[old.id]} to {_to(changed)}"
        return f"Edit recommendation {numbers[old.id]}"

    @property
    def item_id(self) -> str:
        return DETAILS

    def write(self, file: InspectionFile) -> None:
        before, after = self.before, self.after
        wanted = {r.id for r in after}
        earlier = {r.id: r for r in before}
        steps: list[Callable[[], None]] = [
            partial(file.delete_recommendation, r.id) for r in before if r.id not in wanted]
        steps += [partial(file.set_recommendation, r) for r in after if earlier.get(r.id) != r]
        # The store adds a new one last; one transaction then puts them all in place (a move, or a
        # deletion undone), so the file never lacks a recommendation between two writes.
        steps.append(lambda: file.order_recommendations([r.id for r in after]))
        write_each(steps)

    def updated(self, inspection: Inspection, ids: FrameworkIds) -> Inspection:
        return replace(inspection, recommendations=self.after)

    def merged(self, later: Edit[object]) -> RecommendationEdit | None:
        # Typing a recommendation's text is saved as it goes; one undo step takes back the typing (and the
        # adding, when the typing began a new recommendation).
        if not (isinstance(later, RecommendationEdit) and later.before == self.after):
            return None
        typed = _typed_into(later)
        if typed is not None and typed in {r.id for r in self.after} and (
            _typed_into(self) == typed or (self.before == self.after[:-1] and self.after[-1].id == typed)
        ):
            return RecommendationEdit(self.before, later.after)
        return None


def _typed_into(edit: RecommendationEdit) -> str | None:
    """The id of the one recommendation whose text alone the edit changes, if that is all it does."""
    before, after = edit.before, edit.after
    if [r.id for r in before] != [r.id for r in after]:
        return None
    changed = [(b, a) for b, a in zip(before, after, strict=True) if b != a]
    if len(changed) == 1 and _changed(*changed[0]) == {"text"}:
        return changed[0][1].id
    return None


def _to(recommendation: Recommendation) -> str:
    return f"the {recommendation.to.value}"  # "the local authority", "the MoJ"
