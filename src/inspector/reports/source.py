"""What a report is made from: an inspection file (with its audit log) or an exchange file (without)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from inspector.content import Content
from inspector.exchange.files import read_inspection
from inspector.exchange.passphrase import Passphrase
from inspector.inspection.model import Inspection
from inspector.reports.builder import build_report
from inspector.reports.model import Report
from inspector.rules.evaluation import Evaluation
from inspector.store import FILE_SUFFIX, AuditEntry, InspectionFile


@dataclass(frozen=True)
class ReportSource:
    inspection: Inspection
    audit: tuple[AuditEntry, ...] | None  # None: an exchange file, which carries no audit log
    description: str  # "the inspection file Northmoor.yjsi"

    def report(self, content: Content, *, evaluation: Evaluation | None = None,
               produced: datetime | None = None) -> Report:
        """The report made from this source (`evaluation`: the engine's, when the caller has it already)."""
        return build_report(content.framework, content.rating_scheme, content.forms, self.inspection,
                            audit=self.audit, source=self.description, evaluation=evaluation, produced=produced,
                            after_fieldwork=content.after_fieldwork)


def inspection_file_source(path: Path, inspection: Inspection, audit: Sequence[AuditEntry]) -> ReportSource:
    """An inspection file's snapshot and audit log, read by the caller (the window reads its open file)."""
    return ReportSource(inspection, tuple(audit), f"the inspection file {path.name}")


def read_report_source(path: Path, content: Content, user: str,
                       passphrase: Passphrase | None = None) -> ReportSource:
    """An inspection file is opened read-only (it may be open for editing elsewhere) and read once for
    both the snapshot and the audit log; anything else is read as `inspector evaluate` reads it."""
    if path.suffix == FILE_SUFFIX:
        with InspectionFile.open(path, content.framework, user, read_only=True,
                                 rating_scheme=content.rating_scheme) as opened:
            return inspection_file_source(path, opened.snapshot(), opened.audit())
    return ReportSource(read_inspection(path, content, user, passphrase), None, f"the exchange file {path.name}")
