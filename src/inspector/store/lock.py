"""One writer per inspection file: a sidecar lock file `<file name>.lock` beside it.

The lock is `flock(LOCK_EX | LOCK_NB)` on the sidecar, so the operating system drops it when the
holder's process ends, however it ends (kill -9 included): a stale lock file never blocks the next
opener. The sidecar's content, JSON {user, host, pid, since}, only says who holds it, for the refusal.
"""

from __future__ import annotations

import fcntl
import json
import os
import socket
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from inspector.store.errors import FileLocked, ReadOnly

LOCK_SUFFIX = ".lock"


def lock_path(target: Path) -> Path:
    return target.with_name(target.name + LOCK_SUFFIX)


@dataclass
class WriterLock:
    path: Path
    _fd: int | None

    @classmethod
    def acquire(cls, target: Path, user: str, now: datetime) -> WriterLock:
        """Take the lock or raise FileLocked naming the holder."""
        path = lock_path(target)
        while True:
            try:
                fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
            except OSError as exc:
                why = f"cannot be opened for editing: its lock file cannot be written ({exc.strerror})"
                raise ReadOnly(target, why) from None
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = _read(fd)
                os.close(fd)
                raise FileLocked(target, holder.get("user", ""), holder.get("host", ""), _since(holder)) from None
            # The previous holder removes the sidecar when it lets go; if it did so between our open
            # and our lock, we hold a lock on a removed file: start again on the one at the path.
            try:
                if os.fstat(fd).st_ino == os.stat(path).st_ino:
                    break
            except FileNotFoundError:
                pass
            os.close(fd)
        info = {"user": user, "host": socket.gethostname(), "pid": os.getpid(), "since": now.isoformat()}
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(info).encode("utf-8"), 0)
        return cls(path, fd)

    def release(self) -> None:
        if self._fd is None:
            return
        # Removed while still held, so no other opener can be holding a lock on this same file.
        self.path.unlink(missing_ok=True)
        os.close(self._fd)
        self._fd = None


def _read(fd: int) -> dict[str, str]:
    try:
        data = json.loads(os.pread(fd, 4096, 0).decode("utf-8"))
    except (OSError, ValueError):
        return {}  # the holder has not written it yet, or wrote something else: show what we can
    return {k: str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def _since(holder: dict[str, str]) -> datetime | None:
    try:
        return datetime.fromisoformat(holder["since"])
    except (KeyError, ValueError):
        return None
