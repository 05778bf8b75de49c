"""A paragraph's style and text read from the XML with compiled lxml queries.

The finishing, the contents, the completeness check and the preview each read every paragraph of a
report (11,000 at 10× the demo): lxml's `find` walks its path in Python (about 6 µs a paragraph) and
python-docx's properties cost more still; a compiled XPath query takes about 2 µs.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NAMESPACES = {"w": W}
_TEXT = f"{{{W}}}t"
_STYLE = etree.XPath("w:pPr/w:pStyle", namespaces=_NAMESPACES)
_STYLE_ID = etree.XPath("string(w:pPr/w:pStyle/@w:val)", namespaces=_NAMESPACES)

Element = Any  # an lxml element: lxml has no type hints


def style_element(p: Element) -> Element | None:
    """The paragraph's w:pStyle, or None."""
    found = _STYLE(p)
    return found[0] if found else None


def style_id(p: Element) -> str:
    """The id of the paragraph's style ("Heading1"), "" for none."""
    return str(_STYLE_ID(p))


def text(p: Element) -> str:
    """The text of the paragraph's w:t elements, as python-docx's reading of them (without tabs and breaks)."""
    return "".join(p.itertext(_TEXT, with_tail=False))
