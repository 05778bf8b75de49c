"""Editorial notes: where the source contradicts itself, is truncated or garbled.

docs/framework-notes.md is this module's output (`inspector framework notes`); a test keeps the two
the same, so the notes shown to the user and the document cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from inspector.framework.citations import PAGES_NOTE, cite_note, reference
from inspector.framework.model import EditorialNote, Framework

HEADER = """# Framework notes

Editorial notes on the standards document:

{reference} (converted from PDF).

The data keeps the document's wording; where it contradicts itself, is truncated or garbled, the entry
carries a note, shown to the user beside the text. Places are the document's parts, sections and
passages; {pages}. This file is generated: `inspector framework notes > docs/framework-notes.md`.

| where | in the document | note |
|---|---|---|
"""


@dataclass(frozen=True)
class LocatedNote:
    where: str
    note: EditorialNote


def all_notes(framework: Framework) -> Iterator[LocatedNote]:
    """Every editorial note in the framework, in document order, with the entry it belongs to."""
    for note in framework.editorial_notes:
        yield LocatedNote("Framework", note)
    for rule in framework.overall_decision_rules:
        for note in rule.editorial_notes:
            yield LocatedNote(f"Overall {rule.kind.value} ({rule.rating.value})", note)
    for standard in framework.standards:
        for note in standard.editorial_notes:
            yield LocatedNote(f"Standard {standard.id}", note)
        for rule in standard.decision_rules:
            for note in rule.editorial_notes:
                yield LocatedNote(f"{standard.id} decision {rule.kind.value} ({rule.rating.value})", note)
        for kq in standard.key_questions:
            for note in kq.editorial_notes:
                yield LocatedNote(f"Key question {kq.id}", note)
            for prompt in kq.prompts:
                for note in prompt.editorial_notes:
                    yield LocatedNote(f"Prompt {prompt.id}", note)
        for characteristic in standard.characteristics:
            for note in characteristic.editorial_notes:
                yield LocatedNote(f"{standard.id} characteristics: {characteristic.rating.value}", note)
        for row in standard.characteristics_table:
            for note in row.editorial_notes:
                yield LocatedNote(f"{standard.id} table: {row.heading}", note)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def notes_markdown(framework: Framework) -> str:
    rows = [f"| {_cell(n.where)} | {_cell(cite_note(framework, n.note))} | {_cell(n.note.note)} |"
            for n in all_notes(framework)]
    return HEADER.format(reference=reference(framework), pages=PAGES_NOTE) + "\n".join(rows) + "\n"
