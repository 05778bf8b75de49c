"""Why an inspection file could not be opened or an edit was refused: one line an inspector can act on.

All are `UserError`s, so the CLI prints `error: <message>` and the GUI shows a message box.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from inspector.errors import UserError
from inspector.inspection.validation import InvalidEdit as InvalidEdit  # raised by the checks of every record


class FileLocked(UserError):
    """Another copy of the app (here or on another computer) has the file open for editing."""

    def __init__(self, path: Path, user: str, host: str, since: datetime | None) -> None:
        when = f" since {since:%d %b %Y %H:%M} UTC" if since else ""
        super().__init__(
            f"{path.name} is open for editing by {user or 'someone'}{f' on {host}' if host else ''}{when}; "
            "open it read-only, or ask them to close it"
        )
        self.user, self.host, self.since = user, host, since


class UnknownFramework(UserError):
    def __init__(self, path: Path, file_framework: str, app_framework: str) -> None:
        super().__init__(
            f"{path.name} was made with the framework {file_framework}, which this app does not have "
            f"(it has {app_framework}); open it with the app version it was made with"
        )


class NewerSchema(UserError):
    def __init__(self, path: Path, file_version: int, app_version: int, made_by: str) -> None:
        super().__init__(
            f"{path.name} was made by a newer version of the app ({made_by}, file format {file_version}; "
            f"this version reads up to format {app_version}); update the app to open it"
        )


class DamagedFile(UserError):
    """The file failed its integrity check. `backup` is the newest backup that passes it, if any."""

    def __init__(self, path: Path, problem: str, backup: Path | None) -> None:
        offer = (
            f"the newest good backup is {backup}; restore it to a new file"
            if backup
            else "no good backup was found"
        )
        super().__init__(f"{path.name} is damaged ({problem}) and was not changed; {offer}")
        self.path, self.problem, self.backup = path, problem, backup


class NotAnInspection(UserError):
    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"{path} is not an inspection file: {problem}")


class AlreadyExists(UserError):
    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} already exists; choose another name (an existing file is never overwritten)")


class ReadOnly(UserError):
    def __init__(self, path: Path, why: str) -> None:
        super().__init__(f"{path.name} {why}")


class NotSaved(UserError):
    """The disk refused an edit; the transaction was rolled back, so the file is as it was before."""

    def __init__(self, path: Path, why: str) -> None:
        super().__init__(f"the edit was not saved to {path.name}: {why}; the file is as it was before the edit")


class BackupFailed(UserError):
    def __init__(self, folder: Path, why: str, *, edit_saved: bool) -> None:
        saved = "the edit was saved, but " if edit_saved else ""
        super().__init__(f"{saved}a backup could not be written to {folder}: {why}")


class ChangedOutside(UserError):
    """The file's schema is not the one the app makes (a trigger added, the audit log's guards dropped, a
    view where a table belongs): another program changed it. `readable`: what a read shows is still only
    what is stored, so the window offers to open it read-only; otherwise it is not opened at all."""

    def __init__(self, path: Path, what: str, *, readable: bool) -> None:
        offer = "it can only be opened read-only, in the window" if readable else "it cannot be opened"
        super().__init__(f"{path.name} was changed outside YJS Inspector: {what}; {offer}")
        self.path, self.what, self.readable = path, what, readable


class ReadOnlyMedium(ReadOnly):
    """The file or its folder cannot be written (a write-protected stick, a read-only share): it can be
    read, not edited. `why` says which, for the window's read-only banner."""

    def __init__(self, path: Path, why: str) -> None:
        super().__init__(path, f"cannot be opened for editing: {why}; open it read-only")
        self.why = why
