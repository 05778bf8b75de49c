"""Filling in a template with a report: `render_docx` gives the .docx bytes, `export_report` writes them.

A document that lacks part of the report is refused before anything is written (completeness.py). The
finishing and the check (python-docx, about 0.1 s to import) are imported at the first report made, not
when the window starts.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from inspector.reports.model import Report
from inspector.reports.output import check_target, write_atomically
from inspector.reports.templates import ReportTemplate


def render_docx(report: Report, template: ReportTemplate) -> bytes:
    from inspector.reports.completeness import check_complete
    from inspector.reports.finishing import finish

    document = template.fill(report)
    check_complete(document, report, template)  # before the contents add a second copy of each heading
    finish(document, report, template)
    out = BytesIO()
    document.save(out)
    return out.getvalue()


def export_report(report: Report, template: ReportTemplate, target: Path) -> None:
    """Write the report to `target` atomically. A target that is open in Word or cannot be written is
    refused before the report is made, and any existing file is left as it was."""
    check_target(target)
    write_atomically(target, render_docx(report, template))
