"""Build the two report templates (panel-report.docx, publication-draft.docx) from scratch.

Run once, from the repository: `.venv/bin/python report_templates/source/build_templates.py`. It
writes the .docx files beside report_templates/templates.yaml. They are content: methodology staff may
open them in Word and restyle them (change a style, not the text of a paragraph, so the styles carry
through the whole report) or reword the fixed text; or edit this script and run it again, which
replaces any change made in Word. Check the result with `.venv/bin/inspector report --check`.

What the templates hold:
- real Word styles: Title, Subtitle, Heading 1-4, TOC 1-2, List Bullet, a table style "Report Table"
  (a shaded header row that repeats on every page; every table starts with one) and the report's own
  paragraph styles ("Table Text", "Evidence Source", "Seed Quote", "Editor Note", "Rating"; the panel
  report's "List Continue", "Flag", "Cover Dates"; the draft's "Cover Text", "Recipient", "Chart", and List
  Number and Caption restyled); UK English (en-GB) as the language of every style, Arial throughout, A4 pages;
- a header naming the YJS and the report, and a footer "Page N of M" (PAGE and NUMPAGES fields);
- a table of contents field (headings 1-2), which Word fills in when the document is opened;
- jinja2 tags for docxtpl over one variable, `report` (src/inspector/reports/model.py): `{{ … }}`
  values, `{%p … %}` paragraphs that repeat or appear only when something is recorded, `{%tr … %}`
  table rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph

FOLDER = Path(__file__).resolve().parent.parent
FONT = "Arial"
LANGUAGE = "en-GB"
DARK = RGBColor(0x1F, 0x38, 0x64)  # headings and the table header row
GREY = RGBColor(0x59, 0x59, 0x59)
NOTE = RGBColor(0x9C, 0x33, 0x00)  # notes to the editor, to be replaced before publication
FLAG = RGBColor(0xA5, 0x00, 0x21)  # the panel report's consistency flags
PAGE_WIDTH = Cm(21.0)  # A4
PAGE_HEIGHT = Cm(29.7)
MARGIN = Cm(2.2)
TEXT_WIDTH = Cm(21.0 - 2 * 2.2)


# --- styles ----------------------------------------------------------------------------------


def _plain_fonts(rpr: object) -> None:
    """Arial for every script, with the theme fonts the default template sets removed (a theme font
    would win over the name)."""
    fonts = rpr.find(qn("w:rFonts"))  # type: ignore[attr-defined]
    if fonts is None:
        fonts = parse_xml(f"<w:rFonts {nsdecls('w')}/>")
        rpr.insert(0, fonts)  # type: ignore[attr-defined]
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme), None)
    for script in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(script), FONT)


def _language(rpr: object) -> None:
    lang = rpr.find(qn("w:lang"))  # type: ignore[attr-defined]
    if lang is None:
        lang = parse_xml(f"<w:lang {nsdecls('w')}/>")
        rpr.append(lang)  # type: ignore[attr-defined]
    for attribute in ("w:val", "w:eastAsia"):
        lang.set(qn(attribute), LANGUAGE)


def _colour(style: object, rgb: RGBColor) -> None:
    style.font.color.rgb = rgb  # type: ignore[attr-defined]
    colour = style.element.rPr.find(qn("w:color"))  # type: ignore[attr-defined]
    for theme in ("w:themeColor", "w:themeShade", "w:themeTint"):
        colour.attrib.pop(qn(theme), None)


def _paragraph_style(
    doc: DocumentObject, name: str, *, base: str = "Normal", size: float | None = None, bold: bool | None = None,
    italic: bool | None = None, colour: RGBColor | None = None, before: float | None = None,
    after: float | None = None, indent: float | None = None, keep_with_next: bool | None = None,
    page_break_before: bool | None = None,
) -> None:
    styles = doc.styles
    style = styles[name] if name in [s.name for s in styles] else styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    if name != base and style.base_style is None:
        style.base_style = styles[base]
    if size is not None:
        style.font.size = Pt(size)
    if bold is not None:
        style.font.bold = bold
    if italic is not None:
        style.font.italic = italic
    if colour is not None:
        _colour(style, colour)
    fmt = style.paragraph_format
    if before is not None:
        fmt.space_before = Pt(before)
    if after is not None:
        fmt.space_after = Pt(after)
    if indent is not None:
        fmt.left_indent = Cm(indent)
    if keep_with_next is not None:
        fmt.keep_with_next = keep_with_next
    if page_break_before is not None:
        fmt.page_break_before = page_break_before
    rpr = style.element.get_or_add_rPr()
    _plain_fonts(rpr)
    _language(rpr)


_TABLE_STYLE = f"""
<w:style {nsdecls('w')} w:type="table" w:customStyle="1" w:styleId="ReportTable">
  <w:name w:val="Report Table"/>
  <w:basedOn w:val="TableNormal"/>
  <w:uiPriority w:val="59"/>
  <w:qFormat/>
  <w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
  <w:rPr><w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}"/><w:sz w:val="19"/><w:szCs w:val="19"/>
    <w:lang w:val="{LANGUAGE}" w:eastAsia="{LANGUAGE}"/></w:rPr>
  <w:tblPr>
    <w:tblBorders>
      <w:top w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>
      <w:left w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>
      <w:bottom w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>
      <w:right w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>
      <w:insideH w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>
      <w:insideV w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>
    </w:tblBorders>
    <w:tblCellMar>
      <w:top w:w="57" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>
      <w:bottom w:w="57" w:type="dxa"/><w:right w:w="85" w:type="dxa"/>
    </w:tblCellMar>
  </w:tblPr>
  <w:tblStylePr w:type="firstRow">
    <w:rPr><w:b/><w:bCs/><w:color w:val="FFFFFF"/></w:rPr>
    <w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="{DARK}"/></w:tcPr>
  </w:tblStylePr>
  <w:tblStylePr w:type="firstCol">
    <w:rPr><w:b/><w:bCs/></w:rPr>
    <w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="EDF1F7"/></w:tcPr>
  </w:tblStylePr>
</w:style>
"""


def _styles(doc: DocumentObject, *, standard_on_new_page: bool) -> None:
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _plain_fonts(rpr)
    _language(rpr)
    _paragraph_style(doc, "Normal", size=11, after=6)
    _paragraph_style(doc, "Title", size=30, bold=True, colour=DARK, after=6)
    title_rpr = doc.styles["Title"].element.rPr
    for spacing in title_rpr.findall(qn("w:spacing")):  # the default template's letter spacing
        title_rpr.remove(spacing)
    ppr = doc.styles["Title"].element.pPr
    if ppr is not None:
        for border in ppr.findall(qn("w:pBdr")):  # and its rule under the title
            ppr.remove(border)
    _paragraph_style(doc, "Subtitle", size=16, italic=False, colour=GREY, after=24)
    _paragraph_style(doc, "Heading 1", size=16, bold=True, colour=DARK, before=18, after=8, keep_with_next=True,
                     page_break_before=standard_on_new_page)
    _paragraph_style(doc, "Heading 2", size=13, bold=True, colour=DARK, before=14, after=6, keep_with_next=True)
    _paragraph_style(doc, "Heading 3", size=11.5, bold=True, colour=DARK, before=12, after=4, keep_with_next=True)
    _paragraph_style(doc, "Heading 4", size=11, bold=True, italic=False, colour=GREY, before=8, after=3,
                     keep_with_next=True)
    _paragraph_style(doc, "TOC Heading", base="Heading 1", page_break_before=False)
    _paragraph_style(doc, "TOC 1", size=11, bold=True, before=6, after=2)
    _paragraph_style(doc, "TOC 2", size=10.5, after=1, indent=0.6)
    _paragraph_style(doc, "List Bullet", after=3)
    _paragraph_style(doc, "Header", size=8.5, colour=GREY, after=0)
    _paragraph_style(doc, "Footer", size=8.5, colour=GREY, after=0)
    _paragraph_style(doc, "Rating", size=13, bold=True, colour=DARK, before=4, after=6, keep_with_next=True)
    _paragraph_style(doc, "Table Text", size=9.5, after=0)
    _paragraph_style(doc, "Evidence Source", size=8.5, colour=GREY, after=6, indent=0.63)
    _paragraph_style(doc, "Seed Quote", size=9, italic=True, colour=GREY, after=6, indent=0.63)
    _paragraph_style(doc, "Editor Note", size=10, italic=True, colour=NOTE, after=6)
    doc.styles.element.append(parse_xml(_TABLE_STYLE))


def _panel_styles(doc: DocumentObject) -> None:
    """The panel report's own: a finding's detail under its bullet, a consistency flag, the dates on the cover."""
    _paragraph_style(doc, "List Continue", size=10, after=3, indent=0.63)
    _paragraph_style(doc, "Flag", size=10.5, colour=FLAG, before=4, after=8)
    _paragraph_style(doc, "Cover Dates", size=12, bold=True, colour=DARK, after=12)


def _page(doc: DocumentObject) -> None:
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, MARGIN)
    section.header_distance = section.footer_distance = Cm(1.0)


# --- fields, header and footer ---------------------------------------------------------------


def _field(paragraph: Paragraph, instruction: str, shown: str) -> None:
    """A Word field (PAGE, NUMPAGES, TOC) with `shown` as its text until Word updates it."""
    def run(xml: str) -> None:
        paragraph._p.append(parse_xml(f"<w:r {nsdecls('w')}>{xml}</w:r>"))

    run('<w:fldChar w:fldCharType="begin" w:dirty="true"/>')
    run(f'<w:instrText xml:space="preserve"> {instruction} </w:instrText>')
    run('<w:fldChar w:fldCharType="separate"/>')
    run(f'<w:t xml:space="preserve">{shown}</w:t>')
    run('<w:fldChar w:fldCharType="end"/>')


def _header_footer(doc: DocumentObject, header_text: str) -> None:
    section = doc.sections[0]
    header = section.header.paragraphs[0]
    header.style = doc.styles["Header"]
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    header.add_run(header_text)
    footer = section.footer.paragraphs[0]
    footer.style = doc.styles["Footer"]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("Page ")
    _field(footer, "PAGE", "1")
    footer.add_run(" of ")
    _field(footer, "NUMPAGES", "1")


def _contents(doc: DocumentObject, levels: str) -> None:
    """The contents: headings of the `levels` ("1-2": Heading 1 and 2)."""
    doc.add_paragraph("Contents", style="TOC Heading")
    _field(doc.add_paragraph(), f'TOC \\o "{levels}" \\h \\z \\u',
           "The contents are filled in when the document is opened in Word (answer Yes to updating fields).")
    _page_break(doc)


def _page_break(doc: DocumentObject) -> None:
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# --- paragraphs and tables with tags ---------------------------------------------------------


def _p(doc: DocumentObject, text: str, style: str = "Normal") -> Paragraph:
    return doc.add_paragraph(text, style=style)


def _labelled(doc: DocumentObject, label: str, value: str, style: str = "Normal") -> Paragraph:
    paragraph = doc.add_paragraph(style=style)
    paragraph.add_run(label).bold = True
    paragraph.add_run(value)
    return paragraph


def _tag(doc: DocumentObject, tag: str) -> None:
    """A docxtpl paragraph tag ({%p … %}): the paragraph is replaced by the tag when rendered."""
    doc.add_paragraph(tag)


def _widths(table: Table, widths: Sequence[float]) -> None:
    """Column widths in both places Word and LibreOffice read them (the grid and each cell)."""
    total = sum(widths)
    cm = [w * TEXT_WIDTH.cm / total for w in widths]
    grid = table._tbl.tblGrid
    for column, width in zip(grid.findall(qn("w:gridCol")), cm, strict=True):
        column.set(qn("w:w"), str(int(Cm(width).twips)))
    for row in table.rows:
        for cell, width in zip(row.cells, cm, strict=True):
            cell.width = Cm(width)


def _look(table: Table, *, first_row: bool, first_column: bool) -> None:
    look = table._tbl.tblPr.find(qn("w:tblLook"))
    if look is None:
        look = parse_xml(f"<w:tblLook {nsdecls('w')}/>")
        table._tbl.tblPr.append(look)
    value = (0x20 if first_row else 0) | (0x80 if first_column else 0) | 0x400  # no vertical banding
    look.set(qn("w:val"), f"{value:04X}")
    for name, on in (("firstRow", first_row), ("firstColumn", first_column), ("lastRow", False),
                     ("lastColumn", False), ("noHBand", True), ("noVBand", True)):
        look.set(qn(f"w:{name}"), "1" if on else "0")


def _fill(cell: object, text: str, bold: bool = False) -> None:
    paragraph = cell.paragraphs[0]  # type: ignore[attr-defined]
    paragraph.style = "Table Text"
    if text:
        paragraph.add_run(text).bold = bold or None


def _repeat_header(table: Table) -> None:
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    tr_pr.append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))
    for row in table.rows:  # a row is never split over two pages
        row._tr.get_or_add_trPr().append(parse_xml(f"<w:cantSplit {nsdecls('w')}/>"))


def _fixed(table: Table) -> None:
    """Word lays the columns out at the widths given rather than by their content (w:tblLayout fixed), so
    a short reason is not squeezed into a narrow column beside a long rationale."""
    table._tbl.tblPr.append(parse_xml(f'<w:tblLayout {nsdecls("w")} w:type="fixed"/>'))


def _loop_table(doc: DocumentObject, headings: Sequence[str], loop: str, cells: Sequence[str],
                widths: Sequence[float], after: Sequence[Sequence[str]] = (), fixed: bool = False) -> Table:
    """A table with a header row, one row per item of `loop` ("r in report.summary") and fixed rows after;
    `fixed`: the columns keep their widths in Word (_fixed)."""
    table = doc.add_table(rows=4 + len(after), cols=len(headings))
    table.style = doc.styles["Report Table"]
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    for cell, heading in zip(table.rows[0].cells, headings, strict=True):
        _fill(cell, heading)
    _fill(table.rows[1].cells[0], f"{{%tr for {loop} %}}")
    for cell, text in zip(table.rows[2].cells, cells, strict=True):
        _fill(cell, text)
    _fill(table.rows[3].cells[0], "{%tr endfor %}")
    for row, texts in zip(table.rows[4:], after, strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            _fill(cell, text, bold=True)
    _look(table, first_row=True, first_column=False)
    _widths(table, widths)
    _repeat_header(table)
    if fixed:
        _fixed(table)
    return table


def _facts_table(doc: DocumentObject, rows: Sequence[tuple[str, str]], widths: Sequence[float] = (1, 2.6),
                 headings: tuple[str, str] = ("Item", "Detail")) -> Table:
    """Label and value, one pair a row, under a header row (a screen reader names each column by it); the
    labels shaded as the first column."""
    table = doc.add_table(rows=1 + len(rows), cols=2)
    table.style = doc.styles["Report Table"]
    for cell, heading in zip(table.rows[0].cells, headings, strict=True):
        _fill(cell, heading)
    for row, (label, value) in zip(table.rows[1:], rows, strict=True):
        _fill(row.cells[0], label)
        _fill(row.cells[1], value)
    _look(table, first_row=True, first_column=True)
    _widths(table, widths)
    _repeat_header(table)
    return table


def _spacer(doc: DocumentObject) -> None:
    """Word needs a paragraph between a table and what follows; keep it small."""
    paragraph = doc.add_paragraph(style="Normal")
    paragraph.paragraph_format.space_after = Pt(2)


def _findings(doc: DocumentObject, findings: str, *, none: str | None) -> None:
    """The engine's findings as bullets. One on a decision rule or guidance: the rule in plain words (its
    summary) on the bullet, what the engine found beneath, then the seed's wording quoted verbatim."""
    if none is not None:
        _tag(doc, f"{{%p if not {findings} %}}")
        _p(doc, none)
        _tag(doc, "{%p endif %}")
    _tag(doc, f"{{%p for f in {findings} %}}")
    _tag(doc, "{%p if f.summary %}")
    _labelled(doc, "{{ f.label }}: ", "{{ f.summary }}", style="List Bullet")
    _p(doc, "{{ f.message }}", "List Continue")
    _tag(doc, "{%p else %}")
    _labelled(doc, "{{ f.label }}: ", "{{ f.message }}", style="List Bullet")
    _tag(doc, "{%p endif %}")
    _tag(doc, "{%p if f.seed_text %}")
    _p(doc, "\u201c{{ f.seed_text }}\u201d", "Seed Quote")
    _tag(doc, "{%p endif %}")
    _tag(doc, "{%p endfor %}")


def _flags(doc: DocumentObject, flags: str) -> None:
    """The consistency flags about one part of the report, each in a paragraph of its own."""
    _tag(doc, f"{{%p for f in {flags} %}}")
    _labelled(doc, "At odds with the figures: ", "{{ f.message }}", style="Flag")
    _tag(doc, "{%p endfor %}")


def _evidence(doc: DocumentObject, items: str, heading: str, none: str, *, cited: bool) -> None:
    _p(doc, heading, "Heading 4")
    _tag(doc, f"{{%p if not {items} %}}")
    _p(doc, none, "Editor Note" if not cited else "Normal")
    _tag(doc, "{%p endif %}")
    _tag(doc, f"{{%p for e in {items} %}}")
    _p(doc, "{{ e.text }}", "List Bullet")
    if cited:
        _p(doc, "{{ e.cited }}", "Evidence Source")
    _tag(doc, "{%p endfor %}")


def _new_document(header: str, *, standard_on_new_page: bool) -> DocumentObject:
    doc = Document()
    body = doc.element.body
    for paragraph in list(body.iterchildren(qn("w:p"))):  # the default template's empty paragraph
        body.remove(paragraph)
    _styles(doc, standard_on_new_page=standard_on_new_page)
    _page(doc)
    _header_footer(doc, header)
    for lang in doc.settings.element.iter(qn("w:themeFontLang")):  # the default template says en-US
        lang.set(qn("w:val"), LANGUAGE)
    props = doc.core_properties
    props.author = props.last_modified_by = "HM Inspectorate of Probation"
    props.title = props.subject = props.keywords = props.comments = ""
    props.language = LANGUAGE
    return doc


# --- the ratings-panel report ----------------------------------------------------------------


def panel_report() -> DocumentObject:
    doc = _new_document("{{ report.details.yjs }} | Ratings panel report", standard_on_new_page=True)
    _panel_styles(doc)
    _p(doc, "Ratings panel report", "Title")
    _p(doc, "{{ report.details.yjs }}", "Subtitle")
    _p(doc, "{{ report.details.dates }}", "Cover Dates")
    _facts_table(doc, [
        ("Youth justice service", "{{ report.details.yjs }} ({{ report.details.nation }})"),
        ("Fieldwork", "{{ report.details.fieldwork }}"),
        ("Lead inspector", "{{ report.details.lead_inspector or 'Not yet entered' }}"),
        ("Inspection team", "{{ report.details.team or 'Not yet entered' }}"),
        ("Resettlement cases in the 12 months before the inspection", "{{ report.details.resettlement_cases }}"),
        ("Status of the ratings", "{{ report.details.status }} ({{ report.details.panel }})"),
        ("Overall rating from the points", "{{ report.overall.rating_shown }} ({{ report.overall.score }})"
                                           "{% if report.overall.agreed %}, agreed by the ratings panel{% endif %}"),
        ("Standards", "{{ report.details.framework }}"),
        ("Made from", "{{ report.details.source }}, {{ report.details.produced_on }}"),
    ])
    _tag(doc, "{%p if report.details.notes %}")
    _spacer(doc)
    _labelled(doc, "Notes: ", "{{ report.details.notes }}")
    _tag(doc, "{%p endif %}")
    _page_break(doc)
    _contents(doc, "1-1")  # the standards; Word's navigation pane shows the key questions too

    doc.add_heading("Ratings summary", 1).paragraph_format.page_break_before = False
    _p(doc, "Every standard's rating as it stands, with the points it brings to the overall rating "
            "(standard 4.1 is not counted in the score).")
    _loop_table(
        doc, ("Standard", "Title", "Rating", "Where the rating comes from", "Ratings panel", "Points"),
        "r in report.summary",
        ("{{ r.id }}", "{{ r.title }}", "{{ r.rating_shown }}", "{{ r.basis }}", "{{ r.panel }}", "{{ r.points }}"),
        widths=(1.9, 3.0, 2.4, 3.4, 3.3, 2.2),
        after=[("Total", "", "", "", "", "{{ report.overall.score }}"),
               ("Overall", "", "{{ report.overall.band }}", "From the points (overall bands)",
                "{{ 'Agreed' if report.overall.agreed else '' }}", "")],
    )
    _spacer(doc)
    _labelled(doc, "Overall rating: ", "{{ report.overall.rating_shown }}"
                                       "{% if report.overall.capped %} (the points give {{ report.overall.band }}; "
                                       "see the decision rule below){% endif %}"
                                       "{% if report.overall.agreed %}, agreed by the ratings panel{% endif %}",
              style="Rating")
    _labelled(doc, "Resettlement (4.1): ", "{{ report.overall.resettlement }}")
    _tag(doc, "{%p if report.overall.missing %}")
    _labelled(doc, "Still without a rating: ", "{{ report.overall.missing }}")
    _tag(doc, "{%p endif %}")
    _findings(doc, "report.overall.findings", none=None)

    # On from the summary: what the panel should look at first.
    doc.add_heading("What the ratings panel should check", 1).paragraph_format.page_break_before = False
    _p(doc, "Where a rating or finding recorded is at odds with the figures beside it. These are not decision "
            "rules: nothing is refused, and the panel weighs each against the rationale.")
    _tag(doc, "{%p if not report.flags %}")
    _p(doc, "Nothing at odds: each standard's share of positive responses falls in the rating characteristics' "
            "column of its rating (where they give percentages), the diversity finding agrees with the "
            "diversity prompts, and each rating entered from a case inspection agrees with its case counts.")
    _tag(doc, "{%p endif %}")
    _tag(doc, "{%p for f in report.flags %}")
    _labelled(doc, "{{ f.title }}: ", "{{ f.message }}", style="List Bullet")
    _tag(doc, "{%p endfor %}")

    # On from the summary rather than on a page of its own: there are often only a few.
    doc.add_heading("Challenges and comments from the ratings panel", 1).paragraph_format.page_break_before = False
    _tag(doc, "{%p if not report.panel_comments %}")
    _p(doc, "No challenges or comments recorded.")
    _tag(doc, "{%p endif %}")
    _tag(doc, "{%p for g in report.panel_comments %}")
    _p(doc, "{{ g.about }}", "Heading 4")
    _tag(doc, "{%p for c in g.comments %}")
    _labelled(doc, "{{ c.kind }}: ", "{{ c.text }}", style="List Bullet")
    _tag(doc, "{%p if c.cited %}")
    _p(doc, "{{ c.cited }}", "Evidence Source")
    _tag(doc, "{%p endif %}")
    _tag(doc, "{%p endfor %}")
    _tag(doc, "{%p endfor %}")

    _tag(doc, "{%p for s in report.standards %}")
    doc.add_heading("{{ s.id }} {{ s.title }}", 1)
    _facts_table(doc, [
        ("{{ s.status }} rating", "{{ s.rating_shown }}"),
        ("Ratings panel", "{{ s.panel }}"),
        ("Default rating", "{{ s.default_shown }} ({{ s.default_reason }})"),
        ("Departs from the default", "{{ 'Yes' if s.departs_from_default else 'No' }}"),
        ("Rationale", "{{ s.rationale or 'No rationale recorded' }}"),
        ("Permitted by the decision rules", "{{ 'Yes' if s.permitted else 'No: a decision rule is not met' }}"),
        ("Share of positive responses", "{{ s.share }}"),
    ])
    _tag(doc, "{%p if s.flags %}")
    _spacer(doc)
    _tag(doc, "{%p endif %}")
    _flags(doc, "s.flags")
    _p(doc, "Decision rules and findings", "Heading 3")
    _findings(doc, "s.findings", none="No findings for this standard.")

    _tag(doc, "{%p for kq in s.key_questions %}")
    doc.add_heading("{{ kq.id }} {{ kq.text }}", 2)
    _facts_table(doc, [
        ("Answer", "{{ kq.answer }}{% if kq.departs %} (departs from the suggestion){% endif %}"),
        ("Suggested by the balance", "{{ kq.suggestion }}"),
        ("Balance of the prompts", "{{ kq.balance }}"),
        ("Rationale", "{{ kq.rationale or 'No rationale recorded' }}"),
    ])
    _spacer(doc)
    _loop_table(
        doc, ("Prompt", "Text", "Judgement"), "p in kq.prompts",
        ("{{ p.id }}", "{{ p.text }}",
         "{{ p.judgement }}{% if p.decisive %}: decisive shortfall{% endif %}"),
        widths=(1.8, 10.6, 3.4),
    )
    _tag(doc, "{%p if kq.interviews %}")
    _p(doc, "Case-manager interviews", "Heading 4")
    _loop_table(
        doc, ("Prompt", "Result", "Band", "Against the threshold"), "r in kq.interviews",
        ("{{ r.prompt_id }}", "{{ r.result }}{% for n in r.notes %}\n{{ n }}{% endfor %}", "{{ r.band }}",
         "{{ r.consequence }}"),
        widths=(1.8, 7.0, 3.0, 4.0),
    )
    _tag(doc, "{%p endif %}")
    _evidence(doc, "kq.strengths", "Strengths", "No evidence tagged as a strength recorded.", cited=True)
    _evidence(doc, "kq.improvements", "Areas for improvement",
              "No evidence tagged as an area for improvement recorded.", cited=True)
    _tag(doc, "{%p if kq.untagged %}")
    _p(doc, "{{ kq.untagged }} further evidence {{ 'item is' if kq.untagged == 1 else 'items are' }} recorded "
            "for this key question without a tag and not shown here.", "Evidence Source")
    _tag(doc, "{%p endif %}")
    _tag(doc, "{%p if kq.findings %}")
    _p(doc, "Findings", "Heading 4")
    _findings(doc, "kq.findings", none=None)
    _tag(doc, "{%p endif %}")
    _tag(doc, "{%p endfor %}")
    _tag(doc, "{%p endfor %}")

    doc.add_heading("Domain two and three ratings from case data", 1)
    _loop_table(
        doc, ("Standard", "Title", "Rating", "Where the rating comes from", "The case counts give"),
        "c in report.case_ratings",
        ("{{ c.id }}", "{{ c.title }}", "{{ c.rating_shown }}", "{{ c.basis }}", "{{ c.derived }}"),
        widths=(1.9, 3.4, 2.8, 4.4, 4.3), fixed=True,
    )
    _spacer(doc)
    _tag(doc, "{%p for c in report.case_ratings %}")
    _tag(doc, "{%p for f in c.flags %}")
    _labelled(doc, "{{ f.title }}: ", "{{ f.message }}", style="Flag")
    _tag(doc, "{%p endfor %}")
    _findings(doc, "c.findings", none=None)
    _tag(doc, "{%p endfor %}")
    _p(doc, "Case-inspection key questions", "Heading 3")
    _tag(doc, "{%p if not report.case_counts %}")
    _p(doc, "No case counts recorded.")
    _tag(doc, "{%p else %}")
    _p(doc, "Every key question counted in the case inspections: the percentage of cases judged sufficient and "
            "the rating it gives on its own. A rating from the case counts takes the lowest.")
    _loop_table(
        doc, ("Standard", "Key question", "Cases sufficient", "Percentage", "Gives"), "k in report.case_counts",
        ("{{ k.standard }}", "{{ k.key_question }}{% if k.lowest %} (lowest){% endif %}", "{{ k.cases }}",
         "{{ k.percent }}", "{{ k.band }}"),
        widths=(3.4, 4.8, 2.6, 2.2, 3.8), fixed=True,
    )
    _tag(doc, "{%p endif %}")

    doc.add_heading("Diversity", 1)
    _labelled(doc, "Practice on diversity: ", "{{ report.diversity.judgement }}", style="Rating")
    _p(doc, "{{ report.diversity.note or 'No note on diversity recorded.' }}")
    _tag(doc, "{%p if not report.diversity.flags %}")
    _p(doc, "{{ report.diversity.counted }}.")
    _tag(doc, "{%p endif %}")
    _flags(doc, "report.diversity.flags")  # which says the counts
    _loop_table(doc, ("Prompt", "Diversity prompt", "Judgement"), "p in report.diversity.prompts",
                ("{{ p.id }}", "{{ p.text }}", "{{ p.judgement }}{% if p.decisive %}: decisive shortfall{% endif %}"),
                widths=(1.8, 10.6, 3.4))

    doc.add_heading("Recommendations", 1)
    _tag(doc, "{%p if not report.recommendations %}")
    _p(doc, "No recommendations recorded.")
    _tag(doc, "{%p endif %}")
    _tag(doc, "{%p for g in report.recommendations %}")
    _p(doc, "{{ g.recipient }} should:", "Heading 4")
    _tag(doc, "{%p for r in g.items %}")
    _p(doc, "{{ r }}", "List Bullet")
    _tag(doc, "{%p endfor %}")
    _tag(doc, "{%p endfor %}")

    # What the memorandum between HMIP, the YJB and MoJ asks of the lead after fieldwork (seed 003 line 153).
    _tag(doc, "{%p if report.after_fieldwork %}")
    doc.add_heading("After fieldwork", 1)
    _p(doc, "{{ report.after_fieldwork.concern }}")
    _loop_table(doc, ("Obligation", "Due", "Where it stands"), "o in report.after_fieldwork.obligations",
                ("{{ o.title }}\n\n{{ o.wording }}", "{{ o.due }}", "{{ o.standing }}"), widths=(9.0, 2.8, 4.0))
    _p(doc, "The YJB's labels", "Heading 4")
    _p(doc, "{{ report.after_fieldwork.yjb }}")
    _p(doc, "{{ report.after_fieldwork.yjb_note }}")
    _p(doc, "Improvement plan", "Heading 4")
    _p(doc, "{{ report.after_fieldwork.plan }}")
    _tag(doc, "{%p for f in report.after_fieldwork.follow_ups %}")
    _p(doc, "{{ f }}", "List Bullet")
    _tag(doc, "{%p endfor %}")
    _tag(doc, "{%p endif %}")

    _tag(doc, "{%p if report.notes %}")
    doc.add_heading("Notes on the inspection record", 1)
    _findings(doc, "report.notes", none=None)
    _tag(doc, "{%p endif %}")

    doc.add_heading("Appendix A: departures from defaults, guidance and suggestions", 1)
    _p(doc, "Every answer and proposed rating that departs from the suggestion of the balance of prompts, from "
            "the default rating or from decision guidance, and any decision rule not met, with the lead "
            "inspector's rationale.")
    _tag(doc, "{%p if not report.departures %}")
    _p(doc, "No departures recorded.")
    _tag(doc, "{%p endif %}")
    _tag(doc, "{%p if report.departures %}")
    _loop_table(
        doc, ("Where", "Departure", "Rationale"), "d in report.departures",
        # Guidance and rules as in the standard's section: in plain words, what the engine found, the seed's.
        ("{{ d.where }}", "{{ d.kind }}: {% if d.summary %}{{ d.summary }}\n\n{% endif %}{{ d.what }}"
                          "{% if d.seed %}\n\n{{ d.seed }}{% endif %}",
         "{{ d.rationale or 'No rationale recorded' }}"),
        widths=(3.0, 6.4, 6.4),
    )
    _tag(doc, "{%p endif %}")

    doc.add_heading("Appendix B: audit of rating changes", 1)
    _tag(doc, "{%p if report.rating_changes is none %}")
    _p(doc, "This report was made from {{ report.details.source }}, which carries no audit log. Make the report "
            "from the inspection file to include the audit of rating changes.")
    _tag(doc, "{%p else %}")
    _tag(doc, "{%p if report.created %}")
    _p(doc, "{{ report.created }}")
    _tag(doc, "{%p endif %}")
    _tag(doc, "{%p if not report.rating_changes %}")
    _p(doc, "No rating changes recorded{{ ' since' if report.created else '' }}.")
    _tag(doc, "{%p else %}")
    _p(doc, "Every change{{ ' since' if report.created else '' }} to a proposed rating, its rationale, a rating "
            "from case data or a decision of the ratings panel, oldest first, from the inspection file's audit "
            "log, with who made it.")
    _loop_table(
        doc, ("When", "Who", "What", "From", "To", "Reason"), "a in report.rating_changes",
        ("{{ a.at }}", "{{ a.user }}", "{{ a.what }}", "{{ a.old }}", "{{ a.new }}", "{{ a.reason }}"),
        widths=(2.1, 2.2, 2.7, 3.3, 3.3, 3.4), fixed=True,
    )
    _tag(doc, "{%p endif %}")
    _tag(doc, "{%p endif %}")
    return doc


# --- the publication draft -------------------------------------------------------------------
# HMIP's published shape: title page, foreword, ratings, recommendations, contextual facts, diversity, a
# chapter per domain, then the methodology and data annexes. Every fixed sentence is here, in the past
# tense as HMIP writes; the values come from `report.publication` (src/inspector/reports/publication.py).
# Notes to the editor are in square brackets beginning "Editor:" (and in the style "Editor Note"), so
# they are told apart by their words, not only by their colour.

# After a rating the panel has not agreed yet: the editor checks it before publication.
_NOT_YET_AGREED = "{{% if {0}.not_yet_agreed %}} (not yet agreed){{% endif %}}"
_P = "report.publication"
_DOMAIN_ROW = "EDF1F7"  # the shading of a domain's row in the ratings table (its name says what it is)


def _note(doc: DocumentObject, text: str) -> Paragraph:
    """A note to the editor: "[Editor: …]"."""
    return _p(doc, f"[Editor: {text}]", "Editor Note")


def _shade(cell: object, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()  # type: ignore[attr-defined]
    tc_pr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def _header_table(doc: DocumentObject, headings: Sequence[str], rows: Sequence[Sequence[str]],
                  widths: Sequence[float]) -> Table:
    """A table with a header row (repeated on every page) and the given rows, tags or text."""
    table = doc.add_table(rows=1 + len(rows), cols=len(headings))
    table.style = doc.styles["Report Table"]
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    for cell, heading in zip(table.rows[0].cells, headings, strict=True):
        _fill(cell, heading)
    for row, texts in zip(table.rows[1:], rows, strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            _fill(cell, text)
    _look(table, first_row=True, first_column=False)
    _widths(table, widths)
    _repeat_header(table)
    return table


def _ratings_table(doc: DocumentObject) -> None:
    """The overall rating, then each domain's name and its standards' ratings."""
    table = _header_table(doc, ("Standard", "Rating"), [
        ("Overall rating", f"{{{{ {_P}.overall.rating or 'Not yet known' }}}}"
                           f"{{% if {_P}.overall.rating and not {_P}.overall.agreed %}} (not yet agreed){{% endif %}}"),
        (f"{{%tr for g in {_P}.ratings %}}", ""),
        ("{{ g.name }}", ""),
        ("{%tr for r in g.rows %}", ""),
        ("{{ r.id }} {{ r.title }}", "{{ r.rating_shown }}" + _NOT_YET_AGREED.format("r")),
        ("{%tr endfor %}", ""),
        ("{%tr endfor %}", ""),
    ], widths=(9.0, 7.0))
    for cell in table.rows[1].cells:
        for run in cell.paragraphs[0].runs:
            run.bold = True
    domain = table.rows[3]
    merged = domain.cells[0].merge(domain.cells[1])
    for paragraph in merged.paragraphs[1:]:  # the merge keeps the second cell's empty paragraph
        paragraph._p.getparent().remove(paragraph._p)
    merged.paragraphs[0].runs[0].bold = True
    _shade(merged, _DOMAIN_ROW)


def _foreword(doc: DocumentObject) -> None:
    o = f"{_P}.overall"
    doc.add_heading("Foreword", 1).paragraph_format.page_break_before = False
    _p(doc, f"This inspection is part of our programme of youth justice inspections. We inspected and rated "
            f"{{{{ {_P}.service }}}} across three broad areas: the arrangements for organisational delivery of the "
            "service, the quality of work done with children sentenced by the courts, and the quality of "
            "out-of-court disposal work.")
    _tag(doc, f"{{%p if {o}.rating %}}")
    _p(doc, f"Overall, {{{{ {_P}.service }}}} was rated as '{{{{ {o}.rating }}}}'"
            f"{{% if not {o}.agreed %}} (not yet agreed){{% endif %}}.")
    _tag(doc, "{%p else %}")
    _note(doc, f"the overall rating is not yet known{{% if {o}.missing %}} (no rating yet for {{{{ {o}.missing }}}})"
               f"{{% endif %}}. Open the foreword with 'Overall, {{{{ {_P}.service }}}} was rated as …' once it is.")
    _tag(doc, "{%p endif %}")
    _tag(doc, f"{{%p if {o}.resettlement == 'rated' %}}")
    _p(doc, f"We also inspected the quality of resettlement policy and provision, which was separately rated as "
            f"'{{{{ {o}.resettlement_rating }}}}'{{% if not {o}.resettlement_agreed %}} (not yet agreed){{% endif %}}.")
    _tag(doc, f"{{%p elif {o}.resettlement == 'not rated' %}}")
    _p(doc, "There were no relevant resettlement cases in the 12 months before fieldwork, so we did not rate "
            "resettlement policy and provision.")
    _tag(doc, "{%p else %}")
    _note(doc, "the resettlement rating is not yet known; say here how resettlement policy and provision was rated.")
    _tag(doc, "{%p endif %}")
    _tag(doc, f"{{%p if {o}.capped %}}")
    _p(doc, f"Because resettlement policy and provision was rated as 'Inadequate', {{{{ {_P}.service }}}} could not "
            f"be rated '{{{{ {o}.band }}}}' overall, although its score would otherwise have given that rating.")
    _tag(doc, "{%p endif %}")
    _note(doc, "write the foreword here: what we found, what worked well and what needs to improve.")
    _note(doc, "the Chief Inspector's name")
    _p(doc, "HM Chief Inspector of Probation")


def _ratings(doc: DocumentObject) -> None:
    o = f"{_P}.overall"
    doc.add_heading("Ratings", 1)
    _ratings_table(doc)
    _spacer(doc)
    _tag(doc, f"{{%p if {o}.capped %}}")
    # The decision rule on 4.1 (seed line 125), in the report's words.
    _p(doc, f"The score of {{{{ {o}.score }}}} out of {{{{ {o}.maximum }}}} would have given an overall rating of "
            f"'{{{{ {o}.band }}}}'. Resettlement policy and provision (4.1) was rated as 'Inadequate', and a YJS "
            f"rated 'Inadequate' for resettlement cannot achieve an 'Outstanding' overall rating, so "
            f"{{{{ {_P}.service }}}} was rated as '{{{{ {o}.rating }}}}' overall.")
    _tag(doc, f"{{%p elif {o}.score is not none %}}")
    _p(doc, f"The overall rating of '{{{{ {o}.rating }}}}' came from a score of {{{{ {o}.score }}}} out of "
            f"{{{{ {o}.maximum }}}} across the twelve core standards (annexe 1 explains the scoring)."
            f"{{% if {o}.resettlement != 'not rated' %}} Resettlement policy and provision (4.1) was rated separately "
            "and did not count towards the score.{% endif %}")
    _tag(doc, "{%p else %}")
    _note(doc, f"there is no overall score yet: no rating yet for {{{{ {o}.missing }}}}.")
    _tag(doc, "{%p endif %}")
    _tag(doc, f"{{%p if {o}.diversity_challenge %}}")
    # The limiting judgement on diversity (seed line 129).
    _note(doc, "practice on diversity was recorded as insufficient. Under our limiting judgement on diversity, the "
               "ratings panel challenges an 'Outstanding' overall rating in that case: say here what the panel "
               "decided.")
    _tag(doc, f"{{%p elif {o}.diversity_unknown %}}")
    _note(doc, "whether practice on diversity was sufficient is not yet recorded; the ratings panel challenges an "
               "'Outstanding' overall rating where it was not.")
    _tag(doc, "{%p endif %}")


def _recommendations_section(doc: DocumentObject) -> None:
    doc.add_heading("Recommendations", 1)
    _tag(doc, f"{{%p if {_P}.recommendations %}}")
    _p(doc, f"As a result of our inspection, we made {{{{ {_P}.recommendation_count }}}} that we believe, if "
            f"implemented, will have a positive impact on the quality of youth justice services in "
            f"{{{{ {_P}.area }}}}. This will improve the lives of the children in contact with youth justice "
            "services, and better protect the public.")
    _tag(doc, f"{{%p for g in {_P}.recommendations %}}")
    _p(doc, "{{ g.recipient }} should:", "Recipient")
    _tag(doc, "{%p for r in g.items %}")
    _p(doc, "{{ r }}", "List Number")
    _tag(doc, "{%p endfor %}")
    _tag(doc, "{%p endfor %}")
    _tag(doc, "{%p else %}")
    _note(doc, "no recommendations were recorded in the inspection file; add them here, under the recipient of each.")
    _tag(doc, "{%p endif %}")


def _facts_section(doc: DocumentObject) -> None:
    doc.add_heading("Contextual facts", 1)
    _note(doc, "add the facts about the area and its children that HMIP publishes (population, caseload, "
               "outcomes); the inspection file does not hold them. What it holds follows.")
    _header_table(doc, ("Fact", f"{{{{ {_P}.service }}}}"), [
        (f"{{%tr for f in {_P}.facts %}}", ""),
        ("{{ f.label }}", "{{ f.value }}"),
        ("{%tr endfor %}", ""),
    ], widths=(7.0, 9.0))
    _spacer(doc)


def _diversity_section(doc: DocumentObject) -> None:
    doc.add_heading("Diversity", 1)
    _tag(doc, f"{{%p if {_P}.diversity %}}")
    _p(doc, f"We judged the practice of {{{{ {_P}.service }}}} on diversity to be {{{{ {_P}.diversity }}}}.")
    _tag(doc, "{%p else %}")
    _note(doc, "whether practice on diversity was sufficient is not yet recorded.")
    _tag(doc, "{%p endif %}")
    _tag(doc, f"{{%p if {_P}.diversity_note %}}")
    _p(doc, f"{{{{ {_P}.diversity_note }}}}")
    _tag(doc, "{%p endif %}")
    _note(doc, "describe how well the YJS met the requirements of the public sector equality duty and the diversity "
               "needs of children and staff, from the case inspections and the evidence for domain one.")


def _bullets(doc: DocumentObject, items: str, heading: str, none: str) -> None:
    doc.add_heading(heading, 3)
    _tag(doc, f"{{%p for e in {items} %}}")
    _p(doc, "{{ e }}", "List Bullet")
    _tag(doc, "{%p else %}")
    _note(doc, none)
    _tag(doc, "{%p endfor %}")


def _domains(doc: DocumentObject) -> None:
    _tag(doc, f"{{%p for d in {_P}.domains %}}")
    doc.add_heading("{{ d.heading }}", 1)
    _tag(doc, "{%p if d.from_cases and d.cases %}")
    _p(doc, "We took a detailed look at {{ d.cases }} {{ d.name }} managed by the YJS. Our rating for each "
            "standard below was based on the percentage of the cases we inspected that were judged sufficient on "
            "each of its key questions.")
    _tag(doc, "{%p elif d.from_cases %}")
    _note(doc, "no case counts for this domain are recorded in the inspection file; add the number of cases "
               "inspected.")
    _tag(doc, "{%p endif %}")
    _tag(doc, "{%p for s in d.standards %}")
    doc.add_heading("{{ s.id }}. {{ s.title }}", 2)
    _labelled(doc, "Rating: ", "{{ s.rating_shown }}" + _NOT_YET_AGREED.format("s"), style="Rating")

    _tag(doc, "{%p if s.from_cases %}")
    _tag(doc, "{%p if s.key_questions %}")
    _p(doc, "The percentage of the cases we inspected that were judged sufficient, for each key question:",
       ).paragraph_format.keep_with_next = True
    _header_table(doc, ("Key question", "Cases judged sufficient", "Percentage"), [
        ("{%tr for kq in s.key_questions %}", "", ""),
        ("{{ kq.label }}{% if kq.lowest %} (lowest){% endif %}", "{{ kq.sufficient }} of {{ kq.cases }}",
         "{{ kq.percent }}"),
        ("{%tr endfor %}", "", ""),
    ], widths=(8.0, 5.0, 3.0))
    _spacer(doc)
    _tag(doc, "{%p if s.counts_give %}")
    _note(doc, "this rating was entered from the case inspection; the case counts give '{{ s.counts_give }}'. "
               "Check which is right.")
    _tag(doc, "{%p endif %}")
    _tag(doc, "{%p elif s.rating %}")
    _note(doc, "this rating was entered from the case inspection; the percentages for its key questions are not in "
               "the inspection file. Add them.")
    _tag(doc, "{%p else %}")
    _note(doc, "no rating or case counts for this standard are recorded in the inspection file.")
    _tag(doc, "{%p endif %}")
    _note(doc, "write the key findings from the case inspections for {{ s.name }} here.")

    _tag(doc, "{%p elif not s.applies %}")
    _p(doc, "We did not rate {{ s.name }}, because there were no relevant resettlement cases in the 12 months "
            "before fieldwork.")

    _tag(doc, "{%p else %}")
    _note(doc, "write the summary of the key findings for {{ s.name }} here. The strengths and areas for "
               "improvement below are the evidence the inspectors tagged, in their words: edit them into the "
               "report's prose.")
    _p(doc, "Our key findings were as follows.")
    _bullets(doc, "s.strengths", "Strengths", "no evidence for this standard was tagged as a strength.")
    _bullets(doc, "s.improvements", "Areas for improvement",
             "no evidence for this standard was tagged as an area for improvement.")
    _tag(doc, "{%p endif %}")
    _tag(doc, "{%p endfor %}")
    _tag(doc, "{%p endfor %}")


def _methodology(doc: DocumentObject) -> None:
    """Annexe 1: stock text, with the inspection's own numbers."""
    doc.add_heading("Annexe 1: Methodology", 1)
    _p(doc, "The inspection methodology is summarised below, linked to the three domains in our standards "
            "framework. We focused on obtaining evidence against the standards, key questions and prompts in the "
            "framework.")
    doc.add_heading("Domain one: organisational delivery", 2)
    _p(doc, f"The YJS submitted evidence in advance of the fieldwork{{% if {_P}.documents %}}; with what it "
            f"provided during fieldwork, we examined {{{{ {_P}.documents }}}} documents{{% endif %}}. "
            f"{{% if {_P}.interview_count %}}During fieldwork we interviewed {{{{ {_P}.interview_count }}}} case "
            f"managers, asking them about their experiences of training, development, management supervision and "
            f"leadership. {{% endif %}}We held meetings and focus groups with managers, staff, board members and "
            "partner organisations, allowing us to triangulate evidence and information. The evidence collected "
            "under this domain was judged against our published rating characteristics.")
    doc.add_heading("Domains two and three: court and out-of-court disposals", 2)
    _p(doc, f"We completed case assessments over a one-week period, examining case files and interviewing case "
            f"managers.{{% if {_P}.court_cases %}} We inspected {{{{ {_P}.court_cases }}}} court disposals"
            f"{{% if {_P}.out_of_court_cases %}} and {{{{ {_P}.out_of_court_cases }}}} out-of-court disposals"
            f"{{% endif %}}.{{% elif {_P}.out_of_court_cases %}} We inspected {{{{ {_P}.out_of_court_cases }}}} "
            "out-of-court disposals.{% endif %} In each case, we judged whether the work was sufficient on each key "
            "question of the standards for assessment, planning, implementation and delivery, and reviewing.")
    _p(doc, f"Each of these standards was rated from its lowest-scoring key question, that is the key question with "
            f"the smallest percentage of cases judged sufficient: {{% for t in {_P}.thresholds|reverse %}}"
            "'{{ t.rating }}' for {{ t.span }}{% if not loop.last %}; {% endif %}{% endfor %}.")
    doc.add_heading("Resettlement", 2)
    _tag(doc, f"{{%p if {_P}.overall.resettlement == 'not rated' %}}")
    _p(doc, "The YJS had no relevant resettlement cases in the 12 months before fieldwork, so we did not inspect or "
            "rate resettlement policy and provision (4.1).")
    _tag(doc, "{%p else %}")
    _p(doc, f"We inspected resettlement policy and provision (4.1) because the YJS had had one or more relevant "
            f"resettlement cases in the 12 months before fieldwork{{% if {_P}.resettlement_cases %}} "
            f"({{{{ {_P}.resettlement_cases }}}} {{{{ 'case' if {_P}.resettlement_cases == '1' else 'cases' }}}})"
            "{% endif %}. Its rating did not count towards the overall score, "
            "but a YJS rated 'Inadequate' for resettlement cannot achieve an 'Outstanding' overall rating.")
    _tag(doc, "{%p endif %}")
    doc.add_heading("Ratings and scoring", 2)
    _p(doc, f"Each of the twelve core standards scored points by its rating: {{% for s in {_P}.scale %}}"
            "'{{ s.rating }}' {{ s.points }}{% if not loop.last %}, {% endif %}{% endfor %}. The points were added "
            f"up to give the overall rating: {{% for s in {_P}.scale %}}{{{{ s.overall }}}} points '{{{{ s.rating }}}}'"
            "{% if not loop.last %}; {% endif %}{% endfor %}.")
    _p(doc, "We did not rate diversity as a separate standard, but we reported on how well the YJS addressed it; the "
            "ratings panel challenges any proposed 'Outstanding' overall rating where we consider a YJS's practice "
            "on diversity to be insufficient.")


def _data(doc: DocumentObject) -> None:
    """Annexe 2: the case data (table and chart) and the case-manager interviews."""
    doc.add_heading("Annexe 2: Inspection data", 1)
    doc.add_heading("Case inspection data", 2)
    _tag(doc, f"{{%p if {_P}.case_data %}}")
    _p(doc, "For each key question of the standards rated from the case counts: the cases judged sufficient, their "
            "percentage of the cases inspected, and the rating that percentage falls in."
       ).paragraph_format.keep_with_next = True
    _header_table(doc, ("Standard", "Key question", "Cases judged sufficient", "Percentage", "Rating band"), [
        (f"{{%tr for r in {_P}.case_data %}}", "", "", "", ""),
        ("{{ r.standard }}", "{{ r.key_question }}", "{{ r.sufficient }}", "{{ r.percent }}", "{{ r.band }}"),
        ("{%tr endfor %}", "", "", "", ""),
    ], widths=(3.6, 4.2, 2.8, 2.4, 3.4))
    _spacer(doc)
    # The chart is drawn when the report is made (src/inspector/reports/chart.py) in place of a paragraph of
    # the style "Chart"; the paragraph's text becomes the picture's alt text.
    _tag(doc, f"{{%p if {_P}.chart.bars %}}")
    _p(doc, f"{{{{ {_P}.chart.description }}}}", "Chart")
    _p(doc, "Figure 1: the percentage of inspected cases judged sufficient on each key question, against the "
            "rating thresholds. The hatched bar of each standard, marked '(lowest)', is its lowest-scoring key "
            "question.", "Caption")
    _tag(doc, "{%p endif %}")
    _tag(doc, "{%p else %}")
    _note(doc, "no case counts are recorded in the inspection file.")
    _tag(doc, "{%p endif %}")
    doc.add_heading("Case-manager interviews", 2)
    _tag(doc, f"{{%p if {_P}.interviews %}}")
    _p(doc, f"{{% if {_P}.interview_count %}}We interviewed {{{{ {_P}.interview_count }}}} case managers. "
            "{% endif %}The percentage of case managers who answered 'yes' to each question, of those asked it:"
       ).paragraph_format.keep_with_next = True
    _header_table(doc, ("Question", "Answered 'yes'", "Percentage"), [
        (f"{{%tr for r in {_P}.interviews %}}", "", ""),
        ("{{ r.question }}", "{{ r.answered }}", "{{ r.percent }}"),
        ("{%tr endfor %}", "", ""),
    ], widths=(10.0, 3.6, 2.4))
    _spacer(doc)
    _tag(doc, "{%p else %}")
    _note(doc, "no case-manager interviews are recorded in the inspection file.")
    _tag(doc, "{%p endif %}")


def publication_draft() -> DocumentObject:
    doc = _new_document("{{ report.details.yjs }} | Inspection report: draft for editing",
                        standard_on_new_page=True)
    _paragraph_style(doc, "Cover Text", size=14, colour=GREY, after=12)
    _paragraph_style(doc, "Recipient", bold=True, before=10, after=4, keep_with_next=True)
    _paragraph_style(doc, "List Number", after=4)
    _paragraph_style(doc, "Chart", before=6, after=4, keep_with_next=True)
    doc.styles["Chart"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _paragraph_style(doc, "Caption", size=9.5, bold=False, colour=GREY, after=12)

    title = _p(doc, f"{{{{ {_P}.title }}}}", "Title")
    title.paragraph_format.space_before = Pt(120)
    _p(doc, f"{{{{ {_P}.yjs }}}}", "Subtitle")
    _p(doc, f"{{{{ {_P}.fieldwork_month or 'Fieldwork dates not yet entered' }}}}", "Cover Text")
    _p(doc, "HM Inspectorate of Probation", "Cover Text").runs[0].bold = True
    _spacer(doc)
    _note(doc, "this is a draft for editing, made on {{ report.details.produced_on }} from "
               "{{ report.details.source }}. The ratings are shown as they stand ({{ report.details.panel }}). The "
               "strengths and areas for improvement are the evidence the inspectors tagged, in their words. Text in "
               "square brackets beginning 'Editor' is for the editor, to be replaced or removed before publication.")
    _page_break(doc)
    _contents(doc, "1-2")

    _foreword(doc)
    _ratings(doc)
    _recommendations_section(doc)
    _facts_section(doc)
    _diversity_section(doc)
    _domains(doc)
    _methodology(doc)
    _data(doc)
    return doc


def main() -> None:
    for name, build in (("panel-report.docx", panel_report), ("publication-draft.docx", publication_draft)):
        path = FOLDER / name
        build().save(path)
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
