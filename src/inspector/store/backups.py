"""Rotating backups of an inspection file, and restoring one to a new file.

A backup is a `VACUUM INTO` copy: a consistent snapshot of the last committed state, compacted,
written under a `.partial` name and renamed when complete, so a backup with its proper name is always
whole. Names sort by time: `<stem> 2026-11-23 103000Z edit 42.yjsi` (UTC), where "edit 42" is the
number of audit rows the file had (every saved edit adds at least one), i.e. which state it holds;
two backups in the same second of the same state are the same backup.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from glob import escape as glob_escape
from pathlib import Path

from sqlite_utils import Database

from inspector import owner_only
from inspector.errors import UserError
from inspector.store.errors import DamagedFile, NotAnInspection
from inspector.store.files import flush, publish
from inspector.store.integrity import connect_read_only, damage, kind_problem
from inspector.store.schema import FILE_SUFFIX

KEEP = 10
EVERY = timedelta(minutes=5)
_STAMP = "%Y-%m-%d %H%M%S"
_PARTIAL = ".partial"


@dataclass(frozen=True)
class Backup:
    path: Path
    at: datetime
    state: int  # audit rows in the file when it was taken


def default_folder(target: Path) -> Path:
    return target.with_name(target.name + ".backups")


def backups(folder: Path, stem: str) -> list[Backup]:
    """This file's backups in `folder`, newest first."""
    pattern = re.compile(rf"{re.escape(stem)} (\S+ \d+)Z edit (\d+){re.escape(FILE_SUFFIX)}")
    found = []
    for path in folder.glob(f"*{FILE_SUFFIX}") if folder.is_dir() else ():
        match = pattern.fullmatch(path.name)
        if match:
            at = datetime.strptime(match[1], _STAMP).replace(tzinfo=UTC)
            found.append(Backup(path, at, int(match[2])))
    return sorted(found, key=lambda b: (b.at, b.state), reverse=True)


def write(db: Database, folder: Path, stem: str, at: datetime, state: int) -> Path:
    """Write a backup of the committed state and drop all but the newest KEEP. Raises OSError or
    sqlite3.Error; the caller says what that means for the user."""
    owner_only.make_folder(folder)
    final = folder / f"{stem} {at.astimezone(UTC):{_STAMP}}Z edit {state}{FILE_SUFFIX}"
    if not final.exists():
        partial = final.with_name(final.name + _PARTIAL)
        partial.unlink(missing_ok=True)
        try:
            owner_only.create_file(partial)  # VACUUM INTO fills an empty file, keeping its mode
            db.execute("VACUUM INTO ?", [str(partial)])
            flush(partial)
            os.replace(partial, final)
        except BaseException:
            _discard(partial)  # a full disk must not be left fuller by half a backup
            raise
    for old in backups(folder, stem)[KEEP:]:
        old.path.unlink(missing_ok=True)
    return final


@dataclass(frozen=True)
class Made:
    """What `write_new` made, so that `undo` can take it away again."""

    backup: Path
    folder: Path | None  # the backup folder, when `write_new` created it


def write_new(db: Database, folder: Path, stem: str, at: datetime, state: int) -> Made:
    """The first backup of a file being created (from its partial, before it is published)."""
    created = None if folder.is_dir() else folder
    try:
        return Made(write(db, folder, stem, at, state), created)
    except BaseException:
        undo(Made(folder / "none", created))
        raise


def undo(made: Made | None) -> None:
    """Remove a backup `write_new` made for a file that was not created after all, and its folder if
    `write_new` made that too: a failed create leaves nothing behind."""
    if made is None:
        return
    with contextlib.suppress(OSError):
        made.backup.unlink(missing_ok=True)
        if made.folder is not None:
            made.folder.rmdir()


def clean_interrupted(folder: Path, stem: str) -> None:
    """Remove what a backup killed mid-write left in `folder`: its `.partial` and any SQLite journal
    beside it. Called by the writer, holding the file's lock, so no backup of it is being written."""
    if not folder.is_dir():
        return
    for leftover in folder.glob(f"{glob_escape(stem)} *{FILE_SUFFIX}{_PARTIAL}*"):
        _discard(leftover)


def _discard(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def newest_good(folder: Path, stem: str) -> Path | None:
    """The newest backup that is an inspection file and passes the integrity check."""
    for backup in backups(folder, stem):
        if kind_problem(backup.path) is None and damage(backup.path) is None:
            return backup.path
    return None


def newest_good_of(target: Path, folder: Path) -> Path | None:
    """The newest good backup of `target` in `folder`, else beside it (the default folder, where the
    command-line tools keep theirs), else None."""
    found = newest_good(folder, target.stem)
    beside = default_folder(target)
    if found is None and folder != beside:
        found = newest_good(beside, target.stem)
    return found


@dataclass(frozen=True)
class Holds:
    """What an inspection file holds, counted, for choosing a backup; None where it could not be read."""

    prompts_judged: int | None
    evidence: int | None
    interviews: int | None
    edits: int | None  # audit rows: every saved edit adds at least one


@dataclass(frozen=True)
class BackupSummary:
    """One backup of a damaged file, as the restore offer shows it."""

    path: Path
    at: datetime  # when it was taken, UTC
    holds: Holds | None  # None when the backup itself cannot be restored
    problem: str | None  # why it cannot be restored, or None: a good backup


# The counts, each its own query so that a damaged file gives what can still be read of it.
_COUNTS = {
    "prompts_judged": "SELECT count(*) FROM judgements WHERE sufficiency IS NOT NULL",
    "evidence": "SELECT count(*) FROM evidence",
    "interviews": "SELECT count(*) FROM interviews",
    "edits": "SELECT count(*) FROM audit",
}


def holds(path: Path) -> Holds | None:
    """What the inspection file at `path` holds, read read-only (SQLite `mode=ro`), so a backup or a
    damaged file is never changed; None when nothing at all can be read of it."""
    try:
        conn = connect_read_only(path)
    except sqlite3.Error:
        return None
    counts: dict[str, int | None] = {}
    try:
        for name, query in _COUNTS.items():
            try:
                counts[name] = int(conn.execute(query).fetchone()[0])
            except sqlite3.Error:
                counts[name] = None  # this table is where the damage is
    finally:
        conn.close()
    return Holds(**counts) if any(n is not None for n in counts.values()) else None


def list_backups(target: Path, folder: Path) -> list[BackupSummary]:
    """Every backup of `target` in `folder` and beside it (where the command-line tools keep theirs),
    newest first, each checked as `newest_good` checks it and counted. Read-only: no backup is changed."""
    found: dict[Path, Backup] = {}
    for place in dict.fromkeys([folder, default_folder(target)]):
        for backup in backups(place, target.stem):
            found.setdefault(backup.path.resolve(), backup)
    summaries = []
    for backup in sorted(found.values(), key=lambda b: (b.at, b.state), reverse=True):
        problem = kind_problem(backup.path) or damage(backup.path)
        summaries.append(BackupSummary(backup.path, backup.at, None if problem else holds(backup.path), problem))
    return summaries


def restore_backup(backup: Path, target: Path) -> Path:
    """Copy `backup` to a NEW file beside `target` ("<stem> (restored 2026-11-23 1030).yjsi", numbered
    if that exists) and return its path. Neither `target` nor the backup is changed."""
    problem = kind_problem(backup)
    if problem:
        raise NotAnInspection(backup, problem)
    problem = damage(backup)
    if problem:
        raise DamagedFile(backup, problem, None)
    base = f"{target.stem} (restored {datetime.now(UTC):%Y-%m-%d %H%M})"
    partial = target.with_name(f".{base}.partial")
    try:
        partial.unlink(missing_ok=True)
        owner_only.create_file(partial)  # the copy is made into it, keeping its mode
        source, copy = connect_read_only(backup), sqlite3.connect(partial)
        try:
            source.backup(copy)
        finally:
            source.close()
            copy.close()
        flush(partial)
        number = 1
        while True:
            restored = target.with_name(f"{base}{f' {number}' if number > 1 else ''}{FILE_SUFFIX}")
            try:
                publish(partial, restored)
                return restored
            except FileExistsError:
                number += 1
    except (OSError, sqlite3.Error) as exc:
        # A damaged file on a write-protected stick or a full disk: nothing is left half-restored.
        _discard(partial)
        full = getattr(exc, "errno", None) == errno.ENOSPC or getattr(exc, "sqlite_errorname", "") == "SQLITE_FULL"
        why = "the disk is full" if full else (
            f"the folder {target.parent} cannot be written to ({getattr(exc, 'strerror', None) or exc})")
        raise UserError(f"{backup.name} could not be restored beside {target.name}: {why}; nothing was "
                        "written, and neither file was changed") from None
