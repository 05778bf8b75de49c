"""What the lead reads before a team member's work is brought in, as plain data: what would be added,
what is already there, each conflict with the lead's version beside the member's (the member's is kept
as a copy), and what the merge leaves the lead's and why. The plan itself is exchange.merge's.
"""

from __future__ import annotations

from dataclasses import dataclass

from inspector.exchange.merge import MEMBER_MARK, Merged, MergePlan, describe, not_merged_line
from inspector.inspection.model import Document, Evidence, Interview, PanelComment


@dataclass(frozen=True)
class ConflictRow:
    """One entry both files hold differently."""

    what: str  # "evidence 1.2.1c 'Supervision audit'"
    differs: str  # "differs in text; tag"
    lead: str  # the lead's version, a field a line
    member: str  # the member's version, as it is added beside the lead's


@dataclass(frozen=True)
class MergePlanView:
    title: str  # "Bring in the work from Northmoor - Priya.yjsi"
    source: str  # the member's file name
    added_counts: str  # "1 interview, 2 evidence items, no documents, no ratings panel comments"
    added: tuple[str, ...]  # a line for each new entry
    already: str  # "23 interviews, 40 evidence items already there: skipped"
    conflicts: tuple[ConflictRow, ...]
    conflicts_note: str  # what bringing in does with a conflict
    not_merged: tuple[str, ...]  # plan.not_merged, one line each
    to_bring_in: int  # entries "Bring in" adds, the member's copies included

    @property
    def anything(self) -> bool:
        return self.to_bring_in > 0

    @property
    def nothing_line(self) -> str:
        """What the window says when there is nothing to bring in."""
        return f"Nothing to bring in from {self.source}: everything in it is already in this inspection"

    @property
    def brought_line(self) -> str:
        """What the window says once the work is brought in."""
        return f"Brought in {_count(self.to_bring_in, 'item', 'items')} from {self.source}"


def merge_plan_view(plan: MergePlan, source: str) -> MergePlanView:
    added: list[Merged] = [*plan.added_documents, *plan.added_interviews, *plan.added_evidence, *plan.added_comments]
    to_add = (len(plan.documents_to_add) + len(plan.interviews_to_add) + len(plan.evidence_to_add)
              + len(plan.comments_to_add))
    mark = MEMBER_MARK.strip()
    return MergePlanView(
        title=f"Bring in the work from {source}",
        source=source,
        added_counts=_counts(plan.added_interviews, plan.added_evidence, plan.added_documents, plan.added_comments),
        added=tuple(_capital(describe(entry)) for entry in added),
        already=_already(plan),
        conflicts=tuple(ConflictRow(_capital(describe(c.lead)), f"differs in {'; '.join(c.differences)}",
                                    version(c.lead), version(c.copy)) for c in plan.conflicts),
        conflicts_note=(f"Your version stays as it is; the member's is added beside it, marked \"{mark}\"."
                        if plan.conflicts else "None: nothing in the member's file differs from yours."),
        not_merged=tuple(_capital(not_merged_line(n)) for n in plan.not_merged),
        to_bring_in=to_add,
    )


def version(entry: Merged) -> str:
    """One side of a conflict, a field a line, as the inspectors name the fields."""
    if isinstance(entry, Evidence):
        fields = [("Prompt", ", ".join(entry.prompts)), ("Reference", entry.reference),
                  ("Source", entry.source.value), ("Tag", entry.tag.value if entry.tag else "none"),
                  ("Recorded by", entry.recorded_by), ("Text", entry.text)]
    elif isinstance(entry, Interview):
        answers = "; ".join(f"{question} {response.answer.value}" for question, response in entry.responses)
        fields = [("Reference", entry.reference), ("Date", entry.date.isoformat() if entry.date else "not set"),
                  ("Inspector", entry.inspector), ("Answers", answers)]
    elif isinstance(entry, Document):
        fields = [("Title", entry.title), ("Kind", entry.kind.value),
                  ("Received", entry.received.isoformat() if entry.received else "not set"),
                  ("Supplied by", entry.supplied_by)]
    else:
        assert isinstance(entry, PanelComment)
        fields = [("On", entry.standard_id), ("Kind", entry.kind.value), ("By", entry.by), ("Text", entry.text)]
    return "\n".join(f"{name}: {value}" for name, value in fields if value)


def _already(plan: MergePlan) -> str:
    skipped = _counts(plan.skipped_interviews, plan.skipped_evidence, plan.skipped_documents, plan.skipped_comments)
    return f"{skipped}: the same in both files, so skipped"


def _counts(interviews: tuple[object, ...], evidence: tuple[object, ...], documents: tuple[object, ...],
            comments: tuple[object, ...]) -> str:
    return ", ".join((
        _count(len(interviews), "interview", "interviews"),
        _count(len(evidence), "evidence item", "evidence items"),
        _count(len(documents), "document", "documents"),
        _count(len(comments), "ratings panel comment", "ratings panel comments"),
    ))


def _count(n: int, one: str, several: str) -> str:
    return f"{n} {one}" if n == 1 else f"{n or 'no'} {several}"


def _capital(line: str) -> str:
    return line[:1].upper() + line[1:]
