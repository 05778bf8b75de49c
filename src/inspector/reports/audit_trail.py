"""The audit of rating changes: the rows of an inspection file's audit log that change a rating.

The store labels each audited value (store/records.py): "standard 1.4 proposed rating", "standard 1.4
rationale", "standard 2.1 rating from case data" and the ratings panel's "ratings panel 1.4 state",
"ratings panel 1.4 agreed rating" and "ratings panel 1.4 reason" are the ones that make or explain a
rating. Who made each change is the row's `user`: a name from the inspection's team, never the computer
account (the store keeps that beside it, and the report does not show it).

The rows written when the file was made (store/inspection_file.py, `_create`: the "inspection file" row,
the details and, for an import or the demo, every value of the inspection loaded, all in one transaction,
so at one moment and by one person) are the file's starting point, not changes: they are said in one
line (`created`), and the appendix lists the changes made since.
tests/reports/test_audit_trail.py makes those edits through the store, so a change of label shows.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from inspector.inspection.model import PanelState
from inspector.reports.model import AuditLine, long_date, short_time
from inspector.store import AuditEntry

_RATING_CHANGE = re.compile(
    r"^(standard \d+\.\d+ (proposed rating|rationale|rating from case data)"
    r"|ratings panel \d+\.\d+ (state|agreed rating|reason))$"
)
_CREATED = "inspection file"  # the label of a file's first row: None -> "created with <framework> <version>"
# The reasons the loads give (commands/import_.py, app/team_files.py; commands/demo.py, app/places.py):
# the file the inspection came from.
_LOADED_FROM = (re.compile(r"^imported from (?P<file>.+)$"), re.compile(r"^demo inspection \((?P<file>.+)\)$"))


def creation_rows(entries: Sequence[AuditEntry]) -> int:
    """How many of the first rows were written when the file was made: the "inspection file" row and the
    rows at its moment by its person (one transaction). 0 when the log does not start with it."""
    if not entries or entries[0].what != _CREATED or entries[0].old is not None:
        return 0
    first = entries[0]
    count = 1
    while count < len(entries) and (entries[count].at, entries[count].user) == (first.at, first.user):
        count += 1
    return count


def created_line(entries: Sequence[AuditEntry]) -> str:
    """"Inspection created from northmoor-yjs.json by Helen Marsh on 4 December 2026: 375 entries, 16 of
    them ratings and their rationales (not listed below)."; "" when the log does not start with the
    file's creation."""
    count = creation_rows(entries)
    if not count:
        return ""
    rows = entries[:count]
    first = rows[0]
    reason = next((e.reason for e in rows if e.reason), "")
    loaded = next((m for pattern in _LOADED_FROM if (m := pattern.match(reason))), None)
    if loaded is not None:
        made = f"Inspection created from {_file_name(loaded['file'])} by {first.user}"
    else:
        made = f"Inspection created by {first.user}" + (f" ({reason})" if reason else "")
    ratings = sum(1 for e in rows if _RATING_CHANGE.match(e.what))
    among = f", {ratings} of them ratings and their rationales (not listed below)" if ratings else ""
    entries_word = "entry" if count == 1 else "entries"
    return f"{made} on {long_date(first.at)}: {count} {entries_word}{among}."


def rating_changes(entries: Sequence[AuditEntry]) -> tuple[AuditLine, ...]:
    """The rows after the file's creation that change a rating, oldest first, as the log keeps them."""
    return tuple(
        AuditLine(
            at=short_time(e.at),
            user=e.user,
            what=e.what,
            old=e.old if e.old is not None else _unset(e.what, "(not set)"),
            new=e.new if e.new is not None else _unset(e.what, "(removed)"),
            reason=e.reason,
        )
        for e in entries[creation_rows(entries):]
        if _RATING_CHANGE.match(e.what)
    )


def _file_name(path: str) -> str:
    """The file's name without its folder, whichever system wrote the path."""
    return re.split(r"[\\/]", path.strip())[-1] or path


def _unset(what: str, otherwise: str) -> str:
    # A standard in draft has no ratings panel record, so its state is "not set" in the log: say "draft".
    return PanelState.DRAFT.value if what.startswith("ratings panel ") and what.endswith(" state") else otherwise
