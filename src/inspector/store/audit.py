"""The audit log: one append-only row per changed value, written in the edit's own transaction.

The `audit` table's triggers (schema.py) refuse UPDATE and DELETE, so a row once committed stays.
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from datetime import datetime
from functools import cache

from sqlite_utils import Database

from inspector.store import reading
from inspector.store.records import Facts


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime  # UTC
    user: str  # who made the change: a name from the inspection's team, never the computer account
    what: str  # e.g. "prompt 1.2.1c sufficiency", "evidence <id> (1.2.1c)"
    old: str | None  # None: not set before (added)
    new: str | None  # None: cleared or removed
    reason: str
    login: str | None = None  # the computer account it was made from; None in rows made before format 3


@dataclass(frozen=True)
class Change:
    what: str
    old: str | None
    new: str | None


def changes(old: Facts, new: Facts) -> list[Change]:
    """The values that differ, in a stable order (old facts first, then added ones). A missing fact is
    the same as one whose value is None, so records at their defaults produce no change."""
    result = []
    for key in [*old, *(k for k in new if k not in old)]:
        before, after = old.get(key), new.get(key)
        old_value = before.value if before else None
        new_value = after.value if after else None
        if old_value != new_value:
            label = (after or old[key]).label  # a key not in `new` is in `old`
            result.append(Change(label, old_value, new_value))
    return result


def record(db: Database, found: list[Change], user: str, at: datetime, reason: str) -> None:
    """Append the rows; the caller holds the edit's transaction. `user` is the person; the computer
    account is kept beside it for accountability, never in its place."""
    login = computer_account()
    db.table("audit").insert_all(
        {"at": at.isoformat(), "user": user, "login": login, "what": c.what, "old": c.old, "new": c.new,
         "reason": reason}
        for c in found
    )


@cache
def computer_account() -> str | None:
    """The operating system's name for the account running the app, if it has one."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name in the environment and none in the password database
        return None


def entries(db: Database, since: int = 0) -> list[AuditEntry]:
    """The rows after the one numbered `since` (all of them by default), oldest first: ids only increase,
    so a reader that keeps what it has read asks only for the rows added since."""
    with reading.decoding(db, "audit"):
        rows = list(db.query("SELECT * FROM audit WHERE id > ? ORDER BY id", [since]))
    return [
        AuditEntry(
            id=row["id"], at=_at(row), user=row["user"], what=row["what"], old=row["old"], new=row["new"],
            reason=row["reason"], login=_login(row),
        )
        for row in rows
    ]


def _login(row: dict[str, object]) -> str | None:
    login = row.get("login")  # absent in a file of format 2 or before, opened read-only and not upgraded
    if login is not None and not isinstance(login, str):
        raise reading.Unreadable(f"audit row {row['id']}, column login: not text")
    return login


def _at(row: dict[str, object]) -> datetime:
    try:
        return datetime.fromisoformat(row["at"])  # type: ignore[arg-type]  # not text: the TypeError below
    except (TypeError, ValueError):
        raise reading.Unreadable(f"audit row {row['id']}, column at: not a date and time") from None


def count(db: Database) -> int:
    """How many rows the log has: every saved edit adds at least one, so this also numbers the file's
    states (backups are named with it)."""
    return int(db.execute("SELECT count(*) FROM audit").fetchone()[0])
