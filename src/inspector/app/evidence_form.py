"""The evidence editor's fields, checked and turned into Evidence (new, or a change to an item)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from inspector.errors import UserError
from inspector.inspection.model import Evidence, EvidenceTag, SourceKind

TEXT_FIELD = "evidence text"


class EvidenceProblem(UserError):
    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field


@dataclass(frozen=True)
class EvidenceDraft:
    """The editor's fields as they stand."""

    text: str
    source: SourceKind
    reference: str = ""
    tag: EvidenceTag | None = None


def _text(draft: EvidenceDraft) -> str:
    text = draft.text.strip()
    if not text:
        raise EvidenceProblem(TEXT_FIELD, "type what was seen, read or heard")
    return text


def new_evidence(prompt_id: str, draft: EvidenceDraft, user: str, now: datetime) -> Evidence:
    return Evidence(
        prompt_id, _text(draft), draft.source, draft.reference.strip(), recorded_by=user, recorded_at=now,
        tag=draft.tag,
    )


def changed_evidence(existing: Evidence, draft: EvidenceDraft) -> Evidence:
    """The item with the editor's fields; who recorded it, and when, stay (the audit log says who changed it)."""
    return replace(existing, text=_text(draft), source=draft.source, reference=draft.reference.strip(), tag=draft.tag)
