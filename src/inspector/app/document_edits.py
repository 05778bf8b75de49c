"""Undoable edits to the register of documents: an entry added, changed or deleted, and a changed file's
new digest accepted.

As the other edits (app/edits.py): the value before and after, written through the store with its audit
row, the snapshot changed in memory as the store would read it back (an entry keeps its place when
changed; one added, or restored by undo, goes last), a description for the Edit menu. Entries are saved
when the inspector says so (Ctrl+Return, "Add document", "Save changes"), so nothing here merges.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from inspector.app.edits import Edit, in_place
from inspector.app.navigator import DOCUMENTS
from inspector.inspection.model import Document, Inspection
from inspector.store import FrameworkIds, InspectionFile

# The audit rows' reason when a changed file is accepted: the digest changed because the file did, and
# the inspector looked (the title is not repeated; the row names the entry).
ACCEPTED = "the file changed since it was registered; its new contents accepted"


@dataclass(frozen=True)
class DocumentEdit(Edit[Document | None]):
    """Adding (before None), changing, or deleting (after None) one entry in the register. `accepting`:
    the change records the new digest of a file that changed on disk (`accepted` makes it); `undoing`: the
    edit takes back an earlier one, and its audit row says so."""

    accepting: bool = False
    undoing: bool = False

    def __post_init__(self) -> None:
        if self.before is None and self.after is None:
            raise ValueError("a document edit needs the entry before or after")
        if self.before is not None and self.after is not None and self.before.id != self.after.id:
            raise ValueError("a document edit changes one entry")

    @classmethod
    def accepted(cls, document: Document, digest: str) -> DocumentEdit:
        """The entry with its file's digest as read now: the file as it is becomes the one registered."""
        return cls(document, replace(document, sha256=digest), accepting=True)

    @property
    def document(self) -> Document:
        entry = self.after or self.before
        assert entry is not None  # __post_init__
        return entry

    @property
    def description(self) -> str:
        # The Edit menu only: the app's log names the kind of edit, never the title (session.py).
        title = self.document.title
        if self.before is None:
            return f"Add document '{title}'"
        if self.after is None:
            return f"Delete document '{title}'"
        if self.accepting:
            return f"Accept the changed file of '{title}'"
        return f"Edit document '{title}'"

    @property
    def item_id(self) -> str:
        return DOCUMENTS

    def reversed(self) -> DocumentEdit:
        return replace(self, before=self.after, after=self.before, undoing=not self.undoing)

    def write(self, file: InspectionFile) -> None:
        reason = (f"undone: {ACCEPTED}" if self.undoing else ACCEPTED) if self.accepting else ""
        if self.after is None:
            file.delete_document(self.document.id, reason)
        else:
            file.set_document(self.after, reason)

    def updated(self, inspection: Inspection, ids: FrameworkIds) -> Inspection:
        documents = in_place(inspection.documents, lambda d: d.id, self.document.id, self.after)
        return replace(inspection, documents=documents)
