"""Is this an inspection file, is it whole, and is it as the app made it? Answered without writing to it.

`kind_problem` reads the 100-byte SQLite header directly (no SQLite involved), so a text file or some
other program's database is told apart at once. `examine` opens the file read-only and runs
`quick_check`, `integrity_check`, a read of the meta table and a comparison of its schema with the one
the app makes (shape.py); `damage` adds a read of every row (reading.py), for a backup to be called good.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from inspector.errors import UserError
from inspector.store import audit, reading
from inspector.store.connection import connect_read_only
from inspector.store.records import KINDS
from inspector.store.schema import APPLICATION_ID, MIGRATION_SET, schema_version, step_names
from inspector.store.shape import Difference, differences

_SQLITE_MAGIC = b"SQLite format 3\x00"
META_KEYS = frozenset({"schema_version", "app_version", "framework_id", "framework_version", "inspection_id"})
# SQLite result codes that say the file could not be reached, not that its content is damaged.
_ACCESS_ERRORS = ("SQLITE_CANTOPEN", "SQLITE_BUSY", "SQLITE_LOCKED", "SQLITE_PERM", "SQLITE_READONLY")

__all__ = ["META_KEYS", "Examined", "connect_read_only", "damage", "examine", "kind_problem"]


@dataclass(frozen=True)
class Examined:
    """What `examine` found: damage (the file cannot be read as an inspection file), or else how its
    schema differs from the app's (those that forbid even reading it first)."""

    damage: str | None = None
    changes: tuple[Difference, ...] = ()


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


def examine(path: Path) -> Examined:
    """The integrity checks, the meta table and the schema; every row is read by the opener itself."""
    return _examine(path, rows=False)


def damage(path: Path) -> str | None:
    """What is wrong inside the file, or None if it passes every check. A schema the app does not make
    or a row it could not have written is as bad as damage here: a backup holding either is no good."""
    found = _examine(path, rows=True)
    return found.damage or (found.changes[0].what if found.changes else None)


def _examine(path: Path, *, rows: bool) -> Examined:
    try:
        conn = connect_read_only(path)
        try:
            return _checked(conn, rows=rows)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorname", "").startswith(_ACCESS_ERRORS):
            raise UserError(f"{path} cannot be read: {exc}") from None
        # sqlite3's own message for text that is not UTF-8 quotes the text: never repeat it.
        return Examined(damage="text that is not UTF-8" if str(exc).startswith("Could not decode") else str(exc))


def _checked(conn: sqlite3.Connection, *, rows: bool) -> Examined:
    for check in ("quick_check", "integrity_check"):
        found = [row[0] for row in conn.execute(f"PRAGMA {check}")]
        if found != ["ok"]:
            # SQLite's finding may run over several lines: one line is what every message here is.
            return Examined(damage=f"{check.replace('_', ' ')} failed: {'; '.join(found[0].splitlines())}")
    meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    missing = META_KEYS - set(meta)
    if missing:
        return Examined(damage=f"its meta table lacks {', '.join(sorted(missing))}")
    version = meta["schema_version"]
    if not (isinstance(version, str) and version.isascii() and version.isdigit() and int(version) >= 1):
        return Examined(damage="its meta schema_version is not a file format number")
    if int(version) > schema_version():
        return Examined()  # a newer app's file: the opener says so (NewerSchema), the schema is not ours to judge
    changes = tuple(differences(conn, int(version)))
    if not changes:
        # An upgrade runs the steps sqlite-utils has no record of: a record that is not the format's would
        # run a step again on a file that has it.
        applied = conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY id", [MIGRATION_SET]
        )
        if [name for (name,) in applied] != step_names(int(version)):
            return Examined(damage="its record of the format steps applied is not that of its format")
    if rows and not changes:
        try:
            db = Database(conn, execute_plugins=False)
            for kind in KINDS:
                if db[kind.table].exists():  # a format 1 file has no ratings panel tables
                    reading.every_record(db, kind, None)
            audit.entries(db)
        except reading.Unreadable as exc:
            return Examined(damage=str(exc))
    return Examined(changes=changes)
