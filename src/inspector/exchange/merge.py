"""Team merge: bring a team member's interviews, evidence, documents of the register and ratings panel
comments into the lead's inspection.

Pure: `merge(lead, member)` only plans; `apply.py` writes the plan through the store.

Entries are matched by their stable UUID:
- an id the lead does not have: the member's entry is added as it is;
- the same id with identical content: skipped;
- the same id with different content: a conflict. Nothing is dropped: the lead's version stays as it
  is and the member's version is added beside it under a new id, its reference marked
  " (member's version)" (a panel comment, which has no reference, in its text; a document in its title).
  The new id is
  derived from the member's id and content, so merging the same member file again finds the copy
  already there and skips it.
An evidence item comes with the prompts it also supports, the document it cites and the page. Judgements,
answers, proposed ratings, the ratings panel's decisions, who covers which standard or key question
(assignments: the lead shares the work out) and everything else stay the lead's: only interviews,
evidence, documents and panel comments are merged. The plan still says where the member's
file holds those differently (`MergePlan.not_merged`), so the lead knows what the merge left out.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import uuid
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from inspector.errors import UserError
from inspector.inspection.model import (
    Document,
    Evidence,
    Inspection,
    InspectionDetails,
    Interview,
    PanelComment,
    Recommendation,
)

MEMBER_MARK = " (member's version)"
COMMENT = "ratings panel comment"  # a Conflict's kind
DOCUMENT = "document"  # a Conflict's kind
# Fixed namespace for the ids of member's-version copies (uuid5): the same conflict always gets the same id.
_COPY_NAMESPACE = uuid.UUID("5d0c8a52-3f0e-4a55-9a43-6c1b0f6f3e21")

Entry = TypeVar("Entry", Evidence, Interview, PanelComment, Document)
Merged = Evidence | Interview | PanelComment | Document


@dataclass(frozen=True)
class Conflict:
    """One id the lead and the member both have, with different content."""

    kind: str  # "interview" | "evidence" | "ratings panel comment" | "document"
    lead: Merged
    member: Merged
    differences: tuple[str, ...]  # what differs, in the inspectors' words
    copy: Merged  # the member's version as it is added to the lead's file


@dataclass(frozen=True)
class NotMerged:
    """Records of one kind that a merge leaves the lead's, where the member's file holds them differently."""

    kind: str  # one of NOT_MERGED's keys: "judgements", "key question answers", ...
    which: tuple[str, ...]  # the records that differ (prompt ids, ...); for details and diversity, the fields


# Each kind a merge leaves alone: (one, several) as the summary names them.
NOT_MERGED = {
    "details": ("inspection details", "inspection details"),
    "recommendations": ("recommendation", "recommendations"),
    "judgements": ("judgement", "judgements"),
    "key question answers": ("key question answer", "key question answers"),
    "proposals": ("proposed rating", "proposed ratings"),
    "diversity": ("diversity finding", "diversity finding"),
    "tallies": ("interview tally", "interview tallies"),
    "case data": ("standard's case data", "standards' case data"),
    "panel decisions": ("ratings panel decision", "ratings panel decisions"),
    "assignments": ("assignment", "assignments"),
}
# The inspection details' fields as the wizard and the details page name them.
_DETAIL_NAMES = {
    "yjs": "YJS name", "nation": "nation", "fieldwork_start": "fieldwork start", "fieldwork_end": "fieldwork end",
    "lead_inspector": "lead inspector", "team": "team", "resettlement_cases_12_months": "resettlement cases",
    "notes": "notes",
}
_LISTED = 8  # ids named in a summary line before "…"


@dataclass(frozen=True)
class MergePlan:
    added_interviews: tuple[Interview, ...] = ()
    added_evidence: tuple[Evidence, ...] = ()
    skipped_interviews: tuple[Interview, ...] = ()
    skipped_evidence: tuple[Evidence, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    added_comments: tuple[PanelComment, ...] = ()
    skipped_comments: tuple[PanelComment, ...] = ()
    not_merged: tuple[NotMerged, ...] = ()  # what differs in the records that stay the lead's
    added_documents: tuple[Document, ...] = ()
    skipped_documents: tuple[Document, ...] = ()

    @property
    def interviews_to_add(self) -> tuple[Interview, ...]:
        copies = tuple(c.copy for c in self.conflicts if isinstance(c.copy, Interview))
        return self.added_interviews + copies

    @property
    def evidence_to_add(self) -> tuple[Evidence, ...]:
        copies = tuple(c.copy for c in self.conflicts if isinstance(c.copy, Evidence))
        return self.added_evidence + copies

    @property
    def documents_to_add(self) -> tuple[Document, ...]:
        copies = tuple(c.copy for c in self.conflicts if isinstance(c.copy, Document))
        return self.added_documents + copies

    @property
    def comments_to_add(self) -> tuple[PanelComment, ...]:
        copies = tuple(c.copy for c in self.conflicts if isinstance(c.copy, PanelComment))
        return self.added_comments + copies


def merge(lead: Inspection, member: Inspection) -> MergePlan:
    """Plan bringing the member's interviews, evidence, documents and panel comments into the lead's inspection."""
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
    documents = _plan(DOCUMENT, lead.documents, member.documents, _document_differences, marked="title")
    return MergePlan(
        added_interviews=interviews[0],
        added_evidence=evidence[0],
        skipped_interviews=interviews[1],
        skipped_evidence=evidence[1],
        conflicts=interviews[2] + evidence[2] + comments[2] + documents[2],
        added_comments=comments[0],
        skipped_comments=comments[1],
        not_merged=_not_merged(lead, member),
        added_documents=documents[0],
        skipped_documents=documents[1],
    )


def _not_merged(lead: Inspection, member: Inspection) -> tuple[NotMerged, ...]:
    """Where the member's file differs from the lead's in what a merge does not bring in. A record one
    side lacks counts as at its defaults (a prompt not judged), so only real differences are named."""
    def counts(i: Inspection) -> dict[str, tuple[object, ...]]:
        found: dict[str, tuple[object, ...]] = {sid: (rating,) for sid, rating in i.case_ratings}
        for count in i.case_counts:
            found[count.standard_id] = (*found.get(count.standard_id, (None,)), count)
        return found

    lead_counts, member_counts = counts(lead), counts(member)
    lead_assigned = {a.scope_id: a.member for a in lead.assignments}
    member_assigned = {a.scope_id: a.member for a in member.assignments}
    found = [
        NotMerged("details", _detail_differences(lead.details, member.details)),
        NotMerged("recommendations", tuple(
            f"'{_shortened(r.text)}'" for r in _differing(member.recommendations, lead.recommendations)
        )),
        NotMerged("judgements", _differing_keys(
            [j.prompt_id for j in (*lead.judgements, *member.judgements)], lead.judgement, member.judgement)),
        NotMerged("key question answers", _differing_keys(
            [a.key_question_id for a in (*lead.answers, *member.answers)], lead.answer, member.answer)),
        NotMerged("proposals", _differing_keys(
            [p.standard_id for p in (*lead.proposals, *member.proposals)], lead.proposal, member.proposal)),
        NotMerged("diversity", _differing_fields((
            ("sufficient", lead.diversity.sufficient, member.diversity.sufficient),
            ("note", lead.diversity.note, member.diversity.note)))),
        NotMerged("tallies", _differing_keys(
            [t.prompt_id for t in (*lead.tallies, *member.tallies)], lead.tally, member.tally)),
        NotMerged("case data", _differing_keys([*lead_counts, *member_counts], lead_counts.get, member_counts.get)),
        NotMerged("panel decisions", _differing_keys(
            [d.standard_id for d in (*lead.panel, *member.panel)], lead.panel_decision, member.panel_decision)),
        NotMerged("assignments", _differing_keys(
            [*lead_assigned, *member_assigned], lead_assigned.get, member_assigned.get)),
    ]
    return tuple(n for n in found if n.which)


def _differing_keys(
    keys: Iterable[str], lead: Callable[[str], Hashable], member: Callable[[str], Hashable]
) -> tuple[str, ...]:
    """The keys whose record differs, in id order (1.1.1a before 1.10.1a)."""
    return tuple(sorted((k for k in set(keys) if lead(k) != member(k)), key=_id_order))


def _differing(member: Iterable[Recommendation], lead: Iterable[Recommendation]) -> list[Recommendation]:
    """The member's recommendations (by id) that the lead lacks or holds otherwise, in the member's order."""
    theirs = {r.id: r for r in lead}
    return [r for r in member if theirs.get(r.id) != r]


def _id_order(key: str) -> list[tuple[int, str]]:
    return [(int(part), "") if part.isdigit() else (-1, part) for part in re.split(r"(\d+)", key) if part]


def _detail_differences(lead: InspectionDetails, member: InspectionDetails) -> tuple[str, ...]:
    return tuple(name for attribute, name in _DETAIL_NAMES.items()
                 if getattr(lead, attribute) != getattr(member, attribute))


def _shortened(text: str) -> str:
    return text[:40] + ("…" if len(text) > 40 else "")


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


def _differing_fields(fields: tuple[tuple[str, object, object], ...]) -> tuple[str, ...]:
    """The names of the fields whose lead and member values differ, in the order given."""
    return tuple(name for name, a, b in fields if a != b)


def _evidence_differences(lead: Evidence, member: Evidence) -> tuple[str, ...]:
    return _differing_fields((
        ("prompt", lead.prompt_id, member.prompt_id),
        ("text", lead.text, member.text),
        ("source", lead.source, member.source),
        ("reference", lead.reference, member.reference),
        ("recorded by", lead.recorded_by, member.recorded_by),
        ("recorded at", lead.recorded_at, member.recorded_at),
        ("tag", lead.tag, member.tag),
        ("also supports", lead.also, member.also),
        ("document", lead.document_id, member.document_id),
        ("page", lead.page, member.page),
    ))


def _document_differences(lead: Document, member: Document) -> tuple[str, ...]:
    return _differing_fields((
        ("title", lead.title, member.title),
        ("kind", lead.kind, member.kind),
        ("received", lead.received, member.received),
        ("supplied by", lead.supplied_by, member.supplied_by),
        ("file", lead.file_path, member.file_path),
        ("SHA-256", lead.sha256, member.sha256),
    ))


def _comment_differences(lead: PanelComment, member: PanelComment) -> tuple[str, ...]:
    return _differing_fields((
        ("standard", lead.standard_id, member.standard_id),
        ("kind", lead.kind, member.kind),
        ("text", lead.text, member.text),
        ("by", lead.by, member.by),
        ("at", lead.at, member.at),
    ))


def describe(entry: Merged) -> str:
    """How the summary names an entry: interview CM-07; evidence 1.2.1c 'Supervision audit'; ratings
    panel challenge on 1.2 'Is supervision regular?'."""
    if isinstance(entry, Interview):
        return f"interview {entry.reference}"
    if isinstance(entry, Document):
        return f"document '{_shortened(entry.title)}'"
    shortened = entry.text[:40] + ("…" if len(entry.text) > 40 else "")
    if isinstance(entry, PanelComment):
        return f"ratings panel {entry.kind.value} on {entry.standard_id} '{shortened}'"
    return f"evidence {entry.prompt_id} '{entry.reference or shortened}'"


def format_plan(plan: MergePlan) -> str:
    """The summary the lead reads: counts, what the member's file holds differently that was not merged
    (it stays the lead's), then each conflict with what differs."""
    lines = [
        f"interviews: {len(plan.added_interviews)} added, {len(plan.skipped_interviews)} already there (skipped), "
        f"{sum(c.kind == 'interview' for c in plan.conflicts)} in conflict",
        f"evidence: {len(plan.added_evidence)} added, {len(plan.skipped_evidence)} already there (skipped), "
        f"{sum(c.kind == 'evidence' for c in plan.conflicts)} in conflict",
        f"ratings panel comments: {len(plan.added_comments)} added, {len(plan.skipped_comments)} already there "
        f"(skipped), {sum(c.kind == COMMENT for c in plan.conflicts)} in conflict",
        f"documents: {len(plan.added_documents)} added, {len(plan.skipped_documents)} already there (skipped), "
        f"{sum(c.kind == DOCUMENT for c in plan.conflicts)} in conflict",
    ]
    lines.extend(not_merged_line(n) for n in plan.not_merged)
    if plan.conflicts:
        mark = MEMBER_MARK.strip()
        lines.append(f"conflicts (the lead's version kept; the member's added beside it, marked \"{mark}\"):")
        lines.extend(
            f"  {describe(c.lead)} (id {c.lead.id}): differs in {'; '.join(c.differences)}; "
            f"member's version added as id {c.copy.id}"
            for c in plan.conflicts
        )
    return "\n".join(lines)


def not_merged_line(not_merged: NotMerged) -> str:
    """'3 judgements differ from yours: 1.1.1a, 1.2.3b, 1.3.1c — judgements stay the lead's'."""
    one, several = NOT_MERGED[not_merged.kind]
    which = not_merged.which
    named = ", ".join(which[:_LISTED]) + (", …" if len(which) > _LISTED else "")
    # One record each: say which of its fields differ.
    if not_merged.kind == "details":
        return f"the {one} differ from yours in {named} — they stay the lead's"
    if not_merged.kind == "diversity":
        return f"the {one} differs from yours in {named} — it stays the lead's"
    n = len(which)
    verb = "differs" if n == 1 else "differ"
    return f"{n} {one if n == 1 else several} {verb} from yours: {named} — {several} stay the lead's"
