"""The preview's converter as it was before it read the XML directly (benchmarks/reports.py measures the
new one against it; tests/reports/test_html_pages.py checks that both give the same HTML). Not used by the
app.

A python-docx document as one HTML page, read through python-docx's proxies: headings, paragraphs, bullet
and numbered lists, tables, bold and italic, line breaks and the header line; a picture by its alt text.
"""

from __future__ import annotations

import re
from html import escape

from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from docx.table import Table, _Cell
from docx.text.hyperlink import Hyperlink
from docx.text.paragraph import Paragraph
from docx.text.run import Run

_STYLE = """
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
_HEADING = re.compile(r"^Heading ([1-6])$")
_LISTS = {"List Bullet": "ul", "List Number": "ol"}


def page_html(document: Document) -> str:
    return _Page(document).html()


class _Page:
    """One pass over the document; the contents list is filled in once every heading is known."""

    _CONTENTS = "\x00contents\x00"

    def __init__(self, document: Document) -> None:
        self.document = document
        self.headings: list[tuple[int, str, str]] = []  # level, anchor, text
        # Style names by id, read once: python-docx's `paragraph.style` searches the styles part on every
        # call, which took 2.5 s of the 3 s a demo's panel report took here (11 s at 10×).
        self.styles = {s.style_id: s.name or "" for s in document.styles}
        default = document.styles.default(WD_STYLE_TYPE.PARAGRAPH)
        self.default_style = (default.name or "") if default is not None else ""

    def html(self) -> str:
        header = self.document.sections[0].header if self.document.sections else None
        top = "".join(f'<div class="header">{self._runs(p)}</div>' for p in header.paragraphs
                      if p.text.strip()) if header is not None and not header.is_linked_to_previous else ""
        body = self._blocks(self.document)
        contents = "".join(
            f'<li class="toc{level}"><a href="#{anchor}">{escape(text)}</a></li>'
            for level, anchor, text in self.headings if level <= 2
        )
        body = body.replace(self._CONTENTS, f'<ul class="contents">{contents}</ul>')
        title = escape(self.document.core_properties.title or "Report")
        return (f'<!DOCTYPE html>\n<html lang="en-GB"><head><meta charset="utf-8"><title>{title}</title>'
                f"<style>{_STYLE}</style></head><body>{top}{body}</body></html>\n")

    def _blocks(self, container: Document | _Cell) -> str:
        out: list[str] = []
        in_list = ""  # "ul", "ol" or ""
        numbered = 0  # items of "List Number" so far: one list numbered on across the groups between
        for block in container.iter_inner_content():
            kind = _LISTS.get(self._style(block), "") if isinstance(block, Paragraph) else ""
            if kind != in_list and in_list:
                out.append(f"</{in_list}>")
            if kind and kind != in_list:
                out.append(f'<ol start="{numbered + 1}">' if kind == "ol" else "<ul>")
            in_list = kind
            if kind and isinstance(block, Paragraph):  # only a paragraph has a list style
                numbered += kind == "ol"
                out.append(f"<li>{self._runs(block)}</li>")
                continue
            out.append(self._paragraph(block) if isinstance(block, Paragraph) else self._table(block))
        if in_list:
            out.append(f"</{in_list}>")
        return "".join(out)

    def _paragraph(self, paragraph: Paragraph) -> str:
        if any("TOC" in (i.text or "") for i in paragraph._p.iter(qn("w:instrText"))):
            return self._CONTENTS
        text = self._runs(paragraph)
        if not text.strip():
            pictures = [d.get("descr", "") for d in paragraph._p.iter(qn("wp:docPr"))]
            # A picture (the draft's chart) is said by its alt text: the preview shows no images.
            return "".join(f'<p class="picture">[Picture: {escape(alt)}]</p>' for alt in pictures)
        style = self._style(paragraph)
        heading = _HEADING.match(style)
        if style == "Title":
            return f'<h1 class="title">{text}</h1>'
        if heading:
            level = int(heading.group(1))
            anchor = f"h{len(self.headings) + 1}"
            self.headings.append((level, anchor, paragraph.text))
            return f'<h{level} id="{anchor}">{text}</h{level}>'
        if style == "TOC Heading":
            return f"<h1>{text}</h1>"
        css = re.sub(r"[^a-z0-9]+", "-", style.lower()).strip("-")
        return f'<p class="{css}">{text}</p>'

    def _runs(self, paragraph: Paragraph) -> str:
        parts = []
        for item in paragraph.iter_inner_content():
            runs = item.runs if isinstance(item, Hyperlink) else [item]
            parts += [_run(run) for run in runs]
        return "".join(parts)

    def _table(self, table: Table) -> str:
        rows = []
        for index, row in enumerate(table.rows):
            header = index == 0 and row._tr.trPr is not None and row._tr.trPr.find(qn("w:tblHeader")) is not None
            tag = "th" if header else "td"
            cells = "".join(f"<{tag}>{self._blocks(cell)}</{tag}>" for cell in _unique(row.cells))
            rows.append(f"<tr>{cells}</tr>")
        return f"<table>{''.join(rows)}</table>"

    def _style(self, paragraph: Paragraph) -> str:
        """As python-docx's `paragraph.style.name`: a paragraph without a style has the default one."""
        style_id = paragraph._p.style
        return self.styles.get(style_id, self.default_style) if style_id else self.default_style


def _run(run: Run) -> str:
    text = escape(run.text).replace("\n", "<br>").replace("\t", " ")
    if not text:
        return ""
    if run.bold:
        text = f"<b>{text}</b>"
    if run.italic:
        text = f"<i>{text}</i>"
    return text


def _unique(cells: list[_Cell]) -> list[_Cell]:
    """A merged cell appears once per grid column it spans; show it once."""
    seen: set[int] = set()
    result = []
    for cell in cells:
        if id(cell._tc) not in seen:
            seen.add(id(cell._tc))
            result.append(cell)
    return result
