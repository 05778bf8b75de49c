"""`docx_to_html`: a report as HTML for the window's preview (no Qt here; Qt's rich text shows it), whole
or page by page (`open_pages`).

python-docx and lxml (about 0.1 s to import) are imported at the first preview, not when the window
starts; the page itself is made in docx_html.py.
"""

from __future__ import annotations

import zipfile
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING

from inspector.errors import UserError

if TYPE_CHECKING:
    from inspector.reports.docx_html import Pages


def docx_to_html(source: Path | bytes) -> str:
    """The document at `source` (a path, or the bytes `render_docx` gives) as one HTML page."""
    return open_pages(source).html()


def open_pages(source: Path | bytes) -> Pages:
    """The document at `source`, opened to be given as HTML page by page; UserError if it cannot be read."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import XMLSyntaxError

    from inspector.reports.docx_html import Pages

    try:
        document = docx.Document(str(source) if isinstance(source, Path) else BytesIO(source))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, XMLSyntaxError, ValueError) as exc:
        name = source.name if isinstance(source, Path) else "the document"
        raise UserError(f"{name} cannot be shown: it is not a Word document that can be read ({exc})") from None
    except OSError as exc:
        where = str(source) if isinstance(source, Path) else "the document"
        raise UserError(f"{where} cannot be read ({exc.strerror})") from None
    return Pages(document)
