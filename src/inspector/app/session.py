"""The open inspection: its file, the content it is judged against, who is editing, and the current
snapshot and evaluation that every page is drawn from.

Every edit goes through `apply`: written to the store at once (its own transaction, with its audit
row), then the in-memory snapshot is updated by the edit itself and re-evaluated. Reading the whole
file again after each click would cost about 70 ms at ten times the demo's size (benchmarks/session.py);
updating the snapshot in memory costs well under one. When a write is refused the snapshot is read
again from the file, so what the window shows is always what the file holds.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from inspector.app.edits import Edit, EditRefused
from inspector.content import Content
from inspector.inspection.model import Inspection, InspectionDetails
from inspector.rules.evaluate import evaluate
from inspector.rules.evaluation import Evaluation
from inspector.store import AuditEntry, BackupFailed, FrameworkIds, InspectionFile, utc_now

Clock = Callable[[], datetime]

# The app's log (inspector.logs) holds no case content: ids, counts and the kinds of edits only.
log = logging.getLogger(__name__)


class Session:
    """One open inspection file. Use `open` or `create`, and `close` when done."""

    def __init__(self, content: Content, file: InspectionFile, user: str, *, read_only: bool, clock: Clock) -> None:
        self.content = content
        self.user = user
        self.read_only = read_only
        self.clock = clock
        self._file = file
        self._ids = FrameworkIds.of(content.framework, content.rating_scheme)
        self.inspection: Inspection = file.snapshot()
        self.evaluation: Evaluation = self._evaluate(self.inspection)
        # Read here, on the opening worker thread: the whole log takes about 30 ms at ten times the demo's size.
        self._audit: list[AuditEntry] = file.audit()
        # A read-only session neither writes drafts nor shows them: they are the editing inspector's own.
        self._drafts: dict[str, dict[str, str]] = {} if read_only else file.drafts()
        log.info("opened inspection %s%s: %d evidence items, %d interviews", self.inspection.details.id,
                 " read-only" if read_only else "", len(self.inspection.evidence), len(self.inspection.interviews))

    @classmethod
    def open(
        cls, path: Path, content: Content, user: str, *, read_only: bool = False, accept_changed: bool = False,
        clock: Clock = utc_now, backup_dir: Path | None = None,
    ) -> Session:
        """Open for editing (or read-only); the store's refusals (FileLocked, DamagedFile, ...) pass through.
        `accept_changed`: open read-only a file changed outside the app in a way a read still shows
        truly (`ChangedOutside.readable`). `backup_dir`: where the file's rotating backups go (None: beside
        the file)."""
        file = InspectionFile.open(
            path, content.framework, user, read_only=read_only, accept_changed=accept_changed,
            rating_scheme=content.rating_scheme, clock=clock, backup_dir=backup_dir,
        )
        try:
            return cls(content, file, user, read_only=read_only, clock=clock)
        except BaseException:
            file.close()
            raise

    @classmethod
    def create(
        cls, path: Path, content: Content, details: InspectionDetails, user: str, *, clock: Clock = utc_now,
        backup_dir: Path | None = None,
    ) -> Session:
        file = InspectionFile.create(
            path, content.framework, details, user, rating_scheme=content.rating_scheme, clock=clock,
            backup_dir=backup_dir,
        )
        return cls(content, file, user, read_only=False, clock=clock)

    @property
    def path(self) -> Path:
        return self._file.path

    @property
    def read_only_reason(self) -> str | None:
        """Why the file could only be opened read-only ("the folder cannot be written to"), or None when it
        was chosen (or the file is open for editing)."""
        return self._file.read_only_reason

    @property
    def read_only_line(self) -> str:
        """What the window's status bar says while the file is read-only: why, when it had to be."""
        return f"Read-only: {self.read_only_reason}" if self.read_only_reason else "Read-only: nothing can be changed"

    def apply(self, edit: Edit[object]) -> str | None:
        """Write the edit and bring the snapshot and evaluation up to date.

        Returns a warning when the edit was saved but its backup was not. A refusal (NotSaved,
        InvalidEdit, ReadOnly) is raised after re-reading the file, so nothing half-done is shown;
        EditRefused (the rules do not allow the edit) is raised before anything is written.
        """
        if not edit.changes_anything:
            return None
        # The engine judges the snapshot the edit would make before anything is written, so an edit the
        # rules refuse (a proposal breaking a decision rule) leaves the file and the window as they were.
        inspection = edit.updated(self.inspection, self._ids)
        evaluation = self._evaluate(inspection)
        refusal = edit.refusal(evaluation)
        if refusal is not None:
            raise EditRefused(refusal)
        warning = None
        try:
            edit.write(self._file)
        except BackupFailed as exc:
            warning = str(exc)  # the store raises it only after the edit was committed
        except BaseException as exc:
            log.warning("%s not saved: %s", type(edit).__name__, type(exc).__name__)
            self.reload()
            raise
        self.inspection, self.evaluation = inspection, evaluation
        log.info("saved %s%s", type(edit).__name__, "; its backup failed" if warning else "")
        return warning

    def act_as(self, person: str) -> None:
        """Record from now on under `person`, a name from the inspection's team (refused otherwise)."""
        self._file.act_as(person)
        self.user = person
        log.info("recording under another team member's name")

    def undo(self, edit: Edit[object]) -> str | None:
        return self.apply(edit.reversed())

    # --- drafts: forms typed in and not yet saved, kept in the file so a crash loses nothing -------

    def draft(self, key: str) -> dict[str, str] | None:
        """The fields of the draft kept under `key` ("evidence:1.2.1a"), or None."""
        return self._drafts.get(key)

    def draft_keys(self) -> tuple[str, ...]:
        """The keys of every draft kept, in the order they were first kept."""
        return tuple(self._drafts)

    def keep_draft(self, key: str, fields: dict[str, str]) -> None:
        """Keep a form's fields as they stand (not the record: no audit row, no undo step). The store's
        refusal (NotSaved, InvalidEdit) passes through; nothing is written while read-only."""
        if self.read_only or self._drafts.get(key) == fields:
            return
        self._file.save_draft(key, fields)
        self._drafts[key] = dict(fields)

    def discard_draft(self, key: str) -> None:
        """The form was saved or given up: its draft goes."""
        if self.read_only or key not in self._drafts:
            return
        self._file.discard_draft(key)
        del self._drafts[key]

    def audit(self) -> tuple[AuditEntry, ...]:
        """The file's audit log, oldest first. Only the rows added since the last read are read: the log is
        append-only and its ids increase, so the rows already read never change (about 1 ms after an edit)."""
        self._audit.extend(self._file.audit(since=self._audit[-1].id if self._audit else 0))
        return tuple(self._audit)

    def reload(self) -> None:
        """Read the whole snapshot again from the file."""
        self.inspection = self._file.snapshot()
        self.evaluation = self._evaluate(self.inspection)

    def close(self) -> None:
        self._file.close()

    def _evaluate(self, inspection: Inspection) -> Evaluation:
        content = self.content
        return evaluate(content.framework, content.rating_scheme, content.forms, inspection)
