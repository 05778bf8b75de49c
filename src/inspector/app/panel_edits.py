"""Undoable edits made with the ratings panel: where a standard's rating stands with the panel (put to it,
withdrawn, agreed, agreed at another rating, reopened) and the panel's challenges and comments.

As the other edits (app/edits.py): the value before and after, written through the store with its audit
rows, the snapshot changed in memory as the store would read it back, a description for the Edit menu.
Which moves are allowed is the rules' (rules/panel.py, `transition_refusal`), judged on the evaluation of
the snapshot the move would make, before anything is written.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from inspector.app.edits import Edit, in_place, keyed
from inspector.app.navigator import PANEL
from inspector.framework.model import Rating
from inspector.inspection.model import OVERALL, CommentKind, Inspection, PanelComment, PanelDecision, PanelState
from inspector.rules.evaluation import Evaluation
from inspector.rules.panel import transition_refusal
from inspector.store import FrameworkIds, InspectionFile, is_blank


@dataclass(frozen=True)
class PanelDecisionEdit(Edit[PanelDecision]):
    """One standard's move with the ratings panel. Make it with `put`, `withdrawn`, `agreed` or `reopened`.

    `proposed` is the rating put forward when the edit was made (the Edit menu names it beside a different
    agreed rating). `undoing`: the edit takes back an earlier one, putting the standard back where it was;
    the rules judge the moves the panel and the lead make, not the taking back of one (an agreement undone
    at once needs no reason for reopening), and the audit log says it was undone.
    """

    proposed: Rating | None = None
    undoing: bool = False

    def __post_init__(self) -> None:
        if self.before.standard_id != self.after.standard_id:
            raise ValueError("a ratings panel edit changes one standard")

    @classmethod
    def put(cls, decision: PanelDecision, proposed: Rating | None) -> PanelDecisionEdit:
        """The lead inspector puts the standard's rating to the panel."""
        return cls(decision, PanelDecision(decision.standard_id, PanelState.PROPOSED), proposed)

    @classmethod
    def withdrawn(cls, decision: PanelDecision, proposed: Rating | None) -> PanelDecisionEdit:
        """Back to the lead inspector (draft: the file keeps no record)."""
        return cls(decision, PanelDecision(decision.standard_id), proposed)

    @classmethod
    def agreed(cls, decision: PanelDecision, proposed: Rating | None, rating: Rating | None = None,
               reason: str = "") -> PanelDecisionEdit:
        """The panel agrees the rating proposed (`rating` None), or another one with the reason it typed."""
        chosen = proposed if rating is None else rating
        return cls(decision, PanelDecision(decision.standard_id, PanelState.AGREED, chosen, reason.strip()), proposed)

    @classmethod
    def reopened(cls, decision: PanelDecision, proposed: Rating | None, reason: str) -> PanelDecisionEdit:
        """The panel takes an agreed rating back to proposed, with the reason it typed."""
        return cls(decision, PanelDecision(decision.standard_id, PanelState.PROPOSED, reason=reason.strip()), proposed)

    @property
    def standard_id(self) -> str:
        return self.after.standard_id

    @property
    def description(self) -> str:
        sid, before, after = self.standard_id, self.before, self.after
        if after.state is PanelState.AGREED and (before.state, before.agreed) != (after.state, after.agreed):
            assert after.agreed is not None  # the store refuses an agreed decision without its rating
            if self.proposed is not None and after.agreed != self.proposed:
                return f"Agree {sid} as '{after.agreed.value}' (proposed '{self.proposed.value}')"
            return f"Agree {sid} as '{after.agreed.value}'"
        if (before.state, after.state) == (PanelState.DRAFT, PanelState.PROPOSED):
            return f"Put {sid} to the ratings panel"
        if after.state is PanelState.DRAFT:
            return f"Withdraw {sid} from the ratings panel"
        if (before.state, after.state) == (PanelState.AGREED, PanelState.PROPOSED):
            return f"Reopen {sid}"
        return f"Edit the ratings panel's reason for {sid}"

    @property
    def item_id(self) -> str:
        return PANEL

    def reversed(self) -> PanelDecisionEdit:
        return replace(self, before=self.after, after=self.before, undoing=not self.undoing)

    def write(self, file: InspectionFile) -> None:
        if self.undoing:
            reason = f"undone: {self.reversed().description}"
        else:
            # The reason the panel typed for this move, beside the state it changes, in the audit log.
            reason = self.after.reason if self.after.reason != self.before.reason else ""
        file.set_panel_decision(self.after, reason)

    def updated(self, inspection: Inspection, ids: FrameworkIds) -> Inspection:
        kept = None if is_blank(self.after) else self.after
        panel = keyed(inspection.panel, lambda d: d.standard_id, self.standard_id, kept, ids.scheme_standards)
        return replace(inspection, panel=panel)

    def refusal(self, evaluation: Evaluation) -> str | None:
        if self.undoing:
            return None
        return transition_refusal(self.before, self.after, evaluation.panel_standard(self.standard_id))

    def merged(self, later: Edit[object]) -> PanelDecisionEdit | None:
        # The panel's reason typed into a field is saved as it goes: one undo step takes back the typing.
        if (
            isinstance(later, PanelDecisionEdit) and later.before == self.after and not self.undoing
            and not later.undoing and _reason_only(self) and _reason_only(later)
        ):
            return replace(self, after=later.after)
        return None


def _reason_only(edit: PanelDecisionEdit) -> bool:
    before, after = edit.before, edit.after
    return (before.state, before.agreed) == (after.state, after.agreed)


@dataclass(frozen=True)
class PanelCommentEdit(Edit[PanelComment | None]):
    """A ratings panel challenge or comment added (before None) or deleted (after None). `by`: who makes
    the edit, the session's user; only they may delete their own comment. Make an addition with `added`."""

    by: str = ""

    def __post_init__(self) -> None:
        if self.before is None and self.after is None:
            raise ValueError("a ratings panel comment edit needs the comment before or after")
        if self.before is not None and self.after is not None:
            raise ValueError("a ratings panel comment is added or deleted, not changed")

    @classmethod
    def added(cls, standard_id: str, kind: CommentKind, text: str, by: str, at: datetime) -> PanelCommentEdit:
        return cls(None, PanelComment(standard_id, kind, text.strip(), by, at), by)

    @classmethod
    def deleted(cls, comment: PanelComment, by: str) -> PanelCommentEdit:
        return cls(comment, None, by)

    @property
    def comment(self) -> PanelComment:
        item = self.after or self.before
        assert item is not None  # __post_init__
        return item

    @property
    def standard_id(self) -> str:
        return self.comment.standard_id

    @property
    def description(self) -> str:
        where = "the overall rating" if self.standard_id == OVERALL else self.standard_id
        kind = self.comment.kind.value
        if self.before is None:
            return f"Add a {kind} to {where}"
        return f"Delete the {kind} on {where}"

    @property
    def item_id(self) -> str:
        return PANEL

    def write(self, file: InspectionFile) -> None:
        if self.before is None:
            file.add_panel_comment(self.comment)
        else:
            file.delete_panel_comment(self.before.id)

    def updated(self, inspection: Inspection, ids: FrameworkIds) -> Inspection:
        # As the store does: a comment is added last, so one restored by undo comes back last.
        comments = in_place(inspection.panel_comments, lambda c: c.id, self.comment.id, self.after)
        return replace(inspection, panel_comments=comments)

    def refusal(self, evaluation: Evaluation) -> str | None:
        # A challenge is its author's: another member may answer it with a comment, not take it away.
        if self.after is None and self.before is not None and self.before.by != self.by:
            return f"This {self.before.kind.value} is {self.before.by or 'unsigned'}'s: only they can delete it"
        return None
