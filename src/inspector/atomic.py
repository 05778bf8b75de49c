"""Putting a file the tool produces in place all or nothing (reports, exchange files, the recent list).

The bytes go to a hidden temporary file in the target's folder, are flushed to the disk and the file is
then renamed over the target in one step (os.replace), so a reader, a crash or a full disk leaves the
old file or the whole new one, never half of either.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from pathlib import Path

from inspector import owner_only
from inspector.errors import UserError


def write_atomically(target: Path, data: bytes) -> None:
    """Replace `target` with `data`; UserError (one line, nothing left behind) if the system refuses."""
    partial = target.with_name(f".{target.name}.{uuid.uuid4().hex[:12]}.partial")
    try:
        # Owner-only whatever the umask: what the tool writes holds case details (inspector.owner_only).
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        fd = os.open(partial, flags, owner_only.FILE_MODE)
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())  # on the disk, not just in the system's cache, before it takes the name
    except OSError as exc:
        _discard(partial)
        raise UserError(f"{target.name} was not written: the folder {target.parent} cannot be written to "
                        f"({exc.strerror or exc}); any earlier file is unchanged") from None
    try:
        os.replace(partial, target)
    except OSError as exc:
        _discard(partial)
        # Windows refuses to replace a file another program holds open.
        why = "it is open in another program" if isinstance(exc, PermissionError) else exc.strerror or str(exc)
        raise UserError(f"{target.name} was not written ({why}); any earlier file is unchanged") from None


def _discard(partial: Path) -> None:
    with contextlib.suppress(OSError):  # a folder that refused the file may refuse this too
        partial.unlink(missing_ok=True)
