"""What the documents page shows, as plain data: the register of documents, each entry with the evidence
that cites it and whether its file is still the one registered, and the entry form's checks.

Seed line 41: domain one judgements are "informed by the evidence submitted by the organisation in advance
of the inspection, interviews undertaken during the inspection fieldwork weeks" and more; the register
lists those documents once, and evidence cites an entry (and a page of it) rather than retyping its name.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import PurePath

from inspector.app.document_edits import DocumentEdit
from inspector.app.document_files import FileCheck, FileChecks, FileState
from inspector.app.interviews_view import in_fieldwork
from inspector.errors import UserError
from inspector.framework.terms import fold
from inspector.inspection.model import Document, DocumentKind, Evidence, Inspection

# As the page lists them, in the order an inspection meets them.
KIND_NAMES = {
    DocumentKind.EVIDENCE_IN_ADVANCE: "Evidence in advance",
    DocumentKind.DURING_FIELDWORK: "Supplied during fieldwork",
    DocumentKind.OTHER: "Other source",
}
NOT_CHECKED = "not yet checked"
# The register's column in a word or two (the page says the whole for the entry selected, as FileState does).
CHECK_WORDS = {FileState.UNCHANGED: "unchanged", FileState.CHANGED: "changed", FileState.MISSING: "not found",
               FileState.UNREADABLE: "cannot be read"}
# What to do about a file no longer as registered, said under the register for the entry selected.
_ADVICE = {
    FileState.CHANGED: "If it is still the document the evidence cites, accept it; if not, put the registered "
                       "one back.",
    FileState.MISSING: "If it has moved, choose it again where it is now.",
    FileState.UNREADABLE: "Check it can be opened on this computer, then check the files again.",
}


@dataclass(frozen=True)
class Citation:
    """An evidence item citing the entry: where it was recorded (the prompt it opens) and where in the document."""

    evidence_id: str
    prompt_id: str
    also: tuple[str, ...]
    page: str
    text: str  # the evidence's first line


@dataclass(frozen=True)
class DocumentRow:
    document: Document
    citations: tuple[Citation, ...]
    check: FileCheck | None  # None: the file named has not been checked yet

    @property
    def kind_text(self) -> str:
        return KIND_NAMES[self.document.kind]

    @property
    def received_text(self) -> str:
        return f"{self.document.received:%d/%m/%Y}" if self.document.received else "not recorded"

    @property
    def file_name(self) -> str:
        # PurePath: a path another member's computer wrote reads the same here.
        return PurePath(self.document.file_path).name if self.document.file_path else ""

    @property
    def file_text(self) -> str:
        if not self.document.file_path:
            return ""
        return self.check.state.value if self.check is not None else NOT_CHECKED

    @property
    def check_word(self) -> str:
        if not self.document.file_path:
            return ""
        return CHECK_WORDS[self.check.state] if self.check is not None else "not checked"

    @property
    def file_line(self) -> str:
        """The entry's file and where it stands, with what to do when it is no longer as registered."""
        if not self.document.file_path:
            return ""
        advice = _ADVICE.get(self.check.state, "") if self.check is not None else ""
        return f"{self.file_name}: {self.file_text}." + (f" {advice}" if advice else "")

    @property
    def changed(self) -> bool:
        """The file is there and no longer the one registered: its new contents may be accepted."""
        return self.check is not None and self.check.state is FileState.CHANGED

    @property
    def attention(self) -> bool:
        """The file is no longer as registered (changed, gone, unreadable)."""
        return self.check is not None and self.check.attention


@dataclass(frozen=True)
class DocumentsView:
    rows: tuple[DocumentRow, ...]

    @property
    def summary(self) -> str:
        count = len(self.rows)
        if not count:
            return "No documents registered yet"
        cited = sum(1 for row in self.rows if row.citations)
        parts = [f"{count} document{'' if count == 1 else 's'}", f"{cited} cited by evidence"]
        looks = sum(row.attention for row in self.rows)
        if looks:
            parts.append(f"{looks} file{' needs' if looks == 1 else 's need'} a look")
        return " \u00b7 ".join(parts)

    def row(self, document_id: str | None) -> DocumentRow | None:
        return next((r for r in self.rows if r.document.id == document_id), None)


def documents_view(inspection: Inspection, checks: FileChecks) -> DocumentsView:
    citing: dict[str, list[Citation]] = {}
    for evidence in inspection.evidence:
        if evidence.document_id is not None:
            citing.setdefault(evidence.document_id, []).append(_citation(evidence))
    return DocumentsView(tuple(
        DocumentRow(d, tuple(citing.get(d.id, ())), checks.get(d) if d.file_path else None)
        for d in inspection.documents
    ))


def _citation(evidence: Evidence) -> Citation:
    first = evidence.text.strip().splitlines()[0] if evidence.text.strip() else ""
    return Citation(evidence.id, evidence.prompt_id, evidence.also, evidence.page, first)


# --- the entry form ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class DocumentDraft:
    """The entry form as typed: nothing is checked until it is saved."""

    title: str
    kind: DocumentKind
    received: date | None
    supplied_by: str = ""
    file_path: str = ""
    sha256: str = ""  # the digest of the file when it was chosen ("" with no file)


def new_draft(inspection: Inspection, today: date) -> DocumentDraft:
    """An empty entry, received today or, outside the fieldwork week, on its nearest day: a document is
    mostly registered as it is handed over, and one typed up afterwards came in during the week."""
    return DocumentDraft("", DocumentKind.DURING_FIELDWORK, in_fieldwork(today, inspection))


def draft_of(document: Document) -> DocumentDraft:
    return DocumentDraft(document.title, document.kind, document.received, document.supplied_by,
                         document.file_path, document.sha256)


def saving(draft: DocumentDraft, existing: Document | None, inspection: Inspection, today: date) -> DocumentEdit:
    """The edit that saves the form (a new entry when `existing` is None), or a one-line UserError naming
    the field. The message never quotes what was typed."""
    title = draft.title.strip()
    if not title:
        raise UserError("document title: type what the document is")
    own = existing.id if existing is not None else None
    if any(fold(d.title.strip()) == fold(title) and d.id != own for d in inspection.documents):
        # Evidence picks an entry by its title: two alike could not be told apart.
        raise UserError("document title: another document in the register has this title")
    if draft.received is not None and draft.received > today:
        raise UserError("date received: cannot be after today")
    values = (title, draft.kind, draft.received, draft.supplied_by.strip(), draft.file_path, draft.sha256)
    if existing is None:
        return DocumentEdit(None, Document(*values))
    return DocumentEdit(existing, Document(*values, id=existing.id))


def deletion(inspection: Inspection, document: Document) -> DocumentEdit:
    """The edit deleting the entry, or a one-line UserError while evidence cites it (the store refuses it too)."""
    cited = sum(1 for e in inspection.evidence if e.document_id == document.id)
    if cited:
        items = "evidence item" if cited == 1 else "evidence items"
        raise UserError(f"the document is cited by {cited} {items}; change what they cite first")
    return DocumentEdit(document, None)
