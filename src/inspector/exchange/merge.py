"""Team merge: bring a team member's interviews, evidence and ratings panel comments into the lead's
inspection.

Pure: `merge(lead, member)` only plans; `apply.py` writes the plan through the store.

Entries are matched by their stable UUID:
- an id the lead does not have: the member's entry is added as it is;
- the same id with identical content: skipped;
- the same id with different content: a conflict. Nothing is dropped: the lead's version stays as it
  is and the member's version is added beside it under a new id, its reference marked
  " (member's version)" (a panel comment, which has no reference, in its text). The new id is
  derived from the member's id and content, so merging the same member file again finds the copy
  already there and skips it.
Judgements, answers, proposed ratings, the ratings panel's decisions and everything else stay the
lead's: only interviews, evidence and panel comments are merged.
"""

from __future__ import annotations

import dataclasses
import hashlib
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from inspector.errors import UserError
from inspector.inspection.model import Evidence, Inspection, Interview, PanelComment

MEMBER_MARK = " (member's version)"
COMMENT = "ratings panel comment"  # a Conflict's kind
# Fixed namespace for the ids of member's-version copies (uuid5): the same conflict always gets the same id.
_COPY_NAMESPACE = uuid.UUID("5d0c8a52-3f0e-4a55-9a43-6c1b0f6f3e21")

Entry = TypeVar("Entry", Evidence, Interview, PanelComment)
Merged = Evidence | Interview | PanelComment


@dataclass(frozen=True)
class Conflict:
    """One id the lead and the member both have, with different content."""

    kind: str  # "interview" | "evidence" | "ratings panel comment"
    lead: Merged
    member: Merged
    differences: tuple[str, ...]  # what differs, in the inspectors' words
    copy: Merged  # the member's version as it is added to the lead's file


@dataclass(frozen=True)
class MergePlan:
    added_interviews: tuple[Interview, ...] = ()
    added_evidence: tuple[Evidence, ...] = ()
    skipped_interviews: tuple[Interview, ...] = ()
    skipped_evidence: tuple[Evidence, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    added_comments: tuple[PanelComment, ...] = ()
    skipped_comments: tuple[PanelComment, ...] = ()

    @property
    def interviews_to_add(self) -> tuple[Interview, ...]:
        copies = tuple(c.copy for c in self.conflicts if isinstance(c.copy, Interview))
        return self.added_interviews + copies

    @property
    def evidence_to_add(self) -> tuple[Evidence, ...]:
        copies = tuple(c.copy for c in self.conflicts if isinstance(c.copy, Evidence))
        return self.added_evidence + copies

    @property
    def comments_to_add(self) -> tuple[PanelComment, ...]:
        copies = tuple(c.copy for c in self.conflicts if isinstance(c.copy, PanelComment))
        return self.added_comments + copies


def merge(lead: Inspection, member: Inspection) -> MergePlan:
    """Plan bringing the member's interviews, evidence and panel comments into the lead's inspection."""
    if (member.framework_id, member.framework_version) != (lead.framework_id, lead.framework_version):
        raise UserError(
            f"the member's file uses framework '{member.framework_id}' {member.framework_version}, "
            f"the lead's '{lead.framework_id}' {lead.framework_version}: they cannot be merged"
        )
    if member.details.id != lead.details.id:
        raise UserError(
            f"the member's file is a different inspection ('{member.details.yjs}', id {member.details.id}) from the "
            f"lead's ('{lead.details.yjs}', id {lead.details.id}); team members work on a copy of the lead's file"
        )
    interviews = _plan("interview", lead.interviews, member.interviews, _interview_differences)
    evidence = _plan("evidence", lead.evidence, member.evidence, _evidence_differences)
    comments = _plan(COMMENT, lead.panel_comments, member.panel_comments, _comment_differences, marked="text")
    return MergePlan(
        added_interviews=interviews[0],
        added_evidence=evidence[0],
        skipped_interviews=interviews[1],
        skipped_evidence=evidence[1],
        conflicts=interviews[2] + evidence[2] + comments[2],
        added_comments=comments[0],
        skipped_comments=comments[1],
    )


def _plan(
    kind: str,
    lead: Sequence[Entry],
    member: Iterable[Entry],
    differences: Callable[[Entry, Entry], tuple[str, ...]],
    marked: str = "reference",
) -> tuple[tuple[Entry, ...], tuple[Entry, ...], tuple[Conflict, ...]]:
    """`marked`: the field of the member's version that carries the mark."""
    by_id = {entry.id: entry for entry in lead}
    added: list[Entry] = []
    skipped: list[Entry] = []
    conflicts: list[Conflict] = []
    for entry in member:
        theirs = by_id.get(entry.id)
        if theirs is None:
            added.append(entry)
        elif theirs == entry:
            skipped.append(entry)
        else:
            copy = _member_copy(entry, marked)
            if copy.id in by_id:  # this version was merged before (the lead may have edited it since)
                skipped.append(entry)
            else:
                conflicts.append(Conflict(kind, theirs, entry, differences(theirs, entry), copy))
    return tuple(added), tuple(skipped), tuple(conflicts)


def _member_copy(entry: Entry, marked: str) -> Entry:
    fingerprint = hashlib.sha256(repr(entry).encode("utf-8")).hexdigest()
    copy_id = str(uuid.uuid5(_COPY_NAMESPACE, f"{entry.id}/{fingerprint}"))
    mark = (getattr(entry, marked) + MEMBER_MARK).lstrip()
    return dataclasses.replace(entry, id=copy_id, **{marked: mark})


def _interview_differences(lead: Interview, member: Interview) -> tuple[str, ...]:
    found = [name for name, a, b in (
        ("reference", lead.reference, member.reference),
        ("form", (lead.form_id, lead.form_version), (member.form_id, member.form_version)),
        ("date", lead.date, member.date),
        ("inspector", lead.inspector, member.inspector),
    ) if a != b]
    theirs, ours = dict(lead.responses), dict(member.responses)
    questions = [q for q in dict.fromkeys([*theirs, *ours]) if theirs.get(q) != ours.get(q)]
    if questions:
        found.append(f"responses to {', '.join(questions)}")
    return tuple(found)


def _evidence_differences(lead: Evidence, member: Evidence) -> tuple[str, ...]:
    return tuple(name for name, a, b in (
        ("prompt", lead.prompt_id, member.prompt_id),
        ("text", lead.text, member.text),
        ("source", lead.source, member.source),
        ("reference", lead.reference, member.reference),
        ("recorded by", lead.recorded_by, member.recorded_by),
        ("recorded at", lead.recorded_at, member.recorded_at),
        ("tag", lead.tag, member.tag),
    ) if a != b)


def _comment_differences(lead: PanelComment, member: PanelComment) -> tuple[str, ...]:
    return tuple(name for name, a, b in (
        ("standard", lead.standard_id, member.standard_id),
        ("kind", lead.kind, member.kind),
        ("text", lead.text, member.text),
        ("by", lead.by, member.by),
        ("at", lead.at, member.at),
    ) if a != b)


def describe(entry: Merged) -> str:
    """How the summary names an entry: interview CM-07; evidence 1.2.1c 'Supervision audit'; ratings
    panel challenge on 1.2 'Is supervision regular?'."""
    if isinstance(entry, Interview):
        return f"interview {entry.reference}"
    shortened = entry.text[:40] + ("…" if len(entry.text) > 40 else "")
    if isinstance(entry, PanelComment):
        return f"ratings panel {entry.kind.value} on {entry.standard_id} '{shortened}'"
    return f"evidence {entry.prompt_id} '{entry.reference or shortened}'"


def format_plan(plan: MergePlan) -> str:
    """The summary the lead reads: counts, then each conflict with what differs."""
    lines = [
        f"interviews: {len(plan.added_interviews)} added, {len(plan.skipped_interviews)} already there (skipped), "
        f"{sum(c.kind == 'interview' for c in plan.conflicts)} in conflict",
        f"evidence: {len(plan.added_evidence)} added, {len(plan.skipped_evidence)} already there (skipped), "
        f"{sum(c.kind == 'evidence' for c in plan.conflicts)} in conflict",
        f"ratings panel comments: {len(plan.added_comments)} added, {len(plan.skipped_comments)} already there "
        f"(skipped), {sum(c.kind == COMMENT for c in plan.conflicts)} in conflict",
    ]
    if plan.conflicts:
        mark = MEMBER_MARK.strip()
        lines.append(f"conflicts (the lead's version kept; the member's added beside it, marked \"{mark}\"):")
        lines.extend(
            f"  {describe(c.lead)} (id {c.lead.id}): differs in {'; '.join(c.differences)}; "
            f"member's version added as id {c.copy.id}"
            for c in plan.conflicts
        )
    return "\n".join(lines)
