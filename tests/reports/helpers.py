"""Shared set-up for the report tests: the real content and templates, the demo inspection, and
reading a produced .docx back with python-docx."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime
from io import BytesIO

import docx
from docx.document import Document
from docx.table import Table
from docx.text.paragraph import Paragraph

from inspector.content import load_content
from inspector.demo import load_demo
from inspector.inspection.model import Inspection
from inspector.reports import Report, ReportKind, build_report, load_templates, render_docx
from inspector.rules.evaluate import Evaluation, evaluate
from inspector.store import AuditEntry

CONTENT = load_content()
FRAMEWORK, SCHEME, FORMS = CONTENT.framework, CONTENT.rating_scheme, CONTENT.forms
TEMPLATES = load_templates(CONTENT.root)
DEMO = load_demo(CONTENT)
PRODUCED = datetime(2026, 11, 23, 14, 5, tzinfo=UTC)


def report_of(inspection: Inspection, audit: Sequence[AuditEntry] | None = None,
              source: str = "the exchange file test.json") -> Report:
    return build_report(FRAMEWORK, SCHEME, FORMS, inspection, audit=audit, source=source, produced=PRODUCED)


def evaluation_of(inspection: Inspection) -> Evaluation:
    return evaluate(FRAMEWORK, SCHEME, FORMS, inspection)


def rendered(report: Report, kind: ReportKind) -> Document:
    """The report made into a .docx and read back, as an editor's Word would read it."""
    return docx.Document(BytesIO(render_docx(report, TEMPLATES.get(kind))))


def headings(document: Document, level: int) -> list[str]:
    return [p.text for p in document.paragraphs if p.style is not None and p.style.name == f"Heading {level}"]


def texts(document: Document) -> list[str]:
    """Every paragraph's text, body and tables, in document order."""
    out: list[str] = []

    def walk(container: object) -> None:
        for block in container.iter_inner_content():  # type: ignore[attr-defined]
            if isinstance(block, Table):
                for row in block.rows:
                    for cell in row.cells:
                        walk(cell)
            else:
                out.append(block.text)

    walk(document)
    return out


def rows(table: Table) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


def is_heading(paragraph: Paragraph) -> bool:
    """A heading, not its entry in the contents (which has the same text)."""
    return paragraph.style is not None and paragraph.style.name.startswith("Heading")


def after_heading(document: Document, heading: str) -> list[str]:
    """The text of every paragraph after the heading with this text, in the body."""
    paragraphs = document.paragraphs
    start = next(i for i, p in enumerate(paragraphs) if p.text == heading and is_heading(p))
    return [p.text for p in paragraphs[start + 1:]]


def table_after(document: Document, heading: str) -> Table:
    """The first table after the heading with this text."""
    seen = False
    for block in document.iter_inner_content():
        if not isinstance(block, Table) and block.text == heading and is_heading(block):
            seen = True
        elif seen and isinstance(block, Table):
            return block
    raise AssertionError(f"no table after {heading!r}")


def facts(table: Table) -> dict[str, str]:
    """A label-and-value table as a dict."""
    return {row[0]: row[1] for row in rows(table)}


def with_proposal(inspection: Inspection, standard_id: str, **change: object) -> Inspection:
    proposals = tuple(replace(p, **change) if p.standard_id == standard_id else p for p in inspection.proposals)
    return replace(inspection, proposals=proposals)
