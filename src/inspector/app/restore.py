"""What the window offers for a damaged inspection file: its backups, newest first, each with when it was
taken (local time and how long ago) and what it holds, beside what the damaged file itself last held, so
the inspector can see what restoring would lose and pick an older backup when the newest is not the one.

Qt-free: `gui/restore_dialog.py` only shows an offer and returns the backup chosen. Restoring still
writes a new file beside the damaged one (`inspector.store.restore_backup`); nothing here writes at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from inspector.store import BackupSummary, DamagedFile, Holds, holds, list_backups

NOT_READ = "—"  # a count that could not be read


@dataclass(frozen=True)
class BackupRow:
    """One backup as the list shows it."""

    path: Path
    taken: str  # local time: "Mon 23 Nov 2026 10:30"
    age: str  # "3 hours ago"
    judged: str  # prompts judged
    evidence: str  # evidence items
    interviews: str
    problem: str  # why it cannot be restored; empty for a good backup

    @property
    def restorable(self) -> bool:
        return not self.problem

    @property
    def described(self) -> str:
        """The row in one line, for a screen reader's name of the row and for the command line."""
        if self.problem:
            return f"{self.taken} ({self.age}): damaged ({self.problem}), cannot be restored"
        return (f"{self.taken} ({self.age}): {self.judged} prompts judged, {self.evidence} evidence items, "
                f"{self.interviews} interviews")


@dataclass(frozen=True)
class RestoreOffer:
    damaged: Path
    headline: str  # "Northmoor.yjsi is damaged (…) and was not changed."
    last_held: str  # what the damaged file last held, or that nothing of it can be read
    rows: tuple[BackupRow, ...]  # newest first

    @property
    def default(self) -> int | None:
        """The row offered first: the newest good backup, or None when there is none to restore."""
        return next((n for n, row in enumerate(self.rows) if row.restorable), None)


def restore_offer(damaged: DamagedFile, backup_folder: Path, now: datetime) -> RestoreOffer:
    """The offer for `damaged`, its backups looked for in `backup_folder` and beside the file. Reads the
    backups and the damaged file read-only; `now` (aware) is what the ages are counted from."""
    return RestoreOffer(
        damaged.path, f"{damaged.path.name} is damaged ({damaged.problem}) and was not changed.",
        f"The damaged file last held: {held(damaged.path)}.", backup_rows(damaged.path, backup_folder, now),
    )


def backup_rows(path: Path, backup_folder: Path, now: datetime) -> tuple[BackupRow, ...]:
    """The backups of the inspection file at `path`, newest first (in `backup_folder` and beside it)."""
    return tuple(_row(summary, now) for summary in list_backups(path, backup_folder))


def held(path: Path) -> str:
    """What the file at `path` holds (damaged or not), as far as it can be read: '117 prompts judged, 124
    evidence items, 24 interviews'."""
    counts = holds(path) if path.is_file() else None
    if counts is None:
        return "nothing that can be read"
    unread = f" ({NOT_READ}: that part of it cannot be read)" if None in (
        counts.prompts_judged, counts.evidence, counts.interviews) else ""
    return (f"{_count(counts.prompts_judged)} prompts judged, {_count(counts.evidence)} evidence items, "
            f"{_count(counts.interviews)} interviews{unread}")


def _row(summary: BackupSummary, now: datetime) -> BackupRow:
    counts = summary.holds or Holds(None, None, None, None)
    return BackupRow(
        summary.path, taken_at(summary.at), age(now - summary.at), _count(counts.prompts_judged),
        _count(counts.evidence), _count(counts.interviews), summary.problem or "",
    )


def _count(n: int | None) -> str:
    return NOT_READ if n is None else str(n)


def taken_at(at: datetime) -> str:
    """When, in the computer's local time, as HMIP writes dates: 'Mon 23 Nov 2026 10:30'."""
    local = at.astimezone()
    return f"{local:%a} {local.day} {local:%b %Y %H:%M}"


def age(elapsed: timedelta) -> str:
    """How long ago, in the largest whole unit: 'just now', '5 minutes ago', '3 hours ago', '2 days ago'."""
    minutes = int(elapsed.total_seconds() // 60)
    for size, unit in ((60 * 24, "day"), (60, "hour"), (1, "minute")):
        if minutes >= size:
            n = minutes // size
            return f"{n} {unit}{'s' if n != 1 else ''} ago"
    return "just now"
