"""What the code, not the template, guarantees in every report: its properties, the contents that
update when Word opens it, the "DRAFT" marking of the panel report and the editors' comment on the
publication draft. Done with python-docx on the filled-in template.
"""

from __future__ import annotations

from datetime import UTC

from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from inspector.reports.contents import fill_contents

from inspector.reports.model import Report
from inspector.reports.templates import ReportKind, ReportTemplate

DRAFT = "DRAFT"
_RED = RGBColor(0xC0, 0x00, 0x00)
LANGUAGE = "en-GB"
# The elements that follow w:updateFields in w:settings (ECMA-376 CT_Settings order): it goes before
# the first of them that the settings part has, as Word reads the part in schema order.
_AFTER_UPDATE_FIELDS = frozenset(qn(f"w:{name}") for name in (
    "hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids", "mathPr", "attachedSchema",
    "themeFontLang", "clrSchemeMapping", "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures",
    "forceUpgrade", "captions", "readModeInkLockDown", "smartTagType", "schemaLibrary", "shapeDefaults",
    "doNotEmbedSmartTags", "decimalSymbol", "listSeparator",
))


def finish(document: Document, report: Report, template: ReportTemplate) -> None:
    _properties(document, report, template)
    fill_contents(document)
    _update_fields_on_open(document)
    if template.kind is ReportKind.PANEL:
        _mark_draft(document)
    else:
        _comment_for_editors(document, report)


def _properties(document: Document, report: Report, template: ReportTemplate) -> None:
    details = report.details
    props = document.core_properties
    props.title = f"{template.title}: {details.yjs}"
    props.subject = "HM Inspectorate of Probation youth justice inspection"
    props.author = props.last_modified_by = details.lead_inspector
    # python-docx writes the time as UTC ("Z") without converting it.
    produced = details.produced.astimezone(UTC).replace(tzinfo=None)
    props.created = props.modified = produced
    props.revision = 1
    props.category = template.title
    props.content_status = f"Draft; {details.status.value.lower()} ratings ({details.panel})"
    props.keywords = "HMIP; youth justice; inspection"
    props.comments = f"Made by YJS Inspector from {details.source}."
    props.language = LANGUAGE


def _update_fields_on_open(document: Document) -> None:
    """w:updateFields: Word updates every field (the table of contents, page numbers) when the document
    is opened, so the contents list the headings the report actually has."""
    settings = document.settings.element
    for old in settings.findall(qn("w:updateFields")):
        settings.remove(old)
    flag = parse_xml(f'<w:updateFields {nsdecls("w")} w:val="true"/>')
    follower = next((c for c in settings if c.tag in _AFTER_UPDATE_FIELDS), None)
    if follower is not None:
        follower.addprevious(flag)
    else:
        settings.append(flag)


def _mark_draft(document: Document) -> None:
    """"DRAFT" under the title on the cover and at the start of every header (each header part the
    document has: default, first page, even pages)."""
    title = next((p for p in document.paragraphs if p.style is not None and p.style.name == "Title"), None)
    cover = Paragraph(parse_xml(f"<w:p {nsdecls('w')}/>"), document._body)
    if title is not None:
        title._p.addnext(cover._p)
    else:  # no title: the marking opens the document
        document.element.body.insert(0, cover._p)
    _draft_run(cover, size=Pt(24))
    headers = [rel.target_part.element for rel in document.part.rels.values()
               if not rel.is_external and rel.reltype == RT.HEADER]
    if not headers:  # a template without a header: give it one
        headers = [document.sections[0].header._element]
    for header in headers:
        first = header.find(qn("w:p"))
        if first is None:
            first = parse_xml(f"<w:p {nsdecls('w')}/>")
            header.append(first)
        paragraph = Paragraph(first, None)
        run = _draft_run(paragraph, size=None, text=f"{DRAFT}    ")
        ppr = first.find(qn("w:pPr"))  # the marking goes first, after the paragraph's properties
        if ppr is not None:
            ppr.addnext(run._r)
        else:
            first.insert(0, run._r)


def _draft_run(paragraph: Paragraph, size: Pt | None, text: str = DRAFT) -> Run:
    run = paragraph.add_run(text)
    run.bold = True
    run.font.color.rgb = _RED
    if size is not None:
        run.font.size = size
    return run


def _comment_for_editors(document: Document, report: Report) -> None:
    """A Word comment on the title: what the draft is made from and what an editor still has to do."""
    title = next((p for p in document.paragraphs if p.style is not None and p.style.name == "Title" and p.runs), None)
    if title is None:
        return
    details = report.details
    document.add_comment(
        title.runs,
        text=(f"Made by YJS Inspector on {details.produced_on} from {details.source}. Ratings: "
              f"{details.status.value.lower()} ({details.panel}); a rating the panel has not yet agreed is marked "
              "'not yet agreed'. The "
              "findings are the evidence the inspectors tagged as strengths and areas for improvement, in their "
              "words: edit them into the report's prose, add the case-inspection findings for domains two and "
              "three, and remove the notes to the editor."),
        author="YJS Inspector",
        initials="YJS",
    )
