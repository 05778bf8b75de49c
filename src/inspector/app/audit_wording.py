"""An audit log row in people's words: what the change was made to and what changed, old → new.

The store keeps a record's values as compact JSON under a label with its id (store/records.py:
"interview <id> (CM-07)" holding reference, date, inspector and responses; "evidence <id> (1.2.1c)";
"recommendation <id>"; a tally's percent and interviews). Nobody reads JSON or ids: here an interview's
change reads "interview CM-07: workload no → yes", an evidence item's "tag (not set) → strength". A field
this module does not know (the store adds some as the format grows) still reads "field old → new".
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from typing import Any

ARROW = " \u2192 "
# The CLI and the reports say the same of a value that was not there: `inspector audit`, reports/audit_trail.py.
NOT_SET = "(not set)"
REMOVED = "(removed)"
NO_ANSWER = "(no answer)"
_SHORT = 50  # characters of a value the one-line summary keeps; the detail has it whole

_ID = re.compile(r"\b([0-9a-f]{8})-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b")  # a record's UUID
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
_PROSE = re.compile(r"\b(rationale|notes?|reason)$")  # labels of text written as sentences (store/records.py)

# Field names as the summary says them; any other is its name with spaces ("recorded_by": "recorded by").
_FIELDS = {"prompt_id": "prompt", "document_id": "document", "form_id": "form", "also": "also supports"}


@dataclass(frozen=True)
class Wording:
    subject: str  # what the change was made to: "interview CM-07", "prompt 1.2.1c sufficiency"
    summary: str  # the change on one line, long values cut short: "workload no → yes", "added"
    lines: tuple[str, ...]  # the change in full, a line per value, for the detail


def when_text(at: datetime) -> str:
    """"23 Nov 2026 10:31", in `at`'s own time zone."""
    return f"{at.day} {at:%b %Y %H:%M}"


@dataclass(frozen=True)
class _Shape:
    """A label whose value is a record kept as JSON."""

    pattern: re.Pattern[str]  # matched against the whole label
    subject: str  # made from the pattern's groups
    headline: str = ""  # the field that names the record: quoted beside a change that leaves it as it was
    hidden: tuple[str, ...] = ()  # fields the subject already names, left out of a record added or removed
    # A record that is one value (a tally, a case count): the change reads old → new of this, not per field.
    value: Callable[[Mapping[str, Any]], str] | None = None


def _tally(value: Mapping[str, Any]) -> str:
    interviews = value.get("interviews")
    return f"{value.get('percent')}%" + (f" of {interviews} interviews" if interviews is not None else "")


def _count(value: Mapping[str, Any]) -> str:
    return f"{value.get('sufficient')} of {value.get('cases')} sufficient"


_SHAPES = (
    _Shape(re.compile(r"interview \S+ \((?P<reference>.*)\)"), "interview {reference}", hidden=("reference",)),
    _Shape(re.compile(r"evidence \S+ \((?P<prompt>[^)]+)\)"), "evidence on {prompt}", "text", ("prompt_id",)),
    _Shape(re.compile(r"recommendation \S+"), "recommendation", "text"),
    _Shape(re.compile(r"ratings panel comment on (?P<standard>\S+)"), "ratings panel comment on {standard}", "text"),
    _Shape(re.compile(r"document \S+"), "document", "title"),
    _Shape(re.compile(r"prompt (?P<prompt>\S+) interview tally"), "prompt {prompt} interview tally", value=_tally),
    _Shape(re.compile(r"standard (?P<standard>\S+) case count: (?P<kq>.+)"),
           "standard {standard} case count: {kq}", value=_count),
)
_ANY_RECORD = _Shape(re.compile(""), "")  # a label this module does not know


def word(what: str, old: str | None, new: str | None, zone: tzinfo | None = None) -> Wording:
    """The change a row records from `old` to `new` (None: not there), with dates and times in `zone`."""
    before, after = _parsed(old), _parsed(new)
    shape, subject = _shape_of(what)
    if isinstance(before, dict | None) and isinstance(after, dict | None) and (before is not None or after is not None):
        if shape.value is None:
            return _record(subject, shape, before, after, zone)
        old_text, new_text = (NOT_SET if before is None else shape.value(before),
                              REMOVED if after is None else shape.value(after))
        return Wording(subject, f"{old_text}{ARROW}{new_text}", (f"Old: {old_text}", f"New: {new_text}"))
    old_text = NOT_SET if before is None else _text(before, zone)
    new_text = REMOVED if after is None else _text(after, zone)
    prose = _PROSE.search(what) is not None
    summary = f"{_in_summary(before, old_text, prose)}{ARROW}{_in_summary(after, new_text, prose)}"
    return Wording(subject, summary, (f"Old: {old_text}", f"New: {new_text}"))


def _in_summary(value: Any, text: str, prose: bool) -> str:
    """Cut short, and quoted if it is words someone wrote (a rationale), so the arrow between two stands out."""
    return _quoted(_short(text)) if prose and value is not None else _short(text)


def _shape_of(what: str) -> tuple[_Shape, str]:
    for shape in _SHAPES:
        found = shape.pattern.fullmatch(what)
        if found:
            return shape, shape.subject.format(**found.groupdict())
    return _ANY_RECORD, _ID.sub("\\1\u2026", what)  # an id cut to its first eight characters


def _parsed(value: str | None) -> Any:
    """A record or list the store wrote as JSON, parsed; any other value as it is."""
    if value is None or not value.startswith(("{", "[")):
        return value
    try:
        parsed = json.loads(value)
    except ValueError:
        return value
    return parsed if isinstance(parsed, dict | list) else value


def _record(subject: str, shape: _Shape, before: dict[str, Any] | None, after: dict[str, Any] | None,
            zone: tzinfo | None) -> Wording:
    if before is None or after is None:
        held = after if before is None else before
        assert held is not None  # `word` sends one record at least
        verb = "added" if before is None else "removed"
        headline = held.get(shape.headline) if shape.headline else None
        lines = [f"{verb.capitalize()}."]
        for key, value in held.items():
            if key == "responses":
                lines.extend(
                    f"{question}: {_response(answer, comment)}" for question, answer, comment in _answers(value))
            elif key not in shape.hidden and not _empty(value):
                lines.append(f"{_field(key)}: {_text(value, zone)}")
        return Wording(subject, f"{verb} \u201c{_short(headline)}\u201d" if headline else verb, tuple(lines))

    changed: list[tuple[str, str]] = []  # (in full, cut short)
    for key in [*before, *(k for k in after if k not in before)]:
        old, new = before.get(key), after.get(key)
        if old == new:
            continue
        if key == "responses":
            changed.extend(_responses_changed(old or [], new or []))
        else:
            prose = key == shape.headline
            old_text, new_text = (_value_text(v, zone, prose) for v in (old, new))
            changed.append((f"{_field(key)}: {old_text}{ARROW}{new_text}",
                            f"{_field(key)} {_short(old_text)}{ARROW}{_short(new_text)}"))
    summary = "; ".join(short for _, short in changed) or "no change"
    headline = after.get(shape.headline) if shape.headline else None
    if headline and before.get(shape.headline) == headline:
        summary = f"\u201c{_short(headline)}\u201d: {summary}"
    return Wording(subject, summary, tuple(full for full, _ in changed) or ("No change.",))


def _answers(responses: Any) -> list[tuple[str, str, str]]:
    """An interview's responses, [question id, answer, comment] each, as the store writes them (store
    validation refuses any other shape; one found anyway is left out rather than stop the page)."""
    if not isinstance(responses, list):
        return []
    return [(str(item[0]), str(item[1]), str(item[2])) for item in responses
            if isinstance(item, list) and len(item) == 3]


def _responses_changed(old: Any, new: Any) -> list[tuple[str, str]]:
    """Each question whose answer or comment changed, in the form's order: "workload no → yes"."""
    before = {question: (answer, comment) for question, answer, comment in _answers(old)}
    after = {question: (answer, comment) for question, answer, comment in _answers(new)}
    changed = []
    for question in [*after, *(q for q in before if q not in after)]:
        old_answer, old_comment = before.get(question, (NO_ANSWER, ""))
        new_answer, new_comment = after.get(question, (NO_ANSWER, ""))
        if old_answer != new_answer:
            line = f"{question} {old_answer}{ARROW}{new_answer}"
            changed.append((line, line))
        if old_comment != new_comment:
            old_text, new_text = _quoted(old_comment), _quoted(new_comment)
            changed.append((f"{question} comment: {old_text}{ARROW}{new_text}",
                            f"{question} comment {_short(old_text)}{ARROW}{_short(new_text)}"))
    return changed


def _response(answer: str, comment: str) -> str:
    return f"{answer} \u2014 {_quoted(comment)}" if comment else answer


def _value_text(value: Any, zone: tzinfo | None, prose: bool) -> str:
    if _empty(value):
        return NOT_SET
    return _quoted(value) if prose and isinstance(value, str) else _text(value, zone)


def _quoted(text: str) -> str:
    return f"\u201c{text}\u201d" if text else NOT_SET


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == []


def _field(key: str) -> str:
    return _FIELDS.get(key, key.replace("_", " "))


def _text(value: Any, zone: tzinfo | None) -> str:
    """A value as words: dates as "24 Feb 2025", times as "3 Mar 2025 09:00" in `zone`, a list as its items."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(_text(item, zone) for item in value) or NOT_SET
    if isinstance(value, dict):
        return "; ".join(f"{_field(key)} {_text(part, zone)}" for key, part in value.items() if not _empty(part))
    if value is None:
        return NOT_SET
    text = str(value)
    try:
        if _DAY.fullmatch(text):
            day = date.fromisoformat(text)
            return f"{day.day} {day:%b %Y}"
        if _MOMENT.match(text):
            return when_text(datetime.fromisoformat(text).astimezone(zone))
    except ValueError:  # shaped like a date but not one: shown as written
        return text
    return _ID.sub("\\1\u2026", text)  # a record's id (a document cited), cut short


def _short(text: str) -> str:
    return text if len(text) <= _SHORT else text[:_SHORT - 1].rstrip() + "\u2026"
