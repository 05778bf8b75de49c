"""The evidence form: its fields checked and turned into Evidence (a new item, or a change to one), and
kept as a draft in the file while they are not yet saved.

The form is one unit (the text, source, reference, tag, the prompts the item supports, the register
entry it cites and the page): nothing reaches the record until the inspector saves it, so a reference
typed after the text is never lost to an item saved half-way. What is typed meanwhile is kept as a
draft (`Session.keep_draft`), so leaving the prompt, closing the file or a crash loses none of it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime

from inspector.app.edits import EvidenceEdit
from inspector.app.session import Session
from inspector.errors import UserError
from inspector.framework.model import Framework
from inspector.inspection.model import Evidence, EvidenceTag, Inspection, SourceKind

TEXT_FIELD = "evidence text"
PROMPTS_FIELD = "prompts"
DOCUMENT_FIELD = "document"
PAGE_FIELD = "page"
DRAFT_RESTORED = "Unsaved draft restored"
_KEY = "evidence:"
# The prompts line takes ids apart at commas, semicolons or spaces: "1.1.1a, 1.1.2b" or "1.1.1a 1.1.2b".
_SEPARATORS = re.compile(r"[\s,;]+")
_LAST_WORD = re.compile(r"[^\s,;]*$")


class EvidenceProblem(UserError):
    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field


@dataclass(frozen=True)
class EvidenceDraft:
    """The form's fields as they stand."""

    text: str
    source: SourceKind
    reference: str = ""
    tag: EvidenceTag | None = None
    prompts: str = ""  # the prompts line as typed: "1.1.1a, 1.1.2b"
    document_id: str | None = None  # the register entry chosen, or None
    page: str = ""


@dataclass(frozen=True)
class EvidenceChoices:
    """What the form offers: the framework's prompts and the register's entries, each in its order."""

    prompts: tuple[tuple[str, str], ...]  # (id, "1.1.1a Is there a clear vision ..."): what the line completes
    documents: tuple[tuple[str, str], ...]  # (id, title)


def evidence_choices(framework: Framework, inspection: Inspection) -> EvidenceChoices:
    return EvidenceChoices(
        tuple((p.id, f"{p.id} {p.text}") for p in framework.prompts),
        tuple((d.id, d.title) for d in inspection.documents),
    )


def prompts_line(prompt_ids: Iterable[str]) -> str:
    return ", ".join(prompt_ids)


def completing(line: str) -> tuple[str, str]:
    """The prompts line as completion sees it: what stays, and the word being typed (after the last separator)."""
    word = _LAST_WORD.search(line)
    assert word is not None  # the pattern matches the empty string at the end of any line
    return line[: word.start()], word.group()


def _text(draft: EvidenceDraft) -> str:
    text = draft.text.strip()
    if not text:
        raise EvidenceProblem(TEXT_FIELD, "type what was seen, read or heard")
    return text


def _prompts(draft: EvidenceDraft, recorded_on: str, choices: EvidenceChoices) -> tuple[str, tuple[str, ...]]:
    """The prompt the item is recorded on and the others it supports (framework order): the prompt it was
    recorded on stays while it is named; otherwise the first named in framework order takes its place."""
    order = {prompt_id: n for n, (prompt_id, _) in enumerate(choices.prompts)}
    named: dict[str, None] = {}  # in the order typed, each once
    for word in filter(None, _SEPARATORS.split(draft.prompts)):
        prompt_id = word.lower()
        if prompt_id not in order:
            raise EvidenceProblem(PROMPTS_FIELD, f"{word} is not a prompt of the framework")
        named[prompt_id] = None
    if not named:
        raise EvidenceProblem(PROMPTS_FIELD, "name the prompts it supports")
    first = recorded_on if recorded_on in named else min(named, key=order.__getitem__)
    return first, tuple(sorted((p for p in named if p != first), key=order.__getitem__))


def _cited(draft: EvidenceDraft, choices: EvidenceChoices) -> tuple[str | None, str]:
    page = draft.page.strip()
    if draft.document_id is None:
        if page:
            raise EvidenceProblem(PAGE_FIELD, "choose the document it is a page of")
        return None, ""
    if draft.document_id not in dict(choices.documents):
        raise EvidenceProblem(DOCUMENT_FIELD, "is no longer in the register")
    return draft.document_id, page


def new_evidence(prompt_id: str, draft: EvidenceDraft, choices: EvidenceChoices, user: str, now: datetime) -> Evidence:
    text = _text(draft)
    recorded_on, also = _prompts(draft, prompt_id, choices)
    document_id, page = _cited(draft, choices)
    return Evidence(
        recorded_on, text, draft.source, draft.reference.strip(), recorded_by=user, recorded_at=now, tag=draft.tag,
        also=also, document_id=document_id, page=page,
    )


def changed_evidence(existing: Evidence, draft: EvidenceDraft, choices: EvidenceChoices) -> Evidence:
    """The item with the form's fields; who recorded it, and when, stay (the audit log says who changed it)."""
    text = _text(draft)
    recorded_on, also = _prompts(draft, existing.prompt_id, choices)
    document_id, page = _cited(draft, choices)
    return replace(existing, prompt_id=recorded_on, text=text, source=draft.source, reference=draft.reference.strip(),
                   tag=draft.tag, also=also, document_id=document_id, page=page)


def item_draft(item: Evidence) -> EvidenceDraft:
    """The form's fields for an item as recorded."""
    return EvidenceDraft(item.text, item.source, item.reference, item.tag, prompts_line(item.prompts),
                         item.document_id, item.page)


def draft_fields(draft: EvidenceDraft) -> dict[str, str]:
    """The fields as the file keeps a draft: text only."""
    return {"text": draft.text, "source": draft.source.value, "reference": draft.reference,
            "tag": draft.tag.value if draft.tag else "", "prompts": draft.prompts,
            "document": draft.document_id or "", "page": draft.page}


def draft_from_fields(fields: Mapping[str, str], start: EvidenceDraft) -> EvidenceDraft:
    """A kept draft over the form it was typed in: a field the draft lacks, or holds as this version of the
    app does not know it (a draft from another version), keeps the form's own value."""
    sources = {kind.value: kind for kind in SourceKind}
    tags: dict[str, EvidenceTag | None] = {"": None, **{tag.value: tag for tag in EvidenceTag}}
    return EvidenceDraft(
        text=fields.get("text", start.text),
        source=sources.get(fields.get("source", ""), start.source),
        reference=fields.get("reference", start.reference),
        tag=tags.get(fields["tag"], start.tag) if "tag" in fields else start.tag,
        prompts=fields.get("prompts", start.prompts),
        document_id=(fields["document"] or None) if "document" in fields else start.document_id,
        page=fields.get("page", start.page),
    )


@dataclass(frozen=True)
class EvidenceForm:
    """What the form holds: a new item for `prompt_id` (`item` None) or a change to `item`, and the
    fields it opened with. Fields still as they opened are nothing to keep."""

    prompt_id: str
    item: Evidence | None
    start: EvidenceDraft

    @classmethod
    def new(cls, prompt_id: str, source: SourceKind, tag: EvidenceTag | None) -> EvidenceForm:
        """A new item supports the prompt it is typed on; the source and tag are the last item's (the next
        item is often alike)."""
        return cls(prompt_id, None, EvidenceDraft("", source, tag=tag, prompts=prompt_id))

    @classmethod
    def editing(cls, prompt_id: str, item: Evidence) -> EvidenceForm:
        return cls(prompt_id, item, item_draft(item))

    @property
    def key(self) -> str:
        """Where its draft is kept: a new item's under its prompt, a change under the item's id (so the
        change comes back on whichever prompt's page the item is opened)."""
        return f"{_KEY}{self.item.id}" if self.item is not None else f"{_KEY}{self.prompt_id}"

    def kept(self, session: Session) -> EvidenceDraft | None:
        """The draft kept for this form, or None."""
        fields = session.draft(self.key)
        return draft_from_fields(fields, self.start) if fields is not None else None

    def keep(self, session: Session, draft: EvidenceDraft) -> None:
        """Keep the fields as a draft; back as they opened, there is nothing to keep."""
        if draft == self.start:
            session.discard_draft(self.key)
        else:
            session.keep_draft(self.key, draft_fields(draft))

    def edit(self, draft: EvidenceDraft, choices: EvidenceChoices, user: str, now: datetime) -> EvidenceEdit:
        """The one edit the form saves: adding the item, or changing it."""
        if self.item is None:
            return EvidenceEdit(None, new_evidence(self.prompt_id, draft, choices, user, now))
        return EvidenceEdit(self.item, changed_evidence(self.item, draft, choices))


def prompts_with_drafts(session: Session) -> tuple[str, ...]:
    """The prompts whose page holds an evidence form kept unsaved (a new item's, or a change to an item
    recorded on it), for the window to say on opening: after a crash nothing typed is lost, and now the
    inspector knows where it is."""
    recorded_on = {e.id: e.prompt_id for e in session.inspection.evidence}
    found = (key[len(_KEY):] for key in session.draft_keys() if key.startswith(_KEY))
    return tuple(dict.fromkeys(recorded_on.get(target, target) for target in found))


def drafts_line(session: Session) -> str:
    """"Unsaved evidence kept on 1.1.1a, 1.2.3b: open the prompt to add it", or "" when there is none."""
    prompts = prompts_with_drafts(session)
    return f"Unsaved evidence kept on {', '.join(prompts)}: open the prompt to add it" if prompts else ""
