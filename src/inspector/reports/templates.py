"""The Word templates the reports are made from: content in report_templates/, checked when loaded.

`report_templates/templates.yaml` names one template per kind of report. Each is a .docx written in
Word with jinja2 tags (docxtpl: `{{ … }}`, `{%p for … %}` paragraphs, `{%tr for … %}` table rows) over
one variable, `report` (reports/model.py). Loading reads every template and parses its tags, so a
missing file, a file Word cannot have written or a tag with a syntax error stops with one line naming
the template and the problem — before anyone exports a half-made report.

docxtpl, jinja2, python-docx and lxml (about 0.15 s to import) are imported by the functions that read
or fill a template, so the window and the commands that make no report start without them.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from enum import Enum
from functools import cache
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from inspector.framework.errors import ContentError, from_validation_error
from inspector.framework.loader import read_yaml
from inspector.reports.model import Report
from inspector.text import cleaned

if TYPE_CHECKING:
    from docx.document import Document
    from docxtpl import DocxTemplate
    from jinja2 import Environment

TEMPLATES_FOLDER = "report_templates"
INDEX_FILE = "templates.yaml"
# The one variable a template may use; everything it shows hangs off it.
VARIABLE = "report"


class ReportKind(str, Enum):
    PANEL = "panel"  # the ratings-panel report
    DRAFT = "draft"  # the publication draft for editors


class _Entry(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: ReportKind
    file: str = Field(pattern=r"^[^/\\]+\.docx$", description="a .docx in report_templates/")
    title: str = Field(min_length=3, description="the document's title, before the YJS's name")


class _Index(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    templates: tuple[_Entry, ...] = Field(min_length=1)


def _finalize(value: Any) -> Any:
    """Every `{{ … }}` passes through here before it is escaped."""
    if value is None:
        return ""
    if hasattr(value, "__html__"):  # already XML: docxtpl's RichText and Listing, jinja2's Markup
        return value
    if isinstance(value, Enum):
        value = value.value
    # The text gate (inspector/text.py) refuses these on the way in; a file made before it may still
    # hold a vertical tab pasted from Word, which is dropped rather than make the document unreadable.
    return cleaned(str(value))[0]


@cache
def environment() -> Environment:
    """Autoescape on (inspector text may hold <, & and quotes); a name the model lacks is an error, not a
    blank in the document. One for the process, so what it compiles is kept (filling.py)."""
    from jinja2 import Environment, StrictUndefined

    return Environment(autoescape=True, undefined=StrictUndefined, finalize=_finalize)


@dataclass(frozen=True)
class ReportTemplate:
    kind: ReportKind
    path: Path
    title: str
    docx: bytes = field(repr=False)  # read once at load, so what was checked is what is filled in

    def fill(self, report: Report) -> Document:
        """The template filled in with `report`, as a python-docx document still to be finished."""
        from jinja2 import TemplateError
        from lxml.etree import XMLSyntaxError

        template = _strict_template()(BytesIO(self.docx))
        try:
            template.render({VARIABLE: report}, environment(), autoescape=True)
        except TemplateError as exc:
            raise ContentError(self.path, "template", f"cannot be filled in ({exc.message or exc})") from None
        except (XMLSyntaxError, ValueError) as exc:  # tags placed so that the filled-in XML is broken
            raise ContentError(self.path, "template", f"gives a document Word cannot read ({exc})") from None
        return template.docx  # type: ignore[no-any-return]  # docxtpl has no type hints


@cache
def _strict_template() -> type[DocxTemplate]:
    """docxtpl's template, reading the filled-in body strictly. docxtpl parses it with lxml's recovering
    parser, which drops everything after the first fault: a report 26 paragraphs long instead of 402, and
    no error. Here a fault stops the report with lxml's XMLSyntaxError instead."""
    from lxml import etree

    from inspector.reports.filling import QuickerDocxTemplate

    class StrictDocxTemplate(QuickerDocxTemplate):
        def fix_tables(self, xml: str) -> Any:
            etree.fromstring(xml)
            return super().fix_tables(xml)

    return StrictDocxTemplate


@dataclass(frozen=True)
class ReportTemplates:
    folder: Path
    by_kind: dict[ReportKind, ReportTemplate]

    def get(self, kind: ReportKind) -> ReportTemplate:
        return self.by_kind[kind]


def templates_folder(root: Path) -> Path:
    return root / TEMPLATES_FOLDER


def load_templates(root: Path) -> ReportTemplates:
    """Every template named in `root`/report_templates/templates.yaml, read and checked; one per kind."""
    folder = templates_folder(root)
    index_path = folder / INDEX_FILE
    raw = read_yaml(index_path)
    try:
        index = _Index.model_validate(raw)
    except ValidationError as exc:
        raise from_validation_error(index_path, raw, exc) from None
    by_kind: dict[ReportKind, ReportTemplate] = {}
    for entry in index.templates:
        if entry.kind in by_kind:
            raise ContentError(index_path, f"template {entry.kind.value}", "is named twice")
        path = folder / entry.file
        by_kind[entry.kind] = ReportTemplate(entry.kind, path, entry.title, _checked(path))
    missing = [k.value for k in ReportKind if k not in by_kind]
    if missing:
        raise ContentError(index_path, "templates", f"names no template for {', '.join(missing)}")
    return ReportTemplates(folder, by_kind)


def _checked(path: Path) -> bytes:
    from docx.opc.exceptions import PackageNotFoundError
    from docxtpl import DocxTemplate
    from jinja2 import TemplateSyntaxError, meta
    from lxml.etree import XMLSyntaxError

    try:
        docx = path.read_bytes()
    except FileNotFoundError:
        raise ContentError(path, "file", "is missing") from None
    except OSError as exc:
        raise ContentError(path, "file", f"cannot be read ({exc.strerror})") from None
    template = DocxTemplate(BytesIO(docx))
    try:
        source = _tagged_text(template)
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, XMLSyntaxError, ValueError) as exc:
        raise ContentError(path, "file", f"is not a Word document that can be read ({exc})") from None
    env = environment()
    try:
        parsed = env.parse(source)
    except TemplateSyntaxError as exc:
        raise ContentError(path, f"tag near '{_near(source, exc.lineno)}'", f"is not valid ({exc.message})") from None
    unknown = sorted(meta.find_undeclared_variables(parsed) - {VARIABLE})
    if unknown:
        raise ContentError(path, "template", f"uses {', '.join(repr(u) for u in unknown)}; a template can use only "
                                             f"'{VARIABLE}'")
    return docx


def _tagged_text(template: DocxTemplate) -> str:
    """The body, headers and footers as docxtpl hands them to jinja2."""
    template.init_docx()
    parts = [template.get_xml()]
    for uri in (template.HEADER_URI, template.FOOTER_URI):
        parts += [template.get_part_xml(part) for _, part in template.get_headers_footers(uri)]
    # A paragraph per line, as docxtpl renders them, so a syntax error's line number finds its paragraph.
    return "\n".join(re.sub(r"<w:p([ >])", r"\n<w:p\1", template.patch_xml(x)) for x in parts)


def _near(source: str, lineno: int | None) -> str:
    """The document text of the paragraph jinja2 stopped at, shortened: what the author can search for."""
    lines = source.splitlines()
    line = lines[lineno - 1] if lineno and 0 < lineno <= len(lines) else ""
    text = re.sub(r"<[^>]+>", "", line).strip()
    return text if len(text) <= 60 else f"{text[:57]}..."
