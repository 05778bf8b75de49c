"""Every file and folder the tool makes is its user's alone: files 0o600, folders 0o700, whatever the umask.

Inspection files, backups, reports and exchange files hold children's case details, and another account on
the same computer must not read them (docs/data-model.md, "Who can read the files"). Each is given its
mode as it is made, not left to the umask; `umask()` around a whole run is the second defence, for what a
library makes on its own (Qt's settings, a temporary file). On Windows these modes mean little: Python maps
them to the read-only flag only, and a user's profile folders are private already.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

FILE_MODE = 0o600
FOLDER_MODE = 0o700
UMASK = 0o077


def opener(path: str, flags: int) -> int:
    """For `open(..., opener=opener)`: a file it creates is 0o600."""
    return os.open(path, flags, FILE_MODE)


def create_file(path: Path) -> None:
    """Make an empty file, 0o600; FileExistsError if anything is there already. (SQLite takes an empty file
    for a new database, and `VACUUM INTO` writes into one, so this is how a database gets its mode.)"""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), FILE_MODE))


def make_folder(folder: Path) -> None:
    """Make `folder`, and any folder above it that is missing, 0o700; one already there is left as it is.

    `mkdir`'s mode is masked by the umask, hence the chmod after it; `Path.mkdir(parents=True)` would
    make the missing parents with the default mode.
    """
    missing = []
    for level in (folder, *folder.parents):
        if level.is_dir():
            break
        missing.append(level)
    for level in reversed(missing):
        try:
            level.mkdir(FOLDER_MODE)
        except FileExistsError:
            if not level.is_dir():
                raise
            continue  # made meanwhile by someone else: theirs, with their mode
        os.chmod(level, FOLDER_MODE)


@contextmanager
def umask() -> Iterator[None]:
    """Run the body with a 0o077 umask, then put the previous one back (for callers in the same process,
    such as the tests that run the command line in-process)."""
    previous = os.umask(UMASK)
    try:
        yield
    finally:
        os.umask(previous)
