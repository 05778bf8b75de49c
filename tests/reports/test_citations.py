"""Both reports, made from the demo and read back with python-docx, cite the standards document by its own
places (part, section, passage, page), give its full reference once, and never speak of the seed or of
lines of the converted text."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from docx.document import Document

from inspector.framework.citations import reference, source_line
from inspector.framework.model import Rating
from inspector.reports import ReportKind
from tests.reports.helpers import DEMO, FRAMEWORK, rendered, report_of, texts, with_proposal

NOT_SHOWN = re.compile(r"seed|\blines? \d", re.IGNORECASE)
DECISIONS = "Introduction, Decision rules and decision guidance"


def _all_text(document: Document) -> str:
    """The body, tables, headers and footers, and the document's properties, as a reader meets them."""
    parts = texts(document)
    for section in document.sections:
        for part in (section.header, section.footer, section.first_page_header, section.first_page_footer):
            parts += [p.text for p in part.paragraphs]
    properties = document.core_properties
    parts += [properties.title or "", properties.subject or "", properties.keywords or "", properties.comments or ""]
    return "\n".join(parts)


@pytest.mark.parametrize("kind", list(ReportKind), ids=[k.value for k in ReportKind])
def test_no_report_speaks_of_the_seed(kind: ReportKind) -> None:
    # A guidance departure and a broken rule, so the departures table quotes both.
    inspection = replace(DEMO, case_ratings=(*DEMO.case_ratings[:-1], ("3.3", Rating.INADEQUATE)))
    inspection = with_proposal(inspection, "1.3", proposed=Rating.OUTSTANDING, rationale="")
    for shown in (DEMO, inspection):
        text = _all_text(rendered(report_of(shown), kind))
        assert not NOT_SHOWN.search(text), NOT_SHOWN.search(text)


def test_the_panel_report_cites_rules_by_place_and_the_document_once() -> None:
    inspection = replace(DEMO, case_ratings=(*DEMO.case_ratings[:-1], ("3.3", Rating.INADEQUATE)))
    text = _all_text(rendered(report_of(inspection), ReportKind.PANEL))
    assert f"Decision guidance ({DECISIONS}, Standard 1.1 Leadership, p. 3): " in text
    assert f"{DECISIONS}, Standard 1.1 Leadership, p. 3: DECISION GUIDANCE- A 'Good' rating" in text  # departures
    assert text.count(reference(FRAMEWORK)) == 1 and source_line(FRAMEWORK) in text  # the sources line
