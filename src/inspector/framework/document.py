"""The standards document's own places: its title and version, its parts and sections with the pages its
contents list gives them, and the named passages inside them (standards/document.yaml).

Each heading carries the line of the converted text (standards/source-hmip-yj-standards-v3.4.txt) it sits
on; a place runs from its heading to the next heading at its level or above. The lines are for the tool
and the cross-check tests; readers are given names and pages (inspector.framework.citations).
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict, Field


class _Entry(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class DocumentPassage(_Entry):
    """A named heading inside a section ('Standard 1.1 Leadership')."""

    name: str = Field(min_length=2)
    line: int = Field(ge=1)


class DocumentSection(_Entry):
    """A section of a part: one the contents list names with its page (a standard), or a heading the
    document prints without listing it ('Definitions')."""

    name: str = Field(min_length=2)
    line: int = Field(ge=1)
    standard: str | None = Field(default=None, pattern=r"^\d\.\d$", description="the standard it is about")
    page: int | None = Field(default=None, ge=1, description="the page the contents list gives it")
    passages: tuple[DocumentPassage, ...] = ()


class DocumentPart(_Entry):
    """One of the document's parts as the contents list gives it (Introduction, Rules and guidance, ...)."""

    name: str = Field(min_length=2)
    page: int = Field(ge=1)
    line: int = Field(ge=1)
    sections: tuple[DocumentSection, ...] = ()


class SourceDocument(_Entry):
    publisher: str = Field(min_length=2)
    title: str = Field(min_length=5)
    version: str = Field(min_length=2)
    parts: tuple[DocumentPart, ...] = Field(min_length=1)

    def headings(self) -> Iterator[tuple[str, int]]:
        """(entry, line) for every heading in document order, entries named as errors name them."""
        for part in self.parts:
            yield f"part {part.name}", part.line
            for section in part.sections:
                yield f"part {part.name}, section {section.name}", section.line
                for passage in section.passages:
                    yield f"part {part.name}, section {section.name}, passage {passage.name}", passage.line


def order_problem(document: SourceDocument) -> tuple[str, str] | None:
    """(entry, problem) for the first heading out of document order, or a page before the one above it."""
    previous = 0
    for entry, line in document.headings():
        if line <= previous:
            return entry, f"starts at line {line}, not after the heading before it (line {previous})"
        previous = line
    page = 0
    for part in document.parts:
        for entry, number in ((f"part {part.name}", part.page),
                              *((f"part {part.name}, section {s.name}", s.page) for s in part.sections)):
            if number is None:
                continue
            if number < page:
                return entry, f"is given page {number}, before the page of the entry above it ({page})"
            page = number
    return None
