"""The table of contents, filled in before anyone opens the document.

The template holds a TOC field; Word rebuilds it, page numbers and all, on opening (w:updateFields,
finishing.py). A viewer or converter that does not update fields (LibreOffice, so the PDF, and the
window's preview) shows the field's last result instead, which would be an empty contents page. So the
result is written here as Word writes it, an entry per heading linked to a bookmark on the heading,
without page numbers: only the program that lays the pages out knows them.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape, quoteattr

from docx.document import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.text.paragraph import CT_P

from inspector.reports.paragraph_xml import style_id, text

_LEVELS = re.compile(r'\\o\s+"(\d)-(\d)"')
_HEADING = re.compile(r"^Heading ([1-9])$")
# Word's own bookmark names for contents entries begin "_Toc"; the id range is kept clear of any
# bookmark a template author adds by hand.
_FIRST_ID = 90000


def fill_contents(document: Document) -> None:
    body = document.element.body
    field = next((p for p in body.iterchildren(qn("w:p")) if "TOC" in _instruction(p)), None)
    if field is None:
        return
    instruction = _instruction(field)
    levels = _LEVELS.search(instruction)
    low, high = (int(levels.group(1)), int(levels.group(2))) if levels else (1, 3)  # Word's default: 1-3
    names = {s.style_id: s.name for s in document.styles}
    entries = []
    for p in body.iterchildren(qn("w:p")):
        # lxml's own look-ups: python-docx's properties cost a fifth of a second over a 10x report.
        match = _HEADING.match(names.get(style_id(p), ""))
        if match and low <= int(match.group(1)) <= high and text(p).strip():
            entries.append((int(match.group(1)), p))
    if not entries:
        return
    styles = {n: s.style_id for s in document.styles if (n := s.name)}
    for number, (level, heading) in enumerate(entries):
        bookmark = f"_Toc{_FIRST_ID + number}"
        _bookmark(heading, _FIRST_ID + number, bookmark)
        field.addprevious(_entry(
            styles.get(f"TOC {level}"), bookmark, text(heading),
            begin=instruction if number == 0 else None, end=number == len(entries) - 1,
        ))
    body.remove(field)


def _instruction(paragraph: CT_P) -> str:
    return "".join(i.text or "" for i in paragraph.iter(qn("w:instrText")))


def _bookmark(heading: CT_P, bookmark_id: int, name: str) -> None:
    ppr = heading.pPr
    start = parse_xml(f'<w:bookmarkStart {nsdecls("w")} w:id="{bookmark_id}" w:name="{name}"/>')
    if ppr is not None:
        ppr.addnext(start)
    else:
        heading.insert(0, start)
    heading.append(parse_xml(f'<w:bookmarkEnd {nsdecls("w")} w:id="{bookmark_id}"/>'))


def _entry(style: str | None, bookmark: str, text: str, *, begin: str | None, end: bool) -> object:
    """One entry; the first opens the TOC field and the last closes it, as in a document Word saved."""
    run = "<w:r>{}</w:r>".format
    opening = "".join([
        run('<w:fldChar w:fldCharType="begin" w:dirty="true"/>'),
        run(f'<w:instrText xml:space="preserve">{escape(begin)}</w:instrText>'),
        run('<w:fldChar w:fldCharType="separate"/>'),
    ]) if begin is not None else ""
    closing = run('<w:fldChar w:fldCharType="end"/>') if end else ""
    style_xml = f"<w:pPr><w:pStyle w:val={quoteattr(style)}/></w:pPr>" if style else ""
    label = run(f'<w:t xml:space="preserve">{escape(text)}</w:t>')
    return parse_xml(
        f'<w:p {nsdecls("w")}>{style_xml}{opening}<w:hyperlink w:anchor="{bookmark}" w:history="1">{label}'
        f"</w:hyperlink>{closing}</w:p>"
    )
