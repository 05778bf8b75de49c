"""Putting a finished file in place durably and without ever replacing an existing one."""

from __future__ import annotations

import os
from pathlib import Path

from inspector import owner_only


def flush(path: Path) -> None:
    """Make sure the file's content is on the disk, not just in the operating system's cache."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def publish(finished: Path, final: Path) -> None:
    """Move `finished` to `final`; raise FileExistsError, leaving both alone, if `final` exists.

    The name is claimed with O_EXCL first (works on every file system, unlike a hard link), then the
    finished file is renamed over our own empty claim.
    """
    owner_only.create_file(final)  # owner-only even for the moment before the rename
    os.replace(finished, final)
