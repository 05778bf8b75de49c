"""Undo and redo: a QUndoCommand for each core edit, on one QUndoStack per open inspection.

The window applies an edit first (it may be refused: the disk is full) and pushes the command only
once it is saved, so the command's first redo, which QUndoStack.push calls, does nothing. Typing saved
as it goes (a rationale, an interview's reference) merges into one command, by the core's `Edit.merged`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from inspector.app.edits import Edit

# Every edit shares one merge id; whether two actually merge is the core's decision.
MERGE_ID = 1

Apply = Callable[[Edit[object]], bool]  # writes the edit and refreshes the window; False if refused


class EditCommand(QUndoCommand):
    def __init__(self, edit: Edit[object], apply: Apply) -> None:
        super().__init__(edit.description)
        self.edit = edit
        self._apply = apply
        self._pushed = False

    def id(self) -> int:
        return MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditCommand):
            return False
        merged = self.edit.merged(other.edit)
        if merged is None:
            return False
        self.edit = merged
        self.setText(merged.description)
        # Typing that ends where it began is no edit at all: the stack drops it.
        self.setObsolete(not merged.changes_anything)
        return True

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True  # applied before it was pushed
            return
        self._run(self.edit)

    def undo(self) -> None:
        self._run(self.edit.reversed())

    def _run(self, edit: Edit[object]) -> None:
        if not self._apply(edit):
            # Refused (the window has said why and shows the file as it is): the command can no longer
            # be undone or redone in step with the file, so the stack lets it go.
            self.setObsolete(True)
