"""What a report is made from: an inspection file (with its audit log) or an exchange file (without)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from inspector.content import Content
from inspector.exchange.files import read_inspection
from inspector.inspection.model import Inspection
from inspector.store import FILE_SUFFIX, AuditEntry, InspectionFile


@dataclass(frozen=True)
class ReportSource:
    inspection: Inspection
    audit: tuple[AuditEntry, ...] | None  # None: an exchange file, which carries no audit log
    description: str  # "the inspection file Northmoor.yjsi"


def read_report_source(path: Path, content: Content, user: str) -> ReportSource:
    """An inspection file is opened read-only (it may be open for editing elsewhere) and read once for
    both the snapshot and the audit log; anything else is read as `inspector evaluate` reads it."""
    if path.suffix == FILE_SUFFIX:
        with InspectionFile.open(path, content.framework, user, read_only=True,
                                 rating_scheme=content.rating_scheme) as opened:
            return ReportSource(opened.snapshot(), tuple(opened.audit()), f"the inspection file {path.name}")
    return ReportSource(read_inspection(path, content, user), None, f"the exchange file {path.name}")
