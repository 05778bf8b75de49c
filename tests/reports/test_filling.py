"""The quicker filling-in (reports/filling.py) gives what docxtpl's own gives."""

from __future__ import annotations

from dataclasses import replace
from io import BytesIO

from docxtpl import DocxTemplate

from inspector.inspection.model import Evidence, EvidenceTag, SourceKind
from inspector.reports import ReportKind, docx_to_html, render_docx
from inspector.reports.filling import QuickerDocxTemplate
from inspector.reports.templates import VARIABLE, environment
from tests.reports.helpers import DEMO, TEMPLATES, report_of


def _filled_parts(kind: ReportKind) -> list[str]:
    """Each part of the template as docxtpl hands it to `resolve_listing`, filled in with the demo and
    evidence holding line breaks and tabs."""
    evidence = (*DEMO.evidence, Evidence("1.1.1b", "First line\nsecond line\tafter a tab", SourceKind.MEETING,
                                           tag=EvidenceTag.STRENGTH))
    report = report_of(replace(DEMO, evidence=evidence))
    seen: list[str] = []

    class Watched(QuickerDocxTemplate):
        def resolve_listing(self, xml: str) -> str:
            seen.append(xml)
            return str(super().resolve_listing(xml))

    Watched(BytesIO(TEMPLATES.get(kind).docx)).render({VARIABLE: report}, environment(), autoescape=True)
    return seen


def test_line_breaks_tabs_and_page_breaks_are_resolved_as_docxtpl_resolves_them() -> None:
    quick = QuickerDocxTemplate(BytesIO(TEMPLATES.get(ReportKind.PANEL).docx))
    for kind in ReportKind:
        parts = _filled_parts(kind)
        assert any("\n" in part for part in parts) and any("\t" in part for part in parts)
        for part in parts:
            for added in ("", "<w:p><w:r><w:t>a\abell and a\fform feed</w:t></w:r></w:p>"):
                xml = part + added
                assert quick.resolve_listing(xml) == DocxTemplate.resolve_listing(quick, xml)
        assert any("<w:br/>" in quick.resolve_listing(part) for part in parts)


def test_a_template_compiled_once_fills_in_each_report_afresh() -> None:
    template = TEMPLATES.get(ReportKind.PANEL)
    first = docx_to_html(render_docx(report_of(DEMO), template))
    southdale = replace(DEMO, details=replace(DEMO.details, yjs="Southdale Youth Justice Service"))
    other = docx_to_html(render_docx(report_of(southdale), template))
    northmoor = "Northmoor Youth Justice Service"
    assert northmoor in first and "Southdale" not in first
    assert "Southdale Youth Justice Service" in other and northmoor not in other
