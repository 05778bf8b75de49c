"""Who may record in an inspection file, read before the file is opened for editing.

The window asks "who are you?" before it opens a file, so that everything written from the first moment
(a file-format upgrade's audit row included) carries a person's name from the inspection's team, never the
computer's login. Only the details' id and names are read, through a read-only connection; a file that
cannot be read this way gives None, and opening it then gives the store's proper refusal.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from inspector.errors import UserError
from inspector.inspection.validation import team_names
from inspector.store.connection import connect_read_only


@dataclass(frozen=True)
class FileTeam:
    inspection_id: str
    names: tuple[str, ...]  # the lead inspector first, then the team, each once


def team_on_file(path: Path) -> FileTeam | None:
    """The inspection's id and team as the file holds them, or None when they cannot be read."""
    try:
        conn = connect_read_only(Path(path))
    except (sqlite3.Error, UserError, OSError):
        return None
    try:
        row = conn.execute("SELECT id, lead_inspector, team FROM details").fetchone()
        if row is None:
            return None
        ident, lead, team = row
        members = json.loads(team)
        if not isinstance(ident, str) or not isinstance(lead, str) or not isinstance(members, list):
            return None
        return FileTeam(ident, team_names(lead, (m for m in members if isinstance(m, str))))
    except (sqlite3.Error, ValueError, TypeError):
        return None
    finally:
        conn.close()
