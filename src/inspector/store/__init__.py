"""The inspection file: one SQLite file per inspection, every edit committed at once, audited.

This package is the store's public API: code outside the store imports from here, never from its
modules (pyproject.toml's "The store is used through its package API" contract holds the app to it).
"""

import sys as _sys

# sqlite_utils imports numpy when it is installed, for numpy column types the store never writes.
# matplotlib (the publication draft's chart) brings numpy, which would add about 0.1 s to every start of
# the window and the command; so sqlite_utils is imported first here, with numpy hidden from it. numpy
# itself is untouched: the chart imports it as usual when a report is made.
if "sqlite_utils.db" not in _sys.modules and "numpy" not in _sys.modules:
    _sys.modules["numpy"] = None  # type: ignore[assignment]  # "import numpy" raises ImportError
    try:
        import sqlite_utils.db  # noqa: F401
    finally:
        if _sys.modules.get("numpy", "") is None:
            del _sys.modules["numpy"]

from inspector.inspection.model import KeyQuestionAnswer, PanelDecision, PromptJudgement, StandardProposal
from inspector.inspection.validation import FrameworkIds, team_of
from inspector.store.audit import AuditEntry
from inspector.store.backups import BackupSummary, Holds, holds, list_backups, restore_backup
from inspector.store.errors import (
    AlreadyExists,
    BackupFailed,
    ChangedOutside,
    DamagedFile,
    FileLocked,
    InvalidEdit,
    NewerSchema,
    NotAnInspection,
    NotSaved,
    ReadOnly,
    ReadOnlyMedium,
    UnknownFramework,
)
from inspector.store.file_team import FileTeam, team_on_file
from inspector.store.inspection_file import InspectionFile, create_holding, utc_now
from inspector.store.records import ANSWERS, JUDGEMENTS, PANEL_DECISIONS, PROPOSALS
from inspector.store.schema import FILE_SUFFIX

# The records the file keeps only when they say something.
_Blankable = PromptJudgement | KeyQuestionAnswer | StandardProposal | PanelDecision


def is_blank(record: _Blankable) -> bool:
    """Whether the record is at its defaults (a prompt not yet judged, a key question not answered, a
    standard with no proposal and no rationale, a standard still in draft with the ratings panel): the file
    holds no row for it and a snapshot omits it."""
    if isinstance(record, PanelDecision):
        return PANEL_DECISIONS.blank(record)
    if isinstance(record, PromptJudgement):
        return JUDGEMENTS.blank(record)
    if isinstance(record, KeyQuestionAnswer):
        return ANSWERS.blank(record)
    return PROPOSALS.blank(record)


__all__ = [
    "FILE_SUFFIX",
    "AlreadyExists",
    "AuditEntry",
    "BackupFailed",
    "BackupSummary",
    "ChangedOutside",
    "DamagedFile",
    "FileLocked",
    "FileTeam",
    "FrameworkIds",
    "Holds",
    "InspectionFile",
    "InvalidEdit",
    "NewerSchema",
    "NotAnInspection",
    "NotSaved",
    "ReadOnly",
    "ReadOnlyMedium",
    "UnknownFramework",
    "create_holding",
    "holds",
    "is_blank",
    "list_backups",
    "restore_backup",
    "team_of",
    "team_on_file",
    "utc_now",
]
