"""Search across all of the framework's text.

A field matches when every term of the query appears in it (case-insensitive, anywhere in a word:
inspectors type stems such as "diversit"). Fields are the pieces a user would name ("Guidance",
"Rating characteristics: Good"), and hits come back in navigator order so the list reads like the
framework does.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from inspector.framework.items import FRAMEWORK_ID
from inspector.framework.markup import plain_text
from inspector.framework.model import (
    RATING_ORDER,
    CharacteristicsRow,
    EditorialNote,
    Framework,
    KeyQuestion,
    Prompt,
    Standard,
)
from inspector.framework.sections import DECISION_KIND_LABELS, Section
from inspector.framework.terms import contains_all, find_spans, fold, parse_query

SNIPPET_CONTEXT = 50  # characters either side of the first match: enough to recognise the passage
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class SearchHit:
    item_id: str
    field: str  # as the user would call it: "Guidance", "Characteristics table: Culture, Good"
    snippet: str  # one line around the first match, "…" where cut
    section: Section  # where in the item's reading document the field is shown


@dataclass(frozen=True)
class _Field:
    item_id: str
    name: str
    section: Section
    text: str  # plain text, whitespace flattened to single spaces
    folded: str


class SearchIndex:
    """The framework's fields as plain text, prepared once so each keystroke only scans."""

    def __init__(self, framework: Framework) -> None:
        self._fields = tuple(
            _Field(item_id, name, section, flat, fold(flat))
            for item_id, name, section, text in _fields(framework)
            if (flat := _SPACE.sub(" ", plain_text(text)).strip())
        )

    def search(self, query: str) -> list[SearchHit]:
        terms = parse_query(query)
        if not terms:
            return []
        return [
            SearchHit(f.item_id, f.name, snippet(f.text, terms), f.section)
            for f in self._fields
            if contains_all(f.folded, terms)
        ]


def search(framework: Framework, query: str) -> list[SearchHit]:
    """One-off search; the window keeps a SearchIndex instead."""
    return SearchIndex(framework).search(query)


def snippet(text: str, terms: Sequence[str], context: int = SNIPPET_CONTEXT) -> str:
    """A short extract of text around the first match, cut at word boundaries.

    The extract centres on the longest term: in "crime and disorder" the first "and" is rarely the
    passage the user is looking for.
    """
    if not terms:
        return _cut(text, 0, 2 * context)
    spans = find_spans(text, [max(terms, key=len)])
    start, end = spans[0] if spans else (0, 0)
    return _cut(text, start - context, end + context)


def _cut(text: str, start: int, end: int) -> str:
    start, end = max(start, 0), min(end, len(text))
    if start > 0:
        space = text.find(" ", start)
        # Move to the next word start unless that would swallow the match itself.
        start = space + 1 if -1 < space < start + 15 else start
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > end - 15 else end
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    return f"{prefix}{text[start:end].strip()}{suffix}"


def _fields(framework: Framework) -> Iterator[tuple[str, str, Section, str]]:
    """(item id, field name, section, text) for every searchable text, in navigator order."""
    fid = FRAMEWORK_ID
    yield fid, "Title", Section.TITLE, framework.title
    yield fid, "How decision rules and guidance apply", Section.INTRODUCTION, framework.introduction_rules
    for band in framework.percentage_bands:
        yield fid, "Percentage bands", Section.BANDS, band.text
    for rule in framework.overall_decision_rules:
        yield fid, f"Overall {DECISION_KIND_LABELS[rule.kind].lower()}", Section.OVERALL_RULES, rule.text
        yield from _notes(fid, Section.OVERALL_RULES, rule.editorial_notes)
    yield from _notes(fid, Section.NOTES, framework.editorial_notes)
    for standard in framework.standards:
        yield from _standard_fields(standard)
        for kq in standard.key_questions:
            yield from _judged_fields(kq, "Key question")
            for prompt in kq.prompts:
                yield from _judged_fields(prompt, "Prompt")


def _standard_fields(standard: Standard) -> Iterator[tuple[str, str, Section, str]]:
    sid = standard.id
    yield from _notes(sid, Section.NOTES, standard.editorial_notes)
    yield sid, "Title", Section.TITLE, standard.title
    yield sid, "Standard statement", Section.STATEMENT, standard.statement
    yield sid, "Guidance", Section.GUIDANCE, standard.guidance
    yield sid, "Evidence", Section.EVIDENCE, standard.evidence
    yield sid, "Judgement", Section.JUDGEMENT, standard.judgement
    for rule in standard.decision_rules:
        name = f"{DECISION_KIND_LABELS[rule.kind]} ({rule.rating.value})"
        yield sid, name, Section.DECISION_RULES, rule.text
        yield from _notes(sid, Section.DECISION_RULES, rule.editorial_notes)
    yield sid, "Rating characteristics", Section.CHARACTERISTICS, standard.characteristics_statement
    for characteristic in standard.characteristics:
        text = "\n\n".join(t for t in (characteristic.summary, characteristic.decision, characteristic.text) if t)
        yield sid, f"Rating characteristics: {characteristic.rating.value}", Section.CHARACTERISTICS, text
        yield from _notes(sid, Section.CHARACTERISTICS, characteristic.editorial_notes)
    for row in standard.characteristics_table:
        yield from _row_fields(sid, row)


def _row_fields(sid: str, row: CharacteristicsRow) -> Iterator[tuple[str, str, Section, str]]:
    name = f"Characteristics table: {row.heading}"
    yield sid, name, Section.TABLE, row.heading
    for rating in RATING_ORDER:
        yield sid, f"{name}, {rating.value}", Section.TABLE, row.cell(rating)
    yield from _notes(sid, Section.TABLE, row.editorial_notes)


def _judged_fields(item: KeyQuestion | Prompt, text_name: str) -> Iterator[tuple[str, str, Section, str]]:
    yield from _notes(item.id, Section.NOTES, item.editorial_notes)
    yield item.id, text_name, Section.TITLE, item.text
    yield item.id, "Guidance", Section.GUIDANCE, item.guidance
    yield item.id, "Evidence", Section.EVIDENCE, item.evidence
    yield item.id, "Judgement", Section.JUDGEMENT, item.judgement


def _notes(item_id: str, section: Section, notes: tuple[EditorialNote, ...]) -> Iterator[tuple[str, str, Section, str]]:
    for note in notes:
        yield item_id, "Editorial note", section, note.note
