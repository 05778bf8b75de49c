"""A python-docx document as HTML, for the window's preview (`html.open_pages` opens it), page by page.

Good enough to read, not a copy of the page layout: headings, paragraphs, bullet and numbered lists,
tables, bold and italic, line breaks and the header line; a picture by its alt text. The table of contents
field, which Word fills in on opening, is shown as a list of the headings it will hold. Everything taken
from the document is escaped.

The body is read with lxml directly, not through python-docx's proxies: their look-ups (an XPath query for
each paragraph's runs, each run's text and each cell's content) took 1.7 s of a 10× panel report's 1.9 s.
python-docx still opens the package and gives the styles, the header and the title. The HTML comes in
pages of whole blocks (never part of a list or a table) so the window can show the first while the rest
is made; joined, they are the one page `html` gives.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from html import escape
from typing import Any

from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from lxml import etree

STYLE = """
body { font-family: Arial, sans-serif; font-size: 11pt; color: #222; margin: 1.5em; }
h1.title { font-size: 24pt; color: #1f3864; }
h1 { font-size: 16pt; color: #1f3864; margin-top: 1.4em; }
h2 { font-size: 13pt; color: #1f3864; }
h3 { font-size: 11.5pt; color: #1f3864; }
h4 { font-size: 11pt; color: #595959; }
.header { color: #595959; font-size: 9pt; text-align: right; border-bottom: 1px solid #ccc; }
.subtitle { font-size: 14pt; color: #595959; }
.rating { font-size: 13pt; font-weight: bold; color: #1f3864; }
.seed-quote, .evidence-source { color: #595959; font-size: 9pt; margin-left: 2em; }
.seed-quote { font-style: italic; }
.editor-note { color: #9c3300; font-style: italic; }
.picture { color: #595959; font-style: italic; }
table { border-collapse: collapse; margin: 0.5em 0; width: 100%; }
td, th { border: 1px solid #a6a6a6; padding: 3px 5px; vertical-align: top; font-size: 9.5pt; }
th { background: #1f3864; color: white; text-align: left; }
"""
# About a screenful or two of a report: Qt reads one in a few milliseconds.
PAGE_CHARS = 16_000
_HEADING = re.compile(r"^Heading ([1-6])$")
_LISTS = {"List Bullet": "ul", "List Number": "ol"}

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_P, _TBL, _R, _HYPERLINK, _TR, _TC = (f"{_W}{n}" for n in ("p", "tbl", "r", "hyperlink", "tr", "tc"))
_RPR, _BOLD, _ITALIC = (f"{_W}{n}" for n in ("rPr", "b", "i"))
_TRPR, _TBLHEADER, _TCPR, _VMERGE, _GRIDSPAN, _GRIDBEFORE = (
    f"{_W}{n}" for n in ("trPr", "tblHeader", "tcPr", "vMerge", "gridSpan", "gridBefore"))
_T, _INSTR, _BR, _TYPE, _VAL = f"{_W}t", f"{_W}instrText", f"{_W}br", f"{_W}type", f"{_W}val"
_DOC_PR = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"
# A run's text as python-docx's `run.text` gives it: w:t's text, a tab for w:tab and w:ptab, a hyphen for
# w:noBreakHyphen, a line break for w:cr and for a w:br that breaks the line (not a page or column).
_CHARACTERS = {f"{_W}tab": "\t", f"{_W}ptab": "\t", f"{_W}noBreakHyphen": "-", f"{_W}cr": "\n"}
_ON = frozenset(("1", "true", "on"))  # xsd:boolean and "on"; w:b without w:val is on

Element = Any  # an lxml element: lxml has no type hints
# A paragraph's style id ("" for none) in one compiled query: lxml's `find` walks the path in Python.
_STYLE_ID = etree.XPath("string(w:pPr/w:pStyle/@w:val)", namespaces={"w": _W[1:-1]})


@dataclass(frozen=True)
class Page:
    html: str  # whole blocks of the body; the first page starts with the header line
    blocks_done: int  # of `Pages.blocks`, the document's top-level paragraphs and tables


class Pages:
    """The document as HTML: `head`, then each of `pages()`, then `TAIL` is the whole page."""

    def __init__(self, document: Document) -> None:
        self.document = document
        # Style names by id, read once: python-docx's `paragraph.style` searches the styles part on every
        # call, which took 2.5 s of the 3 s a demo's panel report took here (11 s at 10×).
        self.styles = {s.style_id: s.name or "" for s in document.styles}
        default = document.styles.default(WD_STYLE_TYPE.PARAGRAPH)
        self.default_style = (default.name or "") if default is not None else ""
        self.body = [e for e in document.element.body if e.tag in (_P, _TBL)]
        self.title = document.core_properties.title or "Report"
        self._css: dict[str, str] = {}
        self._known: dict[Element, str] = {}  # each paragraph's style name
        self._anchors = 0

    @property
    def blocks(self) -> int:
        return len(self.body)

    @property
    def head(self) -> str:
        return (f'<!DOCTYPE html>\n<html lang="en-GB"><head><meta charset="utf-8"><title>{escape(self.title)}'
                f"</title><style>{STYLE}</style></head><body>")

    TAIL = "</body></html>\n"

    def html(self) -> str:
        return self.head + "".join(page.html for page in self.pages()) + self.TAIL

    def pages(self, page_chars: int = PAGE_CHARS) -> Iterator[Page]:
        """The body in pages of about `page_chars` characters; the contents list is made first, from every
        heading, so the page that holds it is whole when it comes."""
        self._anchors = 0
        contents = self._contents()
        out = [self._header_line()]
        size = len(out[0])
        # Each piece is a block, or the end of a list that closes the body.
        for done, (piece, between_blocks) in enumerate(self._pieces(self.body, contents), start=1):
            out.append(piece)
            size += len(piece)
            if between_blocks and size >= page_chars:
                yield Page("".join(out), min(done, self.blocks))
                out, size = [], 0
        if out:
            yield Page("".join(out), self.blocks)

    def _header_line(self) -> str:
        header = self.document.sections[0].header if self.document.sections else None
        if header is None or header.is_linked_to_previous:
            return ""
        return "".join(f'<div class="header">{self._runs(p._p)}</div>' for p in header.paragraphs
                       if p.text.strip())

    def _contents(self) -> str:
        entries: list[tuple[int, str, str]] = []  # level, anchor, text
        for p in self._paragraphs(self.body):
            heading = self._heading(p)
            if heading is not None:
                entries.append((heading[0], f"h{len(entries) + 1}", heading[1]))
        items = "".join(f'<li class="toc{level}"><a href="#{anchor}">{escape(text)}</a></li>'
                        for level, anchor, text in entries if level <= 2)
        return f'<ul class="contents">{items}</ul>'

    def _paragraphs(self, blocks: list[Element]) -> Iterator[Element]:
        """Every paragraph in the order the page shows it (a cell merged down the rows in each of them)."""
        for block in blocks:
            if block.tag == _P:
                yield block
            else:
                for _, cells in _rows(block):
                    for cell in cells:
                        yield from self._paragraphs(_blocks(cell))

    def _pieces(self, blocks: list[Element], contents: str) -> Iterator[tuple[str, bool]]:
        """Each block's HTML, and whether it ends outside a list (where a page may end)."""
        in_list = ""  # "ul", "ol" or ""
        numbered = 0  # items of "List Number" so far: one list numbered on across the groups between
        for block in blocks:
            kind = _LISTS.get(self._style(block), "") if block.tag == _P else ""
            opening = f"</{in_list}>" if kind != in_list and in_list else ""
            if kind and kind != in_list:
                opening += f'<ol start="{numbered + 1}">' if kind == "ol" else "<ul>"
            in_list = kind
            if kind:  # only a paragraph has a list style
                numbered += kind == "ol"
                yield f"{opening}<li>{self._runs(block)}</li>", False
            elif block.tag == _P:
                yield opening + self._paragraph(block, contents), True
            else:
                yield opening + self._table(block, contents), True
        if in_list:
            yield f"</{in_list}>", True

    def _blocks_html(self, blocks: list[Element], contents: str) -> str:
        return "".join(piece for piece, _ in self._pieces(blocks, contents))

    def _heading(self, p: Element) -> tuple[int, str] | None:
        """A heading's level and text; None for any other paragraph (and for the contents field)."""
        heading = _HEADING.match(self._style(p))
        if heading is None or _is_contents(p) or not self._runs(p).strip():
            return None
        return int(heading.group(1)), "".join(_text(r) for r in _runs(p))

    def _paragraph(self, p: Element, contents: str) -> str:
        if _is_contents(p):
            return contents
        text = self._runs(p)
        if not text.strip():
            pictures = [d.get("descr", "") for d in p.iter(_DOC_PR)]
            # A picture (the draft's chart) is said by its alt text: the preview shows no images.
            return "".join(f'<p class="picture">[Picture: {escape(alt)}]</p>' for alt in pictures)
        style = self._style(p)
        heading = _HEADING.match(style)
        if style == "Title":
            return f'<h1 class="title">{text}</h1>'
        if heading:
            level = int(heading.group(1))
            self._anchors += 1
            return f'<h{level} id="h{self._anchors}">{text}</h{level}>'
        if style == "TOC Heading":
            return f"<h1>{text}</h1>"
        css = self._css.get(style)
        if css is None:
            css = self._css[style] = re.sub(r"[^a-z0-9]+", "-", style.lower()).strip("-")
        return f'<p class="{css}">{text}</p>'

    def _runs(self, p: Element) -> str:
        return "".join(_run(r) for r in _runs(p))

    def _table(self, table: Element, contents: str) -> str:
        rows = []
        for index, (row, cells) in enumerate(_rows(table)):
            properties = row.find(_TRPR)
            header = index == 0 and properties is not None and properties.find(_TBLHEADER) is not None
            tag = "th" if header else "td"
            shown = "".join(f"<{tag}>{self._blocks_html(_blocks(cell), contents)}</{tag}>" for cell in cells)
            rows.append(f"<tr>{shown}</tr>")
        return f"<table>{''.join(rows)}</table>"

    def _style(self, p: Element) -> str:
        """As python-docx's `paragraph.style.name`: a paragraph without a style has the default one. Read
        once per paragraph (the contents and the page each ask)."""
        name = self._known.get(p)
        if name is None:
            style_id = _STYLE_ID(p)
            name = self._known[p] = self.styles.get(style_id, self.default_style) if style_id else self.default_style
        return name


def _is_contents(p: Element) -> bool:
    return any("TOC" in (i.text or "") for i in p.iter(_INSTR))


def _blocks(container: Element) -> list[Element]:
    return [e for e in container if e.tag in (_P, _TBL)]


def _runs(p: Element) -> Iterator[Element]:
    """A paragraph's runs, those of its hyperlinks included, in order."""
    for child in p:
        if child.tag == _R:
            yield child
        elif child.tag == _HYPERLINK:
            yield from child.iterchildren(_R)


def _text(r: Element) -> str:
    parts = []
    for child in r:
        tag = child.tag
        if tag == _T:
            parts.append(child.text or "")
        elif tag == _BR:
            parts.append("\n" if child.get(_TYPE, "textWrapping") == "textWrapping" else "")
        else:
            parts.append(_CHARACTERS.get(tag, ""))
    return "".join(parts)


def _run(r: Element) -> str:
    text = escape(_text(r)).replace("\n", "<br>").replace("\t", " ")
    if not text:
        return ""
    properties = r.find(_RPR)
    if properties is not None:
        if _on(properties.find(_BOLD)):
            text = f"<b>{text}</b>"
        if _on(properties.find(_ITALIC)):
            text = f"<i>{text}</i>"
    return text


def _on(flag: Element | None) -> bool:
    return flag is not None and flag.get(_VAL, "true") in _ON


def _rows(table: Element) -> Iterator[tuple[Element, list[Element]]]:
    """Each row with its cells as python-docx's `row.cells` gives them, each once: a cell spanning columns
    once, and a cell merged down from the row above (w:vMerge) as the cell it continues."""
    above: dict[int, Element] = {}  # the row above's cells by grid column, merged ones as their first
    for row in table.iterchildren(_TR):
        here: dict[int, Element] = {}
        cells: list[Element] = []
        for offset, span, cell in _by_offset(row):
            shown = here[offset] = above.get(offset, cell) if _continues(cell) else cell
            if span > 0 and shown not in cells:  # a cell spanning no column is not shown
                cells.append(shown)
        yield row, cells
        above = here


def _by_offset(row: Element) -> Iterator[tuple[int, int, Element]]:
    """Each cell of the row with the grid column it starts at and the number of columns it spans."""
    properties = row.find(_TRPR)
    before = properties.find(_GRIDBEFORE) if properties is not None else None
    offset = int(before.get(_VAL, "0")) if before is not None else 0
    for cell in row.iterchildren(_TC):
        properties = cell.find(_TCPR)
        span = properties.find(_GRIDSPAN) if properties is not None else None
        columns = int(span.get(_VAL, "1")) if span is not None else 1
        yield offset, columns, cell
        offset += columns


def _continues(cell: Element) -> bool:
    properties = cell.find(_TCPR)
    merge = properties.find(_VMERGE) if properties is not None else None
    return merge is not None and merge.get(_VAL, "continue") == "continue"
