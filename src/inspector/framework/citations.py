"""Citations a reader can follow: where in the standards document a rule or a text is.

Everything the tool shows or prints cites the document by its own places, never by a line of the
converted text: the part, the section, the passage or item, and the page the document's contents list
gives the section, in one form:

    Rating characteristics, 1.1 Governance and leadership, Good, p. 108
    Introduction, Decision rules and decision guidance, Standard 1.1 Leadership, p. 3
    Rules and guidance, 1.3 Partnerships and services, prompt 1.3.2c, p. 42

The page is always the section's (or, for a heading the contents list does not name, the page of the
entry it falls in): a reader turns to it and finds the passage or prompt under that section. The
document's publisher, title and version are given once, where a full reference is needed
(`reference`). The places are content (standards/document.yaml, `Framework.document`); a line of the
converted text falls in the section whose heading is the last before it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol, TypeVar

from inspector.framework.document import DocumentSection, SourceDocument
from inspector.framework.model import EditorialNote, Framework, Standard

# Said once beside the full reference, so a reader knows what the pages are.
PAGES_NOTE = "pages are those the document's contents list gives each section"


@dataclass(frozen=True)
class Place:
    part: str
    page: int | None
    section: str = ""
    passage: str = ""
    item: str = ""  # "key question 1.1.2", "prompt 1.1.2b", "Good"

    @property
    def text(self) -> str:
        return self.shown()

    def shown(self, part: bool = True) -> str:
        names = [self.part] if part else []
        names += [name for name in (self.section, self.passage, self.item) if name]
        if self.page is not None:
            names.append(f"p. {self.page}")
        return ", ".join(names)

    def without_item(self) -> Place:
        return Place(self.part, self.page, self.section, self.passage)


def place(framework: Framework, line: int) -> Place | None:
    """The place a line of the converted text falls in; None before the document's first part."""
    document = framework.document
    part = _last_at_or_before(document.parts, line)
    if part is None:
        return None
    section = _last_at_or_before(part.sections, line)
    passage = _last_at_or_before(section.passages, line) if section is not None else None
    item = ""
    if section is not None and passage is None and section.standard is not None:
        item = _item(framework, section, line)
    return Place(
        part=part.name,
        page=_page(document, line),
        section=section.name if section is not None else "",
        passage=passage.name if passage is not None else "",
        item=item,
    )


def cite(framework: Framework, line: int | None) -> str:
    """'Rating characteristics, 1.1 Governance and leadership, Good, p. 108'; "" for no line."""
    found = place(framework, line) if line is not None else None
    return found.text if found is not None else ""


def cite_lines(framework: Framework, lines: Iterable[int]) -> str:
    """Several places, each once, in the order given; a place in the same part as the one before it
    does not repeat the part: 'Rules and guidance, 1.1 Governance and leadership, p. 7; 1.2 Staff, p. 24'."""
    return _joined(place(framework, line) for line in lines)


def _joined(places: Iterable[Place | None]) -> str:
    shown: list[str] = []
    seen: set[Place] = set()
    previous: Place | None = None
    for found in places:
        if found is None or found in seen:
            continue
        seen.add(found)
        shown.append(found.shown(part=previous is None or previous.part != found.part))
        previous = found
    return "; ".join(shown)


def note_lines(note: EditorialNote) -> Iterator[int]:
    """The lines an editorial note is about ('3146, 3148' -> 3146, 3148; '1984-2009' -> 1984)."""
    for piece in note.lines.split(","):
        yield int(piece.strip().split("-")[0])


def cite_note(framework: Framework, note: EditorialNote) -> str:
    """Where in the document the point an editorial note makes is."""
    return cite_lines(framework, note_lines(note))


def cite_item(framework: Framework, item_id: str) -> str:
    """A standard, key question or prompt in the rules and guidance: 'Rules and guidance, 1.1 Governance
    and leadership, key question 1.1.2, p. 7'. The framework itself ("") is the full reference."""
    if not item_id:
        return reference(framework)
    if len(item_id) == 3:
        return cite(framework, framework.standard(item_id).source_line)
    if len(item_id) == 5:
        return cite(framework, framework.key_question(item_id).source_line)
    return cite(framework, framework.prompt(item_id).source_line)


def cite_characteristics(framework: Framework, standard_id: str) -> str:
    """The section of a standard's rating characteristics: 'Rating characteristics, 1.1 Governance and
    leadership, p. 108'."""
    found = _characteristics_place(framework, standard_id)
    return found.text if found is not None else ""


def _characteristics_place(framework: Framework, standard_id: str) -> Place | None:
    found = place(framework, framework.standard(standard_id).characteristics[0].source_line)
    return found.without_item() if found is not None else None


def cite_table(framework: Framework, standard: Standard) -> str:
    """Where a standard's rating characteristics in table form are."""
    return cite(framework, standard.characteristics_table[0].source_line)


def cite_standard(framework: Framework, standard_id: str) -> str:
    """Both places a standard has: its rules and guidance and its rating characteristics."""
    rules_and_guidance = place(framework, framework.standard(standard_id).source_line)
    return _joined((rules_and_guidance, _characteristics_place(framework, standard_id)))


def reference(framework: Framework) -> str:
    """The full reference, for where it is needed once: 'HM Inspectorate of Probation, Youth justice
    inspection standards: ..., v3.4, updated June 2024'."""
    document = framework.document
    return f"{document.publisher}, {document.title}, {document.version}"


def source_line(framework: Framework) -> str:
    """The full reference with what the pages in the citations are, for a report's sources line."""
    return f"{reference(framework)} ({PAGES_NOTE})"


# --- where a line falls ------------------------------------------------------------------------------


class _Heading(Protocol):
    @property
    def line(self) -> int: ...


_H = TypeVar("_H", bound=_Heading)


def _last_at_or_before(entries: tuple[_H, ...], line: int) -> _H | None:
    found = None
    for entry in entries:
        if entry.line > line:
            break
        found = entry
    return found


def _page(document: SourceDocument, line: int) -> int | None:
    """The page the contents list gives the last part or section, with a page, whose heading is at or
    before the line."""
    page = None
    for part in document.parts:
        if part.line > line:
            break
        page = part.page
        for section in part.sections:
            if section.line > line:
                break
            if section.page is not None:
                page = section.page
    return page


def _item(framework: Framework, section: DocumentSection, line: int) -> str:
    """The key question, prompt or rating whose entry is the last to start, within the section, at or
    before the line."""
    try:
        standard = framework.standard(section.standard or "")
    except KeyError:
        return ""
    entries: list[tuple[int, str]] = []
    for kq in standard.key_questions:
        entries.append((kq.source_line, f"key question {kq.id}"))
        entries.extend((p.source_line, f"prompt {p.id}") for p in kq.prompts)
    entries.extend((c.source_line, c.rating.value) for c in standard.characteristics)
    found = ""
    for start, name in sorted(entries):
        if start > line:
            break
        if start >= section.line:
            found = name
    return found
