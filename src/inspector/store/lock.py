"""One writer per inspection file: an exclusive lock taken through `portalocker`, and a note beside the
file, `<file name>.lock`, saying who holds it (JSON {user, host, pid, since}) for the refusal.

The lock is the operating system's, so it goes when the holder's process ends, however it ends (kill -9
included): a stale note never blocks the next opener, who simply writes its own. What the lock is held on
depends on what the system's locks are, because SQLite locks the database file too:

- POSIX (Linux): on the inspection file itself, with flock. flock and the fcntl record locks SQLite
  uses are separate kinds on Linux and never meet, and the inspection file cannot be deleted from under
  an open inspection without deleting the inspection: removing the note beside it does not let a second
  writer in. A descriptor closed on the database drops every fcntl lock this process holds on it (SQLite's
  "How To Corrupt" 2.2.1), so no descriptor is opened while this process is the writer (`_held`, keyed by
  the file's identity, refuses a second opener here from memory), and the one taken is closed only after
  the writer's own connection. (A read-only connection this process has open on the same file can still
  lose its SQLite lock when an opener here is refused by another process or lets go: at worst that reader
  sees an older state, and it writes nothing.) On BSD-derived systems flock and fcntl locks do meet, and on
  NFS or SMB mounts Linux may turn flock into record locks: the app is built for Windows and Linux, with
  inspection files on local disks and sticks.
- Windows: locks are mandatory byte ranges, and portalocker's cover the start of the file, so a lock on
  the database would refuse SQLite's own reads, even through this process's other handles. It is held on
  a sidecar, `<file name>.lock.held`, that SQLite never opens; Windows will not delete a file that is open
  (Python opens files without FILE_SHARE_DELETE), so the sidecar, and the lock, outlast any attempt to
  remove it. The note is a file of its own because bytes under a Windows lock cannot be read by the
  opener who needs to be told who holds them.

portalocker rather than filelock: portalocker locks a descriptor we open ourselves, with our flags and mode,
and never creates, truncates or deletes a file; filelock manages a lock file of its own by path and removes
it on release, which must never happen to an inspection file.

Reading (`read_only=True`) takes no lock, so a viewer and `inspector audit` work while someone edits.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import threading
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import portalocker

from inspector import owner_only
from inspector.store.errors import FileLocked, ReadOnly

LOCK_SUFFIX = ".lock"  # the note: who holds the file
HELD_SUFFIX = ".lock.held"  # Windows only: what the lock is held on
# Whether the lock can be held on the inspection file itself (see the module docstring).
LOCK_THE_FILE_ITSELF = os.name != "nt"

Identity = tuple[int, int] | str  # (st_dev, st_ino): the same file whatever path it is reached by
Note = dict[str, object]
_NOTE_MAX = 4096  # a note is a hundred bytes; anything longer is not one
_NAME_MAX = 100

# The inspection files this process holds, with their notes: a second opener here is refused without
# opening the file (which could drop SQLite's locks, above). Opened on worker threads, hence the lock.
_held: dict[Identity, Note] = {}
_held_guard = threading.Lock()


def lock_path(target: Path) -> Path:
    return target.with_name(target.name + LOCK_SUFFIX)


@dataclass
class WriterLock:
    target: Path
    _identity: Identity
    _fd: int | None

    @classmethod
    def acquire(cls, target: Path, user: str, now: datetime) -> WriterLock:
        """Take the lock or raise FileLocked naming the holder (ReadOnly if it cannot be taken at all)."""
        info: Note = {"user": user, "host": socket.gethostname(), "pid": os.getpid(), "since": now.isoformat()}
        with _held_guard:
            identity = _identity(target)
            if identity in _held:
                raise _refusal(target, _held[identity])
            fd = _take(target)
            try:
                _write_note(target, info)
            except OSError as exc:
                _let_go(target, fd)
                why = f"cannot be opened for editing: its lock file cannot be written ({exc.strerror or exc})"
                raise ReadOnly(target, why) from None
            _held[identity] = info
        return cls(target, identity, fd)

    def release(self) -> None:
        if self._fd is None:
            return
        with _held_guard:
            # The note goes while the lock is still held, so it is never another holder's note.
            with contextlib.suppress(OSError):
                lock_path(self.target).unlink(missing_ok=True)
            _let_go(self.target, self._fd)
            del _held[self._identity]
            self._fd = None


def _identity(target: Path) -> Identity:
    try:
        st = os.stat(target)
    except OSError as exc:
        raise ReadOnly(target, f"cannot be opened for editing ({exc.strerror or exc})") from None
    # Some network drives report no file number (0 for every file): tell their files apart by path.
    return (st.st_dev, st.st_ino) if st.st_ino else str(target.resolve())


def _anchor(target: Path) -> Path:
    return target if LOCK_THE_FILE_ITSELF else target.with_name(target.name + HELD_SUFFIX)


def _take(target: Path) -> int:
    """A descriptor holding the exclusive lock; FileLocked if another holds it."""
    anchor = _anchor(target)
    try:
        # The inspection file is never created here (it might have just been removed); the sidecar is.
        flags = os.O_RDONLY if anchor == target else os.O_RDWR | os.O_CREAT
        fd = os.open(anchor, flags | getattr(os, "O_BINARY", 0), owner_only.FILE_MODE)
    except OSError as exc:
        why = f"cannot be opened for editing: it cannot be locked ({exc.strerror or exc})"
        raise ReadOnly(target, why) from None
    try:
        portalocker.lock(fd, portalocker.LockFlags.EXCLUSIVE | portalocker.LockFlags.NON_BLOCKING)
    except portalocker.AlreadyLocked:
        os.close(fd)
        raise _refusal(target, _read_note(target)) from None
    except portalocker.LockException as exc:  # a drive that has no locks (some network shares)
        os.close(fd)
        why = f"cannot be opened for editing: this drive cannot lock it ({exc.strerror or exc})"
        raise ReadOnly(target, why) from None
    return fd


def _let_go(target: Path, fd: int) -> None:
    portalocker.unlock(fd)
    os.close(fd)
    if not LOCK_THE_FILE_ITSELF:
        # Windows refuses to delete a sidecar another opener has just opened: it is theirs to lock.
        with contextlib.suppress(OSError):
            _anchor(target).unlink(missing_ok=True)


def _write_note(target: Path, info: Note) -> None:
    """Put the note in place whole (a reader never sees half of one), replacing whatever a killed holder,
    or anyone, left there. Not flushed to the disk: it only names the holder while the lock is held."""
    note = lock_path(target)
    partial = note.with_name(f".{note.name}.{uuid.uuid4().hex[:12]}.partial")
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), owner_only.FILE_MODE)
        with os.fdopen(fd, "wb") as out:
            out.write(json.dumps(info).encode("utf-8"))
        os.replace(partial, note)
    except OSError:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise


def _read_note(target: Path) -> Note:
    try:
        # Non-blocking, so a note replaced by a pipe cannot hang the opener waiting for a writer.
        fd = os.open(lock_path(target), os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as note:
            data = json.loads(note.read(_NOTE_MAX).decode("utf-8"))
    except (OSError, ValueError):
        return {}  # removed, unreadable or not a note: the refusal says what it can
    return data if isinstance(data, dict) else {}


def _refusal(target: Path, holder: Note) -> FileLocked:
    try:
        since: datetime | None = datetime.fromisoformat(str(holder["since"]))
    except (KeyError, ValueError):
        since = None
    return FileLocked(target, _one_line(holder.get("user")), _one_line(holder.get("host")), since)


def _one_line(value: object) -> str:
    """A name from the note as the refusal can show it: the note is a file anyone may have written to,
    and the refusal is one line."""
    text = "".join(ch if ch.isprintable() else " " for ch in str(value or ""))
    return " ".join(text.split())[:_NAME_MAX]
