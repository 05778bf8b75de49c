"""What the inspection window previews and exports from the open session: the ratings-panel report and
the publication draft in Word (docs/reports.md) and the exchange file (docs/exchange-format.md).

The session and its file belong to the window's thread, so `take_inputs` reads there what an export
needs — the snapshot, the engine's evaluation and the audit log, all immutable. Everything after it
(loading the templates, building the report, filling in the Word document, the HTML preview, writing
the file) takes only those inputs and runs on a worker thread.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from pathlib import Path

from inspector.app.session import Session
from inspector.content import Content
from inspector.errors import UserError
from inspector.exchange.codec import write_exchange
from inspector.exchange.files import write_exchange_file
from inspector.exchange.sealed import SEALED_SUFFIX
from inspector.inspection.model import Inspection
from inspector.reports import (
    Report,
    ReportKind,
    ReportTemplates,
    docx_to_html,
    export_report,
    inspection_file_source,
    render_docx,
)
from inspector.reports.model import long_date
from inspector.reports.output import write_atomically as write_report
from inspector.rules.evaluation import Evaluation
from inspector.store import AuditEntry

DOCX_SUFFIX = ".docx"


class Output(Enum):
    """What the window exports. A report's value is its `ReportKind`'s."""

    PANEL = "panel"
    DRAFT = "draft"
    EXCHANGE = "exchange"

    @property
    def label(self) -> str:
        """The inspectors' name for it, as the File menu says it."""
        return _LABELS[self]

    @property
    def is_report(self) -> bool:
        return self is not Output.EXCHANGE

    @property
    def suffix(self) -> str:
        return DOCX_SUFFIX if self.is_report else SEALED_SUFFIX  # always encrypted from the window

    def report_kind(self) -> ReportKind:
        return ReportKind(self.value)


_LABELS = {Output.PANEL: "ratings-panel report", Output.DRAFT: "publication draft", Output.EXCHANGE: "exchange file"}
REPORTS = (Output.PANEL, Output.DRAFT)


@dataclass(frozen=True)
class ExportInputs:
    """Everything an export is made from, read from the session on the window's thread."""

    content: Content
    path: Path  # the inspection file
    inspection: Inspection
    evaluation: Evaluation  # of `inspection`
    audit: tuple[AuditEntry, ...]
    produced: datetime

    def report(self) -> Report:
        source = inspection_file_source(self.path, self.inspection, self.audit)
        return source.report(self.content, evaluation=self.evaluation, produced=self.produced)


def take_inputs(session: Session) -> ExportInputs:
    """On the window's thread: the session and its file are not thread-safe."""
    return ExportInputs(session.content, session.path, session.inspection, session.evaluation, session.audit(),
                        session.clock())


# --- the file name proposed ----------------------------------------------------------------------------

# Characters Windows does not allow in a file name, and control characters.
_NOT_IN_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_SERVICE = re.compile(r"\byouth justice service\b", re.IGNORECASE)


def file_title(output: Output, templates: ReportTemplates | None) -> str:
    """What the file is, in its name: a report's title from report_templates/templates.yaml ("ratings
    panel report"), or "exchange file"."""
    if templates is None or not output.is_report:
        return output.label
    title = templates.get(output.report_kind()).title
    first = title.split(" ", 1)[0]
    return title if first.isupper() else title[:1].lower() + title[1:]  # "YJS report" keeps its capitals


def file_name(yjs: str, what: str, day: date, suffix: str) -> str:
    """"Northmoor YJS - ratings panel report - 2026-11-23.docx": the service, what, the day it was made."""
    return named(yjs, f"{what} - {day.isoformat()}", suffix)


def named(yjs: str, what: str, suffix: str) -> str:
    """"Northmoor YJS - for Priya Raman.json.age": the service (shortened) and what, with only characters
    every system allows in a file name."""
    service = _SERVICE.sub("YJS", yjs)
    stem = " ".join(_NOT_IN_NAMES.sub(" ", f"{service} - {what}").split())
    return f"{stem.strip(' .')}{suffix}"


def proposed_name(inputs: ExportInputs, output: Output, templates: ReportTemplates | None) -> str:
    day = inputs.produced.astimezone().date()  # the inspector's day, as the window's times
    return file_name(inputs.inspection.details.yjs, file_title(output, templates), day, output.suffix)


def export_folder(remembered: str | None, inspection_path: Path) -> Path:
    """The folder last exported to while it is still there (the window remembers it per user), else the
    inspection file's."""
    return Path(remembered) if remembered and Path(remembered).is_dir() else inspection_path.parent


# --- on the worker thread -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Preview:
    """A report as the window shows it, with the document itself so that what was read can be exported."""

    output: Output
    inputs: ExportInputs
    title: str  # "Ratings panel report — Northmoor Youth Justice Service"
    file_name: str  # proposed for its export
    banner: str  # "DRAFT: made 23 November 2026 at 10:30 from the inspection file Northmoor.yjsi. …"
    html: str
    docx: bytes


def make_preview(inputs: ExportInputs, output: Output, templates: ReportTemplates) -> Preview:
    template = templates.get(output.report_kind())
    report = inputs.report()
    data = render_docx(report, template)
    local = report.details.produced.astimezone()
    banner = (f"DRAFT: made {long_date(local)} at {local:%H:%M} from {report.details.source}. A reading view: "
              "export to Word for the document and its page layout.")
    return Preview(output, inputs, f"{template.title} \u2014 {inputs.inspection.details.yjs}",
                   proposed_name(inputs, output, templates), banner, docx_to_html(data), data)


def export(inputs: ExportInputs, output: Output, templates: ReportTemplates | None, target: Path,
           passphrase: str | None = None) -> Path:
    """Make and write the report, or the exchange file encrypted with `passphrase`; UserError (one line,
    nothing written) if refused."""
    if not output.is_report:
        assert passphrase is not None, "the window exports the exchange file encrypted only"
        return export_exchange(inputs.inspection, target, passphrase)
    assert templates is not None, "a report needs its templates"
    export_report(inputs.report(), templates.get(output.report_kind()), target)
    return target


def export_preview(preview: Preview, target: Path) -> Path:
    """The document previewed, as it was read (its "made at" included), with the export's checks."""
    write_report(target, preview.docx)
    return target


def export_exchange(inspection: Inspection, target: Path, passphrase: str) -> Path:
    """The whole inspection as an exchange file encrypted with `passphrase`."""
    if not target.parent.is_dir():
        raise UserError(f"{target}: the folder {target.parent} does not exist")
    write_exchange_file(target, write_exchange(inspection), passphrase)
    return target


# --- what the window says -----------------------------------------------------------------------------


def making(output: Output) -> str:
    return f"Making the {output.label}\u2026"


def exporting(target: Path) -> str:
    return f"Exporting {target.name}\u2026"


LOADING_TEMPLATES = "Loading the report templates\u2026"


def exported(target: Path) -> str:
    return f"Exported to {target.name}"
