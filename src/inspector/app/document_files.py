"""The files behind the register of documents: a file's SHA-256 when it is attached, and whether each
registered file is still as it was when registered.

The file stays where the inspector keeps it; the register holds its path and digest (docs/data-model.md),
so a document replaced or edited after it was cited is noticed rather than quietly read as the one cited.
Reading a file is the slow part (a scanned bundle of board papers runs to hundreds of megabytes), so it is
read in chunks, only when a file is attached, when the register is checked, or when its size or time on disk
shows it changed; never while the inspector types. The window runs it on a worker thread.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from inspector.errors import UserError
from inspector.inspection.model import Document

CHUNK = 1 << 20  # a megabyte at a time: a large file never sits in memory whole


class FileState(str, Enum):
    """Where a registered file stands; the value is how the page says it."""

    NONE = "no file attached"
    UNCHANGED = "file unchanged"
    CHANGED = "file changed since it was registered"
    MISSING = "file not found"
    UNREADABLE = "file cannot be read"


Seen = tuple[int, int]  # a file's size and modification time (ns): what a stat says without reading it


@dataclass(frozen=True)
class FileCheck:
    state: FileState
    digest: str = ""  # the file's SHA-256 as read now ("" when it could not be read)
    seen: Seen | None = None  # the file's size and time when it was read (None: not there to stat)

    @property
    def attention(self) -> bool:
        """The register no longer shows the file as it is: the inspector should look."""
        return self.state in (FileState.CHANGED, FileState.MISSING, FileState.UNREADABLE)


def file_digest(path: Path) -> str:
    """The file's SHA-256 in lower-case hex, read a chunk at a time."""
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def attached_digest(path: Path) -> str:
    """The digest of a file being attached, or a one-line UserError naming the field."""
    try:
        return file_digest(path)
    # The file's name is not repeated: it may name the child or family the document is about.
    except FileNotFoundError:
        raise UserError("document file: the file chosen was not found") from None
    except OSError as exc:
        why = exc.strerror or type(exc).__name__
        raise UserError(f"document file: the file chosen cannot be read ({why})") from None


def check_file(document: Document) -> FileCheck:
    """Whether the document's file is still the one registered (reads the whole file)."""
    if not document.file_path:
        return FileCheck(FileState.NONE)
    path = Path(document.file_path)
    seen = _seen(path)  # before reading: a change while it is read shows as a change at the next check
    try:
        digest = file_digest(path)
    except FileNotFoundError:
        return FileCheck(FileState.MISSING)
    except OSError:  # no permission, a folder in its place, a drive gone mid-read
        return FileCheck(FileState.UNREADABLE, seen=seen)
    return FileCheck(FileState.UNCHANGED if digest == document.sha256 else FileState.CHANGED, digest, seen)


def check_files(documents: Iterable[Document]) -> dict[str, FileCheck]:
    """Each document's check, by id: the work the window hands to a worker thread."""
    return {document.id: check_file(document) for document in documents}


class FileChecks:
    """The last check of each registered file. A check holds while the entry names the same file and digest
    and the file's size and modification time are as they were when it was read, so the page notices a file
    replaced or gone at its next redraw (a stat a file, not a read); "Check files again" reads them all."""

    def __init__(self) -> None:
        self._known: dict[str, tuple[tuple[str, str], FileCheck]] = {}

    def get(self, document: Document) -> FileCheck | None:
        known = self._known.get(document.id)
        return known[1] if known is not None and known[0] == _key(document) else None

    def unchecked(self, documents: Iterable[Document]) -> tuple[Document, ...]:
        """The documents naming a file to read: not checked as the register now names it, or changed on disk
        (or come, or gone) since."""
        stale = []
        for document in documents:
            if document.file_path:
                check = self.get(document)
                if check is None or check.seen != _seen(Path(document.file_path)):
                    stale.append(document)
        return tuple(stale)

    def record(self, documents: Iterable[Document], checks: dict[str, FileCheck]) -> None:
        for document in documents:
            if document.id in checks:
                self._known[document.id] = (_key(document), checks[document.id])

    def registered(self, document: Document) -> None:
        """The document's file was just read for its digest (attached, or a change accepted): it is, as it
        is on disk now, the one registered, with no need to read it again."""
        seen = _seen(Path(document.file_path))
        self._known[document.id] = (_key(document), FileCheck(FileState.UNCHANGED, document.sha256, seen))

    def forget(self) -> None:
        """Read every file afresh ("Check files again": a file changed with its time put back is found too)."""
        self._known.clear()


def _seen(path: Path) -> Seen | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return status.st_size, status.st_mtime_ns


def _key(document: Document) -> tuple[str, str]:
    return document.file_path, document.sha256
