"""`inspector backups FILE`: list an inspection file's backups, newest first, with what each holds;
`inspector restore BACKUP FILE`: restore one of them to a new file beside FILE.

For a file that will not open (damaged), from the command line. Both only read the backups and FILE;
restoring writes a NEW file, "<stem> (restored 2026-11-23 1030).yjsi", and never changes either. The
backups are looked for where the window keeps them (the user data folder) and beside the file (where
the command-line tools keep theirs).
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from inspector.app.places import backup_folder, data_folder
from inspector.app.restore import backup_rows, held
from inspector.errors import UserError
from inspector.store import restore_backup


def register(commands: Any) -> None:
    listing: argparse.ArgumentParser = commands.add_parser(
        "backups", help="list an inspection file's backups, newest first, with what each holds")
    listing.add_argument("file", type=Path, help="the inspection file (.yjsi), damaged or not; read only")
    listing.set_defaults(run=_list)
    restoring: argparse.ArgumentParser = commands.add_parser(
        "restore", help="restore a backup to a new file beside the inspection file (neither is changed)")
    restoring.add_argument("backup", type=Path, help="the backup to restore, as `inspector backups` lists it")
    restoring.add_argument("file", type=Path, help="the inspection file it is a backup of; never overwritten")
    restoring.set_defaults(run=_restore)


def _list(args: argparse.Namespace) -> int:
    path: Path = args.file
    if not path.is_file():
        raise UserError(f"{path}: no such file")
    print(f"{path.name} holds {held(path)}")
    rows = backup_rows(path, backup_folder(path, data_folder()), datetime.now(UTC))
    if not rows:
        print("no backups found")
    for row in rows:
        print(f"{row.described}\n  {row.path}")
    return 0


def _restore(args: argparse.Namespace) -> int:
    restored = restore_backup(args.backup, args.file)
    print(f"restored {args.backup.name} to {restored} ({held(restored)}); {args.file.name} is unchanged")
    return 0
