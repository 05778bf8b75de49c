"""Every standard, key question and appendix entry of the report model is in the filled-in document.

A document cut short (docxtpl once read its filled-in XML with a parser that recovers by dropping
everything after a fault) or a template edited so that a loop shows less than the model holds must
never reach an inspector as a whole report. After filling in, before finishing, the body is read once
for the model's landmarks in document order: in the ratings-panel report each consistency flag, each
standard's title and each key question's text in a heading, each departure, the line on the file's
creation and each rating change in a paragraph of its own; in the publication draft each standard's title
in a heading and each of its strengths and areas for improvement; and the body must still end with its
section properties, as every Word document does.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from docx.document import Document
from docx.oxml.ns import qn

from inspector.framework.errors import ContentError
from inspector.reports.model import Report
from inspector.reports.paragraph_xml import style_id
from inspector.reports.paragraph_xml import text as paragraph_text
from inspector.reports.templates import ReportKind, ReportTemplate
from inspector.text import cleaned

# docxtpl writes these as w:br, w:tab and page breaks, so they are not in a paragraph's w:t text.
_LAID_OUT = str.maketrans("", "", "\n\t\r\a\f")


@dataclass(frozen=True)
class Landmark:
    name: str  # what the refusal calls it: "key question 1.2.3", never its text (case text)
    text: str
    heading: bool  # found only in a heading (or the title), not in the ratings summary's table


def landmarks(report: Report, kind: ReportKind) -> Iterator[Landmark]:
    """What the document of `kind` must show, in the order it shows it."""
    if kind is ReportKind.DRAFT:
        yield from _draft_landmarks(report)
        return
    # The panel report: what the panel should check (after the summary), every standard with its key
    # questions, and both appendices.
    for number, flag in enumerate(report.flags, start=1):
        yield Landmark(f"consistency flag {number} ({flag.title})", flag.line, heading=False)
    for s in report.standards:
        yield Landmark(f"standard {s.id}", s.title, heading=True)
        for kq in s.key_questions:
            yield Landmark(f"key question {kq.id}", kq.text, heading=True)
    for number, d in enumerate(report.departures, start=1):
        yield Landmark(f"Appendix A's entry {number} ({d.where})", d.what, heading=False)
    if report.created:
        yield Landmark("Appendix B's line on the file's creation", report.created, heading=False)
    for number, change in enumerate(report.rating_changes or (), start=1):
        yield Landmark(f"Appendix B's row {number}", change.what, heading=False)


def _draft_landmarks(report: Report) -> Iterator[Landmark]:
    """The draft follows HMIP's report shape: every standard of the rating scheme in its domain's chapter,
    each with the strengths and areas for improvement gathered for it."""
    for d in report.publication.domains:
        for s in d.standards:
            yield Landmark(f"standard {s.id}", s.title, heading=True)
            for number, text in enumerate(s.strengths, start=1):
                yield Landmark(f"strength {number} of standard {s.id}", text, heading=False)
            for number, text in enumerate(s.improvements, start=1):
                yield Landmark(f"area for improvement {number} of standard {s.id}", text, heading=False)


def check_complete(document: Document, report: Report, template: ReportTemplate) -> None:
    """Refuse, in one line naming the first part left out, a document that lacks part of the report."""
    body = document.element.body
    headings = {s.style_id for s in document.styles if s.name and s.name.startswith(("Heading", "Title"))}
    expected = landmarks(report, template.kind)
    wanted = _next(expected)
    for p in body.iter(qn("w:p")):
        if wanted is None:
            break
        # lxml's own look-ups: python-docx's properties cost a fifth of a second over a 10x report.
        if (not wanted.heading or style_id(p) in headings) and wanted.text in paragraph_text(p):
            wanted = _next(expected)
    if wanted is not None:
        raise ContentError(template.path, "template", f"the report made from it lacks {wanted.name}; nothing "
                                                      "was written")
    if len(body) == 0 or body[-1].tag != qn("w:sectPr"):
        raise ContentError(template.path, "template", "the report made from it stops before its end; nothing "
                                                      "was written")


def _next(expected: Iterator[Landmark]) -> Landmark | None:
    """The next landmark with text to look for, as the template's filter leaves it in the document."""
    for landmark in expected:
        text = cleaned(landmark.text)[0].translate(_LAID_OUT).strip()
        if text:
            return Landmark(landmark.name, text, landmark.heading)
    return None
