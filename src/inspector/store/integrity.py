"""Is this an inspection file, and is it whole? Both questions are answered without writing to it.

`kind_problem` reads the 100-byte SQLite header directly (no SQLite involved), so a text file or some
other program's database is told apart at once. `damage` opens the file read-only (SQLite `mode=ro`)
and runs `quick_check`, `integrity_check` and a read of the meta table.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from inspector.errors import UserError
from inspector.store.schema import APPLICATION_ID

_SQLITE_MAGIC = b"SQLite format 3\x00"
META_KEYS = frozenset({"schema_version", "app_version", "framework_id", "framework_version", "inspection_id"})
# SQLite result codes that say the file could not be reached, not that its content is damaged.
_ACCESS_ERRORS = ("SQLITE_CANTOPEN", "SQLITE_BUSY", "SQLITE_LOCKED", "SQLITE_PERM", "SQLITE_READONLY")


def connect_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)


def kind_problem(path: Path) -> str | None:
    """Why `path` is not an inspection file, or None if its header says it is one."""
    if not path.exists():
        return "there is no such file"
    if path.is_dir():
        return "it is a folder"
    try:
        with path.open("rb") as f:
            header = f.read(100)
    except OSError as exc:
        raise UserError(f"{path} cannot be read: {exc.strerror}") from None
    if len(header) < 100 or not header.startswith(_SQLITE_MAGIC):
        return "it is not a database"
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        return "it is a database of another kind"
    return None


def damage(path: Path) -> str | None:
    """What is wrong inside the file, or None if it passes every check."""
    try:
        conn = connect_read_only(path)
        try:
            for check in ("quick_check", "integrity_check"):
                found = [row[0] for row in conn.execute(f"PRAGMA {check}")]
                if found != ["ok"]:
                    return f"{check.replace('_', ' ')} failed: {found[0]}"
            keys = {row[0] for row in conn.execute("SELECT key FROM meta")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorname", "").startswith(_ACCESS_ERRORS):
            raise UserError(f"{path} cannot be read: {exc}") from None
        return str(exc)
    missing = META_KEYS - keys
    return f"its meta table lacks {', '.join(sorted(missing))}" if missing else None
