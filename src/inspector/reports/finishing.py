"""What the code, not the template, guarantees in every report: its properties, the contents that
update when Word opens it, the "DRAFT" marking of the panel report, the editors' comment and the chart of
the publication draft, and what makes a document accessible. Done with python-docx on the filled-in
template.

Accessible whatever the template (`_accessible`): the title and the language (en-GB) in the document's
properties, its default and every style that names a language, and the settings; heading levels without
gaps (a heading more than one level below the one above it takes the next level down: Heading 4 after
Heading 2 becomes Heading 3, and so do its siblings), so a screen reader's list of headings and the tagged
PDF's structure are a true outline; the first row of every table marked as its header row (w:tblHeader),
which Word and LibreOffice repeat at the top of each page and give to a screen reader as the column
headings; and alt text (descr) on every picture.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC
from io import BytesIO

from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from inspector.reports.contents import fill_contents
from inspector.reports.model import Report
from inspector.reports.paragraph_xml import style_element, style_id
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
    _draw_charts(document, report)
    _accessible(document)
    fill_contents(document)  # after the headings' levels are settled
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
    title = next((p for p in _paragraphs(document) if p.style is not None and p.style.name == "Title"), None)
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
        # python-docx wants the parent only to reach the part (pictures, links); a run of text never does.
        paragraph = Paragraph(first, None)  # type: ignore[arg-type]  # no parent: see the line above
        run = _draft_run(paragraph, size=None, text=f"{DRAFT}    ")
        ppr = first.find(qn("w:pPr"))  # the marking goes first, after the paragraph's properties
        if ppr is not None:
            ppr.addnext(run._r)
        else:
            first.insert(0, run._r)


def _paragraphs(document: Document) -> Iterator[Paragraph]:
    """The body's paragraphs one by one: `document.paragraphs` makes all of them first (0.15 s at 30×) to
    find the title near the top."""
    return (Paragraph(p, document._body) for p in document.element.body.iterchildren(qn("w:p")))


def _draft_run(paragraph: Paragraph, size: Pt | None, text: str = DRAFT) -> Run:
    run = paragraph.add_run(text)
    run.bold = True
    run.font.color.rgb = _RED
    if size is not None:
        run.font.size = size
    return run


def _comment_for_editors(document: Document, report: Report) -> None:
    """A Word comment on the title: what the draft is made from and what an editor still has to do."""
    title = next((p for p in _paragraphs(document) if p.style is not None and p.style.name == "Title" and p.runs),
                 None)
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


# --- the chart ---------------------------------------------------------------------------------------

CHART_STYLE = "Chart"


def _draw_charts(document: Document, report: Report) -> None:
    """Each paragraph of the style "Chart" becomes the chart of the case data, its text the picture's alt
    text. Without case counts there is nothing to draw, and the paragraph goes."""
    chart_ids = {s.style_id for s in document.styles if s.name == CHART_STYLE}
    if not chart_ids:
        return
    places = [p for p in document.element.body.iter(qn("w:p")) if style_id(p) in chart_ids]
    if not places:
        return
    chart = report.publication.chart
    png = None
    for p in places:
        paragraph = Paragraph(p, document._body)
        alt = paragraph.text.strip() or chart.description
        for child in list(p):
            if child.tag != qn("w:pPr"):
                p.remove(child)
        if not chart.bars:
            p.getparent().remove(p)
            continue
        if png is None:
            from inspector.reports.chart import WIDTH_CM, case_data_png

            png = case_data_png(chart)
        run = paragraph.add_run()
        run.add_picture(BytesIO(png), width=Cm(WIDTH_CM))
        for doc_pr in run._r.iter(qn("wp:docPr")):
            doc_pr.set("descr", alt)
            doc_pr.set("title", "Chart of the case inspection data")


# --- accessibility -----------------------------------------------------------------------------------

_HEADING = re.compile(r"^Heading ([1-9])$")
_VAL = qn("w:val")


def _accessible(document: Document) -> None:
    _language_everywhere(document)
    _close_heading_gaps(document)
    _header_rows(document)
    _alt_text(document)


def _language_everywhere(document: Document) -> None:
    """en-GB as the default language and in every style that names one (a template restyled on a computer
    set to another language keeps that language in the styles it touched)."""
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = parse_xml(f"<w:docDefaults {nsdecls('w')}/>")
        styles.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = parse_xml(f"<w:rPrDefault {nsdecls('w')}/>")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = parse_xml(f"<w:rPr {nsdecls('w')}/>")
        rpr_default.append(rpr)
    if rpr.find(qn("w:lang")) is None:
        rpr.append(parse_xml(f'<w:lang {nsdecls("w")} w:val="{LANGUAGE}"/>'))
    for lang in styles.iter(qn("w:lang")):
        lang.set(qn("w:val"), LANGUAGE)
    for lang in document.settings.element.iter(qn("w:themeFontLang")):
        lang.set(qn("w:val"), LANGUAGE)


def heading_level(name: str) -> int | None:
    match = _HEADING.match(name)
    return int(match.group(1)) if match else None


def _close_heading_gaps(document: Document) -> None:
    """Each heading one level below the nearest heading above it of a higher level in the template, so
    headings of one level stay siblings: Heading 2, Heading 4, Heading 4 become Heading 2, 3, 3."""
    names = {s.style_id: s.name or "" for s in document.styles}
    ids = {level: style_id for style_id, name in names.items() if (level := heading_level(name)) is not None}
    levels = {style_id: level for level, style_id in ids.items()}
    open_: list[tuple[int, int]] = []  # (level in the template, level given) of the headings above
    for p in document.element.body.iter(qn("w:p")):
        # lxml's own look-ups: python-docx's paragraph.style costs a tenth of a second over a 10x report.
        style = style_element(p)
        level = levels.get(style.get(_VAL, "")) if style is not None else None
        if style is None or level is None:
            continue
        while open_ and open_[-1][0] >= level:
            open_.pop()
        given = open_[-1][1] + 1 if open_ else 1
        if given != level and given in ids:
            style.set(_VAL, ids[given])
        else:
            given = level
        open_.append((level, given))


def _header_rows(document: Document) -> None:
    """The first row of every table, nested ones too, is its header row, repeated on each page."""
    for table in document.element.body.iter(qn("w:tbl")):
        first = table.find(qn("w:tr"))
        if first is None:
            continue
        tr_pr = first.get_or_add_trPr()
        if tr_pr.find(qn("w:tblHeader")) is None:
            tr_pr.append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))


def _alt_text(document: Document) -> None:
    """A picture without alt text (one a template author added) takes its title, else its name."""
    parts = [document.element] + [rel.target_part.element for rel in document.part.rels.values()
                                  if not rel.is_external and rel.reltype in (RT.HEADER, RT.FOOTER)]
    for part in parts:
        for doc_pr in part.iter(qn("wp:docPr")):
            if not (doc_pr.get("descr") or "").strip():
                doc_pr.set("descr", doc_pr.get("title") or doc_pr.get("name") or "Picture")
