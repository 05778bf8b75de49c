"""The inspection file: one SQLite file per inspection, every edit committed at once, audited."""

from inspector.store.audit import AuditEntry
from inspector.store.backups import restore_backup
from inspector.store.errors import (
    AlreadyExists,
    BackupFailed,
    DamagedFile,
    FileLocked,
    InvalidEdit,
    NewerSchema,
    NotAnInspection,
    NotSaved,
    ReadOnly,
    UnknownFramework,
)
from inspector.store.inspection_file import InspectionFile, create_holding
from inspector.store.schema import FILE_SUFFIX

__all__ = [
    "FILE_SUFFIX",
    "AlreadyExists",
    "AuditEntry",
    "BackupFailed",
    "DamagedFile",
    "FileLocked",
    "InspectionFile",
    "InvalidEdit",
    "NewerSchema",
    "NotAnInspection",
    "NotSaved",
    "ReadOnly",
    "UnknownFramework",
    "create_holding",
    "restore_backup",
]
