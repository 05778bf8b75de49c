"""Reports: the ratings-panel report and the publication draft, as Word documents (Qt-free).

    source = read_report_source(path, content, user)          # an inspection file or an exchange file
    report = build_report(content.framework, content.rating_scheme, content.forms, source.inspection,
                          audit=source.audit, source=source.description,
                          after_fieldwork=content.after_fieldwork)
    template = load_templates(content.root).get(ReportKind.PANEL)
    export_report(report, template, Path("panel.docx"))          # atomic; refuses a document open in Word
    html = docx_to_html(render_docx(report, template))          # the window's preview

See docs/reports.md.
"""

from inspector.reports.builder import build_report
from inspector.reports.html import docx_to_html
from inspector.reports.model import RatingStatus, Report
from inspector.reports.render import export_report, render_docx
from inspector.reports.source import ReportSource, inspection_file_source, read_report_source
from inspector.reports.templates import ReportKind, ReportTemplate, ReportTemplates, load_templates

__all__ = [
    "RatingStatus",
    "Report",
    "ReportKind",
    "ReportSource",
    "ReportTemplate",
    "ReportTemplates",
    "build_report",
    "docx_to_html",
    "export_report",
    "inspection_file_source",
    "load_templates",
    "read_report_source",
    "render_docx",
]
