"""The page on show as a document to print (app/page_print.py): made from each page's view model, what the
inspector recorded escaped; the pages with no document of their own are left to be drawn as they are."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from inspector.app.navigator import AUDIT, CASE_DATA, DETAILS, DOCUMENTS, INTERVIEWS, OVERALL, PANEL
from inspector.app.page_print import PrintablePage, printable_page
from inspector.content import Content
from inspector.inspection.model import Inspection
from inspector.rules.evaluate import evaluate

PRINTED = datetime(2026, 11, 23, 10, 30, tzinfo=UTC)


def page(content: Content, inspection: Inspection, item_id: str) -> PrintablePage | None:
    evaluation = evaluate(content.framework, content.rating_scheme, content.forms, inspection)
    return printable_page(content, inspection, evaluation, item_id, PRINTED, "Northmoor.yjsi")


def test_the_prompt_page(content: Content, demo: Inspection) -> None:
    printed = page(content, demo, "1.2.3a")
    assert printed is not None and printed.title == "Prompt 1.2.3a"
    html = printed.html
    assert "<h1>1.2.3a</h1>" in html and content.framework.prompt("1.2.3a").text.split()[0] in html
    assert "Below the line, a decisive shortfall" in html
    assert "Case-manager interviews" in html and "Below 65%: would support a negative judgement" in html
    assert "<h2>Evidence (2)</h2>" in html and "Supervision is irregular" in html
    assert "Northmoor Youth Justice Service \u00b7 printed 23 November 2026 at" in html
    assert printed.file_name(demo.details.yjs, PRINTED) == "Northmoor YJS - Prompt 1.2.3a - 2026-11-23.pdf"


def test_what_was_recorded_is_escaped(content: Content, demo: Inspection) -> None:
    answers = tuple(replace(a, rationale="<b>bold</b> & \u201cquoted\u201d\nsecond line")
                    if a.key_question_id == "1.3.1" else a for a in demo.answers)
    html = page(content, replace(demo, answers=answers), "1.3.1").html  # type: ignore[union-attr]
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; \u201cquoted\u201d<br>second line" in html
    assert "<b>bold</b>" not in html


def test_the_key_question_standard_overview_and_panel_pages(content: Content, demo: Inspection) -> None:
    kq = page(content, demo, "1.3.1")
    assert kq is not None and kq.title == "Key question 1.3.1"
    assert "Answer: Yes" in kq.html and "the rationale is recorded" in kq.html
    standard = page(content, demo, "1.4")
    assert standard is not None and standard.title == "Standard 1.4 Information and facilities"
    assert "Proposed rating" in standard.html
    assert "Departed from the default rating, rationale recorded" in standard.html
    overview = page(content, demo, OVERALL)
    assert overview is not None and "The thirteen ratings" in overview.html and "Overall rating" in overview.html
    panel = page(content, demo, PANEL)
    assert panel is not None and "Put forward" in panel.html and "Departures" in panel.html


@pytest.mark.parametrize("item_id", [DETAILS, DOCUMENTS, INTERVIEWS, CASE_DATA, AUDIT])
def test_the_other_pages_are_drawn_as_they_are(content: Content, demo: Inspection, item_id: str) -> None:
    assert page(content, demo, item_id) is None
