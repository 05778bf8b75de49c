"""Opening the SQLite connections that read and write an inspection file: hardened against what a file
made by another program could carry, and able to read a file on a medium that cannot be written.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from inspector.errors import UserError

# Where the file or its folder cannot be written, in the words the window and the refusals use.
FOLDER_READ_ONLY = "the folder cannot be written to"
FILE_READ_ONLY = "the file cannot be written to"


def harden(conn: sqlite3.Connection) -> sqlite3.Connection:
    """Settings for a file that may not be what it claims to be.

    trusted_schema OFF: functions and virtual tables named in the file's own schema (a view, a trigger, a
    column's default) run only if SQLite marks them harmless. cell_size_check ON: a damaged page is
    reported as damage instead of being read past its end. Defensive mode (Python 3.12's `setconfig`)
    also stops anything writing to the schema directly; on 3.11 the file's schema is compared with the
    app's at every open instead (shape.py).
    """
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA cell_size_check = ON")
    defensive = getattr(sqlite3, "SQLITE_DBCONFIG_DEFENSIVE", None)
    if defensive is not None and hasattr(conn, "setconfig"):
        conn.setconfig(defensive, True)
    return conn


def unwritable(path: Path) -> str | None:
    """Why `path` cannot be changed where it is, or None. `os.access` asks the system, so a read-only
    mount (a write-protected stick, a read-only share) is told even to root, whom permissions do not stop."""
    if not os.access(path.parent, os.W_OK):
        return FOLDER_READ_ONLY
    if not os.access(path, os.W_OK):
        return FILE_READ_ONLY
    return None


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection (SQLite `mode=ro`) that never writes the file.

    A WAL file's readers share a `-shm` file beside it, which `mode=ro` must find or create: in a folder
    that cannot be written and with no `-shm` (nobody has the file open), SQLite cannot open it at all. It
    is then opened `immutable`, which needs no `-shm` and is safe because nothing can be changing it - but
    it also ignores the `-wal`, so a file whose last edits are still in a leftover `-wal` (its writer
    stopped before putting them into the file) is refused rather than shown without them.
    """
    uri = path.resolve().as_uri()
    conn = harden(sqlite3.connect(f"{uri}?mode=ro", uri=True, check_same_thread=False))
    try:
        conn.execute("SELECT count(*) FROM main.sqlite_schema").fetchone()  # SQLite opens the file lazily
        return conn
    except sqlite3.DatabaseError as exc:
        conn.close()
        if getattr(exc, "sqlite_errorname", "") != "SQLITE_CANTOPEN" or unwritable(path) != FOLDER_READ_ONLY:
            raise
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise UserError(
            f"{path.name} cannot be read in this folder, which cannot be written to: its last edits are still "
            f"in {wal.name}, which SQLite must write beside it to read; copy both files to a folder that can be "
            "written to and open the copy"
        )
    return harden(sqlite3.connect(f"{uri}?immutable=1", uri=True, check_same_thread=False))
