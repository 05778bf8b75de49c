"""Putting a finished report in place: all or nothing, and never over a document someone has open.

The report is written to a hidden temporary file in the target's folder, flushed to the disk and then
renamed over the target in one step (os.replace), so a reader, a crash or a full disk leaves the old
file or the whole new one, never half of either.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from inspector import atomic
from inspector.errors import UserError

SUFFIX = ".docx"


def owner_files(target: Path) -> tuple[Path, ...]:
    """The lock files an office program leaves beside a document it has open. Word's owner file is
    "~$" plus the name, with the name's first one or two characters dropped for longer names;
    LibreOffice's is ".~lock.<name>#"."""
    name = target.name
    return tuple(dict.fromkeys(
        target.with_name(n) for n in (f"~${name}", f"~${name[1:]}", f"~${name[2:]}", f".~lock.{name}#")
    ))


def check_target(target: Path) -> None:
    """Refuse, in one line, a target the report cannot safely replace."""
    if target.suffix.lower() != SUFFIX:
        raise UserError(f"{target}: a report's file name must end in {SUFFIX}")
    if target.is_dir():
        raise UserError(f"{target} is a folder; give a file name ending in {SUFFIX}")
    folder = target.parent
    if not folder.is_dir():
        raise UserError(f"{target}: the folder {folder} does not exist")
    lock = next((f for f in owner_files(target) if f.exists()), None)
    if lock is not None:
        raise UserError(f"{target.name} is open in Word or LibreOffice ({lock.name} is beside it); close it, or "
                        "export under another name")
    if target.exists() and not _writable(target):
        raise UserError(f"{target.name} is read-only; export under another name or make it writable")
    if not os.access(folder, os.W_OK) or (os.name == "posix" and not _writable(folder)):
        # Only on POSIX do a folder's permission bits decide: Windows sets the read-only attribute on
        # folders such as Documents for display only, and writing there works.
        raise UserError(f"{target}: the folder {folder} cannot be written to; export to another folder")


def _writable(path: Path) -> bool:
    """By the permission bits as well as os.access: an administrator (root) passes os.access for a file
    marked read-only, and replacing it would still overwrite what its owner protected."""
    return os.access(path, os.W_OK) and bool(path.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))


def write_atomically(target: Path, data: bytes) -> None:
    check_target(target)
    atomic.write_atomically(target, data)
