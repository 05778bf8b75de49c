"""Writing a merge plan into the lead's inspection file, through the store's audited edits, and taking
it back out again (the window's undo)."""

from __future__ import annotations

from inspector.exchange.merge import MergePlan
from inspector.store import InspectionFile


def apply_merge(lead: InspectionFile, plan: MergePlan, reason: str) -> None:
    """Add every document of the register, interview, evidence item and ratings panel comment the plan
    brings in (new ones and member's-version copies), each an audited edit carrying `reason`; nothing of the
    lead's is changed or removed. All or nothing: the additions are one transaction, so an item the store
    refuses (or a disk that fails) part-way leaves the lead's file exactly as it was, not holding the items
    before it."""
    with lead.transaction():
        # The register first: the member's evidence may cite a document the merge brings in.
        for document in plan.documents_to_add:
            lead.set_document(document, reason)
        for interview in plan.interviews_to_add:
            lead.add_interview(interview, reason)
        for evidence in plan.evidence_to_add:
            lead.add_evidence(evidence, reason)
        for comment in plan.comments_to_add:
            lead.add_panel_comment(comment, reason)


def remove_merge(lead: InspectionFile, plan: MergePlan, reason: str) -> None:
    """Remove exactly what `apply_merge` added for the plan, each removal an audited edit carrying `reason`,
    all in one transaction as the merge was. The evidence goes before the register's entries it may cite
    (the store keeps a cited document)."""
    with lead.transaction():
        for comment in plan.comments_to_add:
            lead.delete_panel_comment(comment.id, reason)
        for evidence in plan.evidence_to_add:
            lead.delete_evidence(evidence.id, reason)
        for interview in plan.interviews_to_add:
            lead.delete_interview(interview.id, reason)
        for document in plan.documents_to_add:
            lead.delete_document(document.id, reason)
