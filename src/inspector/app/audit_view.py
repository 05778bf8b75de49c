"""The audit trail page as data: every change the file's audit log holds, with the kind of change and
the navigator item it belongs to, filtered by words, who, kind and date, newest first.

The store writes each row's `what` as the label an inspector reads (store/records.py: "prompt 1.2.1c
sufficiency", "evidence <id> (1.2.1c)", "standard 2.1 case count: Desistance"; schema.py's "file
format"). `classify` is the one place that reads a kind and an item from those labels;
tests/app/test_audit_view.py makes every kind of edit, so a label that changes shows there.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from enum import Enum
from functools import cached_property

from inspector.app.navigator import CASE_DATA, DETAILS, INTERVIEWS, PANEL, navigator_nodes
from inspector.framework.model import Framework
from inspector.framework.terms import contains_all, fold, parse_query
from inspector.store import AuditEntry


class ChangeKind(str, Enum):
    """What a change was to; the value is its name in the page's kind box."""

    JUDGEMENTS = "Judgements"
    EVIDENCE = "Evidence"
    ANSWERS = "Answers"
    PROPOSALS = "Proposals"
    INTERVIEWS = "Interviews"
    CASE_DATA = "Case data"
    DETAILS = "Details"
    PANEL = "Ratings panel"
    FILE_FORMAT = "File format"


@dataclass(frozen=True)
class _Label:
    pattern: re.Pattern[str]  # matched at the start of `what`
    kind: ChangeKind
    node: str | None = None  # the page where this is entered; otherwise the label's `item` group, if any


# Most specific first: a tally is a "prompt ..." label, a case-data change a "standard ..." one.
_LABELS = (
    _Label(re.compile(r"prompt \S+ interview tally$"), ChangeKind.INTERVIEWS, INTERVIEWS),
    _Label(re.compile(r"prompt (?P<item>\S+) "), ChangeKind.JUDGEMENTS),
    _Label(re.compile(r"evidence \S+ \((?P<item>[^)]+)\)$"), ChangeKind.EVIDENCE),
    _Label(re.compile(r"key question (?P<item>\S+) "), ChangeKind.ANSWERS),
    _Label(re.compile(r"standard \S+ (rating from case data$|case count: )"), ChangeKind.CASE_DATA, CASE_DATA),
    _Label(re.compile(r"standard (?P<item>\S+) "), ChangeKind.PROPOSALS),
    _Label(re.compile(r"interview "), ChangeKind.INTERVIEWS, INTERVIEWS),
    _Label(re.compile(r"ratings panel "), ChangeKind.PANEL, PANEL),
    _Label(re.compile(r"inspection details: |diversity: |recommendations? "), ChangeKind.DETAILS, DETAILS),
    _Label(re.compile(r"(inspection file|file format)$"), ChangeKind.FILE_FORMAT),
)


def classify(what: str) -> tuple[ChangeKind | None, str | None]:
    """The kind of change an audit label names and the item it names (a prompt, key question, standard
    or page id), each None when the label has none."""
    for label in _LABELS:
        found = label.pattern.match(what)
        if found:
            return label.kind, label.node or found.groupdict().get("item")
    return None, None


@dataclass(frozen=True)
class AuditFilter:
    """What the page lists: every word in the text (in what changed, the values or the reason), by
    whom, which kind of change, and between two days (local dates, both included). Empty: everything."""

    text: str = ""
    user: str | None = None
    kind: ChangeKind | None = None
    start: date | None = None
    end: date | None = None

    @property
    def problem(self) -> str | None:
        if self.start and self.end and self.end < self.start:
            return "To: the date is before the From date"
        return None


_ID = re.compile(r"\b([0-9a-f]{8})-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b")  # a record's UUID


@dataclass(frozen=True)
class AuditRow:
    """One change as the page lists it."""

    entry: AuditEntry
    kind: ChangeKind | None
    item_id: str | None  # the navigator item to open for it; None when it belongs to none
    item_name: str  # as the detail names it: the item's id, or the section's label ("Interviews")
    at: datetime  # in the laptop's time zone

    # Each made when first wanted (the row drawn, the first word typed), not for every row as the page opens.
    @cached_property
    def folded(self) -> str:
        """What the free text is looked for in: the label, the values as stored, the reason."""
        e = self.entry
        return fold("\n".join((e.what, e.old or "", e.new or "", e.reason)))

    @cached_property
    def old(self) -> str:
        # The CLI and the reports say the same of a value that was not there: `inspector audit`, reports/audit_trail.py.
        return readable(self.entry.old, "(not set)", self.entry.what)

    @cached_property
    def new(self) -> str:
        return readable(self.entry.new, "(removed)", self.entry.what)

    @property
    def what(self) -> str:
        """What changed, with a record's id cut to its first eight characters ("evidence 3ad95355… (1.2.1c)"):
        the full label is in the detail."""
        return _ID.sub("\\1\u2026", self.entry.what)

    @property
    def when(self) -> str:
        """"23 Nov 2026 10:31", local time."""
        return f"{self.at.day} {self.at:%b %Y %H:%M}"

    @property
    def detail(self) -> str:
        """The change in full, under the list (the table's cells are cut short)."""
        e = self.entry
        lines = [f"{e.what} \u2014 {e.user}, {self.when}", f"Old: {self.old}", f"New: {self.new}"]
        if e.reason:
            lines.append(f"Reason: {e.reason}")
        if self.item_id:
            lines.append(f"Enter or a double click opens {self.item_name}.")
        return "\n".join(lines)


def item_names(framework: Framework) -> dict[str, str]:
    """The navigator's nodes, each with the name a row's detail gives it: framework items by their id,
    the sections by their label."""
    return {node.id: node.label if node.kind is None else node.id for node in navigator_nodes(framework)}


def audit_row(entry: AuditEntry, items: Mapping[str, str], zone: tzinfo | None = None) -> AuditRow:
    """`items`: `item_names`, so a row links only to an item the window can open."""
    kind, item = classify(entry.what)
    known = item if item in items else None
    return AuditRow(entry, kind, known, items[known] if known else "", entry.at.astimezone(zone))


def readable(value: str | None, absent: str, what: str = "") -> str:
    """A value as one line: a record the store keeps as JSON (evidence, an interview, the team) as its
    fields, "text: ...; source: case file", leaving out the empty ones and those the label `what` names
    (an evidence item's prompt, an interview's reference)."""
    if value is None:
        return absent
    if not value.startswith(("{", "[")):
        return value
    try:
        parsed = json.loads(value)
    except ValueError:
        return value
    if isinstance(parsed, dict):
        return "; ".join(f"{key.replace('_', ' ')}: {_part(part)}" for key, part in parsed.items()
                         if part not in (None, "", []) and f"({part})" not in what)
    return _part(parsed)


def _part(value: object) -> str:
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return ", ".join(value)
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


class AuditTrail:
    """The file's audit log as rows, built once each: the log only grows, so each update adds the rows
    read since the last (Session.audit returns the whole log and reads only what is new)."""

    def __init__(self, items: Mapping[str, str], zone: tzinfo | None = None) -> None:
        self._items = items
        self._zone = zone
        self._rows: list[AuditRow] = []
        self._users: set[str] = set()
        self._kinds: set[ChangeKind] = set()

    def update(self, entries: Sequence[AuditEntry]) -> bool:
        """Take in the whole log, oldest first; True when it has rows not seen before."""
        new = [audit_row(e, self._items, self._zone) for e in entries[len(self._rows):]]
        self._rows.extend(new)
        self._users.update(row.entry.user for row in new)
        self._kinds.update(row.kind for row in new if row.kind is not None)
        return bool(new)

    @property
    def total(self) -> int:
        return len(self._rows)

    def users(self) -> tuple[str, ...]:
        return tuple(sorted(self._users, key=str.casefold))

    def kinds(self) -> tuple[ChangeKind, ...]:
        return tuple(kind for kind in ChangeKind if kind in self._kinds)

    def matching(self, wanted: AuditFilter) -> list[AuditRow]:
        """The rows the filter lets through, newest first."""
        if wanted.problem:
            return []
        terms = parse_query(wanted.text)
        return [
            row for row in reversed(self._rows)
            if (wanted.user is None or row.entry.user == wanted.user)
            and (wanted.kind is None or row.kind is wanted.kind)
            and (wanted.start is None or row.at.date() >= wanted.start)
            and (wanted.end is None or row.at.date() <= wanted.end)
            and (not terms or contains_all(row.folded, terms))
        ]

    def count_text(self, shown: int) -> str:
        """"312 of 4,210 changes", or "4,210 changes" when all are shown."""
        total = f"{self.total:,} change{'' if self.total == 1 else 's'}"
        return total if shown == self.total else f"{shown:,} of {total}"
