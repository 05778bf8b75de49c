"""Putting a finished file in place durably and without ever replacing an existing one."""

from __future__ import annotations

import os
from pathlib import Path


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
    os.close(os.open(final, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644))
    os.replace(finished, final)
