"""The audit trail page as data: every change the file's audit log holds, in words (audit_wording.py),
with the kind of change and the navigator item it belongs to, a run of typing joined into one change,
filtered by words, who, kind and date, newest first.

The store writes each row's `what` as the label an inspector reads (store/records.py: "prompt 1.2.1c
sufficiency", "evidence <id> (1.2.1c)", "standard 2.1 case count: Desistance"; schema.py's "file
format"). `classify` is the one place that reads a kind and an item from those labels;
tests/app/test_audit_view.py makes every kind of edit, so a label that changes shows there.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, tzinfo
from enum import Enum
from functools import cached_property

from inspector.app.audit_wording import Wording, when_text, word
from inspector.app.navigator import (
    AFTER_FIELDWORK,
    CASE_DATA,
    DETAILS,
    DOCUMENTS,
    INTERVIEWS,
    PANEL,
    navigator_nodes,
)
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
    DOCUMENTS = "Documents"
    AFTER_FIELDWORK = "After fieldwork"
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
    _Label(re.compile(r"document "), ChangeKind.DOCUMENTS, DOCUMENTS),  # the register of documents
    # store/records.py: "after fieldwork: <obligation> done", "YJB oversight: …", "improvement plan …".
    _Label(re.compile(r"after fieldwork: |YJB oversight: |improvement plan[: ]"), ChangeKind.AFTER_FIELDWORK,
           AFTER_FIELDWORK),
    _Label(re.compile(r"inspection details: |diversity: |recommendations? "), ChangeKind.DETAILS, DETAILS),
    # Who covers a standard or key question is set on the details page (store/records.py: "<id> assigned to").
    _Label(re.compile(r"\S+ assigned to$"), ChangeKind.DETAILS, DETAILS),
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


# Saves of one field this close together are one person typing (text is saved as it is typed, after a
# short pause: app/edits.py's `merged`), shown as one change.
TYPING_RUN = timedelta(minutes=1)


@dataclass(frozen=True)
class AuditChange:
    """One change as the page lists it: a row of the log, or a run of rows saved as someone typed (one
    field, one person, one reason, each row within TYPING_RUN of the one before and changing its value),
    read as the first row's old value → the last row's new one. The log keeps every row."""

    first: AuditEntry
    last: AuditEntry
    saves: int  # the rows of the log it stands for
    kind: ChangeKind | None
    item_id: str | None  # the navigator item to open for it; None when it belongs to none
    item_name: str  # as the detail names it: the item's id, or the section's label ("Interviews")
    zone: tzinfo | None  # the laptop's time zone (None: the system's)

    # Each made when first wanted (the row drawn, the first word typed), not for every row as the page opens.
    @cached_property
    def wording(self) -> Wording:
        return word(self.last.what, self.first.old, self.last.new, self.zone)

    @cached_property
    def folded(self) -> str:
        """What the free text is looked for in: the label as logged and in words, the values, the reason."""
        w = self.wording
        return fold("\n".join((self.last.what, w.subject, *w.lines, self.last.reason)))

    @property
    def at(self) -> datetime:
        """When the last row was saved, local time."""
        return self.last.at.astimezone(self.zone)

    @property
    def what(self) -> str:
        return self.wording.subject

    @property
    def change(self) -> str:
        return self.wording.summary

    @property
    def user(self) -> str:
        return self.last.user

    @property
    def reason(self) -> str:
        return self.last.reason

    @property
    def when(self) -> str:
        """"23 Nov 2026 10:31", local time."""
        return when_text(self.at)

    @property
    def detail(self) -> str:
        """The change in full, under the list (the table's cells are cut short)."""
        lines = [f"{self.what} \u2014 {self.user}, {self.when}", *self.wording.lines]
        if self.reason:
            lines.append(f"Reason: {self.reason}")
        if self.saves > 1:
            began, ended = f"{self.first.at.astimezone(self.zone):%H:%M}", f"{self.at:%H:%M}"
            during = f"at {ended}" if began == ended else f"from {began} to {ended}"
            lines.append(f"Typed in {self.saves} saves {during}; tick Every save to see each.")
        if self.item_id:
            lines.append(f"Enter or a double click opens {self.item_name}.")
        return "\n".join(lines)

    def continued_by(self, entry: AuditEntry) -> bool:
        """Whether `entry` is the next save of the same typing: a value changed again, never a record added
        or removed (an undo straight after an addition would otherwise leave nothing to read)."""
        last = self.last
        return (entry.what == last.what and entry.user == last.user and entry.reason == last.reason
                and entry.old is not None and entry.new is not None and entry.old == last.new
                and timedelta(0) <= entry.at - last.at <= TYPING_RUN)

    def joined(self, entry: AuditEntry) -> AuditChange:
        return replace(self, last=entry, saves=self.saves + 1)


def item_names(framework: Framework) -> dict[str, str]:
    """The navigator's nodes, each with the name a row's detail gives it: framework items by their id,
    the sections by their label."""
    return {node.id: node.label if node.kind is None else node.id for node in navigator_nodes(framework)}


def audit_change(entry: AuditEntry, items: Mapping[str, str], zone: tzinfo | None = None) -> AuditChange:
    """One row as a change; `items`: `item_names`, so a change links only to an item the window can open."""
    kind, item = classify(entry.what)
    known = item if item in items else None
    return AuditChange(entry, entry, 1, kind, known, items[known] if known else "", zone)


class AuditTrail:
    """The file's audit log as changes, each row built once: the log only grows, so each update adds the
    rows read since the last (Session.audit returns the whole log and reads only what is new). Kept both
    ways: every row, and with each run of typing joined into one change."""

    def __init__(self, items: Mapping[str, str], zone: tzinfo | None = None) -> None:
        self._items = items
        self._zone = zone
        self._rows: list[AuditChange] = []
        self._joined: list[AuditChange] = []
        self._users: set[str] = set()
        self._kinds: set[ChangeKind] = set()

    def update(self, entries: Sequence[AuditEntry]) -> bool:
        """Take in the whole log, oldest first; True when it has rows not seen before."""
        new = [audit_change(e, self._items, self._zone) for e in entries[len(self._rows):]]
        for row in new:
            if self._joined and self._joined[-1].continued_by(row.last):
                self._joined[-1] = self._joined[-1].joined(row.last)
            else:
                self._joined.append(row)
        self._rows.extend(new)
        self._users.update(row.user for row in new)
        self._kinds.update(row.kind for row in new if row.kind is not None)
        return bool(new)

    @property
    def total(self) -> int:
        """The rows of the log."""
        return len(self._rows)

    def listed(self, every_save: bool) -> int:
        """How many changes there are to list: every row, or with typing joined."""
        return len(self._rows if every_save else self._joined)

    def users(self) -> tuple[str, ...]:
        return tuple(sorted(self._users, key=str.casefold))

    def kinds(self) -> tuple[ChangeKind, ...]:
        return tuple(kind for kind in ChangeKind if kind in self._kinds)

    def matching(self, wanted: AuditFilter, every_save: bool = False) -> list[AuditChange]:
        """The changes the filter lets through, newest first: every row, or with typing joined."""
        if wanted.problem:
            return []
        terms = parse_query(wanted.text)
        return [
            change for change in reversed(self._rows if every_save else self._joined)
            if (wanted.user is None or change.user == wanted.user)
            and (wanted.kind is None or change.kind is wanted.kind)
            and (wanted.start is None or change.at.date() >= wanted.start)
            and (wanted.end is None or change.at.date() <= wanted.end)
            and (not terms or contains_all(change.folded, terms))
        ]

    def count_text(self, shown: int, every_save: bool = False) -> str:
        """"312 of 4,210 changes", or "4,210 changes" when all are shown."""
        listed = self.listed(every_save)
        total = f"{listed:,} change{'' if listed == 1 else 's'}"
        return total if shown == listed else f"{shown:,} of {total}"
